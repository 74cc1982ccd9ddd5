//! Running headers and footers: the line a PDF repeats on every page (`某某市人民政府文件`,
//! `2024年第3期`) next to its page number.
//!
//! Evidence: a short line (at most [`MAX_CHARS`] chars, not opening with a marker) that sits
//! right before or after a page line (`- 3 -`, `第3页 共9页`, `3 / 9`) at least twice with the
//! same text, and next to at least a third of the page lines, is a running header or footer,
//! and each of those occurrences next to a page line is boilerplate. A line that repeats
//! elsewhere, away from page lines, is left alone, and so is the text's first line (after the
//! first page line at most): the title a PDF repeats as the running head of the later pages.

use super::text::{char_count, opens_with_marker};
use crate::model::{Noise, NoiseKind};
use crate::text::Span;
use crate::text::chars::{is_all_space, trim_space};

/// Longest running header, in chars.
const MAX_CHARS: usize = 40;

/// A running line stands next to at least one in this many page lines: a PDF repeats it on
/// most pages, where a table row that repeats (`最高2分/项` in each of a document's scoring
/// tables) meets a page break now and then.
const MIN_PAGE_SHARE: usize = 3;

/// A non-blank line next to a page line.
struct Neighbour<'t> {
    key: &'t str,
    span: Span,
}

/// Finds running headers and footers around the whole-line page markers in `pages`.
pub(super) fn detect(text: &str, pages: &[Span], out: &mut Vec<Noise>) {
    if pages.len() < 2 {
        return;
    }
    let mut near: Vec<Neighbour<'_>> = Vec::with_capacity(pages.len() * 2);
    for page in pages {
        if let Some(n) = neighbour(text, page.start as usize, Dir::Up) {
            near.push(n);
        }
        if let Some(n) = neighbour(text, page.end as usize, Dir::Down) {
            near.push(n);
        }
    }
    // Sort by text, then each group of two or more distinct lines with one text repeats.
    near.sort_by(|a, b| a.key.cmp(b.key).then(a.span.cmp(&b.span)));
    near.dedup_by(|a, b| a.span == b.span);
    for group in near.chunk_by(|a, b| a.key == b.key) {
        if group.len() >= 2 && group.len() * MIN_PAGE_SHARE >= pages.len() {
            let running = group.iter().filter(|n| !opens_the_text(text, pages, n.span));
            out.extend(running.map(|n| Noise::new(NoiseKind::Boilerplate, n.span)));
        }
    }
}

/// True when `span` is the first line of the text, only white space or the first page line
/// (`第1页 共12页` at the top of page 1) before it: the document's own head line (its title, which
/// a PDF repeats as the running head of the later pages), not a running line.
fn opens_the_text(text: &str, pages: &[Span], span: Span) -> bool {
    let before = |from: usize, to: usize| text.get(from..to).is_some_and(is_all_space);
    let start = span.start as usize;
    before(0, start)
        || pages.first().is_some_and(|p| {
            let (ps, pe) = (p.start as usize, p.end as usize);
            pe <= start && before(0, ps) && before(pe, start)
        })
}

#[derive(Clone, Copy)]
enum Dir {
    Up,
    Down,
}

/// The nearest non-blank line above the line starting at `from` (Up) or below the line
/// ending at `from` (Down), skipping at most one blank line; its span includes its line
/// break.
fn neighbour(text: &str, from: usize, dir: Dir) -> Option<Neighbour<'_>> {
    let bytes = text.as_bytes();
    let mut pos = from;
    for _ in 0..3 {
        let (start, end, next) = match dir {
            Dir::Up => {
                // The line before `pos` (which is a line start).
                let end = bytes.get(..pos)?.iter().rposition(|&b| b != b'\n' && b != b'\r').map(|i| i + 1)?;
                let gap = bytes
                    .get(end..pos)?
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count()
                    .max(bytes.get(end..pos)?.iter().filter(|&&b| b == b'\r').count());
                if gap > 2 {
                    return None;
                }
                let start = bytes.get(..end).and_then(|b| memchr::memrchr2(b'\n', b'\r', b)).map_or(0, |i| i + 1);
                (start, end, pos)
            }
            Dir::Down => {
                let start = pos + bytes.get(pos..)?.iter().position(|&b| b != b'\n' && b != b'\r')?;
                let gap = bytes
                    .get(pos..start)?
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count()
                    .max(bytes.get(pos..start)?.iter().filter(|&&b| b == b'\r').count());
                if gap > 2 {
                    return None;
                }
                let end = bytes
                    .get(start..)
                    .and_then(|b| memchr::memchr2(b'\n', b'\r', b))
                    .map_or(bytes.len(), |i| start + i);
                let next = match bytes.get(end) {
                    Some(b'\r') if bytes.get(end + 1) == Some(&b'\n') => end + 2,
                    Some(b'\n' | b'\r') => end + 1,
                    _ => end,
                };
                (start, end, next)
            }
        };
        let line = text.get(start..end)?;
        if is_all_space(line) {
            pos = match dir {
                Dir::Up => start,
                Dir::Down => next,
            };
            continue;
        }
        let key = trim_space(line);
        if key.is_empty() || char_count(key) > MAX_CHARS || opens_with_marker(key) {
            return None;
        }
        let span = match dir {
            Dir::Up => Span::from_usize(start, pos),
            Dir::Down => Span::from_usize(start, next),
        };
        return Some(Neighbour { key, span });
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::noise::detect;

    #[test]
    fn the_title_a_pdf_repeats_as_its_running_head_stays() {
        let para = "各地要加强组织领导，明确责任分工，确保各项任务落到实处。".repeat(3);
        for top in ["", "第1页 共3页\n"] {
            let text = format!(
                "{top}某省关于加强施工安全管理的实施细则\n- 1 -\n{para}\n- 2 -\n某省关于加强施工安全管理的实施细则\n{para}\n- 3 -\n某省关于加强施工安全管理的实施细则\n{para}\n"
            );
            let found: Vec<(&str, usize)> = detect(&text)
                .iter()
                .filter(|n| n.span.slice(&text).contains("实施细则"))
                .map(|n| (n.kind.as_str(), n.span.start as usize))
                .collect();
            assert_eq!(found.len(), 2, "the running heads of pages 2 and 3: {found:?}");
            assert!(found.iter().all(|&(_, s)| s > top.len()), "the title stays: {found:?}");
        }
    }

    #[test]
    fn repeated_header_next_to_page_numbers() {
        let para = "各地要加强组织领导，明确责任分工，确保各项任务落到实处。".repeat(3);
        let text = format!(
            "某市人民政府文件\n关于做好安全生产工作的通知\n{para}\n- 1 -\n某市人民政府公报\n{para}\n- 2 -\n某市人民政府公报\n{para}\n- 3 -\n"
        );
        let found: Vec<(&str, &str)> =
            detect(&text).iter().map(|n| (n.kind.as_str(), n.span.slice(&text).trim_end())).collect();
        assert!(found.contains(&("boilerplate", "某市人民政府公报")), "running header: {found:?}");
        assert!(found.contains(&("page_marker", "- 2 -")), "page line: {found:?}");
        assert!(!found.iter().any(|(_, s)| s.contains("文件")), "the real header stays: {found:?}");
    }

    #[test]
    fn a_table_row_that_meets_a_few_page_breaks_stays() {
        let para = "各地要加强组织领导，明确责任分工，确保各项任务落到实处。".repeat(3);
        let table = "表 竞赛评分表\n国家级\n最高3分/项\n最高2分/项";
        let mut text = String::new();
        for page in 1..=9 {
            text.push_str(&para);
            if page % 4 == 0 {
                text.push('\n');
                text.push_str(table);
            }
            text.push_str(&format!("\n{page}/9\n"));
        }
        let rows = detect(&text).iter().filter(|n| n.span.slice(&text).starts_with("最高2分")).count();
        assert_eq!(rows, 0, "a row before two of eight page lines is no running footer");
    }
}
