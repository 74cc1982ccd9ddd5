//! The head of a document (GB/T 9704 §7.2 and §7.3.2): the lines before its body.
//!
//! * 份号, 密级, 紧急程度: a head line before the document number made only of such marks;
//! * 发文机关标志: a head line ending in `文件` above the document number;
//! * 发文字号: the first head line that is a document number and nothing else (a `签发人：…`
//!   beside it aside);
//! * 签发人: `签发人：` and names;
//! * 主送机关: the first head line after the document number (if any) that ends in `：`, and is
//!   not the first head line, a metadata cell, a page label, `抄送：`, a salutation or a lead-in
//!   sentence; the list lines above it that hold a separator belong to it (a wrapped 主送).
//!
//! A text of one line (line breaks lost) is read by [`super::run_on`].

use super::number::doc_number_at;
use super::{Page, has_sentence_end, split_names, squash};
use crate::lexicon::elements::{
    ATTACHMENT_LABEL, CC_LABELS, ISSUER_ENDINGS, ISSUER_MARK_SUFFIX, LEAD_IN_WORDS, METADATA_LABELS, PAGE_LABELS,
    SALUTATIONS, SECRECY_LEVELS, SIGNER_LABEL, STATUTE_EVENTS, URGENCY_WORDS,
};
use crate::lexicon::titles::TITLE_ENDINGS;
use crate::model::{DocNumber, Element, ElementKind, ElementValue};
use crate::text::Span;
use crate::text::chars::is_cjk_ideograph;

/// How many non-blank lines the head may have (a site's metadata table, one cell a line,
/// takes twenty).
const MAX_HEAD_LINES: usize = 40;

/// The longest 主送 line, in characters (govcn:19 lists 22 provinces and 6 military regions).
const MAX_RECIPIENTS_CHARS: usize = 400;

/// What the head tells the later readers.
pub(super) struct Head {
    /// The index of the first body line (the line count when there is none).
    pub(super) body: usize,
    /// The 主送 line, if there is one.
    pub(super) recipients: Option<usize>,
}

/// The date printed alone in brackets on a head line below the title (`中共中央 国务院关于做好2023年
/// 全面推进乡村振兴重点工作的意见` ⏎ `（2023年1月2日）`, the way a 中共中央 document published by 新华社
/// prints its 成文日期 instead of under a signature), read into `out` where no other date was: the
/// first such line among the head lines before line `body`, the title (a line of its own) above it.
/// A bracket that says more than the date (a statute's `（2014年11月1日…通过）`) is none.
pub(super) fn dated_title(page: &Page<'_>, body: usize, out: &mut Vec<Element>) {
    if out.iter().any(|e| e.kind == ElementKind::Date) {
        return;
    }
    let Some(first) = page.next_filled(0).filter(|&i| i < body) else { return };
    for i in first + 1..body {
        let (s, e) = page.content(i);
        let Some(inner) = page.text.get(s..e).and_then(bracketed) else { continue };
        if let Some((date, len)) = super::date::date_at(inner).filter(|&(_, len)| len == inner.len()) {
            let at = s + page.text.get(s..e).map_or(0, |l| l.len() - l.trim_start_matches(['（', '(']).len());
            out.push(Element::new(ElementKind::Date, Span::from_usize(at, at + len), ElementValue::Date(date)));
            return;
        }
    }
}

/// The text inside the brackets that open and close `line` (`（2023年1月2日）`), if they do.
fn bracketed(line: &str) -> Option<&str> {
    line.strip_prefix(['（', '('])?.strip_suffix(['）', ')'])
}

/// Reads the head's elements into `out`.
pub(super) fn read(page: &Page<'_>, out: &mut Vec<Element>) -> Head {
    let mut head: Vec<usize> = Vec::new();
    // Lines that may hold a document number or a 签发人 (they end in `号` or hold `签`), and
    // lines that end in a colon (a 主送 line).
    let (mut numbered, mut colon): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    let mut body = page.lines.len();
    for i in 0..page.lines.len() {
        let (s, e) = page.content(i);
        let line = page.text.get(s..e).unwrap_or("");
        if line.is_empty() {
            continue;
        }
        if has_sentence_end(line) || page.opens_node_at(s, e) || head.len() >= MAX_HEAD_LINES {
            body = i;
            break;
        }
        if line.ends_with('号') || line.ends_with(['）', ')']) || line.contains('签') {
            numbered.push(head.len());
        }
        if line.ends_with(['：', ':']) {
            colon.push(head.len());
        }
        head.push(i);
    }
    // A text of one line (its line breaks lost): the head is read around its title.
    if body < page.lines.len() && head.is_empty() && page.next_filled(body + 1).is_none() {
        super::run_on::read(page, body, out);
        return Head { body, recipients: None };
    }
    let number_at = numbered.iter().copied().find(|&k| head.get(k).is_some_and(|&i| doc_number(page, i, out)));
    for &i in head.iter().take(number_at.unwrap_or(head.len()).min(4)) {
        marks(page, i, out);
    }
    if let Some(k) = number_at {
        if let Some(&i) = head.get(..k).and_then(|h| h.iter().rev().find(|&&i| issuer_mark(page, i))) {
            out.push(Element::new(
                ElementKind::IssuerMark,
                page.span(i),
                ElementValue::Text(squash(page.line_text(i))),
            ));
        }
    }
    for &k in &numbered {
        signer(page, &head, k, out);
    }
    let after = number_at.map_or(0, |k| k + 1);
    // A 主送 line stands below the title or the document number: the first head line is none
    // (`分享到：` above a page's title).
    let recipients = colon
        .iter()
        .filter(|&&k| k >= after.max(1))
        .find(|&&k| recipients(page, &head, k, after, out))
        .and_then(|&k| head.get(k).copied());
    // A body with no sentence end and no outline unit (`现将…成员通知如下：` / `总指挥：王某某`
    // / `副总指挥：李某某`, a notice of appointments) starts below its 主送 line.
    if body == page.lines.len() {
        if let Some(r) = recipients {
            body = page.next_filled(r + 1).unwrap_or(body);
        }
    }
    Head { body, recipients }
}

/// A document number that is all of line `i` (or followed only by a 签发人): pushed, true.
fn doc_number(page: &Page<'_>, i: usize, out: &mut Vec<Element>) -> bool {
    let (s, _) = page.content(i);
    let line = page.line_text(i);
    let found =
        number_line(line).map(|n| (0, n)).or_else(|| bracketed_number(line)).or_else(|| number_after_title(line));
    let Some((at, (number, len))) = found else {
        return false;
    };
    out.push(Element::new(
        ElementKind::DocNumber,
        Span::from_usize(s + at, s + at + len),
        ElementValue::DocNumber(number),
    ));
    true
}

/// A document number in brackets alone on its line, as reposted copies print it under the
/// title (`（国发〔2024〕5号）`): where the number starts, the number and its length.
pub(crate) fn bracketed_number(line: &str) -> Option<(usize, (DocNumber, usize))> {
    let open = line.chars().next().filter(|c| matches!(c, '（' | '('))?.len_utf8();
    let inner = line.get(open..)?.strip_suffix(['）', ')'])?;
    let (number, len) = number_line(inner.trim())?;
    let lead = inner.len() - inner.trim_start().len();
    (len == inner.trim().len()).then_some((open + lead, (number, len)))
}

/// A document number in brackets glued to the end of a title on its line
/// (`某市财政局关于印发《…》的通知（某财发〔2024〕7号）`, as reposted copies print it): the words
/// before the bracket end with a type word ([`TITLE_ENDINGS`]). Where the number starts, the
/// number and its length.
fn number_after_title(line: &str) -> Option<(usize, (DocNumber, usize))> {
    let (k, _) = line.char_indices().rev().find(|&(_, c)| matches!(c, '（' | '('))?;
    let title = line.get(..k)?.trim_end();
    if !TITLE_ENDINGS.iter().any(|w| title.ends_with(w)) {
        return None;
    }
    let (at, found) = bracketed_number(line.get(k..)?)?;
    Some((k + at, found))
}

/// The document number that `line` is, with nothing else on it but a 签发人: the number and
/// its length.
pub(crate) fn number_line(line: &str) -> Option<(DocNumber, usize)> {
    // A document number ends with `号`: a line without one is passed at memchr's speed.
    if !line.contains('号') {
        return None;
    }
    let (number, len) = doc_number_at(line)?;
    let rest = line.get(len..).unwrap_or("").trim_start();
    (rest.is_empty() || rest.starts_with(SIGNER_LABEL)).then_some((number, len))
}

/// 份号, 密级 and 紧急程度: every white-space separated token of line `i` is one of them.
fn marks(page: &Page<'_>, i: usize, out: &mut Vec<Element>) {
    let (s, _) = page.content(i);
    let line = page.line_text(i);
    // The first token opens with a digit, an urgency word or a secrecy level, or the line
    // holds none of them: a long line is not split at all.
    let opens = |c: char| {
        c.is_ascii_digit()
            || URGENCY_WORDS.iter().any(|w| w.starts_with(c))
            || SECRECY_LEVELS.iter().any(|l| l.starts_with(c))
    };
    if !line.trim_start().starts_with(opens) {
        return;
    }
    let mut found = Vec::new();
    let mut pos = 0usize;
    for token in line.split_whitespace() {
        let Some(kind) = mark_kind(token) else { return };
        let at = line.get(pos..).and_then(|r| r.find(token)).map_or(pos, |k| pos + k);
        pos = at + token.len();
        found.push(Element::new(kind, Span::from_usize(s + at, s + pos), ElementValue::Text(token.to_owned())));
    }
    out.extend(found);
}

/// The kind of a 份号 (six digits), 密级 (`秘密`, `机密★1年`) or 紧急程度 (`特急`) token, if it is one.
fn mark_kind(token: &str) -> Option<ElementKind> {
    if token.len() == 6 && token.bytes().all(|b| b.is_ascii_digit()) {
        Some(ElementKind::CopyNumber)
    } else if URGENCY_WORDS.contains(&token) {
        Some(ElementKind::Urgency)
    } else if SECRECY_LEVELS.iter().any(|l| token.strip_prefix(l).is_some_and(|r| r.is_empty() || r.starts_with('★')))
    {
        Some(ElementKind::Secrecy)
    } else {
        None
    }
}

/// `line` holds 份号, 密级 and 紧急程度 only (`秘密★1年`, `000123 机密 特急`): every white-space
/// separated token is one of them, and there is one.
pub(crate) fn is_marks_line(line: &str) -> bool {
    let mut tokens = line.split_whitespace().peekable();
    tokens.peek().is_some() && tokens.all(|t| mark_kind(t).is_some())
}

/// Line `i` is a 发文机关标志: ideographs ending in `文件`, a short line, a name (no `关于` or
/// `的` of a title line broken before its `文件`).
fn issuer_mark(page: &Page<'_>, i: usize) -> bool {
    is_issuer_mark(page.line_text(i))
}

/// `line` is a 发文机关标志: ideographs ending in `文件`, a short line, a name.
pub(crate) fn is_issuer_mark(line: &str) -> bool {
    // Squashed, it ends with `文件` only if its last character is `件`.
    if !ISSUER_MARK_SUFFIX.chars().next_back().is_some_and(|c| line.trim_end().ends_with(c)) {
        return false;
    }
    let line = squash(line);
    let n = line.chars().count();
    line.ends_with(ISSUER_MARK_SUFFIX)
        && n > 2
        && n <= 30
        && line.chars().all(is_cjk_ideograph)
        && !line.contains("关于")
        && !line.contains('的')
}

/// `签发人：` and names on head line `k`, with the names set one a line below it (GB/T 9704
/// §7.2.5: a joint up-going document's signers, `签发人：张三` / `李四`).
fn signer(page: &Page<'_>, head: &[usize], k: usize, out: &mut Vec<Element>) {
    let Some(&i) = head.get(k) else { return };
    let (s, mut e) = page.content(i);
    let line = page.line_text(i);
    let Some(at) = line.find(SIGNER_LABEL) else { return };
    let rest = line.get(at + SIGNER_LABEL.len()..).unwrap_or("").trim_start();
    let Some(names) = rest.strip_prefix(['：', ':']) else { return };
    let mut names: Vec<String> = names.split_whitespace().flat_map(split_names).collect();
    if names.is_empty() {
        return;
    }
    for &j in head.get(k + 1..).unwrap_or_default().iter().take(MAX_SIGNERS) {
        let t = page.line_text(j);
        if !is_signer_names(t) {
            break;
        }
        names.extend(t.split_whitespace().map(str::to_owned));
        e = page.content(j).1;
    }
    out.push(Element::new(ElementKind::Signer, Span::from_usize(s + at, e), ElementValue::Names(names)));
}

/// The most signers a 签发人 lists.
const MAX_SIGNERS: usize = 8;

/// The longest personal name, in characters.
const MAX_NAME_CHARS: usize = 4;

/// `line` holds personal names only: one or two tokens of two to four ideographs, none of
/// them the end of a title (`的请示`).
fn is_signer_names(line: &str) -> bool {
    let tokens: Vec<&str> = line.split_whitespace().collect();
    (1..=2).contains(&tokens.len())
        && tokens.iter().all(|t| {
            (2..=MAX_NAME_CHARS).contains(&t.chars().count())
                && t.chars().all(is_cjk_ideograph)
                && !TITLE_ENDINGS.iter().any(|w| t.ends_with(w))
        })
}

/// Head line `k` is a 主送 line: pushed, true. A list wrapped over several lines (PDF copies:
/// `各区人民政府，市政府各委、办、局，各有关` / `单位：`) is read from its first line: the lines
/// above the colon that hold a list separator, up to the title or the document number
/// (`after` is the first head line after it).
fn recipients(page: &Page<'_>, head: &[usize], k: usize, after: usize, out: &mut Vec<Element>) -> bool {
    let Some(&i) = head.get(k) else { return false };
    let Some(mut last) = page.line_text(i).strip_suffix(['：', ':']) else { return false };
    // The colon alone on its line (a PDF copy wrapped it off the list): the list ends on the
    // line above, which needs no separator (`市政府有关部门` / `：`).
    let mut k = k;
    if last.trim().is_empty() {
        let Some(&j) = k.checked_sub(1).filter(|&p| p >= after.max(1)).and_then(|p| head.get(p)) else { return false };
        last = page.line_text(j);
        if number_line(last).is_some() || TITLE_ENDINGS.iter().any(|w| last.ends_with(w)) {
            return false;
        }
        k -= 1;
    }
    if !is_recipients(last) {
        return false;
    }
    let mut first = k;
    while let Some(&j) = first.checked_sub(1).filter(|&p| p >= after.max(1)).and_then(|p| head.get(p)) {
        // A line that opens with a separator goes on with the list above it, whatever that ends
        // with (`各省…劳动（劳动人事）厅（局）` / `，国务院有关部委、…`, a PDF copy wrapped at 28 characters).
        let opens_with_separator = head.get(first).is_some_and(|&t| page.line_text(t).starts_with(['，', '、', ',']));
        let t = page.line_text(j);
        let goes_on = opens_with_separator && t.contains(['、', '，', ',']) && number_line(t).is_none();
        let below = head.get(first).map_or("", |&t| page.line_text(t));
        if !(goes_on || continues_recipients(t, below)) {
            break;
        }
        first -= 1;
    }
    let Some(&top) = head.get(first) else { return false };
    // A hard wrap puts a sentence's last words and its colon on a line of their own (`…司法解释作如下修`
    // / `改：`): a list that does not open with `各` under a line that runs on into it is none.
    let above = first.checked_sub(1).and_then(|p| head.get(p)).map(|&a| page.line_text(a));
    if above.is_some_and(runs_on) && !squash(page.line_text(top)).starts_with('各') {
        return false;
    }
    let names: String = (first..k).filter_map(|p| head.get(p)).map(|&j| page.line_text(j)).chain([last]).collect();
    if first < k && !is_recipients(&names) {
        return false;
    }
    let span = page.span(top).cover(page.span(i));
    out.push(Element::new(ElementKind::Recipients, span, ElementValue::Names(split_names(&names))));
    true
}

/// `names` (the text before a head line's closing colon) may be a 主送: short, with an
/// ideograph, and no label, salutation, lead-in sentence or page furniture.
pub(super) fn is_recipients(names: &str) -> bool {
    let key = squash(names);
    let n = key.chars().count();
    n > 0
        && n <= MAX_RECIPIENTS_CHARS
        && key.chars().any(is_cjk_ideograph)
        && !key.starts_with(ATTACHMENT_LABEL)
        && !key.starts_with(SIGNER_LABEL)
        && !CC_LABELS.iter().any(|l| key.starts_with(l))
        && !METADATA_LABELS.contains(&key.as_str())
        && !PAGE_LABELS.contains(&key.as_str())
        && !SALUTATIONS.contains(&key.as_str())
        && !LEAD_IN_WORDS.iter().any(|w| key.contains(w))
}

/// The fewest characters of a line that a hard wrap cut in the middle of a sentence.
const MIN_RUNNING_CHARS: usize = 20;

/// True when head line `line` runs on into the next line: a long line (at least
/// [`MIN_RUNNING_CHARS`] characters) that ends in an ideograph, not in a type word (a title), a
/// statute's event (a head note `…会议通过`), a document number or an issuer mark (`…等十八件司法解释作如下修`, a PDF copy's hard wrap).
fn runs_on(line: &str) -> bool {
    line.chars().count() >= MIN_RUNNING_CHARS
        && line.chars().next_back().is_some_and(is_cjk_ideograph)
        && !TITLE_ENDINGS.iter().any(|w| line.ends_with(w))
        && !STATUTE_EVENTS.iter().any(|(w, _)| line.ends_with(w))
        && number_line(line).is_none()
        && !is_issuer_mark(line)
}

/// Head line `line`, above a 主送 line's colon and the list line `below`, is the first part of
/// the same list: it holds a list separator and is no title (no title ending, no closing bracket
/// of a head note). A title ending that `below` goes on from with the last character of a body's
/// name is a name a hard wrap cut (`…直辖市高级人民法` / `院、人民检察院…`, a PDF copy at 25 characters).
fn continues_recipients(line: &str, below: &str) -> bool {
    let cut_name = below.chars().next().is_some_and(|c| ISSUER_ENDINGS.iter().any(|w| w.chars().eq([c])));
    line.contains(['、', '，', ','])
        && !line.ends_with(['）', ')', '：', ':'])
        && (cut_name || !TITLE_ENDINGS.iter().any(|w| line.ends_with(w)))
        && number_line(line).is_none()
}
