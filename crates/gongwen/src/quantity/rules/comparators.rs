//! The rule of the comparator words around a figure.

use super::skip;
use super::{Figure, Verdict};
use crate::lexicon::comparators::{
    BREAK, BREAK_THROUGH, BREAK_THROUGH_MARKS, EXPIRY, INCLUDES, INCLUSION_BRACKETS, LEAD_TIMES, NOT_RANK_WORDS, ONLY,
    ONLY_BLOCKERS, ONLY_TIMES_UNITS, PERIOD_EXPIRY, PHRASE_MARK, RANK_HOLDING_NOUNS, RANK_PREFIX, RANK_UNITS,
    ROUGH_SHARE_FOLLOWERS, ROUGH_SHARE_MARKS, SHARE_SIGNS,
};
use crate::lexicon::figures::TOLERANCE_MARK;
use crate::lexicon::kinds::EVERY;
use crate::lexicon::numerals::BELOW_ZERO;
use crate::model::Comparator;
use crate::quantity::unit::{CHINESE_WITH_COMPARATOR, TAKES_NEI, WITH_COMPARATOR};
use crate::quantity::value;
use crate::quantity::value::Form;
use crate::quantity::{Finder, comparator, unit};
use crate::text::chars::is_cjk_ideograph;
use std::ops::ControlFlow::Continue;

/// `comparator`: the comparator words around the figure
/// ([`crate::lexicon::comparators`]): a prefix right before the number (in the span, when
/// nothing reported before it is in the way), else one at most four characters before it
/// across a verb (`至少组织2次`: not in the span), or a bound before a phrase with `的`
/// (`不得超过在校生总数的15%`: [`comparator::across_phrase`]), each also across a hard wrap
/// ([`comparator::across_wrap`]), and a suffix after the unit (which decides over the prefix).
///
/// ```text
/// figure := [PREFIX GAP?] number unit [SUFFIX]  |  DISTANT_PREFIX CJK{1,4} number unit [SUFFIX]
/// ```
///
/// case: 继续教育的学习时间不少于90学时 => 不少于90学时 quantity 90 学时 ge
/// case: 移动网络流量资费年内至少降低30％ => 30％ quantity 30 % ge
/// case: 不得超过本企业上年度实际碳排放量的10%，且 => 10% quantity 10 % le
/// case: 其中专家不得少于成员总数的三分之二。 => 三分之二 quantity 0.666666666666667 - ge
/// case: 一位专家不同时担任超过3个上海市重点实验室的主任 => 超过3个 quantity 3 个 le
/// case: 重点实验室主任每届任期五年，累计任职不超过两届。 => 不超过两届 quantity 2 届 le
/// case: 十三届全国人大一次会议通过 => 十三届 none
/// case: 通知债权人，并于三十日内在报纸上公告 => 三十日内 quantity 30 日 le
/// case: 失业保险金按照当地最低工资标准的百分之八十确定 => 百分之八十 quantity 80 % eq
/// case: 对认定的企业最高奖励50万元。 => 50万元 quantity 500000 元 le
/// case: 支持金额最高可至3000万元； => 3000万元 quantity 30000000 元 le
/// case: 符合条件的最高可达50万元。 => 50万元 quantity 500000 元 le
/// case: 每家企业最高可获得100万元资助 => 100万元 quantity 1000000 元 le
/// case: 记分周期内累计最高扣减6分。 => 6分 quantity 6 分 le
/// case: 补助标准最低补助300元。 => 300元 quantity 300 元 ge
/// case: 城市道路最高时速为70公里， => 70公里 quantity 70 公里 le
/// case: 注册资本最低限额为十亿元人民币。 => 十亿元 quantity 1000000000 元 ge
/// case: 经营全国性的基础电信业务的，其注册资本最低限额\n为10亿元人民币 => 10亿元 quantity 1000000000 元 ge
/// case: 装饰装修工程的最低保修期限为二年。 => 二年 quantity 2 年 ge
/// case: 在正常使用条件下，装饰装修工程的最低保修\n期限为二年。 => 二年 quantity 2 年 ge
/// case: 在正常使用条件下，装饰装修工程的最低\n保修期限为二年。 => 二年 quantity 2 年 ge
/// case: 依照本条例规定，失业保险金按照当地最低工资\n标准的百分之八十确定 => 百分之八十 quantity 80 % eq
/// case: 任职的最高年龄分别为四十五岁和五十岁 => 四十五岁 quantity 45 岁 le
/// case: 工资集体协商期限为被要约方收到要约之日起两个月。 => 两个月 quantity 2 月 eq
/// case: 并且出让价额低于国家规定的最低价额标准的60%的 => 60% quantity 60 % lt
/// case: 当月加班超出了36小时，则超出的7.5小时为无效约定。 => 7.5小时 quantity 7.5 小时 eq
/// case: 公益广告展示面积不得少于工地围墙（挡）面积的三分之一。 => 三分之一 quantity 0.333333333333333 - ge
/// case: 兼职教师人数不超过本校(院)专任教师人数的四分之一 => 四分之一 quantity 0.25 - le
/// case: 赔偿金最高为国家上年度职工年平均工资的五倍 => 五倍 quantity 5 倍 le
/// case: 业主委员会最低人数要求并且超过约定人数二分之一的 => 二分之一 quantity 0.5 - gt
/// case: 对两部制电价用户的最大需量按契约限额的90％执行 => 90％ quantity 90 % eq
/// case: 占全部企业的50%强。 => 50%强 quantity 50 % approx
/// case: 新任职干部年龄多在三十岁出头。 => 三十岁出头 quantity 30 岁 approx
/// case: 租赁期限届满一年时支付 => 届满一年 quantity 1 年 ge
/// case: 应当在有效期届满三十日前申请延续 => 三十日 quantity 30 日 eq
/// case: 在聘期届满三十日内作出决定 => 届满三十日内 quantity 30 日 le
/// case: 应当在审理期限届满十五日以前书面请求 => 十五日 quantity 15 日 eq
/// case: 应当在许可证有效期届满的30日前申请延续 => 30日 quantity 30 日 eq
/// case: 期间届满的最后一日是法定休假日的 => 一日 none
/// case: 租赁期限一年以上的，应当在每届满一年时支付 => 届满一年 none
/// case: 各地要在本届政府任期内对上述工作进行全面检查，相关人员任期届\n满三十日前应当提交报告。 => 三十日 quantity 30 日 eq
/// case: 年产量稳定在5000吨上下 => 稳定在5000吨上下 quantity 5000 吨 approx
/// case: 参会人数在5000人上下班车另行安排 => 5000人 quantity 5000 人 eq
/// case: 同一活动只\n加一次参与分 => 一次 quantity 1 次 le
/// case: 城镇化率达60%,户籍人口城镇化率达45%\n以上 => 达45%\n以上 quantity 45 % ge
/// case: 这类活动不只加一次。 => 一次 quantity 1 次 eq
/// case: 增幅为30%强化了 => 30% quantity 30 % eq
/// case: 室内温度在十八摄氏度（不含十八摄氏度）以下的 => 十八摄氏度（不含十八摄氏度）以下 quantity 18 摄氏度 lt
/// case: 室温低于18摄氏度（不含18摄氏度）、高于14摄氏度（含14摄氏度）的 => 高于14摄氏度（含14摄氏度） quantity 14 摄氏度 ge
/// case: 索赔金额一万元以上（不含一万元）的 => 一万元以上（不含一万元） quantity 10000 元 gt
/// case: 宣扬邪教的传单、图片数量在五百张（枚）以上的 => 五百张（枚）以上 quantity 500 张 ge
/// case: 制作、复制、出版、贩卖、传播淫秽书刊、画册、照片、画片等二千张\n（枚）以上的 => 二千张\n（枚）以上 quantity 2000 张 ge
/// case: 县（市）以上人民政府 => 县（市）以上 none
/// case: 每组5人以下（含5人）的 => 5人以下（含5人） quantity 5 人 le
/// case: 具有二个以上（含\n二个）洗车位的 => 二个以上（含\n二个） quantity 2 个 ge
/// case: （1）5 人以下（含5 人）团体：个人得分 => 5 人以下（含5 人） quantity 5 人 le
/// case: 取得不动产权属证明的4层以上（含本数，下同。不含地下室）住宅 => 4层以上 quantity 4 层 ge
/// case: 禁止在二十五度以上陡坡地开垦种植农作物 => 二十五度以上 quantity 25 度 ge
/// case: 建筑层数不得超过三层 => 不得超过三层 quantity 3 层 le
/// case: 最低气温零下十度 => 零下十度 quantity -10 度 eq
/// case: 体温三十八点五度的应当及时就医 => 三十八点五度 quantity 38.5 度 eq
/// case: 三度蝉联冠军 => 三度 none
/// case: 销售额破亿元 => 破亿元 quantity 100000000 元 gt
/// case: 价格跌破3000元 => 跌破3000元 quantity 3000 元 lt
/// case: 打破3项世界纪录 => 3项 quantity 3 项 eq
/// case: 领取失业保险金的期限最长为二十四个月 => 最长为二十四个月 quantity 24 月 le
/// case: 缓缴期最长为一年。 => 最长为一年 quantity 1 年 le
/// case: 居留证件的有效期最短为九十日 => 最短为九十日 quantity 90 日 ge
/// case: 入住后发现房屋负一层漏水 => 一层 none
/// case: 架空层层高超过二百二十厘米的按一层计算 => 一层 none
/// case: 超过三个月的按三个月计算 => 三个月 quantity 3 月 eq
/// case: 原则上依托单位成员不超\n过三分之一。 => 三分之一 quantity 0.333333333333333 - le
/// case: 学术委员会会议每年至少\n召开一次。 => 一次 quantity 1 次 ge
/// case: 不超过纳税人申报的应\n纳税所得额百分之三十的部分 => 百分之三十 quantity 30 % le
/// case: 超出部分按照同一用水性质水价标准的四倍收取 => 四倍 quantity 4 倍 eq
/// case: 配置投资金额不低于超出部分建设工程造价的千分之五 => 千分之五 quantity 5 ‰ ge
///
/// A lone tolerance (`±2%`: a deviation either way of at most 2 %) is a bound, `le`, unless a
/// comparator before it bounds it otherwise; the comparator before the sign carries across
/// it (`误差不超过±2%`).
///
/// case: 测量误差不超过±2%。 => 不超过±2% quantity 2 % le
/// case: 允许偏差±5mm => ±5mm quantity 5 mm le
///
/// An inclusive bound before the noun a share is of bounds the share with no `的` between
/// ([`comparator::before_share_base`]); a bracketed gloss in a bound's phrase may list
/// alternatives (`本院（所、系、部）`).
///
/// case: 按照规定分阶段给予不超过研发总投入30%、最高3000万元的经费支持 => 30% quantity 30 % le
/// case: 每年给予不低于总运营支出百分之十的补贴 => 百分之十 quantity 10 % ge
/// case: 对新设立的研发机构给予一次性的开办经费，并每年给予不超\n过总运营支出30%的经费支持 => 30% quantity 30 % le
/// case: 按当地最低工资标准80%发放 => 80% quantity 80 % eq
/// case: 人均收入高于全国平均水平20% => 20% quantity 20 % eq
/// case: 推荐人数原则上不超过本院（所、系、部）学术型研究生在校生总人数的2% => 2% quantity 2 % le
pub(super) fn comparator(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let (text, i) = (cx.text, f.start);
    let tolerance = value::char_at(text, i) == Some(TOLERANCE_MARK);
    // `最高可达50万元`: the bound of the opener decides over the verb (达, eq) before the figure.
    let opener_verb = comparator::opener_verb_before(text, i);
    let adjacent = comparator::prefix_before(text, i)
        .filter(|&(start, _)| !lead_time(f, text, start) && !verb_ending_in_break(f, text, start))
        .filter(|&(start, _)| !breaks_through_count(f, text, start))
        .filter(|_| opener_verb.is_none());
    let expiry = |s: usize| is_expiry(text, s);
    if let Some((start, prefix)) = adjacent {
        if cx.takes_prefix(start, i) {
            f.start = start;
        }
        f.prefix = Some(prefix);
    } else {
        // A comparison word inside the last figure reported is that figure's (`超过三个月的按三个月
        // 计算`: the second 三个月 is no bound); one it did not take bounds this one too (`至少
        // 每两年进行一次`, `不得超过本法第四条确定的税额的百分之五十`).
        let taken = |s: usize| cx.out.last().is_some_and(|q| (q.span.start as usize) <= s && s < q.span.end as usize);
        // `期间届满的最后一日`: 届满 bounds only the figure right after it.
        let own = |(s, c): (usize, Comparator)| (!taken(s) && !expiry(s)).then_some((s, c));
        let in_text = comparator::distant_before(text, i, comparator::MAX_DISTANT_CHARS)
            .and_then(own)
            .or_else(|| comparator::across_phrase(text, i, comparator::MAX_PHRASE_CHARS).and_then(own))
            .or_else(|| is_share(f).then(|| share_base_before(text, i)).flatten().and_then(own));
        f.prefix = opener_verb
            .map(|(_, c)| c)
            .or_else(|| read_across_wrap(text, i, in_text, own))
            .or_else(|| only_times(f, text, i));
    }
    if let Some(c) = prefix_past_page_break(cx, i, f.prefix.is_none()) {
        f.prefix = Some(c);
    }
    if tolerance && f.prefix.is_none_or(|c| c == Comparator::Eq) {
        f.prefix = Some(Comparator::Le);
    }
    let after_span_unit = f.unit.is_some_and(|m| m.unit.has(TAKES_NEI));
    f.suffix = with_inclusion(text, f.end(), f.prefix, after_span_unit)
        .or_else(|| rough_sign_suffix(f, text))
        .or_else(|| suffix_past_page_break(f, cx, after_span_unit))
        .or_else(|| suffix_cut_by_page_break(f, cx, after_span_unit));
    let bound = f.suffix.is_some() || f.prefix.is_some_and(|c| c != Comparator::Eq);
    if f.unit.is_some_and(|m| m.unit.has(WITH_COMPARATOR)) && !bound {
        return skip(f.end());
    }
    // A Chinese numeral and 层/度 need a bound of their own: a distant one is another
    // figure's (`层高超过二百二十厘米的按一层计算`, a bench regulation). `零下` is one too: `零下十度`
    // is a temperature ([`BELOW_ZERO`]; the 负 of `负一层` is none). A number with decimals
    // (`体温三十八点五度`) is a measure, never the word (`一度`, `两度` "twice").
    let below_zero = f.at.sign.is_some_and(|s| value::has_at(text, s, BELOW_ZERO));
    let own_bound = f.suffix.is_some() || adjacent.is_some_and(|(_, c)| c != Comparator::Eq) || below_zero;
    let chinese = f.lead().form == Form::Chinese && f.lead().integer;
    if chinese && f.unit.is_some_and(|m| m.unit.has(CHINESE_WITH_COMPARATOR)) && !own_bound {
        return skip(f.end());
    }
    Continue(())
}

/// The comparator of a figure at byte `i` from a word read in the text (`in_text`) or across
/// a hard wrap before it ([`comparator::across_wrap`]). The word across the wrap wins when it
/// starts before the word read in the text: a wrap that parts a negation from its verb
/// (`但最高赔偿额不⏎超过所收取资费的三倍`, a bench regulation wrapped as a PDF copy is: le, not
/// the gt of `超过` alone).
///
/// case: 但最高赔偿额不\n超过所收取资费的三倍 => 三倍 quantity 3 倍 le
/// case: 其中企业经营管理者不得超\n过百分之三十 => 百分之三十 quantity 30 % le
///
/// A second wrap may cut the word too (a narrow column: `不超⏎过⏎12000 元`).
///
/// case: 申请人应当提供相关证明材料，报销金额不超\n过\n12000 元 => 12000 元 quantity 12000 元 le
/// case: 申请人应当提供相关证明材料，报销金额不\n超\n过12000 元 => 12000 元 quantity 12000 元 le
/// case: 申请人应当提供相关证明材料，报销金额超\n过\n总额的10% => 10% quantity 10 % gt
///
/// A wrap inside a longer comparison word (`comparator::broken_word`) or inside a bound's
/// opener and its verb (`comparator::opener_verb_before`) is joined up: `达⏎到或超过` is ge (not
/// the gt of 超过), `最⏎高补助` le (was eq); a 若干措施 wrapped at 25 characters.
///
/// case: 支持企业加大基础研究投入力度，加强技术储备。基础研究投入达\n到或超过1亿元/年的企业给予补助 => 达\n到或超过1亿元/年 quantity 100000000 元/年 ge
/// case: 按照企业实际支付额的50%给予补助，每家企业每年最\n高补助100万元。 => 100万元 quantity 1000000 元 le
fn read_across_wrap(
    text: &str,
    i: usize,
    in_text: Option<(usize, Comparator)>,
    own: impl Fn((usize, Comparator)) -> Option<(usize, Comparator)>,
) -> Option<Comparator> {
    let wrapped = || comparator::across_wrap(text, i).and_then(&own);
    match in_text {
        Some((s, c)) => Some(wrapped().filter(|&(w, _)| w < s).map_or(c, |(_, wc)| wc)),
        None => wrapped().map(|(_, c)| c),
    }
}

/// The comparator of a figure at byte `i` near the start of a line that opens a printed copy's
/// page, read again with the last words before the page break (its number and running head
/// left out, [`Finder::before_noise_lines`]): `Some` only when the reading then differs from
/// the line's alone, a negation parted from its verb (`且单处不` ⏎ `- 4 -` ⏎ `××市人民政府公报` ⏎
/// `少于三百平方米`, a bench regulation printed 28 characters a line: ge, not the lt of `少于`
/// alone; `时效期间不` ⏎ … ⏎ `得超过从造成损害的事故发生之日起六年`: le, not gt), as
/// [`read_across_wrap`] reads one across a plain hard wrap. For a figure with no comparator of
/// its own (`unbound`) only a word right before it is read, whole or cut by the break
/// (`大气压力低于` ⏎ … ⏎ `1000百帕`: lt; `增加赔偿的金额不` ⏎ … ⏎ `足五百元的`: lt; `时间不得少` ⏎ … ⏎
/// `于三年`: ge), and not a word that bounds nothing before a figure ([`is_expiry`], [`BREAK`],
/// [`BREAK_THROUGH`]).
fn prefix_past_page_break(cx: &Finder<'_, '_, '_>, i: usize, unbound: bool) -> Option<Comparator> {
    let text = cx.text;
    let lo = i.saturating_sub(PAGE_BREAK_PREFIX_BYTES);
    let line_start = lo + memchr::memrchr(b'\n', text.as_bytes().get(lo..i)?)? + 1;
    let before = cx.before_noise_lines(line_start);
    if before >= line_start {
        return None;
    }
    let head = value::before_wrap(text, before)?;
    let keep = head.char_indices().rev().nth(PAGE_BREAK_NEGATION_CHARS - 1).map_or(0, |(k, _)| k);
    let prev = head.get(keep..)?;
    let line = text.get(line_start..i)?;
    let joined = [prev, line].concat();
    if unbound {
        let (s, c) = comparator::prefix_before(&joined, joined.len())?;
        let idle = is_expiry(&joined, s) || [BREAK, BREAK_THROUGH].iter().any(|w| value::has_at(&joined, s, w));
        return (s < prev.len() && !idle).then_some(c);
    }
    let read = |t: &str| {
        comparator::prefix_before(t, t.len())
            .or_else(|| comparator::distant_before(t, t.len(), comparator::MAX_DISTANT_CHARS))
            .or_else(|| comparator::across_phrase(t, t.len(), comparator::MAX_PHRASE_CHARS))
            .map(|(_, c)| c)
    };
    let (whole, alone) = (read(&joined), read(line));
    whole.filter(|_| whole != alone)
}

/// How many bytes before a figure [`prefix_past_page_break`] looks for the start of its line:
/// the longest phrase between a comparison word and its figure that the prefix readers take
/// and a line's indent.
const PAGE_BREAK_PREFIX_BYTES: usize = 3 * comparator::MAX_PHRASE_CHARS + 12;

/// How many characters before a page break [`prefix_past_page_break`] joins to the next page's
/// words: a negation and the words between it and its verb (`不同时`).
const PAGE_BREAK_NEGATION_CHARS: usize = 8;

/// The bound before the noun a share at byte `i` is of ([`comparator::before_share_base`]),
/// read with a hard wrap among the bytes before the share joined up when the line before is a
/// full line of prose ([`value::Wrapped::before`]): right before the share
/// (`增值额超过扣除项目金额100%、未超过扣除项目金额` ⏎ `200%的部分`, the bench 土地增值税
/// regulation wrapped as a PDF copy is: le, as unwrapped) or inside its base noun
/// (`增值额未超过扣除` ⏎ `项目金额20%的`).
///
/// case: 增值额超过扣除项目金额100%、未超过扣除项目金额\n200%的部分，税率为50%。 => 200% quantity 200 % le
/// case: （一）纳税人建造普通标准住宅出售，增值额未超过扣除\n项目金额20%的 => 20% quantity 20 % le
fn share_base_before(text: &str, i: usize) -> Option<(usize, Comparator)> {
    match value::Wrapped::before(text, i, SHARE_BASE_REACH) {
        Some(w) => w.read_back(comparator::before_share_base),
        None => comparator::before_share_base(text, i),
    }
}

/// How many bytes before a share [`share_base_before`] looks for a hard wrap, and keeps of the
/// line before it: a bound word and the base noun after it (ten ideographs) and a line's indent.
const SHARE_BASE_REACH: usize = 3 * 10 + 6;

/// True when `f` is a share: a fraction (`三分之一`), a number with a share's implied unit
/// (`百分之三十`) or a figure whose unit is a share's sign ([`SHARE_SIGNS`]: `30%`).
fn is_share(f: &Figure) -> bool {
    f.number.form == Form::Fraction
        || f.number.implied_unit.is_some()
        || f.unit_name().is_some_and(|u| SHARE_SIGNS.contains(&u))
}

/// True when the prefix word at byte `start` is [`EXPIRY`] and bounds nothing: one of
/// [`LEAD_TIMES`] follows the figure `f`, a lead time counted back from the expiry
/// (`期限届满三十日前`), or `每` stands before it, a recurring date (`应当在每届满一年时支付`, a
/// bench law: at the end of each year).
fn lead_time(f: &Figure, text: &str, start: usize) -> bool {
    let recurring = value::char_before(text, start) == Some(EVERY);
    is_expiry(text, start) && (recurring || lead_time_after(text, f.end()))
}

/// True when one of [`LEAD_TIMES`] follows byte `end`, or opens the next line after a hard wrap
/// there (`应当在许可期限届满三十日⏎前向原审批机关提出申请`, a bench regulation wrapped as a PDF
/// copy is).
///
/// case: 建设单位或者个人应当在期限届满三十日\n前向原核发机关申请延期 => 三十日 quantity 30 日 eq
fn lead_time_after(text: &str, end: usize) -> bool {
    let at = |k: usize| LEAD_TIMES.iter().any(|w| value::has_at(text, k, w));
    at(end) || value::wrap_after_full_line(text, end).is_some_and(at)
}

/// True when the prefix word at byte `start` is [`BREAK`] alone and the figure `f` after it is
/// not round: the end of a verb (`划破3处`), no bound.
///
/// case: 手臂被划破3处 => 3处 quantity 3 处 eq
/// case: 年产值破100亿元 => 破100亿元 quantity 10000000000 元 gt
/// case: 销量破1000台 => 破1000台 quantity 1000 台 gt
fn verb_ending_in_break(f: &Figure, text: &str, start: usize) -> bool {
    let n = &f.number;
    let round = n.mult.is_some() || n.bare_unit || n.raw.is_some_and(|v| v >= 100.0 && v % 100.0 == 0.0);
    !round && text.get(start..).is_some_and(|t| t.starts_with(BREAK))
}

/// True when the prefix word at byte `start` is [`BREAK_THROUGH`] and a noun follows the figure
/// `f` (an ideograph other than `的`, not one of [`BREAK_THROUGH_MARKS`]): the verb and the count
/// of its object, no bound.
///
/// case: 突破百项前沿关键核心技术 => 百项 quantity 100 项 eq
/// case: 发明专利拥有量突破100万件，技术交易额 => 突破100万件 quantity 1000000 件 gt
/// case: 进出口总额突破1万亿美元大关 => 突破1万亿美元 quantity 1000000000000 美元 gt
fn breaks_through_count(f: &Figure, text: &str, start: usize) -> bool {
    let end = f.end();
    let noun = value::char_at(text, end).is_some_and(|c| crate::text::chars::is_cjk_ideograph(c) && c != PHRASE_MARK);
    noun && value::has_at(text, start, BREAK_THROUGH)
        && !BREAK_THROUGH_MARKS.iter().any(|w| value::has_at(text, end, w))
}

/// True when the prefix word at byte `start` is [`EXPIRY`], whole or cut by a hard wrap
/// ([`value::starts_with_wrapped`], as the prefix reader joins it: `相关人员任期届⏎满三十日前`,
/// where the expiry before a lead time is no bound), or the `满` of [`PERIOD_EXPIRY`].
///
/// case: 海域使用权期满六十日前，海域使用权人可以申请续期 => 六十日 quantity 60 日 eq
/// case: 吊销营运资格证件的，须期满5年以上 => 满5年以上 quantity 5 年 ge
fn is_expiry(text: &str, start: usize) -> bool {
    let period =
        start.checked_sub(PERIOD_EXPIRY.len() - "满".len()).is_some_and(|k| value::has_at(text, k, PERIOD_EXPIRY));
    period || text.get(start..).is_some_and(|t| value::starts_with_wrapped(t, EXPIRY))
}

/// The suffix bound after byte `end` (the end of the unit) with the inclusion marks around
/// it (`十八摄氏度（不含十八摄氏度）以下`: lt; `一万元以上（不含一万元）`: gt; `5人以下（含5人）`: le),
/// or an inclusion mark alone, which bounds the prefix's comparator (`低于18摄氏度（不含18摄氏度）`:
/// lt; `高于14摄氏度（含14摄氏度）`: ge). The marks are part of the figure's span.
fn with_inclusion(
    text: &str,
    end: usize,
    prefix: Option<Comparator>,
    after_span_unit: bool,
) -> Option<(usize, Comparator)> {
    // `五百张（枚）以上`: the bound is read past the alternative unit.
    let end = alternative_unit_end(text, end)
        .filter(|&a| comparator::suffix_at(text, comparator::inclusive_end(text, a), after_span_unit).is_some())
        .unwrap_or(end);
    let before = comparator::inclusion_mark(text, end);
    let at = before.map_or(end, |m| m.0);
    let (end, c, excludes) = match comparator::suffix_at(text, at, after_span_unit) {
        Some((e, c)) => match comparator::inclusion_mark(text, e) {
            Some((e2, x)) => (e2, c, Some(x || before.is_some_and(|b| b.1))),
            None => (e, c, before.map(|b| b.1)),
        },
        None => (at, prefix.filter(|p| *p != Comparator::Eq)?, Some(before?.1)),
    };
    Some((end, excludes.map_or(c, |x| inclusion(c, x))))
}

/// The end of an alternative unit in brackets at byte `end`, right after a figure's unit:
/// a row of the unit table and nothing else between the brackets (`五百张（枚）以上`,
/// `一千份（张）以上`, `一百件（副）以上`, a classifier the table lacks: 最高人民法院关于办理邪教、淫秽物品刑事案件的解释,
/// bench lawref). The bound after it is the figure's. Most figures are followed by no bracket:
/// the first byte tells. A hard wrap may part the bracket from the unit (`二千张⏎（枚）以上`).
fn alternative_unit_end(text: &str, end: usize) -> Option<usize> {
    let end = crate::text::wrap::wrap_after_full_line(text, end).unwrap_or(end);
    let first = *text.as_bytes().get(end)?;
    let mut buf = [0u8; 4];
    let &(open, close) =
        INCLUSION_BRACKETS.iter().find(|b| b.0.encode_utf8(&mut buf).as_bytes().first() == Some(&first))?;
    let inner = end + text.get(end..)?.strip_prefix(open).map(|_| open.len_utf8())?;
    // A row of the unit table, or one classifier the table lacks (`一百件（副）`, `500张（盒）`).
    let classifier = || {
        let c = text.get(inner..)?.chars().next()?;
        (is_cjk_ideograph(c) && !INCLUDES.starts_with(c)).then(|| inner + c.len_utf8())
    };
    let unit_end = unit::unblocked_row_at(text, inner).map(|u| u.end).or_else(classifier)?;
    text.get(unit_end..)?.strip_prefix(close).map(|_| unit_end + close.len_utf8())
}

/// The comparator `c` with the number excluded (`excludes`: ge → gt, le → lt) or included
/// (gt → ge, lt → le).
fn inclusion(c: Comparator, excludes: bool) -> Comparator {
    match (c, excludes) {
        (Comparator::Ge, true) => Comparator::Gt,
        (Comparator::Le, true) => Comparator::Lt,
        (Comparator::Gt, false) => Comparator::Ge,
        (Comparator::Lt, false) => Comparator::Le,
        (c, _) => c,
    }
}

/// `rank`: `前` before a count of places or a share with no other comparator bounds a
/// ranking ([`RANK_PREFIX`], [`RANK_UNITS`]): `le`, and `前` starts the figure.
///
/// ```text
/// figure := '前' number ('名' | '位' | '%')
/// ```
///
/// case: 或者按固定投资总额排序前10位的项目 => 前10位 quantity 10 位 le
/// case: 在世界杯赛中取得前六名 => 前六名 quantity 6 名 le
/// case: 有效期届满前九十日提出申请 => 九十日 quantity 90 日 eq
/// case: 目前四十八名船员均获救 => 四十八名 quantity 48 名 eq
/// case: 对在年度考核中连续三年排名全省前\n十名的单位给予表彰 => 前\n十名 quantity 10 名 le
/// case: 按照污染当量数从大到小排序,对前三项污染物征收环境保护税 => 前三项 quantity 3 项 le
/// case: 按照污染当量数从大到小排序，对第一类水污染物按照前五项征收环境保护税，对其他类水污染物按照前三项征收环境保护税 => 前五项 quantity 5 项 le
/// case: 依照前两项的规定执行 => 两项 none
///
/// A noun of [`RANK_HOLDING_NOUNS`] holds the first character of a word of [`NOT_RANK_WORDS`]
/// (`项目前`: 项目, then 前), and `前` at the end of a line that a hard wrap cuts before the
/// figure (`集体项目前⏎二名`) bounds it too.
///
/// case: 获得个人项目前三名 => 前三名 quantity 3 名 le
/// case: 参加比赛获得个人项目前三名，集体项目前\n二名；高水平运动员参加国际和全国性体育比赛获得个人项目前三名 => 前\n二名 quantity 2 名 le
pub(super) fn rank(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let plain = f.prefix.is_none()
        && f.suffix.is_none()
        && f.upper.is_none()
        && f.unit_name().is_some_and(|u| RANK_UNITS.contains(&u));
    if !plain {
        return Continue(());
    }
    // `排名全省前⏎十名`: the prefix read across a hard wrap.
    let before = value::words_before(cx.text, f.start);
    if rank_prefix_before(before, before.len()) {
        let start = before.len() - RANK_PREFIX.len();
        if cx.takes_prefix(start, f.start) {
            f.start = start;
        }
        f.prefix = Some(Comparator::Le);
    }
    Continue(())
}

/// True when [`RANK_PREFIX`] ends the words before byte `start` of `text` as a word of its own
/// ([`rank_prefix_before`], across a hard wrap too): `前三项`, not `目前三项`.
pub(super) fn ranks_before(text: &str, start: usize) -> bool {
    let before = value::words_before(text, start);
    rank_prefix_before(before, before.len())
}

/// True when [`RANK_PREFIX`] ends `text` before byte `i` as a word of its own: not the end of
/// a word of [`NOT_RANK_WORDS`], unless a noun of [`RANK_HOLDING_NOUNS`] holds that word's
/// first character.
fn rank_prefix_before(text: &str, i: usize) -> bool {
    if !value::has_before(text, i, RANK_PREFIX) {
        return false;
    }
    let p = i - RANK_PREFIX.len();
    RANK_HOLDING_NOUNS.iter().any(|n| value::has_before(text, p, n))
        || !NOT_RANK_WORDS.iter().any(|w| value::has_before(text, i, w))
}

/// `rough_share`: a fraction (`三分之一`, `1/3`, `百分之三十`) right before `强` or `弱`
/// ([`crate::lexicon::comparators::ROUGH_SHARE_MARKS`]: a little more or less than the share)
/// is approximate, the mark in its span; not where the mark begins a word (`三分之一强化`).
///
/// case: 占耕地面积的三分之一强 => 三分之一强 quantity 0.333333333333333 - approx
/// case: 约占三分之二弱。 => 三分之二弱 quantity 0.666666666666667 - approx
/// case: 三分之一强化训练 => 三分之一 quantity 0.333333333333333 - eq
pub(super) fn rough_share(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    if f.number.form != Form::Fraction || f.upper.is_some() {
        return Continue(());
    }
    let Some(end) = rough_mark_end(cx.text, f.number.end) else { return Continue(()) };
    f.number.end = end;
    f.number.approx = true;
    f.next = value::char_at(cx.text, end);
    Continue(())
}

/// `只加一次`, `只⏎加一次`, `只⏎　　加一次` (a hard wrap between them, the next line indented): [`ONLY`] and one verb before a count of
/// times ([`ONLY_TIMES_UNITS`]) bound it from above.
fn only_times(f: &Figure, text: &str, start: usize) -> Option<Comparator> {
    let times = f.unit_match().is_some_and(|m| m.per.is_none() && ONLY_TIMES_UNITS.contains(&m.unit.text));
    if !times {
        return None;
    }
    let head = unwrapped(text.get(..start)?);
    let verb = head.chars().next_back().filter(|&c| is_cjk_ideograph(c) && c != ONLY)?;
    let head = unwrapped(head.get(..head.len() - verb.len_utf8())?);
    let before = head.strip_suffix(ONLY)?;
    (!before.ends_with(ONLY_BLOCKERS)).then_some(Comparator::Le)
}

/// `s` without the hard wrap at its end, past the next line's indent (`只⏎　　加`).
fn unwrapped(s: &str) -> &str {
    value::before_wrap(s, s.len()).unwrap_or(s)
}

/// The end of a rough-share mark (`强`, `弱`) at byte `at`, where it is one: not where it
/// begins a word (`强化`), before an ideograph other than `的`.
fn rough_mark_end(text: &str, at: usize) -> Option<usize> {
    let mark = value::char_at(text, at).filter(|c| ROUGH_SHARE_MARKS.contains(c))?;
    let end = at + mark.len_utf8();
    let after = value::char_at(text, end);
    (!after.is_some_and(|c| is_cjk_ideograph(c) && !ROUGH_SHARE_FOLLOWERS.contains(&c))).then_some(end)
}

/// The suffix on the next page when a page break of a printed copy parts it from the figure
/// (`或者1年` ⏎ `- 5 -` ⏎ `××市人民政府公报` ⏎ `内多次实施`, a judicial interpretation printed 28
/// characters a line: within one year, le): read past the page's number and running head
/// ([`Finder::past_full_wrap`]), as after a plain hard wrap ([`comparator::suffix_at`]).
fn suffix_past_page_break(f: &Figure, cx: &Finder<'_, '_, '_>, after_span_unit: bool) -> Option<(usize, Comparator)> {
    let next = cx.past_full_wrap(f.end())?;
    // Without noise lines between, the suffix readers saw the next line already.
    if value::line_break_end(cx.text, f.end()) == Some(next) {
        return None;
    }
    comparator::suffix_at(cx.text, next, after_span_unit)
}

/// The suffix that a page break of a printed copy cuts after its first character
/// (`处五十万元以上一百万元以` ⏎ `- 21 -` ⏎ `××市人民政府公报` ⏎ `下罚款`, a bench regulation
/// printed 28 characters a line: the upper end of a fine, le): the character before the break
/// joined with the words on the next page ([`Finder::past_full_wrap`]) is read as a suffix
/// ([`comparator::suffix_at`]), as [`suffix_past_page_break`] reads one written whole there.
fn suffix_cut_by_page_break(f: &Figure, cx: &Finder<'_, '_, '_>, after_span_unit: bool) -> Option<(usize, Comparator)> {
    let first = value::char_at(cx.text, f.end())?;
    let head_end = f.end() + first.len_utf8();
    let next = cx.past_full_wrap(head_end)?;
    // Without noise lines between, the wrapped-suffix reader saw the next line already.
    if value::line_break_end(cx.text, head_end) == Some(next) {
        return None;
    }
    let joined: String =
        std::iter::once(first).chain(cx.text.get(next..)?.chars().take(MAX_SUFFIX_CHARS_PAST_BREAK)).collect();
    let (len, c) = comparator::suffix_at(&joined, 0, after_span_unit)?;
    let past = len.checked_sub(first.len_utf8()).filter(|&k| k > 0)?;
    Some((next + past, c))
}

/// How many characters after a page break [`suffix_cut_by_page_break`] joins to the character
/// before it: the rest of the longest suffix and the words its readers look at after it.
const MAX_SUFFIX_CHARS_PAST_BREAK: usize = 12;

/// A share written with its sign (`50%强`, `30‰弱`: [`SHARE_SIGNS`]) and a rough-share mark
/// after the sign: the mark is its suffix, approximate (as [`rough_share`] for fractions).
fn rough_sign_suffix(f: &Figure, text: &str) -> Option<(usize, Comparator)> {
    if f.unit_name().is_none_or(|u| !SHARE_SIGNS.contains(&u)) {
        return None;
    }
    rough_mark_end(text, f.end()).map(|end| (end, Comparator::Approx))
}
