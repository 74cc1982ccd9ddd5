//! Wrap spaces: the single spaces a PDF or Word extractor leaves where it joined wrapped
//! lines (`实 施“十四五”规划`, `坚持 以习近平…`).
//!
//! A space inside a line between two non-blank chars, at least one of them not ASCII, is a
//! candidate. One candidate proves nothing — `第一章 总则`, `2024年3月1日 某某局` use spaces as
//! separators. The evidence is the page width: an extractor wraps every `W` chars, so in a
//! wrapped document the distances between consecutive candidates on a line pile up at one
//! width. When at least [`MIN_SUPPORT`] distances (and a third of all of them) fall within
//! one char of the commonest width `W` (between [`MIN_WIDTH`] and [`MAX_WIDTH`] chars), the
//! candidates that sit `W ± 2` chars from a neighbouring candidate are wrap spaces. Others
//! are left alone: if in doubt, leave it out (headings drop white space anyway).

use super::text::{char_at, char_before, char_count};
use crate::model::{Noise, NoiseKind};
use crate::text::Span;
use crate::text::chars::{SPACE, is_space};
use crate::text::lines::Line;

/// Narrowest page width, in chars, that counts.
const MIN_WIDTH: usize = 12;
/// Widest page width, in chars, that counts.
const MAX_WIDTH: usize = 80;
/// How many distances must agree on the width.
const MIN_SUPPORT: usize = 4;
/// How far (in chars) a distance may be from the width and still count as one wrap.
const SLACK: usize = 2;

/// Two consecutive candidates on one line, and the distance between them in chars.
#[derive(Clone, Copy, Debug)]
pub(super) struct Pair {
    left: usize,
    right: usize,
    chars: usize,
}

/// Finds the wrap spaces among `pairs` (see [`Spaces`]) and appends them to `out`.
pub(super) fn detect(pairs: &[Pair], out: &mut Vec<Noise>) {
    let Some(width) = page_width(pairs) else { return };
    // A candidate is a wrap space when it sits at the width from a neighbour on either
    // side; pairs come in document order, so a candidate shared by two is pushed once.
    let mut last: Option<usize> = None;
    for pair in pairs.iter().filter(|p| p.chars.abs_diff(width) <= SLACK) {
        for at in [pair.left, pair.right] {
            if last.is_none_or(|l| at > l) {
                out.push(Noise::new(NoiseKind::WrapSpace, Span::from_usize(at, at + 1)));
                last = Some(at);
            }
        }
    }
}

/// Collects the pairs of consecutive candidates on the same line from the spaces of a text,
/// given in document order (the caller finds them with memchr). A cursor over the lines
/// tells which line each space is on. A space alone on its line pairs with nothing, so the
/// first space of a line is only classified once a second one turns up.
#[derive(Debug)]
pub(super) struct Spaces<'t> {
    text: &'t str,
    all: &'t [Line],
    cursor: usize,
    /// The line of the last space, its first space while not classified, its last candidate.
    line: Option<usize>,
    first: Option<usize>,
    last: Option<usize>,
    pairs: Vec<Pair>,
}

impl<'t> Spaces<'t> {
    /// For `text`, whose lines are `all`.
    pub(super) fn new(text: &'t str, all: &'t [Line]) -> Self {
        Spaces { text, all, cursor: 0, line: None, first: None, last: None, pairs: Vec::new() }
    }

    /// Takes the space at byte `at`, which comes after those taken before.
    pub(super) fn push(&mut self, at: usize) {
        while self.all.get(self.cursor).is_some_and(|l| l.end <= at) {
            self.cursor += 1;
        }
        if self.line != Some(self.cursor) {
            (self.line, self.first, self.last) = (Some(self.cursor), Some(at), None);
            return;
        }
        if let Some(space) = self.first.take() {
            self.last = Some(space).filter(|&s| is_candidate(self.text, s));
        }
        if is_candidate(self.text, at) {
            if let Some(left) = self.last {
                let chars = self.text.get(left + 1..at).map_or(0, char_count) + 1;
                self.pairs.push(Pair { left, right: at, chars });
            }
            self.last = Some(at);
        }
    }

    /// The pairs, in document order.
    pub(super) fn into_pairs(self) -> Vec<Pair> {
        self.pairs
    }
}

/// True when the space at byte `at` sits between two non-blank chars, at least one of them
/// not ASCII.
fn is_candidate(text: &str, at: usize) -> bool {
    match (side_before(text, at), side_after(text, at)) {
        (Some(b), Some(a)) => b != Side::Blank && a != Side::Blank && (b == Side::Wide || a == Side::Wide),
        _ => false,
    }
}

/// What a char next to a space is, for the candidate rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    Blank,
    /// ASCII, not blank.
    Ascii,
    /// Neither ASCII nor blank.
    Wide,
}

impl Side {
    fn of(c: char) -> Side {
        if is_space(c) {
            Side::Blank
        } else if c.is_ascii() {
            Side::Ascii
        } else {
            Side::Wide
        }
    }
}

/// The char ending at byte `at` (a space follows it), if any. Most often an ASCII byte or a
/// 3-byte CJK char; either is told from one byte, a CJK char from its lead byte when no
/// blank char starts with it. Other chars are decoded.
fn side_before(text: &str, at: usize) -> Option<Side> {
    let bytes = text.as_bytes();
    match at.checked_sub(1).and_then(|i| bytes.get(i)) {
        None => return None,
        Some(&b) if b.is_ascii() => return Some(Side::of(char::from(b))),
        Some(_) => {}
    }
    // A 3-byte lead three bytes back starts the char that ends at `at`.
    if let Some(&lead) = at.checked_sub(3).and_then(|i| bytes.get(i)) {
        if (0xE0..=0xEF).contains(&lead) && !SPACE.may_start(lead) {
            return Some(Side::Wide);
        }
    }
    char_before(text, at).map(Side::of)
}

/// The char after the space at byte `at`, if any: its first byte tells, unless a blank char
/// may start with it.
fn side_after(text: &str, at: usize) -> Option<Side> {
    let first = *text.as_bytes().get(at + 1)?;
    if first.is_ascii() {
        Some(Side::of(char::from(first)))
    } else if !SPACE.may_start(first) {
        Some(Side::Wide)
    } else {
        char_at(text, at + 1).map(Side::of)
    }
}

/// The page width the distances agree on, if they do: the commonest distance `W` in
/// [`MIN_WIDTH`]`..=`[`MAX_WIDTH`], counting those within one char of it, when at least
/// [`MIN_SUPPORT`] of them and a third of all distances fall there.
fn page_width(pairs: &[Pair]) -> Option<usize> {
    // Fewer distances than the support needed: no width, without a histogram.
    if pairs.len() < MIN_SUPPORT {
        return None;
    }
    let mut hist = [0usize; MAX_WIDTH + 2];
    for pair in pairs {
        if let Some(h) = hist.get_mut(pair.chars) {
            *h += 1;
        }
    }
    let support = |w: usize| -> usize { (w - 1..=w + 1).filter_map(|x| hist.get(x)).sum() };
    let width = (MIN_WIDTH..=MAX_WIDTH).max_by_key(|&w| (support(w), hist.get(w).copied().unwrap_or(0)))?;
    let s = support(width);
    (s >= MIN_SUPPORT && s * 3 >= pairs.len()).then_some(width)
}

#[cfg(test)]
mod tests {
    use crate::model::NoiseKind;
    use crate::noise::detect;

    fn wraps(text: &str) -> usize {
        detect(text).iter().filter(|n| n.kind == NoiseKind::WrapSpace).count()
    }

    #[test]
    fn regular_spaces_are_wraps() {
        let line = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉";
        let text = format!("{line} {line} {line} {line} {line} {line}。\n");
        assert_eq!(wraps(&text), 5, "a space every 21 chars");
    }

    #[test]
    fn separators_are_not_wraps() {
        let text = "第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于本市。\n某某局 2024年3月1日\n";
        assert_eq!(wraps(text), 0, "separators after markers and in signatures");
    }
}
