//! The number grammar (nom): what may stand before a lead (a sign, a vague word) and what
//! may follow it (a fraction, a mixed number, tenths, approximation marks, a range).
//!
//! Every parser here reads a suffix of the text (`&str` starting at the number) and
//! returns the rest, as nom parsers do; offsets in a [`Reading`] are relative to the start.

use super::arabic::{self, Arabic};
use super::chain::{self, Chain, Unreadable};
use super::decimal::Dec;
use crate::lexicon::comparators::SUFFIXES;
use crate::lexicon::numerals::{APPROX_MARKS, TENTHS_BLOCKERS, TENTHS_NOUNS};
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::one_of;
use nom::combinator::opt;
use nom::{IResult, Parser};

type Res<'a, T> = IResult<&'a str, T>;

/// A value as read: an exact decimal, a ratio of two (fractions), or the nearest `f64` of
/// digits too long to be exact.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Amount {
    Exact(Dec),
    Ratio(Dec, Dec),
    Float(f64),
}

impl Amount {
    /// The nearest `f64` (a ratio rounded to 15 significant digits, so that its shortest
    /// decimal form reads back exactly).
    pub(crate) fn to_f64(self) -> f64 {
        match self {
            Amount::Exact(d) => d.to_f64(),
            Amount::Ratio(n, d) => round15(n.to_f64() / d.to_f64()),
            Amount::Float(v) => v,
        }
    }

    /// The value divided by `10^k` (exact for decimals).
    pub(crate) fn unscaled(self, k: i32) -> Amount {
        match self {
            Amount::Exact(d) => {
                d.shift(-k).map_or(Amount::Float(d.to_f64() / super::decimal::pow10_f64(k)), Amount::Exact)
            }
            Amount::Ratio(n, d) => {
                d.shift(k).map_or(Amount::Float(self.to_f64() / super::decimal::pow10_f64(k)), |d| Amount::Ratio(n, d))
            }
            Amount::Float(v) => Amount::Float(v / super::decimal::pow10_f64(k)),
        }
    }

    /// The value times `10^k` (exact for decimals).
    pub(crate) fn scaled(self, k: i32) -> Amount {
        self.unscaled(-k)
    }

    /// True when `self <= other`.
    fn le(self, other: Amount) -> bool {
        match (self, other) {
            (Amount::Exact(a), Amount::Exact(b)) => a.le(b),
            _ => self.to_f64() <= other.to_f64(),
        }
    }

    fn exact(self) -> Option<Dec> {
        match self {
            Amount::Exact(d) => Some(d),
            _ => None,
        }
    }
}

/// Rounds `v` to 15 significant digits (values such as 1/3 from fractions), so that its
/// shortest decimal form is read back exactly by any JSON reader.
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
    let p = super::decimal::pow10_f64(k);
    (v * p).round() / p
}

/// How a number is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// Arabic digits, possibly with Chinese units (`3万4000`).
    Arabic,
    /// Chinese numerals.
    Chinese,
    /// `X分之Y`, a mixed number `A又X分之Y`, `一半`.
    Fraction,
    /// `数十`, `几百`: no value can be read.
    Vague,
}

/// One number read at a position.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Reading {
    /// Bytes read, with the tail (multiplier, 余/多, 成/折).
    pub(crate) len: usize,
    /// Bytes of the digits before any tail.
    pub(crate) digits_len: usize,
    /// The value with its multiplier; `None` when vague or unreadable.
    pub(crate) value: Option<Amount>,
    /// Why the number could not be read, if it could not.
    pub(crate) unreadable: Option<Unreadable>,
    /// The upper end of adjacent digits (`八九亿`) or of a range.
    pub(crate) max: Option<Amount>,
    /// The power of ten of the multiplier the number ends with (`一百五十万`: 4).
    pub(crate) mult: Option<i32>,
    /// A wider multiplier a range may share instead (`三百万`: 6).
    pub(crate) wide: Option<i32>,
    /// `%` (百分之, 成, 折), `‰` (千分之) or `‱` (万分之).
    pub(crate) unit: Option<&'static str>,
    pub(crate) approx: bool,
    pub(crate) negative: bool,
    pub(crate) shape: Shape,
    /// Its length in characters (Arabic: the count of integer digits).
    pub(crate) chars: usize,
    /// Two or more Chinese digits read by place (二〇二四).
    pub(crate) positional: bool,
    /// Chinese units and no digit (百, 千万).
    pub(crate) bare_unit: bool,
    /// No decimals written.
    pub(crate) integer: bool,
}

impl Reading {
    fn new(len: usize, value: Option<Amount>, shape: Shape) -> Reading {
        Reading {
            len,
            digits_len: len,
            value,
            unreadable: None,
            max: None,
            mult: None,
            wide: None,
            unit: None,
            approx: false,
            negative: false,
            shape,
            chars: 0,
            positional: false,
            bare_unit: false,
            integer: true,
        }
    }

    /// A number written as one but not readable.
    fn unreadable(len: usize, why: Unreadable, shape: Shape) -> Reading {
        Reading { unreadable: Some(why), ..Reading::new(len, None, shape) }
    }

    /// True when the value is an integer below 2^53 with no approximation: a denominator.
    fn exact_integer(&self) -> Option<Dec> {
        let d = self.value?.exact()?;
        (self.integer && !self.approx && self.max.is_none() && d.decimals() == 0).then_some(d)
    }
}

/// A reading of `len` bytes with no value yet (for callers that fill in the rest).
pub(crate) fn plain(len: usize) -> Reading {
    Reading::new(len, None, Shape::Chinese)
}

/// The reading of an Arabic number alone.
pub(crate) fn from_arabic(a: &Arabic) -> Reading {
    if let Some(why) = a.unreadable() {
        return Reading { chars: a.width, ..Reading::unreadable(a.end, why, Shape::Arabic) };
    }
    let value = a.exact.map_or(Amount::Float(a.value), Amount::Exact);
    Reading { chars: a.width, integer: a.integer, ..Reading::new(a.end, Some(value), Shape::Arabic) }
}

/// The reading of a chain.
fn from_chain(c: &Chain, shape: Shape, digits_len: usize) -> Reading {
    let (value, unreadable, max) = match (c.pair, c.value) {
        (Some((lo, hi)), _) => (Some(Amount::Exact(lo)), None, Some(Amount::Exact(hi))),
        (None, Ok(v)) => (Some(Amount::Exact(v)), None, None),
        (None, Err(e)) => (None, Some(e), None),
    };
    Reading {
        digits_len,
        unreadable,
        max,
        mult: c.mult,
        wide: c.wide,
        chars: c.chars,
        positional: c.positional && c.pair.is_none(),
        approx: c.approx,
        bare_unit: c.bare_unit,
        integer: c.integer,
        ..Reading::new(c.end, value, shape)
    }
}

/// An Arabic number and the chain after it, if a unit follows (`3000万`, `5万4千6百`,
/// `1.2万亿`); a chain that cannot be read makes the whole number unreadable.
pub(crate) fn after_arabic(i: &str, a: &Arabic) -> Reading {
    let alone = from_arabic(a);
    let mark_then_unit = chain::approx_mark_at(i, a.end) && chain::unit_follows(i, a.end + 3);
    if a.unreadable().is_some() || !(chain::unit_follows(i, a.end) || mark_then_unit) {
        return alone;
    }
    if let Some(r) = units_after_arabic(i, a) {
        return r;
    }
    match chain::read(i, a.end, Some(a), chain::Mode::MIXED) {
        Some(c) if c.end > a.end => Reading { shape: Shape::Arabic, ..from_chain(&c, Shape::Arabic, a.end) },
        _ => alone,
    }
}

/// The common case of [`after_arabic`], read without the token buffer: units alone after
/// the digits (`3000万`, `1.2万亿`, `5百万`, `5千`), nothing after them that continues the
/// number. The value is the digits times the units; the multiplier is the first big
/// group's (`5百万`: 万, wider 百万), or the small unit's without one (`5千`).
fn units_after_arabic(i: &str, a: &Arabic) -> Option<Reading> {
    let (p, top, end) = match chain::single_unit(i, a.end) {
        Some((p, end)) => (p, if p >= 4 { p } else { 0 }, end),
        None => {
            let run = chain::unit_run(i, a.end)?;
            let units = run.value.ok()?.normal();
            if units.m != 1 {
                return None;
            }
            (units.exp, run.wide.unwrap_or(0), run.end)
        }
    };
    let value = a.exact?.shift(p)?;
    let (mult, wide) = if top > 0 { (top, (p > top).then_some(p)) } else { (p, None) };
    Some(Reading {
        digits_len: a.end,
        mult: Some(mult),
        wide,
        chars: a.width,
        integer: a.integer,
        ..Reading::new(end, Some(Amount::Exact(value)), Shape::Arabic)
    })
}

/// The lead of a number: Arabic digits (with their chain) or a Chinese chain.
fn lead(i: &str) -> Res<'_, Reading> {
    let r = match arabic::read(i, 0) {
        Some(a) => after_arabic(i, &a),
        None => match chain::read(i, 0, None, chain::Mode::MIXED) {
            Some(c) => from_chain(&c, Shape::Chinese, c.end),
            None => return fail(i),
        },
    };
    Ok((i.get(r.len..).unwrap_or(""), r))
}

fn fail<T>(i: &str) -> Res<'_, T> {
    Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)))
}

/// The bytes of `i` consumed up to `rest`.
fn used(i: &str, rest: &str) -> usize {
    i.len() - rest.len()
}

/// `分之` and the numerator after a denominator `den` (`百分之三十`, `二分之一`,
/// `千分之五`, `百分之2.4`, `百分之一点五七`, `四千二分之三`).
fn fraction_after(den: Reading) -> impl Fn(&str) -> Res<'_, Reading> {
    move |i: &str| {
        let (rest, _) = tag("分之").parse(i)?;
        let (rest, num) = approx_after(lead(rest)?)?;
        let start = used(i, rest) - num.len;
        let len = den.len + start + num.len;
        let Some(d) = den.exact_integer() else {
            return Ok((rest, Reading::unreadable(len, Unreadable::Malformed, Shape::Fraction)));
        };
        let mut r = Reading { approx: num.approx, ..Reading::new(len, None, Shape::Fraction) };
        r.integer = false;
        match (den.bare_unit, d.normal()) {
            // 百分之 (bare 百): per cent; 千分之 (bare 千): per mille; 万分之 (bare 万): per ten
            // thousand (`加收滞纳税款万分之五的滞纳金`, 税收征收管理法), each in its own unit.
            (true, Dec { m: 1, exp: 2 }) => (r.value, r.unit, r.max) = (num.value, Some("%"), num.max),
            (true, Dec { m: 1, exp: 3 }) => (r.value, r.unit, r.max) = (num.value, Some("‰"), num.max),
            (true, Dec { m: 1, exp: 4 }) => (r.value, r.unit, r.max) = (num.value, Some("‱"), num.max),
            _ if d.is_zero() => r.unreadable = Some(Unreadable::Malformed),
            _ => {
                let ratio = |a: Option<Amount>| match a? {
                    Amount::Exact(n) => Some(Amount::Ratio(n, d)),
                    other => Some(Amount::Float(other.to_f64() / d.to_f64())),
                };
                (r.value, r.max) = (ratio(num.value), ratio(num.max));
            }
        }
        if num.value.is_none() && num.shape != Shape::Vague {
            r.unreadable = num.unreadable.or(Some(Unreadable::Malformed));
        }
        Ok((rest, r))
    }
}

/// `又` and a fraction after an integer: a mixed number (`三百五又三分之一`).
fn mixed_after(whole: Reading) -> impl Fn(&str) -> Res<'_, Reading> {
    move |i: &str| {
        let (rest, _) = tag("又").parse(i)?;
        let (rest, den) = lead(rest)?;
        let (rest, frac) = fraction_after(den).parse(rest)?;
        let len = whole.len + used(i, rest);
        let value = match (whole.exact_integer(), frac.value, frac.unit) {
            (Some(w), Some(Amount::Ratio(n, d)), None) => {
                w.mul(d).and_then(|wd| wd.add(n)).map(|n| Amount::Ratio(n, d))
            }
            _ => None,
        };
        let mut r = Reading::new(len, value, Shape::Fraction);
        r.integer = false;
        if value.is_none() {
            r.unreadable = Some(Unreadable::Malformed);
        }
        Ok((rest, r))
    }
}

/// `成` (tenths: `三成` = 30 %), `成半` (`三成半` = 35 %) or `折` (a price in tenths: `七折` =
/// 70 %, `八五折` = 85 %) after a small number: per cent, unit `%`.
fn tenths_after(n: Reading) -> impl Fn(&str) -> Res<'_, Reading> {
    move |i: &str| {
        let (rest, word) = alt((tag("成半"), tag("成"), tag("折"))).parse(i)?;
        let noun = TENTHS_NOUNS.iter().any(|w| rest.starts_with(w));
        if rest.chars().next().is_some_and(|c| TENTHS_BLOCKERS.contains(&c)) && !noun || n.approx {
            return fail(i);
        }
        if n.max.is_some() {
            return if word == "成" { tenths_pair(&n, i, rest) } else { fail(i) };
        }
        let Some(v) = n.value.and_then(Amount::exact) else { return fail(i) };
        // 三成五 (35 %): a digit after 成 is the next place; read only where the figure ends
        // after it, else the number cannot be read whole and gives no figure (never 三成 for it).
        let (rest, hundredths) = match (word, tenths_digit(rest)) {
            ("成", Some((d, after))) if hundredths_end(after) => (after, Some(d)),
            ("成", Some(_)) => return fail(i),
            _ => (rest, None),
        };
        // 八五折, 75折: two digits read by place are 8.5 and 7.5 tenths.
        let two_digits = (n.positional || (n.shape == Shape::Arabic && n.integer)) && n.chars == 2;
        let tenths = if word == "折" && two_digits { v.shift(-1) } else { Some(v) };
        // At most 十成 (all of it); a price at most 九点九折 (十折 is no discount).
        let top = if word == "折" { Dec { m: 99, exp: -1 } } else { Dec::int(10) };
        let ok = tenths.is_some_and(|t| {
            Dec::int(1).le(t) && t.le(top) && !(n.chars == 1 && t == Dec::int(1) && n.shape == Shape::Chinese)
        });
        // A bare unit is no count of tenths (百成), but for 十成 (all of it).
        let bare_ok = !n.bare_unit || tenths == Some(Dec::int(10));
        let (Some(t), true) = (tenths, ok && bare_ok) else { return fail(i) };
        let half = match (word, hundredths) {
            ("成半", _) => Dec { m: 5, exp: -1 },
            // A digit after 成 only after a whole count of tenths below ten (not 十成五).
            (_, Some(d)) if t.decimals() == 0 && t != Dec::int(10) => Dec { m: u64::from(d), exp: -1 },
            (_, Some(_)) => return fail(i),
            _ => Dec::ZERO,
        };
        let Some(pct) = t.add(half).and_then(|t| t.shift(1)) else { return fail(i) };
        // 两成多, 三成余: more than the tenths, approximate (not 多数: a majority).
        let more =
            word == "成" && hundredths.is_none() && rest.starts_with(['多', '余']) && chain::approx_mark_at(rest, 0);
        let rest = if more { rest.get('多'.len_utf8()..).unwrap_or("") } else { rest };
        let mut r = Reading::new(n.len + used(i, rest), Some(Amount::Exact(pct)), n.shape);
        (r.unit, r.chars, r.digits_len, r.approx) = (Some("%"), n.chars, n.digits_len, more);
        Ok((rest, r))
    }
}

/// Two adjacent digits before `成` (`七八成`: 70 to 80 %, as 七八十 is 70 to 80): a range of
/// tenths, the digits one apart (not `三五成群`, an idiom), read up to `rest`.
fn tenths_pair<'a>(n: &Reading, i: &'a str, rest: &'a str) -> Res<'a, Reading> {
    let (Some(Amount::Exact(lo)), Some(Amount::Exact(hi))) = (n.value, n.max) else { return fail(i) };
    let (a, b) = (lo.to_f64(), hi.to_f64());
    let digits = n.chars == 2 && (1.0..=8.0).contains(&a) && a.fract() == 0.0 && b == a + 1.0;
    let (Some(lo), Some(hi), true) = (lo.shift(1), hi.shift(1), digits) else { return fail(i) };
    if tenths_digit(rest).is_some() {
        return fail(i);
    }
    let mut r = Reading::new(n.len + used(i, rest), Some(Amount::Exact(lo)), n.shape);
    (r.max, r.unit, r.chars, r.digits_len) = (Some(Amount::Exact(hi)), Some("%"), n.chars, n.digits_len);
    Ok((rest, r))
}

/// A digit 1–9 (Chinese or Arabic) at the start of `rest`: its value and the rest after it.
fn tenths_digit(rest: &str) -> Option<(u32, &str)> {
    let c = rest.chars().next()?;
    let d = super::cn_digit(c).or_else(|| super::arabic_digit(c)).filter(|d| (1..=9).contains(d))?;
    Some((d, rest.get(c.len_utf8()..)?))
}

/// True when the figure may end before `rest` (after the digit of `三成五`): the end of the
/// text, a character that is no ideograph (punctuation), or a suffix bound (`三成五以上`,
/// `三成五左右`: [`SUFFIXES`]).
fn hundredths_end(rest: &str) -> bool {
    rest.chars().next().is_none_or(|c| {
        !crate::text::chars::is_cjk_ideograph(c) && super::arabic_digit(c).is_none() && !super::is_cn_numeral_char(c)
    }) || SUFFIXES.iter().any(|s| !s.after_span_unit && rest.starts_with(s.word))
}

/// 余, 多, 来, 几 after a number: approximate (`300余`, `十几`, `二十来`), not in a word
/// (`三分之二多数`).
fn approx_mark(i: &str) -> Res<'_, char> {
    if !chain::approx_mark_at(i, 0) {
        return fail(i);
    }
    one_of(&APPROX_MARKS[..]).parse(i)
}

/// The unit characters after an approximation mark (`300多万`, `十几万`): their power of
/// ten, and the rest.
pub(crate) fn mult_run(i: &str) -> Res<'_, i32> {
    let c = chain::read(i, 0, None, chain::Mode::CHINESE).filter(|c| c.bare_unit && c.chars <= 4);
    let Some(c) = c else { return fail(i) };
    let v = c.value.ok().map(Dec::normal);
    match v {
        Some(Dec { m: 1, exp }) if chain_unit_words_free(i, c.end) => Ok((i.get(c.end..).unwrap_or(""), exp)),
        _ => fail(i),
    }
}

/// True when no unit word (`千米`, `百分点`) starts inside the first `end` bytes of `i`.
fn chain_unit_words_free(i: &str, end: usize) -> bool {
    (0..end).step_by(3).all(|k| !chain::unit_word_at(i, k))
}

/// The approximation mark after a number (`1500余`, `十几`, `3万余`; the marks before
/// units, `300多万`, are read with the chain).
pub(crate) fn approx_after((rest0, n): (&str, Reading)) -> Res<'_, Reading> {
    let (rest, mark) = opt(approx_mark).parse(rest0)?;
    if mark.is_none() {
        return Ok((rest0, n));
    }
    Ok((rest, Reading { approx: true, len: n.len + used(rest0, rest), ..n }))
}

/// A number without a sign: a vague numeral, or a lead and what follows it.
///
/// ```text
/// unsigned := vague | lead (mixed | fraction | tenths | approx)
/// ```
pub(crate) fn unsigned(i: &str) -> Res<'_, Reading> {
    if i.starts_with(['数', '几']) {
        if let Ok(v) = vague(i) {
            return Ok(v);
        }
    }
    let (rest, n) = lead(i)?;
    continuation(rest, n)
}

/// [`unsigned`] for a number whose first character is neither a digit nor `数`/`几` (a
/// Chinese numeral): no Arabic lead to try and no vague numeral, the chain and what
/// follows it.
pub(crate) fn unsigned_chinese(i: &str) -> Res<'_, Reading> {
    let Some(c) = chain::read(i, 0, None, chain::Mode::MIXED) else { return fail(i) };
    let n = from_chain(&c, Shape::Chinese, c.end);
    continuation(i.get(n.len..).unwrap_or(""), n)
}

/// What follows a lead `n` read up to `rest`.
pub(crate) fn continuation(rest: &str, n: Reading) -> Res<'_, Reading> {
    // Most numbers are followed by nothing that continues them.
    let next = rest.chars().next();
    let continues = next.is_some_and(|c| matches!(c, '又' | '分' | '成' | '折') || APPROX_MARKS.contains(&c));
    if n.value.is_none() || !continues {
        return Ok((rest, n));
    }
    let (rest, r) =
        alt((mixed_after(n), fraction_after(n), tenths_after(n))).parse(rest).or_else(|_| approx_after((rest, n)))?;
    Ok((rest, r))
}

/// `数` or `几` and units (`数十亿`, `几十万`, `数百`): several of a unit, a number no value
/// can be given to: approximate, value `None`.
pub(crate) fn vague(i: &str) -> Res<'_, Reading> {
    let (rest, _) = one_of("数几數幾").parse(i)?;
    let Some(c) = chain::read(rest, 0, None, chain::Mode::CHINESE).filter(|c| c.bare_unit && c.chars <= 4) else {
        return fail(i);
    };
    let after = rest.get(c.end..).unwrap_or("");
    let (after, _) = opt(one_of("余多")).parse(after)?;
    let mut r = Reading::new(used(i, after), None, Shape::Vague);
    (r.approx, r.bare_unit, r.chars, r.digits_len) = (true, true, c.chars + 1, used(i, rest) + c.end);
    Ok((after, r))
}

/// A minus sign: `负`, `負`, `-`, `−` (U+2212), `－`.
fn sign(i: &str) -> Res<'_, char> {
    one_of("负負-−－").parse(i)
}

/// A range separator between two numbers.
fn range_sep(i: &str) -> Res<'_, &str> {
    alt((tag("——"), tag("到"), tag("至"), tag("-"), tag("－"), tag("~"), tag("～"), tag("〜"), tag("—"), tag("–")))
        .parse(i)
}

/// A signed number.
fn signed(i: &str) -> Res<'_, Reading> {
    let (rest, minus) = opt(sign).parse(i)?;
    let (rest, mut n) = unsigned(rest)?;
    if minus.is_some() {
        n.negative = true;
        n.len = used(i, rest);
    }
    Ok((rest, n))
}

/// The multiplier a range's lower number `a`, written without one, shares with the upper
/// `b`: the widest of `b`'s multipliers that leaves `a` no larger than what `b` has before
/// it (`两到三百万`: 百万; `五百到一千万`: 万; `一百二十到一百五十万`: 万).
pub(crate) fn shared_mult(a: &Reading, b: &Reading) -> Option<i32> {
    let (x, y) = (a.value?, b.value?);
    if a.mult.is_some() || a.negative != b.negative {
        return None;
    }
    [b.wide, b.mult].into_iter().flatten().find(|&k| x.le(y.unscaled(k)))
}

/// A number, with a range after it (`两到三万`, `3-5万`): the upper number's multiplier is
/// shared when the lower has none and is not larger (`一百二十到一百五十万` is 1.2–1.5 × 10^6).
///
/// ```text
/// number := sign? unsigned (SEP sign? unsigned)?
/// ```
pub(crate) fn number(i: &str) -> Res<'_, Reading> {
    let (rest, mut a) = signed(i)?;
    let Ok((rest2, (_, b))) = (range_sep, signed).parse(rest) else {
        return Ok((rest, a));
    };
    let compatible = a.max.is_none()
        && b.max.is_none()
        && (a.unit.is_none() || a.unit == b.unit)
        && b.shape != Shape::Vague
        && a.negative == b.negative;
    if !compatible || a.shape == Shape::Vague {
        return Ok((rest, a));
    }
    if let Some(k) = shared_mult(&a, &b) {
        a.value = a.value.map(|x| x.scaled(k));
    }
    a.max = b.value;
    a.unit = b.unit;
    a.approx |= b.approx;
    a.unreadable = a.unreadable.or(b.unreadable);
    if b.value.is_none() {
        a.value = None;
    }
    a.len = used(i, rest2);
    Ok((rest2, a))
}
