//! Candidates: the byte positions where a figure may start.
//!
//! Grammar:
//!
//! ```text
//! candidate := ASCII_DIGIT | 'x' | 'X' | '*' | '×'
//!            | CJK
//! CJK       := 〇○零一二两三四五六七八九十百千万亿 壹贰叁肆伍陆柒捌玖拾佰仟萬億貳參陸兩倆廿卅卌 ０-９ ＊ ｘ Ｘ 半
//! ```
//!
//! The candidates are found by the one pass over the bytes ([`crate::scan`]), which marks
//! them in a bitset; here they are read in order, passing over the outline markers. (One
//! candidate every 72 bytes on the bench corpus. aho-corasick's packed Teddy searcher was
//! tried and is slower: numerals are too frequent for a prefilter.)

use crate::scan::Cursor;
use crate::text::Span;

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

/// The next candidate at or after byte `from` outside the `skips`, if any. A candidate
/// inside a span moves on to the span's end (or past the candidate).
pub(crate) fn next_candidate(
    bytes: &[u8],
    figures: &mut Cursor<'_>,
    from: usize,
    skips: &mut Skips<'_>,
) -> Option<usize> {
    let mut i = from;
    loop {
        figures.seek(i);
        let c = figures.peek()?;
        match skips.end_of_span_at(c) {
            Some(end) => i = end.max(c + bytes.get(c).map_or(1, |&b| super::value::utf8_len(b))),
            None => return Some(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::chars::{FIGURE_CJK, is_ascii_figure};

    fn all(t: &str) -> Vec<usize> {
        all_outside(t, &[])
    }

    /// The candidates outside `spans`, as the quantity finder skipped them before the scan
    /// did: each candidate inside a span moves on to the span's end.
    fn all_outside(t: &str, spans: &[Span]) -> Vec<usize> {
        let mut v = Vec::new();
        let mut pos = 0;
        let mut skips = Skips::new(spans);
        let scanned = crate::scan::scan(t);
        let mut figures = Cursor::new(scanned.figures());
        while let Some(i) = next_candidate(t.as_bytes(), &mut figures, pos, &mut skips) {
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
        let cjk = |c: char| FIGURE_CJK.contains(c) || c == '×';
        t.char_indices()
            .filter(|&(_, c)| (c.is_ascii() && is_ascii_figure(c as u8)) || cjk(c))
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
