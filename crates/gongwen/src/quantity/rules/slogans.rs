//! The rules of numbered slogans, formulas, and the figures that quotation marks or a book
//! title make no quantity.

use super::{Figure, Verdict, emit, identifier_end, is_digit, new_quantity};
use crate::lexicon::comparators::RANK_PREFIX;
use crate::lexicon::figures::{DIMENSION_MARK, is_operator};
use crate::lexicon::kinds::{NUMBERED_SLOGANS, SLOGAN_WORD_NOUNS};
use crate::model::{Quantity, QuantityKind};
use crate::quantity::unit::Family;
use crate::quantity::value::{self, Form, char_at, char_before};
use crate::quantity::{Finder, kind};
use std::ops::ControlFlow::Continue;

/// `formula`: Arabic numbers joined by `+` (`“2+1”学分制`, `5+2`) are a slogan or a formula.
///
/// ```text
/// formula := D+ ('+' (D | x | X) …)+
/// ```
///
/// case: 关于美育 教育“2+1”学分制管理要求进行 => 2+1 slogan
/// case: 启动1+X证书制度试点工作 => 1+X slogan
pub(super) fn formula(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let (text, at, n) = (cx.text, &f.at, &f.number);
    let plus = f.next == Some('+') && char_at(text, n.end + 1).is_some_and(|c| is_digit(c) || matches!(c, 'x' | 'X'));
    if !plus {
        return Continue(());
    }
    let end = identifier_end(text, at.pos);
    let mut q = new_quantity(at.pos, end, (at.pos, end), QuantityKind::Slogan);
    q.value = n.raw;
    emit(q)
}

/// `arithmetic`: a figure with an operator of a formula right before or after it
/// ([`crate::lexicon::figures::OPERATORS`]: `×`, `÷`, `=`, white space and a line break
/// between allowed) is a term of a formula, no quantity (docs/annotation.md: `…/总数×100%`).
///
/// ```text
/// term := OPERATOR SPACE* figure | figure SPACE* OPERATOR
/// ```
///
/// case: 个人得分=相应级别评分×120%÷人数 => 120% slogan
/// case: 学业水平分=学业水平成绩×60% => 60% slogan
/// case: 月计薪天数＝（365天-104天）÷12月＝21.75天 => 365天-104天 slogan
/// case: 汽车号牌规格为480毫米×140毫米 => 480毫米 quantity 480 毫米 eq
/// case: 汽车号牌规格为４８０毫米×１４０毫米 => ４８０毫米 quantity 480 毫米 eq
/// case: 摩托车号牌规格为220毫米×140毫米。 => 140毫米 quantity 140 毫米 eq
/// case: 已于××××年××月××日在国家企业信用信息公示系统公示 => ××××年 year
pub(super) fn arithmetic(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let text = cx.text;
    // Most figures have neither white space nor an operator beside them: two characters tell.
    let quiet = |c: Option<char>| !c.is_some_and(|c| c.is_whitespace() || is_operator(c));
    if quiet(char_before(text, f.start)) && quiet(char_at(text, f.end())) {
        return Continue(());
    }
    let before = text.get(..f.start).unwrap_or("").trim_end_matches(char::is_whitespace);
    let after = text.get(f.end()..).unwrap_or("").trim_start_matches(char::is_whitespace);
    // ××××年××月: the `×` after a year is the month of a template's date, no operator.
    let date_part = after.trim_start_matches(value::is_placeholder_char);
    let marks = after.get(..after.len() - date_part.len()).map_or(0, |m| m.chars().count());
    let template_date = (1..=2).contains(&marks) && date_part.starts_with(['月', '日', '号']);
    let term = before.ends_with(is_operator) || (after.starts_with(is_operator) && !template_date);
    if !term || dimension(f, before, after) {
        return Continue(());
    }
    let mut q = new_quantity(f.start, f.end(), (f.at.pos, f.lead().end), QuantityKind::Slogan);
    q.value = f.number.value();
    emit(q)
}

/// True when the figure `f`, a measure, and a number with the same unit are joined by `×`
/// ([`crate::lexicon::figures::DIMENSION_MARK`]): the sides of a size (`480毫米×140毫米`), each
/// a quantity, not the terms of a formula. `before` and `after` are the text around it.
fn dimension(f: &Figure, before: &str, after: &str) -> bool {
    let Some(unit) = f.unit_match().filter(|m| m.unit.family == Family::Measure).map(|m| m.unit.text) else {
        return false;
    };
    let next_side = after.strip_prefix(DIMENSION_MARK).is_some_and(|r| {
        let digits = r.find(|c: char| !(is_digit(c) || c == '.' || c == '．')).unwrap_or(r.len());
        digits > 0 && r.get(digits..).is_some_and(|u| u.starts_with(unit))
    });
    next_side || before.strip_suffix(DIMENSION_MARK).is_some_and(|b| b.ends_with(unit))
}

/// `five_year_plan`: `十` a digit `五` alone is a five-year plan (`“十四五”规划`), a slogan.
///
/// ```text
/// plan := '十' CN_DIGIT '五'     (no numeral after it; `十零五` is 15)
/// ```
///
/// case: 今年要编制好“十四五”规划 => 十四五 slogan
/// case: 做好“十三五”规划纲要编制工作 => 十三五 slogan
pub(super) fn five_year_plan(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let at = &f.at;
    if at.first != '十' {
        return Continue(());
    }
    let mut cs = cx.text.get(at.pos..).unwrap_or("").chars().skip(1);
    let plan = matches!(
        (cs.next(), cs.next(), cs.next()),
        (Some(d), Some('五'), after) if nonzero_digit(d) && !after.is_some_and(value::is_cn_numeral)
    );
    if plan { emit(new_quantity(at.pos, at.pos + 9, (at.pos, at.pos + 9), QuantityKind::Slogan)) } else { Continue(()) }
}

/// A Chinese digit other than zero.
fn nonzero_digit(c: char) -> bool {
    crate::numeral::cn_digit(c).is_some_and(|d| d != 0)
}

/// `numbered_slogan`: a Chinese numeral, a classifier and a slogan word
/// ([`crate::lexicon::kinds::NUMBERED_SLOGANS`]) name a slogan or a rule set.
///
/// ```text
/// slogan := CN ('个' SLOGAN_WORD | '项' RULE_WORD)      四个意识, 八项规定
/// ```
///
/// case: 要牢固树立“四个意识” => 四个意识 slogan
/// case: 做到责任、措施、资金、时间、预案五个到位。 => 五个到位 slogan
/// case: 全面贯彻中央八项规定精神 => 八项规定 slogan
/// case: 为两个文明建设作贡献 => 两个文明 slogan
///
/// A noun that opens with a slogan word ([`crate::lexicon::kinds::SLOGAN_WORD_NOUNS`]) is what
/// the numeral counts.
///
/// case: 一个代表团或者三十名以上的代表联名 => 一个代表 none
/// case: 各派出三个代表团参加交流 => 三个 quantity 3 个 eq
/// case: 坚持以“三个代表”重要思想为指导 => 三个代表 slogan
///
/// After `前` the numeral counts the items just before (rule `preceding_articles`): `前两项规定`
/// refers to them, no rule set.
///
/// case: （三）前两项规定的人死亡的 => 两项规定 none
/// case: 全面贯彻中央八项规定精神，坚决反对四风 => 八项规定 slogan
pub(super) fn numbered_slogan(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    if f.number.form != Form::Chinese || value::words_before(cx.text, f.start).ends_with(RANK_PREFIX) {
        return Continue(());
    }
    let rest = f.rest(cx.text);
    for (classifier, words) in NUMBERED_SLOGANS {
        if let Some(after) = rest.strip_prefix(classifier) {
            if SLOGAN_WORD_NOUNS.iter().any(|n| value::wrapped_len(after, n).is_some()) {
                return Continue(());
            }
            if let Some(len) = words.iter().find_map(|w| value::wrapped_len(after, w)) {
                let end = f.number.end + classifier.len() + len;
                return emit(new_quantity(f.at.pos, end, (f.at.pos, f.number.end), QuantityKind::Slogan));
            }
        }
    }
    Continue(())
}

/// `quoted_or_titled`: a figure inside a short quotation (“…”, at most 14 characters) is a
/// slogan; inside a book title 《…》, part of a name. A measurement quoted alone, a value
/// and its unit and nothing else between the marks, stays a quantity (`由“60周岁”调整为
/// “63周岁”`, issue 19: a quoted change of a rule).
///
/// case: 推动实施“学前教育三年行动计划”，提高幼儿入园率 => 三年 slogan
/// case: 关于印发《学前教育三年行动计划》的通知 => 三年 name
/// case: 将退休年龄由“60周岁”调整为“63周岁” => 63周岁 quantity 63 周岁 eq
/// case: 大气、水、土壤污染防治三个“十条”并取得扎实成效 => 十条 slogan
/// case: 完善在甬高校“四个\n融合”党建体系 => 四个 slogan
/// case: 严格落实《\n3-6岁儿童学习与发展指南》 => 3-6岁 name
pub(super) fn quoted_or_titled(f: &Figure, cx: &Finder<'_, '_, '_>, q: &mut Quantity) {
    let (start, end) = (q.span.start as usize, q.span.end as usize);
    if quoted_measurement(f, cx.text, q) {
        return;
    }
    if kind::in_short_quote(cx.text, start, end) {
        q.kind = QuantityKind::Slogan;
    } else if kind::in_title(cx.text, start, end, &cx.title_marks) {
        q.kind = QuantityKind::Name;
    }
}

/// True when the figure `q` of `f`, a value with a unit that measures (no count: `三个“十条”`
/// names rule sets), is all that stands between a pair of quotation marks (`“60周岁”`).
fn quoted_measurement(f: &Figure, text: &str, q: &Quantity) -> bool {
    let (start, end) = (q.span.start as usize, q.span.end as usize);
    // The closing mark first: one byte test rules out almost every figure.
    let pair = match text.as_bytes().get(end) {
        Some(0xE2 | 0xE3) => {
            matches!((char_before(text, start), char_at(text, end)), (Some('“'), Some('”')) | (Some('「'), Some('」')))
        }
        _ => false,
    };
    let measures = f.unit_match().is_some_and(|m| m.unit.family != Family::Count);
    pair && measures && q.value.is_some()
}
