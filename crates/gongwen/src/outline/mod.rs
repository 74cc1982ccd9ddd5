//! From markers to the tree: depth, parent, heading.
//!
//! The builder keeps a spine: the stack of units still open. Depth is not read off a
//! fixed table of styles; it comes from this document:
//!
//! * a marker whose style is open on the spine continues that level (a sibling), and
//!   ordinal continuity is checked (skipped, repeated, out-of-order ordinals become
//!   diagnostics);
//! * the same style restarting at one right under a unit of that style is a plan inside a
//!   plan and nests one level down;
//! * a style seen before in this tree goes back to the depth it had, closing deeper levels
//!   (so `1.` straight under `一、` is depth 2 even where `（一）` came between elsewhere);
//! * a style not seen before opens a new child level, unless the spine holds a style that
//!   GB/T 9704-2012 §7.3.3 or the statute ladder ranks below it (`（一）` then `一、`);
//! * inline enumerations (`一是`) always sit one level below the unit they are in.
//!
//! Attachments (`附件1`) and glued lists (`注：1、`) start a new tree whose numbering
//! restarts; a table of contents (目录, 目次) is skipped.
//!
//! | file | pass |
//! |---|---|
//! | `candidates.rs` | 1: the candidate markers of each line, and where they stand |
//! | `labels.rs` | 1: label lines (contents, attachments, notes) |
//! | `accept.rs` | 2: whether a candidate opens a unit, one rule per boundary kind |
//! | `place.rs` | 2: where it goes on the spine, one rule per case |
//! | `heading.rs` | after 2: headings and the title |
//!
//! The words these rules read are the tables of [`crate::lexicon::outline`],
//! [`crate::lexicon::punct`] and [`crate::lexicon::titles`].

mod accept;
mod candidates;
mod heading;
mod labels;
mod place;

pub(crate) use labels::{attachment_label, is_contents_label};

use crate::marker::Marker;
use crate::model::NoiseMap;
use crate::model::Style;
use crate::model::{Attachment, Diagnostics, Node, NodeId};
use crate::options::ParseOptions;
use crate::scan::{Cursor, Positions};
use crate::text::lines::Line;
use crate::text::{Span, to_u32};
use candidates::{Boundary, Candidate};

/// What the outline stage produces.
#[derive(Debug, Default)]
pub(crate) struct Outline {
    pub(crate) nodes: Vec<Node>,
    /// `(content start, line end)` of the lines before the first candidate marker (at most
    /// [`MAX_PREAMBLE_LINES`]): where the title stage looks for the title.
    pub(crate) preamble: Vec<(usize, usize)>,
    pub(crate) attachments: Vec<Attachment>,
}

/// How many lines before the first marker are kept for the title.
const MAX_PREAMBLE_LINES: usize = 40;

/// Builds the outline of `text`.
pub(crate) fn build(
    text: &str,
    lines: &[Line],
    punct: Positions<'_>,
    noise: &NoiseMap<'_>,
    options: &ParseOptions,
    diags: &mut Diagnostics,
) -> Outline {
    // Pass 1: candidates and label lines, in document order.
    // Room for a candidate every other line (a statute has about one per line).
    let mut events: Vec<Event> = Vec::with_capacity(lines.len() / 2 + 16);
    let mut preamble: Vec<(usize, usize)> = Vec::new();
    let mut seen_candidate = false;
    candidates::scan(text, lines, punct, noise, |lc| {
        if !seen_candidate && preamble.len() < MAX_PREAMBLE_LINES {
            preamble.push((lc.content_start, lc.line.end));
        }
        seen_candidate |= !lc.candidates.is_empty();
        if !options.outline {
            return;
        }
        if labels::opens_label(text.as_bytes(), lc.content_start) {
            events.push(Event::Line { start: lc.line.start, content_start: lc.content_start, end: lc.line.end });
        }
        events.extend(lc.candidates.iter().copied().map(Event::Candidate));
    });
    // Pass 2: accept and place, with look-ahead where a candidate needs it.
    let mut builder = Builder::new(text, options, events.len());
    builder.next_cn_comma = next_cn_comma(&events);
    builder.next_marker = next_marker(&events);
    for (i, event) in events.iter().enumerate() {
        match event {
            Event::Line { start, content_start, end } => {
                builder.label_line(*start, *content_start, *end, events.get(i + 1));
            }
            Event::Candidate(cand) => {
                if cand.marker.start() >= builder.last_marker_end && builder.accept(i, cand) {
                    builder.place(cand, diags);
                }
            }
        }
    }
    let mut out = builder.finish(noise, punct);
    out.preamble = preamble;
    out
}

/// What pass 1 records.
#[derive(Clone, Copy, Debug)]
enum Event {
    /// A line that may be a label (目录, 附件, 注：).
    Line { start: usize, content_start: usize, end: usize },
    /// A candidate marker.
    Candidate(Candidate),
}

/// For each event, the next candidate marker after it. One backward sweep.
fn next_marker(events: &[Event]) -> Vec<Option<(StyleKey, u32)>> {
    let mut out = vec![None; events.len()];
    let mut next = None;
    for (i, e) in events.iter().enumerate().rev() {
        if let Some(slot) = out.get_mut(i) {
            *slot = next;
        }
        if let Event::Candidate(c) = e {
            next = Some((style_key(&c.marker), c.marker.ordinal));
        }
    }
    out
}

/// For each event, the ordinal of the next `X、` candidate at a real boundary (line start,
/// sentence end, clause) before the next label line, if any. One backward sweep.
fn next_cn_comma(events: &[Event]) -> Vec<Option<u32>> {
    let mut out = vec![None; events.len()];
    let mut next = None;
    for (i, e) in events.iter().enumerate().rev() {
        if let Some(slot) = out.get_mut(i) {
            *slot = next;
        }
        match e {
            Event::Line { .. } => next = None,
            Event::Candidate(c) if c.marker.style == Style::CnComma && c.boundary != Boundary::Glued => {
                next = Some(c.marker.ordinal);
            }
            Event::Candidate(_) => {}
        }
    }
    out
}

/// A style together with the part count of decimal numbering (`1.2` and `1.2.1` are
/// different levels of one family).
type StyleKey = (Style, u8);

/// The style key of a bare section number (`1　总体要求`).
const BARE_NUMBER: StyleKey = (Style::Decimal, 1);

fn style_key(marker: &Marker) -> StyleKey {
    (marker.style, marker.parts)
}

/// A unit on the spine.
#[derive(Clone, Copy, Debug)]
struct Open {
    id: NodeId,
    key: StyleKey,
    ordinal: u32,
    marker: Span,
}

/// Table-of-contents state: lines after `目录` until the body starts again.
#[derive(Debug)]
struct Toc {
    /// The first entry (style and ordinal): the body starts where it comes again.
    first: Option<(StyleKey, u32)>,
    /// Line-start markers seen since the label.
    lines: usize,
}

/// The longest a table of contents is taken to run, in lines.
const MAX_TOC_LINES: usize = 400;

/// Pass 2's state.
struct Builder<'t> {
    text: &'t str,
    options: ParseOptions,
    nodes: Vec<Node>,
    /// The units still open, outermost first.
    spine: Vec<Open>,
    /// Per tree: the depth each style last had, with its first marker …
    style_depth: Vec<(StyleKey, u16, Span)>,
    /// … and the last ordinal of each style.
    last_ordinal: Vec<(StyleKey, u32)>,
    tree: u16,
    /// Where each tree after the first starts (its label line).
    tree_starts: Vec<usize>,
    attachments: Vec<Attachment>,
    toc: Option<Toc>,
    last_marker_end: usize,
    /// Look-ahead for glued `一、`: see [`next_cn_comma`].
    next_cn_comma: Vec<Option<u32>>,
    /// Look-ahead for bare section numbers: see [`next_marker`].
    next_marker: Vec<Option<(StyleKey, u32)>>,
}

impl<'t> Builder<'t> {
    /// A builder for at most `candidates` nodes (room for them is reserved).
    fn new(text: &'t str, options: &ParseOptions, candidates: usize) -> Self {
        Builder {
            text,
            options: options.clone(),
            nodes: Vec::with_capacity(candidates),
            spine: Vec::new(),
            style_depth: Vec::new(),
            last_ordinal: Vec::new(),
            tree: 0,
            tree_starts: Vec::new(),
            attachments: Vec::new(),
            toc: None,
            last_marker_end: 0,
            next_cn_comma: Vec::new(),
            next_marker: Vec::new(),
        }
    }

    /// A line that may be a label: a contents label opens a table of contents; an
    /// attachment label, or a note label right before a list on its line, starts a new tree.
    fn label_line(&mut self, start: usize, content_start: usize, end: usize, next: Option<&Event>) {
        let content = self.text.get(content_start..end).unwrap_or("");
        if labels::is_contents_label(content) {
            self.toc = Some(Toc { first: None, lines: 0 });
            return;
        }
        if !self.options.attachments {
            return;
        }
        let label_end = match labels::attachment_label(content) {
            Some(len) => Some(content_start + len),
            None => self.note_label_end(content_start, end, next),
        };
        if let Some(label_end) = label_end {
            self.new_tree(start);
            self.attachments.push(Attachment { label: Span::from_usize(content_start, label_end), tree: self.tree });
        }
    }

    /// Where a note label (`注：`) ends when the line's first candidate, on the same line
    /// right after its colon, opens a list.
    fn note_label_end(&self, content_start: usize, end: usize, next: Option<&Event>) -> Option<usize> {
        let Some(Event::Candidate(first)) = next else { return None };
        let list = first.marker.start() <= end
            && first.boundary == Boundary::Clause
            && labels::is_note_label(self.text, content_start, first.marker.start());
        list.then(|| first.marker.start())
    }

    fn new_tree(&mut self, start: usize) {
        self.tree = self.tree.saturating_add(1);
        self.tree_starts.push(start);
        self.spine.clear();
        self.style_depth.clear();
        self.last_ordinal.clear();
        self.toc = None;
    }

    /// Unit spans, headings and child links, once every node is known.
    fn finish(mut self, noise: &NoiseMap<'_>, punct: Positions<'_>) -> Outline {
        self.set_unit_spans();
        let mut punct = Cursor::new(punct);
        let len = self.text.len();
        let mut rest = self.nodes.as_mut_slice();
        while let Some((node, after)) = rest.split_first_mut() {
            let next = after.first().map_or(len, |n| n.marker.start as usize);
            node.heading = heading::heading(self.text, node, next, noise, &mut punct);
            rest = after;
        }
        link_children(&mut self.nodes);
        Outline { nodes: self.nodes, preamble: Vec::new(), attachments: self.attachments }
    }

    /// A unit runs to the next node at its depth or above in its tree, or to the end of its
    /// tree (the start of the next tree, or the end of the text).
    fn set_unit_spans(&mut self) {
        let len = self.text.len();
        let tree_end = |tree: u16, starts: &[usize]| -> usize { starts.get(usize::from(tree)).copied().unwrap_or(len) };
        let mut open: Vec<usize> = Vec::new();
        for i in 0..self.nodes.len() {
            let Some(&Node { depth, tree, marker, .. }) = self.nodes.get(i) else { break };
            while let Some(&j) = open.last() {
                let Some(o) = self.nodes.get(j) else { break };
                if o.tree != tree {
                    let end = tree_end(o.tree, &self.tree_starts);
                    set_end(&mut self.nodes, j, end);
                } else if o.depth >= depth {
                    set_end(&mut self.nodes, j, marker.start as usize);
                } else {
                    break;
                }
                open.pop();
            }
            open.push(i);
        }
        for j in open {
            let tree = self.nodes.get(j).map_or(0, |n| n.tree);
            set_end(&mut self.nodes, j, tree_end(tree, &self.tree_starts));
        }
    }
}

/// Sets each node's first child and next sibling from the parents, in one pass.
fn link_children(nodes: &mut [Node]) {
    let mut last_child: Vec<Option<NodeId>> = vec![None; nodes.len()];
    let mut last_root: Option<NodeId> = None;
    for i in 0..nodes.len() {
        let Some(node) = nodes.get(i) else { break };
        let (id, parent) = (node.id, node.parent);
        let prev = match parent {
            Some(p) => last_child.get_mut(p.index()).and_then(|slot| slot.replace(id)),
            None => last_root.replace(id),
        };
        let linked = match prev {
            Some(prev) => nodes.get_mut(prev.index()).map(|n| &mut n.next_sibling),
            None => parent.and_then(|p| nodes.get_mut(p.index())).map(|n| &mut n.first_child),
        };
        if let Some(slot) = linked {
            *slot = Some(id);
        }
    }
}

fn set_end(nodes: &mut [Node], i: usize, end: usize) {
    if let Some(n) = nodes.get_mut(i) {
        let end = to_u32(end).max(n.marker.end);
        n.span = Span::new(n.span.start, end);
    }
}
