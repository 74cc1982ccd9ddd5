//! The vocabulary of the noise detectors ([`crate::noise`]): what document-sharing sites
//! and portals print around a document, the words of page lines, and how a line ends.
//!
//! The stored corpora (corpus/bench, corpus/dev) are clean copies: site furniture occurs in
//! them only inside the development seeds. The rows below cite the sites' templates as
//! they print them on every document; two rows that only one seed supported were removed
//! (`赏杯茶`, a tip prompt, and `珍藏版`, part of one site's file description), since
//! other vocabulary already finds those lines.

/// Weight of a phrase official documents do not use: enough alone, even in the middle of
/// a document on a short line.
pub(crate) const SITE_ONLY: u32 = 3;
/// Weight of a word common on sites and possible in documents: two make a line.
pub(crate) const SITE_WORD: u32 = 2;
/// Weight of a hint that only helps.
pub(crate) const HINT: u32 = 1;
/// Weight of a document's word that holds a site word (`发文字号` holds the font-size switch's
/// `字号`): it counts nothing, and the automaton's leftmost-longest match takes it in place of
/// the site word inside it.
pub(crate) const MASK: u32 = 0;

/// The units of a date line (`2023年10月9日`, `二〇二三年十月九日`), in order, read by
/// `noise::text::is_date_line`: a footer run never takes the document's own closing date
/// (`电子邮箱：zhengji@163.com` / `某某市人民政府办公室` / `2023年10月9日`, a 征集 notice whose
/// contact line is site-like but whose signature ends the text).
pub(crate) const DATE_UNITS: [char; 3] = ['年', '月', '日'];

/// The site vocabulary: phrase, weight, and what it is. Read by the boilerplate detector
/// (`noise::boilerplate::score`: one Aho–Corasick pass over a line, ASCII case-insensitive,
/// leftmost-longest; a distinct phrase counts once), with [`FILE_EXTENSIONS`] at weight
/// [`SITE_WORD`].
pub(crate) const SITE_VOCABULARY: &[(&str, u32, &str)] = &[
    // Reading and download prompts of document-sharing sites (原创力文档, 道客巴巴, 人人文库,
    // 淘文阁, 百度文库): `阅读已结束，您可以下载文档离线阅读编辑`, `下载文档到电脑，查找使用更方便`,
    // `展开阅读全文`, `还剩N页未读，继续阅读`; and the buttons of portal pages (`打印本页`,
    // `关闭窗口`, the font-size switch `字号：【大】【中】【小】`).
    ("展开阅读全文", SITE_ONLY, "expand-to-read button"),
    ("阅读全文", SITE_ONLY, "read-the-rest link"),
    ("阅读已结束", SITE_ONLY, "end of free preview"),
    ("免费阅读", SITE_ONLY, "free preview"),
    ("试读", SITE_WORD, "preview"),
    ("下载文档", SITE_ONLY, "download button"),
    ("文档下载", SITE_ONLY, "download button"),
    ("点击下载", SITE_ONLY, "download prompt"),
    ("免费下载", SITE_ONLY, "download prompt"),
    ("扫码下载", SITE_ONLY, "download prompt"),
    ("下载后", SITE_WORD, "download prompt"),
    ("下载本文", SITE_ONLY, "download prompt"),
    ("下载积分", SITE_ONLY, "download price"),
    ("立即下载", SITE_ONLY, "download button"),
    ("下载", SITE_WORD, "download"),
    ("点击查看更多", SITE_ONLY, "show more"),
    ("查看更多", SITE_WORD, "show more"),
    ("剩余", HINT, "remaining pages"),
    ("继续阅读", SITE_ONLY, "read-on button"),
    ("未读", SITE_WORD, "unread pages"),
    ("已阅读到文档的结尾", SITE_ONLY, "end-of-document notice"),
    ("下载到电脑", SITE_ONLY, "download prompt"),
    ("下载此文档", SITE_ONLY, "download button"),
    ("下载券", SITE_ONLY, "download coupon"),
    ("在线预览", SITE_ONLY, "preview"),
    ("预览", SITE_WORD, "preview"),
    ("文档贡献者", SITE_ONLY, "uploader"),
    ("贡献者", SITE_WORD, "uploader"),
    ("内容提供方", SITE_ONLY, "uploader"),
    ("阅读了该文档的用户还阅读了", SITE_ONLY, "related links"),
    ("文档简介", SITE_ONLY, "document-site label"),
    ("文档分类", SITE_ONLY, "document-site label"),
    ("专享", SITE_WORD, "membership"),
    ("付费", SITE_WORD, "payment"),
    ("金币", SITE_WORD, "payment"),
    ("侵权投诉", SITE_ONLY, "takedown link"),
    ("版权声明", SITE_ONLY, "copyright notice"),
    ("反馈", HINT, "feedback link"),
    ("点赞", SITE_WORD, "like button"),
    ("评论", HINT, "comments"),
    ("分享", HINT, "share"),
    ("上传者", SITE_ONLY, "uploader"),
    ("刷新页面", SITE_WORD, "reload hint"),
    ("卡顿", SITE_WORD, "lag hint"),
    ("保存成功", SITE_ONLY, "save toast"),
    ("收藏", HINT, "bookmark"),
    ("分享到", SITE_WORD, "share buttons"),
    // The same buttons as portals without 本页 print them, and what www.gov.cn prints under
    // every policy page: `【打印】【关闭】`, `【字体：大 中 小】`, `扫一扫在手机打开当前页`.
    ("【打印】", SITE_ONLY, "print button"),
    ("【关闭】", SITE_ONLY, "close button"),
    ("大 中 小", SITE_ONLY, "font-size switch"),
    ("扫一扫在手机打开当前页", SITE_ONLY, "mobile-view prompt"),
    ("打印本页", SITE_ONLY, "print button"),
    ("关闭窗口", SITE_ONLY, "close-window link"),
    ("【大】", SITE_ONLY, "font-size switch"),
    ("字号", HINT, "font-size switch"),
    // The labels of the 政府信息公开 metadata table that portals print above a document
    // (`索引号：…　主题分类：综合政务　发文机关：…　标题：…　发文字号：某府〔2024〕3号`): the
    // document's own cells, not the font-size switch (`字号`) or a sharing site's category
    // (`分类：`); the two made that table, copied onto one line, a boilerplate line and took its
    // title with it.
    ("发文字号", MASK, "metadata label"),
    ("主题分类", MASK, "metadata label"),
    // The accessibility toolbar that government portals print above every page since the
    // 2020 适老化 work (`无障碍浏览　长者模式`, `关怀版`): a document says `无障碍` in its
    // sentences (无障碍环境建设法), not these button labels; two of them make a line.
    ("无障碍浏览", SITE_WORD, "accessibility toolbar"),
    ("长者模式", SITE_WORD, "accessibility toolbar"),
    ("关怀版", SITE_WORD, "accessibility toolbar"),
    // File facts on sharing sites: the header of every document on 淘文阁 (`上传人:… 文档编号:…
    // 上传时间:… 格式:DOCX 页数:11 大小:17.01KB`), `资源描述`, `…由会员分享，可在线阅读`;
    // 人人文库's `【Word文档】` label. File extensions are [`FILE_EXTENSIONS`].
    ("资源描述", SITE_ONLY, "document-site label"),
    ("由会员分享", SITE_ONLY, "uploaded by a member"),
    ("可在线阅读", SITE_ONLY, "readable online"),
    ("在线阅读", SITE_WORD, "readable online"),
    ("上传人", SITE_ONLY, "uploader"),
    ("上传时间", SITE_ONLY, "upload time"),
    ("用户上传", SITE_ONLY, "uploaded by users"),
    ("文档编号", SITE_ONLY, "document id"),
    ("文档格式", SITE_WORD, "file format"),
    ("格式:", SITE_WORD, "file format"),
    ("格式：", SITE_WORD, "file format"),
    ("页数:", SITE_WORD, "page count"),
    ("页数：", SITE_WORD, "page count"),
    ("大小:", SITE_WORD, "file size"),
    ("大小：", SITE_WORD, "file size"),
    ("全文共", SITE_ONLY, "word count"),
    ("分类:", SITE_WORD, "category"),
    ("分类：", SITE_WORD, "category"),
    ("摘要:", SITE_WORD, "abstract label"),
    ("摘要：", SITE_WORD, "abstract label"),
    ("本文档由", SITE_ONLY, "disclaimer"),
    ("文档", HINT, "document (site word)"),
    ("阅读", HINT, "reading"),
    ("word文档", SITE_ONLY, "site label"),
    ("pdf文档", SITE_ONLY, "site label"),
    ("VIP", SITE_ONLY, "membership"),
    ("会员", SITE_WORD, "membership"),
    ("积分", SITE_WORD, "points"),
    ("原价", HINT, "price"),
    ("折扣价", SITE_WORD, "price"),
    // Navigation on portals and sharing sites: `当前位置：首页 > 政务公开 > 政策文件`, `上一篇`,
    // `下一篇`, `相关推荐`, `猜你喜欢`.
    ("当前位置", SITE_ONLY, "breadcrumb"),
    ("您的位置", SITE_ONLY, "breadcrumb"),
    ("首页", SITE_WORD, "home link"),
    (" > ", HINT, "breadcrumb separator"),
    ("相关推荐", SITE_ONLY, "related links"),
    ("相关资源", SITE_ONLY, "related links"),
    ("相关搜索", SITE_ONLY, "related links"),
    ("相关文档", SITE_WORD, "related links"),
    ("猜你喜欢", SITE_ONLY, "related links"),
    ("上一篇", SITE_ONLY, "previous article"),
    ("下一篇", SITE_ONLY, "next article"),
    ("返回", HINT, "back link"),
    ("举报", SITE_WORD, "report link"),
    ("搜索", HINT, "search"),
    // Copyright, legal and contact footers: a portal's `版权所有：中国政府网 | 京ICP备05070218号 |
    // 京公网安备11010202000001号` (www.gov.cn), `责任编辑`, `浏览次数`, `来源：`; a sharing site's
    // `本站仅提供存储空间…如若转载，请注明出处`, `客服QQ`, `@qq.com`.
    ("版权所有", SITE_ONLY, "copyright"),
    ("版权", SITE_WORD, "copyright"),
    ("侵权", SITE_WORD, "infringement notice"),
    ("©", SITE_ONLY, "copyright sign"),
    ("copyright", SITE_ONLY, "copyright"),
    ("all rights reserved", SITE_ONLY, "copyright"),
    ("ICP备", SITE_ONLY, "ICP licence"),
    ("ICP证", SITE_ONLY, "ICP licence"),
    ("公网安备", SITE_ONLY, "public-security record"),
    ("备案号", SITE_WORD, "record number"),
    ("本站", SITE_WORD, "this site"),
    ("本网", SITE_WORD, "this site"),
    ("自发贡献", SITE_ONLY, "user-contributed notice"),
    ("仅代表作者", SITE_ONLY, "opinion disclaimer"),
    ("仅供参考", SITE_WORD, "disclaimer"),
    ("如若转载", SITE_ONLY, "reprint notice"),
    ("转载请注明", SITE_ONLY, "reprint notice"),
    ("转载", SITE_WORD, "reprint"),
    ("免责声明", SITE_ONLY, "disclaimer"),
    ("联系我们", SITE_WORD, "contact"),
    ("请联系", SITE_WORD, "contact"),
    ("客服", SITE_WORD, "customer service"),
    ("在线客服", SITE_ONLY, "customer service"),
    ("微信:", SITE_WORD, "contact"),
    ("微信：", SITE_WORD, "contact"),
    ("QQ", SITE_WORD, "contact"),
    ("@qq.com", SITE_ONLY, "contact e-mail"),
    ("邮箱", HINT, "contact"),
    ("电话", HINT, "contact"),
    ("删除", HINT, "takedown"),
    ("网友", SITE_WORD, "users"),
    ("http", SITE_WORD, "link"),
    ("www.", SITE_WORD, "link"),
    (".com", SITE_WORD, "link"),
    (".cn", HINT, "link"),
    ("责任编辑", SITE_ONLY, "portal footer"),
    ("发布时间", SITE_WORD, "portal header"),
    ("浏览次数", SITE_ONLY, "portal header"),
    ("来源:", HINT, "portal header"),
    ("来源：", HINT, "portal header"),
];

/// Labels of the related-links box a portal prints under a document page, each alone on its
/// line (with a colon or [`SITE_LINK_BRACKETS`]), read by `noise::links`: the label and the
/// link entries after it are boilerplate, so their numbers open no unit. No stored corpus
/// document is a web page with such a box; the rows are the portals' templates.
pub(crate) const SITE_LINK_LABELS: [&str; 6] = [
    // `相关链接` over links to earlier notices (www.gov.cn policy pages, `【相关链接】`).
    "相关链接",
    // `相关文件：` over the documents a policy page links (provincial portals' 政策文件 pages).
    "相关文件",
    // `相关解读：` over `1.图解：…` (provincial portals link each policy to its 政策解读).
    "相关解读",
    // `相关阅读` and `延伸阅读` over further articles (news pages of government portals).
    "相关阅读",
    "延伸阅读",
    // `相关稿件` over related articles (www.gov.cn news pages).
    "相关稿件",
];

/// The brackets around a links label (`【相关链接】`).
pub(crate) const SITE_LINK_BRACKETS: (char, char) = ('【', '】');

/// File extensions after a title (`2023年某市教育局工作要点.docx`): words of the site
/// vocabulary (weight [`SITE_WORD`]), and stripped from the end of the first line as
/// boilerplate (`noise::boilerplate::first_line_parts`).
pub(crate) const FILE_EXTENSIONS: [&str; 7] = [".docx", ".doc", ".pdf", ".wps", ".pptx", ".ppt", ".txt"];

/// The brackets of a site label before the title on the first line (`【Word文档】`).
pub(crate) const SITE_LABEL_BRACKETS: (char, char) = ('【', '】');

/// Words of a bracketed site label before the title on the first line (`【Word文档】`,
/// `【PDF下载】`), read by `noise::boilerplate::first_line_parts`, ASCII case-insensitive.
pub(crate) const SITE_LABEL_WORDS: [&str; 7] = ["文档", "word", "pdf", "doc", "wps", "ppt", "下载"];

/// The page word: a digit right before it (`11页`, `第1页`) counts as a page count in a
/// boilerplate line (`noise::boilerplate::score`), and it closes a page number in a page
/// line (`第3页`, `noise::page::explicit_line`).
pub(crate) const PAGE: char = '页';

/// The word before a page total in a page line (`第3页 共9页`, a viewer's footer):
/// `noise::page::explicit_line`. (The `第` before the page number is
/// `lexicon::markers::ORDINAL_PREFIX`.)
pub(crate) const PAGE_TOTAL: char = '共';

/// The dashes around a page number (`— 3 —`: GB/T 9704-2012 §7.5 puts a 一字线 on each side
/// of the page number; `- 3 -` and `─ 3 ─` in converted copies): `noise::page::explicit_line`.
pub(crate) const PAGE_DASHES: [char; 5] = ['-', '—', '–', '－', '─'];

/// What separates the parts of a page line (`第1页 / 共11页`, `共3页，第1页`, `第2页（共9页）`):
/// skipped by `noise::page::explicit_line`.
pub(crate) const PAGE_SEPARATORS: [char; 11] = ['/', '／', ',', '，', '、', '|', '｜', '(', ')', '（', '）'];

/// The last characters after which a line break is natural (`noise::text::line_end`): a
/// sentence or clause end, a closing quote or bracket, a colon, an ellipsis, a full stop of
/// a list marker. A chunk number after such a line is evidence against a cut.
pub(crate) const LINE_CLOSERS: [char; 25] = [
    '。', '！', '？', '!', '?', '；', ';', '：', ':', '…', '”', '’', '」', '』', '）', ')', '】', '》', '〉', ']',
    '］', '.', '．', '"', '\'',
];

/// The last characters that show a line was cut in the middle of a sentence
/// (`noise::text::line_end`): an opening quote or bracket, a comma, a dash. A chunk number
/// after such a line is certain (`…按照（\n\n4、二十六）…`).
pub(crate) const LINE_BREAKERS: [char; 16] =
    ['（', '(', '“', '‘', '《', '〈', '【', '「', '『', '[', '［', '、', '，', ',', '—', '-'];

/// The first characters of a text that continues a sentence (`noise::chunk::opens_broken`):
/// no unit opens with them, so a number before them was put into running text
/// (`14、，确保…`).
pub(crate) const SENTENCE_CONTINUERS: [char; 16] =
    ['，', ',', '。', '、', '；', ';', '：', '）', ')', '”', '’', '》', '%', '％', '！', '？'];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::check::distinct;

    #[test]
    fn tables_are_distinct() {
        let lower: Vec<String> = SITE_VOCABULARY
            .iter()
            .map(|(p, _, _)| p.to_ascii_lowercase())
            .chain(FILE_EXTENSIONS.iter().map(|e| e.to_ascii_lowercase()))
            .collect();
        distinct(lower);
        distinct(SITE_LABEL_WORDS);
        distinct(SITE_LINK_LABELS);
        // The first line's extension is the first that its end matches.
        crate::lexicon::check::none_after_its_suffix(&FILE_EXTENSIONS);
        distinct(PAGE_DASHES);
        distinct(PAGE_SEPARATORS);
        distinct(LINE_CLOSERS);
        distinct(LINE_BREAKERS);
        distinct(SENTENCE_CONTINUERS);
        assert!(LINE_CLOSERS.iter().all(|c| !LINE_BREAKERS.contains(c)), "a line end is closed or broken, not both");
    }

    #[test]
    fn vocabulary_is_well_formed() {
        for (p, w, why) in SITE_VOCABULARY {
            assert!(!p.is_empty() && [SITE_ONLY, SITE_WORD, HINT, MASK].contains(w) && !why.is_empty(), "entry {p}");
        }
        for w in SITE_LABEL_WORDS {
            assert_eq!(w, w.to_ascii_lowercase(), "label words are compared in lower case");
        }
    }
}
