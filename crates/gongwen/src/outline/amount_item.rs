//! An item whose heading starts with an amount (`2.60分以下不得参评`): the marker grammar reads
//! `2.60` as a decimal section number (`分` may start a heading), the quantities as the
//! number 2.6. Where the list runs on around it (`1.` before, `3.` right after, each at a
//! line start) it is item 2, like `15.3月底前` between items 14 and 16 (docs/annotation.md:
//! numbers in table cells are no section numbers; `15.3月底前` is item 15). As the list's last
//! item (`2.60分以下不得参评。` before `二、` or the end) it is item 2 when a unit follows the
//! amount (`60分`): a decimal `2.60` would need a unit `2` that no list of `1.` items opens.

use super::candidates::{Boundary, Candidate};
use super::{Builder, StyleKey, style_key};
use crate::lexicon::markers::DOTS;
use crate::lexicon::punct::CLAUSE_ENDS;
use crate::model::Style;
use crate::numeral::cn_unit;
use crate::text::Span;

/// The key of an Arabic item (`1.`, `2、`).
const ITEM: StyleKey = (Style::ArabicDot, 0);

impl Builder<'_> {
    /// Candidate `cand` (event `event`) read again as an item when it is a two-part decimal
    /// number `N.M` at a line start (M without a leading zero) whose `N` goes on from the
    /// open item `N-1` of its tree, no decimal unit is open, and the next candidate is item
    /// `N+1` at a line start (or the item is the list's last: see [`Builder::ends_list`]),
    /// and words follow the amount on its line (a line that holds only `2.5 分` is a table's
    /// cell). Otherwise `cand` as it is.
    pub(super) fn amount_item(&self, event: usize, cand: Candidate) -> Candidate {
        let marker = cand.marker;
        if cand.boundary != Boundary::LineStart || marker.style != Style::Decimal || marker.parts != 2 {
            return cand;
        }
        let Some(written) = self.text.get(marker.start()..marker.end()) else { return cand };
        let Some((number, fraction)) = written.split_once(DOTS) else { return cand };
        let Ok(ordinal) = number.parse::<u32>() else { return cand };
        if ordinal < 2 || fraction.is_empty() || fraction.starts_with('0') || fraction.contains(DOTS) {
            return cand;
        }
        // A line that holds only the amount (`2.5 分`) is a table's cell.
        let line = self.text.get(marker.end()..cand.line_end()).unwrap_or("");
        if super::accept::is_amount_rest(line) {
            return cand;
        }
        let open_before = self.spine.iter().any(|o| o.key == ITEM && o.ordinal.saturating_add(1) == ordinal)
            && !self.spine.iter().any(|o| o.key.0 == Style::Decimal);
        let next_after = self.next_candidate(event).is_some_and(|n| {
            n.boundary == Boundary::LineStart && style_key(&n.marker) == ITEM && n.marker.ordinal == ordinal + 1
        });
        if !(open_before && (next_after || self.ends_list(event, marker.start(), marker.end()))) {
            return cand;
        }
        // The number and its dot: `2.` of `2.60`.
        let dot = written.get(number.len()..).and_then(|s| s.chars().next()).map_or(1, char::len_utf8);
        let end = marker.start() + number.len() + dot;
        let mut item = cand;
        item.marker.style = Style::ArabicDot;
        item.marker.parts = 0;
        item.marker.ordinal = ordinal;
        item.marker.span = Span::from_usize(marker.start(), end);
        item
    }

    /// The amount item of event `event`, its amount ending at byte `amount_end`, is its list's
    /// last: the line before it ends a clause (`；`, `。`: a hard wrap inside a sentence,
    /// `…由原来的` ⏎ `2.5年延长至五年。`, is an amount), a unit follows the amount (`60分以下`,
    /// `5万元`: [`unit_follows`]; a heading such as `2.1 分类` is not read so: 分类 blocks 分), and the next
    /// candidate, if any, closes the list (a line-start marker of a style ranked above the
    /// item, `二、` or `（三）`).
    fn ends_list(&self, event: usize, amount_start: usize, amount_end: usize) -> bool {
        if !self.text_before(amount_start).ends_with(CLAUSE_ENDS) || !unit_follows(self.text, amount_end) {
            return false;
        }
        self.next_candidate(event)
            .is_none_or(|n| n.boundary == Boundary::LineStart && n.marker.style.rank() < ITEM.0.rank())
    }
}

/// A unit starts at byte `pos` of `text`, after a multiplier if any (`分`, `万元`, `亿元`).
fn unit_follows(text: &str, pos: usize) -> bool {
    let multiplier = text.get(pos..).and_then(|s| s.chars().next()).filter(|&c| cn_unit(c).is_some());
    crate::quantity::unit_at(text, pos + multiplier.map_or(0, char::len_utf8)).is_some()
}
