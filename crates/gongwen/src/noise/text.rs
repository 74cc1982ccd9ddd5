//! Small text helpers shared by the noise detectors: how a line ends, whether it opens with
//! a marker, cheap counts.

use crate::lexicon::noise::{DATE_UNITS, LINE_BREAKERS, LINE_CLOSERS};
use crate::text::chars::SPACE;

/// Number of chars (code points) in `s`. The standard library counts the bytes that start
/// a char a machine word at a time, which keeps long lines cheap.
pub(super) fn char_count(s: &str) -> usize {
    s.chars().count()
}

/// The longest date line, in characters (`二〇二三年十二月三十一日` with spaces between).
const MAX_DATE_LINE_CHARS: usize = 24;

/// `t` (trimmed) is a date and nothing else: digits (Arabic, full-width or Chinese) and white
/// space, with `年`, `月` and `日` in order, `日` last (`2023年10月9日`, `2024 年 1 月 15 日`,
/// `二〇二三年十月九日`). A shape, not a reading: the elements stage reads the date.
pub(super) fn is_date_line(t: &str) -> bool {
    let mut units = DATE_UNITS.iter().peekable();
    let mut digits = 0usize;
    for (k, c) in t.chars().enumerate() {
        if k >= MAX_DATE_LINE_CHARS {
            return false;
        }
        if units.peek() == Some(&&c) {
            if digits == 0 {
                return false;
            }
            units.next();
            digits = 0;
        } else if crate::numeral::arabic_digit(c).is_some()
            || crate::numeral::cn_digit(c).is_some()
            || crate::numeral::cn_unit(c) == Some(10)
        {
            digits += 1;
        } else if !c.is_whitespace() {
            return false;
        }
    }
    units.next().is_none() && digits == 0
}

/// The char that ends at byte `end` of `text`, if any.
pub(super) fn char_before(text: &str, end: usize) -> Option<char> {
    text.get(..end).and_then(|s| s.chars().next_back())
}

/// The char that starts at byte `start` of `text`, if any.
pub(super) fn char_at(text: &str, start: usize) -> Option<char> {
    text.get(start..).and_then(|s| s.chars().next())
}

/// How a line ends, seen from the next line: did the writer finish a sentence or a unit
/// there, or was the text cut in the middle of one?
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum LineEnd {
    /// A sentence end, a closing quote or bracket, a colon: a break is natural here.
    Closed,
    /// A word character: the sentence goes on past the break.
    Open,
    /// An opening bracket or quote, or a comma: certainly cut.
    Broken,
}

/// Classifies the last char of a line ([`LINE_CLOSERS`], [`LINE_BREAKERS`]).
pub(super) fn line_end(c: char) -> LineEnd {
    if LINE_CLOSERS.contains(&c) {
        LineEnd::Closed
    } else if LINE_BREAKERS.contains(&c) {
        LineEnd::Broken
    } else {
        LineEnd::Open
    }
}

/// True when `s`, after its leading white space, opens with an outline marker (the marker
/// grammar, [`crate::marker::parse_marker`]): such a line belongs to the document, even when
/// it talks about downloads, or follows a number that looks like a chunk number.
pub(super) fn opens_with_marker(s: &str) -> bool {
    let start = SPACE.skip(s.as_bytes(), 0, s.len());
    crate::marker::parse_marker(s, start).is_some()
}

/// Parses 1–4 ASCII digits at the start of `s` (no leading zero): the value and its length.
pub(super) fn small_number(s: &[u8]) -> Option<(u32, usize)> {
    let len = s.iter().take(5).take_while(|b| b.is_ascii_digit()).count();
    if len == 0 || len > 4 || s.first() == Some(&b'0') {
        return None;
    }
    let value = s.get(..len)?.iter().fold(0u32, |v, &b| v * 10 + u32::from(b - b'0'));
    Some((value, len))
}

/// Parses 1–4 digits at the start of `s` like [`small_number`], or as many full-width
/// digits (`１４、`: a copy that widened every digit of the text): the value and its length
/// in bytes.
pub(super) fn small_number_any_width(s: &[u8]) -> Option<(u32, usize)> {
    if !starts_with_wide_digit(s) {
        return small_number(s);
    }
    let digits = || s.chunks(3).map_while(wide_digit);
    let len = digits().take(5).count();
    if len > 4 || digits().next() == Some(0) {
        return None;
    }
    Some((digits().fold(0, |v, d| v * 10 + d), 3 * len))
}

/// True when `s` opens with a full-width digit `０`–`９` (U+FF10–U+FF19, `EF BC 90`–`EF BC 99`).
pub(super) fn starts_with_wide_digit(s: &[u8]) -> bool {
    s.get(..3).and_then(wide_digit).is_some()
}

/// The value of the full-width digit that `c` (three bytes) encodes.
fn wide_digit(c: &[u8]) -> Option<u32> {
    match c {
        [0xEF, 0xBC, d @ 0x90..=0x99] => Some(u32::from(d - 0x90)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_chars() {
        assert_eq!(char_count("a第一条"), 4, "one ASCII and three CJK chars");
    }

    #[test]
    fn date_lines() {
        for t in [
            "2023年10月9日",
            "2024 年 1 月 15 日",
            "二〇二三年十月九日",
            "二○二三年十二月三十一日",
            "２０２３年５月６日",
        ] {
            assert!(is_date_line(t), "{t}");
        }
        for t in ["2023年10月", "2023年10月9日印发", "年月日", "2023年10月9日5", "10月9日2023年", "电话：2023"]
        {
            assert!(!is_date_line(t), "{t}");
        }
    }

    #[test]
    fn numbers() {
        assert_eq!(small_number(b"14\xe3\x80\x81"), Some((14, 2)), "14 before a dunhao");
        assert_eq!(small_number(b"012"), None, "no leading zero");
        assert_eq!(small_number(b"12345"), None, "at most four digits");
        assert_eq!(small_number_any_width("１４、".as_bytes()), Some((14, 6)), "full-width digits");
        assert_eq!(small_number_any_width("14、".as_bytes()), Some((14, 2)), "ASCII digits");
        assert_eq!(small_number_any_width("０１".as_bytes()), None, "no leading zero");
        assert_eq!(small_number_any_width("１２３４５".as_bytes()), None, "at most four digits");
    }

    #[test]
    fn line_ends() {
        assert_eq!(line_end('。'), LineEnd::Closed, "sentence end");
        assert_eq!(line_end('全'), LineEnd::Open, "a word goes on");
        assert_eq!(line_end('('), LineEnd::Broken, "an open bracket is cut");
    }
}
