//! Page markers: the page counters a viewer or a PDF extractor leaves in the text.
//!
//! ```text
//! counter  = number ws? "/" ws? number          ; "3/28", "1 / 28": page N of M
//! explicit = "第" ws? number ws? "页" [sep "共" ws? number ws? "页"]   ; a line of its own
//!          | dash ws? number ws? dash            ; "- 3 -", "— 3 —" (GB/T 9704 page numbers)
//!          | "Page" ws number [ws "of" ws number]
//! ```
//!
//! An explicit page line is noise on its own. A counter is weighed against the others of
//! the document, because `1/3` is also a fraction: the counters with the same total `M`
//! form a group, and the group is page markers when its `N` run up (strictly increasing,
//! mostly by one) — three or more of them, or two consecutive ones far apart with `M ≥ 5`
//! (any `M ≥ 3` when both stand alone on their lines).
//! The counters inside lines are weighed first; when they do not run up, the whole group
//! is, lone lines included (a PDF extractor puts each page's `3/23` on a line of its own).
//! A counter alone on its line near the start or end of the document (a viewer's footer),
//! or a lone `1/M` between two lines of prose (the first page's footer of a short document),
//! is accepted too, and so is one that joins an accepted group. Dates (`2024/5/6`),
//! ratios inside numbers (`1/2.5`) and per-cent (`1/2%`) are never counters.

use super::text::{char_count, small_number};
use crate::lexicon::markers::ORDINAL_PREFIX;
use crate::lexicon::noise::{PAGE, PAGE_DASHES, PAGE_SEPARATORS, PAGE_TOTAL};
use crate::model::{Noise, NoiseKind};
use crate::text::Span;
use crate::text::chars::{is_space, trim_space};

/// Distance from either end of the document within which a lone counter line is accepted.
const EDGE_BYTES: usize = 3000;

/// A `N/M` counter found in the text.
#[derive(Clone, Copy, Debug)]
pub(super) struct Counter {
    span: Span,
    page: u32,
    total: u32,
    /// Alone on its line.
    alone: bool,
}

/// Finds the page markers of `text` and appends them to `out`. `explicit` are the explicit
/// page lines found by the line scan (see [`explicit_line`]), `counters` the counters of
/// the text in document order (see [`counter_at`]).
pub(super) fn detect(text: &str, explicit: &[Span], mut counters: Vec<Counter>, out: &mut Vec<Noise>) {
    out.extend(explicit.iter().map(|&s| Noise::new(NoiseKind::PageMarker, s)));
    if counters.is_empty() {
        return;
    }
    // Group by total, keeping document order inside each group (a stable sort).
    counters.sort_by_key(|c| c.total);
    for group in counters.chunk_by(|a, b| a.total == b.total) {
        let refs: Vec<&Counter> = group.iter().collect();
        let accepted = group_is_pages(text, &refs);
        for c in group {
            let near_edge = (c.span.start as usize) < EDGE_BYTES || text.len() - (c.span.end as usize) < EDGE_BYTES;
            // The one counter of its total, `1/M` between two lines of prose: the footer of
            // the first page of a short document.
            let first_footer = group.len() == 1 && c.page == 1 && between_prose(text, c.span);
            let lone_page = c.alone && c.total >= 2 && (near_edge || first_footer);
            if accepted || lone_page {
                out.push(Noise::new(NoiseKind::PageMarker, c.span));
            }
        }
    }
}

/// Whether a group of counters with the same total is a run of page numbers: the counters
/// inside lines run up, or all of them do (lone lines included).
fn group_is_pages(text: &str, group: &[&Counter]) -> bool {
    let inline: Vec<&Counter> = group.iter().copied().filter(|c| !c.alone).collect();
    runs_up(text, &inline) || (inline.len() < group.len() && runs_up(text, group))
}

/// Whether counters with the same total, in document order, run up as page numbers.
fn runs_up(text: &str, run: &[&Counter]) -> bool {
    let Some(first) = run.first() else { return false };
    let total = first.total;
    if total < 3 {
        return false;
    }
    let increasing = run.windows(2).all(|w| matches!(w, [a, b] if a.page < b.page));
    if !increasing {
        return false;
    }
    let steps_of_one = run.windows(2).filter(|w| matches!(w, [a, b] if b.page == a.page + 1)).count();
    match run.len() {
        0 | 1 => false,
        2 => {
            let (Some(a), Some(b)) = (run.first(), run.get(1)) else { return false };
            let gap = text.get(a.span.end as usize..b.span.start as usize).map_or(0, char_count);
            // Two lines that hold nothing but the counter may count the pages of a short
            // document (`1/3` … `2/3`, a PDF extractor's footers); inside lines, a small total
            // is a fraction (`1/3以上委员` … `2/3以上多数`).
            let lone = run.iter().all(|c| c.alone);
            (total >= 5 || lone) && steps_of_one == 1 && gap >= 200
        }
        n => steps_of_one * 2 >= n - 1,
    }
}

/// The counter whose `/` is at byte `slash`, if there is one.
pub(super) fn counter_at(text: &str, slash: usize) -> Option<Counter> {
    let bytes = text.as_bytes();
    // Left number, with at most one space before the slash.
    let mut l_end = slash;
    if l_end > 0 && bytes.get(l_end - 1) == Some(&b' ') {
        l_end -= 1;
    }
    let l_len = bytes.get(..l_end)?.iter().rev().take(5).take_while(|b| b.is_ascii_digit()).count();
    if l_len == 0 || l_len > 4 {
        return None;
    }
    let l_start = l_end - l_len;
    let (page, _) = small_number(bytes.get(l_start..l_end)?)?;
    // Right number, with at most one space after the slash.
    let mut r_start = slash + 1;
    if bytes.get(r_start) == Some(&b' ') {
        r_start += 1;
    }
    let (total, r_len) = small_number(bytes.get(r_start..)?)?;
    let r_end = r_start + r_len;
    if page == 0 || page > total {
        return None;
    }
    // Not part of a date, a path, a decimal, a per-cent or a longer ratio.
    let before = l_start.checked_sub(1).and_then(|i| bytes.get(i)).copied();
    let after = bytes.get(r_end).copied();
    let bad = |b: Option<u8>| {
        matches!(b, Some(b'0'..=b'9' | b'/' | b'.' | b'%' | b':' | b'-' | b'_' | b'a'..=b'z' | b'A'..=b'Z'))
    };
    if bad(before) || bad(after) {
        return None;
    }
    let alone = blank_to_line_start(text, l_start) && blank_to_line_end(text, r_end);
    Some(Counter { span: Span::from_usize(l_start, r_end), page, total, alone })
}

/// A GB/T 9704 page number (`- 4 -`, `— 4 —`) inside a line: a copy that lost its line
/// breaks ran the page's footer into the text (`…依照有关法律法规处理。- 4 -（五）学位论文…`).
#[derive(Clone, Copy, Debug)]
pub(super) struct DashPage {
    span: Span,
    page: u32,
}

/// The last UTF-8 byte of each of [`PAGE_DASHES`]: a byte before a space that no dash ends
/// (nearly every ideograph's) opens no dash page number ([`dash_page_at`]).
const DASH_LAST_BYTES: [u8; PAGE_DASHES.len()] = last_bytes(PAGE_DASHES);

/// The last UTF-8 byte of each of `chars`: an ASCII char is its own byte, a longer one ends
/// with a continuation byte that holds its six lowest bits.
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
const fn last_bytes<const N: usize>(chars: [char; N]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut i = 0;
    while i < N {
        let c = chars[i] as u32;
        out[i] = if c < 0x80 { c as u8 } else { 0x80 | (c & 0x3F) as u8 };
        i += 1;
    }
    out
}

/// True when byte `b` may end one of [`PAGE_DASHES`]: the check [`dash_page_at`]'s callers make
/// on the byte before each space.
pub(super) fn may_end_dash(b: u8) -> bool {
    DASH_LAST_BYTES.contains(&b)
}

/// The most ASCII spaces between a dash and the page number ([`dash_page_at`]).
const MAX_DASH_PAD: usize = 2;

/// The dash page number whose opening dash ([`PAGE_DASHES`]) ends right before the ASCII
/// space at byte `space`: dash, one or two spaces, one to three digits, one or two spaces,
/// the same dash; not after a digit or a dash (`1- 2 -3`), not before a digit, and not alone
/// on its line (that is an explicit page line, [`explicit_line`]).
pub(super) fn dash_page_at(text: &str, space: usize) -> Option<DashPage> {
    let head = text.get(..space)?;
    let dash = head.chars().next_back().filter(|c| PAGE_DASHES.contains(c))?;
    let start = space - dash.len_utf8();
    let before = text.get(..start)?.chars().next_back();
    if before.is_some_and(|c| c.is_ascii_digit() || PAGE_DASHES.contains(&c)) {
        return None;
    }
    let number = padded(text.get(space..)?)?;
    let (page, len) = small_number(number.as_bytes()).filter(|&(_, len)| len <= 3)?;
    let close = padded(number.get(len..)?)?;
    let rest = close.strip_prefix(dash)?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) && !starts_item(rest) {
        return None;
    }
    let end = text.len() - rest.len();
    if blank_to_line_start(text, start) && blank_to_line_end(text, end) {
        return None;
    }
    Some(DashPage { span: Span::from_usize(start, end), page })
}

/// True when `rest` opens with an item number, its dot and an ideograph (`2.学校评审`, `4．领导小组…`):
/// the next item after a page number that a copy without line breaks ran into the text
/// (`…公示名单。- 5 -4.“学术之星”评选…`), no difference of numbers (`- 4 -2`).
fn starts_item(rest: &str) -> bool {
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let after = rest.get(digits..).unwrap_or("");
    let mut chars = after.chars();
    (1..=2).contains(&digits)
        && chars.next().is_some_and(|c| crate::lexicon::markers::DOTS.contains(&c))
        && chars.next().is_some_and(|c| crate::text::chars::is_cjk_ideograph(c) || "“《（".contains(c))
}

/// `r` past one or two ASCII spaces ([`MAX_DASH_PAD`]); `None` for no space or more than two.
fn padded(r: &str) -> Option<&str> {
    let t = r.trim_start_matches(' ');
    (1..=MAX_DASH_PAD).contains(&(r.len() - t.len())).then_some(t)
}

/// The fewest chars between two dash page numbers ([`detect_dash_pages`]) a page apart: a
/// page of text, where `- 5 -` … `- 6 -` in a table's empty cells stand close.
const MIN_PAGE_CHARS: usize = 150;

/// The dash page numbers of `found` (in document order) that run up with a neighbour — the
/// next page, or one or two pages on (a page of tables or a figure between), at least
/// [`MIN_PAGE_CHARS`] per page apart — are page markers; one alone says nothing.
pub(super) fn detect_dash_pages(text: &str, found: &[DashPage], out: &mut Vec<Noise>) {
    let runs_up = |a: &DashPage, b: &DashPage| {
        let step = b.page.checked_sub(a.page).filter(|s| (1..=3).contains(s));
        step.is_some_and(|s| {
            let gap = text
                .get(a.span.end as usize..b.span.start as usize)
                .map_or(0, |g| g.chars().take(MIN_PAGE_CHARS * 3).count());
            gap >= MIN_PAGE_CHARS * s as usize
        })
    };
    for (k, p) in found.iter().enumerate() {
        let prev = k.checked_sub(1).and_then(|j| found.get(j)).is_some_and(|a| runs_up(a, p));
        let next = found.get(k + 1).is_some_and(|b| runs_up(p, b));
        if prev || next {
            out.push(Noise::new(NoiseKind::PageMarker, p.span));
        }
    }
}

/// True when the lines before and after `span` (a counter alone on its line), blank lines
/// skipped, are prose of at least [`PROSE_CHARS`] chars (one of them may be a heading,
/// [`is_heading_line`]): a page's footer between two
/// halves of the running text (`…根据国家与本市重点发展战略` / `1/2` / `和领域需求…`), where a
/// fraction in a table stands among short cells.
fn between_prose(text: &str, span: Span) -> bool {
    let before = text.get(..span.start as usize).unwrap_or("").trim_end();
    let after = text.get(span.end as usize..).unwrap_or("").trim_start();
    let last = before.rsplit(['\n', '\r']).next().unwrap_or("").trim();
    let next = after.split(['\n', '\r']).next().unwrap_or("").trim();
    let prose = |l: &str| l.chars().take(PROSE_CHARS).count() >= PROSE_CHARS;
    (prose(last) || is_heading_line(last)) && (prose(next) || is_heading_line(next)) && (prose(last) || prose(next))
}

/// True when a (trimmed) line opens with a numbering marker followed by at least
/// [`HEADING_WORDS`] chars of words: a heading, which a page may end after
/// (`（三）融合应用创新工程` / `1/2` / `7.开展精准赋能的城市治理应用。…`), where a table's
/// cells hold no marker.
fn is_heading_line(line: &str) -> bool {
    let Some(m) = crate::marker::parse_marker(line, 0) else { return false };
    line.get(m.span.end as usize..).is_some_and(|rest| rest.chars().take(HEADING_WORDS).count() >= HEADING_WORDS)
}

/// The fewest chars of words after the marker of a heading line ([`is_heading_line`]).
const HEADING_WORDS: usize = 4;

/// The fewest chars of a prose line on either side of a lone counter ([`between_prose`]).
const PROSE_CHARS: usize = 20;

/// At most this many padding chars around a counter alone on its line.
const MAX_PAD: usize = 16;

/// True when only padding (a few chars at most) lies between the line start and `pos`.
fn blank_to_line_start(text: &str, pos: usize) -> bool {
    let before = text.get(..pos).unwrap_or("");
    for c in before.chars().rev().take(MAX_PAD) {
        match c {
            '\n' | '\r' => return true,
            c if is_space(c) => {}
            _ => return false,
        }
    }
    before.chars().rev().take(MAX_PAD + 1).count() <= MAX_PAD
}

/// True when only padding (a few chars at most) lies between `pos` and the line end.
fn blank_to_line_end(text: &str, pos: usize) -> bool {
    let after = text.get(pos..).unwrap_or("");
    for c in after.chars().take(MAX_PAD) {
        match c {
            '\n' | '\r' => return true,
            c if is_space(c) => {}
            _ => return false,
        }
    }
    after.chars().take(MAX_PAD + 1).count() <= MAX_PAD
}

/// True when a line (its content, untrimmed) is an explicit page line: `第3页`, `第3页 / 共28页`,
/// `共28页 第3页`, `- 3 -`, `— 3 —`, `Page 3 of 28`.
pub(super) fn explicit_line(line: &str) -> bool {
    let s = trim_space(line);
    if s.is_empty() || s.len() > 48 {
        return false;
    }
    // Tokens: numbers, and the words 第 页 共 / Page of; separators skipped.
    let mut toks = Tokens::default();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let tok = match c {
            '0'..='9' => {
                let len = s.get(i..).map_or(0, |r| r.bytes().take_while(u8::is_ascii_digit).count());
                for _ in 1..len {
                    chars.next();
                }
                if len > 4 {
                    return false;
                }
                Tok::Num
            }
            'P' | 'p' if s.get(i..i + 4).is_some_and(|w| w.eq_ignore_ascii_case("page")) => {
                for _ in 1..4 {
                    chars.next();
                }
                Tok::Page
            }
            'o' if s.get(i..i + 2) == Some("of") => {
                chars.next();
                Tok::Of
            }
            c if c == ORDINAL_PREFIX => Tok::Di,
            c if c == PAGE => Tok::Ye,
            c if c == PAGE_TOTAL => Tok::Gong,
            c if PAGE_DASHES.contains(&c) => Tok::Dash,
            c if PAGE_SEPARATORS.contains(&c) || is_space(c) => continue,
            _ => return false,
        };
        if !toks.push(tok) {
            return false;
        }
    }
    use Tok::{Dash, Di, Gong, Num, Of, Page, Ye};
    matches!(
        toks.as_slice(),
        [Di, Num, Ye]
            | [Di, Num, Ye, Gong, Num, Ye]
            | [Gong, Num, Ye, Di, Num, Ye]
            | [Dash, Num, Dash]
            | [Page, Num]
            | [Page, Num, Of, Num]
    )
}

/// True when a line (untrimmed) is only a counter `N / M` with `1 <= N <= M`.
pub(super) fn lone_counter(line: &str) -> bool {
    let s = trim_space(line).as_bytes();
    let Some((page, l)) = small_number(s) else { return false };
    let mut rest = s.get(l..).unwrap_or(&[]);
    rest = rest.strip_prefix(b" ").unwrap_or(rest);
    let Some(r) = rest.strip_prefix(b"/") else { return false };
    let r = r.strip_prefix(b" ").unwrap_or(r);
    matches!(small_number(r), Some((total, n)) if n == r.len() && page <= total)
}

/// The longest page-line pattern, in tokens.
const MAX_TOKENS: usize = 6;

/// The tokens of a line read by [`explicit_line`], kept without allocating: a line with
/// more tokens than the longest pattern is not a page line.
#[derive(Debug, Default)]
struct Tokens {
    buf: [Tok; MAX_TOKENS],
    len: usize,
}

impl Tokens {
    /// Appends `tok`; dashes may repeat (`—— 3 ——`), so a dash after a dash is folded into
    /// it. False when there is no room left: the line matches no pattern.
    fn push(&mut self, tok: Tok) -> bool {
        if tok == Tok::Dash && self.as_slice().last() == Some(&Tok::Dash) {
            return true;
        }
        let Some(slot) = self.buf.get_mut(self.len) else { return false };
        *slot = tok;
        self.len += 1;
        true
    }

    fn as_slice(&self) -> &[Tok] {
        self.buf.get(..self.len).unwrap_or(&[])
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Tok {
    #[default]
    Num,
    Di,
    Ye,
    Gong,
    Dash,
    Page,
    Of,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let counters = memchr::memchr_iter(b'/', text.as_bytes()).filter_map(|i| counter_at(text, i)).collect();
        detect(text, &[], counters, &mut out);
        out.iter().map(|n| n.span.slice(text)).collect()
    }

    fn dash_pages(text: &str) -> Vec<&str> {
        let found: Vec<DashPage> =
            memchr::memchr_iter(b' ', text.as_bytes()).filter_map(|i| dash_page_at(text, i)).collect();
        let mut out = Vec::new();
        detect_dash_pages(text, &found, &mut out);
        out.iter().map(|n| n.span.slice(text)).collect()
    }

    #[test]
    fn dash_last_bytes_end_the_dashes() {
        for d in PAGE_DASHES {
            let mut buf = [0u8; 4];
            let last = d.encode_utf8(&mut buf).as_bytes().last().copied();
            assert!(last.is_some_and(may_end_dash), "{d} ends with one of DASH_LAST_BYTES");
        }
        assert!(!"甲".bytes().last().is_some_and(may_end_dash) && !may_end_dash(b'a'), "an ideograph's, a letter's");
    }

    #[test]
    fn dash_pages_inside_lines() {
        let page = "甲".repeat(160);
        let joined = format!("{page}。- 7 -（二）{page}- 8 -{page}— 9 —{page}");
        assert_eq!(dash_pages(&joined), ["- 7 -", "- 8 -", "— 9 —"], "page footers run into the text");
        let alone = format!("{page}。- 7 -（二）{page}");
        assert!(dash_pages(&alone).is_empty(), "one says nothing");
        let cells = "合计\t- 5 -\t12\t- 6 -\t8";
        assert!(dash_pages(cells).is_empty(), "empty table cells close together");
        let dates = format!("{page}2024- 7 -1{page}2024- 8 -2");
        assert!(dash_pages(&dates).is_empty(), "digits around the dashes");
    }

    #[test]
    fn explicit_lines() {
        for s in ["第1页 / 共11页", "第 2 页", "- 3 -", "—— 12 ——", "Page 2 of 9", "共3页，第1页"] {
            assert!(explicit_line(s), "{s} is a page line");
        }
        for s in ["第一页", "3", "第3条", "页", "-3-5-", "1/3"] {
            assert!(!explicit_line(s), "{s} is not a page line");
        }
    }

    #[test]
    fn counters_in_a_run() {
        let body = "甲".repeat(120);
        let text = format!("1/9{body}局机2/9关党委{body}3/9的{body}");
        assert_eq!(found(&text), ["1/9", "2/9", "3/9"], "a run of page counters");
    }

    #[test]
    fn fractions_are_not_pages() {
        let text = "须经1/3以上委员提议，并经2/3以上多数通过。日期2024/5/6，比例1/2%。";
        assert!(found(text).is_empty(), "fractions with a small total are not page markers");
        let text = "其中1/5用于甲，1/5用于乙。";
        assert!(found(text).is_empty(), "repeated fractions are not a run");
    }

    #[test]
    fn lone_counter_at_the_end() {
        let text = format!("{}\n\n1 / 28\n下载文档", "正文。".repeat(50));
        assert_eq!(found(&text), ["1 / 28"], "a viewer's footer counter");
    }

    #[test]
    fn lone_counter_lines_in_a_run() {
        // A PDF extractor's page counters, each on a line of its own, far from both ends.
        let page = "甲".repeat(1200);
        let text = format!("{page}\n2/5\n{page}\n3/5\n{page}\n4/5\n{page}");
        assert_eq!(found(&text), ["2/5", "3/5", "4/5"], "lone counter lines that run up");
        let text = format!("{page}\n1/3\n{page}\n2/3\n{page}");
        assert_eq!(found(&text), ["1/3", "2/3"], "two lone counter lines of a short document");
        let text = format!("{page}\n1/2\n{page}");
        assert_eq!(found(&text), ["1/2"], "one lone counter line between two stretches of prose");
        let text = format!("{page}\n比例\n1/2\n权重\n{page}");
        assert!(found(&text).is_empty(), "a fraction among short table cells");
        let text = format!("{page}\n（三）融合应用创新工程\n1/2\n{page}");
        assert_eq!(found(&text), ["1/2"], "a page that ends after a heading");
        let text = format!("{page}\n（一）分配比例\n1/2\n（二）考核权重\n{page}");
        assert!(found(&text).is_empty(), "a fraction between two headings");
        let text = format!("{page}1/3以上委员{page}2/3以上多数{page}");
        assert!(found(&text).is_empty(), "fractions inside lines with a small total");
        let text = format!("{page}\n1/4\n{page}\n1/4\n{page}\n3/5\n{page}");
        assert!(found(&text).is_empty(), "lone fractions that do not run up stay");
    }
}
