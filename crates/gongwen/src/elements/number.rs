//! Document numbers (发文字号, GB/T 9704-2012 §7.2.4).
//!
//! ```text
//! doc_number := agency pad* OPEN pad* year pad* CLOSE pad* [第] pad* serial pad* 号
//! agency     := (CJK ideograph | ASCII letter){2,16}      (国办函, 沪科规, 上财行规; no 的, 以)
//! OPEN CLOSE := 〔〕 ﹝﹞ [] ［］ （） () 【】 — lexicon::elements::YEAR_BRACKETS
//! year       := DIGIT{4}
//! serial     := DIGIT{1,6}
//! ```
//!
//! A number without a year (`第707号` under a 令) is no document number.

use super::date::{int_at, pad_len};
use crate::lexicon::elements::{NOT_IN_AGENCY_CODES, YEAR_BRACKETS};
use crate::model::DocNumber;
use crate::numeral::arabic_digit;
use crate::text::chars::{is_cjk_ideograph, is_space};

/// The longest agency code, in characters.
const MAX_AGENCY_CHARS: usize = 16;

/// The shortest agency code, in characters: the issuing body's abbreviation and the type's
/// character (`国发`, `法释`). One character is the tail of a word a lost line break ran into
/// the number (`…最高人民法院以法` + `发〔1993〕15号`: the `法` read as a title's type word).
const MIN_AGENCY_CHARS: usize = 2;

/// The shortest agency code of a number that a bracket opens (`（法〔2004〕96号）` after a
/// citation): the bracket bounds the code, so one character is the whole of it (最高人民法院's
/// `法〔2004〕96号`, 关于审理行政案件适用法律规范问题的座谈会纪要).
const MIN_BRACKETED_AGENCY_CHARS: usize = 1;

/// The document number at the start of `s` (which starts with its agency code) and its
/// length in bytes.
pub(crate) fn doc_number_at(s: &str) -> Option<(DocNumber, usize)> {
    number_with_code_of(s, MIN_AGENCY_CHARS)
}

/// [`doc_number_at`] for a number right after an opening bracket, whose code may be one
/// character ([`MIN_BRACKETED_AGENCY_CHARS`]).
pub(crate) fn bracketed_doc_number_at(s: &str) -> Option<(DocNumber, usize)> {
    number_with_code_of(s, MIN_BRACKETED_AGENCY_CHARS)
}

/// The document number at the start of `s` whose agency code has at least `min_agency`
/// characters, and its length in bytes.
fn number_with_code_of(s: &str, min_agency: usize) -> Option<(DocNumber, usize)> {
    // The agency code is counted here and copied only once the whole number is read.
    let mut agency_chars = 0usize;
    let mut open = 0usize;
    let mut end = 0usize;
    let mut close = None;
    for (i, c) in s.char_indices() {
        if let Some(&(_, cl)) = YEAR_BRACKETS.iter().find(|(op, _)| *op == c) {
            (open, end) = (i, i + c.len_utf8());
            close = Some(cl);
            break;
        }
        // White space and the zero-width marks a web copy leaves (`…的解释\u{200b}法释〔2023〕7号`).
        if is_space(c) {
            continue;
        }
        if !(is_cjk_ideograph(c) || c.is_ascii_alphabetic())
            || NOT_IN_AGENCY_CODES.contains(&c)
            || agency_chars >= MAX_AGENCY_CHARS
        {
            return None;
        }
        agency_chars += 1;
    }
    let close = close?;
    if agency_chars < min_agency {
        return None;
    }
    let (year, after_year) = year_in(s.get(end..)?)?;
    end += after_year;
    end += pad_len(s.get(end..)?);
    end += s.get(end..)?.starts_with(close).then_some(close.len_utf8())?;
    end += pad_len(s.get(end..)?);
    if s.get(end..)?.starts_with('第') {
        end += '第'.len_utf8();
        end += pad_len(s.get(end..)?);
    }
    let rest = s.get(end..)?;
    if !rest.starts_with(|c: char| arabic_digit(c).is_some()) {
        return None;
    }
    let (number, len, chars) = int_at(rest)?;
    if chars > 6 {
        return None;
    }
    end += len;
    end += pad_len(s.get(end..)?);
    end += s.get(end..)?.starts_with('号').then_some('号'.len_utf8())?;
    let number = u32::try_from(number).ok()?;
    let agency = s.get(..open)?.chars().filter(|&c| !is_space(c)).collect();
    Some((DocNumber { agency, year, number }, end))
}

/// Four Arabic digits after optional white space: the year and the length read.
fn year_in(s: &str) -> Option<(u16, usize)> {
    let at = pad_len(s);
    let rest = s.get(at..)?;
    let (v, len, chars) = int_at(rest)?;
    if chars != 4 || !rest.starts_with(|c: char| arabic_digit(c).is_some()) {
        return None;
    }
    let year = u16::try_from(v).ok().filter(|y| (1900..2200).contains(y))?;
    Some((year, at + len))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Option<(String, u16, u32, usize)> {
        doc_number_at(s).map(|(n, len)| (n.agency, n.year, n.number, len))
    }

    #[test]
    fn the_bracket_forms() {
        assert_eq!(read("国办函〔2005〕57号"), Some(("国办函".into(), 2005, 57, "国办函〔2005〕57号".len())));
        assert_eq!(read("国发[2019]4号").map(|r| r.2), Some(4));
        assert_eq!(read("国发(2019)4号").map(|r| r.2), Some(4));
        assert_eq!(read("国发（2019）4号").map(|r| r.2), Some(4));
        assert_eq!(read("国办函〔2005〕第57号").map(|r| r.2), Some(57));
        assert_eq!(read("上财行规﹝2024﹞1 号").map(|r| (r.0, r.2)), Some(("上财行规".into(), 1)));
    }

    #[test]
    fn no_year_no_number() {
        assert_eq!(read("国务院令第707号"), None);
        assert_eq!(read("第707号"), None);
        assert_eq!(read("国发〔19〕4号"), None);
        assert_eq!(read("国发〔2019〕号"), None);
        assert_eq!(read("〔2019〕4号"), None, "no agency code");
        assert_eq!(read("发〔1993〕15号"), None, "one character is no agency code");
        assert_eq!(read("院以法发〔1993〕15号"), None, "no agency code holds 以");
    }
}
