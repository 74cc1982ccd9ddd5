//! Quantitative clauses: every figure that says how much or how many.
//!
//! A quantity is a number (Arabic, Chinese, full-width, or a template placeholder) with a
//! unit or a per-cent sign, its comparator (以上, 不少于, 超过, 以内, 低于, 约, 左右 …, with
//! the inclusivity of 民法典 第一千二百五十九条) and a [`QuantityKind`] that tells a target
//! from a year, a date, an ordinal, a document number or a numbered slogan.
//!
//! Pipeline and grammar (each step in its own module, each module opens with its grammar):
//!
//! ```text
//! candidates ASCII digits, x X *, CJK numerals, full-width digits     (candidates.rs)
//! number     arabic | chinese | fraction | placeholder, then 余/多 and 万/亿     (value.rs)
//! context    第N → ordinal/article; 〔YYYY〕N号 → doc_number; YYYY年 → year;
//!            M月D日 → date; 十X五, X个意识 → slogan                            (kind.rs)
//! range      number SEP number unit | figure SEP figure | A以上B以下              (here)
//! unit       the longest unit of the table, unless a blocker word follows       (unit.rs)
//! comparator adjacent prefix (in span) | distant prefix | suffix               (comparator.rs)
//! kind       inside “…” (short) → slogan; inside 《…》 → name                    (kind.rs)
//! clause     change (由A提高到B), modality (确保/力争/原则上), deadline (到2025年) (clause.rs)
//! ```
//!
//! Rules, not lists: a bare Chinese 一 is an indefinite article unless a comparator or a
//! post-positioned count (主任一人。) makes it a count; a placeholder is a figure only
//! directly before a measure word, 万/亿 or %; digits glued to letters, `/`, `:` or `+`
//! are identifiers, page counters, times or formulas. Figures never overlap the `skip`
//! spans (outline markers) nor noise other than a wrap space inside them.

use crate::model::{Comparator, Quantity, QuantityKind};
use crate::noise::NoiseMap;
use crate::scan::{Cursor, Positions};
use crate::text::Span;
use std::borrow::Cow;
use std::cell::Cell;

mod candidates;
mod clause;
mod comparator;
mod kind;
mod unit;
mod value;

pub(crate) use value::unreadable;

use value::{Form, Number, char_at, char_before};

/// Finds the figures of `text`, sorted by start, skipping noise and the `skip` spans
/// (outline markers); `figures` are the candidates the pass over the bytes marked.
///
/// Linear: candidates are read in order by [`candidates::next_candidate`] (which passes
/// over the skip spans itself), every grammar looks at a bounded window, and the reading
/// resumes after whatever was consumed.
pub(crate) fn find(text: &str, figures: Positions<'_>, noise: &NoiseMap<'_>, skip: &[Span]) -> Vec<Quantity> {
    let mut f = Finder {
        text,
        noise,
        skip,
        skip_hint: Cell::new(0),
        title_marks: kind::TitleMarks::default(),
        prev_end: 0,
        // Room for a figure every 256 bytes (a statute has one every 540, a work plan one
        // every 100 or so).
        out: Vec::with_capacity(text.len() / 256 + 8),
    };
    let bytes = text.as_bytes();
    let mut skips = candidates::Skips::new(skip);
    let mut figures = Cursor::new(figures);
    let mut pos = 0usize;
    while let Some(i) = candidates::next_candidate(bytes, &mut figures, pos, &mut skips) {
        // A candidate is an ASCII or a lead byte: a char boundary.
        let clen = bytes.get(i).map_or(1, |&b| value::utf8_len(b));
        if let Some(n) = noise.at(crate::text::to_u32(i)) {
            pos = (n.span.end as usize).max(i + clen);
            continue;
        }
        match f.figure_at(i, true) {
            Step::Emit(q) => {
                let end = q.span.end as usize;
                f.push(q);
                pos = end.max(i + clen);
            }
            Step::Skip(end) => pos = end.max(i + clen),
        }
    }
    clause::annotate(text, &mut f.out);
    f.out
}

enum Step {
    Emit(Quantity),
    Skip(usize),
}

struct Finder<'t, 'n, 's> {
    text: &'t str,
    noise: &'n NoiseMap<'n>,
    skip: &'s [Span],
    /// The last answer of [`Finder::first_skip_ending_after`].
    skip_hint: Cell<usize>,
    title_marks: kind::TitleMarks,
    prev_end: usize,
    out: Vec<Quantity>,
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// A range separator at `pos`: its end.
fn range_sep(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?;
    let c = rest.chars().next()?;
    match c {
        '—' if rest.starts_with("——") => Some(pos + "——".len()),
        '-' | '－' | '~' | '～' | '〜' | '—' | '–' | '―' | '‒' | '﹣' | '至' | '到' => {
            Some(pos + c.len_utf8())
        }
        _ => None,
    }
}

fn new_q(start: usize, end: usize, number: (usize, usize), kind: QuantityKind) -> Quantity {
    Quantity {
        span: Span::from_usize(start, end),
        number: Span::from_usize(number.0, number.1),
        value: None,
        value_max: None,
        unit: None,
        comparator: Comparator::Eq,
        placeholder: false,
        kind,
        node: None,
        change: None,
        modality: None,
        deadline: None,
    }
}

/// The end of a run of characters that are alphanumeric or join an identifier.
fn ident_end(text: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(text, i) {
        if c.is_ascii_alphanumeric() || is_digit(c) || matches!(c, '.' | '/' | ':' | '_' | '-' | '@' | '+' | '*') {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

fn is_year4(n: &Number) -> bool {
    match n.form {
        Form::Arabic => n.integer && !n.approx && n.width == 4 && n.raw.is_some_and(|v| (1000.0..3000.0).contains(&v)),
        Form::Placeholder => n.width == 4 && n.mult.is_none(),
        Form::Chinese => n.positional && n.width == 4,
        Form::Fraction => false,
    }
}

fn is_bare_one(n: &Number) -> bool {
    n.form == Form::Chinese && n.width == 1 && n.raw == Some(1.0)
}

impl Finder<'_, '_, '_> {
    fn push(&mut self, q: Quantity) {
        // 第三、四项: the earlier ordinal is an article reference too.
        if q.kind == QuantityKind::Article {
            let text = self.text;
            if let Some(last) = self.out.last_mut().filter(|l| l.kind == QuantityKind::Ordinal) {
                let gap = text.get(last.span.end as usize..q.span.start as usize).unwrap_or("x");
                if matches!(gap, "、" | "至" | "和" | "或") {
                    last.kind = QuantityKind::Article;
                }
            }
        }
        self.prev_end = q.span.end as usize;
        self.out.push(q);
    }

    /// True when the figure at byte `i` follows a date with only a range separator or a
    /// list word between (`1月7日至11日`, `12月18日、19日`): it continues that date.
    fn continues_date(&self, i: usize) -> bool {
        self.out.last().filter(|q| q.kind == QuantityKind::Date).is_some_and(|q| {
            let gap = self.text.get(q.span.end as usize..i).unwrap_or("x");
            range_sep(gap, 0).is_some_and(|e| e == gap.len()) || matches!(gap, "、" | "和" | "及" | "或")
        })
    }

    /// True when `span` may be reported: no skip span and no noise other than a wrap
    /// space inside it.
    fn clear(&self, span: Span) -> bool {
        let k = self.first_skip_ending_after(span.start);
        if self.skip.get(k).is_some_and(|s| s.start < span.end) {
            return false;
        }
        self.noise.within(span).all(|n| n.kind == crate::NoiseKind::WrapSpace && n.span.start > span.start)
    }

    /// The index of the first skip span that ends after `at`, as
    /// `skip.partition_point(|s| s.end <= at)`: the figures come in order, so the last
    /// answer is tried first and the search runs only when it is not the answer.
    fn first_skip_ending_after(&self, at: u32) -> usize {
        let k = self.skip_hint.get();
        let after = |j: usize| self.skip.get(j).is_none_or(|s| s.end > at);
        let answer = if k <= self.skip.len() && (k == 0 || !after(k - 1)) && after(k) {
            k
        } else {
            self.skip.partition_point(|s| s.end <= at)
        };
        self.skip_hint.set(answer);
        answer
    }

    /// Parses the number starting at `i` (no context checks): Arabic, Chinese or
    /// placeholder, with its tail. `Err(end)` to skip.
    fn number(&self, i: usize) -> Result<Number, usize> {
        let text = self.text;
        let c = char_at(text, i).ok_or(i)?;
        let n = if is_digit(c) {
            value::arabic(text, i)?
        } else if value::is_placeholder_char(c) {
            value::placeholder(text, i)?
        } else {
            value::chinese(text, i)?
        };
        Ok(value::tail(text, n))
    }

    #[allow(clippy::too_many_lines)]
    fn figure_at(&self, i: usize, merge: bool) -> Step {
        let text = self.text;
        let Some(c) = char_at(text, i) else { return Step::Skip(i + 1) };
        let prev = char_before(text, i);
        // -3.9%, 负三十二: a minus sign before the number.
        let sign = value::sign_before(text, i);
        // --- The number, with the context that rules it out.
        let n = if is_digit(c) {
            if merge
                && sign.is_none()
                && prev.is_some_and(|p| {
                    p.is_ascii_alphanumeric() || matches!(p, '.' | '/' | '@' | ':' | '_' | '-' | '+' | '#' | '=' | '&')
                })
            {
                return Step::Skip(ident_end(text, i));
            }
            // 7×24, 7X24: a product, not a figure.
            if merge
                && prev.is_some_and(value::is_placeholder_char)
                && char_before(text, i.saturating_sub(prev.map_or(1, char::len_utf8))).is_some_and(is_digit)
            {
                return Step::Skip(ident_end(text, i));
            }
            let n = match value::arabic(text, i) {
                Ok(n) => n,
                Err(e) => return Step::Skip(e),
            };
            let next = char_at(text, n.end);
            if next.is_some_and(|c| c.is_ascii_alphabetic() && !matches!(c, 'x' | 'X') || c == '@') {
                return Step::Skip(ident_end(text, i));
            }
            if next == Some('+') && char_at(text, n.end + 1).is_some_and(|c| is_digit(c) || matches!(c, 'x' | 'X')) {
                let end = ident_end(text, i);
                let mut q = new_q(i, end, (i, end), QuantityKind::Slogan);
                q.value = n.raw;
                return Step::Emit(q);
            }
            // 1/3: a fraction with a small denominator (a page counter 3/28 is not).
            if next == Some('/') && n.integer {
                if let Ok(d) = value::arabic(text, n.end + 1) {
                    let after = char_at(text, d.end);
                    let (a, b) = (n.raw.unwrap_or(0.0), d.raw.unwrap_or(0.0));
                    if d.integer && b <= 10.0 && a > 0.0 && a < b && !after.is_some_and(|c| is_digit(c) || c == '/') {
                        let f = Number {
                            digits_end: d.end,
                            end: d.end,
                            raw: Some(value::round15(a / b)),
                            form: Form::Fraction,
                            decimal: None,
                            ..n
                        };
                        return self.finish(i, c, prev, f, merge);
                    }
                }
            }
            if matches!(next, Some('/' | ':' | '：'))
                && char_at(text, n.end + next.map_or(1, char::len_utf8)).is_some_and(is_digit)
            {
                return Step::Skip(ident_end(text, i));
            }
            if n.integer && n.width == 4 {
                if let Some(end) = kind::numeric_date(text, n.end) {
                    return Step::Emit(new_q(i, end, (i, end), QuantityKind::Date));
                }
                if let Some((s, e)) = kind::doc_number(text, i, n.end) {
                    let mut q = new_q(s, e, (i, n.end), QuantityKind::DocNumber);
                    q.value = n.raw;
                    return Step::Emit(q);
                }
            }
            let n = if next.is_some_and(value::is_placeholder_char) {
                let p = value::absorb_placeholder(text, n);
                if char_at(text, p.end) != Some('年') {
                    return Step::Skip(p.end);
                }
                p
            } else {
                n
            };
            value::tail(text, n)
        } else if value::is_placeholder_char(c) {
            if merge && prev.is_some_and(|p| p.is_ascii_alphanumeric() || is_digit(p)) {
                return Step::Skip(ident_end(text, i));
            }
            let n = match value::placeholder(text, i) {
                Ok(n) => n,
                Err(e) => return Step::Skip(e),
            };
            if char_at(text, n.end).is_some_and(|c| c.is_ascii_alphanumeric() && !matches!(c, 'x' | 'X')) {
                return Step::Skip(ident_end(text, i));
            }
            value::tail(text, n)
        } else {
            let next = char_at(text, i + c.len_utf8());
            if let Some(end) = lone_numeral_end(i, c, prev, next) {
                return Step::Skip(end);
            }
            // 数十亿元, 几十万人: several of a unit, approximate, no value.
            if let Some(v) = value::vague(text, i) {
                return self.finish(v.start, c, char_before(text, v.start), v, merge);
            }
            let n = match value::chinese_after(text, i, Some(c), next) {
                Ok(n) => value::tail(text, n),
                Err(e) => {
                    // 十四五, 十三五: five-year plans.
                    let run = text.get(i..e).unwrap_or("");
                    let mut cs = run.chars();
                    if let (Some('十'), Some(b), Some('五'), None) = (cs.next(), cs.next(), cs.next(), cs.next()) {
                        if numeral_digit(b) {
                            return Step::Emit(new_q(i, e, (i, e), QuantityKind::Slogan));
                        }
                    }
                    return Step::Skip(e);
                }
            };
            // Most Chinese numerals are inside words (统一, 一些, 三中全会): leave unless
            // an ordinal, a unit or a connector may follow.
            if prev != Some('第') && n.form != Form::Fraction && !char_at(text, n.end).is_some_and(unit::may_follow) {
                return Step::Skip(n.end);
            }
            let big_bare = n.bare_unit && n.raw.is_some_and(|v| v >= 100.0);
            let blocked = match prev {
                // 每一所, 每万人 (a rate), but 每两个月 is a frequency.
                Some('每') => is_bare_one(&n) || big_bare,
                // 数十个, 几百名: indefinite; but 人数三分之二 is a share.
                Some('数' | '几') => value::is_cn_unit(c) && !value::after_count_word(text, i),
                Some(p) => kind::blocks_chinese(p),
                None => false,
            };
            // 零件; 亿元, 万人 (no digit: not a number).
            let not_number = (n.width == 1 && n.raw == Some(0.0))
                || (n.bare_unit && matches!(c, '万' | '亿' | '萬' | '億') && prev != Some('上'));
            if blocked || not_number {
                return Step::Skip(n.end);
            }
            if let Some(e) = kind::lexical_word(text, i) {
                return Step::Skip(e);
            }
            // 上百所, 上万人: "upwards of", an approximation.
            let mut n = n;
            if prev == Some('上') && n.bare_unit {
                n.approx = true;
            }
            n
        };
        match sign {
            Some(s) => self.finish(s, c, char_before(text, s), value::negate(n), merge),
            None => self.finish(i, c, prev, n, merge),
        }
    }

    /// Everything after the number `n` at byte `i`, whose first character is `c`: ordinals,
    /// dates, ranges, unit, comparators, kind.
    #[allow(clippy::too_many_lines)]
    fn finish(&self, i: usize, c: char, prev: Option<char>, n: Number, merge: bool) -> Step {
        let text = self.text;
        // --- Ordinals and article references: 第九届, 第十条; 第三、四项 (the 第 is shared).
        let shared_di = prev.is_some_and(|p| matches!(p, '、' | '至' | '和' | '或'))
            && self.out.last().is_some_and(|q| {
                matches!(q.kind, QuantityKind::Article | QuantityKind::Ordinal)
                    && q.span.end as usize + prev.map_or(0, char::len_utf8) == i
            });
        if shared_di {
            let (end, article) = kind::ordinal_tail(text, n.digits_end);
            let mut q =
                new_q(i, end, (i, n.digits_end), if article { QuantityKind::Article } else { QuantityKind::Ordinal });
            q.value = n.raw;
            return Step::Emit(q);
        }
        if let Some(ds) = kind::di_before(text, i) {
            let (end, article) = kind::ordinal_tail(text, n.digits_end);
            let mut q =
                new_q(ds, end, (i, n.digits_end), if article { QuantityKind::Article } else { QuantityKind::Ordinal });
            q.value = n.raw;
            q.placeholder = n.form == Form::Placeholder;
            return Step::Emit(q);
        }
        let rest = text.get(n.end..).unwrap_or("");
        // Anniversaries: 建党100周年.
        if rest.starts_with("周年") {
            let mut q = new_q(i, n.end + "周年".len(), (i, n.end), QuantityKind::Ordinal);
            q.value = n.value();
            return Step::Emit(q);
        }
        // Dates: 3月15日, 9月份, 3月底; a day after 月.
        if !n.approx && n.mult.is_none() && n.integer && n.form != Form::Placeholder {
            let v = n.raw.unwrap_or(0.0);
            if rest.starts_with('月') && (1.0..=12.0).contains(&v) {
                let end = kind::month_tail(text, n.end + '月'.len_utf8());
                return Step::Emit(new_q(i, end, (i, n.end), QuantityKind::Date));
            }
            // A day after 月, or after a date and a range or a list (`1月7日至11日`, `18日、19日`).
            if (prev == Some('月') || self.continues_date(i))
                && (rest.starts_with('日') || rest.starts_with('号'))
                && (1.0..=31.0).contains(&v)
            {
                return Step::Emit(new_q(i, n.end + 3, (i, n.end), QuantityKind::Date));
            }
            // The minutes of a time of day: `8时40分`, `9点30分`.
            if matches!(prev, Some('时' | '点'))
                && rest.starts_with('分')
                && (0.0..60.0).contains(&v)
                && char_before(text, i.saturating_sub(3)).is_some_and(|c| is_digit(c) || value::is_cn_numeral(c))
            {
                return Step::Emit(new_q(i, n.end + 3, (i, n.end), QuantityKind::Date));
            }
        }
        // Numbered slogans: 四个意识, 八项规定.
        if n.form == Form::Chinese {
            for (cls, words) in [("个", kind::SLOGAN_AFTER_GE), ("项", kind::SLOGAN_AFTER_XIANG)] {
                if let Some(after) = rest.strip_prefix(cls) {
                    if let Some(w) = words.iter().find(|w| value::starts_with_word(after, w)) {
                        let end = n.end + cls.len() + w.len();
                        return Step::Emit(new_q(i, end, (i, n.end), QuantityKind::Slogan));
                    }
                }
            }
        }
        // --- A range written with one unit: 1-3项, 3至5年, x-x所, 5-10万元.
        let mut upper: Option<Number> = None;
        if let Some(s) = range_sep(text, n.end) {
            if let Some(c2) = char_at(text, s) {
                let compatible = match n.form {
                    Form::Chinese => value::is_cn_numeral(c2),
                    Form::Arabic | Form::Placeholder => is_digit(c2) || value::is_placeholder_char(c2),
                    Form::Fraction => false,
                };
                if compatible {
                    if let Ok(b) = self.number(s) {
                        if b.form != Form::Fraction {
                            upper = Some(b);
                        }
                    }
                }
            }
        }
        // 八九亿, 三五百, 十五六: adjacent numerals are a range of their own.
        if upper.is_none() {
            upper = n.upper();
        }
        let unit_from = upper.as_ref().map_or(n.end, |b| b.end);
        let lead = upper.as_ref().unwrap_or(&n);
        // --- The unit.
        let mut unit = unit::unit_at(text, unit_from).filter(|(u, _, _)| {
            let f = u.flags;
            let chinese = lead.form == Form::Chinese;
            let wrong = if chinese { f & unit::ARABIC_ONLY != 0 } else { f & unit::CHINESE_ONLY != 0 };
            !wrong
        });
        if unit.is_none() && is_year4(lead) && text.get(unit_from..).is_some_and(|r| r.starts_with('年')) {
            unit = unit::nian().map(|u| (u, unit_from, unit_from + '年'.len_utf8()));
        }
        if lead.form == Form::Chinese && upper.is_none() {
            if let Some((u, _, ue)) = unit {
                let after = char_at(text, ue);
                // 一批, 新一轮; 千家万户, 一人一档; 百年.
                let big_bare = n.bare_unit && n.raw.is_some_and(|v| v >= 100.0);
                let year = is_year4(&n) && u.text == "年";
                if (is_bare_one(&n) && u.flags & unit::NOT_AFTER_ONE != 0)
                    || (!year && after.is_some_and(|a| value::is_cn_digit(a) || (big_bare && value::is_cn_unit(a))))
                    || (big_bare && u.family == unit::Family::Time)
                {
                    return Step::Skip(ue);
                }
            }
        }
        if lead.positional && !(is_year4(lead) && unit.is_some_and(|u| u.0.text == "年")) {
            return Step::Skip(lead.end);
        }
        let unit_text: Option<&'static str> = match unit {
            Some((u, _, _)) => Some(u.name),
            None => lead.implied_unit,
        };
        let mut end = unit.map_or(lead.end, |u| u.2);
        let has_unit = unit_text.is_some();
        if !has_unit {
            let ok = lead.form == Form::Fraction || (lead.mult.is_some() && lead.form != Form::Chinese);
            if !ok {
                // Year ranges without 年: ©2015-2020.
                // 4.2和0.7个百分点: the unit of the next figure.
                if merge && upper.is_none() && lead.form != Form::Placeholder {
                    if let Some(s) = ["和", "、", "或", "与", "及", "至"].iter().find_map(|w| {
                        text.get(n.end..).filter(|r| value::starts_with_word(r, w)).map(|_| n.end + w.len())
                    }) {
                        if let (Ok(b), Step::Emit(bq)) = (self.number(s), self.figure_at(s, false)) {
                            if bq.kind == QuantityKind::Quantity
                                && bq.unit.is_some()
                                && bq.span.start as usize == s
                                && b.form == n.form
                            {
                                let mut a = n;
                                if let Some(m) = value::shared_mult(&a, &b) {
                                    a.mult = Some(m);
                                }
                                let mut q = new_q(i, n.end, (i, n.end), QuantityKind::Quantity);
                                q.value = a.value();
                                q.unit = bq.unit;
                                q.comparator = if n.approx { Comparator::Approx } else { Comparator::Eq };
                                if let Some((ps, pc)) = comparator::prefix_before(text, i) {
                                    if ps >= self.prev_end && self.clear(Span::from_usize(ps, i)) {
                                        q.span.start = crate::text::to_u32(ps);
                                    }
                                    if pc != Comparator::Eq {
                                        q.comparator = pc;
                                    }
                                }
                                if self.clear(q.span) && !kind::in_short_quote(text, i, n.end) {
                                    return Step::Emit(q);
                                }
                            }
                        }
                    }
                }
                if let Some(b) = upper.as_ref().filter(|b| is_year4(&n) && is_year4(b) && n.form == Form::Arabic) {
                    let mut q = new_q(i, b.end, (i, b.end), QuantityKind::YearRange);
                    q.value = n.raw;
                    q.value_max = b.raw;
                    return Step::Emit(q);
                }
                return Step::Skip(n.digits_end.max(i + c.len_utf8()));
            }
        }
        // 新xx人: a demonym.
        if unit_text == Some("人") && char_before(text, i) == Some('新') {
            return Step::Skip(end);
        }
        // 十三届二次会议, 人大五次会议: the session of a congress, not a count (召开两次会议 is).
        if unit_text == Some("次")
            && matches!(prev, Some('届' | '大' | '会'))
            && text.get(end..).is_some_and(|a| a.starts_with("会议"))
        {
            return Step::Skip(end);
        }
        // --- Years, dates and year ranges.
        if unit_text == Some("年") {
            let year_a = is_year4(&n);
            let year_b = upper.as_ref().is_none_or(is_year4);
            if year_a && year_b {
                let kind = if upper.is_some() { QuantityKind::YearRange } else { QuantityKind::Year };
                let mut e = kind::year_tail(text, end);
                let mut kind = kind;
                if kind == QuantityKind::Year {
                    // 2024年3月15日.
                    if let Ok(m) = self.number(e) {
                        if m.integer
                            && m.form != Form::Placeholder
                            && text.get(m.end..).is_some_and(|s| s.starts_with('月'))
                        {
                            e = kind::month_tail(text, m.end + '月'.len_utf8());
                            kind = QuantityKind::Date;
                        }
                    } else if text.get(e..).is_some_and(|s| s.starts_with("xx月") || s.starts_with("XX月")) {
                        e = kind::month_tail(text, e + 5);
                        kind = QuantityKind::Date;
                    }
                }
                let mut q = new_q(i, e, (i, upper.as_ref().map_or(n.digits_end, |b| b.digits_end)), kind);
                q.value = n.raw;
                q.value_max = upper.as_ref().and_then(|b| b.raw);
                q.placeholder = n.form == Form::Placeholder;
                // 2015年-2020年.
                if merge && kind == QuantityKind::Year {
                    if let Some(s) = range_sep(text, e) {
                        if let Step::Emit(b) = self.figure_at(s, false) {
                            if b.kind == QuantityKind::Year {
                                q.span.end = b.span.end;
                                q.value_max = b.value;
                                q.kind = QuantityKind::YearRange;
                            }
                        }
                    }
                }
                return Step::Emit(q);
            }
            if year_a || n.positional {
                return Step::Skip(end);
            }
        }
        // --- Comparators.
        let mut start = i;
        let mut cmp: Option<Comparator> = None;
        if let Some((ps, pc)) = comparator::prefix_before(text, i) {
            if ps >= self.prev_end && self.clear(Span::from_usize(ps, i)) {
                start = ps;
            }
            cmp = Some(pc);
        } else if let Some(dc) = comparator::distant_before(text, i, 4) {
            cmp = Some(dc);
        }
        let takes_nei = unit.is_some_and(|u| u.0.flags & unit::TAKES_NEI != 0);
        let suffix = comparator::suffix_at(text, end, takes_nei);
        if let Some((se, _)) = suffix {
            end = se;
        }
        // 二次污染, 二次供水: 二次 before one of these nouns means "secondary" (a count of two
        // with a comparator stays one: 至少安排二次).
        if unit_text == Some("次")
            && c == '二'
            && n.width == 1
            && upper.is_none()
            && suffix.is_none()
            && cmp.is_none_or(|c| c == Comparator::Eq)
            && kind::SECONDARY.iter().any(|w| text.get(end..).is_some_and(|a| value::starts_with_word(a, w)))
        {
            return Step::Skip(end);
        }
        // A bare 一 is an indefinite article (一个, 一项长期任务, 一日活动) unless a
        // comparator makes it a bound (至少一名, 一年以上).
        if is_bare_one(&n) && upper.is_none() {
            // 副主任一人。: a count written after its noun.
            let post = unit.is_some_and(|u| u.0.family != unit::Family::Time)
                && char_at(text, end).is_none_or(|c| "，。；、）)：:,;\n".contains(c))
                && char_before(text, i).is_some_and(|c| !"的是了这那每".contains(c));
            // 每半年召开一次: a frequency, a target.
            let frequency = unit_text == Some("次") && kind::after_every(text, i);
            let strong = post || frequency || suffix.is_some() || cmp.is_some_and(|c| c != Comparator::Eq);
            if !strong {
                if kind::in_short_quote(text, i, end) {
                    let mut q = new_q(i, end, (i, n.end), QuantityKind::Slogan);
                    q.value = n.value();
                    q.unit = unit_text.map(Cow::Borrowed);
                    return Step::Emit(q);
                }
                return Step::Skip(end);
            }
        }
        let approx = n.approx || upper.as_ref().is_some_and(|b| b.approx);
        let comparator = if upper.is_some() {
            Comparator::Range
        } else if let Some((_, sc)) = suffix {
            sc
        } else if let Some(pc) = cmp.filter(|c| *c != Comparator::Eq) {
            pc
        } else if approx {
            Comparator::Approx
        } else {
            Comparator::Eq
        };
        let number_end = upper.as_ref().map_or(n.end, |b| b.end);
        let mut q = new_q(start, end, (i, number_end), QuantityKind::Quantity);
        q.unit = unit_text.map(Cow::Borrowed);
        q.placeholder = n.form == Form::Placeholder || upper.as_ref().is_some_and(|b| b.form == Form::Placeholder);
        q.comparator = comparator;
        match &upper {
            Some(b) => {
                let mut a = n;
                if let Some(m) = value::shared_mult(&a, b) {
                    a.mult = Some(m);
                }
                q.value = a.value();
                q.value_max = b.value();
                if q.placeholder {
                    q.value = None;
                    q.value_max = None;
                }
            }
            None => q.value = n.value(),
        }
        if unit_text == Some("月") && upper.is_some() {
            q.kind = QuantityKind::Date;
        }
        // --- Context: quotations and titles.
        if kind::in_short_quote(text, q.span.start as usize, q.span.end as usize) {
            q.kind = QuantityKind::Slogan;
        } else if kind::in_title(text, q.span.start as usize, q.span.end as usize, &self.title_marks) {
            q.kind = QuantityKind::Name;
        }
        if !self.clear(q.span) {
            return Step::Skip(end);
        }
        // --- Ranges written with two units: 10%—15%, 一万元以上十万元以下.
        if merge && upper.is_none() && q.kind == QuantityKind::Quantity {
            let statute = matches!(suffix, Some((_, Comparator::Ge)));
            // 在5000元与1万元之间: 与/和 joins a range when 之间 follows the second figure.
            let between = if statute || suffix.is_some() { None } else { value::between_sep(text, end) };
            let next = if statute {
                Some(end)
            } else if suffix.is_none() {
                range_sep(text, end).or(between)
            } else {
                None
            };
            if let Some(s) = next {
                if let Step::Emit(b) = self.figure_at(s, false) {
                    let same_unit = b.unit == q.unit || (q.unit.is_none() && b.unit.is_some());
                    let ok = b.kind == QuantityKind::Quantity
                        && same_unit
                        && b.span.start as usize == s
                        && if statute { b.comparator == Comparator::Le } else { b.comparator == Comparator::Eq }
                        && (between.is_none() || value::has_at(text, b.span.end as usize, "之间"));
                    if ok {
                        q.value_max = b.value;
                        q.span.end = b.span.end;
                        q.number.end = b.number.end;
                        q.comparator = Comparator::Range;
                        q.unit = b.unit;
                        q.placeholder |= b.placeholder;
                    }
                }
            }
        }
        Step::Emit(q)
    }
}

/// The end of a lone Chinese numeral `c` at byte `i`, followed by `next`, that nothing
/// after it can make a figure of (一 in 一些, 统一, 三 in 三中全会), found before any parsing.
///
/// This is the decision `figure_at` reaches through [`value::chinese`] (nothing that
/// continues a numeral after it: [`value::continues_numeral`]) and its test that something
/// that may follow a figure follows, unless the numeral comes after `第`.
fn lone_numeral_end(i: usize, c: char, prev: Option<char>, next: Option<char>) -> Option<usize> {
    if prev == Some('第') || !value::is_cn_numeral(c) {
        return None;
    }
    let end = i + c.len_utf8();
    let extends = next.is_some_and(|n| value::continues_numeral(n) || unit::may_follow(n));
    (!extends).then_some(end)
}

/// A Chinese digit character (not a unit character).
fn numeral_digit(c: char) -> bool {
    value::is_cn_digit(c)
}
