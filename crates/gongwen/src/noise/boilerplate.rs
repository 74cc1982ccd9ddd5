//! Site boilerplate: what a document-sharing site or a portal wraps around a document —
//! file name, size and page count, download prompts, `展开阅读全文`, related links,
//! copyright, ICP and contact footers, breadcrumbs.
//!
//! Lines are scored with the site vocabulary of [`crate::lexicon::noise`] (one Aho–Corasick
//! pass over a line).
//! A line scoring [`LINE_SCORE`] or more is a boilerplate line. Boilerplate is only looked
//! for where sites put it:
//!
//! * the **header**: a run of boilerplate lines that starts among the first
//!   [`HEADER_START_LINES`] non-blank lines (the first line, the title, only when it is
//!   boilerplate itself);
//! * the **footer**: a run of boilerplate lines that reaches the end of the document,
//!   allowing up to [`TAIL_LINES`] short lines at the very end (a slogan under a
//!   customer-service box);
//! * anywhere, a short line that holds a phrase no official document uses ([`SITE_ONLY`] in the
//!   table, [`MID_MAX_CHARS`] chars at most, not opening with a marker): `展开阅读全文`
//!   between two pages.
//!
//! Inside a run, short lines without vocabulary (`×`, `更多`) are kept when boilerplate lines
//! surround them. Page lines (`第1页 / 共11页`, `1 / 28`) are left to the page-marker
//! detector. On the first line, a site label in brackets (`【Word文档】`) and a file extension
//! after the title (`….docx`) are boilerplate too.

use super::page;
use super::text::{char_count, is_date_line, opens_with_marker};
use crate::lexicon::noise::{
    FILE_EXTENSIONS, PAGE, SITE_LABEL_BRACKETS, SITE_LABEL_WORDS, SITE_ONLY, SITE_VOCABULARY, SITE_WORD,
};
use crate::lexicon::punct::{CLAUSE_ENDS, SENTENCE_ENDS, book_title};
use crate::model::{Noise, NoiseKind};
use crate::text::Span;
use crate::text::chars::{is_all_space, is_cjk_ideograph, is_space, trim_space};
use crate::text::lines::{Line, lines};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::borrow::Cow;
use std::sync::LazyLock;

/// Score at which a line is boilerplate.
const LINE_SCORE: u32 = 3;
/// How many non-blank lines from the top a header run may start within.
const HEADER_START_LINES: usize = 4;
/// The header and footer zones: at most this many lines …
const ZONE_LINES: usize = 48;
/// … and this many bytes.
const ZONE_BYTES: usize = 8192;
/// Short lines without vocabulary allowed at the very end of a footer run.
const TAIL_LINES: usize = 3;
/// Longest line (in chars) that counts as a short filler line inside a run.
const FILLER_CHARS: usize = 30;
/// Longest line (in chars) accepted as boilerplate in the middle of the document.
const MID_MAX_CHARS: usize = 80;

// Phrase ids are tracked in a 256-bit set (one spare bit for the page-count rule).
const _: () =
    assert!(SITE_VOCABULARY.len() + FILE_EXTENSIONS.len() < 255, "the vocabulary fits the phrase set of `score`");

/// The phrases of the automaton: the site vocabulary, then the file extensions.
fn phrases() -> impl Iterator<Item = &'static str> {
    SITE_VOCABULARY.iter().map(|(p, _, _)| *p).chain(FILE_EXTENSIONS)
}

/// The weight of phrase `id` of [`phrases`].
fn weight(id: usize) -> u32 {
    match SITE_VOCABULARY.get(id) {
        Some(&(_, w, _)) => w,
        None if id < SITE_VOCABULARY.len() + FILE_EXTENSIONS.len() => SITE_WORD,
        None => 0,
    }
}

static AUTOMATON: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(phrases())
        .ok()
});

/// The site-only phrases ([`SITE_ONLY`]), for the mid-document scan. A contiguous NFA, not a
/// DFA: it is only asked about the short lines of a document that shows it is a copy, so
/// building a DFA (an eighth of the noise stage's work on the bench corpus, for one process)
/// would cost more than all its searches save; every kind finds the same matches.
static STRONG: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostFirst)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(SITE_VOCABULARY.iter().filter(|(_, w, _)| *w >= SITE_ONLY).map(|(p, _, _)| p))
        .ok()
});

/// The searcher for 页, for the page-count rule of [`score`].
static PAGE_WORD: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(PAGE.encode_utf8(&mut [0; 4]).as_bytes()).into_owned());

/// The vocabulary evidence of a line: the sum of the weights of the distinct phrases it
/// holds (a word repeated counts once), and the highest weight among them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Score {
    sum: u32,
    max: u32,
}

fn score(line: &str) -> Score {
    let Some(ac) = AUTOMATON.as_ref() else { return Score::default() };
    let mut seen = [0u64; 4];
    let mut evidence = Score::default();
    let mut add = |id: usize, w: u32| {
        let (word, bit) = (id / 64, 1u64 << (id % 64));
        if let Some(slot) = seen.get_mut(word) {
            if *slot & bit == 0 {
                *slot |= bit;
                evidence.sum += w;
                evidence.max = evidence.max.max(w);
            }
        }
    };
    for m in ac.find_iter(line) {
        let id = m.pattern().as_usize();
        add(id, weight(id));
    }
    // A page count or page number: a digit right before 页 (`11页`, `第1页`), found with
    // SIMD `memmem` (the searcher is built once).
    let bytes = line.as_bytes();
    if PAGE_WORD.find_iter(bytes).any(|i| i.checked_sub(1).and_then(|j| bytes.get(j)).is_some_and(u8::is_ascii_digit)) {
        add(SITE_VOCABULARY.len() + FILE_EXTENSIONS.len(), SITE_WORD);
    }
    evidence
}

/// The highest score a line can reach: every phrase once, plus the page-count rule.
const MAX_SCORE: u32 = {
    let mut sum = SITE_WORD * (FILE_EXTENSIONS.len() as u32 + 1);
    let mut rest = SITE_VOCABULARY;
    while let [(_, w, _), tail @ ..] = rest {
        sum += *w;
        rest = tail;
    }
    sum
};

/// The score a trimmed line of `chars` characters needs to be a boilerplate line.
fn needed_score(chars: usize) -> u32 {
    LINE_SCORE + u32::try_from(chars.saturating_sub(100) / 50).unwrap_or(u32::MAX)
}

/// Whether a line's evidence makes it a boilerplate line: a site-only phrase, or two site
/// words in a line that is not a sentence of the document; long lines need more.
fn is_member(line: &str, evidence: Score) -> bool {
    let t = trim_space(line);
    is_member_trimmed(t, char_count(t), evidence)
}

/// [`is_member`] for a line already trimmed to `t`, of `chars` characters.
/// A line that holds [`MIN_BODY_SENTENCES`] or more full stops (`。`) holds the document's text
/// (a sharing site's copy of a short document with its line breaks lost is one line: its
/// prompts, `整理文档很辛苦,赏杯茶钱您下走!免费阅读已结束,…`, and the whole text after them), never
/// boilerplate: a site's prompts end with `!`, `,` or nothing.
fn is_member_trimmed(t: &str, chars: usize, evidence: Score) -> bool {
    let sentence = t.ends_with(CLAUSE_ENDS) && chars > 40;
    evidence.sum >= needed_score(chars)
        && (evidence.max >= SITE_ONLY || !sentence)
        && !opens_with_marker(t)
        && !holds_body_sentences(t)
}

/// True when `t` holds at least [`MIN_BODY_SENTENCES`] full stops ([`is_member_trimmed`]).
fn holds_body_sentences(t: &str) -> bool {
    memchr::memmem::find_iter(t.as_bytes(), "。".as_bytes()).nth(MIN_BODY_SENTENCES - 1).is_some()
}

/// The fewest full stops that make a line the document's text ([`is_member_trimmed`]).
const MIN_BODY_SENTENCES: usize = 3;

/// What a line is, inside a header or footer zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Blank,
    /// A boilerplate line.
    Member,
    /// A page line, left to the page detector but part of the run.
    Page,
    /// A short line or one with some vocabulary: kept only between members.
    Filler,
    /// A title line (`关于…的通知`, or a headline naming a document in `《…》`) with no site
    /// vocabulary: inside a header it neither
    /// breaks the run nor belongs to it.
    Title,
    /// Document text.
    Text,
}

fn role(text: &str, line: Line) -> Role {
    let s = text.get(line.start..line.end).unwrap_or("");
    if is_all_space(s) {
        return Role::Blank;
    }
    if page::explicit_line(s) || page::lone_counter(s) {
        return Role::Page;
    }
    let t = trim_space(s);
    let chars = char_count(t);
    // A line too long to be a title or a filler and too long for any score to make it a
    // member (a document without line breaks is one such line): text, without scoring.
    if chars > MID_MAX_CHARS.max(FILLER_CHARS).max(80) && (needed_score(chars) > MAX_SCORE || opens_with_marker(t)) {
        return Role::Text;
    }
    let evidence = score(s);
    if is_member_trimmed(t, chars, evidence) {
        return Role::Member;
    }
    let ends_sentence = t.ends_with(SENTENCE_ENDS);
    // A sentence that names a document (`现将《…》印发给你们，请认真贯彻执行。`) is the body's.
    if evidence.sum == 0 && chars <= 80 && !ends_sentence && (ends_with_title_word(t) || book_title(t).is_some()) {
        return Role::Title;
    }
    if (chars <= FILLER_CHARS && !ends_sentence && !opens_with_marker(t))
        || (evidence.sum >= 1 && chars <= MID_MAX_CHARS)
    {
        Role::Filler
    } else {
        Role::Text
    }
}

/// True when `t` ends with one of the words that end a title (`通知`, `办法`, …). Each word's
/// last byte is compared first, which rules out nearly all of them at one compare each.
fn ends_with_title_word(t: &str) -> bool {
    let bytes = t.as_bytes();
    crate::lexicon::titles::TITLE_ENDINGS
        .iter()
        .map(|w| w.as_bytes())
        .any(|w| w.last().is_none_or(|last| bytes.last() == Some(last)) && bytes.ends_with(w))
}

/// Finds the header and footer boilerplate of `text` and appends it to `out`; returns the
/// end of the title line, where [`detect_middle`] starts. `all` are the lines of `text`.
pub(super) fn detect(text: &str, all: &[Line], out: &mut Vec<Noise>) -> usize {
    let head = first_lines(all);
    let head_end = header(text, head, out);
    let tail = last_lines(text, all, head_end);
    footer(text, &tail, out);
    // The first line is the title's: the header decides about it.
    head.iter().find(|l| !is_all_space(text.get(l.start..l.end).unwrap_or(""))).map_or(0, |l| l.end)
}

/// The header zone: the first lines of the text, at most [`ZONE_LINES`] of them, each
/// starting within the first [`ZONE_BYTES`].
fn first_lines(all: &[Line]) -> &[Line] {
    let n = all.iter().take(ZONE_LINES).take_while(|l| l.start < ZONE_BYTES).count();
    all.get(..n).unwrap_or(all)
}

/// Boilerplate lines in the middle of the document (after byte `from`). Only run on a
/// document that already shows it is a copy (a header, footer, page markers or chunk
/// numbers were found): a prompt between two pages is credible there, and a clean
/// document is not searched at all.
pub(super) fn detect_middle(text: &str, all: &[Line], from: usize, out: &mut Vec<Noise>) {
    middle(text, all, from, out);
}

/// The header run; returns where it ends (0 when there is none). Roles are computed line
/// by line and only as far as the run can reach, so a clean document costs a few lines.
fn header(text: &str, zone: &[Line], out: &mut Vec<Noise>) -> usize {
    // The first non-blank line: the title, unless it is boilerplate itself once a site
    // label and a file extension around the title are set aside.
    let Some(first) = zone.iter().position(|l| !is_all_space(text.get(l.start..l.end).unwrap_or(""))) else { return 0 };
    let Some(&first_line) = zone.get(first) else { return 0 };
    let mark = out.len();
    let inner = first_line_parts(text, first_line, out);
    let first_role = role(text, inner);
    if first_role == Role::Member {
        out.truncate(mark);
    }
    let start = if first_role == Role::Member { first } else { first + 1 };
    // The roles of the lines looked at (blank before the title); a zone holds at most
    // ZONE_LINES lines, so they fit an array.
    let mut roles = [Role::Blank; ZONE_LINES];
    if let Some(slot) = roles.get_mut(first) {
        *slot = first_role;
    }
    let mut looked = first + 1;
    // Lines after the title, up to the first line of text; a run must find its first
    // member within the first few non-blank lines.
    let mut fillers = 0usize;
    // Prose fillers ([`is_prose_filler`]) since the last member or page line, short fillers
    // between them not counted and a title's first lines taken off: more than [`TAIL_LINES`]
    // are the document's own text, hard-wrapped (a PDF copy under `资源描述`), and end the run.
    let mut prose_since_member = 0usize;
    let mut has_member = false;
    let mut last_member: Option<usize> = None;
    for (i, &line) in zone.iter().enumerate().skip(first + 1) {
        let r = role(text, line);
        if let Some(slot) = roles.get_mut(i) {
            *slot = r;
        }
        looked = i + 1;
        match r {
            Role::Member => {
                has_member = true;
                last_member = Some(i);
                prose_since_member = 0;
            }
            Role::Page => {
                last_member = Some(i);
                prose_since_member = 0;
            }
            Role::Filler => {
                fillers += 1;
                prose_since_member += usize::from(is_prose_filler(text, line));
            }
            Role::Title => {
                let above = title_lines_above(text, zone, &mut roles, i);
                fillers = fillers.saturating_sub(above);
                prose_since_member = prose_since_member.saturating_sub(above);
            }
            Role::Blank => {}
            Role::Text => break,
        }
        if (last_member.is_none() && fillers >= HEADER_START_LINES) || prose_since_member > TAIL_LINES {
            break;
        }
    }
    if first_role == Role::Member {
        has_member = true;
        last_member = last_member.or(Some(first));
    }
    let Some(last) = last_member.filter(|_| has_member) else { return 0 };
    let roles = roles.get(..looked).unwrap_or(&roles);
    // The run's first line: the first non-blank line from `start`.
    let run_start = (start..=last)
        .find(|&i| roles.get(i).is_some_and(|r| !matches!(r, Role::Blank | Role::Title)))
        .unwrap_or(start);
    // Where the document resumes: the next non-blank line after the run.
    let resume = zone
        .iter()
        .skip(last + 1)
        .find(|l| !is_all_space(text.get(l.start..l.end).unwrap_or("")))
        .map_or_else(|| zone.get(last).map_or(0, |l| l.next), |l| l.start);
    emit_run(zone, roles, run_start, last, resume, out);
    resume
}

/// Shortest filler line (in chars) that reads as the document's own prose when it holds no
/// site vocabulary: menu items (`打印`, `关闭`, `微信`) are shorter.
const PROSE_CHARS: usize = 12;

/// Whether a [`Role::Filler`] line is a line of the document's text cut by a hard wrap
/// (`全区广大教师干部的全力支持下,牢牢把握稳中求进的总基调,`) rather than a site's filler: no
/// site vocabulary, and at least [`PROSE_CHARS`] characters.
fn is_prose_filler(text: &str, line: Line) -> bool {
    let s = text.get(line.start..line.end).unwrap_or("");
    char_count(trim_space(s)) >= PROSE_CHARS && score(s).sum == 0
}

/// A title set over lines: the lines right above title line `i` (no blank line between)
/// that hold no site vocabulary and some Chinese are its first lines, not fillers
/// (`首页 > 政务公开` / `国务院办公厅关于进一步优化营商环境` / `降低市场主体制度性交易成本的意见` /
/// `发布时间：…`: the middle line is the title's). At most two such lines, as a title is set
/// over three lines at most; they become [`Role::Title`]. Returns how many fillers changed.
fn title_lines_above(text: &str, zone: &[Line], roles: &mut [Role], i: usize) -> usize {
    let mut changed = 0;
    for j in (i.saturating_sub(2)..i).rev() {
        let (Some(line), Some(slot)) = (zone.get(j), roles.get_mut(j)) else { break };
        let s = text.get(line.start..line.end).unwrap_or("");
        if *slot != Role::Filler || score(s).sum > 0 || !s.chars().any(is_cjk_ideograph) {
            break;
        }
        *slot = Role::Title;
        changed += 1;
    }
    changed
}

/// The footer zone: the last lines of `text` after byte `floor`, in document order, at most
/// [`ZONE_LINES`] of them, all starting within the last [`ZONE_BYTES`] (from the first line
/// start there). `all` are the lines of `text`.
fn last_lines<'a>(text: &str, all: &'a [Line], floor: usize) -> Cow<'a, [Line]> {
    let from = footer_start(text, floor);
    // The lines of `text[from..]`: those of `all` from `from` on, after a line of its own
    // when `from` falls inside a line break (after the `\r` of a `\r\n`).
    let first = all.partition_point(|l| l.start < from);
    let aligned = all.get(first..).unwrap_or(&[]);
    let until = aligned.first().map_or(text.len(), |l| l.start);
    let lead: Vec<Line> = lines(text.get(from..until).unwrap_or(""))
        .map(|l| Line { start: l.start + from, end: l.end + from, next: l.next + from })
        .collect();
    let kept = aligned.len().min(ZONE_LINES);
    let tail = aligned.get(aligned.len() - kept..).unwrap_or(&[]);
    let lead = lead.get(lead.len().saturating_sub(ZONE_LINES - kept)..).unwrap_or(&[]);
    if lead.is_empty() {
        return Cow::Borrowed(tail);
    }
    Cow::Owned([lead, tail].concat())
}

/// Where the footer zone starts: [`ZONE_BYTES`] before the end (but not before `floor`),
/// moved on to a char boundary and then to the next line start.
fn footer_start(text: &str, floor: usize) -> usize {
    let mut from = text.len().saturating_sub(ZONE_BYTES).max(floor);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let bytes = text.as_bytes();
    if from > floor && from > 0 && !matches!(bytes.get(from - 1), Some(b'\n' | b'\r')) {
        from = bytes.get(from..).and_then(|b| memchr::memchr2(b'\n', b'\r', b)).map_or(text.len(), |i| from + i + 1);
    }
    from
}

/// The footer run, which reaches the end of the document. Roles are computed from the
/// last line up, only as far as the run can reach.
fn footer(text: &str, zone: &[Line], out: &mut Vec<Noise>) {
    // A zone holds at most ZONE_LINES lines, so their roles fit an array.
    let mut roles = [Role::Text; ZONE_LINES];
    let mut tail = 0usize;
    let mut first_member: Option<usize> = None;
    let mut has_member = false;
    let mut fillers_since_member = 0usize;
    for (i, &line) in zone.iter().enumerate().rev() {
        let r = role(text, line);
        if let Some(slot) = roles.get_mut(i) {
            *slot = r;
        }
        match r {
            Role::Blank => {}
            Role::Member => {
                has_member = true;
                first_member = Some(i);
                fillers_since_member = 0;
            }
            Role::Page => {
                first_member = Some(i);
                fillers_since_member = 0;
            }
            Role::Filler => {
                if first_member.is_none() {
                    tail += 1;
                    // The document's own closing date (its signature) ends the text: what
                    // stands above it is the document's.
                    if tail > TAIL_LINES || is_date_line(trim_space(text.get(line.start..line.end).unwrap_or(""))) {
                        return;
                    }
                } else {
                    fillers_since_member += 1;
                    if fillers_since_member > TAIL_LINES {
                        break;
                    }
                }
            }
            Role::Text | Role::Title => break,
        }
    }
    let Some(first) = first_member.filter(|_| has_member) else { return };
    let last = zone.len().saturating_sub(1);
    emit_run(zone, roles.get(..zone.len()).unwrap_or(&roles), first, last, text.len(), out);
}

/// Emits the run `zone[first..=last]` as boilerplate spans, leaving page lines out (the
/// page detector reports them); the last span reaches `resume`.
fn emit_run(zone: &[Line], roles: &[Role], first: usize, last: usize, resume: usize, out: &mut Vec<Noise>) {
    let mut open: Option<usize> = None;
    for i in first..=last {
        let (Some(line), Some(role)) = (zone.get(i), roles.get(i)) else { break };
        match role {
            Role::Page | Role::Title => {
                if let Some(s) = open.take() {
                    out.push(Noise::new(NoiseKind::Boilerplate, Span::from_usize(s, line.start)));
                }
            }
            Role::Blank => {}
            _ => {
                if open.is_none() {
                    open = Some(line.start);
                }
            }
        }
    }
    if let Some(s) = open {
        out.push(Noise::new(NoiseKind::Boilerplate, Span::from_usize(s, resume)));
    }
}

/// On the first line: a bracketed site label before the title (`【Word文档】`) and a file
/// extension after it (`.docx`). Returns the line without them.
fn first_line_parts(text: &str, line: Line, out: &mut Vec<Noise>) -> Line {
    let mut kept = line;
    let s = text.get(line.start..line.end).unwrap_or("");
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let body = s.get(lead..).unwrap_or("");
    let (open, close) = SITE_LABEL_BRACKETS;
    if let Some(inner) = body.strip_prefix(open).and_then(|r| r.split_once(close)).map(|(inner, _)| inner) {
        let lower = inner.to_ascii_lowercase();
        let site = SITE_LABEL_WORDS.iter().any(|w| lower.contains(w));
        if site && inner.chars().count() <= 10 {
            let after = lead + open.len_utf8() + inner.len() + close.len_utf8();
            let rest = s.get(after..).unwrap_or("");
            let pad = rest.len() - rest.trim_start_matches(is_space).len();
            out.push(Noise::new(NoiseKind::Boilerplate, Span::from_usize(line.start, line.start + after + pad)));
            kept.start = line.start + after + pad;
        }
    }
    let trimmed = s.trim_end_matches(is_space);
    for ext in FILE_EXTENSIONS {
        let n = trimmed.len();
        if n > ext.len() && trimmed.get(n - ext.len()..).is_some_and(|e| e.eq_ignore_ascii_case(ext)) {
            out.push(Noise::new(NoiseKind::Boilerplate, Span::from_usize(line.start + n - ext.len(), line.start + n)));
            kept.end = (line.start + n - ext.len()).max(kept.start);
            break;
        }
    }
    kept
}

/// Short lines in the middle of the document that hold a weight-3 phrase. Only short lines
/// that do not open with a marker are searched.
fn middle(text: &str, all: &[Line], from: usize, out: &mut Vec<Noise>) {
    let Some(ac) = STRONG.as_ref() else { return };
    for &line in all {
        if line.start < from || line.end - line.start > MID_MAX_CHARS * 3 || line.end - line.start < 6 {
            continue;
        }
        let s = text.get(line.start..line.end).unwrap_or("");
        if ac.find(s).is_none() {
            continue;
        }
        let sentence = trim_space(s).ends_with(CLAUSE_ENDS);
        if char_count(s) <= MID_MAX_CHARS && !sentence && is_member(s, score(s)) {
            out.push(Noise::new(NoiseKind::Boilerplate, Span::from_usize(line.start, line.next)));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::NoiseKind;
    use crate::noise::detect;

    fn boiler(text: &str) -> Vec<&str> {
        detect(text).iter().filter(|n| n.kind == NoiseKind::Boilerplate).map(|n| n.span.slice(text)).collect()
    }

    #[test]
    fn header_and_footer() {
        let text =
            "某县工作要点\n\n上传人:张** 格式:DOC 页数:3\n资源描述\n\n一、总体要求\n正文。\n\n展开阅读全文\n相关资源\n";
        let got = boiler(text);
        assert_eq!(
            got,
            ["上传人:张** 格式:DOC 页数:3\n资源描述\n\n", "展开阅读全文\n相关资源\n"],
            "site header and footer"
        );
    }

    #[test]
    fn header_keeps_short_menu_lines_but_not_wrapped_prose() {
        let portal = "关于做好春季森林防火工作的通知\n发布时间：2024-01-01  来源：市政府办公室  浏览次数：123\n打印\n关闭\n分享到：\n微信\n微博\nQQ空间\n【打印本页】【关闭窗口】\n各区县人民政府：\n";
        assert_eq!(
            boiler(portal),
            [
                "发布时间：2024-01-01  来源：市政府办公室  浏览次数：123\n打印\n关闭\n分享到：\n微信\n微博\nQQ空间\n【打印本页】【关闭窗口】\n"
            ],
            "menu lines between two site lines stay in the run"
        );
        let copy = "某区工作总结\n\n免费阅读已结束，点击下载阅读编辑剩下 ...\n资源描述\n\n一年来，区教育局全面贯彻落实上级决策\n部署，各项工作实现新突破，全年组织专\n题学习12次，覆盖全区党员，选派党建指\n导员20名，新建党支部3个，开设在线课\n程300节，组织线上教研活动，全年组\n- 1 -\n织考试8场。\n";
        assert_eq!(
            boiler(copy),
            ["免费阅读已结束，点击下载阅读编辑剩下 ...\n资源描述\n\n"],
            "hard-wrapped prose ends the run before the page line"
        );
    }

    #[test]
    fn statute_ending_is_not_boilerplate() {
        let text = "第一条 为了保护著作权，制定本法。\n第二条 侵权的，应当承担责任。\n第三条 本法自公布之日起施行。\n";
        assert!(boiler(text).is_empty(), "articles are text");
    }

    #[test]
    fn first_line_label_and_extension() {
        let text = "【Word文档】 全区工作要点.docx\n一、总则\n";
        assert_eq!(boiler(text), ["【Word文档】 ", ".docx"], "site label and file extension around the title");
    }
}
