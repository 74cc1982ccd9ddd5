//! Candidate markers: the places where a marker may open a unit, found in one pass.
//!
//! A marker counts where it opens a unit (FORMAT.md): at a line start after indentation,
//! or, where line breaks were lost, right after a sentence end (`。！？`), a colon or a
//! semicolon. Parenthesised markers may also sit glued to a heading that has no
//! punctuation (`…引领行动(一)主题教育…`); those are kept as [`Boundary::Glued`] and the
//! builder weighs them against the open levels before accepting one.
//!
//! Candidate bytes are found with a 256-entry table over the UTF-8 bytes: the lead byte
//! `0xE3` (CJK punctuation, `。`), `0xEF` (full-width forms `（：；！？`) and the ASCII
//! `( : ; ! ?`. Only those positions are decoded.

use crate::lines::{Line, is_pad, lines, skip_pad};
use crate::marker::{Marker, parse_marker_skipping};
use crate::noise::NoiseMap;

/// What precedes a candidate marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Boundary {
    /// The start of a line, after indentation.
    LineStart,
    /// A sentence end: `。！？`.
    Sentence,
    /// A colon or semicolon: `：；:;`.
    Clause,
    /// Nothing: the marker is glued to the preceding text.
    Glued,
}

/// A marker that may open a unit.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Candidate {
    pub(crate) marker: Marker,
    pub(crate) boundary: Boundary,
}

/// What a line holds, for the builder: its candidates, plus the line itself so the builder
/// can recognise labels (目录, 附件) and titles.
#[derive(Debug)]
pub(crate) struct LineCandidates {
    pub(crate) line: Line,
    pub(crate) content_start: usize,
    pub(crate) candidates: Vec<Candidate>,
}

/// Bytes worth decoding for a mid-line candidate.
#[allow(clippy::indexing_slicing, reason = "constant indices into a 256-entry table, checked at compile time")]
static INTERESTING: [bool; 256] = {
    let mut t = [false; 256];
    t[0xE3] = true; // 。、 and other CJK punctuation
    t[0xEF] = true;
    t[b'(' as usize] = true;
    t[b':' as usize] = true;
    t[b';' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t
};

/// Closing quotes and brackets that may follow a sentence end before the next marker.
fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | '》' | '）' | ')' | '"' | '\'' | '】')
}

/// Scans `text` line by line and calls `each` with the candidates of every line, in order.
pub(crate) fn scan(text: &str, noise: &NoiseMap<'_>, mut each: impl FnMut(LineCandidates)) {
    let mut buf: Vec<Candidate> = Vec::new();
    for line in lines(text) {
        let content_start = content_start(text, line, noise);
        buf.clear();
        let at_start = marker_at(text, content_start, noise).or_else(|| {
            crate::marker::parse_bare_number(text, content_start)
                .filter(|_| noise.at(crate::span::to_u32(content_start)).is_none())
        });
        if let Some(m) = at_start {
            buf.push(Candidate { marker: m, boundary: Boundary::LineStart });
        }
        mid_line(text, line, content_start, noise, &mut buf);
        glued_articles(text, line, noise, &mut buf);
        each(LineCandidates { line, content_start, candidates: std::mem::take(&mut buf) });
    }
}

/// The start of a line's content: after padding and any noise at the line start.
fn content_start(text: &str, line: Line, noise: &NoiseMap<'_>) -> usize {
    let mut pos = skip_pad(text, line.start, line.end);
    while let Some(n) = noise.at(crate::span::to_u32(pos)) {
        let after = (n.span.end as usize).max(pos + 1);
        if after > line.end {
            break;
        }
        pos = skip_pad(text, after, line.end);
    }
    pos
}

fn marker_at(text: &str, pos: usize, noise: &NoiseMap<'_>) -> Option<Marker> {
    if noise.at(crate::span::to_u32(pos)).is_some() {
        return None;
    }
    parse_marker_skipping(text, pos, noise)
}

/// Mid-line candidates of one line.
fn mid_line(text: &str, line: Line, content_start: usize, noise: &NoiseMap<'_>, out: &mut Vec<Candidate>) {
    let bytes = text.as_bytes();
    let mut i = content_start + 1;
    while i < line.end {
        let Some(&b) = bytes.get(i) else { break };
        if !INTERESTING.get(usize::from(b)).copied().unwrap_or(false) {
            i += 1;
            continue;
        }
        let Some(c) = text.get(i..).and_then(|s| s.chars().next()) else {
            i += 1;
            continue;
        };
        let width = c.len_utf8();
        let boundary = match c {
            '。' | '！' | '？' | '!' | '?' => Some(Boundary::Sentence),
            '：' | '；' | ':' | ';' => Some(Boundary::Clause),
            '（' | '(' => {
                if let Some(m) = marker_at(text, i, noise) {
                    out.push(Candidate { marker: m, boundary: Boundary::Glued });
                }
                None
            }
            '、' => {
                if let Some(m) = glued_cn_comma(text, content_start, i, noise) {
                    if out.last().is_none_or(|c| c.marker.end <= m.start) {
                        out.push(Candidate { marker: m, boundary: Boundary::Glued });
                    }
                }
                None
            }
            _ => None,
        };
        if let Some(boundary) = boundary {
            let mut pos = i + width;
            // Closing quotes, padding and noise between the punctuation and the marker.
            loop {
                let next = text.get(pos..).and_then(|s| s.chars().next());
                match next {
                    Some(c) if is_closer(c) || is_pad(c) => pos += c.len_utf8(),
                    Some(_) if pos < line.end => match noise.at(crate::span::to_u32(pos)) {
                        Some(n) if (n.span.end as usize) > pos && (n.span.end as usize) <= line.end => {
                            pos = n.span.end as usize;
                        }
                        _ => break,
                    },
                    _ => break,
                }
            }
            if pos < line.end {
                if let Some(m) = marker_at(text, pos, noise) {
                    out.push(Candidate { marker: m, boundary });
                    // A glued-paren check at the same place would find the same marker.
                    i = pos + 1;
                    continue;
                }
            }
        }
        i += width;
    }
}

/// A Chinese numeral glued to the text before it and followed by `、` at byte `comma`
/// (`…问题1一、…`): walk back over at most four numeral characters.
fn glued_cn_comma(text: &str, line_start: usize, comma: usize, noise: &NoiseMap<'_>) -> Option<Marker> {
    let before = text.get(line_start..comma)?;
    let mut start = comma;
    for (n, (i, c)) in before.char_indices().rev().enumerate() {
        if n >= 4 || !crate::numeral::is_cn_numeral_char(c) {
            break;
        }
        start = line_start + i;
    }
    if start == comma {
        return None;
    }
    let m = marker_at(text, start, noise)?;
    (m.style == crate::style::Style::CnComma && m.end == comma + '、'.len_utf8()).then_some(m)
}

/// `第一章 总则第一条 为了…`: where line breaks were lost, an article (or a lower statute
/// unit) glued to the heading of a chapter-like unit. Only the heading of each chapter-like
/// candidate is searched, so this costs nothing on ordinary text.
fn glued_articles(text: &str, line: Line, noise: &NoiseMap<'_>, out: &mut Vec<Candidate>) {
    use crate::style::Style;
    let chapter_like =
        |s: Style| matches!(s, Style::Bian | Style::FenBian | Style::Part | Style::Chapter | Style::Section);
    if !out.iter().any(|c| chapter_like(c.marker.style)) {
        return;
    }
    let mut found: Vec<Candidate> = Vec::new();
    for (i, c) in out.iter().enumerate() {
        if !chapter_like(c.marker.style) {
            continue;
        }
        let next = out.get(i + 1).map_or(line.end, |n| n.marker.start);
        let limit = next.min(line.end).min(c.marker.end + crate::limits::MAX_HEADING_LEN);
        let Some(region) = text.get(c.marker.end..limit) else { continue };
        let region = region.split(['。', '！', '？', '；', '，']).next().unwrap_or("");
        for (j, _) in region.match_indices('第') {
            let at = c.marker.end + j;
            if let Some(m) =
                marker_at(text, at, noise).filter(|m| m.style.rank() > c.marker.style.rank() && m.style.is_statute())
            {
                found.push(Candidate { marker: m, boundary: Boundary::Glued });
                break;
            }
        }
    }
    if !found.is_empty() {
        out.extend(found);
        out.sort_by_key(|c| c.marker.start);
    }
}
