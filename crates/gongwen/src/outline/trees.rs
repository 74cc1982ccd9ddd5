//! The trees of a document (docs/annotation.md, "Statutes, attachments, tables of contents"): the main
//! document is tree 0; an attachment (`附件1`), an enclosed document (a 办法 or 方案 printed
//! after its own unnumbered title line), a list glued to a note label (`注：①…②…`) and a
//! statute whose articles start again at `第一条` each start a tree of their own, whose
//! numbering restarts.
//!
//! A note list or an enclosed document interrupts the tree it stands in: when a marker later
//! continues the numbering of a unit still open in the interrupted tree (`（二）` after the
//! note under `（一）`), and its style has no place in the interrupting tree, the
//! interrupted tree resumes. An attachment or a restart never returns.
//!
//! A unit runs to the next node of its tree at its depth or above, or to the end of its
//! tree: where a tree that never returns starts, where an interrupting tree hands back, or
//! the end of the text.

use super::candidates::Candidate;
use super::contents::Bodyless;
use super::{Builder, Open, PART_OF_ARTICLES, StyleKey, labels, set_end, style_key};
use crate::lexicon::punct::{BOOK_TITLE_CLOSE, BOOK_TITLE_OPEN, COLONS, COMMAS, SENTENCE_ENDS, book_title};
use crate::marker::Marker;
use crate::model::{Attachment, Diagnostic, DiagnosticKind, Diagnostics, Style};
use crate::text::Span;
use crate::text::chars::{is_cjk_ideograph, is_space, trim_space_end};

/// The most interrupted trees kept for resuming (a note inside an enclosed document inside
/// a notice is three deep).
const MAX_SAVED: usize = 8;

/// How far before an enclosed document's title line its name is looked for in `《…》`
/// (the notice that prints it names it: `现将《上海市科技专家库管理办法》印发给你们`), in bytes.
const NAMED_WITHIN: usize = 16 * 1024;

/// How many lines with text before a title line may show that the document before it has
/// ended (a date line, an attachment label), across the title's own first line and a page
/// number (`2024 年10 月21 日` / `- 2 -` / `上海财经大学学位论文作` / `假行为处理办法`, dev d20).
const ENDING_LINES: usize = 3;

/// The longest book title looked back over for its `《`, in bytes (a title of 120
/// characters before the words that close it).
const BOOK_TITLE_BYTES: usize = 360;

/// How a tree begins, for what may end it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Opening {
    /// An attachment or a restart: the trees before it never return.
    Final,
    /// A note list or an enclosed document: the tree it interrupts may resume.
    Interruption,
}

/// A tree interrupted by a note list or an enclosed document.
#[derive(Debug)]
pub(super) struct Saved {
    tree: u16,
    spine: Vec<Open>,
    style_depth: Vec<(StyleKey, u16, Span)>,
    last_ordinal: Vec<(StyleKey, u32)>,
}

/// An unnumbered line that may be the title of an enclosed document, waiting for the first
/// marker after it.
#[derive(Clone, Copy, Debug)]
pub(super) struct TitleLine {
    start: usize,
    label: Span,
}

/// Per tree: where its units may run to, and whether body text was seen in it.
#[derive(Debug, Default)]
pub(super) struct TreeState {
    /// Where each tree ends, by tree number (the text's end until a final tree starts).
    pub(super) ends: Vec<usize>,
    /// Interrupted trees, innermost last.
    pub(super) saved: Vec<Saved>,
    /// A title line seen since the last node.
    pub(super) title: Option<TitleLine>,
    /// The newest tree's number: a new tree takes the next one, even after an interrupted
    /// tree resumed.
    newest: u16,
    /// The note list open in the current tree, where its last line ends, and the index its
    /// first node takes (the note tree's nodes are the last ones while it is open).
    pub(super) note: Option<(u16, usize, usize)>,
    /// How far the current tree's text was searched for body text, and whether some was found.
    body_from: usize,
    body: bool,
}

impl Builder<'_> {
    /// Starts tree `self.tree + 1` at byte `start`. A final opening ends every tree still
    /// open there; an interruption keeps the current tree for resuming.
    pub(super) fn new_tree(&mut self, start: usize, opening: Opening) {
        match opening {
            Opening::Final => {
                self.end_tree(self.tree, start);
                for saved in std::mem::take(&mut self.trees.saved) {
                    self.end_tree(saved.tree, start);
                }
            }
            Opening::Interruption => {
                if self.trees.saved.len() >= MAX_SAVED {
                    self.trees.saved.remove(0);
                }
                self.trees.saved.push(Saved {
                    tree: self.tree,
                    spine: std::mem::take(&mut self.spine),
                    style_depth: std::mem::take(&mut self.style_depth),
                    last_ordinal: std::mem::take(&mut self.last_ordinal),
                });
            }
        }
        self.trees.newest = self.trees.newest.saturating_add(1);
        self.tree = self.trees.newest;
        self.spine.clear();
        self.style_depth.clear();
        self.last_ordinal.clear();
        self.toc = None;
        self.bodyless = Bodyless::new(self.nodes.len());
        self.trees.title = None;
        (self.trees.body_from, self.trees.body) = (start, false);
    }

    /// Sets where tree `tree` ends.
    fn end_tree(&mut self, tree: u16, end: usize) {
        let i = usize::from(tree);
        if self.trees.ends.len() <= i {
            self.trees.ends.resize(i + 1, self.text.len());
        }
        if let Some(slot) = self.trees.ends.get_mut(i) {
            *slot = end;
        }
    }

    /// Resumes an interrupted tree when `cand` continues the numbering of a unit still open
    /// in it and its style has no place in the current tree.
    pub(super) fn resume_interrupted(&mut self, cand: &Candidate) {
        let marker = &cand.marker;
        let key = style_key(marker);
        if self.trees.saved.is_empty() || self.last_ordinal_of(key).is_some() {
            return;
        }
        let continues = |o: &Open| {
            (o.key == key || (o.key == PART_OF_ARTICLES && marker.style == Style::CnComma))
                && o.ordinal.saturating_add(1) == marker.ordinal
        };
        if let Some(i) = self.trees.saved.iter().rposition(|s| s.spine.iter().any(continues)) {
            self.resume(i, marker.start());
        }
    }

    /// A note list (`注：①…②…`) ends with its line: a marker on a later line goes back to
    /// the tree the note interrupted (when that tree has nodes), unless it goes on with the
    /// note's list on a line of its own (`注：1.…` / `2.…`).
    /// An amount with its unit that a hard wrap put at a line start inside a note's item, the
    /// line before ending with a word (`…每参与一项即可获得0.1分加分，上限` ⏎ `0.5分。`), is no
    /// marker and leaves the note open; a table's cell after the note (`2.5` alone) closes it.
    pub(super) fn close_note(&mut self, cand: &Candidate) {
        let Some((tree, line_end, first_node)) = self.trees.note else { return };
        let marker = &cand.marker;
        if marker.style == Style::Decimal && self.is_wrapped_amount(cand) {
            return;
        }
        if tree != self.tree || marker.start() < line_end {
            self.trees.note = self.trees.note.filter(|_| tree == self.tree);
            return;
        }
        let key = style_key(marker);
        // A note's item that ends with a colon (`2.团队奖项的个人得分规则为：`) has its own list
        // under it (`（1）5人以下团体…`, dev d19 `备注：`): a new style starting at one there
        // goes on with the note.
        let sublist = || {
            marker.ordinal == 1
                && self.last_ordinal_of(key).is_none()
                && self.text.get(..marker.start()).map(trim_space_end).is_some_and(|s| s.ends_with(COLONS))
        };
        let goes_on = cand.boundary == super::candidates::Boundary::LineStart
            && (self.last_ordinal_of(key).is_some_and(|o| o.saturating_add(1) == marker.ordinal) || sublist());
        // A note whose items all stand on the label's line (`注：1.…2.…`) is done with that line
        // where the interrupted tree's list goes on with the same number (`3.售后服务` after
        // `2.项目团队` and the note): the marker is the interrupted list's.
        // The note's first node is the one at the index remembered when the note opened.
        let inline_list = || {
            self.last_ordinal_of(key).is_some_and(|o| o >= 2)
                && self.nodes.get(first_node).filter(|n| n.tree == tree).is_some_and(|first| {
                    self.text.get(first.marker.start as usize..line_end).is_some_and(|s| !s.contains(['\n', '\r']))
                })
        };
        let outer_goes_on = || {
            self.trees
                .saved
                .last()
                .is_some_and(|s| s.spine.iter().any(|o| o.key == key && o.ordinal.saturating_add(1) == marker.ordinal))
        };
        if goes_on && !(inline_list() && outer_goes_on()) {
            let rest = self.text.as_bytes().get(marker.start()..).unwrap_or_default();
            let end = memchr::memchr2(b'\n', b'\r', rest).map_or(self.text.len(), |i| marker.start() + i);
            self.trees.note = Some((tree, end, first_node));
        } else if let Some(i) = self.trees.saved.len().checked_sub(1).filter(|&i| self.saved_has_nodes(i)) {
            let start = self.text.get(..marker.start()).and_then(|s| s.rfind(['\n', '\r'])).map_or(0, |i| i + 1);
            self.resume(i, start);
        }
    }

    /// True when decimal candidate `cand` is an amount that a hard wrap cut off the words before
    /// it: the line before ends with an ideograph and the rest of its own line is a unit and
    /// punctuation (`0.5分。`, [`super::accept::is_amount_rest`]), no heading.
    fn is_wrapped_amount(&self, cand: &Candidate) -> bool {
        let end = cand.line_end_within(self.text, cand.marker.end(), crate::limits::MAX_HEADING_LEN);
        let rest = self.text.get(cand.marker.end()..end).unwrap_or("").trim_matches(is_space);
        let after_word = self.text_before(cand.marker.start()).chars().next_back().is_some_and(is_cjk_ideograph);
        after_word && !rest.is_empty() && super::accept::is_amount_rest(rest)
    }

    /// True when saved tree `i` has nodes: a tree with none yet cannot take the nodes after
    /// a later tree's (its first node would come after that tree's, `注：一是` / `一是`).
    fn saved_has_nodes(&self, i: usize) -> bool {
        self.trees.saved.get(i).is_some_and(|s| !s.last_ordinal.is_empty())
    }

    /// Goes back to saved tree `i` at byte `at`: the trees opened since end there.
    fn resume(&mut self, i: usize, at: usize) {
        let mut back = self.trees.saved.split_off(i);
        let Some(saved) = (!back.is_empty()).then(|| back.remove(0)) else { return };
        for tree in back.iter().map(|s| s.tree).chain([self.tree]) {
            self.end_tree(tree, at);
        }
        self.tree = saved.tree;
        self.spine = saved.spine;
        self.style_depth = saved.style_depth;
        self.last_ordinal = saved.last_ordinal;
        self.toc = None;
        self.bodyless = Bodyless::done();
        self.trees.title = None;
        self.trees.body = true;
        self.trees.note = None;
    }

    /// An unnumbered line that may be the title of an enclosed document: kept when body text
    /// came before it in this tree (it is not the document's own title) and this tree is no
    /// attachment that has only just begun (its title is the attachment's).
    pub(super) fn title_line(&mut self, start: usize, content_start: usize, end: usize) {
        // Pass 1 kept only the lines that read as a title (`labels::is_enclosed_title`).
        let content = super::line_content(self.text, content_start, end);
        let has_nodes = self.nodes.len() > self.bodyless.first_node;
        if !self.trees.body {
            let from = self.trees.body_from.min(start);
            self.trees.body = has_nodes || self.text.get(from..start).is_some_and(|s| s.contains(SENTENCE_ENDS));
            self.trees.body_from = start;
        }
        if self.trees.body && (self.tree == 0 || has_nodes) {
            let label = Span::from_usize(content_start, content_start + content.len());
            self.trees.title = Some(TitleLine { start, label });
        }
    }

    /// Before line-start candidate `cand` is weighed: a marker that starts its numbering at
    /// one after the title line of an enclosed document opens that document's tree; an
    /// article `第一条` after `第N条` (N > 1) with no title line starts a new tree too, and
    /// says so (a diagnostic: the statute restarts where a title may be missing), unless it is
    /// a reference a hard wrap put at the line start (`Builder::reference_after_hard_wrap`).
    pub(super) fn open_enclosed(&mut self, cand: &Candidate, diags: &mut Diagnostics) {
        let marker = &cand.marker;
        if marker.ordinal != 1 {
            return;
        }
        if let Some(title) = self.trees.title.take() {
            if self.opens_a_document(title, marker) {
                self.new_tree(title.start, Opening::Interruption);
                self.attachments.push(Attachment { label: title.label, tree: self.tree });
                return;
            }
        }
        let restarts = marker.style == Style::Article
            && self.last_ordinal_of(style_key(marker)).is_some_and(|n| n > 1)
            && !self.reference_after_hard_wrap(self.text_before(marker.start()), marker);
        if restarts {
            let start = self.text.get(..marker.start()).and_then(|s| s.rfind(['\n', '\r'])).map_or(0, |i| i + 1);
            self.new_tree(start, Opening::Final);
            diags.push(Diagnostic::new(DiagnosticKind::NumberingRestart, marker.span));
        }
    }

    /// The evidence that a title line heads an enclosed document, not a subheading of the
    /// body that ends with a document type (`建立健全专项资金管理制度`): the text before it
    /// names it in `《…》`, it comes right after a date line or an attachment label (the
    /// notice that transmits it has ended: `2025年7月28日`, `附：`; see [`ENDING_LINES`]), or
    /// the numbering under
    /// it restarts the top level of the tree (`一、` after `三、`, `第一条` after `第九条`).
    fn opens_a_document(&self, title: TitleLine, marker: &Marker) -> bool {
        let restarts = self.style_depth.iter().any(|&((style, _), depth, _)| style == marker.style && depth == 1);
        restarts
            || lines_before(self.text, title.start).any(labels::ends_a_document)
            || self.names(title)
            || self.cites_a_printed_title(title)
            || self.follows_articles(title, marker)
    }

    /// True when the title line stands after a statute's articles, right after a sentence end
    /// (the last article's text is complete), with no comma in it, and the numbering under it
    /// is no statute unit: an article's items follow it directly, never under a title line of
    /// their own, so the title heads an appendix (`第十七条 本办法自2011年5月1日起施行。` /
    /// `突发环境事件分级标准` / `1、特别重大（Ⅰ级）突发环境事件。`, a 部令 whose web copy printed its
    /// 附录 without the label: cee P4 突发环境事件信息报告办法). A line that a hard wrap cut out
    /// of an article's sentence (`…有下列情形之一的，人民法` / `院不予采纳：`) is none, nor is a
    /// running head that a PDF copy repeats on every page (`××市人民政府公报`, noise). A full
    /// line of prose ([`crate::text::wrap::wrap_after_full_line`]) may be one that a hard wrap
    /// cut out of a paragraph and that happens to end with a type word: it heads an appendix
    /// only where the numbering starts on the next line (page lines between them aside), not
    /// where more words run on before it (`…房屋实际使用人应当依照法律、法` ⏎ `规的规定…` ⏎ … ⏎
    /// `（一）…`; `…管理人应当遵守下列规定` ⏎ `：` ⏎ `（一）…`: bench regulations wrapped at 25
    /// and 40 characters).
    fn follows_articles(&self, title: TitleLine, marker: &Marker) -> bool {
        let line = self.text.get(title.label.start as usize..title.label.end as usize).unwrap_or("");
        let end = title.label.end as usize;
        let over_numbering = || self.text_before(marker.start()).len() <= end;
        !marker.style.is_statute()
            && !line.contains(COMMAS)
            && (crate::text::wrap::wrap_after_full_line(self.text, end).is_none() || over_numbering())
            && self.noise.at(title.label.start).is_none()
            && self.text_before(title.start).ends_with(SENTENCE_ENDS)
            && self.spine.iter().any(|open| open.key.0 == Style::Article)
    }

    /// True when a title line cites in `《…》` a document whose title this text printed as a
    /// line of its own: the current tree's title line, or the text's first line. A document
    /// about that document follows (a draft's drafting note, `关于《某省…管理办法（征求意见稿）》的
    /// 起草说明` after the draft's articles; a plan's `《…》编制说明`), with numbering of its own.
    /// Two lines compared, each of at most [`MAX_CITED_BYTES`], bracketed notes left out
    /// (`（征求意见稿）`).
    fn cites_a_printed_title(&self, title: TitleLine) -> bool {
        let line = self.text.get(title.label.start as usize..title.label.end as usize).unwrap_or("");
        let Some(cited) = book_title(line).map(labels::without_bracketed_note).filter(|c| !c.is_empty()) else {
            return false;
        };
        let tree_title = self.attachments.last().filter(|a| a.tree == self.tree).map(|a| a.label);
        let first_line = first_line(self.text);
        let same = |span: Span| {
            let printed = self.text.get(span.start as usize..span.end as usize).unwrap_or("");
            labels::without_bracketed_note(crate::text::chars::trim_space(printed)) == cited
        };
        tree_title.into_iter().chain(first_line).any(same)
    }

    /// True when the text before a title line names it in `《…》`: the title (with or without
    /// its bracketed note) closes a book title (`现将《上海市科技专家库管理办法》印发给你们`,
    /// `《关于审理…若干问题的解释》` over a title printed on two lines). One search per form
    /// over at most [`NAMED_WITHIN`] bytes, each match checked on its own line.
    fn names(&self, title: TitleLine) -> bool {
        let line = self.text.get(title.label.start as usize..title.label.end as usize).unwrap_or("");
        let words = labels::without_bracketed_note(line);
        if words.is_empty() {
            return false;
        }
        let mut from = title.start.saturating_sub(NAMED_WITHIN);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let before = self.text.get(from..title.start).unwrap_or("");
        let mut buf = [0u8; 4];
        let forms = if words.len() == line.len() { &[line][..] } else { &[line, words][..] };
        BOOK_TITLE_CLOSE.iter().any(|close| {
            let close = close.encode_utf8(&mut buf).as_bytes();
            forms.iter().any(|form| {
                let pattern = [form.as_bytes(), close].concat();
                memchr::memmem::find_iter(before.as_bytes(), &pattern).any(|i| opened_before(before, i))
            })
        })
    }

    /// A unit runs to the next node of its tree at its depth or above, or to the end of its
    /// tree.
    pub(super) fn set_unit_spans(&mut self) {
        let len = self.text.len();
        let mut open: Vec<Vec<usize>> = Vec::new();
        for i in 0..self.nodes.len() {
            let Some(node) = self.nodes.get(i) else { break };
            let (depth, tree, start) = (node.depth, usize::from(node.tree), node.marker.start as usize);
            if open.len() <= tree {
                open.resize_with(tree + 1, Vec::new);
            }
            let Some(stack) = open.get_mut(tree) else { break };
            while let Some(&j) = stack.last() {
                if self.nodes.get(j).is_none_or(|o| o.depth < depth) {
                    break;
                }
                set_end(&mut self.nodes, j, start);
                stack.pop();
            }
            stack.push(i);
        }
        for (tree, stack) in open.into_iter().enumerate() {
            let end = self.trees.ends.get(tree).copied().unwrap_or(len);
            for j in stack {
                set_end(&mut self.nodes, j, end);
            }
        }
    }
}

/// The longest printed title compared with a cited one, in bytes.
const MAX_CITED_BYTES: usize = 320;

/// The span of the text's first line with words, when it is no longer than
/// [`MAX_CITED_BYTES`] (a title line).
fn first_line(text: &str) -> Option<Span> {
    // White space before it is looked over for [`MAX_CITED_BYTES`] bytes at most.
    let mut lead = MAX_CITED_BYTES.min(text.len());
    while !text.is_char_boundary(lead) {
        lead -= 1;
    }
    let head = text.get(..lead)?;
    let start = head.len() - head.trim_start_matches(char::is_whitespace).len();
    if start == head.len() {
        return None;
    }
    let head = text.as_bytes().get(start..(start + MAX_CITED_BYTES + 1).min(text.len()))?;
    let len = memchr::memchr2(b'\n', b'\r', head).unwrap_or(head.len());
    (len <= MAX_CITED_BYTES).then(|| Span::from_usize(start, start + len))
}

/// True when a book title opens (`《`) before byte `at` of `before`, on its line and within
/// [`BOOK_TITLE_BYTES`].
fn opened_before(before: &str, at: usize) -> bool {
    let head = before.as_bytes().get(at.saturating_sub(BOOK_TITLE_BYTES)..at).unwrap_or_default();
    let line = memchr::memrchr2(b'\n', b'\r', head).map_or(head, |i| head.get(i + 1..).unwrap_or_default());
    let mut buf = [0u8; 4];
    BOOK_TITLE_OPEN.iter().any(|open| memchr::memmem::rfind(line, open.encode_utf8(&mut buf).as_bytes()).is_some())
}

/// The content of the last [`ENDING_LINES`] lines with text before byte `start`, the
/// nearest first.
fn lines_before(text: &str, start: usize) -> impl Iterator<Item = &str> {
    let mut before = text.get(..start).unwrap_or("");
    std::iter::from_fn(move || {
        let rest = before.trim_end_matches(char::is_whitespace);
        let from = rest.rfind(['\n', '\r']).map_or(0, |i| i + 1);
        before = rest.get(..from).unwrap_or("");
        let line = rest.get(from..)?.trim_start_matches(char::is_whitespace);
        (!line.is_empty()).then_some(line)
    })
    .take(ENDING_LINES)
}

#[cfg(test)]
mod tests {
    /// `(tree, depth, marker)` of a node.
    type Placed = (u16, u16, String);

    /// `(tree, depth, marker)` of every node, and the attachments as `(tree, label)`.
    fn trees(text: &str) -> (Vec<Placed>, Vec<(u16, String)>) {
        let doc = crate::parse(text);
        let nodes = doc.nodes().map(|n| (n.tree, n.depth, doc.marker(n).to_owned())).collect();
        let labels = doc.attachments().map(|a| (a.tree, doc.text()[a.label].to_owned())).collect();
        (nodes, labels)
    }

    #[test]
    fn an_enclosed_document_is_a_tree_labelled_by_its_title() {
        let text = "关于印发《某市专家库管理办法》的通知\n各单位：\n现将《某市专家库管理办法》印发给你们。\n某市科委\n2025年7月28日\n某市专家库管理办法\n第一章 总则\n第一条 为了规范管理，制定本办法。\n";
        assert_one_enclosed_statute(text, "某市专家库管理办法");
    }

    /// `text` ends with a statute in tree 1 labelled by its title `title`.
    fn assert_one_enclosed_statute(text: &str, title: &str) {
        let (nodes, labels) = trees(text);
        assert_eq!(nodes, [(1, 1, "第一章".to_owned()), (1, 2, "第一条".to_owned())]);
        assert_eq!(labels, [(1, title.to_owned())]);
    }

    #[test]
    fn a_section_heading_is_no_enclosed_title() {
        // Short, never named in 《》: an unnumbered heading of the body, not a document.
        let text = "一、总体要求\n加强领导。\n保障措施\n1.加强组织领导。\n2.强化督促检查。\n";
        let (nodes, labels) = trees(text);
        assert!(nodes.iter().all(|n| n.0 == 0), "{nodes:?}");
        assert!(labels.is_empty());
    }

    #[test]
    fn an_unnamed_short_title_after_a_date_line_opens_a_tree() {
        // The notice does not name it in 《》: its date line ends it (audit of issue 17, R4).
        let text = "各单位：\n现将有关办法印发给你们，请遵照执行。\n某市科委\n2025年7月28日\n专家库管理办法\n第一章 总则\n第一条 为了规范管理，制定本办法。\n";
        assert_one_enclosed_statute(text, "专家库管理办法");
    }

    #[test]
    fn a_short_title_over_restarted_top_level_numbering_opens_a_tree() {
        // A plan printing its sub-plans: `一、` after `二、` under a short unnamed title.
        let text = "为推进转型，制定本方案。\n一、总体要求\n加快发展。\n二、重点任务\n推进转型。\n制造业行动方案\n一、目标\n二、任务\n";
        let (nodes, labels) = trees(text);
        assert_eq!(nodes.iter().map(|n| (n.0, n.1)).collect::<Vec<_>>(), [(0, 1), (0, 1), (1, 1), (1, 1)]);
        assert_eq!(labels, [(1, "制造业行动方案".to_owned())]);
    }

    #[test]
    fn a_subheading_over_a_new_list_opens_no_tree() {
        // `1.` restarts no top-level numbering: the line heads a list under `（一）`.
        let text = "一、主要任务\n（一）完善制度。各单位要完善制度。\n建立健全专项资金管理制度\n1.明确资金用途。\n2.规范审批流程。\n（二）加强监督。\n";
        let (nodes, labels) = trees(text);
        assert!(nodes.iter().all(|n| n.0 == 0), "{nodes:?}");
        assert_eq!(nodes.iter().map(|n| n.1).collect::<Vec<_>>(), [1, 2, 3, 3, 2]);
        assert!(labels.is_empty());
    }

    #[test]
    fn the_document_title_is_no_enclosed_title() {
        let (nodes, _) = trees("某市科技专家库管理办法\n第一章 总则\n第一条 为了规范管理，制定本办法。\n");
        assert!(nodes.iter().all(|n| n.0 == 0), "{nodes:?}");
    }

    #[test]
    fn an_attachment_title_opens_no_second_tree() {
        let text = "一、正文。\n附件\n某市高质量概念验证平台建设实施方案\n一、工作目标\n二、建设内容\n";
        let (nodes, labels) = trees(text);
        assert_eq!(nodes.iter().map(|n| n.0).collect::<Vec<_>>(), [0, 1, 1]);
        assert_eq!(labels, [(1, "附件".to_owned())]);
    }

    #[test]
    fn an_attachment_listed_in_the_contents_opens_no_tree() {
        // A Word contents copied as text: a tab before each page number, `附件` listed last.
        let text = "某市应急预案\n目  录\n1 总则\t1\n2 组织体系\t3\n附件\t10\n1 总则\n为规范应急工作，制定本预案。\n2 组织体系\n设立指挥部。\n附件\n一、联系方式\n";
        let (nodes, labels) = trees(text);
        assert_eq!(nodes.iter().map(|n| n.0).collect::<Vec<_>>(), [0, 0, 1], "{nodes:?}");
        assert_eq!(labels, [(1, "附件".to_owned())]);
    }

    #[test]
    fn a_resumed_tree_keeps_its_number_and_new_trees_take_fresh_ones() {
        let text = "（一）甲。\n注：①子项；②子项。\n（二）乙。\n注：①子项。\n（三）丙。\n附件\n一、附件正文\n";
        let (nodes, _) = trees(text);
        let got: Vec<(u16, u16)> = nodes.iter().map(|n| (n.0, n.1)).collect();
        assert_eq!(got, [(0, 1), (1, 1), (1, 1), (0, 1), (2, 1), (0, 1), (3, 1)]);
    }
}
