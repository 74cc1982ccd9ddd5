//! A site's metadata table above a document (gov.cn 国务院政策文件库: `索引号：…` `发文机关：国务院办公厅`
//! `成文日期：2024年01月05日` `发文字号：国办发〔2024〕1号` `发布日期：…`): the page's own statement of
//! the 发文字号, the 成文日期 and the 发文机关, read where the document under it prints none.
//!
//! A cell is a label of [`METADATA_CELLS`] at the start of a head line or after white space,
//! a colon, and its value: the rest of the line up to the next cell (several cells may share a
//! line, tab separated), or the next line where the label stands alone (a table copied one
//! cell a line). The value must be the element and nothing else (a whole date, a whole
//! document number, names of ideographs); otherwise the cell gives nothing. The 发布日期
//! (the day the site published the page) is no 成文日期 and is never read.

use super::date::{date_at, whole_date};
use super::number::doc_number_at;
use super::{Page, split_names};
use crate::lexicon::elements::{METADATA_CELLS, METADATA_LABELS};
use crate::lexicon::punct::COLONS;
use crate::model::{Element, ElementKind, ElementValue};
use crate::text::Span;
use crate::text::chars::is_cjk_ideograph;

/// Reads the metadata cells of the head lines before line `body` into `out`, for the
/// elements `out` does not hold yet.
pub(super) fn read(page: &Page<'_>, body: usize, out: &mut Vec<Element>) {
    for i in 0..body.min(page.lines.len()) {
        // A cell has a colon: most lines are passed at one search.
        if !page.line_text(i).contains(COLONS) {
            continue;
        }
        for &(label, kind) in &METADATA_CELLS {
            if out.iter().any(|e| e.kind == kind) {
                continue;
            }
            let Some((at, text)) = cell(page, i, label) else { continue };
            if let Some(value) = cell_value(kind, text) {
                out.push(Element::new(kind, Span::from_usize(at, at + text.len()), value));
            }
        }
    }
}

/// The value of the cell labelled `label` on line `i`: its byte offset in the text and its
/// text, white space around it excluded; `None` when the line has no such cell or it is empty.
fn cell<'a>(page: &Page<'a>, i: usize, label: &str) -> Option<(usize, &'a str)> {
    let (s, e) = page.content(i);
    let line = page.text.get(s..e)?;
    let first = label.chars().next()?;
    let (k, len) = line
        .match_indices(first)
        .filter(|&(k, _)| starts_cell(line, k))
        .find_map(|(k, _)| spaced_prefix(line.get(k..)?, label).map(|len| (k, len)))?;
    let after = line.get(k + len..)?.trim_start();
    let rest = after.strip_prefix(COLONS)?;
    let from = line.len() - rest.len();
    let value = rest.get(..next_cell(rest))?;
    let lead = value.len() - value.trim_start().len();
    let value = value.trim();
    if !value.is_empty() {
        return Some((s + from + lead, value));
    }
    // The label alone on its line: the value is the next line (its first cell).
    if !rest.trim().is_empty() {
        return None;
    }
    let j = page.next_filled(i + 1)?;
    let (t, e) = page.content(j);
    let next = page.text.get(t..e)?;
    let value = next.get(..next_cell(next))?.trim_end();
    (!value.is_empty() && !opens_cell(next)).then_some((t, value))
}

/// True when byte `k` of `line` starts a cell: the line's start or after white space.
fn starts_cell(line: &str, k: usize) -> bool {
    line.get(..k).is_some_and(|before| before.is_empty() || before.ends_with(char::is_whitespace))
}

/// True when `line` opens with a metadata label and a colon (the next cell, not a value).
fn opens_cell(line: &str) -> bool {
    METADATA_LABELS.iter().any(|l| {
        spaced_prefix(line, l).and_then(|len| line.get(len..)).is_some_and(|r| r.trim_start().starts_with(COLONS))
    })
}

/// The length of `label` at the start of `s`, white space allowed between its characters (a
/// portal's label set to a width: `文　　号：`, `索 引 号：`).
fn spaced_prefix(s: &str, label: &str) -> Option<usize> {
    let mut at = 0;
    for (n, c) in label.chars().enumerate() {
        let rest = s.get(at..)?;
        let rest = if n == 0 { rest } else { rest.trim_start() };
        at = s.len() - rest.len() + rest.strip_prefix(c).map(|_| c.len_utf8())?;
    }
    Some(at)
}

/// Where the next cell starts in `rest` (a metadata label after white space, before a colon),
/// or its length.
fn next_cell(rest: &str) -> usize {
    let mut k = 0;
    while let Some(w) = rest.get(k..).and_then(|r| r.find(char::is_whitespace)) {
        let at = k + w;
        let next = rest.get(at..).unwrap_or("").trim_start();
        if opens_cell(next) {
            return at;
        }
        k = rest.len() - next.len();
        if k <= at {
            break;
        }
    }
    rest.len()
}

/// The element a cell's `text` states for `kind`, when it is that element and nothing else.
fn cell_value(kind: ElementKind, text: &str) -> Option<ElementValue> {
    match kind {
        ElementKind::DocNumber => {
            doc_number_at(text).filter(|&(_, len)| len == text.len()).map(|(n, _)| ElementValue::DocNumber(n))
        }
        ElementKind::Date => whole_date(text).map(ElementValue::Date),
        ElementKind::Issuer => {
            let names: Vec<String> = text.split_whitespace().flat_map(split_names).collect();
            let named = !names.is_empty() && names.iter().all(|n| n.chars().all(is_cjk_ideograph));
            named.then_some(ElementValue::Names(names))
        }
        _ => None,
    }
}

/// The metadata table that opens a text whose line breaks were all lost (`索引号：…主题分类：…
/// 发文机关：国务院办公厅成文日期：2024年01月05日…发文字号：国办发〔2024〕10号发布日期：2024年03月07日国务院办公厅关于…`),
/// `line` starting at byte `s` of the text: where the table ends in `line`, and the elements its
/// cells state. A cell's value runs to the next label and its colon; the last cell's value must
/// be a date or a document number, whose end is known: otherwise the table ends before that
/// value. `(0, [])` when `line` opens with no metadata cell or holds more cells than a table.
pub(super) fn run_on_table(line: &str, s: usize) -> (usize, Vec<Element>) {
    let mut found: Vec<Element> = Vec::new();
    let lead = line.len() - line.trim_start().len();
    let Some(mut cell) = label_at(line, lead) else { return (0, found) };
    for _ in 0..MAX_RUN_ON_CELLS {
        let (label, from) = cell;
        let rest = line.get(from..).unwrap_or("");
        let window = rest.char_indices().nth(MAX_RUN_ON_CELL_CHARS).map_or(rest.len(), |(k, _)| k);
        let next = rest
            .char_indices()
            .skip(1)
            .take_while(|&(k, _)| k < window)
            .find_map(|(k, _)| Some((k, label_at(rest, k)?)));
        let len = match next {
            Some((k, _)) => k,
            None => match last_value_len(rest) {
                Some(len) => len,
                None => return (from, found),
            },
        };
        let text = rest.get(..len).unwrap_or("").trim_end();
        let kind = METADATA_CELLS.iter().find(|(l, _)| *l == label).map(|&(_, k)| k);
        if let Some((kind, value)) = kind.and_then(|k| cell_value(k, text).map(|v| (k, v))) {
            if !found.iter().any(|e| e.kind == kind) {
                found.push(Element::new(kind, Span::from_usize(s + from, s + from + text.len()), value));
            }
        }
        match next {
            Some((_, (l, value))) => cell = (l, from + value),
            None => return (from + len, found),
        }
    }
    (0, Vec::new())
}

/// The most cells read in a one-line metadata table.
const MAX_RUN_ON_CELLS: usize = 16;

/// The longest value of a one-line metadata cell, in characters (a title).
const MAX_RUN_ON_CELL_CHARS: usize = 200;

/// The metadata label and its colon at byte `k` of `s`, white space after the colon passed:
/// the label and where its value starts in `s`.
fn label_at(s: &str, k: usize) -> Option<(&'static str, usize)> {
    let rest = s.get(k..)?;
    let (label, len) = METADATA_LABELS.iter().find_map(|&l| spaced_prefix(rest, l).map(|len| (l, len)))?;
    let value = rest.get(len..)?.trim_start().strip_prefix(COLONS)?.trim_start();
    Some((label, s.len() - value.len()))
}

/// The length of the date or document number that `rest` (the last cell's value) opens with.
fn last_value_len(rest: &str) -> Option<usize> {
    date_at(rest).map(|(_, len)| len).or_else(|| doc_number_at(rest).map(|(_, len)| len))
}
