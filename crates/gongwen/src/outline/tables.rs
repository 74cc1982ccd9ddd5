//! Tables copied one row per line, cells joined by TAB (what Word tables become as text):
//! the numbers at the start of their rows are row numbers, not markers (FORMAT.md, "Numbers
//! in table cells").
//!
//! A row is a line with a cell boundary: a TAB (with any padding around it) between two
//! cells of text; the TAB that pads a marker (`1\t消火栓`) counts. A block of such lines,
//! next to each other (blank lines between them allowed), is a table when it has two lines
//! or more and one of them shows it is no run of headings padded by TAB (`1\t总则`,
//! `1.1\t目的`): a row of three cells or more, or a header whose first cell holds no number
//! (`等级\t标准`). A TAB before the first cell is indentation (or an empty cell): it is
//! not counted.

use super::Builder;
use super::candidates::Candidate;
use crate::lexicon::punct::SENTENCE_ENDS;
use crate::marker::parse_marker;
use crate::numeral::arabic_digit;
use crate::text::chars::{is_padding, is_space, skip_padding};

/// The most lines looked at above and below a row for the rest of its table.
const MAX_TABLE_LINES: usize = 64;

/// A block of rows and whether it is a table.
#[derive(Clone, Copy, Debug)]
pub(super) struct Block {
    start: usize,
    end: usize,
    table: bool,
}

impl Builder<'_> {
    /// True when the line-start `marker` opens a row of a table.
    pub(super) fn in_table(&mut self, cand: &Candidate) -> bool {
        let (text, marker) = (self.text, &cand.marker);
        // A TAB after the marker on its line: most lines hold none.
        let tabbed = if marker.end() <= cand.line_end() {
            cand.marks.tab_from(marker.end())
        } else {
            let rest = text.as_bytes().get(marker.end()..).unwrap_or_default();
            memchr::memchr3(b'\t', b'\n', b'\r', rest).is_some_and(|i| rest.get(i) == Some(&b'\t'))
        };
        if !tabbed {
            return false;
        }
        let (start, end) = line_around(text, marker.start());
        if let Some(block) = self.table.filter(|b| (b.start..b.end).contains(&start)) {
            return block.table;
        }
        let block = block_around(text, start, end);
        self.table = Some(block);
        block.table
    }
}

/// The block of rows around the line `start..end`, and its verdict.
fn block_around(text: &str, start: usize, end: usize) -> Block {
    let Some(telling) = row(text, start, end) else { return Block { start, end, table: false } };
    let (mut first, mut last, mut lines, mut telling) = (start, end, 1usize, telling);
    let mut up = start;
    for _ in 0..MAX_TABLE_LINES {
        let Some((s, e)) = previous_line(text, up) else { break };
        up = s;
        if is_blank(text, s, e) {
            continue;
        }
        let Some(r) = self::row(text, s, e) else { break };
        (first, lines, telling) = (s, lines + 1, telling || r);
    }
    let mut down = end;
    for _ in 0..MAX_TABLE_LINES {
        let Some((s, e)) = next_line(text, down) else { break };
        down = e;
        if is_blank(text, s, e) {
            continue;
        }
        let Some(r) = self::row(text, s, e) else { break };
        (last, lines, telling) = (e, lines + 1, telling || r);
    }
    Block { start: first, end: last.max(end), table: lines >= 2 && telling }
}

/// Whether the line `start..end` is a row (it has a cell boundary): `None` when it is not,
/// else whether it shows by itself that its block is a table.
fn row(text: &str, start: usize, end: usize) -> Option<bool> {
    let content_start = skip_padding(text, start, end);
    let content = text.get(content_start..end)?;
    let mut cells = content.split('\t').filter(|cell| cell.chars().any(|c| !is_space(c)));
    let first = cells.next()?;
    let boundaries = cells.count();
    if boundaries == 0 {
        return None;
    }
    let numbered = first.trim_start_matches(is_padding).chars().next().is_some_and(|c| arabic_digit(c).is_some())
        || parse_marker(text, content_start).is_some();
    let header = !numbered && !content.contains(SENTENCE_ENDS);
    Some(boundaries >= 2 || header)
}

fn is_blank(text: &str, start: usize, end: usize) -> bool {
    text.get(start..end).is_none_or(|l| l.chars().all(is_space))
}

/// The line around byte `pos`: from after the line break before it to the line break after it.
fn line_around(text: &str, pos: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let start = bytes.get(..pos).and_then(|b| memchr::memrchr2(b'\n', b'\r', b)).map_or(0, |i| i + 1);
    let end = bytes.get(pos..).and_then(|b| memchr::memchr2(b'\n', b'\r', b)).map_or(text.len(), |i| pos + i);
    (start, end)
}

/// The line before the one that starts at byte `start` (a `\r\n` is one break).
fn previous_line(text: &str, start: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut end = start.checked_sub(1)?;
    if bytes.get(end) == Some(&b'\n') && end > 0 && bytes.get(end - 1) == Some(&b'\r') {
        end -= 1;
    }
    let (s, _) = line_around(text, end);
    Some((s, end))
}

/// The line after the one that ends at byte `end` (a `\r\n` is one break).
fn next_line(text: &str, end: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut start = end + 1;
    if start > text.len() {
        return None;
    }
    if bytes.get(end) == Some(&b'\r') && bytes.get(start) == Some(&b'\n') {
        start += 1;
    }
    let (_, e) = line_around(text, start);
    Some((start, e))
}
