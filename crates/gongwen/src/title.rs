//! The title of the document (docs/annotation.md "Titles") and the titles of the documents it encloses.
//!
//! The title is read among the lines before the first marker (the outline's preamble): the
//! first short line that ends with a document-type word (通知, 要点 …, `lexicon::titles`) and is
//! no site furniture (a breadcrumb, a column label such as `通知公告` above a title with `关于`,
//! a court case's section label `裁判要点`), else the first short line without sentence
//! punctuation. A document
//! number, an issuer mark (`…文件`), 份号/密级/紧急程度 (`秘密★1年`, `特急`), an issue number
//! (`第778号`), a date, a metadata cell (`索引号：…`) or its label alone (`标题`), a site's name
//! (`…门户网站`), an attachment label (`附件1`) and a part label (`第一篇`) are never title
//! lines, nor is the first line of a sentence a line break cut (`为进一步做好工作，根据有关规定和`). A title set over two or three
//! lines takes them: the lines right above that end with no type word, any lines above or
//! below while a bracket stays open (`…处理办法（` / `2024` / `年` / `9 月修订）》的通知`), a
//! short bracketed line below (`（2021-2023年）`, `（试行）`) and a type word alone below
//! (`的通知`). A work report printed as one line is titled by the words before its dash
//! (`政府工作报告——2008年3月5日在…`).
//!
//! Enclosed titles: the title of the document a notice transmits (`关于印发《…》的通知`), on the
//! lines after its signature, and the title of each attachment, on the lines after its label.

use crate::elements::glued_title::{MAX_TITLE_CHARS, glued_title, is_order_number, is_short_bracketed};
use crate::elements::has_sentence_end;
use crate::elements::opening_place;
use crate::lexicon::elements::{ADDRESSEES_OPENER, ISSUER_ENDINGS};
use crate::lexicon::elements::{METADATA_LABELS, YEAR_BRACKETS};
use crate::lexicon::noise::FILE_EXTENSIONS;
use crate::lexicon::punct::{
    BOOK_TITLE_CLOSE, BOOK_TITLE_OPEN, COLONS, NOT_TITLE_ENDS, RUNNING_TEXT_MARKS, book_title,
};
use crate::lexicon::titles::{
    ABOUT, ABOUT_TIE, CASE_SECTION_LABELS, COLUMN_LABEL_ENDINGS, COLUMN_TAG_BRACKETS, COVER_LABELS, FORM_BLANKS,
    GAZETTE, HEADLINE_BARS, MAX_COLUMN_LABEL_CHARS, MAX_HEADLINE_TAG_CHARS, NOT_TITLE_CHARS, NUMBER_MASKS,
    PART_LABEL_UNITS, PATH_SLASHES, REPLY_TO, SITE_NAME_ENDINGS, TITLE_ENDINGS, TITLE_LABELS, TITLE_OPEN_ENDS,
    TRANSMITTING_WORDS, WIRE_DATELINE_END, WORK_REPORT_DASHES, WORK_REPORT_ENDING,
};
use crate::model::{Attachment, Element, ElementKind, Node, NoiseMap};
use crate::outline::{attachment_label, is_contents_label, is_enclosed_title};
use crate::text::Span;
use crate::text::chars::{SPACE, is_cjk_ideograph, is_space, skip_padding, trim_space_end, trimmed_span};
use crate::text::lines::Line;

/// The longest title before a work report's dash, in characters.
const MAX_DASH_TITLE_CHARS: usize = 30;

/// How many lines a title is set over at most, unless a line leaves it unfinished (ends in
/// `关于`, `的`, `和` or an open bracket: then up to [`MAX_BRACKET_LINES`]).
const MAX_TITLE_LINES: usize = 3;

/// The most characters of the line that finishes a headline set as a book title over it
/// (`政策解读`, `答记者问`, `一图读懂`): [`Block::is_headline_tail`].
const MAX_HEADLINE_TAIL_CHARS: usize = 8;

/// How many lines a title may take while a bracket stays open (a PDF copy breaks a title in
/// the middle of its year: `（` / `2024` / `年` / `9 月修订）》的通知`).
const MAX_BRACKET_LINES: usize = 5;

/// How many lines after a signature or an attachment label an enclosed title may start on.
const MAX_ENCLOSED_GAP: usize = 3;

/// What the title stage finds.
#[derive(Debug, Default)]
pub(crate) struct Titles {
    /// The document's title.
    pub(crate) title: Option<Span>,
    /// The titles of the documents it encloses: `(tree, span)` (tree 0 for a document a
    /// notice transmits after its signature, `k` for the `k`-th attachment).
    pub(crate) enclosed: Vec<(u16, Span)>,
}

/// What the title stage reads.
pub(crate) struct Input<'a> {
    pub(crate) text: &'a str,
    pub(crate) noise: &'a NoiseMap<'a>,
    /// The outline's preamble: `(content start, line end)` of the lines before the first
    /// candidate marker.
    pub(crate) preamble: &'a [(usize, usize)],
    pub(crate) lines: &'a [Line],
    pub(crate) nodes: &'a [Node],
    pub(crate) attachments: &'a [Attachment],
    pub(crate) elements: &'a [Element],
}

/// Finds the title and the enclosed titles (the title on the lines after a signature only
/// where the elements were read).
pub(crate) fn find(input: &Input<'_>) -> Titles {
    let first_node = input.nodes.first().map_or(input.text.len(), |n| n.marker.start as usize);
    let taken: Vec<Span> = input.elements.iter().filter(|e| is_head_or_signature(e.kind)).map(|e| e.span).collect();
    // The line of the first unit ends before it (`某市物业管理条例 第一章 总则 第一条 …`, a text
    // whose line breaks were lost: the title before the chapter).
    let lines: Vec<(usize, usize)> = input
        .preamble
        .iter()
        .map(|&(s, e)| strip_noise(input.text, input.noise, s, e.min(first_node.max(s))))
        .map(|(s, e)| title_line_bounds(input.text, s, e))
        .collect();
    // The main title does not depend on the elements (the outline-only parse gives the same).
    let spacing = title_spacing(
        input,
        &Block { text: input.text, noise: input.noise, limit: first_node, lines: &lines, taken: &[], spacing: 1 },
    );
    let lines = if spacing > 1 { without_single_blanks(lines) } else { lines };
    let block = Block { text: input.text, noise: input.noise, limit: first_node, lines: &lines, taken: &[], spacing };
    // One line of words: blank lines after it (a copy that puts one after every line) aside.
    let with_words =
        |l: &&crate::text::lines::Line| input.text.get(l.start..l.end).is_some_and(|w| !w.trim().is_empty());
    let one_line = input.lines.iter().filter(with_words).take(2).count() == 1;
    let run_on = || lines.first().and_then(|&(s, e)| run_on_title(input.text, s, e, one_line));
    // A text of one line is read as one first: its first words may look like a title line of
    // their own with what follows glued on (`某某办法（2021年…公布）` before `第一章`).
    // A work report's first line with its dash (`政府工作报告——2008年3月5日在…`, wrapped by a PDF
    // copy after a few dozen characters), or a full line a hard wrap cut that runs on past the
    // report's title as a text of one line does (`政府工作报告第十二届全国人大二次会议，2014年3`
    // ⏎ `月5日…`): its title is the words before the dash or up to the type word, never the line.
    let report = || {
        let wrapped = |&(_, e): &(usize, usize)| crate::text::wrap::wrap_after_full_line(input.text, e).is_some();
        // The title is the line's start, so the line holds its ending (a cheap test first).
        let first = lines.first().filter(|&&(s, e)| {
            input.text.get(s..e).is_some_and(|l| l.contains(crate::lexicon::titles::WORK_REPORT_ENDING))
        })?;
        run_on_title(input.text, first.0, first.1, wrapped(first)).filter(|t| is_work_report(t.slice(input.text)))
    };
    let title =
        if one_line { run_on().or_else(|| block.title()) } else { report().or_else(|| block.title()).or_else(run_on) };
    let title = title.filter(|t| t.end as usize <= first_node);
    let mut enclosed = Vec::new();
    if title.is_some_and(|t| TRANSMITTING_WORDS.iter().any(|w| t.slice(input.text).contains(w))) {
        let after = input.elements.iter().rfind(|e| matches!(e.kind, ElementKind::Date | ElementKind::Note));
        if let Some(span) = after.and_then(|e| enclosed_after(input, e.span.end as usize, &taken, spacing)) {
            enclosed.push((0, span));
        }
    }
    // An attachment label inside the 附件说明 (`附件：方案` above the signature) opens no
    // attachment.
    let notes =
        SpanCover::new(input.elements.iter().filter(|e| e.kind == ElementKind::Attachments).map(|e| e.span).collect());
    for a in input.attachments.iter().filter(|a| !notes.covers(a.label.start)) {
        // A tree labelled by a line of the title read after the signature (`某某市市级财政专项资金` /
        // `管理办法` / `（试行）`): that title is the tree's; the lines after the label are its tail.
        // A title that starts right after the label on its line (`附件1：某省…办法`) is on it too.
        // Only the title after the signature and the last one read may reach this label: a
        // title read after an earlier label that reached past a later one took that label.
        let on_label = |t: &Span| t.start <= a.label.end && a.label.start < t.end;
        if enclosed.first().is_some_and(|(_, t)| on_label(t)) || enclosed.last().is_some_and(|(_, t)| on_label(t)) {
            continue;
        }
        // A tree opened by the enclosed document's title line (`火灾事故专项应急预案` above its
        // `1　事故风险分析`, the tree's first node): that line is its title. Not a table's header
        // row (`等级⇥标准`).
        let label = a.label.slice(input.text);
        let first = input.nodes.partition_point(|n| n.marker.start < a.label.end);
        let heads_its_nodes = input.nodes.get(first).is_some_and(|n| n.tree == a.tree);
        if heads_its_nodes && !is_table_row(label) && is_enclosed_title(label) {
            enclosed.push((a.tree, a.label));
        } else if let Some(span) = enclosed_after(input, a.label.end as usize, &taken, spacing) {
            enclosed.push((a.tree, span));
        }
    }
    Titles { title, enclosed }
}

/// Spans sorted by their start, with the furthest end reached so far: whether a position lies
/// inside one of them, found by bisection (a document with many attachment labels and
/// many 附件说明 asks once for each label).
struct SpanCover {
    spans: Vec<Span>,
    reach: Vec<u32>,
}

impl SpanCover {
    fn new(mut spans: Vec<Span>) -> Self {
        spans.sort_by_key(|s| s.start);
        let reach = spans
            .iter()
            .scan(0u32, |far, s| {
                *far = (*far).max(s.end);
                Some(*far)
            })
            .collect();
        SpanCover { spans, reach }
    }

    /// True when `at` lies inside one of the spans.
    fn covers(&self, at: u32) -> bool {
        let k = self.spans.partition_point(|s| s.start <= at);
        k.checked_sub(1).and_then(|k| self.reach.get(k)).is_some_and(|&far| at < far)
    }
}

/// The line breaks that part two lines of a title in the text of `block` (its lines as they
/// are, single-spaced): 2 in a hard-wrapped text with a blank line after every line
/// ([`crate::text::lines::line_spacing`]), and in a text of whole paragraphs with a blank line
/// after every one ([`crate::text::lines::blank_line_spacing`]) where a line opens a title with
/// `关于` and no type word and one blank line parts it from the next
/// (`国务院关于印发国家职业教育改革` / `` / `实施方案的通知`, a 通知 copied with a blank line after
/// every line): no title ends on such a line. Else 1: a case's theme above its name on a web
/// page stays apart (`公序良俗原则在合同效力认定中的适用` / `` / `常某某诉许某网络服务合同案`).
fn title_spacing(input: &Input<'_>, block: &Block<'_>) -> usize {
    use crate::text::lines::{blank_line_spacing, line_spacing};
    let spacing = line_spacing(input.text, input.lines);
    if spacing > 1 {
        return spacing;
    }
    let blank = |k: usize| block.lines.get(k).is_some_and(|&(s, e)| s >= e);
    let open_title = |k: usize| {
        block.line(k).is_some_and(|l| {
            l.trim_start_matches(is_space).starts_with(ABOUT) || starts_with_issuer(l) || issuer_replies(l)
        }) && block.is_title_like(k)
            && !block.ends_with_type(k)
    };
    let parted_once = |k: usize| blank(k + 1) && block.lines.get(k + 2).is_some_and(|&(s, e)| s < e);
    // The block's few lines first: the spacing of the whole text is read only for a title
    // that may go on below a blank line.
    let parted_title = (0..block.lines.len()).any(|k| open_title(k) && parted_once(k));
    if parted_title && blank_line_spacing(input.text, input.lines) != 1 { 2 } else { 1 }
}

/// `line` opens a reply's title with its issuing body and `对` ([`REPLY_TO`]): the body's name
/// ends with one of [`ISSUER_ENDINGS`] right before it (`国务院办公厅对十届全国人大四次会议` /
/// `第7240号建议的答复`, the replies to deputies' proposals on gov.cn).
fn issuer_replies(line: &str) -> bool {
    let line = line.trim_start_matches(is_space);
    line.find(REPLY_TO)
        .is_some_and(|k| line.get(..k).is_some_and(|body| ISSUER_ENDINGS.iter().any(|w| body.ends_with(w))))
}

/// `lines` without each blank line that stands alone between two lines with words: in a
/// double-spaced text ([`crate::text::lines::line_spacing`]) such a blank line parts the
/// lines of one paragraph (`关于印发《某某办法（` / `` / `2024` / `` / `年修订）》的通知`).
fn without_single_blanks(lines: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let blank = |k: Option<&(usize, usize)>| k.is_none_or(|&(s, e)| s >= e);
    (0..lines.len())
        .filter(|&k| !blank(lines.get(k)) || k == 0 || blank(lines.get(k - 1)) || blank(lines.get(k + 1)))
        .filter_map(|k| lines.get(k).copied())
        .collect()
}

/// The part of preamble line `start..end` that may hold a title: after a metadata label that
/// names it (`标题：某市人民政府关于…的通知`, [`TITLE_LABELS`]; up to a TAB that opens the next
/// cell) or a site's column tag in lenticular brackets (`【政策解读】《…》解读`), and before a
/// document number or a date in brackets glued to its end (`…关于印发《…办法》的通知（某财发〔2024〕7号）`:
/// the number is an element, not the title's).
fn title_line_bounds(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = after_title_label(text, start, end)
        .or_else(|| after_bare_title_label(text, start, end))
        .or_else(|| after_column_tag(text, start, end));
    let (s, e) = s.unwrap_or((start, end));
    (s, before_glued_number(text, s, e))
}

/// The value of a metadata cell that names the title (`标题：…`, [`TITLE_LABELS`]), the cell
/// first on its line or after white space (a table flattened to one line: `索引号：… 标题：…
/// 发文字号：…`), up to a TAB or the label of the next cell ([`METADATA_LABELS`]).
fn after_title_label(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let line = text.get(start..end)?;
    let colons = || line.char_indices().filter(|(_, c)| COLONS.contains(c));
    let is_title_cell = |k: usize| TITLE_LABELS.iter().any(|l| cell_label_start(line, k, l).is_some());
    let (k, colon) = colons().find(|&(k, _)| is_title_cell(k))?;
    let from = skip_padding(text, start + k + colon.len_utf8(), end) - start;
    let next_cell = colons().filter(|&(c, _)| c > from).find_map(|(c, _)| {
        METADATA_LABELS.iter().chain(TITLE_LABELS.iter()).find_map(|l| cell_label_start(line, c, l))
    });
    let tab = line.get(from..)?.find('\t').map(|t| from + t);
    let value_end = next_cell.into_iter().chain(tab).min().unwrap_or(line.len());
    let value = trim_space_end(line.get(from..value_end)?);
    (!value.is_empty()).then_some((start + from, start + from + value.len()))
}

/// The value of a title cell whose label stands apart from it without a colon, as a table copied
/// with its cells parted by white space prints it (`标题⇥关于…的通知⇥发文字号⇥某府〔2024〕3号`, ⇥ a TAB,
/// `索引号 000014349/2024-00012 发文机关 某某市人民政府 标题 关于…的通知 发文字号 …`): the label
/// ([`TITLE_LABELS`]) first on the line or after white space, white space after it, and the value
/// up to a TAB or the next cell's label ([`METADATA_LABELS`]) between white space.
fn after_bare_title_label(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let line = text.get(start..end)?;
    // White space or padding follows the label: most lines hold none (no byte of theirs starts
    // one), and no label search runs on them.
    if !line.bytes().any(|b| SPACE.may_start(b)) {
        return None;
    }
    let from = TITLE_LABELS.iter().find_map(|label| {
        line.match_indices(label)
            .map(|(k, _)| k)
            .find(|&k| {
                let before = line.get(..k).unwrap_or("");
                let after = line.get(k + label.len()..).unwrap_or("");
                (before.is_empty() || before.ends_with(is_space)) && after.starts_with(is_space)
            })
            .map(|k| k + label.len())
    })?;
    let from = skip_padding(text, start + from, end) - start;
    let rest = line.get(from..)?;
    let next_cell = METADATA_LABELS.iter().chain(TITLE_LABELS.iter()).filter_map(|label| {
        rest.match_indices(label).map(|(k, _)| k).find(|&k| {
            let after = rest.get(k + label.len()..).unwrap_or("");
            rest.get(..k).is_some_and(|b| b.ends_with(is_space))
                && (after.is_empty() || after.starts_with(is_space) || after.starts_with(COLONS))
        })
    });
    let value_end = next_cell.chain(rest.find('\t')).min().unwrap_or(rest.len());
    let value = trim_space_end(rest.get(..value_end)?);
    // A value longer than a title is running text after a word `标题` (a text whose line breaks
    // were lost), no cell.
    let short = value.chars().nth(MAX_TITLE_CHARS).is_none();
    (!value.is_empty() && short).then_some((start + from, start + from + value.len()))
}

/// Where `label` starts when it ends right before byte `colon` of `line`, white space inside
/// it and before the colon allowed (`标　　题：`), and opens a cell: first on the line or after
/// white space.
fn cell_label_start(line: &str, colon: usize, label: &str) -> Option<usize> {
    let before = line.get(..colon)?;
    let mut want = label.chars().rev().peekable();
    let mut at = colon;
    for (k, c) in before.char_indices().rev() {
        if want.peek().is_none() {
            break;
        }
        if is_space(c) {
            continue;
        }
        if want.next() != Some(c) {
            return None;
        }
        at = k;
    }
    let rest = before.get(..at)?;
    (want.peek().is_none() && (rest.is_empty() || rest.ends_with(is_space))).then_some(at)
}

/// The words after a site's column tag (`【政策解读】`, `【图解】`: at most
/// [`MAX_HEADLINE_TAG_CHARS`] characters, no white space or colon in it) that opens a headline.
fn after_column_tag(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let line = text.get(start..end)?;
    let (open, close) = COLUMN_TAG_BRACKETS;
    let (tag, _) = line.strip_prefix(open)?.split_once(close)?;
    let chars = tag.chars().count();
    let plain = !tag.contains(|c: char| is_space(c) || COLONS.contains(&c));
    let rest = skip_padding(text, start + open.len_utf8() + tag.len() + close.len_utf8(), end);
    ((1..=MAX_HEADLINE_TAG_CHARS).contains(&chars) && plain && rest < end).then_some((rest, end))
}

/// The end of line `start..end` before a document number or a date in brackets glued to it
/// (`…的通知（某财发〔2024〕7号）`, `…的通知（2024年3月1日）`: a web copy's 发文字号 and 成文日期).
fn before_glued_number(text: &str, start: usize, end: usize) -> usize {
    let Some(line) = text.get(start..end).filter(|l| l.ends_with(['）', ')'])) else { return end };
    let open = line.char_indices().rev().find(|&(_, c)| matches!(c, '（' | '('));
    let Some((k, _)) = open.filter(|&(k, _)| k > 0) else { return end };
    let bracket = line.get(k..).unwrap_or("");
    let inner = bracket.get(open.map_or(0, |(_, c)| c.len_utf8())..).and_then(|r| r.strip_suffix(['）', ')']));
    let date = inner.is_some_and(|d| crate::elements::date::whole_date(d.trim()).is_some());
    if date || crate::elements::head::bracketed_number(bracket).is_some() {
        start + trim_space_end(line.get(..k).unwrap_or("")).len()
    } else {
        end
    }
}

/// The elements whose lines are never title lines.
fn is_head_or_signature(kind: ElementKind) -> bool {
    matches!(
        kind,
        ElementKind::CopyNumber
            | ElementKind::Secrecy
            | ElementKind::Urgency
            | ElementKind::IssuerMark
            | ElementKind::DocNumber
            | ElementKind::Signer
            | ElementKind::Recipients
            | ElementKind::Issuer
            | ElementKind::Date
            | ElementKind::Note
    )
}

/// A title on the few lines after byte `from` (the end of a signature or an attachment
/// label), before any sentence or outline unit.
fn enclosed_after(input: &Input<'_>, from: usize, taken: &[Span], spacing: usize) -> Option<Span> {
    let first = input.lines.partition_point(|l| l.next <= from);
    // The nodes are in text order: the first at or after `from`, found by bisection (a
    // document with many attachment labels or signatures asks once for each).
    let next = input.nodes.partition_point(|n| (n.marker.start as usize) < from);
    let limit = input.nodes.get(next).map_or(input.text.len(), |n| n.marker.start as usize);
    let mut lines = Vec::new();
    for line in input.lines.iter().skip(first) {
        let start = line.start.max(from);
        let (s, e) = strip_noise(input.text, input.noise, start, line.end);
        if s >= e {
            continue;
        }
        if lines.len() > MAX_ENCLOSED_GAP + MAX_TITLE_LINES || s >= limit {
            break;
        }
        let line = input.text.get(s..e).unwrap_or("");
        // A sentence, an attachment label (the document after a signature comes straight), or
        // a contents label (the document's contents follow its title: `目　录` / `1　总则`).
        if has_sentence_end(line) || is_label(line) || is_contents_label(line) {
            break;
        }
        // An attachment label before the title on its line (`附件1：某省…管理办法`) is no part of it.
        let s = attachment_label(line).map_or(s, |len| skip_padding(input.text, s + len, e));
        lines.push((s, e));
    }
    let block = Block { text: input.text, noise: input.noise, limit, lines: &lines, taken, spacing };
    let pick = (0..lines.len().min(MAX_ENCLOSED_GAP + 1)).find(|&i| block.is_title_like(i))?;
    block.around(pick)
}

/// The title of a work report printed as one long line (line breaks lost): the words before
/// the dash when they end with a type word (`政府工作报告——2008年3月5日在…`), or the words up
/// to the last type word before the dash (`政府工作报告国务院总理 李克强——2019年…`); in a
/// text of one line with no dash near its start, the words up to its first type word
/// (`政府工作报告第十二届全国人大二次会议…`) when they name a work report. The words are
/// ideographs and digits only. Else, in a text of one line, the title before a space, the
/// title an element follows, or an order's regulation printed under its signature.
fn run_on_title(text: &str, start: usize, end: usize, one_line: bool) -> Option<Span> {
    let line = text.get(start..end)?;
    let window: usize = line.char_indices().nth(MAX_DASH_TITLE_CHARS).map_or(line.len(), |(i, _)| i);
    let head = line.get(..window)?;
    let dash = WORK_REPORT_DASHES.iter().filter_map(|d| head.find(d)).min();
    let words = |s: &str| s.chars().all(|c| is_cjk_ideograph(c) || c.is_ascii_digit() || is_space(c));
    // Where a type word ends in `head[..limit]`: the last one, or the first.
    let type_end = |limit: usize, last: bool| {
        let mut ends = head
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .filter(|&k| k <= limit)
            .filter(|&k| head.get(..k).is_some_and(|h| TITLE_ENDINGS.iter().any(|w| h.ends_with(w))));
        if last { ends.next_back() } else { ends.next() }
    };
    let title_end = match dash {
        Some(d) => type_end(d, true)?,
        None if one_line => match type_end(head.len(), false).filter(|&k| head.get(..k).is_some_and(is_work_report)) {
            Some(k) => k,
            None => {
                let (a, b) = title_before_space(line)
                    .or_else(|| title_before_file_extension(line))
                    .map(|k| (0, k))
                    .or_else(|| glued_title(line))
                    .or_else(|| crate::elements::run_on::order_title(line))
                    .or_else(|| title_printed_again(line).map(|k| (0, k)))?;
                return Some(Span::from_usize(start + a, start + b));
            }
        },
        None => return None,
    };
    let title = trim_space_end(head.get(..title_end)?);
    words(title).then(|| Span::from_usize(start, start + title.len()))
}

/// In a text of one line (line breaks lost), the words before its first space when they
/// read as a title: short, no sentence or clause in them, a type word at their end, and
/// `关于` in them (`某区教育局关于做好暑期安全工作的通知 各中小学：…`). Their length in bytes.
fn title_before_space(line: &str) -> Option<usize> {
    let limit = line.char_indices().nth(MAX_TITLE_CHARS).map_or(line.len(), |(i, _)| i);
    let end = line.get(..limit)?.find(|c: char| is_space(c))?;
    let words = line.get(..end)?;
    (words.contains(ABOUT) && is_enclosed_title(words)).then_some(end)
}

/// In a text of one line (line breaks lost), the file name a sharing site prints first
/// (`2023年某市教育局工作要点范文.docx上传人:太** …`, the copy of a seed document with its line
/// breaks removed): the words before a file extension ([`FILE_EXTENSIONS`]) at most
/// [`MAX_TITLE_CHARS`] chars into the line, ideographs and digits only. Their length in bytes.
fn title_before_file_extension(line: &str) -> Option<usize> {
    let limit = line.char_indices().nth(MAX_TITLE_CHARS).map_or(line.len(), |(i, _)| i);
    let head = line.get(..limit)?;
    let end = FILE_EXTENSIONS.iter().filter_map(|ext| head.find(ext)).min()?;
    let words = head.get(..end)?;
    let named = words.chars().count() >= 4 && words.chars().all(|c| is_cjk_ideograph(c) || c.is_ascii_digit());
    named.then_some(end)
}

/// In a text of one line (line breaks lost), the words a sharing site prints first and again
/// after its chrome (`教育局落实上级决策方面存在的问题集聚3篇整理文档很辛苦,赏杯茶钱您下走!…资源描述1/28
/// 教育局落实上级决策方面存在的问题集聚3篇教育局…`, the copy of a seed document with its line breaks
/// removed): the longest start of the line, at least [`MIN_REPEATED_TITLE_CHARS`] and at most
/// [`MAX_TITLE_CHARS`] chars of ideographs and digits, that the line prints again within its
/// first [`MAX_REPEATED_TITLE_GAP`] bytes and that ends with a type word or a collection's count,
/// with no full stop between the two prints: the site's chrome has none, while a text that
/// restates its own first words has sentences between (`各级行政机关要严格依法办事，…。各级行政机关
/// 要严格依法行政` gives no title `各级行政机关要严格依法`). Its length in bytes.
fn title_printed_again(line: &str) -> Option<usize> {
    let limit = line.char_indices().nth(MAX_TITLE_CHARS).map_or(line.len(), |(i, _)| i);
    let words = line.get(..limit)?;
    let words_end = words.find(|c: char| !(is_cjk_ideograph(c) || c.is_ascii_digit())).unwrap_or(words.len());
    let words = words.get(..words_end)?;
    let probe = words.get(..words.char_indices().nth(MIN_REPEATED_TITLE_CHARS)?.0)?;
    let window = line.get(..crate::text::floor_char_boundary(line, MAX_REPEATED_TITLE_GAP))?;
    let again = memchr::memmem::find(window.get(probe.len()..)?.as_bytes(), probe.as_bytes())? + probe.len();
    let copy = line.get(again..)?;
    let common = words.char_indices().take_while(|&(i, c)| copy.get(i..).is_some_and(|r| r.starts_with(c))).last()?;
    let title = words.get(..common.0 + common.1.len_utf8())?;
    if line.get(title.len()..again)?.contains(FULL_STOP) {
        return None;
    }
    // A name's first words printed again in the text (`劳动者与用人单位订立…` … `劳动者与用人单位`) end
    // with no type word; a site's collection ends with its count (`…集聚3篇`, `…范文5篇`).
    let collection =
        title.strip_suffix(COLLECTION_COUNT_WORD).is_some_and(|head| head.ends_with(|c: char| c.is_ascii_digit()));
    (collection || TITLE_ENDINGS.iter().any(|w| title.ends_with(w))).then_some(title.len())
}

/// The word after the count of a sharing site's collection title (`…存在的问题集聚3篇`,
/// `…工作总结范文5篇`), where its title ends ([`title_printed_again`]).
const COLLECTION_COUNT_WORD: char = '篇';

/// The full stop that shows a text's own sentences, never a site's chrome, between the two
/// prints of [`title_printed_again`].
const FULL_STOP: char = '。';

/// The fewest chars of a title that [`title_printed_again`] takes.
const MIN_REPEATED_TITLE_CHARS: usize = 8;

/// How far into a one-line text, in bytes, [`title_printed_again`] looks for its title again:
/// a sharing site's chrome between the two prints runs some hundred chars.
const MAX_REPEATED_TITLE_GAP: usize = 1500;

/// True when `line` is a web headline with a column tag before one bar (`一图读懂｜《…》政策解读`):
/// the bar is its only site character, the tag before it is short and has no white space, and
/// the text after it names a document in a book title. A breadcrumb or a site label (`分类 | 机关公文`, `首页 > 政策`) is none.
fn is_headline_bar_line(line: &str) -> bool {
    let Some((tag, subject)) = line.split_once(HEADLINE_BARS) else { return false };
    let tag_chars = tag.chars().count();
    (1..=MAX_HEADLINE_TAG_CHARS).contains(&tag_chars)
        && !tag.contains(char::is_whitespace)
        && !subject.starts_with(char::is_whitespace)
        && !tag.contains(NOT_TITLE_CHARS)
        && !subject.contains(NOT_TITLE_CHARS)
        && book_title(subject).is_some()
}

/// True when `title` names a work report (`政府工作报告`, [`WORK_REPORT_ENDING`]).
fn is_work_report(title: &str) -> bool {
    title.ends_with(WORK_REPORT_ENDING)
}

/// Lines where a title may stand, as the title rule reads them.
struct Block<'p> {
    text: &'p str,
    noise: &'p NoiseMap<'p>,
    /// No title line starts at or after this byte (the first outline unit).
    limit: usize,
    /// Each line's `(start, end)`, without the noise and padding at its ends.
    lines: &'p [(usize, usize)],
    /// The spans of document elements: their lines are no title lines.
    taken: &'p [Span],
    /// The line breaks between two lines of one paragraph
    /// ([`crate::text::lines::line_spacing`]).
    spacing: usize,
}

impl Block<'_> {
    /// The title: the first title-like line that ends with a type word, else the first
    /// title-like line, with the lines it is set over.
    fn title(&self) -> Option<Span> {
        let typed = |i: &usize| {
            self.is_title_like(*i)
                && (self.ends_with_type(*i) || self.type_word_goes_on(*i))
                && !self.is_broken_sentence(*i)
        };
        let mut typed_lines = (0..self.lines.len()).filter(typed);
        // A title printed as the page's headline before a metadata cell's (`标题：…` in the
        // table above it): the cell gives the title only where nothing else does.
        let first = typed_lines.next().map(|i| {
            if self.is_cell_value(i) {
                (i + 1..self.lines.len()).filter(typed).find(|&k| !self.is_cell_value(k)).unwrap_or(i)
            } else {
                i
            }
        });
        let pick = match first {
            // A site's column label (`通知公告`) above the title, which holds 关于 (on the line
            // that ends with the type word, or on a line above it that the title is set over:
            // `关于印发某某县防汛抗旱` / `应急预案的通知`).
            // The header of a 公告 above its issue number (`国家税务总局公告` / `2024年第5号`) when the
            // title with 关于 follows (`国家税务总局关于…的公告`).
            // A column label above a title of its own, with 关于 or without (`通知公告` /
            // `中华人民共和国个人所得税法`, `通知公告` / `某某有限公司` / `风险评估报告`): that title.
            Some(i) if self.is_column_label(i) || self.above_issue_number(i) => {
                let below = || (i + 1..self.lines.len()).filter(typed).find(|&k| self.first_of_title(k) > i);
                let below = if self.is_column_label(i) { below() } else { None };
                typed_lines
                    .find(|&k| self.around(k).is_some_and(|t| t.slice(self.text).contains(ABOUT)))
                    .or(below)
                    .unwrap_or(i)
            }
            Some(i) => i,
            // A line with no type word right above a date is a signature (`上海市人民政府` /
            // `2023年5月6日`), not a title, unless it names a document in `《…》` (no issuer
            // does): a page's headline over its date (`《…管理办法》解读` / `2024-03-05`).
            None => {
                // Nor is a list of addressees (`各区人民政府（管委会）` / `市政府各部门：`).
                let untyped = |i: &usize| {
                    self.is_title_like(*i)
                        && !self.is_broken_sentence(*i)
                        && (!self.above_date(*i) || self.names_a_document(*i))
                        && !self.line(*i).is_some_and(|l| l.trim_start_matches(is_space).starts_with(ADDRESSEES_OPENER))
                };
                let first = (0..self.lines.len()).find(untyped)?;
                // A site's column label (`政策解读`) above a headline that names a document
                // (`《某市促进消费若干措施》解读`): the headline.
                let headline = || (first + 1..self.lines.len()).filter(untyped).find(|&k| self.names_a_document(k));
                match self.is_column_label(first).then(headline).flatten() {
                    Some(k) => return self.around_below(k, first + 1),
                    None => return self.headline_over_two_lines(first, untyped),
                }
            }
        };
        self.around(pick)
    }

    /// The title of a headline without a type word that starts on line `first`: the lines it
    /// is set over ([`Block::around`]), and the line right below when that one says what the
    /// first presents by naming a document the first does not name
    /// (`某市人民政府新闻办公室举行新闻发布会` / `介绍《某市促进消费若干措施》有关情况`, a press
    /// conference's page).
    fn headline_over_two_lines(&self, first: usize, untyped: impl Fn(&usize) -> bool) -> Option<Span> {
        let span = self.around(first)?;
        let next = first + 1;
        let alone =
            self.last_of_title(self.first_of_title(first), first) == first && self.adjacent(first) && untyped(&next);
        let presents = alone && self.names_a_document(next) && !self.names_a_document(first);
        let says_what = alone && self.is_book_title_line(first) && self.is_headline_tail(next);
        match (presents || says_what).then(|| self.trimmed_line(next)).flatten() {
            Some(below) => Some(span.cover(below)),
            None => Some(span),
        }
    }

    /// Line `i` is a book title and nothing else (`《关于进一步优化营商环境的若干措施》`): a page's
    /// headline that the line below finishes by saying what the page is about it
    /// ([`Block::is_headline_tail`]).
    fn is_book_title_line(&self, i: usize) -> bool {
        self.line(i).is_some_and(|l| {
            let l = l.trim_start_matches(is_space);
            // The first closing mark ends the line: one book title, not two (`《甲》《乙》`).
            let first_close =
                l.find(BOOK_TITLE_CLOSE).and_then(|k| l.get(k..)?.chars().next().map(|c| k + c.len_utf8()));
            l.starts_with(BOOK_TITLE_OPEN) && first_close == Some(l.len())
        })
    }

    /// Line `i` is the short rest of a headline whose first line is a book title: a few words
    /// ([`MAX_HEADLINE_TAIL_CHARS`]), no book title, none of a sentence
    /// (`《…若干措施》` / `政策解读`, `《…》` / `答记者问`, as government portals print them).
    fn is_headline_tail(&self, i: usize) -> bool {
        self.line(i).is_some_and(|l| {
            let l = l.trim_start_matches(is_space);
            l.chars().count() <= MAX_HEADLINE_TAIL_CHARS && book_title(l).is_none() && !has_sentence_end(l)
        })
    }

    /// Line `i` stands right above an issue number and nothing else (`2024年第5号`, `第45号`,
    /// `〔2024〕第3期`, `（第45号）`).
    fn above_issue_number(&self, i: usize) -> bool {
        self.adjacent(i) && self.line(i + 1).is_some_and(is_issue_number)
    }

    /// Line `i` is the start of a sentence that a line break cut: it holds a comma, a semicolon
    /// or a sentence end outside brackets ([`clause_mark_outside_brackets`]) and goes on on the
    /// next line, which it leaves unfinished (`为进一步做好工作，根据有关规定和` / `要求，现将有关事项
    /// 通知如下：`, a notice that prints no title) or which ends like a sentence or a clause. A
    /// headline with a comma stands on its own (`处理加班费争议，如何分配举证责任` over `基本案情`,
    /// bench lawref:d4713e330fd6).
    fn is_broken_sentence(&self, i: usize) -> bool {
        self.line(i).is_some_and(clause_mark_outside_brackets)
            && (self.is_open(i) || (self.adjacent(i) && self.line(i + 1).is_some_and(|l| l.ends_with(NOT_TITLE_ENDS))))
    }

    /// Line `i` names a document in `《…》`.
    fn names_a_document(&self, i: usize) -> bool {
        self.line(i).and_then(book_title).is_some()
    }

    /// Line `i` stands right above a line that is a date and nothing else.
    fn above_date(&self, i: usize) -> bool {
        self.adjacent(i) && self.line(i + 1).is_some_and(|l| crate::elements::date::whole_date(l).is_some())
    }

    /// Line `i` may be a site's column label: short, without `关于`, no title's last line (`关于
    /// 印发《…》的` / `通知`), and not joined to the line below it, or right above a title of its
    /// own ([`Block::over_own_title`]). Right above a title of its own that opens with `关于`, it is
    /// one whatever stands above it (the site's name: `某某市人民政府` / `通知公告` / `关于…的通知`):
    /// a title's middle line never ends with a type word right before its `关于`.
    fn is_column_label(&self, i: usize) -> bool {
        if self.line(i).is_some_and(is_gazette_name) {
            return true;
        }
        self.line(i).is_some_and(|l| l.chars().count() <= MAX_COLUMN_LABEL_CHARS && !l.contains(ABOUT))
            && ((self.first_of_title(i) == i && (self.last_of_title(i, i) == i || self.over_own_title(i)))
                || (self.over_own_title(i) && self.opens_with_about(i + 1)))
    }

    /// Line `i` is a site's column label ([`MAX_COLUMN_LABEL_CHARS`], ending with a word of
    /// [`COLUMN_LABEL_ENDINGS`]: `政务公开`, `政策解读`) right above a line that opens with `关于`:
    /// the page's column, not the issuing body that starts the title below.
    fn column_over_about(&self, i: usize) -> bool {
        self.opens_with_about(i + 1)
            && self.line(i).is_some_and(|l| {
                l.chars().count() <= MAX_COLUMN_LABEL_CHARS && COLUMN_LABEL_ENDINGS.iter().any(|w| l.ends_with(w))
            })
    }

    /// Line `i` opens with `关于` (white space aside): a title without its issuing body.
    fn opens_with_about(&self, i: usize) -> bool {
        self.line(i).is_some_and(|l| l.trim_start_matches(is_space).starts_with(ABOUT))
    }

    /// Line `i` ends with a type word and so does the title-like line right below it: two
    /// titles, not one set over two lines (`通知公告` / `关于印发《…》的通知`, a site's column
    /// label copied with the page; a title's middle line ends with a type word only where the
    /// title goes on: `…执法全过程记录制度` / `重大执法决定法制审核制度的指导意见`, a long line).
    fn over_own_title(&self, i: usize) -> bool {
        self.adjacent(i) && self.ends_with_type(i) && self.is_title_like(i + 1) && self.ends_with_type(i + 1)
    }

    /// The title around line `pick`: the lines above and below it that belong to it.
    fn around(&self, pick: usize) -> Option<Span> {
        self.around_below(pick, 0)
    }

    /// [`Block::around`] with no line above line `floor` (a site's column label above).
    fn around_below(&self, pick: usize, floor: usize) -> Option<Span> {
        let first = self.first_of_title(pick).max(floor);
        let last = self.last_of_title(first, pick);
        let start = self.trimmed_line(first)?;
        let end = self.trimmed_line(last)?;
        Some(start.cover(end))
    }

    /// The text of line `i` without trailing space.
    fn line(&self, i: usize) -> Option<&str> {
        let &(start, end) = self.lines.get(i)?;
        self.text.get(start..end).map(trim_space_end)
    }

    /// The span of line `i` without trailing padding.
    fn trimmed_line(&self, i: usize) -> Option<Span> {
        let &(start, end) = self.lines.get(i)?;
        trimmed_span(self.text, start, end)
    }

    /// Line `i` may be (part of) a title: short, not ending like a sentence or a clause,
    /// no breadcrumb, contents, attachment or part label, element or noise, and some Chinese
    /// in it.
    fn is_title_like(&self, i: usize) -> bool {
        let Some(&(start, end)) = self.lines.get(i) else { return false };
        if start >= end || end > self.limit {
            return false;
        }
        let Some(line) = self.line(i) else { return false };
        // Counting stops past the limit: a long line is no title, whatever its length.
        let chars = line.chars().take(MAX_TITLE_CHARS + 1).count();
        let span = Span::from_usize(start, end);
        // The cheap tests first: the element readers last.
        chars > 0
            && chars <= MAX_TITLE_CHARS
            && !line.ends_with(NOT_TITLE_ENDS)
            && !self.noise.overlaps(span)
            && !self.taken.iter().any(|t| t.start < span.end && span.start < t.end)
            && (!line.contains(NOT_TITLE_CHARS) || is_headline_bar_line(line))
            && line.chars().any(is_cjk_ideograph)
            && line.matches(PATH_SLASHES).count() < 2
            && !is_contents_label(line)
            && !is_label(line)
            && !is_element_line(line)
            && !is_table_row(line)
            && !is_site_name(line)
            && !is_head_note(line)
            && !is_wire_dateline(line)
            && !crate::elements::is_site_remark(line)
    }

    /// Line `i` ends with a document-type word ([`TITLE_ENDINGS`]), white space inside it
    /// aside (`几 个 问 题 的 通 知`, govcn:40), and bracketed notes after it left out
    /// (`行动方案（2024—2026年）`, `实施办法（试行）（征求意见稿）`).
    fn ends_with_type(&self, i: usize) -> bool {
        self.line(i).map(without_bracketed_tail).is_some_and(|l| {
            // Only the words that end with the line's last character (spaces aside) are
            // compared, that character decoded once.
            let last = l.chars().rev().find(|c| !is_space(*c));
            TITLE_ENDINGS
                .iter()
                .filter(|w| w.chars().next_back().is_none_or(|c| Some(c) == last))
                .any(|w| ends_with_squashed(l, w))
        })
    }

    /// Line `i` ends with the first characters of a type word ([`TITLE_ENDINGS`]) whose last
    /// ones are the whole of the line right below, bracketed notes aside (a PDF copy's hard wrap
    /// inside the word: `最高人民法院关于行政诉讼证据若干问题的规` / `定`, `…座谈会纪` / `要`).
    fn type_word_goes_on(&self, i: usize) -> bool {
        // The line below is read only when it may be a title line: a short one (its brackets
        // are then counted over a few characters, not over a long line's).
        if !self.adjacent(i) || !self.is_title_like(i + 1) {
            return false;
        }
        let (Some(line), Some(next)) = (self.line(i), self.line(i + 1)) else { return false };
        let rest: String = without_bracketed_tail(next).chars().filter(|c| !is_space(*c)).collect();
        !rest.is_empty()
            && TITLE_ENDINGS.iter().any(|w| {
                w.len() > rest.len() && w.strip_suffix(rest.as_str()).is_some_and(|head| ends_with_squashed(line, head))
            })
    }

    /// No blank line separates line `i` from line `i + 1` (one blank line in a double-spaced
    /// text).
    fn adjacent(&self, i: usize) -> bool {
        match (self.lines.get(i), self.lines.get(i + 1)) {
            (Some(&(_, end)), Some(&(next, _))) => line_breaks(self.text.get(end..next).unwrap_or("")) <= self.spacing,
            _ => false,
        }
    }

    /// The brackets lines `from..=to` leave open: openers minus closers of `（《〈(`.
    fn open_brackets(&self, from: usize, to: usize) -> i32 {
        (from..=to).filter_map(|i| self.line(i)).map(bracket_balance).sum()
    }

    /// The first line of the title that line `pick` belongs to: any adjacent lines above
    /// while a bracket closed below was opened above, then, unless that line holds the issuing
    /// body and `关于`, up to two title-like lines right above it that end with no type word
    /// (`国务院办公厅关于深入开展消费扶贫` / `助力打赢脱贫攻坚战的指导意见`).
    fn first_of_title(&self, pick: usize) -> usize {
        let mut first = pick;
        while first > 0
            && pick - first < MAX_BRACKET_LINES
            && self.adjacent(first - 1)
            && self.open_brackets(first, pick) < 0
            && self.line(first - 1).is_some_and(|l| !l.ends_with(NOT_TITLE_ENDS))
        {
            first -= 1;
        }
        // `上海市人民政府办公厅关于…`: the issuing body and 关于 on one line start the title;
        // so does a metadata cell's value (`标题：…`, [`title_line_bounds`]).
        if self.line(first).is_some_and(starts_with_issuer) || self.after_label(first) {
            return first;
        }
        while first > 0
            && (pick - first < MAX_TITLE_LINES - 1 || (pick - first < MAX_BRACKET_LINES && self.is_open(first - 1)))
            && self.adjacent(first - 1)
            && self.is_title_like(first - 1)
            && !self.ends_with_type(first - 1)
            && !self.line(first - 1).is_some_and(is_bracketed_line)
            && !self.issuer_over_own_title(first - 1)
            && !self.column_over_about(first - 1)
        {
            first -= 1;
            // An issuing body and 关于 on the line start the title.
            if self.line(first).is_some_and(starts_with_issuer) {
                break;
            }
        }
        self.about_line_above(first, pick).unwrap_or(first)
    }

    /// The line that opens with `关于` (an issuing body before it or not) above line `first`
    /// of a title that ends on line `pick` and is set over more than [`MAX_TITLE_LINES`] lines
    /// (`关于印发` / `某市中小学` / `课后服务` / `管理办法的通知`, a title printed in short lines
    /// on a red-header page): the lines between it and `first` are title lines with no type
    /// word, and a `的` after `关于` ties the subject to the type word, as in every title of
    /// this form (`关于我们`, a site's link above a title, has none). At most
    /// [`MAX_BRACKET_LINES`] lines in all.
    fn about_line_above(&self, first: usize, pick: usize) -> Option<usize> {
        let opens_about = |l: &str| l.trim_start_matches(is_space).starts_with(ABOUT) || starts_with_issuer(l);
        if self.line(first).is_none_or(opens_about) {
            return None;
        }
        let lowest = (pick + 1).saturating_sub(MAX_BRACKET_LINES);
        let mut i = first;
        while i > lowest {
            i -= 1;
            let line = self.line(i)?;
            if !self.adjacent(i)
                || !self.is_title_like(i)
                || self.ends_with_type(i)
                || is_bracketed_line(line)
                || self.issuer_over_own_title(i)
            {
                return None;
            }
            if opens_about(line) {
                let tied = (i..=pick).filter_map(|k| self.line(k)).any(|l| l.contains(ABOUT_TIE));
                return tied.then_some(i);
            }
        }
        None
    }

    /// Line `i` names an issuing body ([`ISSUER_ENDINGS`]) whose place the line below opens
    /// with again: that line is a title of its own, which names its place itself
    /// (`某省人民代表大会常务委员会` / `某省物业管理条例`, the body that passed a regulation printed
    /// above it on provincial sites), not the rest of a title the body opens
    /// (`上海财经大学计算机与人工智能学院` / `本科生素质综合评价实施细则`, dev d21).
    fn issuer_over_own_title(&self, i: usize) -> bool {
        let (Some(above), Some(below)) = (self.line(i), self.line(i + 1)) else { return false };
        ISSUER_ENDINGS.iter().any(|w| above.ends_with(w))
            && opening_place(above).is_some_and(|place| below.trim_start_matches(is_space).starts_with(place))
    }

    /// Line `i` is the value of a metadata cell or follows a column tag: a colon or a `】`
    /// stands before it on its line (white space aside).
    fn after_label(&self, i: usize) -> bool {
        self.char_before(i).is_some_and(|c| COLONS.contains(&c) || c == COLUMN_TAG_BRACKETS.1)
    }

    /// Line `i` is the value of a metadata cell (`标题：…`).
    fn is_cell_value(&self, i: usize) -> bool {
        self.char_before(i).is_some_and(|c| COLONS.contains(&c))
    }

    /// The character before line `i`'s start on its line, white space aside.
    fn char_before(&self, i: usize) -> Option<char> {
        let &(start, _) = self.lines.get(i)?;
        let before = self.text.get(..start)?;
        before.trim_end_matches(|c: char| is_space(c) && !matches!(c, '\n' | '\r')).chars().next_back()
    }

    /// Line `i` leaves the title unfinished: it ends with `关于`, `的`, `和`
    /// ([`TITLE_OPEN_ENDS`]) or leaves a bracket open, so the next line goes on with it.
    fn is_open(&self, i: usize) -> bool {
        self.line(i).is_some_and(|l| TITLE_OPEN_ENDS.iter().any(|w| l.ends_with(w)) || bracket_balance(l) > 0)
    }

    /// The last line of the title that starts on line `first` and holds line `pick`: lines
    /// below while a bracket stays open (`…药品管理法` / `实施条例》有关规定的决定`), a short
    /// bracketed line (`（2021-2023年）`), and up to two title-like lines that end with a type
    /// word (`…执法全过程记录制度` / `重大执法决定法制审核制度的指导意见`) unless one starts a
    /// title of its own (an issuing body and `关于`, or `关于` under a line that ends with a type word).
    fn last_of_title(&self, first: usize, pick: usize) -> usize {
        let mut last = pick;
        while last - first < MAX_BRACKET_LINES && self.adjacent(last) {
            let Some(next) = self.line(last + 1) else { break };
            if self.lines.get(last + 1).is_none_or(|&(_, end)| end > self.limit) {
                break;
            }
            // A line that leaves the title unfinished (`…国民经济和` / `社会发展统计公报`).
            let open = self.open_brackets(first, last) > 0 || (self.is_open(last) && self.is_title_like(last + 1));
            let bracketed = is_short_bracketed(next);
            // A title that already ends with its type word goes on only with title words, never
            // with a body sentence that a wrap cut after a type word (`…意见的公告` ⏎ `为提高立法质量，
            // 现将《…（征求意见`).
            // Nor with a line that opens with `关于` (a page's headline, the regulation's name, over
            // the notice that transmits it: `…服务管理规定` ⏎ `关于印发《…服务管理规定》的通知`).
            let typed = last - pick < MAX_TITLE_LINES - 1
                && self.is_title_like(last + 1)
                && self.ends_with_type(last + 1)
                && !starts_with_issuer(next)
                && !(self.ends_with_type(last)
                    && (clause_mark_outside_brackets(next) || self.opens_with_about(last + 1)));
            if !(open || bracketed || typed || self.type_word_goes_on(last)) || next.ends_with(NOT_TITLE_ENDS) {
                // A title that ends with its type word takes the note a hard wrap spread over
                // the lines below (`…评选办法` ⏎ `（2023` ⏎ `年11 月修订）`), and ends with it.
                if let Some(end) = self.ends_with_type(last).then(|| self.wrapped_note_end(last + 1)).flatten() {
                    last = end;
                }
                break;
            }
            last += 1;
        }
        last
    }

    /// The last line of a bracketed note that a PDF copy's hard wraps spread over lines `i..`
    /// (`（2023` ⏎ `年11 月修订）`, `（2023` ⏎ `年` ⏎ `1 0 月修订）`): the adjacent lines, at most
    /// [`MAX_BRACKET_LINES`], up to the one that closes the bracket line `i` opens, that read as
    /// one short bracketed line once joined ([`is_short_bracketed`]: no full date, no number).
    fn wrapped_note_end(&self, i: usize) -> Option<usize> {
        if !self.line(i)?.trim_start_matches(is_space).starts_with(['（', '(']) {
            return None;
        }
        let mut note = String::new();
        for k in i..i + MAX_BRACKET_LINES {
            if (k > i && !self.adjacent(k - 1)) || self.lines.get(k).is_none_or(|&(_, end)| end > self.limit) {
                return None;
            }
            note.push_str(self.line(k)?.trim_start_matches(is_space));
            if bracket_balance(&note) <= 0 {
                return (k > i && is_short_bracketed(&note)).then_some(k);
            }
        }
        None
    }
}

/// `line` is an issue number: an order number ([`is_order_number`]) in brackets or after a
/// year (`2024年第5号`, `〔2024〕第3期`, `（第45号）`, `第45号`).
fn is_issue_number(line: &str) -> bool {
    let s = line.trim();
    let s = s.strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')'])).unwrap_or(s);
    let s = match s.as_bytes().get(..4) {
        Some(year) if year.iter().all(u8::is_ascii_digit) => s.get(4..).and_then(|r| r.strip_prefix('年')).unwrap_or(s),
        _ => s,
    };
    let s = match s.strip_prefix(['〔', '[', '［']).and_then(|r| r.split_once(['〕', ']', '］'])) {
        Some((_, after)) => after,
        None => s,
    };
    is_order_number(s)
}

/// `line` opens a title with its issuing body: `关于` after some words and outside brackets
/// (`上海市人民政府办公厅关于…`). A `关于` inside `《》` is the title of the document a reply
/// answers (`某某市教育局关于某某区教育局` / `《关于申请设立某某学校的请示》的批复`): that line
/// goes on with the line above.
fn starts_with_issuer(line: &str) -> bool {
    line.find(ABOUT).is_some_and(|k| k > 0 && line.get(..k).is_some_and(|before| bracket_balance(before) == 0))
}

/// `line` is a gazette's name, the running head of a 政府公报 that a PDF copy prints above the
/// title on each page (`××市人民政府公报`, `中华人民共和国国务院公报`): an issuing body
/// ([`ISSUER_ENDINGS`]) and [`GAZETTE`], nothing else. A column label
/// ([`Block::is_column_label`]): passed over when a title with `关于` follows. A statistical
/// bulletin (`某市2023年国民经济和社会发展统计公报`) has no issuing body before its `公报`.
fn is_gazette_name(line: &str) -> bool {
    let line = line.trim_matches(is_space);
    line.strip_suffix(GAZETTE)
        .is_some_and(|body| !body.contains(ABOUT) && ISSUER_ENDINGS.iter().any(|w| body.ends_with(w)))
}

/// `line` without the bracketed notes at its end (`行动方案（2024—2026年）` → `行动方案`,
/// `实施办法（试行）（征求意见稿）` → `实施办法`); all of it when nothing is left before them.
pub(crate) fn without_bracketed_tail(line: &str) -> &str {
    let mut rest = trim_space_end(line);
    for _ in 0..MAX_BRACKETED_NOTES {
        if !rest.ends_with(['）', ')']) {
            break;
        }
        // The opener that closes to zero with the closer at the end: one backward pass, the
        // balance of the tail from each character kept as it goes.
        let mut balance = 0;
        let open = rest.char_indices().rev().find(|&(_, c)| {
            balance += bracket_step(c);
            matches!(c, '（' | '(') && balance == 0
        });
        match open.map(|(k, _)| trim_space_end(rest.get(..k).unwrap_or(""))) {
            Some(before) if !before.is_empty() => rest = before,
            _ => break,
        }
    }
    rest
}

/// `line` holds a comma, a semicolon or a sentence end ([`RUNNING_TEXT_MARKS`]) outside
/// brackets and book titles (`为进一步做好工作，根据…`; not `关于《甲，乙》的通知`).
fn clause_mark_outside_brackets(line: &str) -> bool {
    let mut depth = 0i32;
    line.chars().any(|c| {
        depth += bracket_step(c);
        depth <= 0 && RUNNING_TEXT_MARKS.contains(&c)
    })
}

/// The most bracketed notes [`without_bracketed_tail`] takes off a title's end.
const MAX_BRACKETED_NOTES: usize = 3;

/// Openers minus closers of the brackets of a title (`（《〈(` and `）》〉)`).
fn bracket_balance(s: &str) -> i32 {
    s.chars().map(bracket_step).sum()
}

/// 1 for an opener of a title's brackets (`（《〈(`), -1 for a closer (`）》〉)`), else 0.
fn bracket_step(c: char) -> i32 {
    match c {
        '（' | '《' | '〈' | '(' => 1,
        '）' | '》' | '〉' | ')' => -1,
        _ => 0,
    }
}

/// A line wholly in brackets (`（此件公开发布）`, the 附注 under a signature; `（试行）`): a note
/// that follows what it annotates, never the first line of a title below it (禄丰市人民政府
/// 常务会议议事规则 printed right under its notice's `(此件公开发布)`, a county site's copy).
fn is_bracketed_line(line: &str) -> bool {
    line.starts_with(['（', '(']) && line.ends_with(['）', ')']) && bracket_balance(line) == 0
}

/// A site's name (`某某市人民政府门户网站`, `中国政府网`: [`SITE_NAME_ENDINGS`]), no title line;
/// not a title's first line that a wrap ends after such a word (`国务院办公厅关于加强政府网站` ⏎
/// `信息内容建设的意见`, which holds the issuing body and `关于`).
fn is_site_name(line: &str) -> bool {
    SITE_NAME_ENDINGS.iter().any(|w| line.ends_with(w)) && !line.contains(ABOUT)
}

/// A news agency's dateline on a line of its own (`新华社北京2月21日电`, above the title of a
/// 中共中央 document it publishes): a month, the day's number (Arabic or Chinese) and
/// [`WIRE_DATELINE_END`] end it. Not a title line, so the title below it starts under it.
fn is_wire_dateline(line: &str) -> bool {
    let Some(head) = line.trim_matches(is_space).strip_suffix(WIRE_DATELINE_END) else { return false };
    let month = head.trim_end_matches(|c: char| {
        crate::numeral::arabic_digit(c).is_some()
            || crate::numeral::cn_digit(c).is_some()
            || crate::numeral::cn_unit(c).is_some()
    });
    month.len() < head.len() && month.ends_with('月')
}

/// A line wholly in brackets that holds a date: a statute's head note
/// (`（1991年3月4日中华人民共和国国务院令第76号发布…修订通过）`, govcn:58), not a title.
fn is_head_note(line: &str) -> bool {
    let inner = line.strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')']));
    inner.is_some_and(|s| s.char_indices().any(|(k, _)| s.get(k..).and_then(crate::elements::date::date_at).is_some()))
}

/// The longest cell of a table's header row, in characters (`评分标准`, `考核内容`, `责任单位`).
const MAX_HEADER_CELL_CHARS: usize = 8;

/// A table row flattened to a line (a score table's header `考核内容 分值 评分标准`, whose last
/// cell ends with a type word): cells parted by a TAB, or three or more short cells (two to
/// [`MAX_HEADER_CELL_CHARS`] characters) parted by spaces. A letter-spaced title
/// (`几 个 问 题 的 通 知`) has cells of one character; a title with its note after a space has
/// two cells.
fn is_table_row(line: &str) -> bool {
    if line.contains('\t') {
        return line.split('\t').filter(|c| !c.trim().is_empty()).count() >= 2;
    }
    let mut cells = 0usize;
    for cell in line.split(is_space).filter(|c| !c.is_empty()) {
        if !(2..=MAX_HEADER_CELL_CHARS).contains(&cell.chars().count()) {
            return false;
        }
        cells += 1;
    }
    cells >= 3
}

/// A line that is a document element, not a title: a document number (in brackets too), an issuer mark,
/// 份号, 密级 and 紧急程度 (`秘密★1年`, `特急`), an issue number (`第778号` under
/// `中华人民共和国国务院令`, `2024年第5号`), a date, an issuer and a date side by side (a 纪要's head line `市人民政府办公室　　2024年6月3日`), a metadata cell (`索引号：…`, `发文机关：国务院办公厅`)
/// or its label alone (`标题`), a row of cells (`时间：… 来源：…`).
fn is_element_line(line: &str) -> bool {
    is_form_field(line)
        || crate::elements::head::number_line(line).is_some()
        || crate::elements::head::bracketed_number(line).is_some()
        || is_masked_number_line(line)
        || crate::elements::head::is_issuer_mark(line)
        || crate::elements::head::is_marks_line(line)
        || is_issue_number(&squashed(line))
        || crate::elements::date::whole_date(line).is_some()
        || crate::elements::is_issuer_and_date(line)
        || line
            .split_once(['：', ':'])
            .is_some_and(|(label, _)| METADATA_LABELS.iter().chain(&COVER_LABELS).any(|m| eq_squashed(label, m)))
        || is_cell_label(line)
        || is_cell_row(line)
}

/// A form's field with its blank (`合同编号：________`, [`FORM_BLANKS`]): a colon with words before
/// it and nothing but blanks and white space after it, at least one blank.
fn is_form_field(line: &str) -> bool {
    line.split_once(COLONS).is_some_and(|(label, value)| {
        !label.trim().is_empty()
            && value.contains(FORM_BLANKS)
            && value.chars().all(|c| FORM_BLANKS.contains(&c) || is_space(c))
    })
}

/// `line` without its white space ([`crate::elements::squash`]), borrowed when it has none.
fn squashed(line: &str) -> std::borrow::Cow<'_, str> {
    if line.contains(char::is_whitespace) {
        std::borrow::Cow::Owned(crate::elements::squash(line))
    } else {
        std::borrow::Cow::Borrowed(line)
    }
}

/// A row of cells, each a label and its value, parted by white space: two or more words with
/// a colon after their first character (`时间：2024-01-05　　来源：某某市城管局　　作者：某某`, the
/// byline of a portal's article page, whatever its labels). A headline holds one colon at
/// most (`一图读懂：…`).
fn is_cell_row(line: &str) -> bool {
    let cell = |w: &str| w.char_indices().skip(1).any(|(_, c)| COLONS.contains(&c));
    line.split(is_space).filter(|w| cell(w)).nth(1).is_some()
}

/// A metadata cell's label alone on its line, its value on the next (`标题` ⏎ `关于…的通知`, a
/// table copied one cell a line): no title line.
fn is_cell_label(line: &str) -> bool {
    let label = line.trim_end_matches(COLONS);
    METADATA_LABELS.iter().chain(TITLE_LABELS.iter()).any(|m| eq_squashed(label, m))
}

/// A document number whose agency code is masked or left out, alone on its line: `×政复〔2013〕102号`
/// (a reply set as an exercise, its agency masked), `××府发〔2013〕5号`, `〔2013〕102号`. No title.
fn is_masked_number_line(line: &str) -> bool {
    if !line.ends_with('号') {
        return false;
    }
    let Some(open) = line.find(|c: char| YEAR_BRACKETS.iter().any(|&(o, _)| o == c)) else { return false };
    let code = line.get(..open).unwrap_or("");
    let masked = code.is_empty()
        || (code.chars().any(|c| NUMBER_MASKS.contains(&c))
            && code.chars().count() <= MAX_TITLE_CHARS
            && !code.chars().any(char::is_whitespace));
    // The number read with a stand-in agency code (two characters, the shortest a code has).
    masked && crate::elements::head::number_line(&format!("某某{}", line.get(open..).unwrap_or(""))).is_some()
}

/// True when `s` without its spaces ([`is_space`]) is `word`.
fn eq_squashed(s: &str, word: &str) -> bool {
    s.chars().filter(|c| !is_space(*c)).eq(word.chars())
}

/// True when `s` without its spaces ([`is_space`]) ends with `word`.
fn ends_with_squashed(s: &str, word: &str) -> bool {
    let mut kept = s.chars().rev().filter(|c| !is_space(*c));
    word.chars().rev().all(|w| kept.next() == Some(w))
}

/// An attachment label (`附件`, `附件1`, `附件：`) or a part label (`第一篇`) alone on its line.
fn is_label(line: &str) -> bool {
    if attachment_label(line).is_some_and(|len| line.get(len..).is_some_and(|r| r.trim().is_empty())) {
        return true;
    }
    part_label(line) || CASE_SECTION_LABELS.contains(&line)
}

/// A part label at the start of `line`: `第`, a Chinese number, `篇` or `部分`.
fn part_label(line: &str) -> bool {
    let Some(rest) = line.strip_prefix('第') else { return false };
    let Some((after, _)) = crate::numeral::cn_int(rest) else { return false };
    PART_LABEL_UNITS.iter().any(|u| after.starts_with(u))
}

/// `start..end` without the noise spans (and padding) at either end.
fn strip_noise(text: &str, noise: &NoiseMap<'_>, mut start: usize, mut end: usize) -> (usize, usize) {
    loop {
        start = skip_padding(text, start, end);
        match noise.at(crate::text::to_u32(start)) {
            Some(n) if start < end && (n.span.end as usize) > start => start = (n.span.end as usize).min(end),
            _ => break,
        }
    }
    while end > start {
        let Some(last) = text.get(start..end).and_then(|t| t.chars().next_back()) else { break };
        let at = end - last.len_utf8();
        if is_space(last) {
            end = at;
            continue;
        }
        match noise.at(crate::text::to_u32(at)) {
            Some(n) if (n.span.start as usize) < end => end = (n.span.start as usize).max(start),
            _ => break,
        }
    }
    (start, end)
}

/// The number of line breaks in `s`, `\r\n` counting as one.
fn line_breaks(s: &str) -> usize {
    let bytes = s.as_bytes();
    let lf = bytes.iter().filter(|&&b| b == b'\n').count();
    // Most texts break lines with `\n` alone: no `\r`, nothing more to count.
    if memchr::memchr(b'\r', bytes).is_none() {
        return lf;
    }
    let cr = bytes.iter().filter(|&&b| b == b'\r').count();
    lf + cr - bytes.windows(2).filter(|w| *w == b"\r\n").count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_and_bracketed_lines() {
        assert_eq!(bracket_balance("关于印发《上海财经大学学位论文作假行为处理办法（"), 2);
        assert_eq!(bracket_balance("9 月修订）》的通知"), -2);
        assert!(is_short_bracketed("（2021-2023年）"));
        assert!(is_short_bracketed("（试行）"));
        assert!(!is_short_bracketed("（2021年10月23日第十三届全国人民代表大会常务委员会第三十一次会议通过）"));
        assert_eq!(without_bracketed_tail("某市行动方案（2024—2026年）"), "某市行动方案");
        assert_eq!(without_bracketed_tail("某市实施办法（试行）（征求意见稿） "), "某市实施办法");
        assert_eq!(without_bracketed_tail("关于印发《某办法（试行）》的通知"), "关于印发《某办法（试行）》的通知");
        assert_eq!(without_bracketed_tail("（试行）"), "（试行）");
        assert_eq!(without_bracketed_tail("某某（甲（乙））"), "某某");
    }

    #[test]
    fn work_reports_on_one_line() {
        let title = |t: &str, one_line: bool| run_on_title(t, 0, t.len(), one_line).map(|s| s.slice(t).to_owned());
        let t = "政府工作报告——2008年3月5日在第十一届全国人民代表大会第一次会议上国务院总理温家宝各位代表：";
        assert_eq!(title(t, true).as_deref(), Some("政府工作报告"));
        let t = "2011年政府工作报告——2011年3月5日在第十一届全国人民代表大会第四次会议上";
        assert_eq!(title(t, true).as_deref(), Some("2011年政府工作报告"));
        let t = "政府工作报告国务院总理 李克强——2019年3月5日在第十三届全国人民代表大会第二次会议上";
        assert_eq!(title(t, true).as_deref(), Some("政府工作报告"));
        let t = "政府工作报告第十二届全国人大二次会议，2014年3月5日国务院总理 李克强各位代表：";
        assert_eq!(title(t, true).as_deref(), Some("政府工作报告"));
        assert_eq!(title(t, false), None, "no dash: only a text of one line");
        assert_eq!(title("我们要——坚持发展", true), None);
    }

    #[test]
    fn titles_glued_to_what_follows_them() {
        let title = |t: &str| glued_title(t).and_then(|(a, b)| t.get(a..b)).map(str::to_owned);
        let cases = [
            (
                "关于印发《某市专家库管理办法》的通知某科规〔2025〕5号各有关单位：",
                "关于印发《某市专家库管理办法》的通知",
            ),
            ("某省产业发展三年行动计划（2021-2023年）为加快推动产业发展，", "某省产业发展三年行动计划（2021-2023年）"),
            ("某市物业管理条例（2020年5月1日某市人大常委会通过）第一章总则", "某市物业管理条例"),
            (
                "某法院关于审理某类案件若干问题的规定法释〔2002〕21号经审判委员会通过。",
                "某法院关于审理某类案件若干问题的规定",
            ),
            ("某市贯彻落实“十四五”发展规划的实施意见各区农业农村委：", "某市贯彻落实“十四五”发展规划的实施意见"),
            ("- 1 -某大学文件 某大行规﹝2024﹞1 号关于印发《某办法》的通知校内各单位：", "关于印发《某办法》的通知"),
            ("附件某市北斗产业行动计划（试行）为加快发展，", "某市北斗产业行动计划（试行）"),
            ("某酒店有限公司风险评估报告某酒店有限公司二〇二四年四月目录", "某酒店有限公司风险评估报告"),
            ("【Word文档】 全区教育体育工作要点2021-03-22 | 格式:DOC", "全区教育体育工作要点"),
        ];
        for (text, want) in cases {
            assert_eq!(title(text).as_deref(), Some(want), "{text}");
        }
        for text in [
            "关于办理某类刑事案件有关问题的座谈会上，与会代表认为",
            "根据国务院有关规定制定本办法。",
            "为了规范管理，制定本办法。",
        ] {
            assert_eq!(title(text), None, "{text}: no element follows a type word");
        }
    }

    #[test]
    fn squashed_comparisons() {
        for (gap, n) in [
            ("", 0),
            ("\n", 1),
            ("\n\n", 2),
            ("\r\n", 1),
            ("\r\n\r\n", 2),
            ("\r", 1),
            ("\n\r\n\r", 3),
            ("\u{3000}\n ", 1),
        ] {
            assert_eq!(line_breaks(gap), n, "{gap:?}");
        }
        assert!(ends_with_squashed("几 个 问 题 的 通 知", "通知"));
        assert!(ends_with_squashed("通知", "通知"));
        assert!(!ends_with_squashed("知", "通知"));
        assert!(!ends_with_squashed("通知书", "通知"));
        assert!(eq_squashed("索 引 号", "索引号"));
        assert!(!eq_squashed("索引号码", "索引号"));
        assert!(!eq_squashed("索引", "索引号"));
    }

    #[test]
    fn cell_labels() {
        let at = |line: &str, label: &str| line.find('：').and_then(|k| cell_label_start(line, k, label));
        assert_eq!(at("标　　题：某某通知", "标题"), Some(0));
        assert_eq!(at("成文日期：2024年 标题：某某通知", "标题"), None, "the first colon is the date's");
        assert_eq!(at("x 标题 ：某某通知", "标题"), Some(2));
        assert_eq!(at("副标题：某某通知", "标题"), None, "no cell of its own");
        assert_eq!(at("题：某某通知", "标题"), None);
        let line = "索引号：1 标题：关于某某的通知 发文字号：某府〔2024〕1号";
        let (s, e) = after_title_label(line, 0, line.len()).unwrap_or_default();
        assert_eq!(line.get(s..e), Some("关于某某的通知"));
    }

    #[test]
    fn labels() {
        assert!(is_label("附件"));
        assert!(is_label("附件1"));
        assert!(is_label("附件："));
        assert!(!is_label("附件：上海市科技专家库管理办法"));
        assert!(is_label("第一篇"));
        assert!(is_label("第二部分 主要任务"));
        assert!(!is_label("第一条"));
    }
}
