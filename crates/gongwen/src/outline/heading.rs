//! Headings of units (the document's title is read by the `title` stage).
//!
//! A unit's heading is the rest of its marker's line up to the first sentence end
//! (`。！？`) or the next marker on that line (docs/annotation.md). An article (`第X条`) has a
//! heading only when it carries a bracketed title (`第一条【立法目的】`). A heading that
//! runs on past [`MAX_HEADING_LEN`] bytes with no end in sight cannot be told from its
//! body and is `None`, unless its line ends within [`MAX_LINE_HEADING_LEN`] bytes: a line
//! that ends shows where the heading ends (`（三）扬尘污染防治的监督管理：…；…。`, a duty list's
//! item of 250 characters before its `。`).

use super::candidates::end_within;
use crate::lexicon::outline::{ARTICLE_TITLE_CLOSE, ARTICLE_TITLE_OPEN};
use crate::lexicon::punct::{RUNNING_TEXT_MARKS, SENTENCE_ENDS, key_at, utf8_keys};
use crate::limits::MAX_HEADING_LEN;
use crate::model::Node;
use crate::model::NoiseMap;
use crate::model::Style;
use crate::scan::Cursor;
use crate::text::Span;
use crate::text::chars::{WHITE_SPACE, is_space, skip_padding, trimmed_span};
use crate::text::lines::{Line, line_end_within};

/// The heading of `node`, whose next node starts at byte `next`.
///
/// `punct` reads the punctuation the pass over the bytes marked; headings are asked for in
/// document order, and their starts only grow, so it only moves forwards.
pub(crate) fn heading(
    text: &str,
    node: &Node,
    next: usize,
    noise: &NoiseMap<'_>,
    punct: &mut Cursor<'_>,
    lines: &mut LineCursor<'_>,
) -> Option<Span> {
    let from = node.marker.end as usize;
    if node.style == Style::Article && !may_open_bracket(text, from, noise) {
        return None;
    }
    let line_end = logical_line_end(text, from, lines.end_of_line_at(from), noise);
    // A line that ends within reach bounds the heading; a longer one (line breaks lost) does not.
    let max_len = if line_end < from.saturating_add(MAX_LINE_HEADING_LEN) { usize::MAX } else { MAX_HEADING_LEN };
    // The heading stops at the next marker, even one that starts right where this one ends.
    // …and never past the end of its own unit (a tree that starts on the next line).
    let limit = line_end.min(next.max(from)).min((node.span.end as usize).max(from));
    let mut start = skip_padding(text, from, limit);
    // Noise right after the marker is not part of the heading.
    while let Some(n) = noise.at(crate::text::to_u32(start)) {
        let after = n.span.end as usize;
        if after <= start || after > limit {
            break;
        }
        start = skip_padding(text, after, limit);
    }
    if node.style == Style::Article {
        return bracketed(text, start, limit);
    }
    let slice = text.get(start..limit)?;
    let end = match sentence_end(text, start, limit, max_len, punct) {
        Some(at) => at,
        None if slice.len() > max_len => return None,
        None => limit,
    };
    // Only noise and white space (`一、` + line break + a page marker line): no heading.
    if !has_content(text, noise, start, end) {
        return None;
    }
    trimmed_span(text, start, end)
}

/// True when `start..end` holds a character that is neither white space nor padding nor
/// inside a noise span.
fn has_content(text: &str, noise: &NoiseMap<'_>, start: usize, end: usize) -> bool {
    let mut pos = start;
    for n in noise.within(Span::from_usize(start, end)) {
        let gap_end = (n.span.start as usize).clamp(pos, end);
        if text.get(pos..gap_end).is_some_and(|g| g.chars().any(|c| !is_space(c))) {
            return true;
        }
        pos = pos.max(n.span.end as usize);
    }
    pos < end && text.get(pos..end).is_some_and(|g| g.chars().any(|c| !is_space(c)))
}

/// The UTF-8 bytes of the sentence ends ([`SENTENCE_ENDS`]), as keys of three bytes.
const SENTENCE_END_KEYS: [u32; 3] = utf8_keys(SENTENCE_ENDS);

/// The first sentence end ([`SENTENCE_ENDS`]) in `start..limit` that starts within its
/// first `max_len` bytes, read off the marked punctuation by its bytes. The cursor passes
/// only positions before the next heading's start: the other punctuation here, and nothing
/// past `limit`, which is at most where the next node's marker begins.
fn sentence_end(text: &str, start: usize, limit: usize, max_len: usize, punct: &mut Cursor<'_>) -> Option<usize> {
    let bytes = text.as_bytes();
    let window_end = start + (limit.saturating_sub(start)).min(max_len.saturating_add(1));
    punct.seek(start);
    while let Some(p) = punct.peek().filter(|&p| p < window_end) {
        let whole = p + 3 <= limit;
        if whole && bytes.get(p..).and_then(key_at).is_some_and(|k| SENTENCE_END_KEYS.contains(&k)) {
            return Some(p);
        }
        punct.advance();
    }
    None
}

/// The lines of the text, read forwards: headings are asked for in document order.
pub(crate) struct LineCursor<'l> {
    lines: &'l [Line],
    /// The first line that may hold the next position asked about.
    at: usize,
}

impl<'l> LineCursor<'l> {
    /// A cursor at the first of `lines`.
    pub(crate) fn new(lines: &'l [Line]) -> Self {
        LineCursor { lines, at: 0 }
    }

    /// The end of the line holding byte `pos` (its line break, or the text's end), if a line
    /// holds it; `pos` never goes back.
    fn end_of_line_at(&mut self, pos: usize) -> Option<usize> {
        while self.lines.get(self.at).is_some_and(|l| l.end < pos) {
            self.at += 1;
        }
        self.lines.get(self.at).filter(|l| l.start <= pos).map(|l| l.end)
    }
}

/// The longest line, in bytes after a marker, whose end bounds the marker's heading: a
/// heading runs to its first sentence end or its line's end however long it is (a duty
/// list's item runs to 250 characters), where the line ends within these bytes; on a longer
/// line (line breaks lost) a heading gets [`MAX_HEADING_LEN`] bytes.
const MAX_LINE_HEADING_LEN: usize = 4096;

/// The end of the line holding byte `from`, where a line break that only separates noise
/// (`党建\n\n5、统领谋新创优`: a chunk number inserted by a site) does not end the line.
/// `known` is the end of the line holding `from`, when the scan's lines gave it.
fn logical_line_end(text: &str, from: usize, known: Option<usize>, noise: &NoiseMap<'_>) -> usize {
    // Only a line a heading may fill is ever needed: look no further, so that many markers on
    // one long line (line breaks lost) stay linear.
    let window_end = from.saturating_add(MAX_LINE_HEADING_LEN + 8);
    let mut pos = from;
    loop {
        let max = window_end.saturating_sub(pos);
        let end = match known.filter(|_| pos == from) {
            Some(line_end) => end_within(text, pos, max, line_end),
            None => line_end_within(text, pos, max),
        };
        // The line goes on only across noise, and most documents have none ahead.
        if end >= window_end || end >= text.len() || !noise.overlaps(Span::from_usize(end, text.len())) {
            return end;
        }
        let after = WHITE_SPACE.skip(text.as_bytes(), end, text.len());
        let hit = noise.at(crate::text::to_u32(end)).or_else(|| noise.at(crate::text::to_u32(after)));
        match hit {
            Some(n) if (n.span.end as usize) > pos => pos = n.span.end as usize,
            _ => return end,
        }
    }
}

/// Whether an article's heading can exist at all: after the padding that follows its marker
/// comes noise or an opening bracket. Otherwise [`bracketed`] finds nothing wherever the
/// line ends (the padding is skipped up to the line's end, and the first character left is
/// no bracket), so the line end need not be looked for.
fn may_open_bracket(text: &str, from: usize, noise: &NoiseMap<'_>) -> bool {
    let at = skip_padding(text, from, text.len());
    noise.at(crate::text::to_u32(at)).is_some() || text.get(at..).is_some_and(|r| r.starts_with(ARTICLE_TITLE_OPEN))
}

/// `【立法目的】`, `（目的和依据）` right after an article marker: the words inside the
/// brackets, at least two characters with no running-text punctuation (`第十三条 （市）区教育
/// 行政部门` opens a sentence with a bracketed word, 北京市 regulations on lawrefbook).
fn bracketed(text: &str, start: usize, limit: usize) -> Option<Span> {
    let rest = text.get(start..limit)?;
    let open = rest.chars().next()?;
    let kind = ARTICLE_TITLE_OPEN.iter().position(|&c| c == open)?;
    let inner_start = start + open.len_utf8();
    let close = rest.find(*ARTICLE_TITLE_CLOSE.get(kind)?)?;
    let words = text.get(inner_start..start + close)?;
    let title = words.chars().filter(|&c| !is_space(c)).count() >= MIN_ARTICLE_TITLE_CHARS
        && !words.contains(RUNNING_TEXT_MARKS);
    title.then(|| trimmed_span(text, inner_start, start + close)).flatten()
}

/// The fewest characters of an article's bracketed title (`【定义】`).
const MIN_ARTICLE_TITLE_CHARS: usize = 2;

#[cfg(test)]
mod tests {
    /// The heading of the document's first node, white space left in.
    fn first_heading(text: &str) -> Option<String> {
        let doc = crate::parse(text);
        let node = doc.nodes().next()?;
        doc.heading(node).map(|h| h.into_owned())
    }

    /// A duty list's item of more than [`crate::limits::MAX_HEADING_LEN`] bytes.
    fn long_item() -> String {
        "生态环境主管部门负责工业企业物料堆场扬尘污染防治的监督管理，".repeat(8)
    }

    #[test]
    fn a_long_heading_on_its_own_line_runs_to_its_sentence_end() {
        let item = long_item();
        let text = format!("第十条 有关部门按照下列规定履行职责：\n（一）{item}加强检查。\n（二）其他职责。\n");
        let doc = crate::parse(&text);
        let heading = doc.nodes().nth(1).and_then(|n| doc.heading(n)).map(|h| h.into_owned());
        assert_eq!(heading, Some(format!("{item}加强检查")));
    }

    #[test]
    fn a_long_heading_on_a_line_whose_breaks_were_lost_is_none() {
        // No sentence end within reach on a line that runs on for pages: heading and body
        // cannot be told apart.
        let text = format!("一、{}。{}", long_item(), "正文。".repeat(1500));
        assert_eq!(first_heading(&text), None);
    }
}
