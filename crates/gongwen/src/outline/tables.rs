//! Tables copied one row per line, cells joined by TAB (what Word tables become as text):
//! the numbers at the start of their rows are row numbers, not markers (docs/annotation.md, "Numbers
//! in table cells").
//!
//! A row is a line with a cell boundary: a TAB (with any padding around it) between two
//! cells of text; the TAB that pads a marker (`1\t消火栓`) counts, a TAB before the first
//! cell is indentation (or an empty cell) and does not, and a TAB between two single
//! ideographs spaces a heading out (`第一章\t总\t则`). A block of such lines, next to each
//! other (blank lines between them allowed), is judged as a whole. It is a table when
//!
//! * two rows or more have the same number of cells,
//! * one row shows it is no run of headings padded by TAB (`1\t总则`, `1.1\t目的`): a row
//!   of three cells or more, or a header whose first cell holds no number (`等级\t标准`),
//! * and its numbered rows are no list of the outline: a list's rows start with markers
//!   that go on from the outline's numbering one by one (`1.\t报送材料…`, `2.\t逾期…`,
//!   `第一条\t为了…`), each with body text after it or a heading alone.
//!
//! The markers a table drops are reported once per block
//! ([`DiagnosticKind::TableRows`]).

use super::candidates::Candidate;
use super::{BARE_NUMBER, Builder, StyleKey, style_key};
use crate::lexicon::punct::{SEMICOLONS, SENTENCE_ENDS};
use crate::marker::{Marker, parse_marker};
use crate::model::{Diagnostic, DiagnosticKind, Diagnostics, Style};
use crate::numeral::arabic_digit;
use crate::text::chars::{is_cjk_ideograph, is_padding, is_space, skip_padding};

/// The most lines looked at above and below a row for the rest of its table.
const MAX_TABLE_LINES: usize = 64;

/// A block of rows and whether it is a table.
#[derive(Clone, Copy, Debug)]
pub(super) struct Block {
    start: usize,
    end: usize,
    table: bool,
    /// Whether the block's dropped markers were reported.
    reported: bool,
}

/// One row of a block, as the verdict reads it.
#[derive(Clone, Copy, Debug)]
struct Row {
    /// Cells of text (a heading spaced out by TAB is one).
    cells: usize,
    /// It shows by itself that its block is a table: three cells or more, or a header.
    telling: bool,
    /// Its first cell starts with a number.
    numbered: bool,
    /// The marker it starts with, if any, and whether body text or a heading alone follows.
    item: Option<(Marker, bool)>,
}

impl Builder<'_> {
    /// True when the line-start `cand` opens a row of a table; the first marker a table
    /// drops is reported.
    pub(super) fn in_table(&mut self, cand: &Candidate, diags: &mut Diagnostics) -> bool {
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
        let (start, end) = crate::text::lines::line_around(text, marker.start());
        let block = match self.table.filter(|b| (b.start..b.end).contains(&start)) {
            Some(block) => block,
            None => {
                let (first, last, rows) = rows_around(text, start, end);
                let table = is_table(&rows) && !self.lists_outline(&rows);
                Block { start: first, end: last, table, reported: false }
            }
        };
        if block.table && !block.reported {
            diags.push(Diagnostic::new(DiagnosticKind::TableRows, marker.span));
        }
        self.table = Some(Block { reported: block.table, ..block });
        block.table
    }

    /// The numbered rows of a block are a list of the outline: each starts with a marker
    /// that goes on from the numbering of its style (in the outline before the block, then
    /// row by row), with body text after it or a heading alone (two cells).
    fn lists_outline(&self, rows: &[Row]) -> bool {
        let mut last: Vec<(StyleKey, u32)> = Vec::new();
        rows.iter().filter(|r| r.numbered).all(|r| {
            let Some((marker, body)) = r.item else { return false };
            let key = style_key(&marker);
            let before = last.iter().find(|(k, _)| *k == key).map(|&(_, o)| o).or_else(|| self.last_ordinal_of(key));
            let goes_on = marker.ordinal == 1 || before.is_some_and(|o| marker.ordinal == o.saturating_add(1));
            last.retain(|(k, _)| *k != key);
            last.push((key, marker.ordinal));
            goes_on && (body || r.cells == 2)
        })
    }
}

/// A table: two rows or more with the same number of cells, and one row that tells.
fn is_table(rows: &[Row]) -> bool {
    let shared = rows
        .iter()
        .enumerate()
        .any(|(i, r)| rows.get(i + 1..).is_some_and(|after| after.iter().any(|o| o.cells == r.cells)));
    shared && rows.iter().any(|r| r.telling)
}

/// The block of rows around the line `start..end`: its first byte, its last and its rows.
fn rows_around(text: &str, start: usize, end: usize) -> (usize, usize, Vec<Row>) {
    let Some(this) = row(text, start, end) else { return (start, end, Vec::new()) };
    let (mut first, mut last, mut above, mut below) = (start, end, Vec::new(), Vec::new());
    let mut up = start;
    for _ in 0..MAX_TABLE_LINES {
        let Some((s, e)) = crate::text::lines::previous_line(text, up) else { break };
        up = s;
        if is_blank(text, s, e) {
            continue;
        }
        let Some(r) = row(text, s, e) else { break };
        first = s;
        above.push(r);
    }
    let mut down = end;
    for _ in 0..MAX_TABLE_LINES {
        let Some((s, e)) = next_line(text, down) else { break };
        down = e;
        if is_blank(text, s, e) {
            continue;
        }
        let Some(r) = row(text, s, e) else { break };
        last = e;
        below.push(r);
    }
    above.reverse();
    above.push(this);
    above.append(&mut below);
    (first, last.max(end), above)
}

/// The line `start..end` as a row, `None` when it has no cell boundary.
fn row(text: &str, start: usize, end: usize) -> Option<Row> {
    let content_start = skip_padding(text, start, end);
    let content = text.get(content_start..end)?;
    let mut cells = content.split('\t').map(|c| c.trim_matches(is_space)).filter(|c| !c.is_empty());
    let first = cells.next()?;
    // A TAB between two single ideographs spaces a heading out (`总\t则`).
    let single = |c: &str| c.chars().count() == 1 && c.chars().all(is_cjk_ideograph);
    let (mut count, mut prev) = (1usize, first);
    for cell in cells {
        if !(single(prev) && single(cell)) {
            count += 1;
        }
        prev = cell;
    }
    if count == 1 {
        return None;
    }
    let marker = parse_marker(text, content_start);
    let numbered = first.trim_start_matches(is_padding).chars().next().is_some_and(|c| arabic_digit(c).is_some())
        || marker.is_some();
    let body = content.contains(SENTENCE_ENDS) || content.contains(SEMICOLONS);
    let header = !numbered && !content.contains(SENTENCE_ENDS);
    Some(Row { cells: count, telling: count >= 3 || header, numbered, item: marker.map(|m| (m, body)) })
}

fn is_blank(text: &str, start: usize, end: usize) -> bool {
    text.get(start..end).is_none_or(|l| l.chars().all(is_space))
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
    let (_, e) = crate::text::lines::line_around(text, start);
    Some((start, e))
}

impl Builder<'_> {
    /// True when line-start candidate `cand` is the number of a table's row after the header
    /// row of a row-number column (`序号` / `重点任务` / … / `1.` / `推进…` one cell a line, or
    /// `序号 项目名称 总投资（亿元）` / `1. 县人民医院迁建 12.5 县卫健局` flattened with spaces, or
    /// with bare numbers: `序号 消防器材 数量 存放地点` / `1 消火栓 162个 酒店各区域`, a table of a
    /// report whose sections are numbered `2.2`): an Arabic marker or a bare number whose
    /// number is the next row's (1, 2, 3 …), alone on its line or before cells parted by
    /// white space with no sentence end. The first such cell is reported
    /// ([`DiagnosticKind::TableRows`]); any other line-start marker ends the table.
    pub(super) fn row_cell(&mut self, cand: &Candidate, diags: &mut Diagnostics) -> bool {
        let Some(row) = self.row_cells else { return false };
        let marker = &cand.marker;
        let arabic = matches!(marker.style, Style::ArabicDot | Style::ArabicParen) || style_key(marker) == BARE_NUMBER;
        let cells = self.text.get(marker.end()..cand.line_end()).is_some_and(super::labels::is_row_rest);
        if !(arabic && cells && marker.ordinal == row) {
            self.row_cells = None;
            return false;
        }
        if row == 1 {
            diags.push(Diagnostic::new(DiagnosticKind::TableRows, marker.span));
        }
        self.row_cells = Some(row.saturating_add(1));
        true
    }
}
