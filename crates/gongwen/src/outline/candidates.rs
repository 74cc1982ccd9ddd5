//! Candidate markers: the places where a marker may open a unit, found in one pass.
//!
//! A marker counts where it opens a unit (docs/annotation.md): at a line start after indentation,
//! or, where line breaks were lost, right after a sentence end (`。！？`), a colon or a
//! semicolon. Parenthesised markers may also sit glued to a heading that has no
//! punctuation (`…引领行动(一)主题教育…`); those are kept as [`Boundary::Glued`] and the
//! builder weighs them against the open levels before accepting one.
//!
//! The punctuation (`。！？：；（、` and ASCII `( : ; ?`, [`crate::lexicon::chars::BOUNDARY_CJK`] and
//! [`crate::lexicon::chars::is_ascii_boundary`]) is found by the one pass over the bytes ([`crate::scan`]); each
//! line takes the positions before its end, read by their bytes without decoding. The
//! lines come from the same pass.

use crate::lexicon::chars::CELL_SEPARATOR;
use crate::lexicon::elements::STATUTE_EVENTS;
use crate::lexicon::markers::{CLOSE_BRACKETS, FIRST_SECTION, OPEN_BRACKETS, ORDINAL_PREFIX};
use crate::lexicon::noise::{LINE_BREAKERS, PAGE_DASHES};
use crate::lexicon::outline::{
    ATTACHMENT_LABEL, CAPTION_LABELS, CONTENTS_LABELS, DATE_LINE_WORDS, FIRST_ARTICLE_OPENINGS, MENTION_PARTICLES,
    REFERENCE_OPENERS, SHORT_ATTACHMENT_LABEL,
};
use crate::lexicon::punct::{
    ASCII_SENTENCE_ENDS, BOOK_TITLE_CLOSE, BOOK_TITLE_OPEN, CLAUSE_ENDS, CLOSING_MARKS, COLONS, DUNHAO,
    RUNNING_TEXT_MARKS, SEMICOLONS, SENTENCE_ENDS, key_at, utf8_key, wide_keys,
};
use crate::lexicon::titles::TITLE_ENDINGS;
use crate::marker::{Marker, parse_marker_skipping};
use crate::model::{NoiseMap, Style};
use crate::numeral::{arabic_digit, is_cn_numeral_char};
use crate::scan::{Cursor, Positions};
use crate::text::chars::{CharClass, PADDING_CHARS, is_cjk_ideograph, is_padding, is_space, skip_padding};
use crate::text::lines::{Line, line_end_within};
use crate::text::to_u32;

/// What precedes a candidate marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Boundary {
    /// The start of a line, after indentation.
    LineStart,
    /// A sentence end: `。！？`.
    Sentence,
    /// A colon or semicolon: `：；:;`.
    Clause,
    /// Nothing: the marker is glued to the preceding text.
    Glued,
}

/// A marker that may open a unit.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Candidate {
    pub(crate) marker: Marker,
    pub(crate) boundary: Boundary,
    /// The end of the marker's line (its line break, or the end of the text): see
    /// [`Candidate::line_end`].
    line_end: u32,
    /// What else pass 1 saw on the marker's line.
    pub(crate) marks: LineMarks,
}

/// The book-title marks and TABs of a line, noted by pass 1 as it reads the line's
/// punctuation: the rules that ask for them need not search the line again.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LineMarks {
    /// The first book-title mark (`《》〈〉`), [`LineMarks::NONE`] when there is none.
    first_book_title: u32,
    /// The last TAB, [`LineMarks::NONE`] when there is none.
    last_tab: u32,
    /// False when pass 1 found no next item of its list after a space in the heading of the
    /// line's line-start candidate ([`spaced_sibling`]); true when it found one or did not
    /// look, so [`opens_one_line_contents`] reads that heading again only then.
    line_start_spaced: bool,
}

impl LineMarks {
    const NONE: u32 = u32::MAX;

    /// Nothing seen yet.
    const EMPTY: LineMarks = LineMarks { first_book_title: Self::NONE, last_tab: Self::NONE, line_start_spaced: true };

    /// Notes the punctuation at byte `i` that is no boundary mark: a TAB or a book-title mark.
    fn note(&mut self, bytes: &[u8], i: usize) {
        if bytes.get(i) == Some(&CELL_SEPARATOR) {
            self.last_tab = to_u32(i);
        } else if self.first_book_title == Self::NONE {
            self.first_book_title = to_u32(i);
        }
    }

    /// [`LineMarks::note`] for punctuation at byte `i` not yet classified: notes it only when
    /// it is a TAB or a book-title mark.
    fn note_if_mark(&mut self, bytes: &[u8], i: usize) {
        let mark = match bytes.get(i) {
            Some(&CELL_SEPARATOR) => true,
            Some(b) if b.is_ascii() => false,
            _ => bytes.get(i..).and_then(key_at).is_some_and(|k| BOOK_TITLE_KEYS.contains(&k)),
        };
        if mark {
            self.note(bytes, i);
        }
    }

    /// Whether the line holds a TAB at or after byte `from`.
    pub(crate) fn tab_from(&self, from: usize) -> bool {
        self.last_tab != Self::NONE && self.last_tab as usize >= from
    }

    /// The first book-title mark of the line: `Ok(None)` when it has none, `Ok(Some(p))`
    /// when it is at `p >= from`, `Err(())` when it stands before `from` (the line must be
    /// searched from there).
    pub(crate) fn first_book_title_from(&self, from: usize) -> Result<Option<usize>, ()> {
        match self.first_book_title {
            Self::NONE => Ok(None),
            p if p as usize >= from => Ok(Some(p as usize)),
            _ => Err(()),
        }
    }
}

impl Candidate {
    /// The end of the marker's line (its line break, or the end of the text).
    pub(crate) fn line_end(&self) -> usize {
        self.line_end as usize
    }

    /// What [`line_end_within`] returns for `pos` on the candidate's line (the first line
    /// break in `pos..pos + max`, else that window's end), read off the line end pass 1
    /// found instead of searched for.
    pub(crate) fn line_end_within(&self, text: &str, pos: usize, max: usize) -> usize {
        end_within(text, pos, max, self.line_end())
    }
}

/// What [`line_end_within`] returns for `pos` on a line that ends at `line_end` (and starts at
/// or before `pos`), read off that end instead of searched for.
pub(super) fn end_within(text: &str, pos: usize, max: usize, line_end: usize) -> usize {
    if pos > line_end {
        return line_end_within(text, pos, max);
    }
    let stop = pos.saturating_add(max).min(text.len());
    if line_end <= stop {
        return line_end;
    }
    let mut end = stop;
    while end > pos && !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// What a line holds, for the builder: its candidates, plus the line itself so the builder
/// can recognise labels (目录, 附件) and titles. The candidates are lent from one buffer
/// that every line reuses.
#[derive(Debug)]
pub(crate) struct LineCandidates<'c> {
    pub(crate) line: Line,
    pub(crate) content_start: usize,
    pub(crate) candidates: &'c [Candidate],
}

/// Scans `text` line by line and calls `each` with the candidates of every line that is not
/// empty, in order. `sets` are the scan's punctuation and figure candidates.
pub(crate) fn scan(
    text: &str,
    all: &[Line],
    sets: (Positions<'_>, Positions<'_>),
    noise: &NoiseMap<'_>,
    mut each: impl FnMut(LineCandidates<'_>),
) {
    let (punct, figures) = sets;
    let mut buf: Vec<Candidate> = Vec::new();
    let mut punct = PunctScan { cursor: Cursor::new(punct) };
    let mut ordinal_prefixes = NextOrdinalPrefix::new();
    let mut first_line = true;
    for &line in all {
        if line.start == line.end {
            // Half the lines of a statute are empty: no marker, no punctuation to look at.
            continue;
        }
        let content_start = content_start(text, line, noise);
        buf.clear();
        let at_start = marker_at(text, content_start, noise)
            .filter(|m| !closes_wrapped_bracket(text, line.start, m))
            .or_else(|| {
                let digit = text.as_bytes().get(content_start).is_some_and(|&b| may_start_digit(b));
                digit
                    .then(|| crate::marker::parse_bare_number(text, content_start))
                    .flatten()
                    .filter(|_| noise.at(crate::text::to_u32(content_start)).is_none())
            })
            .or_else(|| spaced_at_line_start(text, content_start, noise));
        if let Some(m) = at_start {
            buf.push(Candidate {
                marker: m,
                boundary: Boundary::LineStart,
                line_end: to_u32(line.end),
                marks: LineMarks::EMPTY,
            });
        } else if first_line && content_start < line.end {
            buf.extend(unit_after_title(text, line, content_start, noise));
        }
        first_line &= content_start >= line.end;
        let mut marks = mid_line(text, line, content_start, noise, &mut punct, &mut buf);
        statutes_after_dates(text, line, content_start, noise, &mut buf);
        body_after_run_on_contents(text, line, content_start, noise, &mut buf);
        if ordinal_prefixes.inside(text.as_bytes(), content_start + 1, line.end) {
            divisions_mid_line(text, line, content_start, noise, &mut buf);
        }
        glued_children(text, line, noise, figures, &mut buf);
        spaced_first_circled(text, line, noise, &mut buf);
        bracket_siblings(text, line, noise, &mut buf);
        marks.line_start_spaced = spaced_siblings(text, line, noise, &mut buf);
        for c in &mut buf {
            c.marks = marks;
        }
        each(LineCandidates { line, content_start, candidates: &buf });
    }
}

/// `…（项目编号：JS2024-0` ⏎ `15）于2024年5月20日…`: a hard wrap that cut an identifier inside an
/// open bracket puts its last digits and the closing bracket at the next line's start; so does
/// one that cut a decimal number after its point (`…以细颗粒物（PM2.` ⏎ `5）和可吸入颗粒物…`, a
/// work report copied at 28 characters a line). When the line before ends with an ASCII
/// letter, digit, hyphen or point (white space a copy left at its end aside), or with the
/// attachment label whose number the wrap cut off (`…汇总表》（附件` ⏎ `3），发送至…`, a university
/// notice extracted from PDF), and leaves a bracket open, a marker
/// with its closing bracket alone (`15）`, [`crate::marker::CLOSE_ONLY_PARTS`]) at the start of
/// the line that begins at `line_start` closes that bracket and opens no item.
fn closes_wrapped_bracket(text: &str, line_start: usize, m: &Marker) -> bool {
    if m.style != Style::ArabicParen || m.parts != crate::marker::CLOSE_ONLY_PARTS {
        return false;
    }
    let Some(previous) = line_above_blank(text, line_start) else {
        return false;
    };
    let open = previous
        .chars()
        .map(|c| i32::from(OPEN_BRACKETS.contains(&c)) - i32::from(CLOSE_BRACKETS.contains(&c)))
        .sum::<i32>();
    let cut_identifier =
        previous.chars().next_back().is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.'));
    open > 0 && (cut_identifier || previous.ends_with(ATTACHMENT_LABEL))
}

/// The line before the one that starts at `line_start`, white space at its end aside, or the
/// line before that when it is blank: a copy that puts a blank line after every line of a PDF
/// parts the halves of a wrapped line with one (`…细颗粒物（PM2.` ⏎ ⏎ `5）和可吸入颗粒物…`).
fn line_above_blank(text: &str, line_start: usize) -> Option<&str> {
    let previous = crate::text::lines::previous_line(text, line_start)?;
    let words = |(s, e): (usize, usize)| text.get(s..e).map(crate::text::chars::trim_space_end);
    match words(previous)? {
        "" => crate::text::lines::previous_line(text, previous.0).and_then(words),
        line => Some(line),
    }
}

/// `某市物业管理条例 第一章 总则 第一条 …`: a text whose line breaks were lost starts with its
/// title, a space, and the first unit of a statute (`第一章`, `第一编`, `第一条`) or of a plan
/// (`一、`). The title ends there as a heading does, so the marker is a candidate after it
/// ([`Boundary::Sentence`]) when it stands apart from the words after it, is a `一、` (glued
/// to them as at a line start: `某大学2024年博士研究生招生简章一、招生专业二、…`) or a `第一条` whose
/// words state a purpose or basis ([`FIRST_ARTICLE_OPENINGS`]); read only on the first line of
/// the text, where a title stands.
fn unit_after_title(text: &str, line: Line, content_start: usize, noise: &NoiseMap<'_>) -> Option<Candidate> {
    let head = text.get(content_start..line.end)?;
    let (title_end, at) = title_then_marker(head)?;
    let at = content_start + at;
    // The marker stands apart from the words after it, as a unit's does (`第一条规定的` is a
    // reference); a division glued to its title's type word heads its chapter all the same
    // (`…实施细则第一章总则第一条…`), and so does an article apart from its words
    // (`上海市促进电子商务发展规定第一条 为了…`).
    let glued = title_end == at - content_start;
    // A first `一、` opens its unit glued to the words after it, as it does at a line start
    // (`…招生简章一、招生专业`, `…考试大纲（科目一：综合素质）一、考试目标`); so does a first
    // article whose words open with the purpose or basis a first article states
    // (`某市物业管理条例第一条为了规范…`), and a first article apart from its words
    // (`上海市促进电子商务发展规定第一条 为了…`).
    let purpose = |m: &Marker| {
        m.style == Style::Article
            && text.get(m.end()..).is_some_and(|r| FIRST_ARTICLE_OPENINGS.iter().any(|w| r.starts_with(w)))
    };
    let opens = |m: &Marker| {
        m.ordinal == 1
            && (m.style == Style::CnComma
                || purpose(m)
                || (m.style.is_statute() && ((glued && m.style.is_division()) || stands_apart(text, m))))
    };
    let marker = marker_at(text, at, noise).filter(opens)?;
    super::labels::is_enclosed_title(head.get(..title_end)?).then_some(Candidate {
        marker,
        boundary: Boundary::Sentence,
        line_end: to_u32(line.end),
        marks: LineMarks::EMPTY,
    })
}

/// `…特此通知。某市科学技术委员会2025年7月28日某市科技专家库管理办法第一章总则第一条…`: where
/// line breaks were lost, the signature date of a transmitting notice runs into the title of
/// the document it encloses and that document's first statute unit (a page number may stand
/// between date and title: [`page_number_len`]). After each date on a
/// line that runs on past it (`…月…日`, then no line break), the title and the marker are
/// read as on a one-line text's first line ([`unit_after_title`]).
fn statutes_after_dates(text: &str, line: Line, content_start: usize, noise: &NoiseMap<'_>, out: &mut Vec<Candidate>) {
    let [_, month, day] = DATE_LINE_WORDS;
    // The notice and the document it encloses are on the line: a short line holds neither.
    if line.end - content_start.min(line.end) < MIN_RUN_ON_LINE {
        return;
    }
    let Some(body) = text.get(content_start..line.end) else { return };
    // The starts of the line's other candidates, sorted once a date is followed by a unit: a
    // line of many dates stays linear (no search of all candidates per date).
    let mut taken: Option<Vec<usize>> = None;
    let mut found = false;
    for (i, _) in body.match_indices(day) {
        let before = body.get(..i).unwrap_or_default().trim_end_matches(is_space);
        let dated = before.chars().next_back().is_some_and(|c| arabic_digit(c).is_some() || is_cn_numeral_char(c))
            && before.chars().rev().take(MAX_DAY_CHARS).any(|c| c == month);
        if !dated {
            continue;
        }
        let from = skip_before_marker(text.as_bytes(), content_start + i + day.len_utf8(), line.end, noise);
        // A page number between the date and the title (`…2024年1月11日- 2 -某某办法第一章…`).
        let from = match text.get(from..).and_then(page_number_len) {
            Some(len) => skip_padding(text, from + len, line.end),
            None => from,
        };
        let Some(c) =
            unit_after_title(text, line, from, noise).or_else(|| statute_after_event(text, line, from, noise))
        else {
            continue;
        };
        let taken = taken.get_or_insert_with(|| sorted_starts(out));
        // Dates come in order, so a marker that an earlier date found is the last one pushed.
        let again = found && out.last().is_some_and(|o| o.marker.start() == c.marker.start());
        if !again && taken.binary_search(&c.marker.start()).is_err() {
            out.push(c);
            found = true;
        }
    }
    if found {
        out.sort_by_key(|c| c.marker.start());
    }
}

/// `…2016年7月29日 某省…常务委员会第三十一次会议批准第一条 为推进…`, `…会议修订）第一章 总则…`: where
/// line breaks were lost, a statute's head note printed without its brackets (or with its
/// closing one only) runs into the statute's first unit. Within [`MAX_EVENT_AFTER_DATE`] bytes
/// after a date (at `from`), the first `第` that starts a first statute unit (`第一章`, `第一条`,
/// `第一编`) right after the word of what happened that day ([`STATUTE_EVENTS`]: 通过, 批准,
/// 修订 …, a closing bracket and padding between them allowed) is a candidate. So is a first
/// article apart from its words after an unnumbered chapter heading there (`…》第二次修正总则第一条
/// 为了…`, `…会议批准总　则第一条 …`: bench lawrefbook statutes, whose chapter headings carry no
/// number, with their line breaks lost).
fn statute_after_event(text: &str, line: Line, from: usize, noise: &NoiseMap<'_>) -> Option<Candidate> {
    let window = text.get(from..line_end_within(text, from, MAX_EVENT_AFTER_DATE).min(line.end))?;
    let after_event = |before: &str| {
        let before = before.trim_end_matches(|c: char| is_padding(c) || CLOSE_BRACKETS.contains(&c));
        STATUTE_EVENTS.iter().any(|(word, _)| before.ends_with(word))
    };
    let mut headed = false;
    let (k, _) = window.match_indices(ORDINAL_PREFIX).find(|&(k, _)| {
        let before = window.get(..k).unwrap_or("");
        let event = after_event(before);
        headed = !event && after_unnumbered_heading(before, after_event);
        event || headed
    })?;
    let marker = marker_at(text, from + k, noise).filter(|m| {
        m.style.is_statute() && m.ordinal == 1 && (!headed || (m.style == Style::Article && stands_apart(text, m)))
    })?;
    Some(Candidate { marker, boundary: Boundary::Sentence, line_end: to_u32(line.end), marks: LineMarks::EMPTY })
}

/// True when the marker at byte `at` stands in the middle of a sentence: after a comma, a `、`,
/// an opening quote or bracket or a dash ([`LINE_BREAKERS`]), or after `的`
/// ([`MENTION_PARTICLES`]), padding between them allowed (`条例共八章七十条，第一章  总则第一条
/// 规定了…`, `将第一条修改为：“第一条 为了…`). A statute's first chapter or first article glued to
/// its head note where line breaks were lost follows the note's last word or bracket
/// (`…会议批准第一章`, `…会议通过）第一条 为了…`), never these; read by
/// `Builder::is_first_chapter_after_head_note` and `Builder::is_first_article_mid_line`.
pub(super) fn mid_sentence(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("").trim_end_matches(is_padding);
    before.chars().next_back().is_some_and(|c| LINE_BREAKERS.contains(&c) || MENTION_PARTICLES.contains(&c))
}

/// True when an ideograph follows marker `m` right after it: a list item's words
/// (`2.李某某`), not a number or a space.
fn words_follow(text: &str, m: &Marker) -> bool {
    text.get(m.end()..).and_then(|r| r.chars().next()).is_some_and(is_cjk_ideograph)
}

/// True when padding follows marker `m` (`第一条 为了…`): it stands apart from the words after
/// it, as a unit's marker does, not glued to them as a reference is (`第一条规定的`).
pub(super) fn stands_apart(text: &str, m: &Marker) -> bool {
    text.get(m.end()..).and_then(|r| r.chars().next()).is_some_and(is_padding)
}

/// True when `before` ends with an unnumbered chapter heading (`总则`, `总　则`: two to
/// [`MAX_UNNUMBERED_HEADING`] ideographs, a letter-spacing space between them allowed) after
/// which `ends_note` holds (the text before the heading ends a head note).
fn after_unnumbered_heading(before: &str, ends_note: impl Fn(&str) -> bool) -> bool {
    let spaced = |c: char| c == ' ' || c == '\u{3000}';
    let mut n = 0;
    let mut cut = before.len();
    for c in before.chars().rev().take(MAX_UNNUMBERED_HEADING * 2) {
        if !(crate::text::chars::is_cjk_ideograph(c) || (spaced(c) && n > 0)) {
            return false;
        }
        cut -= c.len_utf8();
        if spaced(c) {
            continue;
        }
        n += 1;
        if n > MAX_UNNUMBERED_HEADING {
            return false;
        }
        if n >= 2 && before.get(..cut).is_some_and(&ends_note) {
            return true;
        }
    }
    false
}

/// The most ideographs of an unnumbered chapter heading between a head note and the first
/// article ([`after_unnumbered_heading`]): `总则`, `一般规定`.
const MAX_UNNUMBERED_HEADING: usize = 6;

/// The most bytes after a date that [`statute_after_event`] reads: a head note's meeting and
/// the decision it names (`第十六届人民代表大会常务委员会第十八次会议《关于修改〈…〉等10件地方性法规的
/// 决定》修正`).
const MAX_EVENT_AFTER_DATE: usize = 400;

/// `…会议通过）目　　录第一章　总　　则第二章　家庭责任…第六章　附　　则第一章　总　　则第一条…`: where
/// line breaks were lost, a statute's table of contents runs from its label (`目录`, `目次`,
/// white space inside allowed: [`CONTENTS_LABELS`]) into the body, which starts where the
/// first entry (a division numbered one right after the label) comes again. That division
/// is a candidate; the entries are none (docs/annotation.md: a table of contents is not
/// structure). Only the first label within [`MAX_RUN_ON_CONTENTS`] bytes of a long line's
/// start is read.
fn body_after_run_on_contents(
    text: &str,
    line: Line,
    content_start: usize,
    noise: &NoiseMap<'_>,
    out: &mut Vec<Candidate>,
) {
    if line.end - content_start.min(line.end) < MIN_RUN_ON_LINE {
        return;
    }
    let limit = line_end_within(text, content_start, MAX_RUN_ON_CONTENTS).min(line.end);
    let Some(head) = text.get(content_start..limit) else { return };
    let first = match run_on_contents_label_end(head) {
        Some(label_end) => marker_at(text, skip_padding(text, content_start + label_end, limit), noise),
        None => unlabelled_contents_start(text, line, content_start, limit, noise),
    };
    let Some(first) = first.filter(|m| m.style.is_division() && m.ordinal == 1) else { return };
    let Some(written) = text.get(first.start()..first.end()) else { return };
    let Some(k) = text.get(first.end()..limit).and_then(|rest| rest.find(written)) else { return };
    let again = first.end() + k;
    let Some(body) = marker_at(text, again, noise).filter(|m| m.style == first.style && m.ordinal == 1) else { return };
    if out.iter().any(|c| c.marker.start() == body.start()) {
        return;
    }
    out.push(Candidate {
        marker: body,
        boundary: Boundary::Sentence,
        line_end: to_u32(line.end),
        marks: LineMarks::EMPTY,
    });
    out.sort_by_key(|c| c.marker.start());
}

/// `…会议通过第一章 总 则第二章 保护规划和保护措施…第五章 附 则第一章 总 则第一条…` (bench
/// lawref:ef575d71e093 with its line breaks lost): a table of contents with no label, right
/// after the head note's event word ([`statute_after_event`]). Its first entry, a division
/// numbered one, is followed by the next division of its style (`第二章`) before any other
/// statute unit: a chapter's heading holds no `第…条`, a contents line holds nothing else.
/// The first entry, if so.
fn unlabelled_contents_start(
    text: &str,
    line: Line,
    content_start: usize,
    limit: usize,
    noise: &NoiseMap<'_>,
) -> Option<Marker> {
    let first = statute_after_event(text, line, content_start, noise)?.marker;
    let window = text.get(first.end()..line_end_within(text, first.end(), MAX_ENTRY_TITLE).min(limit))?;
    let k = window.find(ORDINAL_PREFIX)?;
    let next = marker_at(text, first.end() + k, noise)?;
    (first.style.is_division() && next.style == first.style && next.ordinal == 2).then_some(first)
}

/// The longest title of a contents entry, in bytes, that [`unlabelled_contents_start`] reads
/// past to the next entry (`第二章 保护规划和保护措施`).
const MAX_ENTRY_TITLE: usize = 90;

/// Where the first contents label of `head` ends (`目　　录`: the label's characters with white
/// space between them), if `head` holds one.
fn run_on_contents_label_end(head: &str) -> Option<usize> {
    CONTENTS_LABELS
        .iter()
        .filter_map(|label| {
            let mut chars = label.chars();
            let first = chars.next()?;
            let rest: Vec<char> = chars.collect();
            head.match_indices(first).find_map(|(i, _)| {
                let mut pos = i + first.len_utf8();
                for &c in &rest {
                    let after = head.get(pos..)?.trim_start_matches(is_space);
                    pos = head.len() - after.len();
                    pos += after.starts_with(c).then(|| c.len_utf8())?;
                }
                Some(pos)
            })
        })
        .min()
}

/// The most bytes from a long line's start that [`body_after_run_on_contents`] reads: a
/// statute's title, head note and contents (a code lists some hundred divisions).
const MAX_RUN_ON_CONTENTS: usize = 6000;

/// The shortest line, in bytes, that [`statutes_after_dates`] reads: a notice, its signature
/// and the enclosed document's title and first article run on for more.
pub(super) const MIN_RUN_ON_LINE: usize = 1000;

/// True when the line that holds byte `at` and ends at `line_end` holds at least
/// [`MIN_RUN_ON_LINE`] bytes: a line whose breaks were lost. Reads back at most that many
/// bytes for the line's start (a rule asked at every marker of a long line stays linear).
pub(super) fn on_run_on_line(text: &str, at: usize, line_end: usize) -> bool {
    let Some(need) = MIN_RUN_ON_LINE.checked_sub(line_end.saturating_sub(at)).filter(|&n| n > 0) else {
        return true;
    };
    let Some(lo) = at.checked_sub(need) else { return false };
    text.as_bytes().get(lo..at).is_some_and(|back| memchr::memrchr(b'\n', back).is_none())
}

/// The most characters between a date's month and its day (`月` `二十八` `日`, `月 21 日`).
const MAX_DAY_CHARS: usize = 6;

/// Where the title at the start of `head` ends and where a statute marker after it may start:
/// at the first padding before `第` or `一、` (`某市物业管理条例 第一章`; padding before anything
/// else is inside the title: `某市人民代表大会常务委员会 规范性文件备案审查条例第一章`), past a
/// bracketed head note followed by the marker (`某某办法（2021年…公布 自…起施行）第一章`; a bracket
/// followed by more words is the title's: `中国（上海）自由贸易试验区条例第一章`), or right after a type word
/// glued to `第` (`…实施细则第一章`) or to `一、` (`…招生简章一、招生专业`), whichever comes first.
fn title_then_marker(head: &str) -> Option<(usize, usize)> {
    let is_open = |c: char| c == '（' || c == '(';
    // Where a marker may start after padding from byte `from`, if one does.
    let marker_after = |from: usize| {
        let after = skip_padding(head, from, head.len());
        head.get(after..)
            .is_some_and(|r| r.starts_with(ORDINAL_PREFIX) || r.starts_with(FIRST_SECTION))
            .then_some(after)
    };
    for (i, c) in head.char_indices().take(MAX_TITLE_BEFORE_STATUTE) {
        if crate::text::chars::is_padding(c) {
            if let Some(after) = marker_after(i) {
                return Some((i, after));
            }
            continue;
        }
        if is_open(c) {
            // A bracket inside the title (`中国（上海）自由贸易试验区条例第一章`) goes on with it;
            // a head note is followed by the marker.
            if let Some(after) = marker_after(note_end(head, i, MAX_HEAD_NOTE_LEN)?) {
                return Some((i, after));
            }
            continue;
        }
        let typed = || head.get(..i).is_some_and(|t| TITLE_ENDINGS.iter().any(|w| t.ends_with(w)));
        let section = || head.get(i..).is_some_and(|r| r.starts_with(FIRST_SECTION));
        if (c == ORDINAL_PREFIX || section()) && i > 0 && typed() {
            return Some((i, i));
        }
    }
    None
}

/// The end of the bracketed note that opens at byte `open` of `text` (a statute's head note
/// with its dates, a task's `（责任部门：…）`): after its closing bracket, with no bracket opened
/// inside, on its line and within `max` bytes.
fn note_end(text: &str, open: usize, max: usize) -> Option<usize> {
    let from = open + text.get(open..)?.chars().next()?.len_utf8();
    let note = text.get(from..line_end_within(text, from, max))?;
    let close = note.find(CLOSE_BRACKETS)?;
    if note.get(..close)?.contains(OPEN_BRACKETS) {
        return None;
    }
    Some(from + close + note.get(close..)?.chars().next()?.len_utf8())
}

/// The longest head note [`title_then_marker`] reads, in bytes (a statute amended seven times
/// lists every amendment in it).
const MAX_HEAD_NOTE_LEN: usize = 2400;

/// The longest title [`unit_after_title`] looks past, in characters (a title line of an
/// enclosed document is at most as long: `labels::is_enclosed_title`).
const MAX_TITLE_BEFORE_STATUTE: usize = 60;

/// False when byte `b` proves that the character it starts is no Arabic digit (ASCII or
/// full-width, lead byte 0xEF), which every bare section number opens with.
const fn may_start_digit(b: u8) -> bool {
    b.is_ascii_digit() || b == 0xEF
}

/// The start of a line's content: after padding and any noise at the line start.
pub(super) fn content_start(text: &str, line: Line, noise: &NoiseMap<'_>) -> usize {
    let mut pos = skip_padding(text, line.start, line.end);
    while let Some(n) = noise.at(crate::text::to_u32(pos)) {
        let after = (n.span.end as usize).max(pos + 1);
        if after > line.end {
            break;
        }
        pos = skip_padding(text, after, line.end);
    }
    pos
}

/// A letter-spaced marker (`第 一 条`, `一 、`) at a line start, as PDF copies print them
/// ([`crate::marker::parse_letter_spaced`]), or after a sentence end ([`mid_line`]); never one
/// inside a sentence.
fn spaced_at_line_start(text: &str, pos: usize, noise: &NoiseMap<'_>) -> Option<Marker> {
    if noise.at(crate::text::to_u32(pos)).is_some() {
        return None;
    }
    crate::marker::parse_letter_spaced(text, pos)
}

fn marker_at(text: &str, pos: usize, noise: &NoiseMap<'_>) -> Option<Marker> {
    if noise.at(crate::text::to_u32(pos)).is_some() {
        return None;
    }
    parse_marker_skipping(text, pos, noise)
}

/// What may stand between a sentence end or a clause mark and the marker after it: closing
/// quotes and brackets ([`CLOSING_MARKS`]) and padding.
static BEFORE_MARKER: CharClass = CharClass::new(&[&CLOSING_MARKS, PADDING_CHARS]);

/// What a byte sequence at a candidate position is, read from its UTF-8 bytes.
#[derive(Clone, Copy)]
enum Punct {
    Boundary(Boundary),
    Paren,
    DunHao,
}

/// The keys ([`wide_keys`]) of the full-width punctuation, by what it is.
const SENTENCE_KEYS: [u32; 8] = wide_keys(&[&SENTENCE_ENDS]);
const CLAUSE_KEYS: [u32; 8] = wide_keys(&[&COLONS, &SEMICOLONS]);
const BRACKET_KEYS: [u32; 8] = wide_keys(&[&OPEN_BRACKETS]);
const DUNHAO_KEY: u32 = utf8_key(DUNHAO);
const BOOK_TITLE_KEYS: [u32; 8] = wide_keys(&[&BOOK_TITLE_OPEN, &BOOK_TITLE_CLOSE]);

/// The first bytes of the sentence ends [`classify`] reads ([`SENTENCE_KEYS`], whose low byte
/// is the lead byte, and [`ASCII_SENTENCE_ENDS`]), bit `b % 64` of word `b / 64`: a line whose
/// first byte is none of them does not open with a sentence end, and is not classified.
const SENTENCE_LEADS: [u64; 4] = sentence_leads();

#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
const fn sentence_leads() -> [u64; 4] {
    let mut t = [0u64; 4];
    let mut k = 0;
    while k < SENTENCE_KEYS.len() {
        let b = (SENTENCE_KEYS[k] & 0xFF) as usize;
        t[b / 64] |= 1 << (b % 64);
        k += 1;
    }
    let mut k = 0;
    while k < ASCII_SENTENCE_ENDS.len() {
        let b = ASCII_SENTENCE_ENDS[k] as usize;
        t[(b / 64) & 3] |= 1 << (b % 64);
        k += 1;
    }
    t
}

/// True when byte `b` may open a sentence end ([`SENTENCE_LEADS`]).
fn may_open_sentence_end(b: u8) -> bool {
    SENTENCE_LEADS.get(usize::from(b / 64)).is_some_and(|w| (w >> (b % 64)) & 1 == 1)
}

/// Classifies the character at byte `i` (a position of the marked punctuation) by its
/// UTF-8 bytes: a sentence end ([`SENTENCE_ENDS`], [`ASCII_SENTENCE_ENDS`]) or a clause
/// mark ([`COLONS`], [`SEMICOLONS`]) before a marker, an opening bracket that may open a
/// glued marker, a `、` that may close one. The keys are derived from the tables. Always
/// inlined: it is asked of every mark of the text (a call costs as much as its common path).
#[inline(always)]
fn classify(bytes: &[u8], i: usize) -> Option<(Punct, usize)> {
    let rest = bytes.get(i..)?;
    let &first = rest.first()?;
    if first.is_ascii() {
        let c = char::from(first);
        let kind = if ASCII_SENTENCE_ENDS.contains(&c) {
            Punct::Boundary(Boundary::Sentence)
        } else if COLONS.contains(&c) && between_digits(bytes, i, 1) {
            return None;
        } else if COLONS.contains(&c) || SEMICOLONS.contains(&c) {
            Punct::Boundary(Boundary::Clause)
        } else if OPEN_BRACKETS.contains(&c) {
            Punct::Paren
        } else {
            return None;
        };
        return Some((kind, 1));
    }
    let key = key_at(rest)?;
    // `、` first: the most frequent mark (more than `。`), one compare.
    let kind = if key == DUNHAO_KEY {
        Punct::DunHao
    } else if SENTENCE_KEYS.contains(&key) {
        Punct::Boundary(Boundary::Sentence)
    } else if CLAUSE_KEYS.contains(&key) {
        if between_digits(bytes, i, 3) && rest.starts_with("：".as_bytes()) {
            return None;
        }
        Punct::Boundary(Boundary::Clause)
    } else if BRACKET_KEYS.contains(&key) {
        Punct::Paren
    } else {
        return None;
    };
    Some((kind, 3))
}

/// True when the mark of `width` bytes at byte `i` stands between two digits: a colon there
/// is a ratio or a clock time (`比例尺1:500、1:1000`, `1：2000`, `8:30`), no clause end.
fn between_digits(bytes: &[u8], i: usize, width: usize) -> bool {
    let ascii = |k: Option<usize>| k.and_then(|k| bytes.get(k)).is_some_and(u8::is_ascii_digit);
    // A full-width digit (`１:５００`, a scale typed in full-width digits: a bench regulation).
    let wide =
        |k: Option<usize>| k.and_then(|k| bytes.get(k..k + 3)).is_some_and(|w| matches!(w, [0xEF, 0xBC, 0x90..=0x99]));
    (ascii(i.checked_sub(1)) || wide(i.checked_sub(3))) && (ascii(Some(i + width)) || wide(Some(i + width)))
}

/// The punctuation of the whole text, in order, read line by line.
struct PunctScan<'p> {
    cursor: Cursor<'p>,
}

impl PunctScan<'_> {
    /// The next position before `end`, if any (positions at or after `end` stay for the
    /// next line).
    fn next_before(&mut self, end: usize) -> Option<usize> {
        let p = self.cursor.peek().filter(|&p| p < end)?;
        self.cursor.advance();
        Some(p)
    }
}

/// Mid-line candidates of one line, at the positions [`PunctScan`] finds in it; returns the
/// line's book-title marks and TABs, noted on the way.
fn mid_line(
    text: &str,
    line: Line,
    content_start: usize,
    noise: &NoiseMap<'_>,
    punct: &mut PunctScan<'_>,
    out: &mut Vec<Candidate>,
) -> LineMarks {
    let bytes = text.as_bytes();
    // A line that opens with a sentence end or a clause mark (a wrap that put `。` or `；` on
    // the next line: `…迈出了坚定有力的步伐⏎。(一)坚持党建引领`, `…退还⏎；三、合力华通公司`) is
    // read from that mark.
    let opens_with_end = bytes.get(content_start).is_some_and(|&b| may_open_sentence_end(b))
        && matches!(classify(bytes, content_start), Some((Punct::Boundary(Boundary::Sentence | Boundary::Clause), _)));
    let from = if opens_with_end { content_start } else { content_start + 1 };
    let mut resume = from;
    let mut marks = LineMarks::EMPTY;
    while let Some(i) = punct.next_before(line.end) {
        if i < resume {
            // Passed over (the marker's own bracket, closing marks before a marker): noted
            // when it is a TAB or a book-title mark.
            marks.note_if_mark(bytes, i);
            continue;
        }
        let Some((kind, width)) = classify(bytes, i) else {
            marks.note(bytes, i);
            continue;
        };
        let boundary = match kind {
            Punct::Boundary(b) => b,
            Punct::Paren => {
                if let Some(m) = marker_at(text, i, noise) {
                    out.push(Candidate {
                        marker: m,
                        boundary: Boundary::Glued,
                        line_end: to_u32(line.end),
                        marks: LineMarks::EMPTY,
                    });
                } else if let Some(m) = after_closing_note(text, i, line.end, noise) {
                    resume = m.start() + 1;
                    out.push(Candidate {
                        marker: m,
                        boundary: Boundary::Sentence,
                        line_end: to_u32(line.end),
                        marks: LineMarks::EMPTY,
                    });
                }
                continue;
            }
            Punct::DunHao => {
                if let Some(m) = glued_cn_comma(text, content_start, i, noise) {
                    if out.last().is_none_or(|c| c.marker.end() <= m.start()) {
                        let boundary =
                            if after_number_cell(text, m.start()) { Boundary::Sentence } else { Boundary::Glued };
                        out.push(Candidate {
                            marker: m,
                            boundary,
                            line_end: to_u32(line.end),
                            marks: LineMarks::EMPTY,
                        });
                    }
                }
                continue;
            }
        };
        if i + width >= line.end {
            // Punctuation that ends its line (a statute's `。`): no marker follows on it.
            continue;
        }
        let pos = skip_before_marker(bytes, i + width, line.end, noise);
        if pos < line.end {
            // A letter-spaced marker after a sentence end stands where a line started, as after
            // a line break (`…人才支持。 2 、问：…`, a PDF's Q&A extracted as one line, or wrapped);
            // only a line whose breaks were lost holds a heading after a sentence end.
            let sentence = boundary == Boundary::Sentence;
            let run_on = sentence && line.end - line.start >= MIN_RUN_ON_LINE;
            let found = marker_at(text, pos, noise)
                .or_else(|| statute_after_page_number(text, pos, noise))
                .or_else(|| sentence.then(|| spaced_at_line_start(text, pos, noise)).flatten())
                .map(|m| (m, boundary))
                .or_else(|| run_on.then(|| article_after_short_heading(text, pos, line.end, noise)).flatten());
            if let Some((m, boundary)) = found {
                out.push(Candidate { marker: m, boundary, line_end: to_u32(line.end), marks: LineMarks::EMPTY });
                // A glued-paren check at the same place would find the same marker.
                resume = pos + 1;
            }
        }
    }
    marks
}

/// `…共同研究解决存在的问题。法律责任第五十八条 有关单位…` (a statute whose chapter headings
/// carry no number, `法律责任` on a line of its own, with its line breaks lost): the article
/// glued to a short heading ([`after_short_heading`]) that starts at byte `pos`, after a
/// sentence end, apart from its words, on a line of at least [`MIN_RUN_ON_LINE`] bytes (one
/// whose breaks were lost). A [`Boundary::Glued`] candidate: pass 2 takes it only where it
/// continues the article numbering (`Builder::is_article_after_heading`).
fn article_after_short_heading(
    text: &str,
    pos: usize,
    line_end: usize,
    noise: &NoiseMap<'_>,
) -> Option<(Marker, Boundary)> {
    let region = text.get(pos..line_end_within(text, pos, MAX_SHORT_HEADING_CHARS * 3 + 3).min(line_end))?;
    let k = region.find(ORDINAL_PREFIX).filter(|&k| k > 0)?;
    let m = marker_at(text, pos + k, noise).filter(|m| m.style == Style::Article)?;
    (stands_apart(text, &m) && after_short_heading(text, m.start())).then_some((m, Boundary::Glued))
}

/// True when a short heading stands between a sentence end and byte `at`: two to
/// [`MAX_SHORT_HEADING_CHARS`] chars, ideographs with `、` (`选举、辞职、罢免和补选`) or a
/// letter-spacing space (`附 则`, `质　询`) between them, not opening with a marker (`二、票据保全`
/// is a part's heading) nor as a reference does ([`REFERENCE_OPENERS`]: `。依照本条例第五十八条`).
pub(super) fn after_short_heading(text: &str, at: usize) -> bool {
    let Some(head) = text.get(..at) else { return false };
    let inner = |c: char| c == DUNHAO || c == ' ' || c == '\u{3000}';
    // Read back over at most one char more than a heading holds: linear on any text.
    let (n, bytes) = head
        .chars()
        .rev()
        .take(MAX_SHORT_HEADING_CHARS + 1)
        .take_while(|&c| crate::text::chars::is_cjk_ideograph(c) || inner(c))
        .fold((0, 0), |(n, b), c| (n + 1, b + c.len_utf8()));
    let (before, heading) = head.split_at(head.len() - bytes);
    let spaced = heading.contains("  ") || heading.contains("\u{3000}\u{3000}");
    (2..=MAX_SHORT_HEADING_CHARS).contains(&n)
        && !heading.starts_with(inner)
        && !heading.ends_with(inner)
        && !spaced
        && crate::marker::parse_marker(heading, 0).is_none()
        && before.ends_with(SENTENCE_ENDS)
        && !REFERENCE_OPENERS.iter().any(|w| heading.starts_with(w))
}

/// The longest unnumbered heading [`after_short_heading`] reads, in chars
/// (`城乡规划编制单位`, `合理使用与节约能源`, `市人民代表大会常务委员会制定地方性法规程序`).
const MAX_SHORT_HEADING_CHARS: usize = 24;

/// The most digits of a page number that a copy without line breaks glued between a
/// sentence end and the article after it.
const MAX_PAGE_DIGITS: usize = 3;

/// `…的权利。2第四条评价时间…`, `…的价值观。- 13 -第二十五条…`: where every line break of a PDF
/// copy was lost, the page number that stood on its own line sits between a sentence end and
/// the next article. A statute marker right after one to three ASCII digits at `pos` (after a
/// sentence end), bare or between dashes ([`PAGE_DASHES`]), is a candidate; pass 2 takes it
/// only where it continues the numbering (`Builder::accept_mid_line`).
fn statute_after_page_number(text: &str, pos: usize, noise: &NoiseMap<'_>) -> Option<Marker> {
    let rest = text.get(pos..)?;
    let at = pos + page_number_len(rest)?;
    let at = skip_padding(text, at, line_end_within(text, at, MAX_PAGE_PADDING));
    if !text.get(at..)?.starts_with(ORDINAL_PREFIX) {
        return None;
    }
    marker_at(text, at, noise).filter(|m| m.style.is_statute())
}

/// Divisions (`第X章`, `第X节`, `第X编`) inside a line whose line breaks were lost, each
/// standing apart from its heading (padding after the marker):
/// - `…×120%×15%- 14 -第五章  附  则第二十七条…` (dev d19): right after a page number between
///   dashes (`- 14 -`, [`page_number_ends_before`]), which stands where a page ended, a
///   candidate even with no sentence end before it (a table's last cell often has none); pass 2
///   takes it only where it continues the numbering (`Builder::accept_mid_line`);
/// - `…上限100分第一节  德育评价第十五条…`, `…智育占60%第三章　附则` ⏎ `第十二条…`: glued to the text
///   before it (a flattened table's last cell) and heading an article on its line or the next
///   ([`heads_glued_article`]), a [`Boundary::Glued`] candidate;
///   pass 2 takes it only in a statute's frame (`Builder::is_division_apart`);
/// - `…表1：五育各项分值表第一节德育评价第十条新时代…` (dev d21 with its line breaks lost): glued to
///   the text before it and to its heading, when an article is glued to that heading on its
///   line; pass 2 takes it only where its heading is a short title and both the division and
///   the article continue their numbering (`Builder::is_division_apart`).
///
/// One SIMD search of the line for `第`; a marker is parsed only where a numeral and a
/// division's word follow ([`may_open_division`]), so a line without one costs that search.
fn divisions_mid_line(text: &str, line: Line, content_start: usize, noise: &NoiseMap<'_>, out: &mut Vec<Candidate>) {
    let Some(body) = text.as_bytes().get(content_start..line.end) else { return };
    let mut found = false;
    let mut taken: Option<Vec<usize>> = None;
    for i in ORDINAL_PREFIX_FINDER.find_iter(body).filter(|&i| i > 0) {
        let at = content_start + i;
        let division = may_open_division(text, at);
        let first_article = !division && opens_first_article(text, at);
        if !division && !first_article {
            continue;
        }
        let Some(marker) = marker_at(text, at, noise).filter(|m| m.style.is_division() || first_article) else {
            continue;
        };
        let padded = stands_apart(text, &marker);
        let boundary = if first_article {
            Boundary::Glued
        } else if padded && page_number_ends_before(text, content_start, at) {
            Boundary::Sentence
        } else if heads_glued_article(text, &marker, line.end, noise, padded) {
            Boundary::Glued
        } else {
            continue;
        };
        let taken = taken.get_or_insert_with(|| sorted_starts(out));
        if taken.binary_search(&at).is_err() {
            out.push(Candidate { marker, boundary, line_end: to_u32(line.end), marks: LineMarks::EMPTY });
            found = true;
        }
    }
    if found {
        out.sort_by_key(|c| c.marker.start());
    }
}

/// The starts of the line's candidates found so far, sorted: a pass that adds candidates
/// builds it once, at the first place it checks, so a line of many places stays linear (no
/// search of all candidates per place).
fn sorted_starts(out: &[Candidate]) -> Vec<usize> {
    let mut starts: Vec<usize> = out.iter().map(|o| o.marker.start()).collect();
    starts.sort_unstable();
    starts
}

/// The most numeral characters between `第` and a division's word (`第一百二十三章`).
const MAX_DIVISION_NUMERAL: usize = 8;

/// A cheap test before a marker is parsed at `at` (a `第`): numeral characters, then a
/// division's word (`编` `分编` `部分` `章` `节`). Most `第` in running text (`第三条`, `第二款`,
/// `第一次`) fail it on the first character after the numeral.
fn may_open_division(text: &str, at: usize) -> bool {
    let Some(rest) = text.get(at + ORDINAL_PREFIX.len_utf8()..) else { return false };
    let numeral = |c: char| is_cn_numeral_char(c) || arabic_digit(c).is_some();
    let taken = rest.chars().take(MAX_DIVISION_NUMERAL + 1).take_while(|&c| numeral(c)).count();
    (1..=MAX_DIVISION_NUMERAL).contains(&taken)
        && rest.chars().nth(taken).is_some_and(|c| DIVISION_WORD_STARTS.contains(&c))
}

/// True when a first article stands at byte `at` apart from its words, which open as a first
/// article's do ([`FIRST_ARTICLE_OPENINGS`]: `第一条 为了…`, `第一条 根据…`): where line breaks
/// were lost, glued to a head note (`…会议通过）第一条 为了…`) or to the title printed again after it
/// (`…建设规定第一条 为发挥…`), pass 2 takes it in a text with no statute unit yet
/// (`Builder::is_first_article_mid_line`).
pub(super) fn opens_first_article(text: &str, at: usize) -> bool {
    let Some(rest) = text.get(at..).and_then(|r| r.strip_prefix(FIRST_ARTICLE)) else { return false };
    let words = rest.trim_start_matches(is_padding);
    words.len() < rest.len() && FIRST_ARTICLE_OPENINGS.iter().any(|w| words.starts_with(w))
}

/// The first article's marker as written ([`opens_first_article`]).
const FIRST_ARTICLE: &str = "第一条";

/// The next `第` of the text ([`ORDINAL_PREFIX`]), found ahead of the lines: [`scan`] calls
/// [`divisions_mid_line`] only on a line that holds one past its first character, so the lines
/// between two `第` cost a comparison, and the text is searched once, not line by line.
struct NextOrdinalPrefix {
    /// The position of the next `第` at or after the last search's start, `None` when the text
    /// holds no more; `Some(0)` before the first search, which every line's first `from` (past
    /// its first character) is beyond.
    at: Option<usize>,
}

impl NextOrdinalPrefix {
    /// Before the first search.
    const fn new() -> Self {
        Self { at: Some(0) }
    }

    /// True when `bytes[from..end]` holds a `第`. The calls come with growing `from`, so the
    /// searches together read the text once.
    fn inside(&mut self, bytes: &[u8], from: usize, end: usize) -> bool {
        if self.at.is_some_and(|at| at < from) {
            self.at = bytes.get(from..).and_then(|rest| ORDINAL_PREFIX_FINDER.find(rest)).map(|i| from + i);
        }
        self.at.is_some_and(|at| at < end)
    }
}

/// The SIMD searcher for [`ORDINAL_PREFIX`] (`第`), built once ([`divisions_mid_line`]).
static ORDINAL_PREFIX_FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> = std::sync::LazyLock::new(|| {
    memchr::memmem::Finder::new(ORDINAL_PREFIX.encode_utf8(&mut [0; 4]).as_bytes()).into_owned()
});

/// The first characters of the division words (`编`, `分编`, `部分`, `章`, `节`): what
/// [`may_open_division`] checks before a marker is parsed.
const DIVISION_WORD_STARTS: [char; 5] = ['编', '分', '部', '章', '节'];

/// True when a page number between dashes ([`page_number_len`], `- 14 -`) ends right before
/// `at`, after at most [`MAX_PAGE_PADDING`] bytes of padding, and starts at or after `from`.
/// Reads a few characters back: the dash, the padding and digits inside, the opening dash.
fn page_number_ends_before(text: &str, from: usize, at: usize) -> bool {
    let Some(before) = text.get(from..at) else { return false };
    let trimmed = before.trim_end_matches(is_padding);
    if before.len() - trimmed.len() > MAX_PAGE_PADDING || !trimmed.ends_with(PAGE_DASHES) {
        return false;
    }
    // The page number's start: the nearest dash before the closing one, within a few bytes.
    let mut window_start = trimmed.len().saturating_sub(MAX_PAGE_NUMBER_BYTES);
    while !trimmed.is_char_boundary(window_start) {
        window_start += 1;
    }
    let Some(window) = trimmed.get(window_start..) else { return false };
    window
        .char_indices()
        .filter(|&(_, c)| PAGE_DASHES.contains(&c))
        .any(|(i, _)| window.get(i..).and_then(page_number_len) == Some(window.len() - i))
}

/// The longest page number between dashes in bytes (`－ 123 －`: two 3-byte dashes, spaces,
/// three digits).
const MAX_PAGE_NUMBER_BYTES: usize = 24;

/// True when the short heading after division `m` runs into an article (`第一节  德育评价第十五条`)
/// with no sentence or clause mark between, or ends its line right above one (`…智育占60%第三章　附
/// 则` ⏎ `第十二条 …`, a table's last cell glued to the next chapter in a copy that keeps its line
/// breaks): a body, not a contents' entry (`第二章　家庭责任第三章`). A division glued to its
/// heading (not `padded`) must have the article on its line.
fn heads_glued_article(text: &str, m: &Marker, line_end: usize, noise: &NoiseMap<'_>, padded: bool) -> bool {
    let end = line_end_within(text, m.end(), crate::limits::MAX_HEADING_LEN).min(line_end);
    let Some(heading) = text.get(m.end()..end) else { return false };
    let cut = heading.find(RUNNING_TEXT_MARKS);
    let heading = cut.and_then(|i| heading.get(..i)).unwrap_or(heading);
    match heading.match_indices(ORDINAL_PREFIX).next() {
        Some((i, _)) => marker_at(text, m.end() + i, noise).is_some_and(|a| a.style == Style::Article),
        None => padded && cut.is_none() && end == line_end && article_opens_next_line(text, line_end, noise),
    }
}

/// The most bytes of white space (blank lines, indent) [`article_opens_next_line`] looks past.
const MAX_GAP_BEFORE_ARTICLE: usize = 64;

/// True when the next line with text after the line that ends at byte `line_end` opens with an
/// article (`第十二条`), blank lines and indent between (at most [`MAX_GAP_BEFORE_ARTICLE`]
/// bytes) allowed.
fn article_opens_next_line(text: &str, line_end: usize, noise: &NoiseMap<'_>) -> bool {
    let Some(rest) = text.get(line_end..) else { return false };
    let gap = rest.char_indices().take_while(|&(i, c)| i < MAX_GAP_BEFORE_ARTICLE && is_space(c)).last();
    let at = line_end + gap.map_or(0, |(i, c)| i + c.len_utf8());
    at > line_end
        && text.get(line_end..at).is_some_and(|g| g.contains(['\n', '\r']))
        && marker_at(text, at, noise).is_some_and(|a| a.style == Style::Article)
}

/// The length in bytes of the page number `rest` opens with: one to [`MAX_PAGE_DIGITS`] ASCII
/// digits (`13`), or those between two dashes with white space around them (`- 13 -`).
fn page_number_len(rest: &str) -> Option<usize> {
    let digits = |s: &str| {
        let n = s.bytes().take(MAX_PAGE_DIGITS + 1).take_while(u8::is_ascii_digit).count();
        (1..=MAX_PAGE_DIGITS).contains(&n).then_some(n)
    };
    let Some(inner) = rest.strip_prefix(PAGE_DASHES) else { return digits(rest) };
    let number = inner.trim_start_matches(is_space);
    let n = digits(number)?;
    let after = number.get(n..)?.trim_start_matches(is_space);
    let tail = after.strip_prefix(PAGE_DASHES)?;
    Some(rest.len() - tail.len())
}

/// The most padding between a page number and the article after it, in bytes.
const MAX_PAGE_PADDING: usize = 12;

/// The longest bracketed note after a sentence end, in bytes, that a marker may follow.
const MAX_NOTE_LEN: usize = 300;

/// `…研发。（责任部门：市科委）　　2.加快…`: where line breaks were lost, a marker after the
/// bracketed note that closes a sentence (a plan names each task's lead agencies so) stands
/// at that sentence's end. `open` is the note's `（`, right after `。！？`.
fn after_closing_note(text: &str, open: usize, line_end: usize, noise: &NoiseMap<'_>) -> Option<Marker> {
    let before = text.get(..open)?.chars().next_back()?;
    if !SENTENCE_ENDS.contains(&before) {
        return None;
    }
    let end = note_end(text, open, MAX_NOTE_LEN)?;
    let pos = skip_before_marker(text.as_bytes(), end, line_end, noise);
    if pos >= line_end {
        return None;
    }
    marker_at(text, pos, noise)
}

/// Where a marker may start after punctuation that ends at `pos`: past the closing quotes,
/// padding and noise between them, within the line that ends at `line_end`. (The result
/// stays on a char boundary: it moves over whole characters and noise spans.)
fn skip_before_marker(bytes: &[u8], mut pos: usize, line_end: usize, noise: &NoiseMap<'_>) -> usize {
    loop {
        let skipped = BEFORE_MARKER.len_at(bytes.get(pos..).unwrap_or_default());
        if skipped > 0 {
            pos += skipped;
            continue;
        }
        if pos >= line_end {
            return pos;
        }
        match noise.at(crate::text::to_u32(pos)) {
            Some(n) if (n.span.end as usize) > pos && (n.span.end as usize) <= line_end => {
                pos = n.span.end as usize;
            }
            _ => return pos,
        }
    }
}

/// A Chinese numeral glued to the text before it and followed by `、` at byte `comma`
/// (`…问题1一、…`): walk back over at most four numeral characters.
fn glued_cn_comma(text: &str, line_start: usize, comma: usize, noise: &NoiseMap<'_>) -> Option<Marker> {
    // Most `、` follow a word, not a numeral: the three bytes before it tell.
    if !crate::numeral::cn_numeral_before(text.as_bytes(), comma) {
        return None;
    }
    let before = text.get(line_start..comma)?;
    let mut start = comma;
    for (n, (i, c)) in before.char_indices().rev().enumerate() {
        if n >= 4 || !crate::numeral::is_cn_numeral_char(c) {
            break;
        }
        start = line_start + i;
    }
    if start == comma {
        return None;
    }
    let m = marker_at(text, start, noise)?;
    (m.style == crate::model::Style::CnComma && m.end() == comma + DUNHAO.len_utf8()).then_some(m)
}

/// The most digits of a table's last cell that [`after_number_cell`] reads back over.
const MAX_CELL_DIGITS: usize = 12;

/// `…本地农民工\t390\t400二、农民工基本特征…` (a 统计公报 scraped as one line, its table's rows
/// flattened with TABs): true when a cell of ASCII digits (a decimal point allowed), after a
/// TAB, ends right before byte `at`. The row ended a line there: a marker glued to it stands
/// as after a sentence end, not glued to words; pass 2 takes it only where it continues its
/// numbering (`Builder::accept_after_number_cell`).
pub(super) fn after_number_cell(text: &str, at: usize) -> bool {
    let Some(before) = text.as_bytes().get(..at) else { return false };
    let cell = before.iter().rev().take(MAX_CELL_DIGITS + 1).take_while(|b| b.is_ascii_digit() || **b == b'.').count();
    (1..=MAX_CELL_DIGITS).contains(&cell)
        && before.iter().rev().nth(cell) == Some(&CELL_SEPARATOR)
        && before.last().is_some_and(u8::is_ascii_digit)
}

/// Where line breaks were lost, the first unit under a heading glued to it: an article (or
/// a lower statute unit) after a chapter-like heading (`第一章 总则第一条 为了…`), an article
/// after the title of an `一、` part (a judicial interpretation's `一、受案范围第一条…`), a `N.`
/// after the heading of an `一、` or `（一）` (`（二）基本原则1.统筹规划…`). Only the heading
/// of each such candidate is searched, so this costs nothing on ordinary text.
fn glued_children(text: &str, line: Line, noise: &NoiseMap<'_>, figures: Positions<'_>, out: &mut Vec<Candidate>) {
    if !out.iter().any(heads_glued_child) {
        return;
    }
    let mut found: Vec<Candidate> = Vec::new();
    for (i, c) in out.iter().enumerate() {
        if !heads_glued_child(c) {
            continue;
        }
        let next = out.get(i + 1).map_or(line.end, |n| n.marker.start());
        // A chain of units glued one to the heading of the other (`第二章 评价第一节 德育评价第三条
        // …`): each child ranks below its parent ([`may_glue`]), so the chain is short.
        let mut head = *c;
        while let Some(child) = glued_child(text, &head, next, noise, figures) {
            found.push(child);
            if !heads_glued_child(&child) {
                break;
            }
            head = child;
        }
    }
    if !found.is_empty() {
        out.extend(found);
        out.sort_by_key(|c| c.marker.start());
    }
}

/// A candidate whose heading may hold a glued child: a division, `一、`, `（一）` or an
/// article (whose short title may hold its first item: [`is_article_title`]).
fn heads_glued_child(c: &Candidate) -> bool {
    c.marker.style.is_division() || matches!(c.marker.style, Style::CnComma | Style::CnParen | Style::Article)
}

/// The most characters of an article's short title (`第三条 申请条件`, `第六条 报销流程`).
const ARTICLE_TITLE_CHARS: usize = 10;

/// `第三条 申请条件1.拟参加的…` (a university's rules with their line breaks lost: `第三条 申请条件`
/// ⏎ `1.拟参加的…`): true when an article's short title runs from byte `from` (the article
/// marker's end) to byte `to`: padding, then 2 to [`ARTICLE_TITLE_CHARS`] ideographs and
/// nothing else. An article's running text holds punctuation or numbers before any glued item
/// (`第五条 本办法自2024年…`).
pub(super) fn is_article_title(text: &str, from: usize, to: usize) -> bool {
    let Some(region) = text.get(from..to) else { return false };
    let title = region.trim_start_matches(is_padding);
    let ideographs = title.chars().take_while(|&c| is_cjk_ideograph(c)).count();
    let padded = title.len() < region.len();
    padded && title.chars().count() == ideographs && (2..=ARTICLE_TITLE_CHARS).contains(&ideographs)
}

/// The child glued into the heading of `head`, whose window ends at the next candidate
/// (`next`) or at [`crate::limits::MAX_HEADING_LEN`], before any running text.
fn glued_child(
    text: &str,
    head: &Candidate,
    next: usize,
    noise: &NoiseMap<'_>,
    figures: Positions<'_>,
) -> Option<Candidate> {
    if head.marker.style == Style::Article {
        let m = item_after_article_title(text, head.marker.end(), noise).filter(|m| m.start() < next)?;
        return Some(Candidate {
            marker: m,
            boundary: Boundary::Glued,
            line_end: head.line_end,
            marks: LineMarks::EMPTY,
        });
    }
    // A heading's window, ended on a char boundary (a line without breaks runs on).
    let limit = next.min(line_end_within(text, head.marker.end(), crate::limits::MAX_HEADING_LEN));
    let region = text.get(head.marker.end()..limit)?;
    // Most headings hold no character a glued child starts with: the running text that
    // ends a heading is looked for only in those that do.
    if !may_hold_child(text, head.marker.end(), limit, head.marker.style, figures) {
        return None;
    }
    let m = glued_child_in(text, region, head.marker.end(), head.marker.style, noise)?;
    Some(Candidate { marker: m, boundary: Boundary::Glued, line_end: head.line_end, marks: LineMarks::EMPTY })
}

/// The list styles under whose heading [`spaced_first_circled`] looks for a first circled item.
const CIRCLED_PARENTS: [Style; 4] = [Style::CnComma, Style::CnParen, Style::ArabicDot, Style::ArabicParen];

/// The first circled item, as written.
const FIRST_CIRCLED: char = '①';

/// The first circled item after the heading of a list item and a space, before any clause end
/// (`1、报名程序 ①提交报名信息 （11月10日9:00—14日16:00） 。符合条件…`, a province's 选调 notice
/// that a university site printed as one line; `1、报名程序 ①提交报名信息。` on a line of its
/// own): the circled item opens the first unit under that heading, as a bracketed item there
/// does. A [`Boundary::Glued`] candidate: pass 2 takes it only on its parent's heading line
/// (`Builder::accept_glued_bracket`). Each heading is searched up to the next candidate, so the
/// search stays linear.
fn spaced_first_circled(text: &str, line: Line, noise: &NoiseMap<'_>, out: &mut Vec<Candidate>) {
    // Most lines hold no list item or no `①`: one look at each before any heading is read.
    if !out.iter().any(|c| CIRCLED_PARENTS.contains(&c.marker.style))
        || !text.get(line.start..line.end).is_some_and(|l| l.contains(FIRST_CIRCLED))
    {
        return;
    }
    let mut found: Vec<Candidate> = Vec::new();
    for (i, c) in out.iter().enumerate() {
        if !CIRCLED_PARENTS.contains(&c.marker.style) {
            continue;
        }
        let next = out.get(i + 1).map_or(line.end, |n| n.marker.start());
        let limit = end_within(text, c.marker.end(), crate::limits::MAX_HEADING_LEN, line.end).min(next);
        let Some(region) = text.get(c.marker.end()..limit.max(c.marker.end())) else { continue };
        let heading = region.find(CLAUSE_ENDS).and_then(|k| region.get(..k)).unwrap_or(region);
        let Some(k) = heading.find(FIRST_CIRCLED) else { continue };
        let at = c.marker.end() + k;
        // The heading's words, one run of them, then a space: `报名程序 ①`, not `包括①`, `： ①`
        // nor `工作要求 各单位要做到 ①` (a sentence after the heading).
        let before = heading.get(..k).unwrap_or("");
        let words = before.trim_end_matches(is_padding);
        let words_only = words.trim_start_matches(is_padding);
        let spaced = words.len() < before.len()
            && !words_only.contains(is_padding)
            && words_only.chars().next_back().is_some_and(is_cjk_ideograph);
        let Some(m) = spaced.then(|| marker_at(text, at, noise)).flatten() else { continue };
        // The window ends before the next candidate, so none stands at `at` already.
        if m.style == Style::Circled && m.ordinal == 1 {
            found.push(Candidate {
                marker: m,
                boundary: Boundary::Glued,
                line_end: to_u32(line.end),
                marks: LineMarks::EMPTY,
            });
        }
    }
    if !found.is_empty() {
        out.extend(found);
        out.sort_by_key(|c| c.marker.start());
    }
}

/// The list styles whose items [`spaced_siblings`] looks for after a space.
const SPACED_STYLES: [Style; 5] =
    [Style::CnComma, Style::CnParen, Style::ArabicDot, Style::ArabicParen, Style::Circled];

/// Where line breaks were lost and became spaces, the items of a list set one after another
/// on a line (`1．背叛国家罪（第102条） 2．分裂国家罪（第103条第1款）`, 最高人民检察院关于适用
/// 刑法分则规定的犯罪的罪名的意见; `一、总体要求 二、主要任务`): after the heading of a list
/// item, a space, then the next item of its list (same style, the next ordinal) opens a unit
/// as after a sentence end; the chain goes on from each item found. Only the heading of a
/// candidate of a list style is searched, up to its first sentence end, and only when it holds
/// a space (the line's first space or `。` after a heading is searched once for all the
/// headings that start before it: [`SpaceAhead`]). Returns false when the line-start candidate
/// was searched and has no such item (see [`LineMarks`]).
fn spaced_siblings(text: &str, line: Line, noise: &NoiseMap<'_>, out: &mut Vec<Candidate>) -> bool {
    let mut found: Vec<Marker> = Vec::new();
    let mut ahead = SpaceAhead::default();
    let mut line_start_spaced = true;
    for c in out.iter() {
        if found.last().is_some_and(|f| f.start() >= c.marker.start()) {
            continue;
        }
        let mut cur = c.marker;
        let mut first = c.boundary == Boundary::LineStart;
        while SPACED_STYLES.contains(&cur.style) {
            let limit = end_within(text, cur.end(), crate::limits::MAX_HEADING_LEN, line.end);
            let next = if ahead.has_space(text, cur.end(), limit, line.end) {
                spaced_sibling(text, cur, limit, noise)
            } else {
                None
            };
            if first {
                line_start_spaced = next.is_some();
                first = false;
            }
            let Some(m) = next else { break };
            found.push(m);
            cur = m;
        }
    }
    // Most lines hold none; `一、总体要求 二、主要任务` over a body that prints `二、主要任务` again
    // is a table of contents on one line, not items.
    if found.first().is_none_or(|&m| printed_again(text, line.end, m)) {
        return line_start_spaced;
    }
    for m in found {
        // A glued candidate at the same place (`要求 二、`, read at its `、`) is that item.
        match out.iter_mut().find(|c| c.marker.start() == m.start()) {
            Some(c) => (c.marker, c.boundary) = (m, Boundary::Sentence),
            None => out.push(Candidate {
                marker: m,
                boundary: Boundary::Sentence,
                line_end: to_u32(line.end),
                marks: LineMarks::EMPTY,
            }),
        }
    }
    out.sort_by_key(|c| c.marker.start());
    line_start_spaced
}

/// Where line breaks were lost, the items of a list of names each with a bracketed note
/// (`1.张某某（市第一中学）2.李某某（市第二中学）`, the list of a 拟表彰对象的公示 scraped as one
/// line): after the heading of a `N.` item, a closing bracket, then `N+1.` glued to it with
/// words after it opens a unit as after a sentence end; the chain goes on from each item
/// found. Only the heading of a `N.` candidate is searched, up to its first sentence or clause
/// end and at most [`crate::limits::MAX_HEADING_LEN`], so the line is read a bounded number of
/// times.
fn bracket_siblings(text: &str, line: Line, noise: &NoiseMap<'_>, out: &mut Vec<Candidate>) {
    let mut found: Vec<Marker> = Vec::new();
    for c in out.iter().filter(|c| c.marker.style == Style::ArabicDot) {
        if found.last().is_some_and(|f| f.start() >= c.marker.start()) {
            continue;
        }
        let mut cur = c.marker;
        while let Some(m) = bracket_sibling(text, cur, line.end, noise) {
            found.push(m);
            cur = m;
        }
    }
    if found.is_empty() {
        return;
    }
    let taken = sorted_starts(out);
    for m in found {
        if taken.binary_search(&m.start()).is_err() {
            out.push(Candidate {
                marker: m,
                boundary: Boundary::Sentence,
                line_end: to_u32(line.end),
                marks: LineMarks::EMPTY,
            });
        }
    }
    out.sort_by_key(|c| c.marker.start());
}

/// The next item of `prev`'s list glued to a closing bracket in its heading (cut at its first
/// sentence or clause end), followed by an ideograph: `（市第一中学）2.李某某`; or, in a list
/// that sets a space after each dot, glued to any word ([`spaced_dot_sibling`]).
fn bracket_sibling(text: &str, prev: Marker, line_end: usize, noise: &NoiseMap<'_>) -> Option<Marker> {
    let limit = end_within(text, prev.end(), crate::limits::MAX_HEADING_LEN, line_end);
    let region = text.get(prev.end()..limit)?;
    let region = region.find(CLAUSE_ENDS).and_then(|j| region.get(..j)).unwrap_or(region);
    let next = |m: &Marker| m.style == prev.style && m.ordinal == prev.ordinal.saturating_add(1);
    let after_bracket = region.match_indices(CLOSE_BRACKETS).find_map(|(j, close)| {
        let at = prev.end() + j + close.len();
        marker_at(text, at, noise).filter(|m| next(m) && words_follow(text, m))
    });
    let spaced = || {
        spaced_dot_sibling(text, prev, region, noise).filter(|m| next(m) && !opens_next_line(text, line_end, m, noise))
    };
    // Only where line breaks were lost: a list whose items stand on lines of their own is read
    // at their line starts.
    let titled = || {
        on_run_on_line(text, prev.start(), line_end)
            .then(|| titled_sibling(text, prev, region, noise))
            .flatten()
            .filter(next)
    };
    after_bracket.or_else(spaced).or_else(titled)
}

/// `附件：1.国土资源部关于…调研情况的报告2.湖北省…专家组意见` (a 附件说明 whose line breaks were lost,
/// bench govcn:23): the next item of `prev`'s list glued to the type word that ends the title
/// before it ([`TITLE_ENDINGS`]: `报告`, `意见`, `通知`, `办法` …) and followed by an ideograph, in
/// `prev`'s heading `region`, on a run-on line ([`on_run_on_line`]).
fn titled_sibling(text: &str, prev: Marker, region: &str, noise: &NoiseMap<'_>) -> Option<Marker> {
    let want = prev.ordinal.checked_add(1)?.to_string();
    region.match_indices(want.as_str()).find_map(|(j, _)| {
        let head = region.get(..j)?;
        let titled = TITLE_ENDINGS.iter().any(|w| head.ends_with(w));
        let m = titled.then(|| marker_at(text, prev.end() + j, noise)).flatten()?;
        words_follow(text, &m).then_some(m)
    })
}

/// True when the line after the one that ends at byte `line_end` opens (after at most
/// [`MAX_LINE_START_PADDING`] chars of white space) with `m`'s marker: the list goes on at
/// the line start, so the same number glued to a word before it (`1. 工程总体布置见附图2. 主要…`
/// ⏎ `2. 建设工期…`) names something else.
fn opens_next_line(text: &str, line_end: usize, m: &Marker, noise: &NoiseMap<'_>) -> bool {
    let Some(rest) = text.get(line_end..) else { return false };
    let rest = rest.strip_prefix("\r\n").or_else(|| rest.strip_prefix(['\n', '\r'])).unwrap_or(rest);
    let pad: usize =
        rest.chars().take(MAX_LINE_START_PADDING).take_while(|c| c.is_whitespace()).map(char::len_utf8).sum();
    let at = text.len() - rest.len() + pad;
    marker_at(text, at, noise).is_some_and(|n| n.style == m.style && n.ordinal == m.ordinal)
}

/// The most white space chars [`opens_next_line`] passes at a line's start.
const MAX_LINE_START_PADDING: usize = 8;

/// `1. 中国国际大学生创新大赛（原“互联网+”大学生创新创业大赛）2. “挑战杯”全国大学生课外学术科技作品竞赛3. “挑战杯”中国…`
/// (dev d21's list of competitions with its line breaks lost): where `prev` sets a space after
/// its dot, the first `N+1. ` in its heading `region` (a space after the dot, glued to a word:
/// `…机器人大赛-RoboTac81. 世界技能大赛`) is a candidate for its next item. A page number a lost
/// line break glued before it (`②RoboCon1920. 全国大学生…`: page 19, item 20) may stand
/// between: a run of at most [`MAX_GLUED_PAGE_DIGITS`] more digits. [`bracket_sibling`] takes it
/// only where the next line does not open with the same item ([`opens_next_line`]). A digit after the space
/// makes it a decimal a PDF copy spaced (`占比达到12. 5%左右`), no item.
fn spaced_dot_sibling(text: &str, prev: Marker, region: &str, noise: &NoiseMap<'_>) -> Option<Marker> {
    if prev.style != Style::ArabicDot || !text.get(prev.end()..).is_some_and(|r| r.starts_with(' ')) {
        return None;
    }
    let want = prev.ordinal.checked_add(1)?.to_string();
    let decimal = |j: usize| region.get(j + 2..).and_then(|r| r.chars().next()).is_some_and(|c| c.is_ascii_digit());
    region.match_indices(". ").filter(|&(j, _)| !decimal(j)).find_map(|(j, _)| {
        let head = region.get(..j)?.strip_suffix(want.as_str())?;
        let page = head.bytes().rev().take_while(u8::is_ascii_digit).count();
        let glued = head.get(..head.len() - page)?.chars().next_back();
        let word = glued.is_some_and(|c| !c.is_whitespace());
        let at = prev.end() + head.len();
        (page <= MAX_GLUED_PAGE_DIGITS && word).then(|| marker_at(text, at, noise)).flatten()
    })
}

/// The most digits of a page number glued before the next item of a spaced list
/// ([`spaced_dot_sibling`]).
const MAX_GLUED_PAGE_DIGITS: usize = 3;

/// What [`has_space`] says of the headings of one line, from one search: the first space or
/// `。` at or after `from` is at `at` (the line end when there is none), so a heading that
/// starts in `from..=at` holds a space before its first `。` exactly when `at` is a space
/// before the heading's end. The headings of a line's items (`（一）…；（二）…；（三）…。`) all
/// reach the same `。`, which is searched for once, not once per item.
#[derive(Debug, Default)]
struct SpaceAhead {
    from: usize,
    at: usize,
    /// Whether the character at `at` is a space (not a `。`, nor the line end).
    space: bool,
    /// Whether `from`, `at` and `space` hold a search.
    known: bool,
}

impl SpaceAhead {
    /// [`has_space`] of `text[from..limit]`, a heading on the line that ends at `line_end`.
    fn has_space(&mut self, text: &str, from: usize, limit: usize, line_end: usize) -> bool {
        let bytes = text.as_bytes();
        if limit > line_end || from > limit {
            return bytes.get(from..limit).is_some_and(has_space);
        }
        if !(self.known && self.from <= from && from <= self.at) {
            let found = bytes.get(from..line_end).and_then(space_or_stop);
            (self.from, self.known) = (from, true);
            (self.at, self.space) = found.map_or((line_end, false), |(i, space)| (from + i, space));
        }
        self.space && self.at < limit
    }
}

/// A table of contents set on one line (`一、总体要求 二、主要任务 三、保障措施` above a body that
/// prints `二、主要任务` again): `cand`, at a line start, has the next item of its list after a
/// space in its heading, and the text prints that item again at a line start further on.
pub(super) fn opens_one_line_contents(text: &str, cand: &Candidate, noise: &NoiseMap<'_>) -> bool {
    let m = cand.marker;
    // Past the top no contents are looked for ([`printed_again`]): the heading is not read.
    if cand.boundary != Boundary::LineStart || !SPACED_STYLES.contains(&m.style) || m.start() > MAX_CONTENTS_START {
        return false;
    }
    // Pass 1 read the heading and found no next item there.
    if !cand.marks.line_start_spaced {
        return false;
    }
    let limit = end_within(text, m.end(), crate::limits::MAX_HEADING_LEN, cand.line_end());
    spaced_sibling(text, m, limit, noise).is_some_and(|next| printed_again(text, cand.line_end(), next))
}

/// True when marker `m` and the first words of its heading stand again at the start of a line
/// after byte `from`: the line that holds `m` lists headings the text prints later.
fn printed_again(text: &str, from: usize, m: Marker) -> bool {
    if m.start() > MAX_CONTENTS_START {
        return false;
    }
    let rest = text.get(m.end()..).unwrap_or("");
    let words = rest.char_indices().find(|&(_, c)| !is_cjk_ideograph(c)).map_or(rest.len(), |(i, _)| i);
    let heading = rest.char_indices().nth(MAX_LISTED_CHARS).map_or(words, |(i, _)| i.min(words));
    let (Some(marker), Some(heading)) = (text.get(m.start()..m.end()), rest.get(..heading)) else { return false };
    if heading.is_empty() {
        return false;
    }
    let pattern = [marker.as_bytes(), heading.as_bytes()].concat();
    let after = text.get(from..end_within(text, from, MAX_CONTENTS_REACH, text.len())).unwrap_or("");
    memchr::memmem::find_iter(after.as_bytes(), &pattern).any(|i| {
        let before = after.get(..i).unwrap_or("");
        before.trim_end_matches(crate::text::chars::is_padding).ends_with(['\n', '\r']) || before.is_empty()
    })
}

/// True when `bytes` hold a space before their first `。`: ASCII, U+3000 (`E3 80 80`) or U+00A0
/// (`C2 A0`), found by one SIMD search for the three bytes that open them (most headings hold
/// none; a hit on `E3` is mostly other punctuation, `、`, or the `。` (`E3 80 82`) that ends the
/// search, as [`spaced_sibling`] reads no further).
fn has_space(bytes: &[u8]) -> bool {
    space_or_stop(bytes).is_some_and(|(_, space)| space)
}

/// The first space (ASCII, U+3000, U+00A0) or `。` of `bytes`: its offset, and true for a space.
fn space_or_stop(bytes: &[u8]) -> Option<(usize, bool)> {
    for i in memchr::memchr3_iter(b' ', 0xC2, 0xE3, bytes) {
        match (bytes.get(i), bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(b' '), _, _) | (Some(0xC2), Some(0xA0), _) | (Some(0xE3), Some(0x80), Some(0x80)) => {
                return Some((i, true));
            }
            (Some(0xE3), Some(0x80), Some(0x82)) => return Some((i, false)),
            _ => {}
        }
    }
    None
}

/// How far after its line a one-line table of contents' entry is looked for again
/// ([`printed_again`]), in bytes: the search stays linear on any text.
const MAX_CONTENTS_REACH: usize = 256 * 1024;

/// The furthest into the text a one-line table of contents may start, in bytes: contents
/// stand near the top, so the search of [`printed_again`] runs for few lines.
const MAX_CONTENTS_START: usize = 16 * 1024;

/// How many characters of a listed heading [`printed_again`] looks for.
const MAX_LISTED_CHARS: usize = 8;

/// The next item of `prev`'s list after a space in its heading `text[prev.end()..limit]`
/// (cut at its first sentence end), with words after it on its line.
fn spaced_sibling(text: &str, prev: Marker, limit: usize, noise: &NoiseMap<'_>) -> Option<Marker> {
    let region = text.get(prev.end()..limit)?;
    if !has_space(region.as_bytes()) {
        return None;
    }
    let region = region.find(SENTENCE_ENDS).and_then(|j| region.get(..j)).unwrap_or(region);
    let mut after_word = false;
    for (j, ch) in region.char_indices() {
        let space = matches!(ch, ' ' | '\u{3000}' | '\u{a0}');
        if space && after_word {
            let at = skip_padding(text, prev.end() + j, limit);
            let sibling = marker_at(text, at, noise).filter(|m| {
                m.style == prev.style
                    && m.ordinal == prev.ordinal.saturating_add(1)
                    && text.get(m.end()..limit).is_some_and(|r| r.chars().next().is_some_and(|c| !c.is_whitespace()))
            });
            if sibling.is_some() {
                return sibling;
            }
        }
        after_word = !crate::text::chars::is_padding(ch);
    }
    None
}

/// False when `text[from..to]` (the heading window of a `parent` marker) holds none of the
/// characters [`glued_child_in`] starts a child at: `第` where it looks for a statute unit,
/// an Arabic digit (ASCII or full-width, among the scan's figure candidates) where it looks
/// for an item.
fn may_hold_child(text: &str, from: usize, to: usize, parent: Style, figures: Positions<'_>) -> bool {
    let bytes = text.as_bytes();
    let statute = || text.get(from..to).is_some_and(|r| r.contains(ORDINAL_PREFIX));
    let digit = || {
        figures.iter_in(from, to).any(|p| match bytes.get(p..) {
            Some([b, ..]) if b.is_ascii_digit() => true,
            Some([0xEF, 0xBC, b, ..]) => (0x90..=0x99).contains(b),
            _ => false,
        })
    };
    let enumeration = || {
        figures.iter_in(from, to).any(|p| bytes.get(p..).is_some_and(|r| r.starts_with(FIRST_ENUMERATION.as_bytes())))
    };
    match parent {
        Style::CnComma => statute() || digit() || enumeration(),
        Style::CnParen => digit() || enumeration(),
        _ => statute(),
    }
}

/// The first child marker glued into `region`, the heading window of a `parent` marker (the
/// region starts at byte `from` of `text`), before any running text: a statute unit before the
/// heading's first comma (a chapter's heading has none: `第一章 总则第一条…`), an item before its
/// first sentence or clause end (the heading of an `一、` part often joins two phrases with a
/// comma: `一、坚定不移推进全面从严治党，营造风清气正发展环境1.落实…`, seeds 003 joined).
fn glued_child_in(text: &str, region: &str, from: usize, parent: Style, noise: &NoiseMap<'_>) -> Option<Marker> {
    let before = |stops: &[char]| region.find(stops).and_then(|i| region.get(..i)).unwrap_or(region);
    let statute = || {
        before(&RUNNING_TEXT_MARKS)
            .match_indices(ORDINAL_PREFIX)
            .find_map(|(j, _)| marker_at(text, from + j, noise).filter(|m| may_glue(parent, m.style)))
    };
    let is_digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let first_item =
        || before(&CLAUSE_ENDS).match_indices(is_digit).find_map(|(j, _)| glued_dot_item(text, from + j, noise));
    let first_enumeration = || glued_first_enumeration(text, before(&CLAUSE_ENDS), from, noise);
    match parent {
        Style::CnComma => statute().or_else(first_item).or_else(first_enumeration),
        Style::CnParen => first_item().or_else(first_enumeration),
        _ => statute(),
    }
}

/// The first item glued to the short title of an article whose marker ends at byte `from`
/// (`第三条 申请条件1.拟参加的…`, `第八条 实施步骤（一）思想动员`: [`is_article_title`]): an item
/// `N.` ([`glued_dot_item`]) or a first bracketed one. Reads at most the title's characters and
/// the one after them, so it costs next to nothing on an article's running text.
fn item_after_article_title(text: &str, from: usize, noise: &NoiseMap<'_>) -> Option<Marker> {
    let region = text.get(from..)?;
    let title = region.trim_start_matches(is_padding);
    let (end, c) = title.char_indices().take(ARTICLE_TITLE_CHARS + 1).find(|&(_, c)| !is_cjk_ideograph(c))?;
    // An item's number or its bracket: most articles' words run on to a comma or a full stop.
    if arabic_digit(c).is_none() && !OPEN_BRACKETS.contains(&c) {
        return None;
    }
    let at = from + (region.len() - title.len()) + end;
    if !is_article_title(text, from, at) {
        return None;
    }
    let bracket = || {
        marker_at(text, at, noise).filter(|m| matches!(m.style, Style::CnParen | Style::ArabicParen) && m.ordinal == 1)
    };
    glued_dot_item(text, at, noise).or_else(bracket)
}

/// `二、存在问题一是政策宣传不够到位，…；二是…` (a report whose line breaks were lost): the first
/// inline enumeration (`一是`, [`FIRST_ENUMERATION`]) glued to the last ideograph of a heading
/// `region` that starts at byte `from`. Whether it opens a unit (the `二是` after it, not the
/// `一` of a word: `统一是前提`) is weighed in pass 2. An ideograph that makes a word with the
/// `一` (`坚持统一是前提；二是…`, `问题之一是…`, `安全第一是底线`: `crate::lexicon::kinds`'s
/// `IN_WORD_BEFORE` and `ORDINAL_MARKS`) makes none, whatever follows.
fn glued_first_enumeration(text: &str, region: &str, from: usize, noise: &NoiseMap<'_>) -> Option<Marker> {
    use crate::lexicon::kinds::{is_in_word_before, is_ordinal_mark};
    let j = region.find(FIRST_ENUMERATION).filter(|&j| j > 0)?;
    let word = |c: char| is_in_word_before(c) || is_ordinal_mark(c);
    let glued = region.get(..j)?.chars().next_back().is_some_and(|c| is_cjk_ideograph(c) && !word(c));
    glued
        .then(|| marker_at(text, from + j, noise))
        .flatten()
        .filter(|m| m.style == Style::Enumeration && m.ordinal == 1)
}

/// The first inline enumeration, as written ([`glued_first_enumeration`]).
const FIRST_ENUMERATION: &str = "一是";

/// `基本原则1.统筹规划`, `服务平台5.建设`: a `N.` glued to the last ideograph of a heading
/// (padding between allowed: `产品化　　1.支持`) and followed by one, padding between allowed
/// too (`线下评选工作安排1. 即日起，…`, a university notice with its line breaks lost). Whether
/// it opens a unit (the first of its level, or the next of its numbering) is weighed in pass 2.
fn glued_dot_item(text: &str, at: usize, noise: &NoiseMap<'_>) -> Option<Marker> {
    let words = text.get(..at)?.trim_end_matches(crate::text::chars::is_padding);
    let before = words.chars().next_back()?;
    if !is_cjk_ideograph(before) || numbers_a_label(words) {
        return None;
    }
    let m = marker_at(text, at, noise)?;
    let after = text.get(m.end()..)?.chars().find(|&c| !crate::text::chars::is_padding(c))?;
    (m.style == Style::ArabicDot && is_cjk_ideograph(after)).then_some(m)
}

/// True when `words` end with a label that takes a number (`详见附件1.差旅费…`, `见附表2.…`,
/// `如图1.…`: [`ATTACHMENT_LABEL`], [`SHORT_ATTACHMENT_LABEL`], [`CAPTION_LABELS`]): the number
/// after it is the label's, no item glued to a heading.
fn numbers_a_label(words: &str) -> bool {
    words.ends_with(ATTACHMENT_LABEL)
        || words.ends_with(SHORT_ATTACHMENT_LABEL)
        || words.chars().next_back().is_some_and(|c| CAPTION_LABELS.contains(&c))
}

/// True when a marker of style `child` may be glued to the heading of a `parent`: a lower
/// statute unit to a division, an article to an `一、` section.
fn may_glue(parent: Style, child: Style) -> bool {
    if parent == Style::CnComma {
        return child == Style::Article;
    }
    child.is_statute() && child.rank() > parent.rank()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_of_three_kinds() {
        assert!(has_space("总体要求 二、".as_bytes()) && has_space("要求　二、".as_bytes()));
        assert!(has_space("要求\u{a0}二、".as_bytes()));
        assert!(!has_space("总体要求、主要任务".as_bytes()) && !has_space(b""));
        assert!(!has_space("总体要求。 二、".as_bytes()), "after the sentence end");
    }

    #[test]
    fn every_sentence_end_opens_with_a_sentence_lead() {
        for c in SENTENCE_ENDS.iter().chain(&ASCII_SENTENCE_ENDS) {
            let s = c.to_string();
            assert!(matches!(classify(s.as_bytes(), 0), Some((Punct::Boundary(Boundary::Sentence), _))), "{c}");
            assert!(s.as_bytes().first().is_some_and(|&b| may_open_sentence_end(b)), "{c}");
        }
        // Every byte that opens something `classify` reads as a sentence end has its bit.
        for b in 0..=u8::MAX {
            for tail in [[0x80u8, 0x82], [0xBC, 0x81], [0xBC, 0x9F], [0x80, 0x80]] {
                let bytes = [b, tail[0], tail[1]];
                if matches!(classify(&bytes, 0), Some((Punct::Boundary(Boundary::Sentence), _))) {
                    assert!(may_open_sentence_end(b), "{bytes:?}");
                }
            }
        }
    }

    #[test]
    fn one_search_answers_every_heading_of_a_line() {
        // Each heading of the line, searched in order and out of order, gets what `has_space`
        // says of it alone.
        let text = "（一）加强管理；（二）完善 制度；（三）落实　责任。（四）其他\u{a0}事项 （五）";
        let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        let mut order = starts.clone();
        order.extend(starts.iter().rev());
        let mut ahead = SpaceAhead::default();
        for &from in &order {
            for &limit in starts.iter().filter(|&&l| l >= from).chain([&text.len()]) {
                let alone = has_space(text.as_bytes().get(from..limit).unwrap_or(&[]));
                assert_eq!(ahead.has_space(text, from, limit, text.len()), alone, "{from}..{limit}");
            }
        }
    }

    fn kind(c: char) -> Option<&'static str> {
        let s = c.to_string();
        classify(s.as_bytes(), 0).map(|(k, len)| {
            assert_eq!(len, c.len_utf8(), "{c}: its length");
            match k {
                Punct::Boundary(Boundary::Sentence) => "sentence",
                Punct::Boundary(_) => "clause",
                Punct::Paren => "bracket",
                Punct::DunHao => "dunhao",
            }
        })
    }

    #[test]
    fn the_known_line_end_is_the_searched_one() {
        let text = "第一条　总则。\r\n（一）甲乙丙丁\n\n2.3 应急\r末行没有换行";
        let mut n = 0;
        for line in crate::text::lines::lines(text) {
            for pos in (line.start..=line.end).filter(|&p| text.is_char_boundary(p)) {
                for max in [0, 1, 2, 3, 5, 8, 600] {
                    let span = crate::text::Span::from_usize(pos, pos);
                    let m = Marker {
                        style: crate::model::Style::CnComma,
                        parts: 0,
                        ordinal: 1,
                        span,
                        irregular: false,
                        inserted: 0,
                    };
                    let cand = Candidate {
                        marker: m,
                        boundary: Boundary::LineStart,
                        line_end: to_u32(line.end),
                        marks: LineMarks::EMPTY,
                    };
                    assert_eq!(cand.line_end_within(text, pos, max), line_end_within(text, pos, max), "{pos} {max}");
                    n += 1;
                }
            }
        }
        assert!(n > 100);
    }

    #[test]
    fn pass_one_notes_the_tabs_and_book_title_marks_of_a_line() {
        // The TAB and the 》 after 。 stand where the marker search passes over them.
        let text = "一、依照《甲法》。\t（二）乙\n1\t消火栓\n（三）丙》。\n";
        let scanned = crate::scan::scan(text);
        let mut seen = Vec::new();
        scan(text, &scanned.lines, (scanned.punct(), scanned.figures()), &NoiseMap::default(), |lc| {
            if let Some(c) = lc.candidates.first() {
                let end = c.marker.end();
                seen.push((c.marks.tab_from(end), c.marks.first_book_title_from(end).ok().flatten()));
            }
        });
        let open = text.find('《');
        let close = text.rfind('》');
        assert_eq!(seen, [(true, open), (true, None), (false, close)]);
    }

    #[test]
    fn digits_pass_the_digit_filter() {
        for c in (0..=0xFFFF).filter_map(char::from_u32).filter(|&c| crate::numeral::arabic_digit(c).is_some()) {
            let lead = c.to_string().as_bytes().first().copied().unwrap_or(0);
            assert!(may_start_digit(lead), "{c}");
        }
        let full_width_lead = "９".as_bytes().first().copied();
        assert!((0..=255u8).filter(|&b| may_start_digit(b)).all(|b| b.is_ascii_digit() || Some(b) == full_width_lead));
    }

    #[test]
    fn the_byte_classes_are_the_tables() {
        for c in SENTENCE_ENDS.iter().chain(&ASCII_SENTENCE_ENDS) {
            assert_eq!(kind(*c), Some("sentence"), "{c}");
        }
        for c in COLONS.iter().chain(&SEMICOLONS) {
            assert_eq!(kind(*c), Some("clause"), "{c}");
        }
        for c in OPEN_BRACKETS {
            assert_eq!(kind(c), Some("bracket"), "{c}");
        }
        assert_eq!(kind(DUNHAO), Some("dunhao"));
        let marked: usize = SENTENCE_ENDS.len() + ASCII_SENTENCE_ENDS.len() + COLONS.len() + SEMICOLONS.len() + 3;
        let classified = (0..=0xFFFF).filter_map(char::from_u32).filter(|&c| kind(c).is_some()).count();
        assert_eq!(classified, marked, "nothing else is classified");
    }
}
