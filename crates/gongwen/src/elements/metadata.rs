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

use super::date::whole_date;
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
    let k = line.match_indices(label).map(|(k, _)| k).find(|&k| starts_cell(line, k))?;
    let after = line.get(k + label.len()..)?.trim_start();
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
    METADATA_LABELS.iter().any(|l| line.strip_prefix(l).is_some_and(|r| r.trim_start().starts_with(COLONS)))
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
