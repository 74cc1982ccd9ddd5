//! Pass 2, second half: where an accepted marker goes on the spine of open units. One rule
//! per case (module docs of [`super`]): an inline enumeration; the next sibling of an open
//! unit (or a plan inside a plan); a style seen before in this tree; a new style.

use super::candidates::{Boundary, Candidate};
use super::{Builder, Open, StyleKey, rank_of};
use crate::lexicon::punct::{CLAUSE_ENDS_AND_COLONS, COLONS, SEMICOLONS, SENTENCE_ENDS};
use crate::limits::MAX_DEPTH;
use crate::marker::Marker;
use crate::model::{Diagnostic, DiagnosticKind, Diagnostics, Node, NodeId, Style};
use crate::text::Span;
use crate::text::chars::is_space;
use crate::text::lines::LINE_BREAKS;

impl Builder<'_> {
    /// Places an accepted marker on the spine and records the node.
    pub(super) fn place(&mut self, cand: &Candidate, key: StyleKey, diags: &mut Diagnostics) {
        let marker = &cand.marker;
        let ancestors = if marker.style == Style::Enumeration {
            self.place_enumeration(marker, diags)
        } else {
            // A unit closes the enumerations open below the unit it is in.
            self.spine.truncate(self.units_outside_enumerations());
            self.place_unit(cand, key, diags)
        };
        self.push_node(cand, key, ancestors, diags);
    }

    /// The number of open units up to the innermost one that is no enumeration.
    fn units_outside_enumerations(&self) -> usize {
        self.spine.iter().rposition(|o| o.key.0 != Style::Enumeration).map_or(0, |i| i + 1)
    }

    /// An inline enumeration (`一是`) sits one level below the unit it is in. One that goes
    /// on (not restarting at one) is checked against the item before it.
    fn place_enumeration(&self, marker: &Marker, diags: &mut Diagnostics) -> usize {
        let ancestors = self.units_outside_enumerations();
        if let Some(prev) = self.spine.get(ancestors).copied().filter(|_| marker.ordinal != 1) {
            sibling_diagnostics(marker.ordinal, marker.span, prev, diags);
        }
        ancestors
    }

    /// A unit: beside an open unit of its style, else at the depth its style had before in
    /// this tree, else as a new style. Returns how many open units it keeps as ancestors.
    fn place_unit(&self, cand: &Candidate, key: StyleKey, diags: &mut Diagnostics) -> usize {
        let marker = &cand.marker;
        // The open unit of this style whose numbering the marker continues, else the
        // innermost open unit of this style.
        let continued = self.spine.iter().rposition(|o| o.key == key && o.ordinal.saturating_add(1) == marker.ordinal);
        if let Some(i) = continued.or_else(|| self.spine.iter().rposition(|o| o.key == key)) {
            return self.place_beside_open_unit(marker, i, continued.is_some(), diags);
        }
        if let Some(&(_, depth, first)) = self.style_depth.iter().find(|(s, _, _)| *s == key) {
            return self.place_at_earlier_depth(cand, key, depth, first, diags);
        }
        // A new style: below the spine, unless the spine holds a style ranked below it, or
        // a list that the innermost unit's text leads into with a colon.
        let ancestors = if self.colon_list(marker) {
            self.spine.len()
        } else {
            self.spine.iter().position(|o| ranks_below(o.key, key)).unwrap_or(self.spine.len())
        };
        self.level_start_diagnostic(marker, key, diags);
        ancestors
    }

    /// Beside the open unit `i` of the marker's style: its next sibling, or, when the same
    /// style restarts at one right under a unit that has only its heading so far, a plan
    /// inside a plan one level down (`一、青年教师培养计划` then `一、培养目标`; not a decimal
    /// number, whose prefix names its parent: `2.1` after `1.3` is no child of `1.3`). A
    /// restart that the unit's text leads into with a colon is that unit's list one level
    /// down too (`2.将第一条修改为：“人民法院受理下列案件：` then `1.` … `25.`; `3.` after
    /// them is the next item beside `2.`).
    fn place_beside_open_unit(&self, marker: &Marker, i: usize, continued: bool, diags: &mut Diagnostics) -> usize {
        let Some(&open) = self.spine.get(i) else { return self.spine.len() };
        let innermost = i + 1 == self.spine.len();
        let nested_plan = marker.ordinal == 1
            && innermost
            && !continued
            && !marker.style.is_statute()
            && !matches!(marker.style, Style::Part | Style::Decimal)
            && (heading_only_between(self.text, open.marker.end as usize, marker.start())
                || (self.after_colon(marker) && colon_lead_in(self.text, open.marker.end as usize, marker.start())));
        if nested_plan {
            return self.spine.len();
        }
        if i == 0 && marker.ordinal == 1 && open.ordinal > 1 && !self.after_colon(marker) {
            // The top level starts again in one tree (`一、`–`三、`, a short unnamed title, `一、`):
            // a document may start here without a title line that says so.
            diags.push(Diagnostic::new(DiagnosticKind::NumberingRestart, marker.span).with_related(open.marker));
        }
        // An inserted article (`第十条之一`) carries its base article's number: no repeat.
        if marker.inserted == 0 || marker.ordinal != open.ordinal {
            sibling_diagnostics(marker.ordinal, marker.span, open, diags);
        }
        i
    }

    /// True when `marker` opens a list that the text of the innermost open unit leads into
    /// with a colon, whatever the ranks of their styles: the list belongs to that unit
    /// (`2.将第一条修改为：“下列行为属于…的行为：` then `（一）…（二）…`, and `3.` after them is
    /// the next item of `2.`). Statute units and parts keep their ranks.
    fn colon_list(&self, marker: &Marker) -> bool {
        !marker.style.is_statute()
            && marker.style != Style::Part
            && self.spine.last().is_some_and(|o| o.key.0 != Style::Enumeration && !o.key.0.is_statute())
            && self.after_colon(marker)
    }

    /// True when the text before `marker` ends with a colon: it opens a list of its own
    /// (`法官作出如下提示：一、…`). A page's number or counter a PDF copy put between them is
    /// no text (`人民法院不予支持：⏎6/47⏎（一）约定…`, [`Builder::text_before`]).
    fn after_colon(&self, marker: &Marker) -> bool {
        self.text_before(marker.start()).ends_with(COLONS)
    }

    /// Back to the depth the style had before in this tree (so `1.` straight under `一、`
    /// is depth 2 even where `（一）` came between elsewhere), but never closing a unit that
    /// ranks above it (an article under a section here, under a chapter elsewhere).
    fn place_at_earlier_depth(
        &self,
        cand: &Candidate,
        key: StyleKey,
        depth: u16,
        first: Span,
        diags: &mut Diagnostics,
    ) -> usize {
        let marker = &cand.marker;
        let line_start = cand.boundary == Boundary::LineStart;
        let above = self
            .spine
            .iter()
            .rposition(|o| ranks_below(key, o.key) && !(line_start && self.sentence_item(o)))
            .map_or(0, |i| i + 1);
        let wanted = usize::from(depth).saturating_sub(1).max(above);
        let ancestors = if wanted <= self.spine.len() {
            wanted
        } else {
            if !marker.style.is_statute() {
                diags.push(Diagnostic::new(DiagnosticKind::StyleAtTwoDepths, marker.span).with_related(first));
            }
            self.spine.len()
        };
        self.level_start_diagnostic(marker, key, diags);
        ancestors
    }

    /// True when the open unit `o` is an item of a list inside a sentence: written in the
    /// middle of a line right after a colon or a semicolon (`应当公开下列信息：（一）基础信息…；
    /// （二）…`). Such a list ends with its sentence; a marker that starts a later line is none
    /// of its items' (the `（1）` conditions on the lines after a quoted article whose `（一）`–`（六）`
    /// run inline, 江门市不予处罚清单).
    fn sentence_item(&self, o: &Open) -> bool {
        let inline = self.nodes.get(o.id.index()).is_some_and(|n| n.inline);
        let before = self.text.get(..o.marker.start as usize).and_then(|s| s.chars().next_back());
        inline && before.is_some_and(|c| COLONS.contains(&c) || SEMICOLONS.contains(&c))
    }

    /// Records the node of `cand` under the first `ancestors` open units (at most
    /// [`MAX_DEPTH`] deep) and opens its unit.
    fn push_node(&mut self, cand: &Candidate, key: StyleKey, ancestors: usize, diags: &mut Diagnostics) {
        let marker = &cand.marker;
        let mut ancestors = ancestors.min(self.spine.len());
        if ancestors >= MAX_DEPTH {
            ancestors = MAX_DEPTH - 1;
            diags.push(Diagnostic::new(DiagnosticKind::DepthLimit, marker.span));
        }
        if marker.irregular {
            diags.push(Diagnostic::new(DiagnosticKind::IrregularMarker, marker.span));
        }
        self.spine.truncate(ancestors);
        let depth = u16::try_from(ancestors + 1).unwrap_or(u16::MAX);
        let id = NodeId::from_index(self.nodes.len());
        self.nodes.push(Node {
            id,
            style: marker.style,
            ordinal: marker.ordinal,
            depth,
            parent: self.spine.last().map(|o| o.id),
            marker: marker.span,
            heading: None,
            span: marker.span,
            tree: self.tree,
            inline: cand.boundary != Boundary::LineStart,
            first_child: None,
            next_sibling: None,
        });
        self.spine.push(Open { id, key, ordinal: marker.ordinal, marker: marker.span });
        if marker.style != Style::Enumeration {
            self.remember_style(key, depth, marker);
        }
        self.last_marker_end = marker.end();
        self.trees.title = None;
    }

    /// Remembers the depth, the first marker and the last ordinal of style `key` in this tree.
    fn remember_style(&mut self, key: StyleKey, depth: u16, marker: &Marker) {
        self.bare_numbers |= key == super::BARE_NUMBER;
        match self.style_depth.iter_mut().find(|(s, _, _)| *s == key) {
            Some(entry) => entry.1 = depth,
            None => self.style_depth.push((key, depth, marker.span)),
        }
        match self.last_ordinal.iter_mut().find(|(s, _)| *s == key) {
            Some(entry) => entry.1 = marker.ordinal,
            None => self.last_ordinal.push((key, marker.ordinal)),
        }
    }

    /// A new level should start at one, unless it continues the numbering of the same
    /// style in an earlier unit (`1.`–`6.` under `一、`, then `7.` under `二、`).
    fn level_start_diagnostic(&self, marker: &Marker, key: StyleKey, diags: &mut Diagnostics) {
        if marker.ordinal == 1 || marker.style == Style::Enumeration {
            return;
        }
        let continues = self.last_ordinal_of(key).is_some_and(|last| marker.ordinal == last + 1);
        if !continues {
            diags.push(Diagnostic::new(DiagnosticKind::LevelStartsAboveOne, marker.span));
        }
    }
}

/// A sibling's ordinal against the one before it: repeated, skipped or out of order.
fn sibling_diagnostics(ordinal: u32, span: Span, prev: Open, diags: &mut Diagnostics) {
    let kind = if ordinal == prev.ordinal {
        Some(DiagnosticKind::RepeatedOrdinal)
    } else if ordinal > prev.ordinal.saturating_add(1) {
        Some(DiagnosticKind::SkippedOrdinal)
    } else if ordinal < prev.ordinal && ordinal != 1 {
        Some(DiagnosticKind::OutOfOrder)
    } else {
        None
    };
    if let Some(kind) = kind {
        diags.push(Diagnostic::new(kind, span).with_related(prev.marker));
    }
}

/// True when style `a` is conventionally a lower level than style `b` (so `b` arriving
/// closes `a`). Decimal numbering with more parts is lower than with fewer.
fn ranks_below(a: StyleKey, b: StyleKey) -> bool {
    if a.0 == Style::Enumeration || b.0 == Style::Enumeration {
        return false;
    }
    rank_of(a) > rank_of(b)
}

/// Between a unit's marker and `to` there is only text that leads into a list: the unit's
/// own line ends with a colon, as the text right before `to` does, and no sentence ends
/// between (`2.将第一条修改为：` then `“人民法院受理下列专利纠纷案件：`). A list after the
/// unit's text has ended (`（六）…。` then an article's `有下列情形之一的：`) is not the unit's.
fn colon_lead_in(text: &str, from: usize, to: usize) -> bool {
    let Some(between) = text.get(from..to) else { return false };
    let ends_with_colon = |s: &str| s.trim_end_matches(char::is_whitespace).ends_with(COLONS);
    let own_line = between.split(LINE_BREAKS).next().unwrap_or_default();
    ends_with_colon(own_line) && !between.contains(SENTENCE_ENDS)
}

/// Between a unit's marker and `to` there is only its heading line: no sentence or clause
/// punctuation and at most one line of text. A plan inside a plan starts right there.
fn heading_only_between(text: &str, from: usize, to: usize) -> bool {
    let Some(between) = text.get(from..to) else { return false };
    let lines_with_text = between.split(LINE_BREAKS).filter(|l| l.chars().any(|c| !is_space(c))).count();
    lines_with_text <= 1 && !between.contains(CLAUSE_ENDS_AND_COLONS)
}
