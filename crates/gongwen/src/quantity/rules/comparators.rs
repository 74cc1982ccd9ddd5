//! The rule of the comparator words around a figure.

use super::{Figure, Verdict};
use crate::quantity::unit::TAKES_NEI;
use crate::quantity::{Finder, comparator};
use std::ops::ControlFlow::Continue;

/// `comparator`: the comparator words around the figure
/// ([`crate::lexicon::comparators`]): a prefix right before the number (in the span, when
/// nothing reported before it is in the way), else one at most four characters before it
/// across a verb (`至少组织2次`: not in the span), and a suffix after the unit (which
/// decides over the prefix).
///
/// ```text
/// figure := [PREFIX GAP?] number unit [SUFFIX]  |  DISTANT_PREFIX CJK{1,4} number unit [SUFFIX]
/// ```
///
/// case: 继续教育的学习时间不少于90学时 => 不少于90学时 quantity 90 学时 ge
/// case: 移动网络流量资费年内至少降低30％ => 30％ quantity 30 % ge
pub(super) fn comparator(f: &mut Figure, cx: &Finder<'_, '_, '_>) -> Verdict {
    let (text, i) = (cx.text, f.start);
    if let Some((start, prefix)) = comparator::prefix_before(text, i) {
        if cx.takes_prefix(start, i) {
            f.start = start;
        }
        f.prefix = Some(prefix);
    } else {
        f.prefix = comparator::distant_before(text, i, 4);
    }
    let after_span_unit = f.unit.is_some_and(|m| m.unit.has(TAKES_NEI));
    f.suffix = comparator::suffix_at(text, comparator::inclusive_end(text, f.end()), after_span_unit);
    Continue(())
}
