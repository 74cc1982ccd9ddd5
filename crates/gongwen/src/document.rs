//! The parsed document: an arena of outline nodes over the original text, with
//! quantities, noise and diagnostics beside it.

use crate::model::Diagnostic;
use crate::model::NoiseMap;
use crate::model::Quantity;
use crate::model::{Attachment, Node, NodeId, Noise};
use crate::model::{Element, ElementKind, Reference};
use crate::text::Span;
use crate::text::chars::{has_white_space, is_white_space};
use std::borrow::Cow;
use std::fmt::Write as _;

/// What a [`Segment`] of the tiling is.
///
/// ```
/// assert_eq!(gongwen::SegmentKind::Heading.as_str(), "HEADING");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SegmentKind {
    /// The document title.
    Title,
    /// Text before the first marker that is not the title.
    Preamble,
    /// A numbering marker.
    Marker,
    /// A unit's heading.
    Heading,
    /// Body text.
    Body,
    /// Noise from a scraped copy.
    Noise,
}

impl SegmentKind {
    /// The upper-case name used by [`Document::debug_tree`].
    ///
    /// ```
    /// assert_eq!(gongwen::SegmentKind::Body.as_str(), "BODY");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            SegmentKind::Title => "TITLE",
            SegmentKind::Preamble => "PREAMBLE",
            SegmentKind::Marker => "MARKER",
            SegmentKind::Heading => "HEADING",
            SegmentKind::Body => "BODY",
            SegmentKind::Noise => "NOISE",
        }
    }
}

/// One piece of the lossless tiling of the input (see [`Document::segments`]).
///
/// ```
/// let doc = gongwen::parse("某县教育局工作要点\n一、甲\n");
/// let kinds: Vec<_> = doc.segments().iter().map(|s| s.kind).collect();
/// assert_eq!(kinds[0], gongwen::SegmentKind::Title);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Segment {
    /// What the piece is.
    pub kind: SegmentKind,
    /// Where it is.
    pub span: Span,
}

/// A parsed document: the original text and everything found in it.
///
/// ```
/// let text = "关于做好教育工作的通知\n一、总体要求\n（一）目标。新建学校3所。\n";
/// let doc = gongwen::parse(text);
/// assert_eq!(doc.title_text(), Some("关于做好教育工作的通知"));
/// let roots: Vec<_> = doc.roots().collect();
/// assert_eq!(roots.len(), 1);
/// assert_eq!(doc.children(roots[0].id).count(), 1);
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Document<'a> {
    pub(crate) text: Cow<'a, str>,
    pub(crate) title: Option<Span>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub(crate) enclosed_titles: Vec<(u16, Span)>,
    pub(crate) nodes: Vec<Node>,
    pub(crate) quantities: Vec<Quantity>,
    pub(crate) noise: Vec<Noise>,
    pub(crate) diagnostics: Vec<Diagnostic>,
    pub(crate) attachments: Vec<Attachment>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub(crate) elements: Vec<Element>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub(crate) references: Vec<Reference>,
}

impl<'a> Document<'a> {
    /// Parses bytes that must be UTF-8 (strict mode).
    ///
    /// ```
    /// let doc = gongwen::Document::from_utf8("一、总则\n".as_bytes()).unwrap();
    /// assert_eq!(doc.nodes().count(), 1);
    /// ```
    ///
    /// # Errors
    /// [`crate::Error::InvalidUtf8`] with the offset of the first bad byte.
    pub fn from_utf8(bytes: &'a [u8]) -> Result<Document<'a>, crate::Error> {
        match std::str::from_utf8(bytes) {
            Ok(text) => Ok(crate::parse(text)),
            Err(e) => Err(crate::Error::InvalidUtf8 { valid_up_to: e.valid_up_to() }),
        }
    }

    /// Parses bytes, replacing invalid UTF-8 with U+FFFD (lossy mode). Spans then refer to
    /// the replaced text, which [`Document::text`] returns.
    ///
    /// ```
    /// let doc = gongwen::Document::from_utf8_lossy(b"\xff\n1.\xe7\x9b\xae\xe6\xa0\x87\n");
    /// assert_eq!(doc.nodes().count(), 1);
    /// assert!(doc.text().starts_with('\u{fffd}'));
    /// ```
    #[must_use]
    pub fn from_utf8_lossy(bytes: &'a [u8]) -> Document<'a> {
        match String::from_utf8_lossy(bytes) {
            Cow::Borrowed(text) => crate::parse(text),
            Cow::Owned(text) => crate::parse_string(text, &crate::ParseOptions::default()),
        }
    }

    /// The text that was parsed; every span indexes into it.
    ///
    /// ```
    /// assert_eq!(gongwen::parse("abc").text(), "abc");
    /// ```
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// A document that owns its text, so it can outlive the input.
    ///
    /// ```
    /// let doc = { let s = String::from("一、甲\n"); gongwen::parse(&s).into_owned() };
    /// assert_eq!(doc.nodes().count(), 1);
    /// ```
    #[must_use]
    pub fn into_owned(self) -> Document<'static> {
        Document {
            text: Cow::Owned(self.text.into_owned()),
            title: self.title,
            enclosed_titles: self.enclosed_titles,
            nodes: self.nodes,
            quantities: self.quantities,
            noise: self.noise,
            diagnostics: self.diagnostics,
            attachments: self.attachments,
            elements: self.elements,
            references: self.references,
        }
    }

    /// The span of the title line(s) before the first marker, if any.
    ///
    /// ```
    /// let doc = gongwen::parse("某某工作要点\n\n一、总则\n");
    /// assert_eq!(&doc.text()[doc.title().unwrap()], "某某工作要点");
    /// ```
    #[must_use]
    pub fn title(&self) -> Option<Span> {
        self.title
    }

    /// The title's text as written, line breaks and noise included
    /// ([`Document::title_line`] is the title on one line).
    ///
    /// ```
    /// assert_eq!(gongwen::parse("通知\n一、甲\n").title_text(), Some("通知"));
    /// ```
    #[must_use]
    pub fn title_text(&self) -> Option<&str> {
        self.title.map(|s| s.slice(&self.text))
    }

    /// The title as one line: its text without the noise inside it and without white space
    /// (line breaks included), as headings and markers are given; what the exports, the
    /// Python `Document.title` and the tree view show. [`Document::title`] is its span.
    ///
    /// ```
    /// let doc = gongwen::parse("国务院关于印发国家职业教育改革\n实施方案的通知\n一、总则\n");
    /// assert_eq!(doc.title_line().as_deref(), Some("国务院关于印发国家职业教育改革实施方案的通知"));
    /// assert_eq!(doc.title_text(), Some("国务院关于印发国家职业教育改革\n实施方案的通知"));
    /// ```
    #[must_use]
    pub fn title_line(&self) -> Option<Cow<'_, str>> {
        self.title.map(|s| self.clean_slice(s))
    }

    /// The titles of the documents this one encloses, with the tree they start: 0 for the
    /// document a notice transmits (`关于印发《…》的通知`), printed after the notice's signature;
    /// `k` for the `k`-th attachment, printed after its label. docs/annotation.md "Titles": a title and
    /// the enclosed document's title are both titles of the text.
    ///
    /// ```
    /// let text = "关于印发《某市科技专家库管理办法》的通知\n各有关单位：\n现印发给你们，请遵照执行。\n某市科学技术委员会\n2025年7月28日\n某市科技专家库管理办法\n第一条 为了规范管理，制定本办法。\n";
    /// let doc = gongwen::parse(text);
    /// let (tree, span) = doc.enclosed_titles().next().unwrap();
    /// assert_eq!((tree, &text[span]), (0, "某市科技专家库管理办法"));
    /// ```
    pub fn enclosed_titles(&self) -> impl ExactSizeIterator<Item = (u16, Span)> + '_ {
        self.enclosed_titles.iter().copied()
    }

    /// Outline nodes in document order.
    ///
    /// ```
    /// let doc = gongwen::parse("第一章 总则\n第一条 目的\n第二条 范围\n");
    /// let markers: Vec<_> = doc.nodes().map(|n| doc.marker(n)).collect();
    /// assert_eq!(markers, ["第一章", "第一条", "第二条"]);
    /// ```
    pub fn nodes(&self) -> impl ExactSizeIterator<Item = &Node> + DoubleEndedIterator + '_ {
        self.nodes.iter()
    }

    /// Number of outline nodes.
    ///
    /// ```
    /// assert_eq!(gongwen::parse("1.甲\n2.乙\n").node_count(), 2);
    /// ```
    #[must_use]
    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    /// The node with this id.
    ///
    /// ```
    /// let doc = gongwen::parse("一、甲\n");
    /// assert!(doc.node(gongwen::NodeId::from_index(0)).is_some());
    /// assert!(doc.node(gongwen::NodeId::from_index(9)).is_none());
    /// ```
    #[must_use]
    pub fn node(&self, id: NodeId) -> Option<&Node> {
        self.nodes.get(id.index())
    }

    /// Top-level nodes of every tree (the main document and its attachments), in order.
    ///
    /// ```
    /// let doc = gongwen::parse("一、甲\n（一）子\n二、乙\n");
    /// assert_eq!(doc.roots().count(), 2);
    /// ```
    pub fn roots(&self) -> impl Iterator<Item = &Node> + '_ {
        self.nodes.iter().filter(|n| n.parent.is_none())
    }

    /// The children of `id`, in order.
    ///
    /// ```
    /// let doc = gongwen::parse("一、甲\n（一）子\n（二）子\n二、乙\n");
    /// let first = doc.roots().next().unwrap();
    /// assert_eq!(doc.children(first.id).count(), 2);
    /// ```
    pub fn children(&self, id: NodeId) -> impl Iterator<Item = &Node> + '_ {
        let first = self.node(id).and_then(|n| n.first_child);
        std::iter::successors(first.and_then(|c| self.node(c)), move |n| n.next_sibling.and_then(|s| self.node(s)))
    }

    /// The ancestors of `id`, innermost first.
    ///
    /// ```
    /// let doc = gongwen::parse("一、甲\n（一）子\n1.孙\n");
    /// let leaf = doc.nodes().last().unwrap();
    /// assert_eq!(doc.ancestors(leaf.id).count(), 2);
    /// ```
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = &Node> + '_ {
        let first = self.node(id).and_then(|n| n.parent);
        std::iter::successors(first.and_then(|p| self.node(p)), move |n| n.parent.and_then(|p| self.node(p)))
    }

    /// The path of markers from the root to `id`, joined with `/` (`二、/（三）/2.`): each
    /// marker as the outline rows give it, without the noise inside it and without white space.
    ///
    /// ```
    /// let doc = gongwen::parse("二、甲\n（三）子\n2.孙\n");
    /// let leaf = doc.nodes().last().unwrap();
    /// assert_eq!(doc.path(leaf.id), "二、/（三）/2.");
    /// ```
    #[must_use]
    pub fn path(&self, id: NodeId) -> String {
        let mut chain: Vec<&Node> = self.ancestors(id).collect();
        chain.reverse();
        chain.extend(self.node(id));
        let mut out = String::new();
        for (i, n) in chain.iter().enumerate() {
            if i > 0 {
                out.push('/');
            }
            out.push_str(&self.clean_slice(n.marker));
        }
        out
    }

    /// The innermost node whose unit contains byte `offset`.
    ///
    /// ```
    /// let doc = gongwen::parse("一、甲\n（一）子目标\n");
    /// let n = doc.node_at(doc.text().len() - 2).unwrap();
    /// assert_eq!(doc.marker(n), "（一）");
    /// ```
    #[must_use]
    pub fn node_at(&self, offset: usize) -> Option<&Node> {
        let offset = crate::text::to_u32(offset);
        let i = self.nodes.partition_point(|n| n.marker.start <= offset);
        let mut cur = i.checked_sub(1).and_then(|j| self.nodes.get(j));
        while let Some(n) = cur {
            if n.span.start <= offset && offset < n.span.end {
                return Some(n);
            }
            cur = n.parent.and_then(|p| self.node(p));
        }
        None
    }

    /// The marker of `node` as written.
    ///
    /// ```
    /// let doc = gongwen::parse("（二十四）加强惠民利民举措\n");
    /// assert_eq!(doc.marker(doc.nodes().next().unwrap()), "（二十四）");
    /// ```
    #[must_use]
    pub fn marker<'d>(&'d self, node: &Node) -> &'d str {
        node.marker.slice(&self.text)
    }

    /// The heading of `node` without the noise inside it and without white space.
    ///
    /// ```
    /// let doc = gongwen::parse("一、加强 党的建设\n");
    /// assert_eq!(doc.heading(doc.nodes().next().unwrap()).as_deref(), Some("加强党的建设"));
    /// ```
    #[must_use]
    pub fn heading(&self, node: &Node) -> Option<Cow<'_, str>> {
        node.heading.map(|h| self.clean_slice(h))
    }

    /// The text of `span` with noise spans and white space removed.
    ///
    /// ```
    /// let doc = gongwen::parse("a b\u{3000}c");
    /// assert_eq!(doc.clean_slice(gongwen::Span::new(0, 7)), "abc");
    /// ```
    #[must_use]
    pub fn clean_slice(&self, span: Span) -> Cow<'_, str> {
        let raw = span.slice(&self.text);
        let noise = NoiseMap::new(&self.noise);
        if !noise.overlaps(span) && !has_white_space(raw) {
            return Cow::Borrowed(raw);
        }
        let mut out = String::with_capacity(raw.len());
        let mut pos = span.start;
        for n in noise.within(span) {
            push_squashed(&mut out, Span::new(pos, n.span.start.max(pos)).slice(&self.text));
            pos = n.span.end.min(span.end).max(pos);
        }
        push_squashed(&mut out, Span::new(pos, span.end).slice(&self.text));
        Cow::Owned(out)
    }

    /// Quantitative clauses in document order.
    ///
    /// ```
    /// let doc = gongwen::parse("覆盖率达到95%以上。\n");
    /// let _ = doc.quantities().count();
    /// ```
    pub fn quantities(&self) -> impl ExactSizeIterator<Item = &Quantity> + '_ {
        self.quantities.iter()
    }

    /// Noise spans in document order.
    ///
    /// ```
    /// assert_eq!(gongwen::parse("").noise().count(), 0);
    /// ```
    pub fn noise(&self) -> impl ExactSizeIterator<Item = &Noise> + '_ {
        self.noise.iter()
    }

    /// Diagnostics in document order.
    ///
    /// ```
    /// assert_eq!(gongwen::parse("一、甲\n二、乙\n").diagnostics().count(), 0);
    /// ```
    pub fn diagnostics(&self) -> impl ExactSizeIterator<Item = &Diagnostic> + '_ {
        self.diagnostics.iter()
    }

    /// Attachments in document order.
    ///
    /// ```
    /// assert_eq!(gongwen::parse("一、甲\n").attachments().count(), 0);
    /// ```
    pub fn attachments(&self) -> impl ExactSizeIterator<Item = &Attachment> + '_ {
        self.attachments.iter()
    }

    /// The document elements (GB/T 9704-2012 §7: 发文字号, 主送机关, 成文日期 …) the document
    /// prints, in document order; none where it prints none.
    ///
    /// ```
    /// let text = "国务院办公厅关于做好某项工作的通知\n国办发〔2019〕6号\n各省、自治区、直辖市人民政府：\n请认真贯彻执行。\n国务院办公厅\n2019年1月22日\n（此件公开发布）\n";
    /// let doc = gongwen::parse(text);
    /// let kinds: Vec<&str> = doc.elements().map(|e| e.kind.as_str()).collect();
    /// assert_eq!(kinds, ["doc_number", "recipients", "issuer", "date", "note"]);
    /// ```
    pub fn elements(&self) -> impl ExactSizeIterator<Item = &Element> + '_ {
        self.elements.iter()
    }

    /// The first element of `kind`, if the document prints one.
    ///
    /// ```
    /// let doc = gongwen::parse("关于某事的通知\n沪科规〔2025〕5号\n各有关单位：\n特此通知。\n");
    /// let number = doc.element(gongwen::ElementKind::DocNumber).unwrap();
    /// assert_eq!(number.value.as_doc_number().unwrap().number, 5);
    /// assert!(doc.element(gongwen::ElementKind::Date).is_none());
    /// ```
    #[must_use]
    pub fn element(&self, kind: ElementKind) -> Option<&Element> {
        self.elements.iter().find(|e| e.kind == kind)
    }

    /// The references, in document order: citations of other documents (`《…》`) and
    /// provisions (`第十条`, `前款`), with the node each provision of this document resolves to.
    ///
    /// ```
    /// let doc = gongwen::parse("第一条 为了规范管理，制定本办法。\n第二条 依照本办法第一条的规定执行。\n");
    /// let r = doc.references().next().unwrap();
    /// assert_eq!(&doc.text()[r.span], "本办法第一条");
    /// assert_eq!(doc.node(r.node.unwrap()).map(|n| n.ordinal), Some(1));
    /// ```
    pub fn references(&self) -> impl ExactSizeIterator<Item = &Reference> + '_ {
        self.references.iter()
    }

    /// The lossless tiling of the input: every byte belongs to exactly one segment, and the
    /// segments are in order with no gap and no overlap.
    ///
    /// ```
    /// let text = "标题\n一、甲。乙\n";
    /// let doc = gongwen::parse(text);
    /// let joined: String = doc.segments().iter().map(|s| &text[s.span]).collect();
    /// assert_eq!(joined, text);
    /// ```
    #[must_use]
    pub fn segments(&self) -> Vec<Segment> {
        // Labelled spans; where they overlap, noise beats markers beats headings beats the
        // title. A sweep over their boundaries keeps a count of open spans per label.
        const LABELS: [SegmentKind; 4] =
            [SegmentKind::Noise, SegmentKind::Marker, SegmentKind::Heading, SegmentKind::Title];
        let mut events: Vec<(u32, usize, i32)> = Vec::with_capacity((self.nodes.len() * 2 + self.noise.len() + 1) * 2);
        let mut add = |span: Span, label: usize| {
            if !span.is_empty() {
                events.push((span.start, label, 1));
                events.push((span.end, label, -1));
            }
        };
        for n in &self.noise {
            add(n.span, 0);
        }
        for n in &self.nodes {
            add(n.marker, 1);
            if let Some(h) = n.heading {
                add(h, 2);
            }
        }
        if let Some(t) = self.title {
            add(t, 3);
        }
        events.sort_unstable();
        let first_marker = self.nodes.first().map_or(u32::MAX, |n| n.marker.start);
        let len = crate::text::to_u32(self.text.len());
        let mut open = [0i32; 4];
        let mut out: Vec<Segment> = Vec::with_capacity(events.len() + 1);
        let mut pos = 0u32;
        let emit = |from: u32, to: u32, open: &[i32; 4], out: &mut Vec<Segment>| {
            if from >= to {
                return;
            }
            let kind = match open.iter().position(|&c| c > 0).and_then(|i| LABELS.get(i)) {
                Some(&k) => k,
                None if to <= first_marker => SegmentKind::Preamble,
                None if from < first_marker => {
                    push_segment(out, SegmentKind::Preamble, Span::new(from, first_marker));
                    push_segment(out, SegmentKind::Body, Span::new(first_marker, to));
                    return;
                }
                None => SegmentKind::Body,
            };
            push_segment(out, kind, Span::new(from, to));
        };
        for (at, label, delta) in events {
            let at = at.min(len);
            emit(pos, at, &open, &mut out);
            pos = pos.max(at);
            if let Some(c) = open.get_mut(label) {
                *c += delta;
            }
        }
        emit(pos, len, &open, &mut out);
        out
    }

    /// A dump in rust-analyzer's `KIND@a..b "text"` format: the tiling, indented by the depth
    /// of the node each piece belongs to. Meant for tests and bug reports.
    ///
    /// ```
    /// let doc = gongwen::parse("一、甲\n");
    /// assert!(doc.debug_tree().starts_with("MARKER@0..6 \"一、\""));
    /// ```
    #[must_use]
    pub fn debug_tree(&self) -> String {
        let mut out = String::new();
        for seg in self.segments() {
            let depth = self.node_at(seg.span.start as usize).map_or(0, |n| usize::from(n.depth).saturating_sub(1));
            let _ = writeln!(
                out,
                "{:indent$}{}@{}..{} {:?}",
                "",
                seg.kind.as_str(),
                seg.span.start,
                seg.span.end,
                seg.span.slice(&self.text),
                indent = depth * 2
            );
        }
        out
    }
}

fn push_segment(out: &mut Vec<Segment>, kind: SegmentKind, span: Span) {
    if span.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(last) if last.kind == kind && last.span.end == span.start => last.span.end = span.end,
        _ => out.push(Segment { kind, span }),
    }
}

fn push_squashed(out: &mut String, s: &str) {
    out.extend(s.chars().filter(|&c| !is_white_space(c)));
}
