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
//! restarts; a table of contents (目录) is skipped.

mod candidates;
mod heading;

use crate::limits::{MAX_DEPTH, MAX_HEADING_LEN};
use crate::model::Style;
use crate::model::{Attachment, Node, NodeId};
use crate::model::{Diagnostic, DiagnosticKind, Diagnostics};
use crate::noise::NoiseMap;
use crate::numeral::{arabic_digit, cn_digit};
use crate::options::ParseOptions;
use crate::text::{Span, to_u32};
use candidates::{Boundary, Candidate};

/// What the outline stage produces.
#[derive(Debug, Default)]
pub(crate) struct Outline {
    pub(crate) nodes: Vec<Node>,
    pub(crate) title: Option<Span>,
    pub(crate) attachments: Vec<Attachment>,
}

/// Builds the outline of `text`.
pub(crate) fn build(
    text: &str,
    lines: &[crate::text::lines::Line],
    punct: crate::scan::Positions<'_>,
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
        if !seen_candidate && preamble.len() < heading::MAX_TITLE_LINES {
            preamble.push((lc.content_start, lc.line.end));
        }
        seen_candidate |= !lc.candidates.is_empty();
        if !options.outline {
            return;
        }
        if opens_label(text.as_bytes(), lc.content_start) {
            events.push(Event::Line { start: lc.line.start, content_start: lc.content_start, end: lc.line.end });
        }
        events.extend(lc.candidates.iter().copied().map(Event::Candidate));
    });
    // Pass 2: accept and place, with look-ahead where a candidate needs it.
    let mut b = Builder::new(text, options, events.len());
    b.next_cn_comma = next_cn_comma(&events);
    b.next_marker = next_marker(&events);
    for (i, event) in events.iter().enumerate() {
        match event {
            Event::Line { start, content_start, end } => b.line(*start, *content_start, *end, events.get(i + 1)),
            Event::Candidate(cand) => {
                if cand.marker.start() >= b.last_marker_end && b.accept(i, cand) {
                    b.place(cand, diags);
                }
            }
        }
    }
    let first_node = b.nodes.first().map_or(text.len(), |n| n.marker.start as usize);
    let title = heading::title(text, noise, &preamble, first_node);
    let mut out = b.finish(noise, punct);
    out.title = title;
    out
}

/// True when the line content at byte `at` opens with the first character of a label line
/// (`目录`, `附件`, `注：`, `说明：`, `备注：`), compared as UTF-8 bytes: most lines are ruled
/// out by their first byte, without decoding.
fn opens_label(bytes: &[u8], at: usize) -> bool {
    matches!(
        bytes.get(at..at + 3),
        Some([0xE7, 0x9B, 0xAE] | [0xE9, 0x99, 0x84] | [0xE6, 0xB3, 0xA8] | [0xE8, 0xAF, 0xB4] | [0xE5, 0xA4, 0x87])
    )
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
            next = Some((key(&c.marker), c.marker.ordinal));
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

fn key(m: &crate::marker::Marker) -> StyleKey {
    (m.style, m.parts)
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
    first: Option<(StyleKey, u32)>,
    lines: usize,
}

/// The longest a table of contents is taken to run, in lines.
const MAX_TOC_LINES: usize = 400;

struct Builder<'t> {
    text: &'t str,
    options: ParseOptions,
    nodes: Vec<Node>,
    spine: Vec<Open>,
    /// Per tree: the depth each style last had, and the last ordinal and marker of each style.
    style_depth: Vec<(StyleKey, u16, Span)>,
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

    /// A line that may be a label: 目录 opens a table of contents; 附件 and 注： start a
    /// new tree.
    fn line(&mut self, start: usize, content_start: usize, end: usize, next: Option<&Event>) {
        let content = self.text.get(content_start..end).unwrap_or("");
        if is_toc_label(content) {
            self.toc = Some(Toc { first: None, lines: 0 });
            return;
        }
        if !self.options.attachments {
            return;
        }
        if let Some(label_len) = attachment_label(content) {
            let label = Span::from_usize(content_start, content_start + label_len);
            self.new_tree(start);
            self.attachments.push(Attachment { label, tree: self.tree });
        } else if let Some(Event::Candidate(first)) = next {
            let on_line = first.marker.start() <= end;
            if on_line
                && first.boundary == Boundary::Clause
                && is_note_label(self.text, content_start, first.marker.start())
            {
                self.new_tree(start);
                let label = Span::from_usize(content_start, first.marker.start());
                self.attachments.push(Attachment { label, tree: self.tree });
            }
        }
    }

    fn new_tree(&mut self, start: usize) {
        self.tree = self.tree.saturating_add(1);
        self.tree_starts.push(start);
        self.spine.clear();
        self.style_depth.clear();
        self.last_ordinal.clear();
        self.toc = None;
    }

    fn last_ordinal_of(&self, k: StyleKey) -> Option<u32> {
        self.last_ordinal.iter().find(|(s, _)| *s == k).map(|&(_, o)| o)
    }

    /// Whether a candidate really opens a unit, weighed against where it stands and the
    /// units already open.
    fn accept(&mut self, event: usize, cand: &Candidate) -> bool {
        let m = &cand.marker;
        let k = key(m);
        if m.style == Style::Enumeration && !self.options.inline_enumerations {
            return false;
        }
        let after = self.text.get(m.end()..).unwrap_or("");
        if matches!(m.style, Style::CnComma | Style::ArabicDot) && starts_number_list(after) {
            return false; // 一、二年级; 2、3月份
        }
        if matches!(m.style, Style::CnParen | Style::ArabicParen) && starts_reference_list(after) {
            return false; // （四）、（五）项所列人员
        }
        if m.style == Style::Part && !short_heading_line(self.text, m.end()) {
            return false; // 第二类医疗器械…: an ordinal used as a word, not a heading
        }
        if k == (Style::Decimal, 1) {
            // A bare `1　总体要求` is numbering when `1.1` follows it, or when it continues a
            // run of bare numbers that decimal numbering already confirmed.
            let followed = self.next_marker.get(event).copied().flatten() == Some(((Style::Decimal, 2), 1));
            let continues = self.last_ordinal_of(k).is_some_and(|last| m.ordinal == last + 1);
            return cand.boundary == Boundary::LineStart && (followed || continues);
        }
        if m.style.is_division() && lists_same_style(self.text, m) {
            return false; // 第一章 总则 第二章 任免范围 …: a table of contents on one line
        }
        match cand.boundary {
            Boundary::LineStart => {
                if let Some(toc) = &mut self.toc {
                    toc.lines += 1;
                    if toc.lines > MAX_TOC_LINES {
                        self.toc = None;
                        return true;
                    }
                    if m.style.is_division() {
                        match toc.first {
                            None => {
                                toc.first = Some((k, m.ordinal));
                                return false;
                            }
                            Some(first) if first == (k, m.ordinal) => self.toc = None,
                            Some(_) => return false,
                        }
                    } else {
                        self.toc = None;
                    }
                }
                true
            }
            Boundary::Sentence | Boundary::Clause => {
                if m.style == Style::Decimal {
                    return false;
                }
                if m.style.is_statute() || m.style == Style::Part {
                    // A statute marker mid-line is a reference (`。第十条规定的…`) unless it
                    // continues the numbering or stands apart from the text after it.
                    let continues = match self.last_ordinal_of(k) {
                        Some(last) => m.ordinal == last + 1,
                        None => m.ordinal == 1,
                    };
                    let padded = after.chars().next().is_some_and(crate::text::chars::is_padding);
                    return continues || padded;
                }
                true
            }
            Boundary::Glued if m.style.is_statute() => {
                // `第一章 总则第一条 …`: the first unit under a chapter-like heading with no
                // punctuation between, continuing its numbering.
                let Some(top) = self.spine.last() else { return false };
                let continues = match self.last_ordinal_of(k) {
                    Some(last) => m.ordinal == last + 1,
                    None => m.ordinal == 1,
                };
                let from = top.marker.end as usize;
                let between = self.text.get(from..m.start()).unwrap_or("");
                continues
                    && top.key.0.rank() < m.style.rank()
                    && m.start() >= from
                    && m.start() - from <= MAX_HEADING_LEN
                    && !between.contains(['。', '！', '？', '；', '\n', '\r'])
            }
            Boundary::Glued if m.style == Style::CnComma => {
                // `…问题1一、…`: the first `一、` of its tree glued to the text before it counts
                // only when the next `X、` at a real boundary is `二、`.
                m.ordinal == 1
                    && self.last_ordinal_of(k).is_none()
                    && self.next_cn_comma.get(event).copied().flatten() == Some(2)
            }
            Boundary::Glued => {
                if !matches!(m.style, Style::CnParen | Style::ArabicParen) {
                    return false;
                }
                let Some(top) = self.spine.last() else { return false };
                if let Some(open) = self.spine.iter().rev().find(|o| o.key == k) {
                    // The next sibling of an open unit whose sentence end was lost
                    // (`…安居乐业（七）深化文化体制改革`), but not a reference (`第（二）项`).
                    let before = self.text.get(..m.start()).and_then(|s| s.chars().next_back());
                    let reference = before.is_none_or(|c| {
                        !crate::text::chars::is_cjk_ideograph(c) || "第条款项目之和或及至与".contains(c)
                    });
                    let heading_follows = after.chars().next().is_some_and(crate::text::chars::is_cjk_ideograph);
                    return m.style == Style::CnParen && m.ordinal == open.ordinal + 1 && !reference && heading_follows;
                }
                // A child glued to a heading that has no punctuation (line breaks lost): it
                // must start its level or continue its style's numbering.
                let continues = self.last_ordinal_of(k).map_or(m.ordinal == 1, |last| m.ordinal == last + 1);
                if !(m.ordinal == 1 || continues) {
                    return false;
                }
                let from = top.marker.end as usize;
                if m.start() < from || m.start() - from > MAX_HEADING_LEN {
                    return false;
                }
                let between = self.text.get(from..m.start()).unwrap_or("");
                !between.contains(['。', '！', '？', '；', '\n', '\r', '：', ':'])
            }
        }
    }

    /// Places an accepted marker on the spine and records the node.
    fn place(&mut self, cand: &Candidate, diags: &mut Diagnostics) {
        let m = &cand.marker;
        let k = key(m);
        let span = Span::from_usize(m.start(), m.end());
        // Where on the spine the new unit goes: the number of ancestors it keeps.
        let keep: usize;
        if m.style == Style::Enumeration {
            keep = self.spine.iter().rposition(|o| o.key.0 != Style::Enumeration).map_or(0, |i| i + 1);
            // `一是…三是`: an enumeration that goes on (not restarting at one) is checked
            // against the item before it.
            if let Some(prev) = self.spine.get(keep).copied().filter(|_| m.ordinal != 1) {
                self.sibling_diagnostics(m.ordinal, span, prev, diags);
            }
        } else {
            let open = self.spine.iter().rposition(|o| o.key.0 != Style::Enumeration).map_or(0, |i| i + 1);
            self.spine.truncate(open);
            // The open unit of this style whose numbering the marker continues, else the
            // innermost open unit of this style.
            let continued = self.spine.iter().rposition(|o| o.key == k && o.ordinal.saturating_add(1) == m.ordinal);
            if let Some(i) = continued.or_else(|| self.spine.iter().rposition(|o| o.key == k)) {
                let prev = self.spine.get(i).copied();
                let top = self.spine.len() - 1;
                let nested_plan = m.ordinal == 1
                    && i == top
                    && continued.is_none()
                    && !m.style.is_statute()
                    && m.style != Style::Part
                    && prev.is_some_and(|p| heading_only_between(self.text, p.marker.end as usize, m.start()));
                if nested_plan {
                    keep = self.spine.len();
                } else {
                    keep = i;
                    if let Some(prev) = prev {
                        self.sibling_diagnostics(m.ordinal, span, prev, diags);
                    }
                }
            } else if let Some(&(_, depth, first)) = self.style_depth.iter().find(|(s, _, _)| *s == k) {
                // Back to the depth the style had, but never closing a unit that ranks above
                // it (an article under a section here, under a chapter elsewhere).
                let above = self.spine.iter().rposition(|o| ranks_below(k, o.key)).map_or(0, |i| i + 1);
                let want = usize::from(depth).saturating_sub(1).max(above);
                if want <= self.spine.len() {
                    keep = want;
                } else {
                    keep = self.spine.len();
                    if !m.style.is_statute() {
                        diags.push(Diagnostic::new(DiagnosticKind::StyleAtTwoDepths, span).with_related(first));
                    }
                }
                self.level_start_diagnostic(m.ordinal, k, span, diags);
            } else {
                // A new style: below the spine, unless the spine holds a style ranked below it.
                keep = self.spine.iter().position(|o| ranks_below(o.key, k)).unwrap_or(self.spine.len());
                self.level_start_diagnostic(m.ordinal, k, span, diags);
            }
        }
        let mut keep = keep.min(self.spine.len());
        if keep >= MAX_DEPTH {
            keep = MAX_DEPTH - 1;
            diags.push(Diagnostic::new(DiagnosticKind::DepthLimit, span));
        }
        self.spine.truncate(keep);
        let depth = u16::try_from(keep + 1).unwrap_or(u16::MAX);
        let parent = self.spine.last().map(|o| o.id);
        let id = NodeId::from_index(self.nodes.len());
        self.nodes.push(Node {
            id,
            style: m.style,
            ordinal: m.ordinal,
            depth,
            parent,
            marker: span,
            heading: None,
            span,
            tree: self.tree,
            inline: cand.boundary != Boundary::LineStart,
            first_child: None,
            next_sibling: None,
        });
        self.spine.push(Open { id, key: k, ordinal: m.ordinal, marker: span });
        if m.style != Style::Enumeration {
            match self.style_depth.iter_mut().find(|(s, _, _)| *s == k) {
                Some(entry) => entry.1 = depth,
                None => self.style_depth.push((k, depth, span)),
            }
            match self.last_ordinal.iter_mut().find(|(s, _)| *s == k) {
                Some(entry) => entry.1 = m.ordinal,
                None => self.last_ordinal.push((k, m.ordinal)),
            }
        }
        self.last_marker_end = m.end();
    }

    fn sibling_diagnostics(&self, ordinal: u32, span: Span, prev: Open, diags: &mut Diagnostics) {
        let kind = if ordinal == prev.ordinal {
            Some(DiagnosticKind::RepeatedOrdinal)
        } else if ordinal > prev.ordinal.saturating_add(1) {
            Some(DiagnosticKind::SkippedOrdinal)
        } else if ordinal < prev.ordinal && ordinal != 1 {
            Some(DiagnosticKind::OutOfOrder)
        } else {
            None
        };
        if let Some(kind) = kind {
            diags.push(Diagnostic::new(kind, span).with_related(prev.marker));
        }
    }

    /// A new level should start at one, unless it continues the numbering of the same
    /// style in an earlier unit (`1.`–`6.` under `一、`, then `7.` under `二、`).
    fn level_start_diagnostic(&self, ordinal: u32, k: StyleKey, span: Span, diags: &mut Diagnostics) {
        if ordinal == 1 || k.0 == Style::Enumeration {
            return;
        }
        let continues = self.last_ordinal_of(k).is_some_and(|last| ordinal == last + 1);
        if !continues {
            diags.push(Diagnostic::new(DiagnosticKind::LevelStartsAboveOne, span));
        }
    }

    /// Unit spans, headings and child links, once every node is known.
    fn finish(mut self, noise: &NoiseMap<'_>, punct: crate::scan::Positions<'_>) -> Outline {
        let len = self.text.len();
        // Where each tree ends: the start of the next tree, or the end of the text.
        let tree_end = |tree: u16, starts: &[usize]| -> usize { starts.get(usize::from(tree)).copied().unwrap_or(len) };
        // Unit spans: a unit runs to the next node at its depth or above in its tree.
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
        // Headings.
        let mut punct = crate::scan::Cursor::new(punct);
        let mut rest = self.nodes.as_mut_slice();
        while let Some((node, after)) = rest.split_first_mut() {
            let next = after.first().map_or(len, |n| n.marker.start as usize);
            node.heading = heading::heading(self.text, node, next, noise, &mut punct);
            rest = after;
        }
        // Child links.
        let mut last_child: Vec<Option<NodeId>> = vec![None; self.nodes.len()];
        let mut last_root: Option<NodeId> = None;
        for i in 0..self.nodes.len() {
            let Some(node) = self.nodes.get(i) else { break };
            let (id, parent) = (node.id, node.parent);
            let prev = match parent {
                Some(p) => last_child.get_mut(p.index()).and_then(|slot| slot.replace(id)),
                None => last_root.replace(id),
            };
            match prev {
                Some(prev) => {
                    if let Some(n) = self.nodes.get_mut(prev.index()) {
                        n.next_sibling = Some(id);
                    }
                }
                None => {
                    if let Some(n) = parent.and_then(|p| self.nodes.get_mut(p.index())) {
                        n.first_child = Some(id);
                    }
                }
            }
        }
        Outline { nodes: self.nodes, title: None, attachments: self.attachments }
    }
}

fn set_end(nodes: &mut [Node], i: usize, end: usize) {
    if let Some(n) = nodes.get_mut(i) {
        let end = to_u32(end).max(n.marker.end);
        n.span = Span::new(n.span.start, end);
    }
}

/// True when style `a` is conventionally a lower level than style `b` (so `b` arriving
/// closes `a`). Decimal numbering with more parts is lower than with fewer.
fn ranks_below(a: StyleKey, b: StyleKey) -> bool {
    if a.0 == Style::Enumeration || b.0 == Style::Enumeration {
        return false;
    }
    (a.0.rank(), a.1) > (b.0.rank(), b.1)
}

/// `一、二年级`, `2、3月`: a number list, not a marker.
fn starts_number_list(after: &str) -> bool {
    let mut chars = after.chars();
    let Some(first) = chars.next() else { return false };
    let numeric = cn_digit(first).is_some_and(|d| d > 0) || arabic_digit(first).is_some();
    if !numeric {
        return false;
    }
    let rest: String = chars.take(3).collect();
    rest.starts_with('、') || rest.starts_with("年级") || rest.starts_with('月') || rest.starts_with("等奖")
}

/// The line of chapter-like marker `m` names another marker of the same style within a
/// heading's length: a table of contents written on one line.
fn lists_same_style(text: &str, m: &crate::marker::Marker) -> bool {
    let end = crate::text::lines::line_end_within(text, m.end(), MAX_HEADING_LEN);
    let Some(rest) = text.get(m.end()..end) else { return false };
    let rest = rest.split(['。', '！', '？', '；']).next().unwrap_or("");
    rest.match_indices('第').any(|(i, _)| {
        crate::marker::parse_marker(text, m.end() + i).is_some_and(|o| o.style == m.style && o.ordinal != m.ordinal)
    })
}

/// Between a unit's marker and `to` there is only its heading line: no sentence or clause
/// punctuation and at most one line of text. A plan inside a plan starts right there.
fn heading_only_between(text: &str, from: usize, to: usize) -> bool {
    let Some(between) = text.get(from..to) else { return false };
    let lines_with_text =
        between.split(['\n', '\r']).filter(|l| l.chars().any(|c| !crate::text::chars::is_space(c))).count();
    lines_with_text <= 1 && !between.contains(['。', '；', '：', ';', ':', '！', '？'])
}

/// `（四）、（五）项…`: the marker is followed by another parenthesised numeral.
fn starts_reference_list(after: &str) -> bool {
    let after = after.strip_prefix(['、', '，', ',', '和', '或', '至']).unwrap_or(after);
    let Some(inner) = after.strip_prefix(['（', '(']) else { return false };
    inner.chars().next().is_some_and(|c| cn_digit(c).is_some_and(|d| d > 0) || c == '十' || arabic_digit(c).is_some())
}

/// The rest of the line after byte `from` is a short heading: at most 30 characters with
/// no sentence punctuation.
fn short_heading_line(text: &str, from: usize) -> bool {
    let end = crate::text::lines::line_end_within(text, from, 200);
    let rest = text.get(from..end).unwrap_or("");
    rest.chars().count() <= 30 && !rest.contains(['。', '，', '；', ',', ';'])
}

/// A line that is only `目录` (a table of contents follows).
fn is_toc_label(content: &str) -> bool {
    let mut squashed = content.chars().filter(|&c| !crate::text::chars::is_space(c));
    matches!((squashed.next(), squashed.next(), squashed.next()), (Some('目'), Some('录'), None))
}

/// The length of an attachment label (`附件`, `附件1`, `附件一：`, `附件 2`) at the start of a
/// line that holds nothing else but a short title; `None` otherwise.
fn attachment_label(content: &str) -> Option<usize> {
    let rest = content.strip_prefix("附件")?;
    let mut len = "附件".len();
    let mut chars = rest.char_indices().peekable();
    while let Some(&(_, c)) = chars.peek() {
        if crate::text::chars::is_space(c) || arabic_digit(c).is_some() || cn_digit(c).is_some() || c == '十' {
            len = "附件".len() + chars.next().map_or(0, |(i, c)| i + c.len_utf8());
        } else {
            break;
        }
    }
    let tail = content.get(len..).unwrap_or("");
    let tail = tail.strip_prefix(['：', ':']).map_or(tail, |t| {
        len += tail.len() - t.len();
        t
    });
    // The rest of the line is a short title (or a list opener), not a sentence.
    let sentence = tail.contains(['。', '，', ',', '；']);
    (tail.chars().count() <= 40 && !sentence).then_some(len)
}

/// A label such as `注：` or `说明：` right before a list (`注：1、…`).
fn is_note_label(text: &str, start: usize, marker: usize) -> bool {
    let label = text.get(start..marker).unwrap_or("");
    let label = crate::text::chars::trim_space_end(label);
    let Some(name) = label.strip_suffix(['：', ':']) else { return false };
    matches!(name.trim(), "注" | "说明" | "备注" | "附注")
}

#[cfg(test)]
mod tests {
    #[test]
    fn label_openers_as_bytes() {
        for c in ['目', '附', '注', '说', '备'] {
            assert!(super::opens_label(c.to_string().as_bytes(), 0), "{c}");
            assert!(super::opens_label(format!("　{c}录").as_bytes(), "　".len()), "{c} after padding");
        }
        for s in ["", "目".get(..2).unwrap_or(""), "第一条", "一、", "录", "　目"] {
            assert!(!super::opens_label(s.as_bytes(), 0), "{s}");
        }
    }
}
