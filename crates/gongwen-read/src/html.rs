//! HTML pages → text, with html5ever's tokenizer (no tree: nothing grows with the depth
//! of the page but a bounded stack of open elements).
//!
//! The rules, in the terms of [`TextWriter`](crate::writer::TextWriter):
//!
//! * block elements ([`is_block`]: `p`, `div`, `li`, `h1`–`h6`, `section`, `table`, …)
//!   break the line before and after; `<br>` ends the line; `<pre>` keeps its line breaks;
//! * a table row is one line, its cells separated by a tab;
//! * white space collapses as a browser collapses it, except U+00A0 (`&nbsp;`), U+2003
//!   (`&emsp;`) and U+3000, which are indentation in Chinese documents and are kept;
//! * dropped with their content ([`is_dropped`]): what is not text (`script`, `style`,
//!   `noscript`, `template`, `svg`, `iframe`, `object`, `select`, `textarea`, `button`,
//!   `head` but for its `<title>`), what is hidden (the `hidden` attribute,
//!   `display:none`), and navigation: `nav`, a `header` or `footer` that is not inside
//!   `article`/`main`/`section`/`aside`/`nav` (the page's banner and footer, not an
//!   article's), and elements whose `class` or `id` names navigation ([`names_navigation`]).
//!   If dropping by class or id would leave no text at all, the page is read again without
//!   that rule.
//!
//! Bounds: at most [`MAX_OPEN`] open elements are tracked (deeper ones are counted, not
//! stored), and an end tag looks for its element among the top [`MATCH_WINDOW`] entries, so
//! each token costs O(1) however the page nests.

use crate::encoding;
use crate::writer::TextWriter;
use crate::{Input, ReadError, ReadOptions, Source};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, EndTag, StartTag, Tag, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use std::cell::RefCell;

/// Most open elements tracked.
pub(crate) const MAX_OPEN: usize = 512;
/// How far down the stack an end tag (or an implied end) looks for its element.
pub(crate) const MATCH_WINDOW: usize = 256;
/// Longest page title kept, in bytes.
const MAX_TITLE: usize = 4096;
/// Bytes of the page searched for `<meta charset>` (the HTML standard says 1024; Chinese
/// sites often put scripts first).
const PRESCAN: usize = 8192;
/// The decoded page is handed to the tokenizer in pieces of about this size.
const CHUNK: usize = 1 << 16;

/// Reads an HTML page.
pub(crate) fn read(bytes: &[u8], opts: &ReadOptions) -> Result<Source, ReadError> {
    let declared = match opts.encoding {
        crate::EncodingChoice::Auto => declared_encoding(bytes),
        _ => None,
    };
    let decoded = encoding::decode(Input::Borrowed(bytes), opts, declared)?;
    let max = opts.limits.max_text;
    let mut page = extract(&decoded.text, true, max);
    if page.dropped_by_name > 0 && page.text.as_deref().is_some_and(|t| t.trim().is_empty()) {
        page = extract(&decoded.text, false, max);
    }
    let text = page.text.ok_or(ReadError::TextTooLarge { max })?;
    Ok(Source {
        text,
        encoding: decoded.encoding,
        format: crate::Format::Html,
        page_title: page.title,
        warnings: decoded.warnings,
    })
}

/// True when `bytes` look like an HTML page: they start (after a BOM and white space)
/// with `<` and their first kilobyte names an HTML element.
pub(crate) fn looks_like_html(bytes: &[u8]) -> bool {
    let decoded;
    let prefix: &[u8] = match encoding_rs::Encoding::for_bom(bytes) {
        Some((enc, len)) if !enc.is_ascii_compatible() => {
            let end = bytes.len().min(2048) & !1;
            decoded = enc.decode_without_bom_handling(bytes.get(len..end).unwrap_or_default()).0.into_owned();
            decoded.as_bytes()
        }
        Some((_, len)) => bytes.get(len..).unwrap_or_default(),
        None => bytes,
    };
    let prefix = prefix.get(..1024).unwrap_or(prefix);
    let start = prefix.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(prefix.len());
    let rest = prefix.get(start..).unwrap_or_default();
    if !(rest.first() == Some(&b'<') && rest.get(1).is_some_and(|b| b.is_ascii_alphabetic() || b"!?".contains(b))) {
        return false;
    }
    const NAMES: [&[u8]; 10] =
        [b"<html", b"<!doctype html", b"<head", b"<body", b"<meta", b"<title", b"<div", b"<p>", b"<table", b"<br"];
    let lower = rest.to_ascii_lowercase();
    NAMES.iter().any(|n| memchr::memmem::find(&lower, n).is_some())
}

/// The encoding a page declares in its first [`PRESCAN`] bytes: `<meta charset=…>`,
/// `<meta http-equiv … content="…; charset=…">` or `<?xml … encoding="…"?>`. As the
/// HTML standard says, a UTF-16 label in ASCII bytes means UTF-8.
pub(crate) fn declared_encoding(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = bytes.get(..PRESCAN).unwrap_or(bytes).to_ascii_lowercase();
    let mut at = 0;
    while let Some(i) = memchr::memmem::find(head.get(at..)?, b"<meta")
        .or_else(|| (at == 0).then(|| memchr::memmem::find(&head, b"<?xml")).flatten())
    {
        let tag_start = at + i;
        let tag_end = memchr::memchr(b'>', head.get(tag_start..)?).map_or(head.len(), |e| tag_start + e);
        let tag = head.get(tag_start..tag_end)?;
        let key: &[u8] = if tag.starts_with(b"<?xml") { b"encoding" } else { b"charset" };
        if let Some(enc) = label_after(tag, key) {
            let enc = if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                encoding_rs::UTF_8
            } else if enc == encoding_rs::X_USER_DEFINED {
                encoding_rs::WINDOWS_1252
            } else {
                enc
            };
            return Some(enc);
        }
        at = tag_end;
    }
    None
}

/// The encoding named after `key` `=` in a tag.
fn label_after(tag: &[u8], key: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let k = memchr::memmem::find(tag, key)?;
    let rest = tag.get(k + key.len()..)?;
    let rest = rest.get(rest.iter().position(|b| !b.is_ascii_whitespace())?..)?;
    let rest = rest.strip_prefix(b"=")?;
    let rest = rest.get(rest.iter().position(|b| !b.is_ascii_whitespace() && !b"\"'".contains(b))?..)?;
    let end = rest.iter().position(|b| b.is_ascii_whitespace() || b"\"';/>".contains(b)).unwrap_or(rest.len());
    encoding_rs::Encoding::for_label(rest.get(..end)?)
}

/// What a page gave.
struct Page {
    /// Its text (`None` past the limit).
    text: Option<String>,
    /// Its `<title>`.
    title: Option<String>,
    /// Elements dropped because their class or id names navigation.
    dropped_by_name: usize,
}

/// Runs the tokenizer over `text`.
fn extract(text: &str, by_name: bool, max: usize) -> Page {
    let sink = Sink(RefCell::new(State::new(by_name, max)));
    let tok = Tokenizer::new(sink, TokenizerOpts::default());
    let queue = BufferQueue::default();
    let mut rest = text;
    while !rest.is_empty() {
        let mut cut = rest.len().min(CHUNK);
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let (piece, tail) = rest.split_at(cut);
        queue.push_back(StrTendril::from_slice(piece));
        rest = tail;
        // With a sink that never blocks on scripts, `feed` consumes the whole queue.
        let _ = tok.feed(&queue);
    }
    tok.end();
    let state = tok.sink.0.into_inner();
    let title = state.title.map(|t| t.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|t| !t.is_empty());
    Page { text: state.w.finish(), title, dropped_by_name: state.dropped_by_name }
}

/// What an open element does to the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Breaks the line before and after.
    Block,
    /// A table row (with the number of cells seen).
    Row(u32),
    /// A table cell.
    Cell,
    /// A `<pre>`: line breaks kept.
    Pre,
    /// Anything else.
    Inline,
}

/// An element on the stack.
#[derive(Debug)]
struct Open {
    /// Its name.
    name: html5ever::LocalName,
    /// Its effect.
    kind: Kind,
    /// Whether its content is dropped.
    drop: bool,
    /// Whether it opens a sectioning element (header/footer inside are not landmarks).
    sectioning: bool,
}

/// The tokenizer's sink state.
struct State {
    /// The text.
    w: TextWriter,
    /// Open elements (at most [`MAX_OPEN`]).
    stack: Vec<Open>,
    /// Open elements beyond [`MAX_OPEN`], counted only.
    overflow: usize,
    /// Open dropping elements on the stack.
    dropping: usize,
    /// Open `<pre>` elements.
    pre: usize,
    /// Open sectioning elements.
    sectioning: usize,
    /// Inside `<title>`.
    in_title: bool,
    /// The first title.
    title: Option<String>,
    /// Drop elements whose class or id names navigation.
    by_name: bool,
    /// How many were dropped so.
    dropped_by_name: usize,
}

/// The sink (html5ever's sinks take `&self`).
struct Sink(RefCell<State>);

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut s = self.0.borrow_mut();
        match token {
            Token::TagToken(tag) if tag.kind == StartTag => return s.start(&tag),
            Token::TagToken(tag) if tag.kind == EndTag => s.end(&tag.name),
            Token::CharacterTokens(t) => s.chars(&t),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// Elements dropped with their content: not text, or navigation.
fn is_dropped(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "head"
            | "svg"
            | "iframe"
            | "object"
            | "select"
            | "textarea"
            | "button"
            | "nav"
    )
}

/// Elements that break lines.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "caption"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "html"
            | "legend"
            | "li"
            | "main"
            | "menu"
            | "ol"
            | "p"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "tfoot"
            | "thead"
            | "ul"
    )
}

/// Elements without content (never pushed).
fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "basefont"
            | "bgsound"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "keygen"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

/// Sectioning elements: a `header`/`footer` inside one belongs to its content.
fn is_sectioning(name: &str) -> bool {
    matches!(name, "article" | "aside" | "main" | "nav" | "section")
}

/// True when a `class` or `id` value names navigation: one of its words (split at
/// anything not a letter or digit, compared in lower case) is `nav`, `navbar`,
/// `navigation`, `menu`, `menubar`, `breadcrumb(s)`, `crumb(s)`, or ends in `nav` or
/// `menu` (`topnav`, `leftmenu`) — the names site templates give their menus and
/// "当前位置：首页 > …" trails.
pub(crate) fn names_navigation(value: &str) -> bool {
    value.split(|c: char| !c.is_ascii_alphanumeric()).any(|word| {
        let w = word.to_ascii_lowercase();
        matches!(w.as_str(), "navigation" | "breadcrumb" | "breadcrumbs" | "crumb" | "crumbs")
            || w.ends_with("nav")
            || w.ends_with("navbar")
            || w.ends_with("menu")
            || w.ends_with("menubar")
    })
}

/// True when the element is hidden: `hidden`, or `display:none` in its style.
fn is_hidden(tag: &Tag) -> bool {
    tag.attrs.iter().any(|a| match &*a.name.local {
        "hidden" => true,
        "style" => {
            let squeezed: String = a.value.chars().filter(|c| !c.is_whitespace()).collect();
            squeezed.to_ascii_lowercase().contains("display:none")
        }
        _ => false,
    })
}

impl State {
    fn new(by_name: bool, max: usize) -> Self {
        State {
            w: TextWriter::new(max),
            stack: Vec::new(),
            overflow: 0,
            dropping: 0,
            pre: 0,
            sectioning: 0,
            in_title: false,
            title: None,
            by_name,
            dropped_by_name: 0,
        }
    }

    /// True when text is shown.
    fn visible(&self) -> bool {
        self.dropping == 0
    }

    /// A start tag.
    fn start(&mut self, tag: &Tag) -> TokenSinkResult<()> {
        let name: &str = &tag.name;
        match name {
            "title" if self.title.is_none() => {
                self.in_title = true;
                self.title = Some(String::new());
                return TokenSinkResult::RawData(RawKind::Rcdata);
            }
            "br" if self.visible() => self.w.hard_break(),
            "hr" if self.visible() => self.w.soft_break(),
            "body" => self.close_to(|o| &*o.name == "head"),
            "td" | "th" => self.close_to_nearest(&["td", "th"], &["tr", "table"]),
            "tr" => self.close_to_nearest(&["tr"], &["table"]),
            "li" => self.close_to_nearest(&["li"], &["ul", "ol", "menu"]),
            _ => {}
        }
        if is_block(name) && name != "li" && name != "p" {
            // A block start closes an open paragraph (HTML's "close a p element").
            self.close_to_nearest(&["p"], &["td", "th", "table", "button", "div", "li"]);
        } else if name == "p" {
            self.close_to_nearest(&["p"], &["td", "th", "table", "button", "div", "li"]);
        }
        if is_void(name) {
            return TokenSinkResult::Continue;
        }
        let raw = match name {
            "script" => Some(TokenSinkResult::RawData(RawKind::ScriptData)),
            "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
                Some(TokenSinkResult::RawData(RawKind::Rawtext))
            }
            "textarea" | "title" => Some(TokenSinkResult::RawData(RawKind::Rcdata)),
            "plaintext" => Some(TokenSinkResult::Plaintext),
            _ => None,
        };
        if tag.self_closing && raw.is_none() {
            if is_block(name) && self.visible() {
                self.w.soft_break();
            }
            return TokenSinkResult::Continue;
        }
        self.push(tag);
        raw.unwrap_or(TokenSinkResult::Continue)
    }

    /// Opens an element.
    fn push(&mut self, tag: &Tag) {
        let name: &str = &tag.name;
        if self.stack.len() >= MAX_OPEN {
            self.overflow += 1;
            return;
        }
        let landmark = matches!(name, "header" | "footer") && self.sectioning == 0;
        let by_name = self.by_name
            && tag.attrs.iter().any(|a| matches!(&*a.name.local, "class" | "id") && names_navigation(&a.value));
        if by_name && self.visible() {
            self.dropped_by_name += 1;
        }
        let drop = is_dropped(name) || landmark || by_name || is_hidden(tag);
        let kind = match name {
            "tr" => Kind::Row(0),
            "td" | "th" => Kind::Cell,
            "pre" | "listing" => Kind::Pre,
            n if is_block(n) => Kind::Block,
            _ => Kind::Inline,
        };
        if self.visible() && !drop {
            match kind {
                Kind::Block | Kind::Pre => self.w.soft_break(),
                Kind::Row(_) => self.w.end_row(),
                Kind::Cell => self.start_cell(),
                Kind::Inline => {}
            }
        }
        let sectioning = is_sectioning(name);
        self.dropping += usize::from(drop);
        self.pre += usize::from(kind == Kind::Pre);
        self.sectioning += usize::from(sectioning);
        self.stack.push(Open { name: tag.name.clone(), kind, drop, sectioning });
    }

    /// A cell: a tab before it unless it is its row's first.
    fn start_cell(&mut self) {
        let window = self.stack.len().saturating_sub(MATCH_WINDOW);
        let row = self.stack.get_mut(window..).and_then(|s| {
            s.iter_mut().rev().take_while(|o| &*o.name != "table").find(|o| matches!(o.kind, Kind::Row(_)))
        });
        if let Some(Open { kind: Kind::Row(cells), .. }) = row {
            *cells = cells.saturating_add(1);
            if *cells > 1 {
                self.w.cell();
            }
        }
    }

    /// An end tag.
    fn end(&mut self, name: &html5ever::LocalName) {
        if self.in_title && &**name == "title" {
            self.in_title = false;
            return;
        }
        if &**name == "br" {
            if self.visible() {
                self.w.hard_break();
            }
            return;
        }
        if self.overflow > 0 {
            self.overflow -= 1;
            return;
        }
        self.close_to(|o| o.name == *name);
    }

    /// Closes the nearest open element named in `names`, unless an element named in
    /// `stop` is nearer (an implied end tag: `<td>` closes the previous cell of its row).
    fn close_to_nearest(&mut self, names: &[&str], stop: &[&str]) {
        let window = self.stack.len().saturating_sub(MATCH_WINDOW);
        let found = self.stack.get(window..).and_then(|s| {
            s.iter().rev().position(|o| names.contains(&&*o.name) || stop.contains(&&*o.name)).map(|i| s.len() - 1 - i)
        });
        if let Some(i) = found.map(|i| window + i)
            && self.stack.get(i).is_some_and(|o| names.contains(&&*o.name))
        {
            self.pop_to(i);
        }
    }

    /// Closes the nearest open element matching `is` (within the window), with every
    /// element opened after it.
    fn close_to(&mut self, is: impl Fn(&Open) -> bool) {
        let window = self.stack.len().saturating_sub(MATCH_WINDOW);
        let found = self.stack.get(window..).and_then(|s| s.iter().rposition(&is));
        if let Some(i) = found {
            self.pop_to(window + i);
        }
    }

    /// Pops the stack down to (and including) index `i`.
    fn pop_to(&mut self, i: usize) {
        while self.stack.len() > i {
            let Some(open) = self.stack.pop() else { break };
            self.dropping -= usize::from(open.drop);
            self.pre -= usize::from(open.kind == Kind::Pre);
            self.sectioning -= usize::from(open.sectioning);
            if self.visible() && !open.drop {
                match open.kind {
                    Kind::Block | Kind::Pre => self.w.soft_break(),
                    Kind::Row(_) => self.w.end_row(),
                    Kind::Cell | Kind::Inline => {}
                }
            }
        }
    }

    /// Character data.
    fn chars(&mut self, t: &str) {
        if self.in_title {
            if let Some(title) = self.title.as_mut()
                && title.len() < MAX_TITLE
            {
                title.push_str(t);
            }
            return;
        }
        if !self.visible() {
            return;
        }
        if self.pre > 0 {
            for (i, line) in t.split('\n').enumerate() {
                if i > 0 {
                    self.w.hard_break();
                }
                self.w.text(line);
            }
            return;
        }
        let mut rest = t;
        while !rest.is_empty() {
            let ws = rest.find(|c: char| !is_html_space(c)).unwrap_or(rest.len());
            if ws > 0 {
                self.w.space();
            }
            let word = rest.get(ws..).unwrap_or_default();
            let end = word.find(is_html_space).unwrap_or(word.len());
            self.w.text(word.get(..end).unwrap_or_default());
            rest = word.get(end..).unwrap_or_default();
        }
    }
}

/// HTML's ASCII white space (collapsed); U+00A0, U+2003 and U+3000 are not.
fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Format, ReadOptions, decode};

    fn text(html: &str) -> String {
        let src = decode(html.as_bytes(), &ReadOptions::new().format(Format::Html)).unwrap();
        src.text
    }

    #[test]
    fn blocks_are_lines_and_inline_elements_are_not() {
        assert_eq!(text("<p>一、<b>总则</b></p><div>（一）<span>适用</span>范围</div>"), "一、总则\n（一）适用范围\n");
        assert_eq!(text("<h1>标题</h1>正文<br>第二行<br><br>第四行"), "标题\n正文\n第二行\n\n第四行\n");
        assert_eq!(text("<ul><li>甲<li>乙</ul>"), "甲\n乙\n");
    }

    #[test]
    fn white_space_collapses_but_indentation_entities_stay() {
        assert_eq!(text("<p>\n  第一条\n   内容  </p>"), "第一条 内容\n");
        assert_eq!(
            text("<p>&emsp;&emsp;一、总则</p><p>&nbsp;1.&nbsp;目标</p>"),
            "\u{2003}\u{2003}一、总则\n\u{a0}1.\u{a0}目标\n"
        );
        assert_eq!(text("<p>\u{3000}\u{3000}（一）</p>"), "\u{3000}\u{3000}（一）\n");
        assert_eq!(text("<pre>a\n  b</pre>"), "a\n  b\n");
    }

    #[test]
    fn tables_are_rows_of_tab_separated_cells() {
        let t = "<table><tr><th>指标</th><th>目标值</th></tr><tr><td>覆盖率</td><td>95%</td></tr>\
                 <tr><td><p>新建</p></td><td><p>8所</p></td></tr></table>";
        assert_eq!(text(t), "指标\t目标值\n覆盖率\t95%\n新建\t8所\n");
        // Unclosed cells and rows, as old pages write them.
        assert_eq!(text("<table><tr><td>a<td>b<tr><td>c<td>d</table>"), "a\tb\nc\td\n");
        // A layout table holding the document keeps its paragraphs as lines.
        assert_eq!(text("<table><tr><td><p>一、甲</p><p>二、乙</p></td></tr></table>"), "一、甲\n二、乙\n");
    }

    #[test]
    fn scripts_styles_and_navigation_are_dropped() {
        let page = "<html><head><title> 关于印发 \n 方案的通知 </title><style>p{color:red}</style>\
            <script>var a = '<p>x</p>';</script></head><body>\
            <header><a href=/>首页</a></header><nav>网站导航</nav>\
            <div class=\"breadcrumb\">当前位置：首页 &gt; 通知</div><ul id=\"topMenu\"><li>机构</li></ul>\
            <article><header><h1>某某方案</h1></header><p>一、总则</p><footer>来源：本站</footer></article>\
            <p hidden>隐藏</p><p style=\"display: none\">也隐藏</p>\
            <footer>版权所有</footer><noscript>请启用</noscript><template><p>模板</p></template></body></html>";
        let src = decode(page.as_bytes(), &ReadOptions::default()).unwrap();
        assert_eq!(src.format, Format::Html);
        assert_eq!(src.text, "某某方案\n一、总则\n来源：本站\n");
        assert_eq!(src.page_title.as_deref(), Some("关于印发 方案的通知"));
    }

    #[test]
    fn navigation_names() {
        for yes in ["nav", "main-nav", "topnav", "leftMenu", "sub_menu", "breadcrumb", "navbar-top", "crumbs"] {
            assert!(names_navigation(yes), "{yes}");
        }
        for no in ["content", "article", "canvas", "navy", "menuitem", "TRS_Editor", "main"] {
            assert!(!names_navigation(no), "{no}");
        }
    }

    #[test]
    fn a_page_whose_content_sits_in_a_menu_class_is_read_anyway() {
        assert_eq!(text("<div class=\"menu-content\"><p>一、总则</p></div>"), "一、总则\n");
    }

    #[test]
    fn declared_charsets_are_honoured() {
        let body = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>一、总则</p></body></html>";
        let bytes = encoding_rs::GBK.encode(body).0.into_owned();
        assert_eq!(declared_encoding(&bytes), Some(encoding_rs::GBK));
        let src = decode(&bytes, &ReadOptions::default()).unwrap();
        assert_eq!((src.text.as_str(), src.encoding), ("一、总则\n", "gb18030"));
        assert_eq!(declared_encoding(b"<meta charset='utf-16'>"), Some(encoding_rs::UTF_8));
        assert_eq!(declared_encoding(b"<?xml version=\"1.0\" encoding=\"GBK\"?><html>"), Some(encoding_rs::GBK));
        // A page that declares UTF-8 but is GBK is read as GBK, with a warning.
        let lying = encoding_rs::GBK
            .encode("<html><head><meta charset=\"utf-8\"></head><body>一、总则，第一条规定</body></html>")
            .0;
        let src = decode(&lying, &ReadOptions::default()).unwrap();
        assert_eq!(src.encoding, "gb18030");
        assert!(src.text.contains("一、总则"));
    }

    #[test]
    fn html_is_sniffed_and_text_is_not() {
        assert!(looks_like_html(b"  <!DOCTYPE html><html>"));
        assert!(looks_like_html(b"\xEF\xBB\xBF<html><body>"));
        assert!(looks_like_html(b"<div class=a><p>x</p></div>"));
        assert!(!looks_like_html("一、总则 <html>".as_bytes()));
        assert!(!looks_like_html(b"<< a >> <p>"));
        let utf16: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("<html><body>".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert!(looks_like_html(&utf16));
    }

    #[test]
    fn deep_nesting_is_linear_and_bounded() {
        let n = 100_000;
        let page =
            format!("<html><body>{}一、总则{}<p>二、附则</p></body></html>", "<div>".repeat(n), "</div>".repeat(n));
        assert_eq!(text(&page), "一、总则\n二、附则\n");
        let spans = format!("{}甲{}", "<span><b>".repeat(n), "</b></span>".repeat(n));
        assert_eq!(text(&spans), "甲\n");
        let unclosed = format!("<table>{}x", "<tr><td><table>".repeat(n));
        assert_eq!(text(&unclosed), "x\n");
    }
}
