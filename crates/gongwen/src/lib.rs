//! # gongwen
//!
//! Parse Chinese official documents (公文: 通知, 意见, 工作要点, 实施方案, 政府工作报告,
//! 法律/条例) into a typed, lossless syntax tree: the **outline** (every numbering marker
//! that opens a unit, with depth, parent, ordinal and heading), the **quantitative
//! clauses** (every figure that says how much or how many, typed), the **noise** a scraped
//! copy carries, and **diagnostics** about the numbering.
//!
//! ## Parse a document
//!
//! ```
//! let text = "某县教育局2024年工作要点\n一、加强党的建设\n（一）全面加强党的领导\n1.强化政治建设。全年培训党员不少于2次。\n";
//! let doc = gongwen::parse(text);
//! assert_eq!(doc.title_text(), Some("某县教育局2024年工作要点"));
//! assert_eq!(doc.node_count(), 3);
//! ```
//!
//! ## Walk the tree
//!
//! ```
//! let doc = gongwen::parse("一、甲\n（一）子\n（二）子\n二、乙\n");
//! for root in doc.roots() {
//!     println!("{} {}", doc.marker(root), doc.heading(root).unwrap_or_default());
//!     for child in doc.children(root.id) {
//!         println!("  {} (depth {})", doc.marker(child), child.depth);
//!     }
//! }
//! ```
//!
//! ## Filter quantities by kind
//!
//! ```
//! use gongwen::QuantityKind;
//! let doc = gongwen::parse("2024年新建幼儿园8所，覆盖率达到95%以上。\n");
//! let targets: Vec<_> = doc.quantities().filter(|q| q.kind == QuantityKind::Quantity).collect();
//! # let _ = targets;
//! ```
//!
//! ## Export flat rows
//!
//! ```
//! let doc = gongwen::parse("一、总则\n");
//! let rows = gongwen::export::outline_rows(&doc);
//! assert_eq!(rows[0].char_start, 0);
//! ```
//!
//! ## Parse decoded text
//!
//! ```
//! let decoded = String::from("第一章 总则\n第一条 为了规范管理，制定本办法。\n");
//! let doc = gongwen::parse_string(decoded, &gongwen::ParseOptions::default());
//! assert_eq!(doc.node_count(), 2); // the document owns its text: Document<'static>
//! ```
//!
//! ## Guarantees
//!
//! * [`parse`] is total: any `&str` gives a [`Document`], never a panic.
//! * The document is lossless: [`Document::segments`] tiles the input, and every span
//!   slices the original text.
//! * Offsets are bytes in Rust; character offsets only in [`export`].

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

// The layers, bottom up: each module imports only the modules declared above it
// (`tests/layers.rs` checks it; ARCHITECTURE.md draws the layers).
// Leaves: the named limits, the error type, the options.
pub mod limits;
mod error;
mod options;
// Text: spans, lines, white space and the other character classes.
mod text;
// The types a parse produces: nodes, figures, noise, diagnostics, styles.
mod model;
// Language knowledge: every word and character list, as documented tables.
mod lexicon;
// The grammars and stages, in the order the text flows through them. The grammars of
// numerals and markers come first: the noise detectors ask the marker grammar whether a
// line opens a unit.
mod scan;
pub mod numeral;
pub mod marker;
mod noise;
mod outline;
mod quantity;
mod elements;
mod title;
mod references;
// The parsed document and what reads it.
mod document;
mod clean;
pub mod export;

pub use clean::CleanText;
pub use document::{Document, Segment, SegmentKind};
pub use error::Error;
pub use model::{
    Attachment, AttachmentName, Change, ChangeRole, Comparator, Date, Deadline, Diagnostic, DiagnosticKind, Direction,
    DocNumber, Element, ElementKind, ElementValue, Modality, Node, NodeId, Noise, NoiseKind, Provision, Quantity,
    QuantityKind, Reference, Style, Target,
};
pub use options::ParseOptions;
pub use text::{Ranged, Span};

use std::borrow::Cow;

/// Parses `text` with the default options.
///
/// Never fails and never panics: odd input gives diagnostics and noise spans.
///
/// ```
/// let doc = gongwen::parse("第一章 总则\n第一条 为了规范管理，制定本办法。\n");
/// let article = doc.nodes().nth(1).unwrap();
/// assert_eq!(article.style, gongwen::Style::Article);
/// assert_eq!(article.depth, 2);
/// ```
#[must_use]
pub fn parse(text: &str) -> Document<'_> {
    parse_with(text, &ParseOptions::default())
}

/// Parses `text` with `options`.
///
/// ```
/// let opts = gongwen::ParseOptions::outline_only();
/// let doc = gongwen::parse_with("一、目标\n新建学校3所。\n", &opts);
/// assert_eq!(doc.quantities().count(), 0);
/// ```
#[must_use]
pub fn parse_with<'a>(text: &'a str, options: &ParseOptions) -> Document<'a> {
    build(Cow::Borrowed(text), options)
}

/// Parses an owned string with `options`: the document owns its text, so it outlives the
/// input it was decoded from (a file read in another encoding, a field of a JSON record).
///
/// ```
/// fn decoded() -> String {
///     String::from("关于做好教育工作的通知\n一、总体要求\n")
/// }
/// let doc: gongwen::Document<'static> = gongwen::parse_string(decoded(), &gongwen::ParseOptions::default());
/// assert_eq!(doc.title_text(), Some("关于做好教育工作的通知"));
/// assert_eq!(doc.node_count(), 1);
/// ```
#[must_use]
pub fn parse_string(text: String, options: &ParseOptions) -> Document<'static> {
    build(Cow::Owned(text), options)
}

fn build<'a>(text: Cow<'a, str>, options: &ParseOptions) -> Document<'a> {
    let mut diags = model::Diagnostics::default();
    let full: &str = &text;
    // Spans are u32: parse at most MAX_INPUT_LEN bytes (cut on a char boundary).
    let mut cut = full.len().min(limits::MAX_INPUT_LEN);
    while !full.is_char_boundary(cut) {
        cut -= 1;
    }
    let src = full.get(..cut).unwrap_or("");
    if cut < full.len() {
        diags.push(Diagnostic::new(DiagnosticKind::InputTruncated, Span::from_usize(cut, cut)));
    }
    // One pass over the bytes finds the lines, the spaces and slashes of the noise
    // detectors, the outline's punctuation and the figure candidates.
    let mut scanned = scan::scan(src);
    let noise =
        if options.noise { noise::detect_in_lines(src, &scanned.lines, scanned.spaces_slashes()) } else { Vec::new() };
    let noise_map = noise::NoiseMap::new(&noise);
    let outline =
        outline::build(src, &scanned.lines, scanned.punct(), scanned.figures(), &noise_map, options, &mut diags);
    let mut quantities = if options.quantities {
        let markers: Vec<Span> = outline.nodes.iter().map(|n| n.marker).collect();
        scanned.clear_figures_in(&markers);
        let quantities = quantity::find(src, scanned.figures(), &noise_map, &markers);
        // A figure whose number is written but cannot be read has no value: say so.
        for d in quantity::unreadable(src, &quantities) {
            diags.push(d);
        }
        quantities
    } else {
        Vec::new()
    };
    link_quantities(&outline.nodes, &mut quantities);
    // Elements read the head and the signature's lines; references only where `第`, `《` or a
    // relative word stands.
    let elements =
        if options.elements { elements::find(src, &scanned.lines, &noise_map, &outline.nodes) } else { Vec::new() };
    let titles = title::find(&title::Input {
        text: src,
        noise: &noise_map,
        preamble: &outline.preamble,
        lines: &scanned.lines,
        nodes: &outline.nodes,
        attachments: &outline.attachments,
        elements: &elements,
    });
    let references = if options.references {
        references::find(src, &scanned.lines, scanned.references(), &outline.nodes, titles.title)
    } else {
        Vec::new()
    };
    Document {
        title: titles.title,
        enclosed_titles: titles.enclosed,
        nodes: outline.nodes,
        quantities,
        noise,
        diagnostics: diags.into_vec(),
        attachments: outline.attachments,
        elements,
        references,
        text,
    }
}

/// Sets each quantity's node: the innermost node whose unit contains it. Both lists are in
/// document order, so one sweep with a stack of open units does it: a unit that ends before
/// a node's marker leaves the stack when that node enters it (no later figure is in it).
fn link_quantities(nodes: &[Node], quantities: &mut [Quantity]) {
    let mut next = 0usize;
    let mut open: Vec<&Node> = Vec::new();
    for q in quantities.iter_mut() {
        while let Some(n) = nodes.get(next).filter(|n| n.marker.start <= q.span.start) {
            while open.last().is_some_and(|o| o.span.end <= n.marker.start) {
                open.pop();
            }
            open.push(n);
            next += 1;
        }
        while open.last().is_some_and(|n| n.span.end <= q.span.start) {
            open.pop();
        }
        q.node = open.iter().rev().find(|n| n.span.start <= q.span.start && q.span.start < n.span.end).map(|n| n.id);
    }
}
