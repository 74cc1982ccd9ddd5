//! Numerals: Chinese (`三千五百`, `两`, `〇`, `二十一`, `壹贰`), Arabic and full-width
//! digits, turned into integers with checked arithmetic.
//!
//! Grammar (nom), for Chinese integers:
//!
//! ```text
//! cn_int   := digits | grouped
//! digits   := DIGIT{2,}                      (二〇二四: positional)
//! grouped  := [yi_part] [wan_part] [below]   (checked against overflow)
//! below    := (DIGIT? (千|百|十))* DIGIT?     (零 allowed between)
//! DIGIT    := 〇 零 一 壹 二 贰 两 三 叁 四 肆 五 伍 六 陆 七 柒 八 捌 九 玖
//! ```

use crate::limits::MAX_NUMERAL_LEN;
use nom::IResult;

/// One Chinese numeral character: a digit (`〇`–`九`, `壹`–`玖`, `两`) or a unit (`十`
/// `百` `千` `万` `亿` and their financial forms).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CnChar {
    Digit(u32),
    Unit(u64),
}

/// The Chinese numeral characters: the one table read by [`cn_digit`], [`cn_unit`] and
/// the number reader.
const CN_NUMERALS: [(char, CnChar); 37] = {
    use CnChar::{Digit as D, Unit as U};
    [
        ('〇', D(0)),
        ('零', D(0)),
        ('○', D(0)),
        ('Ｏ', D(0)),
        ('一', D(1)),
        ('壹', D(1)),
        ('幺', D(1)),
        ('二', D(2)),
        ('贰', D(2)),
        ('两', D(2)),
        ('貳', D(2)),
        ('三', D(3)),
        ('叁', D(3)),
        ('參', D(3)),
        ('四', D(4)),
        ('肆', D(4)),
        ('五', D(5)),
        ('伍', D(5)),
        ('六', D(6)),
        ('陆', D(6)),
        ('陸', D(6)),
        ('七', D(7)),
        ('柒', D(7)),
        ('八', D(8)),
        ('捌', D(8)),
        ('九', D(9)),
        ('玖', D(9)),
        ('十', U(10)),
        ('拾', U(10)),
        ('百', U(100)),
        ('佰', U(100)),
        ('千', U(1000)),
        ('仟', U(1000)),
        ('万', U(10_000)),
        ('萬', U(10_000)),
        ('亿', U(100_000_000)),
        ('億', U(100_000_000)),
    ]
};

/// A multiplier that sends every character of [`CN_NUMERALS`] to its own slot of
/// [`CN_SLOTS`] (checked when the table is built), so a lookup is one multiply and one
/// compare instead of a chain of branches.
const CN_HASH: u32 = 0xf9c6_4d7f;

const fn cn_slot(c: char) -> usize {
    ((c as u32).wrapping_mul(CN_HASH) >> 26) as usize
}

/// A numeral character as the reader takes it: `0`–`9` a digit, [`CODE_TEN`] and up a unit
/// (十, 百, 千, 万, 亿 in that order), [`NO_CODE`] for any other character.
type Code = u8;

/// The code of 十; 百, 千, 万 and 亿 follow it.
const CODE_TEN: Code = 10;

/// The code of a character that is no numeral.
const NO_CODE: Code = 0xFF;

/// The multiplier of each unit code, from [`CODE_TEN`].
const UNIT_VALUES: [u64; 5] = [10, 100, 1000, 10_000, 100_000_000];

/// The [`Code`] of a numeral.
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
const fn code_of(k: CnChar) -> Code {
    match k {
        CnChar::Digit(d) => d as Code,
        CnChar::Unit(u) => {
            let mut i = 0;
            while UNIT_VALUES[i] != u {
                i += 1;
            }
            CODE_TEN + i as Code
        }
    }
}

/// [`CN_NUMERALS`] by [`cn_slot`], as (code point, [`Code`]): a perfect hash table of 64
/// slots, empty slots holding a code point no character hashes to with [`NO_CODE`].
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
const CN_SLOTS: [(u32, Code); 64] = {
    let mut t = [(u32::MAX, NO_CODE); 64];
    let mut i = 0;
    while i < CN_NUMERALS.len() {
        let (c, k) = CN_NUMERALS[i];
        assert!(c.len_utf8() == 3, "the reader steps three bytes per numeral character");
        assert!(t[cn_slot(c)].1 == NO_CODE, "CN_HASH must give every numeral its own slot");
        t[cn_slot(c)] = (c as u32, code_of(k));
        i += 1;
    }
    t
};

/// The [`Code`] of code point `cp` ([`NO_CODE`] for a character that is no numeral).
#[allow(clippy::indexing_slicing)] // the slot is below 64 by construction (a 6-bit shift)
const fn code(cp: u32) -> Code {
    let (k, v) = CN_SLOTS[(cp.wrapping_mul(CN_HASH) >> 26) as usize];
    if k == cp { v } else { NO_CODE }
}

/// The numeral character `c` is, if any.
#[allow(clippy::indexing_slicing)] // a unit code indexes UNIT_VALUES by construction
const fn cn_char(c: char) -> Option<CnChar> {
    match code(c as u32) {
        NO_CODE => None,
        d if d < CODE_TEN => Some(CnChar::Digit(d as u32)),
        u => Some(CnChar::Unit(UNIT_VALUES[(u - CODE_TEN) as usize])),
    }
}

/// The value of a Chinese digit character (`〇零一二两三…九` and the financial forms
/// `壹贰叁…`), if it is one.
///
/// ```
/// assert_eq!(gongwen::numeral::cn_digit('两'), Some(2));
/// assert_eq!(gongwen::numeral::cn_digit('十'), None);
/// ```
#[must_use]
pub const fn cn_digit(c: char) -> Option<u32> {
    match cn_char(c) {
        Some(CnChar::Digit(d)) => Some(d),
        _ => None,
    }
}

/// The multiplier of a Chinese unit character (`十百千万亿` and `拾佰仟`), if it is one.
///
/// ```
/// assert_eq!(gongwen::numeral::cn_unit('千'), Some(1000));
/// assert_eq!(gongwen::numeral::cn_unit('亿'), Some(100_000_000));
/// ```
#[must_use]
pub const fn cn_unit(c: char) -> Option<u64> {
    match cn_char(c) {
        Some(CnChar::Unit(u)) => Some(u),
        _ => None,
    }
}

/// True for characters that may appear in a Chinese numeral.
///
/// ```
/// assert!(gongwen::numeral::is_cn_numeral_char('十'));
/// assert!(!gongwen::numeral::is_cn_numeral_char('是'));
/// ```
#[must_use]
pub const fn is_cn_numeral_char(c: char) -> bool {
    cn_char(c).is_some()
}

/// The value of an ASCII or full-width digit.
///
/// ```
/// assert_eq!(gongwen::numeral::arabic_digit('７'), Some(7));
/// assert_eq!(gongwen::numeral::arabic_digit('a'), None);
/// ```
#[must_use]
pub const fn arabic_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// Parses a Chinese integer at the start of `input` (nom style): the longest run of
/// numeral characters, at most [`MAX_NUMERAL_LEN`] of them, read as one number.
///
/// A run too large for `u64` fails rather than giving a wrong value.
///
/// ```
/// use gongwen::numeral::cn_int;
/// assert_eq!(cn_int("二十四）"), Ok(("）", 24)));
/// assert_eq!(cn_int("三千五百人"), Ok(("人", 3500)));
/// assert_eq!(cn_int("一万二千"), Ok(("", 12000)));
/// assert_eq!(cn_int("二〇二四年"), Ok(("年", 2024)));
/// assert_eq!(cn_int("十"), Ok(("", 10)));
/// assert_eq!(cn_int("一百零五"), Ok(("", 105)));
/// assert!(cn_int("是").is_err());
/// ```
///
/// # Errors
/// A nom error when `input` does not start with a Chinese numeral or the numeral overflows.
pub fn cn_int(input: &str) -> IResult<&str, u64> {
    let mut reader = CnReader::new();
    let mut rest = input.as_bytes();
    while let [b0 @ 0xE0..=0xEF, b1, b2, tail @ ..] = rest {
        let k = code((u32::from(b0 & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F));
        if k == NO_CODE || reader.chars >= MAX_NUMERAL_LEN {
            break;
        }
        reader.push(k);
        rest = tail;
    }
    match reader.value() {
        Some(v) => Ok((input.get(input.len() - rest.len()..).unwrap_or(""), v)),
        None => Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Digit))),
    }
}

/// The value of a whole string of Chinese numeral characters, or `None` when it is empty,
/// malformed (`十十`) or too large.
///
/// ```
/// use gongwen::numeral::cn_value;
/// assert_eq!(cn_value("二十一"), Some(21));
/// assert_eq!(cn_value("两"), Some(2));
/// assert_eq!(cn_value("万万亿亿万万亿亿万万亿亿"), None);
/// assert_eq!(cn_value(""), None);
/// ```
#[must_use]
pub fn cn_value(run: &str) -> Option<u64> {
    let mut reader = CnReader::new();
    for c in run.chars() {
        match code(c as u32) {
            NO_CODE => return None,
            k => reader.push(k),
        }
    }
    reader.value()
}

/// Reads a run of Chinese numeral characters in one pass, both ways a run can be read:
/// positionally (`二〇二四`: two or more digits and no unit) and grouped (`三千五百`,
/// `一万二千`: digits times units, 万 and 亿 closing groups), each with checked arithmetic.
#[derive(Clone, Copy, Debug)]
struct CnReader {
    chars: usize,
    /// Every character so far is a digit.
    all_digits: bool,
    /// The positional value; `None` once it overflows.
    positional: Option<u64>,
    /// False once the run is malformed or overflows as a grouped number.
    grouped_ok: bool,
    // The grouped reading, valid while `grouped_ok`:
    /// Completed 亿 groups.
    total: u64,
    /// The completed 万 group below the current 亿.
    wan: u64,
    /// The value below 万.
    section: u64,
    /// The digit waiting for its unit (0: none; a 零 clears it).
    digit: u64,
    /// The last of 十百千 in this section (`u64::MAX` at the start of one).
    last_small_unit: u64,
}

impl CnReader {
    const fn new() -> Self {
        CnReader {
            chars: 0,
            all_digits: true,
            positional: Some(0),
            grouped_ok: true,
            total: 0,
            wan: 0,
            section: 0,
            digit: 0,
            last_small_unit: u64::MAX,
        }
    }

    /// Reads one more character, by its [`Code`] (never [`NO_CODE`]).
    fn push(&mut self, k: Code) {
        self.chars += 1;
        if k < CODE_TEN {
            let d = u64::from(k);
            self.positional = self.positional.and_then(|v| v.checked_mul(10)?.checked_add(d));
            if d != 0 && self.digit != 0 {
                self.grouped_ok = false; // two digits without a unit: 二三 is not one number
            }
            self.digit = d;
        } else {
            self.all_digits = false;
            if self.grouped_ok {
                self.grouped_ok = self.unit(k).is_some();
            }
        }
    }

    /// A unit in the grouped reading; `None` when the run is not one number.
    fn unit(&mut self, k: Code) -> Option<()> {
        let u = *UNIT_VALUES.get(usize::from(k - CODE_TEN))?;
        let digit = self.digit;
        self.digit = 0;
        if u <= 1000 {
            if u >= self.last_small_unit {
                return None;
            }
            self.last_small_unit = u;
            self.section = self.section.checked_add(if digit == 0 { 1 } else { digit }.checked_mul(u)?)?;
            return Some(());
        }
        if u == 10_000 {
            if digit == 0 && self.section == 0 && (self.wan > 0 || self.total > 0) {
                return None; // 万万
            }
            let group = self.section.checked_add(digit)?.max(1);
            self.wan = self.wan.checked_add(group.checked_mul(10_000)?)?;
        } else {
            if digit == 0 && self.section == 0 && self.wan == 0 && self.total > 0 {
                return None; // 亿亿
            }
            let group = self.wan.checked_add(self.section)?.checked_add(digit)?.max(1);
            self.total = self.total.checked_add(group)?.checked_mul(100_000_000)?;
            self.wan = 0;
        }
        // After 万 or 亿: the next group starts empty.
        self.section = 0;
        self.last_small_unit = u64::MAX;
        Some(())
    }

    /// The run's value: positional for two or more digits, grouped otherwise.
    fn value(&self) -> Option<u64> {
        if self.chars == 0 {
            None
        } else if self.chars >= 2 && self.all_digits {
            self.positional
        } else if self.grouped_ok {
            self.total.checked_add(self.wan)?.checked_add(self.section.checked_add(self.digit)?)
        } else {
            None
        }
    }
}

/// Parses an ASCII or full-width decimal integer at the start of `input` (at most
/// [`MAX_NUMERAL_LEN`] digits).
///
/// ```
/// use gongwen::numeral::arabic_int;
/// assert_eq!(arabic_int("12、"), Ok(("、", 12)));
/// assert_eq!(arabic_int("１２．"), Ok(("．", 12)));
/// assert!(arabic_int("x").is_err());
/// ```
///
/// # Errors
/// A nom error when `input` does not start with a digit or the number overflows `u64`.
pub fn arabic_int(input: &str) -> IResult<&str, u64> {
    let mut v: u64 = 0;
    let mut end = 0;
    for (n, (i, c)) in input.char_indices().enumerate() {
        let Some(d) = arabic_digit(c) else { break };
        if n >= MAX_NUMERAL_LEN {
            end = 0;
            break;
        }
        match v.checked_mul(10).and_then(|x| x.checked_add(u64::from(d))) {
            Some(x) => v = x,
            None => {
                end = 0;
                break;
            }
        }
        end = i + c.len_utf8();
    }
    if end == 0 {
        return Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Digit)));
    }
    Ok((input.get(end..).unwrap_or(""), v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The reading rules written out plainly, three passes over the run: the one-pass
    /// [`CnReader`] must agree with it on every string.
    fn reference_value(run: &str) -> Option<u64> {
        if run.is_empty() {
            return None;
        }
        if run.chars().count() >= 2 && run.chars().all(|c| cn_digit(c).is_some()) {
            let mut v: u64 = 0;
            for c in run.chars() {
                v = v.checked_mul(10)?.checked_add(u64::from(cn_digit(c)?))?;
            }
            return Some(v);
        }
        let (mut total, mut wan, mut section) = (0u64, 0u64, 0u64);
        let mut digit: Option<u64> = None;
        let mut last_small_unit = u64::MAX;
        for c in run.chars() {
            if let Some(d) = cn_digit(c) {
                if d == 0 {
                    digit = None;
                    continue;
                }
                if digit.is_some() {
                    return None;
                }
                digit = Some(u64::from(d));
            } else if let Some(u) = cn_unit(c) {
                match u {
                    10 | 100 | 1000 => {
                        if u >= last_small_unit {
                            return None;
                        }
                        last_small_unit = u;
                        section = section.checked_add(digit.unwrap_or(1).checked_mul(u)?)?;
                    }
                    10_000 => {
                        if digit.is_none() && section == 0 && (wan > 0 || total > 0) {
                            return None;
                        }
                        let group = section.checked_add(digit.unwrap_or(0))?.max(1);
                        wan = wan.checked_add(group.checked_mul(10_000)?)?;
                        section = 0;
                        last_small_unit = u64::MAX;
                    }
                    _ => {
                        if digit.is_none() && section == 0 && wan == 0 && total > 0 {
                            return None;
                        }
                        let group = wan.checked_add(section)?.checked_add(digit.unwrap_or(0))?.max(1);
                        total = total.checked_add(group)?.checked_mul(100_000_000)?;
                        wan = 0;
                        section = 0;
                        last_small_unit = u64::MAX;
                    }
                }
                digit = None;
            } else {
                return None;
            }
        }
        total.checked_add(wan)?.checked_add(section.checked_add(digit.unwrap_or(0))?)
    }

    #[test]
    fn readings() {
        assert_eq!(cn_value("三千五百"), Some(3500), "grouped");
        assert_eq!(cn_value("二〇二四"), Some(2024), "positional");
        assert_eq!(cn_value("一亿零五万"), Some(100_050_000), "亿 and 万 groups with a zero");
        assert_eq!(cn_value("二三"), Some(23), "two digits read positionally");
        assert_eq!(cn_value("三二十"), None, "two digits before a unit");
        assert_eq!(cn_value("十十"), None, "a unit repeated");
        assert_eq!(cn_value("九".repeat(21).as_str()), None, "positional overflow");
        assert_eq!(cn_value("三是"), None, "a character that is no numeral");
        assert_eq!(cn_int("三十三条"), Ok(("条", 33)), "the run stops at the first other character");
    }

    #[test]
    fn every_short_run_agrees_with_the_rules() {
        let numerals: Vec<char> = CN_NUMERALS.iter().map(|&(c, _)| c).collect();
        for &a in &numerals {
            for b in numerals.iter().copied().map(Some).chain([None]) {
                let run: String = [Some(a), b].into_iter().flatten().collect();
                let text = format!("{run}条");
                let expected = reference_value(&run).map(|v| ("条", v));
                assert_eq!(cn_int(&text).ok(), expected, "{run}");
                assert_eq!(cn_value(&run), reference_value(&run), "{run}");
            }
        }
    }

    proptest! {
        #[test]
        fn one_pass_agrees_with_the_rules(chars in proptest::collection::vec(
            proptest::sample::select("〇零一二两三四五六七八九十百千万亿拾佰仟萬億壹贰陆是".chars().collect::<Vec<_>>()),
            0..24,
        )) {
            let run: String = chars.into_iter().collect();
            prop_assert_eq!(cn_value(&run), reference_value(&run), "{}", run);
            let numeral_run: String = run.chars().take_while(|&c| is_cn_numeral_char(c)).take(MAX_NUMERAL_LEN).collect();
            let expected = reference_value(&numeral_run).map(|v| (run.get(numeral_run.len()..).unwrap_or(""), v));
            prop_assert_eq!(cn_int(&run).ok(), expected, "{}", run);
        }
    }
}
