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

/// The value of a Chinese digit character (`〇零一二两三…九` and the financial forms
/// `壹贰叁…`), if it is one.
///
/// ```
/// assert_eq!(gongwen::numeral::cn_digit('两'), Some(2));
/// assert_eq!(gongwen::numeral::cn_digit('十'), None);
/// ```
#[must_use]
pub const fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' | '○' | 'Ｏ' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '贰' | '两' | '貳' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The multiplier of a Chinese unit character (`十百千万亿` and `拾佰仟`), if it is one.
///
/// ```
/// assert_eq!(gongwen::numeral::cn_unit('千'), Some(1000));
/// assert_eq!(gongwen::numeral::cn_unit('亿'), Some(100_000_000));
/// ```
#[must_use]
pub const fn cn_unit(c: char) -> Option<u64> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        '万' | '萬' => 10_000,
        '亿' | '億' => 100_000_000,
        _ => return None,
    })
}

/// True for characters that may appear in a Chinese numeral.
///
/// ```
/// assert!(gongwen::numeral::is_cn_numeral_char('十'));
/// assert!(!gongwen::numeral::is_cn_numeral_char('是'));
/// ```
#[must_use]
pub const fn is_cn_numeral_char(c: char) -> bool {
    cn_digit(c).is_some() || cn_unit(c).is_some()
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
    let mut end = 0;
    for (n, (i, c)) in input.char_indices().enumerate() {
        if n >= MAX_NUMERAL_LEN || !is_cn_numeral_char(c) {
            break;
        }
        end = i + c.len_utf8();
    }
    let run = input.get(..end).unwrap_or("");
    let rest = input.get(end..).unwrap_or("");
    match cn_value(run) {
        Some(v) => Ok((rest, v)),
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
    if run.is_empty() {
        return None;
    }
    // Positional digit strings: 二〇二四, 一九九八.
    if run.chars().count() >= 2 && run.chars().all(|c| cn_digit(c).is_some()) {
        let mut v: u64 = 0;
        for c in run.chars() {
            v = v.checked_mul(10)?.checked_add(u64::from(cn_digit(c)?))?;
        }
        return Some(v);
    }
    let mut total: u64 = 0; // completed 亿 groups
    let mut wan: u64 = 0; // completed 万 group below the current 亿
    let mut section: u64 = 0; // below 万
    let mut digit: Option<u64> = None;
    let mut last_small_unit = u64::MAX;
    for c in run.chars() {
        if let Some(d) = cn_digit(c) {
            if d == 0 {
                digit = None;
                continue;
            }
            if digit.is_some() {
                return None; // two digits without a unit: 二三 is not one number
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
                    digit = None;
                }
                10_000 => {
                    if digit.is_none() && section == 0 && (wan > 0 || total > 0) {
                        return None; // 万万
                    }
                    let group = section.checked_add(digit.unwrap_or(0))?;
                    let group = if group == 0 { 1 } else { group };
                    wan = wan.checked_add(group.checked_mul(10_000)?)?;
                    section = 0;
                    digit = None;
                    last_small_unit = u64::MAX;
                }
                _ => {
                    if digit.is_none() && section == 0 && wan == 0 && total > 0 {
                        return None; // 亿亿
                    }
                    let group = wan.checked_add(section)?.checked_add(digit.unwrap_or(0))?;
                    let group = if group == 0 { 1 } else { group };
                    total = total.checked_add(group)?.checked_mul(100_000_000)?;
                    wan = 0;
                    section = 0;
                    digit = None;
                    last_small_unit = u64::MAX;
                }
            }
        } else {
            return None;
        }
    }
    let below = section.checked_add(digit.unwrap_or(0))?;
    total.checked_add(wan)?.checked_add(below)
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
