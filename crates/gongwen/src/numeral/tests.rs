use super::*;

fn value(s: &str) -> Option<f64> {
    parse_number(s).and_then(|n| n.value)
}

#[test]
fn readings() {
    assert_eq!(cn_value("三千五百"), Some(3500), "grouped");
    assert_eq!(cn_value("二〇二四"), Some(2024), "positional");
    assert_eq!(cn_value("二三"), Some(23), "two digits read positionally");
    assert_eq!(cn_value("三二十"), None, "two digits before a unit");
    assert_eq!(cn_value("十十"), None, "a unit repeated");
    assert_eq!(cn_value("九".repeat(21).as_str()), None, "positional overflow");
    assert_eq!(cn_value("三是"), None, "a character that is no numeral");
    assert_eq!(cn_int("三十三条"), Some(("条", 33)), "the run stops at the first other character");
    assert_eq!(value("两千四百五"), Some(2450.0));
}

#[test]
fn every_numeral_that_starts_a_number_is_a_figure_candidate() {
    // 兆 never starts one (兆瓦 is a unit), nor do the rare 幺 and Ｏ (inside numbers only).
    for c in (0..=0x10FFFF).filter_map(char::from_u32).filter(|&c| is_cn_numeral_char(c)) {
        let starts = !matches!(c, '兆' | '幺' | 'Ｏ');
        assert_eq!(crate::lexicon::chars::FIGURE_CJK.contains(c), starts, "{c}");
    }
}

#[test]
fn ascii_bytes_are_no_numerals() {
    // "840" read as one 3-byte character would be U+8D30 贰.
    assert_eq!(value("1万8400"), Some(18400.0));
    assert_eq!(value("3万4000"), Some(34000.0));
}

/// `n` (1..=999) written the standard way: 七, 十二, 二十, 三百零五, 九百九十九.
fn standard(n: u64) -> String {
    let d = |k: u64| "零一二三四五六七八九".chars().nth(k as usize).map(String::from).unwrap_or_default();
    let (h, t, u) = (n / 100, n / 10 % 10, n % 10);
    let mut s = String::new();
    if h > 0 {
        s += &d(h);
        s += "百";
        if t == 0 && u > 0 {
            s += "零";
        }
    }
    if t > 0 {
        if h > 0 || t > 1 {
            s += &d(t);
        }
        s += "十";
    }
    if u > 0 {
        s += &d(u);
    }
    s
}

/// What the numeral chain reads at the start of `s`, as [`cn_int`] gives it.
fn chain_int(s: &str) -> Option<(&str, u64)> {
    chain::read(s, 0, None, chain::Mode::CHINESE).and_then(|c| Some((s.get(c.end..)?, integer(c.value.ok()?)?)))
}

#[test]
fn plain_integers_read_as_the_chain_reads_them() {
    let ends = ["", "条", "、", "）", "是", "月", "年", "x", "5", ".", "é", "𠀀", "点", "余", "多", "之", "分"];
    for n in 1..=999 {
        // 一十二 as well as 十二.
        let forms =
            if (10..20).contains(&n) { vec![standard(n), format!("一{}", standard(n))] } else { vec![standard(n)] };
        for form in forms {
            for end in ends {
                // A numeral after the end, which the reading must not reach.
                let s = if end.is_empty() { form.clone() } else { format!("{form}{end}五") };
                assert_eq!(plain_cn_int(&s), Some(chain_int(&s)), "{s}");
                assert_eq!(cn_int(&s).map(|(_, v)| v), Some(n), "{s}");
            }
        }
    }
}

#[test]
fn the_chain_and_the_plain_reading_stop_at_the_same_characters() {
    for c in (0..=0xFFFF).filter_map(char::from_u32) {
        let s = format!("十二{c}");
        if let Some(plain) = plain_cn_int(&s) {
            assert_eq!(plain, chain_int(&s), "{s}");
        }
        let s = format!("{c}十");
        if let Some(plain) = plain_cn_int(&s) {
            assert_eq!(plain, chain_int(&s), "{s}");
        }
    }
}

proptest::proptest! {
    #[test]
    fn plain_integers_agree_with_the_chain(parts in proptest::collection::vec(0usize..27, 0..9)) {
        let pieces = ["一", "二", "九", "十", "百", "零", "两", "千", "万", "条", "、", "）", "是", "月", "余", "多", "点", "5", "〇", "年", "廿", "拾", "亿", "a", "壹", "佰", "兆"];
        let s: String = parts.iter().filter_map(|&k| pieces.get(k).copied()).collect();
        if let Some(plain) = plain_cn_int(&s) {
            proptest::prop_assert_eq!(plain, chain_int(&s), "{}", s);
        }
    }
}

#[test]
fn a_numeral_before_a_position_is_read_off_its_bytes() {
    // Every character before every char boundary: ASCII, 2-, 3- and 4-byte ones.
    for c in (0..=0x1_FFFF)
        .filter_map(char::from_u32)
        .filter(|c| c.len_utf8() != 3 || (*c as u32) % 7 == 0 || is_cn_numeral_char(*c))
    {
        for before in ["", "a", "一", "é"] {
            let s = format!("{before}{c}");
            let decoded = s.chars().next_back().is_some_and(is_cn_numeral_char);
            assert_eq!(cn_numeral_before(s.as_bytes(), s.len()), decoded, "{s:?}");
        }
    }
    assert!(!cn_numeral_before(b"", 0) && !cn_numeral_before("a".as_bytes(), 1));
}

#[test]
fn tenths_with_a_digit_after_cheng() {
    let read = |s: &str| parse_number(s).map(|n| (n.value, n.unit, n.approx));
    assert_eq!(read("三成五"), Some((Some(35.0), Some("%"), false)), "Recognizers-Text: 五成五 = 55 %");
    assert_eq!(read("两成多"), Some((Some(20.0), Some("%"), true)));
    assert_eq!(read("三成余"), Some((Some(30.0), Some("%"), true)));
    // A digit after 十成 or before a word cannot be read whole: never 十成 or 三成 alone.
    assert_eq!(parse_number("十成五"), None);
    assert_eq!(read_number("三成五年", 0).map(|(end, _)| end), Some("三".len()));
    assert_eq!(read_number("二成一〇", 0).map(|(end, _)| end), Some("二".len()), "a numeral after the digit");
}
