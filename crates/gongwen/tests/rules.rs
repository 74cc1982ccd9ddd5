//! The cases written beside the quantity stage's rules (`src/quantity/rules/`), checked
//! through `gongwen::parse`.
//!
//! Each rule's doc comment lists its cases, one per line:
//!
//! ```text
//! /// case: TEXT => FIGURE KIND [VALUE UNIT COMPARATOR]
//! ```
//!
//! TEXT is one line; `\n` in it (and in FIGURE) stands for a line break. FIGURE is the exact text of the
//! figure reported, spaces and all (a row whose text is FIGURE, of kind KIND); KIND `none`
//! means that no figure overlaps the first occurrence of FIGURE in TEXT. For KIND `quantity`, VALUE is `3`, `1..3` (value and value_max) or `null`, UNIT the unit
//! or `-`, COMPARATOR `eq`, `ge` …. Every rule the ordered lists of `rules/mod.rs` call must
//! have at least two cases.
//!
//! `tests/number_battery.txt` holds more cases in the same format, a battery written as other
//! number parsers' suites are (`number_battery_holds`), and its `missing:` lines: known gaps,
//! which must give no figure with another value.

use gongwen::export::{QuantityRow, quantity_rows};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

fn rules_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/quantity/rules")
}

/// The cases of every function of the rule files, by function name.
fn cases_by_rule() -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for entry in fs::read_dir(rules_dir()).expect("rules/ is readable").flatten() {
        let src = fs::read_to_string(entry.path()).expect("a rule file is UTF-8");
        let mut pending = Vec::new();
        for line in src.lines().map(str::trim) {
            if let Some(case) = line.strip_prefix("/// case:") {
                pending.push(case.trim().to_owned());
            } else if let Some(name) = fn_name(line) {
                if !pending.is_empty() {
                    out.entry(name).or_default().append(&mut pending);
                }
            } else if !line.starts_with("///") {
                pending.clear();
            }
        }
    }
    out
}

/// The name of the function a line declares, if it does.
fn fn_name(line: &str) -> Option<String> {
    let rest = line.strip_prefix("pub(super) fn ").or_else(|| line.strip_prefix("fn "))?;
    Some(rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect())
}

/// The rules the ordered lists of `rules/mod.rs` call (`module::rule(`), in order.
fn rules_called() -> Vec<String> {
    let src = fs::read_to_string(rules_dir().join("mod.rs")).expect("rules/mod.rs is readable");
    let modules: Vec<String> =
        src.lines().filter_map(|l| l.trim().strip_prefix("mod ").map(|m| m.trim_end_matches(';').to_owned())).collect();
    let mut out = Vec::new();
    for line in src.lines().map(str::trim).filter(|l| !l.starts_with("//")) {
        for m in &modules {
            let mut from = 0;
            while let Some(k) = line[from..].find(&format!("{m}::")) {
                let at = from + k + m.len() + 2;
                let name: String = line[at..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if line[at + name.len()..].starts_with('(') {
                    out.push(name);
                }
                from = at;
            }
        }
    }
    out
}

#[test]
fn every_rule_has_two_cases() {
    let cases = cases_by_rule();
    let called = rules_called();
    assert!(called.len() > 30, "the rule lists are read: {called:?}");
    let thin: Vec<String> = called
        .iter()
        .filter(|r| cases.get(*r).is_none_or(|c| c.len() < 2))
        .map(|r| format!("{r}: {} cases", cases.get(r).map_or(0, Vec::len)))
        .collect();
    assert!(thin.is_empty(), "rules with fewer than two cases:\n{}", thin.join("\n"));
}

/// The text of a case with its escapes written out: `\n` a line break, `\u{E010}` the character
/// of that code point (a private-use glyph of a PDF copy, invisible in a doc comment).
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s.replace("\\n", "\n");
    while let Some(i) = rest.find("\\u{") {
        let code =
            rest[i + 3..].split_once('}').and_then(|(h, _)| u32::from_str_radix(h, 16).ok().map(|c| (h.len(), c)));
        let Some((len, c)) = code.and_then(|(len, c)| char::from_u32(c).map(|c| (len, c))) else { break };
        out.push_str(&rest[..i]);
        out.push(c);
        rest = rest[i + 4 + len..].to_string();
    }
    out.push_str(&rest);
    out
}

/// Checks one case; `Err` says what is wrong.
fn check(case: &str) -> Result<(), String> {
    let (text, expect) = case.split_once(" => ").ok_or("no ` => `")?;
    let fields: Vec<&str> = expect.split_whitespace().collect();
    // FIGURE may hold spaces (`2023 年12 月19 日`): KIND is the first later field in
    // lower-case ASCII letters and `_`.
    let is_kind = |f: &&str| f.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
    let k = fields.iter().skip(1).position(is_kind).ok_or("no kind")? + 1;
    let (figure, kind) = (fields[..k].join(" "), fields[k]);
    // `\n` in TEXT and in FIGURE stands for a line break, `\u{E010}` for that character.
    let figure = unescape(&figure);
    let figure = figure.as_str();
    let text = format!("{}\n", unescape(text));
    let rows = quantity_rows(&gongwen::parse(&text));
    let listed = || rows.iter().map(|r| format!("{} {}", r.text, r.kind)).collect::<Vec<_>>().join(", ");
    if kind == "none" {
        let at = text.find(figure).ok_or("FIGURE is not in TEXT")?;
        let (s, e) = (at, at + figure.len());
        return match rows.iter().find(|r| (r.byte_start as usize) < e && s < r.byte_end as usize) {
            Some(r) => Err(format!("expected no figure over {figure}, got {} {}", r.text, r.kind)),
            None => Ok(()),
        };
    }
    let row = rows
        .iter()
        .find(|r| r.text == figure && r.kind == kind)
        .ok_or_else(|| format!("expected {figure} {kind}, got [{}]", listed()))?;
    if kind == "quantity" {
        check_quantity(row, fields.get(k + 1..).unwrap_or(&[]))?;
    }
    Ok(())
}

fn check_quantity(row: &QuantityRow, fields: &[&str]) -> Result<(), String> {
    let [value, unit, comparator] = fields else { return Err("a quantity needs VALUE UNIT COMPARATOR".into()) };
    let number = |s: &str| if s == "null" { Ok(None) } else { s.parse::<f64>().map(Some).map_err(|e| e.to_string()) };
    let (lo, hi) = match value.split_once("..") {
        Some((a, b)) => (number(a)?, number(b)?),
        None => (number(value)?, None),
    };
    let unit = (*unit != "-").then_some(*unit);
    let got = (row.value, row.value_max, row.unit.as_deref(), row.comparator);
    if got == (lo, hi, unit, *comparator) { Ok(()) } else { Err(format!("got {got:?}")) }
}

#[test]
fn rule_cases_hold() {
    let mut failures = Vec::new();
    let mut count = 0;
    for (rule, cases) in cases_by_rule() {
        for case in cases {
            count += 1;
            if let Err(e) = check(&case) {
                failures.push(format!("{rule}: {case}\n    {e}"));
            }
        }
    }
    assert!(count > 60, "the cases are read: {count}");
    assert!(failures.is_empty(), "{} of {count} rule cases fail:\n{}", failures.len(), failures.join("\n"));
}

/// The lines of `tests/number_battery.txt`: (`case` or `missing`, the case after the tag).
fn battery_lines() -> Vec<(&'static str, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/number_battery.txt");
    let src = fs::read_to_string(path).expect("tests/number_battery.txt is readable");
    src.lines()
        .filter_map(|l| {
            let (tag, case) = l.split_once(": ")?;
            ["case", "missing"].into_iter().find(|t| *t == tag).map(|t| (t, case.trim().to_owned()))
        })
        .collect()
}

/// True when a quantity row over the first occurrence of FIGURE in the case's TEXT has a
/// value other than the case's (a `missing:` case may give less, never another value).
fn gives_another_value(case: &str) -> Result<bool, String> {
    let (text, expect) = case.split_once(" => ").ok_or("no ` => `")?;
    let fields: Vec<&str> = expect.split_whitespace().collect();
    let k = fields.iter().position(|f| *f == "quantity").ok_or("a missing case is a quantity")?;
    let figure = unescape(&fields[..k].join(" "));
    let value = fields.get(k + 1).ok_or("no VALUE")?;
    let (lo, hi) = value.split_once("..").map_or((*value, None), |(a, b)| (a, Some(b)));
    let number = |s: &str| s.parse::<f64>().map_err(|e| e.to_string());
    let (lo, hi) = (number(lo)?, hi.map(number).transpose()?);
    let text = format!("{}\n", unescape(text));
    let at = text.find(&figure).ok_or("FIGURE is not in TEXT")?;
    let (s, e) = (at, at + figure.len());
    let rows = quantity_rows(&gongwen::parse(&text));
    Ok(rows
        .iter()
        .filter(|r| r.kind == "quantity" && (r.byte_start as usize) < e && s < r.byte_end as usize)
        .any(|r| r.value.is_some_and(|v| v != lo || r.value_max != hi)))
}

#[test]
fn number_battery_holds() {
    let mut failures = Vec::new();
    let (mut right, mut missing) = (0, 0);
    for (tag, case) in battery_lines() {
        match (tag, check(&case)) {
            ("case", Ok(())) => right += 1,
            ("case", Err(e)) => failures.push(format!("case: {case}\n    {e}")),
            (_, Ok(())) => failures.push(format!("missing: {case}\n    holds now: make it a case")),
            (_, Err(_)) => match gives_another_value(&case) {
                Ok(false) => missing += 1,
                Ok(true) => failures.push(format!("missing: {case}\n    gives another value")),
                Err(e) => failures.push(format!("missing: {case}\n    {e}")),
            },
        }
    }
    println!("number battery: {right} right, {missing} missing");
    assert!(right > 400, "the battery is read: {right}");
    assert!(failures.is_empty(), "{} battery cases fail:\n{}", failures.len(), failures.join("\n"));
}
