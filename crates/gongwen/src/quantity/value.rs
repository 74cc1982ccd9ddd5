//! Numbers in context: the value part of a figure, read with the numeral grammar
//! ([`crate::numeral`]) and the context around it.
//!
//! ```text
//! number      := arabic tail | chinese | placeholder tail
//! arabic      := numeral::arabic                                  1,200  ４，５６５  1. 0
//!                [PLACE+]                                          20**年, 20xx年: a placeholder
//! tail        := numeral::continuation after an Arabic lead      3万4000, 300多万, 1500余,
//!                                                                   16分之5, 2.5成, 3又二分之一
//! chinese     := numeral::unsigned                                两千四百五, 二点五亿, 八九亿,
//!                                                                   百分之2.4, 三成半, 八五折
//!              | '一半'                                            one half
//! placeholder := PLACE{1,8} (余|多)? MULT? (余|多)?               x X xx * ** × ＊ ｘ Ｘ; x万余
//! sign        := (负 | - | − | －) before the number, after a word that introduces a value
//!                or punctuation (为-3.9%, （-168.8℃）), never inside a word (税负5700亿元) or
//!                after a figure (5-10: a range)
//! vague       := (数 | 几) UNITS before a multiple of 万 or a unit that is no duration
//!                (数十亿元, 几十万人, 数百家): approximate, no value
//! ```
//!
//! A number written as one but not readable (`一二三四五六七八九十百千元`, an overflow, more
//! than [`crate::limits::MAX_NUMERAL_LEN`] digits) keeps its span and has no value; the
//! figure it starts is reported with `value` null and a diagnostic ([`unreadable`]).

use super::unit;
use crate::lexicon::numerals::{APPROX_MARKS, BELOW_ZERO, FU_WORDS, SHU_WORDS, SIGN_AFTER};
use crate::model::{Diagnostic, DiagnosticKind};
use crate::numeral::chain::Unreadable;
use crate::numeral::grammar::{self, Amount, Reading, Shape};
use crate::numeral::{Arabic, Dec, cn_digit, cn_unit, exact_log10, pow10_f64, read_arabic};
use crate::text::wrap::{MAX_TRAILING_GAP, full_line_before};
pub(crate) use crate::text::wrap::{line_break_end, past_blank_line, wrap_after_full_line};
use crate::text::{Span, ceil_char_boundary, floor_char_boundary};

/// The longest run of digits or numeral characters that is still taken for one number
/// (reported without a value when longer than [`crate::limits::MAX_NUMERAL_LEN`]); longer
/// runs are strings of digits, not figures.
const MAX_UNREADABLE_LEN: usize = 4 * crate::limits::MAX_NUMERAL_LEN;

/// How a number was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    /// ASCII or full-width digits (possibly with Chinese units: `3万4000`).
    Arabic,
    /// Chinese numerals.
    Chinese,
    /// A template placeholder (`xx`, `**`), possibly after digits (`20**`).
    Placeholder,
    /// `X分之Y`, a mixed number, `一半`, tenths (`三成`, `八五折`): a share.
    Fraction,
}

/// A parsed number with its multiplier and approximation marks.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Number {
    /// Its first byte (a sign or 数 before it is not included).
    pub start: usize,
    /// One past the digits (before multiplier and tail).
    pub digits_end: usize,
    /// One past the number with its tail (multiplier, 余/多).
    pub end: usize,
    /// The value as written, before the multiplier.
    pub raw: Option<f64>,
    /// The multiplier written after the digits (万 → 1e4), if any.
    pub mult: Option<f64>,
    /// A wider multiplier a range may share instead (`三百万`: 1e6).
    pub wide: Option<f64>,
    /// How it was written.
    pub form: Form,
    /// Count of integer digits (Arabic) or characters (Chinese, placeholder).
    pub width: usize,
    /// True for an integer written without decimals.
    pub integer: bool,
    /// True when 余/多/来/几 follows (or 数/几 leads).
    pub approx: bool,
    /// The unit the number implies: `%` for 百分之 and tenths, `‰` for 千分之.
    pub implied_unit: Option<&'static str>,
    /// True for a Chinese run of positional digits (二〇二四, 二五).
    pub positional: bool,
    /// True for a Chinese run with no digit character (百, 千, 万).
    pub bare_unit: bool,
    /// `raw` exactly, for exact scaling by the multiplier (`1.1亿` = 11 × 10^7).
    pub decimal: Option<Dec>,
    /// The upper end of adjacent numerals (`八九亿`: 9, with the same multiplier), exactly
    /// when it can be.
    pub upper: Option<(f64, Option<Dec>)>,
    /// Why the number has no value, when it is written as one but cannot be read.
    pub unreadable: Option<Unreadable>,
}

impl Number {
    /// The value with the multiplier applied.
    pub(crate) fn value(&self) -> Option<f64> {
        scale(self.raw?, self.decimal, self.mult)
    }

    /// The upper end of adjacent numerals as a number of its own (`八九亿` → `九亿`).
    pub(crate) fn upper(&self) -> Option<Number> {
        let (raw, decimal) = self.upper?;
        Some(Number { raw: Some(raw), decimal, upper: None, ..*self })
    }
}

/// The multiplier the lower number `a` of a range, written without one, shares with the
/// upper `b` (`两到三万`, `3-5万元`): the widest of `b`'s multipliers that leaves `a` no
/// larger than what `b` has before it (`两到三百万`: 百万; `五百到一千万`: 万).
pub(crate) fn shared_mult(a: &Number, b: &Number) -> Option<f64> {
    let (x, y) = (a.raw?, b.value()?);
    if a.mult.is_some() {
        return None;
    }
    [b.wide, b.mult].into_iter().flatten().find(|&m| x <= y / m)
}

/// `raw × mult`, exactly when `raw` is an exact decimal and `mult` a power of ten.
fn scale(raw: f64, decimal: Option<Dec>, mult: Option<f64>) -> Option<f64> {
    let v = match (mult, decimal) {
        (Some(m), Some(d)) => power_of_ten(m).and_then(|k| d.shift(k)).map_or(raw * m, |d| signed(raw, d.to_f64())),
        (Some(m), None) => raw * m,
        (None, _) => raw,
    };
    v.is_finite().then_some(v)
}

/// `magnitude` with the sign of `raw`.
fn signed(raw: f64, magnitude: f64) -> f64 {
    if raw < 0.0 { -magnitude } else { magnitude }
}

/// `k` when `m` is `10^k`.
fn power_of_ten(m: f64) -> Option<i32> {
    exact_log10(m)
}

/// Rounds `v` to 15 significant digits, so that its shortest decimal form is read back
/// exactly by any JSON reader (values such as 1/3 from fractions).
pub(crate) fn round15(v: f64) -> f64 {
    grammar::round15(v)
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

/// True when `hay` starts with `word`, or with `word` broken by one line break (`“两个维\n
/// 护”`, `大三年\n级`: text extracted from a PDF wraps inside words), white space a copy left
/// at the line's end and the next line's indent allowed ([`wrapped_len`]).
pub(crate) fn starts_with_wrapped(hay: &str, word: &str) -> bool {
    wrapped_len(hay, word).is_some()
}

/// The bytes of `hay` that `word` takes at its start, with the line break (and the white
/// space around it) that may break it (see [`starts_with_wrapped`]).
pub(crate) fn wrapped_len(hay: &str, word: &str) -> Option<usize> {
    if starts_with_word(hay, word) {
        return Some(word.len());
    }
    let window = hay.as_bytes().get(..(word.len() + MAX_TRAILING_GAP).min(hay.len())).unwrap_or(&[]);
    let k = memchr::memchr(b'\n', window)?;
    let (head, tail) = hay.split_at(k);
    let head = head.strip_suffix('\r').unwrap_or(head).trim_end_matches(unit::is_gap);
    let tail = tail.get(1..).unwrap_or("");
    // A blank line too (`大三年⏎⏎级`, `两个维⏎⏎护`): a word broken there is a wrap in a copy that
    // sets every line as a paragraph; no paragraph ends inside a word.
    let indented = past_blank_line(tail).trim_start_matches(unit::is_gap);
    let rest = word.strip_prefix(head).filter(|rest| !rest.is_empty() && indented.starts_with(rest))?;
    Some(hay.len() - indented.len() + rest.len())
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

/// The char at byte `i` after the gap characters there ([`unit::is_gap`]).
pub(crate) fn skip_gaps(text: &str, i: usize) -> Option<char> {
    char_at(text, after_gaps(text, i))
}

/// The byte after at most two gap characters ([`unit::is_gap`]) at byte `i` (`2023 年12 月`).
pub(crate) fn after_gaps(text: &str, mut i: usize) -> usize {
    for _ in 0..2 {
        match unit::gap_len(text.as_bytes(), i) {
            Some(len) => i += len,
            None => break,
        }
    }
    i
}

/// True when only white space stands between the last line break before byte `i` (or the
/// start of the text) and `i`: a number that opens its line (a table cell).
/// Looks back at most 64 bytes: a longer start of the line is not white space.
pub(crate) fn starts_line(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    let lo = i.saturating_sub(64);
    let start = match b.get(lo..i).and_then(|w| w.iter().rposition(|&c| c == b'\n')) {
        Some(k) => lo + k + 1,
        None if lo == 0 => 0,
        None => return false,
    };
    text.get(start..i).is_some_and(|s| s.chars().all(char::is_whitespace))
}

/// The number that `read` reads at byte `start` of `text` when a hard wrap cuts it at byte
/// `head_end` (where the number read on its line ends): `read` reads the line's part joined to
/// the start of the next line (`累计满一百八十⏎三天`, `减除百⏎分之二十`, `实际碳排放量的1⏎0%`, `规模达
/// 10⏎00亿元`: PDF copies), and the number it gives, when it runs past the part, has its ends
/// mapped back into `text` (past the break). Only after a full line of prose
/// ([`full_line_before`]), and not for a whole cell of a table row ([`cell_start`]): a number
/// that ends a short line (a cell, a heading) is whole. `tail` is where the next line's words
/// start: past the break ([`wrap_after_full_line`]), and past the page's number and running
/// head at a page break (`处一万元以上五⏎- 31 -⏎××市人民政府公报⏎万元以下`: the caller knows the noise).
pub(crate) fn across_wrap(
    text: &str,
    start: usize,
    head_end: usize,
    tail: usize,
    read: impl Fn(&str) -> Result<Number, usize>,
) -> Option<Number> {
    let w = Wrapped::to_tail(text, start, head_end, tail).filter(|_| !cell_start(text, start))?;
    let n = read(&w.joined).ok()?;
    if n.end <= w.cut {
        return None;
    }
    Some(Number { start, digits_end: w.map(n.digits_end), end: w.map(n.end), ..n })
}

/// The text from byte `start` to a hard wrap at byte `head_end` (after a full line of prose,
/// [`wrap_after_full_line`]) joined to the start of the next line: what a reader of a number
/// ([`across_wrap`]) or a unit ([`unit::wrapped_at`]) reads when the wrap cuts it.
pub(crate) struct Wrapped {
    /// The line's part and at most [`MAX_WRAPPED_TAIL`] bytes of the next line.
    pub joined: String,
    /// The byte of `text` where the line's part starts.
    start: usize,
    /// The length of the line's part in `joined`.
    pub cut: usize,
    /// The byte of `text` where the next line's part starts (past the break and indent).
    tail: usize,
}

impl Wrapped {
    /// The joined text when the words after the hard wrap at byte `head_end` start at `tail`
    /// (past the noise lines of a page break too: the caller checked the wrap).
    pub(crate) fn to_tail(text: &str, start: usize, head_end: usize, tail: usize) -> Option<Self> {
        let stop = floor_char_boundary(text, tail + MAX_WRAPPED_TAIL);
        Self::joined(text, start, head_end, tail, stop)
    }

    /// The words before byte `end` with the hard wrap among the last `reach` bytes before it
    /// joined up (`…代表总名额不⏎得超过`: `不得超过`), when it ends a full line of prose: at most
    /// `reach` bytes of the line before (whole characters), and the next line up to `end`.
    /// What a reader that looks back from `end` (a negation before a comparison word) reads.
    pub(crate) fn before(text: &str, end: usize, reach: usize) -> Option<Self> {
        let lo = end.saturating_sub(reach);
        let k = memchr::memrchr(b'\n', text.as_bytes().get(lo..end)?)?;
        let line = text.get(..lo + k)?;
        let line_end = line.strip_suffix('\r').unwrap_or(line).trim_end_matches(unit::is_gap).len();
        let tail = wrap_after_full_line(text, line_end).filter(|&t| t <= end)?;
        let start = ceil_char_boundary(text, line_end.saturating_sub(reach));
        Self::joined(text, start, line_end, tail, end)
    }

    /// The words before byte `end` with the last line break among the `reach` bytes before it
    /// joined up, after a line whose last character `line_end` accepts (checked before anything
    /// is joined): the line's part from `keep` bytes before that window (whole characters, a
    /// blank line after a full line taken out with the break, [`trim_wrap_end`]) and the next
    /// line up to `end`, its indent aside. What a reader of a prefix that a wrap cuts or parts
    /// from its figure reads (`不超⏎过三分之一`, `comparator::across_wrap`).
    pub(crate) fn over_last_break(
        text: &str,
        end: usize,
        reach: usize,
        keep: usize,
        line_end: fn(char) -> bool,
    ) -> Option<Self> {
        let lo = ceil_char_boundary(text, end.saturating_sub(reach));
        let brk = lo + memchr::memrchr(b'\n', text.get(lo..end)?.as_bytes())?;
        let from = ceil_char_boundary(text, lo.saturating_sub(keep));
        let head_end = trim_wrap_end(text.get(..=brk)?).len();
        if head_end <= from || !char_before(text, head_end).is_some_and(line_end) {
            return None;
        }
        let rest = text.get(brk + 1..end)?;
        let tail = end - rest.trim_start_matches(unit::is_gap).len();
        Self::joined(text, from, head_end, tail, end)
    }

    /// `text[start..head_end]` joined to `text[tail..stop]`.
    fn joined(text: &str, start: usize, head_end: usize, tail: usize, stop: usize) -> Option<Self> {
        let head = text.get(start..head_end)?;
        let joined = [head, text.get(tail..stop)?].concat();
        Some(Wrapped { joined, start, cut: head.len(), tail })
    }

    /// The byte of `text` for byte `x` of `joined`, as the end of a span: the end of the
    /// line's part at the cut.
    pub(crate) fn map(&self, x: usize) -> usize {
        if x <= self.cut { self.start + x } else { self.tail + (x - self.cut) }
    }

    /// The byte of `text` for byte `x` of `joined`, as the start of a span: the start of the
    /// next line's part at the cut.
    pub(crate) fn map_start(&self, x: usize) -> usize {
        if x < self.cut { self.start + x } else { self.tail + (x - self.cut) }
    }

    /// What `read` finds looking back from the end of the joined words (a word's start in
    /// them and what it says), its start mapped back to `text` ([`Wrapped::map_start`]).
    pub(crate) fn read_back<T>(&self, read: impl FnOnce(&str, usize) -> Option<(usize, T)>) -> Option<(usize, T)> {
        read(&self.joined, self.joined.len()).map(|(s, t)| (self.map_start(s), t))
    }
}

/// The most bytes of the next line that [`across_wrap`] joins to a number's part.
const MAX_WRAPPED_TAIL: usize = 48;

/// `head` (the text before a line break) without one blank line at its end, white space on it
/// allowed ([`past_blank_line`] read backwards): the words the line before a wrap ends with.
fn before_blank_line(head: &str) -> &str {
    let t = head.trim_end_matches(unit::is_gap);
    match t.strip_suffix('\n') {
        Some(t) => {
            let t = t.strip_suffix('\r').unwrap_or(t).trim_end_matches(unit::is_gap);
            if full_line_before(t, t.len()) { t } else { head }
        }
        None => head,
    }
}

/// True when a tab or two spaces stand right before byte `start`: the number there is a cell
/// of a table row of its own (`人均可支配收入（元）⇥35000⏎41000` is two cells, never 3500041000),
/// which [`across_wrap`] does not join to the next line. A cell that the wrap cuts after words
/// (`⇥300元至5⏎40元`, a tax table copied from a PDF) is joined.
fn cell_start(text: &str, start: usize) -> bool {
    let head = text.as_bytes().get(..start).unwrap_or(&[]);
    head.ends_with(b"\t") || head.ends_with(b"  ")
}

/// The text before byte `i` when a hard wrap ends right there (the next line's indent, a
/// line break, and the white space a copy left before it, `…一百八十  ⏎  三天`): the text
/// before the break, without that white space. `None` when no line break stands before `i`.
pub(crate) fn before_wrap(text: &str, i: usize) -> Option<&str> {
    // Most figures follow a word: the last byte before them is no line break and no last
    // byte of a gap character (` `, TAB, U+3000 `E3 80 80`, NBSP `C2 A0`).
    let last = *text.as_bytes().get(i.checked_sub(1)?)?;
    if !matches!(last, b'\n' | b' ' | b'\t' | 0x80 | 0xA0) {
        return None;
    }
    let head = text.get(..i)?.trim_end_matches(unit::is_gap);
    head.ends_with('\n').then(|| trim_wrap_end(head))
}

/// The text before byte `i`, with a hard wrap that ends right there taken out when the line
/// before it is a full line of prose ([`before_wrap`], [`full_line_before`]): the words a
/// reader of a prefix reads before a figure that opens a wrapped line (`注册资本最低限额⏎为
/// 10亿元`, `排名全省前⏎十名`). Always a prefix of `text`, so its length is a byte of `text`.
pub(crate) fn words_before(text: &str, i: usize) -> &str {
    match before_wrap(text, i) {
        Some(head) if full_line_before(head, head.len()) => head,
        _ => text.get(..i).unwrap_or(""),
    }
}

/// `s` without the line break at its end (`\n` or `\r\n`) and the white space a copy left
/// before it ([`unit::is_gap`]): the words a hard-wrapped line ends with. `s` without a line
/// break at its end is returned as it is.
pub(crate) fn trim_wrap_end(s: &str) -> &str {
    match s.strip_suffix('\n') {
        Some(t) => before_blank_line(t.strip_suffix('\r').unwrap_or(t).trim_end_matches(unit::is_gap)),
        None => s,
    }
}

/// The char ending at byte `i`.
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

/// The char ending at byte `i`, or the one before the line break (`\n` or `\r\n`) that ends
/// there: the line of a text extracted from a PDF may wrap between two words of a phrase
/// (`十届全国人大\n四次会议`).
pub(crate) fn char_before_wrap(text: &str, i: usize) -> Option<char> {
    // The next line's indent aside (`十届全国人大⏎　　四次会议`, a copy that indents every line).
    before_wrap(text, i).map_or_else(|| char_before(text, i), |head| head.chars().next_back())
}

/// A [`Number`] from a reading of the grammar at byte `start`.
fn from_reading(start: usize, r: &Reading, form: Form) -> Number {
    let k = r.mult.unwrap_or(0);
    let unscale = |a: Amount| if k == 0 { a } else { a.unscaled(k) };
    let raw = r.value.map(unscale);
    let exact = |a: Option<Amount>| match a {
        Some(Amount::Exact(d)) => Some(d),
        _ => None,
    };
    let sign = if r.negative { -1.0 } else { 1.0 };
    Number {
        start,
        digits_end: start + r.digits_len,
        end: start + r.len,
        raw: raw.map(|a| sign * a.to_f64()).filter(|v| v.is_finite()),
        mult: r.mult.filter(|&k| k != 0).map(pow10_f64),
        wide: r.wide.map(pow10_f64),
        form,
        width: r.chars,
        integer: r.integer,
        approx: r.approx,
        implied_unit: r.unit,
        positional: r.positional,
        bare_unit: r.bare_unit,
        decimal: exact(raw),
        upper: r.max.map(unscale).map(|a| (sign * a.to_f64(), exact(Some(a)))),
        unreadable: r.unreadable,
    }
}

/// The form of a reading: shares (fractions, tenths) are [`Form::Fraction`].
fn form_of(r: &Reading) -> Form {
    match r.shape {
        Shape::Fraction => Form::Fraction,
        _ if r.unit.is_some() => Form::Fraction,
        Shape::Arabic => Form::Arabic,
        Shape::Chinese | Shape::Vague => Form::Chinese,
    }
}

/// Parses an Arabic number at `start`: digits, thousands separators, decimals (no tail).
/// `Err(start)` when no digit is there; a run of more than
/// [`crate::limits::MAX_NUMERAL_LEN`] digits is a number without a value.
pub(crate) fn arabic(text: &str, start: usize) -> Result<Number, usize> {
    let a = read_arabic(text, start).ok_or(start)?;
    if a.width > MAX_UNREADABLE_LEN {
        return Err(a.end);
    }
    Ok(Number {
        start,
        digits_end: a.end,
        end: a.end,
        raw: (a.unreadable().is_none() && a.value.is_finite()).then_some(a.value),
        mult: None,
        wide: None,
        form: Form::Arabic,
        width: a.width,
        integer: a.integer,
        approx: false,
        implied_unit: None,
        positional: false,
        bare_unit: false,
        decimal: a.exact.filter(|_| a.unreadable().is_none()),
        upper: None,
        unreadable: a.unreadable(),
    })
}

/// Characters that continue a Chinese numeral into a longer number: numerals, and
/// 分 (分之), 半 (一半, 成半), 点 (二点五), 又 (三又三分之一), 成 and 折 (tenths), and the
/// approximation marks 余 多 来 几.
pub(crate) fn continues_numeral(c: char) -> bool {
    is_cn_numeral(c) || matches!(c, '分' | '半' | '点' | '點' | '又' | '成' | '折') || APPROX_MARKS.contains(&c)
}

/// Parses a Chinese number (or a fraction `X分之Y`, a mixed number, tenths) at `start`.
/// `Err(end)` for the plan names `十一五` … `十四五` (read as slogans by the caller) and for
/// numerals with no digit that break the grammar (`千千万万`); other numbers that cannot
/// be read are numbers without a value.
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
    // Fast path: one numeral character not followed by anything that continues it (一, 三
    // in 一些, 三中全会).
    if let Some(c) = first {
        if !next.is_some_and(continues_numeral) {
            return single(start, c);
        }
    }
    let rest = text.get(start..).ok_or(start)?;
    // 一半: one half.
    if rest.starts_with("一半") {
        let e = start + "一半".len();
        let r = Reading { value: Some(Amount::Exact(Dec { m: 5, exp: -1 })), ..grammar::plain(e - start) };
        return Ok(Number { width: 2, integer: false, ..from_reading(start, &r, Form::Fraction) });
    }
    let chinese_first = !rest.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '０'..='９' | '数' | '几'));
    let read = if chinese_first { grammar::unsigned_chinese(rest) } else { grammar::unsigned(rest) };
    let (_, mut r) = read.map_err(|_| start)?;
    if r.shape == Shape::Chinese && r.value.is_none() {
        r = before_thousand_unit(rest, &r).unwrap_or(r);
    }
    let end = start + r.len;
    let hopeless = r.bare_unit || is_plan_name(rest) || r.chars > MAX_UNREADABLE_LEN;
    if r.shape == Shape::Chinese && r.value.is_none() && hopeless {
        return Err(end);
    }
    Ok(from_reading(start, &r, form_of(&r)))
}

/// The numeral before a unit that begins with 千 (`千克`, `千米`, `千瓦`), where the numeral
/// read with that 千 has no value: `五十千克以上` is 50 `千克` (a bench law on drugs: `五十千克`
/// is no number `五十千` and `克`), `四千千克`, `一百千瓦`. Where the numeral with 千 reads
/// (`五千克`, 5000 `克`), it stays: the mass is the same.
fn before_thousand_unit(rest: &str, r: &Reading) -> Option<Reading> {
    let head = rest.get(..r.len)?.strip_suffix(unit::THOUSAND)?;
    let after = rest.get(head.len()..)?;
    if !unit::begins_with_thousand_unit(after) {
        return None;
    }
    let (left, shorter) = grammar::unsigned_chinese(head).ok()?;
    (left.is_empty() && shorter.value.is_some()).then_some(shorter)
}

/// A one-character numeral.
fn single(start: usize, c: char) -> Result<Number, usize> {
    let (raw, bare) = match (cn_digit(c), cn_unit(c)) {
        (Some(d), _) => (u64::from(d), false),
        (None, Some(u)) => (u, true),
        (None, None) => match crate::numeral::cn_value(c.encode_utf8(&mut [0u8; 4])) {
            Some(v) => (v, false), // 廿 卅 卌
            None => return Err(start),
        },
    };
    let end = start + c.len_utf8();
    #[allow(clippy::cast_precision_loss)] // at most 10^12: exact
    Ok(Number {
        start,
        digits_end: end,
        end,
        raw: Some(raw as f64),
        mult: None,
        wide: None,
        form: Form::Chinese,
        width: 1,
        integer: true,
        approx: false,
        implied_unit: None,
        positional: false,
        bare_unit: bare,
        decimal: Some(Dec::int(raw)),
        upper: None,
        unreadable: None,
    })
}

/// True for `十一五` … `十四五` (and 十五 plans written alike): five-year plan names.
fn is_plan_name(run: &str) -> bool {
    let mut cs = run.chars();
    matches!((cs.next(), cs.next().and_then(cn_digit), cs.next()), (Some('十'), Some(1..=9), Some('五')))
        && !cs.next().is_some_and(is_cn_numeral)
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
    // X.X%, XX.X万元: a template's decimal, one placeholder number.
    if let Some(point) = char_at(text, end).filter(|&c| c == '.' || c == '．') {
        let decimals: usize = text
            .get(end + point.len_utf8()..)
            .unwrap_or("")
            .chars()
            .take(4)
            .take_while(|&c| is_placeholder_char(c))
            .map(char::len_utf8)
            .sum();
        if decimals > 0 {
            end += point.len_utf8() + decimals;
        }
    }
    let r = Reading { chars: count, ..grammar::plain(end - start) };
    Ok(Number { raw: None, ..from_reading(start, &r, Form::Placeholder) })
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
        n.decimal = None;
    }
    n
}

/// Reads the tail after the digits: for an Arabic number the grammar's continuation (units
/// `3万4000`, `余`/`多`, `分之`, `又`, `成`/`折`); for a placeholder 余/多 and a 万/亿
/// multiplier (`x万余`). Chinese numbers are read whole by [`chinese`].
/// Read in place: most numbers have no tail, and a number is not copied to say so.
pub(crate) fn tail(text: &str, n: &mut Number) {
    match n.form {
        Form::Arabic => {
            if let Some(m) = arabic_tail(text, n) {
                *n = m;
            } else {
                spaced_multiplier(text, n);
            }
        }
        Form::Placeholder => *n = placeholder_tail(text, *n),
        Form::Chinese | Form::Fraction => {}
    }
}

/// A 万/亿 after one gap that ends the number (`投资100 万元`, as a form or a table with
/// its digits set apart writes it): the number's multiplier. Not when a numeral follows the
/// multiplier: `7 万5 千4 百` is a number written in spaced parts (rule `spaced_numeral`).
fn spaced_multiplier(text: &str, n: &mut Number) {
    if n.mult.is_some() || n.unreadable.is_some() {
        return;
    }
    let Some(j) = unit::gap_len(text.as_bytes(), n.end).map(|len| n.end + len) else { return };
    if !char_at(text, j).is_some_and(crate::lexicon::kinds::is_multiplier) {
        return;
    }
    let Some((rest, k)) = text.get(j..).and_then(|rest| grammar::mult_run(rest).ok()) else { return };
    let end = text.len() - rest.len();
    if skip_gaps(text, end).is_some_and(|c| continues_numeral(c) || c.is_ascii_digit()) {
        return;
    }
    n.mult = Some(pow10_f64(k));
    n.end = end;
}

/// The number `n` (as read before its tail) with its tail read across a hard wrap at byte
/// `line_end`, where its line ends (`…累计1.95万⏎亿元`: 1.95 万亿, not 1.95 万; `调派4⏎万多名`,
/// `3.5亿千⏎瓦`: 千瓦 is the unit, not a multiplier: the 2008 and 2020 government work reports
/// printed 28 characters a line). After a full line of prose only, and not for a whole cell of
/// a table row, as [`across_wrap`] (`next` as its `tail`); `None` when the joined text reads the
/// tail the line does.
pub(crate) fn tail_across_wrap(text: &str, n: &Number, line_end: usize, next: usize) -> Option<Number> {
    if !matches!(n.form, Form::Arabic | Form::Placeholder) {
        return None;
    }
    let w = Wrapped::to_tail(text, n.start, line_end, next).filter(|_| !cell_start(text, n.start))?;
    let mut m = Number { start: 0, digits_end: n.digits_end - n.start, end: n.end - n.start, ..*n };
    tail(&w.joined, &mut m);
    (m.end != w.cut).then(|| Number { start: n.start, digits_end: w.map(m.digits_end), end: w.map(m.end), ..m })
}

/// The continuation of an Arabic number: the number with it, or `None` when nothing
/// continues it.
fn arabic_tail(text: &str, n: &Number) -> Option<Number> {
    // Most numbers are followed by nothing that continues them: nothing to read.
    let next = char_at(text, n.end)?;
    if !continues_numeral(next) || n.unreadable.is_some() {
        return None;
    }
    let rest = text.get(n.start..)?;
    // The digits as read by [`arabic`] (no second reading).
    let a = Arabic {
        end: n.end - n.start,
        width: n.width,
        integer: n.integer,
        exact: n.decimal,
        value: n.raw.unwrap_or(f64::NAN),
        too_long: false,
        malformed: false,
    };
    let lead = grammar::after_arabic(rest, &a);
    let (_, r) = grammar::continuation(rest.get(lead.len..).unwrap_or(""), lead).ok()?;
    let mut m = from_reading(n.start, &r, form_of(&r));
    m.digits_end = n.digits_end;
    (m.raw.is_some() || m.unreadable.is_some()).then_some(m)
}

fn approx_at(text: &str, i: usize) -> Option<usize> {
    match char_at(text, i)? {
        '余' | '多' | '来' => Some(i + 3),
        _ => None,
    }
}

/// 余/多 and a 万/亿 multiplier after a placeholder (`x万余`, `xx万元`).
fn placeholder_tail(text: &str, mut n: Number) -> Number {
    let mut i = n.end;
    if let Some(j) = approx_at(text, i) {
        n.approx = true;
        i = j;
    }
    if let Some((k, j)) =
        text.get(i..).and_then(|rest| grammar::mult_run(rest).ok().map(|(r, k)| (k, rest.len() - r.len())))
    {
        n.mult = Some(pow10_f64(k));
        i += j;
        if let Some(j) = approx_at(text, i) {
            n.approx = true;
            i = j;
        }
    }
    n.end = i;
    n
}

/// The start of a minus sign before the number at byte `i` (`为-3.9%`, `（-168.8℃）`,
/// `负三十二`), when the character before the sign introduces a value: punctuation, white
/// space, the start, or a word of [`SIGN_AFTER`]. A hyphen after a figure is a range
/// (`5-10`, `10%-15%`), inside a word a name (`铀-235`, `税负5700亿元`). The mathematical
/// minus `−` is a sign after any word that holds no digit (`亏损−10000元`; after a figure,
/// `1000元−2000元`, it is a range); so is any minus before a share (`增速-5%`) or a
/// temperature (`气温-5℃`): a name takes no per cent.
pub(crate) fn sign_before(text: &str, i: usize) -> Option<usize> {
    if text.get(..i).is_some_and(|b| b.ends_with(BELOW_ZERO)) {
        return Some(i - BELOW_ZERO.len());
    }
    let sign = char_before(text, i).filter(|c| matches!(c, '-' | '−' | '－' | '负' | '負'))?;
    let s = i - sign.len_utf8();
    let ok = match char_before(text, s) {
        None => true,
        // 负 is a sign unless it ends a word (税负, 减负, 胜负).
        Some(p) if matches!(sign, '负' | '負') => !FU_WORDS.contains(&p),
        Some(p) if sign == '−' && crate::text::chars::is_cjk_ideograph(p) => !ends_figure(text, s),
        Some(p) => {
            p.is_whitespace()
                || "（(：:，,、；;=＝“\"[【<《".contains(p)
                || SIGN_AFTER.iter().any(|w| has_before(text, s, w))
                // A name glued to a hyphen takes no per cent: before a share it is a sign
                // (`增速-5%`).
                || (crate::text::chars::is_cjk_ideograph(p) && share_follows(text, i) && !ends_figure(text, s))
        }
    };
    ok.then_some(s)
}

/// True when the minus sign (a dash) at byte `s` opens its line and the line before ends a
/// figure (`500001元至1000000元的部分 按0.5%⏎－1%交纳`, a tax table wrapped at its range dash): the
/// dash may join a range that the line break cuts or sign a value of its own (a column of
/// rates), and neither reading is sure.
pub(crate) fn dash_opens_line_after_figure(text: &str, s: usize) -> bool {
    char_at(text, s).is_some_and(is_minus) && before_wrap(text, s).is_some_and(|head| ends_figure(text, head.len()))
}

/// The start of a plus sign before the number at byte `i` (`收入增长+5%`, `同比+3.2%`), when a
/// word of [`SIGN_AFTER`] (a change verb, a comparator) stands right before the sign: elsewhere
/// a plus joins names (`北斗+5G`, `互联网+`), no sign.
pub(crate) fn plus_before(text: &str, i: usize) -> Option<usize> {
    let sign = char_before(text, i).filter(|c| matches!(c, '+' | '＋'))?;
    let s = i - sign.len_utf8();
    SIGN_AFTER.iter().any(|w| has_before(text, s, w)).then_some(s)
}

/// True when the Arabic number at byte `i` is a share or a temperature: a per cent or per
/// mille sign, a sign of degrees or `元` follows its digits (`-5%`, `-3.2％`, `最低气温-5℃`,
/// `亏损-3.5万元`: a name takes no degrees or money either).
///
/// The sign may follow the upper end of a range of two negative numbers (`-10～-5℃`).
fn share_follows(text: &str, i: usize) -> bool {
    let number = |c: &char| c.is_ascii_digit() || ('０'..='９').contains(c) || matches!(c, '.' | '．');
    let rest = text.get(i..).unwrap_or("");
    let mut chars = rest.chars().skip_while(number).peekable();
    if chars.next_if(|&c| crate::lexicon::figures::is_range_separator(c)).is_some()
        && chars.next_if(|&c| is_minus(c)).is_some()
    {
        return chars.find(|c| !number(c)).is_some_and(is_signed_unit);
    }
    // 亏损-3.5万元: a sum of money (a loss, a balance) takes a sign; a name takes no 元.
    let mut chars = chars.skip_while(|&c| c == '万' || c == '亿');
    chars.next().is_some_and(|c| is_signed_unit(c) || c == '元')
}

/// A dash that signs a number or joins a range's ends: the hyphen `-`, the minus `−`, the
/// full-width `－` (`-5%`, `-5～-10℃`, `增长-5%至-3%`).
pub(crate) fn is_minus(c: char) -> bool {
    matches!(c, '-' | '−' | '－')
}

/// A per cent or per mille sign, or a sign of degrees.
fn is_signed_unit(c: char) -> bool {
    matches!(c, '%' | '％' | '‰' | '℃' | '°')
}

/// True when one of the three characters before byte `s` is a digit or a Chinese numeral:
/// the text before `s` ends a figure (`1000元`, `三年`), and a dash after it joins a range.
fn ends_figure(text: &str, s: usize) -> bool {
    let before = text.get(..s).unwrap_or("");
    before.chars().rev().take(3).any(is_figure_char)
}

/// An ASCII or full-width digit or a character of a Chinese numeral: a character a figure
/// ends with (`1000`, `３`, `三`).
pub(crate) fn is_figure_char(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c) || is_cn_numeral(c)
}

/// The end of `与`/`和` after a figure ending at byte `end`: the joint of a range
/// `A与B之间` when a figure follows it (the caller checks the `之间`).
pub(crate) fn between_sep(text: &str, end: usize) -> Option<usize> {
    ["与", "和"].iter().find(|w| has_at(text, end, w)).map(|w| end + w.len())
}

/// The number with its sign.
pub(crate) fn negate(mut n: Number) -> Number {
    n.raw = n.raw.map(|v| -v);
    n.upper = n.upper.map(|(v, d)| (-v, d));
    n
}

/// A vague numeral after `数`/`几` at byte `i` (the numeral's start): `数十亿`, `几十万`,
/// `数百` before a unit that is no duration (`数十年` is a narrative time frame). Starts
/// at the 数.
pub(crate) fn vague(text: &str, i: usize) -> Option<Number> {
    let s = i.checked_sub(3)?;
    match char_at(text, s)? {
        '数' | '數' if !after_count_word(text, i) => {}
        '幾' => {}
        '几' if !matches!(char_before(text, s), Some('茶' | '无')) => {}
        _ => return None,
    }
    let (_, r) = grammar::vague(text.get(s..)?).ok()?;
    let end = s + r.len;
    let big = text.get(i..end).is_some_and(|run| run.contains(['万', '亿', '萬', '億']));
    let counted = unit::unit_at(text, end).is_some_and(|m| m.unit.family != unit::Family::Time);
    (big || counted).then(|| from_reading(s, &r, Form::Chinese))
}

/// True when the numeral at byte `i` follows a word ending in 数 that counts something
/// (`株数十倍`, `人数十人以上`): the numeral is a figure of its own, not "several".
pub(crate) fn after_count_word(text: &str, i: usize) -> bool {
    let s = i.saturating_sub(3);
    char_at(text, s) == Some('数') && s > 0 && char_before(text, s).is_some_and(|w| SHU_WORDS.contains(w))
}

/// The diagnostics of the figures whose number is written but cannot be read: each is
/// reported with `value` null. `NumberOverflow` when its value does not fit,
/// `UnreadableNumber` otherwise.
pub(crate) fn unreadable(text: &str, quantities: &[super::Quantity]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for q in
        quantities.iter().filter(|q| q.value.is_none() && !q.placeholder && q.kind == super::QuantityKind::Quantity)
    {
        let (s, e) = (q.number.start as usize, q.number.end as usize);
        let why = match text.get(s..).and_then(|rest| grammar::number(rest).ok()) {
            Some((_, r)) if r.len <= e - s || r.unreadable.is_some() => r.unreadable,
            _ => None,
        };
        let kind = match why {
            Some(Unreadable::Overflow) => DiagnosticKind::NumberOverflow,
            Some(_) => DiagnosticKind::UnreadableNumber,
            None => continue,
        };
        out.push(Diagnostic::new(kind, Span::from_usize(s, e)));
    }
    out
}

/// The Chinese digit characters: exactly those [`cn_digit`] gives a value (checked by a
/// test).
const CN_DIGITS: &str = "〇零○Ｏ一壹幺二贰两貳兩倆三叁參四肆五伍六陆陸七柒八捌九玖";

/// The Chinese unit characters: exactly those [`cn_unit`] gives a value (checked by a test).
const CN_UNITS: &str = "十拾百佰千仟万萬亿億兆";

/// The tens words (廿 = 二十).
const CN_TENS: &str = "廿卅卌";

/// One bit per code point of the Basic Multilingual Plane for the characters of `sets`
/// (all of them 3-byte characters): bit `cp & 63` of word `cp >> 6`.
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
const fn bmp_bits(sets: &[&str]) -> [u64; 1024] {
    let mut t = [0u64; 1024];
    let mut s = 0;
    while s < sets.len() {
        let b = sets[s].as_bytes();
        let mut i = 0;
        while i + 2 < b.len() {
            let cp = ((b[i] as usize & 0x0F) << 12) | ((b[i + 1] as usize & 0x3F) << 6) | (b[i + 2] as usize & 0x3F);
            t[cp >> 6] |= 1u64 << (cp & 63);
            i += 3;
        }
        s += 1;
    }
    t
}

static DIGIT_BITS: [u64; 1024] = bmp_bits(&[CN_DIGITS]);
static UNIT_BITS: [u64; 1024] = bmp_bits(&[CN_UNITS]);
static NUMERAL_BITS: [u64; 1024] = bmp_bits(&[CN_DIGITS, CN_UNITS, CN_TENS]);

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
    has_bit(&NUMERAL_BITS, c)
}

#[cfg(test)]
mod tests;
