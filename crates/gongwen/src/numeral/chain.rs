//! Chains: a Chinese numeral, or Arabic digits with Chinese units, read as one number.
//!
//! ```text
//! chain     := positional | grouped
//! positional:= DIGIT DIGIT+ [point]                二〇二四, 一七二零点一 (digits by place)
//! grouped   := lead? (section BIG+)* section? [point]
//! section   := (term | 零)* tail?                  terms with falling units: 三千五百
//! term      := [DIGIT | ARABIC1] SMALL | TENS       五千, 5千, 十 (a bare unit is one of it), 廿
//! tail      := DIGIT                                the last digit: after 零 or 十 its own value,
//!                                                   else one place below the unit before it
//!                                                   (两千四百五 = 2450, 一万三 = 13000, 千三 = 1300)
//!            | ARABIC                               after 万/亿 with 3 or more digits (1万600),
//!                                                   or after 零 below the place skipped (10万零5)
//! lead      := ARABIC | DIGIT point                 3000万, 1.2万亿, 二点五亿: times the units after it
//!                                                   (a decimal lead: units only, 1.5万5千 is malformed)
//! point     := ('点' | '點') DIGIT+                 not before 分/刻 (八点零五分 is a time)
//! BIG       := 万 | 亿 | 兆 | 万万 (10^8) | 万亿 (10^12)
//! SMALL     := 十 | 百 | 千                          TENS := 廿 (20) | 卅 (30) | 卌 (40)
//! ```
//!
//! Units fall within a section (`十十` is malformed; so are a bare unit after a bare unit and
//! 百/千 after any unit with no digit between, the vague `千百万`, `百十个`) and big units fall from group to group:
//! a big unit takes every smaller group before it (`三万四千亿` = 34000 × 10^8), never an
//! equal one (`三万四万` is malformed). Two adjacent digits (`八九`, `十五六`, `三五百`,
//! `一两`) are a range, read twice: with the lower and with the upper digit (except the plan
//! names `十一五` … `十四五`). A chain that breaks a rule, overflows or runs longer than
//! [`MAX_NUMERAL_LEN`] characters is unreadable, as a whole: never a prefix of it.

use super::arabic;
use super::chars::{CODE_TEN, CODE_TENS, Code, NO_CODE, code3, unit_power};
use super::decimal::Dec;
use crate::lexicon::numerals::{APPROX_MARKS, APPROX_WORDS, MEGA_UNITS, TIME_AFTER_POINT, UNIT_WORDS};
use crate::limits::MAX_NUMERAL_LEN;

/// Why a number could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unreadable {
    /// It breaks the grammar (`十十`, `三二十`, `一二三四五六七八九十百千`).
    Malformed,
    /// Its value does not fit (`九千九百九十九兆兆`).
    Overflow,
    /// It runs longer than [`MAX_NUMERAL_LEN`] characters.
    TooLong,
}

/// One token of a chain: two bytes (the values of Arabic digits and of a point fraction
/// are kept beside the tokens, in [`Toks`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tok {
    /// A Chinese digit (零 is 0).
    Digit(u8),
    /// 廿, 卅, 卌: the digit times 十.
    Tens(u8),
    /// A unit, by its power of ten: 1–3 small (十百千), 4, 8, 12 big (万亿兆).
    Unit(u8),
    /// Arabic digits: the index of their value in [`Toks::arabic`].
    Arabic(u8),
    /// `点` and the digits after it: [`Toks::point`].
    Point,
}

/// Arabic digits inside a chain.
#[derive(Clone, Copy, Debug, Default)]
struct ArabicTok {
    value: Dec,
    /// The count of integer digits.
    width: usize,
    /// True for an integer.
    integer: bool,
}

/// The most Arabic numbers one chain holds (`5亿1万4千6百` has four).
const MAX_ARABIC: usize = 6;

/// A chain read at a position.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Chain {
    /// One past its last byte (absolute).
    pub(crate) end: usize,
    /// Its length in characters (an Arabic lead counts its digits).
    pub(crate) chars: usize,
    /// The value; positional for a run of digits only.
    pub(crate) value: Result<Dec, Unreadable>,
    /// Adjacent digits: the lower and the upper reading.
    pub(crate) pair: Option<(Dec, Dec)>,
    /// The power of ten of the multiplier the chain ends with, when it has a digit and a big
    /// unit (`一百五十万`: 4, `三百万`: 4, `二点五亿`: 8), or an Arabic lead and a unit
    /// (`5千`: 3): the value is the rest times `10^mult`.
    pub(crate) mult: Option<i32>,
    /// The wider multiplier of a single digit and a small unit before the big one (`三百万`:
    /// 6, as 3 × 百万), which a range may share instead (`两到三百万`).
    pub(crate) wide: Option<i32>,
    /// Two or more digits and nothing else (二〇二四).
    pub(crate) positional: bool,
    /// No digit at all (百, 千万).
    pub(crate) bare_unit: bool,
    /// No point and no Arabic decimals.
    pub(crate) integer: bool,
    /// An approximation mark stood before its last units (`十几万`, `300多万`).
    pub(crate) approx: bool,
}

/// The values of the Arabic numbers and of the point fraction among the tokens.
struct Side {
    arabic: [ArabicTok; MAX_ARABIC],
    arabic_len: usize,
    point: Dec,
}

/// No Arabic number and no point: the side of a Chinese numeral.
const NO_SIDE: Side = Side {
    arabic: [ArabicTok { value: Dec::ZERO, width: 0, integer: true }; MAX_ARABIC],
    arabic_len: 0,
    point: Dec::ZERO,
};

/// A fixed buffer of tokens (no allocation on the hot path) and their [`Side`] values.
struct Toks {
    buf: [Tok; MAX_NUMERAL_LEN],
    len: usize,
    side: Side,
}

impl Side {
    fn arabic(&self, k: u8) -> ArabicTok {
        self.arabic.get(usize::from(k)).copied().unwrap_or_default()
    }
}

impl Toks {
    fn new() -> Toks {
        Toks { buf: [Tok::Point; MAX_NUMERAL_LEN], len: 0, side: NO_SIDE }
    }

    fn as_slice(&self) -> &[Tok] {
        self.buf.get(..self.len).unwrap_or(&[])
    }

    fn last(&self) -> Option<Tok> {
        self.as_slice().last().copied()
    }

    /// Appends `t`; false when the buffer is full.
    fn push(&mut self, t: Tok) -> bool {
        match self.buf.get_mut(self.len) {
            Some(slot) => {
                *slot = t;
                self.len += 1;
                true
            }
            None => false,
        }
    }

    /// Appends Arabic digits; false when the buffer is full.
    fn push_arabic(&mut self, value: Dec, width: usize, integer: bool) -> bool {
        let k = self.side.arabic_len;
        let Some(slot) = self.side.arabic.get_mut(k) else { return false };
        *slot = ArabicTok { value, width, integer };
        self.side.arabic_len += 1;
        #[allow(clippy::cast_possible_truncation)] // below MAX_ARABIC
        self.push(Tok::Arabic(k as u8))
    }

    /// The tokens with the pair at `pair.0` read as its lower (`false`) or upper (`true`)
    /// digit.
    fn view(&self, pair: Option<(usize, bool)>) -> View {
        let mut out = View { buf: [Tok::Point; MAX_NUMERAL_LEN], len: 0 };
        for (i, &t) in self.as_slice().iter().enumerate() {
            let t = match pair {
                Some((p, _)) if i == p + 1 => continue,
                Some((p, true)) if i == p => self.as_slice().get(p + 1).copied().unwrap_or(t),
                _ => t,
            };
            if let Some(slot) = out.buf.get_mut(out.len) {
                *slot = t;
                out.len += 1;
            }
        }
        out
    }
}

/// A sequence of tokens as read (a pair of adjacent digits replaced by one of them).
struct View {
    buf: [Tok; MAX_NUMERAL_LEN],
    len: usize,
}

impl View {
    fn as_slice(&self) -> &[Tok] {
        self.buf.get(..self.len).unwrap_or(&[])
    }
}

/// True when a unit word that begins with a numeral (`千瓦`, `百分点`: [`UNIT_WORDS`]) starts
/// at byte `i`.
pub(crate) fn unit_word_at(text: &str, i: usize) -> bool {
    let rest = text.as_bytes().get(i..).unwrap_or(&[]);
    UNIT_WORDS.iter().any(|w| rest.starts_with(w.as_bytes()))
}

/// True when 兆 at byte `i` is the prefix mega of a unit ([`MEGA_UNITS`]: `800兆赫`).
fn mega_at(text: &str, i: usize) -> bool {
    // 兆 is E5 85 86.
    text.as_bytes().get(i..i + 3) == Some(&[0xE5, 0x85, 0x86])
        && text.get(i + 3..).and_then(|s| s.chars().next()).is_some_and(|c| MEGA_UNITS.contains(&c))
}

/// True when an approximation mark ([`APPROX_MARKS`]) stands at byte `i`, and is no part
/// of a word ([`APPROX_WORDS`]: `多数`, a majority; `余额`, a balance).
pub(crate) fn approx_mark_at(text: &str, i: usize) -> bool {
    let mut cs = text.get(i..).unwrap_or("").chars();
    let (Some(c), next) = (cs.next(), cs.next()) else { return false };
    APPROX_MARKS.contains(&c) && !next.is_some_and(|n| APPROX_WORDS.contains(&(c, n)))
}

/// True when a numeral unit character (no unit word) starts at byte `i`.
pub(crate) fn unit_follows(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    match b.get(i..i + 3) {
        Some(&[b0, b1, b2]) => unit_power(code3(b0, b1, b2)).is_some() && !unit_word_at(text, i) && !mega_at(text, i),
        _ => false,
    }
}

/// The token of numeral code `k`.
fn token(k: Code) -> Option<Tok> {
    if k < CODE_TEN {
        Some(Tok::Digit(k))
    } else if k == NO_CODE {
        None
    } else if k >= CODE_TENS {
        Some(Tok::Tens(k - CODE_TENS))
    } else {
        unit_power(k).map(Tok::Unit)
    }
}

/// The `点` fraction at byte `i` (`点五七`): its value and end. Not before a time word.
fn point_at(text: &str, i: usize) -> Option<(Dec, usize)> {
    let b = text.as_bytes();
    // 点 is E7 82 B9, 點 is E9 BB 9E.
    if !matches!(b.get(i..i + 3), Some([0xE7, 0x82, 0xB9] | [0xE9, 0xBB, 0x9E])) {
        return None;
    }
    let (mut m, mut exp, mut j) = (0u64, 0i32, i + 3);
    while let Some(&[b0, b1, b2]) = b.get(j..j + 3) {
        let k = code3(b0, b1, b2);
        if k >= CODE_TEN {
            break;
        }
        m = m.checked_mul(10)?.checked_add(u64::from(k))?;
        exp -= 1;
        j += 3;
    }
    let after = text.get(j..).and_then(|s| s.chars().next());
    (exp < 0 && !after.is_some_and(|c| TIME_AFTER_POINT.contains(&c))).then_some((Dec { m, exp }, j))
}

/// What a chain may contain besides Chinese numerals.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Mode {
    /// Arabic digits after a unit (`5万4千`, `3万4000`).
    arabic: bool,
    /// A `点` fraction (`二点五`).
    point: bool,
}

impl Mode {
    /// Chinese numerals only (markers, denominators of units).
    pub(crate) const CHINESE: Mode = Mode { arabic: false, point: false };
    /// Everything: the numbers of running text.
    pub(crate) const MIXED: Mode = Mode { arabic: true, point: true };
}

/// Reads the chain at byte `at` of `text`; `lead` is an Arabic number already read there.
/// `None` when no numeral is there.
pub(crate) fn read(text: &str, at: usize, lead: Option<&arabic::Arabic>, mode: Mode) -> Option<Chain> {
    let b = text.as_bytes();
    if lead.is_none() {
        let c = if mode.arabic { streaming::<true>(text, at) } else { streaming::<false>(text, at) };
        if c.is_some() {
            return c;
        }
        // No numeral at all, or Chinese numerals only: nothing more to read.
        if !mode.arabic || !matches!(b.get(at..at + 3), Some(&[b0, b1, b2]) if code3(b0, b1, b2) != NO_CODE) {
            return None;
        }
    }
    let mut toks = Toks::new();
    let (mut i, mut chars, mut full, mut approx) = (at, 0usize, false, false);
    if let Some(a) = lead {
        toks.push_arabic(a.exact?, a.width, a.integer);
        (i, chars) = (a.end, a.width);
    }
    loop {
        let last = toks.last();
        let after_lead = matches!(last, Some(Tok::Arabic(..) | Tok::Unit(4..)));
        if let Some(&[b0, b1, b2]) = b.get(i..i + 3) {
            let k = code3(b0, b1, b2);
            if k != NO_CODE && !(after_lead && unit_word_at(text, i)) && !mega_at(text, i) {
                if let Some(t) = token(k) {
                    full |= !toks.push(t);
                    (i, chars) = (i + 3, chars + 1);
                    continue;
                }
            }
        }
        if mode.arabic && (matches!(last, Some(Tok::Unit(_))) || zero_after_unit(&toks)) && !full {
            if let Some(a) = arabic::read(text, i).filter(|a| a.unreadable().is_none()) {
                if let Some(exact) = a.exact {
                    full |= !toks.push_arabic(exact, a.width, a.integer);
                    (i, chars) = (a.end, chars + a.width);
                    continue;
                }
            }
        }
        // 十几万, 300多万, 1亿3千多万: a mark before units makes the number approximate.
        if !approx && last.is_some() && mode.arabic && approx_mark_at(text, i) && unit_follows(text, i + 3) {
            approx = true;
            (i, chars) = (i + 3, chars + 1);
            continue;
        }
        let point_may_follow = mode.point && matches!(last, Some(Tok::Digit(_) | Tok::Unit(_) | Tok::Tens(_)));
        if point_may_follow && !toks.as_slice().contains(&Tok::Point) {
            if let Some((f, j)) = point_at(text, i) {
                toks.side.point = f;
                full |= !toks.push(Tok::Point);
                chars += (j - i) / 3;
                i = j;
                continue;
            }
        }
        break;
    }
    if toks.len == 0 {
        return None;
    }
    let mut chain = finish(&toks, i, chars, full || chars > MAX_NUMERAL_LEN, mode.arabic);
    chain.approx = approx;
    Some(chain)
}

/// The chain of Chinese numerals at byte `at`, read in one pass without the token buffer
/// (most chains: `一百二十`, `三千五百万`): the grouped and the positional reading side by
/// side, and (`MIXED`: the numbers of running text) the multiplier. `None` when no numeral
/// is there, or when the chain needs the buffer: with `MIXED`, adjacent digits (a possible
/// range) or something after the numerals that continues them (Arabic digits after a unit,
/// `点`, a mark before units).
fn streaming<const MIXED: bool>(text: &str, at: usize) -> Option<Chain> {
    let b = text.as_bytes();
    let (mut i, mut chars) = (at, 0usize);
    let mut acc = Acc::<u64>::default();
    let mut grouped_ok: Result<(), Unreadable> = Ok(());
    let mut positional = Some(0u64);
    let (mut all_digits, mut all_units, mut has_digit, mut adjacent) = (true, true, false, false);
    // The first big unit (its index and power), and the two tokens before it.
    let (mut first_big, mut head) = (None::<(usize, u8)>, [Tok::Point; 2]);
    let mut last: Option<Tok> = None;
    while let Some(&[b0, b1, b2]) = b.get(i..i + 3) {
        let Some(t) = token(code3(b0, b1, b2)) else { break };
        if MIXED && (matches!(last, Some(Tok::Unit(4..))) && unit_word_at(text, i) || mega_at(text, i)) {
            break;
        }
        if grouped_ok.is_ok() {
            grouped_ok = acc.step(t, chars == 0, &NO_SIDE);
        }
        if let Tok::Digit(d) = t {
            if all_digits {
                positional = positional.and_then(|v| v.checked_mul(10)?.checked_add(u64::from(d)));
            }
        } else {
            all_digits = false;
        }
        all_units &= matches!(t, Tok::Unit(_));
        if MIXED {
            match t {
                Tok::Digit(d) => {
                    adjacent |= matches!(last, Some(Tok::Digit(_)));
                    has_digit |= d > 0;
                }
                Tok::Tens(_) => has_digit = true,
                Tok::Unit(p @ 4..) if first_big.is_none() => first_big = Some((chars, p)),
                _ => {}
            }
            if let Some(slot) = head.get_mut(chars).filter(|_| first_big.is_none()) {
                *slot = t;
            }
        }
        (i, chars, last) = (i + 3, chars + 1, Some(t));
    }
    let last = last?;
    if MIXED && (adjacent || continued(text, i, last)) {
        return None;
    }
    let positional_run = all_digits && chars >= 2;
    let total = grouped_ok.and_then(|()| acc.total()).map(|(v, top)| (Dec::int(v), top));
    // Beyond a u64: the exact decimals of the token path.
    if MIXED && total == Err(Unreadable::Overflow) {
        return None;
    }
    let value = if chars > MAX_NUMERAL_LEN {
        Err(Unreadable::TooLong)
    } else if positional_run {
        positional.map(Dec::int).ok_or(Unreadable::Overflow)
    } else {
        total.map(|(v, _)| v)
    };
    let (mult, wide) = match (first_big, total) {
        (Some(big), Ok((_, top))) if MIXED && !positional_run && (has_digit || all_units) => {
            streamed_mult(big, head, top, has_digit)
        }
        (None, Ok(_)) if MIXED && chars == 2 => (None, hundreds_wide(&head)),
        _ => (None, None),
    };
    Some(Chain {
        end: i,
        chars,
        value,
        pair: None,
        mult,
        wide,
        positional: positional_run,
        bare_unit: all_units,
        integer: true,
        approx: false,
    })
}

/// The multiplier a range may share with a digit and 百 or 千 alone (`两到三千元` is 2000 to
/// 3000, `两到三百` 200 to 300; not 十: `一到十` is 1 to 10).
fn hundreds_wide(toks: &[Tok]) -> Option<i32> {
    match toks {
        [Tok::Digit(1..), Tok::Unit(p @ 2..=3)] => Some(i32::from(*p)),
        _ => None,
    }
}

/// The multipliers of a streamed chain whose first big unit is `(index, power)` after the
/// tokens `head`, and whose first group has power `top` ([`mult_power`] for the token
/// path).
fn streamed_mult((j, own): (usize, u8), head: [Tok; 2], top: u8, has_digit: bool) -> (Option<i32>, Option<i32>) {
    if !has_digit {
        // 十万 (no digit): its value stays whole, but a range may share its 万 (三至十万人).
        return (None, Some(i32::from(top)));
    }
    let wide = match (j, head) {
        (2, [Tok::Digit(1..), Tok::Unit(p @ 1..=3)]) if own == top => Some(i32::from(top) + i32::from(p)),
        _ => None,
    };
    (Some(i32::from(top)), wide)
}

/// One unit character at byte `at` and nothing after it that continues a number (`3000万元`,
/// `5千人`): its power of ten and end. The quick case of [`unit_run`].
pub(crate) fn single_unit(text: &str, at: usize) -> Option<(i32, usize)> {
    let b = text.as_bytes();
    let p = match b.get(at..at + 3) {
        Some(&[b0, b1, b2]) => unit_power(code3(b0, b1, b2))?,
        _ => return None,
    };
    let next = match b.get(at + 3..at + 6) {
        Some(&[b0, b1, b2]) => code3(b0, b1, b2),
        _ => NO_CODE,
    };
    let quiet = next == NO_CODE && !continued(text, at + 3, Tok::Unit(p)) && !mega_at(text, at);
    quiet.then_some((i32::from(p), at + 3))
}

/// A run of unit characters alone at byte `at` (`万`, `百万`, `万亿`), read as in running
/// text, with nothing after it that continues a number; its `wide` is the power of its first
/// big group. `None` for anything else.
pub(crate) fn unit_run(text: &str, at: usize) -> Option<Chain> {
    streaming::<true>(text, at).filter(|c| c.bare_unit)
}

/// True when something at byte `i`, after a Chinese run ending with `last`, continues the
/// number: Arabic digits after a unit (`三万4000`), a `点` fraction, a mark before units.
fn continued(text: &str, i: usize, last: Tok) -> bool {
    let b = text.as_bytes();
    let digit = matches!(b.get(i..), Some([b'0'..=b'9', ..] | [0xEF, 0xBC, 0x90..=0x99, ..]));
    (matches!(last, Tok::Unit(_) | Tok::Digit(0)) && digit)
        || point_at(text, i).is_some()
        || (approx_mark_at(text, i) && unit_follows(text, i + 3))
}

/// True when the tokens end with a unit and 零 (`10万零`): Arabic digits may follow, the
/// place they stand for after the 零 (`10万零5` is 100005, `1万零500` 10500).
fn zero_after_unit(toks: &Toks) -> bool {
    matches!(toks.as_slice(), [.., Tok::Unit(_), Tok::Digit(0)])
}

/// The [`Chain`] of the tokens read; `extras` asks for the pair and the multiplier too.
fn finish(toks: &Toks, end: usize, chars: usize, too_long: bool, extras: bool) -> Chain {
    let seq = toks.as_slice();
    let digits_only = seq.iter().all(|t| matches!(t, Tok::Digit(_) | Tok::Point));
    let count_digits = seq.iter().filter(|t| matches!(t, Tok::Digit(_))).count();
    let positional = digits_only && count_digits >= 2;
    let bare_unit = seq.iter().all(|t| matches!(t, Tok::Unit(_)));
    let integer = !seq.iter().any(|t| match t {
        Tok::Point => true,
        Tok::Arabic(k) => !toks.side.arabic(*k).integer,
        _ => false,
    });
    let mut chain = Chain {
        end,
        chars,
        value: Err(Unreadable::TooLong),
        pair: None,
        mult: None,
        wide: None,
        positional,
        bare_unit,
        integer,
        approx: false,
    };
    if too_long {
        return chain;
    }
    let strict = if positional { None } else { Some(grouped(toks, None)) };
    chain.value = match strict {
        Some(g) => g.map(|(v, _)| v),
        None => positional_value(toks),
    };
    if !extras {
        return chain;
    }
    let maybe_pair = seq.windows(2).any(|w| matches!(w, [Tok::Digit(_), Tok::Digit(_)]));
    if let Some(p) = pair_at(seq).filter(|_| maybe_pair) {
        if let (Ok((lo, top)), Ok((hi, _))) = (grouped(toks, Some((p, false))), grouped(toks, Some((p, true)))) {
            chain.pair = Some((lo, hi));
            (chain.mult, chain.wide) = mult_power(toks.view(Some((p, false))).as_slice(), top);
        }
    } else if let Some(Ok((_, top))) = strict {
        (chain.mult, chain.wide) = mult_power(seq, top);
    }
    chain
}

/// Digits read by place (`二〇二四`), with a point fraction after them.
fn positional_value(toks: &Toks) -> Result<Dec, Unreadable> {
    let mut v = Dec::ZERO;
    for t in toks.as_slice() {
        v = match *t {
            Tok::Digit(d) => v.mul_int(10).and_then(|x| x.add(Dec::int(u64::from(d)))),
            Tok::Point => v.add(toks.side.point),
            _ => None,
        }
        .ok_or(Unreadable::Overflow)?;
    }
    Ok(v)
}

/// The index of the first digit of the one pair of adjacent digits, if the chain has
/// exactly one (`八九`, `十五六`, `三五百`, `一两`): the second is one more than the first, or
/// 三五. `十一五` … `十四五` are plan names, not ranges.
fn pair_at(toks: &[Tok]) -> Option<usize> {
    let is_pair = |w: &[Tok]| match w {
        [Tok::Digit(a), Tok::Digit(b)] => *a >= 1 && (*b == a + 1 || (*a, *b) == (3, 5)),
        _ => false,
    };
    let consecutive_digits = toks.windows(2).filter(|w| matches!(w, [Tok::Digit(_), Tok::Digit(_)])).count();
    if consecutive_digits != 1 {
        return None;
    }
    if let [Tok::Unit(1), Tok::Digit(1..=4), Tok::Digit(5)] = toks {
        return None;
    }
    toks.windows(2).position(is_pair)
}

/// The powers of ten of the chain's multiplier: the first big group's, and the wider one
/// with the small unit right after a single lead before it (`三百万`: 4 and 6); for an
/// Arabic lead without a big unit, the unit after it (`5千`: 3). `None` without a digit, or
/// for a Chinese chain without a big unit.
fn mult_power(toks: &[Tok], top: u8) -> (Option<i32>, Option<i32>) {
    let is_lead = |t: &Tok| matches!(t, Tok::Digit(1..) | Tok::Arabic(..));
    let first_big = toks.iter().position(|t| matches!(t, Tok::Unit(4..)));
    let Some(j) = first_big else {
        return match toks {
            [Tok::Arabic(..), Tok::Unit(p), ..] => (Some(i32::from(*p)), None),
            _ => (None, hundreds_wide(toks)),
        };
    };
    let own = match toks.get(j) {
        Some(Tok::Unit(p)) => *p,
        _ => return (None, None),
    };
    let wide = match toks.get(..j).unwrap_or(&[]) {
        [lead, Tok::Unit(p @ 1..=3)] if is_lead(lead) && own == top => Some(i32::from(top) + i32::from(*p)),
        _ => None,
    };
    let has_digit = toks.iter().any(|t| matches!(t, Tok::Digit(1..) | Tok::Arabic(..) | Tok::Tens(_) | Tok::Point));
    // 十万 (no digit): its value stays whole, but a range may share its 万.
    if has_digit { (Some(i32::from(top)), wide) } else { (None, Some(i32::from(top))) }
}

/// The arithmetic of a reading: exact decimals, or plain integers for the chains of
/// Chinese numerals only (the common case, read in one pass).
trait Num: Copy + PartialEq {
    const ZERO: Self;
    fn int(v: u64) -> Self;
    fn is_zero(self) -> bool;
    fn add(self, other: Self) -> Option<Self>;
    /// `self × 10^p`.
    fn shift(self, p: i32) -> Option<Self>;
    /// The value of Arabic digits or a point fraction, if this arithmetic holds it.
    fn from_dec(d: Dec) -> Option<Self>;
    /// True when `self < 10^p`.
    fn below_pow10(self, p: i32) -> bool;
}

impl Num for Dec {
    const ZERO: Dec = Dec::ZERO;
    fn int(v: u64) -> Dec {
        Dec::int(v)
    }
    fn is_zero(self) -> bool {
        Dec::is_zero(self)
    }
    fn add(self, other: Dec) -> Option<Dec> {
        Dec::add(self, other)
    }
    fn shift(self, p: i32) -> Option<Dec> {
        Dec::shift(self, p)
    }
    fn from_dec(d: Dec) -> Option<Dec> {
        Some(d)
    }
    fn below_pow10(self, p: i32) -> bool {
        self.to_f64() < super::pow10_f64(p)
    }
}

impl Num for u64 {
    const ZERO: u64 = 0;
    fn int(v: u64) -> u64 {
        v
    }
    fn is_zero(self) -> bool {
        self == 0
    }
    fn add(self, other: u64) -> Option<u64> {
        self.checked_add(other)
    }
    fn shift(self, p: i32) -> Option<u64> {
        self.checked_mul(super::decimal::pow10(p)?)
    }
    fn from_dec(_: Dec) -> Option<u64> {
        None
    }
    fn below_pow10(self, p: i32) -> bool {
        super::decimal::pow10(p).is_none_or(|m| self < m)
    }
}

/// A digit waiting for its unit.
#[derive(Clone, Copy)]
struct Pending<N> {
    value: N,
    /// True for Arabic digits (or a decimal lead), false for a Chinese digit.
    arabic: bool,
    /// The count of Arabic integer digits (at most 255).
    width: u8,
    /// True when a 零 came before it.
    after_zero: bool,
    /// True for the first token of the chain.
    lead: bool,
}

/// The grouped reading: the value and the power of the first (largest) big group (0 when
/// there is none).
fn grouped(toks: &Toks, pair: Option<(usize, bool)>) -> Result<(Dec, u8), Unreadable> {
    let mut acc = Acc::<Dec>::default();
    let view;
    let seq = match pair {
        None => toks.as_slice(),
        Some(_) => {
            view = toks.view(pair);
            view.as_slice()
        }
    };
    for (n, &t) in seq.iter().enumerate() {
        acc.step(t, n == 0, &toks.side)?;
    }
    acc.total()
}

/// The state of [`grouped`].
struct Acc<N> {
    /// Completed big groups, largest first, each with its power.
    groups: [(N, u8); 4],
    count: usize,
    /// True when some group has a digit (万万 needs one: 四万万).
    groups_have_digit: bool,
    /// The value below the current group's unit.
    section: N,
    digit: Option<Pending<N>>,
    zero: bool,
    /// The power of the last small unit in this section (9: none yet).
    last_small: u8,
    /// The power of the last unit read (0: none).
    last_unit: u8,
    /// True when the last small unit had no digit before it (`千`, `百` of `千百`).
    bare_small: bool,
    /// True right after a big unit.
    after_big: bool,
    /// After a point: `Some(p)` when big units of power `p` or more may still follow: any
    /// (`Some(4)`) after a number with no big unit (二点五亿), after one whose largest is 万 a
    /// 万 or larger (两万七千零七点四亿 is 27007.4 × 10^8; 两万四千九百七十八点五万 is 24978.5 × 10^4),
    /// after one whose largest is 亿 only a larger one (`十二亿点五亿` would be 1.2 × 10^17: 亿亿 is no
    /// unit of a text), never a smaller one (`两亿点五万` is malformed).
    point: Option<u8>,
    /// True after an Arabic lead with decimals (`1.5万`): units may follow it, digits may not
    /// (`1.5万5千` is malformed, as `二点五亿五千万` is).
    decimal_lead: bool,
}

impl<N: Num> Default for Acc<N> {
    fn default() -> Self {
        Acc {
            groups: [(N::ZERO, 0); 4],
            count: 0,
            groups_have_digit: false,
            section: N::ZERO,
            digit: None,
            zero: false,
            last_small: 9,
            last_unit: 0,
            bare_small: false,
            after_big: false,
            point: None,
            decimal_lead: false,
        }
    }
}

const MALFORMED: Unreadable = Unreadable::Malformed;

impl<N: Num> Acc<N> {
    fn step(&mut self, t: Tok, lead: bool, side: &Side) -> Result<(), Unreadable> {
        let after_big = std::mem::take(&mut self.after_big);
        match (self.point, t) {
            (None, _) => {}
            (Some(floor), Tok::Unit(p)) if p >= floor.max(4) => {}
            _ => return Err(MALFORMED),
        }
        if self.decimal_lead && !matches!(t, Tok::Unit(_)) {
            return Err(MALFORMED);
        }
        match t {
            Tok::Digit(0) if self.digit.is_none() => self.zero = true,
            Tok::Digit(d) if self.digit.is_none() => {
                let after_zero = std::mem::take(&mut self.zero);
                self.digit = Some(Pending { value: N::int(u64::from(d)), arabic: false, width: 0, after_zero, lead });
            }
            Tok::Arabic(k) if self.digit.is_none() => {
                let ArabicTok { value, width, integer } = side.arabic(k);
                if !(integer || lead) {
                    return Err(MALFORMED);
                }
                let value = N::from_dec(value).ok_or(Unreadable::Overflow)?;
                let after_zero = std::mem::take(&mut self.zero);
                let width = u8::try_from(width).unwrap_or(u8::MAX);
                self.decimal_lead = !integer;
                self.digit = Some(Pending { value, arabic: true, width, after_zero, lead });
            }
            Tok::Tens(d) if self.digit.is_none() => {
                self.digit =
                    Some(Pending { value: N::int(u64::from(d)), arabic: false, width: 0, after_zero: false, lead });
                self.small(1)?;
            }
            Tok::Unit(p @ 1..=3) => self.small(p)?,
            Tok::Unit(p) => self.big(p, after_big)?,
            Tok::Point => self.point(N::from_dec(side.point).ok_or(Unreadable::Overflow)?)?,
            _ => return Err(MALFORMED),
        }
        Ok(())
    }

    /// A small unit (十百千) of power `p`.
    fn small(&mut self, p: u8) -> Result<(), Unreadable> {
        if p >= self.last_small || self.vague_units(p) {
            return Err(MALFORMED);
        }
        self.bare_small = self.digit.is_none();
        let d = match self.digit.take() {
            None => N::int(1),
            Some(Pending { value, arabic: false, .. }) => value,
            // An Arabic digit before 十百千: one digit (5万4千), or the lead (1.5千, 12千).
            Some(Pending { value, width, lead, .. }) if lead || width == 1 => value,
            Some(_) => return Err(MALFORMED),
        };
        let term = d.shift(i32::from(p)).ok_or(Unreadable::Overflow)?;
        self.section = self.section.add(term).ok_or(Unreadable::Overflow)?;
        (self.last_small, self.last_unit, self.zero) = (p, p, false);
        Ok(())
    }

    /// True when the small unit of power `p` has no digit and follows a small unit right
    /// before it that has none either, or is 百/千 (`千百万群众`, `百十个人`: a vague "hundreds
    /// and thousands", "a hundred or so", no number); 十 alone after a unit with its digit is
    /// the spoken tail (`一百十` = 110).
    fn vague_units(&self, p: u8) -> bool {
        let after_small =
            self.digit.is_none() && !self.zero && self.last_small <= 3 && self.last_unit == self.last_small;
        after_small && (self.bare_small || p > 1)
    }

    /// A big unit (万亿兆) of power `p`; `after_big` when the token before was one too.
    fn big(&mut self, p: u8, after_big: bool) -> Result<(), Unreadable> {
        let digit = self.digit.take();
        // A digit right after 百/千 before a big unit reads two ways: `一千五万` is 一千五百万
        // (the elided tail, 15000000) or 一千零五万 (a dropped 零, 10050000: NeMo's reading).
        if digit.as_ref().is_some_and(|d| !d.arabic && !d.after_zero) && matches!(self.last_small, 2 | 3) {
            return Err(MALFORMED);
        }
        let has_digit = digit.is_some();
        let g = match digit {
            Some(d) => self.section.add(d.value),
            None => Some(self.section),
        }
        .ok_or(Unreadable::Overflow)?;
        let empty = !has_digit && self.section.is_zero();
        if empty && after_big {
            // 万万 (10^8) and 万亿 (10^12) after a group with a digit: 四万万, 1.2万亿.
            let (v, q) = self.pop().ok_or(MALFORMED)?;
            if q != 4 || !(p == 4 || p == 8) || !self.groups_have_digit {
                return Err(MALFORMED);
            }
            return self.push_group(v.shift(i32::from(p)).ok_or(Unreadable::Overflow)?, q + p);
        }
        let g = if empty && self.count == 0 && !self.zero { N::int(1) } else { g };
        if g.is_zero() {
            return Err(MALFORMED);
        }
        self.groups_have_digit |= has_digit || !self.section.is_zero();
        let mut sum = g;
        while let Some(&(v, q)) = self.count.checked_sub(1).and_then(|k| self.groups.get(k)) {
            if q >= p {
                break;
            }
            sum = sum.add(v).ok_or(Unreadable::Overflow)?;
            self.count -= 1;
        }
        // A group below a bigger one is smaller than its unit: `一兆六千七百万零七百亿` (兆 is
        // 10^12 here, 10^16 in chinese-number's high count) has a 亿 group past 兆.
        if let Some(&(_, q)) = self.count.checked_sub(1).and_then(|k| self.groups.get(k)) {
            if q > p && !sum.below_pow10(i32::from(q) - i32::from(p)) {
                return Err(MALFORMED);
            }
        }
        self.push_group(sum.shift(i32::from(p)).ok_or(Unreadable::Overflow)?, p)
    }

    fn pop(&mut self) -> Option<(N, u8)> {
        self.count = self.count.checked_sub(1)?;
        self.groups.get(self.count).copied()
    }

    /// Pushes the group `value` (already times `10^p`) of power `p`; groups must fall.
    fn push_group(&mut self, value: N, p: u8) -> Result<(), Unreadable> {
        if self.count.checked_sub(1).and_then(|k| self.groups.get(k)).is_some_and(|&(_, q)| q <= p) {
            return Err(MALFORMED);
        }
        let slot = self.groups.get_mut(self.count).ok_or(MALFORMED)?;
        *slot = (value, p);
        self.count += 1;
        (self.section, self.last_small, self.last_unit, self.zero, self.after_big) = (N::ZERO, 9, p, false, true);
        Ok(())
    }

    /// A point and its fraction: the number so far becomes a decimal, which big units after it
    /// multiply (二点五亿, 十二点五万, 两万七千零七点四亿) when they are no smaller than its largest
    /// 万, larger than its largest 亿.
    fn point(&mut self, f: N) -> Result<(), Unreadable> {
        let floor = match self.groups.first() {
            Some(&(_, p)) if self.count > 0 => p.saturating_add(u8::from(p > 4)),
            _ => 4,
        };
        let (int, _) = self.total()?;
        let value = int.add(f).ok_or(Unreadable::Overflow)?;
        *self = Acc::default();
        self.digit = Some(Pending { value, arabic: true, width: 0, after_zero: false, lead: true });
        self.point = Some(floor);
        Ok(())
    }

    /// The value: the groups, the section and the last digit (elided tails), with the power
    /// of the first group.
    fn total(&self) -> Result<(N, u8), Unreadable> {
        let tail = match self.digit {
            None => N::ZERO,
            Some(Pending { value, arabic: false, after_zero, .. }) => {
                if after_zero || self.last_unit <= 1 {
                    value
                } else {
                    value.shift(i32::from(self.last_unit) - 1).ok_or(Unreadable::Overflow)?
                }
            }
            // Arabic digits after 万/亿 (3万4000, 1万600) or after 零 (10万零5), or alone.
            Some(Pending { value, width, lead, after_zero, .. }) => {
                // After 零 a place is skipped: 1万零500, not 1万零5000.
                let skipped = after_zero && value.below_pow10(i32::from(self.last_unit) - 1);
                if lead || skipped || (!after_zero && self.last_unit >= 4 && width >= 3) {
                    value
                } else {
                    return Err(MALFORMED);
                }
            }
        };
        let mut v = self.section.add(tail).ok_or(Unreadable::Overflow)?;
        for &(g, _) in self.groups.get(..self.count).unwrap_or(&[]) {
            v = v.add(g).ok_or(Unreadable::Overflow)?;
        }
        let top = if self.count > 0 { self.groups.first().map_or(0, |&(_, p)| p) } else { 0 };
        Ok((v, top))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(s: &str) -> Option<Chain> {
        read(s, 0, None, Mode::MIXED).filter(|c| c.end == s.len())
    }

    fn value(s: &str) -> Option<f64> {
        read_all(s)?.value.ok().map(Dec::to_f64)
    }

    fn pair(s: &str) -> Option<(f64, f64)> {
        read_all(s)?.pair.map(|(a, b)| (a.to_f64(), b.to_f64()))
    }

    #[test]
    fn grouped_readings() {
        for (s, v) in [
            ("三千五百", 3500.0),
            ("一百十", 110.0),
            ("一亿零五万", 100_050_000.0),
            ("两千四百五", 2450.0),
            ("一万三", 13000.0),
            ("三万五", 35000.0),
            ("千三", 1300.0),
            ("一百二", 120.0),
            ("三千二", 3200.0),
            ("一千零五", 1005.0),
            ("一万零二百五十", 10250.0),
            ("一万二百五十", 10250.0),
            ("四万万", 400_000_000.0),
            ("五兆六十二亿四万五千二", 5_006_200_045_200.0),
            ("三万四千亿", 3_400_000_000_000.0),
            ("廿", 20.0),
            ("卅五", 35.0),
            ("肆佰陸拾", 460.0),
            ("倆千两百贰拾二", 2222.0),
            ("二点五", 2.5),
            ("零点五", 0.5),
            ("十点二三三", 10.233),
            ("两千三点一", 2300.1),
            ("二点五亿", 250_000_000.0),
            ("两千万点五五四四", 20_000_000.554_4),
            ("两万七千零七点四亿", 2_700_740_000_000.0),
            ("两万四千九百七十八点五万", 249_785_000.0),
            ("三点五一亿", 351_000_000.0),
            ("二〇二四", 2024.0),
        ] {
            assert_eq!(value(s), Some(v), "{s}");
        }
    }

    #[test]
    fn malformed_chains_have_no_value() {
        for s in [
            "十十",
            "三二十",
            "一二三四五六七八九十百千",
            "万万",
            "三万四万",
            "三亿四亿",
            "亿万",
            "万万亿亿",
            "十一五",
            "千百",
            "百十",
            "千百万",
            "一千百",
            "两亿点五万",
            "十二亿点五亿",
        ] {
            assert!(read_all(s).is_some_and(|c| c.value.is_err() && c.pair.is_none()), "{s}");
        }
        assert_eq!(read_all(&"一".repeat(40)).map(|c| c.value), Some(Err(Unreadable::TooLong)));
        assert_eq!(read_all("九千九百九十九兆兆").map(|c| c.value.is_err()), Some(true));
        // A digit after 百/千 before a big unit: 一千五百万 or 一千零五万, unsure.
        for s in ["一千五万", "三百五万", "一亿二千五万", "两千三亿"] {
            assert!(read_all(s).is_some_and(|c| c.value.is_err()), "{s}");
        }
        // A group past the bigger unit before it.
        assert!(read_all("一兆六千七百万零七百亿").is_some_and(|c| c.value.is_err()));
        assert_eq!(value("一亿零一百万"), Some(101_000_000.0));
        assert_eq!(value("一千零五万"), Some(10_050_000.0));
        assert_eq!(value("一千五百万"), Some(15_000_000.0));
        assert_eq!(value("十五万"), Some(150_000.0));
        assert_eq!(value("一千五"), Some(1500.0));
    }

    #[test]
    fn adjacent_digits_are_ranges() {
        assert_eq!(pair("八九亿"), Some((8e8, 9e8)));
        assert_eq!(pair("三五百"), Some((300.0, 500.0)));
        assert_eq!(pair("七八十"), Some((70.0, 80.0)));
        assert_eq!(pair("十五六"), Some((15.0, 16.0)));
        assert_eq!(pair("一两"), Some((1.0, 2.0)));
        assert_eq!(pair("二十七八"), Some((27.0, 28.0)));
        assert_eq!(pair("十四五"), None, "a plan name");
        assert_eq!(pair("九八"), None);
    }

    #[test]
    fn multipliers() {
        let mult = |s: &str| read_all(s).and_then(|c| c.mult);
        assert_eq!(mult("一百五十万"), Some(4));
        assert_eq!(mult("三百万"), Some(4));
        assert_eq!(read_all("三百万").and_then(|c| c.wide), Some(6), "两到三百万 may share 百万");
        assert_eq!(mult("五十万"), Some(4));
        assert_eq!(mult("三亿五千万"), Some(8));
        assert_eq!(mult("四万万"), Some(8));
        assert_eq!(mult("三千五百"), None);
        assert_eq!(mult("十万"), None, "no digit");
        assert_eq!(mult("八九亿"), Some(8));
    }

    #[test]
    fn arabic_leads() {
        let with_lead = |s: &str| {
            let a = arabic::read(s, 0)?;
            let c = read(s, a.end, Some(&a), Mode::MIXED)?;
            Some((c.value.ok()?.to_f64(), c.mult, c.end))
        };
        assert_eq!(with_lead("3万4000元"), Some((34000.0, Some(4), "3万4000".len())));
        assert_eq!(with_lead("5万4千6百元"), Some((54600.0, Some(4), "5万4千6百".len())));
        assert_eq!(with_lead("1万600元"), Some((10600.0, Some(4), "1万600".len())));
        assert_eq!(with_lead("1.2万亿"), Some((1.2e12, Some(12), "1.2万亿".len())));
        assert_eq!(with_lead("5千米").map(|v| v.2), Some(1), "千米 is a unit");
        assert_eq!(with_lead("2万千瓦").map(|v| v.2), Some("2万".len()));
        assert_eq!(with_lead("1万6元"), None, "one Arabic digit after 万 is ambiguous");
        assert_eq!(with_lead("10万零5人"), Some((100_005.0, Some(4), "10万零5".len())), "零 skips places");
        assert_eq!(with_lead("1亿零500万元").map(|v| v.0), Some(105_000_000.0));
        assert_eq!(with_lead("1万零5000元"), None, "零 before a number that fills the place");
        assert_eq!(with_lead("1.5万5千人"), None, "digits after a decimal lead's unit");
        assert_eq!(with_lead("1.5万亿元").map(|v| v.0), Some(1.5e12));
        assert_eq!(value("十万零5"), Some(100_005.0));
    }
}
