//! The clause around a figure: change verbs, modality words and deadline words.
//!
//! Read by `quantity::clause::annotate`, after the figures are found.

use crate::model::Modality;

/// Verbs of an upward change, read by `quantity::clause::change_before`:
/// `城镇化率由45.9%提高到52.6%` (政府工作报告 2013) is a change from 45.9 to 52.6, up.
pub(crate) static UP: &[&str] =
    &["提高", "提升", "增加", "增长", "扩大", "上升", "上涨", "上调", "扩展", "攀升", "增", "升", "涨", "翻"];

/// Verbs of a downward change, read as [`UP`]: `能耗比上年下降3.27%` (政府工作报告 2008) is a
/// change by 3.27 %, down. `负增长` (negative growth: `一季度经济出现负增长` and `中央本级支出安排负增长`,
/// 政府工作报告 2020 and 2021) before a figure is a fall by it (`负增长3%`, as `下降3%`), not a
/// rise (it ends in the [`UP`] verb 增长; the longer verb wins).
pub(crate) static DOWN: &[&str] =
    &["降低", "下降", "减少", "缩小", "压缩", "下调", "回落", "下滑", "缩减", "削减", "压减", "负增长", "降", "减"];

/// What links a change verb to the value it reaches (`提高到`, `降至`, `调整为`): the figure
/// after it is the `to` of the change.
pub(crate) const CHANGE_LINKS: [char; 3] = ['到', '至', '为'];

/// The aspect mark a change verb may take before the figure it changes by (`增长了6%`).
pub(crate) const PERFECTIVE: char = '了';

/// What opens the `from` figure of a change (`由15%`, `从月销售额3万元`), at most eight
/// characters before it with none of [`FROM_STOPS`] between.
pub(crate) const FROM_MARKERS: [char; 2] = ['由', '从'];

/// The punctuation that ends the search for [`FROM_MARKERS`].
pub(crate) const FROM_STOPS: [char; 6] = ['，', '。', '；', '、', '\n', '：'];

/// The modality words, read by `quantity::clause::modality_cues` (the last one before a
/// figure in its clause): `药品监督管理部门原则上在接到核查通知后30日内完成核查` (a bench
/// regulation) is `in_principle`, `力争用两年的时间` (政府工作报告 2008) `strive`.
///
/// None occurs inside another except as its end (须 in 必须), so a search of a clause cut
/// after byte `k` finds exactly the words of the whole clause that end by `k` (a test
/// checks it).
pub(crate) static MODALITY_WORDS: &[(&str, Modality)] = &[
    ("确保", Modality::Ensure),
    ("保证", Modality::Ensure),
    ("务必", Modality::Ensure),
    ("力争", Modality::Strive),
    ("争取", Modality::Strive),
    ("努力", Modality::Strive),
    ("力求", Modality::Strive),
    ("原则上", Modality::InPrinciple),
    ("必须", Modality::Must),
    ("应当", Modality::Must),
    ("须", Modality::Must),
    ("可以", Modality::May),
    ("不得", Modality::Forbidden),
    ("禁止", Modality::Forbidden),
    ("严禁", Modality::Forbidden),
    ("预计", Modality::Expected),
    ("预期", Modality::Expected),
];

/// Words before a year or date that make it a deadline, read by `quantity::clause::is_deadline`:
/// `到2025年`, `2003年到2007年` (政府工作报告 2008: the second year).
pub(crate) static DEADLINE_BEFORE: &[&str] = &["到", "至", "在", "于"];

/// Words before a year or date that make it a point in time, not a deadline, though they end
/// with one of [`DEADLINE_BEFORE`]: `名单（截至2006年5月31日）` (a bench regulation), `直至`.
pub(crate) static NOT_DEADLINE_BEFORE: &[&str] = &["截至", "直至"];

/// Words after a year or date that make it a deadline: `2005年底前注册营运的黄标车`
/// (政府工作报告 2015), `以前`, `之前`.
pub(crate) static DEADLINE_AFTER: &[&str] = &["前", "以前", "之前"];

/// Characters after a year or date that make a [`DEADLINE_BEFORE`] word a start, not a
/// deadline: `自2024年起`, `到2020年以后`, `至2021年后`.
pub(crate) const NOT_DEADLINE_AFTER: [char; 3] = ['起', '以', '后'];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::check;

    #[test]
    fn tables_are_distinct() {
        check::distinct(UP.iter().chain(DOWN));
        check::distinct(MODALITY_WORDS.iter().map(|w| w.0));
        check::distinct(DEADLINE_BEFORE.iter().chain(DEADLINE_AFTER));
        check::distinct(NOT_DEADLINE_BEFORE.iter());
        check::distinct(FROM_STOPS.iter());
    }

    /// The property `modality_cues` relies on: a word occurs inside another word only as
    /// its end.
    #[test]
    fn modality_words_nest_only_at_the_end() {
        for (w, _) in MODALITY_WORDS {
            for (v, _) in MODALITY_WORDS {
                for (at, _) in v.char_indices().filter(|&(at, _)| v[at..].starts_with(w)) {
                    assert!(w == v || at + w.len() == v.len(), "{w} inside {v}");
                }
            }
        }
    }

    #[test]
    fn points_in_time_end_with_a_deadline_word() {
        for w in NOT_DEADLINE_BEFORE {
            assert!(DEADLINE_BEFORE.iter().any(|d| w.ends_with(d)), "{w}");
        }
    }
}
