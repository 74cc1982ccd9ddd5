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

/// The line around byte `pos`: from after the line break before it to the line break after it.
pub(crate) fn line_around(text: &str, pos: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let start = bytes.get(..pos).and_then(|b| memchr::memrchr2(b'\n', b'\r', b)).map_or(0, |i| i + 1);
    let end = bytes.get(pos..).and_then(|b| memchr::memchr2(b'\n', b'\r', b)).map_or(text.len(), |i| pos + i);
    (start, end)
}

/// The line before the one that starts at byte `start` (a `\r\n` is one break).
pub(crate) fn previous_line(text: &str, start: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut end = start.checked_sub(1)?;
    if bytes.get(end) == Some(&b'\n') && end > 0 && bytes.get(end - 1) == Some(&b'\r') {
        end -= 1;
    }
    let (s, _) = line_around(text, end);
    Some((s, end))
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

/// How many line breaks part two lines of one paragraph: 2 in a hard-wrapped text that is
/// double-spaced (a converter that gave every line of a PDF its own paragraph, so a blank
/// line follows each line), else 1.
///
/// Among its first [`SPACING_LINES`] lines, a double-spaced text has at least
/// [`MIN_DOUBLE_SPACED`] non-blank lines after a single blank line and at most one in ten
/// non-blank lines right after another. It is hard-wrapped when fewer than half of its long
/// lines end a sentence or clause: a web page that sets each paragraph on a line of its own
/// and a blank line after it (`基本案情` / `` / `原被告双方……产生争议。`) ends almost every long
/// line with `。`, and its short lines are paragraphs of their own.
pub(crate) fn line_spacing(text: &str, lines: &[Line]) -> usize {
    spacing_of(text, lines, true)
}

/// How many line breaks part two lines of a text whatever its line ends: 2 when a blank line
/// follows every line ([`line_spacing`]'s double spacing), hard-wrapped or not, else 1. A copy
/// that sets each line of a PDF as a paragraph of its own parts the lines of a title the same
/// way whether its body lines were wrapped or are whole paragraphs (`国务院关于印发国家职业教育改革` /
/// `` / `实施方案的通知` / `` / `国发〔2019〕4号`).
pub(crate) fn blank_line_spacing(text: &str, lines: &[Line]) -> usize {
    spacing_of(text, lines, false)
}

/// [`line_spacing`], asking the text to be hard-wrapped as well as double-spaced when
/// `wrapped` is set ([`blank_line_spacing`] when not).
fn spacing_of(text: &str, lines: &[Line], wrapped: bool) -> usize {
    let (mut direct, mut after_one_blank) = (0usize, 0usize);
    let (mut long, mut ended) = (0usize, 0usize);
    // Blank lines since the last non-blank line; `None` before the first one.
    let mut blanks: Option<usize> = None;
    let read = lines.len().min(SPACING_LINES);
    for (k, line) in lines.iter().take(read).enumerate() {
        // The line as `str::trim` cuts it, its bounds read off the bytes at its ends (most
        // lines start and end with an ideograph or punctuation: nothing is decoded).
        let raw = text.get(line.start..line.end).unwrap_or("");
        let (lead, end) = super::chars::trim_bounds(raw.as_bytes());
        let words = raw.get(lead..end).unwrap_or("");
        match (words.is_empty(), blanks) {
            (true, Some(n)) => blanks = Some(n + 1),
            (true, None) => {}
            (false, Some(0)) => {
                direct += 1;
                // Each line left raises `after_one_blank` by one at most: once they cannot
                // make the text double-spaced any more, the answer is 1 (a single-spaced text
                // is known after a few dozen lines).
                if direct * 10 > after_one_blank + (read - k - 1) {
                    return 1;
                }
            }
            (false, Some(1)) => after_one_blank += 1,
            (false, _) => {}
        }
        if !words.is_empty() {
            blanks = Some(0);
        }
        if words.len() >= LONG_LINE_BYTES {
            long += 1;
            if wrapped && words.ends_with(['。', '；', '：', '！', '？', '”', '）']) {
                ended += 1;
                // Nor hard-wrapped: each line left raises `long` by one at most.
                if ended * 2 >= long + (read - k - 1) {
                    return 1;
                }
            }
        }
    }
    let double_spaced = after_one_blank >= MIN_DOUBLE_SPACED && direct * 10 <= after_one_blank;
    if double_spaced && (!wrapped || ended * 2 < long) { 2 } else { 1 }
}

/// How many lines [`line_spacing`] reads.
const SPACING_LINES: usize = 400;
/// How many non-blank lines after a single blank line make a text double-spaced.
const MIN_DOUBLE_SPACED: usize = 4;
/// A line of at least this many bytes (20 Chinese characters) is long: a hard wrap leaves
/// most such lines unfinished.
const LONG_LINE_BYTES: usize = 60;

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

    #[test]
    fn spacing() {
        let spacing = |t: &str| line_spacing(t, &lines(t).collect::<Vec<_>>());
        let wrapped = "标题\n\n第一条　为了规范学位论文管理，推进建立良好学风，保障人\n\n才培养和学位授予质量，根据《中华人民共和国学位法》和《学\n\n位论文作假行为处理办法》，结合我校实际，制定本办法。\n\n第二条　向我校申请博士、硕士和学士学位所提交的博士、\n\n硕士学位论文。\n";
        assert_eq!(spacing(wrapped), 2, "a hard-wrapped text with a blank line after every line");
        let paragraphs = "案名\n\n基本案情\n\n原被告双方就暗刷流量需求达成一致并签订服务合同，该合同分三个履行阶段。\n\n裁判要旨\n\n“暗刷流量”行为不属于真实的、基于用户对网络产品的喜好而自愿产生的点击行为。\n";
        assert_eq!(spacing(paragraphs), 1, "a blank line after every paragraph");
        assert_eq!(spacing("标题\n\n第一行\n第二行\n第三行\n\n第四行\n"), 1, "paragraphs parted by blank lines");
        assert_eq!(spacing("a\n\nb\n"), 1, "too few lines to tell");
        let blank_spacing = |t: &str| blank_line_spacing(t, &lines(t).collect::<Vec<_>>());
        assert_eq!(blank_spacing(paragraphs), 2, "a blank line after every line, paragraphs or not");
        assert_eq!(blank_spacing(wrapped), 2, "a blank line after every wrapped line");
        assert_eq!(blank_spacing("标题\n\n第一行\n第二行\n第三行\n\n第四行\n"), 1, "paragraphs parted by blank lines");
    }

    /// [`line_spacing`] reading all its lines, as it did before it stopped early.
    fn spacing_read_whole(text: &str, lines: &[Line]) -> usize {
        let (mut direct, mut after_one_blank, mut long, mut ended) = (0usize, 0usize, 0usize, 0usize);
        let mut blanks: Option<usize> = None;
        for line in lines.iter().take(SPACING_LINES) {
            let words = text.get(line.start..line.end).unwrap_or("").trim();
            match (words.is_empty(), blanks) {
                (true, Some(n)) => blanks = Some(n + 1),
                (false, Some(0)) => direct += 1,
                (false, Some(1)) => after_one_blank += 1,
                _ => {}
            }
            if !words.is_empty() {
                blanks = Some(0);
            }
            if words.len() >= LONG_LINE_BYTES {
                long += 1;
                ended += usize::from(words.ends_with(['。', '；', '：', '！', '？', '”', '）']));
            }
        }
        let double_spaced = after_one_blank >= MIN_DOUBLE_SPACED && direct * 10 <= after_one_blank;
        if double_spaced && ended * 2 < long { 2 } else { 1 }
    }

    proptest::proptest! {
        #[test]
        fn stopping_early_gives_the_answer_of_every_line(kinds in proptest::collection::vec(0usize..5, 0..460)) {
            // Blank lines, short lines, long lines that end a sentence and long ones that do
            // not, in any order and number (past the lines read too).
            let long = "为了规范学位论文管理推进建立良好学风保障人才培养和学位授予质量";
            let mut text = String::new();
            for k in kinds {
                match k {
                    0 | 1 => {}
                    2 => text.push_str("第一章"),
                    3 => { text.push_str(long); text.push('。'); }
                    _ => text.push_str(long),
                }
                text.push('\n');
            }
            let all: Vec<Line> = lines(&text).collect();
            proptest::prop_assert_eq!(line_spacing(&text, &all), spacing_read_whole(&text, &all));
        }
    }
}
