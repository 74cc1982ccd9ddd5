//! Document elements (GB/T 9704-2012 §7): where each is printed and its normalised value.
//!
//! Elements sit at known places, so only those lines are read:
//!
//! * the **head** (`head.rs`): the lines before the first body line (the first that holds a
//!   sentence end or opens an outline unit) — 份号, 密级, 紧急程度, 发文机关标志, 发文字号,
//!   签发人, and the 主送 line (the first head line ending in `：` below the title or the
//!   document number, read whole when wrapped; page labels such as `分享到：` are none);
//! * the **signature** (`signature.rs`): the first line after the body's start that is a date
//!   and nothing else, with the issuer lines right above it, the 附件说明 above those and
//!   the 附注 below; a date before any body (a cover page) is none, and so is a date without
//!   issuers where the body goes on below it (a deadline, a timeline);
//! * the **colophon** (`colophon.rs`): the `抄送：` line and the `…印发` line;
//! * a site's **metadata table** in the head (`metadata.rs`): `发文字号：` `成文日期：` `发文机关：`
//!   cells, for the elements the document itself does not print;
//! * a statute's or judicial text's **head note** (`statute.rs`): adoption, approval,
//!   amendment, revision, promulgation and effective dates, above its 主送 line if it has one.
//!
//! A line whose text is all noise (a page marker) counts as blank. Nothing is reported where
//! a document prints nothing: no element is guessed from another.

mod colophon;
pub(crate) mod date;
pub(crate) mod glued_title;
pub(crate) mod head;
mod metadata;
pub(crate) mod number;
pub(crate) mod run_on;
pub(crate) use run_on::opening_place;
pub(crate) use signature::is_issuer_and_date;
mod signature;
mod statute;

use crate::model::NoiseMap;
use crate::model::{Element, Node};
use crate::text::Span;
use crate::text::chars::{WHITE_SPACE, trim_bounds, white_space_before};
use crate::text::lines::Line;

/// What the element readers look at: the text, its lines, the noise and the outline.
pub(crate) struct Page<'a> {
    pub(crate) text: &'a str,
    pub(crate) lines: &'a [Line],
    pub(crate) noise: &'a NoiseMap<'a>,
    pub(crate) nodes: &'a [Node],
}

impl Page<'_> {
    /// Line `i`'s content: the line without the white space at its ends; empty when the line
    /// is blank or all noise.
    pub(crate) fn content(&self, i: usize) -> (usize, usize) {
        let Some(line) = self.lines.get(i) else { return (0, 0) };
        let Some(raw) = self.text.get(line.start..line.end) else { return (line.start, line.start) };
        let (lead, end) = trim_bounds(raw.as_bytes());
        let (s, e) = (line.start + lead, line.start + end);
        match self.noise.at(crate::text::to_u32(s)) {
            Some(n) if n.span.end as usize >= e => (s, s),
            _ => (s, e),
        }
    }

    /// The bytes of line `i` from its first byte that is no white space: what the cheap
    /// first-byte tests of the readers look at before any line is trimmed.
    pub(crate) fn lead_bytes(&self, i: usize) -> &[u8] {
        let Some(line) = self.lines.get(i) else { return &[] };
        let b = self.text.as_bytes().get(line.start..line.end).unwrap_or_default();
        // Most lines open with an ideograph or punctuation: no white space to pass.
        if b.first().is_none_or(|&c| !WHITE_SPACE.may_start(c)) {
            return b;
        }
        b.get(WHITE_SPACE.skip(b, 0, b.len())..).unwrap_or_default()
    }

    /// True when line `i`, white space at its end aside, ends with `suffix`.
    pub(crate) fn ends_with(&self, i: usize, suffix: &str) -> bool {
        let Some(line) = self.lines.get(i) else { return false };
        let raw = self.text.as_bytes().get(line.start..line.end).unwrap_or_default();
        // Most lines end in an ideograph or punctuation: the last bytes decide, and only a line
        // that ends in white space is trimmed.
        if ends_in_white_space(raw) {
            self.text.get(line.start..line.end).unwrap_or("").trim_end().ends_with(suffix)
        } else {
            raw.ends_with(suffix.as_bytes())
        }
    }

    /// The text of line `i`'s content.
    pub(crate) fn line_text(&self, i: usize) -> &str {
        let (s, e) = self.content(i);
        self.text.get(s..e).unwrap_or("")
    }

    /// The next non-blank line at or after `i`.
    pub(crate) fn next_filled(&self, mut i: usize) -> Option<usize> {
        while i < self.lines.len() {
            if !self.line_text(i).is_empty() {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    /// The last non-blank line before `i`.
    pub(crate) fn prev_filled(&self, mut i: usize) -> Option<usize> {
        while i > 0 {
            i -= 1;
            if !self.line_text(i).is_empty() {
                return Some(i);
            }
        }
        None
    }

    /// True when an outline node's marker starts within line `i`'s content.
    pub(crate) fn opens_node(&self, i: usize) -> bool {
        let (s, e) = self.content(i);
        self.opens_node_at(s, e)
    }

    /// True when an outline node's marker starts within the content `s..e` of a line.
    pub(crate) fn opens_node_at(&self, s: usize, e: usize) -> bool {
        let k = self.nodes.partition_point(|n| (n.marker.start as usize) < s);
        self.nodes.get(k).is_some_and(|n| (n.marker.start as usize) < e)
    }

    /// The span of line `i`'s content.
    pub(crate) fn span(&self, i: usize) -> Span {
        let (s, e) = self.content(i);
        Span::from_usize(s, e)
    }
}

/// The lines after the body's first line that may hold a signature or colophon element, found
/// in one pass by their first (or last) bytes: most lines are passed at one compare.
pub(crate) struct Tail {
    /// Lines that may open with a year (`1`, `2`, `１`, `２`, `一`, `二`).
    pub(crate) dates: Vec<usize>,
    /// Lines that open with `附` (`附件：…`).
    pub(crate) attachments: Vec<usize>,
    /// Lines that open with `抄` (`抄送：…`).
    pub(crate) cc: Vec<usize>,
    /// Lines that end with `印发`.
    pub(crate) printed: Vec<usize>,
    /// Lines that do not open with a year and end with `日`: a signature of one line
    /// (`某某局　　2024年1月20日`).
    pub(crate) signed: Vec<usize>,
}

impl Tail {
    fn read(page: &Page<'_>, body: usize) -> Tail {
        let mut tail = Tail {
            dates: Vec::new(),
            attachments: Vec::new(),
            cc: Vec::new(),
            printed: Vec::new(),
            signed: Vec::new(),
        };
        let bytes = page.text.as_bytes();
        let printed = crate::lexicon::elements::PRINTED_SUFFIX.as_bytes();
        let from = body + 1;
        for (k, line) in page.lines.get(from..).unwrap_or_default().iter().enumerate() {
            let i = from + k;
            // Half the lines of a statute are empty.
            let Some(raw) = bytes.get(line.start..line.end).filter(|r| !r.is_empty()) else { continue };
            // ASCII 1 2; full-width １ ２ (EF BC 91/92); 一 (E4 B8 80); 二 (E4 BA 8C); 附 (E9 99 84);
            // 抄 (E6 8A 84); white space (its lead bytes) first.
            match raw {
                [b'1' | b'2', ..] | [0xEF, 0xBC, 0x91 | 0x92, ..] | [0xE4, 0xB8, 0x80, ..] | [0xE4, 0xBA, 0x8C, ..] => {
                    tail.dates.push(i);
                }
                [0xE9, 0x99, 0x84, ..] => tail.attachments.push(i),
                [0xE6, 0x8A, 0x84, ..] => tail.cc.push(i),
                [b, ..] if WHITE_SPACE.may_start(*b) => match page.lead_bytes(i) {
                    [b'1' | b'2', ..]
                    | [0xEF, 0xBC, 0x91 | 0x92, ..]
                    | [0xE4, 0xB8, 0x80, ..]
                    | [0xE4, 0xBA, 0x8C, ..] => tail.dates.push(i),
                    [0xE9, 0x99, 0x84, ..] => tail.attachments.push(i),
                    [0xE6, 0x8A, 0x84, ..] => tail.cc.push(i),
                    _ if ends_with_day(page, i, raw) => tail.signed.push(i),
                    _ => {}
                },
                _ if ends_with_day(page, i, raw) => tail.signed.push(i),
                _ => {}
            }
            // Only a line ending in 印发 (its last byte compared first), or in white space, is
            // looked at again.
            if (raw.last() == printed.last() && raw.ends_with(printed))
                || (ends_in_white_space(raw) && page.ends_with(i, crate::lexicon::elements::PRINTED_SUFFIX))
                || ends_wrapped_printed(page, i, raw)
            {
                tail.printed.push(i);
            }
        }
        tail
    }
}

/// True when line `i`, whose bytes are `raw`, holds the end of a 印发 line's `印发` that a hard
/// wrap broke off (`省教育厅办公室　　2024年3月16日印` ⏎ `发`, a PDF copy wrapped at 28 characters):
/// it ends with the word's last character and the filled line above ends with the rest. Its
/// last bytes are compared first.
fn ends_wrapped_printed(page: &Page<'_>, i: usize, raw: &[u8]) -> bool {
    let suffix = crate::lexicon::elements::PRINTED_SUFFIX;
    let Some((cut, _)) = suffix.char_indices().last() else { return false };
    let (head, last) = (suffix.get(..cut).unwrap_or(""), suffix.get(cut..).unwrap_or(""));
    !head.is_empty() && raw.ends_with(last.as_bytes()) && page.prev_filled(i).is_some_and(|j| page.ends_with(j, head))
}

/// True when line `i`, whose bytes are `raw`, ends with `日` (E6 97 A5), white space at its end
/// aside: its last byte is compared first.
fn ends_with_day(page: &Page<'_>, i: usize, raw: &[u8]) -> bool {
    const DAY: [u8; 3] = [0xE6, 0x97, 0xA5];
    raw.ends_with(&DAY) || (ends_in_white_space(raw) && page.ends_with(i, "日"))
}

/// Finds the elements of `text`, in document order.
pub(crate) fn find(text: &str, lines: &[Line], noise: &NoiseMap<'_>, nodes: &[Node]) -> Vec<Element> {
    let page = Page { text, lines, noise, nodes };
    let mut out = Vec::new();
    let head = head::read(&page, &mut out);
    let tail = Tail::read(&page, head.body);
    signature::read(&page, head.body, &tail, &mut out);
    colophon::read(&page, &tail, &mut out);
    statute::read(&page, head.recipients, &mut out);
    head::dated_title(&page, head.body, &mut out);
    metadata::read(&page, head.body, &mut out);
    out.sort_by_key(|e| (e.span.start, e.kind));
    out
}

/// True when the UTF-8 bytes `raw` end in a white space character ([`char::is_whitespace`]).
pub(crate) fn ends_in_white_space(raw: &[u8]) -> bool {
    white_space_before(raw) > 0
}

/// `s` without white space.
pub(crate) fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// True when `line` is a remark a reposting site put in brackets below the document
/// (`（本文有删减）`, [`crate::lexicon::elements::EDITOR_REMARKS`]): no 附注, no title.
pub(crate) fn is_site_remark(line: &str) -> bool {
    let t = line.trim();
    let bracketed = (t.starts_with('（') && t.ends_with('）')) || (t.starts_with('(') && t.ends_with(')'));
    bracketed && crate::lexicon::elements::EDITOR_REMARKS.iter().any(|w| t.contains(w))
}

/// True when `s` holds a sentence end (`。！？`), found by their lead bytes (`E3` for `。`,
/// `EF` for `！？`) with memchr, so a line of ideographs is passed at memchr's speed.
pub(crate) fn has_sentence_end(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr2_iter(0xE3, 0xEF, b)
        .any(|k| matches!(b.get(k..k + 3), Some([0xE3, 0x80, 0x82] | [0xEF, 0xBC, 0x81 | 0x9F])))
}

/// Splits a list of names at `、` `，` `,` `；` outside brackets, white space left out, empty
/// pieces dropped (`各省、自治区、直辖市人民政府，国务院各部委` → four names).
pub(crate) fn split_names(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0i32;
    for c in s.chars() {
        match c {
            '（' | '(' | '〔' | '《' | '【' | '[' => depth += 1,
            '）' | ')' | '〕' | '》' | '】' | ']' => depth -= 1,
            _ => {}
        }
        if depth <= 0 && matches!(c, '、' | '，' | ',' | '；' | ';') {
            out.push(std::mem::take(&mut cur));
            continue;
        }
        if !c.is_whitespace() {
            cur.push(c);
        }
    }
    out.push(cur);
    out.retain(|n| !n.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tail_prefilter_bytes_are_the_tables_first_characters() {
        use crate::lexicon::elements::{ATTACHMENT_LABEL, CC_LABELS};
        // Tail::read sorts lines by these lead bytes: 附 (E9 99 84) and 抄 (E6 8A 84).
        assert!(ATTACHMENT_LABEL.as_bytes().starts_with(&[0xE9, 0x99, 0x84]));
        for l in CC_LABELS {
            assert!(l.as_bytes().starts_with(&[0xE6, 0x8A, 0x84]), "{l}");
        }
        // A year starts with 1 or 2 (1900–2199) in ASCII, full-width or Chinese digits.
        for y in ["1", "2", "１", "２", "一", "二"] {
            let page = Page {
                text: y,
                lines: &[Line { start: 0, end: y.len(), next: y.len() }],
                noise: &NoiseMap::default(),
                nodes: &[],
            };
            assert!(
                matches!(
                    page.lead_bytes(0),
                    [b'1' | b'2', ..] | [0xEF, 0xBC, 0x91 | 0x92, ..] | [0xE4, 0xB8, 0x80, ..] | [0xE4, 0xBA, 0x8C, ..]
                ),
                "{y}"
            );
        }
    }

    #[test]
    fn sentence_ends_from_bytes() {
        for (s, end) in
            [("一、总则", false), ("请认真贯彻执行。", true), ("是吗？", true), ("好！", true), ("「」、", false)]
        {
            assert_eq!(has_sentence_end(s), end, "{s}");
            assert_eq!(has_sentence_end(s), s.contains(['。', '！', '？']), "{s}");
        }
    }

    #[test]
    fn white_space_at_the_end_from_bytes_agrees_with_char_is_whitespace() {
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let s = format!("甲{c}");
            assert_eq!(ends_in_white_space(s.as_bytes()), c.is_whitespace(), "{c:?}");
        }
    }

    #[test]
    fn names_split_outside_brackets() {
        assert_eq!(
            split_names("各省、自治区、直辖市人民政府，国务院各部委、各直属机构"),
            ["各省", "自治区", "直辖市人民政府", "国务院各部委", "各直属机构"]
        );
        assert_eq!(split_names("北京、陕西省（自治区、直辖市）人民政府"), ["北京", "陕西省（自治区、直辖市）人民政府"]);
        assert_eq!(split_names("各有关单位"), ["各有关单位"]);
    }
}
