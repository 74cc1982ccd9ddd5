//! From markers to the tree (placeholder; the builder lands next).

use crate::diagnostic::Diagnostics;
use crate::document::{Attachment, Node};
use crate::noise::NoiseMap;
use crate::options::ParseOptions;
use crate::span::Span;

/// What the outline stage produces.
#[derive(Debug, Default)]
pub(crate) struct Outline {
    pub(crate) nodes: Vec<Node>,
    pub(crate) title: Option<Span>,
    pub(crate) attachments: Vec<Attachment>,
}

pub(crate) fn build(text: &str, noise: &NoiseMap<'_>, options: &ParseOptions, diags: &mut Diagnostics) -> Outline {
    let _ = (text, noise, options, diags);
    Outline::default()
}
