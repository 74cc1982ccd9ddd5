//! The numeral characters: one table, read through a perfect hash.

/// One Chinese numeral character: a digit, a unit (a power of ten), or a tens word that is
/// a digit and `十` in one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CnChar {
    Digit(u32),
    Unit(u64),
    Tens(u32),
}

/// The Chinese numeral characters: the one table read by [`cn_digit`], [`cn_unit`] and the
/// number readers. Each row serves the numeral grammar (`numeral/mod.rs`); the rare forms say
/// where they are written.
const CN_NUMERALS: [(char, CnChar); 43] = {
    use CnChar::{Digit as D, Tens as T, Unit as U};
    [
        ('〇', D(0)),
        ('零', D(0)),
        ('○', D(0)),  // 二○一九年: the circle for 〇 in web copies
        ('Ｏ', D(0)), // 二ＯＯ五年: a full-width letter O for 〇
        ('一', D(1)),
        ('壹', D(1)),
        ('幺', D(1)), // 幺: 一 as read out in numbers
        ('二', D(2)),
        ('贰', D(2)),
        ('两', D(2)),
        ('貳', D(2)),
        ('兩', D(2)), // traditional 两: 兩千四百五
        ('倆', D(2)), // 倆千: the colloquial 俩 in traditional script
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
        // 兆 is 10^12 (万亿), as in current mainland usage and the Recognizers-Text battery
        // (五兆六十二亿 = 5 006 200 000 000); the older 10^6 reading is not taken.
        ('兆', U(1_000_000_000_000)),
        ('廿', T(2)), // 廿 = 二十: 廿四节气
        ('卅', T(3)), // 卅 = 三十: 五卅运动
        ('卌', T(4)), // 卌 = 四十
    ]
};

/// A multiplier that sends every character of [`CN_NUMERALS`] to its own slot of
/// [`CN_SLOTS`] (checked when the table is built), so a lookup is one multiply and one
/// compare instead of a chain of branches.
const CN_HASH: u32 = 0xf2a9_91f9;

/// The number of bits of a slot index.
const SLOT_BITS: u32 = 7;

const fn cn_slot(cp: u32) -> usize {
    (cp.wrapping_mul(CN_HASH) >> (32 - SLOT_BITS)) as usize
}

/// A numeral character as the readers take it: `0`–`9` a digit, [`CODE_TEN`] to
/// [`CODE_TEN`]` + 5` a unit (十, 百, 千, 万, 亿, 兆 in that order), [`CODE_TENS`]` + d` the
/// tens word `d` × 十 (廿, 卅, 卌), [`NO_CODE`] for any other character.
pub(crate) type Code = u8;

/// The code of 十; 百, 千, 万, 亿 and 兆 follow it.
pub(crate) const CODE_TEN: Code = 10;

/// The code of the tens words is this plus their digit (廿 = 二十 is `CODE_TENS + 2`).
pub(crate) const CODE_TENS: Code = 20;

/// The code of a character that is no numeral.
pub(crate) const NO_CODE: Code = 0xFF;

/// The multiplier of each unit code, from [`CODE_TEN`].
const UNIT_VALUES: [u64; 6] = [10, 100, 1000, 10_000, 100_000_000, 1_000_000_000_000];

/// The power of ten of each unit code, from [`CODE_TEN`].
const UNIT_POWERS: [u8; 6] = [1, 2, 3, 4, 8, 12];

/// The power of ten of unit code `k` (`None` for a code that is no unit).
pub(crate) fn unit_power(k: Code) -> Option<u8> {
    k.checked_sub(CODE_TEN).and_then(|i| UNIT_POWERS.get(usize::from(i))).copied()
}

/// The [`Code`] of a numeral.
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
const fn code_of(k: CnChar) -> Code {
    match k {
        CnChar::Digit(d) => d as Code,
        CnChar::Tens(d) => CODE_TENS + d as Code,
        CnChar::Unit(u) => {
            let mut i = 0;
            while UNIT_VALUES[i] != u {
                i += 1;
            }
            CODE_TEN + i as Code
        }
    }
}

/// [`CN_NUMERALS`] by [`cn_slot`], as (code point, [`Code`]): a perfect hash table, empty
/// slots holding a code point no character hashes to with [`NO_CODE`].
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
const CN_SLOTS: [(u32, Code); 1 << SLOT_BITS] = {
    let mut t = [(u32::MAX, NO_CODE); 1 << SLOT_BITS];
    let mut i = 0;
    while i < CN_NUMERALS.len() {
        let (c, k) = CN_NUMERALS[i];
        assert!(c.len_utf8() == 3, "the readers step three bytes per numeral character");
        assert!(t[cn_slot(c as u32)].1 == NO_CODE, "CN_HASH must give every numeral its own slot");
        t[cn_slot(c as u32)] = (c as u32, code_of(k));
        i += 1;
    }
    t
};

/// The [`Code`] of code point `cp` ([`NO_CODE`] for a character that is no numeral).
#[allow(clippy::indexing_slicing)] // the slot is below 1 << SLOT_BITS by construction
pub(crate) const fn code(cp: u32) -> Code {
    let (k, v) = CN_SLOTS[cn_slot(cp)];
    if k == cp { v } else { NO_CODE }
}

/// The [`Code`] of the 3-byte UTF-8 character `b0 b1 b2` read at a char boundary of a
/// `str`; bytes that do not start a 3-byte character (ASCII digits) give [`NO_CODE`]. (In
/// valid UTF-8 the two bytes after a 3-byte lead are its continuation bytes.)
#[inline]
pub(crate) const fn code3(b0: u8, b1: u8, b2: u8) -> Code {
    if b0 & 0xF0 != 0xE0 {
        return NO_CODE;
    }
    code(((b0 as u32 & 0x0F) << 12) | ((b1 as u32 & 0x3F) << 6) | (b2 as u32 & 0x3F))
}

/// The capital (大写) numeral characters that only money is written in (`人民币壹佰贰拾万元整`,
/// `叁角`, `捌分`: cheques, contracts and budgets) and that are no word's character too:
/// 陆 (`水陆分界线`, bench lawrefbook), 伍 (`队伍`), 拾 (`收拾`), 肆 (`肆意`), 參 (`參加`) are
/// not in it.
const CAPITALS: &str = "壹贰貳叁柒捌玖佰仟";

/// True when `c` is a capital (大写) numeral character that is no word's character too
/// ([`CAPITALS`]).
pub(crate) fn is_capital_numeral(c: char) -> bool {
    CAPITALS.contains(c)
}

/// The capital (大写) numeral characters that are some word's character too (`队伍`, `水陆`,
/// `收拾`, `肆意`, `參加`): capitals only where money is named before them (`人民币伍角`).
const WORD_CAPITALS: &str = "伍陆陸拾肆參";

/// True when `c` is a capital (大写) numeral character that is some word's character too
/// ([`WORD_CAPITALS`]: 伍 of `队伍`, 陆 of `大陆`).
pub(crate) fn is_word_capital(c: char) -> bool {
    WORD_CAPITALS.contains(c)
}

/// True when `c` is any capital (大写) numeral character: [`CAPITALS`] or [`WORD_CAPITALS`].
pub(crate) fn is_any_capital_numeral(c: char) -> bool {
    is_capital_numeral(c) || is_word_capital(c)
}

/// True when the three bytes before byte `end` of `bytes` (a char boundary of a `str`) are
/// a Chinese numeral character ([`is_cn_numeral_char`]). Every numeral is a 3-byte
/// character, so none is decoded: a 3-byte lead there starts the character that ends at `end`.
#[inline]
pub(crate) fn cn_numeral_before(bytes: &[u8], end: usize) -> bool {
    match bytes.get(end.wrapping_sub(3)..end) {
        Some(&[b0, b1, b2]) => code3(b0, b1, b2) != NO_CODE,
        _ => false,
    }
}

/// The value of a Chinese digit character (`〇零一二两三…九` and the financial forms
/// `壹贰叁…`), if it is one.
///
/// ```
/// assert_eq!(gongwen::numeral::cn_digit('两'), Some(2));
/// assert_eq!(gongwen::numeral::cn_digit('兩'), Some(2));
/// assert_eq!(gongwen::numeral::cn_digit('十'), None);
/// ```
#[must_use]
pub const fn cn_digit(c: char) -> Option<u32> {
    match code(c as u32) {
        d if d < CODE_TEN => Some(d as u32),
        _ => None,
    }
}

/// The multiplier of a Chinese unit character (`十百千万亿兆` and `拾佰仟萬億`), if it is one.
///
/// ```
/// assert_eq!(gongwen::numeral::cn_unit('千'), Some(1000));
/// assert_eq!(gongwen::numeral::cn_unit('亿'), Some(100_000_000));
/// assert_eq!(gongwen::numeral::cn_unit('兆'), Some(1_000_000_000_000));
/// ```
#[must_use]
#[allow(clippy::indexing_slicing)] // a unit code indexes UNIT_VALUES by construction
pub const fn cn_unit(c: char) -> Option<u64> {
    match code(c as u32) {
        k if k >= CODE_TEN && k < CODE_TEN + UNIT_VALUES.len() as Code => Some(UNIT_VALUES[(k - CODE_TEN) as usize]),
        _ => None,
    }
}

/// True for characters that may appear in a Chinese numeral (digits, units and the tens
/// words `廿卅卌`).
///
/// ```
/// assert!(gongwen::numeral::is_cn_numeral_char('十'));
/// assert!(gongwen::numeral::is_cn_numeral_char('廿'));
/// assert!(!gongwen::numeral::is_cn_numeral_char('是'));
/// ```
#[must_use]
pub const fn is_cn_numeral_char(c: char) -> bool {
    code(c as u32) != NO_CODE
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
