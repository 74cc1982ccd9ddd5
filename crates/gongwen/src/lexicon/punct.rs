//! Punctuation the rules read around markers, headings and titles, as GB/T 15834-2011
//! (标点符号用法) names it. Each class is one table; a rule that needs several names them
//! (`holds_any(line, &[&SENTENCE_ENDS, &SEMICOLONS])`), and the byte-level tests of the
//! hot paths are derived from the tables ([`utf8_keys`]).

/// Sentence ends, full-width (句号, 问号, 叹号: GB/T 15834 §4.1–4.3). A heading stops at the
/// first (FORMAT.md; `outline::heading::sentence_end`), a marker after one opens a unit in
/// the middle of a line (`outline::candidates`: `…质量安全水平。二是加强农业基础设施建设`,
/// 2008年政府工作报告), and a line ending with one is a sentence, not a title.
pub(crate) const SENTENCE_ENDS: [char; 3] = ['。', '！', '？'];

/// The half-width sentence end the candidate finder accepts as well (text typed with an
/// English keyboard).
pub(crate) const ASCII_SENTENCE_ENDS: [char; 1] = ['?'];

/// Semicolons (分号, §4.6), full- and half-width: the end of a clause that could stand
/// alone (`…不得将…；`), read with [`SENTENCE_ENDS`] by the rules that want a unit's text
/// to be one heading, not a sentence.
pub(crate) const SEMICOLONS: [char; 2] = ['；', ';'];

/// Colons (冒号, §4.7), full- and half-width: a marker after one opens a unit
/// (`…以下九个方面工作：（一）搞好宏观调控`, 2008年政府工作报告); a label ends with one
/// (`附件：`, `注：`).
pub(crate) const COLONS: [char; 2] = ['：', ':'];

/// Commas (逗号, §4.4), full- and half-width: a line that holds one is running text, not a
/// heading or a short title.
pub(crate) const COMMAS: [char; 2] = ['，', ','];

/// The enumeration comma (顿号, §4.5): it closes `一、` and `1、` markers, and separates the
/// numerals of a number list (`一、二年级学生`, 山东省学校安全条例).
pub(crate) const DUNHAO: char = '、';

/// Closing quotes and brackets (引号 §4.8, 括号 §4.9, 书名号 §4.15), full- and half-width:
/// GB/T 15834 puts a quotation's closing mark after its sentence end (`…。”`), so one may
/// stand between a sentence end and the next marker. Read by `outline::candidates`.
pub(crate) const CLOSING_MARKS: [char; 10] = ['”', '’', '」', '』', '》', '）', ')', '"', '\'', '】'];

/// True when `s` holds a character of any of `classes`.
pub(crate) fn holds_any(s: &str, classes: &[&[char]]) -> bool {
    s.contains(|c: char| classes.iter().any(|class| class.contains(&c)))
}

/// `s` up to its first character of any of `classes` (all of `s` when there is none).
pub(crate) fn before_any<'s>(s: &'s str, classes: &[&[char]]) -> &'s str {
    s.find(|c: char| classes.iter().any(|class| class.contains(&c))).map_or(s, |i| s.get(..i).unwrap_or(s))
}

/// True when `s` ends with a character of any of `classes`.
pub(crate) fn ends_with_any(s: &str, classes: &[&[char]]) -> bool {
    s.chars().next_back().is_some_and(|c| classes.iter().any(|class| class.contains(&c)))
}

/// The UTF-8 bytes of each character of `chars` (all 3 bytes long: the build fails
/// otherwise) as little-endian `u32` keys, `b0 | b1 << 8 | b2 << 16`: what a hot path
/// compares the bytes at a position with, without decoding them.
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
pub(crate) const fn utf8_keys<const N: usize>(chars: [char; N]) -> [u32; N] {
    let mut keys = [0u32; N];
    let mut i = 0;
    while i < N {
        keys[i] = utf8_key(chars[i]);
        i += 1;
    }
    keys
}

/// The keys ([`utf8_keys`]) of the 3-byte characters of `classes`, the others left out;
/// the unused slots hold 0, which is no key.
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
pub(crate) const fn wide_keys(classes: &[&[char]]) -> [u32; 8] {
    let mut keys = [0u32; 8];
    let mut n = 0;
    let mut k = 0;
    while k < classes.len() {
        let mut i = 0;
        while i < classes[k].len() {
            let c = classes[k][i];
            if c.len_utf8() == 3 {
                keys[n] = utf8_key(c);
                n += 1;
            }
            i += 1;
        }
        k += 1;
    }
    keys
}

/// The key ([`utf8_keys`]) of one 3-byte character.
pub(crate) const fn utf8_key(c: char) -> u32 {
    let cp = c as u32;
    assert!(cp >= 0x800 && cp <= 0xFFFF, "a 3-byte character");
    let b0 = 0xE0 | (cp >> 12);
    let b1 = 0x80 | ((cp >> 6) & 0x3F);
    let b2 = 0x80 | (cp & 0x3F);
    b0 | b1 << 8 | b2 << 16
}

/// The key ([`utf8_keys`]) of the three bytes at the start of `bytes`, if there are three.
#[inline]
pub(crate) fn key_at(bytes: &[u8]) -> Option<u32> {
    match *bytes {
        [b0, b1, b2, ..] => Some(u32::from(b0) | u32::from(b1) << 8 | u32::from(b2) << 16),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::check::distinct;

    #[test]
    fn classes_are_distinct_and_disjoint() {
        let classes: [&[char]; 6] =
            [&SENTENCE_ENDS, &ASCII_SENTENCE_ENDS, &SEMICOLONS, &COLONS, &COMMAS, &CLOSING_MARKS];
        let mut all: Vec<char> = classes.iter().flat_map(|c| c.iter().copied()).collect();
        all.push(DUNHAO);
        distinct(all);
    }

    #[test]
    fn keys_are_the_utf8_bytes() {
        for c in SENTENCE_ENDS {
            let mut buf = [0u8; 4];
            assert_eq!(key_at(c.encode_utf8(&mut buf).as_bytes()), Some(utf8_key(c)), "{c}");
        }
    }

    #[test]
    fn the_scan_marks_the_boundary_punctuation() {
        // The pass over the bytes marks `lexicon::chars::BOUNDARY_CJK` and the ASCII bytes of
        // `is_ascii_boundary`; the candidate finder classifies what it marked by these tables.
        let mut wanted: Vec<char> = SENTENCE_ENDS.to_vec();
        wanted.extend([COLONS[0], SEMICOLONS[0], crate::lexicon::markers::OPEN_BRACKETS[0], DUNHAO]);
        let marked: Vec<char> = crate::lexicon::chars::BOUNDARY_CJK.chars().collect();
        assert_eq!(marked, wanted);
        let ascii: Vec<char> = ASCII_SENTENCE_ENDS
            .iter()
            .chain(&COLONS[1..])
            .chain(&SEMICOLONS[1..])
            .chain(&crate::lexicon::markers::OPEN_BRACKETS[1..])
            .copied()
            .collect();
        for b in 0..128u8 {
            assert_eq!(crate::lexicon::chars::is_ascii_boundary(b), ascii.contains(&char::from(b)), "{b}");
        }
    }
}
