//! The marker grammar: which strings open an outline unit, with their style and ordinal.
//!
//! ```text
//! marker    := statute | cn_comma | cn_paren | arabic_dot | decimal | arabic_paren
//!            | circled | enumeration
//! statute   := "第" (cn_int | arabic_int) ("编" | "分编" | "部分" | "类" | "章" | "节" | "条")
//! cn_comma  := cn_int ("、" | "." | "．")              (GB/T 9704 §7.3.3 level 1; "六." is sloppy)
//! cn_paren  := OPEN cn_int CLOSE ["、"]              (level 2; OPEN = "（" | "(", CLOSE = "）" | ")")
//! arabic_dot:= arabic_int ("." | "．" | "、") | "⒈".."⒛"   (level 3)
//! decimal   := arabic_int ("." arabic_int)+ ["."]     (1.2, 1.2.1: ordinal is the last part)
//! arabic_paren := OPEN arabic_int CLOSE | "⑴".."⒇"     (level 4)
//! circled   := "①".."⑳" | "㉑".."㉟" | "㊱".."㊿"       (level 5)
//! enumeration := cn_int "是"                          (一是, 二是: inline enumeration)
//! ```
//!
//! Only the grammar lives here. Whether a match really opens a unit (line start, after a
//! sentence end, ordinal continuity) is decided by the outline builder.

use crate::model::Style;
use crate::noise::NoiseMap;
use crate::numeral::{arabic_digit, arabic_int, cn_digit, cn_int, cn_unit};
use crate::text::chars::{WHITE_SPACE, is_white_space};

/// The largest ordinal accepted for a marker; larger numbers are not numbering.
pub const MAX_ORDINAL: u64 = 9999;

/// The largest ordinal accepted inside parentheses: `（2019）` is a year, not an item.
pub const MAX_PAREN_ORDINAL: u64 = 200;

/// A marker recognised by the grammar.
///
/// ```
/// let m = gongwen::marker::parse_marker("（二十四）加强", 0).unwrap();
/// assert_eq!(m.style, gongwen::Style::CnParen);
/// assert_eq!(m.ordinal, 24);
/// assert_eq!(m.end, "（二十四）".len());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Marker {
    /// The numbering family.
    pub style: Style,
    /// For [`Style::Decimal`], the number of parts (`1.2.1` has 3); 0 otherwise.
    pub parts: u8,
    /// The number (the last part of a decimal number).
    pub ordinal: u32,
    /// Byte offset of the marker's first byte.
    pub start: usize,
    /// Byte offset one past the marker's last byte.
    pub end: usize,
}

/// Parses the marker that starts at byte `at` of `text`, if any (no noise skipping).
///
/// ```
/// use gongwen::{marker::parse_marker, Style};
/// assert_eq!(parse_marker("第十二条　", 0).unwrap().style, Style::Article);
/// assert_eq!(parse_marker("1.2.3 范围", 0).unwrap().ordinal, 3);
/// assert_eq!(parse_marker("一是强化", 0).unwrap().style, Style::Enumeration);
/// assert!(parse_marker("1.5亿元", 0).is_none());
/// ```
#[must_use]
pub fn parse_marker(text: &str, at: usize) -> Option<Marker> {
    parse_marker_skipping(text, at, &NoiseMap::default())
}

/// Like [`parse_marker`], but noise spans right after an opening parenthesis are skipped,
/// so `(` + inserted chunk number + `二十六)` still reads as `（二十六）`.
pub(crate) fn parse_marker_skipping(text: &str, at: usize, noise: &NoiseMap<'_>) -> Option<Marker> {
    let rest = text.get(at..)?;
    let first = rest.chars().next()?;
    let mk = |style: Style, parts: u8, ordinal: u64, len: usize| -> Option<Marker> {
        let ordinal = u32::try_from(ordinal).ok().filter(|&o| o >= 1 && u64::from(o) <= MAX_ORDINAL)?;
        Some(Marker { style, parts, ordinal, start: at, end: at + len })
    };
    match first {
        '第' => statute(rest).and_then(|(style, ord, len)| mk(style, 0, ord, len)),
        '（' | '(' => {
            // Noise a scrape inserted right after the parenthesis (`(\n\n4、二十六)`) is skipped.
            let mut pos = first.len_utf8();
            let after_pad = skip_space(rest, pos);
            if let Some(n) = noise.at(crate::text::to_u32(at + after_pad)) {
                pos = skip_space(rest, (n.span.end as usize).checked_sub(at)?);
            }
            let inner = rest.get(pos..)?;
            let (after, ord, style) = if let Ok((after, v)) = cn_int(inner) {
                (after, v, Style::CnParen)
            } else if let Ok((after, v)) = arabic_int(inner) {
                (after, v, Style::ArabicParen)
            } else {
                return None;
            };
            if ord > MAX_PAREN_ORDINAL {
                return None;
            }
            let close = after.chars().next().filter(|c| matches!(c, '）' | ')'))?;
            let mut len = rest.len() - after.len() + close.len_utf8();
            if rest.get(len..).is_some_and(|r| r.starts_with('、')) {
                len += '、'.len_utf8();
            }
            mk(style, 0, ord, len)
        }
        // One range test keeps the common characters away from the enclosed forms.
        '①'..='㊿' => {
            let (style, ordinal) = enclosed(first)?;
            mk(style, 0, u64::from(ordinal), first.len_utf8())
        }
        c if cn_digit(c).is_some_and(|d| d > 0) || c == '十' => {
            let (after, v) = cn_int(rest).ok()?;
            let next = after.chars().next()?;
            let len = rest.len() - after.len();
            match next {
                '、' => mk(Style::CnComma, 0, v, len + next.len_utf8()),
                '.' | '．' if !after.get(next.len_utf8()..).and_then(|a| a.chars().next()).is_some_and(is_digitish) => {
                    mk(Style::CnComma, 0, v, len + next.len_utf8())
                }
                '是' if v <= 20 => mk(Style::Enumeration, 0, v, len + next.len_utf8()),
                _ => None,
            }
        }
        c if arabic_digit(c).is_some() => arabic(rest).and_then(|(style, parts, ord, len)| mk(style, parts, ord, len)),
        _ => None,
    }
}

/// An enclosed numeral, one character that is a whole marker: `①` (circled), `⑴`
/// (parenthesised), `⒈` (with a full stop), `㈠` (a parenthesised Chinese numeral).
fn enclosed(c: char) -> Option<(Style, u32)> {
    let from = |first: char| c as u32 - first as u32;
    Some(match c {
        '①'..='⑳' => (Style::Circled, from('①') + 1),
        '㉑'..='㉟' => (Style::Circled, from('㉑') + 21),
        '㊱'..='㊿' => (Style::Circled, from('㊱') + 36),
        '⑴'..='⒇' => (Style::ArabicParen, from('⑴') + 1),
        '⒈'..='⒛' => (Style::ArabicDot, from('⒈') + 1),
        '㈠'..='㈩' => (Style::CnParen, from('㈠') + 1),
        _ => return None,
    })
}

/// Skips white space (including line breaks) from byte `pos` of `s`.
fn skip_space(s: &str, pos: usize) -> usize {
    WHITE_SPACE.skip(s.as_bytes(), pos, s.len())
}

/// Counts the characters of the first `bytes` bytes of `s`.
fn chars_in(s: &str, bytes: usize) -> usize {
    s.get(..bytes).map_or(usize::MAX, |p| p.chars().count())
}

fn is_digitish(c: char) -> bool {
    arabic_digit(c).is_some()
}

/// `第` numeral keyword.
fn statute(rest: &str) -> Option<(Style, u64, usize)> {
    let body = rest.get('第'.len_utf8()..)?;
    let (after, v) = cn_int(body).or_else(|_| arabic_int(body)).ok()?;
    // The keyword, told by its first character (no keyword is a prefix of another); only
    // 分编 and 部分 have a second one to check.
    let (style, kw_len) = match after.chars().next()? {
        '条' => (Style::Article, 3),
        '章' => (Style::Chapter, 3),
        '节' => (Style::Section, 3),
        '编' => (Style::Bian, 3),
        '类' => (Style::Part, 3),
        '分' if after.get(3..)?.starts_with('编') => (Style::FenBian, 6),
        '部' if after.get(3..)?.starts_with('分') => (Style::Part, 6),
        _ => return None,
    };
    Some((style, v, rest.len() - after.len() + kw_len))
}

/// Arabic markers: `1.` `1．` `1、` and decimal `1.2.1`.
fn arabic(rest: &str) -> Option<(Style, u8, u64, usize)> {
    let (after, first) = arabic_int(rest).ok()?;
    if chars_in(rest, rest.len() - after.len()) > 3 {
        return None; // more than three digits: a year or an amount, not numbering
    }
    let sep = after.chars().next()?;
    match sep {
        '、' => Some((Style::ArabicDot, 0, first, rest.len() - after.len() + sep.len_utf8())),
        '.' | '．' => {
            let mut tail = after.get(sep.len_utf8()..)?;
            if !tail.chars().next().is_some_and(is_digitish) {
                return Some((Style::ArabicDot, 0, first, rest.len() - tail.len()));
            }
            // Decimal numbering: 1.2, 1.2.1.
            let mut parts = 1u8;
            let mut last;
            loop {
                let (after_part, v) = arabic_int(tail).ok()?;
                if chars_in(tail, tail.len() - after_part.len()) > 3 {
                    return None;
                }
                parts = parts.saturating_add(1);
                last = v;
                tail = after_part;
                match tail.chars().next() {
                    Some(c @ ('.' | '．'))
                        if tail.get(c.len_utf8()..).and_then(|t| t.chars().next()).is_some_and(is_digitish) =>
                    {
                        tail = tail.get(c.len_utf8()..)?;
                    }
                    Some(c @ ('.' | '．')) => {
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
        _ => None,
    }
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
    let (after, v) = arabic_int(rest).ok()?;
    let len = rest.len() - after.len();
    if chars_in(rest, len) > 2 || v == 0 {
        return None;
    }
    let pad = after.chars().take_while(|c| matches!(c, ' ' | '\u{3000}' | '\t')).map(char::len_utf8).sum::<usize>();
    if pad == 0 || !after.get(pad..)?.chars().next().is_some_and(is_heading_start) {
        return None;
    }
    let ordinal = u32::try_from(v).ok()?;
    Some(Marker { style: Style::Decimal, parts: 1, ordinal, start: at, end: at + len })
}

/// A character that can begin a heading after decimal numbering (not a unit or a digit).
fn is_heading_start(c: char) -> bool {
    let cjk = crate::text::chars::is_cjk_ideograph(c);
    cjk && cn_unit(c).is_none() && cn_digit(c).is_none() && !matches!(c, '元' | '倍' | '个' | '人' | '年' | '月' | '日')
}
