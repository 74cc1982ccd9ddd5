//! Dates as official documents print them, and the numbers inside them.
//!
//! ```text
//! date  := year pad* 年 pad* month pad* 月 [pad* day pad* 日]
//! year  := DIGIT{4} | CN_DIGIT{4}            (2005, 二〇〇五)
//! month := DIGIT{1,2} | cn_int               (6, 06, 六, 十二)
//! day   := DIGIT{1,2} | cn_int               (11, 十一, 三十一)
//! pad   := white space (PDF copies print `2024 年1 月11 日`)
//! ```

use crate::lexicon::numerals::ZERO_LOOKALIKES;
use crate::model::Date;
use crate::numeral::{arabic_digit, arabic_int, cn_digit, cn_int};
use crate::text::chars::WHITE_SPACE;

/// A whole number at the start of `s`, Arabic (also full-width) or Chinese: its value, its
/// length in bytes and how many characters it has.
pub(crate) fn int_at(s: &str) -> Option<(u64, usize, usize)> {
    let (v, len) = int_len(s)?;
    let chars = s.get(..len).map_or(0, |t| t.chars().count());
    Some((v, len, chars))
}

/// A whole number at the start of `s`, as [`int_at`] reads it: its value and its length in
/// bytes.
pub(crate) fn int_len(s: &str) -> Option<(u64, usize)> {
    let (rest, v) = arabic_int(s).or_else(|| cn_int(s))?;
    Some((v, s.len() - rest.len()))
}

/// White space at the start of `s`: its length in bytes.
pub(crate) fn pad_len(s: &str) -> usize {
    // Most numbers and words start with a byte no white space starts with.
    let b = s.as_bytes();
    match b.first() {
        Some(&c) if WHITE_SPACE.may_start(c) => WHITE_SPACE.skip(b, 0, b.len()),
        _ => 0,
    }
}

/// The year at the start of `s`: four Arabic digits or four Chinese digits (`二〇〇五`, read
/// digit by digit).
fn year_at(s: &str) -> Option<(u32, usize)> {
    let mut chars = s.char_indices();
    let mut value = 0u32;
    let mut arabic = None;
    for _ in 0..4 {
        let (_, c) = chars.next()?;
        let (d, is_arabic) = match (arabic_digit(c), cn_digit(c)) {
            (Some(d), _) => (d, true),
            (None, Some(d)) => (d, false),
            (None, None) if ZERO_LOOKALIKES.contains(&c) => (0, false),
            (None, None) => return None,
        };
        // One script for the whole year; a zero (`0`, `〇`, `O`) fits either (`二0二三`,
        // `二O二三`: typed zeros in a Chinese year).
        if d != 0 && *arabic.get_or_insert(is_arabic) != is_arabic {
            return None;
        }
        value = value * 10 + d;
    }
    let end = chars.next().map_or(s.len(), |(i, _)| i);
    // A fifth digit: not a year.
    let next = s.get(end..).and_then(|r| r.chars().next());
    if next.is_some_and(|c| arabic_digit(c).is_some() || cn_digit(c).is_some()) {
        return None;
    }
    Some((value, end))
}

/// A number of one or two characters followed (after white space) by `unit`: the value and
/// the length up to and with the unit.
fn part_at(s: &str, unit: char) -> Option<(u32, usize)> {
    let at = pad_len(s);
    let (v, len, chars) = int_at(s.get(at..)?)?;
    if chars > 3 {
        return None;
    }
    let mut end = at + len;
    end += pad_len(s.get(end..)?);
    let rest = s.get(end..)?;
    rest.starts_with(unit).then(|| (u32::try_from(v).unwrap_or(u32::MAX), end + unit.len_utf8()))
}

/// The date at the start of `s` (no white space before it) and its length in bytes, with
/// the day when one is printed (`二〇〇五年六月十一日` is 2005-06-11). `None` when no whole date
/// is there or it does not exist.
pub(crate) fn date_at(s: &str) -> Option<(Date, usize)> {
    plain_date_at(s).unwrap_or_else(|| grammar_date_at(s))
}

/// [`date_at`] by the grammar.
fn grammar_date_at(s: &str) -> Option<(Date, usize)> {
    let (year, mut end) = year_at(s)?;
    end += pad_len(s.get(end..)?);
    end += s.get(end..)?.starts_with('年').then_some('年'.len_utf8())?;
    let (month, len) = part_at(s.get(end..)?, '月')?;
    end += len;
    match part_at(s.get(end..)?, '日') {
        Some((day, len)) => Date::new(year, month, Some(day)).map(|d| (d, end + len)),
        None => Date::new(year, month, None).map(|d| (d, end)),
    }
}

/// The date as most texts print it, `2021年10月23日` (ASCII digits, nothing between the parts),
/// read off its bytes: what [`date_at`] gives for it, or `None` when `s` starts with another
/// form (which the grammar reads).
fn plain_date_at(s: &str) -> Option<Option<(Date, usize)>> {
    let b = s.as_bytes();
    // The value and count of the ASCII digits at `from`, at most `max` of them.
    let digits = |from: usize, max: usize| {
        let run = b.get(from..).unwrap_or_default().iter().take(max).take_while(|d| d.is_ascii_digit());
        run.fold((0u32, 0usize), |(v, n), d| (v * 10 + u32::from(d - b'0'), n + 1))
    };
    let unit_at = |at: usize, unit: char| {
        let mut buf = [0u8; 4];
        b.get(at..).is_some_and(|r| r.starts_with(unit.encode_utf8(&mut buf).as_bytes()))
    };
    let (year, 4) = digits(0, 4) else { return None };
    if !unit_at(4, '年') {
        return None;
    }
    let month_at = 4 + '年'.len_utf8();
    let (month, m @ 1..) = digits(month_at, 2) else { return None };
    if !unit_at(month_at + m, '月') {
        return None;
    }
    let day_at = month_at + m + '月'.len_utf8();
    let (day, d @ 1..) = digits(day_at, 2) else { return None };
    if !unit_at(day_at + d, '日') {
        return None;
    }
    Some(Date::new(year, month, Some(day)).map(|date| (date, day_at + d + '日'.len_utf8())))
}

/// The date that `s` holds and nothing else (white space around it aside): as [`date_at`]
/// reads it, or written with separators (`2024.3.5`, `2024-03-05`, `2024/3/5`:
/// [`separated_date`]), as the signatures of school and company notices print it.
pub(crate) fn whole_date(s: &str) -> Option<Date> {
    let t = s.trim();
    match date_at(t) {
        Some((d, len)) => (len == t.len()).then_some(d),
        None => separated_date(t),
    }
}

/// A date with a day written as digits and one separator ([`DATE_SEPARATORS`]) twice, and
/// nothing else: `2024.3.5`, `2024-03-05`, `2024/3/5` (ASCII or full-width digits).
///
/// ```text
/// separated := DIGIT{4} SEP DIGIT{1,2} SEP DIGIT{1,2}        (the same SEP both times)
/// ```
fn separated_date(t: &str) -> Option<Date> {
    // The year's four digits open it: a text that opens with no digit (most lines asked) is
    // none, without being split.
    if t.chars().next().is_none_or(|c| arabic_digit(c).is_none()) {
        return None;
    }
    let mut parts = t.splitn(3, DATE_SEPARATORS);
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let sep = t.get(y.len()..)?.chars().next()?;
    let same = t.get(y.len() + sep.len_utf8() + m.len()..)?.starts_with(sep);
    let digits = |p: &str, max: usize| {
        let n = p.chars().count();
        let value = p.chars().try_fold(0u32, |v, c| Some(v * 10 + arabic_digit(c)?));
        value.filter(|_| (1..=max).contains(&n))
    };
    if !same || y.chars().count() != 4 {
        return None;
    }
    Date::new(digits(y, 4)?, digits(m, 2)?, Some(digits(d, 2)?))
}

/// The separators of a date written as digits ([`separated_date`]), ASCII and full-width.
const DATE_SEPARATORS: [char; 6] = ['.', '-', '/', '．', '－', '／'];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_dates_read_as_the_grammar_reads_them() {
        assert!(plain_date_at("2021年10月23日通过").is_some_and(|r| r.is_some()));
        assert!(plain_date_at("2021年2月30日").is_some_and(|r| r.is_none()), "read, and no such day");
        assert!(plain_date_at("2021年10月").is_none(), "no day: the grammar reads it");
        for t in [
            "2021年10月23日通过",
            "2021年1月2日",
            "2021年13月2日",
            "2021年2月30日",
            "2021年10月",
            "2021年10月2345日",
            "20211年1月1日",
            "1899年1月1日",
            "2021 年10月23日",
            "2021年１０月23日",
            "二〇二一年十月二十三日",
        ] {
            if let Some(read) = plain_date_at(t) {
                assert_eq!(read, grammar_date_at(t), "{t}");
            }
            assert_eq!(date_at(t), grammar_date_at(t), "{t}");
        }
    }

    fn iso(s: &str) -> Option<String> {
        date_at(s).map(|(d, _)| d.to_string())
    }

    #[test]
    fn arabic_and_chinese_dates() {
        assert_eq!(iso("2019年1月22日").as_deref(), Some("2019-01-22"));
        assert_eq!(iso("二〇〇五年六月十一日").as_deref(), Some("2005-06-11"));
        assert_eq!(iso("一九九六年十二月三十一日").as_deref(), Some("1996-12-31"));
        assert_eq!(iso("二〇二四年六月").as_deref(), Some("2024-06"));
        assert_eq!(iso("2024 年1 月11 日").as_deref(), Some("2024-01-11"));
        assert_eq!(iso("２０１９年０１月２２日").as_deref(), Some("2019-01-22"));
        assert_eq!(iso("2025年12月").as_deref(), Some("2025-12"));
        assert_eq!(iso("二O二三年五月六日").as_deref(), Some("2023-05-06"), "the letter O typed for 〇");
        assert_eq!(iso("二0二三年五月六日").as_deref(), Some("2023-05-06"), "the digit 0 typed for 〇");
        assert_eq!(iso("二ＯＯ五年六月十一日").as_deref(), Some("2005-06-11"));
        let whole = |s: &str| whole_date(s).map(|d| d.to_string());
        assert_eq!(whole("2024.3.5").as_deref(), Some("2024-03-05"));
        assert_eq!(whole(" 2024-03-05 ").as_deref(), Some("2024-03-05"));
        assert_eq!(whole("2024/3/5").as_deref(), Some("2024-03-05"));
        assert_eq!(whole("２０２４．３．５").as_deref(), Some("2024-03-05"));
    }

    #[test]
    fn what_is_no_date() {
        assert_eq!(iso("2019年13月1日"), None);
        assert_eq!(iso("2019年2月30日"), None, "the month has no 30th: no date rather than a wrong one");
        assert_eq!(iso("20190年1月"), None);
        assert_eq!(iso("2019年"), None);
        assert_eq!(iso("二〇19年1月"), None);
        assert_eq!(iso("二O19年1月"), None, "a zero fits either script, the other digits must agree");
        assert_eq!(iso("OO二三年1月"), None, "two letters and two digits: no year of four digits");
        assert_eq!(whole_date("2019年1月22日印发"), None);
        assert_eq!(whole_date("2024-13-05"), None, "no 13th month");
        assert_eq!(whole_date("2024.3"), None, "no day: a decimal or a version");
        assert_eq!(whole_date("2024.3-5"), None, "two separators");
        assert_eq!(whole_date("20244.3.5"), None);
        assert_eq!(whole_date("2024.3.5.1"), None);
        assert_eq!(whole_date("2024.3.123"), None);
        assert_eq!(whole_date(" 2019年1月22日　").map(|d| d.to_string()).as_deref(), Some("2019-01-22"));
    }

    #[test]
    fn length_covers_the_day() {
        let s = "2019年1月22日（此件公开发布）";
        assert_eq!(date_at(s).map(|(_, n)| &s[..n]), Some("2019年1月22日"));
    }
}
