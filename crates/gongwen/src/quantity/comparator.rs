//! Comparators: the words that say how a figure compares with its number.
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
use crate::model::Comparator;
use std::sync::LazyLock;

/// A prefix word: its comparator, or `None` for a word that only looks like one (最近 is
/// not 近).
type Prefix = (&'static str, Option<Comparator>);

use Comparator::{Approx, Eq, Ge, Gt, Le, Lt};

/// Prefix words, longest first where one ends another.
static PREFIXES: &[Prefix] = &[
    ("不少于", Some(Ge)),
    ("不低于", Some(Ge)),
    ("不小于", Some(Ge)),
    ("不下于", Some(Ge)),
    ("至少", Some(Ge)),
    ("最少", Some(Ge)),
    ("最低", Some(Ge)),
    ("不满", Some(Lt)),
    ("未满", Some(Lt)),
    ("已满", Some(Ge)),
    ("满", Some(Ge)),
    ("不超过", Some(Le)),
    ("不超出", Some(Le)),
    ("不高于", Some(Le)),
    ("不多于", Some(Le)),
    ("不大于", Some(Le)),
    ("最多", Some(Le)),
    ("至多", Some(Le)),
    ("最高", Some(Le)),
    ("超过", Some(Gt)),
    ("超出", Some(Gt)),
    ("高于", Some(Gt)),
    ("多于", Some(Gt)),
    ("大于", Some(Gt)),
    ("逾", Some(Gt)),
    ("不足", Some(Lt)),
    ("不到", Some(Lt)),
    ("少于", Some(Lt)),
    ("低于", Some(Lt)),
    ("小于", Some(Lt)),
    ("大约", Some(Approx)),
    ("约为", Some(Approx)),
    ("约", Some(Approx)),
    ("将近", Some(Approx)),
    ("接近", Some(Approx)),
    ("最近", None),
    ("附近", None),
    ("近", Some(Approx)),
    ("大概", Some(Approx)),
    ("达到", Some(Eq)),
    ("到达", Some(Eq)),
    ("达", Some(Eq)),
    ("提高到", Some(Eq)),
    ("提高至", Some(Eq)),
    ("提升到", Some(Eq)),
    ("提升至", Some(Eq)),
    ("扩大到", Some(Eq)),
    ("扩大至", Some(Eq)),
    ("增加到", Some(Eq)),
    ("增加至", Some(Eq)),
    ("增长到", Some(Eq)),
    ("增长至", Some(Eq)),
    ("上升到", Some(Eq)),
    ("上升至", Some(Eq)),
    ("增至", Some(Eq)),
    ("升至", Some(Eq)),
    ("降低到", Some(Eq)),
    ("降低至", Some(Eq)),
    ("下降到", Some(Eq)),
    ("下降至", Some(Eq)),
    ("减少到", Some(Eq)),
    ("减少至", Some(Eq)),
    ("缩小到", Some(Eq)),
    ("缩小至", Some(Eq)),
    ("压缩到", Some(Eq)),
    ("压缩至", Some(Eq)),
    ("降到", Some(Eq)),
    ("降至", Some(Eq)),
    ("控制在", Some(Eq)),
    ("保持在", Some(Eq)),
    ("稳定在", Some(Eq)),
];

/// Prefixes that still count when a verb separates them from the figure (至少组织2次).
static DISTANT: &[Prefix] = &[
    ("不少于", Some(Ge)),
    ("不低于", Some(Ge)),
    ("至少", Some(Ge)),
    ("最少", Some(Ge)),
    ("不超过", Some(Le)),
    ("最多", Some(Le)),
    ("至多", Some(Le)),
    ("超过", Some(Gt)),
    ("不足", Some(Lt)),
    ("约", Some(Approx)),
    ("大约", Some(Approx)),
];

/// Suffix words after the unit: text, comparator, needs a [`super::unit::TAKES_NEI`] unit.
static SUFFIXES: &[(&str, Comparator, bool)] = &[
    ("及以上", Ge, false),
    ("或以上", Ge, false),
    ("以上", Ge, false),
    ("及以下", Le, false),
    ("或以下", Le, false),
    ("以下", Le, false),
    ("以内", Le, false),
    ("之内", Le, false),
    ("以外", Gt, false),
    ("左右", Approx, false),
    ("上下", Approx, true),
    ("内", Le, true),
];

/// The prefix directly before byte `start` (white space allowed between): its first byte
/// and comparator. `None` when there is none or it is a blocker word.
pub(crate) fn prefix_before(text: &str, start: usize) -> Option<(usize, Comparator)> {
    let before = text.get(..start)?;
    let trimmed = before.trim_end_matches(super::unit::is_gap);
    // At most two gap characters.
    if before.len() - trimmed.len() > 6 {
        return None;
    }
    // Only words ending with one of these characters count (so 约为, ending with 为, never
    // does): test that first.
    let last = trimmed.chars().next_back().filter(|&c| {
        matches!(
            c,
            '于' | '少'
                | '低'
                | '小'
                | '满'
                | '超'
                | '过'
                | '出'
                | '多'
                | '大'
                | '逾'
                | '足'
                | '到'
                | '约'
                | '近'
                | '概'
                | '达'
                | '至'
                | '在'
                | '高'
        )
    })?;
    for (word, cmp) in prefixes_ending_with(last) {
        if ends_with_word(trimmed, word) {
            let cmp = (*cmp)?;
            // 不足/不到 may be the end of 远远不足 … fine; but 达 in 到达 or 高达 stays eq.
            let start = trimmed.len() - word.len();
            return Some(negated(trimmed, start, word, cmp).unwrap_or((start, cmp)));
        }
    }
    None
}

/// Modal negations that turn a strict comparison into its inclusive opposite: `不得低于80%`
/// is "at least 80%" (`ge`), `不得超过3个月` "at most 3 months" (`le`).
const NEGATIONS: [&str; 7] = ["不得", "不应", "不能", "不宜", "不可", "不准", "不许"];

/// The comparison `word` (starting at byte `start` of `text`) under a modal negation
/// written right before it: where the negation starts, and the opposite comparator.
/// `None` for a word that already is one (`不低于`) or is not a strict comparison.
fn negated(text: &str, start: usize, word: &str, cmp: Comparator) -> Option<(usize, Comparator)> {
    let opposite = match cmp {
        Lt => Ge,
        Gt => Le,
        _ => return None,
    };
    if word.starts_with(['不', '未']) {
        return None;
    }
    let head = text.get(..start)?;
    NEGATIONS.iter().find(|n| ends_with_word(head, n)).map(|n| (start - n.len(), opposite))
}

/// [`PREFIXES`] grouped by their last character, in table order within a group, sorted by
/// that character.
static PREFIXES_BY_LAST: LazyLock<Vec<(char, Vec<Prefix>)>> = LazyLock::new(|| {
    let mut groups: Vec<(char, Vec<Prefix>)> = Vec::new();
    for &(word, cmp) in PREFIXES {
        let Some(last) = word.chars().next_back() else { continue };
        match groups.iter_mut().find(|g| g.0 == last) {
            Some(g) => g.1.push((word, cmp)),
            None => groups.push((last, vec![(word, cmp)])),
        }
    }
    groups.sort_by_key(|g| g.0);
    groups
});

/// The prefix words that end with `last`, in [`PREFIXES`] order: one binary search.
fn prefixes_ending_with(last: char) -> &'static [Prefix] {
    let groups = &*PREFIXES_BY_LAST;
    groups.binary_search_by_key(&last, |g| g.0).ok().and_then(|k| groups.get(k)).map_or(&[], |g| &g.1)
}

/// A distant prefix: one of [`DISTANT`] at most `max_chars` CJK characters before
/// `start`, with only CJK letters (no punctuation, digits) between.
pub(crate) fn distant_before(text: &str, start: usize, max_chars: usize) -> Option<Comparator> {
    let before = text.get(..start)?;
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
        if prev.is_some_and(|(_, p)| matches!(p, '于' | '少' | '过' | '多' | '足' | '约')) {
            let head = before.get(..at)?;
            for (word, cmp) in DISTANT {
                if ends_with_word(head, word) {
                    return *cmp;
                }
            }
        }
        current = prev;
    }
    None
}

/// The suffix at byte `pos`: its end and comparator.
pub(crate) fn suffix_at(text: &str, pos: usize, takes_nei: bool) -> Option<(usize, Comparator)> {
    let rest = text.get(pos..)?;
    if !rest.chars().next().is_some_and(|c| matches!(c, '及' | '或' | '以' | '之' | '左' | '上' | '内')) {
        return None;
    }
    for (word, cmp, needs) in SUFFIXES {
        if starts_with_word(rest, word) && (!needs || takes_nei) {
            let after = rest.get(word.len()..).unwrap_or("");
            // 内 must not begin another word: 内设, 内部, 内容.
            if *word == "内" && after.chars().next().is_some_and(|c| "设部容涵外地蒙科在心务需控".contains(c))
            {
                continue;
            }
            if *word == "上下" && after.chars().next().is_some_and(|c| "游级联功".contains(c)) {
                continue;
            }
            return Some((pos + word.len(), *cmp));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes() {
        assert_eq!(prefix_before("不少于2次", 9), Some((0, Ge)));
        assert_eq!(prefix_before("不超过5年", 9).map(|p| p.1), Some(Le));
        assert_eq!(prefix_before("最近3年", 6), None);
        assert_eq!(distant_before("至少组织2次", 12, 4), Some(Ge));
        assert_eq!(suffix_at("以上。", 0, false), Some((6, Ge)));
    }
}
