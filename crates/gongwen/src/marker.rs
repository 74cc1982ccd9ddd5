//! The marker grammar: which strings open an outline unit, with their style and ordinal.
//!
//! ```text
//! marker    := statute | cn_comma | cn_paren | arabic_dot | decimal | arabic_paren
//!            | circled | enumeration
//! statute   := "第" (cn_int | arabic_int) ("编" | "分编" | "部分" | "类" | "篇" | "章" | "节" | "条")
//! cn_comma  := cn_int ("、" | "." | "．")              (GB/T 9704 §7.3.3 level 1; "六." is sloppy)
//! cn_paren  := OPEN cn_int CLOSE ["、"]              (level 2; OPEN = "（" | "(", CLOSE = "）" | ")")
//! arabic_dot:= arabic_int ("." | "．" | "、") | "⒈".."⒛"   (level 3)
//!            | arabic_int "." date               (15.3月底前: a heading that starts with a date)
//! decimal   := arabic_int ("." arabic_int)+ ["."]     (1.2, 1.2.1: ordinal is the last part)
//! arabic_paren := OPEN arabic_int CLOSE | arabic_int CLOSE | "⑴".."⒇"   (level 4; `1）`)
//! circled   := "①".."⑳" | "㉑".."㉟" | "㊱".."㊿"       (level 5)
//! enumeration := cn_int "是"                          (一是, 二是: inline enumeration)
//! ```
//!
//! Only the grammar lives here. Whether a match really opens a unit (line start, after a
//! sentence end, ordinal continuity) is decided by the outline builder.

use crate::lexicon::chars::CELL_SEPARATOR;
use crate::lexicon::markers::{
    AMOUNT_UNITS, CLOSE_BRACKETS, DATE_WORDS, DOTS, ENCLOSED, ENCLOSED_RANGE, ENUMERATION_SUFFIX, INSERTED_ARTICLE,
    MAX_BRACKET_ORDINAL, MAX_ENUMERATION, OPEN_BRACKETS, ORDINAL_PREFIX, ORDINAL_PREFIX_SLIPS, STATUTE_KEYWORDS,
};
use crate::lexicon::punct::DUNHAO;
use crate::limits::MAX_ORDINAL;
use crate::model::NoiseMap;
use crate::model::Style;
use crate::numeral::{arabic_digit, arabic_int, cn_digit, cn_int, cn_unit};
use crate::text::Span;
use crate::text::chars::{PADDING, WHITE_SPACE, is_cjk_ideograph, is_padding, is_white_space};
use crate::text::lines::LINE_BREAKS;

/// The most digits of an Arabic list marker: `1.` to `999.`; `2024.` is a year.
const MAX_LIST_DIGITS: usize = 3;

/// The most digits of a bare section number (`12　总体要求`).
const MAX_BARE_DIGITS: usize = 2;

/// A marker recognised by the grammar.
///
/// ```
/// let text = "（二十四）加强";
/// let m = gongwen::marker::parse_marker(text, 0).unwrap();
/// assert_eq!(m.style, gongwen::Style::CnParen);
/// assert_eq!(m.ordinal, 24);
/// assert_eq!(&text[m.span], "（二十四）");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Marker {
    /// The numbering family.
    pub style: Style,
    /// For [`Style::Decimal`], the number of parts (`1.2.1` has 3); for
    /// [`Style::ArabicParen`], 1 when the number has its closing bracket alone (`1)`, `1）`:
    /// another level than `（1）` where a document uses both); 0 otherwise.
    pub parts: u8,
    /// The number (the last part of a decimal number).
    pub ordinal: u32,
    /// The marker as written: byte offsets into the text it was parsed from.
    pub span: Span,
    /// True for a marker written irregularly: `笫三条` (`笫`, an OCR or typing slip, for
    /// `第`), `第七十五 条` (a space inside). The outline reports an `irregular_marker`
    /// diagnostic for its node.
    pub irregular: bool,
    /// For an inserted article (`第十条之一`, an article an amendment put after `第十条`), the
    /// number after `之` (1); 0 otherwise. Its `ordinal` is the base article's (10) and its
    /// span covers the whole marker.
    pub inserted: u8,
}

impl Marker {
    /// Byte offset of the marker's first byte.
    pub(crate) const fn start(&self) -> usize {
        self.span.start as usize
    }

    /// Byte offset one past the marker's last byte.
    pub(crate) const fn end(&self) -> usize {
        self.span.end as usize
    }
}

/// Parses the marker that starts at byte `at` of `text`, if any (no noise skipping).
///
/// ```
/// use gongwen::{marker::parse_marker, Style};
/// assert_eq!(parse_marker("第十二条　", 0).unwrap().style, Style::Article);
/// assert_eq!(parse_marker("1.2.3 范围", 0).unwrap().ordinal, 3);
/// assert_eq!(parse_marker("一是强化", 0).unwrap().style, Style::Enumeration);
/// assert!(parse_marker("1.5亿元", 0).is_none());
/// assert_eq!(parse_marker("15.3月底前", 0).unwrap().ordinal, 15);
/// assert!(parse_marker("笫五十四条", 0).unwrap().irregular);
/// let inserted = parse_marker("第十条之一　", 0).unwrap();
/// assert_eq!((inserted.ordinal, inserted.inserted), (10, 1));
/// assert_eq!(&"第十条之一　"[inserted.span], "第十条之一");
/// assert_eq!(parse_marker("第七十五 条", 0).unwrap().ordinal, 75);
/// assert_eq!(parse_marker("1）完善道路网络", 0).unwrap().style, Style::ArabicParen);
/// assert_eq!(parse_marker("( 2 )培育", 0).unwrap().ordinal, 2);
/// ```
#[must_use]
pub fn parse_marker(text: &str, at: usize) -> Option<Marker> {
    parse_marker_skipping(text, at, &NoiseMap::default())
}

/// Like [`parse_marker`], but noise spans right after an opening bracket are skipped,
/// so `(` + inserted chunk number + `二十六)` still reads as `（二十六）`. A statute marker or an
/// inline enumeration that a hard wrap cuts is read across the wrap ([`across_wrap`]).
pub(crate) fn parse_marker_skipping(text: &str, at: usize, noise: &NoiseMap<'_>) -> Option<Marker> {
    parse_in_line(text, at, noise).or_else(|| across_wrap(text, at))
}

/// True when `c` may be a marker's first character: what [`parse_in_line`] reads (`第` and its
/// slips, an opening bracket, an enclosed numeral, a Chinese numeral, an Arabic digit).
fn may_open_marker(c: char) -> bool {
    c == ORDINAL_PREFIX
        || ORDINAL_PREFIX_SLIPS.contains(&c)
        || OPEN_BRACKETS.contains(&c)
        || (ENCLOSED_RANGE.0..=ENCLOSED_RANGE.1).contains(&c)
        || opens_cn_ordinal(c)
        || arabic_digit(c).is_some()
}

/// The marker that starts at byte `at` of `text` and is written whole on its line (a line
/// break inside brackets aside).
fn parse_in_line(text: &str, at: usize, noise: &NoiseMap<'_>) -> Option<Marker> {
    let rest = text.get(at..)?;
    let first = rest.chars().next()?;
    let mut irregular = false;
    let mut inserted = 0;
    let (style, parts, ordinal, len) = if first == ORDINAL_PREFIX || ORDINAL_PREFIX_SLIPS.contains(&first) {
        let (read, slip) = statute(rest, first)?;
        irregular = slip;
        let (style, parts, ordinal, len) = read;
        match inserted_number(rest.get(len..).unwrap_or("")).filter(|_| style == Style::Article) {
            Some((number, more)) => {
                inserted = number;
                (style, parts, ordinal, len + more)
            }
            None => read,
        }
    } else if OPEN_BRACKETS.contains(&first) {
        bracketed(rest, at, noise)?
    } else if (ENCLOSED_RANGE.0..=ENCLOSED_RANGE.1).contains(&first) {
        let (style, ordinal) = enclosed(first)?;
        (style, 0, u64::from(ordinal), first.len_utf8())
    } else if opens_cn_ordinal(first) {
        cn_numeral(rest)?
    } else if arabic_digit(first).is_some() {
        arabic(rest)?
    } else {
        return None;
    };
    let ordinal = u32::try_from(ordinal).ok().filter(|o| (1..=MAX_ORDINAL).contains(o))?;
    Some(Marker { style, parts, ordinal, span: Span::from_usize(at, at + len), irregular, inserted })
}

/// True for a character that can open a Chinese ordinal: a digit from one up (`一` … `九`,
/// `两`, `壹` …) or `十` (`十二、`).
pub(crate) fn opens_cn_ordinal(c: char) -> bool {
    cn_digit(c).is_some_and(|d| d > 0) || cn_unit(c) == Some(10)
}

/// What a grammar rule read: style, part count, ordinal and length in bytes.
type Read = (Style, u8, u64, usize);

/// `第` numeral keyword, also written irregularly: `笫` for `第` ([`ORDINAL_PREFIX_SLIPS`]),
/// or a space between the numeral and the keyword (`第七十五 条`, where a copy moved the
/// space after the marker inside it; never a TAB, which separates table cells). `first` is the
/// character `rest` opens with.
fn statute(rest: &str, first: char) -> Option<(Read, bool)> {
    let body = rest.get(first.len_utf8()..)?;
    let (after, v) = cn_int(body).or_else(|| arabic_int(body))?;
    let padded = skip_inner_padding(after);
    let (keyword, style) = STATUTE_KEYWORDS.iter().find(|(k, _)| padded.starts_with(k))?;
    let irregular = first != ORDINAL_PREFIX || padded.len() != after.len();
    Some(((*style, 0, v, rest.len() - padded.len() + keyword.len()), irregular))
}

/// The number of an inserted article after its base article's marker (`之一` after
/// `第十条`: 1, and its length in bytes), read with a Chinese or Arabic numeral from one to
/// nine after [`INSERTED_ARTICLE`].
fn inserted_number(after: &str) -> Option<(u8, usize)> {
    let rest = after.strip_prefix(INSERTED_ARTICLE)?;
    let c = rest.chars().next()?;
    let d = cn_digit(c).or_else(|| arabic_digit(c)).filter(|d| (1..=9).contains(d))?;
    // `之一` followed by another numeral character is words (`之一百`), not an inserted article.
    let next = rest.get(c.len_utf8()..).and_then(|r| r.chars().next());
    if next.is_some_and(|n| cn_digit(n).is_some() || cn_unit(n).is_some() || arabic_digit(n).is_some()) {
        return None;
    }
    Some((u8::try_from(d).ok()?, INSERTED_ARTICLE.len_utf8() + c.len_utf8()))
}

/// A numeral in brackets, `（一）` `(1)` `（一)` `( 1 )`, `（⏎一）` (cut by a hard wrap), with an
/// optional `、` after it. Noise a
/// scrape inserted right after the opening bracket (`(\n\n4、二十六)`) is skipped.
fn bracketed(rest: &str, at: usize, noise: &NoiseMap<'_>) -> Option<Read> {
    let mut pos = rest.chars().next()?.len_utf8();
    let after_pad = skip_space(rest, pos);
    if let Some(n) = noise.at(crate::text::to_u32(at + after_pad)) {
        pos = skip_space(rest, (n.span.end as usize).checked_sub(at)?);
    }
    let inner = skip_wrap(rest.get(pos..)?);
    let (after, ord, style) = if let Some((after, v)) = cn_int(inner) {
        (after, v, Style::CnParen)
    } else if let Some((after, v)) = arabic_int(inner) {
        (after, v, Style::ArabicParen)
    } else {
        return None;
    };
    if ord > MAX_BRACKET_ORDINAL {
        return None;
    }
    // `( 1 )`: padding inside the brackets, on either side of the numeral.
    let after = skip_wrap(after);
    let close = after.chars().next().filter(|c| CLOSE_BRACKETS.contains(c))?;
    let mut len = rest.len() - after.len() + close.len_utf8();
    if rest.get(len..).is_some_and(|r| r.starts_with(DUNHAO)) {
        len += DUNHAO.len_utf8();
    }
    Some((style, 0, ord, len))
}

/// A Chinese numeral and its separator: `一、`, the sloppy `六.`, or `一是`.
fn cn_numeral(rest: &str) -> Option<Read> {
    let (after, v) = cn_int(rest)?;
    let next = after.chars().next()?;
    let len = rest.len() - after.len() + next.len_utf8();
    if next == DUNHAO || (DOTS.contains(&next) && !digit_follows(after, next)) {
        Some((Style::CnComma, 0, v, len))
    } else if next == ENUMERATION_SUFFIX && v <= MAX_ENUMERATION {
        Some((Style::Enumeration, 0, v, len))
    } else {
        None
    }
}

/// Padding inside a marker (`( 1 )`, `第七十五 条`): any but a TAB, which separates table
/// cells, and never a line break.
fn is_inner_padding(c: char) -> bool {
    is_padding(c) && c != char::from(CELL_SEPARATOR)
}

/// `s` after the padding that opens it ([`is_inner_padding`]); most markers have none, which
/// the first character's bytes tell.
#[inline]
fn skip_inner_padding(s: &str) -> &str {
    if PADDING.len_at(s.as_bytes()) == 0 { s } else { s.trim_start_matches(is_inner_padding) }
}

/// `s` after the padding that opens it and at most one line break with padding after it:
/// inside brackets, where a hard wrap of a PDF copy may cut a marker (`：（⏎一）搞好宏观调控`,
/// `行动(四⏎)坚持思政一体`); no text stands between a bracket and its numeral. One blank line
/// after the break too, in a copy that puts a blank line after every line of a PDF
/// (`…以下九个方面工作：（⏎⏎一）搞好宏观调控`, [`crate::text::wrap::past_blank_line`]).
fn skip_wrap(s: &str) -> &str {
    let s = skip_inner_padding(s);
    let after_break = s.strip_prefix("\r\n").or_else(|| s.strip_prefix(&LINE_BREAKS[..]));
    after_break.map_or(s, |r| skip_inner_padding(crate::text::wrap::past_blank_line(r)))
}

/// An enclosed numeral, one character that is a whole marker ([`ENCLOSED`]).
fn enclosed(c: char) -> Option<(Style, u32)> {
    let &(first, _, style, from) = ENCLOSED.iter().find(|(first, last, _, _)| (*first..=*last).contains(&c))?;
    Some((style, c as u32 - first as u32 + from))
}

/// Skips white space (including line breaks) from byte `pos` of `s`.
fn skip_space(s: &str, pos: usize) -> usize {
    WHITE_SPACE.skip(s.as_bytes(), pos, s.len())
}

/// Counts the characters of the first `bytes` bytes of `s`.
fn chars_in(s: &str, bytes: usize) -> usize {
    s.get(..bytes).map_or(usize::MAX, |p| p.chars().count())
}

/// True when an Arabic digit follows the separator `sep` that opens `after`.
fn digit_follows(after: &str, sep: char) -> bool {
    after.get(sep.len_utf8()..).and_then(|a| a.chars().next()).is_some_and(|c| arabic_digit(c).is_some())
}

/// [`Marker::parts`] of an Arabic numeral with its closing bracket alone (`1)`, `1）`).
pub(crate) const CLOSE_ONLY_PARTS: u8 = 1;

/// Arabic markers: `1.` `1．` `1、`, `1）` and decimal `1.2.1`.
fn arabic(rest: &str) -> Option<Read> {
    let (after, first) = arabic_int(rest)?;
    if chars_in(rest, rest.len() - after.len()) > MAX_LIST_DIGITS {
        return None; // a year or an amount, not numbering
    }
    let sep = after.chars().next()?;
    if sep == DUNHAO || (DOTS.contains(&sep) && !digit_follows(after, sep)) {
        return Some((Style::ArabicDot, 0, first, rest.len() - after.len() + sep.len_utf8()));
    }
    if CLOSE_BRACKETS.contains(&sep) && first <= MAX_BRACKET_ORDINAL {
        // `1）完善道路网络`: the closing bracket alone, as word processors number lists; a level
        // of its own below `（1）` (`（1）先进制造` / `1)汽车产业`), so parts 1.
        return Some((Style::ArabicParen, CLOSE_ONLY_PARTS, first, rest.len() - after.len() + sep.len_utf8()));
    }
    if !DOTS.contains(&sep) {
        return None;
    }
    let number_len = rest.len() - after.len();
    decimal(rest, after.get(sep.len_utf8()..)?).or_else(|| dated_item(rest, first, number_len, sep))
}

/// Decimal numbering `1.2`, `1.2.1` (and `1.2.`): `tail` is the text after the first dot,
/// which a digit opens.
fn decimal(rest: &str, mut tail: &str) -> Option<Read> {
    let mut parts = 1u8;
    let mut last;
    loop {
        let (after_part, v) = arabic_int(tail)?;
        if chars_in(tail, tail.len() - after_part.len()) > MAX_LIST_DIGITS {
            return None;
        }
        parts = parts.saturating_add(1);
        last = v;
        tail = after_part;
        match tail.chars().next() {
            Some(c) if DOTS.contains(&c) && digit_follows(tail, c) => tail = tail.get(c.len_utf8()..)?,
            Some(c) if DOTS.contains(&c) => {
                tail = tail.get(c.len_utf8()..)?;
                break;
            }
            _ => break,
        }
    }
    // A decimal number (1.5亿, 2.4万人次, 3.5%) is not numbering: the numbering is
    // followed by white space or the start of a heading.
    let next = tail.chars().next()?;
    if !(is_white_space(next) || is_heading_start(next)) {
        return None;
    }
    Some((Style::Decimal, parts, last, rest.len() - tail.len()))
}

/// A bare section number at a line start (`1　总体要求`): one to two digits, padding, then
/// the start of a heading. It is [`Style::Decimal`] with one part; whether it really is
/// numbering is decided by the outline, which wants `1.1` to follow.
///
/// ```
/// let m = gongwen::marker::parse_bare_number("2　主要任务", 0).unwrap();
/// assert_eq!((m.ordinal, m.parts), (2, 1));
/// assert!(gongwen::marker::parse_bare_number("2024 年", 0).is_none());
/// ```
#[must_use]
pub fn parse_bare_number(text: &str, at: usize) -> Option<Marker> {
    let rest = text.get(at..)?;
    let (after, v) = arabic_int(rest)?;
    let len = rest.len() - after.len();
    if chars_in(rest, len) > MAX_BARE_DIGITS || v == 0 {
        return None;
    }
    let pad = after.chars().take_while(|&c| is_padding(c)).map(char::len_utf8).sum::<usize>();
    if pad == 0 || !after.get(pad..)?.chars().next().is_some_and(is_heading_start) {
        return None;
    }
    let ordinal = u32::try_from(v).ok()?;
    Some(Marker {
        style: Style::Decimal,
        parts: 1,
        ordinal,
        span: Span::from_usize(at, at + len),
        irregular: false,
        inserted: 0,
    })
}

/// The most characters, padding not counted, that [`parse_letter_spaced`] reads: the longest
/// spaced marker, `（ 一 百 二 十 ）、` or `第 一 百 二 十 三 条`.
const MAX_SPACED_MARKER_CHARS: usize = 9;

/// A marker a PDF copy prints letter-spaced, with padding between its characters:
/// `第 一 章`, `第 一 条`, `一 、`, `1 .`, `第 十 二 条`. The characters are read without the
/// padding (never across a TAB, which separates table cells, or a line break); the marker's
/// span covers it as written. Padding between two Arabic digits parts two numbers (`1 2`), and
/// an inline enumeration (`一是`) is never spaced, so neither is read. Only for a line start:
/// inside running text a spaced numeral is words.
///
/// ```
/// let text = "第 一 章　总　　则";
/// let m = gongwen::marker::parse_letter_spaced(text, 0).unwrap();
/// assert_eq!((m.style, m.ordinal), (gongwen::Style::Chapter, 1));
/// assert_eq!(&text[m.span], "第 一 章");
/// assert_eq!(gongwen::marker::parse_letter_spaced("一 、总体要求", 0).unwrap().ordinal, 1);
/// assert!(gongwen::marker::parse_letter_spaced("1 2 3", 0).is_none());
/// assert!(gongwen::marker::parse_letter_spaced("一 是加强", 0).is_none());
/// ```
#[must_use]
pub fn parse_letter_spaced(text: &str, at: usize) -> Option<Marker> {
    let rest = text.get(at..)?;
    // Most lines open with no marker's first character, or have no padding among their first
    // characters: nothing to compact, and no allocation (this runs at every line start that
    // holds no other marker).
    if !rest.trim_start_matches(is_inner_padding).chars().next().is_some_and(may_open_marker) {
        return None;
    }
    if !rest.chars().take(MAX_SPACED_MARKER_CHARS + 1).skip(1).any(is_inner_padding) {
        return None;
    }
    let mut compact = String::new();
    // For each character of `compact`: its byte end there and in `rest`.
    let mut ends: Vec<(usize, usize)> = Vec::new();
    let mut spaced = false;
    let mut prev_digit = false;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_inner_padding(c) {
            spaced |= !compact.is_empty();
            let digit_next = chars.peek().is_some_and(|&(_, n)| arabic_digit(n).is_some());
            if prev_digit && digit_next {
                break;
            }
            continue;
        }
        if is_white_space(c) || ends.len() >= MAX_SPACED_MARKER_CHARS {
            break;
        }
        prev_digit = arabic_digit(c).is_some();
        compact.push(c);
        ends.push((compact.len(), i + c.len_utf8()));
    }
    if !spaced {
        return None;
    }
    let m = parse_marker(&compact, 0).filter(|m| m.style != Style::Enumeration)?;
    let &(_, end) = ends.iter().find(|&&(e, _)| e == m.end())?;
    // Padding inside the marker, not only after it: else the marker reads as written.
    if !rest.get(..end)?.chars().any(is_inner_padding) {
        return None;
    }
    Some(Marker { span: Span::from_usize(at, at + end), ..m })
}

/// The most numeral characters of a marker's line part that [`across_wrap`] reads:
/// `第一百二十三` after `第`.
const MAX_WRAPPED_NUMERAL_CHARS: usize = 5;

/// The most bytes of the next line that [`across_wrap`] joins to a marker's line part:
/// the rest of a numeral and its keyword (`十二条`, `之一`).
const MAX_WRAPPED_MARKER_TAIL: usize = 24;

/// A statute marker, an inline enumeration, a `X、` part or an item number `N.` that a hard wrap
/// of a PDF copy cuts, read across the wrap: `第二⏎条`, `第十⏎二条`, `第三⏎章`, `三⏎是`, `；五⏎、`
/// (a judgment's items in one paragraph), `会议要求：1⏎.各牵头单位` (words right after the point;
/// the line's part is `第`, a Chinese numeral opener or an Arabic digit, and numeral characters
/// only, up to the line's end). Only after a full line
/// of prose ([`crate::text::wrap::wrap_after_full_line`]): a short line that ends with a
/// numeral is a line of its own, save an item number alone on its line ([`alone_on_line`]:
/// `2` ⏎ `．学生报名`). The marker's span runs past the break.
fn across_wrap(text: &str, at: usize) -> Option<Marker> {
    let rest = text.get(at..)?;
    let first = rest.chars().next()?;
    let arabic = arabic_digit(first).is_some();
    if first != ORDINAL_PREFIX && !opens_cn_ordinal(first) && !arabic {
        return None;
    }
    let numeral = |c: char| cn_digit(c).is_some() || cn_unit(c).is_some() || arabic_digit(c).is_some();
    let body = rest.get(first.len_utf8()..)?;
    let digits = body.char_indices().take_while(|&(_, c)| numeral(c)).take(MAX_WRAPPED_NUMERAL_CHARS);
    let cut = first.len_utf8() + digits.last().map_or(0, |(i, c)| i + c.len_utf8());
    let lone = arabic && alone_on_line(text, at, at + cut);
    let tail = match crate::text::wrap::wrap_after_full_line(text, at + cut) {
        Some(tail) => tail,
        // A number alone on its line takes its point from the next line, never more digits: a
        // page number over the next item (`3` ⏎ ⏎ `3．新生入学…`, a PDF copy) is no item 33.
        None if lone => past_line_break(text, at + cut)
            .filter(|&t| text.get(t..).and_then(|r| r.chars().next()).is_some_and(|c| DOTS.contains(&c)))?,
        None => return None,
    };
    let mut stop = (tail + MAX_WRAPPED_MARKER_TAIL).min(text.len());
    while !text.is_char_boundary(stop) {
        stop -= 1;
    }
    let joined = [rest.get(..cut)?, text.get(tail..stop)?].concat();
    let m = parse_in_line(&joined, 0, &NoiseMap::default()).filter(|m| {
        if arabic {
            // `1⏎.各牵头单位`: an item number, its words right after the point (`5⏎.2%` is a decimal);
            // after a number alone on its line, on the line after the point too (`5⏎.⏎录取。`).
            let after = joined.get(m.end()..).unwrap_or("");
            let after = match past_line_break(after, 0) {
                Some(next) if lone => after.get(next..).unwrap_or(""),
                _ => after,
            };
            m.style == Style::ArabicDot && after.chars().next().is_some_and(crate::text::chars::is_cjk_ideograph)
        } else {
            m.style.is_statute() || matches!(m.style, Style::Enumeration | Style::CnComma)
        }
    })?;
    let end = m.end().checked_sub(cut).filter(|&past| past > 0)? + tail;
    Some(Marker { span: Span::from_usize(at, end), ..m })
}

/// True when bytes `start..end` of `text` (an Arabic number) are all their line holds, the
/// line's indent and white space at its end aside: page text that breaks a line at every run
/// of a PDF puts an item's number on a line of its own and its point on the next
/// (`2`  ⏎ `．学生报名。`, a university notice's steps), which [`across_wrap`] reads across the
/// break although no full line of prose comes before it.
fn alone_on_line(text: &str, start: usize, end: usize) -> bool {
    // Back over the indent only (the first other character stops it): linear over a line of
    // many numbers.
    let before = text.get(..start).unwrap_or("");
    crate::text::wrap::line_break_end(text, end).is_some()
        && before.chars().rev().find(|&c| !is_padding(c)).is_none_or(|c| LINE_BREAKS.contains(&c))
}

/// The byte after the line break at byte `i` of `text` ([`crate::text::wrap::line_break_end`])
/// and past one blank line after it ([`crate::text::wrap::past_blank_line`]: a copy that sets
/// every line of a PDF as a paragraph of its own, `2` ⏎⏎ `．学生报名`).
fn past_line_break(text: &str, i: usize) -> Option<usize> {
    let next = crate::text::wrap::line_break_end(text, i)?;
    let rest = text.get(next..)?;
    Some(next + rest.len() - crate::text::wrap::past_blank_line(rest).len())
}

/// An Arabic item number whose heading starts with a date (`15.3月底前`, `2.2019年起`, `5.2022 级`),
/// where `rest` holds no decimal number: the number and its dot, as [`Style::ArabicDot`]
/// (`15.3` is no section number before `月`, `2.2019` has too many digits). Whether it is
/// an item is decided by the outline, from the list around it.
fn dated_item(rest: &str, first: u64, number_len: usize, dot: char) -> Option<Read> {
    let date = rest.get(number_len + dot.len_utf8()..)?;
    let (unit, n) = arabic_int(date)?;
    let word = unit.trim_start_matches(is_padding).chars().next()?;
    let dated = DATE_WORDS.iter().any(|&(w, lo, hi)| w == word && (lo..=hi).contains(&n));
    dated.then_some((Style::ArabicDot, 0, first, number_len + dot.len_utf8()))
}

/// A character that can begin a heading after decimal numbering: an ideograph that is no
/// numeral and no unit of an amount ([`AMOUNT_UNITS`]).
pub(crate) fn is_heading_start(c: char) -> bool {
    is_cjk_ideograph(c) && cn_unit(c).is_none() && cn_digit(c).is_none() && !AMOUNT_UNITS.contains(&c)
}
