//! Properties that hold for every input (proptest over arbitrary strings): `parse` returns,
//! the segments tile the input, the tree is well nested, char offsets in the flat exports
//! slice what the byte offsets slice, the JSON export round-trips; and Chinese numerals
//! read back the number they were rendered from.
//!
//! Failing inputs that proptest shrinks are saved under `proptest-regressions/` and replayed
//! first on every run; keep that folder under version control.

mod common;

use common::render_cn;
use gongwen::numeral::{cn_int, cn_value};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

/// Pieces that make up the "marker-ish" inputs: numerals, marker punctuation, sentence ends,
/// line breaks of every kind, spaces, units and placeholders, so that random strings hit the
/// outline and quantity grammars far more often than uniformly random text does.
const PIECES: &[&str] = &[
    "一",
    "二",
    "三",
    "十",
    "、",
    "（",
    "）",
    "(",
    ")",
    "1",
    "2",
    "3",
    "4",
    ".",
    "．",
    "①",
    "②",
    "第",
    "章",
    "条",
    "节",
    "编",
    "部分",
    "是",
    "。",
    "！",
    "？",
    "：",
    "；",
    "，",
    "\n",
    "\r\n",
    "\r",
    " ",
    "\u{3000}",
    "\t",
    "0",
    "5",
    "9",
    "万",
    "亿",
    "%",
    "个",
    "所",
    "x",
    "X",
    "*",
    "**",
    "XX",
    "元",
    "人",
    "年",
    "以上",
    "不少于",
    "约",
    "左右",
    "-",
    "—",
    "至",
    "附件",
    "附件1",
    "目录",
    "注：",
    "【",
    "】",
    "一是",
    "二是",
    "（一）",
    "（二十四）",
    "1.2",
    "1.2.1",
    "六.",
    "⒈",
    "１",
    "．",
    "/",
    "28",
    "第1页",
    "\u{feff}",
    "\u{200f}",
    "\u{301}",
    "\0",
    "２０２４",
    "百",
    "千",
    "零",
    "两",
    "〇",
    "“",
    "”",
];

fn marker_ish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|v| v.concat())
}

/// Lines that look like document lines: an optional indent, a marker, a heading, a body.
fn document_like() -> impl Strategy<Value = String> {
    let marker = prop::sample::select(
        &[
            "一、",
            "二、",
            "三、",
            "十一、",
            "（一）",
            "（二）",
            "(三)",
            "1.",
            "2.",
            "3、",
            "（1）",
            "(2)",
            "①",
            "②",
            "第一章",
            "第二章",
            "第一节",
            "第一条",
            "第二条",
            "第十条",
            "一是",
            "二是",
            "1.1",
            "1.2.1",
            "六.",
            "⒈",
            "１．",
            "",
        ][..],
    );
    let indent = prop::sample::select(&["", "", "　　", "    ", "\t"][..]);
    let body = prop::sample::select(
        &[
            "加强党的建设",
            "全年培训不少于2次。",
            "新建幼儿园8所，覆盖率达到95%以上。",
            "依照本法第十条的规定",
            "到2025年",
            "投入资金1.5亿元",
            "XX所",
            "；",
            "：",
            "。",
            "",
        ][..],
    );
    let line = (indent, marker, body.clone(), body).prop_map(|(i, m, b1, b2)| format!("{i}{m}{b1}{b2}"));
    let eol = prop::sample::select(&["\n", "\n", "\r\n", "\r", "\n\n", ""][..]);
    prop::collection::vec((line, eol), 0..30)
        .prop_map(|v| v.into_iter().map(|(l, e)| format!("{l}{e}")).collect::<String>())
}

/// 256 cases a property (about two seconds in a debug build); failures are kept in
/// `crates/gongwen/proptest-regressions/invariants.txt` (tests run in the crate folder).
/// `PROPTEST_CASES=100000 cargo test --release --test invariants` runs a long search.
fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct("proptest-regressions/invariants.txt"))),
        ..ProptestConfig::default()
    }
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let doc = gongwen::parse(text);
    let v = common::check_invariants(text, &doc);
    prop_assert!(v.is_empty(), "{}", common::report(&format!("parse({text:?})"), &v));
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    /// Any printable string (proptest's default string strategy).
    #[test]
    fn invariants_hold_for_arbitrary_strings(text in any::<String>()) {
        check(&text)?;
    }

    /// Any sequence of chars, control characters and line breaks included.
    #[test]
    fn invariants_hold_for_arbitrary_chars(chars in prop::collection::vec(any::<char>(), 0..200)) {
        let text: String = chars.into_iter().collect();
        check(&text)?;
    }

    /// Strings built from marker-ish pieces.
    #[test]
    fn invariants_hold_for_marker_ish_strings(text in marker_ish()) {
        check(&text)?;
    }

    /// Strings shaped like documents: indented marker lines with bodies.
    #[test]
    fn invariants_hold_for_document_like_strings(text in document_like()) {
        check(&text)?;
    }

    /// Every combination of options keeps the invariants; turning quantities or noise off
    /// removes exactly those.
    #[test]
    fn invariants_hold_for_every_option_combination(
        text in document_like(),
        flags in prop::array::uniform5(any::<bool>()),
    ) {
        let [outline, quantities, noise, inline, attachments] = flags;
        let opts = gongwen::ParseOptions::default()
            .with_outline(outline)
            .with_quantities(quantities)
            .with_noise(noise)
            .with_inline_enumerations(inline)
            .with_attachments(attachments);
        let doc = gongwen::parse_with(&text, &opts);
        let v = common::check_invariants(&text, &doc);
        prop_assert!(v.is_empty(), "{}", common::report(&format!("parse_with({text:?}, {opts:?})"), &v));
        prop_assert!(quantities || doc.quantities().len() == 0, "quantities off should give no quantities");
        prop_assert!(noise || doc.noise().len() == 0, "noise off should give no noise spans");
    }

    /// Line endings do not change the outline or the title: LF, CRLF and CR versions agree
    /// (titles compared with their line breaks normalised).
    #[test]
    fn line_endings_do_not_change_the_outline(text in document_like()) {
        let lf: String = text.replace("\r\n", "\n").replace('\r', "\n");
        let lf_doc = gongwen::parse(&lf);
        let want = common::outline_lines(&lf_doc);
        let want_title = lf_doc.title_text().map(normalise_breaks);
        for (name, variant) in [("crlf", lf.replace('\n', "\r\n")), ("cr", lf.replace('\n', "\r"))] {
            let doc = gongwen::parse(&variant);
            let got = common::outline_lines(&doc);
            prop_assert_eq!(&got, &want, "the {} version of {:?} should give the LF outline", name, lf);
            let got_title = doc.title_text().map(normalise_breaks);
            prop_assert_eq!(&got_title, &want_title, "the {} version of {:?} should give the LF title", name, lf);
        }
    }

    /// A BOM in front changes no outline line (the same markers, depths, ordinals, headings).
    #[test]
    fn a_bom_does_not_change_the_outline(text in document_like()) {
        let want = common::outline_lines(&gongwen::parse(&text));
        let with_bom = format!("\u{feff}{text}");
        let got = common::outline_lines(&gongwen::parse(&with_bom));
        prop_assert_eq!(got, want, "a BOM before {:?} should not change the outline", text);
    }

    /// Lossy decoding of arbitrary bytes parses and keeps the invariants on the decoded text.
    #[test]
    fn lossy_bytes_keep_the_invariants(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let doc = gongwen::Document::from_utf8_lossy(&bytes);
        let text = String::from_utf8_lossy(&bytes).into_owned();
        prop_assert_eq!(doc.text(), text.as_str(), "from_utf8_lossy should parse the lossy text");
        let v = common::check_invariants(&text, &doc);
        prop_assert!(v.is_empty(), "{}", common::report(&format!("from_utf8_lossy({bytes:?})"), &v));
        match std::str::from_utf8(&bytes) {
            Ok(_) => prop_assert!(gongwen::Document::from_utf8(&bytes).is_ok(), "valid UTF-8 should parse strictly"),
            Err(e) => prop_assert_eq!(
                gongwen::Document::from_utf8(&bytes).err(),
                Some(gongwen::Error::InvalidUtf8 { valid_up_to: e.valid_up_to() }),
                "strict parsing should report the first bad byte"
            ),
        }
    }

    /// Variant forms of Chinese numerals read back: 一十五 = 十五, 两 for 二, 壹贰 forms.
    #[test]
    fn numeral_variants_read_back(n in 1u64..100_000) {
        let plain = render_cn(n);
        prop_assert_eq!(cn_value(&plain), Some(n), "cn_value({}) should be {}", plain, n);
        let financial: String = plain.chars().map(financial_form).collect();
        prop_assert_eq!(cn_value(&financial), Some(n), "financial form {} should be {}", financial, n);
        if plain.starts_with('十') {
            let explicit = format!("一{plain}");
            prop_assert_eq!(cn_value(&explicit), Some(n), "{} should be {}", explicit, n);
        }
        if plain.starts_with('二') && plain.chars().nth(1).is_some_and(|c| matches!(c, '百' | '千' | '万')) {
            let liang = plain.replacen('二', "两", 1);
            prop_assert_eq!(cn_value(&liang), Some(n), "{} should be {}", liang, n);
        }
        // Followed by a non-numeral, cn_int reads exactly the numeral.
        let with_unit = format!("{plain}人次");
        prop_assert_eq!(cn_int(&with_unit), Some(("人次", n)), "cn_int should stop before the unit in {}", with_unit);
        // Positional digit strings (二〇二四): each digit in turn.
        if n >= 10 {
            let positional: String = n.to_string().chars().map(positional_digit).collect();
            prop_assert_eq!(cn_value(&positional), Some(n), "positional {} should be {}", positional, n);
        }
    }
}

fn normalise_breaks(s: &str) -> String {
    s.replace("\r\n", "\n").replace('\r', "\n")
}

fn financial_form(c: char) -> char {
    match c {
        '一' => '壹',
        '二' => '贰',
        '三' => '叁',
        '四' => '肆',
        '五' => '伍',
        '六' => '陆',
        '七' => '柒',
        '八' => '捌',
        '九' => '玖',
        '十' => '拾',
        '百' => '佰',
        '千' => '仟',
        other => other,
    }
}

fn positional_digit(c: char) -> char {
    ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'][c.to_digit(10).unwrap_or(0) as usize]
}

#[test]
fn the_renderer_writes_standard_numerals() {
    for (n, want) in [
        (1, "一"),
        (10, "十"),
        (15, "十五"),
        (20, "二十"),
        (105, "一百零五"),
        (110, "一百一十"),
        (1005, "一千零五"),
        (1010, "一千零一十"),
        (3500, "三千五百"),
        (10_000, "一万"),
        (10_010, "一万零一十"),
        (12_000, "一万二千"),
        (20_305, "二万零三百零五"),
        (99_999, "九万九千九百九十九"),
    ] {
        assert_eq!(render_cn(n), want, "the test renderer should write {n} as {want}");
    }
}

#[test]
fn every_number_below_100000_reads_back() {
    let mut wrong = Vec::new();
    for n in 1..100_000u64 {
        let s = render_cn(n);
        let got = cn_value(&s);
        if got != Some(n) && wrong.len() < 20 {
            wrong.push(format!("{s} → {got:?} (want {n})"));
        }
    }
    assert!(wrong.is_empty(), "cn_value should read back every rendered n in 1..100000; wrong: {wrong:?}");
}

#[test]
fn overflowing_numerals_have_no_value() {
    assert_eq!(cn_value("万万亿亿"), None, "万万亿亿 is malformed and has no value");
    assert_eq!(cn_value(&"九".repeat(20)), None, "20 positional digits (above u64::MAX) should have no value");
    assert!(cn_int("九九九九九九九九九九九九九九九九九九九九九九九九").is_none(), "24 positional digits overflow u64");
    assert!(gongwen::numeral::arabic_int("18446744073709551616").is_none(), "u64::MAX + 1 should not parse");
    assert_eq!(
        gongwen::numeral::arabic_int("18446744073709551615"),
        Some(("", u64::MAX)),
        "u64::MAX itself should parse"
    );
}
