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

use crate::document::Document;
use crate::text::Span;
pub use documents::{document_row, genre};
pub use elements::{JsonValue, element_rows, reference_rows};

/// Converts byte offsets of one text into character (code point) offsets.
///
/// Built once per document in one pass: a checkpoint every [`CharIndex::STRIDE`] bytes,
/// so memory is a small fraction of the text, and each lookup counts the characters of at
/// most one stride.
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
    /// Character offset at byte `i * STRIDE` (rounded up to a char boundary: the count
    /// covers every char starting before that byte).
    checkpoints: Vec<u32>,
    ascii: bool,
}

impl<'t> CharIndex<'t> {
    /// Bytes between two checkpoints.
    pub const STRIDE: usize = 256;

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
            let blocks = text.len().div_ceil(Self::STRIDE);
            checkpoints.reserve(blocks + 1);
            // The characters before byte `b * STRIDE` are those before the first char
            // boundary at or after it: count whole chars between boundaries (the standard
            // library counts a word at a time).
            let (mut chars, mut prev) = (0u32, 0usize);
            for b in 0..=blocks {
                let at = ceil_char_boundary(text, b * Self::STRIDE);
                chars += text.get(prev..at).map_or(0, |s| crate::text::to_u32(s.chars().count()));
                checkpoints.push(chars);
                prev = at;
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
        let from = ceil_char_boundary(self.text, block * Self::STRIDE);
        let within = match self.text.get(from..byte) {
            Some(s) => crate::text::to_u32(s.chars().count()),
            // `byte` inside a character: count the characters that start before it.
            None => self.text.as_bytes().get(from..byte).map_or(0, count_char_starts),
        };
        base + within
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

/// The first char boundary of `text` at or after byte `at` (the text's length past its end).
fn ceil_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

fn count_char_starts(bytes: &[u8]) -> u32 {
    let n = bytes.iter().filter(|&&b| (b as i8) >= -0x40).count();
    crate::text::to_u32(n)
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
    outline_rows_with(doc, &CharIndex::new(doc.text()), node_paths(doc))
}

/// The path of every node (its markers from the root, joined with `/`), in document order.
fn node_paths(doc: &Document<'_>) -> Vec<String> {
    let mut paths: Vec<String> = Vec::with_capacity(doc.node_count());
    for n in doc.nodes() {
        // A parent comes before its children, so its path is built already: `Document::path`
        // without walking the ancestors again.
        let parent = n.parent.and_then(|p| paths.get(p.index()));
        paths.push(join_path(parent.map(String::as_str), &doc.clean_slice(n.marker)));
    }
    paths
}

/// A node's path: its parent's path, `/`, its marker.
fn join_path(parent: Option<&str>, marker: &str) -> String {
    match parent {
        Some(p) => [p, "/", marker].concat(),
        None => marker.to_owned(),
    }
}

/// [`outline_rows`] with a character index already built for `doc`'s text and the paths of
/// [`node_paths`].
fn outline_rows_with(doc: &Document<'_>, idx: &CharIndex<'_>, paths: Vec<String>) -> Vec<OutlineRow> {
    doc.nodes()
        .zip(paths)
        .map(|(n, path)| OutlineRow {
            index: n.id.index(),
            parent: n.parent.map(crate::NodeId::index),
            depth: n.depth,
            marker: doc.clean_slice(n.marker).into_owned(),
            ordinal: n.ordinal,
            style: n.style.as_str(),
            heading: doc.heading(n).map(std::borrow::Cow::into_owned),
            tree: n.tree,
            path,
            char_start: idx.char_offset(n.marker.start),
            char_end: idx.char_offset(n.span.end),
            byte_start: n.marker.start,
            byte_end: n.span.end,
        })
        .collect()
}

/// The figures of `doc` as flat rows, in document order.
///
/// ```
/// let doc = gongwen::parse("");
/// assert!(gongwen::export::quantity_rows(&doc).is_empty());
/// ```
#[must_use]
pub fn quantity_rows(doc: &Document<'_>) -> Vec<QuantityRow> {
    // Each figure's node path from the ancestors: a statute has many articles without a
    // figure, so building every node's path would cost more.
    quantity_rows_with(doc, &CharIndex::new(doc.text()), |i| Some(doc.path(crate::NodeId::from_index(i))))
}

/// [`quantity_rows`] with a character index already built for `doc`'s text; `path` gives
/// the path of the node at an index.
fn quantity_rows_with(
    doc: &Document<'_>,
    idx: &CharIndex<'_>,
    mut path: impl FnMut(usize) -> Option<String>,
) -> Vec<QuantityRow> {
    doc.quantities()
        .map(|q| {
            let (char_start, char_end) = idx.char_range(q.span);
            let node = q.node.map(crate::NodeId::index);
            QuantityRow {
                char_start,
                char_end,
                byte_start: q.span.start,
                byte_end: q.span.end,
                text: q.span.slice(doc.text()).to_owned(),
                value: q.value,
                value_max: q.value_max,
                unit: q.unit.as_deref().map(str::to_owned),
                comparator: q.comparator.as_str(),
                placeholder: q.placeholder,
                kind: q.kind.as_str(),
                node,
                change: q.change.map(|c| c.role.as_str()),
                change_direction: q.change.map(|c| c.direction.as_str()),
                change_from: q.change.and_then(|c| c.from),
                change_to: q.change.and_then(|c| c.to),
                modality: q.modality.map(crate::Modality::as_str),
                deadline: q.deadline.map(|d| d.span.slice(doc.text()).to_owned()),
                deadline_year: q.deadline.and_then(|d| d.year),
                path: node.and_then(&mut path),
            }
        })
        .collect()
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
        let text = doc.text();
        let idx = CharIndex::new(text);
        let noise = doc
            .noise()
            .map(|n| {
                let (char_start, char_end) = idx.char_range(n.span);
                NoiseRow {
                    kind: n.kind.as_str(),
                    text: n.span.slice(text).to_owned(),
                    char_start,
                    char_end,
                    byte_start: n.span.start,
                    byte_end: n.span.end,
                }
            })
            .collect();
        // Diagnostics are sorted by start: one sweep gives line and column.
        let mut line = 1u32;
        let mut line_start = 0usize;
        let mut pos = 0usize;
        let diagnostics = doc
            .diagnostics()
            .map(|d| {
                let at = (d.span.start as usize).min(text.len()).max(pos);
                let chunk = text.as_bytes().get(pos..at).unwrap_or(&[]);
                for i in memchr::memchr_iter(b'\n', chunk) {
                    line += 1;
                    line_start = pos + i + 1;
                }
                pos = at;
                let (char_start, char_end) = idx.char_range(d.span);
                let column = char_start - idx.char_offset(crate::text::to_u32(line_start)) + 1;
                DiagnosticRow {
                    kind: d.kind.as_str(),
                    message: d.kind.description(),
                    text: d.span.slice(text).to_owned(),
                    line,
                    column,
                    char_start,
                    char_end,
                    byte_start: d.span.start,
                    byte_end: d.span.end,
                    related_char_start: d.related.map(|r| idx.char_offset(r.start)),
                }
            })
            .collect();
        let nodes = outline_rows_with(doc, &idx, node_paths(doc));
        DocumentView {
            title: doc.title_line().map(std::borrow::Cow::into_owned),
            title_chars: doc.title().map(|t| idx.char_range(t)),
            char_len: idx.char_offset(crate::text::to_u32(text.len())),
            quantities: quantity_rows_with(doc, &idx, |i| nodes.get(i).map(|n| n.path.clone())),
            nodes,
            noise,
            diagnostics,
            elements: elements::element_rows_with(doc, &idx),
            enclosed_titles: doc
                .enclosed_titles()
                .map(|(tree, span)| (tree, doc.clean_slice(span).into_owned()))
                .collect(),
        }
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
