//! The head of a text whose line breaks were all lost (a page scraped as one line, a corpus
//! that flattened white space): the document number and the 主送, read around the title that
//! [`crate::title::glued_title`] finds in such a text.
//!
//! ```text
//! head := issuer-mark? doc-number? title (second-title? doc-number)? recipients? body
//!         (上海财经大学文件 上财行规﹝2024﹞45 号 关于印发…的通知 校内各单位： 《…》已经…)
//! ```
//!
//! The 主送 is the words between the title (or a document number after it) and the first
//! colon, when they start with `各` or are ideographs only (`校内各单位：`), and pass the test
//! a 主送 line passes ([`super::head::is_recipients`]).

use super::head::is_recipients;
use super::number::doc_number_at;
use super::{Page, split_names};
use crate::lexicon::titles::TITLE_ENDINGS;
use crate::model::{DocNumber, Element, ElementKind, ElementValue};
use crate::text::Span;
use crate::text::chars::{is_cjk_ideograph, is_space};
use crate::title::{MAX_AGENCY_CODE_CHARS, first_doc_number, glued_title};

/// The longest 主送 of a one-line text, in characters.
const MAX_RUN_ON_RECIPIENTS_CHARS: usize = 120;

/// Reads the head of a text whose only non-blank line is line `i` into `out`.
pub(super) fn read(page: &Page<'_>, i: usize, out: &mut Vec<Element>) {
    let (s, e) = page.content(i);
    let Some(line) = page.text.get(s..e) else { return };
    let Some((a, b)) = glued_title(line) else { return };
    let span = |from: usize, len: usize| Span::from_usize(s + from, s + from + len);
    // A document number before the title (after the issuer mark) …
    if let Some((k, number, len)) = line.get(..a).and_then(first_doc_number) {
        out.push(Element::new(ElementKind::DocNumber, span(k, len), ElementValue::DocNumber(number)));
    }
    let mut after = b + padding(line, b);
    // … or after it, or after a second title (a site's heading above the document's own:
    // `…行动计划（2023—2025年）上海市人民政府办公厅关于印发《…》的通知沪府办发〔2023〕19号各区…`).
    if let Some((k, number, len)) = number_after_title(line, after) {
        out.push(Element::new(ElementKind::DocNumber, span(k, len), ElementValue::DocNumber(number)));
        after = k + len;
        after += padding(line, after);
    }
    if let Some((names, len)) = line.get(after..).and_then(recipients) {
        out.push(Element::new(ElementKind::Recipients, span(after, len), ElementValue::Names(split_names(names))));
    }
}

/// A document number with a short agency code at byte `from` of `line`, or right after a
/// type word ([`TITLE_ENDINGS`]) within [`MAX_SECOND_TITLE_CHARS`] characters of it: its
/// start, the number and its length.
fn number_after_title(line: &str, from: usize) -> Option<(usize, DocNumber, usize)> {
    let short = |k: usize| {
        let (number, len) = doc_number_at(line.get(k..)?)?;
        (number.agency.chars().count() <= MAX_AGENCY_CODE_CHARS).then_some((k, number, len))
    };
    let window = line.get(from..)?;
    short(from).or_else(|| {
        window
            .char_indices()
            .take(MAX_SECOND_TITLE_CHARS)
            .map(|(i, c)| from + i + c.len_utf8())
            .filter(|&k| line.get(..k).is_some_and(|h| TITLE_ENDINGS.iter().any(|w| h.ends_with(w))))
            .find_map(short)
    })
}

/// How far after a title, in characters, a second title may end before its document number.
const MAX_SECOND_TITLE_CHARS: usize = 150;

/// The 主送 at the start of `rest` (the text after the title): the names before the colon
/// and the length with the colon.
fn recipients(rest: &str) -> Option<(&str, usize)> {
    let (k, colon) =
        rest.char_indices().take(MAX_RUN_ON_RECIPIENTS_CHARS + 1).find(|&(_, c)| matches!(c, '：' | ':'))?;
    let names = rest.get(..k)?;
    let listed = names.starts_with('各') || names.chars().all(is_cjk_ideograph);
    (listed && is_recipients(names)).then_some((names, k + colon.len_utf8()))
}

/// The length of the white space at byte `at` of `line`.
fn padding(line: &str, at: usize) -> usize {
    line.get(at..).map_or(0, |r| r.len() - r.trim_start_matches(is_space).len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recipients_after_a_title() {
        assert_eq!(recipients("校内各单位：《办法》已经").map(|r| r.0), Some("校内各单位"));
        assert_eq!(
            recipients("各区人民政府，市政府各委、办、局：现将").map(|r| r.0),
            Some("各区人民政府，市政府各委、办、局")
        );
        assert_eq!(recipients("为加强管理，现通知如下：").map(|r| r.0), None, "a lead-in sentence");
        assert_eq!(recipients("为了加强管理，制定本办法。第一条：").map(|r| r.0), None, "not a list of names");
    }
}
