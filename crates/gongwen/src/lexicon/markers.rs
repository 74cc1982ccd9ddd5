//! The vocabulary of the marker grammar ([`crate::marker`]): the keywords of statute
//! markers, the separators and brackets of list markers, the enclosed numerals, the suffix
//! of inline enumerations, and the characters that show a number is an amount, not
//! numbering.
//!
//! The noise stage runs before the grammar and tests a line's opening against these same
//! tables (`noise::text::opens_like_marker`), so both stages mean the same by "a marker".

use crate::model::Style;

/// The character that opens every statute marker and 第X部分/第X类 headings: read by
/// `marker::statute`, and by the noise stage's test of a line opening with a marker.
pub(crate) const ORDINAL_PREFIX: char = '第';

/// The first marker of a document's top level (`一、`), read by `outline::candidates::title_then_marker`:
/// in a text whose line breaks were lost it may stand glued to the title's type word
/// (`某大学2024年博士研究生招生简章一、招生专业二、报考条件…`, a page copied as one line) and opens
/// the first unit there.
pub(crate) const FIRST_SECTION: &str = "一、";

/// Characters printed for [`ORDINAL_PREFIX`] by a slip of OCR or typing, read by
/// `marker::statute` as the prefix of a statute marker that is written irregularly (the
/// outline reports an `irregular_marker` diagnostic): `笫五十四条 清算组成员应当忠于职守`
/// (中华人民共和国农民专业合作社法, 2017, as published on lawrefbook). Only a numeral and a
/// statute keyword after it make a marker, so `床笫之间` is none.
pub(crate) const ORDINAL_PREFIX_SLIPS: [char; 1] = ['笫'];

/// The word between an article's marker and the number of an article inserted after it by an
/// amendment (立法技术规范): `第一百二十条之一` (中华人民共和国刑法, as the amendments of
/// lawrefbook_laws cite it: `增加一条，作为第一百二十条之一`). Read by `marker::statute`'s
/// caller: the marker is `第一百二十条之一`, its ordinal 120.
pub(crate) const INSERTED_ARTICLE: char = '之';

/// The keywords after `第` + numeral, and the style each gives: read by `marker::statute`
/// (立法技术规范: 编 > 分编 > 章 > 节 > 条; 部分 and 类 as headings). No keyword is a
/// prefix of another (a test checks it), so the first that matches is the one.
pub(crate) const STATUTE_KEYWORDS: [(&str, Style); 8] = [
    // `第一条 为了规范口岸开放，…` (上海口岸服务条例); first, as the most common.
    ("条", Style::Article),
    // `第一章  总则` (上海口岸服务条例).
    ("章", Style::Chapter),
    // `第一节  德育评价` (上海财经大学本科生素质综合评价实施办法, corpus/dev d19).
    ("节", Style::Section),
    // `第一编 总则` (中华人民共和国刑事诉讼法).
    ("编", Style::Bian),
    // `第一分编  通则` (中华人民共和国民法典 合同编).
    ("分编", Style::FenBian),
    // `第一部分 总体战略` (国家中长期教育改革和发展规划纲要（2010－2020年）).
    ("部分", Style::Part),
    // `第一类` over a list of substances (易制毒化学品管理条例, 附表).
    ("类", Style::Part),
    // `第一篇　开启全面建设社会主义现代化国家新征程` over chapters (中华人民共和国国民经济和社会
    // 发展第十四个五年规划和2035年远景目标纲要, and every province's and city's outline after it).
    ("篇", Style::Part),
];

/// The dots that close a list marker when no digit follows (`punct::DUNHAO` is the other
/// separator, never a decimal point: `一、`, `1、新兴技术成果产业化项目；`, 上海市漕河泾新兴技术开发区暂行条例) (`1．主要事实不清、证据不足的；`,
/// 山东省信访条例; the sloppy `六.` for `六、`) and separate the parts of a decimal section
/// number when one does (`2.1 应急组织机构及职责`, corpus/dev d01). Read by `marker`.
pub(crate) const DOTS: [char; 2] = ['.', '．'];

/// The brackets around a numeral marker, full- or half-width (`（一）` level 2, `（1）` level
/// 4; `(一)` and mixed `（一)` in converted copies). Read by `marker` and by the outline's
/// reference rule (`（四）、（五）项所列人员`).
pub(crate) const OPEN_BRACKETS: [char; 2] = ['（', '('];

/// The closing brackets of [`OPEN_BRACKETS`].
pub(crate) const CLOSE_BRACKETS: [char; 2] = ['）', ')'];

/// The suffix of an inline enumeration (`二是加强农业基础设施建设`, 2008年政府工作报告), read
/// by `marker`; the numeral before it is at most [`MAX_ENUMERATION`].
pub(crate) const ENUMERATION_SUFFIX: char = '是';

/// The largest inline enumeration: `二十是` still enumerates, `一百是` does not occur.
pub(crate) const MAX_ENUMERATION: u64 = 20;

/// The largest ordinal inside brackets: `（2019）` is a year, not an item.
pub(crate) const MAX_BRACKET_ORDINAL: u64 = 200;

/// The enclosed numerals, one character that is a whole marker: `(first, last, style,
/// ordinal of first)`. Read by `marker::enclosed`; the grammar tests a character against
/// [`ENCLOSED_RANGE`] (derived from this table) before it looks here.
pub(crate) const ENCLOSED: [(char, char, Style, u32); 6] = [
    // `①` … `⑳`: GB/T 9704 level 5 (`①贯彻落实…`).
    ('①', '⑳', Style::Circled, 1),
    ('㉑', '㉟', Style::Circled, 21),
    ('㊱', '㊿', Style::Circled, 36),
    // `⑴` … `⒇`: a bracketed Arabic numeral in one character.
    ('⑴', '⒇', Style::ArabicParen, 1),
    // `⒈侮辱、诽谤案` (最高人民法院关于适用《刑事诉讼法》的解释).
    ('⒈', '⒛', Style::ArabicDot, 1),
    // `㈠` … `㈩`: a bracketed Chinese numeral in one character.
    ('㈠', '㈩', Style::CnParen, 1),
];

/// The smallest and the largest character of [`ENCLOSED`]: one range test keeps the common
/// characters away from the table.
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
pub(crate) const ENCLOSED_RANGE: (char, char) = {
    let (mut lo, mut hi) = (char::MAX, '\0');
    let mut i = 0;
    while i < ENCLOSED.len() {
        let (first, last, _, _) = ENCLOSED[i];
        if (first as u32) < lo as u32 {
            lo = first;
        }
        if (last as u32) > hi as u32 {
            hi = last;
        }
        i += 1;
    }
    (lo, hi)
};

/// Characters that follow a decimal number as its unit, so the number is an amount, not a
/// section number (`1.5倍`, `2.5个百分点`, `3.5年`): read by `marker::is_heading_start`
/// (besides the numeral characters and the units 十百千万亿 of [`crate::numeral`]).
pub(crate) const AMOUNT_UNITS: [char; 7] = ['元', '倍', '个', '人', '年', '月', '日'];

/// Date words, with the range of the number before them, that may follow the number right
/// after an item's dot when the item's heading starts with a date (`15.3月底前完成`,
/// `2.2019年起实施`: items 15 and 2 of a list, not decimals; `3.5年` is an amount), a PDF
/// copy's space between the number and the word allowed (`2.2019 年起`): read by
/// `marker::dated_item`, and the outline keeps such an item only where the list runs
/// on around it (issue 17, from real work plans).
pub(crate) const DATE_WORDS: [(char, u64, u64); 4] = [
    ('年', 1000, 9999),
    ('月', 1, 12),
    ('日', 1, 31),
    // The class of a year's entrants, a year too: `5.2022 级、2023 级同学选课需注意避免与暑期校内辅修专业
    // 课程冲突` (item 5 of a university's course-selection notice, between items 4 and 6; its
    // students are named `2022级本科生` throughout such notices).
    ('级', 1000, 9999),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statute_keywords_are_distinct_and_no_prefix_of_another() {
        let keywords: Vec<&str> = STATUTE_KEYWORDS.iter().map(|(k, _)| *k).collect();
        crate::lexicon::check::distinct(&keywords);
        crate::lexicon::check::none_after_its_prefix(&keywords);
    }

    #[test]
    fn enclosed_ranges_are_disjoint_and_inside_the_prefilter() {
        for (i, &(first, last, _, _)) in ENCLOSED.iter().enumerate() {
            assert!(first <= last, "{first}..{last}");
            assert!(ENCLOSED_RANGE.0 <= first && last <= ENCLOSED_RANGE.1, "{first}..{last} passes the range test");
            for &(f, l, _, _) in ENCLOSED.iter().skip(i + 1) {
                assert!(last < f || l < first, "{first}..{last} overlaps {f}..{l}");
            }
        }
        assert!(ENCLOSED.iter().any(|e| e.0 == ENCLOSED_RANGE.0) && ENCLOSED.iter().any(|e| e.1 == ENCLOSED_RANGE.1));
    }

    #[test]
    fn character_sets_hold_no_duplicates() {
        for set in [&DOTS[..], &OPEN_BRACKETS, &CLOSE_BRACKETS, &AMOUNT_UNITS, &DATE_WORDS.map(|w| w.0)] {
            crate::lexicon::check::distinct(set);
        }
    }
}
