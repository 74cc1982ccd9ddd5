//! Outline nodes: the arena index, the node, and the attachments that start new trees.

use crate::model::Style;
use crate::text::{Ranged, Span};

/// Index of a [`Node`] in its [`Document`](crate::Document) (nodes are numbered in document order from 0).
///
/// ```
/// let doc = gongwen::parse("一、甲\n二、乙\n");
/// let second = doc.nodes().nth(1).unwrap();
/// assert_eq!(second.id.index(), 1);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct NodeId(u32);

impl NodeId {
    /// The node's position in document order.
    ///
    /// ```
    /// assert_eq!(gongwen::NodeId::from_index(3).index(), 3);
    /// ```
    #[must_use]
    pub const fn index(self) -> usize {
        self.0 as usize
    }

    /// The id of the node at position `index`.
    ///
    /// ```
    /// assert_eq!(gongwen::NodeId::from_index(0).index(), 0);
    /// ```
    #[must_use]
    pub fn from_index(index: usize) -> Self {
        NodeId(crate::text::to_u32(index))
    }
}

/// One unit of the outline: a numbering marker with its heading and body.
///
/// ```
/// let doc = gongwen::parse("一、加强党的建设\n（一）全面加强党的领导\n");
/// let child = doc.nodes().nth(1).unwrap();
/// assert_eq!(&doc.text()[child.marker], "（一）");
/// assert_eq!(child.depth, 2);
/// assert_eq!(child.ordinal, 1);
/// assert_eq!(doc.heading(child), Some("全面加强党的领导".into()));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Node {
    /// This node's id.
    pub id: NodeId,
    /// The numbering family of the marker.
    pub style: Style,
    /// The marker's number: `（二十四）` is 24, `①` is 1, `一是` is 1.
    pub ordinal: u32,
    /// Place in this document's tree: 1 for top-level nodes.
    pub depth: u16,
    /// The enclosing node, `None` for a top-level node of its tree.
    pub parent: Option<NodeId>,
    /// The marker as written (`（一）`, `1.`, `第三条`).
    pub marker: Span,
    /// The heading: the rest of the marker's line up to the first sentence end or the next
    /// marker; `None` when the marker stands alone or the heading cannot be told from the body.
    pub heading: Option<Span>,
    /// The whole unit: from the marker to the start of the next node that is not its
    /// descendant (or the end of its tree).
    pub span: Span,
    /// Which tree the node belongs to: 0 for the main document, `k` for the `k`-th attachment.
    pub tree: u16,
    /// True when the marker opens a unit in the middle of a line (after a sentence end).
    pub inline: bool,
    #[cfg_attr(feature = "serde", serde(default))]
    pub(crate) first_child: Option<NodeId>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub(crate) next_sibling: Option<NodeId>,
}

impl Ranged for Node {
    fn span(&self) -> Span {
        self.span
    }
}

/// An attachment (`附件1`, `附件：`) that starts a new tree whose numbering restarts.
///
/// ```
/// let doc = gongwen::parse("一、正文\n附件1\n一、附件正文\n");
/// let att = doc.attachments().next().unwrap();
/// assert_eq!(&doc.text()[att.label], "附件1");
/// assert_eq!(att.tree, 1);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Attachment {
    /// The label line that opens the attachment.
    pub label: Span,
    /// The tree number its nodes carry in [`Node::tree`].
    pub tree: u16,
}
