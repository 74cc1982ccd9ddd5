//! Diagnostics: what an editor checking a draft wants to see.
//!
//! Parsing never fails; oddities in the numbering (a skipped or repeated ordinal, a style
//! used at two depths, a level that does not start at one, sections out of order) are
//! reported here with the span of the marker concerned and, where useful, a related span
//! (the "first 三 was here" pointer).

use crate::text::{Ranged, Span};
use std::fmt;

/// What kind of oddity a [`Diagnostic`] reports.
///
/// ```
/// use gongwen::DiagnosticKind;
/// assert_eq!(DiagnosticKind::SkippedOrdinal.as_str(), "skipped_ordinal");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// An ordinal jumps forward: `一、` then `三、`.
    SkippedOrdinal,
    /// An ordinal repeats the previous sibling's: `二、` then `二、`.
    RepeatedOrdinal,
    /// An ordinal goes backwards among siblings without restarting at one: `三、` then `二、`.
    OutOfOrder,
    /// The first unit of a level does not have ordinal one: `（二）` first under `一、`.
    LevelStartsAboveOne,
    /// The same marker style is used at two different depths of one tree: `1.` under `一、` and
    /// under `（一）`.
    StyleAtTwoDepths,
    /// The outline is deeper than [`crate::limits::MAX_DEPTH`]; deeper units were flattened.
    DepthLimit,
    /// Numbering starts again at one among siblings with no title line before: articles
    /// (`第一条` after `第四十条`; a new document was assumed, a tree of its own, its title
    /// may be missing), or another style (`一、` after `三、` in the same tree).
    NumberingRestart,
    /// Numbered lines were read as the rows of a table (cells joined by TAB), not as units:
    /// reported at the first marker of each such block (`1\t张三\t教授`).
    TableRows,
    /// A marker is written irregularly and was read as the marker it stands for: `笫三条`
    /// (`笫`, an OCR or typing slip, for `第`), `第七十五 条` (a space inside).
    IrregularMarker,
    /// A number could not be represented (overflow) and was given no value (`1` followed by
    /// 400 zeros).
    NumberOverflow,
    /// A number is written but cannot be read completely (`一二三四五六七八九十百千元`, a run of
    /// more than [`crate::limits::MAX_NUMERAL_LEN`] digits): its figure has no value.
    UnreadableNumber,
    /// The input was longer than [`crate::limits::MAX_INPUT_LEN`] and was cut.
    InputTruncated,
    /// More than [`crate::limits::MAX_DIAGNOSTICS`] diagnostics; the rest were dropped.
    TooManyDiagnostics,
}

impl DiagnosticKind {
    /// The snake_case name used in exports.
    ///
    /// ```
    /// assert_eq!(gongwen::DiagnosticKind::OutOfOrder.as_str(), "out_of_order");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            DiagnosticKind::SkippedOrdinal => "skipped_ordinal",
            DiagnosticKind::RepeatedOrdinal => "repeated_ordinal",
            DiagnosticKind::OutOfOrder => "out_of_order",
            DiagnosticKind::LevelStartsAboveOne => "level_starts_above_one",
            DiagnosticKind::StyleAtTwoDepths => "style_at_two_depths",
            DiagnosticKind::DepthLimit => "depth_limit",
            DiagnosticKind::NumberingRestart => "numbering_restart",
            DiagnosticKind::TableRows => "table_rows",
            DiagnosticKind::IrregularMarker => "irregular_marker",
            DiagnosticKind::NumberOverflow => "number_overflow",
            DiagnosticKind::UnreadableNumber => "unreadable_number",
            DiagnosticKind::InputTruncated => "input_truncated",
            DiagnosticKind::TooManyDiagnostics => "too_many_diagnostics",
        }
    }

    /// A short English description.
    ///
    /// ```
    /// assert!(gongwen::DiagnosticKind::SkippedOrdinal.description().contains("skip"));
    /// ```
    #[must_use]
    pub const fn description(self) -> &'static str {
        match self {
            DiagnosticKind::SkippedOrdinal => "ordinal skips a number",
            DiagnosticKind::RepeatedOrdinal => "ordinal repeats the previous one",
            DiagnosticKind::OutOfOrder => "section is out of order",
            DiagnosticKind::LevelStartsAboveOne => "level does not start at one",
            DiagnosticKind::StyleAtTwoDepths => "marker style used at two depths",
            DiagnosticKind::DepthLimit => "outline deeper than the depth limit",
            DiagnosticKind::NumberingRestart => "numbering restarts at one without a title line",
            DiagnosticKind::TableRows => "numbered lines read as table rows, not as units",
            DiagnosticKind::IrregularMarker => "marker written irregularly, read as the marker it stands for",
            DiagnosticKind::NumberOverflow => "number too large to represent",
            DiagnosticKind::UnreadableNumber => "number written but not readable",
            DiagnosticKind::InputTruncated => "input longer than the addressable limit",
            DiagnosticKind::TooManyDiagnostics => "too many diagnostics; the rest were dropped",
        }
    }
}

impl fmt::Display for DiagnosticKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One oddity found while parsing, with the span it concerns.
///
/// ```
/// let doc = gongwen::parse("一、甲\n三、丙\n");
/// let d = doc.diagnostics().next().unwrap();
/// assert_eq!(d.kind, gongwen::DiagnosticKind::SkippedOrdinal);
/// assert_eq!(&doc.text()[d.span], "三、");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Diagnostic {
    /// What is odd.
    pub kind: DiagnosticKind,
    /// Where: usually the marker concerned.
    pub span: Span,
    /// A second place that explains the first (the previous sibling, the first use of a style).
    pub related: Option<Span>,
}

impl Diagnostic {
    /// A diagnostic of `kind` at `span`.
    ///
    /// ```
    /// let d = gongwen::Diagnostic::new(gongwen::DiagnosticKind::OutOfOrder, gongwen::Span::new(0, 3));
    /// assert!(d.related.is_none());
    /// ```
    #[must_use]
    pub const fn new(kind: DiagnosticKind, span: Span) -> Self {
        Diagnostic { kind, span, related: None }
    }

    /// The same diagnostic with a related span.
    ///
    /// ```
    /// use gongwen::{Diagnostic, DiagnosticKind, Span};
    /// let d = Diagnostic::new(DiagnosticKind::RepeatedOrdinal, Span::new(9, 12)).with_related(Span::new(0, 3));
    /// assert_eq!(d.related, Some(Span::new(0, 3)));
    /// ```
    #[must_use]
    pub const fn with_related(mut self, related: Span) -> Self {
        self.related = Some(related);
        self
    }
}

impl Ranged for Diagnostic {
    fn span(&self) -> Span {
        self.span
    }
}

/// Collects diagnostics, dropping duplicates at the same place and capping the count.
#[derive(Debug, Default)]
pub(crate) struct Diagnostics {
    items: Vec<Diagnostic>,
    dropped: bool,
}

impl Diagnostics {
    pub(crate) fn push(&mut self, d: Diagnostic) {
        if self.items.iter().rev().take(4).any(|x| x.kind == d.kind && x.span == d.span) {
            return;
        }
        if self.items.len() >= crate::limits::MAX_DIAGNOSTICS {
            if !self.dropped {
                self.dropped = true;
                self.items.push(Diagnostic::new(DiagnosticKind::TooManyDiagnostics, d.span));
            }
            return;
        }
        self.items.push(d);
    }

    pub(crate) fn into_vec(mut self) -> Vec<Diagnostic> {
        self.items.sort_by_key(|d| (d.span.start, d.span.end));
        self.items
    }
}
