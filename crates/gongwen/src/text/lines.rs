//! Lines of the input: `\n`, `\r\n` and a lone `\r` all end a line. Found with memchr.

/// The characters that end a line.
pub(crate) const LINE_BREAKS: [char; 2] = ['\n', '\r'];

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_endings() {
        let got: Vec<_> = lines("a\nb\r\nc\rd").map(|l| (l.start, l.end)).collect();
        assert_eq!(got, vec![(0, 1), (2, 3), (5, 6), (7, 8)], "LF, CRLF and CR all end lines");
        assert_eq!(lines("").count(), 0, "empty text has no lines");
        assert_eq!(lines("a\n").count(), 1, "a final line break adds no empty line");
    }
}
