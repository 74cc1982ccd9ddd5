//! Candidate finding: the byte positions where a figure may start.
//!
//! Grammar:
//!
//! ```text
//! candidate := ASCII_DIGIT | 'x' | 'X' | '*'
//!            | CJK                                       (a 64 Ki-bit bitmap over the BMP)
//! CJK       := 〇○零一二两三四五六七八九十百千万亿 壹贰叁肆伍陆柒捌玖拾佰仟萬億貳參陸 ０-９ × ＊ ｘ Ｘ
//! ```
//!
//! The scan steps one character at a time using only the lead byte, so no `char` is
//! decoded; a 3-byte character costs one probe of the bitmap. (Measured on the bench
//! corpus: about 1.2 GB/s, one candidate every 72 bytes. aho-corasick's packed Teddy
//! searcher was tried and is slower here: numerals are too frequent for a prefilter.)

/// One bit per BMP code point: the CJK candidates.
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
static BITMAP: [u64; 1024] = {
    let mut t = [0u64; 1024];
    let bytes = CJK_CANDIDATES.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b0 = bytes[i] as u32;
        let (cp, len) = if b0 < 0xE0 {
            (((b0 & 0x1F) << 6) | (bytes[i + 1] as u32 & 0x3F), 2)
        } else {
            (((b0 & 0x0F) << 12) | ((bytes[i + 1] as u32 & 0x3F) << 6) | (bytes[i + 2] as u32 & 0x3F), 3)
        };
        t[(cp >> 6) as usize] |= 1u64 << (cp & 63);
        i += len;
    }
    t
};

const CJK_CANDIDATES: &str =
    "〇○零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億貳參陸０１２３４５６７８９×＊ｘＸ";

#[inline]
const fn is_ascii_candidate(b: u8) -> bool {
    b.is_ascii_digit() || b == b'x' || b == b'X' || b == b'*'
}

/// The next candidate at or after byte `from` (a char boundary), if any: one step per
/// character, decided by the lead byte, one bitmap probe per 3-byte character.
#[inline]
pub(crate) fn next_candidate(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    // Three bytes at a time (one bounds check) while they are there.
    while let Some(&[b0, b1, b2]) = bytes.get(i..i + 3) {
        if b0 >= 0xE0 {
            if b0 < 0xF0 {
                let idx = (usize::from(b0 & 0x0F) << 6) | usize::from(b1 & 0x3F);
                if (BITMAP.get(idx).copied().unwrap_or(0) >> (b2 & 0x3F)) & 1 == 1 {
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

    #[test]
    fn finds() {
        assert_eq!(all("加强建设，新建8所"), vec![21]);
        assert_eq!(all("加强三所"), vec![6]);
        assert!(all("加强建设").is_empty());
        assert_eq!(all("7×24"), vec![0, 1, 3, 4]);
        assert_eq!(all("abcdefghijklmnop1二"), vec![16, 17]);
    }
}
