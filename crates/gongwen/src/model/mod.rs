//! What a parse produces: the types of the tree and of everything found beside it.
//!
//! These types sit below every stage: the stages (`noise`, `outline`, `quantity`,
//! `elements`, `references`) fill them, [`crate::Document`] holds them, and the exports read
//! them. They import only the `text` layer. `NoiseMap`, the sorted noise spans with "is this
//! offset noise?" queries, is here beside `Noise`, so the grammars can skip noise without
//! importing its stage.

mod diagnostic;
mod element;
mod node;
mod noise;
mod quantity;
mod reference;
mod style;

pub(crate) use diagnostic::Diagnostics;
pub use diagnostic::{Diagnostic, DiagnosticKind};
pub use element::{AttachmentName, Date, DocNumber, Element, ElementKind, ElementValue};
pub use node::{Attachment, Node, NodeId};
pub(crate) use noise::NoiseMap;
pub use noise::{Noise, NoiseKind};
pub use quantity::{Change, ChangeRole, Comparator, Deadline, Direction, Modality, Quantity, QuantityKind};
pub use reference::{Provision, Reference, Target};
pub use style::Style;
