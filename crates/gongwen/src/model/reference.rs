//! References: citations of other documents (`《…》` with the 发文字号 printed next to them) and
//! references to provisions (`第十条第二款`, `前款`, `本条`), of this document or of another.

use crate::model::{DocNumber, NodeId};
use crate::text::{Ranged, Span};

/// A provision: an article (条), a paragraph (款) of it, an item (项) of that. Relative forms
/// (`前款`, `本条`) are given the numbers they stand for where the document shows them.
///
/// ```
/// let doc = gongwen::parse("第一条 甲。\n乙。\n第二条 依照第一条第二款的规定。\n");
/// let r = doc.references().next().unwrap();
/// let p = r.target.provision().unwrap();
/// assert_eq!((p.article, p.paragraph, p.item), (Some(1), Some(2), None));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Provision {
    /// The article's number (`第十条` is 10), `None` when it cannot be told.
    pub article: Option<u32>,
    /// The number of an inserted article after `之` (`第十条之一` is article 10, sub 1).
    pub sub: Option<u32>,
    /// The paragraph's number within the article (`第二款` is 2).
    pub paragraph: Option<u32>,
    /// The item's number within the paragraph (`第（三）项` is 3).
    pub item: Option<u32>,
}

/// What a [`Reference`] points at.
///
/// ```
/// let doc = gongwen::parse("根据《中华人民共和国行政诉讼法》第十条的规定。\n");
/// let refs: Vec<_> = doc.references().collect();
/// assert!(matches!(refs[0].target, gongwen::Target::Document { .. }));
/// assert!(matches!(refs[1].target, gongwen::Target::External { .. }));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Target {
    /// Another document cited by its title (`《国务院关于…的意见》`), with the document number
    /// printed right after it (`（国发〔2015〕43号）`) when there is one.
    Document {
        /// The title without `《》` and white space.
        title: String,
        /// The document number printed next to it.
        doc_number: Option<DocNumber>,
    },
    /// A provision of this document (`第十条`, `本法第十条`, `前款`, `本条`).
    Internal(Provision),
    /// A provision of another document (`《…》第十条`, `刑法第三百一十二条`).
    External {
        /// The other document as named here (`刑法`, `中华人民共和国行政诉讼法`, the title of the
        /// `《…》` right before it); `None` where it is named elsewhere (`该法`, `原条例`).
        law: Option<String>,
        /// The provision.
        provision: Provision,
    },
}

impl Target {
    /// The provision, for [`Target::Internal`] and [`Target::External`].
    ///
    /// ```
    /// let t = gongwen::Target::Internal(gongwen::Provision::default());
    /// assert!(t.provision().is_some());
    /// ```
    #[must_use]
    pub fn provision(&self) -> Option<&Provision> {
        match self {
            Target::Internal(p) | Target::External { provision: p, .. } => Some(p),
            Target::Document { .. } => None,
        }
    }

    /// `document`, `internal` or `external`: the name used in exports.
    ///
    /// ```
    /// assert_eq!(gongwen::Target::Internal(Default::default()).kind_str(), "internal");
    /// ```
    #[must_use]
    pub const fn kind_str(&self) -> &'static str {
        match self {
            Target::Document { .. } => "document",
            Target::Internal(_) => "internal",
            Target::External { .. } => "external",
        }
    }
}

/// A reference as written, what it points at, and — for a provision of this document — the
/// outline node it resolves to (the item, else the article).
///
/// ```
/// let doc = gongwen::parse("第一条 甲。\n第二条 违反本法第一条规定的，依照第九条处理。\n");
/// let refs: Vec<_> = doc.references().collect();
/// assert_eq!(&doc.text()[refs[0].span], "本法第一条");
/// assert_eq!(refs[0].node, Some(gongwen::NodeId::from_index(0)));
/// assert!(refs[1].is_unresolved());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Reference {
    /// Where it is written.
    pub span: Span,
    /// What it points at.
    pub target: Target,
    /// The node of this document it points at; `None` for other documents and when a
    /// provision of this document cannot be found.
    pub node: Option<NodeId>,
}

impl Reference {
    /// A reference.
    ///
    /// ```
    /// let r = gongwen::Reference::new(gongwen::Span::new(0, 9), gongwen::Target::Internal(Default::default()), None);
    /// assert!(r.is_unresolved());
    /// ```
    #[must_use]
    pub const fn new(span: Span, target: Target, node: Option<NodeId>) -> Reference {
        Reference { span, target, node }
    }

    /// True for a provision of this document that points at no node of it.
    ///
    /// ```
    /// let doc = gongwen::parse("第一条 依照本法第一条。\n");
    /// assert!(!doc.references().next().unwrap().is_unresolved());
    /// ```
    #[must_use]
    pub const fn is_unresolved(&self) -> bool {
        matches!(self.target, Target::Internal(_)) && self.node.is_none()
    }
}

impl Ranged for Reference {
    fn span(&self) -> Span {
        self.span
    }
}
