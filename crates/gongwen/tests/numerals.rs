//! Properties of the numeral grammar (`gongwen::numeral`): a number written from a random
//! value in any of the ways Chinese writes numbers reads back exactly; arbitrary text
//! never panics and never gives a value for a number read only in part.

use gongwen::numeral::{is_cn_numeral_char, parse_number, read_number};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const CAPITALS: [char; 10] = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const FULL_WIDTH: [char; 10] = ['０', '１', '２', '３', '４', '５', '６', '７', '８', '９'];

/// How a Chinese integer is written.
#[derive(Clone, Copy, Debug)]
struct Style {
    /// 壹贰叁 … 拾佰仟萬億 (and 貳 參 陸 when `traditional`).
    capitals: bool,
    /// 兩 for 两, 萬 億 for 万 亿, 貳 參 陸 for 贰 叁 陆.
    traditional: bool,
    /// 两 before 百 千 万 亿 instead of 二.
    liang: bool,
    /// 一十 instead of a leading 十.
    explicit_ten: bool,
}

impl Style {
    fn digit(self, d: u64) -> char {
        let c = if self.capitals { CAPITALS } else { DIGITS }[d as usize];
        match (self.traditional, c) {
            (true, '贰') => '貳',
            (true, '叁') => '參',
            (true, '陆') => '陸',
            _ => c,
        }
    }

    fn unit(self, u: char) -> char {
        match (self.capitals, self.traditional, u) {
            (true, _, '十') => '拾',
            (true, _, '百') => '佰',
            (true, _, '千') => '仟',
            (true, _, '万') | (false, true, '万') => '萬',
            (true, _, '亿') | (false, true, '亿') => '億',
            _ => u,
        }
    }

    fn two_before_unit(self) -> char {
        match (self.liang, self.traditional) {
            (true, true) => '兩',
            (true, false) => '两',
            _ => self.digit(2),
        }
    }
}

/// `n` below 10^4 in Chinese; `leading` when nothing is written before it.
fn section(n: u64, leading: bool, style: Style, out: &mut String) {
    let places = [(n / 1000, '千'), (n / 100 % 10, '百'), (n / 10 % 10, '十'), (n % 10, ' ')];
    let (mut pending_zero, mut started) = (false, false);
    for (d, unit) in places {
        if d == 0 {
            pending_zero |= started;
            continue;
        }
        if pending_zero {
            out.push(style.digit(0));
            pending_zero = false;
        }
        let leading_ten = unit == '十' && d == 1 && !started && leading && !style.explicit_ten;
        if !leading_ten {
            let two = d == 2 && matches!(unit, '百' | '千') && !started;
            out.push(if two { style.two_before_unit() } else { style.digit(d) });
        }
        if unit != ' ' {
            out.push(style.unit(unit));
        }
        started = true;
    }
}

/// `n` (1 ≤ n < 10^16) in Chinese, groups of 亿 and 万 with 零 for the gaps.
fn render(n: u64, style: Style) -> String {
    let groups = [(n / 100_000_000, '亿'), (n / 10_000 % 10_000, '万'), (n % 10_000, ' ')];
    let mut out = String::new();
    let mut gap = false;
    for (g, unit) in groups {
        if g == 0 {
            gap |= !out.is_empty();
            continue;
        }
        if (gap || g < 1000) && !out.is_empty() {
            out.push(style.digit(0));
        }
        if g >= 10_000 {
            // 一万二千亿: the count of 亿 has its own 万.
            out.push_str(&render(g, style));
        } else if g == 2 && unit != ' ' && out.is_empty() {
            out.push(style.two_before_unit());
        } else {
            section(g, out.is_empty(), style, &mut out);
        }
        if unit != ' ' {
            out.push(style.unit(unit));
        }
        gap = false;
    }
    out
}

/// The elided form of `n`, when it has one: the last unit dropped after a digit one place
/// below the unit before it (两千四百五 = 2450, 一万三 = 13000, 三亿五 = 350000000).
fn elided(n: u64, style: Style) -> Option<String> {
    for (p, before) in [(1u32, 2u32), (2, 3), (3, 4), (7, 8)] {
        let unit = 10u64.pow(p);
        let d = n / unit % 10;
        let prefix = n - d * unit;
        if d == 0
            || n % unit != 0
            || prefix == 0
            || prefix % 10u64.pow(before) != 0
            || (prefix / 10u64.pow(before)) % 10 == 0
        {
            continue;
        }
        return Some(format!("{}{}", render(prefix, style), style.digit(d)));
    }
    None
}

/// `n` in ASCII or full-width digits, with thousands separators (`,` or `，`).
fn arabic(n: u64, full_width: bool, separators: bool) -> String {
    let digits: Vec<char> = n.to_string().chars().collect();
    let mut out = String::new();
    for (i, c) in digits.iter().enumerate() {
        if separators && i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(if full_width { '，' } else { ',' });
        }
        let d = c.to_digit(10).unwrap_or(0) as usize;
        out.push(if full_width { FULL_WIDTH[d] } else { *c });
    }
    out
}

/// The count of trailing zero digits of `n`.
fn trailing_zeros(mut n: u64) -> u32 {
    let mut k = 0;
    while n > 0 && n % 10 == 0 {
        n /= 10;
        k += 1;
    }
    k
}

fn value_of(s: &str) -> Option<f64> {
    parse_number(s).and_then(|n| n.value)
}

/// The value of a decimal written as text (`"12.5"`): the correctly rounded `f64`.
fn decimal(int: u64, frac: &str) -> f64 {
    format!("{int}.{frac}").parse().unwrap_or(f64::NAN)
}

/// A fraction as the grammar gives it: 15 significant digits.
fn round15(v: f64) -> f64 {
    let mag = v.abs().log10().floor() as i32;
    let p = 10f64.powi(14 - mag);
    (v * p).round() / p
}

fn style() -> impl Strategy<Value = Style> {
    (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>())
        .prop_map(|(capitals, traditional, liang, explicit_ten)| Style { capitals, traditional, liang, explicit_ten })
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 2000,
        failure_persistence: Some(Box::new(FileFailurePersistence::Off)),
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn chinese_integers_read_back(n in 1u64..10_000_000_000_000_000, style in style()) {
        let s = render(n, style);
        prop_assert_eq!(value_of(&s), Some(n as f64), "{}", s);
        if let Some(e) = elided(n, style) {
            prop_assert_eq!(value_of(&e), Some(n as f64), "elided {}", e);
        }
    }

    #[test]
    fn mixed_arabic_and_chinese_units_read_back(a in 1u64..10_000, b in 0u64..10_000, d in 1u64..10, e in 0u64..10) {
        // 3万4000, 1万600: Arabic digits after 万 (three or four of them).
        if b >= 100 {
            let s = format!("{a}万{b}");
            prop_assert_eq!(value_of(&s), Some((a * 10_000 + b) as f64), "{}", s);
        }
        // 5万4千6百.
        let s = format!("{a}万{d}千{e}百");
        let s = if e == 0 { format!("{a}万{d}千") } else { s };
        prop_assert_eq!(value_of(&s), Some((a * 10_000 + d * 1000 + e * 100) as f64), "{}", s);
        // 1.2万, 3.45亿: exact scaling.
        let s = format!("{a}.{d}{e}万");
        prop_assert_eq!(value_of(&s), Some(((a * 100 + d * 10 + e) * 100) as f64), "{}", s);
        let s = format!("{a}.{d}亿");
        prop_assert_eq!(value_of(&s), Some(((a * 10 + d) * 10_000_000) as f64), "{}", s);
    }

    #[test]
    fn decimals_and_per_cent_read_back(int in 0u64..10_000, frac in "[0-9]{1,4}", style in style()) {
        let int_cn = if int == 0 { "零".to_owned() } else { render(int, style) };
        let frac_cn: String = frac.chars().map(|c| style.digit(u64::from(c.to_digit(10).unwrap_or(0)))).collect();
        let want = decimal(int, &frac);
        prop_assert_eq!(value_of(&format!("{int_cn}点{frac_cn}")), Some(want), "{}点{}", int_cn, frac_cn);
        let pct = parse_number(&format!("百分之{int_cn}点{frac_cn}"));
        prop_assert_eq!(pct.map(|n| (n.value, n.unit)), Some((Some(want), Some("%"))));
        let pct = parse_number(&format!("百分之{int}.{frac}"));
        prop_assert_eq!(pct.map(|n| (n.value, n.unit)), Some((Some(want), Some("%"))));
        let neg = parse_number(&format!("负{int_cn}点{frac_cn}")).and_then(|n| n.value);
        prop_assert_eq!(neg, Some(-want));
        let neg = parse_number(&format!("-{int}.{frac}")).and_then(|n| n.value);
        prop_assert_eq!(neg, Some(-want));
    }

    #[test]
    fn fractions_read_back(den in 2u64..10_000, num in 1u64..10_000, whole in 1u64..1000, style in style()) {
        let s = format!("{}分之{}", render(den, style), render(num, style));
        prop_assert_eq!(value_of(&s), Some(round15(num as f64 / den as f64)), "{}", s);
        let s = format!("{}又{}分之{}", render(whole, style), render(den, style), render(num, style));
        let want = round15((whole * den + num) as f64 / den as f64);
        prop_assert_eq!(value_of(&s), Some(want), "{}", s);
        let s = format!("千分之{}", render(num, style));
        prop_assert_eq!(parse_number(&s).map(|n| (n.value, n.unit)), Some((Some(num as f64), Some("‰"))), "{}", s);
    }

    #[test]
    fn arabic_numbers_with_separators_read_back(n in 1u64..1_000_000_000_000, full_width in any::<bool>(), cents in 0u64..100) {
        let s = arabic(n, full_width, true);
        prop_assert_eq!(value_of(&s), Some(n as f64), "{}", s);
        let s = format!("{}.{cents:02}", arabic(n, full_width, true));
        prop_assert_eq!(value_of(&s), Some(decimal(n, &format!("{cents:02}"))), "{}", s);
    }

    #[test]
    fn ranges_read_back(a in 1u64..1000, span in 1u64..1000, style in style(), unit in prop::sample::select(vec![("万", 10_000u64), ("亿", 100_000_000)])) {
        let b = a + span;
        let (u, m) = unit;
        // 两到三万, 一百二十到一百五十万: the multiplier is shared; when the upper number is one
        // digit and a small unit (六百万) and the lower no larger than that digit, the small
        // unit is shared too (四到六百万 is 4–6 百万).
        let s = format!("{}到{}{u}", render(a, style), render(b, style));
        let n = parse_number(&s);
        let k = trailing_zeros(b);
        let wide = k > 0 && b / 10u64.pow(k) < 10 && a <= b / 10u64.pow(k);
        let lower = if wide { a * 10u64.pow(k) * m } else { a * m };
        prop_assert_eq!(n.map(|n| (n.value, n.value_max)), Some((Some(lower as f64), Some((b * m) as f64))), "{}", s);
        let s = format!("{a}-{b}{u}");
        let n = parse_number(&s);
        prop_assert_eq!(n.map(|n| (n.value, n.value_max)), Some((Some((a * m) as f64), Some((b * m) as f64))), "{}", s);
    }

    #[test]
    fn adjacent_numerals_are_ranges(d in 1u64..9, unit in prop::sample::select(vec![("十", 10u64), ("百", 100), ("千", 1000), ("万", 10_000), ("亿", 100_000_000)])) {
        let (u, m) = unit;
        let s = format!("{}{}{u}", DIGITS[d as usize], DIGITS[d as usize + 1]);
        let n = parse_number(&s);
        prop_assert_eq!(n.map(|n| (n.value, n.value_max)), Some((Some((d * m) as f64), Some(((d + 1) * m) as f64))), "{}", s);
        // 十五六: the pair in the ones.
        let s = format!("十{}{}", DIGITS[d as usize], DIGITS[d as usize + 1]);
        if d != 4 {
            let n = parse_number(&s);
            prop_assert_eq!(n.map(|n| (n.value, n.value_max)), Some((Some((10 + d) as f64), Some((11 + d) as f64))), "{}", s);
        }
    }

    #[test]
    fn tenths_read_back(d in 2u64..10, half in any::<bool>()) {
        let s = format!("{}成{}", DIGITS[d as usize], if half { "半" } else { "" });
        let want = (d * 10 + if half { 5 } else { 0 }) as f64;
        prop_assert_eq!(parse_number(&s).map(|n| (n.value, n.unit)), Some((Some(want), Some("%"))), "{}", s);
        let s = format!("{}{}折", DIGITS[d as usize], DIGITS[(d as usize + 3) % 10]);
        let want = (d * 10 + (d + 3) % 10) as f64;
        prop_assert_eq!(parse_number(&s).map(|n| (n.value, n.unit)), Some((Some(want), Some("%"))), "{}", s);
    }

    /// Any text: no panic; a value only for a number read whole (never a prefix of a run of
    /// numeral characters), and the same value when that number is read alone.
    #[test]
    fn arbitrary_text_never_gives_a_partial_value(chars in prop::collection::vec(
        prop::sample::select("〇零一二两兩三四五六七八九十百千万亿兆廿壹贰拾佰仟萬億0123456789０５.．点分之又成折半余多几数负-到至，,%是的人元".chars().collect::<Vec<_>>()),
        0..40,
    )) {
        let text: String = chars.into_iter().collect();
        for (at, _) in text.char_indices() {
            let Some((end, n)) = read_number(&text, at) else { continue };
            prop_assert!(end > at && text.is_char_boundary(end));
            for v in [n.value, n.value_max].into_iter().flatten() {
                prop_assert!(v.is_finite());
            }
            if n.value.is_some() {
                prop_assert!(!n.unreadable);
                let next = text[end..].chars().next();
                let prev_end = text[..end].chars().next_back();
                // A unit word may start with a numeral (5万千瓦, 3百分点): the number ends there.
                let unit_word = ["百分点", "千米", "千克", "千瓦", "千伏", "千分之", "万分之", "百分之", "兆"]
                    .iter()
                    .any(|w| text[end..].starts_with(w));
                let stops_inside =
                    next.is_some_and(is_cn_numeral_char) && prev_end.is_some_and(is_cn_numeral_char) && !unit_word;
                prop_assert!(!stops_inside, "{:?} read only up to {} ({:?})", text, end, n);
                prop_assert_eq!(parse_number(&text[at..end]).map(|m| m.value), Some(n.value), "{:?}", &text[at..end]);
            }
        }
    }
}

#[test]
fn unreadable_numbers_have_no_value() {
    for s in ["一二三四五六七八九十百千", "十十", "三二十", "九千九百九十九兆兆", &"九".repeat(40), &"1".repeat(40)]
    {
        let n = parse_number(s);
        assert!(n.is_some_and(|n| n.unreadable && n.value.is_none()), "{s}: {n:?}");
    }
    // A big unit with no digit before it is no number at all.
    for s in ["万", "万万", "亿元"] {
        assert_eq!(parse_number(s), None, "{s}");
    }
}
