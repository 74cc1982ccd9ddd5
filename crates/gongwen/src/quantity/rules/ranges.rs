//! The rules of ranges and of two figures that share a unit.

use super::{Figure, Number, Reading, Verdict, bare_number, emit, is_digit, is_year4, new_quantity, shared_multiplier};
use crate::lexicon::figures::{
    BOUND_LIST_MARK, RANGE_CLOSERS, WORD_RANGE_SEPARATORS, is_range_separator, is_shared_unit_link,
};
use crate::lexicon::kinds::is_multiplier;
use crate::lexicon::numerals::UNIT_WORDS;
use crate::lexicon::units::SUBUNITS;
use crate::model::{Comparator, Quantity, QuantityKind};
use crate::numeral::Dec;
use crate::quantity::value::{self, Form, char_at, char_before};
use crate::quantity::{Finder, Step, comparator, kind, range_sep, unit};
use std::borrow::Cow;
use std::ops::ControlFlow::Continue;

/// `one_unit_range`: a number, a range separator and a second number of the same form,
/// before one unit: the second is the upper end.
///
/// Adjacent numerals are a range of their own (`八九亿`, `三五百`: [`Number::upper`]).
///
/// ```text
/// range := number SEP number unit      1-3项, 3至5年, x-x所, 5-10万元, 三至五年
///        | SHARE SEP number            百分之三十至四十
///        | CN CN MULT? unit            八九亿元
/// ```
///
/// case: 幼树1000至2000株为起点 => 1000至2000株 quantity 1000..2000 株 range
/// case: 淫秽照片、画片1000至2000张以上的 => 1000至2000张以上 quantity 1000..2000 张 range
/// case: 行人负事故主要责任的，承担百分之三十至四十的赔偿责任 => 百分之三十至四十 quantity 30..40 % range
/// case: 处以销售额百分之五十至二倍的罚款 => 百分之五十 quantity 50 % eq
/// case: 按违法所得的百分之十至百分之五十处以罚款 => 百分之十至百分之五十 quantity 10..50 % range
/// case: 补偿金额按照房地产市场评估价格增加百分之五至百分之\n十确定 => 百分之五至百分之\n十 quantity 5..10 % range
/// case: 补偿金额按照房地产市场评估价格增加百分之五至百\n分之十确定 => 百分之五至百\n分之十 quantity 5..10 % range
/// case: 增加百分之五至百分之\n十确定 => 百分之五 quantity 5 % eq
/// case: 财政补助资金可以下降三到五成 => 三到五成 quantity 30..50 % range
/// case: 70 - 90天大的小孩应该去医院做检查 => 70 - 90天 quantity 70..90 天 range
/// case: 飞入或者飞出领空前20至15分钟，其机组必须向中华人民共和国空中交通管制部门报告 => 20至15分钟 quantity 15..20 分钟 range
/// case: 罚款五万至一万元 => 五万至一万元 quantity 10000..50000 元 range
/// case: 年工作日：365-104天 => 365-104天 none
/// case: 每年10至3月为森林防火期 => 3月 date
/// case: 按三至五折收取 => 三至五折 quantity 30..50 % range
/// case: 学术委员会由国内外高水平专家组成；人数一般为9\n至15人 => 9\n至15人 quantity 9..15 人 range
/// case: 企业研发费用在按规定据实扣除的基础上，再按照实际发生额的加计30—5\n0%在税前扣除。 => 30—5\n0% quantity 30..50 % range
/// case: 着力攻克关键环节机械化技术创新与集成应用。选育或引进2-\n3\n个适宜机械化生产的品种 => 2-\n3\n个 quantity 2..3 个 range
///
/// Two negative ends (`-5～-10℃`, temperatures below zero written from the warmer end) are
/// one range from the lower value to the higher: -10 to -5.
///
/// case: 储存温度为-5～-10℃ => -5～-10℃ quantity -10..-5 ℃ range
/// case: 利润率为-3至-1% => -3至-1% quantity -3..-1 % range
///
/// A lower end as wide as the upper's digits but above them, before a multiplier only the
/// upper writes (`5-3万元`), reads two ways, neither certain: at one scale it goes down (5万
/// to 3万), at two the lower end would be ten thousand times smaller (5 元 to 3万元). Neither
/// end is a figure ([`unscaled_lower_end`]); a wider lower end is read alone (`8500到3万`).
///
/// case: 奖励5-3万元 => 5-3万元 none
/// case: 奖励50至30万元 => 50至30万元 none
/// case: 从8500到3万港元 => 8500到3万港元 quantity 8500..30000 港元 range
/// case: 每场一千至一万人 => 一千至一万人 quantity 1000..10000 人 range
pub(super) fn one_unit_range(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    f.upper = upper_after_separator(f, cx).or_else(|| tenths_upper(f, cx.text)).or_else(|| f.number.upper());
    if let Some(b) = f.upper.filter(|b| unscaled_lower_end(&f.number, b)) {
        return super::skip(b.end);
    }
    // Only two negative ends are read in either order (`upper_after_separator`): put the
    // lower value first, keeping where each number is written.
    if let Some(b) = f.upper.as_mut() {
        let n = &mut f.number;
        if matches!((n.value(), b.value()), (Some(lo), Some(hi)) if hi < lo) {
            std::mem::swap(&mut n.raw, &mut b.raw);
            std::mem::swap(&mut n.decimal, &mut b.decimal);
            std::mem::swap(&mut n.mult, &mut b.mult);
        }
    }
    Continue(())
}

/// True when the lower end `n` of a range, written in Arabic digits without a multiplier, has
/// as many digits as the upper end `b` before its multiplier and cannot share it (`5-3万`: 5万
/// is above 3万). Chinese ends count characters, not digits (`一千至一万人` is 1000 to 10000).
fn unscaled_lower_end(n: &Number, b: &Number) -> bool {
    let arabic = n.form == Form::Arabic && b.form == Form::Arabic;
    arabic && n.mult.is_none() && b.mult.is_some() && n.width == b.width && value::shared_mult(n, b).is_none()
}

/// The upper end in tenths (`成`, `折`) of a range whose lower end is a bare count of tenths
/// (`三到五成`: 30 to 50 %): the lower end is read in tenths too. Per cent written out
/// (`三至百分之五`) is no such end.
fn tenths_upper(f: &mut Figure, text: &str) -> Option<Number> {
    let n = &mut f.number;
    if !matches!(n.form, Form::Chinese | Form::Arabic) || n.implied_unit.is_some() || n.mult.is_some() || !n.integer {
        return None;
    }
    let s = range_sep(text, n.end)?;
    let b = bare_number(text, s).ok().filter(|b| b.form == Form::Fraction && b.implied_unit.is_some())?;
    if UNIT_WORDS.iter().any(|w| value::has_at(text, s, w)) {
        return None;
    }
    let lower = n.decimal.filter(|d| d.le(Dec::int(10)))?.shift(1)?;
    if !b.decimal.is_some_and(|hi| lower.le(hi)) {
        return None;
    }
    (n.raw, n.decimal, n.implied_unit, n.form) = (Some(lower.to_f64()), Some(lower), b.implied_unit, Form::Fraction);
    Some(b)
}

/// A dash or tilde with one space on each side, between Arabic digits (`70 - 90天`,
/// Recognizers-Text's age battery: 70 to 90 days, where the upper end alone was an `eq` 90 天):
/// the end of the space after it. `至` and `到` are words, no such sign.
fn spaced_dash(text: &str, pos: usize) -> Option<usize> {
    let inner = text.get(pos..)?.strip_prefix(' ')?;
    let c = inner.chars().next().filter(|&c| is_range_separator(c) && !WORD_RANGE_SEPARATORS.contains(&c))?;
    let after = inner.get(c.len_utf8()..)?.strip_prefix(' ')?;
    let digit_after = after.chars().next().is_some_and(|d| d.is_ascii_digit());
    let digit_before = char_before(text, pos).is_some_and(|d| d.is_ascii_digit());
    (digit_before && digit_after).then_some(pos + 2 + c.len_utf8())
}

/// The number after a range separator that follows the number of `f`, when it is written in
/// the same form.
/// A Chinese numeral and Arabic digits may be the two ends (`两~3百日元`); a placeholder
/// pairs with a placeholder or digits. An upper end below the lower is a range written from
/// its upper end when both ends have the same multiplier or none (`领空前20至15分钟` is 15 to 20
/// `分钟`, `五万至一万元` 10000 to 50000 `元`), no minus joins them and no `月` follows (`10至3月`
/// goes round the year's end).
///
/// An upper end that a hard wrap cuts is read across it ([`super::numbers::wrapped`]): `加计30—5⏎0%`
/// is 30 to 50 %, never a lone 5 (below the lower end, no range) nor 50 % alone. A share cut
/// after its `分之` (`百分之五至百分之⏎十`, a bench regulation wrapped as a PDF copy is) gives no
/// upper end here, never 100: after a full line of prose the share's reader joins the wrap
/// (5 to 10 %); after a short line the lower end stands alone.
fn upper_after_separator(f: &Figure, cx: &Finder<'_, '_, '_>) -> Option<Number> {
    /// What follows the `百`, `千` or `万` of a share (`百分之十`).
    const SHARE_OF: &str = "分之";
    let text = cx.text;
    // A hard wrap after a full line of prose may stand before or after the separator
    // (`人数一般为9⏎至15人`, `选育或引进2-⏎3个`).
    let at = wrapped_sep(text, comparator::inclusive_end(text, f.number.end));
    let s = range_sep(text, at).or_else(|| spaced_dash(text, at).filter(|_| f.number.form == Form::Arabic))?;
    let minus_sep = text.get(at..s).is_some_and(|sep| sep.chars().any(value::is_minus));
    let s = value::wrap_after_full_line(text, s).unwrap_or(s);
    // -5～-10℃: a minus sign before the upper end of a negative lower end.
    let sign = char_at(text, s).filter(|&c| value::is_minus(c)).map_or(0, char::len_utf8);
    let minus = sign > 0 && f.number.raw.is_some_and(|v| v < 0.0) && char_at(text, s + sign).is_some_and(is_digit);
    let s = if minus { s + sign } else { s };
    let c = char_at(text, s)?;
    // 百分之三十至四十: a share in per cent (per mille) lends its unit to a bare upper end.
    let share = f.number.implied_unit.filter(|_| f.number.form == Form::Fraction);
    let compatible = match f.number.form {
        Form::Chinese | Form::Arabic => value::is_cn_numeral(c) || is_digit(c),
        Form::Placeholder => is_digit(c) || value::is_placeholder_char(c),
        Form::Fraction => share.is_some() && (value::is_cn_numeral(c) || is_digit(c)),
    };
    if !compatible || (f.number.form != Form::Placeholder && value::is_placeholder_char(c)) {
        return None;
    }
    let b = bare_number(text, s).ok().filter(|b| b.form != Form::Fraction)?;
    // `百分之五至百分之⏎十`: a share that a hard wrap cut after `分之` is no `百` (100) of its own.
    if text.get(b.end..).is_some_and(|a| value::starts_with_wrapped(a, SHARE_OF)) {
        return None;
    }
    let mut b = super::numbers::wrapped(cx, s, b, |t| bare_number(t, 0));
    if minus {
        b = value::negate(b);
    }
    if share.is_some() {
        if unit::unit_at(text, b.end).is_some() {
            return None;
        }
        b.implied_unit = share;
    }
    let below = match (shared_multiplier(f.number, &b).value(), b.value()) {
        (Some(lo), Some(hi)) => hi < lo,
        _ => false,
    };
    // Two negative ends may be written from the one nearer zero (`-5～-10℃`); with a
    // multiplier on either (`-5至-10万元`) `one_unit_range` could not put them in order.
    let reordered = minus && f.number.mult.is_none() && b.mult.is_none();
    // 飞入或者飞出领空前20至15分钟 (a bench regulation on flights across the border): a range
    // written from its upper end, as `提前100米至50米` is (`two_unit_range`), when both ends have
    // the same multiplier or none (`五万至一万元`; powers of ten compare exactly): on the upper end
    // alone (`5至3万`) it is `unscaled_lower_end`'s, two others (`3万—5千元`) read two ways. After
    // a minus (`365-104天`) it is a difference. Months go round the year's end (`每年10至3月`,
    // a fire season from October to March), never from 3 to 10.
    let months = value::has_at(text, value::after_gaps(text, b.end), "月");
    let from_upper = f.number.mult == b.mult && !f.number.raw.is_some_and(|v| v < 0.0) && !minus_sep && !months;
    (!below || reordered || from_upper).then_some(b)
}

#[inline(always)]
/// `unitless_lower_end`: a number with no unit, `以上` (a suffix bound that includes its
/// number) and a second number is the lower end of a statute range whose unit the upper end
/// carries: it stands alone until `two_unit_range` joins it, and is no figure if nothing
/// joins it (`二千以上不满一万用户`).
///
/// ```text
/// range := number '以上' figure '以下'      二万以上二十万元以下, 五千以上一万元以下
/// ```
///
/// case: 由环境保护主管部门责令改正，处二万以上二十万元以下的罚款 => 二万以上二十万元以下 quantity 20000..200000 元 range
/// case: 逾期未改正的，处五千以上一万元以下罚款。 => 五千以上一万元以下 quantity 5000..10000 元 range
/// case: 造成二千以上不满一万用户通信中断一小时以上 => 二千 none
pub(super) fn unitless_lower_end(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let n = &f.number;
    if !f.lacks_unit() || !f.at.first_reading() || f.upper.is_some() || n.form == Form::Placeholder {
        return Continue(());
    }
    let bound = comparator::suffix_at(cx.text, n.end, false).filter(|&(_, c)| c == Comparator::Ge);
    let next = bound.and_then(|(end, _)| char_at(cx.text, end));
    f.lower_end = next.is_some_and(|c| value::is_cn_numeral(c) || is_digit(c));
    Continue(())
}

/// `shared_unit`: a number with no unit, a connector
/// ([`crate::lexicon::figures::SHARED_UNIT_LINKS`]) and a figure with a unit: the number
/// has that unit too.
///
/// ```text
/// pair := number LINK figure         4.2和0.7个百分点: 4.2 个百分点, 0.7 个百分点
/// ```
///
/// case: 各项贷款平均增速分别高4.2和0.7个百分点 => 4.2 quantity 4.2 百分点 eq
/// case: 应当通过110、119、120、122等紧急服务热线处理 => 110 none
///
/// Two digits split by a 顿号 before a power of ten (`三、四百人`, `五、六十人`, `三、五万元`) are one
/// rough range, as `三四百人` is (300 to 400): not 300 and 400 people, and never 5 people; so
/// are tens and the next digit (`十一、二岁`, as `十一二岁`).
///
/// ```text
/// range := DIGIT '、' DIGIT' (十|百|千|万…) unit    三、四百人: 300..400 人 (DIGIT' > DIGIT)
///        | TENS DIGIT '、' DIGIT+1 unit            十一、二岁: 11..12 岁
/// ```
///
/// case: 每期培训三、四百人 => 三、四百人 quantity 300..400 人 range
/// case: 约五、六十人参加 => 五、六十人 quantity 50..60 人 range
/// case: 预计投入三、五万元 => 三、五万元 quantity 30000..50000 元 range
/// case: 年龄在十一、二岁的儿童 => 十一、二岁 quantity 11..12 岁 range
/// case: 分别增加3人、4人 => 3人 quantity 3 人 eq
/// case: 奖励三万至五千元 => 三万至五千元 none
/// case: 奖励三万到五千元 => 三万到五千元 none
///
/// So are two digits one or two apart before one unit (`三、五年内`, `七、八个`), as `三五年` and
/// `七八个` are: 3 to 5 years within, never 3 years and 5 years.
///
/// ```text
/// range := DIGIT '、' DIGIT' unit                 三、五年内: 3..5 年 (DIGIT < DIGIT' <= DIGIT + 2)
/// ```
///
/// case: 力争用三、五年时间基本建成 => 三、五年 quantity 3..5 年 range
/// case: 每个社区配备七、八个网格员 => 七、八个 quantity 7..8 个 range
///
/// A number right after a unit that takes smaller units and its own number (`十二块五和…`,
/// `12块5和…`: [`after_major_unit`]) is the smaller unit of that sum, not written (12.5 块),
/// never a figure of its own with the next one's unit.
///
/// case: 随便来几个价格十二块五和三十四点五元 => 五和 none
/// case: 价格12块5和34.5元 => 5和 none
pub(super) fn shared_unit(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let n = &f.number;
    if !f.lacks_unit() || !f.at.first_reading() || f.upper.is_some() || n.form == Form::Placeholder {
        return Continue(());
    }
    if after_major_unit(cx.text, f.at.pos) {
        return Continue(());
    }
    let (text, i) = (cx.text, f.at.pos);
    let range_word = |c: &char| WORD_RANGE_SEPARATORS.contains(c);
    let Some(link) = char_at(text, n.end).filter(|c| is_shared_unit_link(*c) || range_word(c)) else {
        return Continue(());
    };
    let s = n.end + link.len_utf8();
    let (Ok(b), Step::Emit(bq)) = (bare_number(text, s), cx.figure_at(s, Reading::Second)) else { return Continue(()) };
    if !(bq.kind == QuantityKind::Quantity && bq.unit.is_some() && bq.span.start as usize == s && b.form == n.form) {
        return Continue(());
    }
    // 奖励三万至五千元, 三万到五千元: an upper end below the lower with another multiplier reads two
    // ways, as `3万—5千元` does (`two_unit_range`): neither is a figure.
    if range_word(&link) && matches!((n.value(), bq.value), (Some(lo), Some(hi)) if hi < lo) {
        return super::skip(bq.span.end as usize);
    }
    if !is_shared_unit_link(link) {
        return Continue(());
    }
    if let Some(q) = listed_neighbours(n, link, &b, &bq) {
        return if cx.clear(q.span) { emit(q) } else { Continue(()) };
    }
    let mut q = new_quantity(i, n.end, (i, n.end), QuantityKind::Quantity);
    q.value = shared_multiplier(*n, &b).value();
    q.unit = bq.unit;
    q.comparator = if n.approx { Comparator::Approx } else { Comparator::Eq };
    if let Some((prefix_start, prefix)) = comparator::prefix_before(text, i) {
        if cx.takes_prefix(prefix_start, i) {
            q.span.start = crate::text::to_u32(prefix_start);
        }
        if prefix != Comparator::Eq {
            q.comparator = prefix;
        }
    }
    if cx.clear(q.span) && !kind::in_short_quote(text, i, n.end) { emit(q) } else { Continue(()) }
}

/// True when the number at byte `i` follows a unit of [`SUBUNITS`] (a unit with smaller units
/// after its number: 元, 块, 米 …) that itself follows a digit: `十二块五`, `12块5` (PaddleSpeech's
/// text-normalisation cases: 12.5 块), the number the tail of that sum.
fn after_major_unit(text: &str, i: usize) -> bool {
    let before = text.get(..i).unwrap_or("");
    SUBUNITS.iter().any(|(major, _)| {
        before
            .strip_suffix(major)
            .and_then(|b| b.chars().next_back())
            .is_some_and(|c| is_digit(c) || value::is_cn_numeral(c))
    })
}

/// The rough range of the number `n` before the 顿号 `link` and the figure `bq` (number `b`)
/// after it, both in Chinese numerals: `n` one digit `d` and `b` a larger digit times a power
/// of ten of at least 10 (`三、四百人` 300..400, `三、五万元` 30000..50000), or `n` a number of
/// tens ending in `d` and `b` the digit `d + 1` (`十一、二岁` 11..12, not 2 岁).
fn listed_neighbours(n: &Number, link: char, b: &Number, bq: &Quantity) -> Option<Quantity> {
    let chinese = |m: &Number| m.form == Form::Chinese && m.mult.is_none() && m.integer && !m.approx;
    if link != BOUND_LIST_MARK || !chinese(n) || b.form != Form::Chinese || bq.value_max.is_some() {
        return None;
    }
    let (lo, hi) = (n.raw?, bq.value.filter(|&v| Some(v) == b.value())?);
    let (lo, hi) = if n.width == 1 && b.width == 1 {
        // 三、五年: two digits, the second at most two above the first.
        let d = Some(lo).filter(|d| (1.0..=8.0).contains(d))?;
        (d < hi && hi <= d + 2.0).then_some((d, hi))?
    } else if n.width == 1 {
        let d = Some(lo).filter(|d| (1.0..=8.0).contains(d))?;
        // The power of ten that leaves `hi` one digit above `d`.
        let step = (1..=16).map(crate::numeral::pow10_f64).find(|&p| {
            let e = hi / p;
            e.fract() == 0.0 && e > d && e <= 9.0
        })?;
        (d * step, hi)
    } else {
        let d = lo % 10.0;
        let tens = (11.0..100.0).contains(&lo) && (1.0..=8.0).contains(&d);
        if !(tens && chinese(b) && b.width == 1 && hi == d + 1.0) {
            return None;
        }
        (lo, lo + 1.0)
    };
    let mut q = new_quantity(n.start, bq.span.end as usize, (n.start, bq.number.end as usize), QuantityKind::Quantity);
    q.value = Some(lo);
    q.value_max = Some(hi);
    q.unit = bq.unit.clone();
    q.comparator = Comparator::Range;
    Some(q)
}

#[inline(always)]
/// Where a range separator after byte `at` (the end of a range's lower end) starts: past a
/// hard wrap after a full line of prose (`人数一般为9⏎至15人`), or after any line when the
/// next opens with a word separator ([`WORD_RANGE_SEPARATORS`]: a table row wrapped in its
/// cell, `360元⏎至660元`); else `at`.
fn wrapped_sep(text: &str, at: usize) -> usize {
    let Some(j) = value::line_break_end(text, at) else { return at };
    let word = char_at(text, j).is_some_and(|c| WORD_RANGE_SEPARATORS.contains(&c));
    if word || (range_sep(text, j).is_some() && value::wrap_after_full_line(text, at).is_some()) { j } else { at }
}

/// `bare_year_range`: two four-digit years joined by a range separator, with no `年`: a year
/// range (`©2015-2020`, `2017—2020`).
///
/// case: 三年行动计划（2018—2020） => 2018—2020 year_range
/// case: 实施期限为2021—2025， => 2021—2025 year_range
pub(super) fn bare_year_range(f: &mut Figure, _cx: &Finder<'_, '_, '_>) -> Verdict {
    let n = &f.number;
    if !f.lacks_unit() {
        return Continue(());
    }
    let Some(b) = f.upper.as_ref().filter(|b| is_year4(n) && is_year4(b) && n.form == Form::Arabic) else {
        return Continue(());
    };
    let mut q = new_quantity(f.at.pos, b.end, (f.at.pos, b.end), QuantityKind::YearRange);
    q.value = n.raw;
    q.value_max = b.raw;
    emit(q)
}

/// `two_unit_range`: a quantity, a range separator (or, after a `以上`, nothing) and a second
/// quantity with the same unit (and `以下` after a `以上`): one range.
///
/// ```text
/// range := figure SEP figure ['以内'|'内'|'左右']   10%—15%, 1000元～2000元, 二年至五年内, 20%至30%左右
///        | figure '以上' '、'? figure '以下'    一万元以上十万元以下, 五千元以上、三万元以下
///        | figure '以上' SEP figure           1.0升以上至1.6升（含1.6升）
///        | figure ('与'|'和') figure '之间'    在5000元与1万元之间
/// ```
///
/// case: 可以并处200元以上500元以下的罚款 => 200元以上500元以下 quantity 200..500 元 range
/// case: 并可处以1万元以上5万以下的罚款 => 1万元以上5万以下 quantity 10000..50000 元 range
/// case: 处一万元以上（不含）五万元以下罚款 => 一万元以上（不含）五万元以下 quantity 10000..50000 元 range
/// case: 由省生态环境部门责令改正，并处1万元以上\n5万元以下罚款 => 1万元以上\n5万元以下 quantity 10000..50000 元 range
/// case: 按照情节轻重，处以五千元以上、三万元以下罚款 => 五千元以上、三万元以下 quantity 5000..30000 元 range
/// case: 标准为每人每月\n360元\n至660元 => 360元\n至660元 quantity 360..660 元 range
/// case: 作业、撤销项目、罚款1000元至1万元、没 => 1000元至1万元 quantity 1000..10000 元 range
/// case: 年工作日：365天-104天（休息日） => 365天-104天 slogan
/// case: 约2.5亿年~6500万年 => 约2.5亿年~6500万年 quantity 65000000..250000000 年 range
/// case: 排气量在1.0升以上至1.6升（含1.6升）的乘用车 => 1.0升以上至1.6升（含1.6升） quantity 1..1.6 升 range
/// case: 情节严重的，取消其二年至五年内参加投标的资格 => 二年至五年内 quantity 2..5 年 range
/// case: 预计增长20%至30%左右 => 20%至30%左右 quantity 20..30 % range
/// case: 利润增长-5%至-3% => -5%至-3% quantity -5..-3 % range
///
/// An upper end below the lower is a range from the smaller value to the larger when
/// `之间` or `不等` closes the pair ([`RANGE_CLOSERS`]), or when both ends are written with
/// one unit and joined by a word or a dash, not a minus: `应当提前100米至50米开启转向灯`
/// (北京市实施《道路交通安全法》办法, bench) is 50..100 `米`, and two `eq` figures said what the text
/// does not. After a minus (`365天-104天`) it is a difference. Otherwise a lower end with no
/// unit of its own before one with a unit (`奖励3万—5千元`: 3万 of what, and up to 5千元?) cannot
/// be read: neither is a figure (the function returns the end of the pair to skip to).
///
/// case: 比例在百分之四十至百分之十之间 => 百分之四十至百分之十 quantity 10..40 % range
/// case: 比例在40%至10%之间 => 40%至10% quantity 10..40 % range
/// case: 比例为40%至10% => 40%至10% quantity 10..40 % range
/// case: 应当提前100米至50米开启转向灯 => 100米至50米 quantity 50..100 米 range
/// case: 奖励3万—5千元 => 3万—5千元 none
///
/// A count of months and a count of years are one range in months, as `一年六个月` is 18
/// months (rule `years_and_months`): `六个月至一年` is 6 to 12 `月`. Either alone would say
/// less than the text (the lower end read as `eq`), and one value with two units is none.
///
/// ```text
/// range := figure('个月') SEP figure('年')  六个月至一年: 6..12 月
///        | figure('年') SEP figure('个月')  一年至十八个月: 12..18 月
/// ```
///
/// case: 责令其停业整顿六个月至一年。 => 六个月至一年 quantity 6..12 月 range
/// case: 自处罚完毕之日起六个月至三年以内不准其出境 => 六个月至三年以内 quantity 6..36 月 range
/// case: 收容教育期限为6个月至2年。 => 6个月至2年 quantity 6..24 月 range
pub(super) fn two_unit_range(f: &Figure, cx: &Finder<'_, '_, '_>, q: &mut Quantity) -> Option<usize> {
    if !f.at.first_reading() || f.upper.is_some() || q.kind != QuantityKind::Quantity {
        return None;
    }
    // 一万元以上（不含）五万元以下: a bound that excludes its number opens a range too.
    let statute = matches!(f.suffix, Some((_, Comparator::Ge | Comparator::Gt)));
    // 在5000元与1万元之间: 与/和 joins a range when 之间 follows the second figure.
    let between = if f.suffix.is_some() { None } else { value::between_sep(cx.text, f.end()) };
    // 1.0升以上至1.6升 (车船税法's table of engine sizes): a separator after 以上 joins a range
    // whose upper end needs no 以下.
    let sep_after_ge = if statute { range_sep(cx.text, f.end()) } else { None };
    let mut listed = false;
    let next = if sep_after_ge.is_some() {
        sep_after_ge
    } else if statute {
        // 五千元以上、三万元以下 (a bench regulation: 处以五千元以上、三万元以下罚款): a 顿号 between
        // the two bounds of one fine, as a statute writes them, still makes one range; the
        // upper end must close it with 以下 (`closes` below), so `以下、以上` stays two figures.
        let after = f.end() + char_at(cx.text, f.end()).filter(|&c| c == BOUND_LIST_MARK).map_or(0, char::len_utf8);
        listed = after > f.end();
        // 1万元以上⏎5万元以下: a hard wrap between the two ends, or a page break of a printed
        // copy, its page number and running head (`处二万元以上` ⏎ `- 12 -` ⏎ `××市人民政府公报` ⏎
        // `五万元以下罚款`, a bench regulation printed 28 characters a line).
        Some(cx.past_wrap(after).unwrap_or(after))
    } else if f.suffix.is_none() {
        range_sep(cx.text, wrapped_sep(cx.text, comparator::inclusive_end(cx.text, f.end()))).or(between)
    } else {
        None
    };
    let s = next?;
    // 增长-5%至-3%: a minus sign starts the upper end (its figure starts at the sign).
    let digits_at = s + char_at(cx.text, s).filter(|&c| value::is_minus(c)).map_or(0, char::len_utf8);
    let Step::Emit(mut b) = cx.figure_at(digits_at, Reading::Second) else { return None };
    // 六个月至一年: the two ends in months.
    let lower = if b.kind == QuantityKind::Quantity { in_months(q, &mut b) } else { None };
    let months = lower.is_some();
    let lo = lower.or(q.value);
    let descending = matches!((lo, b.value), (Some(lo), Some(hi)) if hi < lo);
    let closer = || RANGE_CLOSERS.iter().any(|w| value::has_at(cx.text, b.span.end as usize, w));
    let minus = char_at(cx.text, f.end()).is_some_and(value::is_minus);
    // 提前100米至50米: one unit on both ends, a range written from its upper end.
    let one_unit = q.unit.is_some() && b.unit == q.unit && !minus;
    // 365天-104天: an upper end below the lower is a difference (a hyphen is a minus): no
    // range, unless 之间/不等 closes it.
    if descending && !closer() && !one_unit {
        if minus {
            q.kind = QuantityKind::Slogan;
            q.span.end = b.span.end;
        }
        // 奖励3万—5千元: the lower end's unit is unknown.
        let unread = q.kind == QuantityKind::Quantity && q.unit.is_none() && b.unit.is_some();
        return unread.then_some(b.span.end as usize);
    }
    // 1万元以上5万以下: an upper end written with 万/亿 and no unit has the lower end's.
    let bare_upper = statute && b.unit.is_none() && ends_in_multiplier(cx.text, b.number);
    let same_unit = b.unit == q.unit || (q.unit.is_none() && b.unit.is_some()) || bare_upper || months;
    let closing = if statute && sep_after_ge.is_none() { Comparator::Le } else { Comparator::Eq };
    // 取消其二年至五年内参加投标的资格: a bound after a plain separator closes the range too.
    let plain_sep = !statute && between.is_none();
    // 增长20%至30%左右: an approximation after a plain separator is of the whole range.
    let closes = b.comparator == closing
        || ((sep_after_ge.is_some() || plain_sep) && b.comparator == Comparator::Le)
        || (plain_sep && b.comparator == Comparator::Approx)
        // `十六摄氏度以上、十八摄氏度（不含十八摄氏度）以下` (a bench regulation): after a 顿号 an
        // upper end that excludes its number stays a figure of its own, its bound kept.
        || (statute && b.comparator == Comparator::Lt && closing == Comparator::Le && !listed);
    let closed = between.is_none() || value::has_at(cx.text, b.span.end as usize, "之间");
    if b.kind == QuantityKind::Quantity && same_unit && b.span.start as usize == s && closes && closed {
        (q.value, q.value_max) = if descending { (b.value, lo) } else { (lo, b.value) };
        q.span.end = b.span.end;
        q.number.end = b.number.end;
        q.comparator = Comparator::Range;
        if !bare_upper {
            q.unit = b.unit;
        }
        q.placeholder |= b.placeholder;
    }
    None
}

/// A range followed by a mark that includes its upper end (`1000元至5000元（含5000元）`,
/// `3至5人（含）`) takes the mark into its span, as a bound does (`5人以下（含5人）`): the
/// range includes its ends already, and the figure inside the mark is no figure of its own.
/// A mark that excludes it (`（不含5000元）`) is taken too: the figure inside it is the range's
/// end, no amount of its own (it was reported alone as an `eq` 5000 元, which the text does not say).
///
/// case: 补助标准为1000元至5000元（含5000元） => 1000元至5000元（含5000元） quantity 1000..5000 元 range
/// case: 每组3至5人（含） => 3至5人（含） quantity 3..5 人 range
/// case: 罚款1000元至5000元（不含5000元）。 => 1000元至5000元（不含5000元） quantity 1000..5000 元 range
pub(super) fn included_upper_end(cx: &Finder<'_, '_, '_>, q: &mut Quantity) {
    if q.comparator != Comparator::Range {
        return;
    }
    if let Some((end, _)) = comparator::inclusion_mark(cx.text, q.span.end as usize) {
        q.span.end = crate::text::to_u32(end);
    }
}

/// When one of `q` and `b` counts months and the other years, puts `b` in months and
/// returns `q`'s value in months (set only when the range is joined).
fn in_months(q: &Quantity, b: &mut Quantity) -> Option<f64> {
    let (lo, hi) = (q.value?, b.value?);
    let (lo, hi) = match (q.unit.as_deref(), b.unit.as_deref()) {
        (Some(MONTHS), Some(YEARS)) => (lo, hi * 12.0),
        (Some(YEARS), Some(MONTHS)) => (lo * 12.0, hi),
        _ => return None,
    };
    b.value = Some(hi);
    b.unit = Some(Cow::Borrowed(MONTHS));
    Some(lo)
}

/// True when the quantity read at byte `s`, the other end of a range after a figure with
/// `unit`, has the same unit or one [`in_months`] converts: the figure is the range's lower end.
pub(super) fn upper_end_at(cx: &Finder<'_, '_, '_>, s: usize, unit: Option<&str>) -> bool {
    let digits_at = s + char_at(cx.text, s).filter(|&c| value::is_minus(c)).map_or(0, char::len_utf8);
    let Step::Emit(b) = cx.figure_at(digits_at, Reading::Second) else { return false };
    let plain = b.kind == QuantityKind::Quantity && matches!(b.comparator, Comparator::Eq | Comparator::Le);
    let months = matches!((unit, b.unit.as_deref()), (Some(MONTHS), Some(YEARS)) | (Some(YEARS), Some(MONTHS)));
    plain && b.span.start as usize == digits_at && (b.unit.as_deref() == unit || months)
}

/// The units [`in_months`] converts, as rows name them.
const MONTHS: &str = "月";
const YEARS: &str = "年";

/// True when the number spanning `number` ends in a multiplier (`5万`).
fn ends_in_multiplier(text: &str, number: crate::text::Span) -> bool {
    text.get(..number.end as usize).and_then(|t| t.chars().next_back()).is_some_and(is_multiplier)
}
