//! The vocabulary of the numeral grammar ([`crate::numeral`]) and of numbers read in context
//! (`quantity/value.rs`): the words around a numeral that end it, continue it or say what
//! it is. The numeral characters themselves, with their values, are the table of
//! `numeral/chars.rs` (read through a perfect hash built from it).

/// Units that begin with a numeral unit character: after Arabic digits or after 万/亿 they
/// are the unit of the figure, not part of its number. Read by `numeral::chain` (a chain
/// stops before them). No word begins with an earlier one (a test checks it).
pub(crate) const UNIT_WORDS: [&str; 12] = [
    // `使用总质量4500千克及以下` (机动车驾驶证申领和使用规定).
    "千克",
    // Pressures: `大气压力低于1000百帕（750毫米水银柱）的` (a bench regulation: 1000百 was
    // 100000 with no unit), kilopascals alike.
    "百帕",
    "千帕",
    // `应当配备2182千赫海上遇险频率的通信设备`, `使用500千赫频率` (a bench regulation: 2182千 was
    // 2182000 with no unit).
    "千赫",
    // `110千伏以下等级电力线路` (电力设施保护条例实施细则).
    "千伏",
    // `三十万千瓦以下` (bench lawrefbook: 电力建设项目).
    "千瓦",
    // `半径5千米` as distances are written in plans.
    "千米",
    // Energy in kilocalories: `成人每日能量需要量约1800千卡` (dietary guidelines and nutrition
    // plans), `323千卡` (Recognizers-Text's dimension battery): 323千 was 323000 with no unit.
    "千卡",
    // `提高2个百分点`, `3百分点`: per cent points.
    "百分点",
    // `千分之五以上`, `万分之五的滞纳金`, `百分之十` (bench lawrefbook, 税收征收管理法):
    // a share after 万/千 (`2万千分之一` is no number).
    "千分之",
    "万分之",
    "百分之",
];

/// The SI units whose prefix mega is written 兆: before them 兆 is part of the unit, never
/// 10^12. Read by `numeral::chain` (`mega_at`). `800兆赫集群电话` (电信业务分类目录),
/// `供水压力不低于0.15兆帕` (城市供水条例 implementing rules, bench lawrefbook); 兆瓦, 兆焦,
/// 兆伏 and 兆字节 alike.
pub(crate) const MEGA_UNITS: [char; 6] = ['赫', '帕', '瓦', '焦', '伏', '字'];

/// Letters typed for the 〇 of a year written in Chinese digits: zero inside four digits
/// before `年`, read by the quantity rule `latin_o_year` and by `elements::date::year_at` (a
/// zero fits a year of either script there, the other digits decide it). One character each:
/// - `O`: 二O二三年五月六日, the capital letter under the signature of web and Word copies
///   (市县政府 and 财政局 notices typed with a Latin keyboard), `二O二四年三月一日`;
/// - `o`: 二o二二年, the small letter (`力争于二o二五年底前完成`, county websites);
/// - `Ｏ`: 二Ｏ二一年, the full-width capital of a GB2312 input method (a numeral of its own
///   too, `numeral/chars.rs`);
/// - `ｏ`: 二ｏ二〇年, the full-width small letter.
pub(crate) const ZERO_LOOKALIKES: [char; 4] = ['O', 'o', 'Ｏ', 'ｏ'];

/// The approximation marks after a number: read by `numeral::chain` (before units:
/// `3万多亿元`, bench 政府工作报告 2018) and `numeral::grammar` (after a number: `500余万`,
/// `十几亿人口`, 政府工作报告 2014; `二十来个`); 餘 and 幾 as traditional texts write them
/// (`二十幾萬`, Recognizers-Text's battery), and 馀, the variant of 余 (`侵占集体资金七万馀元`,
/// `总数量已经达到一千六百馀家`: AISHELL news transcripts).
pub(crate) const APPROX_MARKS: [char; 7] = ['余', '多', '来', '几', '餘', '幾', '馀'];

/// A mark and the character after it that make a word, not an approximation: read by
/// `numeral::chain::approx_mark_at`. `全体成员三分之二多数通过` (bench lawrefbook: a two-thirds
/// majority), `余额` (a balance), `余下`, `余地`, `来源`, `来自`, `多样`, `多种`.
pub(crate) const APPROX_WORDS: [(char, char); 9] = [
    ('多', '数'),
    ('多', '样'),
    ('多', '种'),
    ('余', '额'),
    ('余', '下'),
    ('余', '地'),
    ('来', '源'),
    ('来', '自'),
    // `房地产开发贷款馀额` (AISHELL news transcripts): a balance, as 余额.
    ('馀', '额'),
];

/// The characters after `X点YZ` that make it a time of day, not a decimal: read by
/// `numeral::chain::point_at`. `九点零五分`, `八点一刻`. Not `时`: a time writes its hour with 时
/// or with 点, never both (`二十二时至次日六时`, bench lawrefbook, 环境噪声污染防治条例), and after
/// a decimal 时 is "when": `计价错误达到基金份额净值百分之零点五时` (a bench regulation on funds) is
/// 0.5 %, never 0 %.
pub(crate) const TIME_AFTER_POINT: [char; 2] = ['分', '刻'];

/// The characters after `成`/`折` that make it part of a word, not tenths: read by
/// `numeral::grammar::tenths_after`. `统一成员` and `一成绩` (bench lawrefbook), `成为`,
/// `成立`, `成果`, `成效`, `成本`, `成功`, `成熟`, `成长`, `成就`, `成型`, `成都`, `成交`,
/// `成品`, `成人`, `成年`, `成分`, `成才`, `成了`, `成全`, `成新`, `成家`, `成套`; `折算`,
/// `折合`, `折旧`, `折扣`, `折叠`, `折线`.
pub(crate) const TENTHS_BLOCKERS: [char; 30] = [
    '为', '员', '立', '果', '效', '本', '功', '绩', '熟', '长', '就', '型', '都', '交', '品', '人', '年', '分', '才',
    '了', '全', '新', '家', '套', '算', '合', '旧', '扣', '叠', '线',
];

/// The nouns after `成` that begin with a character of [`TENTHS_BLOCKERS`] and leave the
/// tenths a share of them: read by `numeral::grammar::tenths_after`. `六成家庭` (60 % of
/// households), `七成人口`, `八成人员`, `六成家长`: 家 blocks `成家` (to marry) and 人 blocks `成人`
/// (an adult), not these. No bench or dev document writes shares in 成; the forms are number
/// cases from outside the corpus, as survey reports print them.
pub(crate) const TENTHS_NOUNS: [&str; 4] = ["家庭", "家长", "人口", "人员"];

/// The characters that make a word with a `负` after them: there 负 ends the word, and the
/// figure after it is positive. Read by `quantity::value::sign_before`. `全年降低企业税负
/// 5700多亿元` (bench 政府工作报告 2017); 减负, 担负, 抱负, 胜负, 自负, 欺负, 辜负, 背负,
/// 肩负, 身负, 重负, 正负.
pub(crate) const FU_WORDS: [char; 13] = ['税', '减', '担', '抱', '胜', '自', '欺', '辜', '背', '肩', '身', '重', '正'];

/// The word before a number that makes it negative as a minus sign does: below zero, in
/// temperatures (`最低气温零下5℃` in weather bulletins and cold-wave 应急预案, which
/// print `零下` where a table prints `-5℃`). Read by `quantity::value::sign_before`.
pub(crate) const BELOW_ZERO: &str = "零下";

/// The words after which a minus sign (`-`, `−`, `－`) is a sign: each introduces a value
/// or a change, as in docs/annotation.md's change phrases (`由40%提高到60%`, `增长6%`): `增长率为
/// -3.9%`, `降至-5℃`, `同比增长-3.9%`. After a figure a hyphen is a range (`增长6%－6.5%`,
/// bench 政府工作报告 2019), inside a word a name (`铀－235`, bench lawrefbook). Read by
/// `quantity::value::sign_before`.
pub(crate) const SIGN_AFTER: [&str; 13] =
    ["为", "是", "至", "到", "达", "约", "增长", "下降", "降低", "增幅", "降幅", "同比", "环比"];

/// The characters that make a word with a `数` after them: there 数 is "the number of", and
/// the numeral after it a figure of its own, not "several". Read by
/// `quantity::value::after_count_word`. `补种盗伐花木株数十倍的花木` (ten times the number of
/// plants) and `原告一方人数十人以上` (bench lawrefbook); 次数, 件数, 户数, 总数, 基数, 倍数 …
pub(crate) const SHU_WORDS: &str = "人株次件户总基倍岁票分天参指系函页字台辆家个项名位条笔宗起例批年月日周时度码号额量份张册本场期轮组层级行列段点回只头匹床间套座栋亩米斤吨小整单双奇偶多少半全无如悉足实虚变常定尾底因乘除加减运礼招路步算术";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::check;

    #[test]
    fn tables_are_well_formed() {
        check::distinct(UNIT_WORDS);
        check::none_after_its_prefix(&UNIT_WORDS);
        check::distinct(MEGA_UNITS);
        check::distinct(APPROX_MARKS);
        check::distinct(APPROX_WORDS);
        check::distinct(TIME_AFTER_POINT);
        check::distinct(TENTHS_BLOCKERS);
        check::distinct(TENTHS_NOUNS);
        for w in TENTHS_NOUNS {
            assert!(w.chars().next().is_some_and(|c| TENTHS_BLOCKERS.contains(&c)), "{w} needs no exception");
        }
        check::distinct(FU_WORDS);
        check::distinct(SIGN_AFTER);
        check::distinct(SHU_WORDS.chars());
        for (mark, _) in APPROX_WORDS {
            assert!(APPROX_MARKS.contains(&mark), "{mark} is no approximation mark");
        }
        for w in UNIT_WORDS {
            assert!(w.chars().next().is_some_and(|c| crate::numeral::cn_unit(c).is_some()), "{w}");
        }
    }
}
