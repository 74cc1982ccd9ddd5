//! The signature (GB/T 9704 §7.3.4–§7.3.6): 附件说明, 发文机关署名, 成文日期, 附注.
//!
//! The 成文日期 is the first line after the body's start that is a date and nothing else,
//! and that closes the body: issuer lines stand right above it (short lines with no
//! sentence punctuation: `国务院办公厅`, `国务院　中央军委`, `总理　　李克强`), or, where a copy
//! kept no issuer, the line above ends a sentence, the date has a day and the body does not go
//! on below it. A wrapped attachment name aligned under the name above is no issuer line. The 附件说明 is the `附件：…` block right
//! above the issuer lines (its numbered items one a line); the 附注 is a bracketed line
//! right below the date (`（此件公开发布）`). Without a signature, a `附件：…` block counts only
//! where the attachments themselves (or the end) follow it; a block right below the date is
//! read when none stands above. The issuer and the date may share a line (a line break lost
//! between them, or before them after the last sentence). Dates below an enclosed attachment's
//! head (`附件`, `附件2`) are the attachment's. A document number alone below the date is the
//! document's when its head prints none (a court's 公告 above the 法释 it publishes).

use super::date::{int_at, whole_date};
use super::head::number_line;
use super::{Page, Tail, has_sentence_end, is_site_remark, split_names, squash};
use crate::lexicon::elements::{
    ATTACHMENT_LABEL, CC_LABELS, POST_ENDINGS, PRINTED_SUFFIX, SEAL_PLACEHOLDERS, SHORT_ATTACHMENT_LABEL,
};
use crate::lexicon::punct::COLONS;
use crate::lexicon::titles::TITLE_ENDINGS;
use crate::model::{AttachmentName, Date, Element, ElementKind, ElementValue};
use crate::numeral::{arabic_digit, is_cn_numeral_char};
use crate::text::Span;
use crate::text::chars::{is_cjk_ideograph, is_space};

/// The most issuer lines one signature has (a joint document of eight bodies).
const MAX_ISSUER_LINES: usize = 8;

/// The most seal placeholder and page number lines passed between an issuer and its date.
const MAX_PASSED_LINES: usize = 2;

/// The longest issuer line, in characters.
const MAX_ISSUER_CHARS: usize = 40;

/// The most lines a 附件说明 takes.
const MAX_ATTACHMENT_LINES: usize = 16;

/// The longest 附注, in characters.
const MAX_NOTE_CHARS: usize = 80;

/// Reads the signature after line `body` into `out`.
pub(super) fn read(page: &Page<'_>, body: usize, tail: &Tail, out: &mut Vec<Element>) {
    // A date below the head of an enclosed attachment is the attachment's, not the covering
    // document's (GB/T 9704 §8: the attachment comes after the signature).
    let enclosed = tail.attachments.iter().copied().find(|&i| attachment_head(page, i)).unwrap_or(usize::MAX);
    let mut lines: Vec<usize> = tail.dates.iter().chain(&tail.signed).copied().filter(|&i| i < enclosed).collect();
    lines.sort_unstable();
    for i in lines {
        let Some((top, i)) = signature_at(page, body, i, out) else { continue };
        if let Some(block) = attachment_block_above(page, top, body).or_else(|| attachment_block_below(page, i)) {
            push_attachments(page, &block, out);
        }
        note(page, i, out);
        if !out.iter().any(|e| e.kind == ElementKind::DocNumber) {
            number_below(page, i, out);
        }
        return;
    }
    if let Some(block) = attachment_block_alone(page, &tail.attachments) {
        push_attachments(page, &block, out);
    }
}

/// The signature whose date stands on line `i`, if that line closes the body: its date and
/// issuers pushed, and its first line returned. The date is the whole line with the issuer
/// lines right above it; or, where a copy kept no issuer, the line above ends a sentence, the
/// date has a day and the body does not go on below it; or the issuer and the date share the
/// line ([`one_line`]), which closes the body.
fn signature_at(page: &Page<'_>, body: usize, i: usize, out: &mut Vec<Element>) -> Option<(usize, usize)> {
    let t = page.line_text(i);
    if let Some((date, last)) = whole_date(t).map(|d| (d, i)).or_else(|| wrapped_date(page, i)) {
        let issuers = issuer_lines(page, i);
        let top = issuers.first().copied().unwrap_or(i);
        if issuers.is_empty() && !(date.day.is_some() && closes_body(page, top, body) && ends_body(page, last)) {
            return None;
        }
        out.push(Element::new(ElementKind::Date, page.span(i).cover(page.span(last)), ElementValue::Date(date)));
        if let (Some(&first), Some(&end)) = (issuers.first(), issuers.last()) {
            let span = Span::new(page.span(first).start, names_span(page, end).end);
            out.push(Element::new(ElementKind::Issuer, span, ElementValue::Names(signed_names(page, &issuers))));
        }
        return Some((top, last));
    }
    let (names, date_from, date) = match one_line(t) {
        Some((end, from, date)) => {
            let closes = closes_body(page, i, body) || attachment_block_above(page, i, body).is_some();
            if !closes || page.opens_node(i) {
                return None;
            }
            ((0, end), from, date)
        }
        None => glued_to_the_body(t)?,
    };
    if date.day.is_none() || !ends_body(page, i) {
        return None;
    }
    let (s, e) = page.content(i);
    out.push(Element::new(ElementKind::Date, Span::from_usize(s + date_from, e), ElementValue::Date(date)));
    let value = issuer_names(&without_entities(t.get(names.0..names.1).unwrap_or("")));
    out.push(Element::new(ElementKind::Issuer, Span::from_usize(s + names.0, s + names.1), ElementValue::Names(value)));
    Some((i, i))
}

/// The span of issuer line `i` without the white space and HTML entities a scraped copy left
/// at its end (`国务院办公厅         &sp;`: `国务院办公厅`).
fn names_span(page: &Page<'_>, i: usize) -> Span {
    let (s, _) = page.content(i);
    Span::from_usize(s, s + trim_gap_end(page.line_text(i)).len())
}

/// The issuer and the date that end a body line after its last sentence end, the line break
/// before the signature lost (`…请认真贯彻落实。石家庄市人民政府办公室 2024年2月20日`), read as a
/// one-line text's signature is ([`super::run_on::signature_after`]): the issuer's start and
/// end, the date's start, and the date.
fn glued_to_the_body(line: &str) -> Option<((usize, usize), usize, Date)> {
    let end = line.rfind(['。', '！'])?;
    let from = end + line.get(end..)?.chars().next()?.len_utf8();
    let sig = super::run_on::signature_after(line, from)?;
    let (start, len, _) = sig.issuer?;
    let (date_from, date_len) = sig.date_at;
    let names = line.get(start..start + len)?;
    (date_from + date_len == line.len() && is_issuer_text(names)).then_some(((start, start + len), date_from, sig.date))
}

/// The longest signature printed on one line, in characters (issuers and a date).
const MAX_ONE_LINE_CHARS: usize = MAX_ISSUER_CHARS + 20;

/// A signature printed on one line, the issuer and the date side by side with white space
/// between them (`石家庄市交通运输局　　2024年1月20日`: a right-aligned signature block whose line
/// break a web copy lost): where the issuer text ends, where the date starts, and the date.
fn one_line(line: &str) -> Option<(usize, usize, Date)> {
    if line.chars().nth(MAX_ONE_LINE_CHARS).is_some() {
        return None;
    }
    // The gaps: white space, or an HTML entity a scraped copy left (`某某县人民政府&sp;&sp;2024年3月5日`).
    let gaps = line.char_indices().filter_map(|(k, c)| match c {
        '&' => entity_len(line.get(k..)?).map(|len| (k, k + len)),
        _ => c.is_whitespace().then_some((k, k + c.len_utf8())),
    });
    let (end, from, date) = gaps.into_iter().find_map(|(k, from)| {
        let rest = line.get(from..)?;
        if rest.starts_with(char::is_whitespace) || entity_len(rest).is_some() {
            return None;
        }
        Some((trim_gap_end(line.get(..k)?).len(), from, whole_date(rest)?))
    })?;
    is_issuer_text(line.get(..end)?).then_some((end, from, date))
}

/// True when `line` is an issuer and a date side by side ([`one_line`]): a signature on one line,
/// or the head line of a 纪要 or 简报 under its name and number (`市人民政府办公室　　　　2024年6月3日`).
pub(crate) fn is_issuer_and_date(line: &str) -> bool {
    one_line(line).is_some()
}

/// True when line `i` heads an enclosed attachment: `附件`, `附件2`, `附件 二` alone on its line
/// over the attachment's title (GB/T 9704 §8), not a 附件说明 whose numbered names follow on
/// the next lines (`附件` / `1.某某方案`), nor a label over a list or a sentence.
fn attachment_head(page: &Page<'_>, i: usize) -> bool {
    let Some(rest) = page.line_text(i).strip_prefix(ATTACHMENT_LABEL) else { return false };
    let number = squash(rest);
    number.chars().count() <= 3
        && number.chars().all(|c| arabic_digit(c).is_some() || is_cn_numeral_char(c))
        && page.next_filled(i + 1).is_some_and(|j| {
            let t = page.line_text(j);
            item(t).0.is_none() && !has_sentence_end(t) && !page.opens_node(j)
        })
}

/// True when the line above line `top` (and below the body's first line) ends the body: it
/// ends a sentence or is a `附件：…` label.
fn closes_body(page: &Page<'_>, top: usize, body: usize) -> bool {
    page.prev_filled(top).filter(|&a| a >= body).is_some_and(|a| {
        let t = page.line_text(a);
        t.ends_with(['。', '！', '？']) || label(t).is_some()
    })
}

/// True when the body does not go on after the date on line `date` (a 附注 below it passed):
/// the next line is no sentence and opens no outline unit. A date alone on a line inside the
/// body (`请于下列日期前报送材料。` / `2023年5月31日` / `二、要求`, a work plan's timeline
/// `2023年6月` / `完成调研摸底。`) is no 成文日期.
fn ends_body(page: &Page<'_>, date: usize) -> bool {
    let next = page.next_filled(after_note(page, date) + 1);
    next.is_none_or(|j| !has_sentence_end(page.line_text(j)) && !page.opens_node(j))
}

/// The date that a hard wrap broke after its year (a right-aligned signature wrapped with its
/// indent: `2024 ` / `年1 月11 日`): line `i` holds the year alone and the line right below it the
/// rest. The date and the line it ends on.
fn wrapped_date(page: &Page<'_>, i: usize) -> Option<(Date, usize)> {
    let t = page.line_text(i);
    let year = t.chars().take(MAX_YEAR_CHARS + 1).take_while(|c| !c.is_whitespace()).count();
    if year > MAX_YEAR_CHARS
        || t.chars().count() != year
        || !t.starts_with(|c: char| arabic_digit(c).is_some() || is_cn_numeral_char(c))
    {
        return None;
    }
    let next = page.line_text(i + 1);
    let date = whole_date(&[t, next].concat()).filter(|_| !next.is_empty())?;
    Some((date, i + 1))
}

/// The most characters of a year left alone on its line by a hard wrap (`2024年`).
const MAX_YEAR_CHARS: usize = 5;

/// The names of the issuer lines `lines`: a line of one ideograph is the end of the name above
/// it that a hard wrap cut off (`上海财经大` / `学`; no body's name has one character).
fn signed_names(page: &Page<'_>, lines: &[usize]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for &k in lines {
        let t = without_entities(page.line_text(k));
        match names.last_mut() {
            Some(last) if is_name_tail(&t) => last.push_str(t.trim()),
            _ => names.extend(issuer_names(&t)),
        }
    }
    names
}

/// True when `line` is one ideograph: the end of a name that a hard wrap cut off.
fn is_name_tail(line: &str) -> bool {
    let mut chars = line.trim().chars();
    chars.next().is_some_and(is_cjk_ideograph) && chars.next().is_none()
}

/// The issuer lines right above line `date` (blank lines between them passed), top first.
/// A seal placeholder alone on its line (`（印章）`) and a bare page number (`3`, a PDF page
/// break between the issuer and the date) stand between them and sign nothing: they are
/// passed over too, at most [`MAX_PASSED_LINES`] of them.
fn issuer_lines(page: &Page<'_>, date: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut passed = 0;
    let mut k = date;
    while let Some(j) = page.prev_filled(k) {
        if out.len() >= MAX_ISSUER_LINES {
            break;
        }
        // The end of a name a hard wrap cut off, right under the rest of it (`上海财经大` / `学`).
        let tail = is_name_tail(page.line_text(j)) && j.checked_sub(1).is_some_and(|a| is_issuer_line(page, a));
        if !is_issuer_line(page, j) && !tail {
            let t = page.line_text(j);
            if passed < MAX_PASSED_LINES && (is_seal_line(t) || is_bare_page_number(t)) {
                passed += 1;
                k = j;
                continue;
            }
            break;
        }
        out.push(j);
        k = j;
    }
    out.reverse();
    // GB/T 9704 §7.3.4: a wrapped attachment name is aligned with the name above it; such lines
    // continue the 附件说明 and sign nothing (`  2.某某工作` / `    实施细则` / `某某市人民政府`).
    if let Some(col) = out.first().and_then(|&t| page.prev_filled(t)).and_then(|a| name_column(page, a)) {
        let aligned = |(chars, cols): (usize, usize)| chars == col.0 || cols == col.1;
        let wrapped = out.iter().take_while(|&&t| aligned(indent(raw_line(page, t)))).count();
        out.drain(..wrapped);
    }
    out
}

/// Line `i`'s text as printed, white space at its start kept.
fn raw_line<'a>(page: &Page<'a>, i: usize) -> &'a str {
    page.lines.get(i).and_then(|l| page.text.get(l.start..l.end)).unwrap_or("").trim_end()
}

/// Where the attachment name starts on line `i`, if it is a `附件：…` label or a numbered item
/// with a name: the characters before the name, counted as characters and as columns.
fn name_column(page: &Page<'_>, i: usize) -> Option<(usize, usize)> {
    let t = page.line_text(i);
    let name = match label(t) {
        Some((_, rest)) => item(rest).1,
        None => item(t).0.map(|_| item(t).1)?,
    };
    let raw = raw_line(page, i);
    let before = raw.get(..raw.len().checked_sub(name.len())?)?;
    (!name.is_empty()).then(|| (before.chars().count(), before.chars().map(columns).sum()))
}

/// The white space at the start of `line`, counted as characters and as columns.
fn indent(line: &str) -> (usize, usize) {
    let pad = line.chars().take_while(|c| c.is_whitespace());
    (pad.clone().count(), pad.map(columns).sum())
}

/// The columns a character takes in a monospaced copy: 1 for ASCII, 2 for the rest.
fn columns(c: char) -> usize {
    if c.is_ascii() { 1 } else { 2 }
}

/// Line `i` may be an issuer line: a short name with no sentence punctuation, not a label,
/// a number, a date, a note or an outline unit.
fn is_issuer_line(page: &Page<'_>, i: usize) -> bool {
    is_issuer_text(page.line_text(i)) && !page.opens_node(i)
}

/// `line` may be a line of issuers: a short name with no sentence punctuation, not a label,
/// a number, a date, a note or the end of a title (a type word: `…组` / `建方案`, an attachment's
/// name that a hard wrap broke above the signature).
fn is_issuer_text(line: &str) -> bool {
    let key = squash(&without_entities(line));
    let n = key.chars().count();
    (2..=MAX_ISSUER_CHARS).contains(&n)
        && key.chars().any(is_cjk_ideograph)
        && !key.contains(['。', '！', '？', '；', ';', '：', ':', '，', ','])
        && !key.starts_with(['（', '(', '《', '“', '"', '【', '['])
        && !key.starts_with(ATTACHMENT_LABEL)
        && !CC_LABELS.iter().any(|l| key.starts_with(l))
        && !key.ends_with(PRINTED_SUFFIX)
        && !starts_with_number(&key)
        && !closes_unopened_bracket(&key)
        && !TITLE_ENDINGS.iter().any(|w| key.ends_with(w))
        && whole_date(line).is_none()
}

/// True when the first bracket of `key` closes one (`化部等负责）`): the tail of a bracketed remark
/// that a hard wrap put on a line of its own (`…良好氛围。（农业农村部、工业和信息` / `化部等负责）`), no issuer.
fn closes_unopened_bracket(key: &str) -> bool {
    key.chars().find(|c| matches!(c, '（' | '(' | '）' | ')')).is_some_and(|c| matches!(c, '）' | ')'))
}

/// `s` without the HTML entities a scraped copy left in it (`国务院办公厅 &sp;`, `&nbsp;`):
/// `&`, two to eight ASCII letters, `;` ([`entity_len`]).
pub(super) fn without_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(k) = rest.find('&') {
        out.push_str(rest.get(..k).unwrap_or(""));
        let tail = rest.get(k..).unwrap_or("");
        match entity_len(tail) {
            Some(len) => rest = tail.get(len..).unwrap_or(""),
            None => {
                out.push('&');
                rest = tail.get(1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    out
}

/// The length of the HTML entity that `s` opens with (`&sp;`, `&nbsp;`: `&`, two to eight
/// ASCII letters, `;`), if it opens with one.
pub(super) fn entity_len(s: &str) -> Option<usize> {
    let tail = s.strip_prefix('&')?;
    let letters = tail.bytes().take_while(u8::is_ascii_alphabetic).count();
    ((2..=8).contains(&letters) && tail.as_bytes().get(letters) == Some(&b';')).then_some(letters + 2)
}

/// `names` without the white space and HTML entities at its end (`国务院办公厅&sp;`).
pub(super) fn trim_gap_end(names: &str) -> &str {
    let mut t = names.trim_end_matches(is_space);
    while let Some(k) = t.rfind('&').filter(|&k| t.get(k..).and_then(entity_len) == Some(t.len() - k)) {
        t = t.get(..k).unwrap_or("").trim_end_matches(is_space);
    }
    t
}

/// True when `s` opens with a numeral (`1`, `１`) or a Chinese numbering marker (`二、`).
fn starts_with_number(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if arabic_digit(c).is_some() => true,
        Some(c) if is_cn_numeral_char(c) => chars.next().is_some_and(|d| matches!(d, '、' | '．' | '.')),
        _ => false,
    }
}

/// The issuers one signature line names: white-space separated bodies (`国务院　中央军委`),
/// or one post and name (`总理　　李克强`) as one signature. A name set with a space between
/// its characters (`国　务　院`) is one name (see [`letter_spaced`]). A seal placeholder after
/// a name (`某局（盖章）`), or after each name of a joint signature (`市财政局（盖章）　　市教育局（盖章）`,
/// GB/T 9704 §7.3.5.2), is no part of it.
pub(super) fn issuer_names(line: &str) -> Vec<String> {
    let line = without_seal(line);
    if let Some(names) = letter_spaced(line) {
        return names;
    }
    let tokens: Vec<&str> = line.split_whitespace().collect();
    match tokens.as_slice() {
        [post, name] if POST_ENDINGS.iter().any(|p| post.ends_with(p)) && name.chars().count() <= 4 => {
            vec![[*post, *name].concat()]
        }
        _ => tokens.into_iter().filter(|t| !is_seal_line(t)).map(without_seal).flat_map(split_names).collect(),
    }
}

/// `line` without the seal placeholder it ends with (`某局（盖章）` → `某局`), white space before
/// it dropped; as it is when it ends with none or is nothing else.
fn without_seal(line: &str) -> &str {
    let t = line.trim_end();
    let Some(open) = t.rfind(['（', '(']) else { return line };
    let name = t.get(..open).unwrap_or("").trim_end();
    if name.is_empty() || !is_seal_line(t.get(open..).unwrap_or("")) {
        return line;
    }
    name
}

/// True when `t` is only a seal placeholder in brackets (`（盖章）`, `(印章)`, white space inside
/// passed): [`SEAL_PLACEHOLDERS`].
fn is_seal_line(t: &str) -> bool {
    let key = squash(t);
    let inner = key
        .strip_prefix('（')
        .and_then(|r| r.strip_suffix('）'))
        .or_else(|| key.strip_prefix('(').and_then(|r| r.strip_suffix(')')));
    inner.is_some_and(|w| SEAL_PLACEHOLDERS.contains(&w))
}

/// True when `t` is a bare page number (`3`, `１２`): one to three digits and nothing else, what
/// a PDF copy keeps of a page foot.
fn is_bare_page_number(t: &str) -> bool {
    let n = t.chars().count();
    (1..=3).contains(&n) && t.chars().all(|c| arabic_digit(c).is_some())
}

/// A signature line set with a space between every character (`国　务　院`, a short name
/// spread to the width of the date below it): the names it holds, each the characters
/// between gaps wider than the narrowest one (`国　务　院　　中　央　军　委` is two). None
/// where a word of two characters or more stands on the line.
fn letter_spaced(line: &str) -> Option<Vec<String>> {
    let mut names: Vec<String> = Vec::new();
    // Each character with the width of the gap before it (in characters).
    let mut cells: Vec<(char, usize)> = Vec::new();
    let mut gap = 0;
    for c in line.chars() {
        if c.is_whitespace() {
            gap += 1;
            continue;
        }
        if gap == 0 && !cells.is_empty() {
            return None;
        }
        cells.push((c, gap));
        gap = 0;
    }
    let narrowest = cells.iter().skip(1).map(|&(_, g)| g).min()?;
    for &(c, g) in &cells {
        match names.last_mut() {
            Some(name) if g <= narrowest => name.push(c),
            _ => names.push(c.to_string()),
        }
    }
    Some(names)
}

/// `附件：…`, `附件1：…`, `附：…`: the label's number (if any) and the text after the colon.
fn label(line: &str) -> Option<(Option<u32>, &str)> {
    // `附：…`, the short label (bench govcn:52).
    if let Some(rest) = line.strip_prefix(SHORT_ATTACHMENT_LABEL).and_then(|r| r.trim_start().strip_prefix(COLONS)) {
        return Some((None, rest.trim_start()));
    }
    let rest = line.strip_prefix(ATTACHMENT_LABEL)?.trim_start();
    let (number, rest) = match int_at(rest) {
        Some((v, len, chars)) if chars <= 2 && rest.starts_with(|c: char| arabic_digit(c).is_some()) => {
            (u32::try_from(v).ok(), rest.get(len..)?.trim_start())
        }
        _ => (None, rest),
    };
    let rest = rest.strip_prefix(['：', ':'])?;
    Some((number, rest.trim_start()))
}

/// The 附件说明 lines right above line `top` and below the body's first line, top first.
fn attachment_block_above(page: &Page<'_>, top: usize, body: usize) -> Option<Vec<usize>> {
    let mut block = Vec::new();
    let mut k = top;
    while let Some(j) = page.prev_filled(k).filter(|&j| j > body) {
        let t = page.line_text(j);
        if block.len() >= MAX_ATTACHMENT_LINES || (label(t).is_none() && has_sentence_end(t)) {
            return None;
        }
        block.push(j);
        k = j;
        if label(t).is_some() {
            // `附件1：…` over `附件2：…`: take the numbered labels above as well.
            while let Some(p) =
                page.prev_filled(k).filter(|&p| p > body && label(page.line_text(p)).is_some_and(|l| l.0.is_some()))
            {
                block.push(p);
                k = p;
            }
            block.reverse();
            return Some(block);
        }
    }
    None
}

/// A `附件：…` block after the body that the attachments (or the end) follow: the 附件说明
/// of a copy that kept no signature. Its lines are numbered items and, between them, the
/// rest of a name that a hard wrap carried to the next line (`1.…决定书（最高人民法` over
/// `院决定由高级人民法院审查用）`): no sentence end, no label.
fn attachment_block_alone(page: &Page<'_>, candidates: &[usize]) -> Option<Vec<usize>> {
    // A date (alone or after an issuer) never goes on with a name: it ends the block.
    let in_block = |t: &str| {
        item(t).0.is_some()
            || !(has_sentence_end(t)
                || t.starts_with(ATTACHMENT_LABEL)
                || t.ends_with(COLONS)
                || whole_date(t).is_some()
                || one_line(t).is_some())
    };
    for &i in candidates {
        // The short label `附：` only beside a signature: a statute's closing `附：某某税则（注：…）`
        // names a schedule with a remark (bench, 关税法).
        let t = page.line_text(i);
        if t.starts_with(ATTACHMENT_LABEL) && label(t).is_some_and(|(_, rest)| !rest.is_empty()) {
            let mut block = vec![i];
            let mut next = page.next_filled(i + 1);
            while let Some(j) = next.filter(|&j| block.len() < MAX_ATTACHMENT_LINES && in_block(page.line_text(j))) {
                block.push(j);
                next = page.next_filled(j + 1);
            }
            let followed = next.is_none_or(|j| page.line_text(j).starts_with(ATTACHMENT_LABEL));
            return followed.then_some(block);
        }
    }
    None
}

/// A `附件：…` block right below the date on line `date` (a 附注 passed), that the attachments
/// or the end follow: the 附件说明 of a web copy that printed it under the signature.
fn attachment_block_below(page: &Page<'_>, date: usize) -> Option<Vec<usize>> {
    let next = page.next_filled(after_note(page, date) + 1)?;
    attachment_block_alone(page, &[next])
}

/// A numbered item (`1.`, `1．`, `1、`, `（1）`): its number and its text.
fn item(line: &str) -> (Option<u32>, &str) {
    let (inner, paren) = match line.strip_prefix(['（', '(']) {
        Some(r) => (r, true),
        None => (line, false),
    };
    if let Some((v, len, chars)) = int_at(inner).filter(|&(_, _, c)| c <= 2) {
        let after = inner.get(len..).unwrap_or("");
        let mark =
            if paren { after.strip_prefix(['）', ')']) } else { after.strip_prefix(['.', '．', '、', '：', ':']) };
        if let (Some(rest), true) = (mark, inner.starts_with(|c: char| arabic_digit(c).is_some()) && chars > 0) {
            return (u32::try_from(v).ok(), rest.trim_start());
        }
    }
    (None, line)
}

/// Pushes the 附件说明 read from `block`.
fn push_attachments(page: &Page<'_>, block: &[usize], out: &mut Vec<Element>) {
    let mut items: Vec<(Option<u32>, String)> = Vec::new();
    for &j in block {
        let t = page.line_text(j);
        let (number, text) = match label(t) {
            Some((Some(n), rest)) => (Some(n), rest),
            Some((None, rest)) => item(rest),
            None => item(t),
        };
        match (number, items.last_mut()) {
            // A line without a number goes on with the name above it.
            (None, Some(last)) if label(t).is_none() => last.1.push_str(&squash(text)),
            _ if text.is_empty() && number.is_none() => {}
            _ => items.push((number, squash(text))),
        }
    }
    let names: Vec<AttachmentName> = items
        .iter()
        .map(|(n, name)| AttachmentName::new(*n, clean_name(name)))
        .filter(|a| !a.name.is_empty())
        .collect();
    let (Some(&first), Some(&last)) = (block.first(), block.last()) else { return };
    if !names.is_empty() {
        let span = page.span(first).cover(page.span(last));
        out.push(Element::new(ElementKind::Attachments, span, ElementValue::Attachments(names)));
    }
}

/// An attachment's name without the `《》` around it, the punctuation after it and white space
/// around it (`1.重点任务清单 2.…` in a text whose line breaks were lost).
pub(super) fn clean_name(name: &str) -> &str {
    let mut s = name.trim_matches(is_space).trim_end_matches(['；', ';', '。', '，', ',', '、', '.', '．']);
    if let Some(inner) = s.strip_prefix('《').and_then(|r| r.strip_suffix('》')) {
        if !inner.contains(['《', '》']) {
            s = inner;
        }
    }
    s
}

/// The 附注 right below line `date` ([`note_below`]).
fn note(page: &Page<'_>, date: usize, out: &mut Vec<Element>) {
    let Some((j, k, text)) = note_below(page, date) else { return };
    out.push(Element::new(ElementKind::Note, page.span(j).cover(page.span(k)), ElementValue::Text(text)));
}

/// The 附注 right below line `date`: a line in brackets, or two lines that a hard wrap broke it
/// into (`（联系人：王丽　　联系电话：0371-1234567` ⏎ `8）`, a 请示's contact line in a copy wrapped
/// at 25 characters): the first opens the bracket and closes none, the two joined read as one.
/// Its first and last lines and its text without brackets and white space.
fn note_below(page: &Page<'_>, date: usize) -> Option<(usize, usize, String)> {
    let j = page.next_filled(date + 1)?;
    let t = page.line_text(j);
    if let Some(inner) = note_text(t) {
        return Some((j, j, squash(inner)));
    }
    if !t.starts_with(['（', '(']) || t.contains(['）', ')']) {
        return None;
    }
    let k = page.next_filled(j + 1)?;
    let joined = [t, page.line_text(k)].concat();
    note_text(&joined).map(|inner| (j, k, squash(inner)))
}

/// The last line of line `date` and the 附注 below it ([`note_below`]): `date` when none stands there.
fn after_note(page: &Page<'_>, date: usize) -> usize {
    note_below(page, date).map_or(date, |(_, k, _)| k)
}

/// A document number alone on the line below the date on line `date` (a 附注 passed), in a
/// document whose head prints none: a court's 公告 signed and dated above the interpretation it
/// publishes, `最高人民法院` / `2012年5月10日` / `法释〔2012〕8号` / `为正确审理…，制定本解释。`.
fn number_below(page: &Page<'_>, date: usize, out: &mut Vec<Element>) {
    let Some(j) = page.next_filled(after_note(page, date) + 1) else { return };
    let Some((number, len)) = number_line(page.line_text(j)) else { return };
    let (s, _) = page.content(j);
    out.push(Element::new(ElementKind::DocNumber, Span::from_usize(s, s + len), ElementValue::DocNumber(number)));
}

/// The text inside the brackets of a 附注 line (`（此件公开发布）`), if `t` is one.
pub(super) fn note_text(t: &str) -> Option<&str> {
    let inner = t
        .strip_prefix('（')
        .and_then(|r| r.strip_suffix('）'))
        .or_else(|| t.strip_prefix('(').and_then(|r| r.strip_suffix(')')));
    // `（一）…（二）`: two bracketed pieces, not one note; a site's remark (`（本文有删减）`) none.
    inner.filter(|s| {
        !s.is_empty()
            && s.chars().count() <= MAX_NOTE_CHARS
            && !s.contains(['（', '）', '(', ')'])
            && !is_site_remark(t)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attachment_labels() {
        assert_eq!(label("附件：国家职业教育改革实施方案"), Some((None, "国家职业教育改革实施方案")));
        assert_eq!(label("附件2：清单"), Some((Some(2), "清单")));
        assert_eq!(label("附件"), None);
        assert_eq!(label("附件1"), None);
    }

    #[test]
    fn numbered_items() {
        assert_eq!(item("1.国土资源部关于…的报告"), (Some(1), "国土资源部关于…的报告"));
        assert_eq!(item("2．专家组意见"), (Some(2), "专家组意见"));
        assert_eq!(item("（3）名单"), (Some(3), "名单"));
        assert_eq!(item("2008年北京奥运会方案"), (None, "2008年北京奥运会方案"));
    }

    #[test]
    fn names_lose_brackets_and_trailing_punctuation() {
        assert_eq!(clean_name("《上海市科技专家库管理办法》；"), "上海市科技专家库管理办法");
        assert_eq!(clean_name("《甲》和《乙》"), "《甲》和《乙》");
    }

    #[test]
    fn entities_are_left_out() {
        assert_eq!(without_entities("国务院办公厅         &sp;"), "国务院办公厅         ");
        assert_eq!(without_entities("A&B;&nbsp;C&"), "A&B;C&");
    }

    #[test]
    fn post_and_name_is_one_signature() {
        assert_eq!(issuer_names("总理　　李克强"), ["总理李克强"]);
        assert_eq!(issuer_names("国务院　中央军委　　　"), ["国务院", "中央军委"]);
        assert_eq!(issuer_names("上海市科学技术委员会"), ["上海市科学技术委员会"]);
    }
}
