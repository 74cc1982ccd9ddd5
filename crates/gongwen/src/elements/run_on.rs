//! The head of a text whose line breaks were all lost (a page scraped as one line, a corpus
//! that flattened white space): the document number and the 主送, read around the title that
//! [`super::glued_title`] finds in such a text.
//!
//! ```text
//! head := issuer-mark? doc-number? title (second-title? doc-number)? recipients? body
//! body := … 。 issuer? date (page-mark | enclosed-title | end) …
//!         (上海财经大学文件 上财行规﹝2024﹞45 号 关于印发…的通知 校内各单位： 《…》已经…)
//! ```
//!
//! The 主送 is the words between the title (or a document number after it) and the first
//! colon, when they start with `各` or are ideographs only (`校内各单位：`), and pass the test
//! a 主送 line passes ([`super::head::is_recipients`]). The signature is the first run of
//! issuer words and a whole date right after a sentence end that ends the sentence
//! ([`signature`]: `…请遵照执行。某某大学2023年6月12日某某大学研究生学籍管理规定第一章…`).

use super::date::date_at;
use super::glued_title::{MAX_AGENCY_CODE_CHARS, first_doc_number, glued_title};
use super::head::is_recipients;
use super::number::doc_number_at;
use super::signature::{issuer_names, note_text};
use super::{Page, split_names};
use crate::lexicon::titles::TITLE_ENDINGS;
use crate::model::{Date, DocNumber, Element, ElementKind, ElementValue};
use crate::text::Span;
use crate::text::chars::{is_cjk_ideograph, is_space};

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
        after += len;
    }
    // The signature stands before the first outline unit after the head (an enclosed
    // document's `第一章`).
    let limit = page.nodes.iter().map(|n| n.marker.start as usize).find(|&m| m > s + after).map_or(e, |m| m.min(e));
    if let Some(sig) = line.get(after..limit - s).and_then(signature) {
        if let Some((k, len, names)) = sig.issuer {
            out.push(Element::new(ElementKind::Issuer, span(after + k, len), ElementValue::Names(names)));
        }
        let (k, len) = sig.date_at;
        out.push(Element::new(ElementKind::Date, span(after + k, len), ElementValue::Date(sig.date)));
        if let Some((k, len, text)) = sig.note {
            out.push(Element::new(ElementKind::Note, span(after + k, len), ElementValue::Text(text)));
        }
    }
}

/// A signature read in a text of one line.
pub(super) struct Signature {
    /// The issuers' start, length and names, when they read as names.
    pub(super) issuer: Option<(usize, usize, Vec<String>)>,
    /// The date's start and length.
    pub(super) date_at: (usize, usize),
    /// The date.
    pub(super) date: Date,
    /// The 附注 right after the date (`（此件公开发布）`): its start, length and text.
    pub(super) note: Option<(usize, usize, String)>,
}

/// The first signature in `body` (the text after the head): after a sentence end within
/// [`MAX_NOTICE_CHARS`], issuer words (ideographs, white space between names) and a whole
/// date with its day, then nothing, white space, a page mark or an enclosed document's title
/// (`…请遵照执行。特此通知。上海市科学技术委员会2025年7月28日上海市科技专家库管理办法第一章…`).
/// A sentence that opens with a body and a date (`。市政府2023年5月6日召开常务会议，…`) goes on
/// with words of its own and is none.
fn signature(body: &str) -> Option<Signature> {
    let ends = body.char_indices().take(MAX_NOTICE_CHARS).filter(|&(_, c)| matches!(c, '。' | '！'));
    ends.filter_map(|(i, c)| signature_after(body, i + c.len_utf8())).next()
}

/// The signature right after a sentence end at byte `from` of `body`, if one is there.
pub(super) fn signature_after(body: &str, from: usize) -> Option<Signature> {
    let start = from + padding(body, from);
    let rest = body.get(start..)?;
    let run: usize = rest
        .chars()
        .take(MAX_ISSUER_RUN_CHARS)
        .take_while(|&c| is_cjk_ideograph(c) || c == '〇' || is_space(c))
        .map(char::len_utf8)
        .sum();
    // The date starts inside the run (`二〇二四年四月二十日`) or right after it (`2024年`).
    let bounds = rest.get(..run)?.char_indices().map(|(k, _)| k).chain([run]).skip(2);
    let (k, date, len) = bounds.filter_map(|k| date_at(rest.get(k..)?).map(|(d, len)| (k, d, len))).next()?;
    let names = rest.get(..k)?.trim_end_matches(is_space);
    let after = k + len;
    let note = rest.get(after..).and_then(note_after);
    let end = after + note.as_ref().map_or(0, |n| n.0);
    if date.day.is_none() || names.contains('的') || !ends_signature(rest.get(end..)?) {
        return None;
    }
    let note = note.map(|(len, text)| (start + after, len, text));
    let named = names.split(is_space).all(|t| t.chars().count() <= MAX_ISSUER_NAME_CHARS)
        && names.chars().filter(|&c| is_cjk_ideograph(c)).nth(1).is_some();
    let issuer = named.then(|| (start, names.len(), issuer_names(names)));
    Some(Signature { issuer, date_at: (start + k, len), date, note })
}

/// The 附注 that `after` (the text after a signature's date) opens with (`（此件公开发布）`,
/// GB/T 9704 §7.3.6), read as a 附注 line is ([`note_text`]): its length and text without
/// brackets and white space.
fn note_after(after: &str) -> Option<(usize, String)> {
    let close = match after.chars().next()? {
        '（' => '）',
        '(' => ')',
        _ => return None,
    };
    let len =
        after.char_indices().take(MAX_NOTE_RUN_CHARS).find(|&(_, c)| c == close).map(|(i, c)| i + c.len_utf8())?;
    let inner = note_text(after.get(..len)?)?;
    Some((len, inner.chars().filter(|c| !c.is_whitespace()).collect()))
}

/// How far a one-line text's 附注 may run after the date, in characters (its brackets too).
const MAX_NOTE_RUN_CHARS: usize = 82;

/// True when `after` (the text after a signature's date) goes on with no words of the same
/// sentence: nothing, white space, a page mark (`- 2 -`), an attachment label or an enclosed
/// document's title.
fn ends_signature(after: &str) -> bool {
    match after.chars().next() {
        None => true,
        Some(c) if is_space(c) || matches!(c, '-' | '—' | '－') => true,
        Some(_) => after.starts_with("附件") || glued_title(after).is_some_and(|(a, _)| a == 0),
    }
}

/// How far after the head, in characters, the signature of a one-line notice may stand.
const MAX_NOTICE_CHARS: usize = 3000;
/// The longest run of issuer words and a date read after a sentence end, in characters.
const MAX_ISSUER_RUN_CHARS: usize = 80;
/// The longest issuer name of a one-line signature, in characters: a longer run with no
/// white space in it holds several names that cannot be told apart.
const MAX_ISSUER_NAME_CHARS: usize = 20;

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
