//! Pass 2, first half: whether a candidate really opens a unit. One rule per boundary kind
//! (docs/annotation.md: a marker counts at a line start, after a sentence end or a clause, or glued
//! where line breaks were lost), after the rules that show a marker-like string to be words.

use super::candidates::{Boundary, Candidate, on_run_on_line, stands_apart};
use super::{BARE_NUMBER, Builder, PART_OF_ARTICLES, StyleKey, style_key};
use crate::lexicon::markers::{CLOSE_BRACKETS, DOTS, OPEN_BRACKETS, ORDINAL_PREFIX};
use crate::lexicon::noise::PAGE_DASHES;
use crate::lexicon::outline::{CAPTION_LABELS, NUMBER_LIST_WORDS, PART_COPULAS, REFERENCE_JOINERS, REFERENCE_WORDS};
use crate::lexicon::punct::{
    BOOK_TITLE_CLOSE, BOOK_TITLE_OPEN, CLAUSE_ENDS, COLONS, COMMAS, DUNHAO, RUNNING_TEXT_MARKS, SEMICOLONS,
    SENTENCE_ENDS, join, key_at, utf8_keys,
};
use crate::lexicon::units::UNITS;
use crate::limits::MAX_HEADING_LEN;
use crate::marker::{Marker, opens_cn_ordinal, parse_marker};
use crate::model::{Diagnostics, Style};
use crate::numeral::{arabic_digit, decimals_after_thin_space, is_cn_numeral_char};
use crate::text::Span;
use crate::text::chars::{is_cjk_ideograph, is_padding, is_space, trim_space_end};
use crate::text::lines::LINE_BREAKS;

/// The longest section title, in characters, that an article glued to it may follow
/// (`一、受案范围第一条…`, see `Builder::glued_to_section_title`).
const MAX_GLUED_SECTION_TITLE: usize = 16;

/// The most characters `Builder::follows_caption` reads back from a division for its caption.
const MAX_CAPTION_CHARS: usize = 40;

/// The longest bracketed note, in characters, that `Builder::follows_note` looks back over.
const MAX_NOTE_CHARS: usize = 30;

/// Characters right after `第X条` that make it a reference, not an article's text (see
/// `Builder::glued_to_section_title`): `第三条的规定`, `第三条规定的`, `第三条所称`, `第五条中增加一款`,
/// `第三条后增加一条`, `将第一条修改为` (最高人民法院关于修改《关于上海金融法院案件管辖的规定》的决定),
/// `第五条条首部分修改为`, `将第六条和第七条合并`.
const GLUED_REFERENCE_TAILS: [char; 7] = ['的', '规', '所', '中', '后', '修', '条'];

/// Words that cite a statute at a line's end, before an article marker a hard wrap put on the
/// next line (`Builder::reference_after_hard_wrap`): `依照` (`依照本条例⏎第四十五条的规定处罚`),
/// `根据` (`根据《中华人民共和国行政处罚法》第三十二条`, typical of 行政处罚决定书), `按照` (`按照本办法
/// 第十条规定的程序`).
const CITING_VERBS: [&str; 3] = ["依照", "根据", "按照"];

/// How many hard-wrapped lines back [`Builder::continues_a_book_title`] looks for the `《` of
/// a title that a wrap broke: a title of up to three printed lines.
const MAX_TITLE_WRAPS: usize = 2;

/// The words glued to an article marker that make it a reference after a hard wrap
/// (`Builder::reference_after_hard_wrap`): `的规定` (`《中华人民共和国海上交通安全法》⏎第一百二十一
/// 条的规定予以适用`, bench lawrefbook 最高人民法院关于审理涉外民商事案件适用国际条约的解释), `规定的`
/// (`违反本条例⏎第二十条规定的`, typical of a penalty article), `所列`, `所称`, `所述`
/// (`…核出口申请表和本条例⏎第七条所列文件`, a bench regulation wrapped as a PDF copy is). The next
/// reference of a list glued to it counts too ([`starts_next_reference`]).
const ARTICLE_REFERENCE_TAILS: [&str; 5] = ["的规定", "规定的", "所列", "所称", "所述"];

/// The word that, glued to an article marker at a line start and followed by a colon or comma,
/// leads in a provision quoted from another statute (`leads_in_quoted_article`):
/// `第九十九条规定：“…”` (cee P6 关于恶臭气体超标排放法律适用有关问题的复函), `第三十一条规定：“…”`
/// (cee P6 关于建设项目“未批先建”违法行为法律适用问题的意见, mid-line there).
const QUOTING_VERB: &str = "规定";

/// The characters right after an article marker that make it a reference, not the next
/// article after a lost one (`Builder::is_article_after_lost_one`), besides [`REFERENCE_WORDS`]:
/// `的` (`第十六条的规定`), `所` (`第十六条所称`), `中` (`第十六条中的`), each opening a sentence
/// of the bench statutes that cites an article.
const LOST_ONE_REFERENCE_CHARS: [char; 3] = ['的', '所', '中'];

/// The longest heading of a `第X部分`/`第X类` heading line, in characters: longer, the
/// ordinal is a word of a sentence (`第二类医疗器械…`).
const MAX_PART_HEADING_CHARS: usize = 30;

/// How many bare section numbers (`1　总则`, `2　适用范围`, `3　组织机构`) in a row, each on a
/// heading line, make numbering without a `1.1` under the first (see
/// `Builder::opens_bare_run`).
const MIN_BARE_RUN: u32 = 3;

/// The equals signs of a formula (`德育评价分=德育评议分+德育表现分`), before which a first
/// bracketed marker glued to its last term opens (`Builder::first_after_formula`).
const FORMULA_MARKS: [char; 2] = ['=', '＝'];

/// How far back, in characters, `Builder::first_after_formula` reads the clause of a formula.
const MAX_FORMULA_CHARS: usize = 80;

/// The keys ([`utf8_keys`]) of the book-title marks, opening and closing.
const BOOK_TITLE_OPEN_KEYS: [u32; 2] = utf8_keys(BOOK_TITLE_OPEN);
const BOOK_TITLE_CLOSE_KEYS: [u32; 2] = utf8_keys(BOOK_TITLE_CLOSE);

/// What ends the heading line of an open unit: a sentence or clause end, a line break. A
/// marker glued to that heading comes before any of them.
const HEADING_LINE_STOPS: [char; 7] = join(&[&SENTENCE_ENDS, &SEMICOLONS, &LINE_BREAKS]);

/// [`HEADING_LINE_STOPS`] and colons: a bracketed child glued to a heading has no colon
/// before it either (after a colon it is a list item at a clause boundary).
const HEADING_STOPS: [char; 9] = join(&[&SENTENCE_ENDS, &SEMICOLONS, &LINE_BREAKS, &COLONS]);

impl Builder<'_> {
    /// Whether candidate `cand` (event `event` of pass 1) opens a unit, weighed against
    /// where it stands and the units already open.
    pub(super) fn accept(&mut self, event: usize, cand: &Candidate, key: StyleKey, diags: &mut Diagnostics) -> bool {
        let marker = &cand.marker;
        if marker.style == Style::Enumeration && !self.options.inline_enumerations {
            return false;
        }
        if self.reads_as_words(cand) || is_thin_spaced_decimal(self.text, marker) {
            return false;
        }
        if is_dated(self.text, marker) && cand.boundary != Boundary::LineStart {
            // Mid-line, `1.2024年` is a decimal's tail or a date; right after a label's colon
            // (`附件：1.2024年度申报指南`, `注：1.2023年数据为快报数`) it opens the label's list,
            // and after a sentence end it goes on with the list its line break was lost from
            // (`…弄虚作假行为。3.11月15日下班前，学院…`: item 3 after item 2).
            let placed = self.right_after_label(marker) || (cand.boundary == Boundary::Sentence && marker.ordinal > 1);
            return placed && self.is_dated_item(event, marker, key);
        }
        if self.toc.is_none() && self.opens_unlabelled_contents(event, cand) {
            self.toc = Some(super::contents::Toc::after_label(marker.start()));
        }
        if self.toc.is_some() {
            if let Some(verdict) = self.contents_entry(event, cand) {
                return verdict;
            }
        }
        if cand.boundary == Boundary::LineStart && (self.row_cell(cand, diags) || self.in_table(cand, diags)) {
            return false;
        }
        if key == BARE_NUMBER {
            return cand.boundary == Boundary::LineStart && self.accept_bare_number(event, cand);
        }
        match cand.boundary {
            Boundary::LineStart => self.accept_at_line_start(event, cand, key),
            Boundary::Sentence if marker.style == Style::Decimal => self.is_decimal_after_sentence(cand, key),
            Boundary::Sentence if super::candidates::after_number_cell(self.text, marker.start()) => {
                self.accept_after_number_cell(marker, key)
            }
            Boundary::Sentence | Boundary::Clause => {
                self.accept_mid_line(marker, key)
                    || (cand.boundary == Boundary::Sentence && self.is_article_after_lost_one(event, cand, key))
            }
            Boundary::Glued if marker.style.is_statute() => {
                self.accept_glued_statute(marker, key)
                    || self.is_division_apart(event, marker, key)
                    || self.is_article_after_heading(marker, key)
                    || self.is_first_chapter_after_head_note(event, cand)
                    || self.is_first_article_mid_line(cand)
            }
            Boundary::Glued if marker.style == Style::CnComma => self.accept_glued_cn_comma(event, marker, key),
            Boundary::Glued if marker.style == Style::ArabicDot => self.accept_glued_item(marker, key),
            Boundary::Glued if marker.style == Style::Enumeration => self.accept_glued_enumeration(event, marker, key),
            Boundary::Glued => self.accept_glued_bracket(marker, key),
        }
    }

    /// The text after the marker shows it to be words: a number list (`一、二年级`; a dot
    /// lists no numbers: `15.3月底前` is an item whose heading starts with a date), a list
    /// of references (`（四）、（五）项`), an ordinal used as a word (`第二类医疗器械`, the subject of
    /// a sentence: `第一类是…`, [`PART_COPULAS`]), or a
    /// table of contents on one line (`第一章 总则 第二章 任免范围 …`, `一、总体要求 二、主要任务`
    /// over a body that prints them again).
    fn reads_as_words(&self, cand: &Candidate) -> bool {
        let marker = &cand.marker;
        let after = self.text.get(marker.end()..).unwrap_or("");
        let words = match marker.style {
            Style::CnComma | Style::ArabicDot => {
                self.text.get(..marker.end()).is_some_and(|m| m.ends_with(DUNHAO)) && starts_number_list(after)
            }
            Style::CnParen | Style::ArabicParen => starts_reference_list(after),
            Style::Part => {
                !short_heading_line(self.text, cand, marker.end())
                    || is_part_label_above_title(self.text, cand)
                    || PART_COPULAS.iter().any(|w| after.starts_with(w))
            }
            _ => false,
        };
        words
            || (marker.style.is_division() && lists_same_style(self.text, cand))
            || super::candidates::opens_one_line_contents(self.text, cand, &self.noise)
    }

    /// A bare `1　总体要求` at a line start is numbering when `1.1` follows it, or when it
    /// continues a run of bare numbers that decimal numbering already confirmed, or when it
    /// restarts bare numbers confirmed in the document on a heading line, under a unit that
    /// closed their run or at the start of a tree (`第二部分 专项应急预案` or the title line
    /// `火灾事故专项应急预案`, then `1 事故风险分析`: an enterprise's plan in parts, each
    /// numbered from 1).
    /// A bare number inside a countdown of bare numbers (`5　在现场没有采取防范…`, `4　危害的发生
    /// 不容易被发现…`, `3　没有保护措施…`) is a row of a flattened table that ranks its rows in
    /// descending order (a risk matrix's `等级　标准`, dev d02), never a section, even where it
    /// would continue the sections before (`3　事故风险评价`).
    fn accept_bare_number(&self, event: usize, cand: &Candidate) -> bool {
        let marker = &cand.marker;
        if self.counts_down(event, marker.ordinal) {
            return false;
        }
        let followed = self.first_child_follows(event, BARE_NUMBER);
        let last = self.last_ordinal_of(BARE_NUMBER);
        let continues = last.is_some_and(|last| marker.ordinal == last + 1);
        let restarts = marker.ordinal == 1
            && self.bare_numbers
            && self.spine.iter().all(|open| open.key != BARE_NUMBER)
            && short_heading_line(self.text, cand, marker.end());
        followed || continues || restarts || (last.is_none() && self.opens_bare_run(event, cand))
    }

    /// True when the bare numbers right before and after event `event` are `ordinal + 1`
    /// and `ordinal - 1`: `ordinal` is inside a countdown.
    fn counts_down(&self, event: usize, ordinal: u32) -> bool {
        let prev = self.prev_bare_ordinal.get(event).copied().flatten();
        let next = self.next_bare_candidate(event).map(|(_, c)| c.marker.ordinal);
        prev == ordinal.checked_add(1) && next == ordinal.checked_sub(1)
    }

    /// A bare `1` that opens a run of [`MIN_BARE_RUN`] bare section numbers (`1　总则`,
    /// `2　适用范围`, `3　组织机构`, a short plan with no `1.1`), or a shorter run whose last
    /// number has its first subsection under it, each at a line start with a
    /// heading line of its own (short, no sentence or clause in it, and no space inside it: a
    /// table row flattened with spaces, `1 煤 18 锌`, has cells) and a body of running text
    /// under it before the next: numbered lines one right after another are a list or a
    /// contents (`1 煤` / `2 石油`, a law's appendix listing minerals), not sections.
    fn opens_bare_run(&self, event: usize, cand: &Candidate) -> bool {
        let heading = |c: &Candidate| {
            let end = c.line_end_within(self.text, c.marker.end(), MAX_HEADING_LEN);
            let rest = self.text.get(c.marker.end()..end).unwrap_or("").trim_matches(is_space);
            short_heading_line(self.text, c, c.marker.end()) && !rest.contains(is_space)
        };
        // Running text or another marker between the end of `c`'s line (event `at`) and the
        // next bare number (event `next_at`): `c`'s body (`（1）总指挥` / `（2）副总指挥`; a
        // table's cells one a line, `1 灭火器` / `20具` / `2 消防栓`, have neither).
        let body_before = |at: usize, c: &Candidate, next_at: usize, next: &Candidate| {
            let end = c.line_end_within(self.text, c.marker.end(), MAX_HEADING_LEN);
            let marked = self.next_marker.get(at).is_some_and(|&k| usize::try_from(k).is_ok_and(|k| k < next_at));
            marked
                || self
                    .text
                    .get(end..next.marker.start())
                    .is_some_and(|b| b.contains(RUNNING_TEXT_MARKS) || b.contains(COLONS))
        };
        if cand.marker.ordinal != 1 || !heading(cand) {
            return false;
        }
        let (mut at, mut prev, mut ordinal) = (event, *cand, 1);
        while ordinal < MIN_BARE_RUN {
            // A shorter run whose last number has its `N.1` (`1 范围` / `2 规范性引用文件` /
            // `2.1 …`, a standard's first clauses) is numbering too.
            if ordinal > 1 && self.first_child_follows(at, BARE_NUMBER) {
                return true;
            }
            match self.next_bare_candidate(at) {
                Some((next, c))
                    if c.marker.ordinal == ordinal + 1 && heading(&c) && body_before(at, &prev, next, &c) =>
                {
                    (at, prev, ordinal) = (next, c, ordinal + 1);
                }
                _ => return false,
            }
        }
        true
    }

    /// At a line start a marker opens a unit, except a decimal number that is no section
    /// number (see [`Builder::is_decimal_section`]), a marker inside a book title that a hard
    /// wrap broke (`《关于修改…第三十条⏎第三十一条的决定》`), and a marker on a line that goes
    /// on from an enumeration the line before left open (`…分别于第二、⏎三、四学年初进行`) or a
    /// statute reference a hard wrap broke off its sentence (`依照本条例⏎第四十五条的规定`):
    /// there it must start a level or continue the numbering of its style. After a line that
    /// ends with `第` it is never a unit: the `第` makes it the number of a reference
    /// (`…民法典第五百六十三条第一款第` ⏎ `（三）项的规定`, a wrapped 司法解释).
    fn accept_at_line_start(&self, event: usize, cand: &Candidate, key: StyleKey) -> bool {
        let marker = &cand.marker;
        if marker.style == Style::Decimal && !self.is_decimal_section(event, cand, key) {
            return false;
        }
        if is_dated(self.text, marker) {
            return self.is_dated_item(event, marker, key);
        }
        // The text before the marker, without the space, line breaks and noise at its end:
        // read once, asked by several rules.
        let text_before = self.text_before(marker.start());
        let before = || text_before;
        if self.continues_a_book_title(before, cand) {
            return false;
        }
        let wrapped = || {
            before().chars().next_back().is_some_and(|c| c == DUNHAO || COMMAS.contains(&c))
                || self.wrapped_reference(before(), marker)
                || self.wrapped_in_sentence(before(), marker)
        };
        // Glued to the words of a reference (`第十条的规定`), a wrapped marker is words even where
        // its number happens to come next (`第九条 …依照本规定` ⏎ `第十条的规定…`).
        let reference_tail = || {
            marker.style.is_statute()
                && self
                    .text
                    .get(marker.end()..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(|c| GLUED_REFERENCE_TAILS.contains(&c))
        };
        if reference_tail() && self.wrapped_reference(before(), marker) {
            return false;
        }
        // An article that cites a paragraph (`第一百一十八条第一款规定：`) or leads in a quoted
        // provision (`第九十九条规定：“…”`) is words at any line start.
        let cites = || {
            let after = self.text.get(marker.end()..).unwrap_or("");
            marker.style == Style::Article && (starts_provision_number(after) || leads_in_quoted_article(after))
        };
        if (self.reference_after_hard_wrap(before(), marker) && !self.is_next_article_with_heading(cand, key))
            || cites()
            || before().ends_with(ORDINAL_PREFIX)
            || self.cut_at_wrap(before(), marker, key)
        {
            return false;
        }
        marker.ordinal == 1 || self.continues_numbering(marker, key) || !wrapped()
    }

    /// A marker that a hard wrap of a PDF copy made of the end of a number: after a full line
    /// of running text ([`crate::text::wrap::wrap_after_full_line`], a comma or a clause end
    /// on it, or the text of an article or item: [`opens_article_or_item`]), `5、` after a
    /// digit (`…由电话1234` ⏎ `5、市长信箱…`: the hotline 12345) and Chinese numerals after a
    /// numeral or `之` (`…比例达到百分之二` ⏎ `十五、入住户数…`). Bench regulations so wrapped.
    /// A marker that opens or continues the numbering of its style is a unit all the same: a
    /// list of contacts ends each line with a telephone number (`1.市财政局：李某某，联系电话：
    /// 0571-87051234` ⏎ `2.市自然资源和规划局：…`). A word that ends in `一` is no such cut: a
    /// title or a sentence without its full stop may end with `规划`, `计划` or `合同` before
    /// the `一、` that opens a part (`某市“十四五”综合交通运输发展规划` ⏎ `一、重点任务`).
    fn cut_at_wrap(&self, before: &str, marker: &Marker, key: StyleKey) -> bool {
        /// The `之` of a share written in words (`百分之二十五`).
        const SHARE_JOINER: char = '之';
        let (Some(last), Some(first)) =
            (before.chars().next_back(), self.text.get(marker.start()..).and_then(|m| m.chars().next()))
        else {
            return false;
        };
        let cut = match marker.style {
            Style::ArabicDot => arabic_digit(last).is_some() && arabic_digit(first).is_some(),
            Style::CnComma => (is_cn_numeral_char(last) || last == SHARE_JOINER) && is_cn_numeral_char(first),
            _ => false,
        };
        if !cut {
            return false;
        }
        !self.continues_numbering(marker, key) && self.after_running_line(before)
    }

    /// True when `before` (the text before a marker at a line start) ends with a full line of
    /// running text that a hard wrap cut ([`crate::text::wrap::wrap_after_full_line`]): a
    /// comma or a clause end on it, or the text of an article or item ([`opens_article_or_item`]).
    fn after_running_line(&self, before: &str) -> bool {
        let line = before.rfind(LINE_BREAKS).and_then(|i| before.get(i + 1..)).unwrap_or(before);
        (line.contains(RUNNING_TEXT_MARKS) || opens_article_or_item(line))
            && crate::text::wrap::wrap_after_full_line(self.text, before.len()).is_some()
    }

    /// An article at a line start that is the next of its numbering (`第九条` after `第八条`) and
    /// heads a short line with no clause in it (`第九条体育评价（上限5 分）`, a college's rules
    /// extracted from PDF): the next article with its heading glued to it, not a citation a
    /// hard wrap cut after a book title (`…见附件1《关于学科竞赛加分项目的补充说明》` ⏎ `第九条…`),
    /// which goes on with the words of a reference or the rest of a sentence.
    fn is_next_article_with_heading(&self, cand: &Candidate, key: StyleKey) -> bool {
        let marker = &cand.marker;
        let after = self.text.get(marker.end()..).unwrap_or("");
        marker.style == Style::Article
            && self.last_ordinal_of(key).is_some()
            && self.continues_numbering(marker, key)
            && !starts_reference_words(after)
            && short_heading_line(self.text, cand, marker.end())
    }

    /// The text before byte `pos` without the white space, line breaks and noise at its end
    /// (a page marker a PDF copy put between the halves of a sentence: `第二、⏎- 1 -⏎三、四学年`).
    pub(super) fn text_before(&self, pos: usize) -> &str {
        let mut s = self.text.get(..pos).map_or("", trim_space_end);
        while let Some(n) = s.len().checked_sub(1).and_then(|e| self.noise.at(crate::text::to_u32(e))) {
            let start = n.span.start as usize;
            if start >= s.len() {
                break;
            }
            s = self.text.get(..start).map_or("", trim_space_end);
        }
        s
    }

    /// A reference that a hard wrap put at a line start inside a sentence, after a line that
    /// ends with a word: a statute marker glued to the words after it, after running text
    /// (its commas show the line is no heading: `…依照本条例` ⏎ `第四十五条的规定处罚`), or an
    /// item after a reference word (`…第十条第一款` ⏎ `（二）项规定的`).
    fn wrapped_reference(&self, before: &str, marker: &Marker) -> bool {
        let line = before.rfind(LINE_BREAKS).and_then(|i| before.get(i + 1..)).unwrap_or(before);
        let Some(last) = line.chars().next_back() else { return false };
        match marker.style {
            // `第四十五条的规定`: glued to the words after it, after a word or a title
            // (`…《普通高等学校学生管理规定》` ⏎ `第五十九条的规定`), on a line of running text or
            // in the text of an article or item (`第二条 学生对依据本办法` ⏎ `第十条作出的处分…`).
            s if s.is_statute() => {
                let after = self.text.get(marker.end()..).and_then(|r| r.chars().next());
                (is_cjk_ideograph(last) || BOOK_TITLE_CLOSE.contains(&last))
                    && after.is_some_and(|c| !is_space(c))
                    && (line.contains(RUNNING_TEXT_MARKS) || opens_article_or_item(line))
            }
            // `违反本办法第十条第一款` ⏎ `（二）项规定的`: after a reference word that ends words,
            // not a marker alone on its line (`第十一条` ⏎ `（一）…`).
            Style::CnParen | Style::ArabicParen => {
                let content = line.trim_start_matches(is_padding);
                is_cjk_ideograph(last)
                    && REFERENCE_WORDS.contains(&last)
                    && parse_marker(content, 0).is_none_or(|m| m.end() < content.len())
            }
            _ => false,
        }
    }

    /// A `一、` that a hard wrap of a PDF copy put at a line start inside a sentence: after a
    /// full line of running text ([`crate::text::wrap::wrap_after_full_line`]; its commas, or the
    /// article or item it opens with, show it is no heading) that ends with a word
    /// (`…第二点在上四下` ⏎ `六、左十二右三之处`, the 国旗制法说明 of 国旗法 wrapped as a PDF copy is:
    /// 上四下六 is a position). Such a marker must start a level or continue its numbering.
    fn wrapped_in_sentence(&self, before: &str, marker: &Marker) -> bool {
        if marker.style != Style::CnComma {
            return false;
        }
        before.chars().next_back().is_some_and(is_cjk_ideograph) && self.after_running_line(before)
    }

    /// An article reference that a hard wrap of a PDF copy put at a line start: after a full
    /// line of prose ([`crate::text::wrap::wrap_after_full_line`]) that ends inside a sentence,
    /// an article marker glued to a reference's words (`…适用于快递企业及其从业人员；` ⏎
    /// `第六条第二款关于邮件的规定`, `…《中华人民共和国海上交通安全法》` ⏎ `第一百二十一条的规定予以
    /// 适用`), or glued to any words after a line that ends with a book title or a citing verb
    /// ([`CITING_VERBS`]), or alone on its line after such a line. An article opens with its
    /// marker after a sentence end.
    pub(super) fn reference_after_hard_wrap(&self, before: &str, marker: &Marker) -> bool {
        let Some(last) = before.chars().next_back() else { return false };
        if marker.style != Style::Article
            || SENTENCE_ENDS.contains(&last)
            || crate::text::wrap::wrap_after_full_line(self.text, before.len()).is_none()
        {
            return false;
        }
        let after = self.text.get(marker.end()..).unwrap_or("");
        let cited = BOOK_TITLE_CLOSE.contains(&last) || CITING_VERBS.iter().any(|v| before.ends_with(v));
        // `2. 文件依据：《…学籍管理实施细则》` ⏎ `第十四条 ` ⏎ `3. 注意事项`: the cited title's article,
        // alone on the line the wrap left it (a university's flow sheet wrapped at 28 characters).
        let alone = || after.trim_start_matches(crate::text::wrap::is_gap).starts_with(['\n', '\r']);
        starts_reference_words(after) || (cited && (after.chars().next().is_some_and(|c| !is_space(c)) || alone()))
    }

    /// True when the line of `cand` closes a book title (`》` before any `《`) that the text
    /// `before` it left open on its last line, or on a line before it that a hard wrap cut
    /// (at most [`MAX_TITLE_WRAPS`] full lines of prose back: `…关于修改<中` ⏎
    /// `华人民共和国文物保护法>第三十条` ⏎ `第三十一条的决定》第一次修正`, a statute's head note
    /// wrapped as a PDF copy is): the line goes on from a title a hard wrap broke. The marks
    /// are read off the scan's punctuation.
    fn continues_a_book_title<'a>(&self, before: impl Fn() -> &'a str, cand: &Candidate) -> bool {
        // The marker's line, bounded by a heading's length, first: it rarely closes a title.
        let from = cand.marker.end();
        let end = cand.line_end_within(self.text, from, MAX_HEADING_LEN);
        let first = match cand.marks.first_book_title_from(from) {
            Ok(first) if from <= cand.line_end() => first.filter(|&p| p < end).and_then(|p| self.book_title_mark_at(p)),
            _ => self.first_book_title_mark(from, end),
        };
        let closes = first == Some(false);
        closes && {
            let before = before();
            let mut end = before.len();
            for _ in 0..=MAX_TITLE_WRAPS {
                let line = memchr::memrchr2(b'\n', b'\r', before.as_bytes().get(..end).unwrap_or(&[])).unwrap_or(0);
                if let Some(opens) = self.last_book_title_mark(line, end) {
                    return opens;
                }
                // No mark on the line: the title may open on the line before, if a wrap cut it.
                let prev_end = trim_space_end(before.get(..line).unwrap_or("")).len();
                if line == 0 || !crate::text::wrap::full_line_before(self.text, prev_end) {
                    return false;
                }
                end = prev_end;
            }
            false
        }
    }

    /// Whether the first book-title mark in `from..to` opens a title (`《`, `〈`) or closes
    /// one; `None` when there is none.
    fn first_book_title_mark(&self, from: usize, to: usize) -> Option<bool> {
        self.punct.iter_in(from, to).find_map(|p| self.book_title_mark_at(p))
    }

    /// Whether the last book-title mark in `from..to` opens a title; `None` when there is none.
    fn last_book_title_mark(&self, from: usize, mut to: usize) -> Option<bool> {
        while let Some(p) = self.punct.last_in(from, to) {
            if let Some(opens) = self.book_title_mark_at(p) {
                return Some(opens);
            }
            to = p;
        }
        None
    }

    /// Whether the punctuation at byte `at` is a book-title mark that opens a title (`true`)
    /// or closes one (`false`); `None` for other punctuation. Compared as UTF-8 keys.
    fn book_title_mark_at(&self, at: usize) -> Option<bool> {
        let key = self.text.as_bytes().get(at..).and_then(key_at)?;
        if BOOK_TITLE_OPEN_KEYS.contains(&key) {
            Some(true)
        } else {
            BOOK_TITLE_CLOSE_KEYS.contains(&key).then_some(false)
        }
    }

    /// A decimal number at a line start (`2.3  应急通信与信息保障`, `1.1 一般规定`,
    /// `3.4 5G网络建设`) is a section number when a heading follows it on its line and its
    /// numbering is anchored: it goes on from the open section of its level with the same
    /// prefix (`2.3` after `2.2`, `5.10　手` after `5.9`), its first subsection follows it
    /// (`5.9` then `5.9.1`), or it opens its level (`2.1`). What follows a number in a table
    /// cell is no heading but the rest of an amount (`2.5`, `0.8分`, `4.5 分`): see
    /// [`is_amount_rest`].
    fn is_decimal_section(&self, event: usize, cand: &Candidate, key: StyleKey) -> bool {
        let marker = &cand.marker;
        let end = cand.line_end_within(self.text, marker.end(), MAX_HEADING_LEN);
        let rest = self.text.get(marker.end()..end).unwrap_or("").trim_matches(is_space);
        let prefix = decimal_prefix(self.text, marker.span);
        let goes_on = self
            .spine
            .iter()
            .rev()
            .find(|o| o.key == key)
            .is_some_and(|open| open.ordinal < marker.ordinal && decimal_prefix(self.text, open.marker) == prefix);
        if is_amount_rest(rest) {
            // Alone on its line, its heading on the next (`1.1` ⏎ `培养目标`, a PDF copy of a
            // university's annual report): a section where it goes on from the open section of
            // its level or opens a level under the unit its prefix names (`1.目标与标准`), and a
            // heading line follows; else a table's cell (`2.5`).
            let under_named = marker.ordinal == 1 && self.open_unit_numbered(prefix);
            return rest.is_empty() && (goes_on || under_named) && self.heading_line_below(cand);
        }
        goes_on || self.first_child_follows(event, key) || marker.ordinal == 1
    }

    /// Some open unit is numbered `number` (`1.` or `1` for the prefix `1` of `1.1`).
    fn open_unit_numbered(&self, number: &str) -> bool {
        !number.is_empty()
            && self.spine.iter().any(|open| {
                let written = self.text.get(open.marker.start as usize..open.marker.end as usize).unwrap_or("");
                written.trim_end_matches(DOTS).trim_end_matches(is_space) == number
            })
    }

    /// The line below candidate `cand`'s line (past one blank line, and past at most
    /// [`MAX_NOISE_LINES_OVER_HEADING`] lines of noise: a page's number and running head) is a
    /// heading: short, opening with a heading's first character ([`crate::marker::is_heading_start`]:
    /// no figure, no unit), no sentence end in it.
    fn heading_line_below(&self, cand: &Candidate) -> bool {
        let mut end = cand.line_end();
        for _ in 0..=MAX_NOISE_LINES_OVER_HEADING {
            let Some(next) = crate::text::wrap::line_break_end(self.text, end) else { return false };
            // Past one blank line: a copy that sets every line as a paragraph of its own.
            let below = crate::text::wrap::past_blank_line(self.text.get(next..).unwrap_or(""));
            let start = self.text.len() - below.len();
            let raw = below.split(LINE_BREAKS).next().unwrap_or("");
            end = start + raw.len();
            let line = raw.trim_matches(is_space);
            let from = start + (raw.len() - raw.trim_start_matches(is_space).len());
            let noise = u32::try_from(from).ok().and_then(|at| self.noise.at(at));
            if noise.is_some_and(|n| n.span.end as usize >= from + line.len()) {
                continue;
            }
            return line.len() <= MAX_HEADING_LEN
                && line.chars().next().is_some_and(crate::marker::is_heading_start)
                && !line.contains(SENTENCE_ENDS);
        }
        false
    }

    /// Where line breaks were lost, a decimal section number after a sentence end
    /// (`…稳步进行。2.2  应急物资…`, dev d01 with its line breaks removed): set apart from its
    /// heading by white space, a heading after it (words, not the rest of an amount), and the
    /// next of its numbering: after the open section of its level with the same prefix (`2.2`
    /// after `2.1`), or the first of a level under the open section its prefix names (`2.1.1`
    /// under `2.1`) or after the last one of the level above (`3.1` after `2.4`). A figure after
    /// a sentence end (`。2.5倍`, `。1.5 亿元`) is none.
    fn is_decimal_after_sentence(&self, cand: &Candidate, key: StyleKey) -> bool {
        let marker = &cand.marker;
        let after = self.text.get(marker.end()..).unwrap_or("");
        if !after.chars().next().is_some_and(is_space) {
            return false;
        }
        let end = cand.line_end_within(self.text, marker.end(), MAX_HEADING_LEN);
        let rest = self.text.get(marker.end()..end).unwrap_or("").trim_matches(is_space);
        if is_amount_rest(rest) || !rest.chars().next().is_some_and(is_cjk_ideograph) {
            return false;
        }
        let prefix = decimal_prefix(self.text, marker.span);
        let open_of = |k: StyleKey| self.spine.iter().rev().find(|o| o.key == k);
        if let Some(open) = open_of(key) {
            let open_prefix = decimal_prefix(self.text, open.marker);
            if open_prefix == prefix {
                return open.ordinal.saturating_add(1) == marker.ordinal;
            }
            if marker.ordinal == 1 && next_prefix(open_prefix, prefix) {
                return true;
            }
        }
        let parent = (Style::Decimal, key.1.saturating_sub(1));
        marker.ordinal == 1
            && key.1 > 1
            && open_of(parent).is_some_and(|open| {
                let written = self.text.get(open.marker.start as usize..open.marker.end as usize).unwrap_or("");
                prefix.trim_end_matches(DOTS) == written.trim_end_matches(DOTS)
            })
    }

    /// `15.3月底前…` read as item 15 whose heading starts with a date (see
    /// the grammar's `arabic_dot`): only at a line start, where the list runs on around it:
    /// item `N-1` before it (`14.`) and no other item than `N+1` after it (an attachment's
    /// label between it and the next item ends its list: [`Builder::attachment_label_next`]), or, for the first
    /// item of a list dated from its start (`1.3月底前…` / `2.6月底前…`), item 2 right after it.
    fn is_dated_item(&self, event: usize, marker: &Marker, key: StyleKey) -> bool {
        let next = self.next_candidate(event);
        let next_is =
            |n: Candidate| style_key(&n.marker) == key && n.marker.ordinal == marker.ordinal.saturating_add(1);
        if marker.ordinal == 1 {
            return next.is_some_and(|n| n.boundary == Boundary::LineStart && next_is(n));
        }
        let next_fits =
            next.is_none_or(|n| style_key(&n.marker) != key || next_is(n)) || self.attachment_label_next(event);
        self.continues_numbering(marker, key) && next_fits
    }

    /// True when `marker` stands right after the label the last label line opened (an
    /// attachment or a note label: `附件：`, `注：`), nothing but padding between them.
    fn right_after_label(&self, marker: &Marker) -> bool {
        self.attachments.last().is_some_and(|a| {
            let end = a.label.end as usize;
            end <= marker.start() && self.text.get(end..marker.start()).is_some_and(|gap| gap.chars().all(is_space))
        })
    }

    /// True when the candidate after event `event` is the first subsection of decimal key
    /// `key` (`1.1` after `1`, `5.9.1` after `5.9`).
    fn first_child_follows(&self, event: usize, key: StyleKey) -> bool {
        let child = (Style::Decimal, key.1.saturating_add(1));
        let next = self.next_candidate(event);
        next.is_some_and(|next| style_key(&next.marker) == child && next.marker.ordinal == 1)
    }

    /// After a sentence end or a clause: a decimal section number never; a statute marker
    /// only when it continues its numbering or stands apart from the text after it (else it
    /// is a reference: `。第十条规定的…`); any other marker always.
    fn accept_mid_line(&self, marker: &Marker, key: StyleKey) -> bool {
        if marker.style == Style::Decimal {
            return false;
        }
        if marker.style.is_statute() || marker.style == Style::Part {
            let after = self.text.get(marker.end()..).unwrap_or("");
            let padded = after.chars().next().is_some_and(is_padding);
            // After a page number (`…权。2第四条`, `…观。- 13 -第二十五条`) only the next of its
            // numbering.
            let after_page = self
                .text_before(marker.start())
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit() || PAGE_DASHES.contains(&c));
            return self.continues_numbering(marker, key) || (padded && !after_page);
        }
        true
    }

    /// `…协调发展。第十六条体育拔尖评价，目标是…` after `第十四条` (dev d21 with its line breaks
    /// lost: `第十五条` stood after a table's last cell, `…参照表9，附件2第十五条体育表现评价`, and
    /// ran into it): on a line whose breaks were lost ([`on_run_on_line`]), an article
    /// after a sentence end that skips one number of the article numbering opens a unit where a
    /// heading's words follow it, not a reference's (`。第十六条规定的…`, `。第十六条所称…`): one
    /// lost article no longer hides every article after it. The numbering must go on past it:
    /// the next article after a sentence end or at a line start, if any, has a higher number
    /// (`。第十八条…`; d21's `第十七条` is glued to its section's heading); a sentence that opens
    /// with an article it cites (`。第五条明确了…`) is followed by the skipped one (`。第四条…`).
    fn is_article_after_lost_one(&self, event: usize, cand: &Candidate, key: StyleKey) -> bool {
        let marker = &cand.marker;
        if marker.style != Style::Article || marker.inserted > 0 {
            return false;
        }
        if self.last_ordinal_of(key).is_none_or(|last| marker.ordinal != last.saturating_add(2)) {
            return false;
        }
        if self.next_article_candidate(event).is_some_and(|n| n.marker.ordinal <= marker.ordinal) {
            return false;
        }
        let after = self.text.get(marker.end()..).unwrap_or("");
        let reference = self.reference_word_follows(marker)
            || after.chars().next().is_some_and(|c| LOST_ONE_REFERENCE_CHARS.contains(&c))
            || after.starts_with("规定");
        on_run_on_line(self.text, marker.start(), cand.line_end()) && self.heading_follows(marker) && !reference
    }

    /// `…第二十四次会议批准第一章  总则第一条 为了…`, `…的决定修正》第一章  总则第一条 根据…` (bench
    /// statutes with their line breaks lost: a head note's last words glued to the first
    /// chapter): on a run-on line, the first chapter of a text that has no statute unit yet opens
    /// where it stands apart from its heading and the first article comes next.
    fn is_first_chapter_after_head_note(&self, event: usize, cand: &Candidate) -> bool {
        let marker = &cand.marker;
        let first_article = self
            .next_candidate(event)
            .is_some_and(|n| n.marker.style == Style::Article && n.marker.ordinal == 1 && n.marker.inserted == 0);
        marker.style == Style::Chapter
            && marker.ordinal == 1
            && self.no_statute_unit_yet()
            && stands_apart(self.text, marker)
            && !super::candidates::mid_sentence(self.text, marker.start())
            && first_article
            && on_run_on_line(self.text, marker.start(), cand.line_end())
    }

    /// `…第三十次会议通过）第一条 为了…` (see `candidates::opens_first_article`): on a run-on line, the
    /// first article of a text that has no statute unit yet opens.
    fn is_first_article_mid_line(&self, cand: &Candidate) -> bool {
        let marker = &cand.marker;
        marker.style == Style::Article
            && super::candidates::opens_first_article(self.text, marker.start())
            && !super::candidates::mid_sentence(self.text, marker.start())
            && self.no_statute_unit_yet()
            && on_run_on_line(self.text, marker.start(), cand.line_end())
    }

    /// True when no statute unit (`第X编/章/节/条`) has opened in this text yet.
    fn no_statute_unit_yet(&self) -> bool {
        self.last_ordinal.iter().all(|(k, _)| !k.0.is_statute())
    }

    /// `第一章 总则第一条 …`: the first unit under a chapter-like heading with no punctuation
    /// between them (line breaks lost), continuing its numbering. Under a section heading
    /// of the GB/T styles (a judicial interpretation's `一、受案范围第一条…`), an article
    /// counts when that heading is a short title (no clause punctuation, no book title) and
    /// the article is glued to its own text, not to a reference's words.
    fn accept_glued_statute(&self, marker: &Marker, key: StyleKey) -> bool {
        let Some(top) = self.spine.last() else { return false };
        // A division's numbering starts again under the next higher one: `第三章　城乡规划实施第一节
        // 一般规定` after the sections of 第二章 (bench lawref:2382262bf5ad with its line breaks lost).
        let restarts = marker.ordinal == 1
            && marker.style.is_division()
            && top.key.0.is_division()
            && top.key.0.rank() < marker.style.rank();
        if !(self.continues_numbering(marker, key) || restarts)
            || !self.on_heading_line_of(top.marker.end as usize, marker, &HEADING_LINE_STOPS)
        {
            return false;
        }
        // A part of articles glued to its first article was weighed as such
        // ([`Builder::heads_articles`]).
        top.key.0.rank() < marker.style.rank() || (marker.style == Style::Article && top.key == PART_OF_ARTICLES)
    }

    /// `…共同研究解决存在的问题。法律责任第五十八条 有关单位…` (a statute whose chapter headings
    /// carry no number, with its line breaks lost): an article glued to a short heading after a
    /// sentence end ([`super::candidates::after_short_heading`]), apart from its words, counts
    /// where it is the next article of the numbering.
    fn is_article_after_heading(&self, marker: &Marker, key: StyleKey) -> bool {
        marker.style == Style::Article
            && stands_apart(self.text, marker)
            && self.last_ordinal_of(key).is_some_and(|last| marker.ordinal == last + 1)
            && super::candidates::after_short_heading(self.text, marker.start())
    }

    /// `…上限65分上限100分第一节  德育评价第十五条 …` (dev d19 with its line breaks lost, a
    /// flattened table's last cell before the section): a division glued to the text before it
    /// that stands apart from its heading (padding after the marker), starts or continues its
    /// numbering under an open unit of a higher rank (or continues the open unit of its own style:
    /// `…智育占60%第三章　附则` under `第二章`), and whose next candidate is the article that continues
    /// the article numbering opens a unit: references (`本章第一节规定的`) stand in no such frame.
    /// A division glued to its heading as well (`…分值表第一节德育评价第十条新时代…`, dev d21 with
    /// its line breaks lost) counts in the same frame when it follows a caption
    /// ([`Builder::follows_caption`]), that heading is a short title and words follow the article
    /// ([`Builder::glued_to_section_title`]: not `本章第一节第十条的`).
    fn is_division_apart(&self, event: usize, marker: &Marker, key: StyleKey) -> bool {
        let padded = stands_apart(self.text, marker);
        let under_higher =
            self.spine.iter().any(|o| (o.key.0.is_division() && o.key.0.rank() < marker.style.rank()) || o.key == key);
        let next_article = self.next_candidate(event).filter(|next| {
            next.marker.style == Style::Article
                && self.last_ordinal_of(style_key(&next.marker)).is_some_and(|last| next.marker.ordinal == last + 1)
        });
        let apart = |next: &Candidate| {
            padded || (self.follows_caption(marker.start()) && self.glued_to_section_title(marker.end(), &next.marker))
        };
        marker.style.is_division()
            && under_higher
            && self.continues_numbering(marker, key)
            && next_article.is_some_and(|next| apart(&next))
    }

    /// True when a caption's label and number (`表1`, [`CAPTION_LABELS`]) stand at most
    /// [`MAX_CAPTION_CHARS`] characters before byte `at`, no comma, semicolon or sentence end
    /// between: `表1：五育各项分值表` before a glued `第一节`.
    fn follows_caption(&self, at: usize) -> bool {
        let mut after: Option<char> = None;
        for c in self.text_before(at).chars().rev().take(MAX_CAPTION_CHARS) {
            if RUNNING_TEXT_MARKS.contains(&c) {
                return false;
            }
            if CAPTION_LABELS.contains(&c) && after.is_some_and(|n| arabic_digit(n).is_some()) {
                return true;
            }
            after = Some(c);
        }
        false
    }

    /// True when the words between a section marker (ending at `from`) and `marker` are a
    /// short title, and `marker` is followed by words of its own (`一、管辖第三条各级人民法院…`,
    /// not `一、依照第三条的规定`, `一、将第一条修改为`). A `、` joins two topics of a title
    /// (`五、期间、送达第四十八条…`, dev d22 with its line breaks lost) unless the title holds a
    /// reference it could join (`一、第三条、第四条…`: a `第` or a digit).
    pub(super) fn glued_to_section_title(&self, from: usize, marker: &Marker) -> bool {
        let title = self.text.get(from..marker.start()).unwrap_or("");
        let names_a_unit = title.contains(|c: char| c == ORDINAL_PREFIX || arabic_digit(c).is_some());
        let titled = !title.is_empty()
            && title.chars().nth(MAX_GLUED_SECTION_TITLE).is_none()
            && !title.contains(|c: char| {
                COMMAS.contains(&c)
                    || COLONS.contains(&c)
                    || (c == DUNHAO && names_a_unit)
                    || BOOK_TITLE_OPEN.contains(&c)
            });
        let after = self.text.get(marker.end()..).and_then(|s| s.chars().find(|&c| !is_space(c)));
        titled
            && after.is_some_and(|c| {
                is_cjk_ideograph(c) && !REFERENCE_WORDS.contains(&c) && !GLUED_REFERENCE_TAILS.contains(&c)
            })
    }

    /// `（二）基本原则1.统筹规划…`, `三、服务平台5.建设…`: an item glued to the heading of the
    /// innermost open unit, the first of a level not open yet or the next of its numbering.
    /// An article's short title holds one too ([`Builder::glued_to_heading_of`]).
    fn accept_glued_item(&self, marker: &Marker, key: StyleKey) -> bool {
        let Some(top) = self.spine.last() else { return false };
        let first = marker.ordinal == 1 && self.spine.iter().all(|o| o.key != key);
        (first || self.continues_numbering(marker, key)) && self.glued_to_heading_of(top, marker)
    }

    /// True when `marker` is glued to the heading of the open unit `top`: on its heading line
    /// before any sentence or clause end, or, for an article (which has no heading: what is
    /// glued to its text is a reference, `第三十一条第一款第（一）项`), right after its short
    /// title (`第三条 申请条件1.拟参加的…`, `第八条 实施步骤（一）思想动员。…`).
    fn glued_to_heading_of(&self, top: &super::Open, marker: &Marker) -> bool {
        if top.key.0 == Style::Article {
            super::candidates::is_article_title(self.text, top.marker.end as usize, marker.start())
        } else {
            self.on_heading_line_of(top.marker.end as usize, marker, &HEADING_STOPS)
        }
    }

    /// `二、存在问题一是政策宣传不够到位；二是…` (see `candidates::glued_first_enumeration`): a first
    /// `一是` glued to the heading of the innermost open unit opens where no enumeration is open
    /// yet and the next marker is its `二是` (`统一是前提` is followed by none).
    fn accept_glued_enumeration(&self, event: usize, marker: &Marker, key: StyleKey) -> bool {
        let Some(top) = self.spine.last() else { return false };
        let second = self.next_candidate(event).is_some_and(|n| style_key(&n.marker) == key && n.marker.ordinal == 2);
        marker.ordinal == 1
            && self.spine.iter().all(|o| o.key != key)
            && top.key.0 != Style::Article
            && self.on_heading_line_of(top.marker.end as usize, marker, &HEADING_STOPS)
            && second
    }

    /// `…问题1一、…`: the first `一、` of its tree glued to the text before it counts only
    /// when the next `X、` at a real boundary is `二、`. A later one counts as the next sibling
    /// of an open `X、` whose sentence end was lost ([`Builder::is_sibling_after_lost_sentence_end`]).
    fn accept_glued_cn_comma(&self, event: usize, marker: &Marker, key: StyleKey) -> bool {
        let first = marker.ordinal == 1
            && self.last_ordinal_of(key).is_none()
            && self.next_cn_comma.get(event).copied().flatten() == Some(2);
        first
            || self
                .spine
                .iter()
                .rev()
                .find(|o| o.key == key)
                .is_some_and(|open| self.is_sibling_after_lost_sentence_end(marker, open.ordinal))
    }

    /// A bracketed marker glued to the text before it: the next sibling of an open unit
    /// whose sentence end was lost, or a child glued to a heading that has no punctuation
    /// (an article has no heading: what is glued to its text is a reference,
    /// `第三十一条第一款第（一）项`).
    fn accept_glued_bracket(&self, marker: &Marker, key: StyleKey) -> bool {
        // A first circled item after its heading's space (`candidates::spaced_first_circled`) is
        // taken as a bracketed one.
        if !matches!(marker.style, Style::CnParen | Style::ArabicParen | Style::Circled) {
            return false;
        }
        let Some(top) = self.spine.last() else { return false };
        match self.spine.iter().rev().find(|o| o.key == key) {
            Some(open) => self.is_sibling_after_lost_sentence_end(marker, open.ordinal),
            None if marker.ordinal == 1 && self.first_after_formula(marker) => true,
            None => {
                !self.follows_reference_word(marker)
                    && (marker.ordinal == 1 || self.continues_numbering(marker, key))
                    && self.glued_to_heading_of(top, marker)
            }
        }
    }

    /// `…计算方式如下：德育评价分=德育评议分+德育表现分（一）德育评议指…` (dev d19 with its line
    /// breaks lost: the formula stood on a line of its own): a first bracketed marker glued to
    /// the last term of a formula, the clause before it holding `=` ([`FORMULA_MARKS`], at most
    /// [`MAX_FORMULA_CHARS`] back to a sentence or clause end or a colon), opens where a heading's
    /// words follow it; a reference's words before or after it (`第（一）项`, `系数（一）项所列…`)
    /// make none.
    fn first_after_formula(&self, marker: &Marker) -> bool {
        let before = self.text_before(marker.start());
        let glued = before.chars().next_back().is_some_and(|c| is_cjk_ideograph(c) || CLOSE_BRACKETS.contains(&c));
        let reference = self.follows_reference_word(marker) || self.reference_word_follows(marker);
        if !glued || reference || !self.heading_follows(marker) {
            return false;
        }
        let mut clause = before.chars().rev().take(MAX_FORMULA_CHARS).take_while(|c| !HEADING_STOPS.contains(c));
        clause.any(|c| FORMULA_MARKS.contains(&c))
    }

    /// True when the character right after `marker` makes it a reference ([`REFERENCE_WORDS`]:
    /// `（一）项所列`, `第四条第二款`).
    fn reference_word_follows(&self, marker: &Marker) -> bool {
        let after = self.text.get(marker.end()..).and_then(|s| s.chars().next());
        after.is_some_and(|c| REFERENCE_WORDS.contains(&c))
    }

    /// True when the character before `marker` makes it a reference to an item
    /// ([`REFERENCE_WORDS`]: `第（二）项`, `前款（一）`).
    fn follows_reference_word(&self, marker: &Marker) -> bool {
        let before = self.text.get(..marker.start()).and_then(|s| s.chars().next_back());
        before.is_some_and(|c| REFERENCE_WORDS.contains(&c))
    }

    /// `…安居乐业（七）深化文化体制改革`, `…图2　摩托车号牌编码规则二、号牌规格尺寸` (a figure's
    /// caption before the next part, govcn:36 with its line breaks lost): the `（X）` or `X、`
    /// after the open `（X-1）` or `X-1、`, glued to an ideograph that is no reference word (not
    /// `第（二）项`, `第二、三条`) nor a numeral, or an `X、` to a closing bracket (`…（单位：毫米）三、
    /// 前后号牌式样对比`), or a `（X）` to a bracketed note that is no marker (`…尺寸（单位：毫米）（二）
    /// 摩托车号牌`, not `第（一）（二）项`), and followed by its heading.
    fn is_sibling_after_lost_sentence_end(&self, marker: &Marker, open_ordinal: u32) -> bool {
        let before = self.text.get(..marker.start()).and_then(|s| s.chars().next_back());
        let after_bracket = before.is_some_and(|c| CLOSE_BRACKETS.contains(&c))
            && (marker.style == Style::CnComma || self.follows_note(marker.start()));
        let reference = !after_bracket
            && (before.is_none_or(|c| !is_cjk_ideograph(c) || is_cn_numeral_char(c))
                || self.follows_reference_word(marker));
        matches!(marker.style, Style::CnParen | Style::CnComma)
            && marker.ordinal == open_ordinal + 1
            && !reference
            && self.heading_follows(marker)
    }

    /// True when a heading's words follow `marker` (an ideograph that opens no Chinese
    /// numeral: `二、三季度` is a number list).
    fn heading_follows(&self, marker: &Marker) -> bool {
        let after = self.text.get(marker.end()..).unwrap_or("");
        after.chars().next().is_some_and(|c| is_cjk_ideograph(c) && !opens_cn_ordinal(c))
    }

    /// `…本地农民工\t390\t400二、农民工基本特征…` (see `candidates::after_number_cell`): a marker glued
    /// to a table's last number cell opens a unit where a heading follows it and it is the next
    /// of its open unit, or the first of its style in the tree.
    fn accept_after_number_cell(&self, marker: &Marker, key: StyleKey) -> bool {
        let continues = match self.spine.iter().rev().find(|o| o.key == key) {
            Some(open) => open.ordinal.saturating_add(1) == marker.ordinal,
            None => self.continues_numbering(marker, key),
        };
        continues && self.heading_follows(marker)
    }

    /// True when the text before byte `at` ends with a bracketed note (`（单位：毫米）`): a
    /// closing bracket whose opening bracket, on its line and at most [`MAX_NOTE_CHARS`]
    /// characters before it, opens no marker (`（一）`).
    fn follows_note(&self, at: usize) -> bool {
        let Some(head) = self.text.get(..at) else { return false };
        let Some(body) = head.strip_suffix(&CLOSE_BRACKETS[..]) else { return false };
        let open = body
            .char_indices()
            .rev()
            .take(MAX_NOTE_CHARS)
            .take_while(|&(_, c)| !CLOSE_BRACKETS.contains(&c) && c != '\n')
            .find(|&(_, c)| OPEN_BRACKETS.contains(&c));
        open.is_some_and(|(i, _)| parse_marker(self.text, i).is_none())
    }

    /// True when `marker` starts within a heading's length after byte `from` (the end of an
    /// open unit's marker) with none of the `stops` between: it is on that unit's heading line.
    /// A line break that is a hard wrap after a full line of prose
    /// ([`crate::text::wrap::wrap_after_full_line`]) is no stop: the heading goes on past it
    /// (`…撑。一、高站位开展党的⏎全面领导引领行动(一)主题教育`, a joined text wrapped at 28).
    fn on_heading_line_of(&self, from: usize, marker: &Marker, stops: &[char]) -> bool {
        let start = marker.start();
        let between = self.text.get(from..start).unwrap_or("");
        let stop_at = |(i, c): (usize, char)| {
            stops.contains(&c)
                && !(LINE_BREAKS.contains(&c) && crate::text::wrap::wrap_after_full_line(self.text, from + i).is_some())
                && !(c == '\n' && between.get(..i).is_some_and(|b| b.ends_with('\r')))
        };
        start >= from && start - from <= MAX_HEADING_LEN && !between.char_indices().any(stop_at)
    }

    /// True when `marker` continues the numbering of its style `key` in this tree (or starts
    /// it at 1); an inserted article (`第十条之一`) continues its base article's.
    fn continues_numbering(&self, marker: &Marker, key: StyleKey) -> bool {
        match self.last_ordinal_of(key) {
            Some(last) => marker.ordinal == last + 1 || (marker.inserted > 0 && marker.ordinal == last),
            None => marker.ordinal == 1,
        }
    }

    /// The ordinal of the last unit of style `key` in this tree.
    pub(super) fn last_ordinal_of(&self, key: StyleKey) -> Option<u32> {
        self.last_ordinal.iter().find(|(s, _)| *s == key).map(|&(_, o)| o)
    }
}

/// True when `line` opens with the marker of an article or of an item and goes on after it
/// (`第二条 学生对依据本办法`, `（二）申诉事项不属于本办法`): the text of a unit, which a hard
/// wrap may break anywhere, not a division's heading line (`第三章 法律责任`).
fn opens_article_or_item(line: &str) -> bool {
    let content = line.trim_start_matches(is_padding);
    parse_marker(content, 0).is_some_and(|m| {
        m.end() < content.len()
            && matches!(
                m.style,
                Style::Article | Style::CnParen | Style::ArabicParen | Style::ArabicDot | Style::CnComma
            )
    })
}

#[inline(always)]
/// `15.3月底前`: an item number with a digit right after its dot, whose heading starts with
/// a date.
/// `1.\u{2009}6升以上`: the dot of an Arabic marker is a decimal point with its decimals
/// after a thin space (a table copied from a PDF, dev d05's tax table, where a hard wrap
/// leaves the table rows unrecognised): a number, not a marker.
fn is_thin_spaced_decimal(text: &str, marker: &Marker) -> bool {
    marker.style == Style::ArabicDot
        && text.get(marker.start()..marker.end()).is_some_and(|written| written.ends_with(DOTS))
        && decimals_after_thin_space(text, marker.end())
}

fn is_dated(text: &str, marker: &Marker) -> bool {
    marker.style == Style::ArabicDot
        && text.get(marker.start()..marker.end()).is_some_and(|written| written.ends_with(DOTS))
        && text.get(marker.end()..).and_then(|s| s.chars().next()).is_some_and(|c| arabic_digit(c).is_some())
}

/// The text after a decimal number on its line (white space trimmed) is the rest of an
/// amount, not a heading: nothing (`2.5`), other numbers (`1.2　0.8`), or a unit word alone
/// ([`UNITS`]), glued or not, with no words after it (`0.8分`, `4.5 分`, `2.5 %`): the cells
/// of a scoring table. A heading may start with a number (`3.4 5G网络建设`).
pub(super) fn is_amount_rest(rest: &str) -> bool {
    let unit = rest.trim_start_matches(|c: char| arabic_digit(c).is_some() || DOTS.contains(&c) || is_space(c));
    unit.is_empty()
        || UNITS.iter().any(|u| unit.strip_prefix(u.text).is_some_and(|tail| !tail.chars().any(is_cjk_ideograph)))
}

/// True when decimal prefix `b` is the one after `a`: the same parts but the last, which is
/// one more (`2.` then `3.`, `1.2.` then `1.3.`).
fn next_prefix(a: &str, b: &str) -> bool {
    fn split(p: &str) -> (&str, &str) {
        let p = p.trim_end_matches(DOTS);
        match p.rfind(DOTS) {
            Some(i) => (p.get(..i).unwrap_or(""), p.get(i..).unwrap_or("").trim_start_matches(DOTS)),
            None => ("", p),
        }
    }
    let ((a_head, a_last), (b_head, b_last)) = (split(a), split(b));
    let number = |s: &str| s.parse::<u32>().ok();
    a_head == b_head && number(a_last).zip(number(b_last)).is_some_and(|(x, y)| x.checked_add(1) == Some(y))
}

/// The most lines of noise (a page's number, its running head) between a decimal number alone on
/// its line and its heading that `Builder::heading_line_below` looks past.
const MAX_NOISE_LINES_OVER_HEADING: usize = 2;

/// The prefix of a decimal number, up to its last dot: `2.` of `2.3`, `1.2.` of `1.2.1.`.
fn decimal_prefix(text: &str, span: Span) -> &str {
    let written = text.get(span.start as usize..span.end as usize).unwrap_or("");
    let number = written.trim_end_matches(DOTS);
    number.rfind(DOTS).and_then(|i| number.get(..i)).unwrap_or("")
}

/// `一、二年级`, `2、3月`: the text after a `X、` marker is the rest of a number list.
fn starts_number_list(after: &str) -> bool {
    let mut chars = after.chars();
    let Some(first) = chars.next() else { return false };
    if !(opens_cn_ordinal(first) || arabic_digit(first).is_some()) {
        return false;
    }
    let rest = chars.as_str();
    NUMBER_LIST_WORDS.iter().any(|w| rest.starts_with(w))
}

/// True when `after` (the text after an article marker) opens with the words of a reference
/// glued to it: a paragraph or item number (`第六条第二款关于邮件的规定`, `第十条第（二）项`) or
/// [`ARTICLE_REFERENCE_TAILS`] (`第一百二十一条的规定`).
fn starts_reference_words(after: &str) -> bool {
    ARTICLE_REFERENCE_TAILS.iter().any(|t| after.starts_with(t))
        || starts_provision_number(after)
        || starts_next_reference(after)
}

/// True when `after` (the text after an article marker) opens the next reference of a list: a
/// joiner of [`REFERENCE_JOINERS`] and `第` (`…按照本条例⏎第十条、第十三条、第十六条…规定`; `…还必须依照
/// 本办法⏎第五条和第九条第二款的规定`, a bench port regulation wrapped as a PDF copy is).
fn starts_next_reference(after: &str) -> bool {
    after.strip_prefix(REFERENCE_JOINERS).is_some_and(|r| r.starts_with(ORDINAL_PREFIX))
}

/// True when `after` (the text after an article marker) opens with a paragraph or item number
/// (`第一款`, `第（二）项`): no article's text opens so, the marker is the start of a reference
/// wherever the line breaks fall (`第一百一十八条第一款规定：“违反本法规定…”`, a line of its own
/// in a ministry's reply that quotes a law, cee 关于恶臭气体超标排放法律适用有关问题的复函).
fn starts_provision_number(after: &str) -> bool {
    let Some(number) = after.strip_prefix(ORDINAL_PREFIX) else { return false };
    let number = number.trim_start_matches(OPEN_BRACKETS);
    let rest = number.trim_start_matches(|c: char| is_cn_numeral_char(c) || arabic_digit(c).is_some());
    let rest = rest.trim_start_matches(CLOSE_BRACKETS);
    rest.len() < number.len() && rest.starts_with(['款', '项'])
}

/// `（四）、（五）项…`: the marker is followed by another bracketed numeral.
fn starts_reference_list(after: &str) -> bool {
    let after = after.strip_prefix(REFERENCE_JOINERS).unwrap_or(after);
    let Some(inner) = after.strip_prefix(OPEN_BRACKETS) else { return false };
    inner.chars().next().is_some_and(|c| opens_cn_ordinal(c) || arabic_digit(c).is_some())
}

/// A part label alone on the first line of the text (`第一篇` above the title of a
/// five-year plan's outline, as an excerpt prints it) labels the document: it opens no unit,
/// and the title may follow it.
pub(super) fn is_part_label_above_title(text: &str, cand: &Candidate) -> bool {
    let marker = &cand.marker;
    marker.style == Style::Part
        && text.get(marker.end()..cand.line_end()).is_some_and(|r| r.chars().all(is_space))
        && text.get(..marker.start()).is_some_and(|b| b.chars().all(is_space))
}

/// The rest of the line after byte `from` is a short heading: at most
/// [`MAX_PART_HEADING_CHARS`] characters with no sentence or clause punctuation.
pub(super) fn short_heading_line(text: &str, cand: &Candidate, from: usize) -> bool {
    let end = cand.line_end_within(text, from, 200);
    let rest = text.get(from..end).unwrap_or("");
    rest.chars().count() <= MAX_PART_HEADING_CHARS && !rest.contains(RUNNING_TEXT_MARKS)
}

/// The line of chapter-like `marker` names another marker of the same style within a
/// heading's length: a table of contents written on one line. An article that opens its
/// text (`第二条 考核得分占60%`) before that marker shows a body whose sentence end was lost
/// (`第二章 考核第二条 考核得分占60%- 14 -第三章 附则`), not a contents, which lists no
/// article's text.
fn lists_same_style(text: &str, cand: &Candidate) -> bool {
    let marker = &cand.marker;
    let end = cand.line_end_within(text, marker.end(), MAX_HEADING_LEN);
    let Some(rest) = text.get(marker.end()..end) else { return false };
    let rest = rest.find(CLAUSE_ENDS).and_then(|i| rest.get(..i)).unwrap_or(rest);
    for (i, _) in rest.match_indices(ORDINAL_PREFIX) {
        let Some(other) = parse_marker(text, marker.end() + i) else { continue };
        if other.style == marker.style && other.ordinal != marker.ordinal {
            return true;
        }
        if other.style == Style::Article && stands_apart(text, &other) {
            return false;
        }
    }
    false
}

/// The text after an article marker at a line start (`after`) makes it the lead-in of a
/// provision quoted from another statute, not an article of this document: the article glued
/// to `规定` or `的规定` and a colon or comma (`第九十九条规定：“违反本法规定，…”`,
/// `第八十一条的规定，…`: a 复函 or 意见 setting out the law it applies, one provision a
/// paragraph). An article with a paragraph after it (`第一百一十八条第一款规定：`) is a reference
/// at any line start ([`starts_provision_number`]).
fn leads_in_quoted_article(after: &str) -> bool {
    let rest = after.strip_prefix('的').unwrap_or(after);
    rest.strip_prefix(QUOTING_VERB)
        .and_then(|r| r.chars().next())
        .is_some_and(|c| COLONS.contains(&c) || COMMAS.contains(&c))
}
