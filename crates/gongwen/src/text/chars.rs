//! Character classes every stage shares: white space, padding, CJK ideographs.
//!
//! Each class is one table of characters ([`PADDING_CHARS`], [`WHITE_SPACE_CHARS`]); a
//! [`CharClass`] built from it at compile time answers "is `c` in the class?" with two
//! loads, and "how long is the member at the start (or end) of these bytes?" after a test
//! of the first byte, so the hot paths read UTF-8 bytes without decoding the characters
//! that cannot be members. Adding a character to a class is a one-row change.
//!
//! Three classes, because they mean three things:
//!
//! | class | what it is | read by |
//! |---|---|---|
//! | [`PADDING`] | what indents a line or pads a marker: the characters a writer or a converter puts before a marker (`\u{3000}\u{3000}一、`) | line starts, marker and heading padding |
//! | [`WHITE_SPACE`] | Unicode White_Space ([`char::is_whitespace`]): line breaks included | the text of a heading or a title "with all white space removed" (docs/annotation.md), the space after a decimal section number |
//! | [`SPACE`] | either: whatever prints as nothing | blank lines, trimming, squashing a label (`目　　录`) |
//!
//! Language knowledge (which characters are numerals, which words are units) lives in
//! [`crate::lexicon`]; this module holds only facts about how text is laid out.

/// The characters that indent a line or pad a marker: one row each (a new indentation
/// character is one more row).
#[rustfmt::skip]
pub(crate) const PADDING_CHARS: &[char] = &[
    ' ',
    '\t',
    '\u{0b}',   // LINE TABULATION
    '\u{0c}',   // FORM FEED
    '\u{a0}',   // NO-BREAK SPACE: `&nbsp;` in text taken from web pages
    '\u{3000}', // IDEOGRAPHIC SPACE: the two-character indentation of a 公文 paragraph
    '\u{feff}', // BYTE ORDER MARK (ZERO WIDTH NO-BREAK SPACE), at the start or pasted inside
    // The typographic spaces U+2000–U+200A: `&emsp;` (U+2003 EM SPACE) indents the
    // paragraphs of HTML pages and of text copied from them (`\u{2003}\u{2003}第十七条`,
    // 突发环境事件应急管理办法, corpus/dev d16); `&ensp;` (U+2002) separates a marker from its
    // heading (`第一分编\u{2002}\u{2002}通则`, 中华人民共和国民法典).
    '\u{2000}', // EN QUAD
    '\u{2001}', // EM QUAD
    '\u{2002}', // EN SPACE
    '\u{2003}', // EM SPACE
    '\u{2004}', // THREE-PER-EM SPACE
    '\u{2005}', // FOUR-PER-EM SPACE
    '\u{2006}', // SIX-PER-EM SPACE
    '\u{2007}', // FIGURE SPACE
    '\u{2008}', // PUNCTUATION SPACE
    '\u{2009}', // THIN SPACE
    '\u{200a}', // HAIR SPACE
    // Zero-width and directional marks that a word processor or a web page leaves before a
    // marker.
    '\u{200b}', // ZERO WIDTH SPACE
    '\u{200c}', // ZERO WIDTH NON-JOINER
    '\u{200d}', // ZERO WIDTH JOINER
    '\u{200e}', // LEFT-TO-RIGHT MARK
    '\u{200f}', // RIGHT-TO-LEFT MARK
    '\u{202a}', // LEFT-TO-RIGHT EMBEDDING
    '\u{202b}', // RIGHT-TO-LEFT EMBEDDING
    '\u{202c}', // POP DIRECTIONAL FORMATTING
    '\u{202d}', // LEFT-TO-RIGHT OVERRIDE
    '\u{202e}', // RIGHT-TO-LEFT OVERRIDE
    '\u{2060}', // WORD JOINER
    '\u{2066}', // LEFT-TO-RIGHT ISOLATE
    '\u{2067}', // RIGHT-TO-LEFT ISOLATE
    '\u{2068}', // FIRST STRONG ISOLATE
    '\u{2069}', // POP DIRECTIONAL ISOLATE
];

/// The Unicode White_Space characters: exactly those for which [`char::is_whitespace`] is
/// true (a test checks it), listed so that their bytes can be matched without decoding.
pub(crate) const WHITE_SPACE_CHARS: &[char] = &[
    '\t', '\n', '\u{0b}', '\u{0c}', '\r', ' ', '\u{85}', '\u{a0}', '\u{1680}', '\u{2000}', '\u{2001}', '\u{2002}',
    '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}', '\u{2008}', '\u{2009}', '\u{200a}', '\u{2028}',
    '\u{2029}', '\u{202f}', '\u{205f}', '\u{3000}',
];

/// Padding: [`PADDING_CHARS`].
pub(crate) static PADDING: CharClass = CharClass::new(&[PADDING_CHARS]);

/// White space: [`WHITE_SPACE_CHARS`].
pub(crate) static WHITE_SPACE: CharClass = CharClass::new(&[WHITE_SPACE_CHARS]);

/// White space or padding: whatever prints as nothing.
pub(crate) static SPACE: CharClass = CharClass::new(&[WHITE_SPACE_CHARS, PADDING_CHARS]);

/// True for a character of the CJK Unified Ideographs block (U+4E00–U+9FFF): a Chinese
/// character of running text (`条`), as opposed to punctuation (`。`), digits or letters.
#[must_use]
pub(crate) fn is_cjk_ideograph(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// True for a character of the Private Use Area (U+E000–U+F8FF): a glyph that has a meaning
/// only in the font a PDF copy was extracted from (a decimal point there: `高程103\u{e010}5米`).
#[must_use]
pub(crate) fn is_private_use(c: char) -> bool {
    ('\u{e000}'..='\u{f8ff}').contains(&c)
}

/// True for the lead bytes E4–E9, which start the characters U+4000–U+9FFF: the CJK
/// Unified Ideographs (U+4E00–U+9FFF) and a few rare characters before them. A test on one
/// byte that rules out white space, padding and punctuation (checked by a test).
#[must_use]
pub(crate) const fn may_start_cjk_ideograph(b: u8) -> bool {
    matches!(b, 0xE4..=0xE9)
}

/// True when `c` is padding ([`PADDING`]).
#[inline]
#[must_use]
pub(crate) fn is_padding(c: char) -> bool {
    PADDING.contains(c)
}

/// True when `c` is white space ([`WHITE_SPACE`], the same as [`char::is_whitespace`]).
#[inline]
#[must_use]
pub(crate) fn is_white_space(c: char) -> bool {
    WHITE_SPACE.contains(c)
}

/// True when `c` is white space or padding ([`SPACE`]).
#[inline]
#[must_use]
pub(crate) fn is_space(c: char) -> bool {
    SPACE.contains(c)
}

/// Skips padding from `pos` within `text[..limit]`. The common case, a first byte that
/// starts no padding, is decided inline.
#[inline]
pub(crate) fn skip_padding(text: &str, pos: usize, limit: usize) -> usize {
    if pos < limit && text.as_bytes().get(pos).is_some_and(|&b| PADDING.may_start(b)) {
        PADDING.skip(text.as_bytes(), pos, limit)
    } else {
        pos
    }
}

/// `s` without [`SPACE`] at either end, read off the bytes at both ends.
pub(crate) fn trim_space(s: &str) -> &str {
    let bytes = s.as_bytes();
    let start = SPACE.skip(bytes, 0, bytes.len());
    let mut end = bytes.len();
    while let n @ 1.. = SPACE.len_before(bytes.get(start..end).unwrap_or_default()) {
        end -= n;
    }
    s.get(start..end).unwrap_or("")
}

/// `s` without [`SPACE`] at its end.
pub(crate) fn trim_space_end(s: &str) -> &str {
    let bytes = s.as_bytes();
    let mut end = bytes.len();
    while let n @ 1.. = SPACE.len_before(bytes.get(..end).unwrap_or_default()) {
        end -= n;
    }
    s.get(..end).unwrap_or("")
}

/// The span `start..end` of `text` without trailing white space or padding; `None` when
/// nothing is left (or the range is no slice of `text`). Headings and title lines end so.
pub(crate) fn trimmed_span(text: &str, start: usize, end: usize) -> Option<super::Span> {
    let s = text.get(start..end)?;
    // Most lines end in a CJK ideograph (lead byte E4–E9), which is neither white space nor
    // padding: nothing to trim.
    if s.len() >= 3 && s.as_bytes().get(s.len() - 3).is_some_and(|&b| may_start_cjk_ideograph(b)) {
        return Some(super::Span::from_usize(start, end));
    }
    let t = trim_space_end(s);
    (!t.is_empty()).then(|| super::Span::from_usize(start, start + t.len()))
}

/// True when `s` holds only [`SPACE`] (or nothing).
#[inline]
pub(crate) fn is_all_space(s: &str) -> bool {
    // Most lines start with a byte that no space character starts with.
    match s.as_bytes().first() {
        None => true,
        Some(&b) if !SPACE.may_start(b) => false,
        Some(_) => SPACE.skip(s.as_bytes(), 0, s.len()) == s.len(),
    }
}

/// True when `s` holds a [`WHITE_SPACE`] character.
///
/// Eight bytes at a time: a word with no byte below 0x21 and none of the lead bytes C2, E1,
/// E2, E3 (the only ones white space starts with) holds none; in the others only the bytes
/// so marked are checked, each as the start of a character (a `、` or a `“` in a word costs
/// one check, not eight). A test checks it against [`char::is_whitespace`] for every
/// character.
pub(crate) fn has_white_space(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(word) = b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let mut lanes = white_space_lanes(u64::from_le_bytes(*word));
        while lanes != 0 {
            let k = i + (lanes.trailing_zeros() / 8) as usize;
            if white_space_starts_in(b, k, k + 1) {
                return true;
            }
            lanes &= lanes - 1;
        }
        i += 8;
    }
    white_space_starts_in(b, i, b.len())
}

/// True when a [`WHITE_SPACE`] character starts at a byte of `b[from..to]`.
fn white_space_starts_in(b: &[u8], from: usize, to: usize) -> bool {
    (from..to).any(|k| {
        b.get(k).is_some_and(|&lead| WHITE_SPACE.may_start(lead))
            && WHITE_SPACE.len_at(b.get(k..).unwrap_or_default()) > 0
    })
}

/// The high bit of each of the eight bytes of `w` that may start white space: every byte
/// below 0x21 or equal to C2, E1, E2 or E3 has it; a byte above such a byte may have it too
/// (a borrow), which costs a check and misses nothing. The tests of "Bit Twiddling Hacks":
/// some byte of `x` is below `n` (at most 0x80) when `(x - n·0x0101…) & !x` has a high bit
/// set (the lowest such byte's bit is exact), and a byte equal to `c` is a zero byte of
/// `x ^ c·0x0101…`.
const fn white_space_lanes(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const fn has_byte(w: u64, c: u8) -> u64 {
        let x = w ^ (ONES * c as u64);
        x.wrapping_sub(ONES) & !x
    }
    let below = w.wrapping_sub(ONES * 0x21) & !w;
    (below | has_byte(w, 0xC2) | has_byte(w, 0xE1) | has_byte(w, 0xE2) | has_byte(w, 0xE3)) & HIGH
}

/// The most 256-code-point blocks a [`CharClass`] may touch.
const MAX_BLOCKS: usize = 16;

/// A set of characters of the Basic Multilingual Plane, built at compile time from tables
/// of characters: a two-level bitmap (a block index per 256 code points, then one bit per
/// code point of the blocks that hold a member) and the set of UTF-8 lead bytes of the
/// members. Building it fails the build on a character listed twice or outside the BMP.
#[derive(Debug)]
pub(crate) struct CharClass {
    /// For each 256-code-point block, 1 + the index of its bitmap in `bits`; 0 when the
    /// block holds no member.
    blocks: [u8; 256],
    bits: [[u64; 4]; MAX_BLOCKS],
    /// Bit `b` is set when a member's UTF-8 encoding starts with byte `b`.
    leads: [u64; 4],
}

impl CharClass {
    /// The class of the characters of `tables` (a character may be in two tables, not twice
    /// in one).
    #[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
    pub(crate) const fn new(tables: &[&[char]]) -> CharClass {
        let mut class = CharClass::EMPTY;
        let mut t = 0;
        while t < tables.len() {
            let table = tables[t];
            let mut i = 0;
            while i < table.len() {
                let mut j = 0;
                while j < i {
                    assert!(table[j] as u32 != table[i] as u32, "a character is listed twice in one table");
                    j += 1;
                }
                class.insert(table[i]);
                i += 1;
            }
            t += 1;
        }
        class
    }

    const EMPTY: CharClass = CharClass { blocks: [0; 256], bits: [[0; 4]; MAX_BLOCKS], leads: [0; 4] };

    /// Adds `c` (at compile time).
    #[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
    const fn insert(&mut self, c: char) {
        let cp = c as u32;
        assert!(cp <= 0xFFFF, "a character class holds characters of the BMP");
        let block = (cp >> 8) as usize;
        if self.blocks[block] == 0 {
            let mut used = 0;
            let mut k = 0;
            while k < 256 {
                if self.blocks[k] as usize > used {
                    used = self.blocks[k] as usize;
                }
                k += 1;
            }
            assert!(used < MAX_BLOCKS, "a character class touches at most MAX_BLOCKS blocks");
            assert!(MAX_BLOCKS.is_power_of_two(), "a block index is masked into range");
            self.blocks[block] = used as u8 + 1;
        }
        let at = self.blocks[block] as usize - 1;
        self.bits[at][((cp & 0xFF) >> 6) as usize] |= 1 << (cp & 63);
        let lead = utf8_lead(c) as usize;
        self.leads[lead / 64] |= 1 << (lead % 64);
    }

    /// True when `c` is a member.
    #[inline]
    #[allow(clippy::indexing_slicing)] // indices are masked into range
    pub(crate) const fn contains(&self, c: char) -> bool {
        self.contains_code_point(c as u32)
    }

    /// True when the code point `cp` is a member.
    #[inline]
    #[allow(clippy::indexing_slicing)] // indices are masked into range
    const fn contains_code_point(&self, cp: u32) -> bool {
        if cp > 0xFFFF {
            return false;
        }
        match self.blocks[(cp >> 8) as usize & 0xFF] {
            0 => false,
            k => (self.bits[(k as usize - 1) & (MAX_BLOCKS - 1)][((cp & 0xFF) >> 6) as usize] >> (cp & 63)) & 1 == 1,
        }
    }

    /// False when `b`, the first byte of a character's UTF-8 encoding, proves that the
    /// character is no member.
    #[inline]
    #[allow(clippy::indexing_slicing)] // `b / 64` is below 4
    pub(crate) const fn may_start(&self, b: u8) -> bool {
        (self.leads[(b / 64) as usize] >> (b % 64)) & 1 == 1
    }

    /// The length in bytes of the member at the start of `bytes` (valid UTF-8 from a char
    /// boundary), 0 when it starts with no member.
    #[inline]
    pub(crate) const fn len_at(&self, bytes: &[u8]) -> usize {
        // The code point is assembled only after the lead byte's test; the input is valid
        // UTF-8, so the bytes need no checking.
        let (cp, len) = match *bytes {
            [b0, ..] if !self.may_start(b0) => return 0,
            [b0, ..] if b0 < 0x80 => (b0 as u32, 1),
            [b0, b1, ..] if b0 < 0xE0 => (((b0 as u32) & 0x1F) << 6 | ((b1 as u32) & 0x3F), 2),
            [b0, b1, b2, ..] if b0 < 0xF0 => {
                (((b0 as u32) & 0x0F) << 12 | ((b1 as u32) & 0x3F) << 6 | ((b2 as u32) & 0x3F), 3)
            }
            _ => return 0,
        };
        if self.contains_code_point(cp) { len } else { 0 }
    }

    /// The length in bytes of the member at the end of `bytes` (valid UTF-8 up to a char
    /// boundary), 0 when it ends with no member.
    #[inline]
    pub(crate) fn len_before(&self, bytes: &[u8]) -> usize {
        let n = bytes.len();
        // The common cases first: an ASCII character, or a 3-byte one (its lead byte three
        // from the end; valid UTF-8 has two continuation bytes after it).
        match *bytes {
            [.., b] if b < 0x80 => return self.len_at(&[b]),
            [.., b0, b1, b2] if b0 & 0xF0 == 0xE0 => return self.len_at(&[b0, b1, b2]),
            _ => {}
        }
        // Else the last character starts at the last byte that is no continuation byte.
        let start = (1..=n.min(4)).map(|k| n - k).find(|&i| bytes.get(i).is_some_and(|&b| b & 0xC0 != 0x80));
        match start.and_then(|i| bytes.get(i..)) {
            Some(last) => self.len_at(last),
            None => 0,
        }
    }

    /// Skips members from `pos` while before `limit`.
    #[inline]
    pub(crate) fn skip(&self, bytes: &[u8], mut pos: usize, limit: usize) -> usize {
        while pos < limit {
            match self.len_at(bytes.get(pos..).unwrap_or_default()) {
                0 => break,
                n => pos += n,
            }
        }
        pos
    }
}

/// The first byte of `c`'s UTF-8 encoding.
const fn utf8_lead(c: char) -> u8 {
    let cp = c as u32;
    if cp < 0x80 {
        cp as u8
    } else if cp < 0x800 {
        0xC0 | (cp >> 6) as u8
    } else if cp < 0x1_0000 {
        0xE0 | (cp >> 12) as u8
    } else {
        0xF0 | (cp >> 18) as u8
    }
}

/// The length in bytes of the white space character at the end of `raw` (UTF-8 up to a char
/// boundary), 0 when it ends with none. Most lines end in an ASCII character or in a
/// three-byte character above U+3FFF (ideographs, full-width punctuation), which no white
/// space is but U+3000 (`E3 80 80`): the last bytes decide without decoding.
#[inline]
pub(crate) fn white_space_before(raw: &[u8]) -> usize {
    match raw {
        [] => 0,
        [.., b] if b.is_ascii() => usize::from(WHITE_SPACE.contains(char::from(*b))),
        [.., 0xE3, b1, b2] => 3 * usize::from((*b1, *b2) == (0x80, 0x80)),
        [.., 0xE4..=0xEF, _, _] => 0,
        _ => WHITE_SPACE.len_before(raw),
    }
}

/// Where `raw` (UTF-8) starts and ends without the white space at its ends, as
/// [`str::trim`] cuts it: `(start, end)`, both `raw.len()` when it is all white space.
#[inline]
pub(crate) fn trim_bounds(raw: &[u8]) -> (usize, usize) {
    // Most lines open with an ideograph or punctuation, which no white space starts with, and
    // end in a character that the last bytes tell is no white space ([`white_space_before`]):
    // nothing to trim. An empty line (half the lines of a statute) has nothing to trim either.
    match raw {
        [] => return (0, 0),
        [first, ..] if !WHITE_SPACE.may_start(*first) && white_space_before(raw) == 0 => return (0, raw.len()),
        _ => {}
    }
    trim_bounds_slow(raw)
}

/// [`trim_bounds`] for a line that may start or end with white space. Kept out of line, so
/// that the fast path is small enough to be inlined where lines are read.
#[inline(never)]
fn trim_bounds_slow(raw: &[u8]) -> (usize, usize) {
    let lead = match raw.first() {
        Some(&b) if WHITE_SPACE.may_start(b) => WHITE_SPACE.skip(raw, 0, raw.len()),
        _ => 0,
    };
    let mut end = raw.len();
    while end > lead {
        match white_space_before(raw.get(lead..end).unwrap_or_default()) {
            0 => break,
            n => end -= n,
        }
    }
    (lead, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_char() -> impl Iterator<Item = char> {
        (0..=0x10_FFFF).filter_map(char::from_u32)
    }

    #[test]
    fn white_space_is_unicode_white_space() {
        for c in every_char() {
            assert_eq!(WHITE_SPACE.contains(c), c.is_whitespace(), "{c:?}");
        }
    }

    #[test]
    fn classes_hold_their_tables_and_nothing_else() {
        for c in every_char() {
            assert_eq!(PADDING.contains(c), PADDING_CHARS.contains(&c), "{c:?} padding");
            let space = PADDING_CHARS.contains(&c) || WHITE_SPACE_CHARS.contains(&c);
            assert_eq!(SPACE.contains(c), space, "{c:?} space");
        }
    }

    #[test]
    fn byte_matchers_agree_with_the_classes() {
        for c in every_char() {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            for class in [&PADDING, &WHITE_SPACE, &SPACE] {
                let expected = if class.contains(c) { c.len_utf8() } else { 0 };
                assert_eq!(class.len_at(bytes), expected, "{c:?} at the start");
                assert_eq!(class.len_before(bytes), expected, "{c:?} at the end");
                for before in ["a", "é", "中", "𠀀"] {
                    let text = format!("{before}{c}");
                    assert_eq!(class.len_before(text.as_bytes()), expected, "{c:?} at the end after {before}");
                }
                if expected > 0 {
                    assert!(
                        class.may_start(bytes.first().copied().unwrap_or(0)),
                        "{c:?}: its lead byte is in the filter"
                    );
                }
            }
        }
    }

    #[test]
    fn every_filter_byte_starts_a_member() {
        for (name, class, table) in
            [("padding", &PADDING, PADDING_CHARS), ("white space", &WHITE_SPACE, WHITE_SPACE_CHARS)]
        {
            for b in 0..=255u8 {
                let used = table.iter().any(|&c| utf8_lead(c) == b);
                assert_eq!(class.may_start(b), used, "{name}: lead byte {b:#x}");
            }
        }
    }

    #[test]
    fn padding_runs_and_trims() {
        assert_eq!(skip_padding("\u{3000} \u{feff}\u{200b}一", 0, 100), 3 + 1 + 3 + 3, "a run of padding");
        assert_eq!(skip_padding("\u{3000}\u{3000}", 0, 3), 3, "not past the limit");
        assert_eq!(trim_space("\u{feff} 第一条\u{3000}\n"), "第一条");
        assert_eq!(trim_space_end("　目录 \u{200b}"), "　目录");
        assert!(is_all_space(" \u{3000}\t\u{200b}"));
        assert!(!is_all_space(" 一"));
        assert!(has_white_space("一 二") && !has_white_space("一、加强党的建设。"));
    }

    #[test]
    fn has_white_space_is_char_is_whitespace() {
        for c in every_char() {
            for s in [format!("一{c}"), format!("{c}“”"), format!("一二三四五六七{c}")] {
                assert_eq!(has_white_space(&s), c.is_whitespace(), "{c:?} in {s:?}");
            }
        }
        assert!(!has_white_space("") && !has_white_space("、。“”—…《》"));
    }

    #[test]
    fn cjk_ideographs_are_the_unified_block() {
        assert!(is_cjk_ideograph('一'), "U+4E00 opens the block");
        assert!(is_cjk_ideograph('\u{9fff}'), "U+9FFF closes it");
        assert!(!is_cjk_ideograph('。'), "punctuation is not an ideograph");
        assert!(!is_cjk_ideograph('１'), "full-width digits are not ideographs");
        for c in every_char().filter(|&c| is_cjk_ideograph(c)) {
            assert!(may_start_cjk_ideograph(utf8_lead(c)), "{c:?}");
        }
        for b in (0..=255u8).filter(|&b| may_start_cjk_ideograph(b)) {
            assert!(!SPACE.may_start(b), "{b:#x} starts no space character");
        }
    }

    #[test]
    fn trimming_from_bytes_agrees_with_str_trim() {
        for s in ["", " ", "\u{3000}甲 乙\u{a0}", "甲", "\t\n", "甲\u{2029}", " a\u{85}", "。\u{205f}\u{3000}"] {
            let (start, end) = trim_bounds(s.as_bytes());
            let lead = s.len() - s.trim_start().len();
            assert_eq!((start, end), (lead, lead + s.trim().len()), "{s:?}");
        }
    }
}
