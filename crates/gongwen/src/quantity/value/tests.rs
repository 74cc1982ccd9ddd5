use super::*;

fn read(text: &str) -> Option<Number> {
    let c = text.chars().next()?;
    let mut n = if c.is_ascii_digit() || ('０'..='９').contains(&c) {
        arabic(text, 0).ok()?
    } else {
        chinese(text, 0).ok()?
    };
    tail(text, &mut n);
    Some(n)
}

#[test]
fn arabic_forms() {
    let n = arabic("1,200人", 0).ok();
    assert_eq!(n.and_then(|n| n.raw), Some(1200.0));
    let n = read("2.4万人次");
    assert_eq!(n.and_then(|n| n.value()), Some(24000.0));
    assert_eq!(n.and_then(|n| n.mult), Some(1e4));
    assert_eq!(read("１２．５").and_then(|n| n.raw), Some(12.5));
    assert!(arabic(&"9".repeat(100), 0).is_ok_and(|n| n.raw.is_none() && n.unreadable.is_some()));
    assert_eq!(read("1.1亿元").and_then(|n| n.value()), Some(110_000_000.0));
    assert_eq!(read("3万4000元").map(|n| (n.value(), n.mult)), Some((Some(34000.0), Some(1e4))));
    assert_eq!(read("300多万").map(|n| (n.value(), n.approx)), Some((Some(3e6), true)));
    assert_eq!(read("1500余人").map(|n| (n.value(), n.approx)), Some((Some(1500.0), true)));
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
    let n = read("百分之三十");
    assert_eq!(n.map(|n| (n.raw, n.implied_unit)), Some((Some(30.0), Some("%"))));
    assert_eq!(read("二分之一").and_then(|n| n.raw), Some(0.5));
    assert_eq!(read("一万二千").and_then(|n| n.value()), Some(12000.0));
    assert_eq!(read("一百五十万").map(|n| (n.raw, n.mult)), Some((Some(150.0), Some(1e4))));
    assert_eq!(read("八九亿").map(|n| (n.value(), n.upper().and_then(|u| u.value()))), Some((Some(8e8), Some(9e8))));
    assert_eq!(read("三成半").map(|n| (n.raw, n.implied_unit, n.form)), Some((Some(35.0), Some("%"), Form::Fraction)));
    assert!(chinese("十四五", 0).is_err(), "a plan name");
    assert!(chinese("千千万万", 0).is_err());
    assert!(read("一二三四五六七八九十百千元").is_some_and(|n| n.raw.is_none() && n.unreadable.is_some()));
}

#[test]
fn signs() {
    let t = "增长率为-3.9%";
    assert_eq!(sign_before(t, t.find('3').unwrap_or(0)), Some("增长率为".len()));
    let t = "降低企业税负5700亿元";
    assert_eq!(sign_before(t, t.find('5').unwrap_or(0)), None);
    let t = "5-10";
    assert_eq!(sign_before(t, 2), None);
    let t = "（-168.8℃）";
    assert_eq!(sign_before(t, t.find('1').unwrap_or(0)), Some("（".len()));
}
