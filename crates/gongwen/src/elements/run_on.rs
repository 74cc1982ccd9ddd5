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
//! ([`signature`]: `…请遵照执行。某某大学2023年6月12日某某大学研究生学籍管理规定第一章…`),
//! a 附件说明 of one attachment before it running into it; or, where none stands before the
//! first outline unit, the first after a sentence end that closes the text
//! ([`closing_signature`]: the end, a 附注 of distribution, a site's remark, an enclosed
//! attachment's label). The words before the date must end as a body's name does.

use super::colophon::{is_printed_line, opens_cc};
use super::date::date_at;
use super::glued_title::{
    MAX_AGENCY_CODE_CHARS, MAX_TITLE_CHARS, first_doc_number, glued_title, is_order_number, short_bracket,
    type_word_ends,
};
use super::head::{is_issuer_mark, is_recipients};
use super::number::doc_number_at;
use super::signature::{clean_name, entity_len, issuer_names, note_text, trim_gap_end, without_entities};
use super::{Page, is_site_remark, split_names, squash};
use crate::lexicon::elements::{
    ATTACHMENT_LABEL, IN_ATTACHMENT, ISSUER_ENDINGS, NOTE_OPENER, PLACE_SUFFIXES, POST_ENDINGS,
};
use crate::lexicon::punct::COLONS;
use crate::lexicon::punct::{BOOK_TITLE_OPEN, book_title};
use crate::lexicon::titles::ABOUT;
use crate::lexicon::titles::type_word_ends_within;

/// How far after a title, in characters, a second title may end before its document number
/// (a statute's head note may stand between them).
const MAX_SECOND_TITLE_CHARS: usize = 150;
use crate::model::{AttachmentName, Date, DocNumber, Element, ElementKind, ElementValue};
use crate::numeral::is_cn_numeral_char;
use crate::text::Span;
use crate::text::chars::{is_cjk_ideograph, is_space};

/// The longest 主送 of a one-line text, in characters.
const MAX_RUN_ON_RECIPIENTS_CHARS: usize = 120;

/// Reads the head of a text whose only non-blank line is line `i` into `out`.
pub(super) fn read(page: &Page<'_>, i: usize, out: &mut Vec<Element>) {
    let (s, e) = page.content(i);
    let Some(line) = page.text.get(s..e) else { return };
    // A site's metadata table may open the text: the document follows it, and its cells state
    // the elements the document does not print.
    let (skip, cells) = super::metadata::run_on_table(line, s);
    let (s, line) = (s + skip, line.get(skip..).unwrap_or(""));
    read_document(page, (s, e), line, out);
    for cell in cells {
        if !out.iter().any(|el| el.kind == cell.kind) {
            out.push(cell);
        }
    }
}

/// Reads the head and signature of the one-line text `line`, the content `s..e` of its line
/// (or its part after a metadata table).
fn read_document(page: &Page<'_>, (s, e): (usize, usize), line: &str, out: &mut Vec<Element>) {
    let span = |from: usize, len: usize| Span::from_usize(s + from, s + from + len);
    let Some((a, b)) = glued_title(line) else {
        match order_head(line) {
            // An order (令) opens with its name and number and no title: its signature follows.
            Some(head) => signed_body(page, (s, e), line, head, None, out),
            // A copy that left the title out (a site prints it apart, above the text) still
            // closes with the signature: only one that closes the text is read.
            None => {
                let found = closing_signature(line, 0, 0, None)
                    .map(|(k, note, sig)| (note.map(|(at, len, names)| (at + k, len, names)), shifted(sig, k)));
                push_signature(found, (s, 0), out);
            }
        }
        return;
    };
    // A document number before the title (after the issuer mark) …
    if let Some((k, number, len)) = line.get(..a).and_then(first_doc_number) {
        if let Some((m, mark)) = issuer_mark_before(line.get(..k).unwrap_or("")) {
            out.push(Element::new(ElementKind::IssuerMark, span(m, mark.len()), ElementValue::Text(squash(mark))));
        }
        out.push(Element::new(ElementKind::DocNumber, span(k, len), ElementValue::DocNumber(number)));
    }
    let mut after = b + padding(line, b);
    // … or after it, or after a second title (a site's heading above the document's own:
    // `…行动计划（2023—2025年）上海市人民政府办公厅关于印发《…》的通知沪府办发〔2023〕19号各区…`).
    let numbered = number_after_title(line, after);
    let after_number = numbered.is_some();
    if let Some((k, number, len)) = numbered {
        out.push(Element::new(ElementKind::DocNumber, span(k, len), ElementValue::DocNumber(number)));
        after = k + len;
        after += padding(line, after);
    }
    // A reply's head note may run on from its title or number before the 主送 (`…的批复法释〔2021〕11号
    // 2021年5月31日 …会议通过2021年6月3日 施行上海市高级人民法院：你院…`): then the names are ideographs
    // only, or start with `各`.
    let follows = if after_number { Follows::Number } else { Follows::Title };
    let addressed = line.get(after..).and_then(|r| recipients(r, follows)).map(|r| (after, r)).or_else(|| {
        let k = after + super::statute::run_on_note_end(line.get(after..)?)?;
        line.get(k..).and_then(|r| recipients(r, Follows::Note)).map(|r| (k, r))
    });
    if let Some((k, (names, len))) = addressed {
        out.push(Element::new(ElementKind::Recipients, span(k, len), ElementValue::Names(split_names(names))));
        after = k + len;
    }
    // The issuer a title names before its `关于` (`某某市人民政府办公室关于印发…的通知`).
    let issuer = line.get(a..b).and_then(|t| t.find(ABOUT).and_then(|k| t.get(..k)));
    signed_body(page, (s, e), line, after, issuer, out);
}

/// The issuer mark (发文机关标志) in the words `before` a one-line text's document number, after a
/// page number (`- 1 -上海财经大学文件 上财行规﹝2024﹞1 号…`): from their first ideograph to their end,
/// when it reads as a mark line does ([`is_issuer_mark`]). Where it starts, and the mark.
fn issuer_mark_before(before: &str) -> Option<(usize, &str)> {
    let m = before.find(is_cjk_ideograph)?;
    let mark = before.get(m..)?.trim_end_matches(is_space);
    is_issuer_mark(mark).then_some((m, mark))
}

/// Reads the signature of a one-line text `line`/// Reads the signature of a one-line text `line` (the content `s..e` of its line) whose head
/// ends at byte `after`; `issuer` is the issuer its title names. The signature stands before
/// the first outline unit after the head (an enclosed document's `第一章`) or closes the text.
fn signed_body(
    page: &Page<'_>,
    (s, e): (usize, usize),
    line: &str,
    after: usize,
    issuer: Option<&str>,
    out: &mut Vec<Element>,
) {
    let limit = page.nodes.iter().map(|n| n.marker.start as usize).find(|&m| m > s + after).map_or(e, |m| m.min(e));
    let full = line.get(after..).unwrap_or("");
    let found = line.get(after..limit - s).and_then(|body| signature(body, full, issuer)).or_else(|| {
        let from = (limit - s).min(line.len());
        closing_signature(line, after, from, issuer)
            .map(|(k, note, sig)| (note.map(|(at, len, names)| (at + k - after, len, names)), shifted(sig, k - after)))
            .or_else(|| final_signature(full, issuer).map(|sig| (None, sig)))
    });
    let found = found.map(|(note, mut sig)| {
        sig.issuer = sig.issuer.map(|(k, len, names)| (k, len, split_at_title_issuers(names, issuer)));
        (note, sig)
    });
    push_signature(found, (s, after), out);
}

/// Pushes a one-line text's signature found in its text from byte `after` of its line (which
/// starts at byte `s`): the 附件说明 that runs into it, the issuer, the date and the 附注.
fn push_signature(
    found: Option<(Option<AttachmentNote>, Signature)>,
    (s, after): (usize, usize),
    out: &mut Vec<Element>,
) {
    let span = |from: usize, len: usize| Span::from_usize(s + from, s + from + len);
    let Some((note, sig)) = found else { return };
    if let Some((k, len, names)) = note {
        out.push(Element::new(ElementKind::Attachments, span(after + k, len), ElementValue::Attachments(names)));
    }
    if let Some((k, len, names)) = sig.issuer {
        out.push(Element::new(ElementKind::Issuer, span(after + k, len), ElementValue::Names(names)));
    }
    let (k, len) = sig.date_at;
    out.push(Element::new(ElementKind::Date, span(after + k, len), ElementValue::Date(sig.date)));
    if let Some((k, len, text)) = sig.note {
        out.push(Element::new(ElementKind::Note, span(after + k, len), ElementValue::Text(text)));
    }
}

/// The issuers of a one-line text's signature, a name that ran on into the next split at the
/// issuers its title names before `关于` (`issuer`): a joint notice titled `教育部　财政部
/// 人力资源社会保障部关于…` whose signature lines `教育部　　财政部` and `人力资源社会保障部` ran
/// together (GB/T 9704 §7.3.5.2, 联合行文). A name that is two or more of those issuers in a row,
/// nothing else, becomes them; any other name stays as it is.
fn split_at_title_issuers(names: Vec<String>, issuer: Option<&str>) -> Vec<String> {
    let named = issuer.map(issuer_names).unwrap_or_default();
    if named.len() < 2 {
        return names;
    }
    names.into_iter().flat_map(|name| split_into_named(&name, &named).unwrap_or_else(|| vec![name])).collect()
}

/// `name` as two or more of the `named` issuers in a row, the longest first at each place; none
/// when another word stands in it.
fn split_into_named(name: &str, named: &[String]) -> Option<Vec<String>> {
    let mut pieces = Vec::new();
    let mut rest = name;
    while !rest.is_empty() {
        let next = named.iter().filter(|n| !n.is_empty() && rest.starts_with(n.as_str())).max_by_key(|n| n.len())?;
        pieces.push(next.clone());
        rest = rest.get(next.len()..)?;
    }
    (pieces.len() >= 2).then_some(pieces)
}

/// The signature at the very end of `body` (a one-line text's words after its head) after
/// white space or a sentence end, with a date that may print no day (`…县教育局 某某县人民政府
/// 2024年3月`: the signature under a table whose cells ran into it). The issuer is the issuer
/// the title names (`issuer`) where the words before the date end with it; else the last word
/// before the date when it names a body and the word before it does not (a table's last
/// cell may name a body too: then no signature is read). No date may stand in the
/// [`MAX_FINAL_TABLE_CHARS`] characters before it (a table's deadline column).
fn final_signature(body: &str, issuer: Option<&str>) -> Option<Signature> {
    let t = body.trim_end_matches(is_space);
    let from = t.char_indices().rev().nth(MAX_FINAL_DATE_CHARS).map_or(0, |(k, _)| k);
    let (k, date, len) = t.get(from..)?.char_indices().find_map(|(i, _)| {
        let rest = t.get(from + i..)?;
        let (date, len) = date_at(rest)?;
        (len == rest.len()).then_some((from + i, date, len))
    })?;
    let before = trim_gap_end(t.get(..k)?);
    let name = match issuer.filter(|h| !h.is_empty() && before.ends_with(h)) {
        Some(h) => h,
        None => {
            let apart = |c: char| is_space(c) || matches!(c, '。' | '！' | '？');
            let last = before.rsplit(apart).next()?;
            let prev = before.get(..before.len() - last.len())?.trim_end_matches(is_space);
            let prev_word = prev.rsplit(apart).next().unwrap_or("");
            let named = names_a_body(last) && last.chars().all(is_cjk_ideograph);
            (named && !names_a_body(prev_word)).then_some(last)?
        }
    };
    let start = before.len() - name.len();
    // The issuer stands apart: after white space, a sentence end or nothing.
    let lead = t.get(..start)?;
    if !(lead.is_empty() || lead.ends_with(is_space) || lead.ends_with(['。', '！', '？'])) {
        return None;
    }
    // A table whose last column is a deadline (`县交通局 2024年3月` in each row) ends in a body
    // and a date too: dates in the words right before mark a column, not a signature.
    let near = lead.char_indices().rev().nth(MAX_FINAL_TABLE_CHARS).map_or(lead, |(k, _)| lead.get(k..).unwrap_or(""));
    if near.char_indices().any(|(i, c)| c.is_ascii_digit() && near.get(i..).and_then(date_at).is_some()) {
        return None;
    }
    let names: Vec<String> = issuer_names(name);
    Some(Signature { issuer: Some((start, name.len(), names)), date_at: (k, len), date, note: None })
}

/// How far before a closing signature, in characters, no other date may stand.
const MAX_FINAL_TABLE_CHARS: usize = 200;

/// The most characters a date closing a one-line text takes (`二〇二四年十二月三十一日`).
const MAX_FINAL_DATE_CHARS: usize = 16;

/// The head of an order (令, GB/T 9704 §10.2) whose line breaks were lost: its name ending in
/// `令` and its order number (`中华人民共和国国务院令第777号《…条例》已经…通过，现予公布…`), which no
/// type word ends. Where the head ends (white space after it passed).
fn order_head(line: &str) -> Option<usize> {
    let (k, _) = line.char_indices().take(MAX_ORDER_NAME_CHARS).find(|&(_, c)| c == ORDER_WORD)?;
    let name = line.get(..k)?;
    if name.chars().filter(|&c| is_cjk_ideograph(c)).nth(1).is_none() || !name.chars().all(is_cjk_ideograph) {
        return None;
    }
    let from = k + ORDER_WORD.len_utf8();
    let rest = line.get(from..)?;
    let number = rest.trim_start_matches(is_space);
    let end = number.find(ORDER_NUMBER_END)? + ORDER_NUMBER_END.len();
    if !is_order_number(number.get(..end)?) {
        return None;
    }
    let head = from + (rest.len() - number.len()) + end;
    Some(head + padding(line, head))
}

/// The title of an order (令) whose line breaks were lost: the regulation it promulgates, named in
/// a book title right after the order's head (`中华人民共和国国务院令第706号《专利代理条例》已经…公布，
/// 自2019年3月1日起施行。`) and printed again after the order's sentence, under its signature
/// (`…总理　李克强2018年11月6日专利代理条例（1991年3月4日…）第一章…`): where it is printed there, not as
/// a book title, within [`MAX_NOTICE_CHARS`] of the head. Byte offsets in `line`.
pub(crate) fn order_title(line: &str) -> Option<(usize, usize)> {
    let head = order_head(line)?;
    let rest = line.get(head..)?;
    if !rest.starts_with(BOOK_TITLE_OPEN) {
        return None;
    }
    let name = book_title(rest).filter(|n| !n.is_empty() && n.chars().count() <= MAX_TITLE_CHARS)?;
    let window = rest.get(..rest.char_indices().nth(MAX_NOTICE_CHARS).map_or(rest.len(), |(i, _)| i))?;
    let sentence = window.find('。')?;
    let printed = window.get(sentence..)?.match_indices(name).map(|(k, _)| sentence + k).find(|&k| {
        let before = window.get(..k).and_then(|b| b.chars().next_back());
        !before.is_some_and(|c| BOOK_TITLE_OPEN.contains(&c))
    })?;
    Some((head + printed, head + printed + name.len()))
}

/// The word that ends an order's name (`中华人民共和国国务院令第731号`, which revised the 国家科学技术奖励条例
/// in 2020, bench lawref:3109f8a4ac85; `中华人民共和国主席令`).
const ORDER_WORD: char = '令';
/// The end of an order number (`第777号`).
const ORDER_NUMBER_END: &str = "号";
/// The longest name of an order, in characters (`中华人民共和国生态环境部令`).
const MAX_ORDER_NAME_CHARS: usize = 24;

/// A 附件说明 read in a text of one line: its start, length and the attachments' names.
type AttachmentNote = (usize, usize, Vec<AttachmentName>);

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
///
/// A 附件说明 may stand between the sentence end and the issuers, its name running on into
/// them: the name ends at a type word ([`crate::lexicon::titles::TITLE_ENDINGS`]) that a signature follows
/// (`…请认真组织实施。附件：某某市数据资源共享管理办法某某市数据局2024年9月3日…`). The
/// signature, and the attachment's start, length and name when one stands before it. The
/// 附件说明 is read in `full` (the text from `body`'s start to the end): its numbered names
/// (`1.` `2.`) may be read as outline units that end `body`.
fn signature(body: &str, full: &str, issuer: Option<&str>) -> Option<(Option<AttachmentNote>, Signature)> {
    let ends = body.char_indices().take(MAX_NOTICE_CHARS).filter(|&(_, c)| matches!(c, '。' | '！'));
    ends.filter_map(|(i, c)| {
        let from = i + c.len_utf8();
        signature_after(body, from).map(|sig| (None, sig)).or_else(|| attachment_then_signature(full, from, issuer))
    })
    .next()
}

/// The signature of a one-line text found after its first outline unit (byte `from` of
/// `line`; the head ends at byte `head`; `issuer` is the one its title names), with the
/// 附件说明 that runs into it ([`attachment_then_signature`]): the first after a sentence end (`。！？`, or a
/// bracketed remark that follows one: `。（某某部等负责）`) that closes the text — the end, an
/// enclosed attachment's label, a page mark or a 附注 of distribution (`（此件公开发布）`) or a
/// site's remark after the date ([`End::Closing`]). Where the signature's text starts, and
/// the 附件说明 and the signature, their offsets from there.
fn closing_signature(
    line: &str,
    head: usize,
    from: usize,
    issuer: Option<&str>,
) -> Option<(usize, Option<AttachmentNote>, Signature)> {
    // Dates after an enclosed attachment's label (`附件1关于…的报告`) are the attachment's.
    let rest = line.get(from..)?;
    let rest = rest.get(..enclosed_label(rest).unwrap_or(rest.len()))?;
    rest.char_indices()
        .filter(|&(i, c)| match c {
            '。' | '！' | '？' => true,
            '）' => line.get(head..from + i).is_some_and(closes_remark),
            _ => false,
        })
        .find_map(|(i, c)| {
            let at = from + i + c.len_utf8();
            let rest = line.get(at..)?;
            signature_ending(rest, 0, End::Closing)
                .map(|sig| (at, None, sig))
                .or_else(|| attachment_then_signature(rest, 0, issuer).map(|(note, sig)| (at, note, sig)))
        })
}

/// Where the first enclosed attachment's label stands in `s`: after a date, a bracket, a
/// sentence end or white space (not `见附件`), `附件`, a number or none, and no colon after
/// them (a 附件说明 is `附件：…`, `附件1：…`) nor a word that goes on with a sentence about the
/// attachment ([`IN_ATTACHMENT`]: `附件2中…`).
fn enclosed_label(s: &str) -> Option<usize> {
    s.match_indices(ATTACHMENT_LABEL).map(|(k, _)| k).find(|&k| {
        let before = s.get(..k).and_then(|b| b.chars().next_back());
        if !before.is_some_and(|c| is_space(c) || matches!(c, '日' | '）' | ')' | '。')) {
            return false;
        }
        let after = s.get(k + ATTACHMENT_LABEL.len()..).unwrap_or("");
        let number = after.chars().take_while(|c| c.is_ascii_digit() || is_cn_numeral_char(*c)).count();
        // `附件2中…`, `附件1的…`: a sentence about an attachment goes on.
        !after.chars().nth(number).is_some_and(|c| COLONS.contains(&c) || IN_ATTACHMENT.contains(&c))
    })
}

/// True when `before` (the text before a `）`) ends with a bracket opened right after a
/// sentence end: a remark that closes a paragraph (`。（发展改革委等负责）`).
fn closes_remark(before: &str) -> bool {
    let Some(open) = before.char_indices().rev().take(MAX_NOTE_RUN_CHARS).find(|&(_, c)| matches!(c, '（' | '('))
    else {
        return false;
    };
    before.get(..open.0).is_some_and(|b| b.ends_with(['。', '！', '？']))
}

/// `sig` with its offsets moved on by `by` bytes.
fn shifted(mut sig: Signature, by: usize) -> Signature {
    if let Some(issuer) = sig.issuer.as_mut() {
        issuer.0 += by;
    }
    sig.date_at.0 += by;
    if let Some(note) = sig.note.as_mut() {
        note.0 += by;
    }
    sig
}

/// A 附件说明 (`附件：NAME`, or numbered names `附件：1.NAME2.NAME`) at byte `from` of `body`
/// (white space before it passed), its last name running on into a signature
/// ([`signature_after`]): the 附件说明's start, length and names, and the signature. The last
/// name ends at the first type word that a signature follows; a name that no signature follows
/// is none. Numbered names follow one another `1.` `2.` … with the same mark.
fn attachment_then_signature(
    body: &str,
    from: usize,
    issuer: Option<&str>,
) -> Option<(Option<AttachmentNote>, Signature)> {
    let start = from + padding(body, from);
    let rest = body.get(start..)?;
    let label = rest.strip_prefix(ATTACHMENT_LABEL)?.strip_prefix(COLONS)?;
    let name_at = rest.len() - label.len();
    let (mut names, last_at, numbered) = numbered_names(label);
    let last = label.get(last_at..)?;
    let (k, sig) = name_ends(last, issuer).into_iter().find_map(|(k, spaced)| {
        let sig = signature_after(body, start + name_at + last_at + k)?;
        // The issuers are read as names: a name that ran on into words is no 附件说明.
        let (at, len, _) = sig.issuer.as_ref()?;
        // After white space, the words up to the next white space are an issuer (`…样图 某某局
        // 2024年…`), not the name's last words (`…项目 标志样图 某某局 2024年…`).
        let words = body.get(*at..at + len)?;
        let first = words.split(is_space).next().unwrap_or("");
        let issuer_first = !overruns_issuer(words, issuer);
        (issuer_first && (!spaced || names_a_body(first) || POST_ENDINGS.iter().any(|p| first.ends_with(p))))
            .then_some((k, sig))
    })?;
    // The name ends before the white space that parts it from the issuer.
    let k = last.get(..k)?.trim_end_matches(is_space).len();
    let number = u32::try_from(names.len() + 1).ok().filter(|_| numbered);
    names.push(AttachmentName::new(number, clean_name(last.get(..k)?)));
    let named = names.iter().all(|n| !n.name.is_empty());
    named.then(|| (Some((start, name_at + last_at + k, names)), sig))
}

/// True when a run-on signature's issuer `words` are the issuer the title names (`issuer`) after
/// words that name no body: the end of an attachment's name cut at an earlier type word
/// (`…违规行为处理办法实施细则省教育厅2024年3月15日` under `省教育厅关于…的通知`: `办法` ends no name
/// there, `实施细则` is no issuer).
fn overruns_issuer(words: &str, issuer: Option<&str>) -> bool {
    let Some(named) = issuer.map(squash).filter(|i| !i.is_empty()) else { return false };
    squash(words).strip_suffix(named.as_str()).is_some_and(|before| !before.is_empty() && !names_a_body(before))
}

/// Where the last name of a one-line 附件说明 may end in `last` (the text from its start),
/// in the order they are tried: after a type word ([`type_word_ends`]: `…管理办法`); where the
/// notice's issuer, as its title names it (`issuer`), starts (`…标志样图某某市人民政府办公室2024年…`
/// under `某某市人民政府办公室关于印发…的通知`); at white space, within [`MAX_RUN_ON_NAME_CHARS`]
/// characters (`…样图 某某市人民政府办公室 2024年…`: true, an issuer must follow).
fn name_ends(last: &str, issuer: Option<&str>) -> Vec<(usize, bool)> {
    let window = last.char_indices().nth(MAX_RUN_ON_NAME_CHARS).map_or(last, |(k, _)| last.get(..k).unwrap_or(last));
    let mut ends: Vec<(usize, bool)> = type_word_ends(last).into_iter().map(|k| (k, false)).collect();
    if let Some(issuer) = issuer.filter(|i| !i.is_empty()) {
        ends.extend(window.match_indices(issuer).map(|(k, _)| (k, false)).filter(|&(k, _)| k > 0));
    }
    ends.extend(window.char_indices().filter(|&(k, c)| k > 0 && is_space(c)).map(|(k, _)| (k, true)));
    ends
}

/// The longest last name of a one-line 附件说明 that does not end in a type word, in characters.
const MAX_RUN_ON_NAME_CHARS: usize = 60;

/// The numbered names at the start of `s` (`1.甲方案2.乙意见3.`) but the last, and where the
/// last name starts, and whether the names are numbered; no names, 0 and false when `s` opens
/// with no `1.` `1．` `1、`.
fn numbered_names(s: &str) -> (Vec<AttachmentName>, usize, bool) {
    let Some(mark) = s.strip_prefix('1').and_then(|r| r.chars().next()).filter(|c| ITEM_MARKS.contains(c)) else {
        return (Vec::new(), 0, false);
    };
    let mut names = Vec::new();
    let mut at = 1 + mark.len_utf8();
    while names.len() < MAX_RUN_ON_ATTACHMENTS {
        let next = format!("{}{mark}", names.len() + 2);
        let window = s.get(at..).map(window).unwrap_or("");
        let Some(k) = window.find(&next) else { break };
        let name = clean_name(window.get(..k).unwrap_or(""));
        names.push(AttachmentName::new(u32::try_from(names.len() + 1).ok(), name));
        at += k + next.len();
    }
    (names, at, true)
}

/// The marks after an attachment's number in a 附件说明 (`1.`, `1．`, `1、`).
const ITEM_MARKS: [char; 3] = ['.', '．', '、'];

/// The most numbered attachments read in a 附件说明 run into the text.
const MAX_RUN_ON_ATTACHMENTS: usize = 16;

/// The signature right after a sentence end at byte `from` of `body`, if one is there.
pub(super) fn signature_after(body: &str, from: usize) -> Option<Signature> {
    signature_ending(body, from, End::Loose)
}

/// What may follow a run-on signature's date.
#[derive(Clone, Copy)]
enum End {
    /// What follows a transmitting notice's signature ([`ends_signature`]): also an enclosed
    /// document's title.
    Loose,
    /// What follows the signature that closes a text ([`closes_text`]).
    Closing,
}

/// The signature right after byte `from` of `body` that `end` allows to end there.
fn signature_ending(body: &str, from: usize, end_as: End) -> Option<Signature> {
    let start = from + padding(body, from);
    let rest = body.get(start..)?;
    let run = issuer_run_len(rest);
    // The date starts inside the run (`二〇二四年四月二十日`) or right after it (`2024年`).
    let bounds = rest.get(..run)?.char_indices().map(|(k, _)| k).chain([run]).skip(2);
    let (k, date, len) = bounds.filter_map(|k| date_at(rest.get(k..)?).map(|(d, len)| (k, d, len))).next()?;
    let names = trim_gap_end(rest.get(..k)?);
    let clean = without_entities(names);
    let after = k + len;
    // The 附注 may stand after white space (`…2019年1月22日 （此件公开发布）`, a copy whose line
    // breaks became spaces).
    let pad = padding(rest, after);
    let note = rest.get(after + pad..).and_then(note_after);
    let end = after + note.as_ref().map_or(0, |n| pad + n.0);
    let tail = rest.get(end..)?;
    // A 附注 of distribution right after the date (`（此件公开发布）`) shows a signature.
    let distribution = note.as_ref().is_some_and(|n| n.1.starts_with(NOTE_OPENER));
    let ends = distribution
        || closes_text(tail)
        || match end_as {
            End::Loose => ends_signature(window(tail)),
            End::Closing => false,
        };
    // A date of a month only signs where the signature closes the text (`…负责解释。某某学院2025年12月附件1…`).
    let dated = date.day.is_some() || matches!(end_as, End::Closing);
    if !dated || clean.contains('的') || !names_a_body(&clean) || !ends {
        return None;
    }
    let note = note.map(|(len, text)| (start + after + pad, len, text));
    let list: Vec<String> = issuer_names(&clean).iter().flat_map(|n| split_glued_issuers(n)).collect();
    let named = list.iter().all(|t| t.chars().count() <= MAX_ISSUER_NAME_CHARS)
        && clean.chars().filter(|&c| is_cjk_ideograph(c)).nth(1).is_some();
    let issuer = named.then_some((start, names.len(), list));
    Some(Signature { issuer, date_at: (start + k, len), date, note })
}

/// The length of the run of issuer words at the start of `rest`, at most
/// [`MAX_ISSUER_RUN_CHARS`] characters: ideographs, `〇`, white space, and the HTML entities a
/// scraped copy left between the issuer and the date (`国务院办公厅&sp;2024年3月5日`).
fn issuer_run_len(rest: &str) -> usize {
    let mut k = 0;
    for _ in 0..MAX_ISSUER_RUN_CHARS {
        let r = rest.get(k..).unwrap_or("");
        match r.chars().next() {
            Some('&') => match entity_len(r) {
                Some(len) => k += len,
                None => break,
            },
            Some(c) if is_cjk_ideograph(c) || c == '〇' || is_space(c) => k += c.len_utf8(),
            _ => break,
        }
    }
    k
}

/// True when `names` (the words before a run-on signature's date) end as an issuing body's name
/// does ([`ISSUER_ENDINGS`]: `某某市农业农村委员会`) or are a post and a name (`总理　李克强`,
/// [`POST_ENDINGS`]), not words of a sentence (`根据`).
fn names_a_body(names: &str) -> bool {
    if ISSUER_ENDINGS.iter().any(|w| names.ends_with(w)) {
        return true;
    }
    let tokens: Vec<&str> = names.split(is_space).filter(|t| !t.is_empty()).collect();
    matches!(tokens.as_slice(), [post, _] if POST_ENDINGS.iter().any(|p| post.ends_with(p)))
}

/// The names of bodies whose signature lines ran together (`某某市财政局某某市教育局`): split
/// before each place name that opens the first name again (its first characters up to a
/// [`PLACE_SUFFIXES`] character: `某某市`), each name keeping more than the place. One name
/// (`某某市人民政府办公厅`), or names that do not open with the same place, stay whole.
pub(super) fn split_glued_issuers(name: &str) -> Vec<String> {
    let whole = || vec![name.to_owned()];
    let Some(place) = opening_place(name) else { return whole() };
    let starts: Vec<usize> = name.match_indices(place).map(|(k, _)| k).collect();
    let bounds: Vec<usize> = starts.iter().copied().chain([name.len()]).collect();
    let pieces: Vec<&str> = bounds.iter().zip(bounds.iter().skip(1)).filter_map(|(&a, &b)| name.get(a..b)).collect();
    if starts.first() != Some(&0) || pieces.len() < 2 || pieces.iter().any(|p| p.len() <= place.len() + 3) {
        return whole();
    }
    pieces.into_iter().map(str::to_owned).collect()
}

/// The longest place name that opens an issuer's name, in characters (`内蒙古自治区`).
const MAX_PLACE_CHARS: usize = 6;

/// The place name that opens `name`: its first characters up to a [`PLACE_SUFFIXES`]
/// character, two at least (`某某市` of `某某市财政局`, `广东省` of `广东省碳排放管理试行办法`).
pub(crate) fn opening_place(name: &str) -> Option<&str> {
    let (k, c) = name.char_indices().take(MAX_PLACE_CHARS).find(|&(_, c)| PLACE_SUFFIXES.contains(&c))?;
    name.get(..k + c.len_utf8()).filter(|place| place.chars().count() >= 2)
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
/// sentence: nothing, white space, a page mark (`- 2 -`), an attachment label, the 抄送 line's
/// label ([`opens_cc`]) or an enclosed document's title.
fn ends_signature(after: &str) -> bool {
    match after.chars().next() {
        None => true,
        Some(c) if is_space(c) || matches!(c, '-' | '—' | '－') => true,
        Some(_) => {
            after.starts_with(ATTACHMENT_LABEL)
                || opens_cc(after)
                || glued_title(after).is_some_and(|(a, _)| a == 0)
                || opens_enclosed_title(after)
        }
    }
}

/// True when `after` (the text after a signature's date and its 附注) closes a one-line text's
/// signature: nothing, white space, a page mark, an enclosed attachment's label, the 抄送 line's
/// label ([`opens_cc`]: `…2024年3月15日抄送：…`), the 印发 line ([`is_printed_line`]) or a site's
/// remark (`（本文有删减）`). (A 附注 of distribution, [`NOTE_OPENER`], closes it too.)
fn closes_text(after: &str) -> bool {
    let Some(first) = after.chars().next() else { return true };
    if is_space(first)
        || matches!(first, '-' | '—' | '－')
        || after.starts_with(ATTACHMENT_LABEL)
        || opens_cc(after)
        || is_printed_line(after)
    {
        return true;
    }
    let bracket = window(after).char_indices().find(|&(_, c)| matches!(c, '）' | ')'));
    matches!(first, '（' | '(') && bracket.and_then(|(k, c)| after.get(..k + c.len_utf8())).is_some_and(is_site_remark)
}

/// The first characters of `s`, as many as a signature's end is read from.
fn window(s: &str) -> &str {
    s.char_indices().nth(MAX_END_WINDOW_CHARS).and_then(|(k, _)| s.get(..k)).unwrap_or(s)
}

/// How many characters after a run-on signature's date are read to see whether it ends there.
const MAX_END_WINDOW_CHARS: usize = 200;

/// True when `after` opens an enclosed document's title that its body follows with no mark
/// between them (`某某市关于加快发展智慧农业的实施意见近年来，…`): words with `关于` among their
/// first [`MAX_ABOUT_AT_CHARS`] characters up to a type word ([`crate::lexicon::titles::TITLE_ENDINGS`], outside
/// brackets, before any clause mark), then an ideograph or nothing. A clause that goes on
/// after the date (`…日召开会议，…`) has no such title.
fn opens_enclosed_title(after: &str) -> bool {
    let Some(about) = after.find(ABOUT) else { return false };
    if after.get(..about).is_none_or(|h| h.chars().count() > MAX_ABOUT_AT_CHARS || !h.chars().all(is_cjk_ideograph)) {
        return false;
    }
    type_word_ends(after)
        .into_iter()
        .filter(|&k| k > about + ABOUT.len())
        .any(|k| after.get(k..).and_then(|r| r.chars().next()).is_none_or(|c| is_cjk_ideograph(c) || is_space(c)))
}

/// How far into an enclosed title its `关于` may stand, in characters (`上海市关于…`).
const MAX_ABOUT_AT_CHARS: usize = 8;

/// How far after the head, in characters, the signature of a one-line notice may stand.
const MAX_NOTICE_CHARS: usize = 3000;
/// The longest run of issuer words and a date read after a sentence end, in characters.
const MAX_ISSUER_RUN_CHARS: usize = 80;
/// The longest issuer name of a one-line signature, in characters: a longer run with no
/// white space in it holds several names that cannot be told apart.
const MAX_ISSUER_NAME_CHARS: usize = 20;

/// A document number with a short agency code at byte `from` of `line`, or right after a
/// type word of a second title after it ([`type_word_ends`]: outside brackets, before any
/// clause mark, within [`MAX_SECOND_TITLE_CHARS`]), or after a short bracket that follows one: its
/// start, the number and its length.
fn number_after_title(line: &str, from: usize) -> Option<(usize, DocNumber, usize)> {
    let short = |k: usize| {
        // The number starts after white space and zero-width marks (`…的解释\u{200b}法释〔2023〕7号`).
        let k = k + padding(line, k);
        let (number, len) = doc_number_at(line.get(k..)?)?;
        (number.agency.chars().count() <= MAX_AGENCY_CODE_CHARS).then_some((k, number, len))
    };
    let window = line.get(from..)?;
    short(from).or_else(|| {
        // A second title's type words: outside brackets, before any clause mark (`…的解释》（法释〔2008〕5号`
        // is a citation in a sentence, and its `法` no type word).
        type_word_ends_within(window, MAX_SECOND_TITLE_CHARS).into_iter().map(|k| from + k).find_map(|k| {
            // A short bracket after the type word is the title's (`…补充规定（八） 法释〔2024〕3号`):
            // the number follows it, not the `法` of `法释`.
            let bracket = line.get(k..).and_then(short_bracket).unwrap_or(0);
            short(k).or_else(|| (bracket > 0).then(|| short(k + bracket)).flatten())
        })
    })
}

/// What the 主送 of a one-line text follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Follows {
    /// The title.
    Title,
    /// The document number.
    Number,
    /// A reply's head note (`…会议通过地方各级人民检察院、各级军事检察院：`).
    Note,
}

/// The 主送 at the start of `rest` (the text after the title, the document number or a head
/// note, as `follows` tells): the names before the colon and the length with the colon. The
/// names start with `各` or are ideographs only (`校内各单位：`); right after a document number,
/// where GB/T 9704 sets the 主送, they may also be a list (`…〔2004〕36号黑龙江省人民政府，教育部、外交部：`,
/// `…〔2005〕69号邓乃扬、韩汝琦委员：`): ideographs, list separators, brackets and white space;
/// after a head note, names parted by `、` (`…第七十四次会议通过地方各级人民检察院、各级军事检察院：`,
/// bench lawref:7088b78d1704), not a clause's `，` nor the body's first unit (`…会议通过一、将刑法第
/// 一百五十一条第三款修改为：`, an amendment).
fn recipients(rest: &str, follows: Follows) -> Option<(&str, usize)> {
    let (k, colon) =
        rest.char_indices().take(MAX_RUN_ON_RECIPIENTS_CHARS + 1).find(|&(_, c)| matches!(c, '：' | ':'))?;
    let names = rest.get(..k)?;
    let list = |c: char| is_cjk_ideograph(c) || is_space(c) || matches!(c, '、' | '，' | '（' | '）');
    let listed = names.starts_with('各')
        || names.chars().all(is_cjk_ideograph)
        || match follows {
            Follows::Title => false,
            Follows::Number => names.chars().all(list),
            Follows::Note => {
                names.chars().all(|c| is_cjk_ideograph(c) || c == '、')
                    && crate::marker::parse_marker(names, 0).is_none()
            }
        };
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
    fn glued_issuers_split_at_the_issuers_the_title_names() {
        let title = Some("教育部 财政部 人力资源社会保障部");
        let signed = vec!["教育部".to_owned(), "财政部人力资源社会保障部".to_owned()];
        assert_eq!(split_at_title_issuers(signed, title), ["教育部", "财政部", "人力资源社会保障部"]);
        let other = vec!["财政部办公厅".to_owned()];
        assert_eq!(split_at_title_issuers(other.clone(), title), other, "another word stands in it");
        assert_eq!(split_at_title_issuers(other.clone(), Some("财政部")), other, "one issuer named");
    }

    #[test]
    fn glued_issuers_split_where_their_place_starts_again() {
        assert_eq!(split_glued_issuers("杭州市财政局杭州市教育局"), ["杭州市财政局", "杭州市教育局"]);
        assert_eq!(split_glued_issuers("杭州市人民政府办公厅"), ["杭州市人民政府办公厅"]);
        assert_eq!(split_glued_issuers("教育部财政部"), ["教育部财政部"], "no place to split at");
        assert_eq!(split_glued_issuers("杭州市杭州市"), ["杭州市杭州市"], "a piece is more than its place");
    }

    #[test]
    fn a_body_ends_in_an_organisation_word() {
        assert!(names_a_body("浙江省农业农村厅"));
        assert!(names_a_body("总理　李克强"));
        assert!(!names_a_body("根据"));
    }

    #[test]
    fn enclosed_labels_are_no_attachment_notes() {
        assert_eq!(enclosed_label("二〇〇四年十一月四日附件1关于"), Some("二〇〇四年十一月四日".len()));
        assert_eq!(enclosed_label("附件：1.报告"), None);
        assert_eq!(enclosed_label("详见附件。"), None);
    }

    #[test]
    fn recipients_after_a_title() {
        assert_eq!(recipients("校内各单位：《办法》已经", Follows::Title).map(|r| r.0), Some("校内各单位"));
        assert_eq!(
            recipients("各区人民政府，市政府各委、办、局：现将", Follows::Title).map(|r| r.0),
            Some("各区人民政府，市政府各委、办、局")
        );
        assert_eq!(
            recipients("黑龙江省人民政府，教育部、外交部：你们的请示收悉", Follows::Number).map(|r| r.0),
            Some("黑龙江省人民政府，教育部、外交部"),
            "a list right after the document number"
        );
        assert_eq!(recipients("黑龙江省人民政府，教育部、外交部：你们的请示收悉", Follows::Title).map(|r| r.0), None);
        assert_eq!(recipients("为加强管理，现通知如下：", Follows::Number).map(|r| r.0), None, "a lead-in sentence");
        assert_eq!(
            recipients("为了加强管理，制定本办法。第一条：", Follows::Number).map(|r| r.0),
            None,
            "not a list of names"
        );
        assert_eq!(
            recipients("地方各级人民检察院、各级军事检察院：根据", Follows::Note).map(|r| r.0),
            Some("地方各级人民检察院、各级军事检察院"),
            "names parted by 、 after a head note"
        );
        assert_eq!(recipients("为加强管理，保障安全：", Follows::Note).map(|r| r.0), None, "a clause after a note");
        assert_eq!(recipients("一、将刑法第一百五十一条第三款修改为：", Follows::Note).map(|r| r.0), None, "a unit");
    }
}
