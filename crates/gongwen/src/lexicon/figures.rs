//! The glue around a figure: range separators, the connectors between two figures, the
//! characters of identifiers, and the context words that make a count of a bare numeral.
//!
//! Read by the quantity stage's rules (`quantity::rules`); each table names its rule.

char_set! {
    /// Range separators, read by `quantity::rules::range_sep` (rules `one_unit_range`,
    /// `two_unit_range`, `year` and `continues_date`): `达200至500人次以上` (a bench interpretation),
    /// `颁布实施2011-2020年中国农村扶贫开发纲要` (政府工作报告 2011), `7～10岁按60%计算`
    /// (人体损伤程度鉴定标准). The
    /// doubled dashes [`DOUBLE_DASHES`] are one separator.
    RANGE_SEPARATORS, is_range_separator = [
        '-', '－', '~', '～', '〜', '—', '–', '―', '‒', '﹣', '至', '到',
    ]
}

/// The range separators that are words: a line that opens with one goes on with the range of
/// the line before it, even a short line (a table row wrapped in its cell: `360元⏎至660元`),
/// where a dash at a line's start may open a list item or a page counter (`- 14 -`, dev d19).
/// Read by `quantity::rules::ranges` (rules `one_unit_range`, `two_unit_range`).
pub(crate) const WORD_RANGE_SEPARATORS: [char; 2] = ['至', '到'];

/// Words after the second of two figures that make the pair one range whichever end is
/// written first, read by the rule `two_unit_range`: `在5000元与1万元之间` (docs/annotation.md),
/// `比例在百分之四十至百分之十之间` (a range written from its upper end), `从几千元到几万元不等`
/// (a common 公文 phrasing of a range of amounts: 补助标准从500元至2000元不等).
pub(crate) const RANGE_CLOSERS: [&str; 2] = ["之间", "不等"];

/// The sign between a measurement and its tolerance, read by the rule `product`: `20±2℃`
/// (a number case from outside the corpus: no bench or dev document writes one), where the
/// tolerance alone is no figure. Before a number that follows no digit it opens a tolerance
/// of its own, a bound (rules `sign`, `comparator`: `误差不超过±2%`, as technical standards
/// and inspection notices write a permitted error).
pub(crate) const TOLERANCE_MARK: char = '±';

/// Two dashes, one range separator: `2017——2020年`, `1万元--5万元` (JioNLP's money battery,
/// as typed where no dash key is at hand).
pub(crate) const DOUBLE_DASHES: [&str; 2] = ["——", "--"];

/// The mark between the lower bound (`以上`) and the upper bound (`以下`) of one range, read
/// by the rule `two_unit_range`: `处以五千元以上、三万元以下罚款` (a bench regulation), one fine
/// between the two, as `五千元以上三万元以下` without it.
pub(crate) const BOUND_LIST_MARK: char = '、';

char_set! {
    /// The words between two figures that share the unit of the second, read by the rule
    /// `shared_unit`: `平均增速分别高4.2和0.7个百分点` (政府工作报告 2015) is 4.2 and 0.7 `百分点`.
    SHARED_UNIT_LINKS, is_shared_unit_link = ['和', '、', '或', '与', '及', '至']
}

/// The units after a list of numbers that name items or classes, not count them, read by the
/// rule `listed_items`: `违反第一、二、三项规定` without its `第` (`除一、二、三项范围外`, a bench
/// regulation), `分为一、二、三、四、五类` (bench: the classes of a protected zone),
/// `符合1、2项条件`, `第1,2,3项所列情形` (number cases from outside the corpus).
pub(crate) const LISTED_ITEM_UNITS: [&str; 4] = ["项", "款", "条", "类"];

char_set! {
    /// The marks between the numbers of a list of items, read by the rule `listed_items`
    /// (`一、二、三项`, `1,2,3项`).
    ITEM_LIST_LINKS, is_item_list_link = ['、', ',']
}

/// The word before a list of numbers that makes each a count after all (`分别扣1、2分`: one
/// point and two points), read by the rule `listed_items`.
pub(crate) const COUNTED_LIST: &str = "分别";

char_set! {
    /// The words after an ordinal or article reference across which the next number shares
    /// its `第`, read by the rule `shared_ordinal` and by `Finder::push`: `前款第三、四项所列情形`
    /// (a bench regulation) is two article references.
    SHARED_ORDINAL_LINKS, is_shared_ordinal_link = ['、', '至', '和', '或']
}

char_set! {
    /// The words after a date across which a day continues it, read by the rule `day`
    /// (`Finder::continues_date`): `12月18日、19日`, `7日或9日`; a range separator also does
    /// (`2018年5月24日至28日`, a bench law's history).
    DATE_LIST_LINKS, is_date_list_link = ['、', '和', '及', '或']
}

char_set! {
    /// Marks between two Arabic numbers that make them a ratio, a page counter or a time of
    /// day, not a figure, read by the rule `ratio_or_time`: `自21：00起算加班` (a bench case),
    /// `3/28`, `1:500`.
    RATIO_MARKS, is_ratio_mark = ['/', ':', '：']
}

/// The mark between the sides of a size, read by the rule `arithmetic`: `汽车号牌规格为480毫米×
/// 140毫米` (a bench regulation): measures with one unit on both sides are quantities.
pub(crate) const DIMENSION_MARK: char = '×';

char_set! {
    /// The operators of a formula around a figure, read by the rule `arithmetic`: `个人得分=相应
    /// 级别评分×120%÷人数` (dev d19, a university's rules), `月计薪天数＝（365天-104天）÷12月＝
    /// 21.75天` (a bench regulation).
    OPERATORS, is_operator = ['×', '÷', '=', '＝']
}

char_set! {
    /// The hour words before the minutes of a time of day, read by the rule `clock_minutes`:
    /// `当日晚8时30分` (a bench case), `9点30分`.
    CLOCK_HOURS, is_clock_hour = ['时', '点']
}

/// Acronyms of economic indicators that a figure may follow with no space (a copy that lost
/// it, or a table cell `人均GDP1.2万美元`), read by the rule `identifier`: digits right after
/// one are the indicator's value when a unit follows them, not part of a name (`PM2.5`,
/// `H1N1` stay names: their letters are no indicator). Each is written before its figure in
/// the statistics of work reports and bulletins.
pub(crate) const INDICATOR_ACRONYMS: [&str; 2] = [
    // 国内生产总值: `全市人均GDP1.2万美元` (`人均GDP超过1万美元`, the milestone of 政府工作报告 and
    // provincial statistical bulletins; 绿色GDP in 政府工作报告 2008).
    "GDP",
    // 居民消费价格指数: `全年CPI2.5%左右` (`CPI涨幅控制在3%左右`, the target of the work reports).
    "CPI",
];

char_set! {
    /// Characters that, right before digits, make them part of an identifier, a version, a
    /// formula or an address (`《地表水环境质量标准》（GB3838-2002）`, a bench regulation;
    /// `细颗粒物PM2.5`, 政府工作报告 2013), read by the rule `identifier`. `^` raises a power
    /// (`10^6个`, a number case from outside the corpus): the exponent alone would be a wrong
    /// value (6 个).
    IDENTIFIER_BEFORE, is_identifier_before = ['.', '/', '@', ':', '_', '-', '+', '#', '=', '&', '^']
}

char_set! {
    /// Characters that continue an identifier after its digits, read by
    /// `quantity::rules::identifier_end`: `2.4.1`, `10/12`, `a_1`, `x@y.z`.
    IDENTIFIER_JOINERS, is_identifier_joiner = ['.', '/', ':', '_', '-', '@', '+', '*']
}

char_set! {
    /// What may end a count written after its noun (`副主任一人。`), read by the rule
    /// `indefinite_one`: `主任或者副主任一人。` (a bench regulation).
    POST_COUNT_ENDS, is_post_count_end = ['，', '。', '；', '、', '）', ')', '：', ':', ',', ';', '\n']
}

char_set! {
    /// Characters before a bare 一 that keep it an indefinite article even before
    /// [`POST_COUNT_ENDS`] (`这一项。`, `的一次。`), read by the rule `indefinite_one`; `后` of
    /// `最后` (`着力打通“最后一公里”`, 政府工作报告 2017: the last stretch, no distance).
    NOT_POST_COUNT_BEFORE, is_not_post_count_before = ['的', '是', '了', '这', '那', '每', '后']
}

char_set! {
    /// Characters before `N次会议` that make it the session of a congress, not a count
    /// (召开两次会议 is), read by the rule `congress_session`: `中共河南省委九届八次会议` (a
    /// bench document), `人大五次会议`, `常委会二次会议`.
    SESSION_BEFORE, is_session_before = ['届', '大', '会']
}

/// The word after `N次` in a session, see [`SESSION_BEFORE`].
pub(crate) const SESSION: &str = "会议";

/// `新` before `N人`: a demonym with a template's placeholder (`新xx人`, for 新上海人 …), read
/// by the rule `demonym`. Only the development seeds write one.
pub(crate) const DEMONYM_BEFORE: char = '新';

/// The words before `M/D` that make it a date (`会议定于3/5召开`), read by the rule
/// `slash_date` with [`SLASH_DATE_EVENTS`] after it. `于` also ends comparators (`不得少于1/2`,
/// a bench law: a share), which no event word follows. No bench or dev document writes a date
/// so; the form is a number case from outside the corpus,
/// kept because the fraction 0.6 would be a wrong value. The longest first.
pub(crate) const SLASH_DATE_BEFORE: [&str; 3] = ["定于", "于", "在"];

/// The words after `M/D` that name what happens on that day (`于3/5召开`, `在6/30前完成`), read
/// by the rule `slash_date`.
pub(crate) const SLASH_DATE_EVENTS: [&str; 8] = ["召开", "举行", "举办", "开幕", "开始", "截止", "前", "起"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::check;

    #[test]
    fn tables_are_distinct() {
        check::distinct(RANGE_SEPARATORS.iter());
        check::distinct(SLASH_DATE_BEFORE.iter());
        check::none_after_its_suffix(&SLASH_DATE_BEFORE);
        check::distinct(SLASH_DATE_EVENTS.iter());
        assert!(DOUBLE_DASHES.iter().all(|d| d.chars().all(is_range_separator)));
        check::distinct(SHARED_UNIT_LINKS.iter());
        check::distinct(SHARED_ORDINAL_LINKS.iter());
        check::distinct(ITEM_LIST_LINKS.iter());
        check::distinct(LISTED_ITEM_UNITS.iter());
        check::distinct(DATE_LIST_LINKS.iter());
        check::distinct(IDENTIFIER_BEFORE.iter());
        check::distinct(INDICATOR_ACRONYMS.iter());
        check::distinct(IDENTIFIER_JOINERS.iter());
        check::distinct(POST_COUNT_ENDS.iter());
        check::distinct(RATIO_MARKS.iter());
        check::distinct(CLOCK_HOURS.iter());
        check::distinct(OPERATORS.iter());
        check::distinct(NOT_POST_COUNT_BEFORE.iter());
        check::distinct(SESSION_BEFORE.iter());
    }
}
