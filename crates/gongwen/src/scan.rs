//! One pass over the bytes: where the lines end, where the outline's punctuation stands,
//! where a figure may start, where a reference may start (`第`, `《`, the `款` and `条` of
//! `前款` and `本条`), and the spaces and slashes the noise detectors start from.
//!
//! The later stages look only at what this pass found, so the text is walked once. The
//! walk steps by lead bytes (no `char` is decoded): ten 3-byte characters at a time where
//! one mask test of 31 bytes shows ten of them (most of a Chinese text); elsewhere one mask
//! test of 16 bytes shows how many open them (up to five), and those are taken at once, and
//! the ASCII bytes after them one by one. A 3-byte character costs one probe of a bitmap that marks the figure
//! candidates (the grammar of the quantity stage's candidates), the outline's boundary
//! punctuation (`。！？：；（、`) and the reference starts, and a marked one a second probe,
//! of a table that says which set it joins; an ASCII byte costs one table lookup.
//!
//! Positions are kept as bitsets, one bit per byte of the text, so memory stays bounded
//! (half the text for the four sets) whatever the text holds, and [`Cursor`]s read them in
//! order.

use crate::lexicon::chars::{
    BOOK_TITLE_CJK, BOUNDARY_CJK, CELL_SEPARATOR, FIGURE_CJK, REFERENCE_CJK, is_ascii_boundary, is_ascii_figure,
    is_two_byte_figure,
};
use crate::text::Span;
use crate::text::lines::Line;

/// What the pass over the bytes found: the lines, and four sets of positions kept in one
/// buffer (one allocation).
#[derive(Debug)]
pub(crate) struct Scan {
    /// Every line, in order (as [`crate::text::lines::lines`] gives them).
    pub(crate) lines: Vec<Line>,
    /// The four bitsets, one after the other, `width` words each.
    sets: Vec<u64>,
    width: usize,
}

impl Scan {
    fn set(&self, k: usize) -> Positions<'_> {
        Positions { words: self.sets.get(k * self.width..(k + 1) * self.width).unwrap_or(&[]) }
    }

    /// The outline's punctuation: the boundary marks `。！？：；（、` and ASCII `( : ; ?`,
    /// the book-title marks `《》〈〉`, and TAB (the cell boundary of table rows).
    pub(crate) fn punct(&self) -> Positions<'_> {
        self.set(0)
    }

    /// Where a figure may start.
    pub(crate) fn figures(&self) -> Positions<'_> {
        self.set(1)
    }

    /// ASCII spaces and slashes: where a wrap space or a page counter (`3/28`) may be.
    pub(crate) fn spaces_slashes(&self) -> Positions<'_> {
        self.set(2)
    }

    /// Where a reference may start or end: the characters of
    /// [`crate::lexicon::chars::REFERENCE_CJK`].
    pub(crate) fn references(&self) -> Positions<'_> {
        self.set(3)
    }

    /// Takes the figure candidates inside `spans` (the outline markers: `第二十三条`) out of
    /// the set, a word at a time, so that the quantity stage never meets them.
    pub(crate) fn clear_figures_in(&mut self, spans: &[Span]) {
        let width = self.width;
        let Some(words) = self.sets.get_mut(width..2 * width) else { return };
        for span in spans {
            clear_range(words, span.start as usize, span.end as usize);
        }
    }
}

/// Clears the bits `start..end` of a bitset.
fn clear_range(words: &mut [u64], start: usize, end: usize) {
    let mut i = start;
    while i < end {
        let (k, from) = (i / 64, i % 64);
        let n = (end - i).min(64 - from);
        let mask = if n == 64 { u64::MAX } else { ((1u64 << n) - 1) << from };
        if let Some(w) = words.get_mut(k) {
            *w &= !mask;
        }
        i += n;
    }
}

/// Byte positions of a text, as a bitset: bit `i % 64` of word `i / 64`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Positions<'s> {
    words: &'s [u64],
}

impl Positions<'_> {
    /// The positions in `from..to`, in order, read a word at a time.
    pub(crate) fn iter_in(&self, from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
        let mut k = from / 64;
        let mut bits = self.words.get(k).copied().unwrap_or(0) & (u64::MAX << (from % 64));
        std::iter::from_fn(move || {
            while bits == 0 {
                k += 1;
                if k * 64 >= to {
                    return None;
                }
                bits = *self.words.get(k)?;
            }
            let p = k * 64 + bits.trailing_zeros() as usize;
            bits &= bits.wrapping_sub(1);
            (p < to).then_some(p)
        })
    }

    /// The last position in `from..to`, if any.
    pub(crate) fn last_in(&self, from: usize, to: usize) -> Option<usize> {
        if to <= from {
            return None;
        }
        let last = to - 1;
        let mut k = last / 64;
        let mut bits = self.words.get(k).copied().unwrap_or(0) & (u64::MAX >> (63 - last % 64));
        loop {
            if bits != 0 {
                let p = k * 64 + 63 - bits.leading_zeros() as usize;
                return (p >= from).then_some(p);
            }
            if k * 64 <= from || k == 0 {
                return None;
            }
            k -= 1;
            bits = self.words.get(k).copied().unwrap_or(0);
        }
    }
}

/// Reads a [`Positions`] set forwards: the word it is in and that word's bits not yet
/// passed, so moving on costs a bit operation, not a search.
#[derive(Debug, Clone)]
pub(crate) struct Cursor<'p> {
    words: &'p [u64],
    /// The index of the current word.
    word: usize,
    /// The current word's positions at or after the cursor.
    bits: u64,
}

impl<'p> Cursor<'p> {
    /// A cursor at the first position of `set`.
    pub(crate) fn new(set: Positions<'p>) -> Self {
        Cursor { words: set.words, word: 0, bits: set.words.first().copied().unwrap_or(0) }
    }

    /// The position the cursor is at, if any is left.
    #[inline]
    pub(crate) fn peek(&mut self) -> Option<usize> {
        while self.bits == 0 {
            self.word += 1;
            self.bits = *self.words.get(self.word)?;
        }
        Some(self.word * 64 + self.bits.trailing_zeros() as usize)
    }

    /// Moves past the position the cursor is at.
    #[inline]
    pub(crate) fn advance(&mut self) {
        self.bits &= self.bits.wrapping_sub(1);
    }

    /// Moves to the first position at or after `from` (never back).
    #[inline]
    pub(crate) fn seek(&mut self, from: usize) {
        let word = from / 64;
        if word > self.word {
            self.word = word;
            self.bits = self.words.get(word).copied().unwrap_or(0);
        }
        if word == self.word {
            self.bits &= u64::MAX << (from % 64);
        }
    }
}

/// Where a 3-byte character `[b0, b1, b2]` sits in a bitmap: bit `b2 & 0x3F` of word
/// `(b0 & 0x0F) << 6 | (b1 & 0x3F)`, i.e. its code point split into word and bit (8 KiB for
/// the whole range U+0800–U+FFFF, small enough to stay in the L1 cache).
const fn slot(b0: u8, b1: u8, b2: u8) -> (usize, u32) {
    (((b0 as usize & 0x0F) << 6) | (b1 as usize & 0x3F), (b2 & 0x3F) as u32)
}

/// Words of a [`Wide`] bitmap.
const WIDE_WORDS: usize = 0x3F10;

/// A bitmap of 3-byte characters indexed straight from their bytes read as a little-endian
/// `u32` `x` (`b0 | b1 << 8 | b2 << 16`): bit `x >> 16` (mod 64: `b2 & 0x3F`) of word
/// `x & 0x3F0F` (`b0`'s low nibble and `b1`'s low six bits, left where they are). Spread
/// over 126 KiB, of which the 3-byte range touches 128 cache lines; the hot probe is a mask,
/// a load and a bit test, with no shifting of the bytes into a code point.
type Wide = [u64; WIDE_WORDS];

/// The word of a [`Wide`] bitmap for the character whose bytes `x` holds.
const fn wide_word(x: u64) -> usize {
    (x & 0x3F0F) as usize
}

/// The first three bytes of a character as a little-endian `u32`.
const fn le24(b0: u8, b1: u8, b2: u8) -> u64 {
    b0 as u64 | (b1 as u64) << 8 | (b2 as u64) << 16
}

/// Calls `each(b0, b1, b2)` for every 3-byte character of every string of `sets`.
macro_rules! for_three_byte {
    ($sets:expr, |$b0:ident, $b1:ident, $b2:ident| $body:block) => {{
        let sets: &[&str] = $sets;
        let mut s = 0;
        while s < sets.len() {
            let bytes = sets[s].as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                let lead = bytes[i];
                let len = if lead < 0x80 {
                    1
                } else if lead < 0xE0 {
                    2
                } else if lead < 0xF0 {
                    3
                } else {
                    4
                };
                if len == 3 {
                    let ($b0, $b1, $b2) = (lead, bytes[i + 1], bytes[i + 2]);
                    $body
                }
                i += len;
            }
            s += 1;
        }
    }};
}

/// A bitmap of the 3-byte characters of every string of `sets` (others are left out).
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
const fn bitmap(sets: &[&str]) -> [u64; 0x400] {
    let mut t = [0u64; 0x400];
    for_three_byte!(sets, |b0, b1, b2| {
        let (word, bit) = slot(b0, b1, b2);
        t[word] |= 1 << bit;
    });
    t
}

/// The same set as [`bitmap`], laid out as a [`Wide`] bitmap.
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
const fn wide_bitmap(sets: &[&str]) -> Wide {
    let mut t = [0u64; WIDE_WORDS];
    for_three_byte!(sets, |b0, b1, b2| {
        t[wide_word(le24(b0, b1, b2))] |= 1 << (b2 & 0x3F);
    });
    t
}

/// The 3-byte characters the walk stops at: figure candidates, punctuation, reference
/// starts, book-title marks.
const MARKED_SETS: [&str; 4] = [FIGURE_CJK, BOUNDARY_CJK, REFERENCE_CJK, BOOK_TITLE_CJK];

/// The bitmap of [`MARKED_SETS`], probed for every 3-byte character.
static MARKED: Wide = wide_bitmap(&MARKED_SETS);

/// The sets of [`Scan`], in the order they sit in its buffer.
const PUNCT_SET: u8 = 0;
const FIGURE_SET: u8 = 1;
const SPACE_SLASH_SET: u8 = 2;
const REF_SET: u8 = 3;

/// The flag of a class that joins [`REF_SET`] as well as the set of its low two bits: `《`,
/// a book-title mark and a reference start.
const ALSO_REF: u8 = 4;

/// What each marked 3-byte character is: the set it joins (its low two bits) and
/// [`ALSO_REF`]. The word of [`MARKED`] that holds the character's bit (most words hold no
/// marked character) gives a row, and the bit's place in the word the class in that row.
struct Classes {
    row: [u8; WIDE_WORDS],
    rows: [[u8; 64]; 256],
}

/// Probed only for marked characters, so one probe says which set a character joins.
static CLASSES: Classes = classes();

/// Sets `class` for every 3-byte character of `sets` (their rows already given).
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
const fn set_class(c: &mut Classes, sets: &[&str], class: u8) {
    for_three_byte!(sets, |b0, b1, b2| {
        let row = c.row[wide_word(le24(b0, b1, b2))] as usize;
        let old = c.rows[row][(b2 & 0x3F) as usize];
        // `《` is a book-title mark and a reference start: both sets.
        c.rows[row][(b2 & 0x3F) as usize] =
            if class == PUNCT_SET && old == REF_SET { PUNCT_SET | ALSO_REF } else { class };
    });
}

/// The table of [`CLASSES`]: a row for each word of [`MARKED`] with a marked character.
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
const fn classes() -> Classes {
    let mut c = Classes { row: [0; WIDE_WORDS], rows: [[0; 64]; 256] };
    let marked = wide_bitmap(&MARKED_SETS);
    let (mut w, mut rows) = (0, 0);
    while w < WIDE_WORDS {
        if marked[w] != 0 {
            rows += 1;
            assert!(rows < 256, "a row for each word with a marked character");
            c.row[w] = rows as u8;
        }
        w += 1;
    }
    set_class(&mut c, &[REFERENCE_CJK], REF_SET);
    set_class(&mut c, &[BOUNDARY_CJK, BOOK_TITLE_CJK], PUNCT_SET);
    set_class(&mut c, &[FIGURE_CJK], FIGURE_SET);
    c
}

/// The class ([`CLASSES`]) of the marked 3-byte character whose bytes `x` holds.
#[inline]
fn class(x: u64) -> u8 {
    let row = CLASSES.row.get(wide_word(x)).copied().unwrap_or(0);
    CLASSES.rows.get(usize::from(row)).and_then(|r| r.get(((x >> 16) & 63) as usize)).copied().unwrap_or(0)
}

/// No figure is punctuation or a reference start, and no reference start but `《` (a
/// book-title mark) is punctuation, so a marked character that is neither punctuation nor a
/// reference start is a figure.
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
const _: () = {
    let (figures, punct, refs) = (bitmap(&[FIGURE_CJK]), bitmap(&[BOUNDARY_CJK]), bitmap(&[REFERENCE_CJK]));
    let book = bitmap(&[BOOK_TITLE_CJK]);
    let mut i = 0;
    while i < 0x400 {
        assert!(figures[i] & punct[i] == 0, "no character is both a figure and punctuation");
        assert!((figures[i] | punct[i]) & refs[i] == 0, "no reference start is a figure or boundary punctuation");
        assert!((figures[i] | punct[i]) & book[i] == 0, "no book-title mark is a figure or boundary punctuation");
        i += 1;
    }
};

/// The bit (0 or 1) of the 3-byte character whose bytes `x` holds in `map`: one mask, a
/// load and a shift, the same word and shift for every [`Wide`] bitmap.
#[inline]
fn wide_bit(map: &Wide, x: u64) -> u64 {
    (map.get(wide_word(x)).copied().unwrap_or(0) >> ((x >> 16) & 63)) & 1
}

/// What an ASCII byte is to the walk besides the sets it joins: a line break.
const ASCII_LF: u8 = 4;
const ASCII_CR: u8 = 5;
/// An ASCII byte the walk passes over.
const ASCII_NONE: u8 = 6;

/// The class of every ASCII byte: the set it joins ([`FIGURE_SET`], [`PUNCT_SET`],
/// [`SPACE_SLASH_SET`]), a line break, or nothing.
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
static ASCII: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = if b as u8 == b'\n' {
            ASCII_LF
        } else if b as u8 == b'\r' {
            ASCII_CR
        } else if is_ascii_figure(b as u8) {
            FIGURE_SET
        } else if is_ascii_boundary(b as u8) || b as u8 == CELL_SEPARATOR {
            PUNCT_SET
        } else if b as u8 == b' ' || b as u8 == b'/' {
            SPACE_SLASH_SET
        } else {
            ASCII_NONE
        };
        b += 1;
    }
    t
};

/// The walk's state: the sets being filled and the line being read.
struct Walk<'s> {
    lines: Vec<Line>,
    /// The four sets, one after the other, `width` words each (see [`Scan`]).
    sets: &'s mut [u64],
    width: usize,
    line_start: usize,
}

impl Walk<'_> {
    /// Adds position `i` to set `set`.
    #[inline]
    fn insert(&mut self, set: u8, i: usize) {
        if let Some(w) = self.sets.get_mut(usize::from(set) * self.width + i / 64) {
            *w |= 1 << (i % 64);
        }
    }

    /// A 3-byte character at `i`, its bytes in the low three bytes of `x`. Few are marked,
    /// so that branch is well predicted; a marked one joins the set its class says.
    #[inline]
    fn cjk(&mut self, i: usize, x: u64) {
        if wide_bit(&MARKED, x) == 1 {
            let class = class(x);
            self.insert(class & 3, i);
            if class & ALSO_REF != 0 {
                self.insert(REF_SET, i);
            }
        }
    }

    /// An ASCII byte at `i`; returns where the next character starts.
    #[inline]
    fn ascii(&mut self, bytes: &[u8], i: usize, b: u8) -> usize {
        match ASCII.get(usize::from(b)).copied().unwrap_or(ASCII_NONE) {
            ASCII_NONE => {}
            ASCII_LF => self.end_line(i, i + 1),
            ASCII_CR => {
                let next = if bytes.get(i + 1) == Some(&b'\n') { i + 2 } else { i + 1 };
                self.end_line(i, next);
                return next;
            }
            set => self.insert(set, i),
        }
        i + 1
    }

    fn end_line(&mut self, end: usize, next: usize) {
        self.lines.push(Line { start: self.line_start, end, next });
        self.line_start = next;
    }
}

/// The bytes `k..k + 8` of `chunk` as a little-endian `u64`.
#[inline]
fn le64<const N: usize>(chunk: &[u8; N], k: usize) -> u64 {
    chunk.get(k..k + 8).and_then(|b| b.first_chunk::<8>()).map_or(0, |b| u64::from_le_bytes(*b))
}

/// The lead bytes of five 3-byte characters at the start of 16 bytes (at 0, 3, 6 of the low
/// word, 9 and 12, that is 1 and 4 of the high word), each `1110xxxx`.
const LEADS_LO: (u64, u64) = (0x00F0_0000_F000_00F0, 0x00E0_0000_E000_00E0);
const LEADS_HI: (u64, u64) = (0x0000_00F0_0000_F000, 0x0000_00E0_0000_E000);

/// One step of the walk: the character at `i`; returns where the next one starts.
#[inline]
fn step(w: &mut Walk<'_>, bytes: &[u8], i: usize) -> usize {
    let byte = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
    let b0 = byte(0);
    if b0 >= 0xF0 {
        i + 4
    } else if b0 >= 0xE0 {
        w.cjk(i, le24(b0, byte(1), byte(2)));
        i + 3
    } else if b0 >= 0x80 {
        if is_two_byte_figure(b0, byte(1)) {
            w.insert(FIGURE_SET, i);
        }
        i + 2
    } else {
        w.ascii(bytes, i, b0)
    }
}

/// The 3-byte characters that open the 16 bytes at `i` (`lo` and `hi` their two words):
/// five at once when all five leads are there (most of a Chinese text); else the ones
/// before the first lead that is missing, whose place the mask test gives. Returns where
/// the walk goes on: after the fifth character, or at the character that is not a 3-byte
/// one (never a 3-byte lead).
#[inline]
fn chunk(w: &mut Walk<'_>, i: usize, lo: u64, hi: u64) -> usize {
    let (miss_lo, miss_hi) = misses(lo, hi);
    if miss_lo | miss_hi == 0 {
        five(w, i, lo, hi);
        return i + 15;
    }
    let third = (lo >> 48) | (hi << 16);
    // A lead's four high bits sit 24 bits after the previous one's.
    let n = if miss_lo != 0 { miss_lo.trailing_zeros() / 24 } else { 3 + miss_hi.trailing_zeros() / 24 };
    if n > 0 {
        w.cjk(i, lo);
    }
    if n > 1 {
        w.cjk(i + 3, lo >> 24);
    }
    if n > 2 {
        w.cjk(i + 6, third);
    }
    if n > 3 {
        w.cjk(i + 9, hi >> 8);
    }
    i + 3 * n as usize
}

/// The lead bytes of the five 3-byte characters that 16 bytes (`lo` and `hi` their two
/// words) would open with that are missing: bits set in the lead bytes that are not
/// `1110xxxx`, none when all five are there.
#[inline]
fn misses(lo: u64, hi: u64) -> (u64, u64) {
    ((lo & LEADS_LO.0) ^ LEADS_LO.1, (hi & LEADS_HI.0) ^ LEADS_HI.1)
}

/// The five 3-byte characters at `i`, their 15 bytes at the start of `lo` and `hi`.
#[inline(always)]
fn five(w: &mut Walk<'_>, i: usize, lo: u64, hi: u64) {
    // The character's bytes come first, whatever follows them is masked off.
    w.cjk(i, lo);
    w.cjk(i + 3, lo >> 24);
    w.cjk(i + 6, (lo >> 48) | (hi << 16));
    w.cjk(i + 9, hi >> 8);
    w.cjk(i + 12, hi >> 32);
}

/// The bytes the walk reads to take ten 3-byte characters at once: two runs of five, 16
/// bytes each read from byte 0 and byte 15.
const TEN: usize = 31;

/// Walks `text` once.
pub(crate) fn scan(text: &str) -> Scan {
    let bytes = text.as_bytes();
    let width = bytes.len() / 64 + 1;
    let mut sets = vec![0u64; 4 * width];
    let mut w = Walk {
        // Room for one line per 64 bytes, more than most documents need (a statute's lines
        // average about 85 bytes): no reallocation, and the pages never written are never
        // touched.
        lines: Vec::with_capacity(bytes.len() / 64 + 16),
        sets: &mut sets,
        width,
        line_start: 0,
    };
    let mut i = 0;
    while i < bytes.len() {
        // Ten 3-byte characters at a time while the next 31 bytes start with ten of them
        // (most of a Chinese text): one mask test over four words.
        while let Some(c) = bytes.get(i..).and_then(<[u8]>::first_chunk::<TEN>) {
            let (a, b, c, d) = (le64(c, 0), le64(c, 8), le64(c, 15), le64(c, 23));
            let ((ma, mb), (mc, md)) = (misses(a, b), misses(c, d));
            if ma | mb | mc | md != 0 {
                break;
            }
            five(&mut w, i, a, b);
            five(&mut w, i + 15, c, d);
            i += 30;
        }
        // The 3-byte characters that open the next 16 bytes, read as two words (each
        // character's bytes are taken from them by a shift), then the character after
        // them, if it is not one (a line break, a digit).
        if let Some(c) = bytes.get(i..).and_then(<[u8]>::first_chunk::<16>) {
            let next = chunk(&mut w, i, le64(c, 0), le64(c, 8));
            if next == i + 15 {
                i = next;
                continue;
            }
            i = next;
        }
        i = step(&mut w, bytes, i);
        // The ASCII bytes after it (the second break of `\n\n`, the digits of a number)
        // one by one, without looking for 3-byte characters at each.
        while let Some(&b) = bytes.get(i).filter(|b| b.is_ascii()) {
            i = w.ascii(bytes, i, b);
        }
    }
    if w.line_start < bytes.len() {
        let end = bytes.len();
        w.lines.push(Line { start: w.line_start, end, next: end });
    }
    let lines = w.lines;
    Scan { lines, sets, width }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(set: Positions<'_>) -> Vec<usize> {
        let mut c = Cursor::new(set);
        let mut v = Vec::new();
        while let Some(p) = c.peek() {
            v.push(p);
            c.advance();
        }
        v
    }

    fn insert(words: &mut [u64], p: usize) {
        if let Some(w) = words.get_mut(p / 64) {
            *w |= 1 << (p % 64);
        }
    }

    fn char_by_char(text: &str, class: impl Fn(char) -> bool) -> Vec<usize> {
        text.char_indices().filter(|&(_, c)| class(c)).map(|(i, _)| i).collect()
    }

    fn is_figure(c: char) -> bool {
        (c.is_ascii() && is_ascii_figure(c as u8)) || c == '×' || FIGURE_CJK.contains(c)
    }

    fn is_punct(c: char) -> bool {
        (c.is_ascii() && (is_ascii_boundary(c as u8) || c as u8 == CELL_SEPARATOR))
            || BOUNDARY_CJK.contains(c)
            || BOOK_TITLE_CJK.contains(c)
    }

    proptest::proptest! {
        #[test]
        fn runs_of_three_byte_characters_of_every_length(runs in proptest::collection::vec((0usize..40, 0usize..8), 0..24)) {
            // Runs of 0 to 39 three-byte characters (marked or not) cut by one other character,
            // so that every count of leading 3-byte characters in 16 and in 31 bytes is met.
            let cuts = ["\n", "8", "é", "𠀀", " ", "\r\n", "x", "×"];
            let three = ["加", "三", "。", "第", "《", "强", "款"];
            let mut text = String::new();
            for (k, &(len, cut)) in runs.iter().enumerate() {
                for j in 0..len {
                    text.push_str(three.get((k + j * 5) % three.len()).copied().unwrap_or(""));
                }
                text.push_str(cuts.get(cut).copied().unwrap_or(""));
            }
            let s = scan(&text);
            proptest::prop_assert_eq!(&s.lines, &crate::text::lines::lines(&text).collect::<Vec<_>>());
            proptest::prop_assert_eq!(all(s.figures()), char_by_char(&text, is_figure));
            proptest::prop_assert_eq!(all(s.punct()), char_by_char(&text, is_punct));
            proptest::prop_assert_eq!(all(s.references()), char_by_char(&text, |c| REFERENCE_CJK.contains(c)));
        }

        #[test]
        fn one_walk_finds_what_each_search_finds(parts in proptest::collection::vec(0usize..23, 0..120)) {
            // Candidates, punctuation and line breaks among 1- to 4-byte characters at every alignment.
            let pieces = [
                "加强", "三", "8", "x", "é", "×", "𠀀", "０", "第", "\n", "\r\n", "\r", "。", "（", "(", "：", "、", " ", "/", "《", "》", "〉", "\t",
            ];
            let text: String = parts.iter().filter_map(|&k| pieces.get(k).copied()).collect();
            let s = scan(&text);
            proptest::prop_assert_eq!(&s.lines, &crate::text::lines::lines(&text).collect::<Vec<_>>());
            proptest::prop_assert_eq!(all(s.figures()), char_by_char(&text, is_figure));
            proptest::prop_assert_eq!(all(s.punct()), char_by_char(&text, is_punct));
            proptest::prop_assert_eq!(all(s.spaces_slashes()), char_by_char(&text, |c| c == ' ' || c == '/'));
            proptest::prop_assert_eq!(all(s.references()), char_by_char(&text, |c| REFERENCE_CJK.contains(c)));
        }

        #[test]
        fn first_and_last_in_a_range(bits in proptest::collection::vec(0usize..300, 0..40), a in 0usize..320, b in 0usize..320) {
            let mut words = vec![0u64; 300 / 64 + 1];
            for &p in &bits {
                insert(&mut words, p);
            }
            let positions = Positions { words: &words };
            let inside = || bits.iter().copied().filter(|&p| a <= p && p < b);
            proptest::prop_assert_eq!(positions.iter_in(a, b).collect::<Vec<_>>(), { let mut v: Vec<usize> = inside().collect(); v.sort_unstable(); v.dedup(); v });
            proptest::prop_assert_eq!(positions.last_in(a, b), inside().max());
        }

        #[test]
        fn clearing_spans_leaves_the_figures_outside(parts in proptest::collection::vec(0usize..6, 0..200), cuts in proptest::collection::vec(0usize..600, 0..12)) {
            let pieces = ["三", "8", "加强", "第十条", "\n", "é"];
            let text: String = parts.iter().filter_map(|&k| pieces.get(k).copied()).collect();
            let mut bounds: Vec<usize> = cuts.iter().map(|&c| c.min(text.len())).filter(|&c| text.is_char_boundary(c)).collect();
            bounds.sort_unstable();
            bounds.dedup();
            let spans: Vec<Span> = bounds.chunks_exact(2).filter_map(|p| match *p { [a, b] => Some(Span::from_usize(a, b)), _ => None }).collect();
            let mut s = scan(&text);
            let before = all(s.figures());
            s.clear_figures_in(&spans);
            let outside: Vec<usize> = before.into_iter().filter(|&i| !spans.iter().any(|sp| sp.range().contains(&i))).collect();
            proptest::prop_assert_eq!(all(s.figures()), outside);
        }

        #[test]
        fn cursors_seek_forwards(bits in proptest::collection::vec(0usize..300, 0..40), from in 0usize..320) {
            let mut words = vec![0u64; 300 / 64 + 1];
            for &b in &bits {
                insert(&mut words, b);
            }
            let mut c = Cursor::new(Positions { words: &words });
            c.seek(from);
            proptest::prop_assert_eq!(c.peek(), bits.iter().copied().filter(|&b| b >= from).min());
        }
    }

    #[test]
    fn book_title_marks_are_the_punctuation_tables() {
        use crate::lexicon::punct::{BOOK_TITLE_CLOSE, BOOK_TITLE_OPEN};
        let tables: String = BOOK_TITLE_OPEN.iter().chain(&BOOK_TITLE_CLOSE).collect();
        let mut a: Vec<char> = tables.chars().collect();
        let mut b: Vec<char> = BOOK_TITLE_CJK.chars().collect();
        a.sort_unstable();
        b.sort_unstable();
        assert_eq!(a, b);
    }

    #[test]
    fn sets() {
        let s = scan("一、甲\r\n第2条：乙。");
        assert_eq!(s.lines.len(), 2, "CRLF ends one line");
        assert_eq!(all(s.punct()), vec![3, 18, 24], "、 ： 。");
        assert_eq!(all(s.figures()), vec![0, 14], "一 and 2");
        assert!(scan("").lines.is_empty(), "an empty text has no lines");
    }
}
