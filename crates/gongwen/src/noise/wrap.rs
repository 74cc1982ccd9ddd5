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

use super::text::{char_at, char_before, char_count, is_blank_char};
use super::{Noise, NoiseKind};
use crate::span::Span;

/// Narrowest page width, in chars, that counts.
const MIN_WIDTH: usize = 12;
/// Widest page width, in chars, that counts.
const MAX_WIDTH: usize = 80;
/// How many distances must agree on the width.
const MIN_SUPPORT: usize = 4;
/// How far (in chars) a distance may be from the width and still count as one wrap.
const SLACK: usize = 2;

/// Finds the wrap spaces of `text` and appends them to `out`.
pub(super) fn detect(text: &str, out: &mut Vec<Noise>) {
    let bytes = text.as_bytes();
    // Candidates with their distance (in chars) to the previous candidate on the same line.
    let mut cands: Vec<(usize, Option<usize>)> = Vec::new();
    let mut prev: Option<usize> = None;
    for i in memchr::memchr_iter(b' ', bytes) {
        let (Some(b), Some(a)) = (char_before(text, i), char_at(text, i + 1)) else { continue };
        if is_blank_char(b) || is_blank_char(a) || (b.is_ascii() && a.is_ascii()) {
            continue;
        }
        let gap = prev.and_then(|p| {
            let between = bytes.get(p + 1..i)?;
            if memchr::memchr2(b'\n', b'\r', between).is_some() { None } else { Some(char_count(between) + 1) }
        });
        cands.push((i, gap));
        prev = Some(i);
    }
    if cands.len() <= MIN_SUPPORT {
        return;
    }
    let mut hist = [0usize; MAX_WIDTH + 2];
    let mut total = 0usize;
    for &(_, gap) in &cands {
        if let Some(g) = gap {
            total += 1;
            if let Some(h) = hist.get_mut(g) {
                *h += 1;
            }
        }
    }
    let support = |w: usize| -> usize { (w - 1..=w + 1).filter_map(|x| hist.get(x)).sum() };
    let Some(width) = (MIN_WIDTH..=MAX_WIDTH).max_by_key(|&w| (support(w), hist.get(w).copied().unwrap_or(0))) else {
        return;
    };
    let s = support(width);
    if s < MIN_SUPPORT || s * 3 < total {
        return;
    }
    let fits = |g: Option<usize>| g.is_some_and(|g| g.abs_diff(width) <= SLACK);
    for (k, &(at, gap)) in cands.iter().enumerate() {
        let next_gap = cands.get(k + 1).and_then(|&(_, g)| g);
        if fits(gap) || fits(next_gap) {
            out.push(Noise::new(NoiseKind::WrapSpace, Span::from_usize(at, at + 1)));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::noise::{NoiseKind, detect};

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
