//! Noise spans: what a real-world copy carries that is not the document.

use crate::text::{Ranged, Span};

/// What a [`Noise`] span is.
///
/// ```
/// assert_eq!(gongwen::NoiseKind::PageMarker.as_str(), "page_marker");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum NoiseKind {
    /// A page counter printed by a viewer or site: `3/28`, `1 / 28`, `第2页`.
    PageMarker,
    /// A chunk number a sharing site inserted into the text: `\n\n14、` mid-sentence.
    ChunkNumber,
    /// Site boilerplate: download prompts, copyright and contact lines, navigation
    /// (`展开阅读全文`, `当前位置：首页 > 政务公开`).
    Boilerplate,
    /// White space inserted inside a word where a line was wrapped (`人民健康 为中心`).
    WrapSpace,
}

impl NoiseKind {
    /// The snake_case name used in exports.
    ///
    /// ```
    /// assert_eq!(gongwen::NoiseKind::ChunkNumber.as_str(), "chunk_number");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            NoiseKind::PageMarker => "page_marker",
            NoiseKind::ChunkNumber => "chunk_number",
            NoiseKind::Boilerplate => "boilerplate",
            NoiseKind::WrapSpace => "wrap_space",
        }
    }
}

/// A span of the original text that is not part of the document proper.
///
/// ```
/// let doc = gongwen::parse("一、加强党的建设3/28工作\n");
/// let _ = doc.noise().count();
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Noise {
    /// What it is.
    pub kind: NoiseKind,
    /// Where it is.
    pub span: Span,
}

impl Noise {
    /// A noise span of `kind`.
    ///
    /// ```
    /// let n = gongwen::Noise::new(gongwen::NoiseKind::PageMarker, gongwen::Span::new(3, 7));
    /// assert_eq!(n.span.len(), 4);
    /// ```
    #[must_use]
    pub const fn new(kind: NoiseKind, span: Span) -> Self {
        Noise { kind, span }
    }
}

impl Ranged for Noise {
    fn span(&self) -> Span {
        self.span
    }
}

/// Sorted, non-overlapping noise spans with fast "is this offset noise?" queries.
#[derive(Debug, Default, Clone)]
pub(crate) struct NoiseMap<'n> {
    spans: &'n [Noise],
}

impl<'n> NoiseMap<'n> {
    pub(crate) fn new(spans: &'n [Noise]) -> Self {
        NoiseMap { spans }
    }

    /// The noise span containing byte `offset`, if any.
    pub(crate) fn at(&self, offset: u32) -> Option<&'n Noise> {
        let i = self.spans.partition_point(|n| n.span.end <= offset);
        self.spans.get(i).filter(|n| n.span.start <= offset)
    }

    /// True when any noise overlaps `span`.
    pub(crate) fn overlaps(&self, span: Span) -> bool {
        let i = self.spans.partition_point(|n| n.span.end <= span.start);
        self.spans.get(i).is_some_and(|n| n.span.start < span.end)
    }

    /// The noise spans that overlap `span`, in order.
    pub(crate) fn within(&self, span: Span) -> impl Iterator<Item = &'n Noise> + 'n {
        let i = self.spans.partition_point(|n| n.span.end <= span.start);
        self.spans.get(i..).unwrap_or(&[]).iter().take_while(move |n| n.span.start < span.end)
    }
}
