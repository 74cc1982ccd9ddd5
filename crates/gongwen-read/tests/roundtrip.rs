//! The same document as UTF-8, GB18030, UTF-16 LE/BE with BOM, a .docx whose markers are
//! Word's automatic numbering, and an HTML page gives the same outline (markers, styles,
//! ordinals, depths, parents, headings), the same title and the same quantities.
//!
//! The fixtures are built here, at test time, from documents of `../shared/corpus`
//! (a seed and development documents: work plans with 一、（一）1., statutes with
//! 第X章/第X条). The test is skipped (with a note) where that folder is absent.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::{assert_same, docx_from_text, html_from_text};
use gongwen_read::{Format, ReadOptions, decode};
use std::path::PathBuf;

/// The documents: plans (一、（一）1.（1）), a statute-like regulation (第X章, 第X条, （一）)
/// and a scraped seed.
const DOCS: [&str; 7] = [
    "dev/d11_sh-beidou.txt",
    "dev/d12_sh-syht.txt",
    "dev/d09_sh-njjk.txt",
    "dev/d17_spc-xzzj.txt",
    "dev/d22_spc-xzss.txt",
    "dev/d06_sh-kjzjk.txt",
    "seeds/003_65c44bc173b52c22.txt",
];

fn corpus() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    dir.is_dir().then_some(dir)
}

fn documents() -> Vec<(String, String)> {
    let Some(dir) = corpus() else {
        eprintln!("note: ../shared/corpus not found; round-trip fixtures skipped");
        return Vec::new();
    };
    DOCS.iter().map(|d| (d.to_string(), std::fs::read_to_string(dir.join(d)).unwrap())).collect()
}

fn read(bytes: &[u8]) -> gongwen_read::Source {
    decode(bytes, &ReadOptions::default()).unwrap()
}

#[test]
fn encodings_give_the_same_document() {
    for (name, text) in documents() {
        let gb = encoding_rs::GB18030.encode(&text).0.into_owned();
        // GBK lacks some characters (U+2003 …): its encoder writes them as `&#NNNN;`.
        let (gbk, _, unmappable) = encoding_rs::GBK.encode(&text);
        let gbk = if unmappable { encoding_rs::GB18030.encode(&text).0.into_owned() } else { gbk.into_owned() };
        let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
        let bom: Vec<u8> = b"\xEF\xBB\xBF".iter().copied().chain(text.bytes()).collect();
        for (enc, bytes, want) in [
            ("gb18030", gb, "gb18030"),
            ("gbk", gbk, "gb18030"),
            ("utf-16le", le, "utf-16le"),
            ("utf-16be", be, "utf-16be"),
            ("utf-8-bom", bom, "utf-8"),
        ] {
            let src = read(&bytes);
            assert_eq!((src.encoding, src.format), (want, Format::Text), "{name} as {enc}");
            assert!(src.warnings.is_empty(), "{name} as {enc}: {:?}", src.warnings);
            // A UTF-8 BOM stays in the text (offsets are the file's own); the parser treats
            // it as padding, so the document is the same.
            let decoded = if enc == "utf-8-bom" { src.text.strip_prefix('\u{feff}') } else { Some(src.text.as_str()) };
            assert!(decoded == Some(text.as_str()), "{name} as {enc}: the text differs");
            assert_same(&format!("{name} as {enc}"), &text, &src.text);
        }
    }
}

#[test]
fn docx_with_automatic_numbering_gives_the_same_document() {
    for (name, text) in documents() {
        let (bytes, numbered) = docx_from_text(&text);
        let markers = text.lines().filter(|l| common::line_marker(l).is_some()).count();
        assert!(numbered * 10 >= markers * 9 && numbered > 10, "{name}: only {numbered} of {markers} markers numbered");
        let src = read(&bytes);
        assert_eq!(src.format, Format::Docx, "{name}");
        assert!(src.warnings.is_empty(), "{name}: {:?}", src.warnings);
        assert_same(&format!("{name} as .docx"), &text, &src.text);
    }
}

#[test]
fn html_pages_give_the_same_document() {
    for (name, text) in documents() {
        let page = html_from_text(&text, "关于印发某某方案的通知");
        for (enc, bytes) in [
            ("utf-8", page.clone().into_bytes()),
            ("gb18030", encoding_rs::GB18030.encode(&page.replace("utf-8", "gb18030")).0.into_owned()),
        ] {
            let src = read(&bytes);
            assert_eq!((src.format, src.encoding), (Format::Html, enc), "{name}");
            assert_eq!(src.page_title.as_deref(), Some("关于印发某某方案的通知_某某市人民政府门户网站"));
            assert!(
                !src.text.contains("首页") && !src.text.contains("不是正文") && !src.text.contains("主办单位"),
                "{name}"
            );
            assert_same(&format!("{name} as HTML ({enc})"), &text, &src.text);
        }
    }
}
