//! The clause around a figure: change phrases, modality and deadline.
//!
//! Grammar (a clause is the sentence around the figure, cut at 。；！？ and line breaks,
//! at most [`WINDOW`] bytes each way):
//!
//! ```text
//! change   := ('由'|'从') FIGURE VERB ('到'|'至'|'为') FIGURE       由40%提高到60%: From, To
//!           | VERB ('到'|'至'|'为') FIGURE                         提高到65%: To
//!           | VERB '了'? FIGURE                                   增长6%, 下降2个百分点: By
//! VERB     := UP | DOWN;  UP := 提高 提升 增加 增长 扩大 上升 上涨 上调 增 升 …
//!                         DOWN := 降低 下降 减少 缩小 压缩 下调 回落 下滑 降 减 …
//! modality := the last of 确保|保证|务必 (ensure) 力争|争取|努力|力求 (strive) 原则上
//!             必须|应当|须 (must) 可以 (may) 不得|禁止|严禁 (forbidden) 预计|预期 (expected)
//!             before the figure in its clause
//! deadline := ('到'|'至'|'在'|'于') YEAR_OR_DATE | YEAR_OR_DATE ('前'|'以前'|'之前')
//!             anywhere in the clause (到2025年, 2024年底前)
//! ```

use super::value::{ends_with_word, starts_with_word};
use crate::lexicon::CharBits;
use crate::lexicon::clauses::{
    CHANGE_LINKS, DEADLINE_AFTER, DEADLINE_BEFORE, DOWN, FROM_MARKERS, FROM_STOPS, MODALITY_WORDS, NOT_DEADLINE_AFTER,
    NOT_DEADLINE_BEFORE, PERFECTIVE, UP,
};
use crate::model::{Change, ChangeRole, Deadline, Direction, Modality, Quantity, QuantityKind};
use crate::text::Span;
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::LazyLock;

/// Bytes looked at on each side of a figure for its clause.
const WINDOW: usize = 600;

/// The last characters of the verbs of [`UP`] and [`DOWN`]: the quick test of
/// [`verb_at_end`] (most figures follow no verb), derived from the tables.
static VERB_ENDS: LazyLock<CharBits> =
    LazyLock::new(|| CharBits::of(UP.iter().chain(DOWN).filter_map(|v| v.chars().next_back())));

/// The change verb at the end of `before`: its start (byte in `before`) and direction.
fn verb_at_end(before: &str) -> Option<(usize, Direction)> {
    // Most figures follow no verb: one character tells.
    if !before.chars().next_back().is_some_and(|c| VERB_ENDS.contains(c)) {
        return None;
    }
    let mut best: Option<(usize, Direction)> = None;
    for (list, dir) in [(UP, Direction::Up), (DOWN, Direction::Down)] {
        for v in list {
            if ends_with_word(before, v) {
                let s = before.len() - v.len();
                if best.is_none_or(|b| s < b.0) {
                    best = Some((s, dir));
                }
            }
        }
    }
    best
}

/// The change verb directly before byte `start`: (verb start, direction, ends with 到/至/为).
fn change_before(text: &str, start: usize) -> Option<(usize, Direction, bool)> {
    let before = text.get(..start)?.trim_end_matches(super::unit::is_gap);
    if let Some(stem) = before.strip_suffix(CHANGE_LINKS) {
        let (s, d) = verb_at_end(stem)?;
        return Some((s, d, true));
    }
    let stem = before.strip_suffix(PERFECTIVE).unwrap_or(before);
    let (s, d) = verb_at_end(stem)?;
    Some((s, d, false))
}

static MODALITY: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(MODALITY_WORDS.iter().map(|w| w.0)).ok()
});

/// True when byte `i` of `b` ends a clause: a line break, `。` or `；`.
fn ends_clause(b: &[u8], i: usize) -> bool {
    match b.get(i) {
        Some(b'\n' | b'\r') => true,
        Some(0x82) => i >= 2 && b.get(i - 2..i) == Some(&[0xE3, 0x80]),
        Some(0x9B) => i >= 2 && b.get(i - 2..i) == Some(&[0xEF, 0xBC]),
        _ => false,
    }
}

/// The start of the clause (sentence) containing byte `pos`: after the last boundary before
/// it, at most [`WINDOW`] bytes back. Boundary bytes are found with `memrchr3`, then
/// confirmed.
fn clause_start(text: &str, pos: usize) -> usize {
    let b = text.as_bytes();
    let lo = pos.saturating_sub(WINDOW);
    let mut start = lo;
    let mut hay_end = pos;
    while let Some(k) = b.get(lo..hay_end).and_then(|h| memchr::memrchr3(b'\n', 0x82, 0x9B, h)) {
        if ends_clause(b, lo + k) {
            start = lo + k + 1;
            break;
        }
        hay_end = lo + k;
    }
    crate::text::ceil_char_boundary(text, start)
}

/// The end of the clause containing byte `pos`: the first boundary at or after it, at most
/// [`WINDOW`] bytes on. Boundary bytes are found with `memchr3`, then confirmed.
fn clause_end(text: &str, pos: usize) -> usize {
    let b = text.as_bytes();
    let hi = pos.saturating_add(WINDOW).min(b.len());
    let mut end = hi;
    let mut from = pos;
    while let Some(k) = b.get(from..hi).and_then(|h| memchr::memchr3(b'\n', 0x82, 0x9B, h)) {
        let at = from + k;
        if ends_clause(b, at) {
            // The clause ends before the boundary character.
            end = if b.get(at) == Some(&b'\n') || b.get(at) == Some(&b'\r') { at } else { at - 2 };
            break;
        }
        from = at + 1;
    }
    crate::text::floor_char_boundary(text, end)
}

fn is_deadline(text: &str, q: &Quantity) -> bool {
    if !matches!(q.kind, QuantityKind::Year | QuantityKind::Date) {
        return false;
    }
    let before = text.get(..q.span.start as usize).unwrap_or("");
    let after = text.get(q.span.end as usize..).unwrap_or("");
    if NOT_DEADLINE_BEFORE.iter().any(|w| before.ends_with(w)) {
        return false;
    }
    let pre = DEADLINE_BEFORE.iter().any(|w| ends_with_word(before, w));
    let post = DEADLINE_AFTER.iter().any(|w| starts_with_word(after, w));
    (pre && !after.starts_with(NOT_DEADLINE_AFTER)) || post
}

/// Fills `change`, `modality` and `deadline` of the figures (sorted by start).
pub(crate) fn annotate(text: &str, qs: &mut [Quantity]) {
    changes(text, qs);
    // Modality and deadline, clause by clause; the two lists are reused for every clause.
    let mut cues: Vec<(usize, Modality)> = Vec::new();
    let mut deadlines: Vec<Deadline> = Vec::new();
    let mut i = 0;
    while i < qs.len() {
        let Some(first) = qs.get(i) else { break };
        // The clause is [clause_start, clause_end) of its first figure; for a figure's
        // start (a char boundary) the end is never before the start.
        let pos = first.span.start as usize;
        let ce = clause_end(text, pos);
        let mut j = i;
        while qs.get(j).is_some_and(|q| (q.span.start as usize) < ce) {
            j += 1;
        }
        let group = qs.get_mut(i..j).unwrap_or(&mut []);
        i = j.max(i + 1);
        // Only quantities take a modality and a deadline: the last one bounds the cues.
        let Some(last) = group.iter().filter(|q| q.kind == QuantityKind::Quantity).map(|q| q.span.start).max() else {
            continue;
        };
        deadlines.clear();
        deadlines.extend(
            group
                .iter()
                .filter(|q| is_deadline(text, q))
                .map(|q| Deadline { span: q.span, year: year_of(text, q.span) }),
        );
        modality_cues(text, clause_start(text, pos), last as usize, &mut cues);
        for q in group.iter_mut().filter(|q| q.kind == QuantityKind::Quantity) {
            q.modality = cues.iter().rev().find(|c| c.0 <= q.span.start as usize).map(|c| c.1);
            q.deadline =
                deadlines.iter().rev().find(|d| d.span.end <= q.span.start).or_else(|| deadlines.first()).copied();
        }
    }
}

/// Fills `change` of the quantities: the change verb before each, and 由A … B pairs.
fn changes(text: &str, qs: &mut [Quantity]) {
    for i in 0..qs.len() {
        let Some(q) = qs.get(i) else { continue };
        if q.kind != QuantityKind::Quantity {
            continue;
        }
        // 增长约10%, 提高不少于5个百分点: a comparator word the figure took stands between the
        // verb and the number; the verb before it changes the figure all the same.
        let found = change_before(text, q.number.start as usize)
            .or_else(|| (q.span.start < q.number.start).then(|| change_before(text, q.span.start as usize)).flatten());
        let Some((vstart, dir, to)) = found else { continue };
        let verb = Span::from_usize(vstart, q.number.start as usize);
        let value = q.value;
        let mut change = Change {
            role: if to { ChangeRole::To } else { ChangeRole::By },
            direction: dir,
            from: None,
            to: None,
            verb,
        };
        if to {
            change.to = value;
            // 由A提高到B: the figure just before the verb, after 由/从.
            if let Some(prev) = i.checked_sub(1).and_then(|j| qs.get(j)) {
                let gap = text.get(prev.span.end as usize..vstart).unwrap_or("x");
                let lead = text.get(..prev.span.start as usize).unwrap_or("");
                if prev.kind == QuantityKind::Quantity
                    && gap.trim_matches(super::unit::is_gap).is_empty()
                    && from_marker(lead)
                {
                    change.from = prev.value;
                    let from = Change { role: ChangeRole::From, ..change };
                    if let Some(p) = i.checked_sub(1).and_then(|j| qs.get_mut(j)) {
                        p.change = Some(from);
                    }
                }
            }
        }
        if let Some(q) = qs.get_mut(i) {
            q.change = Some(change);
        }
    }
}

/// True when `由` or `从` ([`FROM_MARKERS`]) opens the phrase ending `lead`, at most eight
/// characters back with no punctuation ([`FROM_STOPS`]) between (由15%, 从月销售额3万元).
fn from_marker(lead: &str) -> bool {
    for c in lead.chars().rev().take(8) {
        if FROM_MARKERS.contains(&c) {
            return true;
        }
        if FROM_STOPS.contains(&c) {
            return false;
        }
    }
    false
}

fn year_of(text: &str, span: Span) -> Option<u32> {
    let s = span.slice(text);
    let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
    if digits.len() == 4 { digits.parse().ok() } else { None }
}

/// The modality words of the clause from byte `from` that end at or before byte `upto`
/// (the start of its last quantity), in order: (end byte, modality), into `out`. Later
/// words serve no figure; by the property of [`MODALITY_WORDS`] the search of
/// `text[from..upto]` finds just the words the whole clause has there.
fn modality_cues(text: &str, from: usize, upto: usize, out: &mut Vec<(usize, Modality)>) {
    out.clear();
    let Some(ac) = MODALITY.as_ref() else { return };
    let Some(hay) = text.get(from..upto) else { return };
    let found =
        ac.find_iter(hay).filter_map(|m| MODALITY_WORDS.get(m.pattern().as_usize()).map(|w| (from + m.end(), w.1)));
    out.extend(found);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_verb_is_found() {
        for v in UP.iter().chain(DOWN) {
            let text = format!("比例{v}5%");
            assert!(change_before(&text, text.len() - 2).is_some(), "{v}");
        }
    }

    #[test]
    fn negative_growth_is_a_fall() {
        // 负增长3% falls by 3 %, as 下降3% does; 增长3% rises.
        for (text, dir) in [("出现负增长3%", Direction::Down), ("同比增长3%", Direction::Up)] {
            let found = change_before(text, text.len() - 2).map(|c| c.1);
            assert!(found == Some(dir), "{text}: {found:?}");
        }
    }
}
