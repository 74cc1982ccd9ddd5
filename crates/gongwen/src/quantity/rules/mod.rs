//! The rules of the quantity stage, in the order they run.
//!
//! A candidate becomes a [`Figure`] that goes through the rules of [`rules`], top to bottom:
//! first the rules of the number's form ([`arabic`], [`placeholder`], [`chinese`]) read the
//! number, then the rules of [`figure`] read around it. Each rule either lets the reading go
//! on (`Continue`), or ends it (`Break`) with a [`Step`]: [`Step::Emit`] a figure (a
//! quantity, or a number of another kind: year, date, ordinal, slogan …), or [`Step::Skip`]
//! to the byte where the scan resumes. A figure that passes every rule is a quantity
//! ([`quantity`]).
//!
//! Each rule's doc comment says what it recognises, its grammar, and its cases, one per
//! line: `case: TEXT => FIGURE KIND [VALUE UNIT COMPARATOR]`, where FIGURE is the text of
//! the figure reported, KIND its kind (`none`: no figure overlaps FIGURE), VALUE `3`,
//! `1..3` (a range) or `null`, UNIT `-` for none. `tests/rules.rs` checks every case through
//! [`crate::parse`], and that every rule called here has at least two.
//!
//! The words the rules look for are tables of [`crate::lexicon`].

use super::value::{self, Form, Number, char_at, char_before};
use super::{Finder, Step};
use crate::model::{Comparator, Quantity, QuantityKind};
use crate::text::Span;
use std::borrow::Cow;
use std::ops::ControlFlow::{self, Break, Continue};

mod comparators;
mod counts;
mod dates;
mod numbers;
mod ordinals;
mod ranges;
mod slogans;
mod units;

pub(crate) use units::RankNames;

/// What a rule says: go on (`Continue`), or stop with a [`Step`].
pub(super) type Verdict = ControlFlow<Step>;

/// Whether the figure read may take the next one as the other end of a range or a pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Reading {
    /// Where the scan stands: the context before the number is checked (identifiers,
    /// products), and the figure may pair with the one after it.
    First,
    /// The second figure of a range or a pair, read after its separator or connector: the
    /// character before it is that connector, and it pairs with nothing further.
    Second,
}

/// Where a number starts: its byte, its first character and the character before it.
#[derive(Clone, Copy, Debug)]
pub(super) struct At {
    /// The byte where the number starts (a candidate of the scan).
    pub pos: usize,
    /// The number's first character.
    pub first: char,
    /// The character before it.
    pub prev: Option<char>,
    /// The start of a minus sign before the number (`-3.9%`, `负三十二`: [`value::sign_before`]).
    pub sign: Option<usize>,
    /// Whether the figure may pair with the next one.
    pub reading: Reading,
}

impl At {
    /// True when the reading may look at the context before it and pair its figure.
    fn first_reading(&self) -> bool {
        self.reading == Reading::First
    }
}

/// A number and what the rules have read around it so far.
pub(super) struct Figure {
    /// Where the number starts.
    pub at: At,
    /// The number (the lower end of a range); before the number rules read it, an empty
    /// number at [`At::pos`].
    pub number: Number,
    /// The character after what has been read: after the number's first character (read by
    /// the Chinese numeral rules), then after the number.
    pub next: Option<char>,
    /// The upper end of a range written with one unit (`1-3项`).
    pub upper: Option<Number>,
    /// The unit after the number (or after the upper end): set by [`Figure::set_unit`].
    unit: Option<super::unit::UnitMatch>,
    /// The unit as rows report it: the unit's name, or the unit a fraction implies (`%`).
    unit_name: Option<&'static str>,
    /// Where the span starts: the number, or an adjacent comparator word before it.
    pub start: usize,
    /// The comparator of a prefix word, adjacent or distant.
    pub prefix: Option<Comparator>,
    /// The comparator suffix after the unit: its end and comparator.
    pub suffix: Option<(usize, Comparator)>,
    /// A number with no unit before `以上` and a second number: the lower end of a range whose
    /// unit the upper end carries (`二万以上二十万元以下`), reported only as that range.
    pub lower_end: bool,
    /// A multiplier counted with `个` (`两个亿`): the figure needs no unit.
    pub counted_mult: bool,
}

impl Figure {
    fn new(at: At) -> Self {
        Figure {
            at,
            number: unread(at.pos),
            next: None,
            upper: None,
            unit: None,
            unit_name: None,
            start: at.pos,
            prefix: None,
            suffix: None,
            lower_end: false,
            counted_mult: false,
        }
    }

    /// Sets the number the rules have read, and what follows it.
    fn set_number(&mut self, text: &str, number: Number) {
        self.number = number;
        self.next = char_at(text, number.end);
        self.unit_name = number.implied_unit;
    }

    /// Takes the number a grammar of [`value`] read, or skips to the end of the run it could
    /// not read.
    fn take(&mut self, text: &str, read: Result<Number, usize>) -> Verdict {
        match read {
            Ok(number) => {
                self.set_number(text, number);
                Continue(())
            }
            Err(end) => skip(end),
        }
    }

    /// Moves the figure's start to `start`, before the number (a sign, `数`, `几`).
    fn start_at(&mut self, text: &str, start: usize) {
        self.at.pos = start;
        self.at.prev = char_before(text, start);
        self.start = start;
    }

    /// Reads the character after the number's first character into `next`.
    fn read_second(&mut self, text: &str) {
        self.next = char_at(text, self.at.pos + self.at.first.len_utf8());
    }

    /// Reads the number's tail (余/多, 万/亿: [`value::tail`]), across a hard wrap that cuts
    /// it when nothing but the wrap stands in it ([`value::tail_across_wrap`]).
    fn read_tail(&mut self, cx: &Finder<'_, '_, '_>) {
        let (text, before) = (cx.text, self.number);
        value::tail(text, &mut self.number);
        let line_end = self.number.end;
        let wrapped = cx
            .past_full_wrap(line_end)
            .and_then(|tail| value::tail_across_wrap(text, &before, line_end, tail))
            .filter(|m| cx.clear(crate::text::Span::from_usize(m.start, m.end)));
        if let Some(m) = wrapped {
            self.number = m;
        }
        if self.number.end != before.end {
            self.next = char_at(text, self.number.end);
        }
    }

    /// The number the unit follows: the upper end of a range, else the number.
    fn lead(&self) -> &Number {
        self.upper.as_ref().unwrap_or(&self.number)
    }

    /// Sets the unit (after the upper end of a range, when there is one).
    fn set_unit(&mut self, unit: Option<super::unit::UnitMatch>) {
        self.unit = unit;
        self.unit_name = match unit {
            Some(m) => Some(m.unit.name),
            None => self.lead().implied_unit,
        };
    }

    /// Names the unit more exactly (a unit written before the number: `港币2960元`).
    fn rename_unit(&mut self, name: &'static str) {
        self.unit_name = Some(name);
    }

    /// The unit read after the number, if any.
    fn unit_match(&self) -> Option<super::unit::UnitMatch> {
        self.unit
    }

    /// The unit as rows report it: the unit's name, or the unit a fraction implies (`%`).
    fn unit_name(&self) -> Option<&'static str> {
        self.unit_name
    }

    /// Where the figure ends so far: after the suffix, the unit, or the number.
    fn end(&self) -> usize {
        match (self.suffix, self.unit) {
            (Some((end, _)), _) => end,
            (None, Some(m)) => m.end,
            (None, None) => self.lead().end,
        }
    }

    /// The text after the number.
    fn rest<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.number.end..).unwrap_or("")
    }

    /// True when no unit is read and the number needs one to be a figure (a fraction, or an
    /// Arabic number with 万/亿, stands alone; with 百/千 alone it is the head of a unit that
    /// begins with them, `2000千卡`, or no figure: `2000千焦`).
    fn lacks_unit(&self) -> bool {
        let lead = self.lead();
        let wan = lead.mult.is_some_and(|m| m >= 1e4);
        let alone =
            self.lower_end || self.counted_mult || lead.form == Form::Fraction || (wan && lead.form != Form::Chinese);
        self.unit_name().is_none() && !alone
    }
}

/// The number of a figure whose number is not read yet: empty, at `pos`.
fn unread(pos: usize) -> Number {
    Number {
        start: pos,
        digits_end: pos,
        end: pos,
        raw: None,
        mult: None,
        wide: None,
        form: Form::Placeholder,
        width: 0,
        integer: false,
        approx: false,
        implied_unit: None,
        positional: false,
        bare_unit: false,
        decimal: None,
        upper: None,
        unreadable: None,
    }
}

/// Reads the figure whose number starts at byte `pos`.
pub(super) fn read(cx: &Finder<'_, '_, '_>, pos: usize, reading: Reading) -> Step {
    let text = cx.text;
    let Some(first) = char_at(text, pos) else { return Step::Skip(pos + 1) };
    let at = At { pos, first, prev: char_before(text, pos), sign: value::sign_before(text, pos), reading };
    let mut f = Figure::new(at);
    match rules(&mut f, cx) {
        Break(step) => step,
        Continue(()) => quantity(&f, cx),
    }
}

/// The number at byte `i` with its tail, read with no context rule (the other end of a
/// range, the number after a connector): Arabic, Chinese or placeholder. `Err(end)` to skip.
fn bare_number(text: &str, i: usize) -> Result<Number, usize> {
    let c = char_at(text, i).ok_or(i)?;
    let mut n = if is_digit(c) {
        value::arabic(text, i)?
    } else if value::is_placeholder_char(c) {
        value::placeholder(text, i)?
    } else {
        value::chinese(text, i)?
    };
    value::tail(text, &mut n);
    Ok(n)
}

/// The rules, in order: the number by its form, then the rules around it. A figure that
/// passes them all is a quantity ([`quantity`]). The rules that most figures pass in a few
/// instructions are `#[inline(always)]`: a call would cost as much as they do.
fn rules(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    if is_digit(f.at.first) {
        arabic(f, cx)?;
    } else if value::is_placeholder_char(f.at.first) {
        placeholder(f, cx)?;
    } else if f.at.first == super::unit::HALF {
        units::lone_half(f, cx)?;
    } else {
        chinese(f, cx)?;
    }
    figure(f, cx)
}

/// An Arabic number: `3`, `1,200`, `2.4万`, `1/3`, `20xx` (before 年).
fn arabic(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    numbers::lost_glyph(f, cx)?;
    numbers::wrapped_tail(f, cx)?;
    numbers::identifier(f, cx)?;
    numbers::product(f, cx)?;
    numbers::digits(f, cx)?;
    dates::numeric_date(f, cx)?;
    numbers::spaced_numeral(f, cx)?;
    numbers::glued_letters(f, cx)?;
    slogans::formula(f, cx)?;
    dates::slash_date(f, cx)?;
    if numbers::small_fraction(f, cx) {
        return Continue(());
    }
    numbers::ratio_or_time(f, cx)?;
    ordinals::doc_number(f, cx)?;
    numbers::placeholder_year(f, cx)?;
    f.read_tail(cx);
    numbers::sign(f, cx)
}

/// A placeholder: `x`, `xx`, `**` (a template's number).
fn placeholder(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    numbers::wrapped_tail(f, cx)?;
    numbers::placeholder_in_word(f, cx)?;
    dates::placeholder_year_cn(f, cx)?;
    numbers::placeholder_run(f, cx)?;
    numbers::placeholder_glued(f, cx)?;
    f.read_tail(cx);
    numbers::sign(f, cx)
}

/// A Chinese numeral: `三`, `一万二千`, `百分之三十`, `二分之一`, `上百`, `几千万`.
fn chinese(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    f.read_second(cx.text);
    numbers::wrapped_tail(f, cx)?;
    dates::latin_o_year(f, cx)?;
    numbers::lone_numeral(f, cx)?;
    if numbers::vague(f, cx) {
        return Continue(());
    }
    slogans::five_year_plan(f, cx)?;
    numbers::numeral(f, cx)?;
    numbers::spaced_numeral(f, cx)?;
    numbers::elided_fraction(f, cx)?;
    numbers::inside_word(f, cx)?;
    numbers::numeral_in_word(f, cx)?;
    numbers::no_digit(f, cx)?;
    numbers::lexical_word(f, cx)?;
    numbers::upwards(f, cx)?;
    numbers::share_cut_at_point(f, cx)?;
    numbers::sign(f, cx)
}

/// The rules around the number, in order.
fn figure(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    // Numbers that are no quantity, told by what surrounds the number itself.
    ordinals::shared_ordinal(f, cx)?;
    ordinals::ordinal(f, cx)?;
    ordinals::anniversary(f, cx)?;
    dates::placeholder_date(f, cx)?;
    dates::dotted_month(f, cx)?;
    dates::month(f, cx)?;
    dates::day(f, cx)?;
    dates::clock_minutes(f, cx)?;
    slogans::numbered_slogan(f, cx)?;
    // The figure's extent: the other end of a range, the unit.
    comparators::rough_share(f, cx)?;
    ranges::one_unit_range(f, cx)?;
    units::unit(f, cx)?;
    units::unit_in_context(f, cx)?;
    units::counted_multiplier(f, cx)?;
    units::subunit(f, cx)?;
    units::half(f, cx)?;
    units::years_and_months(f, cx)?;
    units::years_before_months(f, cx)?;
    units::hours_and_minutes(f, cx)?;
    units::misfit_after_chinese(f, cx)?;
    units::positional(f, cx)?;
    ordinals::listed_items(f, cx)?;
    ranges::unitless_lower_end(f, cx)?;
    ranges::shared_unit(f, cx)?;
    ranges::bare_year_range(f, cx)?;
    units::unitless(f, cx)?;
    ordinals::preceding_articles(f, cx)?;
    ordinals::decimal_section(f, cx)?;
    slogans::arithmetic(f, cx)?;
    // Numbers with a unit that are still no count.
    counts::demonym(f, cx)?;
    counts::congress_session(f, cx)?;
    dates::year(f, cx)?;
    dates::cohort(f, cx)?;
    // The quantity: its comparator, the bare counts.
    comparators::comparator(f, cx)?;
    units::lone_half_limit(f, cx)?;
    comparators::rank(f, cx)?;
    counts::secondary(f, cx)?;
    counts::indefinite_one(f, cx)
}

/// The unit of figure `f` as rows report it: its name, with the units it is counted per
/// (`元/人·月`, `元/（人·天）`, brackets and joiners as written).
fn unit_written(f: &Figure) -> Option<Cow<'static, str>> {
    let name = f.unit_name()?;
    let Some(m) = f.unit.filter(|m| m.per.is_some()) else { return Some(Cow::Borrowed(name)) };
    let per = m.per.map_or("", |p| p.name);
    let also = m.per_also.map(|(dot, q)| format!("{dot}{}", q.name)).unwrap_or_default();
    Some(Cow::Owned(match m.per_brackets {
        Some((open, close)) => format!("{name}/{open}{per}{also}{close}"),
        None => format!("{name}/{per}{also}"),
    }))
}

/// The quantity the figure `f` makes once every rule has read it: its kind from the
/// quotation or title around it, reported when nothing is in the way, with a second figure
/// as the other end of its range.
fn quantity(f: &Figure, cx: &Finder<'_, '_, '_>) -> Step {
    let mut q = new_figure_quantity(f);
    slogans::quoted_or_titled(f, cx, &mut q);
    if !reportable(cx, &q) {
        return Step::Skip(f.end());
    }
    if let Some(end) = ranges::two_unit_range(f, cx, &mut q) {
        return Step::Skip(end);
    }
    if f.lower_end && q.value_max.is_none() {
        return Step::Skip(f.end());
    }
    ranges::included_upper_end(cx, &mut q);
    Step::Emit(q)
}

/// The quantity of the figure `f`, of kind `quantity` (a month range is a date).
fn new_figure_quantity(f: &Figure) -> Quantity {
    let (n, upper) = (&f.number, f.upper.as_ref());
    let approx = n.approx || upper.is_some_and(|b| b.approx);
    let comparator = if upper.is_some() {
        Comparator::Range
    } else if let Some((_, sc)) = f.suffix {
        sc
    } else if let Some(pc) = f.prefix.filter(|c| *c != Comparator::Eq) {
        pc
    } else if approx {
        Comparator::Approx
    } else {
        Comparator::Eq
    };
    let number_end = upper.map_or(n.end, |b| b.end);
    let mut q = new_quantity(f.start, f.end(), (f.at.pos, number_end), QuantityKind::Quantity);
    q.unit = unit_written(f);
    q.placeholder = n.form == Form::Placeholder || upper.is_some_and(|b| b.form == Form::Placeholder);
    q.comparator = comparator;
    match upper {
        Some(b) => {
            q.value = shared_multiplier(*n, b).value();
            q.value_max = b.value();
            if q.placeholder {
                q.value = None;
                q.value_max = None;
            }
        }
        None => q.value = n.value(),
    }
    // 3至5月: months, a date; 3至6个月 (with the classifier 个) is a duration.
    let classified = f.unit.is_some_and(|m| m.classified);
    if q.unit.as_deref() == Some("月") && upper.is_some() && !classified {
        q.kind = QuantityKind::Date;
    }
    q
}

/// The figure may be reported: no outline marker and no noise but a wrap space inside it.
fn reportable(cx: &Finder<'_, '_, '_>, q: &Quantity) -> bool {
    cx.clear(q.span)
}

/// `a` with the multiplier it shares with `b` ([`value::shared_mult`]): `5-10万元` is 50000
/// to 100000, `两到三百万` 2000000 to 3000000.
fn shared_multiplier(mut a: Number, b: &Number) -> Number {
    if let Some(m) = value::shared_mult(&a, b) {
        a.mult = Some(m);
    }
    a
}

/// Ends the reading with a figure.
fn emit(q: Quantity) -> Verdict {
    Break(Step::Emit(q))
}

/// Ends the reading with no figure; the scan resumes at byte `end`.
fn skip(end: usize) -> Verdict {
    Break(Step::Skip(end))
}

/// A figure of `kind` spanning `[start, end)` whose number spans `number`.
fn new_quantity(start: usize, end: usize, number: (usize, usize), kind: QuantityKind) -> Quantity {
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

/// An ASCII or full-width digit.
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// A year of four digits (or four placeholders, or four positional Chinese digits).
fn is_year4(n: &Number) -> bool {
    match n.form {
        Form::Arabic => n.integer && !n.approx && n.width == 4 && n.raw.is_some_and(|v| (1000.0..3000.0).contains(&v)),
        Form::Placeholder => n.width == 4 && n.mult.is_none(),
        Form::Chinese => n.positional && n.width == 4,
        Form::Fraction => false,
    }
}

/// A bare Chinese `一`.
fn is_bare_one(n: &Number) -> bool {
    n.form == Form::Chinese && n.width == 1 && n.raw == Some(1.0)
}

/// The end of a run of characters that are alphanumeric or join an identifier.
fn identifier_end(text: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(text, i) {
        if c.is_ascii_alphanumeric() || is_digit(c) || crate::lexicon::figures::is_identifier_joiner(c) {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}
