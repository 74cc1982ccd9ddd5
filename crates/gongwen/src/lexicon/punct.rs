//! Punctuation the rules read around markers, headings and titles, as GB/T 15834-2011
//! (标点符号用法) names it. Each class is one table; the unions the rules read are joined
//! from them at compile time ([`join`]), and the byte-level tests of the hot paths are
//! derived from the tables ([`utf8_keys`]).

/// Sentence ends, full-width (句号, 问号, 叹号: GB/T 15834 §4.1–4.3). A heading stops at the
/// first (docs/annotation.md; `outline::heading::sentence_end`), a marker after one opens a unit in
/// the middle of a line (`outline::candidates`: `…质量安全水平。二是加强农业基础设施建设`,
/// 2008年政府工作报告), and a line ending with one is a sentence, not a title.
pub(crate) const SENTENCE_ENDS: [char; 3] = ['。', '！', '？'];

/// The half-width sentence ends the candidate finder accepts as well (text typed with an
/// English keyboard, or a copy whose punctuation a converter made half-width:
/// `…决不辜负人民的期望!二、今年经济社会发展的总体要求`, 2013年政府工作报告 so converted).
pub(crate) const ASCII_SENTENCE_ENDS: [char; 2] = ['?', '!'];

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

/// Book-title marks (书名号, §4.15), opening and closing: a notice names the document it
/// prints inside them (`现将《上海市科技专家库管理办法》印发给你们`, corpus/dev d06), read by
/// `outline::trees` to tell the title line of an enclosed document.
pub(crate) const BOOK_TITLE_OPEN: [char; 2] = ['《', '〈'];

/// The closing marks of [`BOOK_TITLE_OPEN`].
pub(crate) const BOOK_TITLE_CLOSE: [char; 2] = ['》', '〉'];

/// The text of the first book title of `line` (`《…》`, closed on the line), its marks left
/// out: the document a line names (`《某省突发环境事件应急预案管理办法》政策解读`).
pub(crate) fn book_title(line: &str) -> Option<&str> {
    let open = line.find(BOOK_TITLE_OPEN)?;
    let inner = line.get(open..)?;
    let inner = inner.get(inner.chars().next()?.len_utf8()..)?;
    inner.get(..inner.find(BOOK_TITLE_CLOSE)?)
}

/// Sentence ends and semicolons: a sentence or a clause that could stand alone ends here.
/// Read where a heading must be one clause: the outline's one-line tables of contents and
/// the noise detectors' heading and sentence tests.
pub(crate) const CLAUSE_ENDS: [char; 5] = join(&[&SENTENCE_ENDS, &SEMICOLONS]);

/// [`CLAUSE_ENDS`] and colons: nothing but a heading stands between a unit's marker and a
/// plan inside it (`outline::place`).
pub(crate) const CLAUSE_ENDS_AND_COLONS: [char; 7] = join(&[&SENTENCE_ENDS, &SEMICOLONS, &COLONS]);

/// [`CLAUSE_ENDS`] and commas: a line that holds one is running text, not a short heading
/// or an attachment's title (`outline::accept`, `outline::labels`), and the heading of a
/// chapter ends at one (`outline::candidates`).
pub(crate) const RUNNING_TEXT_MARKS: [char; 7] = join(&[&SENTENCE_ENDS, &SEMICOLONS, &COMMAS]);

/// What a title never ends with: any sentence, clause, colon, comma or `、`
/// (`outline::heading::title`).
pub(crate) const NOT_TITLE_ENDS: [char; 10] = join(&[&SENTENCE_ENDS, &SEMICOLONS, &COLONS, &COMMAS, &[DUNHAO]]);

/// The characters of `parts`, one after the other, at compile time (the build fails when
/// `N` is not their number).
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
pub(crate) const fn join<const N: usize>(parts: &[&[char]]) -> [char; N] {
    let mut out = ['\0'; N];
    let mut n = 0;
    let mut k = 0;
    while k < parts.len() {
        let mut i = 0;
        while i < parts[k].len() {
            out[n] = parts[k][i];
            n += 1;
            i += 1;
        }
        k += 1;
    }
    assert!(n == N, "N is the number of characters joined");
    out
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

/// The keys ([`utf8_keys`]) of the first characters of the words of `tables` (each a
/// 3-byte character: the build fails otherwise), each once; the unused slots hold 0, which
/// is no key.
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
pub(crate) const fn first_char_keys(tables: &[&[&str]]) -> [u32; 8] {
    let mut keys = [0u32; 8];
    let mut n = 0;
    let mut t = 0;
    while t < tables.len() {
        let mut i = 0;
        while i < tables[t].len() {
            let b = tables[t][i].as_bytes();
            assert!(b.len() >= 3 && b[0] >= 0xE0 && b[0] < 0xF0, "a word opens with a 3-byte character");
            let key = b[0] as u32 | (b[1] as u32) << 8 | (b[2] as u32) << 16;
            let mut seen = false;
            let mut k = 0;
            while k < n {
                seen |= keys[k] == key;
                k += 1;
            }
            if !seen {
                keys[n] = key;
                n += 1;
            }
            i += 1;
        }
        t += 1;
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
