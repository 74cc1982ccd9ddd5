//! Word `.docx` → text: the zip archive (the `zip` crate), its relationships, and the
//! XML parts (quick-xml) — the main document, the numbering definitions and the styles.
//!
//! Bounds: every part is decompressed through a budget ([`Limits::max_unzipped`] for all
//! parts together) and a ratio check ([`Limits::max_ratio`], once an entry has produced
//! 1 MiB), so a zip bomb stops early with [`ReadError::ZipBomb`]. Truncated or corrupt
//! archives are [`ReadError::Zip`]; a file that is not a zip is [`ReadError::NotDocx`],
//! saying what it looks like instead.

mod body;
mod numbering;
mod numfmt;
mod xml;

use crate::{Format, Limits, ReadError, Source, Warning};
use std::io::{Cursor, Read};
use xml::{Ev, Part, attr};

/// The magic of an OLE compound file: a legacy `.doc`, or an encrypted `.docx`.
pub(crate) const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
/// An entry's expansion ratio is checked once it has produced this much.
const RATIO_FLOOR: u64 = 1 << 20;
/// Longest relationships part read.
const MAX_RELS: u64 = 1 << 20;

/// Reads a .docx.
pub(crate) fn read(bytes: &[u8], limits: &Limits) -> Result<Source, ReadError> {
    if !bytes.starts_with(b"PK") {
        return Err(ReadError::NotDocx(not_zip(bytes)));
    }
    let zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| ReadError::Zip(e.to_string()))?;
    let mut archive = Archive { zip, budget: limits.max_unzipped, max_ratio: limits.max_ratio };
    let main = archive.main_part()?;
    let Some(document) = archive.text(&main)? else {
        return Err(ReadError::NotDocx(format!("a zip archive without {main}: not a Word document")));
    };
    let (numbering_name, styles_name) = archive.related(&main)?;
    let numbering = match numbering_name {
        Some(n) => archive.text(&n)?,
        None => None,
    };
    let styles = match styles_name {
        Some(n) => archive.text(&n)?,
        None => None,
    };
    let (defs, mut unknown) = numbering::Definitions::read(numbering.as_deref(), styles.as_deref())?;
    let mut body = body::Body::new(&defs, limits.max_text);
    let mut part = Part::new(&main, &document);
    body.walk(&mut part)?;
    unknown += part.unknown_entities;
    let mut warnings: Vec<Warning> = body.counters.warnings().collect();
    if unknown > 0 {
        warnings.push(Warning::UnknownEntities { count: unknown });
    }
    let text = body.w.finish().ok_or(ReadError::TextTooLarge { max: limits.max_text })?;
    Ok(Source { text, encoding: "utf-8", format: Format::Docx, page_title: None, warnings })
}

/// What a file given as .docx is when it is not a zip archive.
fn not_zip(bytes: &[u8]) -> String {
    if bytes.starts_with(OLE_MAGIC) {
        "it is an OLE compound file (a legacy Word .doc, or a password-protected .docx); save it as .docx".to_owned()
    } else if bytes.is_empty() {
        "the file is empty".to_owned()
    } else if crate::html::looks_like_html(bytes) {
        "it is an HTML page, not a zip archive (read it as .html)".to_owned()
    } else if bytes.starts_with(b"{\\rtf") {
        "it is an RTF file, not a zip archive; save it as .docx".to_owned()
    } else {
        "it is not a zip archive (a .docx is one)".to_owned()
    }
}

/// The archive, with what is left of the decompression budget.
struct Archive<'a> {
    /// The zip reader.
    zip: zip::ZipArchive<Cursor<&'a [u8]>>,
    /// Bytes that may still be decompressed.
    budget: u64,
    /// Largest expansion ratio of one entry.
    max_ratio: u64,
}

impl Archive<'_> {
    /// The bytes of entry `name` (`None` when there is none), within the budget.
    fn bytes(&mut self, name: &str, cap: u64) -> Result<Option<Vec<u8>>, ReadError> {
        let mut file = match self.zip.by_name(name) {
            Ok(f) => f,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(ReadError::Zip(format!("{name}: {e}"))),
        };
        let compressed = file.compressed_size().max(1);
        let cap = cap.min(self.budget);
        let mut out = Vec::with_capacity(file.size().min(cap).min(64 << 20) as usize);
        let mut chunk = vec![0u8; 1 << 16];
        loop {
            let n = file.read(&mut chunk).map_err(|e| ReadError::Zip(format!("{name}: {e}")))?;
            if n == 0 {
                break;
            }
            out.extend_from_slice(chunk.get(..n).unwrap_or_default());
            let len = out.len() as u64;
            if len > cap {
                let detail = format!("more than {cap} bytes decompressed");
                return Err(ReadError::ZipBomb { part: name.to_owned(), detail });
            }
            if len > RATIO_FLOOR && len / compressed > self.max_ratio {
                let detail = format!("{len} bytes from {compressed} compressed, more than {} times", self.max_ratio);
                return Err(ReadError::ZipBomb { part: name.to_owned(), detail });
            }
        }
        self.budget -= out.len() as u64;
        Ok(Some(out))
    }

    /// Entry `name` as text (UTF-8, or UTF-16 with a BOM).
    fn text(&mut self, name: &str) -> Result<Option<String>, ReadError> {
        let Some(bytes) = self.bytes(name, u64::MAX)? else { return Ok(None) };
        let (enc, skip) = encoding_rs::Encoding::for_bom(&bytes).unwrap_or((encoding_rs::UTF_8, 0));
        let body = bytes.get(skip..).unwrap_or_default();
        match enc.decode_without_bom_handling_and_without_replacement(body) {
            Some(text) => Ok(Some(text.into_owned())),
            None => Err(ReadError::Xml { part: name.to_owned(), message: format!("not valid {}", enc.name()) }),
        }
    }

    /// The relationships of part `name` as (type suffix, target) pairs, targets resolved
    /// against the part's folder.
    fn relationships(&mut self, name: &str) -> Result<Vec<(String, String)>, ReadError> {
        let (dir, file) = name.rsplit_once('/').unwrap_or(("", name));
        let rels_name = if dir.is_empty() { format!("_rels/{file}.rels") } else { format!("{dir}/_rels/{file}.rels") };
        let Some(bytes) = self.bytes(&rels_name, MAX_RELS)? else { return Ok(Vec::new()) };
        let text = String::from_utf8_lossy(&bytes);
        let mut part = Part::new(&rels_name, &text);
        let mut out = Vec::new();
        loop {
            match part.next()? {
                Ev::Start { local, tag, .. } if local == b"Relationship" => {
                    if attr(&tag, b"TargetMode").as_deref() == Some("External") {
                        continue;
                    }
                    if let (Some(kind), Some(target)) = (attr(&tag, b"Type"), attr(&tag, b"Target")) {
                        let kind = kind.rsplit('/').next().unwrap_or_default().to_owned();
                        out.push((kind, resolve(dir, &target)));
                    }
                }
                Ev::Eof => break,
                _ => {}
            }
        }
        Ok(out)
    }

    /// The main document part: the package's `officeDocument` relationship, else
    /// `word/document.xml`.
    fn main_part(&mut self) -> Result<String, ReadError> {
        let rels = self.relationships("")?;
        Ok(rels
            .into_iter()
            .find(|(kind, _)| kind == "officeDocument")
            .map_or_else(|| "word/document.xml".to_owned(), |(_, target)| target))
    }

    /// The numbering and styles parts of the main document.
    fn related(&mut self, main: &str) -> Result<(Option<String>, Option<String>), ReadError> {
        let rels = self.relationships(main)?;
        let find = |k: &str| rels.iter().find(|(kind, _)| kind == k).map(|(_, t)| t.clone());
        let dir = main.rsplit_once('/').map_or("", |(d, _)| d);
        let numbering = find("numbering").or_else(|| Some(resolve(dir, "numbering.xml")));
        let styles = find("styles").or_else(|| Some(resolve(dir, "styles.xml")));
        Ok((numbering, styles))
    }
}

/// A relationship target resolved against folder `dir` (`/x` is from the root; `..`
/// climbs).
fn resolve(dir: &str, target: &str) -> String {
    let mut parts: Vec<&str> = if target.starts_with('/') { Vec::new() } else { dir.split('/').collect() };
    for seg in target.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.retain(|p| !p.is_empty());
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::resolve;

    #[test]
    fn targets_resolve_against_the_part_folder() {
        assert_eq!(resolve("", "word/document.xml"), "word/document.xml");
        assert_eq!(resolve("", "/word/document2.xml"), "word/document2.xml");
        assert_eq!(resolve("word", "numbering.xml"), "word/numbering.xml");
        assert_eq!(resolve("word", "../customXml/item1.xml"), "customXml/item1.xml");
        assert_eq!(resolve("word", "/word/styles.xml"), "word/styles.xml");
    }
}
