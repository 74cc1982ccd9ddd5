//! A thin layer over quick-xml's namespace-aware reader for the parts of a .docx.
//!
//! Element names are resolved to their namespace, so `w:p` is recognised whatever prefix
//! a producer chose (and in Strict OOXML's namespace too). Entity references: the five
//! predefined ones and character references are expanded; any other (a custom entity of
//! a `<!DOCTYPE>`) is counted and left out — quick-xml never expands custom entities, so
//! "billion laughs" costs nothing.

use crate::ReadError;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::reader::NsReader;
use std::borrow::Cow;

/// WordprocessingML's namespaces (Transitional and Strict).
const W_NS: [&[u8]; 2] = [
    b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    b"http://purl.oclc.org/ooxml/wordprocessingml/main",
];
/// Deepest element nesting read. Word writes a few dozen levels; quick-xml's namespace
/// resolver counts levels in a `u16` (it overflows past 65,535), so a part nested deeper
/// than this is refused before that can happen.
pub(crate) const MAX_DEPTH: usize = 4096;
/// Markup compatibility (`mc:AlternateContent`).
const MC_NS: &[u8] = b"http://schemas.openxmlformats.org/markup-compatibility/2006";

/// Which vocabulary an element is from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ns {
    /// WordprocessingML (`w:`).
    W,
    /// Markup compatibility (`mc:`).
    Mc,
    /// Anything else (drawing, math, VML, relationships …).
    Other,
}

/// What the reader saw.
pub(crate) enum Ev<'a> {
    /// An element opens (`empty`: `<x/>`, no end event follows).
    Start { ns: Ns, local: Vec<u8>, tag: BytesStart<'a>, empty: bool },
    /// An element closes.
    End { ns: Ns, local: Vec<u8> },
    /// Character data (entities expanded).
    Text(Cow<'a, str>),
    /// The end of the part.
    Eof,
}

/// One XML part being read.
pub(crate) struct Part<'a> {
    /// The reader.
    reader: NsReader<&'a [u8]>,
    /// The part's name (for errors).
    name: &'a str,
    /// Entity references left out.
    pub unknown_entities: usize,
    /// Open elements.
    depth: usize,
}

impl<'a> Part<'a> {
    /// A reader over `text`, the content of the part `name`.
    pub fn new(name: &'a str, text: &'a str) -> Self {
        let mut reader = NsReader::from_str(text);
        reader.config_mut().check_end_names = true;
        Part { reader, name, unknown_entities: 0, depth: 0 }
    }

    /// The next event worth seeing (declarations, comments, processing instructions and
    /// doctypes are passed over).
    pub fn next(&mut self) -> Result<Ev<'a>, ReadError> {
        loop {
            let (ns, ev) = match self.reader.read_resolved_event() {
                Ok((ResolveResult::Bound(n), ev)) if W_NS.contains(&n.as_ref()) => (Ns::W, ev),
                Ok((ResolveResult::Bound(n), ev)) if n.as_ref() == MC_NS => (Ns::Mc, ev),
                Ok((_, ev)) => (Ns::Other, ev),
                Err(e) => return Err(self.error(&e)),
            };
            return Ok(match ev {
                Event::Start(tag) => {
                    self.depth += 1;
                    if self.depth > MAX_DEPTH {
                        return Err(self.error(&format_args!("elements nested deeper than {MAX_DEPTH} levels")));
                    }
                    Ev::Start { ns, local: tag.local_name().as_ref().to_vec(), tag, empty: false }
                }
                Event::Empty(tag) => Ev::Start { ns, local: tag.local_name().as_ref().to_vec(), tag, empty: true },
                Event::End(end) => {
                    self.depth = self.depth.saturating_sub(1);
                    Ev::End { ns, local: end.local_name().as_ref().to_vec() }
                }
                Event::Text(t) => Ev::Text(t.xml10_content().map_err(|e| self.error(&e))?),
                Event::CData(t) => Ev::Text(t.xml10_content().map_err(|e| self.error(&e))?),
                Event::GeneralRef(r) => {
                    let expanded = match r.resolve_char_ref() {
                        Ok(Some(c)) => Some(c),
                        Ok(None) => match r.as_ref() {
                            b"amp" => Some('&'),
                            b"lt" => Some('<'),
                            b"gt" => Some('>'),
                            b"quot" => Some('"'),
                            b"apos" => Some('\''),
                            _ => None,
                        },
                        Err(_) => None,
                    };
                    match expanded {
                        Some(c) => Ev::Text(Cow::Owned(c.to_string())),
                        None => {
                            self.unknown_entities += 1;
                            continue;
                        }
                    }
                }
                Event::Eof => Ev::Eof,
                Event::Decl(_) | Event::PI(_) | Event::DocType(_) | Event::Comment(_) => continue,
            });
        }
    }

    /// The error for a malformed part, with the byte offset.
    fn error(&self, e: &dyn std::fmt::Display) -> ReadError {
        ReadError::Xml {
            part: self.name.to_owned(),
            message: format!("{e} (near byte {})", self.reader.error_position()),
        }
    }
}

/// The value of the attribute whose local name is `local` (`w:val` → `val`), with
/// predefined entities and character references expanded.
pub(crate) fn attr(tag: &BytesStart<'_>, local: &[u8]) -> Option<String> {
    tag.attributes().with_checks(false).flatten().find(|a| a.key.local_name().as_ref() == local).map(|a| {
        match a.normalized_value(quick_xml::XmlVersion::Implicit1_0) {
            Ok(v) => v.into_owned(),
            Err(_) => String::from_utf8_lossy(&a.value).into_owned(),
        }
    })
}

/// An attribute as a number (`w:val="3"`), `None` when absent or not a number.
pub(crate) fn num_attr(tag: &BytesStart<'_>, local: &[u8]) -> Option<u32> {
    attr(tag, local)?.trim().parse().ok()
}

/// A `w:val` on/off toggle (`<w:vanish/>` is on; `w:val="0"`/`false`/`off` is off).
pub(crate) fn on(tag: &BytesStart<'_>) -> bool {
    !matches!(attr(tag, b"val").as_deref(), Some("0" | "false" | "off"))
}
