//! Document-shaped text: each input byte picks a line piece (indent, marker, heading, body,
//! line ending), so the outline builder sees deep, odd nesting. Checks the flat exports
//! (char offsets against byte offsets), the JSON round trip and that line endings do not
//! change the outline.
#![no_main]

#[path = "../../crates/gongwen/tests/common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

const PIECES: &[&str] = &[
    "一、",
    "二、",
    "三、",
    "十一、",
    "六.",
    "（一）",
    "（二）",
    "(三)",
    "（二十四）",
    "（一）、",
    "1.",
    "2.",
    "3、",
    "１．",
    "⒈",
    "1.1 ",
    "1.2.1 ",
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
    "第一编",
    "第一部分",
    "一是",
    "二是",
    "附件",
    "附件1",
    "目录",
    "注：",
    "【目的】",
    "加强党的建设",
    "新建学校8所",
    "依照本法",
    "。",
    "！",
    "？",
    "；",
    "：",
    "，",
    "\n",
    "\n",
    "\n",
    "\r\n",
    "\r",
    "　　",
    " ",
    "\t",
    "\u{feff}",
    "3/28",
    "2024年",
];

fuzz_target!(|data: &[u8]| {
    let text: String = data.iter().map(|&b| PIECES[usize::from(b) % PIECES.len()]).collect();
    let doc = gongwen::parse(&text);
    let v = known_bugs_filtered(common::check_invariants(&text, &doc));
    assert!(v.is_empty(), "{}", common::report(&format!("{text:?}"), &v));
    let view = gongwen::export::DocumentView::new(&doc);
    assert!(serde_json::to_string(&view).is_ok(), "the document view should serialize");
    let lf = text.replace("\r\n", "\n").replace('\r', "\n");
    let want = common::outline_lines(&gongwen::parse(&lf));
    let crlf = lf.replace('\n', "\r\n");
    assert_eq!(common::outline_lines(&gongwen::parse(&crlf)), want, "CRLF should not change the outline of {lf:?}");
});

/// Drops violations that contain one of the `|`-separated strings of `FUZZ_IGNORE`, so a
/// run can look past a known open bug (`FUZZ_IGNORE='runs over this marker|JSON round trip'`).
fn known_bugs_filtered(v: Vec<String>) -> Vec<String> {
    match std::env::var("FUZZ_IGNORE") {
        Ok(ignore) if !ignore.is_empty() => {
            v.into_iter().filter(|x| !ignore.split('|').any(|pat| x.contains(pat))).collect()
        }
        _ => v,
    }
}
