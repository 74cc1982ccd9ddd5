//! Citations of other documents: `《…》` (titles inside it in `〈〉` or `《》` kept), with the
//! document number printed right after it in brackets (`《国务院关于…的意见》（国发〔2015〕43号）`).

use crate::elements::date::pad_len;
use crate::elements::number::bracketed_doc_number_at;
use crate::lexicon::references::ALIAS_LABELS;
use crate::model::DocNumber;
use crate::text::chars::has_white_space;
use crate::text::wrap::wrap_after_full_line;

/// The longest short name, in characters.
pub(super) const MAX_ALIAS_CHARS: usize = 20;

/// The longest title read, in bytes.
const MAX_TITLE_LEN: usize = 600;

/// How many hard wraps a title may run over (a title of up to three printed lines:
/// `根据《财政部 教育部 人力资源社会保障部 ⏎退役军人部 中央军委国防动员部关于印发<学生资助资金管理⏎办法>的通知》`,
/// a university's 奖学金管理办法 extracted from its PDF).
const MAX_TITLE_WRAPS: usize = 2;

/// A citation read at byte `p` (where `《` stands).
pub(super) struct Citation {
    /// The title without the outer `《》` and white space.
    pub(super) title: String,
    /// The document number after it, if any.
    pub(super) doc_number: Option<DocNumber>,
    /// The byte after the citation (after the number's closing bracket when there is one, else
    /// after the closing `》`).
    pub(super) end: usize,
    /// The short name given to it right after (`（以下简称行政诉讼法）`), quotes left out, and
    /// the byte after its closing bracket.
    pub(super) alias: Option<(String, usize)>,
}

/// The citation that opens at byte `p`, or `None` when its `《` is not closed on its line (or
/// on a line that a hard wrap joins to it: [`closing`]).
pub(super) fn read(text: &str, p: usize) -> Option<Citation> {
    let rest = text.get(p..)?;
    let close = closing(text, p)?;
    let inner = rest.get('《'.len_utf8()..close)?;
    let title = without_white_space(inner);
    if title.is_empty() {
        return None;
    }
    let title_end = p + close + '》'.len_utf8();
    let (doc_number, end, alias) = match number_after(text, title_end) {
        Some((n, end, alias)) => (Some(n), end, alias.or_else(|| alias_after(text, end))),
        None => (None, title_end, alias_after(text, title_end)),
    };
    Some(Citation { title, doc_number, end, alias })
}

/// Where the `》` that closes the `《` at byte `p` of `text` stands, counted from `p` (titles
/// nest): `None` when a line break comes first or the bracket is not closed within
/// [`MAX_TITLE_LEN`] bytes (a character starting past it ends the search). A line break that is
/// a hard wrap (after a full line of prose, [`wrap_after_full_line`]) goes on, up to
/// [`MAX_TITLE_WRAPS`] of them, as long as no sentence ends (`。`) after the first: a title cut
/// by a PDF copy's line ends. The characters are stepped over by their lead bytes, never
/// decoded (`《》` are E3 80 8A/8B).
fn closing(text: &str, p: usize) -> Option<usize> {
    let rest = text.as_bytes().get(p..)?;
    let mut depth = 0usize;
    let mut wraps = 0usize;
    let mut k = 0usize;
    while k <= MAX_TITLE_LEN {
        let tail = rest.get(k..)?;
        match tail {
            [b'\n' | b'\r', ..] if wraps < MAX_TITLE_WRAPS => {
                k = wrap_after_full_line(text, p + k)? - p;
                wraps += 1;
                continue;
            }
            [b'\n' | b'\r', ..] | [] => return None,
            // `。`: a sentence ends, and a title a wrap broke does not run through it.
            [0xE3, 0x80, 0x82, ..] if wraps > 0 => return None,
            [0xE3, 0x80, 0x8A, ..] => {
                depth += 1;
                // Each open title needs a `》` of its own (3 bytes) before the limit.
                if k + 3 * depth > MAX_TITLE_LEN {
                    return None;
                }
            }
            [0xE3, 0x80, 0x8B, ..] => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(k);
                }
            }
            _ => {}
        }
        k += match tail.first() {
            Some(0..=0x7F) | None => 1,
            Some(0x80..=0xDF) => 2,
            Some(0xE0..=0xEF) => 3,
            Some(_) => 4,
        };
    }
    None
}

/// `s` without its white space (a title broken over spaces): copied at once when it holds
/// none.
fn without_white_space(s: &str) -> String {
    if has_white_space(s) { s.chars().filter(|c| !c.is_whitespace()).collect() } else { s.to_owned() }
}

/// A short name given to a cited document and the byte after the bracket that gives it.
type Alias = (String, usize);

/// `（以下简称行政诉讼法）` at byte `at` (after white space): the short name and the byte after
/// the closing bracket.
fn alias_after(text: &str, at: usize) -> Option<Alias> {
    let all = text.get(at..)?;
    let rest = all.get(pad_len(all)..)?.strip_prefix(['（', '('])?;
    alias_in(text, rest).or_else(|| alias_after_note(text, rest))
}

/// The longest note read before a short name in one bracket, in characters
/// (`自1998年11月29日起施行，2017年10月1日废止，` is 26).
const MAX_NOTE_CHARS: usize = 60;

/// A short name given after a note in the same bracket (`（自2017年10月1日起施行，以下简称新条例）`,
/// cee P6 关于“未验先投”违法行为…的意见): the label after the note's last comma, read within
/// [`MAX_NOTE_CHARS`] characters of the bracket's opening and before its closing.
fn alias_after_note(text: &str, rest: &str) -> Option<Alias> {
    let mut comma = None;
    for (i, c) in rest.char_indices().take(MAX_NOTE_CHARS) {
        match c {
            '，' | ',' => comma = Some(i + c.len_utf8()),
            // The bracket closes here: the name, if any, is after the last comma.
            '）' | ')' => return alias_in(text, rest.get(comma?..)?),
            '（' | '(' | '\n' | '\r' => return None,
            _ => {}
        }
    }
    None
}

/// The short name that `rest` (a tail of `text`, inside a bracket) gives after a label of
/// [`ALIAS_LABELS`] (`以下简称行政诉讼法）`): the name and the byte of `text` after the closing
/// bracket.
fn alias_in(text: &str, rest: &str) -> Option<Alias> {
    let rest = ALIAS_LABELS.iter().find_map(|l| rest.strip_prefix(l))?;
    let close = rest.find(['）', ')'])?;
    let inner = rest.get(..close)?;
    let name: String =
        inner.chars().filter(|c| !c.is_whitespace() && !matches!(c, '“' | '”' | '"' | '《' | '》')).collect();
    let n = name.chars().count();
    let bracket = rest.get(close..)?.chars().next()?;
    let end = text.len() - rest.len() + close + bracket.len_utf8();
    (2..=MAX_ALIAS_CHARS).contains(&n).then_some((name, end))
}

/// `（国发〔2015〕43号）` at byte `at`: the number, the byte after the closing bracket, and the
/// short name given in the same bracket after a comma (`（法释〔2008〕5号，以下简称《解释》）`). The
/// number may be called a 文 (`（国发〔1984〕174号文）`).
fn number_after(text: &str, at: usize) -> Option<(DocNumber, usize, Option<Alias>)> {
    let rest = text.get(at..)?;
    let mut k = pad_len(rest);
    let open = rest.get(k..)?.chars().next().filter(|c| matches!(c, '（' | '('))?;
    k += open.len_utf8();
    k += pad_len(rest.get(k..)?);
    let (number, len) = bracketed_doc_number_at(rest.get(k..)?)?;
    k += len;
    if rest.get(k..)?.starts_with('文') {
        k += '文'.len_utf8();
    }
    k += pad_len(rest.get(k..)?);
    let tail = rest.get(k..)?;
    if let Some(after) = tail.strip_prefix(['，', ',']) {
        let (alias, end) = alias_in(text, after.get(pad_len(after)..)?)?;
        return Some((number, end, Some((alias, end))));
    }
    let close = tail.chars().next().filter(|c| matches!(c, '）' | ')'))?;
    Some((number, at + k + close.len_utf8(), None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_and_number() {
        let s = "落实《国务院关于促进融资担保行业加快发展的意见》（国发〔2015〕43号），按照";
        let p = s.find('《').unwrap_or_default();
        let c = read(s, p);
        assert_eq!(c.as_ref().map(|c| c.title.as_str()), Some("国务院关于促进融资担保行业加快发展的意见"));
        let number = c.as_ref().and_then(|c| c.doc_number.as_ref()).map(ToString::to_string);
        assert_eq!(number.as_deref(), Some("国发〔2015〕43号"));
        let whole = c.and_then(|c| s.get(p..c.end));
        assert_eq!(whole, Some("《国务院关于促进融资担保行业加快发展的意见》（国发〔2015〕43号）"));
    }

    #[test]
    fn a_number_with_a_short_name_or_called_a_document() {
        let s =
            "对《关于审理非法行医刑事案件具体应用法律若干问题的解释》（法释〔2008〕5号，以下简称《解释》）作如下修改";
        let c = read(s, s.find('《').unwrap_or_default());
        let number = c.as_ref().and_then(|c| c.doc_number.as_ref()).map(ToString::to_string);
        assert_eq!(number.as_deref(), Some("法释〔2008〕5号"));
        assert_eq!(c.as_ref().and_then(|c| c.alias.as_ref()).map(|a| a.0.as_str()), Some("解释"));
        assert_eq!(c.and_then(|c| s.get(c.end..)), Some("作如下修改"));
        let s = "按照《国务院关于筹措农村学校办学经费的通知》(国发〔1984〕174号文)的规定";
        let c = read(s, s.find('《').unwrap_or_default());
        let number = c.as_ref().and_then(|c| c.doc_number.as_ref()).map(ToString::to_string);
        assert_eq!(number.as_deref(), Some("国发〔1984〕174号"));
        assert_eq!(c.and_then(|c| s.get(c.end..)), Some("的规定"));
    }

    #[test]
    fn a_short_name_after_a_note() {
        let s = "修订前的《建设项目环境保护管理条例》（自1998年11月29日起施行，2017年10月1日废止，以下简称旧条例）第二十八条";
        let c = read(s, s.find('《').unwrap_or_default());
        assert_eq!(c.and_then(|c| c.alias).map(|a| a.0).as_deref(), Some("旧条例"));
        let s = "《某某条例》（自2017年10月1日起施行）第二十八条";
        assert!(read(s, s.find('《').unwrap_or_default()).is_some_and(|c| c.alias.is_none()));
    }

    #[test]
    fn short_names() {
        let s = "根据《中华人民共和国行政诉讼法》（以下简称行政诉讼法）等";
        let alias = read(s, s.find('《').unwrap_or_default()).and_then(|c| c.alias);
        assert_eq!(alias.as_ref().map(|a| a.0.as_str()), Some("行政诉讼法"));
        assert_eq!(alias.and_then(|a| s.get(a.1..)), Some("等"));
    }

    #[test]
    fn nested_titles_and_open_ones() {
        let s = "《关于修改〈中华人民共和国个人所得税法〉的决定》第一次修正";
        let c = read(s, 0);
        assert_eq!(c.as_ref().map(|c| c.title.as_str()), Some("关于修改〈中华人民共和国个人所得税法〉的决定"));
        assert!(c.is_some_and(|c| c.doc_number.is_none()));
        assert!(read("《没有关上\n》", 0).is_none());
        assert!(read("《没有关上\r》", 0).is_none());
        assert!(read("《没有关上", 0).is_none());
        let long = format!("《{}》", "长".repeat(199));
        assert!(read(&long, 0).is_some(), "the `》` starts at byte 600");
        let longer = format!("《{}》", "长".repeat(200));
        assert!(read(&longer, 0).is_none(), "the `》` starts past byte 600");
        let c = read("《关于 印发\u{3000}办法》", 0);
        assert_eq!(c.map(|c| c.title), Some("关于印发办法".to_owned()));
        assert!(read("《》", 0).is_none());
    }
}
