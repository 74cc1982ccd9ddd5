//! Finding the article, paragraph and item a provision of this document names.
//!
//! Articles are the outline's `Style::Article` nodes, numbered by their ordinal. They come in
//! runs: a run ends where the numbering starts again (a notice that encloses a measure whose
//! articles restart, an attachment's own articles) or the tree changes, and a reference is
//! read in the run it stands in (or the next one, before any article). Paragraphs (款) are the
//! lines of an article that open no unit under it; items (项) are its child units, placed in
//! the paragraph whose lines they stand among.

use crate::model::{Node, NodeId, Style};
use crate::text::lines::Line;
use std::collections::HashMap;

/// The number after `之` at the end of an inserted article's marker (`第十条之一`: 1), if any.
fn sub_of(text: &str, n: &Node) -> Option<u32> {
    let marker = text.get(n.marker.start as usize..n.marker.end as usize)?;
    let rest = marker.rsplit_once('之')?.1;
    let (v, _) = crate::elements::date::int_len(rest)?;
    u32::try_from(v).ok()
}

/// The most lines of one article that are read for its paragraphs.
const MAX_ARTICLE_LINES: usize = 400;

/// The articles of a document, in runs.
pub(super) struct Articles<'a> {
    text: &'a str,
    lines: &'a [Line],
    nodes: &'a [Node],
    /// `(marker start, node index, run)` of every article, in document order.
    list: Vec<(u32, usize, usize)>,
    /// The last article whose paragraphs were read, and their starts.
    cache: Option<(usize, Vec<usize>)>,
    /// The items of each article read ([`Articles::items`]).
    items: HashMap<usize, Vec<(u32, usize, NodeId)>>,
}

impl<'a> Articles<'a> {
    pub(super) fn new(text: &'a str, lines: &'a [Line], nodes: &'a [Node]) -> Self {
        let mut list = Vec::with_capacity(nodes.iter().filter(|n| n.style == Style::Article).count());
        let mut run = 0usize;
        let mut last: Option<&Node> = None;
        for (i, n) in nodes.iter().enumerate().filter(|(_, n)| n.style == Style::Article) {
            // `第十条之一` after `第十条` goes on with the run.
            let restarts = |l: &Node| l.tree != n.tree || (n.ordinal <= l.ordinal && sub_of(text, n).is_none());
            if last.is_some_and(restarts) {
                run += 1;
            }
            list.push((n.marker.start, i, run));
            last = Some(n);
        }
        Articles { text, lines, nodes, list, cache: None, items: HashMap::new() }
    }

    /// True when the document has articles.
    pub(super) fn any(&self) -> bool {
        !self.list.is_empty()
    }

    /// The article whose unit holds byte `p`, by node index.
    pub(super) fn containing(&self, p: usize) -> Option<usize> {
        let k = self.nodes.partition_point(|n| (n.marker.start as usize) <= p);
        let mut cur = k.checked_sub(1).and_then(|j| self.nodes.get(j));
        while let Some(n) = cur {
            if n.style == Style::Article && (n.span.start as usize) <= p && p < n.span.end as usize {
                return Some(n.id.index());
            }
            cur = n.parent.and_then(|q| self.nodes.get(q.index()));
        }
        None
    }

    /// The run a reference at byte `p` is read in: its article's (`here`, the article that
    /// holds `p`), else the next article's, else the last one's.
    fn run_at(&self, p: usize, here: Option<usize>) -> Option<usize> {
        if let Some(a) = here {
            return self.entry(a).map(|e| e.2);
        }
        let k = self.list.partition_point(|e| (e.0 as usize) <= p);
        self.list.get(k).or_else(|| self.list.last()).map(|e| e.2)
    }

    /// The list entry of article `i` (the list is in node order).
    fn entry(&self, i: usize) -> Option<&(u32, usize, usize)> {
        let k = self.list.partition_point(|e| e.1 < i);
        self.list.get(k).filter(|e| e.1 == i)
    }

    /// The article numbered `ordinal` (and `sub` after `之`, for an inserted one) in the run
    /// read at byte `p` (whose article is `here`; a run's ordinals rise, so it is searched by
    /// halves).
    pub(super) fn article(&self, p: usize, here: Option<usize>, ordinal: u32, sub: Option<u32>) -> Option<usize> {
        let run = self.run_at(p, here)?;
        let from = self.list.partition_point(|e| e.2 < run);
        let to = self.list.partition_point(|e| e.2 <= run);
        let entries = self.list.get(from..to)?;
        let k = entries.partition_point(|e| self.ordinal(e.1).is_some_and(|o| o < ordinal));
        entries
            .get(k..)?
            .iter()
            .take_while(|e| self.ordinal(e.1) == Some(ordinal))
            .find(|e| self.nodes.get(e.1).and_then(|n| sub_of(self.text, n)) == sub)
            .map(|e| e.1)
    }

    /// The ordinal of node `i`.
    pub(super) fn ordinal(&self, i: usize) -> Option<u32> {
        self.nodes.get(i).map(|n| n.ordinal)
    }

    /// The article before article `i` in its run.
    pub(super) fn previous(&self, i: usize) -> Option<usize> {
        let k = self.list.partition_point(|e| e.1 < i);
        let (before, here) = (self.list.get(k.checked_sub(1)?)?, self.list.get(k).filter(|e| e.1 == i)?);
        (before.2 == here.2).then_some(before.1)
    }

    /// The paragraph starts of article `a` (its marker first).
    fn paragraphs(&mut self, a: usize) -> &[usize] {
        if self.cache.as_ref().is_none_or(|c| c.0 != a) {
            let starts = self.read_paragraphs(a);
            self.cache = Some((a, starts));
        }
        self.cache.as_ref().map_or(&[], |c| c.1.as_slice())
    }

    fn read_paragraphs(&self, a: usize) -> Vec<usize> {
        let Some(article) = self.nodes.get(a) else { return Vec::new() };
        let (start, end) = (article.marker.start as usize, article.span.end as usize);
        let mut out = vec![start];
        let first = self.lines.partition_point(|l| l.next <= start) + 1;
        // The first node whose marker starts at or after the line's content: the lines and the
        // nodes are both in document order, so it only moves forward.
        let mut k = a;
        for line in self.lines.iter().skip(first).take(MAX_ARTICLE_LINES).take_while(|l| l.start < end) {
            let raw = self.text.as_bytes().get(line.start..line.end).unwrap_or_default();
            let (lead, stop) = crate::text::chars::trim_bounds(raw);
            if lead == stop {
                continue;
            }
            let content = line.start + lead;
            while self.nodes.get(k).is_some_and(|n| (n.marker.start as usize) < content) {
                k += 1;
            }
            let opens_unit = self.nodes.get(k).is_some_and(|n| n.marker.start as usize == content);
            if !opens_unit {
                out.push(content);
            }
        }
        out
    }

    /// The number of the paragraph of article `a` that holds byte `p`.
    pub(super) fn paragraph_at(&mut self, a: usize, p: usize) -> Option<u32> {
        let n = self.paragraphs(a).partition_point(|&s| s <= p);
        u32::try_from(n).ok().filter(|&n| n > 0)
    }

    /// The items of article `a` (its child units) as `(ordinal, marker start, id)`, by ordinal
    /// and then in document order: read once per article.
    fn items(&mut self, a: usize) -> &[(u32, usize, NodeId)] {
        let nodes = self.nodes;
        self.items.entry(a).or_insert_with(|| {
            let mut list = Vec::new();
            let mut child = nodes.get(a).and_then(|n| n.first_child);
            while let Some(c) = child.and_then(|c| nodes.get(c.index())) {
                list.push((c.ordinal, c.marker.start as usize, c.id));
                child = c.next_sibling;
            }
            list.sort_unstable_by_key(|e| (e.0, e.1));
            list
        })
    }

    /// The items of article `a` numbered `item`, in document order.
    fn numbered(&mut self, a: usize, item: u32) -> &[(u32, usize, NodeId)] {
        let list = self.items(a);
        let from = list.partition_point(|e| e.0 < item);
        let to = list.partition_point(|e| e.0 <= item);
        list.get(from..to).unwrap_or_default()
    }

    /// The item numbered `item` of article `a` when it has one such item (in any paragraph).
    pub(super) fn only_item(&mut self, a: usize, item: u32) -> Option<NodeId> {
        match self.numbered(a, item) {
            [only] => Some(only.2),
            _ => None,
        }
    }

    /// True when article `a` has an item numbered `item` (in any paragraph).
    pub(super) fn has_item(&mut self, a: usize, item: u32) -> bool {
        !self.numbered(a, item).is_empty()
    }

    /// The item numbered `item` of article `a`, in paragraph `paragraph` if given.
    pub(super) fn item(&mut self, a: usize, paragraph: Option<u32>, item: u32) -> Option<NodeId> {
        let range = match paragraph {
            Some(k) => {
                let starts = self.paragraphs(a);
                let k = usize::try_from(k).ok()?.checked_sub(1)?;
                let from = *starts.get(k)?;
                let to = starts.get(k + 1).copied().unwrap_or(usize::MAX);
                Some((from, to))
            }
            None => None,
        };
        let found = self.numbered(a, item);
        match range {
            None => found.first().map(|e| e.2),
            Some((from, to)) => {
                let k = found.partition_point(|e| e.1 < from);
                found.get(k).filter(|e| e.1 < to).map(|e| e.2)
            }
        }
    }
}
