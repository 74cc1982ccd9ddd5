//! Kinds: telling a quantity from the numbers that are not quantities.
//!
//! Grammar of the non-quantities recognised around a number (all bounded look-arounds):
//!
//! ```text
//! year       := YEAR4 '年' ('度' | '底' | '初' | '末')?          2024年, 二〇二四年, 20**年, xxxx年
//! date       := year? MONTH '月' (DAY ('日'|'号') | '底' | '初' | '份' | '中旬' …)?
//!             | YEAR4 [-./] D{1,2} [-./] D{1,2}                  2023-02-25
//! year_range := YEAR4 '年'? SEP YEAR4 '年'?                      2017—2020年
//! ordinal    := '第' number CLASSIFIER?                          第九届, 第22个, 第一
//!             | number '周年' | CN '期' (二期工程)
//! article    := '第' number ('条'|'章'|'节'|'款'|'项'|'编'|'目')    第十条
//! doc_number := [〔［[【(（] YEAR4 [〕］]】)）] D+ '号'             〔2019〕5号
//! slogan     := figure inside a short quotation “…” (≤ 14 chars) | D ('+' D)+
//!             | '十' D '五' (十四五) | CN '个' SLOGAN_WORD (四个意识)
//! name       := figure inside a book title 《…》                  《3-6岁儿童学习与发展指南》
//! ```

use super::value::{char_at, char_before, has_at, starts_with_word};
use crate::lexicon::CharBits;
use crate::lexicon::kinds::{
    DAY_NUMERALS, EVERY, LEXICAL, LEXICAL_COUNT_CUES, LEXICAL_COUNT_TAILS, MONTH_MIDDLE, MONTH_TAILS, NOT_YEAR_TAIL,
    is_article_unit, is_day_unit, is_doc_number_close, is_doc_number_open, is_ordinal_classifier, is_ordinal_mark,
    is_year_tail,
};
use std::cell::Cell;
use std::sync::LazyLock;

/// A numeral of a word of [`LEXICAL`]: the numeral, its byte offset in the word, the word.
type LexicalNumeral = (char, usize, &'static str);

/// Every numeral of the words of [`LEXICAL`] with its byte offset in the word: a reading
/// may start at any of them (`三番五次`: 三 is no figure of its own, 五次 would be). With the
/// set of those numerals, the probe that rules out most figures (`一`, `二`, `十` …).
static LEXICAL_NUMERALS: LazyLock<(CharBits, Vec<LexicalNumeral>)> = LazyLock::new(|| {
    let numerals = |w: &'static str| w.char_indices().filter(|&(_, c)| super::value::is_cn_numeral(c));
    let rows: Vec<_> = LEXICAL.iter().flat_map(|&w| numerals(w).map(move |(k, c)| (c, k, w))).collect();
    (CharBits::of(rows.iter().map(|r| r.0)), rows)
});

/// The end of a lexicalised word ([`LEXICAL`]) with the numeral `first` at byte `i`, if any.
/// A unit that runs past the word shows the numeral counts after all (`未满四周岁`: 周岁), and
/// so do a counting word before the word or a bound after it ([`LEXICAL_COUNT_CUES`],
/// [`LEXICAL_COUNT_TAILS`]: `为期四周`, `四周以上` are four weeks).
pub(crate) fn lexical_word(text: &str, i: usize, first: char) -> Option<usize> {
    let (numerals, rows) = &*LEXICAL_NUMERALS;
    if !numerals.contains(first) {
        return None;
    }
    let (_, k, w) = rows
        .iter()
        .find(|&&(c, k, w)| c == first && i >= k && text.get(i - k..).is_some_and(|t| starts_with_word(t, w)))?;
    let (start, end) = (i - k, i - k + w.len());
    let unit_past = super::unit::unit_at(text, i + first.len_utf8()).is_some_and(|m| m.end > end);
    let before = text.get(..start).unwrap_or("");
    let after = text.get(end..).unwrap_or("");
    let counted = LEXICAL_COUNT_CUES.iter().any(|c| before.ends_with(c))
        || LEXICAL_COUNT_TAILS.iter().any(|t| after.starts_with(t));
    (!unit_past && !counted).then_some(end)
}

/// True when `每` ([`EVERY`]) opens the phrase that ends at byte `i` (at most eight
/// ideographs back, no punctuation between): `每半年召开一次`, `每学期组织一次`.
pub(crate) fn after_every(text: &str, i: usize) -> bool {
    let before = text.get(..i).unwrap_or("");
    before.chars().rev().take(8).take_while(|c| crate::text::chars::is_cjk_ideograph(*c)).any(|c| c == EVERY)
}

/// What follows `第N`: the end of the ordinal and whether it is an article reference.
pub(crate) fn ordinal_tail(text: &str, end: usize) -> (usize, bool) {
    let Some(c) = char_at(text, end) else { return (end, false) };
    let article = is_article_unit(c);
    if !article && !is_ordinal_classifier(c) {
        return (end, false);
    }
    let mut e = end + c.len_utf8();
    // 第一季度: the quarter.
    if c == '季' && text.get(e..).is_some_and(|s| s.starts_with('度')) {
        e += '度'.len_utf8();
    }
    (e, article)
}

/// The start of `第` (or its typo `笫`: [`crate::lexicon::kinds::ORDINAL_MARKS`]) with at most one space before
/// byte `start`, or at the end of the line before (a hard wrap: `依照第⏎十八条`).
pub(crate) fn di_before(text: &str, start: usize) -> Option<usize> {
    let i = match super::value::before_wrap(text, start) {
        Some(line) => line.len(),
        None => start - super::unit::gap_len_before(text.as_bytes(), start).unwrap_or(0),
    };
    char_before(text, i).filter(|&c| is_ordinal_mark(c)).map(|c| i - c.len_utf8())
}

/// True when `[start, end)` sits inside a short quotation (“…”, 「…」, ‘…’) of at most
/// `MAX_QUOTE` characters.
///
/// Going back, the first opening mark must come before any closing mark, `。`, `；` or line
/// break and within `MAX_QUOTE` characters. The opening and closing marks and `。` all
/// start with the byte E2 or E3, so the nearest of them is found with `memrchr2`, and the
/// characters after an opening mark are read only when there is one.
pub(crate) fn in_short_quote(text: &str, start: usize, end: usize) -> bool {
    const MAX_QUOTE: usize = 14;
    let Some(before) = text.get(..start) else { return false };
    // `MAX_QUOTE` characters take at most four bytes each.
    let lo = start.saturating_sub(4 * MAX_QUOTE);
    let Some(open) = nearest_quote_mark(before.as_bytes(), lo) else { return false };
    let Some(close) = text.get(open..).and_then(|t| t.chars().next()).and_then(closing_mark) else { return false };
    let mut n = 1usize;
    // One hard wrap inside the quotation (`“四个⏎融合”`) does not count as a character.
    let mut wraps = 0;
    let b = text.as_bytes();
    let mut wrap_at = |i: usize| {
        wraps += 1;
        wraps == 1 && is_wrap(b, i)
    };
    let inner = open + close.len_utf8();
    for (k, c) in text.get(inner..start).unwrap_or("").char_indices() {
        if c == '\n' && wrap_at(inner + k) {
            continue;
        }
        n += 1;
        if n > MAX_QUOTE || matches!(c, '；' | '\n') {
            return false;
        }
    }
    for (k, c) in text.get(end..).unwrap_or("").char_indices() {
        if c == '\n' && wrap_at(end + k) {
            continue;
        }
        n += 1;
        if n > MAX_QUOTE + 1 {
            return false;
        }
        if c == close {
            return true;
        }
        if matches!(c, '“' | '「' | '‘' | '『' | '。' | '；' | '\n') {
            return false;
        }
    }
    false
}

/// The closing mark of an opening quotation mark.
fn closing_mark(open: char) -> Option<char> {
    match open {
        '“' => Some('”'),
        '「' => Some('」'),
        '‘' => Some('’'),
        '『' => Some('』'),
        _ => None,
    }
}

/// The position of the last quotation mark (“ ” ‘ ’ 「 」 『 』) or `。` in `b[lo..]`, when it
/// is an opening mark.
fn nearest_quote_mark(b: &[u8], lo: usize) -> Option<usize> {
    let mut hay_end = b.len();
    while let Some(k) = b.get(lo..hay_end).and_then(|h| memchr::memrchr2(0xE2, 0xE3, h)) {
        let at = lo + k;
        match b.get(at..at + 3) {
            Some([0xE2, 0x80, 0x9C | 0x98] | [0xE3, 0x80, 0x8C | 0x8E]) => return Some(at),
            Some([0xE2, 0x80, 0x9D | 0x99] | [0xE3, 0x80, 0x8D | 0x8F | 0x82]) => return None,
            _ => hay_end = at,
        }
    }
    None
}

/// True when `[start, end)` sits inside a book title 《…》 (at most [`TITLE_WINDOW`] bytes
/// away on each side, with no line break between but one hard wrap: [`is_wrap`]).
pub(crate) fn in_title(text: &str, start: usize, end: usize, marks: &TitleMarks) -> bool {
    let b = text.as_bytes();
    let lo = start.saturating_sub(TITLE_WINDOW);
    // Back to the last line break or title mark: it must open a title.
    let opens = |at: usize| b.get(at..at + 3) == Some(&[0xE3, 0x80, 0x8A]);
    // One hard wrap inside the title (`严格落实《⏎3-6岁儿童学习与发展指南》`): the mark before
    // it counts.
    let opened = match marks.last_before(b, lo, start) {
        Some(at) if b.get(at) == Some(&b'\n') => is_wrap(b, at) && last_title_mark(b, lo, at).is_some_and(opens),
        at => at.is_some_and(opens),
    };
    if !opened {
        return false;
    }
    let hi = end.saturating_add(TITLE_WINDOW).min(b.len());
    let mut from = end;
    let mut wraps = 0;
    while let Some(k) = b.get(from..hi).and_then(|h| memchr::memchr2(0xE3, b'\n', h)) {
        let at = from + k;
        match (b.get(at), b.get(at + 1..at + 3)) {
            (Some(b'\n'), _) if wraps == 0 && is_wrap(b, at) => {
                wraps += 1;
                from = at + 1;
            }
            (Some(b'\n'), _) | (_, Some([0x80, 0x8A])) => return false,
            (_, Some([0x80, 0x8B])) => return true,
            _ => from = at + 1,
        }
    }
    false
}

/// True when the line break at byte `at` of `b` is a hard wrap: a line with words before it
/// and a line with words after it (no blank line, no line ending a sentence).
fn is_wrap(b: &[u8], at: usize) -> bool {
    let before = b.get(..at).unwrap_or(&[]);
    let before = before.strip_suffix(b"\r").unwrap_or(before);
    let ends_sentence = before.ends_with("。".as_bytes()) || before.ends_with("；".as_bytes());
    let blank_before = before.last().is_none_or(|&c| c == b'\n');
    let blank_after = b.get(at + 1).is_none_or(|&c| c == b'\n' || c == b'\r');
    !(ends_sentence || blank_before || blank_after)
}

/// The last line break or title mark (《 is E3 80 8A, 》 E3 80 8B) in `b[lo..hi]`: its
/// position. Found by walking back over the bytes 0xE3 and line breaks.
fn last_title_mark(b: &[u8], lo: usize, hi: usize) -> Option<usize> {
    let mut hay_end = hi;
    while let Some(k) = b.get(lo..hay_end).and_then(|h| memchr::memrchr2(0xE3, b'\n', h)) {
        let at = lo + k;
        match (b.get(at), b.get(at + 1..at + 3)) {
            (Some(b'\n'), _) | (_, Some([0x80, 0x8A | 0x8B])) => return Some(at),
            _ => hay_end = at,
        }
    }
    None
}

/// The last title mark before a position, remembered from one question to the next: the
/// figures of a text come in order, so only the bytes between two of them are searched.
///
/// Invariant: `mark` is the last title mark in `[from, upto)`.
#[derive(Default)]
pub(crate) struct TitleMarks {
    from: Cell<usize>,
    upto: Cell<usize>,
    mark: Cell<Option<usize>>,
}

impl TitleMarks {
    /// The last title mark in `b[lo..hi]`, as [`last_title_mark`].
    fn last_before(&self, b: &[u8], lo: usize, hi: usize) -> Option<usize> {
        let (from, upto) = (self.from.get(), self.upto.get());
        let mark = if from <= lo && lo <= upto && upto <= hi {
            // The last mark of [from, hi) is in [upto, hi), else the one remembered.
            last_title_mark(b, upto, hi).or(self.mark.get())
        } else {
            self.from.set(lo);
            last_title_mark(b, lo, hi)
        };
        self.upto.set(hi);
        self.mark.set(mark);
        mark.filter(|&at| at >= lo)
    }
}

/// Bytes looked at on each side for an enclosing 《…》.
const TITLE_WINDOW: usize = 180;

/// A document number around a 4-digit year at `[start, end)`: `〔2019〕5号`, also with `第`
/// before the number (`〔2005〕第57号`, docs/annotation.md "Document elements"). Returns the
/// span of the whole number.
pub(crate) fn doc_number(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let open = char_before(text, start)?;
    if !is_doc_number_open(open) {
        return None;
    }
    let close = char_at(text, end)?;
    if !is_doc_number_close(close) {
        return None;
    }
    let mut i = end + close.len_utf8();
    if let Some(di) = char_at(text, i).filter(|&c| is_ordinal_mark(c)) {
        i += di.len_utf8();
    }
    let digits_start = i;
    while let Some(c) = char_at(text, i).filter(|c| c.is_ascii_digit() || ('０'..='９').contains(c)) {
        i += c.len_utf8();
        if i - digits_start > 24 {
            return None;
        }
    }
    if i == digits_start {
        return None;
    }
    let hao = before_hao(text, i);
    if char_at(text, hao) != Some('号') {
        return None;
    }
    Some((start - open.len_utf8(), hao + '号'.len_utf8()))
}

/// The byte of the `号` of a document number whose digits end at byte `i`: past the gaps and
/// the one line break a PDF copy leaves there (`（教助中心〔2024〕16 号）`, `(上财学[2010]2⏎号)`,
/// sufe-campus-qa notices extracted from PDF).
fn before_hao(text: &str, i: usize) -> usize {
    let i = super::value::after_gaps(text, i);
    match text.get(i..).map(|r| r.strip_prefix("\r\n").or_else(|| r.strip_prefix('\n'))) {
        Some(Some(rest)) => super::value::after_gaps(text, text.len() - rest.len()),
        _ => i,
    }
}

/// A numeric date `2023-02-25`, `2023.2.25`, `2023/02/25` starting with the year that
/// ends at `end`: the end of the date.
pub(crate) fn numeric_date(text: &str, end: usize) -> Option<usize> {
    let b = text.as_bytes();
    let sep = *b.get(end)?;
    if !matches!(sep, b'-' | b'.' | b'/') {
        return None;
    }
    let mut i = end + 1;
    for part in 0..2 {
        let s = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == s || i - s > 2 {
            return None;
        }
        if part == 0 {
            if b.get(i) != Some(&sep) {
                return None;
            }
            i += 1;
        }
    }
    if b.get(i).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    Some(i)
}

/// True when an ideograph follows the first `len` bytes of `rest`: the character there begins a
/// word (`中` of `中央`).
fn begins_a_word(rest: &str, len: usize) -> bool {
    rest.get(len..).and_then(|r| r.chars().next()).is_some_and(crate::text::chars::is_cjk_ideograph)
}

/// The end of a date tail after `月` at byte `pos` (the first byte after 月): a day
/// (`15日`, `十五日`, `5号`) or 底/初/末/份/上旬/中旬/下旬, 中 before no ideograph.
pub(crate) fn month_tail(text: &str, pos: usize) -> usize {
    let rest = text.get(pos..).unwrap_or("");
    for w in MONTH_TAILS {
        if starts_with_word(rest, w) && !(*w == MONTH_MIDDLE && begins_a_word(rest, w.len())) {
            return pos + w.len();
        }
    }
    let mut i = pos;
    let mut n = 0;
    while let Some(c) = char_at(text, i) {
        let digit = c.is_ascii_digit() || ('０'..='９').contains(&c) || DAY_NUMERALS.contains(c);
        if !digit || n >= 3 {
            break;
        }
        i += c.len_utf8();
        n += 1;
    }
    if n > 0 {
        let i = super::value::after_gaps(text, i);
        if let Some(c) = char_at(text, i).filter(|&c| is_day_unit(c)) {
            return i + c.len_utf8();
        }
    }
    pos
}

/// After a year ending at `pos` (after 年): 度, 底, 初, 末 belong to it ([`YEAR_TAILS`]),
/// unless they begin [`NOT_YEAR_TAIL`].
pub(crate) fn year_tail(text: &str, pos: usize) -> usize {
    match char_at(text, pos) {
        Some(c) if is_year_tail(c) && !has_at(text, pos, NOT_YEAR_TAIL) => pos + c.len_utf8(),
        _ => pos,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`in_short_quote`] read one char at a time: back to the opening mark within
    /// `MAX_QUOTE` characters, then forwards over the quotation, where one hard wrap
    /// ([`is_wrap`]) does not count as a character.
    fn in_short_quote_by_chars(text: &str, start: usize, end: usize) -> bool {
        const MAX_QUOTE: usize = 14;
        let Some(before) = text.get(..start) else { return false };
        let mut open = None;
        for (i, c) in before.char_indices().rev().take(MAX_QUOTE) {
            match c {
                '“' | '「' | '‘' | '『' => {
                    open = Some((i, c));
                    break;
                }
                '”' | '」' | '’' | '』' | '。' => return false,
                _ => {}
            }
        }
        let Some((at, open)) = open else { return false };
        let close = match open {
            '“' => '”',
            '「' => '」',
            '‘' => '’',
            _ => '』',
        };
        let b = text.as_bytes();
        let mut n = 1usize;
        let mut wraps = 0;
        let inner = at + open.len_utf8();
        let inside = text.get(inner..start).unwrap_or("").char_indices().map(|(k, c)| (inner + k, c, true));
        let after = text.get(end..).unwrap_or("").char_indices().map(|(k, c)| (end + k, c, false));
        for (i, c, before_figure) in inside.chain(after) {
            if c == '\n' {
                wraps += 1;
                if wraps == 1 && is_wrap(b, i) {
                    continue;
                }
            }
            n += 1;
            if before_figure {
                if n > MAX_QUOTE || matches!(c, '；' | '\n') {
                    return false;
                }
                continue;
            }
            if n > MAX_QUOTE + 1 {
                return false;
            }
            if c == close {
                return true;
            }
            if matches!(c, '“' | '「' | '‘' | '『' | '。' | '；' | '\n') {
                return false;
            }
        }
        false
    }

    proptest::proptest! {
        #[test]
        fn short_quote_as_by_chars(parts in proptest::collection::vec(0usize..16, 0..40), a in 0usize..200, b in 0usize..200) {
            let pieces = ["“", "”", "「", "」", "『", "』", "‘", "’", "。", "；", "\n", "三", "8", "𠀀", "、", "—"];
            let t: String = parts.iter().filter_map(|&k| pieces.get(k).copied()).collect();
            // A figure's span: its start before its end (the two readings differ on a reversed
            // span, which no caller passes).
            let (start, end) = (a.min(b).min(t.len()), a.max(b).min(t.len()));
            proptest::prop_assert_eq!(in_short_quote(&t, start, end), in_short_quote_by_chars(&t, start, end));
        }
    }

    /// [`in_title`] as it was written before [`TitleMarks`]: every search from scratch (one
    /// hard wrap allowed on each side).
    fn in_title_by_search(text: &str, start: usize, end: usize) -> bool {
        let b = text.as_bytes();
        let lo = start.saturating_sub(TITLE_WINDOW);
        let mut hay_end = start;
        let mut opened = false;
        let mut wrapped = false;
        while let Some(k) = b.get(lo..hay_end).and_then(|h| memchr::memrchr2(0xE3, b'\n', h)) {
            let at = lo + k;
            match (b.get(at), b.get(at + 1..at + 3)) {
                (Some(b'\n'), _) if !wrapped && is_wrap(b, at) => {
                    wrapped = true;
                    hay_end = at;
                }
                (Some(b'\n'), _) => return false,
                (_, Some([0x80, 0x8A])) => {
                    opened = true;
                    break;
                }
                (_, Some([0x80, 0x8B])) => return false,
                _ => hay_end = at,
            }
        }
        if !opened {
            return false;
        }
        let hi = end.saturating_add(TITLE_WINDOW).min(b.len());
        let mut from = end;
        let mut wrapped = false;
        while let Some(k) = b.get(from..hi).and_then(|h| memchr::memchr2(0xE3, b'\n', h)) {
            let at = from + k;
            match (b.get(at), b.get(at + 1..at + 3)) {
                (Some(b'\n'), _) if !wrapped && is_wrap(b, at) => {
                    wrapped = true;
                    from = at + 1;
                }
                (Some(b'\n'), _) | (_, Some([0x80, 0x8A])) => return false,
                (_, Some([0x80, 0x8B])) => return true,
                _ => from = at + 1,
            }
        }
        false
    }

    proptest::proptest! {
        #[test]
        fn title_marks_remembered_as_searched(
            parts in proptest::collection::vec(0usize..9, 0..300),
            queries in proptest::collection::vec((0usize..2000, 0usize..12), 1..40),
        ) {
            let pieces = ["《", "》", "\n", "、", "。", "法", "3", "ab", "第一百"];
            let t: String = parts.iter().filter_map(|&k| pieces.get(k).copied()).collect();
            let marks = TitleMarks::default();
            // Mostly in order, as the figures come, with jumps back.
            let mut sorted = queries.clone();
            sorted.sort_unstable();
            for &(a, len) in sorted.iter().chain(&queries) {
                let start = a.min(t.len());
                let end = (start + len).min(t.len());
                proptest::prop_assert_eq!(in_title(&t, start, end, &marks), in_title_by_search(&t, start, end));
            }
        }
    }

    #[test]
    fn contexts() {
        let t = "落实“5+2+2”模式";
        let s = t.find('5').unwrap_or(0);
        assert!(in_short_quote(t, s, s + 1));
        let t = "依照《中华人民共和国3-6岁儿童法》第三条";
        let s = t.find('3').unwrap_or(0);
        assert!(in_title(t, s, s + 1, &TitleMarks::default()));
        let t = "国发〔2019〕5号文件";
        let s = t.find('2').unwrap_or(0);
        assert_eq!(doc_number(t, s, s + 4).map(|x| &t[x.0..x.1]), Some("〔2019〕5号"));
        assert_eq!(numeric_date("2023-02-25 格式", 4), Some(10));
    }
}
