//! Tables of contents are not structure (docs/annotation.md, "Statutes, attachments, tables of
//! contents"): their lines are no nodes, and the body after them starts at depth 1.
//!
//! Two kinds are recognised, for every marker style:
//!
//! * after a contents label (`目录`, `目次`, `目　　录`): every candidate is an entry until
//!   the first entry comes again (the body's first heading), or until body text (a sentence
//!   end) stands before or right after a candidate: a contents entry has no body (the text
//!   right after the last entry, before the first entry comes again, is an unnumbered
//!   preface's: `前言`);
//! * without a label, entries with page numbers at the start of a tree (`1 总则⇥1` /
//!   `2 危险有害因素辨识⇥3`): read as after a label;
//! * without a label, a heading sequence printed twice: when the first node of a tree comes
//!   again with the same heading and nothing but heading lines stood between the first node
//!   and the last node's line (a preface may follow that line), the first copy was a
//!   contents list and its nodes are taken back.

use super::candidates::{Boundary, Candidate};
use super::{Builder, StyleKey, style_key};
use crate::lexicon::markers::DOTS;
use crate::lexicon::outline::CONTENTS_LEADERS;
use crate::lexicon::punct::SENTENCE_ENDS;
use crate::model::Node;
use crate::numeral::arabic_digit;
use crate::text::chars::is_space;
use crate::text::lines::line_end_within;

/// The longest a table of contents is taken to run, in candidates.
const MAX_TOC_LINES: usize = 400;

/// The longest contents entry compared with a heading of the body, in bytes.
const MAX_ENTRY_BYTES: usize = 300;

/// Table-of-contents state: the candidates after `目录` until the body starts.
#[derive(Debug)]
pub(super) struct Toc {
    /// The first entry (style and ordinal): the body starts where it comes again.
    first: Option<(StyleKey, u32)>,
    /// Candidates seen since the label.
    lines: usize,
    /// Where the text not yet searched for body text starts.
    from: usize,
    /// The first entry ended with a page number: the entries give them.
    paged: bool,
}

impl Toc {
    /// The contents that follow a label line ending at byte `label_end`.
    pub(super) fn after_label(label_end: usize) -> Self {
        Toc { first: None, lines: 0, from: label_end, paged: false }
    }

    /// True when a line starting at byte `at` is still inside the contents: an entry came
    /// and no body text (a sentence end) since. An attachment label there (`附件⇥10`, a
    /// Word contents copied with a tab before the page number) is the contents' entry for
    /// the attachments, not their start.
    pub(super) fn lists(&self, text: &str, at: usize) -> bool {
        self.first.is_some() && !has_sentence_end(text, self.from, at)
    }
}

/// What is known of the current tree's first nodes for the unlabelled contents test.
#[derive(Debug, Default)]
pub(super) struct Bodyless {
    /// The index of the tree's first node.
    pub(super) first_node: usize,
    /// How far the text after the first node has been searched for body text.
    searched: usize,
    /// Body text (a sentence end) was found after the first node: no contents list here.
    body: bool,
}

impl Bodyless {
    /// The state for a tree whose first node will be node `first_node`.
    pub(super) fn new(first_node: usize) -> Self {
        Bodyless { first_node, searched: 0, body: false }
    }

    /// The state for a tree that resumes: its contents, if any, are long past.
    pub(super) fn done() -> Self {
        Bodyless { first_node: 0, searched: 0, body: true }
    }
}

impl Builder<'_> {
    /// Inside a labelled table of contents: `Some(false)` for an entry, `Some(true)` for the
    /// body's first heading (the first entry again), `None` once the contents have ended and
    /// the ordinary rules decide.
    pub(super) fn contents_entry(&mut self, event: usize, cand: &Candidate) -> Option<bool> {
        let text = self.text;
        let next_cand = self.next_candidate(event);
        let next = next_cand.map_or(text.len(), |c| c.marker.start());
        let toc = self.toc.as_mut()?;
        toc.lines += 1;
        let marker = &cand.marker;
        let entry = (style_key(marker), marker.ordinal);
        if toc.lines > MAX_TOC_LINES || has_sentence_end(text, toc.from, marker.start()) {
            self.toc = None;
            return None;
        }
        // Where the contents give page numbers, an entry's line ends with one, or the text up
        // to the next candidate does (a wrapped entry's number is on its next line).
        let line_end = line_end_within(text, marker.end(), MAX_ENTRY_BYTES).min(next);
        let paged =
            [line_end, next].iter().any(|&end| ends_with_page_number(text.get(marker.end()..end).unwrap_or("")));
        if toc.first.is_none() {
            toc.paged = paged;
        }
        // The first entry again opens the body, unless it ends with a page number (contents
        // listing parts numbered from 1 each: `1 总则⇥2` … `火灾事故专项应急预案⇥10`, `1 事故
        // 风险分析⇥10`).
        if toc.first == Some(entry) && !(toc.paged && paged) {
            self.toc = None;
            return Some(true);
        }
        // Any other heading without a page number after paged entries opens the body (a part
        // label the contents leave out: `第一部分 综合应急预案` above `1 总则`).
        if toc.first.is_some() && toc.paged && !paged {
            self.toc = None;
            return None;
        }
        // The body text before the first entry's second coming is an unnumbered part's
        // (`前言` listed in the contents, then printed before `第一章`): the contents go on
        // to this entry, their last.
        let last_entry =
            toc.first.is_some() && next_cand.map(|c| (style_key(&c.marker), c.marker.ordinal)) == toc.first;
        if has_sentence_end(text, marker.end(), next) && !last_entry {
            // A body follows: the contents ended before this heading.
            self.toc = None;
            return None;
        }
        toc.first.get_or_insert(entry);
        toc.from = marker.end();
        Some(false)
    }

    /// Line-start candidate `cand` (event `event`) opens a table of contents that lost its
    /// label: no node of its tree came before it, and its line ends with a page number, as
    /// the next candidate's line does (`1 总则⇥1` / `2 危险有害因素辨识⇥3`, a Word contents
    /// copied without its `目录`). The contents are then read as after a label: the body
    /// starts where the first entry comes again (`1 总则`, which no rule of its own would
    /// take: a bare number without its `1.1`).
    pub(super) fn opens_unlabelled_contents(&self, event: usize, cand: &Candidate) -> bool {
        // An entry's line holds one TAB at most, before its page number: a table's row
        // (`1⇥不超过3万元的⇥3`) has one after its number too.
        let paged = |c: &Candidate| {
            let end = line_end_within(self.text, c.marker.end(), MAX_ENTRY_BYTES);
            let entry = self.text.get(c.marker.end()..end).unwrap_or("");
            c.boundary == Boundary::LineStart && entry.matches('\t').count() <= 1 && ends_with_page_number(entry)
        };
        self.nodes.len() == self.bodyless.first_node
            && paged(cand)
            && self.next_candidate(event).is_some_and(|next| paged(&next))
    }

    /// A heading sequence printed twice: when line-start candidate `cand` repeats the
    /// current tree's first node (the same marker and heading) and no body text stood
    /// between them, the nodes since that first node were a table of contents: they are
    /// taken back, and the tree starts again with `cand`.
    pub(super) fn take_back_unlabelled_contents(&mut self, cand: &Candidate) {
        let first = self.bodyless.first_node;
        let marker = &cand.marker;
        let Some(node) = self.nodes.get(first) else { return };
        let repeats = node.style == marker.style && node.ordinal == marker.ordinal;
        if !repeats
            || self.bodyless.body
            || self.nodes.len() < first + 2
            || !same_entry(self.text, node, marker.start())
        {
            return;
        }
        // Body text between the entries shows they were units; after the last entry's line
        // it is an unnumbered preface's (`前言`, printed between the contents and `第一章`).
        let last_entry = self.nodes.last().map_or(marker.start(), |n| n.marker.end as usize);
        let to = line_end_within(self.text, last_entry, MAX_ENTRY_BYTES).min(marker.start());
        let from = self.bodyless.searched.max(node.marker.end as usize);
        if has_sentence_end(self.text, from, to) {
            self.bodyless.body = true;
            return;
        }
        self.bodyless.searched = marker.start();
        self.nodes.truncate(first);
        self.spine.clear();
        self.style_depth.clear();
        self.last_ordinal.clear();
    }
}

/// True when `entry` ends with a page number set apart by white space or leaders
/// (`事故风险分析⇥10`, `总则……1`) after some words: a contents entry's text.
fn ends_with_page_number(entry: &str) -> bool {
    let line = entry.trim_end_matches(is_space);
    let words = line.trim_end_matches(|c: char| arabic_digit(c).is_some());
    let is_leader = |c: char| is_space(c) || CONTENTS_LEADERS.contains(&c) || DOTS.contains(&c);
    let title = words.trim_end_matches(is_leader);
    words.len() < line.len() && title.len() < words.len() && !title.trim_matches(is_space).is_empty()
}

/// True when `text[from..to]` holds a sentence end (`。！？`): body text.
fn has_sentence_end(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to).is_some_and(|s| s.contains(SENTENCE_ENDS))
}

/// True when the marker at byte `at` is written as `node`'s marker and its line reads as
/// `node`'s entry (white space, leaders and a trailing page number left out).
fn same_entry(text: &str, node: &Node, at: usize) -> bool {
    let written = text.get(node.marker.start as usize..node.marker.end as usize).unwrap_or("");
    if !text.get(at..).is_some_and(|r| r.starts_with(written)) {
        return false;
    }
    entry_title(text, node.marker.end as usize).eq(entry_title(text, at + written.len()))
}

/// The title of a contents entry or a heading line starting at byte `from`: the rest of
/// its line without white space, leaders (`……`, `....`) and a trailing page number.
fn entry_title(text: &str, from: usize) -> impl Iterator<Item = char> + '_ {
    let end = line_end_within(text, from, MAX_ENTRY_BYTES);
    let line = text.get(from..end).unwrap_or("");
    let is_tail =
        |c: char| is_space(c) || arabic_digit(c).is_some() || CONTENTS_LEADERS.contains(&c) || DOTS.contains(&c);
    line.trim_end_matches(is_tail).chars().filter(|&c| !is_space(c))
}
