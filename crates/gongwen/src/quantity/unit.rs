//! Units: classifiers and measures as written, found in the table
//! [`crate::lexicon::units::UNITS`].
//!
//! Grammar:
//!
//! ```text
//! unit       := SPACE{0,2} UNIT     (longest match in UNITS; not followed by a BLOCKER word;
//!                                   a Latin unit not followed by a letter or digit: 135m, 10MB)
//!             | SPACE{0,2} '个' '半'? CLASSIFIED_UNIT   (3个月 → 月, 两个半月: 月 and a half)
//! per_unit   := unit ('/' | '／') UNIT ((DOT | '/' | '／') UNIT)?
//!                                 (300万吨/年 → 吨/年, 3分/项 → 分/项, 100元/人·月 → 元/人·月,
//!                                  100元/人/月 → 元/人/月)
//! ```
//!
//! A match table built once from the rows (units grouped by first character, longest first,
//! found by a bitmap probe) resolves `个` / `个月` / `个百分点` and `人` / `人次` to the longest.
//! Each row has a [`Family`], flags for where it may appear, and the words that, following
//! it, show it is not a unit at all (`名师`, `一次性`, `五人制`, `年级`). To add a unit, add a
//! row there.

use super::value::{char_at, starts_with_word, starts_with_wrapped};
use crate::lexicon::CharBits;
use crate::lexicon::comparators::UNIT_BOUNDS;
pub(crate) use crate::lexicon::units::{
    ARABIC_ONLY, CHINESE_ONLY, CHINESE_WITH_COMPARATOR, CLASSIFIED, CLASSIFIED_THROUGH, Family, NOT_AFTER_ONE,
    PREFIX_UNITS, PrefixUnit, TAKES_NEI, UNITS, Unit, WITH_COMPARATOR,
};
use crate::lexicon::units::{BLOCKER_JOINERS, PER_BRACKETS, PER_ONLY_UNITS, UNIT_DOTS};
pub(crate) use crate::text::wrap::{gap_len, is_gap};
use std::sync::LazyLock;

/// A unit found in the text: its row and the byte after it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct UnitMatch {
    /// The row of the table.
    pub unit: &'static Unit,
    /// One past the unit as written.
    pub end: usize,
    /// True when the classifier `个` stood before the unit (`3个月`): it is dropped, and the
    /// unit may follow a numeral of either form (`三个季度`).
    pub classified: bool,
    /// True when `半` stood between `个` and the unit (`两个半月`): half a unit more.
    pub half: bool,
    /// True when `多` stood between `个` and the unit (`两个多月`, `2个多百分点`) or after a
    /// multiple (`3倍多`): more than the number, approximate.
    pub more: bool,
    /// The unit after a slash that the unit is counted per (`300万吨/年`, `3分/项`).
    pub per: Option<&'static Unit>,
    /// A second unit joined to the one after the slash by a middle dot or another slash, with
    /// that joiner as written (`100元/人·月`: per person and month; `3000元/吨·公里`, `100元/人/月`).
    pub per_also: Option<(char, &'static Unit)>,
    /// The brackets, as written, around the units after the slash (`5元/（人·天）`).
    pub per_brackets: Option<(char, char)>,
}

impl UnitMatch {
    /// A match of `unit` ending at `end`, with nothing around it.
    pub(crate) fn plain(unit: &'static Unit, end: usize) -> Self {
        UnitMatch {
            unit,
            end,
            classified: false,
            half: false,
            more: false,
            per: None,
            per_also: None,
            per_brackets: None,
        }
    }
}

/// A unit and its text after the first character.
type Tail = (&'static Unit, &'static str);

/// The match table: the units grouped by first character, longest text first (each kept
/// with its text after the first character), the groups sorted by that character. A
/// bitmap of the first characters over the Basic Multilingual Plane, with the count of set
/// bits before each word, finds a character's group with one probe and a popcount.
struct Table {
    groups: Vec<(char, Vec<Tail>)>,
    firsts: [u64; 1024],
    before: [u16; 1024],
}

impl Table {
    fn new() -> Self {
        let mut groups: Vec<(char, Vec<Tail>)> = Vec::new();
        for u in UNITS {
            let mut chars = u.text.chars();
            let Some(c) = chars.next() else { continue };
            let entry = (u, chars.as_str());
            match groups.iter_mut().find(|e| e.0 == c) {
                Some(e) => e.1.push(entry),
                None => groups.push((c, vec![entry])),
            }
        }
        for e in &mut groups {
            e.1.sort_by_key(|(u, _)| std::cmp::Reverse(u.text.len()));
        }
        groups.sort_by_key(|e| e.0);
        let mut firsts = [0u64; 1024];
        for (c, _) in &groups {
            let cp = *c as usize;
            if let Some(w) = firsts.get_mut(cp >> 6) {
                *w |= 1u64 << (cp & 63);
            }
        }
        let mut before = [0u16; 1024];
        let mut count = 0u16;
        for (b, w) in before.iter_mut().zip(&firsts) {
            *b = count;
            count += w.count_ones() as u16;
        }
        Table { groups, firsts, before }
    }

    /// The units whose text starts with `c`, longest first.
    fn starting_with(&self, c: char) -> &[Tail] {
        let cp = c as usize;
        let index = match self.firsts.get(cp >> 6) {
            Some(&word) => {
                let bit = 1u64 << (cp & 63);
                let rank = self.before.get(cp >> 6).map_or(0, |&b| usize::from(b));
                (word & bit != 0).then(|| rank + (word & (bit - 1)).count_ones() as usize)
            }
            // Beyond the BMP (no unit starts there today): a binary search.
            None => self.groups.binary_search_by_key(&c, |e| e.0).ok(),
        };
        index.and_then(|k| self.groups.get(k)).map_or(&[], |g| &g.1)
    }
}

static BY_FIRST: LazyLock<Table> = LazyLock::new(Table::new);

/// The unit `年`, for years written before a word that would block it (2007年末, 2020年初步).
pub(crate) fn nian() -> Option<&'static Unit> {
    UNITS.iter().find(|u| u.text == "年")
}

/// True when one of the blockers of `unit` starts the text after it (at byte `end`). A
/// blocker broken by a line break blocks in prose wrapped by a PDF extraction (`大三年\n级`,
/// dev d21) but not after a number alone on its line, a table cell: `C\n1.3分\n校级` (dev
/// d21) is 1.3 `分`, the next cell is no 分校.
pub(crate) fn blocked(unit: &Unit, text: &str, end: usize) -> bool {
    blocked_here(unit, text, end) || blocked_after_joiner(unit, text, end)
}

/// `两轮或者三轮车辆`: a joiner ([`BLOCKER_JOINERS`]), a number and the same unit, which a
/// blocker follows: the unit before the joiner is blocked too. Most units are followed by no
/// joiner: the first byte tells.
fn blocked_after_joiner(unit: &Unit, text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    if unit.blockers.is_empty() || !rest.as_bytes().first().is_some_and(|&b| JOINER_FIRST_BYTES.contains(&b)) {
        return false;
    }
    let Some(after) = BLOCKER_JOINERS.iter().find_map(|w| rest.strip_prefix(w)) else { return false };
    let numeral = |c: char| {
        crate::numeral::arabic_digit(c).is_some()
            || crate::numeral::cn_digit(c).is_some()
            || crate::numeral::cn_unit(c).is_some()
    };
    let digits = after.char_indices().find(|&(_, c)| !numeral(c)).map_or(after.len(), |(i, _)| i);
    let next = after.get(digits..).and_then(|r| r.strip_prefix(unit.text));
    digits > 0 && next.is_some_and(|n| blocked_here(unit, text, text.len() - n.len()))
}

/// The first bytes of the words of [`BLOCKER_JOINERS`].
static JOINER_FIRST_BYTES: LazyLock<Vec<u8>> =
    LazyLock::new(|| BLOCKER_JOINERS.iter().filter_map(|w| w.as_bytes().first().copied()).collect());

/// True when one of the blockers of `unit` starts the text at byte `end`, right after it.
fn blocked_here(unit: &Unit, text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let may_block = rest.as_bytes().get(2).is_none_or(|&b| (unit.blocker_bytes >> (b & 63)) & 1 == 1);
    let wrapped = rest.trim_start_matches(is_gap).starts_with(['\n', '\r']);
    if !(may_block || wrapped) {
        return false;
    }
    // A bound right after the unit makes it one, whatever word its first character begins.
    if UNIT_BOUNDS.iter().any(|b| rest.starts_with(b)) {
        return false;
    }
    // A blocker broken by a line break has one among its bytes: most texts have none there,
    // and then a plain comparison decides.
    let window = rest.as_bytes().get(..*LONGEST_BLOCKER).unwrap_or(rest.as_bytes());
    if window.contains(&b'\n') && !number_cell(text, end.saturating_sub(unit.text.len())) {
        unit.blockers.iter().any(|b| starts_with_wrapped(rest, b))
    } else {
        unit.blockers.iter().any(|b| starts_with_word(rest, b))
    }
}

/// True when the line that holds the unit starting at byte `start` has no ideograph before
/// it, its indent aside: a number alone on a short line (`1.3分`, `　　1.3分` in a copy that
/// indents every line, `１.３分` in one that widens every digit), a table cell.
fn number_cell(text: &str, start: usize) -> bool {
    let lo = start.saturating_sub(MAX_CELL_NUMBER + MAX_CELL_INDENT);
    let head = text.as_bytes().get(lo..start).unwrap_or(&[]);
    let from = match memchr::memrchr(b'\n', head) {
        Some(k) => lo + k + 1,
        None if lo == 0 => 0,
        None => return false,
    };
    let line = text.get(from..start).unwrap_or("").trim_start_matches(is_gap);
    line.len() <= MAX_CELL_NUMBER && line.chars().all(|c| c.is_ascii() || matches!(c, '０'..='９' | '．'))
}

/// The longest number, in bytes, that [`number_cell`] looks at before a unit.
const MAX_CELL_NUMBER: usize = 24;
/// The widest indent, in bytes, that [`number_cell`] looks past (four U+3000).
const MAX_CELL_INDENT: usize = 12;

/// The length in bytes of the longest blocker of [`UNITS`].
static LONGEST_BLOCKER: LazyLock<usize> =
    LazyLock::new(|| UNITS.iter().flat_map(|u| u.blockers).map(|b| b.len()).max().unwrap_or(0));

/// The characters that may follow a number in a figure: the first characters of the units
/// and [`crate::lexicon::units::FOLLOW_EXTRA`].
static FOLLOW: LazyLock<CharBits> = LazyLock::new(|| {
    let firsts = UNITS.iter().filter_map(|u| u.text.chars().next());
    CharBits::of(firsts.chain(crate::lexicon::units::FOLLOW_EXTRA.chars()))
});

/// True when `c` may follow a number that is part of a figure (a quick filter).
pub(crate) fn may_follow(c: char) -> bool {
    FOLLOW.contains(c)
}

/// The length of the gap character ([`is_gap`]) ending at byte `i` of `b`, if one does.
pub(crate) fn gap_len_before(b: &[u8], i: usize) -> Option<usize> {
    match b.get(..i).unwrap_or(&[]) {
        [.., b' ' | b'\t'] => Some(1),
        [.., 0xC2, 0xA0] => Some(2),
        [.., 0xE3, 0x80, 0x80] => Some(3),
        _ => None,
    }
}

/// The unit starting at byte `pos` (after at most two gap characters), with its end.
/// Blockers are checked; the caller checks the flags. `个` before a unit that takes it as a
/// classifier ([`CLASSIFIED`]) gives that unit (`3个月` → `月`, `6个学分` → `学分`), with a
/// `半` between read as a half (`两个半月`), a hard wrap between allowed (`五个⏎工作日`). A
/// tab is no gap here: it parts the cells of a table row (`11\t起重伤害`, dev d02: a row number
/// before the cell `起重伤害`, crane injuries), and a unit is written in its number's cell.
pub(crate) fn unit_at(text: &str, pos: usize) -> Option<UnitMatch> {
    let at = super::value::after_gaps(text, pos);
    if text.get(pos..at).is_some_and(|gap| gap.contains(CELL_SEPARATOR)) {
        return None;
    }
    let mut m = row_at(text, at)?;
    if m.unit.text == CLASSIFIER {
        let half = has_half(text, m.end);
        let more = !half && has_more(text, m.end);
        let after = m.end
            + if half {
                HALF.len_utf8()
            } else if more {
                MORE.len_utf8()
            } else {
                0
            };
        // `十个多亿`, as `两个亿` (blocked by 亿 after 个): the count is of 亿, a multiplier
        // (rule `counted_multiplier`), no unit.
        if more && crate::numeral::chain::unit_follows(text, after) {
            return None;
        }
        // `五个⏎工作日内`: a hard wrap between the classifier and the unit.
        let wrapped = || super::value::line_break_end(text, after).and_then(|j| row_at(text, j));
        let classified = row_at(text, after).or_else(|| classified_through(text, after)).or_else(wrapped);
        if let Some(n) = classified.filter(|n| n.unit.has(CLASSIFIED)) {
            m = UnitMatch { classified: true, half, more, ..n };
        }
    } else if m.unit.family == Family::Ratio && has_more(text, m.end) {
        // `增长3倍多`: more than three times.
        m = UnitMatch { end: m.end + MORE.len_utf8(), more: true, ..m };
    }
    Some(per_unit(text, m))
}

/// The unit at byte `pos` that a hard wrap cuts, read across the wrap
/// ([`super::value::Wrapped`], after a full line of prose): `约5分⏎钟车程` is five minutes
/// (分钟), where `分` read alone would be five points, in a PDF copy that wraps inside the unit.
/// `tail_after` gives where the next line's words start after the wrap at a byte (past the
/// page number and running head of a page break too: `新建公路120公⏎- 3 -⏎××市人民政府公报⏎里`).
/// `None` when no line break is within [`MAX_WRAPPED_UNIT`] bytes after `pos` or no unit runs
/// past it.
pub(crate) fn wrapped_at(text: &str, pos: usize, tail_after: impl FnOnce(usize) -> Option<usize>) -> Option<UnitMatch> {
    let rest = text.as_bytes().get(pos..)?;
    let window = rest.get(..MAX_WRAPPED_UNIT).unwrap_or(rest);
    let k = memchr::memchr(b'\n', window).unwrap_or(window.len());
    let head = text.get(pos..pos + k)?.trim_end_matches(|c| c == '\r' || is_gap(c));
    if head.is_empty() || k == MAX_WRAPPED_UNIT {
        return None;
    }
    // A unit's row starts with a character that may follow a number ([`may_follow`]): else
    // nothing is joined (most figures before a wrap end their line with no unit at all).
    if !head.trim_start_matches(is_gap).chars().next().is_some_and(may_follow) {
        return None;
    }
    let head_end = pos + head.len();
    let w = super::value::Wrapped::to_tail(text, pos, head_end, tail_after(head_end)?)?;
    unit_at(&w.joined, 0).filter(|n| n.end > w.cut).map(|n| UnitMatch { end: w.map(n.end), ..n })
}

/// The most bytes of a unit's part before a hard wrap that cuts it ([`wrapped_at`]): five
/// ideographs (`平方公里`, `千瓦时`).
const MAX_WRAPPED_UNIT: usize = 16;

/// The separator of a table row's cells, which no unit is read across ([`unit_at`]).
const CELL_SEPARATOR: char = '\t';

/// More (`两个多月`, `3倍多`): the approximation mark after a classifier or a multiple.
const MORE: char = '多';

/// The multiplier counted with the classifier `个` at byte `i` (`两个亿`, `十个多亿`): its
/// power of ten, the byte after it, and whether `多` stood between. Only `亿`, counted as a
/// sum is spoken: `两个万元户` counts 万元户, households. Not when a numeral follows the
/// multiplier (then it begins a number of its own).
pub(crate) fn counted_multiplier(text: &str, i: usize) -> Option<(i32, usize, bool)> {
    let j = i + text.get(i..)?.strip_prefix(CLASSIFIER).map(|_| CLASSIFIER.len())?;
    let more = has_more(text, j);
    let j = if more { j + MORE.len_utf8() } else { j };
    if super::value::char_at(text, j) != Some(COUNTED_MULTIPLIER) {
        return None;
    }
    let (rest, k) = crate::numeral::grammar::mult_run(text.get(j..)?).ok()?;
    let end = text.len() - rest.len();
    let numeral_after =
        super::value::char_at(text, end).is_some_and(|c| super::value::is_cn_numeral(c) || c.is_ascii_digit());
    (!numeral_after).then_some((k, end, more))
}

/// True when `多` is at byte `i`, and is no part of a word (`多数`, `多种`: a majority,
/// several kinds: [`crate::numeral::chain::approx_mark_at`]).
fn has_more(text: &str, i: usize) -> bool {
    text.as_bytes().get(i..i + 3) == Some("多".as_bytes()) && crate::numeral::chain::approx_mark_at(text, i)
}

/// The unit at byte `start` after the classifier `个` when only a blocker that does not block
/// it there follows ([`CLASSIFIED_THROUGH`]: `每3个月报告一次`, where `月报` alone would be a
/// monthly report).
fn classified_through(text: &str, start: usize) -> Option<UnitMatch> {
    let n = unblocked_row_at(text, start)?;
    let rest = text.get(n.end..)?;
    CLASSIFIED_THROUGH.iter().any(|w| rest.starts_with(w)).then_some(n)
}

/// `m` with the unit it is counted per, after a slash (`吨/年`, `分/项`), when one follows, and
/// the second unit a middle dot joins to that one (`元/人·月`, `元/吨·公里`: a compound unit,
/// kept whole).
fn per_unit(text: &str, m: UnitMatch) -> UnitMatch {
    let slash = match char_at(text, m.end) {
        Some(c @ ('/' | '／')) => c.len_utf8(),
        _ => return m,
    };
    // `元/（人·天）`: the units after the slash in brackets.
    let open = char_at(text, m.end + slash).filter(|c| PER_BRACKETS.iter().any(|&(o, _)| o == *c));
    let from = m.end + slash + open.map_or(0, char::len_utf8);
    let Some(p) = row_at(text, from).or_else(|| per_only_at(text, from)).filter(|p| p.unit.family != Family::Percent)
    else {
        return m;
    };
    // `元/人·月`, `元/人/月`: a second unit after a middle dot or another slash.
    let also = char_at(text, p.end).filter(|&c| UNIT_DOTS.contains(&c) || matches!(c, '/' | '／')).and_then(|dot| {
        let q = row_at(text, p.end + dot.len_utf8()).filter(|q| q.unit.family != Family::Percent)?;
        Some((dot, q))
    });
    let end = also.map_or(p.end, |(_, q)| q.end);
    let per_brackets = match open {
        None => None,
        Some(o) => {
            // The bracket must close right after the units: else the per unit is unread.
            let close = PER_BRACKETS.iter().find(|&&(b, _)| b == o).map(|&(_, c)| c);
            match (close, char_at(text, end)) {
                (Some(c), Some(after)) if c == after => Some((o, c)),
                _ => return m,
            }
        }
    };
    let end = end + per_brackets.map_or(0, |(_, c)| c.len_utf8());
    UnitMatch { end, per: Some(p.unit), per_also: also.map(|(dot, q)| (dot, q.unit)), per_brackets, ..m }
}

/// The unit read only after a per slash ([`PER_ONLY_UNITS`]: `3人/组`) at byte `start`, unless
/// a blocker follows it (`组织`).
fn per_only_at(text: &str, start: usize) -> Option<UnitMatch> {
    let rest = text.get(start..)?;
    let unit = PER_ONLY_UNITS.iter().find(|u| rest.starts_with(u.text))?;
    let end = start + unit.text.len();
    (!blocked(unit, text, end)).then(|| UnitMatch::plain(unit, end))
}

/// The last characters of the words of [`PREFIX_UNITS`]: the probe before the search of
/// [`prefix_unit_before`] (most numbers follow none).
static PREFIX_LASTS: LazyLock<CharBits> =
    LazyLock::new(|| CharBits::of(PREFIX_UNITS.iter().filter_map(|p| p.word.chars().next_back())));

/// The unit written before byte `start` (white space allowed between:
/// [`crate::lexicon::units::PREFIX_UNITS`]): where it starts, and its row. A word right after
/// a number is that number's unit, no prefix of the next (`10日元5日本銭`: 日元 is 10's, never 5
/// 日元).
pub(crate) fn prefix_unit_before(text: &str, start: usize) -> Option<(usize, &'static PrefixUnit)> {
    let before = text.get(..start)?;
    let trimmed = before.trim_end_matches(is_gap);
    if before.len() - trimmed.len() > 3 || !trimmed.chars().next_back().is_some_and(|c| PREFIX_LASTS.contains(c)) {
        return None;
    }
    let p = PREFIX_UNITS.iter().find(|p| trimmed.ends_with(p.word))?;
    let at = trimmed.len() - p.word.len();
    // A Latin code is a word of its own: no letter or digit glued before it (`XRMB`).
    let glued = p.word.is_ascii() && trimmed.as_bytes().get(at.wrapping_sub(1)).is_some_and(u8::is_ascii_alphanumeric);
    let after_number = trimmed.get(..at).and_then(|t| t.chars().next_back()).is_some_and(super::value::is_figure_char);
    (!glued && !after_number).then_some((at, p))
}

/// The multiplier that `个` counts (`两个亿`): [`counted_multiplier`].
const COUNTED_MULTIPLIER: char = '亿';

/// The classifier that [`CLASSIFIED`] units drop.
const CLASSIFIER: &str = "个";

/// The 千 that begins units of a thousand (`千克`, `千米`, `千瓦`).
pub(crate) const THOUSAND: char = '千';

/// True when `rest` begins with a unit of the table that begins with 千 (`千克以上`).
pub(crate) fn begins_with_thousand_unit(rest: &str) -> bool {
    rest.starts_with(THOUSAND) && UNITS.iter().any(|u| u.text.starts_with(THOUSAND) && rest.starts_with(u.text))
}

/// Half (`两个半月`, `三斤半`).
pub(crate) const HALF: char = '半';

/// True when `半` is at byte `i`.
pub(crate) fn has_half(text: &str, i: usize) -> bool {
    text.as_bytes().get(i..i + 3) == Some("半".as_bytes())
}

/// The longest row of the table at byte `start` (no gap), unless a blocker follows it or,
/// for a Latin unit, a letter or digit does.
fn row_at(text: &str, start: usize) -> Option<UnitMatch> {
    longest_row::<true>(text, start)
}

/// The longest row of the table at byte `start` (no gap) whatever follows it, unless it is a
/// Latin unit before a letter or digit: the unit of `2升到3升`, where `升到` (rise to) would
/// block it, when the caller sees the same unit after the other end of a range.
pub(crate) fn unblocked_row_at(text: &str, start: usize) -> Option<UnitMatch> {
    longest_row::<false>(text, start)
}

/// True when a dot at byte `end` goes on into a host name (`.777doc.com`, `.stats.gov.cn`): a
/// point and a run of Latin letters, digits, dots and hyphens that holds another dot and ends
/// in a top-level label of letters. A Latin unit's letters before it are the name's
/// (`©2015-2020 m.777doc.com`, a sharing site's footer run into the text where line breaks
/// were lost: no 2015..2020 `m`); a point before digits ends a sentence or an item
/// (`重5kg.2.其他`), and so does one before an item's letter (`不小于5m.B类构件`).
fn opens_host_name(text: &str, end: usize) -> bool {
    let Some(rest) = text.as_bytes().get(end..).and_then(|b| b.strip_prefix(b".")) else { return false };
    let len =
        rest.iter().take(MAX_HOST_NAME).take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')).count();
    let name = rest.get(..len).unwrap_or(&[]);
    let name = name.strip_suffix(b".").unwrap_or(name);
    let mut labels = name.rsplit(|&b| b == b'.');
    let top = labels.next().unwrap_or(&[]);
    labels.next().is_some() && top.len() >= 2 && top.iter().all(u8::is_ascii_alphabetic)
}

/// The most bytes of a host name [`opens_host_name`] reads: enough for the names copies carry
/// (`m.777doc.com`), and a read that stays short after any unit.
const MAX_HOST_NAME: usize = 64;

/// The longest row of the table at byte `start`, with its blockers checked when `BLOCK`.
fn longest_row<const BLOCK: bool>(text: &str, start: usize) -> Option<UnitMatch> {
    let here = text.get(start..)?;
    let mut chars = here.chars();
    let first = chars.next()?;
    let after_first = chars.as_str();
    let latin_end = |u: &Unit, end: usize| {
        !u.text.is_ascii()
            || !(text.as_bytes().get(end).is_some_and(u8::is_ascii_alphanumeric) || opens_host_name(text, end))
    };
    let (unit, end) = BY_FIRST
        .starting_with(first)
        .iter()
        .filter(|(u, rest)| starts_with_word(after_first, rest) && latin_end(u, start + u.text.len()))
        .map(|&(u, _)| (u, start + u.text.len()))
        .next()?;
    if BLOCK && blocked(unit, text, end) {
        return None;
    }
    Some(UnitMatch::plain(unit, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_found_by_rank_as_by_search() {
        let table = &*BY_FIRST;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let searched = table.groups.binary_search_by_key(&c, |e| e.0).ok().and_then(|k| table.groups.get(k));
            let expect: Vec<&str> = searched.map_or(Vec::new(), |g| g.1.iter().map(|t| t.0.text).collect());
            let got: Vec<&str> = table.starting_with(c).iter().map(|t| t.0.text).collect();
            assert_eq!(got, expect, "{c}");
        }
    }

    #[test]
    fn longest() {
        let m = unit_at("个百分点以上", 0).unwrap_or_else(|| unreachable!());
        assert_eq!((m.unit.text, m.end, m.classified), ("百分点", 12, true));
        let m = unit_at("个半月", 0).unwrap_or_else(|| unreachable!());
        assert_eq!((m.unit.text, m.end, m.half), ("月", 9, true));
        assert_eq!(unit_at("个项目", 0).map(|x| x.unit.text), Some("个"));
        assert_eq!(unit_at("m，", 0).map(|x| x.unit.text), Some("m"));
        assert_eq!(unit_at("min", 0).map(|x| x.unit.text), None);
        assert!(unit_at("名单", 0).is_none());
        assert!(unit_at("次全会", 0).is_none());
        assert_eq!(unit_at(" 个", 0).map(|x| x.unit.text), Some("个"));
        assert_eq!(unit_at("\u{3000}\u{a0}个", 0).map(|x| x.unit.text), Some("个"));
        assert_eq!(unit_at("\t \t个", 0).map(|x| x.unit.text), None);
    }
}
