//! Headings of units and the title of the document.
//!
//! A unit's heading is the rest of its marker's line up to the first sentence end
//! (`。！？`) or the next marker on that line (FORMAT.md). An article (`第X条`) has a
//! heading only when it carries a bracketed title (`第一条【立法目的】`). A heading that
//! runs on past [`MAX_HEADING_LEN`] bytes with no end in sight cannot be told from its
//! body and is `None`.

use super::labels::is_contents_label;
use crate::lexicon::outline::{ARTICLE_TITLE_CLOSE, ARTICLE_TITLE_OPEN};
use crate::lexicon::punct::{NOT_TITLE_ENDS, SENTENCE_ENDS, key_at, utf8_keys};
use crate::lexicon::titles::{NOT_TITLE_CHARS, TITLE_ENDINGS};
use crate::limits::MAX_HEADING_LEN;
use crate::model::Node;
use crate::model::NoiseMap;
use crate::model::Style;
use crate::scan::Cursor;
use crate::text::Span;
use crate::text::chars::{WHITE_SPACE, is_space, may_start_cjk_ideograph, skip_padding, trim_space_end};
use crate::text::lines::line_end_within;

/// How many lines before the first marker are considered for the title.
pub(crate) const MAX_TITLE_LINES: usize = 40;

/// The longest title line, in characters.
const MAX_TITLE_CHARS: usize = 80;

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
) -> Option<Span> {
    let from = node.marker.end as usize;
    if node.style == Style::Article && !may_open_bracket(text, from, noise) {
        return None;
    }
    let line_end = logical_line_end(text, from, noise);
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
    let end = match sentence_end(text, start, limit, punct) {
        Some(at) => at,
        None if slice.len() > MAX_HEADING_LEN => return None,
        None => limit,
    };
    // Only noise and white space (`一、` + line break + a page marker line): no heading.
    if !has_content(text, noise, start, end) {
        return None;
    }
    trimmed(text, start, end)
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
/// first [`MAX_HEADING_LEN`] bytes, read off the marked punctuation by its bytes. The
/// cursor passes only positions before the next heading's start: the other punctuation
/// here, and nothing past `limit`, which is at most where the next node's marker begins.
fn sentence_end(text: &str, start: usize, limit: usize, punct: &mut Cursor<'_>) -> Option<usize> {
    let bytes = text.as_bytes();
    let window_end = start + (limit.saturating_sub(start)).min(MAX_HEADING_LEN + 1);
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

/// The end of the line holding byte `from`, where a line break that only separates noise
/// (`党建\n\n5、统领谋新创优`: a chunk number inserted by a site) does not end the line.
fn logical_line_end(text: &str, from: usize, noise: &NoiseMap<'_>) -> usize {
    // Only a heading's length is ever needed: look no further, so that many markers on one
    // long line (line breaks lost) stay linear.
    let window_end = from.saturating_add(MAX_HEADING_LEN + 8);
    let mut pos = from;
    loop {
        let end = line_end_within(text, pos, window_end.saturating_sub(pos));
        if end >= window_end || end >= text.len() {
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

/// `【立法目的】` right after an article marker: the words inside the brackets.
fn bracketed(text: &str, start: usize, limit: usize) -> Option<Span> {
    let rest = text.get(start..limit)?;
    let open = rest.chars().next().filter(|c| ARTICLE_TITLE_OPEN.contains(c))?;
    let inner_start = start + open.len_utf8();
    let close = rest.find(ARTICLE_TITLE_CLOSE)?;
    trimmed(text, inner_start, start + close)
}

/// `start..end` without trailing padding; `None` when nothing is left.
fn trimmed(text: &str, start: usize, end: usize) -> Option<Span> {
    let s = text.get(start..end)?;
    // Most headings end in a CJK ideograph (lead byte E4–E9), which is neither white space
    // nor padding: nothing to trim.
    if s.len() >= 3 && s.as_bytes().get(s.len() - 3).is_some_and(|&b| may_start_cjk_ideograph(b)) {
        return Some(Span::from_usize(start, end));
    }
    let t = trim_space_end(s);
    (!t.is_empty()).then(|| Span::from_usize(start, start + t.len()))
}

/// The title: among the lines before the first marker (`preamble`, each `(content start,
/// line end)`), the first short line that ends with a document-type word (通知, 要点 …) and
/// is not site furniture; else the first short line without sentence punctuation. A title
/// set over adjacent lines takes them too (see [`Preamble::first_of_title`] and
/// [`Preamble::last_of_title`]).
pub(crate) fn title(text: &str, noise: &NoiseMap<'_>, preamble: &[(usize, usize)], first_node: usize) -> Option<Span> {
    // Each line without the noise at its ends (`….docx`, a breadcrumb before the title).
    let lines: Vec<(usize, usize)> = preamble.iter().map(|&(s, e)| strip_noise(text, noise, s, e)).collect();
    let preamble = Preamble { text, noise, first_node, lines: &lines };
    let pick = (0..lines.len())
        .find(|&i| preamble.is_title_like(i) && preamble.ends_with_type(i))
        .or_else(|| (0..lines.len()).find(|&i| preamble.is_title_like(i)))?;
    let mut span = preamble.trimmed_line(pick)?;
    for i in [preamble.first_of_title(pick), preamble.last_of_title(pick)] {
        if let Some(line) = preamble.trimmed_line(i) {
            span = span.cover(line);
        }
    }
    Some(span)
}

/// The lines before the first marker, as the title rule reads them.
struct Preamble<'p> {
    text: &'p str,
    noise: &'p NoiseMap<'p>,
    first_node: usize,
    /// Each line's `(start, end)`, without the noise and padding at its ends.
    lines: &'p [(usize, usize)],
}

impl Preamble<'_> {
    /// The text of line `i` without trailing space.
    fn line(&self, i: usize) -> Option<&str> {
        let &(start, end) = self.lines.get(i)?;
        self.text.get(start..end).map(trim_space_end)
    }

    /// The span of line `i` without trailing padding.
    fn trimmed_line(&self, i: usize) -> Option<Span> {
        let &(start, end) = self.lines.get(i)?;
        trimmed(self.text, start, end)
    }

    /// Line `i` may be (part of) a title: short, not ending like a sentence or a clause,
    /// no breadcrumb, contents label or noise, and some Chinese in it.
    fn is_title_like(&self, i: usize) -> bool {
        let Some(&(start, end)) = self.lines.get(i) else { return false };
        if start >= end || end > self.first_node {
            return false;
        }
        let Some(line) = self.line(i) else { return false };
        let chars = line.chars().count();
        chars > 0
            && chars <= MAX_TITLE_CHARS
            && !line.ends_with(NOT_TITLE_ENDS)
            && !line.contains(NOT_TITLE_CHARS)
            && !is_contents_label(line)
            && !self.noise.overlaps(Span::from_usize(start, end))
            && line.chars().any(crate::text::chars::is_cjk_ideograph)
    }

    /// Line `i` ends with a document-type word ([`TITLE_ENDINGS`]).
    fn ends_with_type(&self, i: usize) -> bool {
        self.line(i).is_some_and(|l| TITLE_ENDINGS.iter().any(|w| l.ends_with(w)))
    }

    /// No blank line separates line `i` from line `i + 1`.
    fn adjacent(&self, i: usize) -> bool {
        match (self.lines.get(i), self.lines.get(i + 1)) {
            (Some(&(_, end)), Some(&(next, _))) => line_breaks(self.text.get(end..next).unwrap_or("")) <= 1,
            _ => false,
        }
    }

    /// A title broken over adjacent lines (`国务院办公厅关于深入开展消费扶贫` /
    /// `助力打赢脱贫攻坚战的指导意见`): the first of up to three title-like lines right above
    /// line `pick` that do not end with a document type themselves.
    fn first_of_title(&self, pick: usize) -> usize {
        let mut first = pick;
        while first > 0
            && pick - first < 3
            && self.adjacent(first - 1)
            && self.is_title_like(first - 1)
            && !self.ends_with_type(first - 1)
        {
            first -= 1;
        }
        first
    }

    /// …and the last of up to three adjacent lines below it that end with a document type
    /// (`…药品管理法` / `实施条例》有关规定的决定`).
    fn last_of_title(&self, pick: usize) -> usize {
        let mut last = pick;
        while last - pick < 3 && self.adjacent(last) && self.is_title_like(last + 1) && self.ends_with_type(last + 1) {
            last += 1;
        }
        last
    }
}

/// `start..end` without the noise spans (and padding) at either end.
fn strip_noise(text: &str, noise: &NoiseMap<'_>, mut start: usize, mut end: usize) -> (usize, usize) {
    loop {
        start = skip_padding(text, start, end);
        match noise.at(crate::text::to_u32(start)) {
            Some(n) if start < end && (n.span.end as usize) > start => start = (n.span.end as usize).min(end),
            _ => break,
        }
    }
    while end > start {
        let Some(last) = text.get(start..end).and_then(|t| t.chars().next_back()) else { break };
        let at = end - last.len_utf8();
        if is_space(last) {
            end = at;
            continue;
        }
        match noise.at(crate::text::to_u32(at)) {
            Some(n) if (n.span.start as usize) < end => end = (n.span.start as usize).max(start),
            _ => break,
        }
    }
    (start, end)
}

/// The number of line breaks in `s`, `\r\n` counting as one.
fn line_breaks(s: &str) -> usize {
    s.matches('\n').count() + s.matches('\r').count() - s.matches("\r\n").count()
}
