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
