//! The rules of the unit: which unit follows the number, and the numbers that a unit (or
//! the lack of one) shows are no figure.

use super::{Figure, Reading, Verdict, is_bare_one, is_year4, skip};
use crate::lexicon::comparators::NOUN_OPENERS;
use crate::lexicon::comparators::UNIT_BOUNDS;
use crate::lexicon::figures::{is_range_separator, is_shared_unit_link};
use crate::lexicon::kinds::{
    BOUND_HEAD, ORDINAL_WORD_UNITS, PROGRAMME_COUNTERS, RANKED_NOUNS, UPWARDS, is_bound_before_multiplier,
    is_next_or_previous, is_year_tail,
};
use crate::lexicon::units::{
    ATTRIBUTIVE, CONTEXT_UNITS, HALF_BLOCKERS, IN_ADVANCE, LONE_HALF_BLOCKERS, MONEY_BEFORE_CAPITALS, SCALE_UNIT,
    SCALE_WORDS_AFTER, SCALE_WORDS_BEFORE, SUBUNIT_JOINERS, SUBUNITS,
};
use crate::model::Comparator;
use crate::numeral;
use crate::numeral::Dec;
use crate::quantity::unit::{self, ARABIC_ONLY, CHINESE_ONLY, Family, NOT_AFTER_ONE, UnitMatch};
use crate::quantity::value::{self, Form, char_at, char_before};
use crate::quantity::{Finder, range_sep};
use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::ops::ControlFlow::Continue;

/// `unit`: the longest unit of [`crate::lexicon::units::UNITS`] after the number (or after
/// the upper end of a range), unless a blocker word follows it or the row is only for the
/// other form of numeral; `年` after a four-digit year even before a blocker (`2020年初步`).
/// A unit written before the number ([`crate::lexicon::units::PREFIX_UNITS`]: `￥100`,
/// `人民币3.14`, `华氏70度`) starts the figure and is its unit when none follows, or names
/// the unit after it more exactly (`港币2960元`).
///
/// ```text
/// unit := PREFIX_UNIT? number SPACE{0,2} UNIT     (longest match; not followed by a BLOCKER word)
/// ```
///
/// case: 关停小火电2157万千瓦、小煤矿1.12万处 => 2157万千瓦 quantity 21570000 千瓦 eq
/// case: 建立黑名单制度，让失信 => 名 none
/// case: 关于增加《基本法》附件三所列全国性法律的决定 => 三所 none
/// case: 禁止由动力驱动的三轮车、四轮代步车从事出租客运业务 => 四轮 none
/// case: 每个乡镇至少设置一所公办幼儿园 => 一所 quantity 1 所 ge
/// case: 注册资本为人民币5000万元 => 5000万元 quantity 50000000 元 eq
/// case: 每件售价￥100，另收运费 => ￥100 quantity 100 ￥ eq
/// case: 正常的温度是华氏温度98.6度 => 华氏温度98.6度 quantity 98.6 华氏度 eq
/// case: 单程票价HK$100，往返 => HK$100 quantity 100 HK$ eq
/// case: 城市家庭宽带接入能力达到20Mbps => 达到20Mbps quantity 20 Mbps eq
/// case: 论文字数不超过8000字 => 不超过8000字 quantity 8000 字 le
/// case: 书稿共计8万字 => 8万字 quantity 80000 字 eq
/// case: 累计报告接种新冠病毒疫苗1.3亿剂次 => 1.3亿剂次 quantity 130000000 剂次 eq
/// case: 坚持“16字方针” => 16字 none
/// case: 申报书篇幅控制在5页以内 => 控制在5页以内 quantity 5 页 le
/// case: 平均风速达到10.8m/s时 => 达到10.8m/s quantity 10.8 m/s eq
/// case: PM2.5年均浓度降至35μg/m³ => 降至35μg/m³ quantity 35 μg/m³ eq
/// case: 人均住房面积30平米 => 30平米 quantity 30 平米 eq
/// case: 额定电压220V，频率50Hz => 220V quantity 220 V eq
/// case: 电池容量不低于5000mAh => 不低于5000mAh quantity 5000 mAh ge
/// case: 折合澳门元1000元 => 澳门元1000元 quantity 1000 澳门元 eq
/// case: 每人收取500澳门币 => 500澳门币 quantity 500 澳门币 eq
/// case: 每日饮水两升到三升 => 两升到三升 quantity 2..3 升 range
/// case: 当最高标高超过100米，大气压力低于1000百帕的 => 低于1000百帕 quantity 1000 百帕 lt
/// case: 工作压力不低于5千帕 => 不低于5千帕 quantity 5 千帕 ge
/// case: 2.2本计划投资3541.07万元2.3本项目 => 2.2 none
/// case: C\n　　1.3分\n校级\nA+\n　　1.0分 => 1.3分 quantity 1.3 分 eq
/// case: C\n１.３分\n校级 => １.３分 quantity 1.3 分 eq
/// case: 推行“１对１”结对帮扶，建立帮扶台账 => １对 none
/// case: 三次产业结构为3.9:38.8:57.3 => 三次 none
/// case: 北京市细颗粒物年均浓度控制在60微克/立方米左右 => 控制在60微克/立方米左右 quantity 60 微克/立方米 approx
/// case: 白天控制在55分贝以内，夜间控制在45分贝以内 => 控制在55分贝以内 quantity 55 分贝 le
/// case: 小型客车最高车速不得超过120km/h => 不得超过120km/h quantity 120 km/h le
/// case: 危险废物处置设施关闭前三个月报环保部门核准 => 三个月 quantity 3 月 eq
/// case: 年度碳排放量相差10%或者10万\n1/6\n吨以上的 => 10万\n1/6\n吨以上 quantity 100000 吨 ge
/// case: 比2007年提高2个多百分点 => 2个多百分点 quantity 2 百分点 approx
/// case: 产值增长3倍多 => 3倍多 quantity 3 倍 approx
/// case: 七成人口居住在城镇 => 七成 quantity 70 % eq
/// case: 扩大两部制电价执行范围 => 两部 none
/// case: 降低900多万个体工商户税负 => 900多万 quantity 9000000 - approx
/// case: 建成3个体育场馆 => 3个 quantity 3 个 eq
/// case: 三次采油，是指二次采油后继续以聚合物驱等方式进行采油 => 三次 none
/// case: 实行基本水价和计量水价相结合的两部制水价制度 => 两部 none
/// case: 具体办法由上述两部制定 => 两部 quantity 2 部 eq
/// case: 退还多收费用叁角 => 叁角 quantity 3 角 eq
/// case: 按票面金额收取捌分 => 捌分 quantity 8 分 eq
/// case: 画一个五角星 => 五角 none
/// case: 应退还人民币伍角。 => 伍角 quantity 5 角 eq
/// case: 找零金额：伍角。 => 伍角 quantity 5 角 eq
/// case: 加强干部队伍角色转变 => 伍角 none
/// case: 每组3人/组，自愿报名 => 3人/组 quantity 3 人/组 eq
/// case: 水坪5组村民 => 5 none
/// case: 按3人/组织开展 => 3人 quantity 3 人 eq
/// case: 水陆分界痕迹线向海一侧 => 陆分 none
/// case: 自收到复函之日起五个\n工作日内作出决定 => 五个\n工作日内 quantity 5 工作日 le
/// case: 统计数据见2015-2020 m.stats.gov.cn，各地参照执行 => 2015-2020 year_range
/// case: 单株重量不低于5kg.2.其他要求 => 不低于5kg quantity 5 kg ge
/// case: 每类产品包括二到三款 => 二到三款 quantity 2..3 款 range
/// case: 依照本条第二至三款的规定 => 第二至三款 article
/// case: 下午三到五点 => 三到五点 none
/// case: 长度不小于5m.B类构件另行规定 => 不小于5m quantity 5 m ge
/// case: 然后降至旗顶与杆顶之间的距离为旗杆全长的三分之一处 => 三分之一 quantity 0.333333333333333 - eq
/// case: 每次发言时长为二分之一小时 => 二分之一小时 quantity 0.5 小时 eq
/// case: 从两处以上取得工资、薪金所得 => 两处以上 quantity 2 处 ge
/// case: 气象部门发布四级以上大风天气时，停止土地平整 => 四级以上 quantity 4 级 ge
/// case: 预报风速达到四级以上或者出现重污染天气时 => 达到四级以上 quantity 4 级 ge
/// case: 鼓励二级以上医院与乡镇卫生院建立帮扶关系 => 二级 none
/// case: 经设区的市一级以上公安机关批准 => 一级 none
/// case: 地震监测台网由省、省辖市、县三级地震监测台网组成 => 三级 none
/// case: 新布局16家国家级制造业创新中心 => 16家 quantity 16 家 eq
/// case: 新建三家国有企业 => 三家 quantity 3 家 eq
/// case: 县里累计调度联合收割机100台次 => 100台次 quantity 100 台次 eq
/// case: 投入联合收割机100台，次日完成 => 100台 quantity 100 台 eq
/// case: 报废 20马力以下的拖拉机 => 20马力以下 quantity 20 马力 le
/// case: 不满四百四十一千瓦（六百马力）的海洋机动渔船 => 六百马力 quantity 600 马力 eq
///
/// A unit that a page break cuts is read past the page's number and running head
/// ([`Finder::past_full_wrap`]), as one a plain hard wrap cuts (conformance case
/// `a_unit_cut_by_a_page_break`).
pub(super) fn unit(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let lead = f.lead();
    // A share whose form gives its unit (`七成`, `百分之三十`: %) takes no other: `七成人口` is
    // 70 % of the population, never 70 `人口`.
    if lead.implied_unit.is_some() {
        f.set_unit(None);
        return Continue(());
    }
    let from = lead.end;
    let other_form = if lead.form == Form::Chinese { ARABIC_ONLY } else { CHINESE_ONLY };
    let capital = capital_numeral(cx.text, lead);
    let compound =
        compound_numeral(lead) && !char_before(cx.text, lead.start).is_some_and(|c| SEXAGESIMAL_HEADS.contains(&c));
    // A share written as a fraction (`三分之一`) counts no things: a count word after it is a
    // noun of place or the thing it is a share of (`旗杆全长的三分之一处`, 国旗法: at a third of the
    // pole's length), and the share has no unit (docs/annotation.md: `二分之一` is 0.5, unit null).
    let share = lead.form == Form::Fraction;
    let level = lead.form == Form::Chinese && level_on_a_scale(cx.text, f.start, from);
    let spoken = spoken_range(f, cx.text);
    let fits = |m: &UnitMatch| {
        (m.classified
            || !m.unit.has(other_form)
            || (capital && m.unit.family == Family::Money)
            || (compound && other_form == ARABIC_ONLY)
            || (level && m.unit.text == SCALE_UNIT)
            || (spoken && other_form == ARABIC_ONLY && m.unit.family == Family::Count))
            && !(share && m.unit.family == Family::Count)
    };
    let mut found = unit::unit_at(cx.text, from).filter(fits);
    // A unit that a hard wrap cuts (`约5分⏎钟`): the longer unit read across the wrap.
    if let Some(m) = unit::wrapped_at(cx.text, from, |e| cx.past_full_wrap(e)).filter(fits) {
        if found.is_none_or(|f| m.end > f.end) {
            found = Some(m);
        }
    }
    if found.is_none() && !value::starts_line(cx.text, f.start) {
        // A hard wrap between the number and its unit (`引进2-3\n个`, `上限60\n分`), a page
        // counter line too (`10万\n1/6\n吨以上`).
        found = cx.past_wrap(from).and_then(|j| unit::unit_at(cx.text, j)).filter(fits);
    }
    if found.is_none() {
        found = unit_before_range(cx.text, from).filter(fits);
    }
    if found.is_none() && is_year4(lead) && cx.text.get(from..).is_some_and(|r| r.starts_with('年')) {
        found = unit::nian().map(|unit| UnitMatch::plain(unit, from + '年'.len_utf8()));
    }
    f.set_unit(found);
    if found.is_some_and(|m| m.more) {
        f.number.approx = true;
    }
    if let Some((start, p)) = unit::prefix_unit_before(cx.text, f.start) {
        let names = match found {
            Some(m) => p.replaces.contains(&m.unit.text),
            // `新台币 177.1 亿元`: a numeral after the number is more of it, not read.
            None => p.alone && !value::skip_gaps(cx.text, from).is_some_and(value::is_cn_numeral),
        };
        if names {
            f.start = start;
            f.rename_unit(p.name);
        }
    }
    Continue(())
}

/// True when the number from `start` to `end` is the level of a scale ([`SCALE_UNIT`] after
/// it): a word of the scale ends at most [`SCALE_GAP`] bytes before the number, on its clause
/// (`风速达到四级以上`), or follows the unit and its bound (`四级以上大风`; without a bound `三级地震监测
/// 台网` counts the tiers of a network, a bench regulation).
fn level_on_a_scale(text: &str, start: usize, end: usize) -> bool {
    /// How far before the number a word of the scale may end: two characters (`风速达到四级`).
    const SCALE_GAP: usize = 6;
    let Some(after) = text.get(end..).and_then(|r| r.strip_prefix(SCALE_UNIT)) else { return false };
    // After the unit only past a bound: `省、市、县三级地震监测台网` counts tiers of a network.
    let bounded = UNIT_BOUNDS.iter().find_map(|b| after.strip_prefix(b));
    if bounded.is_some_and(|a| SCALE_WORDS_AFTER.iter().any(|w| a.starts_with(w))) {
        return true;
    }
    let from = start.saturating_sub(SCALE_GAP + 6);
    let window = (from..start).find_map(|i| text.get(i..start)).unwrap_or("");
    SCALE_WORDS_BEFORE.iter().any(|w| window.contains(w))
}

/// True when the Chinese number `n` is a compound numeral no word holds: a plain integer of
/// at least [`MIN_COMPOUND_NUMERAL`] whose last character is a digit (`二十一`, `五百八十三`,
/// `六十三`), before a multiplier too (`三百一十五万`), which takes the units read only after Arabic
/// digits ([`ARABIC_ONLY`]): `老师多扣了我二十一分`, `最高总分为五百八十三分`, `发生火灾六十三起`,
/// `共四百六十五篇，约三百一十五万字` (WeTextProcessing's normalizer cases: as `约315万字`). The words
/// those units guard against are a lone numeral (`十分重要`, `一起`, `万字`) or a numeral below it
/// (`十二分的热情`: "utterly").
fn compound_numeral(n: &value::Number) -> bool {
    let plain = n.form == Form::Chinese && n.integer && !n.positional && !n.approx;
    plain && n.width > 1 && n.raw.is_some_and(|v| v >= MIN_COMPOUND_NUMERAL && v % 10.0 != 0.0)
}

/// True when the figure `f` is a range of Chinese numerals joined by the spoken `到` (`二到三款`):
/// no word of one numeral and a counter, so a counter read only after Arabic digits
/// ([`ARABIC_ONLY`]: `款`, `起`) counts after it (`每类产品包括二到三款`, an AISHELL news transcript;
/// `二至三款` and `第二至三款` are left to the statute's readers).
fn spoken_range(f: &Figure, text: &str) -> bool {
    let n = &f.number;
    f.upper.as_ref().is_some_and(|u| {
        n.form == Form::Chinese && u.form == Form::Chinese && text.get(n.end..u.start) == Some(SPOKEN_RANGE_WORD)
    })
}

/// The range word of speech between two numerals ([`spoken_range`]).
const SPOKEN_RANGE_WORD: &str = "到";

/// The characters before a [`compound_numeral`] that make its `分` a sixtieth, no score: the
/// degree of a coordinate (`约北纬二十度二十六分、东经一百一十度四十一分`, a bench regulation on
/// 灯桩) and the hour of a time of day (`上午九点二十一分`, `十时三十五分`).
const SEXAGESIMAL_HEADS: [char; 3] = ['度', '点', '时'];

/// The least value of a [`compound_numeral`]: above `十二` (`十二分`, an idiom).
const MIN_COMPOUND_NUMERAL: f64 = 20.0;

/// True when the number is written in capital (大写) numerals, which only money is written in:
/// the units of money kept for Arabic digits (`角`, `分`, `毛`: `五角星`, `三分之一`) follow it
/// as money (`退还多收费用叁角`, `收取捌分`). A number of capitals that are word characters too
/// (伍 of `队伍`) is one only after a name of money ([`MONEY_BEFORE_CAPITALS`]: `人民币伍角`).
fn capital_numeral(text: &str, lead: &value::Number) -> bool {
    let Some(digits) = text.get(lead.start..lead.digits_end).filter(|_| lead.form == Form::Chinese) else {
        return false;
    };
    digits.chars().any(numeral::is_capital_numeral)
        || (digits.chars().all(numeral::is_any_capital_numeral) && money_named_before(text, lead.start))
}

/// True when the Chinese number `n` is written only in capitals that are word characters too
/// (伍, 陆: [`numeral::is_word_capital`]) with no name of money before it: the number reads a
/// word's character (`陆家嘴`, `队伍人员`, `入伍人数`, `大陆台资`: bench lawrefbook regulations), not
/// a count, which is written 五/六 (capitals write money: `人民币伍元`).
fn word_capitals(text: &str, n: &value::Number) -> bool {
    text.get(n.start..n.digits_end)
        .filter(|d| n.form == Form::Chinese && !d.is_empty())
        .is_some_and(|d| d.chars().all(numeral::is_word_capital) && !money_named_before(text, n.start))
}

/// True when a name of money ([`MONEY_BEFORE_CAPITALS`]) ends right before byte `start`, or
/// before a colon or `为` there (`金额：伍角`).
fn money_named_before(text: &str, start: usize) -> bool {
    let head = text.get(..start).unwrap_or("");
    let head = head.strip_suffix(['：', ':', '为']).unwrap_or(head);
    MONEY_BEFORE_CAPITALS.iter().any(|w| head.ends_with(w))
}

/// A unit at byte `from` that a word after it would block, when a range separator, a number
/// and the same unit follow it (`兩升到三升`: not `升到`, rise to).
fn unit_before_range(text: &str, from: usize) -> Option<UnitMatch> {
    if !char_at(text, from).is_some_and(unit::may_follow) {
        return None;
    }
    let m = unit::unblocked_row_at(text, from)?;
    let s = crate::quantity::range_sep(text, m.end)?;
    let b = super::bare_number(text, s).ok()?;
    value::has_at(text, b.end, m.unit.text).then_some(m)
}

/// `subunit`: a smaller unit after the unit, with one digit before it
/// ([`crate::lexicon::units::SUBUNITS`]: `五元三毛`, `3斤5两`, `两美元又三美分`), or a
/// Chinese digit alone at the end of the figure (`一块二`, `三块零四`), is part of the
/// figure: its value is in the unit written first.
///
/// ```text
/// figure := number UNIT ('又'? ('零'? DIGIT SUBUNIT)+ | '零'? CN_DIGIT END)
/// ```
///
/// case: 六十四万零一百四十三元一角七分 => 六十四万零一百四十三元一角七分 quantity 640143.17 元 eq
/// case: 最多一块二 => 最多一块二 quantity 1.2 块 le
/// case: 每人补贴5万元一次性发放 => 5万元 quantity 50000 元 eq
/// case: 本计划投资3541.07万元2.3本项目 => 3541.07万元 quantity 35410700 元 eq
/// case: 10日元5日本銭 => 10日元 quantity null 日元 eq
/// case: 每支售价3毛5。 => 3毛 quantity null 毛 eq
/// case: 能力人使用不超过一米五的束犬链 => 不超过一米五 quantity 1.5 米 le
/// case: 身高1米75。 => 1米 quantity null 米 eq
/// case: 向北50米一线长约200米 => 50米 quantity 50 米 eq
pub(super) fn subunit(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let Some(m) = f.unit.filter(|_| f.upper.is_none()) else { return Continue(()) };
    let minors = SUBUNITS.iter().find(|s| s.0 == m.unit.text).map_or(&[][..], |s| s.1);
    let Some((add, end)) = subunit_tail(cx.text, m.end, minors) else {
        let glued = if m.unit.family == Family::Money {
            glued_minor_money(cx.text, m.end)
        } else {
            !minors.is_empty() && glued_minor_measure(cx.text, m.end)
        };
        if glued {
            f.number.raw = None;
        }
        return Continue(());
    };
    let n = &mut f.number;
    let whole = n.decimal.and_then(|d| n.mult.map_or(Some(d), |k| numeral::exact_log10(k).and_then(|e| d.shift(e))));
    match whole.and_then(|w| w.add(add)) {
        Some(v) if !n.approx => {
            (n.raw, n.decimal, n.mult, n.wide, n.integer) = (Some(v.to_f64()), Some(v), None, None, false);
        }
        _ => n.raw = None,
    }
    f.set_unit(Some(UnitMatch { end, ..m }));
    Continue(())
}

/// True when one or two digits glued to a sum of money at byte `pos` are more of it, in a
/// smaller unit that is not read (`10日元5日本銭`): an ideograph follows them that starts no
/// unit. A list or section number after a lost line break (`投资3541.07万元2.3本项目`, a
/// page in JioNLP's money battery; `安排100万元2.加强管理`) or a new figure (`100元2人`) is
/// none of it.
fn glued_minor_money(text: &str, pos: usize) -> bool {
    let b = text.as_bytes();
    let digits = b.get(pos..).map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count());
    let after = pos + digits;
    // `3毛5`, `12元5`: one digit at the end of the clause is a smaller unit not written
    // (as 一块二 is), read in Arabic digits it is not sure: no value, never 3 毛.
    let clause_end = digits == 1 && char_at(text, after).is_none_or(|c| "。，；！？\n".contains(c));
    (1..=2).contains(&digits)
        && (clause_end
            || char_at(text, after).is_some_and(crate::text::chars::is_cjk_ideograph)
                && unit::unit_at(text, after).is_none())
}

/// True when one or two Arabic digits glued to a measure with smaller units at byte `pos`
/// are more of it in a smaller unit not written (`身高1米75`: 1.75 米, or 1 米 75 厘米): no new
/// figure follows them (a unit, more digits). Read in digits it is not sure: no value, never 1 米.
fn glued_minor_measure(text: &str, pos: usize) -> bool {
    let b = text.as_bytes();
    let digits = b.get(pos..).map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count());
    let after = pos + digits;
    (1..=2).contains(&digits)
        && !char_at(text, after).is_some_and(|c| c == '.' || c == '．' || value::is_cn_numeral(c))
        && unit::unit_at(text, after).is_none()
}

/// `counted_multiplier`: `个` and `亿` after a number with no unit count the multiplier,
/// as speech and the reports that quote it write large sums (`投资两个亿`, `3个多亿`): the
/// number with that multiplier, a figure with no unit as `2亿` is; `多` makes it approximate.
///
/// ```text
/// figure := number '个' '多'? MULT        两个亿: 200000000, 十个多亿: 1000000000 approx
/// ```
///
/// case: 全年投资两个亿 => 两个亿 quantity 200000000 - eq
/// case: 累计完成投资3个多亿 => 3个多亿 quantity 300000000 - approx
/// case: 新增一个亿的专项资金 => 一个亿 quantity 100000000 - eq
/// case: 投资十个多亿元 => 十个多亿元 quantity 1000000000 元 approx
/// case: 村里有两个万元户 => 两个 none
pub(super) fn counted_multiplier(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let n = &f.number;
    if f.unit_match().is_some() || f.upper.is_some() || n.mult.is_some() || n.implied_unit.is_some() {
        return Continue(());
    }
    let Some((k, end, more)) = unit::counted_multiplier(cx.text, n.end) else { return Continue(()) };
    f.number.mult = Some(numeral::pow10_f64(k));
    f.number.end = end;
    f.number.approx |= more;
    f.next = char_at(cx.text, end);
    f.counted_mult = true;
    // `十个多亿元`: a unit after the multiplier is the figure's.
    f.set_unit(unit::unit_at(cx.text, end).filter(|m| m.unit.family == Family::Money));
    Continue(())
}

/// The value of the smaller units after a unit ending at byte `pos`, in that unit, and
/// their end: each a digit and one of `minors` (`一角七分`), or a last Chinese digit alone
/// at the end of the figure, one step below the last (`一块二`, `三块零四`).
fn subunit_tail(text: &str, pos: usize, minors: &[(&str, i32)]) -> Option<(Dec, usize)> {
    let mut i = pos + usize::from(char_at(text, pos) == Some(SUBUNIT_JOINERS[0])) * 3;
    let (mut total, mut power, mut read) = (Dec::ZERO, 0, false);
    loop {
        let zero = char_at(text, i) == Some(SUBUNIT_JOINERS[1]);
        let j = i + usize::from(zero) * 3;
        let Some((digit, cn, k)) = one_digit(text, j) else { break };
        if let Some(&(word, p)) = minors.iter().find(|(w, p)| *p > power && value::has_at(text, k, w)) {
            total = total.add(Dec { m: digit, exp: -p })?;
            (power, i, read) = (p, k + word.len(), true);
            continue;
        }
        let p = if zero { power + 2 } else { power + 1 };
        let elided =
            cn && figure_ends(text, k) && minors.iter().any(|m| m.1 >= p) || (read && cn && figure_ends(text, k));
        if !elided {
            break;
        }
        return Some((total.add(Dec { m: digit, exp: -p })?, k));
    }
    read.then_some((total, i))
}

/// A digit other than zero at byte `i` (Arabic, full-width or Chinese): its value, whether
/// it is Chinese, and its end.
fn one_digit(text: &str, i: usize) -> Option<(u64, bool, usize)> {
    let c = char_at(text, i)?;
    let (d, cn) = match crate::numeral::cn_digit(c) {
        Some(d) => (u64::from(d), true),
        None => (u64::from(crate::numeral::arabic_digit(c)?), false),
    };
    (d > 0).then_some((d, cn, i + c.len_utf8()))
}

/// True when nothing at byte `i` continues a figure into a word: the end of the text, a
/// character that is no ideograph, the attributive `的` (`一米五的束犬链`), a range separator,
/// or a comparator suffix (`以上`).
fn figure_ends(text: &str, i: usize) -> bool {
    match char_at(text, i) {
        None => true,
        Some(c) => {
            !crate::text::chars::is_cjk_ideograph(c)
                || c == ATTRIBUTIVE
                || crate::lexicon::figures::is_range_separator(c)
                || crate::quantity::comparator::suffix_at(text, i, true).is_some()
        }
    }
}

/// `half`: `半` after a unit of time, measure, money, age or a multiple (`一年半`, `三斤半`,
/// `距最近桩基一倍半桩身长度范围内`, a bench regulation: 1.5 倍, not 1), or between
/// the classifier `个` and the unit (`两个半月`, read by [`unit::unit_at`]), adds half a unit
/// to a whole number. A number it cannot be added to exactly (a decimal, a range, 余/多) has
/// no value.
///
/// ```text
/// figure := number unit '半' | number '个' '半' CLASSIFIED_UNIT      (not before HALF_BLOCKERS)
/// ```
///
/// case: 有期徒刑一年半以上 => 一年半以上 quantity 1.5 年 ge
/// case: 在校学习两个半月 => 两个半月 quantity 2.5 月 eq
/// case: 距最近桩基一倍半桩身长度范围内 => 一倍半 quantity 1.5 倍 eq
/// case: 产值增长两倍半 => 两倍半 quantity 2.5 倍 eq
pub(super) fn half(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let Some(mut m) = f.unit else { return Continue(()) };
    if !m.half {
        let spans =
            matches!(m.unit.family, Family::Time | Family::Measure | Family::Money | Family::Age | Family::Ratio);
        let after = m.end + unit::HALF.len_utf8();
        if !(spans && unit::has_half(cx.text, m.end) && !half_blocked(cx.text.get(after..).unwrap_or(""))) {
            return Continue(());
        }
        m.end = after;
        m.half = true;
        f.set_unit(Some(m));
    }
    let n = &mut f.number;
    let whole = n.integer && n.mult.is_none() && !n.approx && f.upper.is_none() && n.form != Form::Placeholder;
    match (n.raw, n.decimal.and_then(|d| d.add(Dec { m: 5, exp: -1 }))) {
        (Some(v), Some(d)) if whole => {
            n.raw = Some(v + 0.5);
            n.decimal = Some(d);
            n.integer = false;
        }
        _ => n.raw = None,
    }
    Continue(())
}

/// `lone_half`: a `半` with no number before it is one half (`半年内`: 0.5 年, the unit as
/// written), read here as the number; [`lone_half_limit`] keeps it only as a limit of time.
/// After a numeral it is the half a unit adds ([`half`]), after [`LONE_HALF_BLOCKERS`] a word
/// (`上半年`, `每半年`).
///
/// ```text
/// figure := '半' '个'? TIME_UNIT COMPARATOR       (not after a numeral or LONE_HALF_BLOCKERS)
/// ```
///
/// case: 上述人员离职后半年内，不得 => 半年内 quantity 0.5 年 le
/// case: 延长期限不得超过半年。 => 不得超过半年 quantity 0.5 年 le
/// case: 去年上半年，出口大幅增长 => 半 none
pub(super) fn lone_half(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let end = f.at.pos + unit::HALF.len_utf8();
    let word = f
        .at
        .prev
        .is_some_and(|p| p.is_ascii_digit() || value::is_cn_numeral(p) || p == '个' || LONE_HALF_BLOCKERS.contains(&p));
    if word {
        return skip(end);
    }
    let mut n = super::unread(f.at.pos);
    n.digits_end = end;
    n.end = end;
    n.raw = Some(0.5);
    n.decimal = Some(Dec { m: 5, exp: -1 });
    n.form = Form::Chinese;
    n.width = 1;
    f.set_number(cx.text, n);
    Continue(())
}

/// `lone_half_limit`: a `半` read by [`lone_half`] is a figure only with a unit of time and a
/// comparator that makes it a limit or a deadline (`半年以上`, `半小时内`, `不得超过半年`):
/// alone it is more often a word or a period (`半日制`, `半年报`, `半年多的时间`), and a
/// figure read from a word would be a wrong value.
///
/// case: 全日制、半日制、定向 => 半 none
/// case: 在本市居住半年以上 => 半年以上 quantity 0.5 年 ge
/// case: 应当在半小时内到达现场 => 半小时内 quantity 0.5 小时 le
///
/// The lower end of a range of time (`半年至一年`) is a figure too, and so is a time given in
/// advance ([`crate::lexicon::units::IN_ADVANCE`]: `应当提前半年通知`, a notice period).
///
/// case: 由所在单位扣发半年至一年的奖金 => 半年至一年 quantity 0.5..1 年 range
/// case: 确需停业、歇业的，应提前半年向市环境卫生行政主管部门报告 => 半年 quantity 0.5 年 eq
/// case: 去年上半年至今 => 半 none
pub(super) fn lone_half_limit(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    if f.at.first != unit::HALF || f.number.raw != Some(0.5) || f.upper.is_some() {
        return Continue(());
    }
    let time = f.unit.is_some_and(|m| m.unit.family == Family::Time);
    let limit = f.suffix.is_some_and(|(_, c)| c != Comparator::Eq && c != Comparator::Approx)
        || f.prefix.is_some_and(|c| c != Comparator::Eq && c != Comparator::Approx)
        || value::has_before(cx.text, f.at.pos, IN_ADVANCE)
        // The upper end of a range is read as such (never looking further: a chain `半年至半年至…`
        // would read each figure again from every one before it).
        || (f.at.reading == Reading::Second && f.at.prev.is_some_and(is_range_separator))
        || (f.at.first_reading()
            && range_sep(cx.text, f.end()).is_some_and(|s| super::ranges::upper_end_at(cx, s, f.unit_name())));
    if time && limit { Continue(()) } else { skip(f.end()) }
}

/// `years_and_months`: a count of months right after a count of years (`一年六个月`,
/// `二十四年六个月`: intervals and terms in bench statutes) is one duration, in months (18, 294):
/// the months alone would be a wrong value, and the years are no figure of their own (a
/// numeral follows their unit). A year (`2023年6个月`) or an ordinal (`第一年`) is no count.
///
/// ```text
/// figure := INTEGER '年' ('零' | '又')? INTEGER '个' '月'      (years × 12 + months)
/// ```
///
/// case: 两次减刑之间应当间隔一年六个月以上 => 一年六个月以上 quantity 18 月 ge
/// case: 减刑间隔时间不得少于一年六个月 => 不得少于一年六个月 quantity 18 月 ge
/// case: 有期徒刑可以减为二十四年六个月以上二十五年以下 => 二十四年六个月以上二十五年以下 quantity 294..300 月 range
/// case: 确有悔改表现并有立功表现的，可以减为二十四年\n六个月以上二十五年以下有期徒刑 => 二十四年\n六个月以上二十五年以下 quantity 294..300 月 range
///
/// Written in Chinese numerals, the `零` between them is read with the months as one run of
/// positional digits (`零六`, which alone is no figure): it is the link, and the months are
/// the digit after it (`七年零六个月`, `一年零六个月以上`).
///
/// case: 判处有期徒刑七年零六个月 => 七年零六个月 quantity 90 月 eq
/// case: 服刑一年零六个月以上的 => 一年零六个月以上 quantity 18 月 ge
/// case: 工作两年零三个月 => 两年零三个月 quantity 27 月 eq
pub(super) fn years_and_months(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let months = f.unit.filter(|m| m.classified && !m.half && m.unit.text == "月");
    let n = &f.number;
    // 零六: the 零 links the months to the years before it.
    let zero_link = n.positional && n.width == 2 && cx.text.get(n.start..).is_some_and(|t| t.starts_with(ZERO_LINK));
    let years_end = if zero_link { f.start + ZERO_LINK.len_utf8() } else { f.start };
    // 二十四年⏎六个月: the years may end the line before (a full line of prose, as
    // [`years_before_months`] reads the months after a wrap).
    let head = value::words_before(cx.text, years_end);
    let Some((start, years)) = months.filter(|_| whole_count(f)).and_then(|_| years_before(head, head.len())) else {
        return Continue(());
    };
    if !cx.takes_prefix(start, f.start) {
        return Continue(());
    }
    let total = n.decimal.and_then(|m| Dec::int(years).mul_int(12)?.add(m));
    let n = &mut f.number;
    (n.raw, n.decimal) = (total.map(Dec::to_f64), total);
    n.positional = false;
    f.start = start;
    Continue(())
}

/// `零`, the link between a count of years and a count of months (`七年零六个月`).
const ZERO_LINK: char = '零';

/// The links between a count of years and a count of months: `零` (`3年零6个月`) and `又`
/// (`1年又6个月`, as cn2an's battery joins the parts of a mixed number).
const YEAR_MONTH_LINKS: [char; 2] = [ZERO_LINK, '又'];

/// `years_before_months`: a count of years right before a count of months (`1年6个月`, `3年零6个月`,
/// `1年又6个月`)
/// is read with them by [`years_and_months`]: no figure of its own (read alone, `1年` and then
/// `6个月以上` would bound the months only).
///
/// case: 两次减刑之间应当间隔1年6个月以上 => 1年6个月以上 quantity 18 月 ge
/// case: 刑期为3年零6个月 => 3年零6个月 quantity 42 月 eq
/// case: 刑期为1年又6个月 => 1年又6个月 quantity 18 月 eq
/// case: 试用期为1年，考核合格的 => 1年 quantity 1 年 eq
pub(super) fn years_before_months(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let Some(m) = f.unit.filter(|m| m.unit.text == "年" && !m.classified && m.per.is_none()) else {
        return Continue(());
    };
    if !whole_count(f) || is_year4(&f.number) {
        return Continue(());
    }
    // 可以减为二十四年⏎六个月以上二十五年以下 (a bench judicial interpretation wrapped as a PDF
    // copy is): the months on the next line after a full line of prose.
    let from = value::wrap_after_full_line(cx.text, m.end).unwrap_or(m.end);
    let rest = cx.text.get(from..).unwrap_or("");
    let rest = rest.strip_prefix(YEAR_MONTH_LINKS).unwrap_or(rest);
    let months: usize =
        rest.chars().take_while(|&c| c.is_ascii_digit() || value::is_cn_numeral(c)).take(4).map(char::len_utf8).sum();
    let before_months = months > 0 && rest.get(months..).is_some_and(|r| r.starts_with("个月"));
    if before_months { skip(m.end) } else { Continue(()) }
}

/// `hours_and_minutes`: a count of hours right before a count of minutes (`三小时十二分`, a
/// marathon time in AISHELL news transcripts; `2小时30分钟`) is one duration: read apart, the
/// hours and the minutes would each be a wrong value. Neither is a figure (the scan moves past
/// the minutes, [`minutes_after`]).
///
/// case: 跑完全程四十二点一九五公里用了三小时十二分 => 三小时十二分 none
/// case: 每次授课2小时30分钟 => 2小时30分钟 none
/// case: 每次授课2小时，讨论30分钟 => 2小时 quantity 2 小时 eq
pub(super) fn hours_and_minutes(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let Some(m) = f.unit.filter(|m| m.unit.text == HOURS && f.upper.is_none()) else { return Continue(()) };
    match minutes_after(cx.text, m.end) {
        Some(end) => skip(end),
        None => Continue(()),
    }
}

/// The unit of hours that [`hours_and_minutes`] reads.
const HOURS: &str = "小时";

/// The units of minutes after a count of hours (`分钟` before `分`, which it begins).
const MINUTES: [&str; 2] = ["分钟", "分"];

/// The end of a count of minutes at byte `pos`: up to three digits or Chinese numerals and a
/// unit of [`MINUTES`] (`十二分`, `30分钟`).
fn minutes_after(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?;
    let digits: usize =
        rest.chars().take_while(|&c| c.is_ascii_digit() || value::is_cn_numeral(c)).take(4).map(char::len_utf8).sum();
    let after = rest.get(digits..)?;
    let unit = MINUTES.iter().find(|u| after.starts_with(**u))?;
    (digits > 0).then_some(pos + digits + unit.len())
}

/// True when the figure's number is a whole count read exactly: no range, multiplier,
/// approximation or placeholder (the years and months of [`years_and_months`]).
fn whole_count(f: &Figure) -> bool {
    let n = &f.number;
    n.integer && !n.approx && n.mult.is_none() && f.upper.is_none() && n.form != Form::Placeholder
}

/// The count of years ending before byte `end` (`一年`, `一年零`, `3年`): where its numeral
/// starts and its value, when it is a whole number that is neither a year nor an ordinal.
fn years_before(text: &str, end: usize) -> Option<(usize, u64)> {
    let before = text.get(..end)?;
    let before = before.strip_suffix(YEAR_MONTH_LINKS).unwrap_or(before).strip_suffix('年')?;
    let run: usize = before
        .chars()
        .rev()
        .take_while(|&c| value::is_cn_numeral(c) || c.is_ascii_digit())
        .take(12)
        .map(char::len_utf8)
        .sum();
    let start = before.len() - run;
    let lead = before.get(..start)?.chars().next_back();
    if run == 0 || lead.is_some_and(|c| c == '第' || value::is_cn_numeral(c) || c.is_ascii_digit()) {
        return None;
    }
    let first = char_at(text, start)?;
    let y = if first.is_ascii_digit() { value::arabic(text, start) } else { value::chinese(text, start) }.ok()?;
    let exact = y.end == before.len() && y.integer && !y.approx && y.upper.is_none() && !is_year4(&y);
    let v = y.decimal.filter(|_| exact)?.to_f64();
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // a whole number below 10^4
    (1.0..10_000.0).contains(&v).then_some((start, v as u64))
}

/// True when the text after `半` begins a word of [`HALF_BLOCKERS`] (`半导体`), also on the
/// next line when a hard wrap follows the `半` (`应当在三百米半` ⏎ `径内规划一处公园绿地`, a bench
/// regulation wrapped as a PDF copy is: 300 `米`, not 300.5).
///
/// case: 人均公园绿地面积不低于九平方米；应当在三百米半\n径内规划一处二千平方米以上的公园绿地 => 三百米 quantity 300 米 eq
fn half_blocked(after: &str) -> bool {
    let blocked = |s: &str| HALF_BLOCKERS.iter().any(|w| value::starts_with_word(s, w));
    let next_line = || value::line_break_end(after, 0).and_then(|k| after.get(k..));
    blocked(after) || next_line().is_some_and(|s| blocked(s.trim_start_matches(unit::is_gap)))
}

/// `misfit_after_chinese`: a Chinese numeral whose unit shows a word, not a count: a unit
/// that is no count after a bare 一 (`一批`, `新一轮`: `NOT_AFTER_ONE`), `二` before a unit
/// of rank ([`crate::lexicon::kinds::ORDINAL_WORD_UNITS`]: `二轮评审`, an ordinal; a count
/// of two is `两轮`), a numeral after the unit (`一人一档`, `千家万户`), a bare 百/千 before a
/// unit of time (`百年`), a bare 一 before `年` and a year's tail (`上一年度`, `上一年底`: a year
/// named, [`crate::lexicon::kinds::YEAR_TAILS`]), a bare 一 after a superlative (`最高一项`: the one
/// named), the first of a list of ranks (`一类、二类`), a number of capitals that are word
/// characters too ([`word_capitals`]: `陆家嘴`, `队伍人员`, `大陆台资企业`) before a unit that is no
/// money.
///
/// case: 涌现出一批具有重大国际影响的 => 一批 none
/// case: 以不低于上一年度全国城镇居民人均可支配收入的二十倍 => 一年 none
/// case: 婴幼儿照护事关千家万户 => 千家 none
/// case: 通过二轮评审的项目 => 二轮 none
/// case: 二类、三类放射性物品运输的监督性监测 => 三类 none
/// case: 禁止邮寄一类、二类放射性物品。 => 一类 none
/// case: 将放射性物品分为一类、二类和三类。 => 一类 none
/// case: 至少保存至下一届村民委员会选举工作结束为止 => 一届 none
/// case: 注册资本最低限额为其中最高一项的限额。 => 一项 none
/// case: 并处烟草专卖品价值百分之五十以上一倍以下罚款 => 一倍以下 quantity 1 倍 le
/// case: 将病原微生物分为四类 => 四类 quantity 4 类 eq
/// case: 提升陆家嘴金融城能级 => 陆家 none
/// case: 国家综合性消防救援队伍人员在执行任务中牺牲的 => 伍人 none
/// case: 以及大陆台资企业的民商事纠纷 => 陆台 none
/// case: 当年批准入伍人数 => 伍人 none
/// case: 收取手续费伍元 => 伍元 quantity 5 元 eq
///
/// A unit of rank before a noun of a ranking ([`RANKED_NOUNS`]: `三类地区`, or `三类地⏎区` in a copy
/// wrapped as a PDF is) names a class whatever the numeral; a bare 百/千 before a counter of people or bodies
/// ([`PROGRAMME_COUNTERS`]) names a programme (`千家企业节能行动`, `千人计划`) unless a bound,
/// an approximation or `余` makes it a count (`近千家企业`, `上千人`, `千余名`, `千人以上`).
///
/// case: 国家确定的边远地区中的三类地区 => 三类 none
/// case: 县(市)、沙漠区、国家确定的边远地区中的三类地\n区和军队确定的特、一、二类岛屿部队现役军人 => 三类 none
/// case: 一类放射性物品，是指…的放射性物品。\n三类放射性物品，是指…的放射性物品。 => 三类 none
/// case: 划定一类保护区、二类保护区和三类保护区 => 三类 none
/// case: 排放水质应当达到二类地表水标准；二级保护区内应当达到三类地表水标准 => 三类 none
/// case: 设置可回收物、有害垃圾、湿垃圾、干垃圾四类收集容器 => 四类 quantity 4 类 eq
/// case: 一类地区和二类地区以外，将其余地方划分为两类地区 => 两类 quantity 2 类 eq
/// case: 将全省划分为两类地区分别管理 => 两类 quantity 2 类 eq
/// case: 扎实推进十大重点节能工程、千家企业节能行动 => 千家 none
/// case: 引进“千人计划”专家 => 千人 none
/// case: 近千家企业参加展会 => 近千家 quantity 1000 家 approx
/// case: 带动上千人就业 => 千人 quantity 1000 人 approx
/// case: 职工人数千人以上的企业 => 千人以上 quantity 1000 人 ge
///
/// A unit of rank at the start of a line and before a colon labels the class the line sets
/// out (`一类：鼠疫耶尔森氏菌…`); a bracket inside the noun after it (`菌(毒)种`) is read past.
///
/// case: 菌(毒)种分为下列三类：\n\n一类：鼠疫耶尔森氏菌 => 一类 none
/// case: 菌(毒)种分为下列三类：\n\n　　一类：鼠疫耶尔森氏菌 => 一类 none
/// case: 一类：鼠疫耶尔森氏菌；\n三类：脑膜炎双球菌 => 三类 none
/// case: 一、二类菌(毒)种的供应由国务院卫生行政部门指定的保藏管理单位供应。三类菌(毒)种由设有专业实验室的单位供应 => 三类 none
/// case: 菌(毒)种分为下列三类： => 三类 quantity 3 类 eq
/// case: 根据动物疫病对养殖业生产和人体健康的危害程度，本法规定的动物疫病分为下列\n三类： => 三类 quantity 3 类 eq
pub(super) fn misfit_after_chinese(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let n = &f.number;
    let Some(m) = f.unit.filter(|_| n.form == Form::Chinese && f.upper.is_none()) else { return Continue(()) };
    let after = char_at(cx.text, m.end);
    let big_bare = n.bare_unit && n.raw.is_some_and(|v| v >= 100.0);
    let year = is_year4(n) && m.unit.text == "年";
    // The unit's test last: it compares words, the other tests a character.
    let rank = || ORDINAL_WORD_UNITS.contains(&m.unit.text);
    let ordinal_two = f.at.first == '二' && n.width == 1 && rank();
    // `两类地区` counts two kinds of areas: 两 counts, it names no class.
    // The noun may be broken by a hard wrap (`三类地⏎区`).
    let noun_after = cx.text.get(m.end..).unwrap_or("");
    let ranked_noun = || f.at.first != '两' && RANKED_NOUNS.iter().any(|w| value::starts_with_wrapped(noun_after, w));
    let misfit = ordinal_two
        || (rank() && ranked_noun())
        || (big_bare && programme_name(f, cx, m))
        || ((listed_rank(cx.text, f.at.pos, m.unit.text) || rank_listed_ahead(cx.text, m.end, m.unit.text)) && rank())
        || (f.at.first != '两' && rank() && lower_rank_named_before(cx, f.at.pos, m))
        || (rank() && rank_label(cx.text, f.start, m.end))
        || (is_bare_one(n) && (next_or_previous(cx.text, f.at.pos) || after_superlative(cx.text, f.at.pos)))
        || (is_bare_one(n) && (m.unit.has(NOT_AFTER_ONE) || (m.unit.text == "年" && after.is_some_and(is_year_tail))))
        || (!year && after.is_some_and(|a| value::is_cn_digit(a) || (big_bare && value::is_cn_unit(a))))
        || (big_bare && m.unit.family == Family::Time)
        || (m.unit.family != Family::Money && word_capitals(cx.text, n));
    if misfit { skip(m.end) } else { Continue(()) }
}

/// True when the bare 百/千 of `f` before unit `m` names a programme: the unit is a counter of
/// people or bodies ([`PROGRAMME_COUNTERS`]), and no approximation (`上千人`, `千余名`), bound
/// before it (`近千家`, `超千人`, `约千人`) or suffix bound after it (`千人以上`) makes it a count.
fn programme_name(f: &Figure, cx: &Finder<'_, '_, '_>, m: UnitMatch) -> bool {
    let bound_before = || {
        f.at.prev.is_some_and(|p| p == UPWARDS || is_bound_before_multiplier(p))
            || crate::quantity::comparator::prefix_before(cx.text, f.at.pos).is_some()
    };
    PROGRAMME_COUNTERS.contains(&m.unit.text)
        && !f.number.approx
        && !bound_before()
        && crate::quantity::comparator::suffix_at(cx.text, m.end, false).is_none()
}

/// `unit_in_context`: a unit of [`CONTEXT_UNITS`] is one only where one of its words stands a
/// few characters before the number: `W` after a word of power is watts (web slang writes 万
/// with it: `10W+`, `阅读量10W`), `点` after the name of an index is its points (`下午3点` is a
/// time), `M` after a word of a file's size is megabytes. Elsewhere no figure, never 10 W or 3 点; nor where a word of [`ContextUnit::not_after`]
/// stands right before the number (`上证指数下午3点收盘`: a time of day).
///
/// case: 额定功率为2000W的电暖器 => 2000W quantity 2000 W eq
/// case: 功率不超过800W => 不超过800W quantity 800 W le
/// case: 阅读量突破10W => 10W none
/// case: 上证指数跌破3000点 => 跌破3000点 quantity 3000 点 lt
/// case: 会议下午3点开始 => 3点 none
/// case: 上证指数下午3点收盘 => 3点 none
/// case: 上传附件大小不超过10M => 不超过10M quantity 10 M le
/// case: 压力容器的压力大于或者等于0.1M\nPa => 0.1M none
pub(super) fn unit_in_context(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let Some(m) = f.unit else { return Continue(()) };
    let Some(c) = CONTEXT_UNITS.iter().find(|c| c.unit == m.unit.text) else { return Continue(()) };
    let head = cx.text.get(..f.at.pos).unwrap_or("");
    let from = head.char_indices().rev().nth(c.window.saturating_sub(1)).map_or(0, |(k, _)| k);
    let window = head.get(from..).unwrap_or("");
    let blocked = c.not_after.iter().any(|w| head.trim_end().ends_with(w));
    if !blocked && c.words.iter().any(|w| window.contains(w)) { Continue(()) } else { skip(m.end) }
}

/// True when a superlative ([`NOUN_OPENERS`]) stands before byte `i`: `其中最高一项的限额` (a bench
/// regulation: the highest of the amounts, one named, no count).
fn after_superlative(text: &str, i: usize) -> bool {
    text.get(..i).is_some_and(|b| NOUN_OPENERS.iter().any(|w| b.ends_with(w)))
}

/// True when the unit of rank `m` (after the number at byte `i`) and the two ideographs after
/// it were written with `一` or `二` before it ([`RankNames`]): the number names a class of a
/// ranking the text sets out (`三类放射性物品` after `一类放射性物品`, `三类保护区` after
/// `一类保护区、二类保护区`, `三类地表水标准` after `二类地表水标准`: bench lawrefbook regulations;
/// `第四十一条 发生三类动物疫病时` thirty articles after `一类动物疫病`, the 动物防疫法 of bench), no
/// count.
fn lower_rank_named_before(cx: &Finder<'_, '_, '_>, i: usize, m: UnitMatch) -> bool {
    let Some(noun) = rank_noun(cx.text, m.end) else { return false };
    cx.rank_names.named(cx.text, i, &format!("{}{noun}", m.unit.text))
}

/// The first two ideographs at byte `at`, past a bracket between them (`菌(毒)种` gives `菌毒`):
/// the noun a class of a ranking is named with.
fn rank_noun(text: &str, at: usize) -> Option<String> {
    let mut chars = text.get(at..)?.chars().take(4).filter(|c| !matches!(c, '(' | ')' | '（' | '）'));
    let noun: String = chars.by_ref().take(2).collect();
    (noun.chars().count() == 2 && noun.chars().all(crate::text::chars::is_cjk_ideograph)).then_some(noun)
}

/// True when the figure that starts at byte `start` opens its line (its indent aside) and a
/// colon follows its unit (ending at byte `end`): the label of a class the line sets out
/// (`一类：鼠疫耶尔森氏菌`, `　　一类：…` in a copy that indents every line).
fn rank_label(text: &str, start: usize, end: usize) -> bool {
    let head = text.get(..start).unwrap_or("").trim_end_matches(crate::text::wrap::is_gap);
    let line_start = head.chars().next_back().is_none_or(|c| c == '\n');
    // A line that a hard wrap cut in mid-sentence goes on there (`动物疫病分为下列⏎三类：`).
    let words = value::words_before(text, start);
    let wrapped =
        words.len() < head.len() && words.chars().next_back().is_some_and(crate::text::chars::is_cjk_ideograph);
    line_start && !wrapped && char_at(text, end).is_some_and(|c| matches!(c, '：' | ':'))
}

/// The classes a text names with `一` or `二`, a unit of rank ([`ORDINAL_WORD_UNITS`]) and two
/// ideographs (`一类动物疫病` gives `类动物`), gathered as the figures come in order: the bytes
/// between two questions are read once, however far back the lower class was named.
#[derive(Default)]
pub(crate) struct RankNames {
    upto: Cell<usize>,
    names: RefCell<HashSet<String>>,
}

impl RankNames {
    /// True when `key` (a unit of rank and two ideographs) was written after `一` or `二` in the
    /// text read so far, which reaches at least byte `i`.
    fn named(&self, text: &str, i: usize, key: &str) -> bool {
        let from = self.upto.get();
        if i > from {
            let mut names = self.names.borrow_mut();
            for (k, c) in text.get(from..i).unwrap_or("").char_indices() {
                if let Some(name) =
                    ['一', '二'].contains(&c).then(|| rank_name_at(text, from + k + c.len_utf8())).flatten()
                {
                    names.insert(name);
                }
            }
            self.upto.set(i);
        }
        self.names.borrow().contains(key)
    }
}

/// The longest unit of rank at byte `at` and the two ideographs after it, as one string.
fn rank_name_at(text: &str, at: usize) -> Option<String> {
    let rest = text.get(at..)?;
    let unit = ORDINAL_WORD_UNITS.iter().filter(|u| rest.starts_with(**u)).max_by_key(|u| u.len())?;
    rank_noun(text, at + unit.len()).map(|noun| format!("{unit}{noun}"))
}

/// True when `上`/`下` (not `以上`/`以下`) stands before byte `i`: `下一届`, `上一次`. The `以`
/// of a bound may end the line before (`停止从事司法鉴定业务三个月以` ⏎ `上一年以下的处罚`, a bench
/// regulation wrapped as a PDF copy is: the upper end of a range, no "last year").
///
/// case: 由市司法行政部门给予停止从事司法鉴定业务三个月以\n上一年以下的处罚 => 三个月以\n上一年以下 quantity 3..12 月 range
fn next_or_previous(text: &str, i: usize) -> bool {
    let Some(c) = value::char_before(text, i).filter(|&c| is_next_or_previous(c)) else { return false };
    value::char_before_wrap(text, i - c.len_utf8()) != Some(BOUND_HEAD)
}

/// True when the number at byte `i` follows another of the same rank unit and a list word
/// (`二类、三类放射性物品`, `一类动物疫病或二类、三类动物疫病`: bench regulations): a list of
/// ranks, the classes named, no count.
fn listed_rank(text: &str, i: usize, unit: &str) -> bool {
    let before = text.get(..i).unwrap_or("");
    let Some(link) = before.chars().next_back().filter(|&c| is_shared_unit_link(c)) else { return false };
    before.get(..before.len() - link.len_utf8()).is_some_and(|b| b.ends_with(unit))
}

/// True when a list word and another number of the same rank `unit` follow byte `end` (the
/// end of the unit): `一类、二类放射性物品`, `将放射性物品分为一类、二类和三类` (bench regulations),
/// the first of a list of ranks ([`listed_rank`] finds the others), a class named, no count.
fn rank_listed_ahead(text: &str, end: usize, unit: &str) -> bool {
    let mut rest = text.get(end..).unwrap_or("").chars();
    if !rest.next().is_some_and(is_shared_unit_link) {
        return false;
    }
    let after = rest.as_str();
    // A rank is one or two Chinese digits (`十二类`): at most three looked at.
    let digits: usize = after.chars().take(3).take_while(|&c| value::is_cn_digit(c)).map(char::len_utf8).sum();
    digits > 0 && after.get(digits..).is_some_and(|t| t.starts_with(unit))
}

#[inline(always)]
/// `positional`: a run of Chinese digits (`二〇二四`, `三五`) is a figure only as a year
/// before `年`.
///
/// case: 开发企业资质分为一、二、三、四四个等级。 => 四四个 none
/// case: 在一九九五年底前免征地方所得税 => 一九九五年底 year
pub(super) fn positional(f: &mut Figure, _cx: &Finder<'_, '_, '_>) -> Verdict {
    let lead = f.lead();
    let year = is_year4(lead) && f.unit.is_some_and(|m| m.unit.text == "年");
    if lead.positional && !year { skip(lead.end) } else { Continue(()) }
}

#[inline(always)]
/// `unitless`: a number with no unit is no figure (a fraction or an Arabic number with
/// 万/亿 stands alone: `1/3`, `3.5万`).
///
/// case: 容积率不得低于1.0、不得高于1.5， => 1.5 none
/// case: 本届政府减少1/3行政审批事项 => 1/3 quantity 0.333333333333333 - eq
/// case: 每份能量2000千焦 => 2000千 none
/// case: 每人每日热量摄入2000千卡 => 2000千卡 quantity 2000 千卡 eq
/// case: 新增3千卡车 => 3千卡 none
/// case: 应当配备2182千赫海上遇险频率的通信设备 => 2182千赫 quantity 2182 千赫 eq
/// case: 农村饮水安全工程使6069万农民受益 => 6069万 quantity 60690000 - eq
pub(super) fn unitless(f: &mut Figure, _cx: &Finder<'_, '_, '_>) -> Verdict {
    if f.lacks_unit() { skip(f.number.digits_end.max(f.at.pos + f.at.first.len_utf8())) } else { Continue(()) }
}
