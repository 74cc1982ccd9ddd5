//! The rules of dates, times of day and years.

use super::{Figure, Number, Reading, Verdict, emit, is_digit, is_year4, new_quantity};
use crate::lexicon::figures::{SLASH_DATE_BEFORE, SLASH_DATE_EVENTS, is_clock_hour};
use crate::lexicon::kinds::{COHORT_UNITS, ERA_WORDS, STEP_NOUNS, is_day_unit};
use crate::lexicon::numerals::ZERO_LOOKALIKES;
use crate::model::{Quantity, QuantityKind};
use crate::quantity::value::{self, Form, char_at, char_before};
use crate::quantity::{Finder, Step, comparator, kind, range_sep};
use std::ops::ControlFlow::Continue;

/// `numeric_date`: a four-digit year, a separator (`-` `.` `/`) and one or two digits twice.
///
/// ```text
/// date := YEAR4 [-./] D{1,2} [-./] D{1,2}
/// ```
///
/// case: 典型案例  最高人民法院发布  2022-03-15  周某某 => 2022-03-15 date
/// case: 聊城市水环境保护条例(2018-01-23) => 2018-01-23 date
///
/// It runs before the year is read as a decimal (`2024.3`) or a fraction (`2024/3`): written
/// with dots or slashes, the month must be 1 to 12 and the day 1 to 31, and no further part
/// may follow (`2024.3.15.1` is a version); otherwise the rules go on.
///
/// case: 本办法自2024.3.15起施行 => 2024.3.15 date
/// case: 报名截止时间为2024/03/15。 => 2024/03/15 date
/// case: 软件版本号为2024.13.5 => 2024.13 none
pub(super) fn numeric_date(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let (at, n, text) = (&f.at, &f.number, cx.text);
    let year_end = at.pos + 4;
    let year = n.form == Form::Arabic
        && n.width == 4
        && text.as_bytes().get(at.pos..year_end).is_some_and(|y| y.iter().all(u8::is_ascii_digit));
    if !year {
        return Continue(());
    }
    let Some(end) = kind::numeric_date(text, year_end) else { return Continue(()) };
    let sep = text.as_bytes().get(year_end).copied();
    if sep != Some(b'-') {
        let parts: Vec<u32> =
            text.get(year_end + 1..end).unwrap_or("").split(['.', '/']).filter_map(|p| p.parse().ok()).collect();
        let valid = matches!(parts.as_slice(), [m, d] if (1..=12).contains(m) && (1..=31).contains(d));
        let more =
            text.as_bytes().get(end).copied() == sep && text.as_bytes().get(end + 1).is_some_and(u8::is_ascii_digit);
        if !valid || more {
            return Continue(());
        }
    }
    emit(new_quantity(at.pos, end, (at.pos, end), QuantityKind::Date))
}

/// `slash_date`: a month and a day written `M/D` (or `D/M`) after a date word (`于`, `定于`,
/// `在`: [`crate::lexicon::figures::SLASH_DATE_BEFORE`]) and before the event of that day
/// (`召开`, `举行`, `前` …: [`crate::lexicon::figures::SLASH_DATE_EVENTS`]) is a date, never the
/// fraction 3/5.
///
/// case: 会议定于3/5召开 => 3/5 date
/// case: 请于6/30前报送 => 6/30 date
/// case: 不得少于1/2。 => 不得少于1/2 quantity 0.5 - ge
pub(super) fn slash_date(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let (text, n) = (cx.text, &f.number);
    if f.next != Some('/') || !n.integer || n.width > 2 {
        return Continue(());
    }
    let before = text.get(..f.start).unwrap_or("");
    if !SLASH_DATE_BEFORE.iter().any(|w| before.ends_with(w)) {
        return Continue(());
    }
    let Ok(d) = value::arabic(text, n.end + 1) else { return Continue(()) };
    let event = text.get(d.end..).is_some_and(|r| SLASH_DATE_EVENTS.iter().any(|w| r.starts_with(w)));
    let (a, b) = (n.raw.unwrap_or(0.0), d.raw.unwrap_or(0.0));
    let day_month = |x: f64, y: f64| (1.0..=12.0).contains(&x) && (1.0..=31.0).contains(&y);
    if event && d.integer && d.width <= 2 && (day_month(a, b) || day_month(b, a)) {
        return emit(new_quantity(f.at.pos, d.end, (f.at.pos, d.end), QuantityKind::Date));
    }
    Continue(())
}

/// The value of a number that may be part of a date: an integer, written plainly (no
/// 万/亿, no 余/多, not a placeholder).
fn plain_integer(n: &Number) -> Option<f64> {
    let plain = !n.approx && n.mult.is_none() && n.integer && n.form != Form::Placeholder;
    plain.then(|| n.raw.unwrap_or(0.0))
}

/// `dotted_month`: an item's number glued by its dot to a date that opens the item's text
/// (`1.9 月10 日起，“…奖学金”应用模块启用`, `4.9 月23 日下班前，学院分管学生工作书记登录`: steps
/// of a university notice whose outline missed the item) reads as a decimal before `月`; with
/// what belongs to a date after `月` (a day, 底, 初 …: [`kind::month_tail`]) and the digits after
/// the dot a month, it is item and date, never a fraction of a month (docs/annotation.md:
/// `15.3月底前` is item 15). The date is reported from the month on.
///
/// ```text
/// date := D+ '.' MONTH '月' MONTH_TAIL     (the date from MONTH on)
/// ```
///
/// case: 1.9月10日起，系统启用 => 9月10日 date
/// case: 4.9 月23 日下班前报送 => 9 月23 日 date
/// case: 2.3月底前完成 => 3月底 date
/// case: 工期缩短1.5个月 => 1.5个月 quantity 1.5 月 eq
pub(super) fn dotted_month(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let n = &f.number;
    if n.form != Form::Arabic || n.integer || n.approx || n.mult.is_some() || n.end != n.digits_end {
        return Continue(());
    }
    let digits = cx.text.get(n.start..n.digits_end).unwrap_or("");
    // The byte after the decimal point.
    let Some(dot) = digits.char_indices().find(|&(_, c)| !is_digit(c)).map(|(k, c)| k + c.len_utf8()) else {
        return Continue(());
    };
    let m = digits.get(dot..).unwrap_or("");
    let month_ok = (1..=2).contains(&m.chars().count()) && m.parse::<u32>().is_ok_and(|v| (1..=12).contains(&v));
    let Some(yue) = month_sign(cx, n.digits_end).filter(|_| month_ok) else { return Continue(()) };
    let after = yue + '月'.len_utf8();
    let end = kind::month_tail(cx.text, after);
    if end == after {
        return Continue(());
    }
    let start = n.start + dot;
    emit(new_quantity(start, end, (start, n.digits_end), QuantityKind::Date))
}

/// `month`: a number from 1 to 12 before `月`, with what belongs to the date after it
/// (a day, 底, 初, 份, 中旬 …: [`kind::month_tail`]).
///
/// ```text
/// date := MONTH '月' (DAY ('日'|'号') | '底' | '初' | '末' | '份' | '中旬' …)?
/// ```
///
/// case: 每年的4月为本市野生动物保护宣传月 => 4月 date
/// case: 每年3月至5月、9月至11月禁止狩猎 => 11月 date
///
/// Two months joined by a range separator before one `月` are one date, the months from the
/// first to the second (`1—2月份`, `1-3月`, `一至三月`), as `3至5月` is: the second month
/// alone would be a date that leaves out the first. With `个` (`3至6个月`) it is a duration.
///
/// ```text
/// date := MONTH SEP MONTH '月' MONTH_TAIL?
/// ```
///
/// case: 1—2月份，全市完成固定资产投资 => 1—2月份 date
/// case: 1-3月，规模以上工业增加值 => 1-3月 date
/// case: 一至三月份全省进出口 => 一至三月份 date
pub(super) fn month(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let Some(v) = plain_integer(&f.number) else { return Continue(()) };
    if let Some(q) = month_range(f, v, cx.text) {
        return emit(q);
    }
    let Some(yue) = month_sign(cx, f.number.end).filter(|_| (1.0..=12.0).contains(&v)) else {
        return Continue(());
    };
    let end = kind::month_tail(cx.text, yue + '月'.len_utf8());
    emit(new_quantity(f.at.pos, end, (f.at.pos, f.number.end), QuantityKind::Date))
}

/// The byte of `月` after a month's number that ends at byte `end`: past white space, or on
/// the next line when a hard wrap cuts the date there ([`Finder::past_wrap`]: `2006年12⏎月29日`,
/// 车船税法 in a copy printed 28 characters a line), where `12⏎月` read alone would be twelve
/// months.
fn month_sign(cx: &Finder<'_, '_, '_>, end: usize) -> Option<usize> {
    let yue = value::after_gaps(cx.text, end);
    let sign = |i: &usize| value::has_at(cx.text, *i, "月");
    Some(yue).filter(sign).or_else(|| cx.past_wrap(yue).filter(sign))
}

/// The date `MONTH SEP MONTH 月` whose first month `v` is the number of `f`.
fn month_range(f: &Figure, v: f64, text: &str) -> Option<Quantity> {
    if !(1.0..12.0).contains(&v) {
        return None;
    }
    let (b, hi) = upper_date_number(f, v, text, 12.0)?;
    let yue = value::after_gaps(text, b.end);
    if !value::has_at(text, yue, "月") {
        return None;
    }
    let end = kind::month_tail(text, yue + '月'.len_utf8());
    Some(date_range(f.at.pos, end, b.end, (v, hi), "月"))
}

/// The upper end of a range of dates after the number of `f` (its first reading) whose value
/// is `v`: a range separator, then an integer written in the same form, above `v` and at most
/// `max` (12 months, 31 days).
fn upper_date_number(f: &Figure, v: f64, text: &str, max: f64) -> Option<(Number, f64)> {
    if !f.at.first_reading() {
        return None;
    }
    let s = range_sep(text, f.number.end)?;
    let c = char_at(text, s)?;
    let same_form = if f.number.form == Form::Arabic { is_digit(c) } else { value::is_cn_numeral(c) };
    let b = if same_form { super::bare_number(text, s).ok()? } else { return None };
    let hi = plain_integer(&b).filter(|&hi| hi > v && hi <= max && b.form == f.number.form)?;
    Some((b, hi))
}

/// The date from byte `start` to `end`, its numbers ending at `number_end`: the range
/// `lo..hi` of `unit` (`月`, `日`).
fn date_range(start: usize, end: usize, number_end: usize, (lo, hi): (f64, f64), unit: &'static str) -> Quantity {
    let mut q = new_quantity(start, end, (start, number_end), QuantityKind::Date);
    q.value = Some(lo);
    q.value_max = Some(hi);
    q.unit = Some(std::borrow::Cow::Borrowed(unit));
    q.comparator = crate::model::Comparator::Range;
    q
}

/// `day`: a number from 1 to 31 before `日` or `号`, after `月` or after a date and a range
/// separator or a list word (`1月7日至11日`, `18日、19日`: [`Finder::continues_date`]).
///
/// case: 山村房屋开裂主要是2003年12月18日、19日所发生的 => 19日 date
/// case: （四）劳动节，放假2天（5月1日、2日）； => 2日 date
/// case: 已经学校2023 年12 月19 日校长办公会审议通过 => 2023 年12 月19 日 date
/// case: 应当在取得所得的次月十五日内向税务机关报送 => 十五日内 quantity 15 日 le
/// case: 经2023年6月\n23日校长办公会审议通过 => 23日 date
/// case: 2024 年10 月23 \n4/5 \n 日印发 => 23 \n4/5 \n 日 date
/// case: 我部于2004年4月13日\n至15日组织专家组 => 15日 date
/// case: 2004年9月21日—\n23日，国土资源部再次组织 => 23日 date
/// case: 主要是2003年12月18日 \n、19日所发生的 => 19日 date
/// case: 笔试成绩于 11 月 19 日 在网上报名系统公布 => 19 日 date
/// case: 报到时间为11月 19日前 => 19日 date
/// case: 次月 15 日内缴纳 => 15 日内 quantity 15 日 le
///
/// Two days joined by a range separator right after `月`, before one `日` or `号`, are one date,
/// the days from the first to the second, as `1-3月` is ([`month`]): read as a range of days
/// they were a duration (`12-19日` 12..19 `日`). A month with no number and a bound after
/// (`次月1至15日内`) leaves them to the duration rules, as `次月十五日内` is.
///
/// ```text
/// date := '月' DAY SEP DAY ('日'|'号')
/// ```
///
/// case: 2019年4月12-19日 => 12-19日 date
/// case: 会议定于5月8日至10日召开，报到时间为5月7至8日 => 7至8日 date
pub(super) fn day(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let Some(v) = plain_integer(&f.number) else { return Continue(()) };
    if let Some(q) = day_range(f, v, cx) {
        return emit(q);
    }
    let (text, i) = (cx.text, f.at.pos);
    // `月` right before, or before the hard wrap the day starts a line after (`6月⏎23日`), a
    // page break's number and running head too (`2015年12月⏎- 1 -⏎××市人民政府公报⏎16日`).
    let wrapped = value::before_wrap(text, cx.before_noise_lines(i));
    let month_de = month_word_de(text, i);
    // `11 月 19 日`: a PDF extraction's space between the month and the day.
    let spaced = text
        .get(..i)
        .map(|h| h.trim_end_matches(crate::text::wrap::is_gap))
        .filter(|h| h.len() < i && h.ends_with('月'));
    let month =
        f.at.prev == Some('月') || spaced.is_some() || month_de.is_some() || wrapped.is_some_and(|b| b.ends_with('月'));
    let after_date = month || cx.continues_date(i);
    // The unit right after, or after a hard wrap (`23⏎日`), a page line too (`23⏎4/5⏎日`).
    let ri = value::after_gaps(text, f.number.end);
    let ri = if char_at(text, ri).is_some_and(is_day_unit) { ri } else { cx.past_wrap(ri).unwrap_or(ri) };
    let day = char_at(text, ri).is_some_and(is_day_unit) && (1.0..=31.0).contains(&v);
    // 次月十五日内: within fifteen days, a duration (the month has no number).
    let month_at = if f.at.prev == Some('月') {
        i
    } else {
        spaced.map(str::len).or(month_de).or(wrapped.map(str::len)).unwrap_or(i)
    };
    // The month's number, a space a PDF extraction put before `月` aside (`11 月`).
    let numbered = text
        .get(..month_at.saturating_sub(3))
        .and_then(|h| h.trim_end_matches(crate::text::wrap::is_gap).chars().next_back())
        .is_some_and(|c| is_digit(c) || value::is_cn_numeral(c));
    let within = month && !numbered && comparator::suffix_at(text, ri + 3, true).is_some();
    if after_date && day && !within {
        emit(new_quantity(i, ri + 3, (i, f.number.end), QuantityKind::Date))
    } else {
        Continue(())
    }
}

/// The end of a month word written with `的` before the day at `i` (`每月的1日`, `下月的十五日前`,
/// `第一个月的十五日前`, `3月的15日前`): the day of that month, as `每月1日` is. A counted month
/// (`三个月的5日内`, a number before `个月` with no `第`) is none.
///
/// case: “月”指每月的1日至最后一日 => 1日 date
/// case: 应当在下月的十五日前公布 => 十五日 date
/// case: 应当在每季度第一个月的十五日前公布 => 十五日 date
/// case: 次月的十五日内缴纳 => 十五日内 quantity 15 日 le
/// case: 满三个月的5日内办结 => 5日内 quantity 5 日 le
/// case: 每年3月的15日前报送上年度报告 => 15日 date
fn month_word_de(text: &str, i: usize) -> Option<usize> {
    let month_end = i.checked_sub('的'.len_utf8())?;
    if !text.get(..i)?.ends_with("月的") {
        return None;
    }
    let head = text.get(..month_end.checked_sub('月'.len_utf8())?)?;
    let Some(head) = head.strip_suffix('个') else { return Some(month_end) };
    let numerals: usize = head
        .chars()
        .rev()
        .take(MONTH_NUMERALS)
        .take_while(|&c| is_digit(c) || value::is_cn_numeral(c))
        .map(char::len_utf8)
        .sum();
    let ordinal = head.get(..head.len() - numerals).is_some_and(|h| h.ends_with('第'));
    (numerals == 0 || ordinal).then_some(month_end)
}

/// The most numerals read before `月` in [`month_word_de`] (`十二个月`).
const MONTH_NUMERALS: usize = 4;

/// The date `月 DAY SEP DAY 日` whose first day `v` is the number of `f`.
fn day_range(f: &Figure, v: f64, cx: &Finder<'_, '_, '_>) -> Option<Quantity> {
    let (text, i) = (cx.text, f.at.pos);
    if f.at.prev != Some('月') || !(1.0..31.0).contains(&v) {
        return None;
    }
    let (b, hi) = upper_date_number(f, v, text, 31.0)?;
    let ri = value::after_gaps(text, b.end);
    let unit = char_at(text, ri).filter(|&c| is_day_unit(c))?;
    let end = ri + unit.len_utf8();
    let numbered =
        char_before(text, i.saturating_sub('月'.len_utf8())).is_some_and(|c| is_digit(c) || value::is_cn_numeral(c));
    if !numbered && comparator::suffix_at(text, end, true).is_some() {
        return None;
    }
    Some(date_range(i, end, b.end, (v, hi), "日"))
}

/// `clock_minutes`: the minutes of a time of day, after a number and an hour word
/// ([`crate::lexicon::figures::CLOCK_HOURS`]).
///
/// ```text
/// time := D+ ('时'|'点') MINUTE '分'
/// ```
///
/// case: 李某于12月1日凌晨5时30分晕倒在单位卫生间 => 30分 date
/// case: 尤以2003年12月18日晚8时40分和19日晚8时35分 => 40分 date
///
/// The seconds after such minutes are the time's too (`3点4分5秒`, NeMo's time battery).
///
/// ```text
/// time := D+ ('时'|'点') MINUTE '分' SECOND '秒'
/// ```
///
/// case: 下午3点4分5秒签到 => 5秒 date
/// case: 每次用时3个小时15分钟30秒 => 30秒 quantity 30 秒 eq
///
/// A hard wrap between the hour and the minutes or between the minutes and `分` (a PDF copy:
/// `晚8时40⏎分`, `晚8时⏎40分`) leaves them a time: read alone they were 40 `分`, a wrong value.
/// After a short line too: the unit reader takes `分` across any wrap, so the time must.
///
/// case: 今天晚8时40\n分和明天 => 40\n分 date
/// case: 马鬃山村村民经常感觉到地面振动，尤以12月18日晚8时40\n分和19日晚8时35分两次较大 => 40\n分 date
/// case: 马鬃山村村民经常感觉到地面振动，尤以12月18日晚8时\n40分和19日晚8时35分两次较大 => 40分 date
/// case: 震感强烈的有两次，时间分别为2003年12月18日20\n时40分和19日20时35分 => 40分 date
pub(super) fn clock_minutes(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    // Minutes and seconds are below 60: a larger number is no time, whatever follows it.
    if !plain_integer(&f.number).is_some_and(|v| (0.0..60.0).contains(&v)) {
        return Continue(());
    }
    let (text, i, end) = (cx.text, f.at.pos, f.number.end);
    let after_hour = |at: usize| {
        let at = value::before_wrap(text, at).map_or(at, str::len);
        char_before(text, at).is_some_and(is_clock_hour)
            && value::char_before_wrap(text, at.saturating_sub(3)).is_some_and(value::is_figure_char)
    };
    // The end of `mark` right after the number, or after a hard wrap there.
    let mark_end = |mark: char| {
        let at = if f.rest(text).starts_with(mark) {
            Some(end)
        } else {
            cx.past_wrap(end).filter(|&j| char_at(text, j) == Some(mark))
        };
        at.map(|j| j + mark.len_utf8())
    };
    let minutes = || mark_end('分').filter(|_| after_hour(i));
    let seconds = || {
        mark_end('秒')
            .filter(|_| f.at.prev == Some('分') && minutes_before(text, i.saturating_sub(3)).is_some_and(after_hour))
    };
    match minutes().or_else(seconds) {
        Some(e) => emit(new_quantity(i, e, (i, end), QuantityKind::Date)),
        None => Continue(()),
    }
}

/// The start of the one or two digits (Arabic or Chinese) that end at byte `end` (before a
/// `分`).
fn minutes_before(text: &str, end: usize) -> Option<usize> {
    let head = text.get(..end)?;
    let digits = head.chars().rev().take(3).take_while(|&c| is_digit(c) || value::is_cn_numeral(c));
    let len: usize = digits.map(char::len_utf8).sum();
    (len > 0).then_some(end - len)
}

/// `placeholder_date`: placeholders before `月` after a year or before a placeholder day, or
/// before `日`/`号` after `月`, are the month or the day of a template's date (`××××年××月××日`,
/// `X月X日前`), never a count of months or days; before `年` and a placeholder month
/// (`X年X月`), its year.
///
/// ```text
/// date := ('年' PLACEHOLDER{1,2} '月') | (PLACEHOLDER{1,2} '月' PLACEHOLDER) | ('月' PLACEHOLDER{1,2} ('日'|'号'))
/// ```
///
/// case: 冻结期限自××××年××月××日起 => ××日 date
/// case: 请于X月X日前报送 => X月 date
/// case: 服务期限为X个月 => X个月 quantity null 月 eq
/// case: 本合同于X年X月X日签订 => X年 year
pub(super) fn placeholder_date(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let (n, text) = (&f.number, cx.text);
    if n.form != Form::Placeholder || n.width > 2 || n.mult.is_some() || n.approx {
        return Continue(());
    }
    let at = value::after_gaps(text, n.end);
    let Some(c) = char_at(text, at) else { return Continue(()) };
    let end = at + c.len_utf8();
    let prev = char_before(text, f.at.pos);
    let month = c == '月' && (prev == Some('年') || char_at(text, end).is_some_and(value::is_placeholder_char));
    let day = is_day_unit(c) && prev == Some('月');
    // X年X月: the year of a template's date.
    let year =
        c == '年' && value::placeholder(text, end).is_ok_and(|m| m.width <= 2 && char_at(text, m.end) == Some('月'));
    if !(month || day || year) {
        return Continue(());
    }
    let kind = if year { QuantityKind::Year } else { QuantityKind::Date };
    let mut q = new_quantity(f.at.pos, end, (f.at.pos, n.end), kind);
    q.placeholder = true;
    emit(q)
}

/// `placeholder_year_cn`: placeholders after Chinese digits and before `年` fill in the rest
/// of a year written in Chinese numerals (`二〇xx年`, a template's date, as `20xx年` is): a year,
/// never a count of years.
///
/// ```text
/// year := CN_DIGIT+ PLACEHOLDER+ '年'
/// ```
///
/// case: 二〇xx年工作计划 => 二〇xx年 year
/// case: 二〇XX年X月X日 => 二〇XX年 year
pub(super) fn placeholder_year_cn(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let text = cx.text;
    if !f.at.first_reading() || !f.at.prev.is_some_and(value::is_cn_digit) {
        return Continue(());
    }
    let Ok(p) = value::placeholder(text, f.at.pos) else { return Continue(()) };
    let before = text.get(..f.at.pos).unwrap_or("");
    // At most three digits before the placeholders (`二〇xx`); four read tell a longer run.
    let (run, digits) = before
        .chars()
        .rev()
        .take(4)
        .take_while(|&c| value::is_cn_digit(c))
        .fold((0, 0), |(n, bytes), c| (n + 1, bytes + c.len_utf8()));
    if char_at(text, p.end) != Some('年') || run > 3 {
        return Continue(());
    }
    let start = f.at.pos - digits;
    let end = p.end + '年'.len_utf8();
    let mut q = new_quantity(start, end, (start, p.end), QuantityKind::Year);
    q.placeholder = true;
    emit(q)
}

/// `latin_o_year`: four Chinese digits, one or more of them the Latin letter O for 〇
/// ([`crate::lexicon::numerals::ZERO_LOOKALIKES`]), before `年`: a year (a date with a month after
/// it), as `二〇二四年` is; read by the rule `year`. Never a count of years.
///
/// case: 二O二四年三月一日 => 二O二四年三月一日 date
/// case: 力争于二o二五年底前完成 => 二o二五年底 year
/// case: 二O二O年 => 二O二O年 year
/// case: 本通知自二ｏ二〇年五月一日起施行 => 二ｏ二〇年五月一日 date
pub(super) fn latin_o_year(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let (text, i) = (cx.text, f.at.pos);
    let (mut number, mut end, mut digits, mut latin) = (0u32, i, 0, false);
    for c in text.get(i..).unwrap_or("").chars().take(4) {
        let zero = ZERO_LOOKALIKES.contains(&c);
        let Some(d) = (if zero { Some(0) } else { crate::numeral::cn_digit(c) }) else { break };
        latin |= zero;
        number = number * 10 + d;
        end += c.len_utf8();
        digits += 1;
    }
    if !latin || digits != 4 || !value::has_at(text, end, "年") {
        return Continue(());
    }
    f.number = Number {
        start: i,
        digits_end: end,
        end,
        raw: Some(f64::from(number)),
        form: Form::Chinese,
        width: 4,
        integer: true,
        positional: true,
        ..f.number
    };
    f.set_unit(
        crate::quantity::unit::nian().map(|u| crate::quantity::unit::UnitMatch::plain(u, end + '年'.len_utf8())),
    );
    year(f, cx)
}

/// `cohort`: a four-digit year before a cohort's unit ([`COHORT_UNITS`]: `2024 级`) names the
/// students who entered that year, a year, never a count of grades.
///
/// ```text
/// year := YEAR4 '级'
/// ```
///
/// case: 针对硕士研究生（2024 级除外），学院实施综合测评 => 2024 级 year
/// case: 导入学业奖学金名单（含2024级新生） => 2024级 year
/// case: 震级达到8级以上 => 达到8级以上 quantity 8 级 ge
///
/// Before a noun that `级` counts ([`STEP_NOUNS`]: the steps of a stair) the number is a count.
///
/// case: 景区共有1999级台阶，游客可沿步道登顶 => 1999级 quantity 1999 级 eq
pub(super) fn cohort(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let unit = f.unit_name().filter(|u| COHORT_UNITS.contains(u));
    if unit.is_none() || f.upper.is_some() || !is_year4(&f.number) {
        return Continue(());
    }
    let end = f.unit.map_or(f.number.end, |m| m.end);
    if cx.text.get(end..).is_some_and(|rest| STEP_NOUNS.iter().any(|n| rest.starts_with(n))) {
        return Continue(());
    }
    let mut q = new_quantity(f.at.pos, end, (f.at.pos, f.number.digits_end), QuantityKind::Year);
    q.value = f.number.raw;
    emit(q)
}

/// `year`: a four-digit number (or four placeholders, or 二〇二四) before `年` (or `学年`, a
/// school year) is a year,
/// with 度/底/初/末 ([`kind::year_tail`]); a month after it makes a date; two of them a year
/// range (`2017—2020年`, `2015年-2020年`). Any other number before `年` that is a year or a
/// run of digits (`二〇二四` alone) is no figure.
///
/// ```text
/// year       := YEAR4 '年' ('度' | '底' | '初' | '末')?
/// date       := YEAR4 '年' MONTH '月' …
/// year_range := YEAR4 SEP YEAR4 '年' | YEAR4 '年' SEP YEAR4 '年'
/// ```
///
/// case: 资本充足率从2007年底的8.4%提升到 => 2007年底 year
/// case: 在1980-1981年住宅通用设计采暖节能 => 1980-1981年 year_range
/// case: 本办法自2024-2025 学年起开始施行 => 2024-2025 学年 year_range
/// case: 适用于2023学年入学的本科生 => 2023学年 year
/// case: 截至02年8月底 => 02年 none
/// case: 力争24年底前全部完成整改 => 24年 none
/// case: 自24年3月起施行 => 24年 none
/// case: 服务期限为2年 => 2年 quantity 2 年 eq
///
/// After a calendar era or a reign title (`公元前`, `公元`, `民国`, `康熙`:
/// [`crate::lexicon::kinds::ERA_WORDS`]) a number of any width before `年` is a year.
///
/// case: 公元前221年，秦统一六国 => 221年 year
/// case: 公元八年 => 八年 year
/// case: 该房屋系民国三十七年所建 => 三十七年 year
/// case: 康熙二十年9月 => 二十年9月 date
/// case: 人民国防教育三年行动 => 三年 quantity 3 年 eq
pub(super) fn year(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    if !matches!(f.unit_name(), Some("年" | "学年")) {
        return Continue(());
    }
    let (n, upper) = (&f.number, f.upper.as_ref());
    let era = || cx.text.get(..f.start).is_some_and(|t| ERA_WORDS.iter().any(|w| t.ends_with(w)));
    let year_a = is_year4(n) || (upper.is_none() && n.integer && !n.approx && era());
    if !(year_a && upper.is_none_or(is_year4)) {
        // `02年8月`, `05年以来`: two digits with a leading zero are a year, never years; so
        // are two digits before a year's tail or a month (`24年底前`, `24年3月`). Its century
        // is not written: no figure, rather than a guessed year.
        let zero = cx.text.as_bytes().get(n.start) == Some(&b'0');
        let two = n.form == Form::Arabic && n.integer && n.width == 2 && upper.is_none();
        let dated = || kind::year_tail(cx.text, f.end()) > f.end() || year_or_date(f, cx).1 == QuantityKind::Date;
        let short_year = two && (zero || dated());
        return if year_a || n.positional || short_year { super::skip(f.end()) } else { Continue(()) };
    }
    let (end, kind) = year_or_date(f, cx);
    let mut q = new_quantity(f.at.pos, end, (f.at.pos, upper.map_or(n.digits_end, |b| b.digits_end)), kind);
    q.value = n.raw;
    q.value_max = upper.and_then(|b| b.raw);
    q.placeholder = n.form == Form::Placeholder;
    // 2015年-2020年.
    if f.at.first_reading() && kind == QuantityKind::Year {
        if let Some(Step::Emit(b)) = range_sep(cx.text, end).map(|s| cx.figure_at(s, Reading::Second)) {
            if b.kind == QuantityKind::Year {
                q.span.end = b.span.end;
                q.value_max = b.value;
                q.kind = QuantityKind::YearRange;
            }
        }
    }
    emit(q)
}

/// The end and kind of the year (or year range) `f`: `2024年`, `2024年3月15日`, `20xx年xx月`.
fn year_or_date(f: &Figure, cx: &Finder<'_, '_, '_>) -> (usize, QuantityKind) {
    let text = cx.text;
    let end = kind::year_tail(text, f.end());
    if f.upper.is_some() {
        return (end, QuantityKind::YearRange);
    }
    if let Ok(m) = super::bare_number(text, value::after_gaps(text, end)) {
        if let Some(yue) = month_sign(cx, m.end).filter(|_| m.integer && m.form != Form::Placeholder) {
            return (kind::month_tail(text, yue + '月'.len_utf8()), QuantityKind::Date);
        }
    } else if text.get(end..).is_some_and(|s| s.starts_with("xx月") || s.starts_with("XX月")) {
        return (kind::month_tail(text, end + 5), QuantityKind::Date);
    }
    (end, QuantityKind::Year)
}
