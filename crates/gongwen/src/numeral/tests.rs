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

/// The single-digit path of `cn_int` reads what the chain reads, for every numeral
/// character before every kind of character that may follow it.
#[test]
fn single_digit_path_agrees_with_the_chain() {
    let numerals: Vec<char> = (0..=0xFFFF).filter_map(char::from_u32).filter(|&c| is_cn_numeral_char(c)).collect();
    let after = ["", "、", "是", "）", "十", "百", "万", "点五", "1", "a", "\n", "𠀀", "两", "〇"];
    for c in &numerals {
        for a in after {
            let s = format!("{c}{a}");
            let by_chain = chain::read(&s, 0, None, chain::Mode::CHINESE)
                .and_then(|ch| Some((s.get(ch.end..)?, integer(ch.value.ok()?)?)));
            assert_eq!(cn_int(&s), by_chain, "{s}");
        }
    }
}
