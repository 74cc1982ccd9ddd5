//! The rules that read a number and leave the numbers that are parts of something else:
//! identifiers, products, ratios, numerals inside words.

use super::{Figure, Number, Verdict, identifier_end, is_bare_one, is_digit, skip};
use crate::lexicon::figures::{INDICATOR_ACRONYMS, TOLERANCE_MARK, is_identifier_before, is_ratio_mark};
use crate::lexicon::kinds::{
    EVERY, NAME_OPENER, UPWARDS, is_bound_before_multiplier, is_in_word_before, is_indefinite_before, is_multiplier,
    is_ordinal_mark,
};
use crate::lexicon::markers::DOTS;
use crate::quantity::value::{self, Form, char_at, char_before};
use crate::quantity::{Finder, kind, unit};
use crate::text::Span;
use crate::text::chars::is_private_use;
use std::ops::ControlFlow::Continue;

/// `identifier`: digits glued to letters or to the punctuation of an identifier, a version,
/// a standard's number or a formula ([`crate::lexicon::figures::IDENTIFIER_BEFORE`]) are no
/// figure; the scan moves past the identifier.
///
/// ```text
/// identifier := (ASCII_ALNUM | . / @ : _ - + # = &) DIGIT+ …
/// ```
///
/// A hyphen right after a figure with a unit is the dash of a range that did not close (the
/// upper end has a bound of its own: `20%-30%以上`), read as `至` is: two figures.
///
/// case: 增加细颗粒物PM2.5等监测指标 => 2.5 none
/// case: 适用《地表水环境质量标准》（GB3838-2002）， => 2002 none
/// case: 菌落总数不超过10^6个 => 6个 none
/// case: 降低20%-30%以上 => 30%以上 quantity 30 % ge
/// case: 罚款5万元-10万元以上 => 10万元以上 quantity 100000 元 ge
///
/// The dot of an outline marker right before the number is no identifier's: the number
/// opens the item's heading (`2.60分以下不得参评`, item 2 between items 1 and 3).
///
/// Digits after a decimal point and a space (`增长3. 5%`, `增长3 . 5%`, a PDF or web copy that
/// broke the number at its point: [`after_spaced_point`]) are the decimals of the number
/// before, and digits after a digit and an apostrophe (`1'000元`, Swiss grouping:
/// [`after_apostrophe_group`]) are its thousands: read alone they are a wrong value (5 %,
/// 0 元), so they are no figure either.
///
/// case: 全年增长3. 5%，高于预期 => 5% none
/// case: 全年增长3 . 5%，高于预期 => 5% none
/// case: 全年增长3．5%，高于预期 => 3．5% quantity 3.5 % eq
/// case: 价格为1'000元 => 000元 none
/// case: 标注为'5%'的项目 => 5% quantity 5 % eq
/// case: 一、总体要求\n1. 加强领导。\n2. 5年内完成改造。 => 5年内 quantity 5 年 le
///
/// Digits after a digit and one space, the two runs four digits at most together (`占 4 0%`,
/// `选调 4 00 名`, `202 6 年度`, `时限 1 50 分钟`: a PDF extraction that spaced the digits of a number,
/// [`after_spaced_digit`]) are the rest of that number: read alone they are a wrong value
/// (0 %, 0 名, 6 年, 50 分钟), so they are no figure. Two whole numbers side by side
/// (`(2022 2025年)`, a range whose dash a copy lost; `1 2024年9月`, a page number before a date)
/// are read as they are.
///
/// case: 按笔试总成绩占 4 0% 的比例计算 => 0% none
/// case: 考试时限 1 50 分钟，满分 100分 => 50 分钟 none
/// case: 第四轮行动计划(2022 2025年),建立健全 => 2025年 year
/// case: 按笔试总成绩占 ４ ０% 的比例计算 => ０% none
///
/// Digits after a minus between spaces that follows a digit (`365 - 104天`:
/// [`after_spaced_minus`]) are the subtrahend of a difference, as in `365-104天`: no figure, never
/// 104 天 (a range from the smaller end is read before, `70 - 90天`).
///
/// case: 年工作日：365 - 104天 => 104天 none
/// case: 每组70 - 90天 => 70 - 90天 quantity 70..90 天 range
///
/// Digits right after the acronym of an indicator ([`INDICATOR_ACRONYMS`]) with a unit after
/// them are its value ([`after_indicator`]); without a unit, or after other letters, a name.
///
/// case: 全市人均GDP1.2万美元，比上年增长 => 1.2万美元 quantity 12000 美元 eq
/// case: 全年CPI2.5%左右 => 2.5%左右 quantity 2.5 % approx
/// case: 细颗粒物PM2.5平均浓度下降 => 2.5 none
/// case: 编号XGDP12元 => 12元 none
///
/// A decimal score right after a grade letter and before `分` is the grade's points
/// ([`after_grade`]): a table of grades run together where line breaks were lost.
///
/// case: 国家级A+3.0 分A2.7 分B2.5 分 => 2.7 分 quantity 2.7 分 eq
/// case: 使用A4纸打印，D2次列车 => 2次 none
///
/// Two or more digits right after a currency code written before amounts (`USD100`, `RMB500`:
/// [`after_currency_code`]) are the amount; one digit is a name (`EUR6标准`, an emission standard).
///
/// case: 收费USD100 => USD100 quantity 100 USD eq
/// case: 车辆达到EUR6标准 => EUR6 none
pub(super) fn identifier(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let at = &f.at;
    let spaced = after_spaced_point(cx.text, at.pos);
    let glued = at.sign.is_none()
        && (at
            .prev
            .is_some_and(|p| p.is_ascii_alphanumeric() || (is_identifier_before(p) && !label_colon(cx.text, at.pos)))
            || spaced
            || after_apostrophe_group(cx.text, at.pos)
            || after_spaced_minus(cx.text, at.pos)
            || after_spaced_digit(cx.text, at.pos))
        && value::plus_before(cx.text, at.pos).is_none()
        && !after_indicator(cx.text, at.pos)
        && !after_grade(cx.text, at.pos)
        && !after_currency_code(cx.text, at.pos);
    // `2. 5年内完成`: the space after an outline marker is no part of it.
    let marker = cx.after_marker(at.pos) || (spaced && cx.after_marker(at.pos.saturating_sub(1)));
    if at.first_reading() && glued && !after_figure_dash(f, cx) && !marker {
        skip(identifier_end(cx.text, at.pos))
    } else {
        Continue(())
    }
}

/// True when a half-width colon after an ideograph stands right before byte `pos`: a label's
/// colon typed with an English keyboard or made half-width by a converter
/// (`分幅标准为:40cm×50cm`, `附件:2008年…方案`: bench regulations so copied), after which a figure
/// opens, not the digits of a time or an address (`10:30`, `host:8080`).
///
/// case: 公办幼儿园在园幼儿占比为:50%。 => 50% quantity 50 % eq
/// case: 会议于10:30开始 => 30 none
fn label_colon(text: &str, pos: usize) -> bool {
    let Some(colon) = pos.checked_sub(1) else { return false };
    text.as_bytes().get(colon) == Some(&b':')
        && char_before(text, colon).is_some_and(crate::text::chars::is_cjk_ideograph)
}

/// True when the acronym of an indicator ([`INDICATOR_ACRONYMS`]), no Latin letter or digit
/// before it, stands right before the digits at byte `pos` and a unit follows their number
/// (its 万/亿 read): `人均GDP1.2万美元` is 12000 美元; `PM2.5平均浓度` stays a name.
fn after_indicator(text: &str, pos: usize) -> bool {
    let head = text.get(..pos).unwrap_or("");
    let Some(word) = INDICATOR_ACRONYMS.iter().find(|w| head.ends_with(*w)) else { return false };
    if char_before(text, pos - word.len()).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return false;
    }
    let Ok(mut n) = value::arabic(text, pos) else { return false };
    value::tail(text, &mut n);
    unit::unit_at(text, n.end).is_some()
}

/// `share_cut_at_point`: a share in Chinese numerals right before `点` with no numeral after
/// it (`沪指大幅下跌百分之三十二点`, an AISHELL news transcript cut short; `增长百分之三十二点⏎五`,
/// a copy wrapped inside the decimal) is read only in part: no figure, never 32 %. A share
/// names no points, so the `点` can only be its decimal point.
///
/// case: 沪指大幅下跌百分之三十二点 => 百分之三十二 none
/// case: 全年增长百分之三十二点\n五，高于预期 => 百分之三十二 none
/// case: 全年增长百分之三十二点五 => 百分之三十二点五 quantity 32.5 % eq
pub(super) fn share_cut_at_point(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let end = f.number.end;
    if f.number.form != Form::Fraction {
        return Continue(());
    }
    let Some(point) = char_at(cx.text, end).filter(|&c| c == '点' || c == '點') else { return Continue(()) };
    let after = end + point.len_utf8();
    if char_at(cx.text, after).is_some_and(value::is_cn_numeral) { Continue(()) } else { skip(after) }
}

/// True when a minus with a space on each side, a digit before it, stands right before byte
/// `pos` (`年工作日：365 - 104天`, a work-day count in a payroll notice).
fn after_spaced_minus(text: &str, pos: usize) -> bool {
    let Some(head) = text.get(..pos).and_then(|h| h.strip_suffix(' ')) else { return false };
    let Some(minus) = head.chars().next_back().filter(|&c| value::is_minus(c)) else { return false };
    let before = head.get(..head.len() - minus.len_utf8()).and_then(|h| h.strip_suffix(' '));
    before.and_then(|h| h.chars().next_back()).is_some_and(|c| c.is_ascii_digit())
}

/// True when a currency code of [`crate::lexicon::units::PREFIX_UNITS`] (capital letters: `USD`,
/// `RMB`), no Latin letter or digit before it, stands right before two or more digits at byte
/// `pos`: `收费USD100`, `合同金额RMB5000` (foreign-trade invoices and contracts write codes glued
/// to amounts). A single digit is a name (`EUR6`, `EUR5` are emission standards).
fn after_currency_code(text: &str, pos: usize) -> bool {
    let head = text.get(..pos).unwrap_or("");
    let code = crate::lexicon::units::PREFIX_UNITS
        .iter()
        .find(|p| p.word.bytes().all(|b| b.is_ascii_uppercase()) && head.ends_with(p.word));
    let Some(code) = code else { return false };
    if char_before(text, pos - code.word.len()).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return false;
    }
    text.as_bytes().get(pos..).is_some_and(|r| r.iter().take_while(|b| b.is_ascii_digit()).count() >= 2)
}

/// True when a grade letter ([`GRADE_LETTERS`], `+` or `-` after it allowed), no Latin letter
/// or digit before it, stands right before the decimal number at byte `pos` and `分` follows
/// it: a table of grades and their points whose cells were run together where line breaks
/// were lost (`国家级A+3.0 分A2.7 分B2.5 分`, dev d21 joined); `A4纸`, `D2次列车`, `B2驾照` and
/// other codes without a decimal score stay names.
fn after_grade(text: &str, pos: usize) -> bool {
    let head = text.get(..pos).unwrap_or("");
    let head = head.strip_suffix(['+', '-']).unwrap_or(head);
    let Some(letter) = head.chars().next_back().filter(|c| GRADE_LETTERS.contains(c)) else { return false };
    if char_before(text, head.len() - letter.len_utf8()).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return false;
    }
    let Ok(n) = value::arabic(text, pos) else { return false };
    let decimal = text.get(pos..n.end).is_some_and(|d| d.contains('.'));
    decimal && text.get(n.end..).is_some_and(|r| r.trim_start_matches(' ').starts_with(GRADE_POINTS))
}

/// The letters of a grade scale (`A+`, `A`, `B`, `C`, `D`: 体育竞赛评分表 of a university's
/// 综合测评 rules, dev d21), read by [`after_grade`].
const GRADE_LETTERS: [char; 5] = ['A', 'B', 'C', 'D', 'E'];

/// The unit a grade's points are counted in ([`after_grade`]).
const GRADE_POINTS: char = '分';

/// True when a digit, a decimal point (`.` or `．`) and a space (one after the point, or one
/// on each side of it) stand right before byte `pos`: the number there is the decimals of a
/// number cut at its point.
fn after_spaced_point(text: &str, pos: usize) -> bool {
    let Some(head) = text.get(..pos).and_then(|t| t.strip_suffix(' ')) else { return false };
    let Some(head) = head.strip_suffix('.').or_else(|| head.strip_suffix('．')) else { return false };
    let head = head.strip_suffix(' ').unwrap_or(head);
    head.chars().next_back().is_some_and(is_digit)
}

/// True when digits (ASCII or full-width) and one space stand right before byte `pos`, and they
/// and the digits at `pos` are [`MAX_SPACED_NUMBER_DIGITS`] at most: the number there is the
/// rest of a number whose digits a PDF extraction spaced (`4 0%`, `２０２ ６ 年`), not a number of
/// its own (`2022 2025年`).
fn after_spaced_digit(text: &str, pos: usize) -> bool {
    let Some(head) = text.get(..pos).and_then(|t| t.strip_suffix(' ')) else { return false };
    let run = |chars: &mut dyn Iterator<Item = char>| {
        chars.take(MAX_SPACED_NUMBER_DIGITS + 1).take_while(|&c| is_digit(c)).count()
    };
    let before = run(&mut head.chars().rev());
    let after = run(&mut text.get(pos..).unwrap_or("").chars());
    before > 0 && before + after <= MAX_SPACED_NUMBER_DIGITS
}

/// The most digits of a number that [`after_spaced_digit`] reads as spaced by a PDF extraction:
/// a year (`202 6`).
const MAX_SPACED_NUMBER_DIGITS: usize = 4;

/// True when a digit and an apostrophe (`'` or `’`) stand right before byte `pos`: the number
/// there is a thousands group of the number before (`1'000`).
fn after_apostrophe_group(text: &str, pos: usize) -> bool {
    let Some(head) = text.get(..pos) else { return false };
    let Some(head) = head.strip_suffix('\'').or_else(|| head.strip_suffix('’')) else { return false };
    head.chars().next_back().is_some_and(is_digit)
}

/// True when a hyphen stands right before the number and right after the last figure
/// reported, one with a unit.
fn after_figure_dash(f: &Figure, cx: &Finder<'_, '_, '_>) -> bool {
    let Some(dash) = f.at.prev.filter(|&p| matches!(p, '-' | '－')) else { return false };
    let at = f.at.pos.saturating_sub(dash.len_utf8());
    cx.out.last().is_some_and(|q| q.span.end as usize == at && q.unit.is_some())
}

/// `product`: digits after a placeholder character that follows a digit are the second
/// factor of a product (`3.7×1013`, `7×24`), no figure; after a tolerance sign
/// ([`TOLERANCE_MARK`]) that follows a digit they are the tolerance of a measurement
/// (`20±2℃`), which read alone would be a wrong value (2 ℃): no figure either.
///
/// case: 的调入量或生产量大于或等于3.7×1013贝可(1000居里) => 1013贝 none
/// case: 体测成绩÷100×2 体育拔尖评价 => 2 none
/// case: 室内温度控制在20±2℃ => 2℃ none
pub(super) fn product(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let (text, at) = (cx.text, &f.at);
    let times = at.prev.is_some_and(|c| value::is_placeholder_char(c) || c == TOLERANCE_MARK)
        && char_before(text, at.pos.saturating_sub(at.prev.map_or(1, char::len_utf8))).is_some_and(is_digit);
    if at.first_reading() && times { skip(identifier_end(text, at.pos)) } else { Continue(()) }
}

/// `digits`: the Arabic number itself (digits, thousands separators, decimals,
/// [`value::arabic`]); an over-long run is skipped whole.
///
/// case: 新增铁路营运里程6100公里 => 6100公里 quantity 6100 公里 eq
/// case: 国内生产总值增长8%左右 => 8%左右 quantity 8 % approx
///
/// A number that a hard wrap cuts is read across it ([`value::across_wrap`]), as the rest of
/// the figure is (the unit, the comparator).
///
/// case: 不得超过本企业上年度实际碳排放量的百分比为1\n0%，且其中 => 1\n0% quantity 10 % le
/// case: 推动北斗时空信息产业规模在这一时期内达10\n00亿元，其中 => 达10\n00亿元 quantity 100000000000 元 eq
/// case: 全国国有企业资产总额比2002年增长60.\n98%，实现利润 => 60.\n98% quantity 60.98 % eq
/// case: 合同签订当日，张莉向合力华通公司交付了购车款138 00\n0元，同时支付了车辆购置税 => 138 00\n0元 quantity 138000 元 eq
pub(super) fn digits(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let text = cx.text;
    let read = value::arabic(text, f.at.pos).map(|n| {
        let cut = decimal_point_end(text, n.end);
        across(cx, f.at.pos, cut, |s| value::arabic(s, 0)).unwrap_or(n)
    });
    f.take(text, read)
}

/// The byte after a decimal point at byte `end` (where digits end), or `end`: a hard wrap
/// may cut a decimal right after its point (`增长60.⏎98%`, a government work report printed
/// 28 characters a line), where the digits after it read alone are a wrong value (98 %).
fn decimal_point_end(text: &str, end: usize) -> usize {
    if matches!(text.as_bytes().get(end), Some(b'.')) { end + 1 } else { end }
}

/// `alone`, or the number read across the hard wrap that cuts it ([`value::across_wrap`])
/// when nothing but the wrap stands between its parts (no outline marker, no noise).
pub(super) fn wrapped(
    cx: &Finder<'_, '_, '_>,
    start: usize,
    alone: Number,
    read: impl Fn(&str) -> Result<Number, usize>,
) -> Number {
    across(cx, start, alone.end, read).unwrap_or(alone)
}

/// The number read from byte `start` across the hard wrap at byte `head_end`
/// ([`value::across_wrap`]), when nothing but the wrap stands between its parts.
fn across(
    cx: &Finder<'_, '_, '_>,
    start: usize,
    head_end: usize,
    read: impl Fn(&str) -> Result<Number, usize>,
) -> Option<Number> {
    let tail = cx.past_full_wrap(head_end)?;
    value::across_wrap(cx.text, start, head_end, tail, read)
        .filter(|n| cx.clear(crate::text::Span::from_usize(start, n.end)))
}

/// The end of the part of a Chinese number that a hard wrap may cut before it can be read at
/// all (`百分之⏎二`, `三分⏎之一`, `向左一点⏎五米`): the numerals, the words of a fraction and a
/// decimal's `点` from byte `start`.
///
/// case: 自行车、电动自行车在车行道右侧边缘线向左一点\n五米的范围内行驶 => 一点\n五米 quantity 1.5 米 eq
fn unread_part_end(text: &str, start: usize) -> usize {
    let run = text.get(start..).unwrap_or("").chars().take(MAX_WRAPPED_PART);
    let part = |c: char| value::is_cn_numeral(c) || FRACTION_WORDS.contains(&c) || c == DECIMAL_POINT;
    start + run.take_while(|&c| part(c)).map(char::len_utf8).sum::<usize>()
}

/// The point of a Chinese decimal (`一点五米`), read by [`unread_part_end`].
const DECIMAL_POINT: char = '点';

/// The characters of a fraction written out (`百分之`, `三分之一`) besides the numerals.
const FRACTION_WORDS: [char; 2] = ['分', '之'];

/// `glued_letters`: digits followed by a letter (other than the placeholders `x` `X`) or
/// `@` are a name or a code (`5G`, `H1N1`), no figure, unless the letters begin a Latin unit
/// of [`crate::lexicon::units::UNITS`] that no letter or digit follows (`135m`, `10MB`, `300m²`).
///
/// case: 拓展5G应用 => 5 none
/// case: 切实加强甲型H1N1流感等重大传染病防控 => 1 none
/// case: 区必须距离生产区30m以上 => 30m以上 quantity 30 m ge
/// case: 单个附件不超过10MB => 不超过10MB quantity 10 MB le
/// case: 建筑面积大于300m²的厂房 => 大于300m² quantity 300 m² gt
pub(super) fn glued_letters(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let glued = f.next.is_some_and(|c| c.is_ascii_alphabetic() && !matches!(c, 'x' | 'X') || c == '@');
    let latin_unit =
        || unit::unit_at(cx.text, f.number.end).is_some_and(|m| m.unit.text.starts_with(|c: char| c.is_ascii()));
    if glued && !latin_unit() { skip(identifier_end(cx.text, f.at.pos)) } else { Continue(()) }
}

/// `small_fraction`: `A/B` with a small denominator (at most 10) and `A < B` is a fraction,
/// read as one number with no tail (true when it reads one); a page counter (`3/28`) or a
/// date is not.
///
/// case: 本届政府减少1/3行政审批事项的目标提前 => 1/3 quantity 0.333333333333333 - eq
/// case: 专项转移支付项目比上年减少1/3以上 => 1/3以上 quantity 0.333333333333333 - ge
/// case: 管道长度为5又3/4米 => 5又3/4米 quantity 5.75 米 eq
pub(super) fn small_fraction(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> bool {
    let (text, n) = (cx.text, f.number);
    if f.next != Some('/') || !n.integer {
        return false;
    }
    let Ok(d) = value::arabic(text, n.end + 1) else { return false };
    let after = char_at(text, d.end);
    let (a, b) = (n.raw.unwrap_or(0.0), d.raw.unwrap_or(0.0));
    let fraction = d.integer && b <= 10.0 && a > 0.0 && a < b && !after.is_some_and(|c| is_digit(c) || c == '/');
    if fraction {
        // 5又3/4米: a whole number and 又 before it make a mixed number (5.75), as in 三又三分之一.
        // A 又 with no whole number that can be read or taken before it (3.5又1/2): no value.
        let whole = mixed_whole(text, f.start).filter(|&(s, _)| cx.takes_prefix(s, f.start));
        let after_you = text.get(..f.start).is_some_and(|t| t.ends_with('又'));
        let raw = match whole {
            Some((_, w)) => Some(value::round15(w + a / b)),
            None if after_you => None,
            None => Some(value::round15(a / b)),
        };
        f.set_number(text, Number { digits_end: d.end, end: d.end, raw, form: Form::Fraction, decimal: None, ..n });
        if let Some((start, _)) = whole {
            f.start = start;
        }
    }
    fraction
}

/// The whole number before `又` ending at byte `start` (`5又3/4`): its start and value, when
/// one to four ASCII digits stand there after no other digit, point or slash.
fn mixed_whole(text: &str, start: usize) -> Option<(usize, f64)> {
    let before = text.get(..start)?.strip_suffix('又')?;
    let digits = before.bytes().rev().take_while(u8::is_ascii_digit).count();
    let s = before.len() - digits;
    let lead = before.get(..s)?.chars().next_back();
    if !(1..=4).contains(&digits) || lead.is_some_and(|c| is_digit(c) || matches!(c, '.' | '/' | '．')) {
        return None;
    }
    Some((s, before.get(s..)?.parse::<u32>().ok()?.into()))
}

/// `ratio_or_time`: two Arabic numbers joined by a ratio mark
/// ([`crate::lexicon::figures::RATIO_MARKS`]) are a scale, a page counter or a time of day.
///
/// case: 竣工测量成果应当包括1：500带状城市地形图 => 1：500 none
/// case: 建筑物所在水域地形图（1：1000至1：5000） => 1000至1 none
///
/// A time of day that a line break cuts after its mark (`自21：⏎00起算`, a hard wrap) is one
/// still: hours of one or two digits, minutes of two ([`minutes_past_wrap`]); `00起` read
/// alone would be a wrong value (0 起). A label before a line (`附件1：⏎2024年工作计划`) is not.
///
/// case: 加班时间自21：\n00起算 => 00起 none
/// case: 每日8:\n30前到岗 => 30前 none
/// case: 附件1：\n2024年工作计划 => 2024年 year
/// case: 附件1：\n12个重点项目名单 => 12个 quantity 12 个 eq
pub(super) fn ratio_or_time(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let (text, at) = (cx.text, &f.at);
    let Some(mark) = f.next.filter(|&c| is_ratio_mark(c)) else { return Continue(()) };
    let mark_end = f.number.end + mark.len_utf8();
    let after = if char_at(text, mark_end).is_some_and(is_digit) {
        mark_end
    } else if let Some(minutes) = minutes_past_wrap(f, cx, mark_end) {
        minutes
    } else {
        return Continue(());
    };
    // Past the second number too (an identifier does not take a full-width `：`).
    skip(identifier_end(text, at.pos).max(identifier_end(text, after)))
}

/// The start of the minutes of a time of day after a line break at byte `mark_end`, where the
/// number of `f` before the mark can be its hours (an integer of one or two digits below 25)
/// and two digits below 60 and no third follow the break. After a short line (a label's:
/// `附件1：⏎12个重点项目名单`, `表3：⏎12个…`) two digits with a unit after them are a count, not
/// minutes, unless they open with `0` (`自21：⏎00起算`: no count is written `00`).
fn minutes_past_wrap(f: &Figure, cx: &Finder<'_, '_, '_>, mark_end: usize) -> Option<usize> {
    let n = &f.number;
    let hours = n.integer && n.form == Form::Arabic && n.width <= 2 && n.raw.is_some_and(|h| h <= 24.0);
    let at = cx.past_wrap(mark_end).filter(|_| hours)?;
    let m = value::arabic(cx.text, at).ok()?;
    let minutes = m.integer && m.width == 2 && m.raw.is_some_and(|v| v < 60.0);
    let counted = || {
        !cx.text.get(at..).is_some_and(|r| r.starts_with('0'))
            && unit::unit_at(cx.text, m.end).is_some()
            && cx.past_full_wrap(mark_end).is_none()
    };
    (minutes && !counted()).then_some(at)
}

/// `placeholder_year`: digits followed by placeholders are one placeholder number
/// (`20xx`, `20**`), a figure only as a year (`20xx年`).
///
/// case: 则该月的总标准工作时长为40*4=160h => 40 none
/// case: 要求企业支付二倍经济补偿金，即2*（N+1/N+0.5） => 2 none
pub(super) fn placeholder_year(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let text = cx.text;
    if !f.next.is_some_and(value::is_placeholder_char) {
        return Continue(());
    }
    let p = value::absorb_placeholder(text, f.number);
    if char_at(text, p.end) != Some('年') {
        return skip(p.end);
    }
    f.set_number(text, p);
    Continue(())
}

/// `placeholder_in_word`: placeholder characters after a letter or a digit are part of a
/// word or a product (`Excel`, `3x`), no figure.
///
/// case: 的编排方式为：  ×1械注×2××××3×4××5××××6。 => ××××3 none
/// case: 为：  ×1械备××××2××××3。其中： => ××××3 none
pub(super) fn placeholder_in_word(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let at = &f.at;
    let glued = at.prev.is_some_and(|p| p.is_ascii_alphanumeric() || is_digit(p));
    if at.first_reading() && glued { skip(identifier_end(cx.text, at.pos)) } else { Continue(()) }
}

/// `placeholder_run`: a run of at most eight placeholder characters (`x`, `XX`, `**`, `×`, and a
/// decimal `X.X`):
/// a template's number, with no value.
///
/// case: 国家每年仍继续拨付XXX元用于黄金地质勘探 => XXX元 quantity null 元 eq
/// case: 全年增长X.X%。 => X.X% quantity null % eq
/// case: 财政部定额补贴XXX元。 => XXX元 quantity null 元 eq
/// case: 协助执行通知书\n×××人民法院：\n => ×××人 none
pub(super) fn placeholder_run(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    f.take(cx.text, value::placeholder(cx.text, f.at.pos))
}

/// `placeholder_glued`: placeholders followed by a letter or digit are part of a word
/// (`xml`, `X1`), no figure.
///
/// case: “京·X2345应急”表示车辆 => X2345 none
/// case: (十一)X1字签证，发给申请在中国境内长期学习的人员 => X1 none
pub(super) fn placeholder_glued(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let glued = f.next.is_some_and(|c| c.is_ascii_alphanumeric() && !matches!(c, 'x' | 'X'));
    if glued { skip(identifier_end(cx.text, f.at.pos)) } else { Continue(()) }
}

/// `vague`: `数` or `几` before a numeral with 万/亿 or a counted unit makes a vague numeral,
/// an approximation with no value, whose figure starts at the `数` or `几`
/// ([`value::vague`]); true when it reads one (the other Chinese numeral rules do not apply).
///
/// case: 目前城镇还有几千万人居住在条件简陋的棚户区 => 几千万人 quantity null 人 approx
/// case: 每人预存了几千元至上万元不等 => 几千元 quantity null 元 approx
pub(super) fn vague(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> bool {
    let Some(v) = value::vague(cx.text, f.at.pos) else { return false };
    f.start_at(cx.text, v.start);
    f.set_number(cx.text, v);
    true
}

#[inline(always)]
/// `sign`: a minus sign before the number (`-3.9%`, `负三十二`, `零下5℃`: [`value::sign_before`],
/// not the 负 of 税负 or 负一层) makes it negative, and the figure starts at the sign.
///
/// case: 增速为-3.9% => -3.9% quantity -3.9 % eq
/// case: 一季度增速-5%，降幅收窄 => -5% quantity -5 % eq
/// case: 全年降低企业税负5700多亿元 => 5700多亿元 quantity 570000000000 元 approx
/// case: 入住后发现房屋负一层所有电源插座无法使用 => 一 none
/// case: 当年亏损−10000元 => −10000元 quantity -10000 元 eq
/// case: 最低气温零下5℃ => 零下5℃ quantity -5 ℃ eq
/// case: 最低气温-5℃ => -5℃ quantity -5 ℃ eq
/// case: 储存温度-10～-5℃ => -10～-5℃ quantity -10..-5 ℃ range
/// case: 罚款1000元−2000元 => 2000元 quantity 2000 元 eq
///
/// A tolerance sign ([`TOLERANCE_MARK`]) that follows no digit opens a tolerance of its own
/// (`误差不超过±2%`): the figure starts at the sign, and the comparator before the sign
/// bounds it (rule `comparator`, which reads the tolerance as a bound).
///
/// A plus sign right after a change verb or a comparator ([`value::plus_before`]) is the
/// figure's: the figure starts at it, its value is unchanged. Elsewhere a plus joins names.
///
/// case: 居民人均可支配收入增长+5%。 => +5% quantity 5 % eq
/// case: 推进北斗+5G融合应用 => 5 none
///
/// A dash that opens a line after a line that ends a figure ([`value::dash_opens_line_after_figure`])
/// is a range's dash or a sign, neither sure: no figure (a wrong value either way).
///
/// case: 500001元至1000000元的部分 按0.5%\n－1%交纳 => 1% none
/// case: 上半年增速\n-3.9%，降幅收窄 => -3.9% quantity -3.9 % eq
pub(super) fn sign(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    if f.at.sign.is_some_and(|s| value::dash_opens_line_after_figure(cx.text, s)) {
        return skip(f.number.end);
    }
    if let Some(s) = f.at.sign {
        f.start_at(cx.text, s);
        f.number = value::negate(f.number);
    } else if f.at.prev == Some(TOLERANCE_MARK) {
        f.start_at(cx.text, f.at.pos.saturating_sub(TOLERANCE_MARK.len_utf8()));
    } else if let Some(s) = value::plus_before(cx.text, f.at.pos) {
        f.start_at(cx.text, s);
    }
    Continue(())
}

/// `lone_numeral`: one Chinese numeral that nothing after it can make a figure of (一 in
/// 一些, 统一; 三 in 三中全会), found before any parsing, unless it follows `第`.
///
/// This is the decision the later rules reach through [`value::chinese`] (one numeral, no
/// numeral, `分` or `半` after it), [`value::tail`] (no `余`/`多`/`来`) and [`inside_word`]
/// (something that may follow a figure follows).
///
/// case: 党的十八大和十八届二中、三中全会精神 => 三 none
/// case: 煤矿、建筑、交通等领域发生了一些重大安全事故 => 一 none
///
/// A unit after a hard wrap follows it as well (`应当在七⏎日内`, `须在四十⏎人以上`).
///
/// case: 应当根据不同情况在七\n日内分别作出处理 => 七\n日内 quantity 7 日 le
/// case: 由纳税人在月度或者季度终了后十\n五日内向税务机关报送纳税申报表 => 十\n五日内 quantity 15 日 le
pub(super) fn lone_numeral(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let (at, second) = (&f.at, f.next);
    if at.prev.is_some_and(is_ordinal_mark) || !value::is_cn_numeral(at.first) {
        return Continue(());
    }
    let end = at.pos + at.first.len_utf8();
    let extends = second.is_some_and(|n| value::continues_numeral(n) || unit::may_follow(n))
        || cx.next_past_wrap(end).is_some_and(|n| value::continues_numeral(n) || unit::may_follow(n));
    if extends { Continue(()) } else { skip(end) }
}

/// `lost_glyph`: a number right after a private-use character ([`is_private_use`]) that
/// follows a digit is the tail of a number whose mark the copy lost (`不得低于2\u{e010}5米`,
/// `高程103\u{e010}5米以上`, `人均不少于1\u{e010}20元`: bench lawrefbook regulations, a decimal
/// point in the source's font). Read alone the tail has a wrong value (5 米, 20 元), and what
/// the lost glyph was is unknown, so it is no figure.
///
/// case: 围挡高度不得低于2\u{e010}5米，其他工地不得低于1米 => 5米 none
/// case: 高程103\u{e010}5米以上的陆域 => 5米以上 none
/// case: 北里湖等5\u{e010}6平方千米范围的水域 => 6平方千米 none
/// case: 示意图\u{e010}5米范围内 => 5米 quantity 5 米 eq
pub(super) fn lost_glyph(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let Some(glyph) = f.at.prev.filter(|&c| is_private_use(c)) else { return Continue(()) };
    if !char_before(cx.text, f.at.pos - glyph.len_utf8()).is_some_and(|c| is_digit(c) || value::is_cn_numeral(c)) {
        return Continue(());
    }
    let rest = cx.text.get(f.at.pos..).unwrap_or("");
    let end = f.at.pos + rest.chars().take_while(|&c| is_digit(c)).map(char::len_utf8).sum::<usize>();
    // The unit goes with it: the 千 of `平方千米` is no figure either.
    skip(unit::unit_at(cx.text, end).map_or(end, |m| m.end))
}

#[inline(always)]
/// `spaced_numeral`: a number after a space that follows a part of a number is the last
/// part of a number written with spaces between its parts (`三千 八百 九十六 万 四千 九百
/// 六十五`, `7万 5千 4百`, `7 万5 千4 百`, `1, 234, 567`: Recognizers-Text's number battery):
/// read alone it would have the value of that part, so it is no figure. The part before the
/// space is a Chinese numeral, a digit before a Chinese numeral, or digits and a comma.
///
/// case: 合计三千 八百 九十六 万 四千 九百 六十五元 => 六十五元 none
/// case: 合计7万 5千 4百元 => 4百元 none
/// case: 合计1, 234, 567元 => 567元 none
/// case: 分为 三个 阶段 => 三个 quantity 3 个 eq
/// case: 项目 3 个 => 3 个 quantity 3 个 eq
///
/// A 万/亿 after one space that ends the number is its multiplier ([`value::tail`]): `100 万元`
/// is 1000000 `元`, as `100万元`.
///
/// case: 项目总投资100 万元 => 100 万元 quantity 1000000 元 eq
/// case: 全年接待游客1.5 亿人次 => 1.5 亿人次 quantity 150000000 人次 eq
pub(super) fn spaced_numeral(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let Some(gap) = f.at.prev.filter(|&c| unit::is_gap(c)) else { return Continue(()) };
    let (text, at) = (cx.text, f.at.pos.saturating_sub(gap.len_utf8()));
    let part = match char_before(text, at) {
        Some(c) if value::is_cn_numeral(c) => true,
        Some(c) if is_digit(c) => !is_digit(f.at.first),
        Some(c @ (',' | '，')) => char_before(text, at - c.len_utf8()).is_some_and(is_digit),
        _ => false,
    };
    if !part {
        return Continue(());
    }
    let rest = text.get(f.number.end..).unwrap_or("");
    let tail: usize = rest.chars().take_while(|&c| is_digit(c) || value::is_cn_numeral(c)).map(char::len_utf8).sum();
    skip(f.number.end + tail)
}

/// `wrapped_tail`: a number at the start of a line whose line before ends in a part of a
/// number after words (`不满一百八十⏎三天`, `比例达10⏎0%`: a PDF copy's hard wrap inside a
/// number). Read alone the tail has a wrong value (3 天, 0 %), so it is no figure, nor the
/// numerals glued to it. A number alone on its line above (a table cell, `100⏎200`) and a
/// single numeral that ends a word (`之一⏎三个`) are left alone. After a full line of prose the
/// number is read whole across the wrap by the rule that reads its head ([`digits`],
/// [`numeral`]); this rule keeps the tail from a figure of its own after a shorter line.
///
/// case: 居住累计不满一百八十\n三天的个人 => 三天 none
/// case: 行业增加值占比达10\n0%以上 => 0% none
/// case: 年份\n2023\n2024年 => 2024年 year
/// case: 作为重点之一\n三个园区率先试点 => 三个 quantity 3 个 eq
/// case: 落实学前教育发展第四轮行动计划(2022 202\n5年),建立健全机制 => 5年 none
/// case: 或者根据行政诉讼法第五\n十二条的规定 => 十二条 none
/// case: 发明授权\n加分\n10/23\n0.5分\n5分 => 0.5分 quantity 0.5 分 eq
/// case: 二等\n1.4\n100%\n80% => 100% quantity 100 % eq
/// case: 行业增加值占比达1.1\n0%以上 => 0% none
///
/// A template's placeholder year cut the same way (`二、xxxx年工作思路xx⏎xx年是…开局之年`) is
/// one year, no figure of its own; other placeholders cut so have no value to get wrong, and
/// their tail is the figure (`停课不停学”,xx⏎xx余名教师`).
///
/// case: 二、明年工作思路xx\nxx年是“十四五”开局之年 => xx年 none
/// case: 做到“停课不停教、停课不停学”,xx\nxx余名教师通过钉钉直播授课 => xx余名 quantity null 名 approx
pub(super) fn wrapped_tail(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let text = cx.text;
    let pos = f.at.pos;
    // Most numbers follow a word: only one after a line break or an indent is looked at.
    if !f.at.prev.is_some_and(|p| p == '\n' || unit::is_gap(p)) {
        return Continue(());
    }
    // The line before, without its line break and the white space around it.
    let Some(prev) = value::before_wrap(text, pos) else { return Continue(()) };
    let arabic = is_digit(f.at.first);
    let masked = value::is_placeholder_char(f.at.first);
    let same = |c: char| match (arabic, masked) {
        (true, _) => is_digit(c),
        (_, true) => value::is_placeholder_char(c),
        _ => value::is_cn_numeral(c),
    };
    let part: Vec<char> = prev.chars().rev().take_while(|&c| same(c)).take(MAX_WRAPPED_PART + 1).collect();
    if part.is_empty() || part.len() > MAX_WRAPPED_PART {
        return Continue(());
    }
    let before_part = prev.chars().rev().nth(part.len());
    // Words before the part on its line (`不满一百八十⏎三天`), or a line longer than the part
    // with a space before it (`（2022 202⏎5年）`); a number alone on its line, decimals and
    // all (`1.4⏎100%`: cells of a table set one per line), is a cell.
    let line = prev.rsplit('\n').next().unwrap_or(prev).trim_start_matches(unit::is_gap);
    let decimal_cell = arabic && line.chars().all(|c| is_digit(c) || DOTS.contains(&c));
    let words_before = !decimal_cell
        && (before_part.is_some_and(|c| !c.is_whitespace() && c != '\n')
            || line.chars().count() > part.len() + MIN_WORDS_BEFORE_PART);
    // One numeral ends other words (`之一⏎三个`), but not after 第 (`第五⏎十二条`).
    let after_di = before_part.is_some_and(crate::lexicon::kinds::is_ordinal_mark);
    let long_enough =
        arabic || masked || after_di || part.len() > 1 || part.first().is_some_and(|&c| "十百千万亿零两".contains(c));
    if !words_before || !long_enough {
        return Continue(());
    }
    // The line before ends with a page counter (`10/23⏎0.5分`): noise, not half a number.
    if cx.noise.overlaps(Span::from_usize(prev.len().saturating_sub(1), prev.len())) {
        return Continue(());
    }
    let rest = text.get(pos..).unwrap_or("");
    let tail: usize = rest.chars().take_while(|&c| same(c)).map(char::len_utf8).sum();
    // A placeholder has no value to get wrong: only a year's (`xx⏎xx年`) is no figure.
    if masked && char_at(text, pos + tail) != Some('年') {
        return Continue(());
    }
    skip(pos + tail)
}

/// The longest part of a number before a hard wrap that [`wrapped_tail`] takes for one.
const MAX_WRAPPED_PART: usize = 12;

/// The fewest characters besides the part and a space on the line before a wrapped number
/// that make it a line of text, not a cell ([`wrapped_tail`]).
const MIN_WORDS_BEFORE_PART: usize = 8;

/// `numeral`: the Chinese numeral with its tail ([`value::chinese`], [`value::tail`]); a
/// run that is not one number (`二三`) is skipped.
///
/// case: 规模在五百张床位以上的养老机构 => 五百张 quantity 500 张 eq
/// case: 以上五万元以下罚款。 => 五万元以下 quantity 50000 元 le
/// case: 或者无住所而一个纳税年度内在中国境内居住累计满一百八十\n三天的个人 => 满一百八十\n三天 quantity 183 天 ge
/// case: 四千元以上的，减除费用的比例为百\n分之二十的费用 => 百\n分之二十 quantity 20 % eq
/// case: 对扣缴义务人按照所扣缴的税款，付给百分之\n二的手续费 => 百分之\n二 quantity 2 % eq
///
/// `点` and digits are decimals before `时` ("when"), a time only before `分`/`刻`
/// ([`crate::lexicon::numerals::TIME_AFTER_POINT`]).
///
/// case: 计价错误达到基金份额净值百分之零点五时，基金管理人应当 => 百分之零点五 quantity 0.5 % eq
/// case: 会议于九点零五分开始 => 零五分 date
pub(super) fn numeral(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let (text, pos) = (cx.text, f.at.pos);
    let joined = |s: &str| value::chinese_after(s, 0, None, None);
    // The line's part may end after what reads alone: `百分之⏎二` reads `百` on its line.
    let part_end = unread_part_end(text, pos);
    let mut read = match value::chinese_after(text, pos, Some(f.at.first), f.next) {
        Ok(n) if n.end < part_end => Ok(across(cx, pos, part_end, joined).unwrap_or(n)),
        Ok(n) => Ok(wrapped(cx, pos, n, joined)),
        Err(e) => across(cx, pos, part_end, joined).ok_or(e),
    };
    if let Ok(n) = read.as_mut() {
        value::tail(cx.text, n);
    }
    f.take(cx.text, read)
}

/// `elided_fraction`: a Chinese numeral, `分` and a Chinese digit are a fraction written
/// without its `之` (`四分一`, Cantonese for 四分之一) or a word (`十分一致`): not read, and
/// the digit after `分` is no figure of its own (`四分一升` is a quarter litre, not one).
///
/// case: 四分一升 => 一升 none
/// case: 两国立场十分一致 => 一 none
/// case: 界桩(约北纬二十度零九分三十七秒) => 十七秒 none
pub(super) fn elided_fraction(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let after = f.number.end + FEN.len_utf8();
    let elided = f.next == Some(FEN) && char_at(cx.text, after).is_some_and(value::is_cn_digit);
    if elided { skip(cn_digits_end(cx.text, after)) } else { Continue(()) }
}

/// `分`, between the two numbers of a fraction written without `之`.
const FEN: char = '分';

/// The end of the run of Chinese numerals from byte `i` (`三十七`: all of it).
fn cn_digits_end(text: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(text, i).filter(|&c| value::is_cn_numeral(c)) {
        i += c.len_utf8();
    }
    i
}

#[inline(always)]
/// `inside_word`: most Chinese numerals are inside words (统一, 一些, 三中全会): one stays
/// only when an ordinal's `第` is before it, or something that may follow a figure (a unit,
/// a connector, [`unit::may_follow`]) is after it.
///
/// case: 认真贯彻党的十六大精神 => 十六 none
/// case: 一二三产业发展不协调 => 一二三 none
/// case: 固定人员须在四十\n人以上 => 四十\n人以上 quantity 40 人 ge
pub(super) fn inside_word(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let n = &f.number;
    let follows = || f.next.is_some_and(unit::may_follow) || cx.next_past_wrap(n.end).is_some_and(unit::may_follow);
    let word = !f.at.prev.is_some_and(is_ordinal_mark) && n.form != Form::Fraction && !follows();
    if word { skip(n.end) } else { Continue(()) }
}

#[inline(always)]
/// `numeral_in_word`: a character before the numeral that makes it part of a word
/// ([`crate::lexicon::kinds::IN_WORD_BEFORE`]: 唯一, 之一, before `一` only; `新` before any:
/// 新一轮, 新十年), an indefinite numeral
/// (`数十个`, `几百名`), or `每` before 一 or a bare 百/千/万 (`每一所`, `每万人`, a rate; but
/// `每两个月` is a frequency).
///
/// case: 启动新一轮农村电网改造 => 一轮 none
/// case: 人数不足以划一个选区的 => 一个 none
/// case: 应当规划二千至五千平方米的公园绿地 => 二千至五千平方米 quantity 2000..5000 平方米 range
/// case: 技术改进项目符合两个以上奖励条例 => 两个以上 quantity 2 个 ge
/// case: 取消其一年至五年的住房公积金贷款资格 => 一年至五年 quantity 1..5 年 range
pub(super) fn numeral_in_word(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let (at, n) = (&f.at, &f.number);
    let big_bare = n.bare_unit && n.raw.is_some_and(|v| v >= 100.0);
    let blocked = match at.prev {
        Some(EVERY) => is_bare_one(n) || big_bare,
        Some(p) if is_indefinite_before(p) => value::is_cn_unit(at.first) && !value::after_count_word(cx.text, at.pos),
        // 统一, 划一, 合一: the words end in 一; before another numeral the character ends
        // another word (规划二千至五千平方米, 符合两个以上条件).
        Some(p) => p == NAME_OPENER || (is_in_word_before(p) && at.first == ONE),
        None => false,
    };
    if blocked { skip(n.end) } else { Continue(()) }
}

/// `一`, the numeral the words of [`crate::lexicon::kinds::IN_WORD_BEFORE`] end with.
const ONE: char = '一';

#[inline(always)]
/// `no_digit`: a numeral that is no number: `零` alone (`零件`), a multiplier with no digit
/// (`亿元`, `万人`, [`crate::lexicon::kinds::MULTIPLIERS`]) unless `上` makes it one (`上万人`)
/// or an approximation mark follows it (`万余元`, as `千余人`: over ten thousand).
///
/// case: 关键零部件及元器件 => 零 none
/// case: 凝聚起亿万人民的智慧和力量 => 亿万人 none
/// case: 出境旅游近亿人次 => 近亿人次 quantity 100000000 人次 approx
/// case: 带动逾万人就业 => 逾万人 quantity 10000 人 gt
/// case: 投入资金万余元 => 万余元 quantity 10000 元 approx
/// case: 日均客流破万人次 => 破万人次 quantity 10000 人次 gt
pub(super) fn no_digit(f: &mut Figure, _cx: &Finder<'_, '_, '_>) -> Verdict {
    let (at, n) = (&f.at, &f.number);
    let zero = n.width == 1 && n.raw == Some(0.0);
    let bound = at.prev.is_some_and(|p| p == UPWARDS || is_bound_before_multiplier(p));
    let bare_multiplier = n.bare_unit && is_multiplier(at.first) && !bound && !n.approx;
    if zero || bare_multiplier { skip(n.end) } else { Continue(()) }
}

/// `lexical_word`: a word with a numeral inside that names one thing
/// ([`crate::lexicon::kinds::LEXICAL`]).
///
/// case: 大力发展高山滑雪、跳台滑雪、冬季两项、速度滑冰 => 两项 none
/// case: 包括铁人三项、铁人两项 => 三项 none
/// case: 坚持百花齐放、百家争鸣的方针 => 百家 none
/// case: 对三番五次违法的，从重处罚 => 五次 none
/// case: 确保三门峡水文断面的出库流量 => 三门 none
/// case: 并在被占绿地四周明显位置公示 => 四周 none
/// case: 携带未满四周岁的未成年人乘坐家庭乘用车 => 未满四周岁 quantity 4 周岁 lt
/// case: 组织为期四周的岗前培训 => 四周 quantity 4 周 eq
/// case: 专业实习时间为四周以上 => 四周以上 quantity 4 周 ge
///
/// A hard wrap right after the numeral may cut the word (a PDF copy): it is read on the line
/// joined to the next ([`lexical_across_wrap`]).
///
/// case: 共有来自全国各地的展商在场馆四\n周搭建了展台，吸引了大量的观众。 => 四\n周 none
/// case: 共有来自全国各地的学员参加了为期四\n周的岗前培训，效果良好。 => 四\n周 quantity 4 周 eq
pub(super) fn lexical_word(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let (i, first) = (f.at.pos, f.at.first);
    match kind::lexical_word(cx.text, i, first).or_else(|| lexical_across_wrap(cx, i, first)) {
        Some(end) => skip(end),
        None => Continue(()),
    }
}

/// The end of a word of [`crate::lexicon::kinds::LEXICAL`] that a hard wrap after a full line
/// cuts right after its numeral `first` at byte `i` (`在场馆四⏎周搭建`: 四周 "all around", no
/// four weeks), read on the line's part joined to the next line ([`value::Wrapped`]): the
/// word's numeral ends its line, and the text before it (a counting cue, `为期四⏎周`) is read
/// from at most [`LEXICAL_REACH`] bytes back.
fn lexical_across_wrap(cx: &Finder<'_, '_, '_>, i: usize, first: char) -> Option<usize> {
    let line_end = i + first.len_utf8();
    let tail = cx.past_full_wrap(line_end)?;
    let lo = crate::text::ceil_char_boundary(cx.text, i.saturating_sub(LEXICAL_REACH));
    let w = value::Wrapped::to_tail(cx.text, lo, line_end, tail)?;
    kind::lexical_word(&w.joined, i - lo, first).map(|end| w.map(end))
}

/// How many bytes before a numeral [`lexical_across_wrap`] keeps: the word's start (three
/// ideographs before its numeral at most, `冬季两项`) and a counting cue before it (`为期`).
const LEXICAL_REACH: usize = 3 * 5;

#[inline(always)]
/// `upwards`: `上` before a bare 百/千/万 makes it "upwards of", an approximation.
///
/// case: 上千万住房困难群众乔迁新居 => 千万 none
/// case: 培训农村劳动力上千万人次 => 千万人次 quantity 10000000 人次 approx
///
/// A bare 百/千 before the `上` makes the idiom `成千上万`, `成百上千` (thousands upon
/// thousands): no number at all, neither end.
///
/// case: 成千上万人参与志愿服务 => 万人 none
/// case: 成百上千家企业受益 => 千家 none
pub(super) fn upwards(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    if f.at.prev == Some(UPWARDS) && f.number.bare_unit {
        let before = char_before(cx.text, f.at.pos.saturating_sub(UPWARDS.len_utf8()));
        if before.is_some_and(|c| crate::numeral::cn_unit(c).is_some()) {
            return skip(f.number.end);
        }
        f.number.approx = true;
    }
    Continue(())
}
