//! Numerals: every way Chinese writes a number, read exactly, or reported unreadable.
//!
//! Grammar (the leaves in `chain.rs` and `arabic.rs`, their composition in `grammar.rs`, with
//! nom):
//!
//! ```text
//! number   := sign? unsigned (SEP sign? unsigned)?        两到三万, 3-5万, -3.9, 负三十二
//! unsigned := vague | lead (mixed | fraction | tenths | approx)
//! lead     := arabic chain? | chain                        3万4000, 1.2万亿, 两千四百五
//! chain    := Chinese numerals, Arabic digits after a unit and a 点 fraction (chain.rs):
//!             elided tails (一万三 = 13000), 万万, 万亿, 兆 (10^12), 廿卅卌, capitals
//!             (壹贰叁…拾佰仟萬億), adjacent digits as a range (八九亿, 三五百, 十五六, 一两)
//! arabic   := digits with , or ， thousands groups and a decimal point (arabic.rs)
//! fraction := lead 分之 lead approx?                      百分之三十 → 30 %, 千分之五 → 5 ‰,
//!                                                          万分之五 → 5 ‱,
//!                                                          二分之一 → 0.5, 百分之2.4 → 2.4 %
//! mixed    := lead 又 lead 分之 lead                      三百五又三分之一 → 350.333333333333
//! tenths   := lead (成半 | 成 DIGIT? | 成 (多|余) | 折)     三成 → 30 %, 三成半 → 35 %, 三成五 → 35 %,
//!                                                          两成多 → 20 % approx, 八五折 → 85 %
//! approx   := (余|多|来|几) UNITS? (余|多)?               300多万 → 3000000, approximate
//! vague    := (数|几) UNITS (余|多)?                       数十亿: approximate, no value
//! sign     := 负 | 負 | - | − | －        SEP := 到 | 至 | - | － | ~ | ～ | 〜 | — | —— | –
//! ```
//!
//! Shares keep the unit they are written in: per cent (`百分之`, `%`) is a value in per
//! cent with unit `%`, per mille (`千分之`) a value in per mille with unit `‰`, per ten
//! thousand (`万分之`) a value with unit `‱`; `成` (tenths)
//! and `折` (a price in tenths) are converted to per cent, since they have no sign of their
//! own (`三成` is 30 %, as `30%` is). Other fractions are plain values (`二分之一` is 0.5).
//!
//! Values are computed exactly (a decimal mantissa and a power of ten, checked integer
//! arithmetic) and turned into an `f64` once, so `1.1亿` is exactly 110000000; a fraction
//! is rounded to 15 significant digits. A number that breaks the grammar, overflows or is
//! longer than [`MAX_NUMERAL_LEN`] characters is read whole and has no value: never a
//! partial one.
//!
//! ```
//! use gongwen::numeral::parse_number;
//! assert_eq!(parse_number("两千四百五").and_then(|n| n.value), Some(2450.0));
//! assert_eq!(parse_number("1.1亿").and_then(|n| n.value), Some(110_000_000.0));
//! assert!(parse_number("十十").is_some_and(|n| n.unreadable && n.value.is_none()));
//! ```

mod arabic;
pub(crate) mod chain;
mod chars;
mod decimal;
pub(crate) mod grammar;

use crate::limits::MAX_NUMERAL_LEN;
use chars::{CODE_TEN, Code, NO_CODE, code3};

pub(crate) use arabic::{Arabic, decimals_after_thin_space, read as read_arabic};
pub use chars::{arabic_digit, cn_digit, cn_unit, is_cn_numeral_char};
pub(crate) use chars::{cn_numeral_before, is_any_capital_numeral, is_capital_numeral, is_word_capital};
pub(crate) use decimal::{Dec, exact_log10, pow10_f64};
use grammar::{Amount, Reading};

/// A number read from text.
///
/// ```
/// let n = gongwen::numeral::parse_number("八九亿").unwrap();
/// assert_eq!((n.value, n.value_max), (Some(8e8), Some(9e8)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct Numeral {
    /// The value with 万/亿 applied (`二点五亿` is 250000000); a share in the unit of
    /// [`Numeral::unit`]. `None` for a vague number (`数十亿`) or one that cannot be read
    /// completely.
    pub value: Option<f64>,
    /// The upper end of a range (`八九亿`, `两到三万`, `3-5万`).
    pub value_max: Option<f64>,
    /// `%` for per cent (`百分之`, `成`, `折`), `‰` for per mille (`千分之`), `‱` for per ten
    /// thousand (`万分之`).
    pub unit: Option<&'static str>,
    /// True for an approximate number (`余`, `多`, `来`, `几`, `数`).
    pub approx: bool,
    /// True when the text is written as a number but breaks the grammar, overflows or is
    /// too long: it has no value.
    pub unreadable: bool,
}

impl Numeral {
    fn from_reading(r: &Reading) -> Numeral {
        let sign = if r.negative { -1.0 } else { 1.0 };
        let finite = |v: f64| v.is_finite().then_some(sign * v);
        Numeral {
            value: r.value.map(Amount::to_f64).and_then(finite),
            value_max: r.max.map(Amount::to_f64).and_then(finite),
            unit: r.unit,
            approx: r.approx,
            unreadable: r.unreadable.is_some(),
        }
    }
}

/// Reads the number at byte `at` of `text`: its end and the number, or `None` when no
/// number starts there (or `at` is not a char boundary).
///
/// ```
/// use gongwen::numeral::read_number;
/// let text = "投资两到三万元";
/// let (end, n) = read_number(text, "投资".len()).unwrap();
/// assert_eq!(&text[end..], "元");
/// assert_eq!((n.value, n.value_max), (Some(20000.0), Some(30000.0)));
/// ```
#[must_use]
pub fn read_number(text: &str, at: usize) -> Option<(usize, Numeral)> {
    let rest = text.get(at..)?;
    // 万, 亿元, 兆头: a big unit with no digit before it counts nothing.
    if rest.starts_with(['万', '亿', '兆', '萬', '億']) {
        return None;
    }
    let (after, r) = grammar::number(rest).ok()?;
    Some((at + (rest.len() - after.len()), Numeral::from_reading(&r)))
}

/// Reads `s` as one number: `None` unless all of `s` is one number (read or unreadable).
///
/// ```
/// use gongwen::numeral::parse_number;
/// assert_eq!(parse_number("百分之一点五七").map(|n| (n.value, n.unit)), Some((Some(1.57), Some("%"))));
/// assert_eq!(parse_number("三百五又三分之一").and_then(|n| n.value), Some(350.333333333333));
/// assert_eq!(parse_number("负三十二").and_then(|n| n.value), Some(-32.0));
/// assert_eq!(parse_number("数十亿").map(|n| (n.value, n.approx)), Some((None, true)));
/// assert_eq!(parse_number("三十二人"), None);
/// ```
#[must_use]
pub fn parse_number(s: &str) -> Option<Numeral> {
    read_number(s, 0).filter(|&(end, _)| end == s.len()).map(|(_, n)| n)
}

/// Reads a Chinese integer at the start of `input` (a marker's ordinal): the rest of the
/// input and the value, or `None` when no Chinese numeral starts it, or the run of numeral
/// characters is not one integer, overflows or is longer than [`MAX_NUMERAL_LEN`].
///
/// ```
/// use gongwen::numeral::cn_int;
/// assert_eq!(cn_int("二十四）"), Some(("）", 24)));
/// assert_eq!(cn_int("三千五百人"), Some(("人", 3500)));
/// assert_eq!(cn_int("二〇二四年"), Some(("年", 2024)));
/// assert_eq!(cn_int("一百零五"), Some(("", 105)));
/// assert_eq!(cn_int("是"), None);
/// ```
#[must_use]
pub fn cn_int(input: &str) -> Option<(&str, u64)> {
    if let Some(read) = plain_cn_int(input) {
        return read;
    }
    let c = chain::read(input, 0, None, chain::Mode::CHINESE)?;
    let v = integer(c.value.ok()?)?;
    Some((input.get(c.end..)?, v))
}

/// The integers below a thousand written the standard way (`七`, `十二`, `二十`, `三百零五`,
/// `九百九十九`, and the same with the other forms of the digits: `两百`, `壹佰贰拾`), the
/// ordinals of most markers, provisions and dates, read in one short pass over the numeral
/// codes. `Some(None)` when no numeral starts `input`; `None` hands the input to the numeral
/// chain: a longer run, `千` `万` `廿` …, a form of its own (`一百二`, `十十`, `二三`). With
/// Chinese numerals only the chain reads the same codes and stops where these stop (at the
/// first three bytes that are no numeral), and reads these forms the same (tests: every number
/// below a thousand, every character after it).
fn plain_cn_int(input: &str) -> Option<Option<(&str, u64)>> {
    const TEN: Code = CODE_TEN;
    const HUNDRED: Code = CODE_TEN + 1;
    let b = input.as_bytes();
    let mut run = [NO_CODE; 5];
    let mut n = 0;
    while let Some(&[b0, b1, b2]) = b.get(3 * n..3 * n + 3) {
        let k = code3(b0, b1, b2);
        if k == NO_CODE {
            break;
        }
        *run.get_mut(n)? = k;
        n += 1;
    }
    // Hundreds, tens and units, each a digit code (1 to 9) or 0.
    let (h, t, u) = match run.get(..n)? {
        &[a @ 1..=9, HUNDRED, b @ 1..=9, TEN, c @ 1..=9] => (a, b, c),
        &[a @ 1..=9, HUNDRED, b @ 1..=9, TEN] => (a, b, 0),
        &[a @ 1..=9, HUNDRED, 0, c @ 1..=9] => (a, 0, c),
        &[a @ 1..=9, HUNDRED] => (a, 0, 0),
        &[a @ 1..=9, TEN, b @ 1..=9] => (0, a, b),
        &[a @ 1..=9, TEN] => (0, a, 0),
        &[TEN, b @ 1..=9] => (0, 1, b),
        &[TEN] => (0, 1, 0),
        &[a @ 1..=9] => (0, 0, a),
        [] => return Some(None),
        _ => return None,
    };
    let value = 100 * u64::from(h) + 10 * u64::from(t) + u64::from(u);
    Some(Some((input.get(3 * n..)?, value)))
}

/// The integer value of `d`, if it is one that fits a `u64`.
fn integer(d: Dec) -> Option<u64> {
    if d.exp == 0 {
        return Some(d.m);
    }
    let d = d.normal();
    let e = u32::try_from(d.exp).ok()?;
    d.m.checked_mul(10u64.checked_pow(e)?)
}

/// The value of a whole string of Chinese numeral characters, or `None` when it is empty,
/// malformed (`十十`) or too large.
///
/// ```
/// use gongwen::numeral::cn_value;
/// assert_eq!(cn_value("二十一"), Some(21));
/// assert_eq!(cn_value("两千四百五"), Some(2450));
/// assert_eq!(cn_value("万万亿亿"), None);
/// assert_eq!(cn_value(""), None);
/// ```
#[must_use]
pub fn cn_value(run: &str) -> Option<u64> {
    cn_int(run).filter(|(rest, _)| rest.is_empty()).map(|(_, v)| v)
}

/// Reads an ASCII or full-width decimal integer at the start of `input` (at most
/// [`MAX_NUMERAL_LEN`] digits): the rest and the value, or `None` when no digit starts it
/// or the number overflows `u64`.
///
/// ```
/// use gongwen::numeral::arabic_int;
/// assert_eq!(arabic_int("12、"), Some(("、", 12)));
/// assert_eq!(arabic_int("１２．"), Some(("．", 12)));
/// assert_eq!(arabic_int("x"), None);
/// ```
#[must_use]
pub fn arabic_int(input: &str) -> Option<(&str, u64)> {
    let mut v: u64 = 0;
    let mut end = 0;
    for (n, (i, c)) in input.char_indices().enumerate() {
        let Some(d) = arabic_digit(c) else { break };
        if n >= MAX_NUMERAL_LEN {
            return None;
        }
        v = v.checked_mul(10)?.checked_add(u64::from(d))?;
        end = i + c.len_utf8();
    }
    (end > 0).then(|| (input.get(end..).unwrap_or(""), v))
}

#[cfg(test)]
mod tests;
