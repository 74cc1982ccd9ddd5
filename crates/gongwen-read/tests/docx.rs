//! .docx structure and hostile archives: tables, breaks, what is left out, Word numbering
//! through styles and levels, and every kind of damaged or malicious file.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::{W, docx, para, para_with, zip};
use gongwen_read::{Format, Limits, ReadError, ReadOptions, Warning, decode};

fn text(bytes: &[u8]) -> String {
    decode(bytes, &ReadOptions::default()).unwrap().text
}

fn error(bytes: &[u8]) -> ReadError {
    decode(bytes, &ReadOptions::new().format(Format::Docx)).unwrap_err()
}

#[test]
fn paragraphs_tables_and_breaks() {
    let body = format!(
        r#"{}<w:p/>{}<w:tbl><w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr><w:tr><w:tc>{}</w:tc><w:tc>{}{}</w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>
        <w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:cr/><w:t>A</w:t><w:noBreakHyphen/><w:t>B</w:t></w:r></w:p>"#,
        para("标题"),
        para("正文\t有制表符"),
        para("指标"),
        para("目标值"),
        para("覆盖率"),
        para("95%"),
        para("以上"),
    );
    assert_eq!(
        text(&docx(&body, None, None)),
        "标题\n\n正文\t有制表符\n指标\t目标值\n覆盖率\t95%\n以上\n第一行\n第二行\nA-B\n"
    );
}

#[test]
fn text_boxes_drawings_deletions_fields_and_hidden_text_are_left_out() {
    let body = r#"<w:p><w:r><w:t>一、</w:t></w:r>
        <w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline><a:graphic><a:graphicData><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>
        <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>
        <w:del><w:r><w:delText>删除的</w:delText></w:r></w:del><w:ins><w:r><w:t>总则</w:t></w:r></w:ins>
        <w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>。</w:t></w:r>
        <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
        <w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:commentReference w:id="0"/></w:r></w:p>"#;
    assert_eq!(text(&docx(body, None, None)), "一、总则。3\n");
}

#[test]
fn entities_and_character_references_but_no_custom_entities() {
    // "Billion laughs": quick-xml never expands entities of a DOCTYPE.
    let laughs = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;">]>"#;
    let document = format!(
        r#"{laughs}<w:document {W}><w:body><w:p><w:r><w:t>A&amp;B&lt;&#x4E00;&#20108;&lol9;</w:t></w:r></w:p></w:body></w:document>"#
    );
    let bytes = zip(&[("word/document.xml", document.as_bytes())]);
    let src = decode(&bytes, &ReadOptions::default()).unwrap();
    assert_eq!(src.text, "A&B<一二\n");
    assert_eq!(src.warnings, vec![Warning::UnknownEntities { count: 1 }]);
}

#[test]
fn numbering_through_styles_and_a_multi_level_list() {
    let numbering = format!(
        r#"<w:numbering {W}><w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:pStyle w:val="Heading1"/><w:suff w:val="nothing"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:pStyle w:val="Heading2"/><w:suff w:val="nothing"/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
        </w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#
    );
    let styles = format!(
        r#"<w:styles {W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"/>
        <w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style></w:styles>"#
    );
    let h1 = r#"<w:pStyle w:val="Heading1"/>"#;
    let h2 = r#"<w:pStyle w:val="Heading2"/>"#;
    let item = r#"<w:numPr><w:ilvl w:val="2"/><w:numId w:val="4"/></w:numPr>"#;
    let body = [
        para("某县工作要点"),
        para_with(h1, "加强党的建设"),
        para_with(h2, "全面加强党的领导"),
        para_with(item, "强化政治建设。"),
        para_with(item, "全年培训党员不少于2次。"),
        para_with(h2, "深化改革"),
        para_with(item, "推进试点。"),
        para_with(&format!("{h1}<w:numPr><w:numId w:val=\"0\"/></w:numPr>"), "不编号的标题"),
        para_with(h1, "保障措施"),
    ]
    .concat();
    let src = decode(&docx(&body, Some(&numbering), Some(&styles)), &ReadOptions::default()).unwrap();
    assert_eq!(
        src.text,
        "某县工作要点\n一、加强党的建设\n（一）全面加强党的领导\n1.\t强化政治建设。\n2.\t全年培训党员不少于2次。\n（二）深化改革\n1.\t推进试点。\n不编号的标题\n二、保障措施\n"
    );
    let doc = gongwen::parse(&src.text);
    let rows = gongwen::export::outline_rows(&doc);
    let got: Vec<_> = rows.iter().map(|r| (r.marker.as_str(), r.depth)).collect();
    assert_eq!(got, [("一、", 1), ("（一）", 2), ("1.", 3), ("2.", 3), ("（二）", 2), ("1.", 3), ("二、", 1)]);
}

#[test]
fn a_file_that_only_claims_to_be_docx() {
    let cases: [(&[u8], &str); 5] = [
        (b"", "empty"),
        ("一、总则\n".as_bytes(), "not a zip archive"),
        (b"<html><body><p>x</p></body></html>", "HTML page"),
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", "legacy Word .doc"),
        (b"{\\rtf1\\ansi hello}", "RTF"),
    ];
    for (bytes, says) in cases {
        match error(bytes) {
            ReadError::NotDocx(msg) => assert!(msg.contains(says), "{msg:?} should say {says:?}"),
            other => panic!("{other:?}"),
        }
    }
    // A zip archive that is not a Word document.
    let other = zip(&[("readme.txt", b"hello")]);
    assert!(matches!(error(&other), ReadError::NotDocx(m) if m.contains("word/document.xml")));
    // Sniffed as .docx from its bytes (an OLE file named anything).
    assert!(matches!(
        decode(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", &ReadOptions::default()),
        Err(ReadError::NotDocx(_))
    ));
}

#[test]
fn truncated_and_corrupt_archives_are_clear_errors() {
    let good = docx(&para("一、总则"), None, None);
    for cut in [4, 30, good.len() / 2, good.len() - 10, good.len() - 1] {
        let e = error(&good[..cut]);
        assert!(matches!(e, ReadError::Zip(_) | ReadError::NotDocx(_)), "cut at {cut}: {e:?}");
    }
    // Flip bytes inside the compressed document: a checksum or inflate error, or XML
    // that is no longer well-formed — never a panic.
    let start = good.windows(17).position(|w| w == b"word/document.xml").unwrap() + 17;
    for i in 0..40 {
        let mut bad = good.clone();
        bad[start + i] ^= 0x5A;
        let _ = decode(&bad, &ReadOptions::default());
    }
    let mut bad = good.clone();
    bad[start + 5] ^= 0xFF;
    bad[start + 6] ^= 0xFF;
    assert!(decode(&bad, &ReadOptions::default()).is_err());
}

#[test]
fn xml_that_is_not_well_formed() {
    let document = format!(r#"<w:document {W}><w:body><w:p><w:r><w:t>一</w:r></w:p></w:body></w:document>"#);
    let e = error(&zip(&[("word/document.xml", document.as_bytes())]));
    assert!(matches!(&e, ReadError::Xml { part, .. } if part == "word/document.xml"), "{e:?}");
    assert!(e.to_string().starts_with("damaged .docx: word/document.xml: "), "{e}");
}

#[test]
fn zip_bombs_stop_at_the_budget() {
    // 200 MB of spaces inside one paragraph: a few hundred KB compressed.
    let mut document = format!(r#"<w:document {W}><w:body><w:p><w:r><w:t>"#).into_bytes();
    document.resize(document.len() + 200_000_000, b' ');
    document.extend_from_slice(b"</w:t></w:r></w:p></w:body></w:document>");
    let bomb = zip(&[("word/document.xml", &document)]);
    assert!(bomb.len() < 1_000_000, "{}", bomb.len());
    match error(&bomb) {
        ReadError::ZipBomb { part, detail } => {
            assert_eq!(part, "word/document.xml");
            assert!(detail.contains("times"), "{detail}");
        }
        other => panic!("{other:?}"),
    }
    // Under a budget, the total is capped even when the ratio is allowed.
    let mut limits = Limits::default();
    limits.max_unzipped = 10_000_000;
    limits.max_ratio = u64::MAX;
    let e = decode(&bomb, &ReadOptions::new().limits(limits)).unwrap_err();
    assert!(matches!(&e, ReadError::ZipBomb { detail, .. } if detail.contains("10000000")), "{e:?}");
}

#[test]
fn deep_nesting_and_long_level_texts_are_bounded() {
    let nested = |open: &str, close: &str, n: usize| {
        let document = format!(
            r#"<w:document {W}><w:body>{}<w:p><w:r><w:t>一、总则</w:t></w:r></w:p>{}</w:body></w:document>"#,
            open.repeat(n),
            close.repeat(n)
        );
        decode(&zip(&[("word/document.xml", document.as_bytes())]), &ReadOptions::default())
    };
    assert_eq!(nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 1000).unwrap().text, "一、总则\n");
    assert_eq!(nested("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", 1000).unwrap().text.trim(), "一、总则");
    // 100,000 levels (quick-xml counts namespace scopes in a u16): refused, no panic.
    for (open, close) in
        [("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"), ("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>")]
    {
        let e = nested(open, close, 50_000).unwrap_err();
        assert!(e.to_string().contains("nested deeper than"), "{e}");
    }
    let n = 100_000;
    // A level text of 100,000 `%1`s is cut to 256 bytes: 10,000 paragraphs stay small.
    let numbering = format!(
        r#"<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="4294967290"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="{}"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#,
        "%1".repeat(n)
    );
    let body = para_with(r#"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>"#, "x").repeat(10_000);
    let out = text(&docx(&body, Some(&numbering), None));
    assert!(out.len() < 10_000 * 2_000, "{}", out.len());
}
