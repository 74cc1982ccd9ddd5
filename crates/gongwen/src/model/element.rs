//! Document elements (GB/T 9704-2012 §7): the parts of an official document's head, signature
//! and colophon that say who issued it, to whom, when and under which number, each with its
//! span and a normalised value.

use crate::text::{Ranged, Span};
use std::fmt;

/// Which element an [`Element`] is. The names ([`ElementKind::as_str`]) are the `element`
/// keys of the flat rows (`gongwen elements`).
///
/// ```
/// assert_eq!(gongwen::ElementKind::DocNumber.as_str(), "doc_number");
/// assert_eq!(gongwen::ElementKind::from_name("recipients"), Some(gongwen::ElementKind::Recipients));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ElementKind {
    /// 份号 §7.2.1: the copy number (`000123`); value a string.
    CopyNumber,
    /// 密级和保密期限 §7.2.2 (`机密★1年`); value a string.
    Secrecy,
    /// 紧急程度 §7.2.3 (`特急`, `加急`); value a string.
    Urgency,
    /// 发文机关标志 §7.2.4 (`国务院办公厅文件`); value a string.
    IssuerMark,
    /// 发文字号 §7.2.4 (`国办函〔2005〕57号`); value a [`DocNumber`].
    DocNumber,
    /// 签发人 §7.2.5; value a list of names.
    Signer,
    /// 主送机关 §7.3.2; value a list of addressees, split at `、` and `，`.
    Recipients,
    /// 附件说明 §7.3.4; value a list of [`AttachmentName`]s.
    Attachments,
    /// 发文机关署名 §7.3.5.1: the issuing bodies as signed at the end; value a list.
    Issuer,
    /// 成文日期 §7.3.5.1; value a [`Date`].
    Date,
    /// 附注 §7.3.6, without its brackets; value a string.
    Note,
    /// 抄送机关 §7.4.2; value a list, split as [`ElementKind::Recipients`].
    Cc,
    /// 印发机关 §7.4.3; value a string.
    PrintedBy,
    /// 印发日期 §7.4.3; value a [`Date`].
    PrintedOn,
    /// A statute's or judicial text's adoption (`…会议通过`); value a [`Date`].
    Adopted,
    /// Its approval by a higher body (`…常务委员会…批准`); value a [`Date`].
    Approved,
    /// One amendment (`…修正`, `…修改`); value a [`Date`]. One element per amendment.
    Amended,
    /// One revision (`…修订`); value a [`Date`]. One element per revision.
    Revised,
    /// Its promulgation (`…公布`, `…发布`); value a [`Date`].
    Promulgated,
    /// The day it takes effect (`自…起施行`); value a [`Date`].
    Effective,
}

impl ElementKind {
    /// Every kind, in the order of GB/T 9704 (head, body, colophon), then the statute dates.
    ///
    /// ```
    /// assert_eq!(gongwen::ElementKind::ALL.len(), 20);
    /// ```
    pub const ALL: [ElementKind; 20] = [
        ElementKind::CopyNumber,
        ElementKind::Secrecy,
        ElementKind::Urgency,
        ElementKind::IssuerMark,
        ElementKind::DocNumber,
        ElementKind::Signer,
        ElementKind::Recipients,
        ElementKind::Attachments,
        ElementKind::Issuer,
        ElementKind::Date,
        ElementKind::Note,
        ElementKind::Cc,
        ElementKind::PrintedBy,
        ElementKind::PrintedOn,
        ElementKind::Adopted,
        ElementKind::Approved,
        ElementKind::Amended,
        ElementKind::Revised,
        ElementKind::Promulgated,
        ElementKind::Effective,
    ];

    /// The snake_case name used in exports (the `element` key of a row).
    ///
    /// ```
    /// assert_eq!(gongwen::ElementKind::PrintedOn.as_str(), "printed_on");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            ElementKind::CopyNumber => "copy_number",
            ElementKind::Secrecy => "secrecy",
            ElementKind::Urgency => "urgency",
            ElementKind::IssuerMark => "issuer_mark",
            ElementKind::DocNumber => "doc_number",
            ElementKind::Signer => "signer",
            ElementKind::Recipients => "recipients",
            ElementKind::Attachments => "attachments",
            ElementKind::Issuer => "issuer",
            ElementKind::Date => "date",
            ElementKind::Note => "note",
            ElementKind::Cc => "cc",
            ElementKind::PrintedBy => "printed_by",
            ElementKind::PrintedOn => "printed_on",
            ElementKind::Adopted => "adopted",
            ElementKind::Approved => "approved",
            ElementKind::Amended => "amended",
            ElementKind::Revised => "revised",
            ElementKind::Promulgated => "promulgated",
            ElementKind::Effective => "effective",
        }
    }

    /// The kind named `name` (the inverse of [`ElementKind::as_str`]).
    ///
    /// ```
    /// assert_eq!(gongwen::ElementKind::from_name("date"), Some(gongwen::ElementKind::Date));
    /// assert_eq!(gongwen::ElementKind::from_name("title"), None);
    /// ```
    #[must_use]
    pub fn from_name(name: &str) -> Option<ElementKind> {
        ElementKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

impl fmt::Display for ElementKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A calendar date; `day` is `None` where only the year and month are printed (`2025年12月`).
///
/// ```
/// let d = gongwen::Date::new(2005, 6, Some(11)).unwrap();
/// assert_eq!(d.to_string(), "2005-06-11");
/// assert_eq!(gongwen::Date::new(2025, 12, None).unwrap().to_string(), "2025-12");
/// assert!(gongwen::Date::new(2005, 2, Some(30)).is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Date {
    /// The year (`2005`).
    pub year: u16,
    /// The month, 1–12.
    pub month: u8,
    /// The day of the month, or `None` when none is printed.
    pub day: Option<u8>,
}

impl Date {
    /// The date, or `None` when it does not exist (month 13, 30 February; years outside
    /// 1900–2199, which no document in force was written in).
    ///
    /// ```
    /// assert!(gongwen::Date::new(2024, 2, Some(29)).is_some());
    /// assert!(gongwen::Date::new(2023, 2, Some(29)).is_none());
    /// ```
    #[must_use]
    pub fn new(year: u32, month: u32, day: Option<u32>) -> Option<Date> {
        let year = u16::try_from(year).ok().filter(|y| (1900..2200).contains(y))?;
        let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
        let day = match day {
            None => None,
            Some(d) => Some(u8::try_from(d).ok().filter(|&d| d >= 1 && d <= days_in_month(year, month))?),
        };
        Some(Date { year, month, day })
    }
}

/// The number of days of `month` in `year` (Gregorian).
const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    /// ISO 8601: `YYYY-MM-DD`, or `YYYY-MM` without a day.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.day {
            Some(d) => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, d),
            None => write!(f, "{:04}-{:02}", self.year, self.month),
        }
    }
}

/// A document number (发文字号): agency code, year and serial number (`国办函〔2005〕57号`).
///
/// ```
/// let n = gongwen::DocNumber::new("国办函", 2005, 57);
/// assert_eq!(n.to_string(), "国办函〔2005〕57号");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DocNumber {
    /// The agency code before the year (`国办函`), white space left out.
    pub agency: String,
    /// The year in the brackets.
    pub year: u16,
    /// The serial number.
    pub number: u32,
}

impl DocNumber {
    /// A document number from its parts.
    ///
    /// ```
    /// assert_eq!(gongwen::DocNumber::new("国发", 2019, 4).number, 4);
    /// ```
    #[must_use]
    pub fn new(agency: &str, year: u16, number: u32) -> DocNumber {
        DocNumber { agency: agency.to_owned(), year, number }
    }
}

impl fmt::Display for DocNumber {
    /// The standard form, with the brackets GB/T 9704 prescribes (`〔〕`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}〔{}〕{}号", self.agency, self.year, self.number)
    }
}

/// One attachment named in the 附件说明: its number (`1.`), if it has one, and its name
/// without `《》` and trailing punctuation.
///
/// ```
/// let a = gongwen::AttachmentName::new(Some(1), "国家职业教育改革实施方案");
/// assert_eq!(a.number, Some(1));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct AttachmentName {
    /// The attachment's number, `None` when a single attachment is named without one.
    pub number: Option<u32>,
    /// Its name.
    pub name: String,
}

impl AttachmentName {
    /// An attachment name.
    ///
    /// ```
    /// assert_eq!(gongwen::AttachmentName::new(None, "方案").name, "方案");
    /// ```
    #[must_use]
    pub fn new(number: Option<u32>, name: &str) -> AttachmentName {
        AttachmentName { number, name: name.to_owned() }
    }
}

/// The normalised value of an [`Element`]: which variant depends on the [`ElementKind`].
///
/// ```
/// use gongwen::ElementValue;
/// let v = ElementValue::Names(vec!["各省".into(), "自治区".into()]);
/// assert_eq!(v.as_names(), Some(&["各省".to_string(), "自治区".to_string()][..]));
/// assert_eq!(v.as_date(), None);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ElementValue {
    /// Text with white space left out (note, printing office, issuer mark …).
    Text(String),
    /// A list of names or bodies (recipients, issuers, cc, signers).
    Names(Vec<String>),
    /// A date (成文日期, 印发日期, statute dates).
    Date(Date),
    /// A document number.
    DocNumber(DocNumber),
    /// The attachments named in the 附件说明.
    Attachments(Vec<AttachmentName>),
}

impl ElementValue {
    /// The text, for a [`ElementValue::Text`].
    ///
    /// ```
    /// assert_eq!(gongwen::ElementValue::Text("此件公开发布".into()).as_text(), Some("此件公开发布"));
    /// ```
    #[must_use]
    pub fn as_text(&self) -> Option<&str> {
        match self {
            ElementValue::Text(s) => Some(s),
            _ => None,
        }
    }

    /// The names, for a [`ElementValue::Names`].
    ///
    /// ```
    /// assert!(gongwen::ElementValue::Text(String::new()).as_names().is_none());
    /// ```
    #[must_use]
    pub fn as_names(&self) -> Option<&[String]> {
        match self {
            ElementValue::Names(v) => Some(v),
            _ => None,
        }
    }

    /// The date, for a [`ElementValue::Date`].
    ///
    /// ```
    /// let d = gongwen::Date::new(2019, 1, Some(22)).unwrap();
    /// assert_eq!(gongwen::ElementValue::Date(d).as_date(), Some(d));
    /// ```
    #[must_use]
    pub fn as_date(&self) -> Option<Date> {
        match self {
            ElementValue::Date(d) => Some(*d),
            _ => None,
        }
    }

    /// The document number, for a [`ElementValue::DocNumber`].
    ///
    /// ```
    /// let n = gongwen::DocNumber::new("国发", 2019, 4);
    /// assert_eq!(gongwen::ElementValue::DocNumber(n.clone()).as_doc_number(), Some(&n));
    /// ```
    #[must_use]
    pub fn as_doc_number(&self) -> Option<&DocNumber> {
        match self {
            ElementValue::DocNumber(n) => Some(n),
            _ => None,
        }
    }

    /// The attachment names, for a [`ElementValue::Attachments`].
    ///
    /// ```
    /// assert!(gongwen::ElementValue::Attachments(vec![]).as_attachments().is_some());
    /// ```
    #[must_use]
    pub fn as_attachments(&self) -> Option<&[AttachmentName]> {
        match self {
            ElementValue::Attachments(v) => Some(v),
            _ => None,
        }
    }
}

/// One document element: what it is, where it is written (white space around it left out;
/// a list-valued element has one span over all of it), and its normalised value.
///
/// ```
/// let text = "关于做好防汛工作的通知\n各区人民政府：\n请做好防汛工作。\n市政府办公厅\n2024年6月3日\n";
/// let doc = gongwen::parse(text);
/// let date = doc.element(gongwen::ElementKind::Date).unwrap();
/// assert_eq!(&text[date.span], "2024年6月3日");
/// assert_eq!(date.value.as_date().unwrap().to_string(), "2024-06-03");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Element {
    /// Which element.
    pub kind: ElementKind,
    /// Where it is written.
    pub span: Span,
    /// Its normalised value.
    pub value: ElementValue,
}

impl Element {
    /// An element.
    ///
    /// ```
    /// use gongwen::{Element, ElementKind, ElementValue, Span};
    /// let e = Element::new(ElementKind::Note, Span::new(0, 6), ElementValue::Text("此件".into()));
    /// assert_eq!(e.kind, ElementKind::Note);
    /// ```
    #[must_use]
    pub const fn new(kind: ElementKind, span: Span, value: ElementValue) -> Element {
        Element { kind, span, value }
    }
}

impl Ranged for Element {
    fn span(&self) -> Span {
        self.span
    }
}
