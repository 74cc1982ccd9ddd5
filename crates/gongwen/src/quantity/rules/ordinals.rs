//! The rules of ordinals, article references, anniversaries and document numbers.

use super::{Figure, Number, Verdict, emit, is_digit, new_quantity, skip};
use crate::lexicon::comparators::RANK_PREFIX;
use crate::lexicon::figures::{COUNTED_LIST, LISTED_ITEM_UNITS, is_item_list_link, is_shared_ordinal_link};
use crate::lexicon::kinds::{FOUNDINGS, PRECEDING_TAILS, RANKING_WORDS, is_article_unit, is_ordinal_mark};
use crate::lexicon::punct::SENTENCE_ENDS;
use crate::model::QuantityKind;
use crate::quantity::value::{self, Form};
use crate::quantity::{Finder, kind, range_sep, shared_ordinal_gap};
use std::ops::ControlFlow::Continue;

/// An ordinal or article reference over `[start, end)` whose number is `f.number`.
fn reference(f: &Figure, start: usize, text: &str) -> crate::model::Quantity {
    let n = &f.number;
    let (end, article) = kind::ordinal_tail(text, n.digits_end);
    let kind = if article { QuantityKind::Article } else { QuantityKind::Ordinal };
    let mut q = new_quantity(start, end, (f.at.pos, n.digits_end), kind);
    q.value = n.raw;
    q
}

/// `shared_ordinal`: a number right after an ordinal or article reference and one of
/// [`crate::lexicon::figures::SHARED_ORDINAL_LINKS`] (the line may wrap after the link:
/// [`crate::quantity::shared_ordinal_gap`]) shares its `第`.
///
/// ```text
/// shared := (ordinal | article) ('、'|'至'|'和'|'或') LINE_BREAK? number CLASSIFIER?
/// ```
///
/// case: 存在前款第三、四项所列情形已完成整 => 四项 article
/// case: （六）违反第二十七条第一、二款、 => 二款 article
/// case: 前三次综合评价分别于第二、\n三、四学年初进行 => 三 ordinal
/// case: 前三次综合评价分别于第二、  \n    三、四学年初进行 => 三 ordinal
/// case: 前三次综合评价分别于第二、\n- 1 -\n三、四学年初进行 => 三 ordinal
/// case: 产量位居第一、2024年64家制造业企业入选 => 2024年 year
/// case: 依照本条第1、2款的规定 => 2款 article
/// case: 依照本条第 1、2 款的规定 => 2 ordinal
///
/// The shared number is written in the script of the reference's (`第二、三`, `第1、2项`): an
/// Arabic year after a Chinese ordinal starts a new clause (`位居第一、2024年64家制造业企业入选世界
/// 500强`, 人民日报 on the 十四五 industry figures, Huace `document_4`), no ordinal 2024.
pub(super) fn shared_ordinal(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let i = f.at.pos;
    // After the link, its line break, or the indent of the wrapped line.
    if !f.at.prev.is_some_and(|p| is_shared_ordinal_link(p) || p == '\n' || crate::quantity::unit::is_gap(p)) {
        return Continue(());
    }
    let after_reference = cx.out.last().is_some_and(|q| {
        let from = q.span.end as usize;
        matches!(q.kind, QuantityKind::Article | QuantityKind::Ordinal)
            && same_script(cx.text, q, &f.number)
            && (cx.text.get(from..i).is_some_and(shared_ordinal_gap)
                || shared_ordinal_gap(&cx.without_noise_lines(from, i)))
    });
    if after_reference { emit(reference(f, i, cx.text)) } else { Continue(()) }
}

/// True when `n` is written in the script (Arabic or Chinese digits) of the number of the
/// reference `q`, read by `shared_ordinal`.
fn same_script(text: &str, q: &crate::model::Quantity, n: &Number) -> bool {
    let span = text.get(q.span.start as usize..q.span.end as usize).unwrap_or_default();
    let arabic = span.chars().find(|&c| !matches!(c, '第' | '笫') && !c.is_whitespace()).is_some_and(is_digit);
    arabic == (n.form == Form::Arabic)
}

/// `listed_items`: a number after a list mark and another number, before a unit of items or
/// classes ([`crate::lexicon::figures::LISTED_ITEM_UNITS`]), ends a list of item numbers: each
/// names an item (`符合1、2项条件` is items 1 and 2, not two items), so none is a count; the
/// numbers before it, left without a unit, are none either. After `分别` the list counts
/// (`分别扣1、2项`: [`COUNTED_LIST`]).
///
/// ```text
/// items := number (('、'|',') number)+ ITEM_UNIT     1、2项, 一、二、三项, 1,2,3项
/// ```
///
/// case: 符合1、2项条件的 => 2项 none
/// case: 除一、二、三项范围外，开封市 => 三项 none
/// case: 其建设控制地带分为一、二、三、四、五类 => 五类 none
/// case: 有第1,2,3项所列情形的 => 3项 none
/// case: 分别完成1、2项 => 2项 quantity 2 项 eq
pub(super) fn listed_items(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let Some(m) = f.unit_match() else { return Continue(()) };
    if f.upper.is_some() || !LISTED_ITEM_UNITS.contains(&m.unit.text) {
        return Continue(());
    }
    let Some(link) = f.at.prev.filter(|&c| is_item_list_link(c)) else { return Continue(()) };
    let before = f.at.pos - link.len_utf8();
    let listed = value::char_before(cx.text, before).is_some_and(|c| is_digit(c) || value::is_cn_numeral(c));
    if listed && !counted_list(cx.text, before) { skip(f.end()) } else { Continue(()) }
}

/// True when [`COUNTED_LIST`] stands before the list of numbers that ends at byte `end` (at
/// most 16 numerals and marks back, and two characters between).
fn counted_list(text: &str, end: usize) -> bool {
    let before = text.get(..end).unwrap_or("");
    let list: usize = before
        .chars()
        .rev()
        .take(16)
        .take_while(|&c| is_digit(c) || value::is_cn_numeral(c) || is_item_list_link(c))
        .map(char::len_utf8)
        .sum();
    let head = before.get(..before.len() - list).unwrap_or("");
    let from = head.char_indices().rev().nth(COUNTED_LIST.chars().count() + 1).map_or(0, |(k, _)| k);
    head.get(from..).is_some_and(|w| w.contains(COUNTED_LIST))
}

/// `ordinal`: `第` (with at most one space) before the number: an ordinal, or an article
/// reference when a statute's unit follows ([`crate::lexicon::kinds::ARTICLE_UNITS`]).
///
/// ```text
/// ordinal := '第' number ORDINAL_CLASSIFIER?       第九届, 第22个, 第一
/// article := '第' number ARTICLE_UNIT              第十条, 第二款
/// ```
///
/// case: 在第十一届全国人民代表大会第一次会议上 => 第十一届 ordinal
/// case: 违反本条例第九条第二款规定 => 第二款 article
/// case: 依照本法笫三条的规定执行 => 笫三条 article
/// case: 违反本条例第\n十八条规定的 => 第\n十八条 article
///
/// A page break of a printed copy (the page's number and running head, noise lines) may stand
/// between `第` and its number (`…本规则第⏎- 7 -⏎××市人民政府公报⏎二十四条`): see the conformance
/// case `an_article_across_a_page_break`.
///
/// A range separator and a second number (with or without its own `第`) after the first make
/// one ordinal range, from the first to the second: `第1—3名` is ranks 1 to 3, never a count
/// of three 名, and `第一至三项` one article reference to items 1 to 3.
///
/// ```text
/// ordinal := '第' number SEP '第'? number (ORDINAL_CLASSIFIER | ARTICLE_UNIT)?
/// ```
///
/// case: 在比赛中进入第1—3名的选手 => 第1—3名 ordinal
/// case: 对获得第一至三名的队伍给予奖励 => 第一至三名 ordinal
/// case: 有本条第一款第一至四项规定情形的 => 第一至四项 article
/// case: 准适用本解释第一至第三条的规定 => 第一至第三条 article
/// case: 排名第1-5位的单位 => 第1-5位 ordinal
pub(super) fn ordinal(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let di = kind::di_before(cx.text, f.at.pos).or_else(|| after_page_break(cx, f.at.pos));
    let Some(start) = di else { return Continue(()) };
    if let Some(q) = ordinal_range(f, start, cx.text) {
        return emit(q);
    }
    let mut q = reference(f, start, cx.text);
    q.placeholder = f.number.form == Form::Placeholder;
    emit(q)
}

/// The `第` before a page break of a printed copy that the number at byte `i` goes on from
/// after the page's number and running head ([`Finder::before_noise_lines`]).
fn after_page_break(cx: &Finder<'_, '_, '_>, i: usize) -> Option<usize> {
    let at = cx.before_noise_lines(i);
    if at == i { None } else { kind::di_before(cx.text, at) }
}

/// The ordinal range `第a SEP 第? b` whose first number is `f.number` and whose `第` starts at
/// `start`, when `b` is written as `a` is (digits or Chinese numerals), plainly, and above it.
fn ordinal_range(f: &Figure, start: usize, text: &str) -> Option<crate::model::Quantity> {
    let n = &f.number;
    let plain = |m: &Number| m.integer && m.mult.is_none() && !m.approx && m.upper.is_none() && m.end == m.digits_end;
    if !plain(n) || !matches!(n.form, Form::Arabic | Form::Chinese) {
        return None;
    }
    let s = range_sep(text, n.end)?;
    let s = value::char_at(text, s).filter(|&c| is_ordinal_mark(c)).map_or(s, |c| s + c.len_utf8());
    let c = value::char_at(text, s)?;
    let same_form = match n.form {
        Form::Arabic => is_digit(c),
        _ => value::is_cn_digit(c) || value::is_cn_unit(c),
    };
    if !same_form {
        return None;
    }
    let b = if n.form == Form::Arabic { value::arabic(text, s) } else { value::chinese(text, s) }.ok()?;
    let above = matches!((n.raw, b.raw), (Some(lo), Some(hi)) if hi > lo);
    if !(plain(&b) && b.form == n.form && above) {
        return None;
    }
    let (end, article) = kind::ordinal_tail(text, b.digits_end);
    let kind = if article { QuantityKind::Article } else { QuantityKind::Ordinal };
    let mut q = new_quantity(start, end, (f.at.pos, b.digits_end), kind);
    q.value = n.raw;
    q.value_max = b.raw;
    Some(q)
}

/// `anniversary`: a number before `周年`, or before `年` right after a founding
/// ([`crate::lexicon::kinds::FOUNDINGS`]: `建军一百年`).
///
/// case: 今年是改革开放30周年 => 30周年 ordinal
/// case: 和平共处五项原则提出六十周年 => 六十周年 ordinal
/// case: 确保二〇二七年实现建军一百年奋斗目标 => 一百年 ordinal
/// case: 用一百年时间建成 => 一百年 quantity 100 年 eq
pub(super) fn anniversary(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let n = &f.number;
    let rest = f.rest(cx.text);
    let tail = if rest.starts_with("周年") {
        "周年"
    } else if rest.starts_with('年') && FOUNDINGS.iter().any(|w| value::has_before(cx.text, f.at.pos, w)) {
        "年"
    } else {
        return Continue(());
    };
    let mut q = new_quantity(f.at.pos, n.end + tail.len(), (f.at.pos, n.end), QuantityKind::Ordinal);
    q.value = n.value();
    emit(q)
}

/// `doc_number`: a four-digit year in brackets followed by digits and `号`
/// ([`crate::lexicon::kinds::DOC_NUMBER_OPEN`]): a document number.
///
/// ```text
/// doc_number := [〔［[【(（] YEAR4 [〕］]】)）] '第'? D+ GAP* LINE_BREAK? GAP* '号'
/// ```
///
/// case: 11月30日市人民政府京政发〔1985〕167号文件发布 => 〔1985〕167号 doc_number
/// case: 10月29日市人民政府京政发〔1986〕148号文件发布 => 〔1986〕148号 doc_number
/// case: 依据浙政办发〔2024〕第12号文件 => 〔2024〕第12号 doc_number
/// case: 按照（教助中心〔2024〕16 号）要求 => 〔2024〕16 号 doc_number
/// case: 办法》(上财学[2010]2\n号)的文件要求 => [2010]2\n号 doc_number
/// case: 印发〔2024〕16 份材料 => 16 份 quantity 16 份 eq
pub(super) fn doc_number(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let (at, n) = (&f.at, &f.number);
    if !(n.integer && n.width == 4) {
        return Continue(());
    }
    let Some((start, end)) = kind::doc_number(cx.text, at.pos, n.end) else { return Continue(()) };
    let mut q = new_quantity(start, end, (at.pos, n.end), QuantityKind::DocNumber);
    q.value = n.raw;
    emit(q)
}

/// `preceding_articles`: `前` before a count of articles, paragraphs or items and a word of
/// [`PRECEDING_TAILS`] (规定, 所列 …) refers to the ones just before, no count; so does one
/// whose sentence holds no word of a ranking before it ([`RANKING_WORDS`]: `按…排序，对前三项污染物
/// 征收` is the first three of a ranking, the rule `rank`).
///
/// case: 依照前两条规定另行委托辩护人 => 两条 none
/// case: 实施前六项所列行为之一的 => 六项 none
/// case: 驾驶机动车一次连续变换两条车道 => 两条 quantity 2 条 eq
/// case: 未经档案馆、档案保存单位同意或者前两项\n所列主管机关的授权或者批准 => 两项 none
/// case: 也应当依照前两项的规定执行 => 两项 none
/// case: 国家档案馆保管的前三项以外的其他档案 => 三项 none
/// case: 不具有前四项规定的条件 => 四项 none
/// case: 有前两项行为之一的，依法处理 => 两项 none
/// case: 除前三项外，其他情形由县级人民政府确定 => 三项 none
/// case: 符合前两项条件的，予以登记 => 两项 none
/// case: 按照污染当量数从大到小排序，对第一类水污染物按照前五项征收环境保护税 => 前五项 quantity 5 项 le
/// case: 目前三项改革均已完成 => 三项 quantity 3 项 eq
pub(super) fn preceding_articles(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let Some(m) = f.unit_match() else { return Continue(()) };
    let mut unit = m.unit.text.chars();
    let article = unit.next().is_some_and(is_article_unit) && unit.next().is_none();
    // Across a hard wrap either side (`…或者前两项⏎所列主管机关的授权`, a bench regulation
    // wrapped as a PDF copy is).
    if !article || !value::words_before(cx.text, f.start).ends_with(RANK_PREFIX) {
        return Continue(());
    }
    let rest = cx.text.get(m.end..).unwrap_or("");
    let tail = PRECEDING_TAILS.iter().any(|t| value::starts_with_wrapped(rest, t));
    let unranked = || super::comparators::ranks_before(cx.text, f.start) && !ranked_in_sentence(cx.text, f.start);
    if tail || unranked() { skip(m.end) } else { Continue(()) }
}

/// How far back a word of [`RANKING_WORDS`] is looked for: 100 ideographs of one sentence.
const MAX_RANKING_LOOKBACK: usize = 300;

/// True when a word of [`RANKING_WORDS`] stands in the sentence that byte `i` is in, before it
/// and at most [`MAX_RANKING_LOOKBACK`] bytes back (`按照污染当量数从大到小排序，对…前五项`).
fn ranked_in_sentence(text: &str, i: usize) -> bool {
    let from = crate::text::ceil_char_boundary(text, i.saturating_sub(MAX_RANKING_LOOKBACK));
    let head = text.get(from..i).unwrap_or("");
    let sentence = head.rfind(SENTENCE_ENDS).and_then(|j| head.get(j..)).unwrap_or(head);
    RANKING_WORDS.iter().any(|w| sentence.contains(w))
}

/// `decimal_section`: a decimal number before a unit of a document's parts (`节`, `条`, `章` …:
/// [`crate::lexicon::kinds::ARTICLE_UNITS`]) numbers a section (`2.3节`, a decimal section
/// number), never counts 2.3 of them: no figure.
///
/// case: 具体要求详见本标准2.3节 => 2.3节 none
/// case: 每周安排3节体育课 => 3节 quantity 3 节 eq
///
/// A multiplier after the decimal (`2.9万条`) makes it a count: no section number carries `万`.
///
/// case: 现场检查企业7.9万余家，收到执法评议2.9万余条 => 2.9万余条 quantity 29000 条 approx
/// case: 全年发布预警信息1.2万条 => 1.2万条 quantity 12000 条 eq
pub(super) fn decimal_section(f: &mut Figure, _cx: &Finder<'_, '_, '_>) -> Verdict {
    let Some(m) = f.unit_match() else { return Continue(()) };
    let mut unit = m.unit.text.chars();
    let part = unit.next().is_some_and(is_article_unit) && unit.next().is_none();
    let n = &f.number;
    let decimal = n.form == Form::Arabic && !n.integer && n.mult.is_none() && f.upper.is_none();
    if part && decimal { skip(m.end) } else { Continue(()) }
}
