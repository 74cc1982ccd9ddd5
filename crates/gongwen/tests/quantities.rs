//! Quantities beyond the conformance cases: change phrases, modality, deadlines,
//! numeral round trips and hostile input (issue 4).

use gongwen::{ChangeRole, Comparator, Direction, Modality, Quantity, QuantityKind};
use proptest::prelude::*;

fn figures(text: &str) -> Vec<(String, Quantity)> {
    let doc = gongwen::parse(text);
    doc.quantities()
        .filter(|q| q.kind == QuantityKind::Quantity)
        .map(|q| (text[q.span].to_owned(), q.clone()))
        .collect()
}

#[test]
fn change_from_to() {
    let f = figures("将寄宿生补助范围由40%提高到60%。\n");
    assert_eq!(f.len(), 2);
    let a = f[0].1.change.expect("from");
    let b = f[1].1.change.expect("to");
    assert_eq!((a.role, a.direction), (ChangeRole::From, Direction::Up));
    assert_eq!((b.role, b.direction), (ChangeRole::To, Direction::Up));
    assert_eq!((b.from, b.to), (Some(40.0), Some(60.0)));
    assert_eq!((a.from, a.to), (Some(40.0), Some(60.0)));
}

#[test]
fn change_by_and_down() {
    let f = figures("单位GDP能耗下降13.5%，粮食产量增长2个百分点。\n");
    let a = f[0].1.change.expect("down");
    assert_eq!((a.role, a.direction), (ChangeRole::By, Direction::Down));
    let b = f[1].1.change.expect("up");
    assert_eq!((b.role, b.direction), (ChangeRole::By, Direction::Up));
}

#[test]
fn change_across_a_comparator() {
    // 年均增长超过18% (政府工作报告), 增加近1倍, 再降低不超过三个百分点 (bench): the comparator the
    // figure took stands between the verb and the number.
    let f = figures("年均增长超过18%，增加近1倍，可以再降低不超过三个百分点。\n");
    let dirs: Vec<_> = f.iter().map(|x| x.1.change.map(|c| (c.role, c.direction))).collect();
    let (up, down) = (Some((ChangeRole::By, Direction::Up)), Some((ChangeRole::By, Direction::Down)));
    assert_eq!(dirs, vec![up, up, down]);
    assert_eq!(f[0].1.comparator, Comparator::Gt);
}

#[test]
fn no_change_without_verb() {
    let f = figures("新建幼儿园8所。\n");
    assert!(f[0].1.change.is_none());
}

#[test]
fn modality_of_clause() {
    let f = figures("确保入园率达到95%以上。力争新建学校3所。原则上每班不超过45人。预计增长6%左右。\n");
    let m: Vec<_> = f.iter().map(|x| x.1.modality).collect();
    assert_eq!(
        m,
        vec![Some(Modality::Ensure), Some(Modality::Strive), Some(Modality::InPrinciple), Some(Modality::Expected)]
    );
    let f = figures("新建学校3所。\n");
    assert_eq!(f[0].1.modality, None);
}

#[test]
fn deadline_of_clause() {
    let text = "到2025年，学前教育毛入园率达到95%，普惠率达到85%。2024年底前建成5所。新建学校3所。\n";
    let f = figures(text);
    assert_eq!(f.len(), 4);
    let d: Vec<_> = f.iter().map(|x| x.1.deadline.map(|d| text[d.span].to_owned())).collect();
    assert_eq!(d, vec![Some("2025年".into()), Some("2025年".into()), Some("2024年底".into()), None]);
    assert_eq!(f[0].1.deadline.and_then(|d| d.year), Some(2025));
}

#[test]
fn year_alone_is_no_deadline() {
    let f = figures("2024年新建学校3所。\n");
    assert_eq!(f[0].1.deadline, None);
}

#[test]
fn export_rows_carry_clause_fields() {
    let doc = gongwen::parse("确保到2025年比例由40%提高到60%。\n");
    let rows = gongwen::export::quantity_rows(&doc);
    let q: Vec<_> = rows.iter().filter(|r| r.kind == "quantity").collect();
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].change, Some("to"));
    assert_eq!(q[1].change_direction, Some("up"));
    assert_eq!(q[1].change_from, Some(40.0));
    assert_eq!(q[1].modality, Some("ensure"));
    assert_eq!(q[1].deadline.as_deref(), Some("2025年"));
    assert_eq!(q[1].deadline_year, Some(2025));
}

#[test]
fn comparator_inclusivity() {
    let f = figures("处五日以上十日以下拘留；不满十八周岁；超过三十日；以内五公里。\n");
    let c: Vec<_> = f.iter().map(|x| x.1.comparator).collect();
    assert_eq!(c, vec![Comparator::Range, Comparator::Lt, Comparator::Gt, Comparator::Eq]);
}

#[test]
fn hostile_input_is_linear_and_valueless() {
    let digits = "1".repeat(1_000_000);
    let text = format!("{digits}个{}", "一".repeat(200_000));
    let t = std::time::Instant::now();
    let doc = gongwen::parse(&text);
    assert!(t.elapsed().as_secs() < 10);
    assert!(doc.quantities().all(|q| q.value.is_none_or(f64::is_finite)));
    assert!(doc.quantities().filter(|q| q.kind == QuantityKind::Quantity).all(|q| q.span.len() < 1000));
    // Numbers beyond f64.
    let big = format!("{}亿亿元", "9".repeat(30));
    let doc = gongwen::parse(&big);
    assert!(doc.quantities().all(|q| q.value.is_none_or(f64::is_finite)));
    let many = "1-".repeat(100_000) + &"x".repeat(100_000) + &"一万元以上".repeat(20_000);
    let t = std::time::Instant::now();
    let _ = gongwen::parse(&many);
    assert!(t.elapsed().as_secs() < 10);
}

/// Renders `n` (< 10^8) in Chinese the way documents write it.
fn to_chinese(n: u64) -> String {
    const D: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    fn below_wan(n: u64, out: &mut String, leading: bool) {
        let units = [(1000, '千'), (100, '百'), (10, '十')];
        let mut zero = false;
        let mut started = !leading;
        for (u, c) in units {
            let d = (n / u) % 10;
            if d == 0 {
                if started {
                    zero = true;
                }
                continue;
            }
            if zero {
                out.push('零');
                zero = false;
            }
            if !(u == 10 && d == 1 && !started) {
                out.push(D[d as usize]);
            }
            out.push(c);
            started = true;
        }
        let d = n % 10;
        if d != 0 {
            let gap = zero || (started && n % 100 < 10 && n >= 10 && !out.ends_with('零')) && n % 100 != 0;
            if gap && !out.ends_with('零') && (n % 100) < 10 {
                out.push('零');
            }
            out.push(D[d as usize]);
        }
    }
    if n == 0 {
        return "零".into();
    }
    let mut s = String::new();
    let wan = n / 10_000;
    let rest = n % 10_000;
    if wan > 0 {
        below_wan(wan, &mut s, true);
        s.push('万');
        if rest > 0 && rest < 1000 {
            s.push('零');
        }
        if rest > 0 {
            below_wan(rest, &mut s, false);
        }
    } else {
        below_wan(rest, &mut s, true);
    }
    s
}

#[test]
fn rendering_examples() {
    assert_eq!(to_chinese(3500), "三千五百");
    assert_eq!(to_chinese(12000), "一万二千");
    assert_eq!(to_chinese(21), "二十一");
    assert_eq!(to_chinese(105), "一百零五");
}

proptest! {
    #[test]
    fn chinese_numeral_round_trip(n in 2u64..100_000_000) {
        let text = format!("新建{}所学校。\n", to_chinese(n));
        let f = figures(&text);
        prop_assert_eq!(f.len(), 1, "{}", text);
        prop_assert_eq!(f[0].1.value, Some(n as f64), "{}", text);
        prop_assert_eq!(f[0].1.unit.as_deref(), Some("所"));
    }

    #[test]
    fn arabic_round_trip(n in 0u64..10_000_000_000, frac in 0u32..100) {
        let text = format!("投入{n}.{frac:02}万元。\n");
        let f = figures(&text);
        prop_assert_eq!(f.len(), 1, "{}", text);
        let want = format!("{n}.{frac:02}").parse::<f64>().unwrap() * 10_000.0;
        let got = f[0].1.value.unwrap();
        prop_assert!((got - want).abs() <= want.abs() * 1e-12, "{} {} {}", text, got, want);
    }

    #[test]
    fn any_text_parses_without_panic(s in "\\PC{0,200}") {
        let doc = gongwen::parse(&s);
        for q in doc.quantities() {
            prop_assert!(s.get(q.span.range()).is_some());
        }
    }
}
