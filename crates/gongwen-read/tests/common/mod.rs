//! Fixture builders shared by the integration tests: .docx archives written with the zip
//! crate and hand-written WordprocessingML, .docx and HTML renderings of a text, and the
//! comparison of two parses.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::io::{Cursor, Write};
use zip::write::SimpleFileOptions;

/// The WordprocessingML namespace declaration.
pub const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

/// XML-escapes `s`, leaving out characters XML 1.0 forbids.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if (c as u32) < 0x20 && c != '\t' && c != '\n' => {}
            c => out.push(c),
        }
    }
    out
}

/// A zip archive of `(name, content)` entries, deflated.
pub fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, content) in entries {
        w.start_file(*name, opts).unwrap();
        w.write_all(content).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// A .docx whose `w:body` holds `body`, with optional numbering and styles parts.
pub fn docx(body: &str, numbering: Option<&str>, styles: Option<&str>) -> Vec<u8> {
    let content_types = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
    let rels = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;
    let doc_rels = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    let mut entries: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", content_types.as_bytes()),
        ("_rels/.rels", rels.as_bytes()),
        ("word/document.xml", document.as_bytes()),
        ("word/_rels/document.xml.rels", doc_rels.as_bytes()),
    ];
    if let Some(n) = numbering {
        entries.push(("word/numbering.xml", n.as_bytes()));
    }
    if let Some(s) = styles {
        entries.push(("word/styles.xml", s.as_bytes()));
    }
    zip(&entries)
}

/// A paragraph of plain text (tabs as `w:tab`).
pub fn para(text: &str) -> String {
    para_with("", text)
}

/// A paragraph with paragraph properties `ppr` (inner XML of `w:pPr`).
pub fn para_with(ppr: &str, text: &str) -> String {
    let mut runs = String::new();
    for (i, piece) in text.split('\t').enumerate() {
        if i > 0 {
            runs.push_str("<w:r><w:tab/></w:r>");
        }
        if !piece.is_empty() {
            runs.push_str(&format!(r#"<w:r><w:t xml:space="preserve">{}</w:t></w:r>"#, esc(piece)));
        }
    }
    let ppr = if ppr.is_empty() { String::new() } else { format!("<w:pPr>{ppr}</w:pPr>") };
    format!("<w:p>{ppr}{runs}</w:p>")
}

/// The numbering marker styles the fixtures turn into Word numbering: each its own
/// single-level list, with its number format and level text.
pub const LEVELS: [(Style, &str, &str, bool); 8] = [
    (Style::Chapter, "chineseCountingThousand", "第%1章", false),
    (Style::Article, "chineseCountingThousand", "第%1条", true),
    (Style::CnComma, "chineseCounting", "%1、", false),
    (Style::CnParen, "chineseCounting", "（%1）", false),
    (Style::Dot, "decimal", "%1.", false),
    (Style::FullDot, "decimal", "%1．", false),
    (Style::Paren, "decimal", "（%1）", false),
    (Style::Circle, "decimalEnclosedCircle", "%1", false),
];

/// A line-start numbering marker style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Chapter,
    Article,
    CnComma,
    CnParen,
    Dot,
    FullDot,
    Paren,
    Circle,
}

/// The value of a Chinese numeral (一 … 九百九十九), `None` if it is not one.
pub fn cn_value(s: &str) -> Option<u32> {
    let digit = |c: char| "零一二三四五六七八九".chars().position(|d| d == c).map(|d| d as u32);
    let (mut total, mut current) = (0u32, 0u32);
    for c in s.chars() {
        match c {
            '十' => {
                total += if current == 0 { 10 } else { current * 10 };
                current = 0;
            }
            '百' => {
                total += current * 100;
                current = 0;
            }
            c => current = digit(c)?,
        }
    }
    Some(total + current).filter(|v| *v > 0)
}

/// The marker at the start of `line` (after indentation): its style, value and the rest
/// of the line.
pub fn line_marker(line: &str) -> Option<(Style, u32, &str)> {
    let body = line.trim_start_matches([' ', '\u{3000}', '\u{a0}', '\u{2002}', '\u{2003}', '\t']);
    let cn: String = body.chars().take_while(|c| "零一二三四五六七八九十百".contains(*c)).collect();
    let digits: String = body.chars().take_while(char::is_ascii_digit).collect();
    if let Some(rest) = body.strip_prefix('第') {
        let n: String = rest.chars().take_while(|c| "零一二三四五六七八九十百".contains(*c)).collect();
        let after = &rest[n.len()..];
        for (suffix, style) in [('章', Style::Chapter), ('条', Style::Article)] {
            if let Some(tail) = after.strip_prefix(suffix) {
                return Some((style, cn_value(&n)?, tail));
            }
        }
        return None;
    }
    if !cn.is_empty()
        && let Some(tail) = body[cn.len()..].strip_prefix('、')
    {
        return Some((Style::CnComma, cn_value(&cn)?, tail));
    }
    if let Some(inner) = body.strip_prefix('（') {
        let n: String = inner.chars().take_while(|c| "零一二三四五六七八九十".contains(*c)).collect();
        if !n.is_empty()
            && let Some(tail) = inner[n.len()..].strip_prefix('）')
        {
            return Some((Style::CnParen, cn_value(&n)?, tail));
        }
        let d: String = inner.chars().take_while(char::is_ascii_digit).collect();
        if !d.is_empty()
            && let Some(tail) = inner[d.len()..].strip_prefix('）')
        {
            return Some((Style::Paren, d.parse().ok()?, tail));
        }
    }
    if !digits.is_empty() && digits.len() < 4 {
        let rest = &body[digits.len()..];
        for (dot, style) in [('.', Style::Dot), ('．', Style::FullDot)] {
            if let Some(tail) = rest.strip_prefix(dot)
                && !tail.starts_with(|c: char| c.is_ascii_digit())
            {
                return Some((style, digits.parse().ok()?, tail));
            }
        }
    }
    let first = body.chars().next()?;
    if ('①'..='⑳').contains(&first) {
        return Some((Style::Circle, first as u32 - '①' as u32 + 1, &body[first.len_utf8()..]));
    }
    None
}

/// The numbering part of the fixtures: one single-level definition per marker style
/// ([`LEVELS`]; abstract k for style k), instance k + 1 on it, and the instances listed
/// in `restarts` (`(num_id, style)`), each restarting its style's count at 1.
pub fn numbering(restarts: &[(usize, usize)]) -> String {
    let mut out = String::new();
    for (k, (_, fmt, text, _)) in LEVELS.iter().enumerate() {
        out.push_str(&format!(
            r#"<w:abstractNum w:abstractNumId="{k}"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>"#
        ));
    }
    for k in 0..LEVELS.len() {
        out.push_str(&format!(r#"<w:num w:numId="{}"><w:abstractNumId w:val="{k}"/></w:num>"#, k + 1));
    }
    for (num_id, k) in restarts {
        out.push_str(&format!(
            r#"<w:num w:numId="{num_id}"><w:abstractNumId w:val="{k}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"#
        ));
    }
    format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>{out}</w:numbering>"#)
}

/// The .docx a person gets by typing `text` into Word with automatic numbering: every
/// line-start marker is removed from the text and replaced by a reference to its style's
/// list (a new instance of the list, restarting at 1, where the text starts again at 1);
/// markers Word's counters cannot produce (a skipped or repeated number) stay as typed.
/// Returns the archive and how many markers became automatic numbering.
pub fn docx_from_text(text: &str) -> (Vec<u8>, usize) {
    let mut counters = [0u32; LEVELS.len()];
    let mut current: Vec<usize> = (1..=LEVELS.len()).collect();
    let mut restarts: Vec<(usize, usize)> = Vec::new();
    let mut numbered = 0;
    let mut body = String::new();
    for line in text.split('\n').map(|l| l.trim_end_matches('\r')) {
        let Some((style, value, rest)) = line_marker(line) else {
            body.push_str(&para(line));
            continue;
        };
        let k = LEVELS.iter().position(|(s, ..)| *s == style).unwrap();
        if value == 1 && counters[k] > 0 {
            let num_id = LEVELS.len() + restarts.len() + 1;
            restarts.push((num_id, k));
            current[k] = num_id;
        } else if value != counters[k] + 1 {
            body.push_str(&para(line));
            continue;
        }
        counters[k] = value;
        numbered += 1;
        let ppr = format!(r#"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{}"/></w:numPr>"#, current[k]);
        body.push_str(&para_with(&ppr, rest));
    }
    (docx(&body, Some(&numbering(&restarts)), None), numbered)
}

/// The HTML page a site would serve for `text`: a head with a title, style and script, a
/// navigation bar and a footer around an article whose lines are paragraphs (tab-separated
/// lines are table rows), indentation as `&emsp;`.
pub fn html_from_text(text: &str, title: &str) -> String {
    let mut body = String::new();
    let mut in_table = false;
    for line in text.split('\n').map(|l| l.trim_end_matches('\r')) {
        if line.contains('\t') {
            if !in_table {
                body.push_str("<table class=\"data\">\n");
                in_table = true;
            }
            let cells: Vec<String> = line.split('\t').map(|c| format!("<td>{}</td>", esc(c))).collect();
            body.push_str(&format!("<tr>{}</tr>\n", cells.concat()));
            continue;
        }
        if in_table {
            body.push_str("</table>\n");
            in_table = false;
        }
        if line.trim().is_empty() {
            body.push_str("<p>&nbsp;</p>\n");
            continue;
        }
        let indent = line.chars().take_while(|c| *c == '\u{3000}').count();
        let rest: String = line.chars().skip(indent).collect();
        body.push_str(&format!("<p>{}{}</p>\n", "&emsp;&emsp;".repeat(indent / 2 + indent % 2), esc(&rest)));
    }
    if in_table {
        body.push_str("</table>\n");
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}_某某市人民政府门户网站</title>\n\
         <style>p {{ text-indent: 2em; }}</style>\n<script>var nav = \"<p>一、不是正文</p>\";</script>\n</head>\n<body>\n\
         <div class=\"top-nav\"><ul><li><a href=\"/\">首页</a></li><li>政务公开</li></ul></div>\n\
         <div class=\"breadcrumb\">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>\n<div class=\"article\">\n{}</div>\n\
         <footer><p>主办单位：某某市人民政府办公室</p></footer>\n</body>\n</html>\n",
        esc(title),
        body
    )
}

/// What must be equal between two renderings of one document: the title, every outline
/// node (marker, style, ordinal, depth, parent, heading) and every quantity (text,
/// value, range, unit, comparator, kind, node).
pub fn summary(text: &str) -> (Option<String>, Vec<String>, Vec<String>) {
    let doc = gongwen::parse(text);
    let nodes = gongwen::export::outline_rows(&doc)
        .iter()
        .map(|r| {
            format!(
                "{} {} {} d{} p{:?} {:?}",
                r.marker,
                r.style,
                r.ordinal,
                r.depth,
                r.parent,
                r.heading.as_deref().map(str::trim)
            )
        })
        .collect();
    let quantities = gongwen::export::quantity_rows(&doc)
        .iter()
        .map(|q| {
            format!(
                "{} {:?} {:?} {:?} {:?} {:?} n{:?}",
                q.text, q.value, q.value_max, q.unit, q.comparator, q.kind, q.node
            )
        })
        .collect();
    (doc.title_text().map(|t| t.split_whitespace().collect::<String>()), nodes, quantities)
}

/// Panics with the first difference between two summaries.
pub fn assert_same(name: &str, want: &str, got: &str) {
    let (a, b) = (summary(want), summary(got));
    assert_eq!(a.0, b.0, "{name}: title");
    assert!(!a.1.is_empty(), "{name}: the document has an outline");
    for (i, (x, y)) in a.1.iter().zip(&b.1).enumerate() {
        assert_eq!(x, y, "{name}: outline node {i}");
    }
    assert_eq!(a.1.len(), b.1.len(), "{name}: outline length");
    for (i, (x, y)) in a.2.iter().zip(&b.2).enumerate() {
        assert_eq!(x, y, "{name}: quantity {i}");
    }
    assert_eq!(a.2.len(), b.2.len(), "{name}: quantity count");
}
