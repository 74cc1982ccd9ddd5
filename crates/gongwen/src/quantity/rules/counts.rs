//! The rules of counts: the numbers with a count's unit that still count nothing, and the
//! bare `一` that counts only with a comparator or after its noun.

use super::{Figure, Reading, Verdict, emit, is_bare_one, new_quantity, skip};
use crate::lexicon::figures::{
    DEMONYM_BEFORE, SESSION, is_not_post_count_before, is_post_count_end, is_range_separator, is_session_before,
};
use crate::lexicon::kinds::{EVERY, SECONDARY, TERM_BEFORE};
use crate::model::{Comparator, QuantityKind};
use crate::quantity::unit::Family;
use crate::quantity::value::{self, char_at, char_before, char_before_wrap, starts_with_wrapped};
use crate::quantity::{Finder, kind, range_sep};
use std::borrow::Cow;
use std::ops::ControlFlow::Continue;

/// `demonym`: `新` before a number of `人` names people (`新xx人`), no count.
///
/// case: 关心关爱新xx人子女 => xx人 none
/// case: 为新*人随迁子女解决入学 => *人 none
///
/// A hard wrap may fall between the two (`开展新⏎*人”随迁子女`).
///
/// case: 为新\n*人随迁子女解决入学 => *人 none
pub(super) fn demonym(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let demonym = f.unit_name() == Some("人") && char_before_wrap(cx.text, f.at.pos) == Some(DEMONYM_BEFORE);
    if demonym { skip(f.end()) } else { Continue(()) }
}

/// `congress_session`: `N次会议` after `届`, `大` or `会`
/// ([`crate::lexicon::figures::SESSION_BEFORE`]) is the session of a congress, not a count
/// (召开两次会议 is one).
///
/// case: 中共河南省委九届八次会议 => 八次 none
/// case: 十三届全国人大一次会议通过宪法修正案 => 一次 none
/// case: 国务院办公厅对十届全国人大\n四次会议第7240号建议的答复 => 四次 none
/// case: 国务院办公厅对十届全国人大\n　　四次会议第7240号建议的答复 => 四次 none
pub(super) fn congress_session(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let session = f.unit_name() == Some("次")
        && char_before_wrap(cx.text, f.at.pos).is_some_and(is_session_before)
        && cx.text.get(f.end()..).is_some_and(|a| starts_with_wrapped(a, SESSION));
    if session { skip(f.end()) } else { Continue(()) }
}

/// `secondary`: `二次` before one of the nouns of [`crate::lexicon::kinds::SECONDARY`] means
/// "secondary" (`二次供水`), not a count of two; a comparator keeps it a count
/// (`至少安排二次`).
///
/// case: 二次供水设施管理单位应当 => 二次 none
/// case: 应当严格遵守操作规程，防止产生二次污染 => 二次 none
/// case: 合理布置城镇居民二次供\n水设施 => 二次 none
/// case: 严格遵守废弃物焚烧设施运行的操作规程，防止产生二次\n污染 => 二次 none
pub(super) fn secondary(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let n = &f.number;
    let end = f.end();
    let secondary = f.unit_name() == Some("次")
        && f.at.first == '二'
        && n.width == 1
        && f.upper.is_none()
        && f.suffix.is_none()
        && f.prefix.is_none_or(|c| c == Comparator::Eq)
        && SECONDARY.iter().any(|w| cx.text.get(end..).is_some_and(|a| starts_with_wrapped(a, w)));
    if secondary { skip(end) } else { Continue(()) }
}

/// `indefinite_one`: a bare `一` is an indefinite article (一个, 一项长期任务, 一日活动) unless
/// something makes it a count: a comparator (至少一名, 一年以上), a frequency or a quota after
/// `每` (每半年召开一次, 每位教师制订一份发展规划), a count written after its noun (`副主任一人。`, not `这一项。`), a
/// multiple (`增长了一倍`), or the
/// lower end of a range with the same unit (`延长一日至三日`, `一倍至三倍`). In a short quotation it
/// is a slogan (`“一网通办”`).
///
/// case: 会常务委员会主任或者副主任一人。 => 一人 quantity 1 人 eq
/// case: 其遗属只能选择领取其中的一项。 => 一项 none
/// case: 每个专业群至少开发一门课程 => 一门 quantity 1 门 ge
/// case: 每所学校配备一位专职心理教师 => 一位 quantity 1 位 eq
/// case: 学校制订一份工作方案 => 一份 none
/// case: 每参与一项即可获得0.1分加分 => 一项 none
/// case: 特殊情况下可以延长一日至三日。 => 一日至三日 quantity 1..3 日 range
///
/// A measure (a length, an area, a weight) after a bare `一` is a count as after `1`
/// (`两岸一公里范围内`, as `两岸1公里范围内`), except after the words that keep the article
/// (`最后一公里`, a slogan of 公文: the last stretch of a service).
///
/// case: 禁止在潭江干流、主要支流两岸一公里及水库第一重山范围内采用炼山方式造林 => 一公里 quantity 1 公里 eq
/// case: 铁路线路两侧一公里范围内 => 一公里 quantity 1 公里 eq
/// case: 着力打通服务群众的最后一公里。 => 一公里 none
/// case: 解决好用水最后一公里问题 => 一公里 none
/// case: 一公里一公里地向前推进 => 一公里 none
/// case: 一公里一公里地向前推进 => 一公里地 none
/// case: 处以违法所得一倍至三倍的罚款 => 一倍至三倍 quantity 1..3 倍 range
/// case: 可以给予六个月至一年的保留期 => 六个月至一年 quantity 6..12 月 range
/// case: 情节严重的，一年至三年内禁止参加考试 => 一年至三年内 quantity 1..3 年 range
/// case: 根据刑法有关规定和近一个时期的司法实践 => 一个 none
/// case: 近一个月来，各地积极推进 => 近一个月 quantity 1 月 approx
/// case: 城乡居民收入增长了一倍，提前实现目标 => 一倍 quantity 1 倍 eq
/// case: 班主任基本功大赛,持续完善“新秀班主任一骨干班主 任一名\n班主任”三级专业成长体系 => 一名 none
///
/// `多` between the classifier and the unit (`一个多月`, as `两个多月`) makes it a count: more
/// than one month, approximate. After a figure and a range separator it is the upper end of
/// a range whose units differ (`十天至一个月`): a count of its own, as the lower end is. A
/// multiplier counted with `个` (`一个亿`: rule `counted_multiplier`) makes it a count too.
///
/// case: 整改工作历时一个多月 => 一个多月 quantity 1 月 approx
/// case: 用十天至一个月时间集中整治 => 一个月 quantity 1 月 eq
/// case: 截至一个月前 => 一个月 none
///
/// A term the words before it set ([`TERM_BEFORE`]: a penalty, a period's length, an
/// extension) makes a bare `一` with a unit of time a count (`判处有期徒刑一年`); the same
/// `一年` after other words stays an article (`一年来`, `新的一年`, `是关键一年`).
///
/// case: 依法判处被告人管制一年。 => 一年 quantity 1 年 eq
/// case: 判处拘役一个月，缓刑二个月 => 一个月 quantity 1 月 eq
/// case: 规划许可证有效期为一年。 => 一年 quantity 1 年 eq
/// case: 担保期间为一年。 => 一年 quantity 1 年 eq
/// case: 经批准，可以延长一个月。 => 一个月 quantity 1 月 eq
/// case: 这是实施规划的关键一年。 => 一年 none
/// case: 一年来，各项工作稳步推进 => 一年 none
/// case: 有效期一年一度评审 => 一年 none
/// case: 判处有期徒刑六个月，缓刑一年。 => 一年 quantity 1 年 eq
/// case: 按照贷款期限一年期利率计算 => 一年 none
/// case: 试用期一年来，该同志政治立场坚定 => 一年 none
/// case: 任期一年以来，本届班子认真履职 => 一年 none
///
/// The words before it are read across a hard wrap among them.
///
/// case: 住宅专项维修资金的收支情况，每\n季度公布一次公共收益的收支情况 => 一次 quantity 1 次 eq
/// case: 从事饮用水消毒等卫生维护工作的人员，每年进行\n一次健康检查 => 一次 quantity 1 次 eq
/// case: 的，可以经上一级公安机关负责人批准延长\n一个月。 => 一个月 quantity 1 月 eq
/// case: 各地要把这项工作放到突出位置，作为今后\n一个时期的重点任务 => 一个 none
pub(super) fn indefinite_one(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let n = &f.number;
    if !is_bare_one(n) || f.upper.is_some() {
        return Continue(());
    }
    let (text, i, end) = (cx.text, f.at.pos, f.end());
    // The words before the figure, across a hard wrap among them (`每年进行⏎一次健康检查`,
    // `批准延长⏎一个月`, `每⏎季度公布一次`: bench regulations wrapped as a PDF copy is):
    // `before` up to byte `b`.
    let wrapped = value::Wrapped::before(text, i, MAX_WORDS_BEFORE);
    let (before, b) = wrapped.as_ref().map_or((text, i), |w| (w.joined.as_str(), w.joined.len()));
    // What follows the unit, past a hard wrap (`骨干班主任一名⏎班主任`: the line break is no end).
    let next = value::wrap_after_full_line(text, end).map_or_else(|| char_at(text, end), |j| char_at(text, j));
    let post = f.unit.is_some_and(|m| m.unit.family != Family::Time)
        && next.is_none_or(is_post_count_end)
        && char_before(before, b).is_some_and(|c| !is_not_post_count_before(c));
    // 每半年召开一次: a frequency; 每个专业开发一门课程: a quota per unit (not 每参与一项, for
    // each one).
    let frequency = f.unit_name() == Some("次") && kind::after_every(before, b);
    let quota = f.unit.is_some_and(|m| m.unit.family == Family::Count) && every_unit_before(before, b);
    // 只能选择领取其中的一项: a bound across a verb does not count an 一 after 的.
    let adjacent = f.start < i || char_before(before, b).is_none_or(|c| !is_not_post_count_before(c));
    // 近一个时期的司法实践: an approximation of one bare 个 (no unit word after it) is the
    // indefinite article after 近/约, not "nearly one" (近一个月 is: its unit is 月).
    let approx_article = f.prefix == Some(Comparator::Approx) && f.unit_name() == Some("个");
    let bound = f.prefix.is_some_and(|c| c != Comparator::Eq) && adjacent && !approx_article;
    // 收入增长了一倍: a multiple (倍) is never an article; one times is a figure as two times is.
    let multiple = f.unit.is_some_and(|m| m.unit.family == Family::Ratio);
    // 六个月至一年: the upper end of a range is a count (the range is joined after it is read).
    let upper_end = (f.at.reading == Reading::Second && f.at.prev.is_some_and(is_range_separator))
        || after_figure_and_separator(cx, i);
    let more = f.unit.is_some_and(|m| m.more);
    // 两岸一公里范围内: a measure (a length, an area, a weight) is no article; 最后一公里 is, and so
    // is either half of a reduplication (一公里一公里地推进: step by step).
    let measure = f.unit.is_some_and(|m| m.unit.family == Family::Measure)
        && char_before(before, b).is_none_or(|c| !is_not_post_count_before(c))
        && !reduplicated(text, i, end);
    if post
        || measure
        || term(f, cx, before, b)
        || more
        || f.counted_mult
        || frequency
        || quota
        || multiple
        || f.suffix.is_some()
        || bound
        || upper_end
        || lower_end(f, cx)
    {
        return Continue(());
    }
    if !kind::in_short_quote(text, i, end) {
        return skip(end);
    }
    let mut q = new_quantity(i, end, (i, n.end), QuantityKind::Slogan);
    q.value = n.value();
    q.unit = f.unit_name().map(Cow::Borrowed);
    emit(q)
}

/// True when the figure from byte `i` to `end` is written again right before or after itself
/// (`一公里一公里地推进`, `一吨一吨地运`): a reduplication says how, not how much.
fn reduplicated(text: &str, i: usize, end: usize) -> bool {
    text.get(i..end).is_some_and(|w| value::has_at(text, end, w) || value::has_before(text, i, w))
}

/// True when the figure `f` is a unit of time right after a word of [`TERM_BEFORE`]
/// (`有期徒刑一年`), not the first of `一年一度`, the name `一年期` (a one-year loan's) nor the
/// article of `一年来`/`一年以来` (the year past: `试用期一年来，该同志…` in a report on a
/// probation, `本期为一年来最高`).
/// `before` up to byte `b` holds the words before the figure.
fn term(f: &Figure, cx: &Finder<'_, '_, '_>, before: &str, b: usize) -> bool {
    let time = f.unit.is_some_and(|m| m.unit.family == Family::Time);
    let named = cx.text.get(f.end()..).is_some_and(|a| a.starts_with(['一', '期', '来']) || a.starts_with("以来"));
    time && !named && TERM_BEFORE.iter().any(|w| value::has_before(before, b, w))
}

/// How many bytes before a figure [`indefinite_one`] looks for a hard wrap, and reads of the
/// line before it: the eight ideographs back to a `每` ([`every_unit_before`]) and a little
/// more.
const MAX_WORDS_BEFORE: usize = 3 * 10;

/// True when a range separator and a figure with the same unit, plain or bounded above,
/// follow the figure `f` (`一名至三名`, `一年至三年内`): `f` is the lower end of the range
/// `two_unit_range` joins.
fn lower_end(f: &Figure, cx: &Finder<'_, '_, '_>) -> bool {
    let Some(s) = f.unit_name().and_then(|_| range_sep(cx.text, f.end())) else { return false };
    super::ranges::upper_end_at(cx, s, f.unit_name())
}

/// True when the last figure reported is a quantity with a unit and only a range separator
/// stands between it and byte `i` (`十天至一个月`): the number at `i` is the other end.
fn after_figure_and_separator(cx: &Finder<'_, '_, '_>, i: usize) -> bool {
    cx.out.last().filter(|q| q.kind == QuantityKind::Quantity && q.unit.is_some()).is_some_and(|q| {
        let from = q.span.end as usize;
        range_sep(cx.text, from) == Some(i)
    })
}

/// True when `每` and a unit (`每位`, `每个`, `每年`) open the phrase that ends at byte `i`
/// (at most eight ideographs back, no punctuation between): the count after it is a quota
/// per unit.
fn every_unit_before(text: &str, i: usize) -> bool {
    let mut at = i;
    for c in text.get(..i).unwrap_or("").chars().rev().take(8) {
        if !crate::text::chars::is_cjk_ideograph(c) {
            return false;
        }
        at -= c.len_utf8();
        if c == EVERY {
            return crate::quantity::unit::unit_at(text, at + c.len_utf8()).is_some();
        }
    }
    false
}
