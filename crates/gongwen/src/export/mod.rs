//! Flat export rows (the contract that `scripts/score.py` and the Python tables read; every
//! field in docs/fields.md) and the byte → character offset mapping they need.
//!
//! `gongwen outline --format jsonl` prints one [`OutlineRow`] per node, `gongwen quantities
//! --format jsonl` one [`QuantityRow`] per figure, `gongwen elements` one [`ElementRow`] per
//! document element, `gongwen references` one [`ReferenceRow`] per reference and `gongwen
//! documents` one [`DocumentRow`] per document. Offsets in
//! rows are character (code point) offsets, as Python's `text[a:b]`, next to the byte offsets.
//!
//! Each row type's fields are declared once ([`rows`](crate::outline_row_fields)): the
//! structs, their [`Row::FIELDS`] tables and [`Row::visit`] come from there, and every
//! writer (the CLI's JSON and CSV, the Python attributes and frames) is a [`RowVisitor`].

mod rows;
mod schema;

pub use rows::{DiagnosticRow, DocumentRow, ElementRow, NoiseRow, OutlineRow, QuantityRow, ReferenceRow};
pub use schema::{Field, FieldType, Link, Row, RowVisitor};

mod documents;
mod elements;
mod stream;

use crate::document::Document;
use crate::text::Span;
pub use documents::{document_row, genre};
pub use elements::{JsonValue, element_rows, reference_rows};
pub use stream::DocumentRows;

/// Converts byte offsets of one text into character (code point) offsets.
///
/// Built once per document in one pass: a checkpoint every [`CharIndex::STRIDE`] bytes
/// (the number of characters that start before it), so memory is a small fraction of the
/// text, and each lookup counts the character starts of less than one stride.
///
/// ```
/// use gongwen::export::CharIndex;
/// let text = "a一b";
/// let idx = CharIndex::new(text);
/// assert_eq!(idx.char_offset(0), 0);
/// assert_eq!(idx.char_offset(1), 1);
/// assert_eq!(idx.char_offset(4), 2);
/// assert_eq!(idx.char_offset(5), 3);
/// ```
#[derive(Debug, Clone)]
pub struct CharIndex<'t> {
    text: &'t str,
    /// The number of characters that start before byte `i * STRIDE`.
    checkpoints: Vec<u32>,
    ascii: bool,
}

impl<'t> CharIndex<'t> {
    /// Bytes between two checkpoints.
    pub const STRIDE: usize = 64;

    /// Indexes `text`.
    ///
    /// ```
    /// let _ = gongwen::export::CharIndex::new("第一条");
    /// ```
    #[must_use]
    pub fn new(text: &'t str) -> Self {
        let ascii = text.is_ascii();
        let mut checkpoints = Vec::new();
        if !ascii {
            checkpoints.reserve_exact(text.len() / Self::STRIDE + 2);
            let mut chars = 0u32;
            checkpoints.push(0);
            // Whole blocks as arrays: a count of a fixed length, unrolled into vector code.
            let mut rest = text.as_bytes();
            while let Some((block, tail)) = rest.split_first_chunk::<{ CharIndex::STRIDE }>() {
                chars += u32::from(block.iter().fold(0u8, |n, &b| n + u8::from(is_char_start(b))));
                checkpoints.push(chars);
                rest = tail;
            }
            if !rest.is_empty() {
                chars += count_char_starts(rest);
                checkpoints.push(chars);
            }
        }
        CharIndex { text, checkpoints, ascii }
    }

    /// The character offset of byte `byte`: the number of characters that start before it.
    ///
    /// ```
    /// let idx = gongwen::export::CharIndex::new("一二三");
    /// assert_eq!(idx.char_offset(6), 2);
    /// assert_eq!(idx.char_offset(9), 3);
    /// ```
    #[must_use]
    pub fn char_offset(&self, byte: u32) -> u32 {
        let byte = (byte as usize).min(self.text.len());
        if self.ascii {
            return crate::text::to_u32(byte);
        }
        let block = byte / Self::STRIDE;
        let base = self.checkpoints.get(block).copied().unwrap_or(0);
        base + self.text.as_bytes().get(block * Self::STRIDE..byte).map_or(0, count_char_starts)
    }

    /// A span's character range.
    ///
    /// ```
    /// let idx = gongwen::export::CharIndex::new("一、甲");
    /// assert_eq!(idx.char_range(gongwen::Span::new(0, 6)), (0, 2));
    /// ```
    #[must_use]
    pub fn char_range(&self, span: Span) -> (u32, u32) {
        (self.char_offset(span.start), self.char_offset(span.end))
    }
}

/// The number of characters that start in `bytes` (the bytes that are not UTF-8
/// continuation bytes `10xxxxxx`): a count without branches into a byte-wide counter, which
/// the compiler turns into vector code, over at most 255 bytes at a time.
fn count_char_starts(bytes: &[u8]) -> u32 {
    bytes.chunks(255).map(|chunk| u32::from(chunk.iter().fold(0u8, |n, &b| n + u8::from(is_char_start(b))))).sum()
}

/// True when `b` starts a character in UTF-8: it is no continuation byte (`10xxxxxx`).
#[inline(always)]
const fn is_char_start(b: u8) -> bool {
    (b as i8) >= -0x40
}

/// The outline of `doc` as flat rows, in document order.
///
/// ```
/// let doc = gongwen::parse("第一章 总则\n第一条 目的\n");
/// let rows = gongwen::export::outline_rows(&doc);
/// assert_eq!(rows.len(), 2);
/// assert_eq!(rows[0].heading.as_deref(), Some("总则"));
/// ```
#[must_use]
pub fn outline_rows(doc: &Document<'_>) -> Vec<OutlineRow> {
    let mut rows = Vec::with_capacity(doc.node_count());
    DocumentRows::new(doc).outline(|r| rows.push(r.clone()));
    rows
}

/// The figures of `doc` as flat rows, in document order.
///
/// ```
/// let doc = gongwen::parse("");
/// assert!(gongwen::export::quantity_rows(&doc).is_empty());
/// ```
#[must_use]
pub fn quantity_rows(doc: &Document<'_>) -> Vec<QuantityRow> {
    let mut rows = Vec::with_capacity(doc.quantities().len());
    DocumentRows::new(doc).quantities(|r| rows.push(r.clone()));
    rows
}

/// The whole document as one serialisable value (`gongwen parse`, Python `to_dict()`):
/// the title, the outline rows, the quantity rows, noise and diagnostics, all with
/// character and byte offsets.
///
/// ```
/// let doc = gongwen::parse("通知\n一、总则\n");
/// let view = gongwen::export::DocumentView::new(&doc);
/// assert_eq!(view.title.as_deref(), Some("通知"));
/// assert_eq!(view.nodes.len(), 1);
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DocumentView {
    /// The title on one line ([`Document::title_line`]), if any.
    pub title: Option<String>,
    /// The title's character range, if any.
    pub title_chars: Option<(u32, u32)>,
    /// Length of the text in characters.
    pub char_len: u32,
    /// Outline nodes.
    pub nodes: Vec<OutlineRow>,
    /// Figures.
    pub quantities: Vec<QuantityRow>,
    /// Noise spans.
    pub noise: Vec<NoiseRow>,
    /// Diagnostics.
    pub diagnostics: Vec<DiagnosticRow>,
    /// Document elements (发文字号, 主送机关, 成文日期 …).
    pub elements: Vec<ElementRow>,
    /// The titles of the documents it encloses: `(tree, title)` ([`Document::enclosed_titles`]).
    pub enclosed_titles: Vec<(u16, String)>,
}

impl DocumentView {
    /// Builds the view of `doc`.
    ///
    /// ```
    /// let doc = gongwen::parse("");
    /// assert!(gongwen::export::DocumentView::new(&doc).nodes.is_empty());
    /// ```
    #[must_use]
    pub fn new(doc: &Document<'_>) -> Self {
        let rows = DocumentRows::new(doc);
        let mut view = DocumentView {
            title: doc.title_line().map(std::borrow::Cow::into_owned),
            title_chars: rows.title_chars(),
            char_len: rows.char_len(),
            nodes: Vec::with_capacity(doc.node_count()),
            quantities: Vec::with_capacity(doc.quantities().len()),
            noise: Vec::with_capacity(doc.noise().len()),
            diagnostics: Vec::with_capacity(doc.diagnostics().len()),
            elements: rows.elements(),
            enclosed_titles: rows.enclosed_titles().map(|(tree, t)| (tree, t.into_owned())).collect(),
        };
        rows.outline(|r| view.nodes.push(r.clone()));
        rows.quantities(|r| view.quantities.push(r.clone()));
        rows.noise(|r| view.noise.push(r.clone()));
        rows.diagnostics(|r| view.diagnostics.push(r.clone()));
        view
    }
}

#[cfg(test)]
mod tests {
    use super::{CharIndex, DocumentView, outline_rows, quantity_rows};
    use proptest::prelude::*;

    #[test]
    fn quantity_rows_alone_are_the_views_and_their_path_is_their_nodes() {
        let texts = [
            "某县工作要点\n一、目标\n（一）新建幼儿园8所。\n1.培训不少于2次。\n二、保障\n投入3亿元。\n",
            "第一章 总则\n第一条 每年投入不少于2.5亿元。\n第二章 附则\n第二条 自2024年1月1日起施行。\n",
            "通知\n一、甲\n附件1\n一、乙 3所\n（一）丙 5个\n",
        ];
        for text in texts {
            let doc = crate::parse(text);
            let view = DocumentView::new(&doc);
            assert_eq!(quantity_rows(&doc), view.quantities, "{text}");
            assert_eq!(outline_rows(&doc), view.nodes, "{text}");
            assert!(view.quantities.iter().any(|q| q.node.is_some()), "{text}");
            for q in &view.quantities {
                let node_path = q.node.and_then(|n| view.nodes.get(n)).map(|n| n.path.as_str());
                assert_eq!(q.path.as_deref(), node_path, "{text}");
            }
        }
    }

    proptest! {
        #[test]
        fn char_offsets_count_the_characters_before(parts in proptest::collection::vec(0usize..6, 0..400)) {
            let pieces = ["a", "一", "é", "𠀀", "\n", "第十条"];
            let text: String = parts.iter().filter_map(|&k| pieces.get(k).copied()).collect();
            let idx = CharIndex::new(&text);
            for byte in 0..=text.len() + 2 {
                let expected = text.bytes().take(byte).filter(|&b| (b as i8) >= -0x40).count();
                prop_assert_eq!(idx.char_offset(crate::text::to_u32(byte)) as usize, expected, "byte {}", byte);
            }
        }
    }
}
