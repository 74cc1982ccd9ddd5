//! Arabic numbers: ASCII or full-width digits, thousands separators, decimals.
//!
//! ```text
//! arabic  := DIGIT+ group* [POINT THIN? DIGIT+]
//! group   := ',' DIGIT{3}          (ASCII comma, three digits, not a fourth)
//!          | '，' DIGIT{3}         (full-width comma: only after 1–3 leading digits or
//!                                  another group, every group three digits: ４，５６５,
//!                                  82，225.00, 233,333，333,434.344; ASCII digits whose
//!                                  only groups follow it, with no decimals, read as
//!                                  well as a list, 200，100美元: malformed, no value)
//!          | SPACE DIGIT{3}        (a digit-group space, ISO 31-0 style: the same rule as
//!                                  the full-width comma; 价格138 000元, a court's
//!                                  judgment in the bench corpus)
//! SPACE   := ' ' | U+00A0 | U+2009 | U+202F
//! POINT   := '.' | '．'
//! THIN    := U+2009 | U+200A | U+202F (a thin space some tables print after the point: 1. 0升)
//! DIGIT   := 0-9 | ０-９
//! ```
//!
//! A comma before digits that form no group and start with 0 (`10,00`, `1,0000`) makes the
//! whole one malformed number, with no value (a list item never starts with 0: `1,2,3`); so
//! does an ASCII comma before any digits that form no group, outside a list (`12,5吨`), and
//! a comma after the decimals (`1.234,56元`, `1.234.567,89元`: European style, points group
//! the thousands and a comma marks the decimals; never `56元`).

use super::chain::Unreadable;
use super::chars::arabic_digit;
use super::decimal::Dec;
use crate::limits::MAX_NUMERAL_LEN;

/// An Arabic number read at a position.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Arabic {
    /// One past its last byte (absolute).
    pub(crate) end: usize,
    /// The count of integer digits.
    pub(crate) width: usize,
    /// True when no decimals are written.
    pub(crate) integer: bool,
    /// The exact value, while the digits fit in a `u64`.
    pub(crate) exact: Option<Dec>,
    /// The nearest `f64` (also for numbers too long to be exact).
    pub(crate) value: f64,
    /// More than [`MAX_NUMERAL_LEN`] digits: a string of digits, not a number.
    pub(crate) too_long: bool,
    /// A thousands separator before digits that form no group and start with 0 (`10,00`,
    /// `1,0000`): one number written wrong, not a list, and no value can be read.
    pub(crate) malformed: bool,
}

impl Arabic {
    /// Why the number has no value, if it has none.
    pub(crate) fn unreadable(&self) -> Option<Unreadable> {
        if self.too_long {
            Some(Unreadable::TooLong)
        } else if self.malformed {
            Some(Unreadable::Malformed)
        } else {
            None
        }
    }
}

/// The digit at byte `i` and its length in bytes.
fn digit_at(b: &[u8], i: usize) -> Option<(u8, usize)> {
    match b.get(i..)? {
        [d @ b'0'..=b'9', ..] => Some((d - b'0', 1)),
        // ０-９ are EF BC 90 – EF BC 99.
        [0xEF, 0xBC, d @ 0x90..=0x99, ..] => Some((d - 0x90, 3)),
        _ => None,
    }
}

/// The length of a thin space at byte `i`, if any.
fn thin_space_at(b: &[u8], i: usize) -> usize {
    match b.get(i..i + 3) {
        // U+2009, U+200A (E2 80 89/8A), U+202F (E2 80 AF).
        Some([0xE2, 0x80, 0x89 | 0x8A | 0xAF]) => 3,
        _ => 0,
    }
}

/// True when the point that ends at byte `at` of `text` has the decimals of one number after
/// it across a thin space (the grammar's `THIN`: `1.\u{2009}6升`, a tax table of dev d05): a
/// list marker is never padded by a thin space, so `1.` there is no marker.
pub(crate) fn decimals_after_thin_space(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    let thin = thin_space_at(b, at);
    thin > 0 && digit_at(b, at + thin).is_some()
}

/// The length of a digit-group space at byte `i` (ASCII space, no-break space, thin space,
/// narrow no-break space), or 0.
fn group_space_at(b: &[u8], i: usize) -> usize {
    match b.get(i..) {
        Some([b' ', ..]) => 1,
        Some([0xC2, 0xA0, ..]) => 2,
        Some([0xE2, 0x80, 0x89 | 0xAF, ..]) => 3,
        _ => 0,
    }
}

/// True when a digit ends at byte `end` (ASCII or full-width).
fn digit_ends_at(b: &[u8], end: usize) -> bool {
    let ascii = end.checked_sub(1).and_then(|i| b.get(i)).is_some_and(u8::is_ascii_digit);
    ascii || end.checked_sub(3).is_some_and(|i| digit_at(b, i).is_some_and(|(_, len)| len == 3))
}

/// True when byte `start` begins a group of three digits after a digit and a digit-group
/// space (the `000` of `138 000`): the tail of a grouped number, never a number of its own.
fn continues_group(b: &[u8], start: usize) -> bool {
    group_at(b, start).is_some()
        && (1..=3).any(|n| start.checked_sub(n).is_some_and(|s| group_space_at(b, s) == n && digit_ends_at(b, s)))
}

/// True when a thousands group of three digits starts at byte `i` and no fourth follows.
fn group_at(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    for _ in 0..3 {
        j += digit_at(b, j)?.1;
    }
    digit_at(b, j).is_none().then_some(j)
}

/// Accumulates digits into an exact mantissa while they fit.
#[derive(Clone, Copy)]
struct Digits {
    m: Option<u64>,
    count: usize,
    decimals: i32,
}

impl Digits {
    fn push(&mut self, d: u8, fraction: bool) {
        self.m = self.m.and_then(|m| m.checked_mul(10)?.checked_add(u64::from(d)));
        self.count += 1;
        if fraction {
            self.decimals += 1;
        }
    }
}

/// The position after a group separator at byte `i` that only a number of 1–3 digits or of
/// groups already may take (a full-width comma, `４，５６５`, or a digit-group space,
/// `138 000`), when a group of three digits follows it.
fn separator_group(b: &[u8], i: usize, width: usize, groups: usize) -> Option<usize> {
    // '，' is EF BC 8C.
    let fw_comma = if b.get(i..i + 3) == Some(&[0xEF, 0xBC, 0x8C]) { 3 } else { 0 };
    let n = if fw_comma > 0 { fw_comma } else { group_space_at(b, i) };
    (n > 0 && (groups > 0 || (1..=3).contains(&width)) && group_at(b, i + n).is_some()).then_some(i + n)
}

/// Reads the Arabic number at byte `start` of `text`, if a digit is there.
pub(crate) fn read(text: &str, start: usize) -> Option<Arabic> {
    let b = text.as_bytes();
    if continues_group(b, start) {
        return None;
    }
    let mut digits = Digits { m: Some(0), count: 0, decimals: 0 };
    let mut i = start;
    let mut width = 0usize;
    let mut groups = 0usize;
    // Groups after an ASCII comma.
    let mut ascii_groups = 0usize;
    // Groups after a full-width comma.
    let mut fw_groups = 0usize;
    let mut malformed = false;
    while let Some((d, len)) = digit_at(b, i) {
        digits.push(d, false);
        width += 1;
        i += len;
        if b.get(i) == Some(&b',') && group_at(b, i + 1).is_some() {
            groups += 1;
            ascii_groups += 1;
            i += 1;
        } else if let Some(j) = separator_group(b, i, width, groups) {
            groups += 1;
            fw_groups += usize::from(j - i == 3 && b.get(i) == Some(&0xEF));
            i = j;
        } else if let Some(j) =
            zero_tail(b, i).or_else(|| comma_tail(b, start, i)).or_else(|| cut_group(b, i, width, groups))
        {
            (malformed, i) = (true, j);
            break;
        }
    }
    if width == 0 {
        return None;
    }
    let mut integer = true;
    let point = match b.get(i..) {
        Some([b'.', ..]) => 1,
        Some([0xEF, 0xBC, 0x8E, ..]) => 3, // '．'
        _ => 0,
    };
    let thin = if point > 0 { thin_space_at(b, i + point) } else { 0 };
    if point > 0 && digit_at(b, i + point + thin).is_some() {
        integer = false;
        i += point + thin;
        let mut decimals = 0;
        while let Some((d, len)) = digit_at(b, i) {
            digits.push(d, true);
            i += len;
            decimals += 1;
        }
        // Points group thousands only in threes (`1.234,56`): `1.5,2.5元` is a list of decimals.
        if let Some(j) = (decimals == 3).then(|| european_tail(b, start, i)).flatten() {
            (malformed, i) = (true, j);
        }
    }
    // `200，100美元`: ASCII digits whose only groups follow full-width commas, with no decimals,
    // read as well as a list (`200` and `100美元`) as one number: no value.
    if integer && fw_groups > 0 && fw_groups == groups && b.get(start).is_some_and(u8::is_ascii_digit) {
        malformed = true;
    }
    if ascii_groups > 0 && after_list_comma(b, start) {
        malformed = true;
    }
    let too_long = width > MAX_NUMERAL_LEN || digits.count > 2 * MAX_NUMERAL_LEN;
    let exact = digits.m.map(|m| Dec { m, exp: -digits.decimals });
    let value = match exact {
        Some(d) => d.to_f64(),
        None => long_value(text, start, i),
    };
    Some(Arabic { end: i, width, integer, exact, value, too_long, malformed })
}

/// True when a digit and an ASCII comma stand right before byte `start`: the number read there
/// is an item of a list written with commas (`1,2,3`), or the rest of one number whose groups
/// are written wrong (`12,34,567元`, after `12,` that forms no group); thousands groups after
/// it read either way, so it has no value (never `34,567元`).
fn after_list_comma(b: &[u8], start: usize) -> bool {
    start.checked_sub(1).is_some_and(|k| b.get(k) == Some(&b',') && digit_ends_at(b, k))
}

/// The end of the digits after a comma at byte `i` (`,` or `，`) that form no thousands group
/// and start with 0 (`10,00元`, `1,0000元`: a number written wrong; a list item never starts
/// with 0, `1,2,3`), if they are there.
fn zero_tail(b: &[u8], i: usize) -> Option<usize> {
    let comma = match b.get(i..) {
        Some([b',', ..]) => 1,
        Some([0xEF, 0xBC, 0x8C, ..]) => 3, // '，'
        _ => return None,
    };
    let mut j = i + comma;
    if digit_at(b, j)?.0 != 0 {
        return None;
    }
    while let Some((_, len)) = digit_at(b, j) {
        j += len;
    }
    Some(j)
}

/// The end of the one or two digits after a digit-group space at byte `i` that a line break
/// ends (`购车款138 00` ⏎ `0元`, a bench court judgment wrapped as a PDF copy is): a group that
/// a hard wrap cut, so the number cannot be read on its line (never `00⏎0元`, 0), where a
/// group space may stand ([`separator_group`]: after 1–3 leading digits or another group).
fn cut_group(b: &[u8], i: usize, width: usize, groups: usize) -> Option<usize> {
    let n = group_space_at(b, i);
    if n == 0 || !(groups > 0 || (1..=3).contains(&width)) {
        return None;
    }
    let mut j = i + n;
    for _ in 0..2 {
        j += digit_at(b, j)?.1;
        if matches!(b.get(j), Some(b'\n' | b'\r')) {
            return Some(j);
        }
    }
    None
}

/// The end of the digits after an ASCII comma at byte `i` that form no thousands group (`12,5吨`,
/// `3,25元`: a decimal comma, European style, or a typo), when the number is no item of a list
/// written with commas (`1,2,3`: a comma and a digit after those digits, or a digit and a comma
/// before the number at `start`): one number that cannot be read, never `5吨`. A full-width
/// comma separates clauses and names (`3，4-亚甲二氧基甲基苯丙胺`, bench lawrefbook): not read so.
fn comma_tail(b: &[u8], start: usize, i: usize) -> Option<usize> {
    if b.get(i) != Some(&b',') || start.checked_sub(1).is_some_and(|k| b.get(k) == Some(&b',')) {
        return None;
    }
    let mut j = i + 1;
    digit_at(b, j)?;
    while let Some((_, len)) = digit_at(b, j) {
        j += len;
    }
    let list = b.get(j) == Some(&b',') && digit_at(b, j + 1).is_some();
    (!list).then_some(j)
}

/// The end of the rest of a number written European style after its first point at byte
/// `i` (`1.234,56元`, `1.234.567,89元`: points group the thousands, a comma marks the
/// decimals), when more groups after points and then a comma and digits ([`comma_tail`])
/// are there: one number that cannot be read, never `56元`. At most [`MAX_EUROPEAN_GROUPS`]
/// more groups are read, so a long run of them costs no more than a short one.
fn european_tail(b: &[u8], start: usize, mut i: usize) -> Option<usize> {
    for _ in 0..MAX_EUROPEAN_GROUPS {
        if b.get(i) != Some(&b'.') {
            break;
        }
        i = group_at(b, i + 1)?;
    }
    comma_tail(b, start, i)
}

/// The most groups after the first that [`european_tail`] reads (`1.234.567.890.123,45`).
const MAX_EUROPEAN_GROUPS: usize = 4;

/// The value of a number whose digits do not fit in a `u64`: its digits parsed as an
/// `f64` (correctly rounded).
fn long_value(text: &str, start: usize, end: usize) -> f64 {
    let s: String = text
        .get(start..end)
        .unwrap_or("")
        .chars()
        .filter_map(|c| match c {
            '.' | '．' => Some('.'),
            c => arabic_digit(c).and_then(|d| char::from_digit(d, 10)),
        })
        .collect();
    s.parse().unwrap_or(f64::NAN)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(s: &str) -> Option<(f64, usize)> {
        read(s, 0).map(|a| (a.value, a.end))
    }

    #[test]
    fn forms() {
        assert_eq!(value("1,200人"), Some((1200.0, 5)));
        assert!(read("1.234,56元", 0).is_some_and(|a| a.malformed && a.end == 8), "European grouping");
        assert!(read("1.234.567,89元", 0).is_some_and(|a| a.malformed && a.end == 12), "European grouping");
        assert_eq!(value("1.5,2.5元"), Some((1.5, 3)), "a list of decimals, no European grouping");
        assert!(read("1.5元", 0).is_some_and(|a| !a.malformed && a.end == 3), "a decimal");
        assert_eq!(value("１２．５"), Some((12.5, 12)));
        assert_eq!(value("４，５６５元").map(|v| v.0), Some(4565.0), "full-width digits and comma");
        assert_eq!(value("82，225.00元").map(|v| v.0), Some(82225.0), "full-width comma, ASCII digits");
        assert!(
            read("200，100美元", 0).is_some_and(|a| a.malformed),
            "ASCII digits, a full-width comma: a list or one number"
        );
        assert!(read("100，200，300人", 0).is_some_and(|a| a.malformed), "a list of three, or one number");
        assert!(read("82，225.00元", 0).is_some_and(|a| !a.malformed), "decimals make it one number");
        assert_eq!(value("1234，567").map(|v| v.0), Some(1234.0), "a full-width comma after four digits is a list");
        assert_eq!(value("1，2345").map(|v| v.0), Some(1.0), "a group of four is no thousands group");
        assert_eq!(value("233,333，333,434.344元").map(|v| v.0), Some(233_333_333_434.344), "mixed commas");
        assert_eq!(value("1.\u{2009}0升").map(|v| v.0), Some(1.0), "a thin space after the point");
        assert!(read("12,34", 0).is_some_and(|a| a.malformed && a.end == 5), "a decimal comma: written wrong");
        assert!(read("12,5吨", 0).is_some_and(|a| a.malformed && a.end == 4), "never 5 吨");
        assert!(read("1,2,3", 2).is_some_and(|a| !a.malformed && a.end == 3), "an item of a list");
        assert_eq!(value("１,２３４元").map(|v| v.0), Some(1234.0), "full-width digits, ASCII comma");
        for s in ["10,00元", "1,0000元", "1，0000元", "1,000,00元"] {
            let a = read(s, 0);
            assert!(a.is_some_and(|a| a.malformed && s.get(a.end..) == Some("元")), "{s}: one number, written wrong");
        }
        assert!(read("1,0人", 0).is_some_and(|a| a.malformed), "a list item never starts with 0");
        assert!(read("1,2,3", 0).is_some_and(|a| !a.malformed && a.end == 1), "a list");
        assert!(read("12,34,567元", 3).is_some_and(|a| a.malformed), "groups after a list comma: no value");
        assert!(read("1,2,345", 4).is_some_and(|a| !a.malformed && a.end == 7), "a last item without groups");
        assert_eq!(value("138 000元"), Some((138_000.0, 7)), "a digit-group space");
        assert_eq!(value("1\u{a0}234\u{2009}567人").map(|v| v.0), Some(1_234_567.0), "no-break and thin spaces");
        assert_eq!(value("2023 001号").map(|v| v.0), Some(2023.0), "a space after four digits is no group space");
        assert_eq!(value("12 3456").map(|v| v.0), Some(12.0), "a group of four is no group");
        assert!(read("138 000元", 4).is_none(), "the tail of a grouped number is no number");
        assert!(read("2023 001号", 5).is_none(), "nor three digits after a number and a space");
        assert!(read(&"9".repeat(100), 0).is_some_and(|a| a.too_long));
        assert_eq!(value("x"), None);
    }
}
