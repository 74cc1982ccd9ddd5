//! Lines of the input: `\n`, `\r\n` and a lone `\r` all end a line. Found with memchr.

/// One line: `start..end` is its content without the line ending; `next` is where the
/// following line starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) next: usize,
}

/// Iterates the lines of `text` in order. An empty text has no lines; a text ending in a
/// line break has no empty last line.
///
/// One `memchr2` iterator runs over the whole text, so short lines do not pay a search
/// set-up each.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = Line> + '_ {
    let bytes = text.as_bytes();
    let mut breaks = memchr::memchr2_iter(b'\n', b'\r', bytes);
    let mut pos = 0usize;
    std::iter::from_fn(move || {
        if pos >= bytes.len() {
            return None;
        }
        let start = pos;
        // The `\n` of a `\r\n` was consumed with its `\r`: skip breaks before `pos`.
        let (end, next) = loop {
            match breaks.next() {
                Some(i) if i < pos => {}
                Some(i) => {
                    let crlf = bytes.get(i) == Some(&b'\r') && bytes.get(i + 1) == Some(&b'\n');
                    break (i, if crlf { i + 2 } else { i + 1 });
                }
                None => break (bytes.len(), bytes.len()),
            }
        };
        pos = next;
        Some(Line { start, end, next })
    })
}

/// The end of the line holding byte `pos` (its line break or the text end), looking at most `max` bytes ahead: the result is at most
/// `pos + max` (moved back to a char boundary). Callers that only need a bounded window
/// (headings) stay linear on text without line breaks.
pub(crate) fn line_end_within(text: &str, pos: usize, max: usize) -> usize {
    let bytes = text.as_bytes();
    let stop = pos.saturating_add(max).min(bytes.len());
    if let Some(i) = bytes.get(pos..stop).and_then(|w| memchr::memchr2(b'\n', b'\r', w)) {
        return pos + i;
    }
    let mut end = stop;
    while end > pos && !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// True for the white space that indents a line or pads a marker: ASCII space and tab,
/// the ideographic space, no-break space, the typographic spaces U+2000–U+200A (`&emsp;`),
/// BOM, zero-width and directional marks.
pub(crate) fn is_pad(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t'
            | '\u{3000}'
            | '\u{a0}'
            | '\u{feff}'
            | '\u{2000}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'
            | '\u{2066}'..='\u{2069}'
            | '\u{0b}'
            | '\u{0c}'
    )
}

/// True for the first bytes of the [`is_pad`] characters (space, tab, VT, FF, and the lead
/// bytes of U+00A0, U+2000–U+2FFF, U+3000 and U+FEFF): any other byte starts no padding.
const fn may_start_pad(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | 0x0B | 0x0C | 0xC2 | 0xE2 | 0xE3 | 0xEF)
}

/// The length in bytes of the [`is_pad`] character at the start of `bytes`, 0 when there is
/// none: the padding characters matched as their UTF-8 bytes, so nothing is decoded.
const fn pad_len(bytes: &[u8]) -> usize {
    match bytes {
        [b' ' | b'\t' | 0x0B | 0x0C, ..] => 1,
        [0xC2, 0xA0, ..] => 2,
        // U+3000, U+FEFF; U+2000–U+200F (the typographic spaces — &emsp; indents HTML
        // pages and text copied from them — and the zero-width marks) and U+202A–U+202E;
        // U+2060 and U+2066–U+2069.
        [0xE3, 0x80, 0x80, ..]
        | [0xEF, 0xBB, 0xBF, ..]
        | [0xE2, 0x80, 0x80..=0x8F | 0xAA..=0xAE, ..]
        | [0xE2, 0x81, 0xA0 | 0xA6..=0xA9, ..] => 3,
        _ => 0,
    }
}

/// The length in bytes of the white space character ([`char::is_whitespace`]) at the start
/// of `bytes`, 0 when there is none, matched as UTF-8 bytes: ASCII `\t`–`\r` and space,
/// U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000.
pub(crate) const fn white_space_len(bytes: &[u8]) -> usize {
    match bytes {
        [b'\t'..=b'\r' | b' ', ..] => 1,
        [0xC2, 0x85 | 0xA0, ..] => 2,
        [0xE1, 0x9A, 0x80, ..]
        | [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..]
        | [0xE2, 0x81, 0x9F, ..]
        | [0xE3, 0x80, 0x80, ..] => 3,
        _ => 0,
    }
}

/// Skips padding characters from `pos` within `text[..limit]`. The common case, a first
/// byte that starts no padding, is decided inline; the rest is [`skip_pad_from`].
#[inline]
pub(crate) fn skip_pad(text: &str, pos: usize, limit: usize) -> usize {
    if pos < limit && text.as_bytes().get(pos).is_some_and(|&b| may_start_pad(b)) {
        skip_pad_from(text, pos, limit)
    } else {
        pos
    }
}

/// [`skip_pad`] past its first byte's test.
fn skip_pad_from(text: &str, mut pos: usize, limit: usize) -> usize {
    while pos < limit {
        match pad_len(text.as_bytes().get(pos..).unwrap_or_default()) {
            0 => break,
            n => pos += n,
        }
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pad_lead_bytes() {
        for c in (0..=0x10_FFFF).filter_map(char::from_u32).filter(|&c| is_pad(c)) {
            let mut buf = [0u8; 4];
            let first = c.encode_utf8(&mut buf).as_bytes().first().copied().unwrap_or(0);
            assert!(may_start_pad(first), "{c:?} starts with a byte the fast path skips");
        }
    }

    #[test]
    fn pad_and_white_space_bytes_are_those_characters() {
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let expected = if is_pad(c) { c.len_utf8() } else { 0 };
            assert_eq!(pad_len(bytes), expected, "{c:?}");
            let expected = if c.is_whitespace() { c.len_utf8() } else { 0 };
            assert_eq!(white_space_len(bytes), expected, "{c:?}");
        }
        assert_eq!(skip_pad("\u{3000} \u{feff}\u{200b}一", 0, 100), 3 + 1 + 3 + 3, "a run of padding");
        assert_eq!(skip_pad("\u{3000}\u{3000}", 0, 3), 3, "not past the limit");
    }

    #[test]
    fn line_endings() {
        let got: Vec<_> = lines("a\nb\r\nc\rd").map(|l| (l.start, l.end)).collect();
        assert_eq!(got, vec![(0, 1), (2, 3), (5, 6), (7, 8)], "LF, CRLF and CR all end lines");
        assert_eq!(lines("").count(), 0, "empty text has no lines");
        assert_eq!(lines("a\n").count(), 1, "a final line break adds no empty line");
    }
}
