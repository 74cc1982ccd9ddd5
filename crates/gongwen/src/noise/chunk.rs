//! Chunk numbers: the numbers a document-sharing site puts in front of each piece of a
//! document it cut into pieces of a fixed size (`\n\n14、`), wherever the cut falls — in the
//! middle of a word, even inside a parenthesised marker (`(\n\n4、二十六)`).
//!
//! ```text
//! candidate = line-start digits ("、" | "." | "．")      ; at column 0, followed by text;
//!                                                      ; ASCII or full-width digits (`１４、`)
//! ```
//!
//! A candidate looks exactly like an Arabic list marker (`1、`), so no single candidate is
//! decided on its own. Candidates are linked into chains that count `1, 2, 3, …` through
//! the document (each one links to an earlier candidate with the previous number and the
//! same delimiter, preferring the link that keeps the spacing regular), and each chain is
//! weighed as a whole:
//!
//! * **cuts**: the line before a chunk number usually stops in the middle of a sentence
//!   (a word character, a comma, an open bracket), where a real list item follows a
//!   sentence end or a heading;
//! * **regular spacing**: the site cuts every N characters, so the distances between
//!   consecutive numbers are nearly equal, where real sections vary;
//! * **distance**: chunks are long; list items on consecutive lines are not chunks.
//!
//! A chain is chunk numbers when it is regular (three or more links, all distances within
//! 5 % of their median) and at least half of its members follow a cut; or, without the
//! regular spacing, when it has four or more members far apart and three quarters follow a
//! cut; or, for two or three members, when every one follows a cut after a blank line and
//! one of the cuts is certain (an open bracket or an enumeration comma).
//!
//! The noise span covers the number and its delimiter, plus the line break before it when
//! the previous line was cut, so that the clean text joins the two halves of the sentence.

use super::text::{LineEnd, char_before, char_count, line_end, opens_with_marker, small_number_any_width};
use crate::lexicon::noise::SENTENCE_CONTINUERS;
use crate::lexicon::punct::CLAUSE_ENDS;
use crate::model::{Noise, NoiseKind};
use crate::text::Span;

/// How many earlier candidates a candidate looks back over for its predecessor.
const LOOKBACK: usize = 64;
/// Chunks shorter than this (in chars) are list items, not site chunks.
const MIN_GAP: usize = 40;
/// A paragraph this long (in chars) that stops without punctuation was cut.
const LONG_LINE: usize = 60;
/// A line shorter than this (in chars) without punctuation may be a subtitle: it says
/// nothing about a cut.
const SHORT_LINE: usize = 15;

/// A line-start number that may be a chunk number.
#[derive(Clone, Copy, Debug)]
pub(super) struct Candidate {
    /// The end of the previous non-blank line, or of a page line after it (where the line
    /// break before the number starts).
    pub(super) prev_line_end: usize,
    /// The number's first byte.
    pub(super) start: usize,
    /// After the delimiter.
    pub(super) end: usize,
    pub(super) ordinal: u32,
    pub(super) delim: u8,
    /// How the previous non-blank line ends.
    pub(super) prev_end: Option<LineEnd>,
    /// The previous non-blank line looks like a heading (short, opens with a marker, no
    /// sentence end): its lack of final punctuation says nothing.
    pub(super) prev_heading: bool,
    /// A blank line separates it from the previous non-blank line.
    pub(super) blank_before: bool,
    /// Chars in the previous non-blank line, counted up to [`LONG_LINE`].
    pub(super) prev_chars: usize,
    /// The text after the delimiter opens with punctuation (`，确保…`, `、推动…`): no list
    /// item starts so, the number was put into a running sentence.
    pub(super) next_broken: bool,
    /// The text after the delimiter opens a unit itself (`（一）`, `二、`, `第三条`): the line
    /// break before the number may be the document's own.
    pub(super) next_opens_unit: bool,
}

impl Candidate {
    /// Evidence that the text was cut at this number: the previous line stops mid-sentence
    /// (and is not a heading), or the text after the number is the rest of a sentence.
    fn cut(&self) -> Evidence {
        if self.next_broken || (self.prev_end == Some(LineEnd::Broken) && !self.prev_heading) {
            Evidence::Certain
        } else if self.prev_heading || self.ordinal == 1 || self.prev_chars < SHORT_LINE {
            Evidence::Neutral
        } else if self.prev_end == Some(LineEnd::Open) {
            Evidence::Cut
        } else {
            Evidence::Closed
        }
    }

    /// The noise span: the number and its delimiter, plus the line break before it when the
    /// site evidently broke a sentence there.
    fn span(&self) -> Span {
        let join = self.ordinal != 1
            && !self.next_opens_unit
            && (self.next_broken || matches!(self.prev_end, Some(LineEnd::Open | LineEnd::Broken)));
        Span::from_usize(if join { self.prev_line_end } else { self.start }, self.end)
    }
}

/// What one member says about its chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Evidence {
    /// The text was certainly cut here.
    Certain,
    /// The previous line stops mid-sentence.
    Cut,
    /// Nothing either way (the first number, or a heading before it).
    Neutral,
    /// The previous line ends a sentence: what a list item follows.
    Closed,
}

/// What the line scan knows about the previous non-blank line.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct PrevLine {
    pub(super) start: usize,
    pub(super) end: usize,
    /// Where the line break before the number starts: `end`, or the end of the page line that
    /// stands between (`…加强` ⏎ `- 2 -` ⏎ `3、统筹…`), which stays a page marker of its own.
    pub(super) break_from: usize,
    pub(super) blank_after: bool,
}

/// The candidate at the start of a line whose content is `text[start..end]`, if any; `prev`
/// gives the previous non-blank line, asked for only when the line opens with a number.
pub(super) fn candidate(
    text: &str,
    start: usize,
    end: usize,
    prev: impl FnOnce() -> Option<PrevLine>,
) -> Option<Candidate> {
    let bytes = text.as_bytes();
    let line = bytes.get(start..end)?;
    let (ordinal, len) = small_number_any_width(line)?;
    let rest = line.get(len..)?;
    let (delim, dlen) = match rest {
        [0xE3, 0x80, 0x81, ..] => (0u8, 3),
        [b'.', next, ..] if !next.is_ascii_digit() => (1, 1),
        [0xEF, 0xBC, 0x8E, ..] => (2, 3),
        _ => return None,
    };
    // Followed by text on the same line.
    if rest.len() <= dlen {
        return None;
    }
    let after = start + len + dlen;
    let next = text.get(after..end).unwrap_or("");
    let (prev_end, prev_heading, blank_before, prev_line_end, prev_chars) = match prev() {
        Some(p) => {
            let last = char_before(text, p.end).map(line_end);
            let line = text.get(p.start..p.end).unwrap_or("");
            let chars = line.chars().take(LONG_LINE).count();
            // The short last line of a hard-wrapped paragraph is no subtitle: it says as
            // much as a long line does.
            let chars = if chars < SHORT_LINE && ends_wrapped_paragraph(text, p.start) { LONG_LINE } else { chars };
            (last, looks_like_heading(line), p.blank_after, p.break_from, chars)
        }
        None => (None, false, false, start, 0),
    };
    Some(Candidate {
        prev_line_end,
        start,
        end: after,
        ordinal,
        delim,
        prev_end,
        prev_heading,
        blank_before,
        prev_chars,
        next_broken: opens_broken(next),
        next_opens_unit: opens_with_marker(next),
    })
}

/// How many chars two full lines of one hard-wrapped page may differ by (a PDF extractor's
/// lines vary with the glyphs' widths).
const WRAP_SLACK: usize = 2;

/// True when the line that starts at byte `start` ends a hard-wrapped paragraph: the two
/// lines right above it (no blank line between) are full lines of one width, at least
/// [`SHORT_LINE`] chars, as an extractor breaks a PDF page's lines
/// (`…领导引领行动(一)主题教育学深悟透。⏎在全⏎⏎2、市教育系统…`, a sharing site's copy cut into
/// chunks). A subtitle under a paragraph follows one line, not two of one width.
fn ends_wrapped_paragraph(text: &str, start: usize) -> bool {
    let width = |(s, e): (usize, usize)| {
        let line = text.get(s..e).map_or("", crate::text::chars::trim_space_end);
        line.chars().take(MAX_WRAP_CHARS + 1).count()
    };
    let Some(above) = crate::text::lines::previous_line(text, start) else { return false };
    let Some(two_above) = crate::text::lines::previous_line(text, above.0) else { return false };
    let (a, b) = (width(above), width(two_above));
    a >= SHORT_LINE && b >= SHORT_LINE && a <= MAX_WRAP_CHARS && a.abs_diff(b) <= WRAP_SLACK
}

/// The widest hard-wrapped line [`ends_wrapped_paragraph`] takes: a page's line of prose.
const MAX_WRAP_CHARS: usize = 80;

/// A short line that opens with a marker and has no sentence end: a heading.
fn looks_like_heading(line: &str) -> bool {
    let short = line.chars().nth(40).is_none();
    short && opens_with_marker(line) && !line.contains(CLAUSE_ENDS)
}

/// Text that starts with punctuation no unit opens with ([`SENTENCE_CONTINUERS`]).
fn opens_broken(next: &str) -> bool {
    next.chars().next().is_some_and(|c| SENTENCE_CONTINUERS.contains(&c))
}

/// The `\r`s of `slice` (which starts at byte `from` of `text`) that a `\n` follows in
/// `text`: the CRLF line breaks, counted once each, even when the slice ends between the two.
fn crlf_count(text: &str, from: usize, slice: &str) -> usize {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'\r', slice.as_bytes()).filter(|&k| bytes.get(from + k + 1) == Some(&b'\n')).count()
}

/// Decides which candidates are chunk numbers and appends their spans to `out`.
pub(super) fn detect(text: &str, cands: &[Candidate], out: &mut Vec<Noise>) {
    if cands.len() < 2 {
        return;
    }
    // Char position of each candidate, counted incrementally, without the `\r` of each CRLF:
    // a CRLF copy has the same distances as its LF original (the thresholds are in chars),
    // and so has a copy with lone `\r` line breaks (old Mac files), whose `\r`s count.
    let mut pos: Vec<usize> = Vec::with_capacity(cands.len());
    let (mut at_byte, mut at_char) = (0usize, 0usize);
    for c in cands {
        at_char += text.get(at_byte..c.start).map_or(0, |s| char_count(s).saturating_sub(crlf_count(text, at_byte, s)));
        at_byte = c.start;
        pos.push(at_char);
    }
    let (predecessor, score) = link(cands, &pos);
    // Extract chains from the best-scoring ends, each candidate in one chain.
    let n = cands.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_unstable_by(|&a, &b| score.get(b).cmp(&score.get(a)).then(b.cmp(&a)));
    let mut used = vec![false; n];
    let mut chain: Vec<usize> = Vec::new();
    for end in order {
        if used.get(end).copied().unwrap_or(true) {
            continue;
        }
        chain.clear();
        let mut cur = Some(end);
        while let Some(i) = cur {
            if used.get(i).copied().unwrap_or(true) {
                break;
            }
            if let Some(u) = used.get_mut(i) {
                *u = true;
            }
            chain.push(i);
            cur = predecessor.get(i).copied().flatten();
        }
        chain.reverse();
        if chain.len() >= 2 && is_chunk_chain(cands, &pos, &chain) {
            out.extend(
                chain.iter().filter_map(|&i| cands.get(i)).map(|c| Noise::new(NoiseKind::ChunkNumber, c.span())),
            );
        }
    }
}

/// Links each candidate to its best predecessor (same delimiter, previous number, within
/// [`LOOKBACK`] candidates, preferring the link that keeps the spacing regular): each
/// candidate's predecessor and the score of the chain it ends. `pos` are the candidates'
/// char positions.
fn link(cands: &[Candidate], pos: &[usize]) -> (Vec<Option<usize>>, Vec<u32>) {
    let n = cands.len();
    let mut predecessor: Vec<Option<usize>> = vec![None; n];
    let mut score: Vec<u32> = vec![1; n];
    for i in 0..n {
        let (Some(c), Some(&here)) = (cands.get(i), pos.get(i)) else { continue };
        if c.ordinal < 2 {
            continue;
        }
        let mut best: Option<(u32, usize)> = None;
        for j in (i.saturating_sub(LOOKBACK)..i).rev() {
            let Some(p) = cands.get(j) else { continue };
            if p.ordinal + 1 != c.ordinal || p.delim != c.delim {
                continue;
            }
            let there = pos.get(j).copied().unwrap_or(0);
            let regular = predecessor.get(j).copied().flatten().is_some_and(|k| {
                close(here.saturating_sub(there), there.saturating_sub(pos.get(k).copied().unwrap_or(0)))
            });
            let chain_score = score.get(j).copied().unwrap_or(1) + 1 + u32::from(regular);
            if best.is_none_or(|(best_score, _)| chain_score > best_score) {
                best = Some((chain_score, j));
            }
        }
        if let Some((chain_score, j)) = best {
            if let Some(slot) = score.get_mut(i) {
                *slot = chain_score;
            }
            if let Some(slot) = predecessor.get_mut(i) {
                *slot = Some(j);
            }
        }
    }
    (predecessor, score)
}

/// Two distances that a fixed-size cutter would produce.
fn close(a: usize, b: usize) -> bool {
    a.abs_diff(b) <= (a.max(b) / 20).max(6)
}

/// Weighs a chain (candidate indices in document order).
fn is_chunk_chain(cands: &[Candidate], pos: &[usize], chain: &[usize]) -> bool {
    let members: Vec<&Candidate> = chain.iter().filter_map(|&i| cands.get(i)).collect();
    let at: Vec<usize> = chain.iter().filter_map(|&i| pos.get(i).copied()).collect();
    let mut gaps: Vec<usize> = at
        .windows(2)
        .map(|w| match w {
            [a, b] => b.saturating_sub(*a),
            _ => 0,
        })
        .collect();
    if gaps.iter().any(|&g| g < MIN_GAP) {
        return false;
    }
    let len = members.len();
    let count = |e: Evidence| members.iter().filter(|c| c.cut() == e).count();
    let certain = count(Evidence::Certain);
    let cuts = certain + count(Evidence::Cut);
    let neutral = count(Evidence::Neutral);
    let decided = len - neutral;
    gaps.sort_unstable();
    let median = gaps.get(gaps.len() / 2).copied().unwrap_or(0);
    let regular = gaps.len() >= 2 && gaps.iter().all(|&g| close(g, median));
    // Regular spacing: at least half of the members that say anything were cut, and
    // a quarter of all.
    if regular && cuts >= 1 && cuts * 2 >= decided && cuts * 4 >= len {
        return true;
    }
    // Irregular spacing: many members, far apart, nearly all cut.
    let min_gap = gaps.first().copied().unwrap_or(0);
    if len >= 4 && cuts * 4 >= decided * 3 && cuts * 2 >= len && min_gap >= 80 {
        return true;
    }
    // Two or three: every one that says anything was cut — one certainly, or all after a
    // long paragraph that stops without punctuation — far apart, after blank lines.
    let cut_paragraphs = members.iter().filter(|c| c.cut() == Evidence::Cut && c.prev_chars >= LONG_LINE).count();
    len <= 3
        && cuts >= 1
        && cuts == decided
        && (certain >= 1 || cut_paragraphs == cuts)
        && min_gap >= 150
        && members.iter().skip(1).all(|c| c.blank_before)
}

#[cfg(test)]
mod tests {
    use crate::model::NoiseKind;
    use crate::noise::detect;

    fn chunks(text: &str) -> Vec<&str> {
        detect(text).iter().filter(|n| n.kind == NoiseKind::ChunkNumber).map(|n| n.span.slice(text)).collect()
    }

    #[test]
    fn regular_cuts_are_chunks() {
        let piece = "甲乙丙丁戊己庚辛壬癸".repeat(30);
        let text = format!("1、{piece}\n\n2、{piece}\n\n3、{piece}\n\n4、{piece}");
        assert_eq!(chunks(&text), ["1、", "\n\n2、", "\n\n3、", "\n\n4、"], "a fixed-size cutter's numbers");
    }

    /// `text` with every line longer than `width` chars broken every `width` chars, as a PDF
    /// extractor copies a page's lines.
    fn hard_wrap(text: &str, width: usize) -> String {
        let mut out = String::new();
        let mut col = 0;
        for c in text.chars() {
            if c == '\n' {
                col = 0;
            } else if col == width {
                out.push('\n');
                col = 1;
            } else {
                col += 1;
            }
            out.push(c);
        }
        out
    }

    #[test]
    fn chunks_of_a_hard_wrapped_copy() {
        // The line before each number is the short tail of a wrapped paragraph (`癸甲`).
        let piece = "甲乙丙丁戊己庚辛壬癸".repeat(30);
        let text = hard_wrap(&format!("1、{piece}\n\n2、{piece}\n\n3、{piece}\n\n4、{piece}"), 25);
        assert_eq!(chunks(&text), ["1、", "\n\n2、", "\n\n3、", "\n\n4、"], "chunks of a wrapped copy");
        // Real items after wrapped paragraphs that end their sentences stay items.
        let items = hard_wrap(&format!("1、{piece}。\n\n2、{piece}。\n\n3、{piece}。\n\n4、{piece}。"), 25);
        assert!(chunks(&items).is_empty(), "list items after wrapped paragraphs");
    }

    #[test]
    fn crlf_and_lone_cr_give_the_chunks_of_lf() {
        // Both found by the proptest `line_endings_do_not_change_the_outline`. The first text:
        // `1.` and `2.` are 148 chars apart, too close for a chain of two (150); the `\r`s of a
        // CRLF copy counted as chars made them 159 apart, and both numbers chunk noise. The
        // second: with old-Mac line breaks (a lone `\r`) the `\r`s are the line breaks and
        // count as the LF copy's `\n`s do; subtracting them left the CR copy without the two
        // chunk numbers of the LF copy.
        let cases = [
            (
                "1.；全年培训不少于2次。\n\u{3000}\u{3000}第一章依照本法第十条的规定XX所一、到2025年；\n\t一、到2025年；\n一、XX所；\n\u{3000}\u{3000}1.；加强党的建设\n一、依照本法第十条的规定全年培训不少于2次。\n一、依照本法第十条的规定加强党的建设\n一、到2025年XX所\n2.；到2025年\n①XX所到2025年\n\n2.加强党的建设加强党的建设\n",
                0,
            ),
            (
                "1.加强党的建设到2025年\n一、XX所XX所\n一、新建幼儿园8所，覆盖率达到95%以上。依照本法第十条的规定\n一、加强党的建设加强党的建设\n一、依照本法第十条的规定；\n2.加强党的建设到2025年\n一、XX所加强党的建设\n一、依照本法第十条的规定加强党的建设\n一、依照本法第十条的规定加强党的建设\n一、XX所XX所\n\n2.；加强党的建设\n",
                2,
            ),
        ];
        for (lf, n) in cases {
            for copy in [lf.to_owned(), lf.replace('\n', "\r\n"), lf.replace('\n', "\r")] {
                assert_eq!(chunks(&copy).len(), n, "{copy:?}");
            }
        }
    }

    #[test]
    fn chunks_with_crlf_and_split_marker() {
        let piece = "甲乙丙丁戊己庚辛壬癸".repeat(12);
        let text = format!("1、{piece}（\r\n\r\n2、三）{piece}\r\n\r\n3、{piece}\r\n\r\n4、{piece}");
        let got = chunks(&text);
        assert_eq!(got, ["1、", "\r\n\r\n2、", "\r\n\r\n3、", "\r\n\r\n4、"], "CRLF breaks join the cut halves");
    }

    #[test]
    fn items_after_subtitles_are_not_chunks() {
        let body = "全面落实各项工作任务，推动工作取得实效，确保按期完成目标任务。".repeat(4);
        let text = format!("工作目标\n1、{body}\n工作措施\n2、{body}\n保障机制\n3、{body}\n督导考核\n4、{body}\n");
        assert!(chunks(&text).is_empty(), "short subtitles before items say nothing about a cut");
    }

    #[test]
    fn list_items_are_not_chunks() {
        let text = "一、目标\n1、加强党建。全年培训2次。\n2、推进改革。\n3、强化保障。\n";
        assert!(chunks(text).is_empty(), "a real list");
        let item = "推进教育改革，提升质量。".repeat(10);
        let text = format!("一、目标\n1、{item}\n2、{item}\n3、{item}\n4、{item}\n");
        assert!(chunks(&text).is_empty(), "items after sentence ends, even evenly spaced");
    }
}
