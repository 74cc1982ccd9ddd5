//! The text without its noise: [`Document::clean_text`] and the map back to the original.
//!
//! The document itself is never changed (every span indexes the original text). The clean
//! text is a copy with every noise span cut out — page markers, chunk numbers with the line
//! break the site inserted before them, boilerplate, wrap spaces — and a list of the kept
//! runs, so that any offset in the clean text maps back to the original in `O(log runs)`.

use crate::document::Document;
use crate::text::{Span, to_u32};
use std::fmt;

/// One run of original text kept in the clean text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Run {
    /// Byte offset in the clean text.
    clean: u32,
    /// Byte offset in the original text.
    original: u32,
    /// Char offset in the clean text.
    clean_char: u32,
    /// Char offset in the original text.
    original_char: u32,
    /// Length in bytes.
    len: u32,
}

/// A document's text without noise, with a map from clean offsets back to the original.
///
/// ```
/// let body = "甲".repeat(150);
/// let text = format!("1/9{body}成立局机2/9关党委{body}3/9完。");
/// let doc = gongwen::parse(&text);
/// let clean = doc.clean_text();
/// assert!(clean.as_str().contains("成立局机关党委"));
/// // Map a clean offset back: where does "关党委" start in the original?
/// let at = clean.as_str().find("关党委").unwrap();
/// assert_eq!(&text[clean.to_original(at)..][..9], "关党委");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CleanText {
    text: String,
    runs: Vec<Run>,
    original_len: u32,
    original_chars: u32,
}

impl Document<'_> {
    /// The text without its noise spans (page markers, chunk numbers, boilerplate, wrap
    /// spaces), with a map back to the original offsets.
    ///
    /// ```
    /// let piece = "推进教育现代化建设工作".repeat(28);
    /// let text = format!("1、{piece}在全\n\n2、市推广{piece}\n\n3、{piece}\n\n4、{piece}");
    /// let doc = gongwen::parse(&text);
    /// let clean = doc.clean_text();
    /// assert!(clean.as_str().contains("在全市推广"), "the chunk number and its line break are cut");
    /// assert!(!clean.as_str().contains("3、"));
    /// ```
    #[must_use]
    pub fn clean_text(&self) -> CleanText {
        let text: &str = &self.text;
        let bytes = text.as_bytes();
        let mut out = String::with_capacity(text.len());
        let mut runs: Vec<Run> = Vec::with_capacity(self.noise.len() + 1);
        let (mut pos, mut pos_char, mut clean_char) = (0usize, 0usize, 0usize);
        let mut keep = |from: usize, to: usize, from_char: usize, out: &mut String, clean_char: &mut usize| -> usize {
            let piece = text.get(from..to).unwrap_or("");
            let chars = char_count(piece.as_bytes());
            if !piece.is_empty() {
                runs.push(Run {
                    clean: to_u32(out.len()),
                    original: to_u32(from),
                    clean_char: to_u32(*clean_char),
                    original_char: to_u32(from_char),
                    len: to_u32(piece.len()),
                });
                out.push_str(piece);
                *clean_char += chars;
            }
            chars
        };
        for n in &self.noise {
            let (start, end) = (n.span.start as usize, n.span.end as usize);
            if start < pos || end > text.len() {
                continue;
            }
            pos_char += keep(pos, start, pos_char, &mut out, &mut clean_char);
            pos_char += bytes.get(start..end).map_or(0, char_count);
            pos = end;
        }
        pos_char += keep(pos, text.len(), pos_char, &mut out, &mut clean_char);
        CleanText { text: out, runs, original_len: to_u32(text.len()), original_chars: to_u32(pos_char) }
    }
}

fn char_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

impl CleanText {
    /// The clean text.
    ///
    /// ```
    /// let doc = gongwen::parse("一、总则\n");
    /// assert_eq!(doc.clean_text().as_str(), "一、总则\n");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length of the clean text in bytes.
    ///
    /// ```
    /// assert_eq!(gongwen::parse("abc").clean_text().len(), 3);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// True when nothing is left.
    ///
    /// ```
    /// assert!(gongwen::parse("").clean_text().is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The original byte offset of clean byte offset `clean_offset`. At the seam where noise
    /// was cut out, this is the offset *after* the noise (right for the start of a span);
    /// use [`CleanText::to_original_end`] for the end of a span. Offsets past the end map to
    /// the end of the original text.
    ///
    /// ```
    /// let body = "甲".repeat(150);
    /// let text = format!("{body}乙2/9丙{body}3/9{body}4/9丁");
    /// let doc = gongwen::parse(&text);
    /// let clean = doc.clean_text();
    /// let at = clean.as_str().find("乙丙").unwrap() + "乙".len();
    /// assert_eq!(&text[clean.to_original(at)..][..3], "丙");
    /// assert_eq!(&text[..clean.to_original_end(at)], &text[..text.find("2/9").unwrap()]);
    /// ```
    #[must_use]
    pub fn to_original(&self, clean_offset: usize) -> usize {
        let o = to_u32(clean_offset);
        // The run that starts at or before `o` and covers it, preferring the later run.
        let i = self.runs.partition_point(|r| r.clean <= o);
        match i.checked_sub(1).and_then(|j| self.runs.get(j)) {
            Some(r) if o - r.clean < r.len => (r.original + (o - r.clean)) as usize,
            Some(r) => match self.runs.get(i) {
                Some(next) => next.original as usize,
                None if o - r.clean == r.len => (r.original + r.len) as usize,
                None => self.original_len as usize,
            },
            None => self.runs.first().map_or(self.original_len as usize, |r| r.original as usize),
        }
    }

    /// The original byte offset for clean byte offset `clean_offset` taken as the *end* of a
    /// span: at a seam, the offset *before* the noise.
    ///
    /// ```
    /// let doc = gongwen::parse("一、总则\n");
    /// assert_eq!(doc.clean_text().to_original_end(6), 6);
    /// ```
    #[must_use]
    pub fn to_original_end(&self, clean_offset: usize) -> usize {
        let o = to_u32(clean_offset);
        if o == 0 {
            return self.to_original(0);
        }
        let i = self.runs.partition_point(|r| r.clean < o);
        match i.checked_sub(1).and_then(|j| self.runs.get(j)) {
            Some(r) if o - r.clean <= r.len => (r.original + (o - r.clean)) as usize,
            _ => self.original_len as usize,
        }
    }

    /// A clean span mapped back to the original: its start with [`CleanText::to_original`],
    /// its end with [`CleanText::to_original_end`]. The result may contain noise that was cut
    /// out from the middle.
    ///
    /// ```
    /// let doc = gongwen::parse("一、总则\n");
    /// let clean = doc.clean_text();
    /// assert_eq!(clean.span_to_original(gongwen::Span::new(0, 6)), gongwen::Span::new(0, 6));
    /// ```
    #[must_use]
    pub fn span_to_original(&self, span: Span) -> Span {
        let start = self.to_original(span.start as usize);
        let end = if span.is_empty() { start } else { self.to_original_end(span.end as usize).max(start) };
        Span::from_usize(start, end)
    }

    /// The original *char* offset (code points, as in Python and the flat exports) of clean
    /// char offset `clean_char`; at a seam, the offset after the noise.
    ///
    /// ```
    /// let body = "甲".repeat(150);
    /// let text = format!("{body}乙2/9丙{body}3/9{body}4/9丁");
    /// let doc = gongwen::parse(&text);
    /// let clean = doc.clean_text();
    /// // "丙" is char 151 of the clean text and char 154 of the original.
    /// assert_eq!(clean.char_to_original(151), 154);
    /// ```
    #[must_use]
    pub fn char_to_original(&self, clean_char: usize) -> usize {
        let o = to_u32(clean_char);
        let i = self.runs.partition_point(|r| r.clean_char <= o);
        let run_chars =
            |r: &Run| char_count(self.text.as_bytes().get(r.clean as usize..(r.clean + r.len) as usize).unwrap_or(&[]));
        match i.checked_sub(1).and_then(|j| self.runs.get(j)) {
            Some(r) => {
                let d = (o - r.clean_char) as usize;
                if d < run_chars(r) {
                    r.original_char as usize + d
                } else {
                    match self.runs.get(i) {
                        Some(next) => next.original_char as usize,
                        None if d == run_chars(r) => r.original_char as usize + d,
                        None => self.original_chars as usize,
                    }
                }
            }
            None => self.runs.first().map_or(self.original_chars as usize, |r| r.original_char as usize),
        }
    }
}

impl AsRef<str> for CleanText {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

/// Prints the clean text.
///
/// ```
/// assert_eq!(gongwen::parse("一、总则").clean_text().to_string(), "一、总则");
/// ```
impl fmt::Display for CleanText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn maps_every_offset_back() {
        let body = "甲乙".repeat(80);
        let text = format!("{body}丙2/9丁{body}3/9戊{body}4/9己");
        let doc = crate::parse(&text);
        let clean = doc.clean_text();
        assert_eq!(doc.noise().count(), 3, "three page markers");
        for (i, c) in clean.as_str().char_indices() {
            let o = clean.to_original(i);
            assert_eq!(text.get(o..).and_then(|s| s.chars().next()), Some(c), "byte {i} maps to the same char");
        }
        for (k, c) in clean.as_str().chars().enumerate() {
            let o = clean.char_to_original(k);
            assert_eq!(text.chars().nth(o), Some(c), "char {k} maps to the same char");
        }
        assert_eq!(clean.to_original(clean.len()), text.len(), "the end maps to the end");
    }

    #[test]
    fn no_noise_is_identity() {
        let text = "第一章 总则\n第一条 为了规范管理，制定本办法。\n";
        let doc = crate::parse(text);
        let clean = doc.clean_text();
        assert_eq!(clean.as_str(), text, "clean text of a clean document is the text");
        assert_eq!(clean.to_original(9), 9, "identity map");
    }
}
