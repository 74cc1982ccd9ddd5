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
//! | `amount_item.rs` | 2: an item whose heading starts with an amount (`2.60分以下`) |
//! | `accept.rs` | 2: whether a candidate opens a unit, one rule per boundary kind |
//! | `place.rs` | 2: where it goes on the spine, one rule per case |
//! | `heading.rs` | after 2: headings and the title |
//!
//! The words these rules read are the tables of [`crate::lexicon::outline`],
//! [`crate::lexicon::punct`] and [`crate::lexicon::titles`].

mod accept;
mod amount_item;
mod candidates;
mod contents;
mod heading;
mod labels;
mod place;
mod tables;
mod trees;

pub(crate) use labels::{attachment_label, is_contents_label, is_enclosed_title};

use crate::lexicon::punct::{COLONS, SENTENCE_ENDS};
use crate::marker::Marker;
use crate::model::NoiseMap;
use crate::model::Style;
use crate::model::{Attachment, Diagnostics, Node, NodeId};
use crate::options::ParseOptions;
use crate::scan::{Cursor, Positions};
use crate::text::lines::Line;
use crate::text::{Span, to_u32};
use candidates::{Boundary, Candidate};
use contents::{Bodyless, Toc};

/// How far back from a list's first marker, in characters, [`Builder::open_attachment_mid_line`]
/// looks for an attachment label: the label, its number and a title of
/// `labels::MAX_ATTACHMENT_TITLE_CHARS` at most.
const MAX_MID_LINE_LABEL_CHARS: usize = 48;

/// How far back from a list's first marker, in bytes, [`Builder::open_attachment_mid_line`]
/// looks for an attachment label followed by its title: the attachment's head (its
/// recipients, a preamble) may stand between them.
const MAX_TITLED_LABEL_BYTES: usize = 3000;

/// The most attachment labels, the nearest first, that [`Builder::mid_line_label`] reads before
/// a list's first marker: a text names its attachments a few times at most (`（见附件）`), and a
/// text of labels costs no more than a few reads per marker.
const MAX_LABELS_TRIED: usize = 4;

/// The most characters after an attachment label within which its title ends with a type word
/// ([`Builder::open_attachment_mid_line`]).
const MAX_TITLED_LABEL_CHARS: usize = 48;

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

/// Builds the outline of `text`, from the scan's lines and punctuation (and its figure
/// candidates, where an item glued to a heading is looked for).
pub(crate) fn build<'t>(
    text: &'t str,
    lines: &[Line],
    punct: Positions<'t>,
    figures: Positions<'_>,
    noise: &NoiseMap<'t>,
    options: &ParseOptions,
    diags: &mut Diagnostics,
) -> Outline {
    // Pass 1: candidates and label lines, in document order.
    // Room for a candidate every other line (a statute has about one per line).
    let mut events: Vec<Event> = Vec::with_capacity(lines.len() / 2 + 16);
    // The start of the first line that holds a candidate: where the preamble ends.
    let mut first_marked_line: Option<usize> = None;
    candidates::scan(text, lines, (punct, figures), noise, |lc| {
        if first_marked_line.is_none() && lc.candidates.iter().any(|c| !accept::is_part_label_above_title(text, c)) {
            first_marked_line = Some(lc.line.start);
        }
        if !options.outline || lc.content_start >= lc.line.end {
            // A line of padding or noise holds no candidate, no label and no title.
            return;
        }
        let row_number_header = || {
            lc.candidates.is_empty()
                && text.get(lc.content_start..lc.line.end).is_some_and(labels::is_row_number_header)
        };
        let opens_label = labels::opens_label(text.as_bytes(), lc.content_start);
        let box_label = || {
            lc.candidates.is_empty() && text.get(lc.content_start..lc.line.end).is_some_and(labels::is_box_label_line)
        };
        if opens_label || row_number_header() || box_label() {
            events.push(Event::Line { start: lc.line.start, content_start: lc.content_start, end: lc.line.end });
        }
        // A line that only opens like a label (`专利代理条例` after the order that publishes it)
        // may be a title all the same.
        let label = || opens_label && text.get(lc.content_start..lc.line.end).is_some_and(labels::is_label_line);
        if lc.candidates.is_empty()
            && labels::is_enclosed_title_line(text, lc.content_start, lc.line.end)
            && !label()
            && !row_number_header()
        {
            events.push(Event::Title { start: lc.line.start, content_start: lc.content_start, end: lc.line.end });
        }
        events.extend(lc.candidates.iter().copied().map(Event::Candidate));
    });
    // Pass 2: accept and place, with look-ahead where a candidate needs it.
    let mut builder = Builder::new(text, punct, noise.clone(), options, events);
    for i in 0..builder.events.len() {
        let Some(&event) = builder.events.get(i) else { break };
        match event {
            Event::Line { start, content_start, end } => builder.label_line(start, content_start, end, i + 1),
            Event::Title { start, content_start, end } => builder.title_line(start, content_start, end),
            Event::Candidate(cand) => {
                if cand.marker.start() < builder.last_marker_end {
                    continue;
                }
                let cand = builder.amount_item(i, cand);
                if cand.boundary == Boundary::LineStart {
                    builder.take_back_unlabelled_contents(&cand);
                    builder.open_enclosed(&cand, diags);
                }
                builder.close_note(&cand);
                builder.open_note_after_sentence(&cand);
                builder.open_attachment_mid_line(&cand);
                builder.resume_interrupted(&cand);
                let key = builder.key_of(i, &cand);
                if builder.accept(i, &cand, key, diags) {
                    builder.place(&cand, key, diags);
                }
            }
        }
    }
    let mut out = builder.finish(noise, punct, lines);
    out.preamble = preamble(text, lines, noise, first_marked_line);
    out
}

/// `(content start, line end)` of the lines up to the first line that holds a candidate
/// (starting at `first_marked_line`), that line included, at most [`MAX_PREAMBLE_LINES`].
fn preamble(text: &str, lines: &[Line], noise: &NoiseMap<'_>, first_marked_line: Option<usize>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for &line in lines.iter().take(MAX_PREAMBLE_LINES) {
        let content_start =
            if line.start == line.end { line.start } else { candidates::content_start(text, line, noise) };
        out.push((content_start, line.end));
        if first_marked_line == Some(line.start) {
            break;
        }
    }
    out
}

/// The content of a line, `text[content_start..end]` without trailing space.
fn line_content(text: &str, content_start: usize, end: usize) -> &str {
    text.get(content_start..end).map_or("", crate::text::chars::trim_space_end)
}

/// The most hard wraps [`wrapped_line_end`] reads past: a note's paragraph printed over a few
/// lines; a run of note labels each over full lines stays linear.
const MAX_WRAPPED_NOTE_LINES: usize = 8;

/// The end of the printed line that ends at byte `end`, past the hard wraps of a PDF copy: while
/// that line is a full line of prose ([`crate::text::wrap::wrap_after_full_line`]) that ends with
/// no sentence end and the next opens with no marker, the next line goes on with it (`注：1.本公报
/// 中数据均为初步统计` ⏎ `数。2.部分数据…`: the note's items all stand on its label's line).
fn wrapped_line_end(text: &str, end: usize) -> usize {
    let mut end = end;
    let mut wraps = 0;
    while let Some(next) = crate::text::wrap::wrap_after_full_line(text, end) {
        wraps += 1;
        if wraps > MAX_WRAPPED_NOTE_LINES {
            break;
        }
        let ends_sentence =
            text.get(..end).map(crate::text::chars::trim_space_end).is_some_and(|l| l.ends_with(SENTENCE_ENDS));
        if ends_sentence || crate::marker::parse_marker(text, next).is_some() {
            break;
        }
        let rest = text.as_bytes().get(next..).unwrap_or_default();
        end = memchr::memchr2(b'\n', b'\r', rest).map_or(text.len(), |i| next + i);
    }
    end
}

/// What pass 1 records.
#[derive(Clone, Copy, Debug)]
enum Event {
    /// A line that may be a label (目录, 附件, 注：).
    Line { start: usize, content_start: usize, end: usize },
    /// A line with no candidate: it may be the title of an enclosed document.
    Title { start: usize, content_start: usize, end: usize },
    /// A candidate marker.
    Candidate(Candidate),
}

/// For each event, the index of the next candidate event after it ([`NO_EVENT`] when
/// there is none). One backward sweep.
fn next_marker(events: &[Event]) -> Vec<u32> {
    next_candidate_where(events, |_| true)
}

/// For each event, the index of the next bare section number at a line start after it
/// (`2　适用范围`, [`BARE_NUMBER`]; [`NO_EVENT`] when there is none). One backward sweep.
fn next_bare_number(events: &[Event]) -> Vec<u32> {
    next_candidate_where(events, |c| c.boundary == Boundary::LineStart && style_key(&c.marker) == BARE_NUMBER)
}

/// For each event, the ordinal of the last bare section number at a line start before it
/// (accepted or not; `None` when there is none). One forward sweep.
fn prev_bare_ordinal(events: &[Event]) -> Vec<Option<u32>> {
    let mut last = None;
    let mut out = Vec::with_capacity(events.len());
    for e in events {
        out.push(last);
        if let Event::Candidate(c) = e {
            if c.boundary == Boundary::LineStart && style_key(&c.marker) == BARE_NUMBER {
                last = Some(c.marker.ordinal);
            }
        }
    }
    out
}

/// For each event, the index of the next candidate after it that `wanted` accepts
/// ([`NO_EVENT`] when there is none). One backward sweep.
fn next_candidate_where(events: &[Event], wanted: impl Fn(&Candidate) -> bool) -> Vec<u32> {
    let mut out = vec![NO_EVENT; events.len()];
    let mut next = NO_EVENT;
    for (i, e) in events.iter().enumerate().rev() {
        if let Some(slot) = out.get_mut(i) {
            *slot = next;
        }
        if let Event::Candidate(c) = e {
            if wanted(c) {
                next = to_u32(i);
            }
        }
    }
    out
}

/// For each event, the index of the next article after it at a line start or a sentence end
/// (`。第十七条…`; [`NO_EVENT`] when there is none), accepted or not. One backward sweep.
fn next_article(events: &[Event]) -> Vec<u32> {
    next_candidate_where(events, |c| {
        c.marker.style == Style::Article && matches!(c.boundary, Boundary::LineStart | Boundary::Sentence)
    })
}

/// No event: [`next_marker`] after the last candidate.
const NO_EVENT: u32 = u32::MAX;

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
            Event::Title { .. } => {}
            Event::Candidate(c) if c.marker.style == Style::CnComma && c.boundary != Boundary::Glued => {
                next = Some(c.marker.ordinal);
            }
            Event::Candidate(_) => {}
        }
    }
    out
}

/// A style together with a variant: for decimal numbering the part count (`1.2` and
/// `1.2.1` are different levels of one family); for `一、` [`PART_OF_ARTICLES`] when it
/// heads a part that contains articles.
type StyleKey = (Style, u8);

/// The style key of a bare section number (`1　总体要求`).
const BARE_NUMBER: StyleKey = (Style::Decimal, 1);

/// The key of a `一、` that heads a part containing articles (`一、受案范围` right above
/// `第一条`, as judicial interpretations and rules grouped by topic are written): it ranks
/// just above the article, so the articles are its children (docs/annotation.md, "Statutes").
const PART_OF_ARTICLES: StyleKey = (Style::CnComma, 1);

fn style_key(marker: &Marker) -> StyleKey {
    (marker.style, marker.parts)
}

/// The rank of a style key, for [`place`]'s "ranks below" test: the style's rank, then the
/// decimal part count. A part of articles ranks right below the section and above the
/// article. `1)` ranks with `（1）`: the one the document uses first is above.
fn rank_of(key: StyleKey) -> (u8, u8) {
    match key {
        PART_OF_ARTICLES => (Style::Section.rank(), 1),
        (Style::Decimal, parts) => (Style::Decimal.rank(), parts),
        (style, _) => (style.rank(), 0),
    }
}

/// A unit on the spine.
#[derive(Clone, Copy, Debug)]
struct Open {
    id: NodeId,
    key: StyleKey,
    ordinal: u32,
    marker: Span,
}

/// Pass 2's state.
struct Builder<'t> {
    text: &'t str,
    /// The noise of `text` (page markers, chunk numbers …).
    noise: NoiseMap<'t>,
    /// The punctuation of `text` the scan marked, book-title marks (`《》〈〉`) among it.
    punct: Positions<'t>,
    options: ParseOptions,
    nodes: Vec<Node>,
    /// The units still open, outermost first.
    spine: Vec<Open>,
    /// Per tree: the depth each style last had, with its first marker …
    style_depth: Vec<(StyleKey, u16, Span)>,
    /// … and the last ordinal of each style.
    last_ordinal: Vec<(StyleKey, u32)>,
    tree: u16,
    /// Where trees end, the trees a note or an enclosed document interrupted, a title line.
    trees: trees::TreeState,
    attachments: Vec<Attachment>,
    toc: Option<Toc>,
    /// Bare section numbers (`1　总则` with `1.1` under it) were confirmed in this document:
    /// a later part or tree may number from a bare `1` again.
    bare_numbers: bool,
    /// The current tree's first nodes, for a contents list without a label.
    bodyless: Bodyless,
    /// The last block of TAB-separated rows looked at, and whether it is a table.
    table: Option<tables::Block>,
    /// After a row-number column's header alone on its line (`序号`): the row number a marker
    /// alone on its line must have to be the next row's cell (`tables::row_cell`).
    row_cells: Option<u32>,
    last_marker_end: usize,
    /// What pass 1 found, in document order.
    events: Vec<Event>,
    /// Look-ahead for glued `一、`: see [`next_cn_comma`].
    next_cn_comma: Vec<Option<u32>>,
    /// Look-ahead for bare section numbers and parts: see [`next_marker`] and
    /// [`Builder::next_candidate`].
    next_marker: Vec<u32>,
    /// Look-ahead for a run of bare section numbers: see [`next_bare_number`].
    next_bare_number: Vec<u32>,
    /// Look-behind for a descending run of bare numbers: see [`prev_bare_ordinal`].
    prev_bare_ordinal: Vec<Option<u32>>,
    /// Look-ahead for the next article after a sentence end: see [`next_article`].
    next_article: Vec<u32>,
}

impl<'t> Builder<'t> {
    /// A builder for the events of pass 1 (room for a node per event is reserved).
    fn new(
        text: &'t str,
        punct: Positions<'t>,
        noise: NoiseMap<'t>,
        options: &ParseOptions,
        events: Vec<Event>,
    ) -> Self {
        Builder {
            text,
            noise,
            punct,
            options: options.clone(),
            nodes: Vec::with_capacity(events.len()),
            spine: Vec::new(),
            style_depth: Vec::new(),
            last_ordinal: Vec::new(),
            tree: 0,
            trees: trees::TreeState::default(),
            attachments: Vec::new(),
            toc: None,
            bare_numbers: false,
            bodyless: Bodyless::default(),
            table: None,
            row_cells: None,
            last_marker_end: 0,
            next_cn_comma: next_cn_comma(&events),
            next_marker: next_marker(&events),
            next_bare_number: next_bare_number(&events),
            prev_bare_ordinal: prev_bare_ordinal(&events),
            next_article: next_article(&events),
            events,
        }
    }

    /// A line that may be a label: a contents label opens a table of contents; an
    /// attachment label, or a note label right before a list on its line or alone on its line
    /// over one, starts a new tree.
    fn label_line(&mut self, start: usize, content_start: usize, end: usize, next: usize) {
        let content = self.text.get(content_start..end).unwrap_or("");
        if labels::is_contents_label(content) {
            self.toc = Some(Toc::after_label(end));
            return;
        }
        if labels::is_row_number_header(content) {
            self.row_cells = Some(1);
            return;
        }
        if !self.options.attachments || self.toc.as_ref().is_some_and(|toc| toc.lists(self.text, start)) {
            return;
        }
        // A note's list runs at least to the end of its first item's line: the label's line
        // when the list is glued to it, the next line when the label stands alone.
        let next_event = self.events.get(next);
        // `附：` and a short title over a marker that goes on with a list (`（一）…` / `附：具体课程
        // 另行通知` / `（二）…`) is a note inside the body, no attachment: an attached text's
        // list starts at its first item (`附：科研加分申报具体流程` / `1.…`).
        let list_goes_on = matches!(next_event, Some(Event::Candidate(c)) if c.marker.ordinal != 1);
        let attachment = labels::attachment_label(content)
            .or_else(|| {
                labels::is_short_attachment_label(content).then_some(crate::text::chars::trim_space_end(content).len())
            })
            .or_else(|| labels::short_attachment_label_with_title(content).filter(|_| !list_goes_on));
        let (label_end, opening, note_line_end) = match attachment {
            Some(len) => (Some(content_start + len), trees::Opening::Final, end),
            None => match self.note_label_end(content_start, end, next_event) {
                Some(label_end) => (Some(label_end), trees::Opening::Interruption, wrapped_line_end(self.text, end)),
                None => match self.note_label_over_list(content_start, end, next_event) {
                    Some((label_end, item_end)) => (Some(label_end), trees::Opening::Interruption, item_end),
                    None => (None, trees::Opening::Interruption, end),
                },
            },
        };
        if let Some(label_end) = label_end {
            self.new_tree(start, opening);
            self.attachments.push(Attachment { label: Span::from_usize(content_start, label_end), tree: self.tree });
            self.trees.note =
                (opening == trees::Opening::Interruption).then_some((self.tree, note_line_end, self.nodes.len()));
        }
    }

    /// A note label alone on its line, its colon written or not (`注：` / `1.新建学校名单另行公布；` /
    /// `2.…`, `备注：` over `1.同一事项…`, dev d19; `说明` over `1.` `2.`): the same label as one glued to its list (`注：1、…`), its list
    /// moved to the next line. When the next line with text (white space and noise such as a
    /// page number `- 10 -` between them left out) opens with a list's first marker (ordinal
    /// one), returns where the label ends and where that marker's line ends.
    fn note_label_over_list(&self, content_start: usize, end: usize, next: Option<&Event>) -> Option<(usize, usize)> {
        let Some(Event::Candidate(first)) = next else { return None };
        if first.boundary != Boundary::LineStart || first.marker.ordinal != 1 {
            return None;
        }
        let content = line_content(self.text, content_start, end);
        let label_end = content_start + content.len();
        if !labels::is_note_label_line(content) {
            return None;
        }
        // Nothing but white space and noise between the label and the marker.
        let mut pos = end;
        while pos < first.marker.start() {
            let c = self.text.get(pos..)?.chars().next()?;
            pos = match self.noise.at(to_u32(pos)) {
                Some(n) => (n.span.end as usize).max(pos + c.len_utf8()),
                None if crate::text::chars::is_space(c) => pos + c.len_utf8(),
                None => return None,
            };
        }
        Some((label_end, first.line_end()))
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

    /// `…全年粮食产量100万吨。注：1.本公报中数据均为初步统计数。2.…` (a 统计公报 whose line breaks
    /// were lost): a note label after a sentence end, its list's first marker right after its
    /// colon, starts the note's tree as a label at a line start does ([`Builder::label_line`]);
    /// the list was nested under the open unit. The note runs to the end of the marker's line;
    /// a marker that continues the interrupted tree goes back to it
    /// ([`Builder::resume_interrupted`]).
    fn open_note_after_sentence(&mut self, cand: &Candidate) {
        if cand.boundary != Boundary::Clause || cand.marker.ordinal != 1 || !self.options.attachments {
            return;
        }
        let marker = cand.marker.start();
        let Some(before) = self.text.get(..marker).map(crate::text::chars::trim_space_end) else { return };
        let Some(label) = before.strip_suffix(COLONS) else { return };
        // The longest label that ends there (`备注`, not its `注`).
        let names = crate::lexicon::outline::NOTE_LABELS.iter().filter(|n| label.ends_with(**n));
        let Some(name) = names.max_by_key(|n| n.len()) else { return };
        let start = label.len() - name.len();
        // On the label's line, not at its start ([`Builder::label_line`] reads that one).
        let after_sentence = self
            .text
            .get(..start)
            .map(|b| b.trim_end_matches(crate::text::chars::is_padding))
            .is_some_and(|b| b.ends_with(SENTENCE_ENDS));
        if !after_sentence {
            return;
        }
        self.new_tree(start, trees::Opening::Interruption);
        self.attachments.push(Attachment { label: Span::from_usize(start, marker), tree: self.tree });
        self.trees.note = Some((self.tree, cand.line_end(), self.nodes.len()));
    }

    /// `…学院2025年12月19附件1：关于学科竞赛加分项目的补充说明学院可认定赛事参考目录：1. 中国…` (dev d21
    /// with its line breaks lost: the signature's date, a page number, then the attachment): on
    /// a line whose breaks were lost, the first marker of a list (ordinal one) after an
    /// attachment label and its short title ([`labels::attachment_label`], at most
    /// [`MAX_MID_LINE_LABEL_CHARS`] characters back, no sentence end between), or after a label
    /// whose title ends with a type word (at most [`MAX_TITLED_LABEL_BYTES`] back: `…二〇〇四年十一月
    /// 四日附件1关于…调研情况的报告国务院：为落实…。一、…`, bench govcn:23 with its line breaks lost),
    /// starts the attachment's tree as the label at a line start does ([`Builder::label_line`]). The label
    /// follows a date's `日` or the digits a lost line break glued to it, or a sentence end (the
    /// short title's only: one far back after a sentence end is the body's); a
    /// reference to an attachment follows words (`…目录见附件1《…》`, `按附件1：`); a label numbered
    /// past the next attachment names one ([`Builder::numbered_past_next_attachment`]).
    fn open_attachment_mid_line(&mut self, cand: &Candidate) {
        let marker = cand.marker.start();
        if cand.marker.ordinal != 1 || cand.boundary == Boundary::LineStart || !self.options.attachments {
            return;
        }
        let Some(head) = self.text.get(..marker) else { return };
        if !candidates::on_run_on_line(self.text, marker, cand.line_end()) {
            return;
        }
        let near = head.char_indices().rev().take(MAX_MID_LINE_LABEL_CHARS).last().map_or(marker, |(i, _)| i);
        let far = crate::text::floor_char_boundary(head, marker.saturating_sub(MAX_TITLED_LABEL_BYTES));
        // The label and its title right before the list, or a label after the signature's date
        // whose title ends with its type word, the attachment's text before its first marker
        // (`…十一月四日附件1关于…的报告国务院：为落实…。一、…`); after a sentence end so far back it
        // is a sentence of the body that names an attachment (`…通知如下。附件1关于…的实施方案已经
        // 局务会审议通过，请遵照执行。一、…`).
        let found = self.mid_line_label(head, near, true, labels::attachment_label).or_else(|| {
            self.mid_line_label(head, far, false, |rest| {
                let title_end = crate::lexicon::titles::type_word_ends_within(rest, MAX_TITLED_LABEL_CHARS);
                title_end.first().and_then(|&e| rest.get(..e)).and_then(labels::attachment_label)
            })
        });
        let Some((start, len)) = found else { return };
        self.new_tree(start, trees::Opening::Final);
        self.attachments.push(Attachment { label: Span::from_usize(start, start + len), tree: self.tree });
    }

    /// The last attachment label in `head[from..]` (on the marker's line) that `label` reads at
    /// its start (the label's length), glued to a date's `日` or the digits a lost line break
    /// glued to it, or to a sentence end when `after_sentence`, numbered no further than the next
    /// attachment, with no node placed after it (`附件：2.…` before the `1.` that asks: the tree
    /// before would run past its end) and no attachment opened there: its start and length
    /// ([`Builder::open_attachment_mid_line`]).
    fn mid_line_label(
        &self,
        head: &str,
        from: usize,
        after_sentence: bool,
        label: impl Fn(&str) -> Option<usize>,
    ) -> Option<(usize, usize)> {
        let window = from + head.get(from..).and_then(|w| memchr::memrchr(b'\n', w.as_bytes())).map_or(0, |i| i + 1);
        let last_taken = self
            .nodes
            .last()
            .map(|n| n.marker.start as usize)
            .max(self.attachments.last().map(|a| a.label.start as usize));
        // The labels after the last node and attachment, the nearest first (one the text names,
        // `详见附件`, may stand between the label and the list).
        let mut labels = memchr::memmem::rfind_iter(
            head.get(window..)?.as_bytes(),
            crate::lexicon::outline::ATTACHMENT_LABEL.as_bytes(),
        )
        .map(|k| window + k)
        .take_while(|&start| last_taken.is_none_or(|t| t < start))
        .take(MAX_LABELS_TRIED);
        labels.find_map(|start| {
            let before = head.get(..start).and_then(|b| b.chars().next_back());
            let glued_to_end = before
                .is_some_and(|c| c.is_ascii_digit() || c == '日' || (after_sentence && SENTENCE_ENDS.contains(&c)));
            let len = glued_to_end.then(|| head.get(start..).and_then(&label)).flatten()?;
            let numbered_past = self.numbered_past_next_attachment(head.get(start..start + len).unwrap_or(""));
            (!numbered_past).then_some((start, len))
        })
    }

    /// True when attachment label `label` is numbered past the next attachment (`附件2` where no
    /// attachment opened before it): attachments are numbered from one, so it is a sentence that
    /// names an attachment (`…于四月底前报送。附件2汇总表的填写要求：1. …`), no label of its own.
    fn numbered_past_next_attachment(&self, label: &str) -> bool {
        let next = u32::try_from(self.attachments.len()).unwrap_or(u32::MAX).saturating_add(1);
        labels::attachment_number(label).is_some_and(|n| n > next)
    }

    /// The next candidate after event `event`, if any.
    fn next_candidate(&self, event: usize) -> Option<Candidate> {
        self.candidate_at(*self.next_marker.get(event)?)
    }

    /// The candidate of event `event` of a look-ahead ([`NO_EVENT`] gives none).
    fn candidate_at(&self, event: u32) -> Option<Candidate> {
        match self.events.get(usize::try_from(event).ok()?) {
            Some(Event::Candidate(c)) => Some(*c),
            _ => None,
        }
    }

    /// The next article at a line start or after a sentence end after event `event`
    /// ([`next_article`]), if any.
    fn next_article_candidate(&self, event: usize) -> Option<Candidate> {
        self.candidate_at(*self.next_article.get(event)?)
    }

    /// The next bare section number at a line start after event `event`, with its event.
    fn next_bare_candidate(&self, event: usize) -> Option<(usize, Candidate)> {
        let next = usize::try_from(*self.next_bare_number.get(event)?).ok()?;
        match self.events.get(next) {
            Some(Event::Candidate(c)) => Some((next, *c)),
            _ => None,
        }
    }

    /// The key candidate `cand` (event `event`) is weighed and placed by: its style key, or
    /// [`PART_OF_ARTICLES`] for a `一、` that heads articles.
    fn key_of(&self, event: usize, cand: &Candidate) -> StyleKey {
        let key = style_key(&cand.marker);
        if cand.marker.style == Style::CnComma && self.heads_articles(event, cand) { PART_OF_ARTICLES } else { key }
    }

    /// A `X、` at a line start with a short heading and nothing else on its line, that either
    /// has an article right after it which starts or continues the article numbering
    /// (`一、受案范围` / `第一条 …`, `二、管辖` / `第三条 …`), or continues the numbering of
    /// an open part of articles (a part whose first unit is no article). Where line breaks
    /// were lost, the article may be glued to a short title (`。一、受案范围第一条…`, see
    /// [`Builder::glued_to_section_title`]). It is an item, not a part, when it may be one
    /// ([`Builder::is_article_item`]).
    fn heads_articles(&self, event: usize, cand: &Candidate) -> bool {
        let marker = &cand.marker;
        if cand.boundary == Boundary::Glued || self.is_article_item(marker) {
            return false;
        }
        let next_article = self.next_candidate(event).filter(|next| {
            next.marker.style == Style::Article
                && next.marker.ordinal == self.last_ordinal_of((Style::Article, 0)).map_or(1, |last| last + 1)
        });
        if let Some(next) = next_article.filter(|next| next.boundary == Boundary::Glued) {
            // `candidates::glued_children` found it in this heading, before any sentence mark:
            // it counts where the line breaks were lost (the `X、` itself stands mid-line, after
            // a sentence or a preamble's colon: `…规定如下：一、受理和管辖第一条 …`; an article's
            // colon made it an item above).
            return matches!(cand.boundary, Boundary::Sentence | Boundary::Clause)
                && self.glued_to_section_title(marker.end(), &next.marker);
        }
        if cand.boundary != Boundary::LineStart {
            return false;
        }
        let article_next = next_article.is_some_and(|next| next.boundary == Boundary::LineStart);
        let goes_on =
            || self.spine.iter().any(|o| o.key == PART_OF_ARTICLES && o.ordinal.saturating_add(1) == marker.ordinal);
        (article_next || goes_on()) && accept::short_heading_line(self.text, cand, marker.end())
    }

    /// A `X、` that is an item of a list, not a part of articles: parts head the articles
    /// from the tree's first part on, so no `X、` becomes a part once articles stood outside
    /// any part (`第二条 奖励分为下列两种` / `一、记功` / `二、通报表扬` / `第三条`); and an `X、`
    /// after an article's line that ends with a colon (`第二条 奖励分为：`; not a preamble's
    /// `解释如下：`), or going on from an open item of its style (`二、通报表扬` after
    /// `一、记功`), is an item of that list.
    fn is_article_item(&self, marker: &Marker) -> bool {
        let loose_articles =
            self.last_ordinal_of(PART_OF_ARTICLES).is_none() && self.last_ordinal_of((Style::Article, 0)).is_some();
        let before = self.text.get(..marker.start()).map_or("", |s| s.trim_end_matches(char::is_whitespace));
        let in_article = self.spine.last().is_some_and(|o| o.key.0 == Style::Article);
        let after_colon = in_article && before.ends_with(COLONS);
        let item = (Style::CnComma, 0);
        let sibling = || self.spine.iter().any(|o| o.key == item && o.ordinal.saturating_add(1) == marker.ordinal);
        loose_articles || after_colon || sibling()
    }

    /// Unit spans, headings and child links, once every node is known.
    fn finish(mut self, noise: &NoiseMap<'_>, punct: Positions<'_>, lines: &[Line]) -> Outline {
        self.set_unit_spans();
        let mut punct = Cursor::new(punct);
        let mut lines = heading::LineCursor::new(lines);
        let len = self.text.len();
        let mut rest = self.nodes.as_mut_slice();
        while let Some((node, after)) = rest.split_first_mut() {
            let next = after.first().map_or(len, |n| n.marker.start as usize);
            node.heading = heading::heading(self.text, node, next, noise, &mut punct, &mut lines);
            rest = after;
        }
        link_children(&mut self.nodes);
        Outline { nodes: self.nodes, preamble: Vec::new(), attachments: self.attachments }
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
