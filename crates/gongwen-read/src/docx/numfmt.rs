//! Word's number formats (`w:numFmt`, ECMA-376 §17.18.59): a counter → the text Word
//! shows for it.
//!
//! The formats 公文 use are rendered as Word renders them: `chineseCounting` (一 … 十,
//! 十一 … 九十九, then digit by digit: 一〇〇), `chineseCountingThousand` (full counting
//! with 百千万 and 零: 一百零一), `chineseLegalSimplified` (壹贰叁), `ideographTraditional`
//! (甲乙丙…癸), `ideographZodiac` (子丑寅…亥), `ideographDigital` (digit by digit),
//! `decimalEnclosedCircle` (①…⑳, then decimal, as the standard says), `decimalFullWidth`,
//! `decimalZero`, the Latin letters and Roman numerals. Formats outside that list are
//! rendered as decimal numbers and reported ([`NumFmt::Other`]).

/// A level's number format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum NumFmt {
    /// 1, 2, 3.
    Decimal,
    /// 01, 02 … 10.
    DecimalZero,
    /// １, ２, ３ (full-width digits).
    DecimalFullWidth,
    /// ①…⑳, then decimal.
    DecimalEnclosedCircle,
    /// ⒈…⒛, then decimal.
    DecimalEnclosedFullstop,
    /// ⑴…⒇, then decimal.
    DecimalEnclosedParen,
    /// I, II, III.
    UpperRoman,
    /// i, ii, iii.
    LowerRoman,
    /// A … Z, AA, BB.
    UpperLetter,
    /// a … z, aa, bb.
    LowerLetter,
    /// 一 … 十, 十一 … 九十九, 一〇〇.
    ChineseCounting,
    /// 一, 十一, 一百零一, 一千, 一万.
    ChineseCountingThousand,
    /// 壹, 拾壹, 壹佰零壹.
    ChineseLegalSimplified,
    /// 甲乙丙丁戊己庚辛壬癸, then decimal.
    IdeographTraditional,
    /// 子丑寅卯辰巳午未申酉戌亥, then decimal.
    IdeographZodiac,
    /// 一, 二 … 一〇 (digit by digit).
    IdeographDigital,
    /// A bullet: no number (the level's text is a symbol, often in a symbol font).
    Bullet,
    /// No number.
    None,
    /// Any other format, shown as decimal.
    Other(String),
}

impl NumFmt {
    /// The format named by a `w:numFmt` value.
    pub fn from_val(val: &str) -> NumFmt {
        match val {
            "decimal" | "decimalHalfWidth" => NumFmt::Decimal,
            "decimalZero" => NumFmt::DecimalZero,
            "decimalFullWidth" | "decimalFullWidth2" => NumFmt::DecimalFullWidth,
            "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" => NumFmt::DecimalEnclosedCircle,
            "decimalEnclosedFullstop" => NumFmt::DecimalEnclosedFullstop,
            "decimalEnclosedParen" => NumFmt::DecimalEnclosedParen,
            "upperRoman" => NumFmt::UpperRoman,
            "lowerRoman" => NumFmt::LowerRoman,
            "upperLetter" => NumFmt::UpperLetter,
            "lowerLetter" => NumFmt::LowerLetter,
            "chineseCounting" | "taiwaneseCounting" => NumFmt::ChineseCounting,
            "chineseCountingThousand" | "taiwaneseCountingThousand" | "japaneseCounting" => {
                NumFmt::ChineseCountingThousand
            }
            "chineseLegalSimplified" => NumFmt::ChineseLegalSimplified,
            "ideographTraditional" => NumFmt::IdeographTraditional,
            "ideographZodiac" => NumFmt::IdeographZodiac,
            "ideographDigital" | "taiwaneseDigital" | "japaneseDigitalTenThousand" => NumFmt::IdeographDigital,
            "bullet" => NumFmt::Bullet,
            "none" => NumFmt::None,
            other => NumFmt::Other(other.chars().take(64).collect()),
        }
    }

    /// The format of a `w:numFmt w:val="custom" w:format="…"` (Word 2010's custom
    /// formats): the sample's first item tells which (`01, 02, 03, ...` is zero-padded
    /// decimal, `一, 二, 三, ...` Chinese counting, `壹, 贰, ...` legal, `①, ②, ...`
    /// circled). `None` when the sample is not one of these.
    pub fn from_custom(sample: &str) -> Option<NumFmt> {
        let first = sample.split([',', '，']).next()?.trim();
        Some(match first {
            "01" | "001" | "0001" => NumFmt::DecimalZero,
            "1" => NumFmt::Decimal,
            "一" => NumFmt::ChineseCountingThousand,
            "壹" => NumFmt::ChineseLegalSimplified,
            "①" => NumFmt::DecimalEnclosedCircle,
            "１" => NumFmt::DecimalFullWidth,
            "甲" => NumFmt::IdeographTraditional,
            _ => return None,
        })
    }

    /// Appends the text of counter `n`.
    pub fn render(&self, n: u32, out: &mut String) {
        match self {
            NumFmt::Decimal | NumFmt::Other(_) => push_decimal(n, out),
            NumFmt::DecimalZero => {
                if n < 10 {
                    out.push('0');
                }
                push_decimal(n, out);
            }
            NumFmt::DecimalFullWidth => digits(n, &FULL_WIDTH, out),
            NumFmt::DecimalEnclosedCircle => enclosed(n, '\u{2460}', out),
            NumFmt::DecimalEnclosedFullstop => enclosed(n, '\u{2488}', out),
            NumFmt::DecimalEnclosedParen => enclosed(n, '\u{2474}', out),
            NumFmt::UpperRoman => roman(n, out, false),
            NumFmt::LowerRoman => roman(n, out, true),
            NumFmt::UpperLetter => letters(n, b'A', out),
            NumFmt::LowerLetter => letters(n, b'a', out),
            NumFmt::ChineseCounting => chinese_counting(n, out),
            NumFmt::ChineseCountingThousand => counting(n, &LOWER, out),
            NumFmt::ChineseLegalSimplified => counting(n, &LEGAL, out),
            NumFmt::IdeographTraditional => cyclic(n, &STEMS, out),
            NumFmt::IdeographZodiac => cyclic(n, &BRANCHES, out),
            NumFmt::IdeographDigital => digits(n, &IDEOGRAPH_DIGITS, out),
            NumFmt::Bullet | NumFmt::None => {}
        }
    }
}

/// 〇 一 … 九, as digits.
const IDEOGRAPH_DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/// Full-width digits.
const FULL_WIDTH: [char; 10] = ['０', '１', '２', '３', '４', '５', '６', '７', '８', '９'];
/// The ten heavenly stems.
const STEMS: [char; 10] = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
/// The twelve earthly branches.
const BRANCHES: [char; 12] = ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥'];

/// The characters of a counting system: digits 零…九, then 十 百 千 万 亿.
struct Counting {
    /// 零 一 … 九.
    digits: [char; 10],
    /// 十 百 千.
    units: [char; 3],
    /// 万 亿.
    big: [char; 2],
    /// Whether 10–19 drop the leading 一 (十一, not 一十一).
    short_ten: bool,
}

/// 一 二 … 十 百 千 万 亿.
const LOWER: Counting = Counting {
    digits: ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
    units: ['十', '百', '千'],
    big: ['万', '亿'],
    short_ten: true,
};
/// 壹 贰 … 拾 佰 仟 万 亿 (拾壹 keeps its 壹 in legal writing).
const LEGAL: Counting = Counting {
    digits: ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'],
    units: ['拾', '佰', '仟'],
    big: ['万', '亿'],
    short_ten: false,
};

fn push_decimal(n: u32, out: &mut String) {
    use std::fmt::Write as _;
    let _ = write!(out, "{n}");
}

/// `n`'s decimal digits written with `set`.
fn digits(n: u32, set: &[char; 10], out: &mut String) {
    for b in n.to_string().bytes() {
        out.push(set.get(usize::from(b - b'0')).copied().unwrap_or('?'));
    }
}

/// 1–20 as the enclosed character starting at `first`, then decimal.
fn enclosed(n: u32, first: char, out: &mut String) {
    match (1..=20).contains(&n).then(|| char::from_u32(u32::from(first) + n - 1)).flatten() {
        Some(c) => out.push(c),
        None => push_decimal(n, out),
    }
}

/// 1 → the first of `set` …, then decimal.
fn cyclic(n: u32, set: &[char], out: &mut String) {
    match n.checked_sub(1).and_then(|i| set.get(i as usize)) {
        Some(c) => out.push(*c),
        None => push_decimal(n, out),
    }
}

/// Roman numerals up to 3999, then decimal.
fn roman(n: u32, out: &mut String, lower: bool) {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    if n == 0 || n > 3999 {
        return push_decimal(n, out);
    }
    let mut rest = n;
    for (value, glyph) in TABLE {
        while rest >= value {
            out.push_str(&if lower { glyph.to_ascii_lowercase() } else { glyph.to_owned() });
            rest -= value;
        }
    }
}

/// Word's letters: A … Z, then AA … ZZ, AAA …: the letter repeated (not base 26). Past
/// 780 (thirty repetitions) decimal, so a hostile counter cannot make a huge label.
fn letters(n: u32, a: u8, out: &mut String) {
    if n == 0 || n > 780 {
        return push_decimal(n, out);
    }
    let letter = char::from(a + ((n - 1) % 26) as u8);
    for _ in 0..(n - 1) / 26 + 1 {
        out.push(letter);
    }
}

/// Word's `chineseCounting`: 一 … 九, 十 … 九十九 with 十 (十一, 二十), then digit by
/// digit (一〇〇); 〇 for zero.
fn chinese_counting(n: u32, out: &mut String) {
    if (10..100).contains(&n) {
        let (tens, ones) = (n / 10, n % 10);
        if tens > 1 {
            digits(tens, &IDEOGRAPH_DIGITS, out);
        }
        out.push('十');
        if ones > 0 {
            digits(ones, &IDEOGRAPH_DIGITS, out);
        }
    } else {
        digits(n, &IDEOGRAPH_DIGITS, out);
    }
}

/// Full counting: groups of four digits with 万 and 亿, 零 for skipped places
/// (一百零一, 一千零一十, 一万零一), 十 for 10–19 at the start when `short_ten`.
fn counting(n: u32, c: &Counting, out: &mut String) {
    if n == 0 {
        out.push(c.digits[0]);
        return;
    }
    // Groups of four digits, most significant first: 亿, 万, units.
    let groups = [n / 100_000_000, (n / 10_000) % 10_000, n % 10_000];
    let mut written = false;
    let mut zero = false;
    for (g, &value) in groups.iter().enumerate() {
        if value == 0 {
            zero |= written;
            continue;
        }
        if written && (zero || value < 1000) {
            out.push(c.digits[0]);
        }
        group(value, c, !written, out);
        if let Some(big) = c.big.get(1usize.wrapping_sub(g)) {
            out.push(*big);
        }
        written = true;
        zero = false;
    }
}

/// One group of four digits (1–9999), `leading` when nothing precedes it.
fn group(value: u32, c: &Counting, leading: bool, out: &mut String) {
    let places = [value / 1000, (value / 100) % 10, (value / 10) % 10, value % 10];
    let mut started = false;
    let mut zero = false;
    for (i, &d) in places.iter().enumerate() {
        if d == 0 {
            zero |= started;
            continue;
        }
        if zero {
            out.push(c.digits[0]);
            zero = false;
        }
        let unit = c.units.get(2usize.wrapping_sub(i)).copied();
        let short = c.short_ten && leading && !started && d == 1 && unit == Some(c.units[0]);
        if !short {
            out.push(c.digits.get(d as usize).copied().unwrap_or('?'));
        }
        if let Some(u) = unit {
            out.push(u);
        }
        started = true;
    }
}

#[cfg(test)]
mod tests {
    use super::NumFmt;

    fn r(f: &NumFmt, n: u32) -> String {
        let mut s = String::new();
        f.render(n, &mut s);
        s
    }

    #[test]
    fn chinese_counting_as_word_shows_it() {
        let f = NumFmt::from_val("chineseCounting");
        let got: Vec<String> = [1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 0].iter().map(|n| r(&f, *n)).collect();
        assert_eq!(got, ["一", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "一〇〇", "一〇一", "〇"]);
    }

    #[test]
    fn chinese_counting_thousand_counts_with_places() {
        let f = NumFmt::from_val("chineseCountingThousand");
        let cases = [
            (1, "一"),
            (10, "十"),
            (11, "十一"),
            (20, "二十"),
            (100, "一百"),
            (101, "一百零一"),
            (110, "一百一十"),
            (1001, "一千零一"),
            (1010, "一千零一十"),
            (10_000, "一万"),
            (10_001, "一万零一"),
            (10_010, "一万零一十"),
            (100_000, "十万"),
            (1_000_100, "一百万零一百"),
            (1_200_080_000, "十二亿零八万"),
            (0, "零"),
        ];
        for (n, want) in cases {
            assert_eq!(r(&f, n), want, "{n}");
        }
    }

    #[test]
    fn legal_stems_branches_and_digits() {
        assert_eq!(r(&NumFmt::from_val("chineseLegalSimplified"), 11), "壹拾壹");
        assert_eq!(r(&NumFmt::from_val("chineseLegalSimplified"), 3), "叁");
        let stems = NumFmt::from_val("ideographTraditional");
        assert_eq!((1..=10).map(|n| r(&stems, n)).collect::<String>(), "甲乙丙丁戊己庚辛壬癸");
        assert_eq!(r(&stems, 11), "11");
        assert_eq!(r(&NumFmt::from_val("ideographZodiac"), 12), "亥");
        assert_eq!(r(&NumFmt::from_val("ideographDigital"), 10), "一〇");
    }

    #[test]
    fn enclosed_full_width_and_latin() {
        let circle = NumFmt::from_val("decimalEnclosedCircle");
        assert_eq!((r(&circle, 1), r(&circle, 20), r(&circle, 21)), ("①".into(), "⑳".into(), "21".into()));
        assert_eq!(r(&NumFmt::from_val("decimalEnclosedParen"), 2), "⑵");
        assert_eq!(r(&NumFmt::from_val("decimalEnclosedFullstop"), 3), "⒊");
        assert_eq!(r(&NumFmt::from_val("decimalFullWidth"), 12), "１２");
        assert_eq!(r(&NumFmt::from_val("decimalZero"), 7), "07");
        assert_eq!(r(&NumFmt::from_val("upperLetter"), 28), "BB");
        assert_eq!(r(&NumFmt::from_val("lowerLetter"), 1), "a");
        assert_eq!(r(&NumFmt::from_val("lowerLetter"), u32::MAX), u32::MAX.to_string());
        assert_eq!(r(&NumFmt::from_val("upperRoman"), 1994), "MCMXCIV");
        assert_eq!(r(&NumFmt::from_val("lowerRoman"), 4), "iv");
        assert_eq!(r(&NumFmt::from_val("upperRoman"), 5000), "5000");
        assert_eq!(r(&NumFmt::from_val("bullet"), 3), "");
        assert_eq!(r(&NumFmt::from_val("none"), 3), "");
        assert_eq!(r(&NumFmt::from_val("hindiCounting"), 3), "3");
    }

    #[test]
    fn custom_formats() {
        assert_eq!(NumFmt::from_custom("01, 02, 03, ..."), Some(NumFmt::DecimalZero));
        assert_eq!(NumFmt::from_custom("一, 二, 三, ..."), Some(NumFmt::ChineseCountingThousand));
        assert_eq!(NumFmt::from_custom("?"), None);
    }
}
