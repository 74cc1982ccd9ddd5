//! Figures: the quantity type, its comparator and kind, and the clause around it
//! (change phrases, modality, deadline).

use crate::model::NodeId;
use crate::text::{Ranged, Span};
use std::borrow::Cow;

/// How a figure compares with its number.
///
/// Following 民法典 第一千二百五十九条, 以上/以下/以内 include the number itself
/// ([`Comparator::Ge`], [`Comparator::Le`]); 超过/不满/低于 do not ([`Comparator::Gt`],
/// [`Comparator::Lt`]).
///
/// ```
/// assert_eq!(gongwen::Comparator::Ge.as_str(), "ge");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Comparator {
    /// Exactly: `8所`.
    #[default]
    Eq,
    /// At least, inclusive: `95%以上`, `不少于2次`, `至少`.
    Ge,
    /// More than, exclusive: `超过`, `高于`.
    Gt,
    /// At most, inclusive: `以内`, `以下`, `不超过`.
    Le,
    /// Less than, exclusive: `低于`, `不足`, `少于`, `不满`.
    Lt,
    /// About: `约`, `左右`, `余`, `近`, `多`.
    Approx,
    /// A range: `1-3项`, `3至5年`.
    Range,
}

impl Comparator {
    /// The name used in exports.
    ///
    /// ```
    /// assert_eq!(gongwen::Comparator::Approx.as_str(), "approx");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Comparator::Eq => "eq",
            Comparator::Ge => "ge",
            Comparator::Gt => "gt",
            Comparator::Le => "le",
            Comparator::Lt => "lt",
            Comparator::Approx => "approx",
            Comparator::Range => "range",
        }
    }
}

/// What a figure is: a quantity, or one of the numbers that are not quantities.
///
/// ```
/// assert_eq!(gongwen::QuantityKind::DocNumber.as_str(), "doc_number");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuantityKind {
    /// How much or how many: a target, a count, a share, an amount (`新建幼儿园8所`, `95%以上`,
    /// `2300万元`).
    #[default]
    Quantity,
    /// A year: `2024年`.
    Year,
    /// A year range: `2017—2020年`.
    YearRange,
    /// A date: `3月15日`, `2023-02-25`.
    Date,
    /// An ordinal used as a word: `第九届`, `第22个`.
    Ordinal,
    /// A document number: `〔2019〕5号`.
    DocNumber,
    /// A statute reference: `第十条`.
    Article,
    /// A numbered slogan or formula: `“5+2+2”`, `四个意识`, `十四五`.
    Slogan,
    /// Part of a title or a name: `《3-6岁儿童学习与发展指南》`.
    Name,
}

impl QuantityKind {
    /// The name used in exports.
    ///
    /// ```
    /// assert_eq!(gongwen::QuantityKind::YearRange.as_str(), "year_range");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            QuantityKind::Quantity => "quantity",
            QuantityKind::Year => "year",
            QuantityKind::YearRange => "year_range",
            QuantityKind::Date => "date",
            QuantityKind::Ordinal => "ordinal",
            QuantityKind::DocNumber => "doc_number",
            QuantityKind::Article => "article",
            QuantityKind::Slogan => "slogan",
            QuantityKind::Name => "name",
        }
    }
}

/// One figure found in the text.
///
/// ```
/// let doc = gongwen::parse("一、目标\n新建幼儿园8所。\n");
/// for q in doc.quantities() {
///     println!("{} {:?} {:?}", &doc.text()[q.span], q.value, q.unit);
/// }
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Quantity {
    /// The figure: number and unit, with a directly adjacent comparator word.
    pub span: Span,
    /// The number alone (`8` in `8所`).
    pub number: Span,
    /// The value with 万/亿 applied; `None` for a placeholder or an unrepresentable number.
    pub value: Option<f64>,
    /// The upper end of a range.
    pub value_max: Option<f64>,
    /// The unit as written, without the 万/亿 multiplier; `%` for per cent.
    pub unit: Option<Cow<'static, str>>,
    /// How the figure compares with its number.
    pub comparator: Comparator,
    /// True for template placeholders (`XX所`).
    pub placeholder: bool,
    /// What the figure is.
    pub kind: QuantityKind,
    /// The innermost outline node containing the figure.
    pub node: Option<NodeId>,
    /// The change phrase the figure belongs to (`由40%提高到60%`, `增长6%`).
    pub change: Option<Change>,
    /// The modality of its clause (`确保`, `力争`, `原则上`).
    pub modality: Option<Modality>,
    /// The deadline of its clause (`到2025年`).
    pub deadline: Option<Deadline>,
}

impl Ranged for Quantity {
    fn span(&self) -> Span {
        self.span
    }
}

/// Which way a change goes.
///
/// ```
/// assert_eq!(gongwen::Direction::Up.as_str(), "up");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Direction {
    /// 提高, 增长, 扩大 …
    Up,
    /// 降低, 下降, 减少 …
    Down,
}

impl Direction {
    /// The name used in exports.
    ///
    /// ```
    /// assert_eq!(gongwen::Direction::Down.as_str(), "down");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Direction::Up => "up",
            Direction::Down => "down",
        }
    }
}

/// The part a figure plays in a change phrase.
///
/// ```
/// assert_eq!(gongwen::ChangeRole::By.as_str(), "by");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ChangeRole {
    /// The starting level: `40%` in `由40%提高到60%`.
    From,
    /// The level reached: `60%` in `由40%提高到60%`, `提高到65%`.
    To,
    /// The amount of change: `6%` in `增长6%`.
    By,
}

impl ChangeRole {
    /// The name used in exports.
    ///
    /// ```
    /// assert_eq!(gongwen::ChangeRole::From.as_str(), "from");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            ChangeRole::From => "from",
            ChangeRole::To => "to",
            ChangeRole::By => "by",
        }
    }
}

/// A change phrase a figure belongs to.
///
/// ```
/// let doc = gongwen::parse("补助范围由15%扩大至30%。\n");
/// let q: Vec<_> = doc.quantities().collect();
/// let c = q[1].change.unwrap();
/// assert_eq!((c.role, c.direction), (gongwen::ChangeRole::To, gongwen::Direction::Up));
/// assert_eq!((c.from, c.to), (Some(15.0), Some(30.0)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Change {
    /// The part this figure plays.
    pub role: ChangeRole,
    /// Up or down.
    pub direction: Direction,
    /// The starting value, when written (`由40%`).
    pub from: Option<f64>,
    /// The value reached, when written.
    pub to: Option<f64>,
    /// The verb (`提高到`, `增长`).
    pub verb: Span,
}

/// The modality of the clause a figure sits in.
///
/// ```
/// let doc = gongwen::parse("确保入园率达到95%以上。\n");
/// assert_eq!(doc.quantities().next().unwrap().modality, Some(gongwen::Modality::Ensure));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Modality {
    /// A binding target: 确保, 保证, 务必.
    Ensure,
    /// An aspiration: 力争, 争取, 努力, 力求.
    Strive,
    /// A default with exceptions: 原则上.
    InPrinciple,
    /// An obligation: 必须, 应当, 须.
    Must,
    /// A permission: 可以.
    May,
    /// A prohibition: 不得, 禁止, 严禁.
    Forbidden,
    /// A forecast: 预计, 预期.
    Expected,
}

impl Modality {
    /// The name used in exports.
    ///
    /// ```
    /// assert_eq!(gongwen::Modality::InPrinciple.as_str(), "in_principle");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Modality::Ensure => "ensure",
            Modality::Strive => "strive",
            Modality::InPrinciple => "in_principle",
            Modality::Must => "must",
            Modality::May => "may",
            Modality::Forbidden => "forbidden",
            Modality::Expected => "expected",
        }
    }
}

/// The deadline of the clause a figure sits in: the year or date it refers to.
///
/// ```
/// let text = "到2025年，学前教育毛入园率达到95%。\n";
/// let doc = gongwen::parse(text);
/// let q = doc.quantities().find(|q| q.kind == gongwen::QuantityKind::Quantity).unwrap();
/// let d = q.deadline.unwrap();
/// assert_eq!(&text[d.span], "2025年");
/// assert_eq!(d.year, Some(2025));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Deadline {
    /// The year or date.
    pub span: Span,
    /// The year, when written as a number.
    pub year: Option<u32>,
}
