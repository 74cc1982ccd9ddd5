//! Comparators: the words that say how a figure compares with its number, found in the
//! tables of [`crate::lexicon::comparators`].
//!
//! Grammar:
//!
//! ```text
//! figure  := [PREFIX GAP?] number unit [SUFFIX]
//! PREFIX  := 不少于 | 不低于 | 至少 | 超过 | 不超过 | 不足 | 约 | 近 | 达到 | 提高到 | …
//! SUFFIX  := 及以上 | 以上 | 以下 | 以内 | 之内 | 内 | 以外 | 左右
//! distant := PREFIX CJK{1,4} number unit      (至少组织2次: comparator ge, span 2次)
//! ```
//!
//! Inclusivity follows 民法典 第一千二百五十九条: 以上/以下/以内 include the number
//! ([`Comparator::Ge`], [`Comparator::Le`]); 超过/不满/低于/以外 do not
//! ([`Comparator::Gt`], [`Comparator::Lt`]). A directly adjacent prefix is part of the
//! figure's span, even when it only says `eq` (达到, 提高到); a distant one is not.
//! A suffix decides over a prefix (`达到80%以上` is `ge`).

use super::value::{ends_with_word, starts_with_word};
use crate::lexicon::CharBits;
use crate::lexicon::comparators::{
    DISTANT_NEGATIONS, EXCESS_PART, EXCLUDES, GLOSS_LIST_MARK, INCLUDES, INCLUSION_BRACKETS, MAX_INCLUSION_CHARS, MAY,
    NEGATED_HEADS, NEGATIONS, NOT_PREFIX_WORDS, NOUN_OPENER_VERBS, NOUN_OPENERS, OPENER_VERBS, PHRASE_MARK, PREFIXES,
    Prefix, Reach, SUFFIXES, Suffix,
};
use crate::model::Comparator::{self, Ge, Gt, Le, Lt};
use std::sync::LazyLock;

/// Prefix words grouped by their last character, in table order within a group, the groups
/// sorted by that character, with the set of those last characters (a probe before the
/// search): the prefilters of [`prefix_before`] and [`distant_before`], derived from
/// [`PREFIXES`].
struct ByLast {
    /// Every row.
    all: Vec<(char, Vec<Prefix>)>,
    /// The last characters of every row.
    all_lasts: CharBits,
    /// The rows that reach across a verb ([`Reach::AcrossVerb`]).
    distant: Vec<(char, Vec<Prefix>)>,
    /// The last characters of those rows.
    distant_lasts: CharBits,
}

/// `rows` grouped by the character `key` gives each (a row without one is left out), in
/// their order within a group, the groups sorted by that character.
fn group_by_char<T>(rows: impl Iterator<Item = T>, key: impl Fn(&T) -> Option<char>) -> Vec<(char, Vec<T>)> {
    let mut groups: Vec<(char, Vec<T>)> = Vec::new();
    for row in rows {
        let Some(c) = key(&row) else { continue };
        match groups.iter_mut().find(|g| g.0 == c) {
            Some(g) => g.1.push(row),
            None => groups.push((c, vec![row])),
        }
    }
    groups.sort_by_key(|g| g.0);
    groups
}

fn group_by_last<'a>(rows: impl Iterator<Item = &'a Prefix>) -> Vec<(char, Vec<Prefix>)> {
    group_by_char(rows.copied(), |p| p.word.chars().next_back())
}

static BY_LAST: LazyLock<ByLast> = LazyLock::new(|| {
    let all = group_by_last(PREFIXES.iter());
    let distant = group_by_last(PREFIXES.iter().filter(|p| p.reach == Reach::AcrossVerb));
    let lasts = |groups: &[(char, Vec<Prefix>)]| CharBits::of(groups.iter().map(|g| g.0));
    ByLast { all_lasts: lasts(&all), distant_lasts: lasts(&distant), all, distant }
});

/// The rows of `groups` that end with `last`, in table order: one binary search.
fn ending_with(groups: &[(char, Vec<Prefix>)], last: char) -> &[Prefix] {
    groups.binary_search_by_key(&last, |g| g.0).ok().and_then(|k| groups.get(k)).map_or(&[], |g| &g.1)
}

/// The prefix directly before byte `start` (white space allowed between): its first byte
/// and comparator. `None` when there is none or it is a blocker word.
pub(crate) fn prefix_before(text: &str, start: usize) -> Option<(usize, Comparator)> {
    let mut end = text.get(..start)?.len();
    // At most two gap characters, and a line break (a table cell `上限\n15分`, a hard wrap).
    while let Some(len) = super::unit::gap_len_before(text.as_bytes(), end) {
        end -= len;
        if start - end > 6 {
            return None;
        }
    }
    let trimmed = text.get(..end)?;
    // Twice: a blank line between a cell's label and its figure too (`上限⏎⏎15分`, a table
    // copied with a blank line after every line).
    let trimmed = super::value::trim_wrap_end(super::value::trim_wrap_end(trimmed));
    let last = trimmed.chars().next_back()?;
    let by_last = &*BY_LAST;
    if !by_last.all_lasts.contains(last) {
        return None;
    }
    let row = ending_with(&by_last.all, last).iter().find(|p| ends_with_word(trimmed, p.word))?;
    let start = trimmed.len() - row.word.len();
    if let Some(longer) = cut_word(trimmed, start, row.word).or_else(|| broken_word(trimmed, start)) {
        return Some(longer);
    }
    let cmp = row.comparator?;
    Some(negated(trimmed, start, row.word, cmp).unwrap_or((start, cmp)))
}

/// The longer prefix that a hard wrap cuts right before `word` (at byte `start` of `text`,
/// after the break): `不⏎低于1倍` is `不低于` (ge), not `低于` (lt). Its start (before the
/// break) and comparator, read from the line before joined to `word`.
fn cut_word(text: &str, start: usize, word: &str) -> Option<(usize, Comparator)> {
    let prev = super::value::before_wrap(text, start)?;
    if !prev.chars().next_back().is_some_and(crate::text::chars::is_cjk_ideograph) {
        return None;
    }
    let joined = [prev, word].concat();
    // The line before is a prefix of `text`: a start inside it is a start in `text`.
    prefix_before(&joined, joined.len()).filter(|&(s, _)| s < prev.len())
}

/// The longer prefix that a hard wrap breaks inside, before the shorter word found at byte
/// `start` (`基础研究投入达⏎到或超过1亿元/年`: 达到或超过, ge, not the gt of 超过 alone; a 若干措施
/// wrapped at 25 characters by the layout check): the last break within [`BROKEN_WORD_REACH`]
/// bytes before the end of `text` joined up ([`super::value::Wrapped::before`], after a full line
/// of prose), read there, taken when it starts before `start`.
fn broken_word(text: &str, start: usize) -> Option<(usize, Comparator)> {
    let w = super::value::Wrapped::before(text, text.len(), BROKEN_WORD_REACH)?;
    w.read_back(prefix_before).filter(|&(s, _)| s < start)
}

/// How far back [`broken_word`] and [`opener_verb_before`] look for a wrap inside a prefix: the
/// longest word ([`MAX_WORD_BYTES`]) and the white space and line break of a wrap.
const BROKEN_WORD_REACH: usize = MAX_WORD_BYTES + crate::text::wrap::MAX_TRAILING_GAP + 2;

/// The comparison `word` (starting at byte `start` of `text`) under a modal negation
/// ([`NEGATIONS`]) written right before it, or `不` at most four ideographs before it (`不
/// 同时担任超过3个`: a verb between; a 不 of [`NEGATIONS`] or [`DISTANT_NEGATIONS`]): where the figure's
/// prefix starts (at an adjacent negation; at the word under a distant 不), and the opposite
/// comparator. `None` for a word that already is one (`不低于`) or
/// is not a strict comparison.
///
/// A hard wrap among the bytes it looks back over is joined up ([`super::value::Wrapped::before`]):
/// `代表总名额不⏎得超过一百六十名` is `不得超过` (le), where `超过` alone would be gt.
fn negated(text: &str, start: usize, word: &str, cmp: Comparator) -> Option<(usize, Comparator)> {
    match super::value::Wrapped::before(text, start, NEGATION_REACH) {
        Some(w) => w.read_back(|joined, _| negated_in(joined, word, cmp)),
        None => negated_in(text.get(..start)?, word, cmp),
    }
}

/// The most bytes before a comparison word that [`negated`] looks back over: the farthest
/// `不` ([`MAX_NEGATION_GAP`] ideographs) and the line break and white space of a wrap.
const NEGATION_REACH: usize = 3 * MAX_NEGATION_GAP + 12;

/// [`negated`] on `head`, the text that ends right before the comparison word `word`.
fn negated_in(head: &str, word: &str, cmp: Comparator) -> Option<(usize, Comparator)> {
    let opposite = match cmp {
        Lt => Ge,
        Gt => Le,
        _ => return None,
    };
    if word.starts_with(NEGATED_HEADS) {
        return None;
    }
    let start = head.len();
    if let Some(n) = NEGATIONS.iter().find(|n| ends_with_word(head, n)) {
        return Some((start - n.len(), opposite));
    }
    let mut end = head.len();
    for _ in 0..MAX_NEGATION_GAP {
        let c = head.get(..end)?.chars().next_back()?;
        if !crate::text::chars::is_cjk_ideograph(c) {
            return None;
        }
        end -= c.len_utf8();
        let from_bu = head.get(end..)?;
        // A distant 不 turns the comparison; the figure starts at the comparison word.
        let modal = NEGATIONS.iter().chain(&DISTANT_NEGATIONS).any(|w| from_bu.starts_with(w));
        if c == NEGATED_HEADS[0] && modal {
            return Some((start, opposite));
        }
    }
    None
}

/// A [`NOUN_OPENERS`] word that bounds the figure right after byte `start` across a verb: with
/// [`MAY`] optionally and a verb of [`OPENER_VERBS`] (`最高奖励50万元`, `最高可获得100万元`,
/// `最高可达50万元`), or with the noun it opens and [`OPENER_COPULA`] (`城市道路最高时速为70公里`,
/// `注册资本最低限额为十亿元`: [`opened_noun_before`]). The opener's start and comparator (its
/// row of [`PREFIXES`]: 最高 `le`, 最低 `ge`).
pub(crate) fn opener_verb_before(text: &str, start: usize) -> Option<(usize, Comparator)> {
    opener_verb_in(text, start).or_else(|| {
        // `每家企业每年最⏎高补助100万元`: a hard wrap inside the opener or its verb.
        super::value::Wrapped::before(text, start, BROKEN_WORD_REACH)?.read_back(opener_verb_in)
    })
}

/// [`opener_verb_before`] in `text` as it is (a wrap right before the figure passed).
fn opener_verb_in(text: &str, start: usize) -> Option<(usize, Comparator)> {
    let head = super::value::words_before(text, start);
    // Both readings need `head` to end with a verb or the copula: one probe before the words.
    if !head.chars().next_back().is_some_and(|c| OPENER_PHRASE_LASTS.contains(c)) {
        return None;
    }
    let head = match OPENER_VERBS.iter().find_map(|v| head.strip_suffix(v)) {
        Some(h) => h.strip_suffix(MAY).unwrap_or(h),
        None => opened_noun_before(head)?,
    };
    let opener = NOUN_OPENERS.iter().find(|o| head.ends_with(*o))?;
    let cmp = PREFIXES.iter().find(|p| p.word == *opener)?.comparator?;
    Some((head.len() - opener.len(), cmp))
}

/// `head` up to the end of a [`NOUN_OPENERS`] word that opens a noun of at most
/// [`MAX_OPENED_NOUN_CHARS`] ideographs, which [`OPENER_COPULA`] (and [`SEVERALLY`] before it)
/// ends: `最高时速为`, `最低保修期限为`, `最高年限分别为` (bench regulations). The noun is the
/// bound's measure; `的` in it (`最低工资标准的`) is a share's phrase, [`across_phrase`]'s. A hard
/// wrap may cut the noun or part it from the opener (`最低保修⏎期限为二年`).
fn opened_noun_before(head: &str) -> Option<&str> {
    let head = head.strip_suffix(OPENER_COPULA)?;
    // `注册资本最低限额⏎为10亿元`: a hard wrap before the copula.
    let head = super::value::words_before(head, head.len());
    let mut head = head.strip_suffix(SEVERALLY).unwrap_or(head);
    for _ in 0..MAX_OPENED_NOUN_CHARS {
        let c = head.chars().next_back().filter(|&c| crate::text::chars::is_cjk_ideograph(c) && c != PHRASE_MARK)?;
        head = super::value::words_before(head, head.len() - c.len_utf8());
        if NOUN_OPENERS.iter().any(|o| head.ends_with(o)) {
            return Some(head);
        }
    }
    None
}

/// The last characters of [`OPENER_VERBS`] and [`OPENER_COPULA`]: the words before a figure
/// that [`opener_verb_before`] reads end with one of them.
static OPENER_PHRASE_LASTS: LazyLock<CharBits> =
    LazyLock::new(|| CharBits::of(OPENER_VERBS.iter().filter_map(|v| v.chars().next_back()).chain([OPENER_COPULA])));

/// The copula after the noun a bound opens (`最高时速为70公里`): [`opened_noun_before`].
const OPENER_COPULA: char = '为';

/// `分别` ("respectively") before [`OPENER_COPULA`]: `最高年龄分别为四十五岁和五十岁`.
const SEVERALLY: &str = "分别";

/// The most ideographs of the noun between a [`NOUN_OPENERS`] word and [`OPENER_COPULA`]
/// (`最低保修期限为二年`: four).
const MAX_OPENED_NOUN_CHARS: usize = 4;

/// The most ideographs between `不` and the comparison it negates ([`negated`]).
const MAX_NEGATION_GAP: usize = 5;

/// A comparison word before a phrase that ends in the figure and holds `的` (`不得超过在校生
/// 总数的15%`, `不低于合同金额的20%`, `未超过纳税人申报的应纳税所得额百分之三十`): its
/// comparator, at most `max_chars` ideographs back, with no punctuation between. Only the
/// words of a bound (ge, gt, le, lt: `约定的3个` is no approximation).
pub(crate) fn across_phrase(text: &str, start: usize, max_chars: usize) -> Option<(usize, Comparator)> {
    let before = text.get(..start)?;
    if !phrase_mark_near(before.as_bytes(), max_chars) {
        return None;
    }
    let by_last = &*BY_LAST;
    let mut end = before.len();
    let mut has_de = false;
    for _ in 0..max_chars {
        let head = before.get(..end)?;
        let c = head.chars().next_back()?;
        if has_de && by_last.all_lasts.contains(c) {
            let row = ending_with(&by_last.all, c).iter().find(|p| ends_with_word(head, p.word));
            // `超出的7.5小时`, `超出部分…的四倍`: a comparison word right before `的` or `部分` is
            // a noun (the excess), no bound: passed over whole (its `超` bounds nothing either).
            let nominal = before.get(end..).is_some_and(|a| a.starts_with(PHRASE_MARK) || a.starts_with(EXCESS_PART));
            if let Some(noun) = row.filter(|_| nominal) {
                end -= noun.word.len();
                continue;
            }
            if let Some(row) = row.filter(|p| !opens_noun(before, end, p.word)) {
                // One-character words end other words too (届满的最后一日).
                let word_like = row.word.chars().nth(1).is_some();
                let cmp = row.comparator.filter(|c| word_like && matches!(c, Ge | Gt | Le | Lt))?;
                let s = end - row.word.len();
                return Some((s, negated(head, s, row.word, cmp).map_or(cmp, |n| n.1)));
            }
        }
        if let Some(open) = bracketed_before(head) {
            // `不得少于工地围墙（挡）面积的三分之一`: a short gloss in brackets is part of the phrase.
            end = open;
            continue;
        }
        if !crate::text::chars::is_cjk_ideograph(c) {
            return None;
        }
        has_de |= c == PHRASE_MARK;
        end -= c.len_utf8();
    }
    None
}

/// An inclusive bound before the noun a share is of, with no `的` between (`不超过研发总投入30%`,
/// `每年给予不超过总运营支出30%`: a city government's 若干措施, Huace_policy-document-analyzer):
/// a comparison word whose reading (its negation applied, [`negated`]) is `ge` or `le`, at most
/// [`MAX_SHARE_BASE_CHARS`] ideographs back with at least one between, none of them `的`
/// ([`across_phrase`] reads that phrase). Its start in `text` and the comparator. A bare `超过`
/// or `高于` is passed over: before a noun it may give the difference (`高于全国平均水平20%`), and a
/// word that opens a noun ([`opens_noun`]: `按当地最低工资标准80%发放`) bounds nothing here.
pub(crate) fn before_share_base(text: &str, start: usize) -> Option<(usize, Comparator)> {
    let before = text.get(..start)?;
    let by_last = &*BY_LAST;
    let mut end = before.len();
    for _ in 0..=MAX_SHARE_BASE_CHARS {
        let head = before.get(..end)?;
        let c = head.chars().next_back()?;
        let row = (end < before.len() && by_last.all_lasts.contains(c))
            .then(|| ending_with(&by_last.all, c).iter().find(|p| ends_with_word(head, p.word)))
            .flatten();
        if let Some(row) = row {
            let s = end - row.word.len();
            let cmp = row.comparator?;
            let cmp = negated(head, s, row.word, cmp).map_or(cmp, |n| n.1);
            let bound = row.word.chars().nth(1).is_some() && matches!(cmp, Ge | Le);
            return (bound && !opens_noun(before, end, row.word)).then_some((s, cmp));
        }
        if !crate::text::chars::is_cjk_ideograph(c) || c == PHRASE_MARK {
            return None;
        }
        end -= c.len_utf8();
    }
    None
}

/// The most ideographs of the noun between a bound and the share it bounds
/// ([`before_share_base`]: `研发总投入`, five; `总运营支出`).
const MAX_SHARE_BASE_CHARS: usize = 6;

/// The start of a bracketed gloss of at most [`MAX_GLOSS_CHARS`] ideographs that `head` ends
/// with (`工地围墙（挡）`, `本校(院)`: bench regulations; `本院（所、系、部）`, the ideographs
/// parted by [`GLOSS_LIST_MARK`]), read by [`across_phrase`].
fn bracketed_before(head: &str) -> Option<usize> {
    let close = head.chars().next_back()?;
    let &(open, _) = INCLUSION_BRACKETS.iter().find(|b| b.1 == close)?;
    let inner = head.get(..head.len() - close.len_utf8())?;
    let mut at = inner.len();
    for c in inner.chars().rev().take(MAX_GLOSS_CHARS + 1) {
        at -= c.len_utf8();
        if c == open {
            let opened = inner.get(at + c.len_utf8()..).and_then(|g| g.chars().next());
            return opened.is_some_and(|g| g != GLOSS_LIST_MARK).then_some(at);
        }
        if !crate::text::chars::is_cjk_ideograph(c) && c != GLOSS_LIST_MARK {
            return None;
        }
    }
    None
}

/// The most ideographs of a bracketed gloss inside a phrase ([`bracketed_before`]).
const MAX_GLOSS_CHARS: usize = 8;

/// The comparator of a figure whose prefix a hard wrap cuts or parts from it (`不超⏎过三分之一`,
/// `每年至少⏎召开一次`, `不超过纳税人申报的应⏎纳税所得额百分之三十`): [`prefix_before`],
/// [`distant_before`] and [`across_phrase`] read the text before byte `start` with its last
/// line break (and the white space around it) taken out, when that break follows an ideograph
/// (a line cut in mid-sentence) within [`MAX_WRAP_LOOKBACK`] bytes. Only a word that starts
/// before the break counts: one after it the rule read in the text itself, and may have
/// passed over (`司法鉴定人⏎应当在届满三十日前`: 届满 before a lead time bounds nothing; was ge).
/// The word's start in `text` and the comparator.
pub(crate) fn across_wrap(text: &str, start: usize) -> Option<(usize, Comparator)> {
    let w = wrap_after_ideograph(text, start)?;
    across_joined(&w).or_else(|| across_second_wrap(&w))
}

/// The words before byte `start` with their last line break joined up ([`across_wrap`]), when
/// the break follows an ideograph. The line before the break from a little before the window: a
/// comparison word (and the 不 that turns it) cut by the window's start is read whole
/// (`不低于劳动合⏎同规定的…的３００％`).
fn wrap_after_ideograph(text: &str, start: usize) -> Option<super::value::Wrapped> {
    super::value::Wrapped::over_last_break(
        text,
        start,
        MAX_WRAP_LOOKBACK,
        MAX_WORD_BYTES,
        crate::text::chars::is_cjk_ideograph,
    )
}

/// The comparator that a second hard wrap cuts as well (`报销金额不超⏎过⏎12000 元`: a line of one
/// character between the two, as a narrow table column wraps): read in `w`'s joined words with
/// their own last break joined up, mapped back to the text.
fn across_second_wrap(w: &super::value::Wrapped) -> Option<(usize, Comparator)> {
    let inner = wrap_after_ideograph(&w.joined, w.joined.len())?;
    across_joined(&inner).map(|(s, c)| (w.map_start(s), c))
}

/// The comparator read in the joined words `w` ([`across_wrap`]) that starts before the break.
fn across_joined(w: &super::value::Wrapped) -> Option<(usize, Comparator)> {
    let end = w.joined.len();
    // A word wholly after the break is one the readers saw in `text` (and the rule judged).
    let cut = |(s, c): (usize, Comparator)| (s < w.cut).then(|| (w.map_start(s), c));
    prefix_before(&w.joined, end)
        .and_then(cut)
        .or_else(|| distant_before(&w.joined, end, MAX_DISTANT_CHARS).and_then(cut))
        .or_else(|| across_phrase(&w.joined, end, MAX_PHRASE_CHARS).and_then(cut))
}

/// How far back, in bytes, [`across_wrap`] looks for the line break of a wrap: a phrase of
/// [`MAX_PHRASE_CHARS`] ideographs.
const MAX_WRAP_LOOKBACK: usize = 3 * MAX_PHRASE_CHARS;

/// How many bytes before its window [`across_wrap`] keeps of the line before the break: a
/// comparison word and a negation before it (`不得超过`, `不低于`: eight ideographs at most).
const MAX_WORD_BYTES: usize = 3 * 8;

/// The most ideographs between a distant prefix and its figure ([`distant_before`]).
pub(crate) const MAX_DISTANT_CHARS: usize = 4;

/// The most ideographs of a phrase between a bound and its figure ([`across_phrase`]).
pub(crate) const MAX_PHRASE_CHARS: usize = 24;

/// True when `word`, ending at byte `end` of `text`, opens a noun there (`最低工资标准`: one of
/// [`NOUN_OPENERS`] before no verb of [`NOUN_OPENER_VERBS`]).
fn opens_noun(text: &str, end: usize, word: &str) -> bool {
    NOUN_OPENERS.contains(&word)
        && text.get(end..).and_then(|a| a.chars().next()).is_none_or(|c| !NOUN_OPENER_VERBS.contains(&c))
}

/// True when [`PHRASE_MARK`] may stand among the last `max_chars` ideographs of `before`
/// (three bytes each): [`across_phrase`] walks only ideographs and takes no word before it
/// has seen the mark, so without one there it finds nothing (most figures). One `memchr`
/// for the mark's middle byte, each hit confirmed.
fn phrase_mark_near(before: &[u8], max_chars: usize) -> bool {
    let mut buf = [0u8; 4];
    let mark = PHRASE_MARK.encode_utf8(&mut buf).as_bytes();
    let (&[m0, m1, m2], from) = (mark, before.len().saturating_sub(max_chars * 3)) else { return true };
    let window = before.get(from..).unwrap_or(&[]);
    memchr::memchr_iter(m1, window).any(|k| k > 0 && window.get(k - 1) == Some(&m0) && window.get(k + 1) == Some(&m2))
}

/// A distant prefix: a row of [`PREFIXES`] that reaches across a verb, at most `max_chars`
/// CJK characters before `start`, with only CJK letters (no punctuation, digits) between.
pub(crate) fn distant_before(text: &str, start: usize, max_chars: usize) -> Option<(usize, Comparator)> {
    let before = text.get(..start)?;
    let by_last = &*BY_LAST;
    // Walk back one character at a time; `c` is the last character of the gap, `prev` the
    // one before it, where a prefix would end.
    let mut chars = before.char_indices().rev();
    let mut current = chars.next();
    for _ in 0..max_chars {
        let Some((at, c)) = current else { break };
        if !crate::text::chars::is_cjk_ideograph(c) {
            break;
        }
        let prev = chars.next();
        if let Some((_, p)) = prev.filter(|&(_, p)| by_last.distant_lasts.contains(p)) {
            let head = before.get(..at)?;
            let row = ending_with(&by_last.distant, p).iter().find(|r| ends_with_word(head, r.word));
            if let Some(row) = row.filter(|r| !inside_word(text, at - r.word.len(), r.word)) {
                // 不得超过原时限的二分之一: a modal negation turns a distant word too.
                let cmp = row.comparator?;
                let s = at - row.word.len();
                return Some((s, negated(head, s, row.word, cmp).map_or(cmp, |n| n.1)));
            }
        }
        current = prev;
    }
    None
}

/// True when the prefix `word` at byte `s` is part of a word of [`NOT_PREFIX_WORDS`] (`约定`,
/// `契约`).
fn inside_word(text: &str, s: usize, word: &str) -> bool {
    // Each place `k` of `word` in a short word is tried by a comparison, with no searcher.
    let at = |w: &str, k: usize| w.get(k..).is_some_and(|t| t.starts_with(word));
    NOT_PREFIX_WORDS.iter().any(|w| {
        w.char_indices().any(|(k, _)| at(w, k) && s >= k && text.get(s - k..).is_some_and(|t| t.starts_with(w)))
    })
}

/// The end of an inclusion mark at byte `pos` ([`inclusion_mark`]), or `pos`.
pub(crate) fn inclusive_end(text: &str, pos: usize) -> usize {
    inclusion_mark(text, pos).map_or(pos, |m| m.0)
}

/// An inclusion mark at byte `pos` (`（含）`, `（含5人）`, `（不含十八摄氏度）`: [`INCLUDES`],
/// [`EXCLUDES`]): its end and whether it excludes the number.
///
/// ```text
/// mark := OPEN ('不含' | '含') TEXT{0,MAX_INCLUSION_CHARS} CLOSE     (TEXT: no punctuation)
/// ```
///
/// A hard wrap may break the text (`高度二十四米以下（含二十四⏎米）`, a bench regulation wrapped
/// as a PDF copy is).
pub(crate) fn inclusion_mark(text: &str, pos: usize) -> Option<(usize, bool)> {
    // Most figures are followed by no bracket: the first byte tells.
    let first = *text.as_bytes().get(pos)?;
    if !INCLUSION_BRACKETS.iter().any(|b| b.0.encode_utf8(&mut [0; 4]).as_bytes().first() == Some(&first)) {
        return None;
    }
    let rest = text.get(pos..)?;
    let open = rest.chars().next()?;
    let &(_, close) = INCLUSION_BRACKETS.iter().find(|b| b.0 == open)?;
    let inner = rest.get(open.len_utf8()..)?;
    let (word, excludes) = if starts_with_word(inner, EXCLUDES) { (EXCLUDES, true) } else { (INCLUDES, false) };
    let body = inner.strip_prefix(word)?;
    let (k, _) = body.char_indices().take(MAX_INCLUSION_CHARS + 1).find(|&(_, c)| !is_mark_text(c))?;
    let end = body.get(k..)?.strip_prefix(close)?;
    Some((text.len() - end.len(), excludes))
}

/// A character the text of an inclusion mark may hold: a letter or digit of any script (a
/// number, its unit, `本数`), a decimal point, a per-cent sign, the space a PDF's text puts
/// between a number and its unit (`5 人以下（含5 人）团体`: a university's 实施办法,
/// sufe-campus-qa), and the line break and white space of a hard wrap.
fn is_mark_text(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '%' | '\n' | '\r') || crate::text::wrap::is_gap(c)
}

/// The suffix words grouped by their first character, in table order within a group, the
/// groups sorted by that character: the rows [`suffix_at`] tries after one binary search,
/// derived from [`SUFFIXES`] (rows with different first characters never both match, so
/// the first row that fits is the table's).
static SUFFIXES_BY_FIRST: LazyLock<Vec<(char, Vec<&'static Suffix>)>> =
    LazyLock::new(|| group_by_char(SUFFIXES.iter(), |s| s.word.chars().next()));

/// The first characters of the words of [`SUFFIXES`]: the probe before the search of
/// [`suffix_at`] (most figures are followed by none).
static SUFFIX_FIRSTS: LazyLock<CharBits> =
    LazyLock::new(|| CharBits::of(SUFFIXES.iter().filter_map(|s| s.word.chars().next())));

/// The suffix at byte `pos`: its end and comparator. `after_span_unit` tells whether the
/// unit before it is one of time or distance (`内` and `上下` follow only those).
pub(crate) fn suffix_at(text: &str, pos: usize, after_span_unit: bool) -> Option<(usize, Comparator)> {
    let found = suffix_here(text, pos, after_span_unit);
    if found.is_some() || !text.as_bytes().get(pos).is_some_and(|&b| b == b'\n' || b == b'\r' || b == b' ') {
        return found;
    }
    // A hard wrap right before the suffix (`三日⏎内`), after a full line of prose.
    let next = super::value::line_break_end(text, pos)?;
    wrapped_prose_line(text, pos).then(|| suffix_here(text, next, after_span_unit)).flatten()
}

/// True when what follows a suffix (`after`) is one of its [`Suffix::only_before`] words or
/// no ideograph, or the suffix has none.
fn followed_as_required(s: &Suffix, after: Option<&str>) -> bool {
    let after = after.unwrap_or("");
    s.only_before.is_empty()
        || !after.chars().next().is_some_and(crate::text::chars::is_cjk_ideograph)
        || s.only_before.iter().any(|w| after.starts_with(w))
}

/// The suffix that starts at byte `pos`, or that a hard wrap breaks (`以⏎上`).
fn suffix_here(text: &str, pos: usize, after_span_unit: bool) -> Option<(usize, Comparator)> {
    let rest = text.get(pos..)?;
    let first = rest.chars().next()?;
    if !SUFFIX_FIRSTS.contains(first) {
        return None;
    }
    let groups = &*SUFFIXES_BY_FIRST;
    let rows = groups.binary_search_by_key(&first, |g| g.0).ok().and_then(|k| groups.get(k))?;
    let blocked =
        |s: &Suffix, len: usize| s.blockers.iter().any(|b| rest.get(len..).is_some_and(|a| starts_with_word(a, b)));
    // A suffix broken by a line break has one among its first bytes: most have none, and
    // they are looked for only when a suffix is not written whole.
    let mut wrapped = None;
    let mut is_wrapped = || {
        *wrapped.get_or_insert_with(|| {
            let window = rest.as_bytes().get(..MAX_WRAPPED_SUFFIX.min(rest.len())).unwrap_or(&[]);
            memchr::memchr(b'\n', window).is_some()
        })
    };
    rows.1.iter().find_map(|s| {
        let len = if starts_with_word(rest, s.word) {
            s.word.len()
        } else if is_wrapped() {
            super::value::wrapped_len(rest, s.word)?
        } else {
            return None;
        };
        let fits =
            (!s.after_span_unit || after_span_unit) && !blocked(s, len) && followed_as_required(s, rest.get(len..));
        fits.then_some((pos + len, s.comparator))
    })
}

/// How far into a suffix [`suffix_here`] looks for the line break that may break it (the
/// longest suffix and the white space around the break).
const MAX_WRAPPED_SUFFIX: usize = 24;

/// True when the line that ends at byte `end` holds at least [`MIN_WRAPPED_LINE`] characters
/// of text after some text before it: a line of prose a hard wrap cut, not a table cell or a
/// heading. Characters, not bytes: a wrapped line with ASCII digits and commas
/// (`建,确保我县学前入园率达96%以上,公办率达60%⏎以上`) is as long as one of ideographs.
fn wrapped_prose_line(text: &str, end: usize) -> bool {
    let Some(head) = text.get(..end) else { return false };
    let mut chars = head.chars().rev();
    let full = chars.by_ref().take(MIN_WRAPPED_LINE).filter(|&c| c != '\n' && c != '\r').count();
    full == MIN_WRAPPED_LINE && chars.next().is_some()
}

/// The fewest characters of a line that [`wrapped_prose_line`] takes for wrapped prose.
const MIN_WRAPPED_LINE: usize = 20;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Comparator::Approx;

    #[test]
    fn prefixes() {
        assert_eq!(prefix_before("不少于2次", 9), Some((0, Ge)));
        assert_eq!(prefix_before("不超过5年", 9).map(|p| p.1), Some(Le));
        assert_eq!(prefix_before("最近3年", 6), None);
        assert_eq!(distant_before("至少组织2次", 12, 4), Some((0, Ge)));
        assert_eq!(distant_before("不得超过原时限的二分之一", "不得超过原时限的".len(), 4), Some(("不得".len(), Le)));
        assert_eq!(suffix_at("以上。", 0, false), Some((6, Ge)));
    }

    /// Every row of the table is found where it stands before a figure (约为 was not, behind
    /// a hand-written filter of last characters).
    #[test]
    fn every_prefix_row_is_reachable() {
        for row in PREFIXES {
            let text = format!("{}5", row.word);
            let found = prefix_before(&text, row.word.len());
            assert_eq!(found, row.comparator.map(|c| (0, c)), "{}", row.word);
        }
        assert_eq!(prefix_before("约为5", "约为".len()), Some((0, Approx)));
    }

    #[test]
    fn every_suffix_row_is_reachable() {
        for s in SUFFIXES {
            assert_eq!(suffix_at(s.word, 0, true), Some((s.word.len(), s.comparator)), "{}", s.word);
            for b in s.blockers {
                assert_eq!(suffix_at(&format!("{}{b}", s.word), 0, true).filter(|f| f.0 == s.word.len()), None);
            }
        }
    }
}
