//! Small text helpers shared by the noise detectors: character classes and cheap counts.

/// Number of chars (code points) in `s`. The standard library counts the bytes that start
/// a char a machine word at a time, which keeps long lines cheap.
pub(super) fn char_count(s: &str) -> usize {
    s.chars().count()
}

/// The char that ends at byte `end` of `text`, if any.
pub(super) fn char_before(text: &str, end: usize) -> Option<char> {
    text.get(..end).and_then(|s| s.chars().next_back())
}

/// The char that starts at byte `start` of `text`, if any.
pub(super) fn char_at(text: &str, start: usize) -> Option<char> {
    text.get(start..).and_then(|s| s.chars().next())
}

/// How a line ends, seen from the next line: did the writer finish a sentence or a unit
/// there, or was the text cut in the middle of one?
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum LineEnd {
    /// A sentence end, a closing quote or bracket, a colon: a break is natural here.
    Closed,
    /// A word character: the sentence goes on past the break.
    Open,
    /// An opening bracket or quote, or a comma: certainly cut.
    Broken,
}

/// Classifies the last char of a line.
pub(super) fn line_end(c: char) -> LineEnd {
    match c {
        '。' | '！' | '？' | '!' | '?' | '；' | ';' | '：' | ':' | '…' | '”' | '’' | '」' | '』' | '）' | ')'
        | '】' | '》' | '〉' | ']' | '］' | '.' | '．' | '"' | '\'' => LineEnd::Closed,
        '（' | '(' | '“' | '‘' | '《' | '〈' | '【' | '「' | '『' | '[' | '［' | '、' | '，' | ',' | '—' | '-' => {
            LineEnd::Broken
        }
        _ => LineEnd::Open,
    }
}

/// True for the white space a line may be padded with.
pub(super) fn is_blank_char(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// True when `s` holds only white space.
#[inline]
pub(super) fn is_blank(s: &str) -> bool {
    // Fast path: most lines start with a byte that no blank char starts with.
    match s.as_bytes().first() {
        None => true,
        Some(&b) if !may_start_blank_char(b) => false,
        Some(_) => trim_start(s.as_bytes()) == s.len(),
    }
}

/// The length of the blank char ([`is_blank_char`]) that starts `b`, 0 when there is none:
/// white space ([`crate::text::lines::white_space_len`]) or the BOM.
const fn blank_at_start(b: &[u8]) -> usize {
    match b {
        [0xEF, 0xBB, 0xBF, ..] => 3,
        _ => crate::text::lines::white_space_len(b),
    }
}

/// The length of the blank char that ends `b` (of valid UTF-8), 0 when there is none.
const fn blank_at_end(b: &[u8]) -> usize {
    match b {
        [.., b'\t'..=b'\r' | b' '] => 1,
        [.., 0xC2, 0x85 | 0xA0] => 2,
        [.., 0xE1, 0x9A, 0x80]
        | [.., 0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF]
        | [.., 0xE2, 0x81, 0x9F]
        | [.., 0xE3, 0x80, 0x80]
        | [.., 0xEF, 0xBB, 0xBF] => 3,
        _ => 0,
    }
}

/// The number of bytes of blank chars that open `b`.
fn trim_start(b: &[u8]) -> usize {
    let mut start = 0;
    while let n @ 1.. = blank_at_start(b.get(start..).unwrap_or_default()) {
        start += n;
    }
    start
}

/// False when `b`, the first byte of a char, proves that the char is not blank: ASCII
/// white space is `\t`..=`\r` and the space; the other white space chars (U+0085, U+00A0,
/// U+1680, U+2000..=U+205F, U+3000) and the BOM (U+FEFF) start with 0xC2, 0xE1..=0xE3 or
/// 0xEF in UTF-8.
pub(super) const fn may_start_blank_char(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ' | 0xC2 | 0xE1..=0xE3 | 0xEF)
}

/// `s` without leading and trailing white space (ASCII, ideographic, BOM), read off the
/// bytes at both ends: no character is decoded.
pub(super) fn trim(s: &str) -> &str {
    let bytes = s.as_bytes();
    let start = trim_start(bytes);
    let mut end = bytes.len();
    while let n @ 1.. = blank_at_end(bytes.get(start..end).unwrap_or_default()) {
        end -= n;
    }
    s.get(start..end).unwrap_or("")
}

/// Parses 1–4 ASCII digits at the start of `s` (no leading zero): the value and its length.
pub(super) fn small_number(s: &[u8]) -> Option<(u32, usize)> {
    let len = s.iter().take(5).take_while(|b| b.is_ascii_digit()).count();
    if len == 0 || len > 4 || s.first() == Some(&b'0') {
        return None;
    }
    let value = s.get(..len)?.iter().fold(0u32, |v, &b| v * 10 + u32::from(b - b'0'));
    Some((value, len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_chars() {
        assert_eq!(char_count("a第一条"), 4, "one ASCII and three CJK chars");
    }

    #[test]
    fn blank_chars_start_with_the_listed_bytes() {
        for c in (0..=0x10_FFFFu32).filter_map(char::from_u32).filter(|&c| is_blank_char(c)) {
            let mut buf = [0u8; 4];
            let first = c.encode_utf8(&mut buf).as_bytes().first().copied().unwrap_or(0);
            assert!(may_start_blank_char(first), "{c:?} starts with {first:#x}");
        }
    }

    #[test]
    fn blank_bytes_are_the_blank_chars() {
        for c in (0..=0x10_FFFFu32).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let expected = if is_blank_char(c) { c.len_utf8() } else { 0 };
            assert_eq!(blank_at_start(bytes), expected, "{c:?} at the start");
            assert_eq!(blank_at_end(bytes), expected, "{c:?} at the end");
            let padded = format!("{c}甲{c}");
            assert_eq!(trim(&padded), padded.trim_matches(is_blank_char), "{c:?} around a word");
            assert!(!is_blank(&padded), "{c:?} around a word is not blank");
            assert_eq!(is_blank(&format!("{c}{c}")), is_blank_char(c), "{c:?} twice");
        }
    }

    #[test]
    fn trim_takes_blank_chars_off_both_ends() {
        for s in [
            "",
            " ",
            "第一条",
            " 第一条",
            "第一条\u{3000}",
            "\u{feff}总则",
            "a\u{a0}",
            "\u{85}x\u{2003}",
            "x\u{205f}",
            "。\t",
        ] {
            assert_eq!(trim(s), s.trim_matches(is_blank_char), "{s:?}");
        }
    }

    #[test]
    fn numbers() {
        assert_eq!(small_number(b"14\xe3\x80\x81"), Some((14, 2)), "14 before a dunhao");
        assert_eq!(small_number(b"012"), None, "no leading zero");
        assert_eq!(small_number(b"12345"), None, "at most four digits");
    }

    #[test]
    fn line_ends() {
        assert_eq!(line_end('。'), LineEnd::Closed, "sentence end");
        assert_eq!(line_end('全'), LineEnd::Open, "a word goes on");
        assert_eq!(line_end('('), LineEnd::Broken, "an open bracket is cut");
    }
}
