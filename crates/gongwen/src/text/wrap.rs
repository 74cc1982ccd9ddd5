//! Hard wraps: the line breaks a PDF copy puts where a printed line ended, inside a sentence
//! or a word (`累计满一百八十⏎三天`, `第二⏎条`). A line break is read as a hard wrap after a
//! full line of prose ([`full_line_before`]); the readers of figures, markers and headings
//! read across it.

/// True for the white space a copy leaves at a line's end or as a line's indent, and allows
/// between a number and its unit (a wrapped line, `* 个`).
pub(crate) const fn is_gap(c: char) -> bool {
    matches!(c, ' ' | '\u{3000}' | '\u{a0}' | '\t')
}

/// The length of the gap character ([`is_gap`]) starting at byte `i` of `b`, if one does
/// (bytes compared, no character decoded).
pub(crate) fn gap_len(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i..).unwrap_or(&[]) {
        [b' ' | b'\t', ..] => Some(1),
        [0xC2, 0xA0, ..] => Some(2),
        [0xE3, 0x80, 0x80, ..] => Some(3),
        _ => None,
    }
}

/// The byte after a line break (`\n`, `\r\n` or `\r`) at byte `i`, if one is there, white space a
/// copy left at the line's end allowed before it (`引进2-3  \n个`) and the next line's
/// indent after it.
pub(crate) fn line_break_end(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    let from = i;
    let mut i = i;
    while i - from < MAX_TRAILING_GAP {
        match gap_len(b, i) {
            Some(len) => i += len,
            None => break,
        }
    }
    let after = match b.get(i..) {
        Some([b'\n', ..]) => i + 1,
        Some([b'\r', b'\n', ..]) => i + 2,
        Some([b'\r', ..]) => i + 1,
        _ => return None,
    };
    // A blank line after the break, in a copy that sets every line of a PDF as a paragraph.
    let after = match text.get(after..) {
        Some(r) if full_line_before(text, from) => text.len() - past_blank_line(r).len(),
        _ => after,
    };
    // An extractor that indents every line indents the wrapped part too.
    Some(after + text.get(after..).map_or(0, |r| r.len() - r.trim_start_matches(is_gap).len()))
}

/// The byte after a hard wrap at byte `i` ([`line_break_end`]) when the line it ends is a full
/// line of prose ([`full_line_before`]): where a figure cut there goes on (`人数一般为9⏎至15人`).
pub(crate) fn wrap_after_full_line(text: &str, i: usize) -> Option<usize> {
    line_break_end(text, i).filter(|_| full_line_before(text, i))
}

/// `rest` (the text after a line break) past one blank line, white space on it allowed: a
/// copy that sets every line of a PDF as a paragraph of its own puts a blank line after each
/// (`上限60⏎⏎分`, `引进2-3⏎⏎个`, the wraps of bench regulations `第十⏎⏎二条`, `至⏎⏎少一处`), so
/// a hard wrap is two line breaks there. `rest` as it is when no blank line opens it. Between
/// two words the callers take it only after a full line of prose ([`full_line_before`]):
/// after a short line a blank line parts paragraphs (`案例1⏎⏎2008年5月1日`, a bench page).
pub(crate) fn past_blank_line(rest: &str) -> &str {
    let t = rest.trim_start_matches(is_gap);
    t.strip_prefix("\r\n").or_else(|| t.strip_prefix(['\n', '\r'])).unwrap_or(rest)
}

/// True when the line that ends at byte `end` (white space at its end aside) holds at least
/// [`MIN_FULL_LINE`] bytes: a line of prose that a hard wrap cut, not a heading or a cell. A
/// byte order mark before the first line is no part of it (a file saved with one reads as the
/// same file without).
pub(crate) fn full_line_before(text: &str, end: usize) -> bool {
    let head = text.get(..end).unwrap_or("");
    let head = head.strip_prefix(BYTE_ORDER_MARK).unwrap_or(head).trim_end_matches(is_gap).as_bytes();
    let from = head.len().saturating_sub(MIN_FULL_LINE);
    head.len() >= MIN_FULL_LINE && memchr::memchr2(b'\n', b'\r', head.get(from..).unwrap_or(&[])).is_none()
}

/// The byte order mark a file may start with ([`full_line_before`] leaves it out of the first line).
const BYTE_ORDER_MARK: char = '\u{feff}';

/// The fewest bytes of a full line of prose ([`full_line_before`]): 15 ideographs.
const MIN_FULL_LINE: usize = 45;

/// The most bytes of white space a copy leaves at a line's end that the wrap readers
/// ([`line_break_end`], and the quantity stage's readers of the words before and after a
/// wrap) look past.
pub(crate) const MAX_TRAILING_GAP: usize = 12;
