//! The rules of the unit: which unit follows the number, and the numbers that a unit (or
//! the lack of one) shows are no figure.

use super::{Figure, Verdict, is_bare_one, is_year4, skip};
use crate::quantity::Finder;
use crate::quantity::unit::{self, ARABIC_ONLY, CHINESE_ONLY, Family, NOT_AFTER_ONE, UnitMatch};
use crate::quantity::value::{self, Form, char_at};
use std::ops::ControlFlow::Continue;

/// `unit`: the longest unit of [`crate::lexicon::units::UNITS`] after the number (or after
/// the upper end of a range), unless a blocker word follows it or the row is only for the
/// other form of numeral; `年` after a four-digit year even before a blocker (`2020年初步`).
///
/// ```text
/// unit := SPACE{0,2} UNIT        (longest match; not followed by a BLOCKER word)
/// ```
///
/// case: 关停小火电2157万千瓦、小煤矿1.12万处 => 2157万千瓦 quantity 21570000 千瓦 eq
/// case: 建立黑名单制度，让失信 => 名 none
pub(super) fn unit(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let lead = f.lead();
    let from = lead.end;
    let other_form = if lead.form == Form::Chinese { ARABIC_ONLY } else { CHINESE_ONLY };
    let mut found = unit::unit_at(cx.text, from).filter(|m| !m.unit.has(other_form));
    if found.is_none() && is_year4(lead) && cx.text.get(from..).is_some_and(|r| r.starts_with('年')) {
        found = unit::nian().map(|unit| UnitMatch { unit, end: from + '年'.len_utf8() });
    }
    f.set_unit(found);
    Continue(())
}

/// `misfit_after_chinese`: a Chinese numeral whose unit shows a word, not a count: a unit
/// that is no count after a bare 一 (`一批`, `新一轮`: `NOT_AFTER_ONE`), a numeral after the
/// unit (`一人一档`, `千家万户`), a bare 百/千 before a unit of time (`百年`).
///
/// case: 涌现出一批具有重大国际影响的 => 一批 none
/// case: 婴幼儿照护事关千家万户 => 千家 none
pub(super) fn misfit_after_chinese(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let n = &f.number;
    let Some(m) = f.unit.filter(|_| n.form == Form::Chinese && f.upper.is_none()) else { return Continue(()) };
    let after = char_at(cx.text, m.end);
    let big_bare = n.bare_unit && n.raw.is_some_and(|v| v >= 100.0);
    let year = is_year4(n) && m.unit.text == "年";
    let misfit = (is_bare_one(n) && m.unit.has(NOT_AFTER_ONE))
        || (!year && after.is_some_and(|a| value::is_cn_digit(a) || (big_bare && value::is_cn_unit(a))))
        || (big_bare && m.unit.family == Family::Time);
    if misfit { skip(m.end) } else { Continue(()) }
}

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

/// `unitless`: a number with no unit is no figure (a fraction or an Arabic number with
/// 万/亿 stands alone: `1/3`, `3.5万`).
///
/// case: 容积率不得低于1.0、不得高于1.5， => 1.5 none
/// case: 本届政府减少1/3行政审批事项 => 1/3 quantity 0.333333333333333 - eq
pub(super) fn unitless(f: &mut Figure, _cx: &Finder<'_, '_, '_>) -> Verdict {
    if f.lacks_unit() { skip(f.number.digits_end.max(f.at.pos + f.at.first.len_utf8())) } else { Continue(()) }
}
