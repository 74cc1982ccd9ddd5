//! Shared checks for the integration tests: the invariants every parse must keep
//! (spans tile the input, parents enclose their children, markers reparse), and the outline
//! rendering used by the conformance cases.
//!
//! Node markers must reparse (with `gongwen::marker::parse_marker`) to their style and ordinal.
//!
//! Every check returns a list of violations instead of panicking, so a caller can collect
//! them (conformance), turn them into a proptest failure (invariants) or assert on them
//! (hostile).

#![allow(dead_code)] // each test binary uses a different part of this module

use gongwen::export::{DocumentView, outline_rows, quantity_rows};
use gongwen::{Document, Span};

/// Texts up to this many bytes also get the literal Python-style slicing check
/// (`text.chars().skip(a).take(b - a)`), which is quadratic over many rows; longer texts are
/// checked against a byte → char table built in one pass, which is equivalent.
const LITERAL_CHAR_CHECK_MAX: usize = 8 * 1024;

/// Which of the (more expensive) checks to run.
#[derive(Clone, Copy, Debug)]
pub struct Checks {
    /// `serde_json` round trip of the whole document.
    pub json: bool,
    /// `Document::debug_tree()` renders one line per segment.
    pub debug_tree: bool,
}

impl Default for Checks {
    fn default() -> Self {
        Checks { json: true, debug_tree: true }
    }
}

/// The outline as the conformance cases write it: `DEPTH|MARKER|ORDINAL|HEADING`, with the
/// heading's white space removed and `~` for no heading.
pub fn outline_lines(doc: &Document<'_>) -> Vec<String> {
    outline_rows(doc)
        .into_iter()
        .map(|r| {
            let heading =
                r.heading.map_or_else(|| "~".to_owned(), |h| h.chars().filter(|c| !c.is_whitespace()).collect());
            format!("{}|{}|{}|{}", r.depth, r.marker, r.ordinal, heading)
        })
        .collect()
}

/// Runs every invariant with the default checks.
pub fn check_invariants(text: &str, doc: &Document<'_>) -> Vec<String> {
    check_invariants_with(text, doc, Checks::default())
}

/// Runs every invariant of a parse of `text`; returns the violations (empty when all hold).
pub fn check_invariants_with(text: &str, doc: &Document<'_>, checks: Checks) -> Vec<String> {
    let mut v = Violations::default();
    if doc.text() != text {
        v.push(format!("doc.text() is not the parsed text (len {} vs {})", doc.text().len(), text.len()));
        return v.0;
    }
    check_segments(text, doc, &mut v);
    check_title(text, doc, &mut v);
    check_nodes(text, doc, &mut v);
    check_quantities(text, doc, &mut v);
    check_noise_and_diagnostics(text, doc, &mut v);
    check_exports(text, doc, &mut v);
    if checks.json {
        check_json(doc, &mut v);
    }
    if checks.debug_tree {
        let lines = doc.debug_tree().lines().count();
        let segs = doc.segments().len();
        // A segment whose text holds a line break still renders on one line ({:?} escapes it).
        if lines != segs {
            v.push(format!("debug_tree has {lines} lines for {segs} segments"));
        }
    }
    v.0
}

/// Collects violations, keeping the report readable when one bug repeats many times.
#[derive(Default)]
struct Violations(Vec<String>);

impl Violations {
    const MAX: usize = 20;
    fn push(&mut self, msg: String) {
        if self.0.len() < Self::MAX {
            self.0.push(msg);
        } else if self.0.len() == Self::MAX {
            self.0.push("… (more violations not shown)".to_owned());
        }
    }
}

fn span_ok(text: &str, s: Span) -> bool {
    s.start <= s.end && text.get(s.range()).is_some()
}

/// A lazily formatted label: `node 3 0..6 "一、"`, built only when a violation is reported.
struct Name<'a> {
    what: &'static str,
    i: usize,
    text: &'a str,
    span: Span,
}

impl std::fmt::Display for Name<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {} {}", self.what, self.i, show(self.text, self.span))
    }
}

fn show(text: &str, s: Span) -> String {
    let t = s.slice(text);
    let short: String = t.chars().take(24).collect();
    if short.len() < t.len() { format!("{s:?} {short:?}…") } else { format!("{s:?} {short:?}") }
}

/// `segments()` tile the input: in order, no gap, no overlap, non-empty, on char
/// boundaries, and their concatenation is the input.
fn check_segments(text: &str, doc: &Document<'_>, v: &mut Violations) {
    let segs = doc.segments();
    let mut pos = 0u32;
    let mut joined = String::with_capacity(text.len());
    for (i, s) in segs.iter().enumerate() {
        if s.span.start != pos {
            v.push(format!(
                "segment {i} ({}) starts at {} but the previous one ended at {pos}",
                s.kind.as_str(),
                s.span.start
            ));
        }
        if s.span.is_empty() {
            v.push(format!("segment {i} ({}) is empty at {:?}", s.kind.as_str(), s.span));
        }
        if !span_ok(text, s.span) {
            v.push(format!(
                "segment {i} ({}) {:?} is out of bounds or not on char boundaries",
                s.kind.as_str(),
                s.span
            ));
            return;
        }
        joined.push_str(&text[s.span]);
        pos = s.span.end;
    }
    if pos as usize != text.len() {
        v.push(format!("segments end at {pos}, the text at {}", text.len()));
    }
    if joined != text {
        v.push("concatenated segments differ from the input".to_owned());
    }
}

fn check_title(text: &str, doc: &Document<'_>, v: &mut Violations) {
    let Some(t) = doc.title() else { return };
    if !span_ok(text, t) {
        v.push(format!("title {t:?} is out of bounds or not on char boundaries"));
        return;
    }
    if let Some(first) = doc.nodes().next().filter(|f| t.end > f.marker.start) {
        v.push(format!("title {} runs past the first marker at {}", show(text, t), first.marker.start));
    }
    if doc.title_text() != Some(&text[t]) {
        v.push("title_text() is not the text of title()".to_owned());
    }
}

/// Nodes: ids, document order, spans inside the unit, parents enclosing children, depth ==
/// parent depth + 1, parent == nearest earlier node one level up in its tree, children()
/// consistent. Trees are numbered in the order they start; a tree interrupted by a note
/// list or an enclosed document may resume after it.
fn check_nodes(text: &str, doc: &Document<'_>, v: &mut Violations) {
    let nodes: Vec<_> = doc.nodes().collect();
    // Per tree, the last node seen at each depth (index), for the "nearest earlier node" rule.
    let mut last_at_depth_of: Vec<Vec<Option<usize>>> = Vec::new();
    let mut newest_tree = 0u16;
    for (i, n) in nodes.iter().enumerate() {
        let name = Name { what: "node", i, text, span: n.marker };
        if n.id.index() != i {
            v.push(format!("{name}: id {} is not its position {i}", n.id.index()));
        }
        for (what, s) in [("marker", Some(n.marker)), ("heading", n.heading), ("unit", Some(n.span))] {
            if let Some(s) = s.filter(|&s| !span_ok(text, s)) {
                v.push(format!("{name}: {what} span {s:?} is out of bounds or not on char boundaries"));
                return;
            }
        }
        if n.marker.is_empty() {
            v.push(format!("{name}: empty marker"));
        }
        if !n.span.contains(n.marker) {
            v.push(format!("{name}: marker {:?} is not inside its unit {:?}", n.marker, n.span));
        }
        if n.span.start != n.marker.start {
            v.push(format!("{name}: unit {:?} does not start at its marker {:?}", n.span, n.marker));
        }
        if let Some(h) = n.heading {
            if !n.span.contains(h) {
                v.push(format!("{name}: heading {h:?} is not inside its unit {:?}", n.span));
            }
            if doc.heading(n).is_some_and(|c| c.is_empty()) {
                v.push(format!(
                    "{name}: heading {h:?} is empty once noise and white space are removed (should be None)"
                ));
            }
            if h.start < n.marker.end {
                v.push(format!("{name}: heading {h:?} starts before the marker ends ({:?})", n.marker));
            }
        }
        // The marker as written reparses to the same style, ordinal and extent (unless noise
        // a scrape inserted sits inside it). A bare section number (`1 总则`, decimal style
        // without a dot) is a marker only in context, so the context-free grammar skips it. A
        // letter-spaced marker (`第 一 条`, read at a line start) reparses letter-spaced.
        let noisy = doc.noise().any(|x| x.span.overlaps(n.marker));
        let bare_decimal = n.style == gongwen::Style::Decimal && !text[n.marker].contains(['.', '．']);
        if !noisy && !bare_decimal {
            let at = n.marker.start as usize;
            let m = gongwen::marker::parse_marker(text, at).or_else(|| gongwen::marker::parse_letter_spaced(text, at));
            let same = m.is_some_and(|m| m.style == n.style && m.ordinal == n.ordinal && m.span.end == n.marker.end);
            // An item whose heading starts with an amount (`2.60分以下` between items 1 and 3)
            // is read in context too: the grammar reads the decimal `2.60`, the node is `2.`.
            let amount_item = n.style == gongwen::Style::ArabicDot
                && m.is_some_and(|m| m.style == gongwen::Style::Decimal && m.parts == 2 && m.span.end > n.marker.end)
                && text[n.marker].ends_with(['.', '．']);
            let same = same || amount_item;
            if !same {
                let got = m.map(|m| (m.style, m.ordinal, m.span.end));
                v.push(format!(
                    "{name}: the marker reparses as {got:?}, the node says ({:?}, {}, {})",
                    n.style, n.ordinal, n.marker.end
                ));
            }
        }
        if n.ordinal == 0 {
            v.push(format!("{name}: ordinal 0"));
        }
        if n.depth == 0 || usize::from(n.depth) > gongwen::limits::MAX_DEPTH {
            v.push(format!("{name}: depth {} outside 1..={}", n.depth, gongwen::limits::MAX_DEPTH));
        }
        if let Some(prev) = i.checked_sub(1).and_then(|j| nodes.get(j)) {
            if prev.marker.start >= n.marker.start {
                v.push(format!("{name}: not in document order (previous marker at {})", prev.marker.start));
            }
            if prev.marker.end > n.marker.start {
                v.push(format!("{name}: overlaps the previous marker {:?}", prev.marker));
            }
            if let Some(h) = prev.heading.filter(|h| h.end > n.marker.start) {
                v.push(format!("{name}: the previous node's heading {h:?} runs over this marker"));
            }
        }
        let tree = usize::from(n.tree);
        // A tree before the newest one may come back (it was interrupted), never start.
        if n.tree < newest_tree && last_at_depth_of.get(tree).is_none_or(Vec::is_empty) {
            v.push(format!("{name}: tree {} starts after tree {newest_tree}", n.tree));
        }
        newest_tree = newest_tree.max(n.tree);
        if last_at_depth_of.len() <= tree {
            last_at_depth_of.resize_with(tree + 1, Vec::new);
        }
        let Some(last_at_depth) = last_at_depth_of.get_mut(tree) else { continue };
        let d = usize::from(n.depth);
        match n.parent {
            None => {
                if n.depth != 1 {
                    v.push(format!("{name}: a root (no parent) at depth {}", n.depth));
                }
            }
            Some(p) => match doc.node(p) {
                None => v.push(format!("{name}: parent {} does not exist", p.index())),
                Some(parent) => {
                    if p.index() >= i {
                        v.push(format!("{name}: parent {} comes after it", p.index()));
                    }
                    if parent.depth.checked_add(1) != Some(n.depth) {
                        v.push(format!("{name}: depth {} but parent depth {}", n.depth, parent.depth));
                    }
                    if !parent.span.contains(n.span) {
                        v.push(format!("{name}: unit {:?} not inside the parent's {:?}", n.span, parent.span));
                    }
                    if parent.tree != n.tree {
                        v.push(format!("{name}: tree {} but parent tree {}", n.tree, parent.tree));
                    }
                    let implied = d.checked_sub(2).and_then(|k| last_at_depth.get(k).copied().flatten());
                    if implied != Some(p.index()) {
                        v.push(format!(
                            "{name}: parent {} is not the nearest earlier node at depth {} ({implied:?})",
                            p.index(),
                            d - 1
                        ));
                    }
                }
            },
        }
        // Siblings do not overlap: the previous node at this depth under the same parent
        // ends before this one starts.
        let sibling = last_at_depth.get(d.saturating_sub(1)).copied().flatten().and_then(|j| nodes.get(j));
        if let Some(sib) = sibling.filter(|s| s.parent == n.parent && s.span.end > n.span.start) {
            v.push(format!("{name}: unit {:?} overlaps the previous sibling's {:?}", n.span, sib.span));
        }
        if last_at_depth.len() < d {
            last_at_depth.resize(d, None);
        }
        if let Some(slot) = last_at_depth.get_mut(d.saturating_sub(1)) {
            *slot = Some(i);
        }
        last_at_depth.truncate(d);
    }
    // children() lists exactly the nodes whose parent is this node, in order.
    let mut expected: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    for (i, n) in nodes.iter().enumerate() {
        if let Some(slot) = n.parent.and_then(|p| expected.get_mut(p.index())) {
            slot.push(i);
        }
    }
    for (i, n) in nodes.iter().enumerate() {
        let got: Vec<usize> = doc.children(n.id).map(|c| c.id.index()).take(nodes.len() + 1).collect();
        if expected.get(i) != Some(&got) {
            v.push(format!("node {i}: children() gives {got:?}, parents say {:?}", expected.get(i)));
        }
    }
    // node_at(the marker's first byte) is the node itself.
    for (i, n) in nodes.iter().enumerate() {
        let at = doc.node_at(n.marker.start as usize).map(|x| x.id.index());
        if at != Some(i) {
            v.push(format!("node {i}: node_at({}) gives {at:?}", n.marker.start));
        }
    }
    let roots: Vec<usize> = doc.roots().map(|r| r.id.index()).collect();
    let want: Vec<usize> = nodes.iter().filter(|n| n.parent.is_none()).map(|n| n.id.index()).collect();
    if roots != want {
        v.push(format!("roots() gives {roots:?}, parents say {want:?}"));
    }
}

fn check_quantities(text: &str, doc: &Document<'_>, v: &mut Violations) {
    let mut prev_start = 0u32;
    for (i, q) in doc.quantities().enumerate() {
        let name = Name { what: "quantity", i, text, span: q.span };
        if !span_ok(text, q.span) || !span_ok(text, q.number) {
            v.push(format!(
                "{name}: span {:?} / number {:?} out of bounds or not on char boundaries",
                q.span, q.number
            ));
            continue;
        }
        if q.span.is_empty() {
            v.push(format!("{name}: empty span"));
        }
        if !q.span.contains(q.number) {
            v.push(format!("{name}: number {:?} is not inside the figure", q.number));
        }
        if q.span.start < prev_start {
            v.push(format!("{name}: not sorted by start"));
        }
        prev_start = q.span.start;
        for (what, x) in [("value", q.value), ("value_max", q.value_max)] {
            if let Some(x) = x.filter(|x| !x.is_finite()) {
                v.push(format!("{name}: {what} is {x} (must be None or finite)"));
            }
        }
        if let Some(id) = q.node {
            match doc.node(id) {
                None => v.push(format!("{name}: node {} does not exist", id.index())),
                Some(n) if !(n.span.start <= q.span.start && q.span.start < n.span.end) => {
                    v.push(format!("{name}: linked to node {} whose unit {:?} does not hold it", id.index(), n.span));
                }
                Some(_) => {}
            }
        }
    }
}

fn check_noise_and_diagnostics(text: &str, doc: &Document<'_>, v: &mut Violations) {
    let mut prev_end = 0u32;
    for (i, n) in doc.noise().enumerate() {
        if !span_ok(text, n.span) {
            v.push(format!("noise {i} {:?} out of bounds or not on char boundaries", n.span));
            continue;
        }
        if n.span.start < prev_end {
            v.push(format!("noise {i} {} overlaps or precedes the previous noise span", show(text, n.span)));
        }
        prev_end = n.span.end;
    }
    let mut prev_start = 0u32;
    for (i, d) in doc.diagnostics().enumerate() {
        if !span_ok(text, d.span) || d.related.is_some_and(|r| !span_ok(text, r)) {
            v.push(format!("diagnostic {i} {:?} out of bounds or not on char boundaries", d.span));
        }
        if d.span.start < prev_start {
            v.push(format!("diagnostic {i} ({}) not sorted by start", d.kind.as_str()));
        }
        prev_start = d.span.start;
    }
    if doc.diagnostics().len() > gongwen::limits::MAX_DIAGNOSTICS + 1 {
        v.push(format!(
            "{} diagnostics, more than the cap {}",
            doc.diagnostics().len(),
            gongwen::limits::MAX_DIAGNOSTICS
        ));
    }
}

/// `b2c[i]` = number of chars in `text[..i]` at char boundaries, `u32::MAX` inside a char.
fn byte_to_char(text: &str) -> Vec<u32> {
    let mut b2c = vec![u32::MAX; text.len() + 1];
    let mut n = 0u32;
    for (i, _) in text.char_indices() {
        b2c[i] = n;
        n += 1;
    }
    b2c[text.len()] = n;
    b2c
}

/// Char offsets of flat rows slice (Python-style) the same text the byte offsets do.
fn check_exports(text: &str, doc: &Document<'_>, v: &mut Violations) {
    let b2c = byte_to_char(text);
    let literal = text.len() <= LITERAL_CHAR_CHECK_MAX;
    let check = |v: &mut Violations, (what, i): (&str, usize), (cs, ce): (u32, u32), (bs, be): (u32, u32)| {
        let by_bytes = text.get(bs as usize..be as usize);
        let Some(by_bytes) = by_bytes else {
            v.push(format!("{what} {i}: bytes {bs}..{be} out of bounds or not on char boundaries"));
            return;
        };
        let want = (b2c.get(bs as usize).copied(), b2c.get(be as usize).copied());
        if want != (Some(cs), Some(ce)) {
            v.push(format!("{what} {i}: chars {cs}..{ce} but bytes {bs}..{be} are chars {want:?}"));
            return;
        }
        if literal {
            let by_chars: String = text.chars().skip(cs as usize).take(ce.saturating_sub(cs) as usize).collect();
            if by_chars != by_bytes {
                v.push(format!("{what} {i}: text[{cs}:{ce}] = {by_chars:?} but bytes give {by_bytes:?}"));
            }
        }
    };
    let rows = outline_rows(doc);
    for (i, r) in rows.iter().enumerate() {
        check(v, ("outline row", i), (r.char_start, r.char_end), (r.byte_start, r.byte_end));
        if r.index != i {
            v.push(format!("outline row {i}: index {}", r.index));
        }
        if r.parent.is_some_and(|p| p >= i) {
            v.push(format!("outline row {i}: parent {:?} is not an earlier row", r.parent));
        }
    }
    let qrows = quantity_rows(doc);
    for (i, r) in qrows.iter().enumerate() {
        check(v, ("quantity row", i), (r.char_start, r.char_end), (r.byte_start, r.byte_end));
        if text.get(r.byte_start as usize..r.byte_end as usize) != Some(r.text.as_str()) {
            v.push(format!("quantity row {i}: text {:?} is not the text at its offsets", r.text));
        }
        if r.node.is_some_and(|n| n >= rows.len()) {
            v.push(format!("quantity row {i}: node {:?} does not exist", r.node));
        }
    }
    let view = DocumentView::new(doc);
    for (i, r) in view.noise.iter().enumerate() {
        check(v, ("noise row", i), (r.char_start, r.char_end), (r.byte_start, r.byte_end));
    }
    for (i, r) in view.diagnostics.iter().enumerate() {
        check(v, ("diagnostic row", i), (r.char_start, r.char_end), (r.byte_start, r.byte_end));
    }
    if view.char_len as usize != text.chars().count() {
        v.push(format!("DocumentView char_len {} but the text has {} chars", view.char_len, text.chars().count()));
    }
    for (what, json) in [
        ("outline rows", serde_json::to_string(&rows).err()),
        ("quantity rows", serde_json::to_string(&qrows).err()),
        ("document view", serde_json::to_string(&view).err()),
    ] {
        if let Some(e) = json {
            v.push(format!("{what} do not serialize to JSON: {e}"));
        }
    }
}

/// `serde_json` round trip gives back an equal document (tree links included).
fn check_json(doc: &Document<'_>, v: &mut Violations) {
    let json = match serde_json::to_string(doc) {
        Ok(j) => j,
        Err(e) => {
            v.push(format!("Document does not serialize to JSON: {e}"));
            return;
        }
    };
    let back: Document<'static> = match serde_json::from_str(&json) {
        Ok(d) => d,
        Err(e) => {
            v.push(format!("Document JSON does not deserialize: {e}"));
            return;
        }
    };
    if back != *doc {
        let what = if back.text() != doc.text() {
            "the text".to_owned()
        } else if back.title() != doc.title() {
            format!("the title: {:?} vs {:?}", doc.title(), back.title())
        } else if let Some((a, b)) = doc.nodes().zip(back.nodes()).find(|(a, b)| a != b) {
            format!("node {}: {a:?} became {b:?}", a.id.index())
        } else if let Some((a, b)) = doc.quantities().zip(back.quantities()).find(|(a, b)| a != b) {
            format!("a quantity: {a:?} became {b:?}")
        } else {
            "noise, diagnostics, attachments or a count".to_owned()
        };
        v.push(format!("JSON round trip gives a different Document; first difference in {what}"));
    }
    for n in doc.nodes() {
        let a: Vec<usize> = doc.children(n.id).map(|c| c.id.index()).collect();
        let b: Vec<usize> = back.children(n.id).map(|c| c.id.index()).collect();
        if a != b {
            v.push(format!("after the JSON round trip node {} has children {b:?} instead of {a:?}", n.id.index()));
            break;
        }
    }
}

/// Turns a violation list into one readable message.
pub fn report(context: &str, violations: &[String]) -> String {
    let mut out = format!("{context}: {} invariant violation(s)", violations.len());
    for x in violations {
        out.push_str("\n  - ");
        out.push_str(x);
    }
    out
}

/// Panics with a readable report when any invariant fails.
pub fn assert_invariants(context: &str, text: &str, doc: &Document<'_>) {
    let v = check_invariants(text, doc);
    assert!(v.is_empty(), "{}", report(context, &v));
}

/// Renders `n` (1 ≤ n < 10^8) as a standard Chinese numeral: 十五, 一百零五, 一万零一十,
/// 三千五百.
pub fn render_cn(n: u64) -> String {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    fn below_10000(n: u64, leading: bool) -> String {
        let mut out = String::new();
        let parts = [(n / 1000, '千'), (n / 100 % 10, '百'), (n / 10 % 10, '十'), (n % 10, ' ')];
        let mut pending_zero = false;
        let mut started = false;
        for (d, unit) in parts {
            if d == 0 {
                if started {
                    pending_zero = true;
                }
                continue;
            }
            if pending_zero {
                out.push('零');
                pending_zero = false;
            }
            // 十五, not 一十五, when 十 leads the whole number.
            let is_leading_ten = unit == '十' && d == 1 && !started && leading;
            if !is_leading_ten {
                out.push(DIGITS[d as usize]);
            }
            if unit != ' ' {
                out.push(unit);
            }
            started = true;
        }
        out
    }
    assert!((1..100_000_000).contains(&n), "render_cn covers 1..10^8, got {n}");
    let (wan, rest) = (n / 10_000, n % 10_000);
    if wan == 0 {
        return below_10000(rest, true);
    }
    let mut out = below_10000(wan, true);
    out.push('万');
    if rest > 0 {
        if rest < 1000 {
            out.push('零');
        }
        out.push_str(&below_10000(rest, false));
    }
    out
}
