//! Noise that real-world copies carry: page markers (`3/28`), chunk numbers a
//! document-sharing site inserted mid-sentence (`\n\n14、`), site boilerplate (download
//! prompts, copyright lines), and spaces inserted where a line was wrapped.
//!
//! Noise is never deleted: it is kept as spans with a [`NoiseKind`], so the document stays
//! lossless, and the outline and quantity stages skip it. [`crate::Document::clean_text`]
//! gives the text without it.
//!
//! Each kind has its detector, and none decides on a single pattern: a candidate is weighed
//! against the others of its kind in the document.
//!
//! | kind | module | evidence |
//! |---|---|---|
//! | [`NoiseKind::ChunkNumber`] | `chunk` | a `1, 2, 3…` chain of line-start numbers, regularly spaced, after cut sentences |
//! | [`NoiseKind::PageMarker`] | `page` | `N/M` counters with one total and rising `N`; explicit page lines |
//! | [`NoiseKind::Boilerplate`] | `boilerplate` | site vocabulary (`lexicon/noise.rs`) in header and footer runs |
//! | [`NoiseKind::Boilerplate`] | `links` | a related-links label alone on its line and the link entries after it |
//! | [`NoiseKind::Boilerplate`] | `running` | a short line repeated next to page lines (a PDF's running header) |
//! | [`NoiseKind::WrapSpace`] | `wrap` | single spaces at one regular page width |
//!
//! The scan is linear: one pass over line starts (chunk numbers, page lines), one memchr2
//! pass for `/` (counters) and spaces (wraps), and the vocabulary automaton only over the
//! first and last lines plus a prefiltered pass for site-only phrases.

mod boilerplate;
mod chunk;
mod links;
mod page;
mod running;
mod text;
mod wrap;

use crate::lexicon::markers::ORDINAL_PREFIX;
use crate::lexicon::noise::{PAGE_DASHES, PAGE_TOTAL};
use crate::lexicon::punct::{key_at, utf8_keys};
use crate::model::Noise;
pub(crate) use crate::model::NoiseMap;
use crate::scan::{Cursor, Positions};
use crate::text::Span;
use crate::text::chars::{CharClass, PADDING_CHARS, WHITE_SPACE_CHARS, may_start_cjk_ideograph};
use crate::text::lines::Line;

impl Noise {
    /// Finds the noise of `text` alone, without building the outline or the quantities: the
    /// same spans as [`crate::Document::noise`], sorted and not overlapping.
    ///
    /// ```
    /// let body = "甲".repeat(150);
    /// let text = format!("1/9{body}机2/9关{body}3/9的{body}");
    /// let spans = gongwen::Noise::detect(&text);
    /// let found: Vec<&str> = spans.iter().map(|n| n.span.slice(&text)).collect();
    /// assert_eq!(found, ["1/9", "2/9", "3/9"]);
    /// assert!(spans.iter().all(|n| n.kind == gongwen::NoiseKind::PageMarker));
    /// ```
    #[must_use]
    pub fn detect(text: &str) -> Vec<Noise> {
        detect(text)
    }
}

/// Finds the noise spans of `text`, sorted by start and not overlapping.
pub(crate) fn detect(text: &str) -> Vec<Noise> {
    let scanned = crate::scan::scan(text);
    detect_in_lines(text, &scanned.lines, scanned.spaces_slashes())
}

/// [`detect`] with the lines and the spaces and slashes of `text` found by the caller's
/// pass over the bytes ([`crate::scan::scan`]), which the other stages share.
pub(crate) fn detect_in_lines(text: &str, all: &[Line], spaces_slashes: Positions<'_>) -> Vec<Noise> {
    let mut out = Vec::new();
    let (chunks, page_lines, link_labels) = scan_lines(text, all);
    let Marked { counters, dash_pages, pairs } = scan_bytes(text, all, spaces_slashes);
    let title_end = boilerplate::detect(text, all, &mut out);
    let mark = out.len();
    page::detect(text, &page_lines, counters, &mut out);
    page::detect_dash_pages(text, &dash_pages, &mut out);
    let whole_lines: Vec<Span> =
        out.get(mark..).unwrap_or(&[]).iter().map(|n| n.span).filter(|s| is_whole_line(text, *s)).collect();
    running::detect(text, &whole_lines, &mut out);
    chunk::detect(text, &chunks, &mut out);
    links::detect(text, all, &link_labels, &mut out);
    if !out.is_empty() {
        boilerplate::detect_middle(text, all, title_end, &mut out);
    }
    wrap::detect(&pairs, &mut out);
    normalize(out)
}

/// One pass over the lines: chunk-number candidates, explicit page lines and the labels of
/// related links (their line indices). Only lines whose first byte can start one are looked
/// at closer.
fn scan_lines(text: &str, all: &[Line]) -> (Vec<chunk::Candidate>, Vec<Span>, Vec<usize>) {
    let bytes = text.as_bytes();
    let mut chunks = Vec::new();
    let mut pages = Vec::new();
    let mut link_labels = Vec::new();
    for (k, &line) in all.iter().enumerate() {
        // Half the lines of a statute are empty.
        if line.start == line.end {
            continue;
        }
        let line = without_bom(text, line);
        let Some(head) = bytes.get(line.start..line.end).filter(|h| !h.is_empty()) else { continue };
        // A copy that indents every paragraph indents the chunk numbers too (`　　14、`).
        let first = head.first().copied().unwrap_or(0);
        let space = &crate::text::chars::SPACE;
        let number = if first.is_ascii_digit() || !space.may_start(first) {
            line.start
        } else {
            space.skip(bytes, line.start, line.end)
        };
        let digit = bytes
            .get(number..)
            .is_some_and(|b| b.first().is_some_and(u8::is_ascii_digit) || text::starts_with_wide_digit(b));
        if digit {
            if let Some(c) = chunk::candidate(text, number, line.end, || previous_line(text, all, k)) {
                chunks.push(c);
            }
        }
        if is_page_line(text, line) {
            pages.push(Span::from_usize(line.start, line.end));
        }
        if head.len() <= links::MAX_LABEL_BYTES
            && bytes.get(number..line.end).is_some_and(links::may_open_label)
            && text.get(line.start..line.end).is_some_and(links::is_label)
        {
            link_labels.push(k);
        }
    }
    (chunks, pages, link_labels)
}

/// The two bytes that detectors start from, as the pass over the bytes marked them: the
/// slash of a page counter (`3/28`) and the space of a wrap.
fn scan_bytes(text: &str, all: &[Line], spaces_slashes: Positions<'_>) -> Marked {
    let bytes = text.as_bytes();
    let mut counters = Vec::new();
    let mut dash_pages = Vec::new();
    let mut spaces = wrap::Spaces::new(text, all);
    let mut marked = Cursor::new(spaces_slashes);
    while let Some(at) = marked.peek() {
        marked.advance();
        if bytes.get(at) == Some(&b' ') {
            spaces.push(at);
            // The space after a page number's opening dash (`- 4 -`); most spaces follow no dash.
            if at > 0 && bytes.get(at - 1).is_some_and(|&b| page::may_end_dash(b)) {
                dash_pages.extend(page::dash_page_at(text, at));
            }
        } else {
            counters.extend(page::counter_at(text, at));
        }
    }
    Marked { counters, dash_pages, pairs: spaces.into_pairs() }
}

/// What [`scan_bytes`] finds from the marked spaces and slashes.
struct Marked {
    /// Page counters (`3/28`).
    counters: Vec<page::Counter>,
    /// Dash page numbers inside lines (`- 4 -`).
    dash_pages: Vec<page::DashPage>,
    /// Pairs of wrap-space candidates.
    pairs: Vec<wrap::Pair>,
}

/// `line` without the byte order mark that may open the text: a chunk number or a page
/// line after it reads as at a line start.
fn without_bom(text: &str, mut line: Line) -> Line {
    if line.start == 0 && text.starts_with('\u{feff}') {
        line.start = '\u{feff}'.len_utf8().min(line.end);
    }
    line
}

/// The last non-blank line before line `k` of `all`, and whether blank lines lie between.
/// Asked only for the lines that open with a digit, each of which is non-blank itself, so
/// every line is looked back over at most once.
fn previous_line(text: &str, all: &[Line], k: usize) -> Option<chunk::PrevLine> {
    let mut page_end = None;
    let (j, line) = all
        .get(..k)?
        .iter()
        .enumerate()
        .rev()
        .map(|(j, &l)| (j, without_bom(text, l)))
        // A PDF copy's page line between two items is no line of the text (`1．实行聘任制后…。` ⏎
        // `- 3 -` ⏎ `2．长期未受聘用的…`, a bench regulation so paged): the line before is the item's.
        .find(|&(_, l)| {
            if crate::text::chars::is_all_space(text.get(l.start..l.end).unwrap_or("")) {
                return false;
            }
            let page = is_page_line(text, l);
            if page && page_end.is_none() {
                page_end = Some(l.end);
            }
            !page
        })?;
    // White space at the end of a line (a copy's trailing spaces) says nothing about how the
    // line ends: `（二）基本原则  ` ends with 则.
    let content = text.get(line.start..line.end).map_or("", crate::text::chars::trim_space_end);
    let end = line.start + content.len();
    Some(chunk::PrevLine { start: line.start, end, break_from: page_end.unwrap_or(end), blank_after: j + 1 < k })
}

/// True when `line` is an explicit page line (`- 3 -`, `第3页 共28页`: [`page::explicit_line`]),
/// its first bytes tested first.
fn is_page_line(text: &str, line: Line) -> bool {
    let head = text.as_bytes().get(line.start..line.end).unwrap_or(&[]);
    head.len() <= 64 && may_open_page_line(head) && text.get(line.start..line.end).is_some_and(page::explicit_line)
}

/// True when `span` is a whole line (after optional padding).
fn is_whole_line(text: &str, span: Span) -> bool {
    let bytes = text.as_bytes();
    let start = span.start as usize;
    let end = span.end as usize;
    let line_start = bytes.get(..start).and_then(|b| memchr::memrchr2(b'\n', b'\r', b)).map_or(0, |i| i + 1);
    let line_end = bytes.get(end..).and_then(|b| memchr::memchr2(b'\n', b'\r', b)).map_or(bytes.len(), |i| end + i);
    text.get(line_start..start).is_some_and(crate::text::chars::is_all_space)
        && text.get(end..line_end).is_some_and(crate::text::chars::is_all_space)
}

/// The characters an explicit page line ([`page::explicit_line`]) can open with: white
/// space or padding (trimmed), or the first token of a page-line pattern: `第` or `共`, a
/// dash, the `P` of `Page`. (No pattern opens with a number.)
static PAGE_LINE_OPENERS: CharClass =
    CharClass::new(&[WHITE_SPACE_CHARS, PADDING_CHARS, &[ORDINAL_PREFIX, PAGE_TOTAL], &PAGE_DASHES, &['P', 'p']]);

/// The UTF-8 keys of `第` and `共`.
const PAGE_WORD_KEYS: [u32; 2] = utf8_keys([ORDINAL_PREFIX, PAGE_TOTAL]);

/// Cheap test on a line's first bytes: can it be an explicit page line? Its first
/// character must be one of [`PAGE_LINE_OPENERS`], and a page line's `第` or `共` comes
/// before its number: an ideograph right after it (`第一条`, `共同`) rules the line out.
fn may_open_page_line(line: &[u8]) -> bool {
    let n = PAGE_LINE_OPENERS.len_at(line);
    if n == 0 {
        return false;
    }
    let word = n == 3 && key_at(line).is_some_and(|k| PAGE_WORD_KEYS.contains(&k));
    !(word && line.get(n).is_some_and(|&b| may_start_cjk_ideograph(b)))
}

/// Sorts spans and resolves overlaps: an earlier span wins, a later one is clipped to start
/// where the earlier ends (or dropped when nothing is left). Spans of the same kind that
/// touch are not merged: each stays one piece of evidence.
fn normalize(mut spans: Vec<Noise>) -> Vec<Noise> {
    spans.retain(|n| !n.span.is_empty());
    spans.sort_unstable_by(|a, b| a.span.start.cmp(&b.span.start).then(b.span.end.cmp(&a.span.end)));
    let mut out: Vec<Noise> = Vec::with_capacity(spans.len());
    for mut n in spans {
        if let Some(last) = out.last() {
            if n.span.start < last.span.end {
                if n.span.end <= last.span.end {
                    continue;
                }
                n.span = Span::new(last.span.end, n.span.end);
            }
        }
        out.push(n);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::may_open_page_line;

    #[test]
    fn page_line_openers_as_bytes() {
        for s in [
            " 第3页",
            "\t3",
            "第3页",
            "第 3 页",
            "共9页",
            "—3—",
            "– 3 –",
            "─ 3 ─",
            "\u{3000}3",
            "－3－",
            "- 3 -",
            "Page 2",
            "page 2",
        ] {
            assert!(may_open_page_line(s.as_bytes()), "{s}");
        }
        for s in ["第一条", "共同", "一、", "（3）", "页3", "―3―", "3 / 9", ""] {
            assert!(!may_open_page_line(s.as_bytes()), "{s}");
        }
        assert!(may_open_page_line("第".as_bytes()), "a lone 第 may still be cut short");
    }

    #[test]
    fn every_page_line_passes_the_opener_test() {
        for line in ["第1页 / 共11页", "第 2 页", "- 3 -", "—— 12 ——", "Page 2 of 9", "共3页，第1页", "\u{a0}第3页"]
        {
            assert!(super::page::explicit_line(line), "{line}");
            assert!(may_open_page_line(line.as_bytes()), "{line}");
        }
    }
}
