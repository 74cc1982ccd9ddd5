//! The colophon (版记, GB/T 9704 §7.4): the 抄送 line and the 印发 line.
//!
//! * 抄送机关: a line after the body opening with `抄送：` (or `抄报：`), with the lines that go on
//!   after a `，` or `、` (or the next line, under a label alone on its line; or a line that a
//!   hard wrap broke off the list); the names split as the 主送 line's;
//! * 印发机关 and 印发日期: a line after the body ending in a date and `印发`; the office is the
//!   first white-space separated piece before the date (a 公开方式 such as `校内公开` may
//!   stand between them), or a name alone on the line above; a line that a hard wrap split
//!   is read joined to the line above.

use super::date::{date_at, pad_len, whole_date};
use super::{Page, Tail, split_names, squash};
use crate::lexicon::elements::{CC_LABELS, PRINTED_SUFFIX};

use crate::lexicon::punct::SENTENCE_ENDS;
use crate::model::{Date, Element, ElementKind, ElementValue};
use crate::text::Span;
use crate::text::chars::is_cjk_ideograph;

/// How many lines a 抄送 list may run on over.
const MAX_CC_LINES: usize = 4;

/// Reads the colophon after line `body` into `out`.
pub(super) fn read(page: &Page<'_>, tail: &Tail, out: &mut Vec<Element>) {
    let cc = tail.cc.iter().any(|&i| carbon_copy(page, i, out));
    let last = page.prev_filled(page.lines.len());
    // A 抄送 list run on after the last signature ends where its `。` does: the 印发 line may follow
    // it, or the signature itself, without white space.
    let cc_end = last.filter(|_| !cc).and_then(|i| carbon_copy_run_on(page, i, out));
    let from = cc_end.or_else(|| last.and_then(|i| signature_end(page, i, out)));
    if !tail.printed.iter().any(|&i| printing(page, i, out) || printing_wrapped(page, i, out)) {
        let _ = last.is_some_and(|i| printing_run_on(page, i, from, out));
    }
}

/// Where the last signature date or 附注 read on line `i` ends (byte of the text).
fn signature_end(page: &Page<'_>, i: usize, out: &[Element]) -> Option<usize> {
    let (s, e) = page.content(i);
    let on_line = |e_: &&Element| (s..=e).contains(&(e_.span.start as usize));
    out.iter()
        .filter(|el| matches!(el.kind, ElementKind::Date | ElementKind::Note))
        .filter(on_line)
        .map(|el| el.span.end as usize)
        .max()
}

/// True when `s` is a 印发 line that names its office and nothing else (`市教育局办公室　　2024年4月26日印发`):
/// what closes a run-on signature that it follows.
pub(super) fn is_printed_line(s: &str) -> bool {
    printed_parts(s.trim()).is_some_and(|(_, _, office)| office.is_some())
}

/// True when `s` opens with a 抄送 label and its colon (`抄送：`, GB/T 9704 §7.4.2).
pub(super) fn opens_cc(s: &str) -> bool {
    CC_LABELS.iter().any(|l| s.strip_prefix(l).is_some_and(|r| r.starts_with(['：', ':'])))
}

/// The 抄送 list run on after the signature on line `i`, the last line of the text (a copy whose
/// line breaks were lost: `…省教育厅2024年3月15日抄送：教育部高校学生司，省招生委员会各成员单位。省教育厅办公室
/// 2024年3月16日印发`): the last `抄送：` of the line right after the signature's date or 附注
/// (white space between them at most), its names up to the list's `。`, after which nothing or a 印发 line stands. Where
/// the list's `。` ends (byte of the text).
fn carbon_copy_run_on(page: &Page<'_>, i: usize, out: &mut Vec<Element>) -> Option<usize> {
    let (s, _) = page.content(i);
    let t = page.line_text(i);
    let at = CC_LABELS.iter().filter_map(|l| t.rfind(l)).max()?;
    let before = t.get(..at)?;
    let label = t.get(at..)?;
    // The list follows the signature's date or 附注 (white space between them at most).
    let signed = s + before.trim_end().len();
    let after_signature =
        out.iter().any(|e| matches!(e.kind, ElementKind::Date | ElementKind::Note) && e.span.end as usize == signed);
    if !opens_cc(label) || !after_signature {
        return None;
    }
    let colon = label.char_indices().find(|&(_, c)| matches!(c, '：' | ':')).map(|(k, c)| k + c.len_utf8())?;
    let list = label.get(colon..)?;
    let stop = list.find('。')?;
    let names_text = list.get(..stop)?;
    let rest = list.get(stop + '。'.len_utf8()..)?.trim();
    let names = split_names(names_text.trim());
    let closes = rest.is_empty() || (rest.ends_with(PRINTED_SUFFIX) && printed_parts(rest).is_some());
    if names.is_empty() || names_text.chars().nth(MAX_RUN_ON_CC_CHARS).is_some() || !closes {
        return None;
    }
    let end = s + at + colon + stop + '。'.len_utf8();
    out.push(Element::new(ElementKind::Cc, Span::from_usize(s + at, end), ElementValue::Names(names)));
    Some(end)
}

/// The longest 抄送 list read after a one-line text's signature, in characters.
const MAX_RUN_ON_CC_CHARS: usize = 200;

/// `抄送：…` on line `i` (and the lines it runs on over).
fn carbon_copy(page: &Page<'_>, i: usize, out: &mut Vec<Element>) -> bool {
    let t = page.line_text(i);
    let Some(rest) = CC_LABELS.iter().find_map(|l| t.strip_prefix(l)).map(str::trim_start) else { return false };
    let Some(rest) = rest.strip_prefix(['：', ':']) else { return false };
    let mut text = rest.to_owned();
    let mut last = i;
    // A label alone on its line (`抄送：` over the names) is followed by its list, not by the
    // 印发 line or a date.
    if text.trim().is_empty() {
        let Some(j) = page.next_filled(i + 1) else { return false };
        let t = page.line_text(j);
        if t.ends_with(PRINTED_SUFFIX) || whole_date(t).is_some() {
            return false;
        }
        text.push_str(t);
        last = j;
    }
    while last - i < MAX_CC_LINES {
        let Some(j) = page.next_filled(last + 1) else { break };
        let t = page.line_text(j);
        if !(text.trim_end().ends_with(['，', '、', ',']) || wrapped_cc(&text, t)) {
            break;
        }
        text.push_str(t);
        last = j;
    }
    let names = split_names(text.trim_end().trim_end_matches(['。', '.']));
    if names.is_empty() {
        return false;
    }
    out.push(Element::new(ElementKind::Cc, page.span(i).cover(page.span(last)), ElementValue::Names(names)));
    true
}

/// True when `next` goes on with the 抄送 list `text` that a hard wrap broke without a separator
/// at its end: it opens with the separator (`…全国政协办公厅` / `，` / `最高人民法院…`), or, the list not
/// closed with its `。`, it ends with a separator or the `。` and is no label, 印发 line or date
/// (`…全国政协` / `办公厅，`, a name cut in two).
fn wrapped_cc(text: &str, next: &str) -> bool {
    next.starts_with(['，', '、', ','])
        || (!text.trim_end().ends_with(['。', '.'])
            && next.ends_with(['，', '、', ',', '。'])
            && !next.contains(['：', ':'])
            && !next.ends_with(PRINTED_SUFFIX)
            && whole_date(next).is_none())
}

/// True when the line above line `i` ends a sentence or a bracket, is a date, or is the 抄送
/// line: line `i` does not go on with it.
fn stands_alone(page: &Page<'_>, i: usize) -> bool {
    let Some(above) = page.prev_filled(i) else { return true };
    let t = page.line_text(above);
    t.ends_with(['。', '！', '？', '）', ')']) || whole_date(t).is_some() || CC_LABELS.iter().any(|l| t.starts_with(l))
}

/// The 印发 line run on after the last sentence of line `i`, the last line of the text (a
/// copy whose line breaks were lost: `…自发布之日起施行。  某某大学教务处      校内公开      2024 年3
/// 月6 日印发`): read as a line of its own where white space stands between the sentence end and
/// it and it names its office; or from byte `from` of the text on, right after a run-on 抄送 list
/// or signature (`…2024年4月26日（联系人：张敏，电话：87654321）市教育局办公室　　2024年4月26日印发`).
fn printing_run_on(page: &Page<'_>, i: usize, from: Option<usize>, out: &mut Vec<Element>) -> bool {
    let (s, _) = page.content(i);
    let t = page.line_text(i);
    if page.next_filled(i + 1).is_some() || !t.ends_with(PRINTED_SUFFIX) {
        return false;
    }
    let signed = from.and_then(|f| page.text.get(f..s + t.len())).map(str::trim_start);
    let colophon = match signed.filter(|c| is_printed_line(c)) {
        Some(colophon) => colophon,
        None => {
            let Some((k, c)) = t.char_indices().rev().find(|&(_, c)| SENTENCE_ENDS.contains(&c)) else { return false };
            let rest = t.get(k + c.len_utf8()..).unwrap_or("");
            let colophon = rest.trim_start();
            if colophon.len() == rest.len() {
                return false;
            }
            colophon
        }
    };
    if colophon.chars().nth(MAX_RUN_ON_PRINTED_CHARS).is_some() {
        return false;
    }
    let from = s + t.len() - colophon.len();
    match printed_line(from, colophon) {
        Some((on, date, Some(by))) => {
            push_printing(page, on, date, Some(by), out);
            true
        }
        _ => false,
    }
}

/// The longest 印发 line read after a text's last sentence, in characters.
const MAX_RUN_ON_PRINTED_CHARS: usize = 60;

/// `上海财经大学研究生院      社会公开      2024 年10 月23 日印发` on line `i`.
fn printing(page: &Page<'_>, i: usize, out: &mut Vec<Element>) -> bool {
    let (s, _) = page.content(i);
    let Some((on, date, office)) = printed_line(s, page.line_text(i)) else { return false };
    // Without one on the line, the office may stand alone on the line above.
    let office_at = office.or_else(|| office_above(page, i));
    if office_at.is_none() && !stands_alone(page, i) {
        return false;
    }
    push_printing(page, on, date, office_at, out);
    true
}

/// Pushes the 印发日期 at `on` and the 印发机关 at `office`.
fn push_printing(page: &Page<'_>, on: Span, date: Date, office: Option<Span>, out: &mut Vec<Element>) {
    out.push(Element::new(ElementKind::PrintedOn, on, ElementValue::Date(date)));
    if let Some(span) = office {
        let name = page.text.get(span.start as usize..span.end as usize).unwrap_or("");
        out.push(Element::new(ElementKind::PrintedBy, span, ElementValue::Text(squash(name))));
    }
}

/// The 印发 line `t` (at byte `s` of the text): the date's span, the date, and the office's
/// span where the line names one (the first piece of the line, ideographs only).
fn printed_line(s: usize, t: &str) -> Option<(Span, Date, Option<Span>)> {
    let (at, date, office) = printed_parts(t)?;
    let office = office.map(|(from, to)| Span::from_usize(s + from, s + to));
    Some((Span::from_usize(s + at, s + t.len()), date, office))
}

/// Where a 印发 line's date starts, the date, and where its office starts and ends.
type PrintedParts = (usize, Date, Option<(usize, usize)>);

/// The 印发 line `t`: where its date starts, the date, and where the office starts and ends
/// when the line names one (the first piece of the line, ideographs only).
fn printed_parts(t: &str) -> Option<PrintedParts> {
    let body = t.strip_suffix(PRINTED_SUFFIX)?;
    // A sentence that ends in 印发 is body text.
    if body.contains(['。', '，', '；']) {
        return None;
    }
    // The date is the last thing before 印发: try each place a year may start.
    let found = body.char_indices().find_map(|(k, c)| {
        if !(c.is_ascii_digit() || crate::numeral::cn_digit(c).is_some() || crate::numeral::arabic_digit(c).is_some()) {
            return None;
        }
        let rest = body.get(k..)?;
        let (date, len) = date_at(rest)?;
        (len + pad_len(rest.get(len..)?) == rest.len()).then_some((k, date))
    });
    let (at, date) = found?;
    // The office is a name (ideographs only), the first piece of the line. Without one, the
    // line must not go on with the line above (a wrapped sentence `…于` / `2019年9月1日印发`).
    let office = body.get(..at).unwrap_or("").split_whitespace().next().unwrap_or("");
    if !office.is_empty() && !office.chars().all(is_cjk_ideograph) {
        return None;
    }
    let office_at = (!office.is_empty()).then(|| {
        let from = body.find(office).unwrap_or(0);
        (from, from + office.len())
    });
    Some((at, date, office_at))
}

/// The 印发 line that a hard wrap split over line `i` and the filled line above it (a PDF copy
/// wrapped at 40 characters: `上海财经大学学生工作处       校内公开      2024 年1 月2` / `0 日印发`, dev
/// d19), read from the two lines joined where line `i` alone is none. The office stands on the
/// line above with white space after it there, as a 印发 line sets its office apart from the
/// date: a wrapped sentence (`…的通知已于` / `2019年9月1日印发`) is none.
fn printing_wrapped(page: &Page<'_>, i: usize, out: &mut Vec<Element>) -> bool {
    // A page's counter (noise) may stand between the two lines (`…2024 年10 月23` / `4/5` / `日印发`).
    let Some(j) = page.prev_filled(i) else { return false };
    let ((sj, _), (si, ei)) = (page.content(j), page.content(i));
    let above = page.line_text(j);
    let joined = [above, page.line_text(i)].concat();
    let Some((at, date, Some((from, to)))) = printed_parts(&joined) else { return false };
    if !above.get(to..).is_some_and(|r| r.starts_with(char::is_whitespace)) {
        return false;
    }
    let on = if at < above.len() { sj + at } else { si + (at - above.len()) };
    push_printing(page, Span::from_usize(on, ei), date, Some(Span::from_usize(sj + from, sj + to)), out);
    true
}

/// The longest 印发机关 printed on a line of its own, in characters.
const MAX_OFFICE_CHARS: usize = 30;

/// The 印发机关 alone on the line above the 印发 line `i` (`某某局办公室` / `2024年3月6日印发`): a
/// name (ideographs only) on a line that does not go on with the one above it (the 抄送 line,
/// a date, a sentence end: no wrapped sentence `…决定于` / `2019年9月1日印发`).
fn office_above(page: &Page<'_>, i: usize) -> Option<Span> {
    let above = page.prev_filled(i)?;
    let name = page.line_text(above);
    let n = name.chars().count();
    let named = (2..=MAX_OFFICE_CHARS).contains(&n) && name.chars().all(is_cjk_ideograph);
    (named && stands_alone(page, above)).then(|| page.span(above))
}
