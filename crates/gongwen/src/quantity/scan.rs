//! Candidate finding: the byte positions where a figure may start.
//!
//! Grammar:
//!
//! ```text
//! candidate := ASCII_DIGIT | 'x' | 'X' | '*'
//!            | CJK                                       (a bitmap over 3-byte characters)
//! CJK       := 〇○零一二两三四五六七八九十百千万亿 壹贰叁肆伍陆柒捌玖拾佰仟萬億貳參陸 ０-９ × ＊ ｘ Ｘ
//! ```
//!
//! The scan steps one character at a time using only the lead byte, so no `char` is
//! decoded; a 3-byte character costs one probe of the bitmap. (One candidate every 72
//! bytes on the bench corpus. aho-corasick's packed Teddy searcher was tried and is slower
//! here: numerals are too frequent for a prefilter; so is probing five 3-byte characters
//! per step after one mask test of their lead bytes, which runs fewer instructions but
//! takes longer.)

use crate::span::Span;

/// One bit per 3-byte CJK candidate `[b0, b1, b2]`: bit `b2 & 0x3F` of word
/// `(b0 & 0x0F) << 8 | (b1 & 0x3F)`, the first two bytes read as one big-endian `u16` and
/// masked with `0x0F3F` (so 192 of every 256 words stay empty).
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
static BITMAP: [u64; 0x1000] = {
    let mut t = [0u64; 0x1000];
    let bytes = CJK_CANDIDATES.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b0 = bytes[i];
        if b0 < 0xE0 {
            i += 2; // × is found by its two bytes
            continue;
        }
        let word = ((b0 as usize & 0x0F) << 8) | (bytes[i + 1] as usize & 0x3F);
        t[word] |= 1u64 << (bytes[i + 2] & 0x3F);
        i += 3;
    }
    t
};

const CJK_CANDIDATES: &str =
    "〇○零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億貳參陸０１２３４５６７８９×＊ｘＸ";

#[inline]
const fn is_ascii_candidate(b: u8) -> bool {
    b.is_ascii_digit() || b == b'x' || b == b'X' || b == b'*'
}

/// True when the 3-byte character `[b0, b1, b2]` is a CJK candidate: one bitmap probe.
#[inline]
fn is_cjk_candidate(b0: u8, b1: u8, b2: u8) -> bool {
    let idx = usize::from(u16::from_be_bytes([b0, b1]) & 0x0F3F);
    (BITMAP.get(idx).copied().unwrap_or(0) >> (b2 & 0x3F)) & 1 == 1
}

/// The spans the scan passes over (the outline markers: sorted, disjoint, on char
/// boundaries), with a cursor at the first one that may still contain a candidate.
pub(crate) struct Skips<'s> {
    spans: &'s [Span],
    next: usize,
}

impl<'s> Skips<'s> {
    pub(crate) fn new(spans: &'s [Span]) -> Self {
        Skips { spans, next: 0 }
    }

    /// The end of the span containing byte `i`, if any; the cursor passes the spans that end
    /// by `i` (the candidates come in order).
    fn end_of_span_at(&mut self, i: usize) -> Option<usize> {
        while self.spans.get(self.next).is_some_and(|s| (s.end as usize) <= i) {
            self.next += 1;
        }
        self.spans.get(self.next).filter(|s| (s.start as usize) <= i).map(|s| s.end as usize)
    }
}

/// The next candidate at or after byte `from` (a char boundary) outside the `skips`, if
/// any. A candidate inside a span moves the scan to the span's end (or past the candidate)
/// without leaving the loop. Kept out of line, so that the speed of its loop does not
/// depend on the code of its caller.
#[inline(never)]
pub(crate) fn next_candidate(bytes: &[u8], from: usize, skips: &mut Skips<'_>) -> Option<usize> {
    let mut i = from;
    loop {
        let c = next_any(bytes, i)?;
        match skips.end_of_span_at(c) {
            Some(end) => i = end.max(c + bytes.get(c).map_or(1, |&b| super::value::utf8_len(b))),
            None => return Some(c),
        }
    }
}

/// The next candidate at or after byte `from` (a char boundary), if any: one step per
/// character, decided by the lead byte, one bitmap probe per 3-byte character.
#[inline(always)]
fn next_any(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    // Three bytes at a time (one bounds check) while they are there.
    while let Some(&[b0, b1, b2]) = bytes.get(i..i + 3) {
        if b0 >= 0xE0 {
            if b0 < 0xF0 {
                if is_cjk_candidate(b0, b1, b2) {
                    return Some(i);
                }
                i += 3;
            } else {
                i += 4;
            }
        } else if b0 < 0x80 {
            if is_ascii_candidate(b0) {
                return Some(i);
            }
            i += 1;
        } else {
            // 2-byte chars: × (U+00D7) is the only candidate.
            if b0 == 0xC3 && b1 == 0x97 {
                return Some(i);
            }
            i += 2;
        }
    }
    // The last one or two bytes.
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            if is_ascii_candidate(b) {
                return Some(i);
            }
            i += 1;
        } else if b < 0xE0 {
            if b == 0xC3 && bytes.get(i + 1) == Some(&0x97) {
                return Some(i);
            }
            i += 2;
        } else {
            i += 3;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(t: &str) -> Vec<usize> {
        all_outside(t, &[])
    }

    /// The candidates outside `spans`, as the quantity finder skipped them before the scan
    /// did: each candidate inside a span moves on to the span's end.
    fn all_outside(t: &str, spans: &[Span]) -> Vec<usize> {
        let mut v = Vec::new();
        let mut pos = 0;
        let mut skips = Skips::new(spans);
        while let Some(i) = next_candidate(t.as_bytes(), pos, &mut skips) {
            v.push(i);
            pos = i + 1;
            while !t.is_char_boundary(pos) {
                pos += 1;
            }
        }
        v
    }

    /// Every candidate, found one char at a time from the grammar.
    fn reference(t: &str) -> Vec<usize> {
        let cjk = |c: char| CJK_CANDIDATES.contains(c);
        t.char_indices()
            .filter(|&(_, c)| (c.is_ascii() && is_ascii_candidate(c as u8)) || cjk(c))
            .map(|(i, _)| i)
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn same_as_char_by_char(parts in proptest::collection::vec(0usize..12, 0..80)) {
            // Runs of CJK text with candidates, ASCII, 2- and 4-byte chars at every alignment.
            let pieces = ["加强", "三", "8", "x", "é", "×", "𠀀", "０", "第", "\n", "统一", "万"];
            let t: String = parts.iter().filter_map(|&k| pieces.get(k).copied()).collect();
            proptest::prop_assert_eq!(all(&t), reference(&t));
        }
    }

    #[test]
    fn skips_spans() {
        // 第一条 and （二） are markers.
        let t = "第一条 罚款3万元。（二）5人";
        let (a, b) = (t.find('（').unwrap_or(0), t.find('5').unwrap_or(0));
        let spans = [Span::from_usize(0, "第一条".len()), Span::from_usize(a, b)];
        let outside = |k: &usize| !spans.iter().any(|s| s.range().contains(k));
        let expect: Vec<usize> = reference(t).into_iter().filter(outside).collect();
        assert_eq!(expect.len(), 3);
        assert_eq!(all_outside(t, &spans), expect);
        assert_eq!(all_outside(&t[..b], &spans), expect.iter().copied().take(2).collect::<Vec<_>>());
    }

    #[test]
    fn finds() {
        assert_eq!(all("加强建设，新建8所"), vec![21]);
        assert_eq!(all("加强三所"), vec![6]);
        assert!(all("加强建设").is_empty());
        assert_eq!(all("7×24"), vec![0, 1, 3, 4]);
        assert_eq!(all("abcdefghijklmnop1二"), vec![16, 17]);
        let long = "加强建设加强建设加强建设加强建设三";
        assert_eq!(all(long), vec![48]);
        assert_eq!(all(&long[..48]), Vec::<usize>::new());
    }
}
