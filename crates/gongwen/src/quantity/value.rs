//! Numbers: the value part of a figure.
//!
//! Grammar (byte offsets into the text; every loop consumes input, so parsing is linear):
//!
//! ```text
//! number      := fraction | arabic | chinese | placeholder
//! arabic      := DIGIT+ (',' DIGIT{3})* (('.' | '．') DIGIT+)?     ASCII or full-width digits
//!                [PLACE+]                                            20**年, 20xx年: a placeholder
//! chinese     := CN+                                                 numeral::cn_value (三千五百, 两, 一万二千)
//! fraction    := CN '分之' CN                                        百分之三十 → 30 %, 二分之一 → 0.5
//! placeholder := PLACE{1,8}                                          x X xx * ** × ＊ ｘ Ｘ
//! tail        := APPROX? MULT? APPROX?                               3.5万, 300多万, x万余, 1500余
//! MULT        := [十百千万亿]+ (after arabic or placeholder)          applied to the value
//! APPROX      := 余 | 多 | 来
//! ```
//!
//! A run longer than [`MAX_NUMERAL_LEN`] is consumed whole and gives no value (a telephone
//! number or an identifier, never garbage); values beyond `f64` give `None`.

use crate::limits::MAX_NUMERAL_LEN;
use crate::numeral::{cn_digit, cn_unit, cn_value};

/// How a number was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    /// ASCII or full-width digits.
    Arabic,
    /// Chinese numerals.
    Chinese,
    /// A template placeholder (`xx`, `**`), possibly after digits (`20**`).
    Placeholder,
    /// `X分之Y`.
    Fraction,
}

/// A parsed number with its multiplier and approximation marks.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Number {
    /// One past the digits (before multiplier and tail).
    pub digits_end: usize,
    /// One past the number with its tail (multiplier, 余/多).
    pub end: usize,
    /// The value as written, before the multiplier.
    pub raw: Option<f64>,
    /// The multiplier written after the digits (万 → 1e4), if any.
    pub mult: Option<f64>,
    /// How it was written.
    pub form: Form,
    /// Count of integer digits (Arabic) or characters (Chinese, placeholder).
    pub width: usize,
    /// True for an integer written without decimals.
    pub integer: bool,
    /// True when 余/多/来 follows.
    pub approx: bool,
    /// The unit a fraction implies: `%` for 百分之, `‰` for 千分之.
    pub implied_unit: Option<&'static str>,
    /// True for a Chinese run of positional digits (二〇二四, 三五).
    pub positional: bool,
    /// True for a Chinese run with no digit character (百, 千, 万).
    pub bare_unit: bool,
    /// The digits of an Arabic number as an integer and the count of decimals
    /// (`2.4` is 24 and 1), for exact scaling by 万/亿.
    pub decimal: Option<(u64, u32)>,
}

impl Number {
    /// The value with the multiplier applied.
    pub(crate) fn value(&self) -> Option<f64> {
        let v = self.raw?;
        let v = match (self.mult, self.decimal) {
            // 1.1亿 = 11 × 10^7 exactly: scale the digits, not the rounded decimal.
            (Some(m), Some((digits, scale))) => scaled(digits, scale, m).unwrap_or(v * m),
            (Some(m), None) => v * m,
            (None, _) => v,
        };
        v.is_finite().then_some(v)
    }
}

/// `digits × 10^-scale × mult` with one rounding at most: exact when `mult` is a power of
/// ten at least `10^scale`.
#[allow(clippy::cast_precision_loss)] // digits < 10^15 < 2^53: exact
fn scaled(digits: u64, scale: u32, mult: f64) -> Option<f64> {
    let p = 10f64.powi(i32::try_from(scale).ok()?);
    let d = digits as f64;
    if mult >= p && (mult / p).fract() == 0.0 { Some(d * (mult / p)) } else { Some(d * mult / p) }
}

/// Rounds `v` to 15 significant digits, so that its shortest decimal form is read back
/// exactly by any JSON reader (values such as 1/3 from fractions).
pub(crate) fn round15(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    #[allow(clippy::cast_possible_truncation)] // |log10| of a finite f64 is < 400
    let mag = v.abs().log10().floor() as i32;
    let k = 14 - mag;
    if !(0..=22).contains(&k) {
        return v;
    }
    let p = 10f64.powi(k);
    (v * p).round() / p
}

/// True for placeholder characters.
pub(crate) const fn is_placeholder_char(c: char) -> bool {
    matches!(c, 'x' | 'X' | '*' | '×' | '＊' | 'ｘ' | 'Ｘ')
}

/// True when `hay` starts with `word`, as [`str::starts_with`], but with the first three
/// bytes (one CJK character) compared inline: words of a table mostly differ there, so a
/// mismatch costs no call.
#[inline]
pub(crate) fn starts_with_word(hay: &str, word: &str) -> bool {
    let (h, w) = (hay.as_bytes(), word.as_bytes());
    match (h.first_chunk::<3>(), w.first_chunk::<3>()) {
        (Some(a), Some(b)) => a == b && (w.len() == 3 || h.starts_with(w)),
        _ => h.starts_with(w),
    }
}

/// True when `hay` ends with `word`, as [`str::ends_with`], with the last three bytes
/// compared inline first (see [`starts_with_word`]).
#[inline]
pub(crate) fn ends_with_word(hay: &str, word: &str) -> bool {
    let (h, w) = (hay.as_bytes(), word.as_bytes());
    match (h.last_chunk::<3>(), w.last_chunk::<3>()) {
        (Some(a), Some(b)) => a == b && (w.len() == 3 || h.ends_with(w)),
        _ => h.ends_with(w),
    }
}

/// True when `text` has `s` (not empty) at byte `i`, as
/// `text.get(i..).is_some_and(|r| r.starts_with(s))`: a byte comparison (bytes that match
/// start with a lead byte, so `i` is a char boundary).
#[inline]
pub(crate) fn has_at(text: &str, i: usize, s: &str) -> bool {
    text.as_bytes().get(i..i.saturating_add(s.len())) == Some(s.as_bytes())
}

/// True when `text` has `s` (not empty) just before byte `i`, as
/// `text.get(..i).is_some_and(|r| r.ends_with(s))`: a byte comparison (bytes that match
/// are whole characters, so `i` is a char boundary).
#[inline]
pub(crate) fn has_before(text: &str, i: usize, s: &str) -> bool {
    i.checked_sub(s.len()).is_some_and(|k| text.as_bytes().get(k..i) == Some(s.as_bytes()))
}

/// The length of the UTF-8 character whose lead byte is `lead`.
pub(crate) const fn utf8_len(lead: u8) -> usize {
    match lead {
        0..0x80 => 1,
        0x80..0xE0 => 2,
        0xE0..0xF0 => 3,
        _ => 4,
    }
}

/// The char at byte `i`, if `i` is a boundary inside `text`.
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// The char ending at byte `i`.
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

fn digit_at(text: &str, i: usize) -> Option<(u32, usize)> {
    let c = char_at(text, i)?;
    let d = match c {
        '0'..='9' => c as u32 - '0' as u32,
        '０'..='９' => c as u32 - '０' as u32,
        _ => return None,
    };
    Some((d, c.len_utf8()))
}

/// Parses an Arabic number at `start`: digits, thousands separators, decimals.
/// Returns the number (without tail) or the end of an over-long run in `Err`.
pub(crate) fn arabic(text: &str, start: usize) -> Result<Number, usize> {
    let mut buf = [0u8; 2 * MAX_NUMERAL_LEN + 2];
    let mut n = 0usize;
    let mut long = false;
    let mut i = start;
    let mut width = 0usize;
    let mut push = |b: u8, long: &mut bool| {
        if let Some(slot) = buf.get_mut(n) {
            *slot = b;
            n += 1;
        } else {
            *long = true;
        }
    };
    while let Some((d, len)) = digit_at(text, i) {
        push(b'0' + d as u8, &mut long);
        width += 1;
        i += len;
        // Thousands separator: ',' then exactly three ASCII digits.
        if text.as_bytes().get(i) == Some(&b',') {
            let b = text.as_bytes();
            let three = (1..=3).all(|k| b.get(i + k).is_some_and(u8::is_ascii_digit));
            let fourth = b.get(i + 4).is_some_and(u8::is_ascii_digit);
            if three && !fourth && width <= 3 + 4 * MAX_NUMERAL_LEN {
                i += 1;
            }
        }
    }
    if width == 0 {
        return Err(start);
    }
    let mut integer = true;
    let dot_len = if text.as_bytes().get(i) == Some(&b'.') {
        1
    } else if text.get(i..).is_some_and(|s| s.starts_with('．')) {
        '．'.len_utf8()
    } else {
        0
    };
    if dot_len > 0 && digit_at(text, i + dot_len).is_some() {
        integer = false;
        push(b'.', &mut long);
        i += dot_len;
        while let Some((d, len)) = digit_at(text, i) {
            push(b'0' + d as u8, &mut long);
            i += len;
        }
    }
    if long || width > MAX_NUMERAL_LEN {
        return Err(i);
    }
    let digits = buf.get(..n).unwrap_or(&[]);
    let raw = decimal_value(digits);
    let decimal = decimal_parts(digits);
    Ok(Number {
        digits_end: i,
        end: i,
        raw: raw.filter(|v| v.is_finite()),
        mult: None,
        form: Form::Arabic,
        width,
        integer,
        approx: false,
        implied_unit: None,
        positional: false,
        bare_unit: false,
        decimal,
    })
}

/// The digits as one integer and the count of decimals, when it fits in 15 digits.
fn decimal_parts(digits: &[u8]) -> Option<(u64, u32)> {
    let mut m: u64 = 0;
    let mut scale = 0u32;
    let mut frac = false;
    for &b in digits {
        if b == b'.' {
            frac = true;
            continue;
        }
        m = m.checked_mul(10)?.checked_add(u64::from(b.wrapping_sub(b'0')))?;
        if frac {
            scale += 1;
        }
    }
    (m < 1_000_000_000_000_000).then_some((m, scale))
}

/// The value of ASCII digits with at most one '.': exact for up to 15 significant digits
/// (one correctly rounded division by an exact power of ten), else parsed by `str::parse`.
fn decimal_value(digits: &[u8]) -> Option<f64> {
    const POW10: [f64; 16] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
    let mut mantissa: u64 = 0;
    let mut sig = 0usize;
    let mut frac: Option<usize> = None;
    for &b in digits {
        if b == b'.' {
            frac = Some(0);
            continue;
        }
        let Some(m) = mantissa.checked_mul(10).and_then(|m| m.checked_add(u64::from(b.wrapping_sub(b'0')))) else {
            return std::str::from_utf8(digits).ok()?.parse::<f64>().ok();
        };
        mantissa = m;
        if mantissa > 0 {
            sig += 1;
        }
        if let Some(f) = frac.as_mut() {
            *f += 1;
        }
    }
    match POW10.get(frac.unwrap_or(0)) {
        #[allow(clippy::cast_precision_loss)] // exact: sig <= 15 < 53 bits
        Some(p) if sig <= 15 => Some(mantissa as f64 / p),
        _ => std::str::from_utf8(digits).ok()?.parse::<f64>().ok(),
    }
}

/// The Chinese digit characters: exactly those [`cn_digit`] gives a value (checked by a
/// test).
const CN_DIGITS: &str = "〇零○Ｏ一壹幺二贰两貳三叁參四肆五伍六陆陸七柒八捌九玖";

/// The Chinese unit characters: exactly those [`cn_unit`] gives a value (checked by a test).
const CN_UNITS: &str = "十拾百佰千仟万萬亿億";

/// One bit per code point of the Basic Multilingual Plane for the characters of `chars`
/// (all of them 3-byte characters): bit `cp & 63` of word `cp >> 6`.
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
const fn bmp_bits(chars: &str) -> [u64; 1024] {
    let mut t = [0u64; 1024];
    let b = chars.as_bytes();
    let mut i = 0;
    while i + 2 < b.len() {
        let cp = ((b[i] as usize & 0x0F) << 12) | ((b[i + 1] as usize & 0x3F) << 6) | (b[i + 2] as usize & 0x3F);
        t[cp >> 6] |= 1u64 << (cp & 63);
        i += 3;
    }
    t
}

static DIGIT_BITS: [u64; 1024] = bmp_bits(CN_DIGITS);
static UNIT_BITS: [u64; 1024] = bmp_bits(CN_UNITS);

fn has_bit(bits: &[u64; 1024], c: char) -> bool {
    let cp = c as usize;
    bits.get(cp >> 6).is_some_and(|w| (w >> (cp & 63)) & 1 == 1)
}

/// True for a Chinese digit character, as `cn_digit(c).is_some()`: one bitmap probe.
pub(crate) fn is_cn_digit(c: char) -> bool {
    has_bit(&DIGIT_BITS, c)
}

/// True for a Chinese unit character, as `cn_unit(c).is_some()`: one bitmap probe.
pub(crate) fn is_cn_unit(c: char) -> bool {
    has_bit(&UNIT_BITS, c)
}

/// True for a character of a Chinese numeral, as [`crate::numeral::is_cn_numeral_char`].
pub(crate) fn is_cn_numeral(c: char) -> bool {
    is_cn_digit(c) || is_cn_unit(c)
}

/// A run of Chinese numeral characters.
struct CnRun {
    /// One past its last byte.
    end: usize,
    /// Its length in chars.
    count: usize,
    /// True when all its characters are digits (or it is empty).
    digits: bool,
    /// True when all its characters are units (or it is empty).
    units: bool,
}

/// The run of Chinese numeral characters at `start`, read in one pass.
fn cn_run(text: &str, start: usize) -> CnRun {
    let mut run = CnRun { end: start, count: 0, digits: true, units: true };
    if let Some(rest) = text.get(start..) {
        for c in rest.chars() {
            let (digit, unit) = (is_cn_digit(c), is_cn_unit(c));
            if !digit && !unit {
                break;
            }
            run.end += c.len_utf8();
            run.count += 1;
            run.digits &= digit;
            run.units &= unit;
        }
    }
    run
}

/// Parses a Chinese numeral (or a fraction `X分之Y`) at `start`. `Err(end)` when the run
/// is not one number (二三, 十十) or is too long.
pub(crate) fn chinese(text: &str, start: usize) -> Result<Number, usize> {
    let first = char_at(text, start);
    let next = first.and_then(|c| char_at(text, start + c.len_utf8()));
    chinese_after(text, start, first, next)
}

/// [`chinese`] at `start` for a caller that has decoded the character there (`first`) and
/// the one after it (`next`).
pub(crate) fn chinese_after(
    text: &str,
    start: usize,
    first: Option<char>,
    next: Option<char>,
) -> Result<Number, usize> {
    // Fast path: one numeral character not followed by another (一, 三 in 一些, 三中全会).
    if let Some(c) = first {
        let e = start + c.len_utf8();
        if !next.is_some_and(is_cn_numeral) && next != Some('分') && next != Some('半') {
            let (raw, bare) = match (cn_digit(c), cn_unit(c)) {
                (Some(d), _) => (d as f64, false),
                (None, Some(u)) => (u as f64, true),
                (None, None) => return Err(start),
            };
            return Ok(Number {
                digits_end: e,
                end: e,
                raw: Some(raw),
                mult: None,
                form: Form::Chinese,
                width: 1,
                integer: true,
                approx: false,
                implied_unit: None,
                positional: false,
                bare_unit: bare,
                decimal: None,
            });
        }
    }
    let CnRun { end, count, digits, units } = cn_run(text, start);
    if count == 0 {
        return Err(start);
    }
    let run = text.get(start..end).unwrap_or("");
    if count > MAX_NUMERAL_LEN {
        return Err(end);
    }
    // Fraction: 百分之三十, 二分之一, 千分之五.
    if text.get(end..).is_some_and(|s| s.starts_with("分之")) {
        let num_start = end + "分之".len();
        let CnRun { end: num_end, count: num_count, .. } = cn_run(text, num_start);
        if num_count > 0 && num_count <= MAX_NUMERAL_LEN {
            let den = cn_value(run);
            let num = text.get(num_start..num_end).and_then(cn_value);
            if let (Some(den), Some(num)) = (den, num) {
                let (raw, unit) = match den {
                    100 => (Some(num as f64), Some("%")),
                    1000 => (Some(num as f64), Some("‰")),
                    0 => (None, None),
                    _ => (Some(round15(num as f64 / den as f64)), None),
                };
                return Ok(Number {
                    digits_end: num_end,
                    end: num_end,
                    raw,
                    mult: None,
                    form: Form::Fraction,
                    width: count + 2 + num_count,
                    integer: false,
                    approx: false,
                    implied_unit: unit,
                    positional: false,
                    bare_unit: false,
                    decimal: None,
                });
            }
        }
    }
    // 一半: one half.
    if run == "一" && text.get(end..).is_some_and(|s| s.starts_with('半')) {
        let e = end + '半'.len_utf8();
        return Ok(Number {
            digits_end: e,
            end: e,
            raw: Some(0.5),
            mult: None,
            form: Form::Fraction,
            width: 2,
            integer: false,
            approx: false,
            implied_unit: None,
            positional: false,
            bare_unit: false,
            decimal: None,
        });
    }
    let positional = count >= 2 && digits;
    let bare_unit = units;
    let Some(v) = cn_value(run) else { return Err(end) };
    Ok(Number {
        digits_end: end,
        end,
        raw: Some(v as f64),
        mult: None,
        form: Form::Chinese,
        width: count,
        integer: true,
        approx: false,
        implied_unit: None,
        positional,
        bare_unit,
        decimal: None,
    })
}

/// Parses a placeholder run (`xx`, `**`) at `start`; `Err(end)` when too long.
pub(crate) fn placeholder(text: &str, start: usize) -> Result<Number, usize> {
    let mut end = start;
    let mut count = 0usize;
    if let Some(rest) = text.get(start..) {
        for c in rest.chars() {
            if !is_placeholder_char(c) {
                break;
            }
            end += c.len_utf8();
            count += 1;
        }
    }
    if count == 0 {
        return Err(start);
    }
    if count > 8 {
        return Err(end);
    }
    Ok(Number {
        digits_end: end,
        end,
        raw: None,
        mult: None,
        form: Form::Placeholder,
        width: count,
        integer: true,
        approx: false,
        implied_unit: None,
        positional: false,
        bare_unit: false,
        decimal: None,
    })
}

/// Extends an Arabic number with placeholder characters (`20**`, `20xx`): a placeholder.
pub(crate) fn absorb_placeholder(text: &str, mut n: Number) -> Number {
    if n.form != Form::Arabic || !n.integer {
        return n;
    }
    if let Ok(p) = placeholder(text, n.end) {
        n.width += p.width;
        n.end = p.end;
        n.digits_end = p.end;
        n.form = Form::Placeholder;
        n.raw = None;
    }
    n
}

fn approx_at(text: &str, i: usize) -> Option<usize> {
    match char_at(text, i)? {
        '余' | '多' | '来' => Some(i + 3),
        _ => None,
    }
}

/// Reads the tail after the digits: 余/多, a 万/亿 multiplier (Arabic and placeholder
/// numbers; Chinese runs already include theirs), 余/多 again.
pub(crate) fn tail(text: &str, mut n: Number) -> Number {
    if n.form == Form::Fraction {
        return n;
    }
    let mut i = n.end;
    // Most numbers are followed by neither 余/多/来 nor a unit character: nothing to read.
    let Some(next) = char_at(text, i) else { return n };
    if !is_cn_unit(next) && !matches!(next, '余' | '多' | '来') {
        return n;
    }
    if let Some(j) = approx_at(text, i) {
        // 余/多 must be followed by a multiplier or something (checked by the caller).
        n.approx = true;
        i = j;
    }
    if n.form != Form::Chinese || n.approx {
        // 千米, 千克, 百分点 are units, not multipliers.
        let unit_like = |at: usize| {
            let rest = text.get(at..).unwrap_or("");
            ["千米", "千克", "千瓦", "千伏", "百分点", "千分之", "万分之", "百分之"]
                .iter()
                .any(|u| starts_with_word(rest, u))
        };
        if !unit_like(i) {
            let CnRun { mut end, count, .. } = cn_run(text, i);
            // 万千瓦: the multiplier stops where a unit starting with 千/百 begins.
            let mut k = i;
            while k < end {
                if k > i && unit_like(k) {
                    end = k;
                    break;
                }
                k += 3;
            }
            let run = text.get(i..end).unwrap_or("");
            if count > 0 && count <= 4 && run.chars().all(is_cn_unit) {
                if let Some(m) = cn_value(run) {
                    n.mult = Some(m as f64);
                    i = end;
                    if let Some(j) = approx_at(text, i) {
                        n.approx = true;
                        i = j;
                    }
                }
            }
        }
    }
    n.end = i;
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_forms() {
        let n = arabic("1,200人", 0).unwrap_or_else(|_| unreachable!());
        assert_eq!(n.raw, Some(1200.0));
        let n = arabic("2.4万", 0).unwrap_or_else(|_| unreachable!());
        assert_eq!(n.raw, Some(2.4));
        let n = tail("2.4万人次", n);
        assert_eq!(n.value(), Some(24000.0));
        let n = arabic("１２．５", 0).unwrap_or_else(|_| unreachable!());
        assert_eq!(n.raw, Some(12.5));
        assert!(arabic(&"9".repeat(100), 0).is_err());
    }

    #[test]
    fn numeral_bitmaps_are_the_numeral_tables() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_cn_digit(c), cn_digit(c).is_some(), "{c}");
            assert_eq!(is_cn_unit(c), cn_unit(c).is_some(), "{c}");
            assert_eq!(is_cn_numeral(c), crate::numeral::is_cn_numeral_char(c), "{c}");
        }
    }

    #[test]
    fn chinese_forms() {
        let n = chinese("百分之三十", 0).unwrap_or_else(|_| unreachable!());
        assert_eq!((n.raw, n.implied_unit), (Some(30.0), Some("%")));
        let n = chinese("二分之一", 0).unwrap_or_else(|_| unreachable!());
        assert_eq!(n.raw, Some(0.5));
        let n = chinese("一万二千", 0).unwrap_or_else(|_| unreachable!());
        assert_eq!(n.raw, Some(12000.0));
    }
}
