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

/// The next candidate at or after byte `from` (a char boundary), if any: one step per
/// character, decided by the lead byte, one bitmap probe per 3-byte character. Kept out of
/// line, so that the speed of its loop does not depend on the code of its caller.
#[inline(never)]
pub(crate) fn next_candidate(bytes: &[u8], from: usize) -> Option<usize> {
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
        let mut v = Vec::new();
        let mut pos = 0;
        while let Some(i) = next_candidate(t.as_bytes(), pos) {
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
