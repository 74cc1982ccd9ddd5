//! Marker styles: the numbering families of GB/T 9704-2012 §7.3.3, statutes
//! (立法技术规范: 编/分编/章/节/条/项/目) and inline enumerations.

/// The numbering family of an outline marker.
///
/// Depth is not fixed by the style: it comes from the order in which styles open in a
/// document. [`Style::rank`] gives the conventional GB/T / statute rank for reference.
///
/// ```
/// use gongwen::Style;
/// assert_eq!(Style::CnComma.as_str(), "cn_comma");
/// assert!(Style::Chapter.rank() < Style::Article.rank());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Style {
    /// `第一编`.
    Bian,
    /// `第一分编`.
    FenBian,
    /// `第一部分`, `第一篇`, `第一类` used as a heading.
    Part,
    /// `第一章`.
    Chapter,
    /// `第一节`.
    Section,
    /// `第一条`.
    Article,
    /// `一、` `十二、` (also the sloppy `六.`).
    CnComma,
    /// `（一）` `(一)` `（一)`.
    CnParen,
    /// `1.` `1．` `１．` `1、` `⒈`.
    ArabicDot,
    /// Decimal section numbers `1.2`, `1.2.1`: the ordinal is the last part.
    Decimal,
    /// `（1）` `(1)` `⑴`.
    ArabicParen,
    /// `①`.
    Circled,
    /// Inline enumerations `一是` `二是`.
    Enumeration,
}

impl Style {
    /// Every style, in rank order.
    ///
    /// ```
    /// assert_eq!(gongwen::Style::ALL.len(), 13);
    /// ```
    pub const ALL: [Style; 13] = [
        Style::Bian,
        Style::FenBian,
        Style::Part,
        Style::Chapter,
        Style::Section,
        Style::Article,
        Style::CnComma,
        Style::CnParen,
        Style::ArabicDot,
        Style::Decimal,
        Style::ArabicParen,
        Style::Circled,
        Style::Enumeration,
    ];

    /// The snake_case name used in exports.
    ///
    /// ```
    /// assert_eq!(gongwen::Style::ArabicParen.as_str(), "arabic_paren");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Style::Bian => "bian",
            Style::FenBian => "fen_bian",
            Style::Part => "part",
            Style::Chapter => "chapter",
            Style::Section => "section",
            Style::Article => "article",
            Style::CnComma => "cn_comma",
            Style::CnParen => "cn_paren",
            Style::ArabicDot => "arabic_dot",
            Style::Decimal => "decimal",
            Style::ArabicParen => "arabic_paren",
            Style::Circled => "circled",
            Style::Enumeration => "enumeration",
        }
    }

    /// The style named `name` (the inverse of [`Style::as_str`]).
    ///
    /// ```
    /// assert_eq!(gongwen::Style::from_name("chapter"), Some(gongwen::Style::Chapter));
    /// assert_eq!(gongwen::Style::from_name("nope"), None);
    /// ```
    #[must_use]
    pub fn from_name(name: &str) -> Option<Style> {
        Style::ALL.into_iter().find(|s| s.as_str() == name)
    }

    /// The conventional rank: 编 < 分编 < 部分 < 章 < 节 < 条 < 一、 < （一） < 1. < 1.1 < （1） < ① < 一是.
    ///
    /// ```
    /// assert_eq!(gongwen::Style::Bian.rank(), 0);
    /// ```
    #[must_use]
    pub const fn rank(self) -> u8 {
        self as u8
    }

    /// True for the styles that head a division and may be listed in a table of contents:
    /// 编, 分编, 部分, 章, 节 (not 条).
    ///
    /// ```
    /// assert!(gongwen::Style::Chapter.is_division());
    /// assert!(!gongwen::Style::Article.is_division());
    /// ```
    #[must_use]
    pub const fn is_division(self) -> bool {
        matches!(self, Style::Bian | Style::FenBian | Style::Part | Style::Chapter | Style::Section)
    }

    /// True for the statute styles 编, 分编, 章, 节, 条.
    ///
    /// ```
    /// assert!(gongwen::Style::Article.is_statute());
    /// assert!(!gongwen::Style::CnComma.is_statute());
    /// ```
    #[must_use]
    pub const fn is_statute(self) -> bool {
        matches!(self, Style::Bian | Style::FenBian | Style::Chapter | Style::Section | Style::Article)
    }
}

impl std::fmt::Display for Style {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
