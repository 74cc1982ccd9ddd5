//! Quantitative clauses: every figure that says how much or how many.
//!
//! A quantity is a number (Arabic, Chinese, full-width, or a template placeholder) with a
//! unit or a per-cent sign, its comparator (以上, 不少于, 超过, 以内, 低于, 约, 左右 …, with
//! the inclusivity of 民法典 第一千二百五十九条) and a [`QuantityKind`] that tells a target
//! from a year, a date, an ordinal, a document number or a numbered slogan.
//!
//! Pipeline (each step in its own module, each module opens with its grammar):
//!
//! ```text
//! candidates ASCII digits, x X *, CJK numerals, full-width digits           (candidates.rs)
//! number     arabic | chinese | fraction | placeholder, then 余/多 and 万/亿   (value.rs)
//! rules      the ordered rules a figure passes: ordinal, date, slogan, range,
//!            unit, year, comparator, count, kind                           (rules/)
//! clause     change (由A提高到B), modality (确保/力争/原则上), deadline (到2025年) (clause.rs)
//! ```
//!
//! The words the rules look for are tables of [`crate::lexicon`] (`units`, `comparators`,
//! `kinds`, `figures`, `clauses`); `unit.rs`, `comparator.rs` and `kind.rs` read them.
//!
//! Rules, not lists: a bare Chinese 一 is an indefinite article unless a comparator or a
//! post-positioned count (主任一人。) makes it a count; a placeholder is a figure only
//! directly before a measure word, 万/亿 or %; digits glued to letters, `/`, `:` or `+`
//! are identifiers, page counters, times or formulas. Figures never overlap the `skip`
//! spans (outline markers) nor noise other than a wrap space inside them.

use crate::lexicon::comparators::{EQUAL_BOUND_LINKS, SHARED_BOUND_LINKS, SUFFIXES};
use crate::model::{Comparator, Quantity, QuantityKind};
use crate::noise::NoiseMap;
use crate::scan::{Cursor, Positions};
use crate::text::Span;
use std::cell::Cell;

mod candidates;
mod clause;
mod comparator;
mod kind;
mod rules;
mod unit;
mod value;

pub(crate) use value::unreadable;

use crate::lexicon::figures::{DOUBLE_DASHES, is_date_list_link, is_range_separator, is_shared_ordinal_link};
use rules::Reading;

/// Finds the figures of `text`, sorted by start, skipping noise and the `skip` spans
/// (outline markers); `figures` are the candidates the pass over the bytes marked.
///
/// Linear: candidates are read in order by [`candidates::next_candidate`] (which passes
/// over the skip spans itself), every grammar looks at a bounded window, and the reading
/// resumes after whatever was consumed.
pub(crate) fn find(text: &str, figures: Positions<'_>, noise: &NoiseMap<'_>, skip: &[Span]) -> Vec<Quantity> {
    let mut f = Finder {
        text,
        noise,
        skip,
        skip_hint: Cell::new(0),
        full_wrap_memo: Cell::new(None),
        title_marks: kind::TitleMarks::default(),
        rank_names: rules::RankNames::default(),
        prev_end: 0,
        // Room for a figure every 256 bytes (a statute has one every 540, a work plan one
        // every 100 or so).
        out: Vec::with_capacity(text.len() / 256 + 8),
    };
    let bytes = text.as_bytes();
    let mut skips = candidates::Skips::new(skip);
    let mut figures = Cursor::new(figures);
    let mut pos = 0usize;
    while let Some(i) = candidates::next_candidate(bytes, &mut figures, pos, &mut skips) {
        // A candidate is an ASCII or a lead byte: a char boundary.
        let clen = bytes.get(i).map_or(1, |&b| value::utf8_len(b));
        if let Some(n) = noise.at(crate::text::to_u32(i)) {
            pos = (n.span.end as usize).max(i + clen);
            continue;
        }
        match f.figure_at(i, Reading::First) {
            Step::Emit(q) => {
                let end = q.span.end as usize;
                f.push(q);
                pos = end.max(i + clen);
            }
            Step::Skip(end) => pos = end.max(i + clen),
        }
    }
    clause::annotate(text, &mut f.out);
    f.out
}

enum Step {
    Emit(Quantity),
    Skip(usize),
}

struct Finder<'t, 'n, 's> {
    text: &'t str,
    noise: &'n NoiseMap<'n>,
    skip: &'s [Span],
    /// The last answer of [`Finder::first_skip_ending_after`].
    skip_hint: Cell<usize>,
    /// The last question and answer of [`Finder::past_full_wrap`]: the rules of one figure ask
    /// it of the same line break two or three times (the number's digits, its 万/亿 tail, the
    /// suffix after its unit all end there when the figure ends its line).
    full_wrap_memo: Cell<Option<(usize, Option<usize>)>>,
    title_marks: kind::TitleMarks,
    /// The classes the text names with 一 or 二 and a unit of rank (`一类动物疫病`).
    rank_names: rules::RankNames,
    prev_end: usize,
    out: Vec<Quantity>,
}

/// A range separator at `pos` ([`crate::lexicon::figures::RANGE_SEPARATORS`], or a doubled
/// dash: [`DOUBLE_DASHES`]): its end.
fn range_sep(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?;
    let c = rest.chars().next().filter(|&c| is_range_separator(c))?;
    if let Some(double) = DOUBLE_DASHES.iter().find(|d| rest.starts_with(*d)) {
        return Some(pos + double.len());
    }
    Some(pos + c.len_utf8())
}

/// True when `gap` is one character for which `is_link` holds.
fn one_char_link(gap: &str, is_link: fn(char) -> bool) -> bool {
    let mut cs = gap.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if is_link(c))
}

/// True when `gap`, between two numbers, makes the second share the first's `第`: one of
/// [`crate::lexicon::figures::SHARED_ORDINAL_LINKS`], alone or before the line break of a
/// hard-wrapped line (`分别于第二、\n三、四学年初进行`, a university's rules copied from a PDF).
pub(crate) fn shared_ordinal_gap(gap: &str) -> bool {
    let mut cs = gap.chars();
    // White space a copy left at the line's end may stand before the break, an indent after it.
    // A blank line after the break too (`第二、⏎⏎三、四学年`): no paragraph ends with the link.
    let link = cs.next().is_some_and(is_shared_ordinal_link);
    let rest = cs.as_str().trim_matches(unit::is_gap);
    let after_break = rest.strip_prefix("\r\n").or_else(|| rest.strip_prefix('\n'));
    link && (rest.is_empty() || after_break.is_some_and(|r| r.is_empty() || value::past_blank_line(r).is_empty()))
}

impl Finder<'_, '_, '_> {
    fn push(&mut self, q: Quantity) {
        // 第三、四项: the earlier ordinal is an article reference too.
        if q.kind == QuantityKind::Article {
            let text = self.text;
            if let Some(last) = self.out.last_mut().filter(|l| l.kind == QuantityKind::Ordinal) {
                let gap = text.get(last.span.end as usize..q.span.start as usize).unwrap_or("x");
                if shared_ordinal_gap(gap) {
                    last.kind = QuantityKind::Article;
                }
            }
        }
        self.share_bound(&q);
        self.prev_end = q.span.end as usize;
        self.out.push(q);
    }

    /// `10%或者10万吨以上`: a figure ending in an inclusive suffix bound (`以上`, `以下`, `以内`
    /// …) passes it to the plain figure just before it across `或者`/`或` (a hard wrap in the
    /// link too: `２名或者⏎２名以上`)
    /// ([`crate::lexicon::comparators::SHARED_BOUND_LINKS`]); `两人及两人以上`: across `及`/`和`
    /// to the same figure ([`crate::lexicon::comparators::EQUAL_BOUND_LINKS`]).
    fn share_bound(&mut self, q: &Quantity) {
        if q.kind != QuantityKind::Quantity || !matches!(q.comparator, Comparator::Ge | Comparator::Le) {
            return;
        }
        let text = self.text;
        let Some(last) = self.out.last_mut() else { return };
        if last.kind != QuantityKind::Quantity || last.comparator != Comparator::Eq {
            return;
        }
        let gap = text.get(last.span.end as usize..q.span.start as usize).unwrap_or("x");
        // A hard wrap inside the link (`指定２名或者⏎２名以上`, text wrapped at 40 columns) is no
        // text of its own.
        let joined;
        let gap = if gap.len() <= MAX_WRAPPED_DATE_GAP && gap.contains('\n') {
            joined = gap.replace(char::is_whitespace, "");
            joined.as_str()
        } else {
            gap
        };
        // A hard wrap may cut the suffix itself (`两个或者两个以⏎上`, a bench regulation wrapped at 40
        // columns): its last characters are read without white space.
        let ends_in_suffix = || {
            let back = text.get(..q.span.end as usize).unwrap_or("").chars().rev().take(MAX_WRAPPED_SUFFIX_CHARS);
            let tail: String = back.filter(|c| !c.is_whitespace()).collect::<Vec<_>>().into_iter().rev().collect();
            SUFFIXES.iter().any(|s| s.comparator == q.comparator && tail.ends_with(s.word))
        };
        let same = last.value == q.value && last.unit == q.unit;
        let linked = SHARED_BOUND_LINKS.contains(&gap) || (same && EQUAL_BOUND_LINKS.contains(&gap));
        if linked && ends_in_suffix() {
            last.comparator = q.comparator;
        }
    }

    /// True when the figure at byte `i` follows a date with only a range separator or a
    /// list word between (`1月7日至11日`, `12月18日、19日`): it continues that date.
    /// A hard wrap before or after the separator or the word (`4月13日⏎至15日`, `21日—⏎23日`,
    /// `18日 ⏎、19日`) and a page break's lines are taken out of the gap first.
    fn continues_date(&self, i: usize) -> bool {
        self.out.last().filter(|q| q.kind == QuantityKind::Date).is_some_and(|q| {
            let from = q.span.end as usize;
            let gap = self.text.get(from..i).unwrap_or("x");
            let joined;
            let gap = if gap.len() <= MAX_WRAPPED_DATE_GAP && gap.contains('\n') {
                joined = self.without_noise_lines(from, i).replace(|c: char| c.is_whitespace(), "");
                joined.as_str()
            } else {
                gap
            };
            range_sep(gap, 0).is_some_and(|e| e == gap.len()) || one_char_link(gap, is_date_list_link)
        })
    }

    /// The text `from..to` without its noise spans and the line break after each (a page
    /// marker line between the halves of a wrapped sentence: `第二、⏎- 1 -⏎三、四学年`).
    fn without_noise_lines(&self, from: usize, to: usize) -> String {
        let mut out = String::new();
        let mut at = from;
        for n in self.noise.within(Span::from_usize(from, to)) {
            let (start, end) = ((n.span.start as usize).max(at), (n.span.end as usize).min(to));
            out.push_str(self.text.get(at..start).unwrap_or(""));
            at = value::line_break_end(self.text, end).filter(|&e| e <= to).unwrap_or(end);
        }
        out.push_str(self.text.get(at.min(to)..to).unwrap_or(""));
        out
    }

    /// True when `span` may be reported: no skip span and no noise other than a wrap
    /// space or a page line between its halves (`10万⏎1/6⏎吨以上`, a page number or a running
    /// head at a page break, [`Finder::past_wrap`]) inside it.
    fn clear(&self, span: Span) -> bool {
        let k = self.first_skip_ending_after(span.start);
        if self.skip.get(k).is_some_and(|s| s.start < span.end) {
            return false;
        }
        self.noise.within(span).all(|n| {
            let inside = n.span.start > span.start && n.span.end < span.end;
            let page_line = matches!(n.kind, crate::NoiseKind::PageMarker | crate::NoiseKind::Boilerplate)
                && value::before_wrap(self.text, n.span.start as usize).is_some();
            (n.kind == crate::NoiseKind::WrapSpace && n.span.start > span.start) || (page_line && inside)
        })
    }

    /// The byte after a hard wrap at byte `i` ([`value::line_break_end`]), past the lines
    /// that are all noise after it (a page counter between the halves of a figure:
    /// `10万⏎1/6⏎吨以上`; a page break of a printed copy, its page number and running head:
    /// `达到85⏎- 2 -⏎××市人民政府公报⏎%以上`), at most [`MAX_NOISE_LINES`] of them.
    fn past_wrap(&self, i: usize) -> Option<usize> {
        let mut j = value::line_break_end(self.text, i)?;
        for _ in 0..MAX_NOISE_LINES {
            match self.noise.at(crate::text::to_u32(j)) {
                Some(n) if n.span.start as usize == j => j = self.past_noise_line(n.span.end as usize)?,
                _ => break,
            }
        }
        Some(j)
    }

    /// The start of the run of lines that are all noise (at most [`MAX_NOISE_LINES`]) right
    /// before the line that byte `i` starts (its indent aside): where the words before a page
    /// break end (`第⏎- 7 -⏎××市人民政府公报⏎二十四条`, [`Finder::past_wrap`] read backwards).
    /// `i` itself when no noise line stands right before it.
    fn before_noise_lines(&self, i: usize) -> usize {
        let mut at = i;
        for _ in 0..MAX_NOISE_LINES {
            let Some(line) = value::before_wrap(self.text, at) else { break };
            // A noise span may take its line break (`××市人民政府公报⏎`) or leave it.
            let last = self.text.get(..at).unwrap_or("").trim_end_matches(unit::is_gap).len().saturating_sub(1);
            let n = self
                .noise
                .at(crate::text::to_u32(last))
                .or_else(|| self.noise.at(crate::text::to_u32(line.len().saturating_sub(1))));
            match n.map(|n| n.span.start as usize) {
                Some(start) if start == 0 || value::char_before(self.text, start) == Some('\n') => at = start,
                _ => break,
            }
        }
        at
    }

    /// The byte after a hard wrap at byte `i` that ends a full line of prose
    /// ([`value::wrap_after_full_line`]), past the noise lines of a page break
    /// ([`Finder::past_wrap`]): where a number cut there goes on.
    /// The answer for the last `i` asked is kept ([`Finder::full_wrap_memo`]).
    fn past_full_wrap(&self, i: usize) -> Option<usize> {
        if let Some((at, answer)) = self.full_wrap_memo.get()
            && at == i
        {
            return answer;
        }
        let answer = value::wrap_after_full_line(self.text, i).and_then(|_| self.past_wrap(i));
        self.full_wrap_memo.set(Some((i, answer)));
        answer
    }

    /// The start of the next line's words after a noise line whose span ends at byte `end`:
    /// past its line break, or right there (its indent aside) when the span took the break.
    fn past_noise_line(&self, end: usize) -> Option<usize> {
        if value::char_before(self.text, end) == Some('\n') {
            let rest = self.text.get(end..)?;
            Some(end + rest.len() - rest.trim_start_matches(unit::is_gap).len())
        } else {
            value::line_break_end(self.text, end)
        }
    }

    /// The character after a hard wrap at byte `i` ([`Finder::past_wrap`]), when a line break
    /// (or the white space a copy left before one) is there: what follows a number that ends
    /// its line (`在七⏎日内`). `None` at once for any other character.
    fn next_past_wrap(&self, i: usize) -> Option<char> {
        let b = *self.text.as_bytes().get(i)?;
        if !matches!(b, b'\n' | b'\r' | b' ' | b'\t' | 0xE3 | 0xC2) {
            return None;
        }
        value::char_at(self.text, self.past_wrap(i)?)
    }

    /// True when a comparator word from byte `start` to the number at `i` may be part of the
    /// figure's span: it begins after the last figure reported and nothing is in the way.
    fn takes_prefix(&self, start: usize, i: usize) -> bool {
        start >= self.prev_end && self.clear(Span::from_usize(start, i))
    }

    /// True when an outline marker (a skip span) ends right at byte `pos`: the figure there
    /// opens a heading (`60分以下` after item `2.`).
    fn after_marker(&self, pos: usize) -> bool {
        let k = self.first_skip_ending_after(crate::text::to_u32(pos));
        k.checked_sub(1).and_then(|j| self.skip.get(j)).is_some_and(|s| s.end as usize == pos)
    }

    /// The index of the first skip span that ends after `at`, as
    /// `skip.partition_point(|s| s.end <= at)`: the figures come in order, so the last
    /// answer is tried first and the search runs only when it is not the answer.
    fn first_skip_ending_after(&self, at: u32) -> usize {
        let k = self.skip_hint.get();
        let after = |j: usize| self.skip.get(j).is_none_or(|s| s.end > at);
        let answer = if k <= self.skip.len() && (k == 0 || !after(k - 1)) && after(k) {
            k
        } else {
            self.skip.partition_point(|s| s.end <= at)
        };
        self.skip_hint.set(answer);
        answer
    }
    /// Reads the figure whose number starts at byte `i`, through the rules of [`rules`].
    fn figure_at(&self, i: usize, reading: Reading) -> Step {
        rules::read(self, i, reading)
    }
}

/// The most bytes between a date and the next day that [`Finder::continues_date`] reads as a
/// separator cut by a hard wrap: the separator, the white space and line break of the wrap,
/// and a page break's number and running head. `Finder::share_bound` reads a link between two
/// figures cut by a hard wrap within as many bytes.
const MAX_WRAPPED_DATE_GAP: usize = 64;

/// The most characters at the end of a figure that `Finder::share_bound` reads for its suffix
/// bound: the longest suffix word (`及以上`) and the white space of a hard wrap inside it.
const MAX_WRAPPED_SUFFIX_CHARS: usize = 16;

/// The most lines of noise a figure is read across at a hard wrap ([`Finder::past_wrap`]): a
/// page break of a printed copy puts the page number and the running head between its halves.
const MAX_NOISE_LINES: usize = 2;
