//! The rows of one document, one at a time: each row type is built into one reused row
//! and handed to a callback, so a writer (the CLI's JSON and CSV, Arrow builders) needs no
//! allocation per row and no table of the whole document. The `Vec` exports
//! ([`super::outline_rows`], [`super::DocumentView`]) collect clones of the same rows.

use super::{CharIndex, DiagnosticRow, ElementRow, NoiseRow, OutlineRow, QuantityRow};
use crate::document::Document;
use crate::model::{Node, NodeId};
use std::borrow::Cow;

/// A document and the character index of its text, ready to hand out its rows.
///
/// ```
/// let doc = gongwen::parse("一、总则\n（一）目标\n新建学校3所。\n");
/// let rows = gongwen::export::DocumentRows::new(&doc);
/// let mut paths = Vec::new();
/// rows.outline(|row| paths.push(row.path.clone()));
/// assert_eq!(paths, ["一、", "一、/（一）"]);
/// let mut figures = 0;
/// rows.quantities(|row| figures += usize::from(row.path.as_deref() == Some("一、/（一）")));
/// assert_eq!(figures, 1);
/// ```
#[derive(Debug)]
pub struct DocumentRows<'d> {
    doc: &'d Document<'d>,
    idx: CharIndex<'d>,
}

/// Replaces the contents of `dst` with `s`, keeping its buffer.
fn set(dst: &mut String, s: &str) {
    dst.clear();
    dst.push_str(s);
}

/// Replaces an optional string, keeping its buffer while it stays `Some`.
fn set_opt(dst: &mut Option<String>, s: Option<&str>) {
    match s {
        Some(s) => set(dst.get_or_insert_with(String::new), s),
        None => *dst = None,
    }
}

/// Appends the path of `id` (its markers from the root as the rows give them, joined with
/// `/`: [`Document::path`]) to `out`, with `chain` as scratch space.
fn push_path(doc: &Document<'_>, id: NodeId, chain: &mut Vec<NodeId>, out: &mut String) {
    chain.clear();
    chain.push(id);
    chain.extend(doc.ancestors(id).map(|n| n.id));
    for (i, n) in chain.iter().rev().filter_map(|&a| doc.node(a)).enumerate() {
        if i > 0 {
            out.push('/');
        }
        out.push_str(&doc.clean_slice(n.marker));
    }
}

/// The path of the node being visited, kept as a stack while the nodes come in document
/// order (a parent before its children): each node truncates the path to its parent's and
/// appends its marker. A node whose parent is not on the stack gets its path from its
/// ancestors.
#[derive(Default)]
struct PathStack {
    path: String,
    /// The open nodes, outermost first, with the length of the path up to each.
    open: Vec<(NodeId, usize)>,
    chain: Vec<NodeId>,
}

impl PathStack {
    /// The path of `n`, whose marker (without noise and white space) is `marker`; `n`
    /// becomes the innermost open node.
    fn enter(&mut self, doc: &Document<'_>, n: &Node, marker: &str) -> &str {
        while self.open.last().is_some_and(|&(top, _)| Some(top) != n.parent) {
            self.open.pop();
        }
        match (self.open.last(), n.parent) {
            (Some(&(_, len)), Some(_)) => {
                self.path.truncate(len);
                self.path.push('/');
                self.path.push_str(marker);
            }
            (_, None) => set(&mut self.path, marker),
            (None, Some(_)) => {
                self.path.clear();
                push_path(doc, n.id, &mut self.chain, &mut self.path);
            }
        }
        self.open.push((n.id, self.path.len()));
        &self.path
    }
}

impl<'d> DocumentRows<'d> {
    /// The rows of `doc` (indexes its text once).
    ///
    /// ```
    /// let doc = gongwen::parse("一、甲\n");
    /// assert_eq!(gongwen::export::DocumentRows::new(&doc).char_len(), 4);
    /// ```
    #[must_use]
    pub fn new(doc: &'d Document<'d>) -> Self {
        DocumentRows { doc, idx: CharIndex::new(doc.text()) }
    }

    /// The character index of the document's text.
    ///
    /// ```
    /// let doc = gongwen::parse("一、甲\n");
    /// assert_eq!(gongwen::export::DocumentRows::new(&doc).char_index().char_offset(6), 2);
    /// ```
    #[must_use]
    pub fn char_index(&self) -> &CharIndex<'d> {
        &self.idx
    }

    /// Length of the text in characters.
    ///
    /// ```
    /// let doc = gongwen::parse("通知");
    /// assert_eq!(gongwen::export::DocumentRows::new(&doc).char_len(), 2);
    /// ```
    #[must_use]
    pub fn char_len(&self) -> u32 {
        self.idx.char_offset(crate::text::to_u32(self.doc.text().len()))
    }

    /// The title's character range, if the document has a title.
    ///
    /// ```
    /// let doc = gongwen::parse("通知\n一、总则\n");
    /// assert_eq!(gongwen::export::DocumentRows::new(&doc).title_chars(), Some((0, 2)));
    /// ```
    #[must_use]
    pub fn title_chars(&self) -> Option<(u32, u32)> {
        self.doc.title().map(|t| self.idx.char_range(t))
    }

    /// The titles of the documents it encloses, `(tree, title)`, without noise and white
    /// space ([`Document::enclosed_titles`]).
    ///
    /// ```
    /// let doc = gongwen::parse("");
    /// assert_eq!(gongwen::export::DocumentRows::new(&doc).enclosed_titles().count(), 0);
    /// ```
    pub fn enclosed_titles(&self) -> impl Iterator<Item = (u16, Cow<'d, str>)> + '_ {
        self.doc.enclosed_titles().map(|(tree, span)| (tree, self.doc.clean_slice(span)))
    }

    /// Calls `f` with each outline row, in document order (one row, rewritten each time).
    ///
    /// ```
    /// let doc = gongwen::parse("一、甲\n二、乙\n");
    /// let mut markers = String::new();
    /// gongwen::export::DocumentRows::new(&doc).outline(|row| markers += &row.marker);
    /// assert_eq!(markers, "一、二、");
    /// ```
    pub fn outline(&self, mut f: impl FnMut(&OutlineRow)) {
        let doc = self.doc;
        let mut paths = PathStack::default();
        let mut row = OutlineRow {
            index: 0,
            parent: None,
            depth: 0,
            marker: String::new(),
            ordinal: 0,
            style: "",
            heading: None,
            tree: 0,
            path: String::new(),
            char_start: 0,
            char_end: 0,
            byte_start: 0,
            byte_end: 0,
        };
        for n in doc.nodes() {
            row.index = n.id.index();
            row.parent = n.parent.map(NodeId::index);
            row.depth = n.depth;
            set(&mut row.marker, &doc.clean_slice(n.marker));
            row.ordinal = n.ordinal;
            row.style = n.style.as_str();
            set_opt(&mut row.heading, doc.heading(n).as_deref());
            row.tree = n.tree;
            set(&mut row.path, paths.enter(doc, n, &row.marker));
            row.char_start = self.idx.char_offset(n.marker.start);
            row.char_end = self.idx.char_offset(n.span.end);
            row.byte_start = n.marker.start;
            row.byte_end = n.span.end;
            f(&row);
        }
    }

    /// Calls `f` with each quantity row, in document order (one row, rewritten each time).
    ///
    /// ```
    /// let doc = gongwen::parse("新建学校3所、幼儿园5所。\n");
    /// let mut units = Vec::new();
    /// gongwen::export::DocumentRows::new(&doc).quantities(|row| units.push(row.unit.clone()));
    /// assert_eq!(units, [Some("所".to_owned()), Some("所".to_owned())]);
    /// ```
    pub fn quantities(&self, mut f: impl FnMut(&QuantityRow)) {
        let (doc, text) = (self.doc, self.doc.text());
        let mut row = QuantityRow {
            char_start: 0,
            char_end: 0,
            byte_start: 0,
            byte_end: 0,
            text: String::new(),
            value: None,
            value_max: None,
            unit: None,
            comparator: "",
            placeholder: false,
            kind: "",
            node: None,
            change: None,
            change_direction: None,
            change_from: None,
            change_to: None,
            modality: None,
            deadline: None,
            deadline_year: None,
            path: None,
        };
        // The path of the last figure's node: the figures of a node come together.
        let (mut path_of, mut chain) = (None, Vec::new());
        for q in doc.quantities() {
            (row.char_start, row.char_end) = self.idx.char_range(q.span);
            row.byte_start = q.span.start;
            row.byte_end = q.span.end;
            set(&mut row.text, q.span.slice(text));
            row.value = q.value;
            row.value_max = q.value_max;
            set_opt(&mut row.unit, q.unit.as_deref());
            row.comparator = q.comparator.as_str();
            row.placeholder = q.placeholder;
            row.kind = q.kind.as_str();
            row.node = q.node.map(NodeId::index);
            row.change = q.change.map(|c| c.role.as_str());
            row.change_direction = q.change.map(|c| c.direction.as_str());
            row.change_from = q.change.and_then(|c| c.from);
            row.change_to = q.change.and_then(|c| c.to);
            row.modality = q.modality.map(crate::Modality::as_str);
            set_opt(&mut row.deadline, q.deadline.map(|d| d.span.slice(text)));
            row.deadline_year = q.deadline.and_then(|d| d.year);
            match q.node.filter(|&id| doc.node(id).is_some()) {
                Some(id) if path_of == Some(id) => {}
                Some(id) => {
                    let path = row.path.get_or_insert_with(String::new);
                    path.clear();
                    push_path(doc, id, &mut chain, path);
                    path_of = Some(id);
                }
                None => {
                    row.path = None;
                    path_of = None;
                }
            }
            f(&row);
        }
    }

    /// Calls `f` with each noise row, in document order.
    ///
    /// ```
    /// let doc = gongwen::parse("一、总则\n3/28\n二、附则\n");
    /// let mut kinds = Vec::new();
    /// gongwen::export::DocumentRows::new(&doc).noise(|row| kinds.push(row.kind));
    /// assert_eq!(kinds, ["page_marker"]);
    /// ```
    pub fn noise(&self, mut f: impl FnMut(&NoiseRow)) {
        let text = self.doc.text();
        let mut row =
            NoiseRow { kind: "", text: String::new(), char_start: 0, char_end: 0, byte_start: 0, byte_end: 0 };
        for n in self.doc.noise() {
            row.kind = n.kind.as_str();
            set(&mut row.text, n.span.slice(text));
            (row.char_start, row.char_end) = self.idx.char_range(n.span);
            row.byte_start = n.span.start;
            row.byte_end = n.span.end;
            f(&row);
        }
    }

    /// Calls `f` with each diagnostic row, in document order, with its 1-based line and
    /// column.
    ///
    /// ```
    /// let doc = gongwen::parse("一、甲\n三、丙\n");
    /// let mut lines = Vec::new();
    /// gongwen::export::DocumentRows::new(&doc).diagnostics(|row| lines.push(row.line));
    /// assert_eq!(lines, [2]);
    /// ```
    pub fn diagnostics(&self, mut f: impl FnMut(&DiagnosticRow)) {
        let (text, idx) = (self.doc.text(), &self.idx);
        let mut row = DiagnosticRow {
            kind: "",
            message: "",
            text: String::new(),
            line: 1,
            column: 0,
            char_start: 0,
            char_end: 0,
            byte_start: 0,
            byte_end: 0,
            related_char_start: None,
        };
        // Diagnostics are sorted by start: one sweep gives line and column.
        let (mut line_start, mut pos) = (0usize, 0usize);
        for d in self.doc.diagnostics() {
            let at = (d.span.start as usize).min(text.len()).max(pos);
            let chunk = text.as_bytes().get(pos..at).unwrap_or(&[]);
            for i in memchr::memchr_iter(b'\n', chunk) {
                row.line += 1;
                line_start = pos + i + 1;
            }
            pos = at;
            row.kind = d.kind.as_str();
            row.message = d.kind.description();
            set(&mut row.text, d.span.slice(text));
            (row.char_start, row.char_end) = idx.char_range(d.span);
            row.column = row.char_start - idx.char_offset(crate::text::to_u32(line_start)) + 1;
            row.byte_start = d.span.start;
            row.byte_end = d.span.end;
            row.related_char_start = d.related.map(|r| idx.char_offset(r.start));
            f(&row);
        }
    }

    /// The element rows (few: the lines around the body), in document order.
    ///
    /// ```
    /// let doc = gongwen::parse("关于某事的通知\n国发〔2019〕4号\n");
    /// let rows = gongwen::export::DocumentRows::new(&doc).elements();
    /// assert_eq!(rows[0].element, "doc_number");
    /// ```
    #[must_use]
    pub fn elements(&self) -> Vec<ElementRow> {
        super::elements::element_rows_with(self.doc, &self.idx)
    }
}
