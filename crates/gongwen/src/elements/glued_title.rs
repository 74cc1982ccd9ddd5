//! The title of a text whose line breaks were all lost (a page scraped as one line, a corpus
//! that flattened white space): the words up to a type word that the next element follows.
//! Read by the title stage ([`crate::title`]) and by the head of such a text
//! ([`super::run_on`]), which finds its document number and 主送 around it.
//!
//! ```text
//! one-line := page-mark? tag? 附件? (issuer-mark doc-number)? TITLE-WORDS TYPE-WORD short-bracket? ELEMENT …
//! ELEMENT  := space | bracket | 各… | 目录 | marker | year | doc-number | recipients "：" | issuer year
//! ```

use super::number::doc_number_at;
use crate::lexicon::elements::{ISSUER_MARK_SUFFIX, YEAR_BRACKETS};
use crate::lexicon::outline::DATE_LINE_WORDS;
use crate::lexicon::titles::{
    ABOUT_TIE, BASIS_WORDS, ORDER_NUMBER_UNITS, PURPOSE_WORD, TITLE_STOPS, type_word_ends_within,
};
use crate::model::DocNumber;
use crate::numeral::arabic_digit;
use crate::text::chars::{is_cjk_ideograph, is_space};

/// The title of a text whose line breaks were all lost (a page scraped as one line): the
/// words up to a type word ([`TITLE_ENDINGS`](crate::lexicon::titles::TITLE_ENDINGS), outside
/// brackets) that the next element follows ([`starts_element`]: `…的通知沪科〔2025〕5号`, `…行动计划（2021-2023年）为加快…`,
/// `…的实施意见各区…`, `…实施细则第一章`, `…评估报告某某公司二〇二四年四月`, `…工作计划2017年，`).
/// A page number, a site's tag (`【Word文档】`), an attachment label (`附件`) and an issuer mark with its
/// document number (`上海财经大学文件 上财行规﹝2024﹞1 号`) before it are left out; a short
/// bracket after the type word (`（2021-2023年）`, `（试行）`) is kept. Byte offsets in `line`.
///
/// Letter-spaced words in a title (a spaced headline: `关 于 印 发 … 的 通 知某府办发〔2024〕12号…`,
/// `国务院关于棉粮、糖粮挂钩奖售粮几 个 问 题 的 通 知国发〔1981〕88号…`) are read without their
/// spaces ([`letter_spaced_len`]).
pub(crate) fn glued_title(line: &str) -> Option<(usize, usize)> {
    let start = glued_title_start(line);
    let rest = line.get(start..)?;
    let window = rest.get(..rest.char_indices().nth(MAX_TITLE_CHARS).map_or(rest.len(), |(i, _)| i))?;
    let Some((from, spaced)) = window.char_indices().map(|(i, _)| i).find_map(|i| {
        let len = rest.get(i..).map_or(0, letter_spaced_len);
        (len > 0).then_some((i, len))
    }) else {
        return title_end(rest).map(|end| (start, start + end));
    };
    // The words with the spaced ones squashed, and enough of the words after them for a title's end.
    let to = from + spaced;
    let tail = rest.get(to..).unwrap_or("");
    let tail = tail.get(..tail.char_indices().nth(MAX_TITLE_CHARS).map_or(tail.len(), |(i, _)| i)).unwrap_or("");
    let mut squashed = String::with_capacity(to + tail.len());
    squashed.push_str(rest.get(..from)?);
    // Where each spaced character ends, in `squashed` and in `rest`.
    let mut ends = Vec::new();
    for (i, c) in rest.get(from..to)?.char_indices().filter(|&(_, c)| !is_space(c)) {
        squashed.push(c);
        ends.push((squashed.len(), from + i + c.len_utf8()));
    }
    let run_end = squashed.len();
    squashed.push_str(tail);
    let end = title_end(&squashed)?;
    let at = match end {
        e if e <= from => e,
        e if e >= run_end => e - run_end + to,
        e => ends.iter().find(|&&(q, _)| q == e)?.1,
    };
    Some((start, start + at))
}

/// Where the title at the start of `rest` ends: after a type word that an element follows and
/// a short bracket after it; none where it holds fewer than four ideographs.
fn title_end(rest: &str) -> Option<usize> {
    let ends = type_word_ends(rest);
    let end = ends.iter().copied().find(|&k| starts_element(rest.get(k..).unwrap_or("")))?;
    let bracket = rest.get(end..).and_then(short_bracket).unwrap_or(0);
    let title = rest.get(..end + bracket)?;
    (title.chars().filter(|&c| is_cjk_ideograph(c)).nth(3).is_some()).then_some(end + bracket)
}

/// The fewest characters of a letter-spaced title (`通 知` is a word; `关 于 印 发 …` a title).
const MIN_SPACED_CHARS: usize = 4;

/// The length in bytes of the letter-spaced words at the start of `s` (`关 于 印 发 … 的 通 知`): ideographs
/// each followed by one white-space character, at least [`MIN_SPACED_CHARS`] and at most
/// [`MAX_TITLE_CHARS`] of them, and the ideograph after the last space; 0 where `s` opens with none.
fn letter_spaced_len(s: &str) -> usize {
    let mut spaced = 0usize;
    let mut end = 0usize;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_cjk_ideograph(c) || spaced > MAX_TITLE_CHARS {
            break;
        }
        end = i + c.len_utf8();
        if !chars.peek().is_some_and(|&(_, n)| is_space(n)) {
            break;
        }
        chars.next();
        spaced += 1;
    }
    if spaced >= MIN_SPACED_CHARS { end } else { 0 }
}

/// Where the words of a one-line title start: past a site's metadata table, a page number and
/// padding, an attachment label, and a document number that comes before any type word (with
/// the issuer mark before it).
fn glued_title_start(line: &str) -> usize {
    // A site's metadata table before the document (`索引号：…发布日期：2024年03月07日国务院办公厅关于…`).
    let table = super::metadata::run_on_table(line, 0).0;
    table + words_start(line.get(table..).unwrap_or(""))
}

/// Where the words of a one-line title start in `line` (no metadata table before them): past a
/// page number and padding, an attachment label and a document number.
fn words_start(line: &str) -> usize {
    // A site's tag before the title (`【Word文档】 全区…工作要点`).
    let tag = match line.strip_prefix('【').and_then(|r| r.find('】').map(|k| (r, k))) {
        Some((r, k)) => line.len() - r.len() + k + '】'.len_utf8(),
        None => 0,
    };
    let first_word = tag + line.get(tag..).and_then(|r| r.find(is_cjk_ideograph)).unwrap_or(line.len());
    let mut start = opening_year(line, tag, first_word);
    if let Some(after) = line.get(start..).and_then(|r| r.strip_prefix("附件")) {
        start = line.len() - after.len();
        start += after.find(is_cjk_ideograph).unwrap_or(after.len());
    }
    let rest = line.get(start..).unwrap_or("");
    let first_end = type_word_ends(rest).first().copied().unwrap_or(0);
    match rest.get(..first_end).and_then(doc_number_end) {
        Some(k) => start + k + rest.get(k..).map_or(0, |r| r.len() - r.trim_start_matches(is_space).len()),
        None => start + rest.get(..first_end).map_or(0, restated_start),
    }
}

/// Where the title words `words` start again: `县教育局2024年工作教育局2024年工作要点` (a copy whose
/// first line, a cut running head, ran into the whole title when its line breaks were lost)
/// restates `教育局2024年工作` right after itself; the title is the words from there. The first
/// byte `j` whose next [`MIN_RESTATED_CHARS`] or more chars repeat the chars right before it;
/// 0 when none does.
fn restated_start(words: &str) -> usize {
    let chars: Vec<(usize, char)> = words.char_indices().take(MAX_TITLE_CHARS).collect();
    let n = chars.len();
    let same = |a: usize, b: usize, len: usize| {
        (0..len).all(|k| chars.get(a + k).map(|c| c.1) == chars.get(b + k).map(|c| c.1))
    };
    (MIN_RESTATED_CHARS..n)
        .find(|&j| (MIN_RESTATED_CHARS..=j.min(n - j)).any(|len| same(j - len, j, len)))
        .and_then(|j| chars.get(j).map(|c| c.0))
        .unwrap_or(0)
}

/// The fewest chars a cut title line and the whole title after it share ([`restated_start`]).
const MIN_RESTATED_CHARS: usize = 4;

/// Where the words of a one-line title start when the first ideograph, at byte `word` of
/// `line`, is the `年` of a year that opens the title (`2024年某大学硕士研究生招生简章一、…`,
/// `2023年度…工作要点`): at the year's digits, when nothing but padding stands between them and
/// byte `from`; else at `word` (a page number and a space before the title are left out).
fn opening_year(line: &str, from: usize, word: usize) -> usize {
    let [year, ..] = DATE_LINE_WORDS;
    if !line.get(word..).is_some_and(|r| r.starts_with(year)) {
        return word;
    }
    let before = line.get(from..word).unwrap_or("");
    let digits = before.trim_start_matches(is_space);
    if !digits.is_empty() && digits.chars().all(|c| arabic_digit(c).is_some()) { word - digits.len() } else { word }
}

/// The end of the first document number in `s` ([`first_doc_number`]).
fn doc_number_end(s: &str) -> Option<usize> {
    first_doc_number(s).map(|(k, _, len)| k + len)
}

/// The first document number in `s` (`上财行规﹝2024﹞1 号`, `沪科〔2025〕5号`: the elements'
/// grammar, [`doc_number_at`]), read from the start of `s` or after a space before its year
/// bracket (an issuer mark before the agency code: `上海财经大学文件 上财行规﹝…`; a code
/// holds no `文件`, whole or broken by white space): its start, the number and its length in bytes.
pub(crate) fn first_doc_number(s: &str) -> Option<(usize, DocNumber, usize)> {
    let open = s.find(|c: char| YEAR_BRACKETS.iter().any(|b| b.0 == c))?;
    let after_spaces = s.get(..open)?.char_indices().filter(|&(_, c)| c.is_whitespace()).map(|(i, c)| i + c.len_utf8());
    std::iter::once(0)
        .chain(after_spaces)
        .filter_map(|k| {
            // The number starts after the white space there.
            let rest = s.get(k..)?;
            let k = k + rest.len() - rest.trim_start().len();
            doc_number_at(s.get(k..)?).map(|(d, len)| (k, d, len))
        })
        .find(|(k, d, _)| {
            !d.agency.contains(ISSUER_MARK_SUFFIX) && !splits_issuer_mark(s.get(..*k).unwrap_or(""), &d.agency)
        })
}

/// True when white space broke an issuer mark's `文件` between `before` and a code `agency`
/// (`上海财经大学文 件 上财行规﹝2024﹞45 号`: `件上财行规` is no code).
fn splits_issuer_mark(before: &str, agency: &str) -> bool {
    let before = before.trim_end();
    ISSUER_MARK_SUFFIX.char_indices().skip(1).any(|(j, _)| {
        ISSUER_MARK_SUFFIX.get(..j).is_some_and(|h| before.ends_with(h))
            && ISSUER_MARK_SUFFIX.get(j..).is_some_and(|t| agency.starts_with(t))
    })
}

/// The byte ends of the type words ([`TITLE_ENDINGS`](crate::lexicon::titles::TITLE_ENDINGS)) in
/// the first words of `s`: outside brackets, before the first clause mark ([`TITLE_STOPS`]),
/// within [`MAX_TITLE_CHARS`].
pub(crate) fn type_word_ends(s: &str) -> Vec<usize> {
    type_word_ends_within(s, MAX_TITLE_CHARS)
}

/// True when `after` (the text after a title's type word) opens the element that follows a
/// title: white space, a bracket, recipients (`各…`, `校内各单位：`), contents (`目录`), a first
/// unit's marker (`第一章`, `一、`), a document number's agency code (`沪科〔`, `法释〔`), or an issuer
/// and its date (`西安某某酒店有限公司二〇二四年四月`), or a body that opens by citing its basis
/// (`根据《…》`, [`BASIS_WORDS`]).
fn starts_element(after: &str) -> bool {
    let Some(first) = after.chars().next() else { return true };
    if is_space(first) || ['（', '(', '各'].contains(&first) || after.starts_with('目') {
        return true;
    }
    if BASIS_WORDS.iter().any(|w| after.strip_prefix(w).is_some_and(|r| r.starts_with('《'))) || opens_purpose(after) {
        return true;
    }
    // A text's first unit is numbered one (`…实施细则第一章`); another number goes on with the title's
    // words (`…具体适用修订刑法第十二条若干问题的通知`, bench lawref:7088b78d1704 with its line breaks lost).
    if crate::marker::parse_marker(after, 0).is_some_and(|m| m.ordinal == 1) || starts_with_year(after) {
        return true;
    }
    // A document number with a short agency code (`沪科〔2025〕5号`; a longer one would take
    // words of the title: `规定的补充通知国办函〔…`).
    let code = || doc_number_at(after).is_some_and(|(d, _)| d.agency.chars().count() <= MAX_AGENCY_CODE_CHARS);
    // Words up to the first mark that is no ideograph, at most a recipient's or an issuer's length.
    let words: String =
        after.chars().take_while(|&c| is_cjk_ideograph(c) || c == '〇').take(MAX_ELEMENT_WORDS).collect();
    let next = after.get(words.len()..).unwrap_or("");
    // Recipients and issuers hold no `的` (`…规划的实施意见各区农业农村委：` goes on with the title).
    let named = !words.contains('的');
    let recipients = next.starts_with(['：', ':']);
    (named && (recipients || ends_with_year(&words))) || code()
}

/// True when `after` opens a body with the purpose it serves ([`PURPOSE_WORD`]: `为表彰先进，…`):
/// `为`, then words up to a comma, the first stop, at least [`MIN_PURPOSE_CHARS`] characters in
/// all (`…的通知为准，` is a sentence's words), with no `的` before a type word in them (the rest of
/// a title whose type word came early: `关于将某地规划` `为工业园区的批复为加快…，`).
fn opens_purpose(after: &str) -> bool {
    if !after.starts_with(PURPOSE_WORD) {
        return false;
    }
    let tie = after.find(ABOUT_TIE);
    if tie.is_some_and(|t| type_word_ends(after).iter().any(|&k| k > t)) {
        return false;
    }
    let stop = after.chars().take(MAX_TITLE_CHARS).position(|c| TITLE_STOPS.contains(&c));
    stop.is_some_and(|n| n >= MIN_PURPOSE_CHARS && after.chars().nth(n).is_some_and(|c| c == '，' || c == ','))
}

/// The fewest characters of a purpose clause before its comma ([`opens_purpose`]).
const MIN_PURPOSE_CHARS: usize = 4;

/// True when `s` opens with a year in Arabic digits (`2017年，全市…`, `2021-03-22`): a date
/// line or a sentence that opens the body.
fn starts_with_year(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    digits == 4 && s.get(4..).is_some_and(|r| r.starts_with(['年', '-', '.', '/']))
}

/// The most characters of a recipient or an issuer that [`starts_element`] reads.
const MAX_ELEMENT_WORDS: usize = 30;

/// The most characters of a document number's agency code (`国办函`, `沪科规`).
pub(crate) const MAX_AGENCY_CODE_CHARS: usize = 6;

/// True when `words` hold a year written in Chinese numerals (`二〇二四年`) after an issuer's
/// name: four numeral characters and `年`.
fn ends_with_year(words: &str) -> bool {
    words.char_indices().any(|(i, c)| {
        c == '年' && {
            let before: Vec<char> = words.get(..i).unwrap_or("").chars().rev().take(4).collect();
            before.len() == 4 && before.iter().all(|&d| "〇零一二三四五六七八九".contains(d))
        }
    })
}

/// The length of a short bracket at the start of `s` that belongs to a title
/// ([`is_short_bracketed`]: `（2021-2023年）`, `（试行）`).
pub(crate) fn short_bracket(s: &str) -> Option<usize> {
    if !s.starts_with(['（', '(']) {
        return None;
    }
    let close = s.find(['）', ')'])?;
    let len = close + s.get(close..)?.chars().next()?.len_utf8();
    is_short_bracketed(s.get(..len)?).then_some(len)
}

/// A short line in brackets that goes on with a title above it (`（2021-2023年）`, `（试行）`):
/// at most [`MAX_BRACKET_LINE_CHARS`] characters, no full date (a statute's head note
/// `（2021年10月23日…通过）` is no part of its title), no order number (`（第45号）` under
/// a 公告) and no document number (`（国发〔2024〕5号）`).
pub(crate) fn is_short_bracketed(line: &str) -> bool {
    let inner = line.strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')']));
    // A document number in brackets (`（国发〔2024〕5号）`) is no part of the title either.
    inner.is_some_and(|s| {
        line.chars().count() <= MAX_BRACKET_LINE_CHARS
            && !s.contains('日')
            && !is_order_number(s)
            && super::head::number_line(s.trim()).is_none()
    })
}

/// `第`, a number and the unit of an order number ([`ORDER_NUMBER_UNITS`]): `第45号`, `第三期`.
pub(crate) fn is_order_number(s: &str) -> bool {
    let Some(rest) = s.trim().strip_prefix('第') else { return false };
    let Some((after, _)) = crate::numeral::arabic_int(rest).or_else(|| crate::numeral::cn_int(rest)) else {
        return false;
    };
    ORDER_NUMBER_UNITS.contains(&after.trim())
}

/// The longest bracketed line that goes on with a title (`（2021-2023年）`), in characters.
const MAX_BRACKET_LINE_CHARS: usize = 16;

/// The longest title line, in characters.
pub(crate) const MAX_TITLE_CHARS: usize = 80;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_spaced_words() {
        assert_eq!(
            letter_spaced_len("关 于 印 发 某 某 方 案 的 通 知某府办发"),
            "关 于 印 发 某 某 方 案 的 通 知".len()
        );
        assert_eq!(letter_spaced_len("通 知某府办发"), 0, "a spaced word is no spaced title");
        assert_eq!(letter_spaced_len("关于印发某某方案的通知"), 0);
        let title = |t: &str| glued_title(t).and_then(|(a, b)| t.get(a..b)).map(str::to_owned);
        assert_eq!(
            title("关 于 印 发 某 某 方 案 的 通 知 某府办发〔2024〕1号").as_deref(),
            Some("关 于 印 发 某 某 方 案 的 通 知")
        );
    }
}
