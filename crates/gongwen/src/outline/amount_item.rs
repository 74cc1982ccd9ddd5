//! An item whose heading starts with an amount (`2.60分以下不得参评`): the marker grammar reads
//! `2.60` as a decimal section number (`分` may start a heading), the quantities as the
//! number 2.6. Where the list runs on around it (`1.` before, `3.` right after, each at a
//! line start) it is item 2, like `15.3月底前` between items 14 and 16 (docs/annotation.md:
//! numbers in table cells are no section numbers; `15.3月底前` is item 15). As the list's last
//! item (`2.60分以下不得参评。` before `二、` or the end) it is item 2 when a unit follows the
//! amount (`60分`): a decimal `2.60` would need a unit `2` that no list of `1.` items opens.
//! As the list's first item (`1.9 月10 日起` ⏎ `2. …`) it is item 1 where no item is open and
//! a plain item 2 follows.

use super::candidates::{Boundary, Candidate};
use super::{Builder, StyleKey, style_key};
use crate::lexicon::markers::DOTS;
use crate::lexicon::punct::CLAUSE_ENDS;
use crate::lexicon::units::UNITS;
use crate::model::Style;
use crate::numeral::{arabic_digit, arabic_int, cn_unit};
use crate::text::Span;
use crate::text::chars::is_padding;

/// The key of an Arabic item (`1.`, `2、`).
const ITEM: StyleKey = (Style::ArabicDot, 0);

impl Builder<'_> {
    /// Candidate `cand` (event `event`) read again as an item when it is a two-part decimal
    /// number `N.M` at a line start (M without a leading zero) that opens a list as its item 1
    /// ([`Builder::opens_item_list`]), or whose `N` goes on from the
    /// open item `N-1` of its tree, no decimal unit is open, and the next candidate is item
    /// `N+1` at a line start, plain or an amount item too (`3.80分以上`: [`Builder::item_number`]),
    /// or the item is the list's last ([`Builder::ends_list`]),
    /// and words follow the amount on its line (a line that holds only `2.5 分` is a table's
    /// cell). Otherwise `cand` as it is.
    pub(super) fn amount_item(&self, event: usize, cand: Candidate) -> Candidate {
        let marker = cand.marker;
        // In text whose line breaks were lost, a dated item goes on with its list after a
        // sentence end (`…公示。3.9 月23 日下班前，…`, a PDF copy's date spaced from its `月`), the
        // next item after a sentence end too.
        let dated = cand.boundary == Boundary::Sentence && month_follows(self.text, marker.end());
        if !(cand.boundary == Boundary::LineStart || dated) || marker.style != Style::Decimal || marker.parts != 2 {
            return cand;
        }
        let Some(written) = self.text.get(marker.start()..marker.end()) else { return cand };
        let Some((ordinal, head, fraction)) = split_decimal(written) else { return cand };
        let leading_zero = fraction.chars().next().is_some_and(|c| arabic_digit(c) == Some(0));
        if ordinal == 0 || fraction.is_empty() || leading_zero || fraction.contains(DOTS) {
            return cand;
        }
        // A line that holds only the amount (`2.5 分`) is a table's cell.
        let line = self.text.get(marker.end()..cand.line_end()).unwrap_or("");
        if super::accept::is_amount_rest(line) {
            return cand;
        }
        if ordinal == 1 {
            if !self.opens_item_list(event) {
                return cand;
            }
        } else {
            let open_before = self.spine.iter().any(|o| o.key == ITEM && o.ordinal.saturating_add(1) == ordinal)
                && !self.spine.iter().any(|o| o.key.0 == Style::Decimal);
            let next_after = self.next_candidate(event).is_some_and(|n| {
                (n.boundary == Boundary::LineStart || (dated && n.boundary == Boundary::Sentence))
                    && self.item_number(&n) == Some(ordinal + 1)
            });
            if !(open_before && (next_after || self.ends_list(event, marker.start(), marker.end(), dated))) {
                return cand;
            }
        }
        // The number and its dot: `2.` of `2.60`.
        let mut item = cand;
        item.marker.style = Style::ArabicDot;
        item.marker.parts = 0;
        item.marker.ordinal = ordinal;
        item.marker.span = Span::from_usize(marker.start(), marker.start() + head);
        item
    }

    /// An amount item `1.` (event `event`) opens a list of items: no item and no decimal unit
    /// is open, and the next candidate is a plain item `2.` at a line start (`1.9 月10 日起，…模块启用`
    /// ⏎ `2. 辅导员在学工管理系统…`, a university notice's dated steps: text extracted from a PDF
    /// spaces the date's number from its `月`). A decimal `1.9` before `2.` would leave the list
    /// without its first item; decimal numbering (`1.1` ⏎ `1.2`) has no plain `2.` after it.
    fn opens_item_list(&self, event: usize) -> bool {
        !self.spine.iter().any(|o| o.key == ITEM || o.key.0 == Style::Decimal)
            && self.next_candidate(event).is_some_and(|n| {
                n.boundary == Boundary::LineStart && style_key(&n.marker) == ITEM && n.marker.ordinal == 2
            })
    }

    /// The number of the item line-start candidate `c` opens: an item's ordinal (`3.`), or
    /// the first part of a two-part decimal number (`3.80分以上`, the next item whose heading
    /// starts with an amount).
    fn item_number(&self, c: &Candidate) -> Option<u32> {
        if style_key(&c.marker) == ITEM {
            return Some(c.marker.ordinal);
        }
        if c.marker.style != Style::Decimal || c.marker.parts != 2 {
            return None;
        }
        split_decimal(self.text.get(c.marker.start()..c.marker.end())?).map(|(number, _, _)| number)
    }

    /// The amount item of event `event`, its amount ending at byte `amount_end`, is its list's
    /// last: the line before it ends a clause (`；`, `。`: a hard wrap inside a sentence,
    /// `…由原来的` ⏎ `2.5年延长至五年。`, is an amount), a unit follows the amount (`60分以下`,
    /// `5万元`: [`unit_follows`]; a heading such as `2.1 分类` is not read so: 分类 blocks 分), and the next
    /// candidate, if any, closes the list (a line-start marker of a style ranked above the
    /// item, `二、` or `（三）`; after a sentence end too where the item stands after one,
    /// `joined`).
    fn ends_list(&self, event: usize, amount_start: usize, amount_end: usize, joined: bool) -> bool {
        if !self.text_before(amount_start).ends_with(CLAUSE_ENDS) || !unit_follows(self.text, amount_end) {
            return false;
        }
        self.attachment_label_next(event)
            || self.next_candidate(event).is_none_or(|n| {
                (n.boundary == Boundary::LineStart || (joined && n.boundary == Boundary::Sentence))
                    && n.marker.style.rank() < ITEM.0.rank()
            })
    }

    /// An attachment label's line stands between event `event` and the next candidate
    /// (`4.9 月23 日下班前，…审核。` ⏎ `附：科研加分申报具体流程` ⏎ `1.学生登陆…`): the list of
    /// event `event` ends there, whatever the attachment's numbering. Reads only the events
    /// up to the next candidate.
    pub(super) fn attachment_label_next(&self, event: usize) -> bool {
        let stop = self.next_marker.get(event).and_then(|&n| usize::try_from(n).ok()).unwrap_or(self.events.len());
        let between = self.events.get(event + 1..stop.min(self.events.len())).unwrap_or_default();
        between.iter().any(|e| match *e {
            super::Event::Line { content_start, end, .. } => {
                self.text.get(content_start..end).is_some_and(super::labels::is_attachment_label_line)
            }
            _ => false,
        })
    }
}

/// `月` follows the padding after byte `pos` (`3.9 月23 日`: the decimal's digits after the
/// dot are a month).
fn month_follows(text: &str, pos: usize) -> bool {
    text.get(pos..).is_some_and(|rest| rest.trim_start_matches(is_padding).starts_with('月'))
}

/// A unit starts at byte `pos` of `text` ([`UNITS`], none of its blockers after it: `分类`
/// is no `分`), after a multiplier if any (`分`, `万元`, `亿元`), and after the padding that text
/// extracted from a PDF puts between a number and its unit (`4.9 月23 日下班前`).
fn unit_follows(text: &str, pos: usize) -> bool {
    let rest = text.get(pos..).unwrap_or("").trim_start_matches(is_padding);
    let rest = rest.strip_prefix(|c: char| cn_unit(c).is_some()).unwrap_or(rest);
    UNITS
        .iter()
        .any(|u| rest.strip_prefix(u.text).is_some_and(|after| !u.blockers.iter().any(|b| after.starts_with(b))))
}

/// A two-part decimal number as written (`2.60`, `２．６０`): its first number, the length in
/// bytes of that number and its dot, and the text after the dot.
fn split_decimal(written: &str) -> Option<(u32, usize, &str)> {
    let (rest, number) = arabic_int(written)?;
    let dot = rest.chars().next().filter(|c| DOTS.contains(c))?;
    let fraction = rest.get(dot.len_utf8()..)?;
    Some((u32::try_from(number).ok()?, written.len() - fraction.len(), fraction))
}
