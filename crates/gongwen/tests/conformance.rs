//! The conformance suite: every case of `tests/cases/*.toml` (format: `tests/cases/README.md`),
//! shared with the Python runner `tests/python/test_conformance.py`.
//!
//! Each case is checked field by field (outline, title, quantities, not_quantities, kinds,
//! noise, diagnostics); it runs again with `\r\n` and `\r` line endings and with a BOM, which
//! must give the same outline and title, and with half-width parentheses for full-width ones,
//! which must give the same structure; and every parse must keep the invariants of
//! `common` (tiling, nesting, offsets, JSON round trip). All failures of a group of files are
//! collected and reported together: file, case, field, expected and got.
//!
//! How the optional fields are matched:
//! - `quantities`: the rows of kind `quantity`, 1:1 in document order; `text` must be
//!   contained in the row's text.
//! - `not_quantities`: no row of kind `quantity` may overlap any occurrence of the string.
//! - `kinds`: some row with that kind overlaps an occurrence of `text`.
//! - `noise`: some noise span of that kind overlaps an occurrence of `text`, and one of the
//!   two contains the other.
//! - `diagnostics`: some diagnostic of that kind whose span's text (trimmed) is `text`.
//! - `elements`: for each key, the first element of that name has that value (as the
//!   `value` of its row; a key an expected object leaves out must be null).
//! - `element_texts`: for each key, the first element of that name is written as that text.
//! - `no_elements`: no element of these names is reported.
//! - `references`: every reference, 1:1 in document order: its text and kind, and the
//!   value fields and the resolved node's marker (`~`: none) where given.
//! - `enclosed_titles`: the titles of the enclosed documents, white space left out, in order.
//! - `document`: the given fields of the document's row (`gongwen documents`), `~` for null.
//! - `title`: the title on one line (`Document::title_line`: noise and white space left out).
//! - `paths`: the `path` of every outline row, in document order.

mod common;

use gongwen::Document;
use gongwen::export::{QuantityRow, element_rows, outline_rows, quantity_rows, reference_rows};
use serde::Deserialize;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    #[serde(default)]
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    source: String,
    text: String,
    outline: Option<Vec<String>>,
    paths: Option<Vec<String>>,
    title: Option<String>,
    quantities: Option<Vec<ExpQuantity>>,
    not_quantities: Option<Vec<String>>,
    kinds: Option<Vec<ExpKind>>,
    noise: Option<Vec<ExpNoise>>,
    diagnostics: Option<Vec<ExpDiagnostic>>,
    elements: Option<toml::Table>,
    element_texts: Option<std::collections::BTreeMap<String, String>>,
    no_elements: Option<Vec<String>>,
    references: Option<Vec<ExpReference>>,
    enclosed_titles: Option<Vec<String>>,
    document: Option<toml::Table>,
}

/// An expected reference: its text and kind, then the value fields and the node to check.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpReference {
    text: String,
    kind: String,
    /// The marker of the node it resolves to, or `~` for none.
    node: Option<String>,
    title: Option<String>,
    doc_number: Option<toml::Table>,
    law: Option<String>,
    article: Option<Level>,
    sub: Option<Level>,
    paragraph: Option<Level>,
    item: Option<Level>,
}

/// A provision's number in a reference, or `~` for null (a provision whose article is not
/// known).
#[derive(Deserialize, Clone, Debug)]
#[serde(untagged)]
enum Level {
    Number(i64),
    Null(String),
}

impl Level {
    fn json(&self) -> serde_json::Value {
        match self {
            Level::Number(n) => (*n).into(),
            Level::Null(s) if s == "~" => serde_json::Value::Null,
            // Any other string matches no number: the case fails.
            Level::Null(s) => s.as_str().into(),
        }
    }
}

/// A TOML number: `2` and `2.0` both mean 2.
#[derive(Deserialize, Clone, Copy, Debug)]
#[serde(untagged)]
enum Num {
    Int(i64),
    Float(f64),
}

impl Num {
    #[allow(clippy::cast_precision_loss)] // expected values are written by hand, well inside 2^53
    fn get(self) -> f64 {
        match self {
            Num::Int(i) => i as f64,
            Num::Float(f) => f,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpQuantity {
    text: String,
    value: Option<Num>,
    value_max: Option<Num>,
    unit: Option<String>,
    comparator: Option<String>,
    placeholder: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpKind {
    text: String,
    kind: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpNoise {
    text: String,
    kind: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpDiagnostic {
    kind: String,
    text: String,
}

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases")
}

/// The case files whose name satisfies `pick`, sorted.
fn case_files(pick: impl Fn(&str) -> bool) -> Vec<PathBuf> {
    let dir = cases_dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(&pick))
        .collect();
    files.sort();
    files
}

/// Failures of one case, field by field.
struct CaseReport {
    title: String,
    problems: Vec<String>,
}

impl CaseReport {
    fn fail(&mut self, field: &str, detail: impl AsRef<str>) {
        let mut msg = format!("[{field}] ");
        msg.push_str(&detail.as_ref().replace('\n', "\n      "));
        self.problems.push(msg);
    }
}

/// Runs every case of the files `pick` selects; panics with one report listing every failure.
fn run_files(pick: impl Fn(&str) -> bool, group: &str) {
    let files = case_files(pick);
    let mut failed: Vec<CaseReport> = Vec::new();
    let mut total = 0usize;
    for file in &files {
        let shown = file.file_name().and_then(|n| n.to_str()).unwrap_or("?").to_owned();
        let raw = match std::fs::read_to_string(file) {
            Ok(r) => r,
            Err(e) => {
                failed.push(CaseReport { title: shown, problems: vec![format!("[file] cannot read: {e}")] });
                continue;
            }
        };
        let parsed: CaseFile = match toml::from_str(&raw) {
            Ok(p) => p,
            Err(e) => {
                failed.push(CaseReport { title: shown, problems: vec![format!("[file] not a valid case file: {e}")] });
                continue;
            }
        };
        let mut names = std::collections::HashSet::new();
        for case in &parsed.case {
            total += 1;
            let mut rep =
                CaseReport { title: format!("{shown} :: {} (source: {})", case.name, case.source), problems: vec![] };
            if !names.insert(case.name.as_str()) {
                rep.fail("name", "the name is used twice in this file");
            }
            // A panic in the parser is reported as this case's failure; the other cases still run.
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_case(case, &mut rep)));
            if let Err(payload) = outcome {
                let msg = payload
                    .downcast_ref::<String>()
                    .map(String::as_str)
                    .or_else(|| payload.downcast_ref::<&str>().copied())
                    .unwrap_or("(no message)");
                rep.fail("panic", format!("gongwen panicked: {msg}"));
            }
            if !rep.problems.is_empty() {
                failed.push(rep);
            }
        }
    }
    if failed.is_empty() {
        return;
    }
    let mut msg = format!("{group}: {} of {total} case(s) failed in {} file(s)\n", failed.len(), files.len());
    for rep in &failed {
        let _ = writeln!(msg, "\n● {}", rep.title);
        for p in &rep.problems {
            let _ = writeln!(msg, "    {p}");
        }
    }
    let names: Vec<&str> = failed.iter().map(|r| r.title.split(" (source").next().unwrap_or("")).collect();
    let _ = writeln!(msg, "\nfailing: {}", names.join(", "));
    panic!("{msg}");
}

fn run_case(case: &Case, rep: &mut CaseReport) {
    let text = case.text.as_str();
    let doc = gongwen::parse(text);
    let got_outline = common::outline_lines(&doc);
    let violations = common::check_invariants(text, &doc);
    if !violations.is_empty() {
        rep.fail("invariants", common::report("LF text", &violations));
    }
    if let Some(want) = &case.outline {
        if *want != got_outline {
            rep.fail("outline", format!("expected (-) vs got (+):\n{}", diff_lines(want, &got_outline)));
        }
    }
    if let Some(want) = &case.paths {
        let got: Vec<String> = outline_rows(&doc).into_iter().map(|r| r.path).collect();
        if *want != got {
            rep.fail("paths", format!("expected (-) vs got (+):\n{}", diff_lines(want, &got)));
        }
    }
    if let Some(want) = &case.title {
        let got = doc.title_line();
        // `~`: the document has no title (null).
        if got.as_deref() != Some(want.as_str()).filter(|w| *w != "~") {
            rep.fail("title", format!("expected {want:?}, got {got:?}"));
        }
    }
    let rows = quantity_rows(&doc);
    if let Some(want) = &case.quantities {
        check_quantities(want, &rows, rep);
    }
    if let Some(list) = &case.not_quantities {
        for s in list {
            let occ = occurrences(text, s);
            if occ.is_empty() {
                rep.fail("not_quantities", format!("{s:?} does not occur in the text (case error)"));
            }
            for (a, b) in occ {
                for r in rows.iter().filter(|r| r.kind == "quantity" && overlaps(row_span(r), (a, b))) {
                    rep.fail("not_quantities", format!("{s:?} at byte {a} is reported as a quantity: {:?}", r.text));
                }
            }
        }
    }
    if let Some(list) = &case.kinds {
        for k in list {
            let occ = occurrences(text, &k.text);
            if occ.is_empty() {
                rep.fail("kinds", format!("{:?} does not occur in the text (case error)", k.text));
                continue;
            }
            let hit = rows.iter().any(|r| r.kind == k.kind && occ.iter().any(|&o| overlaps(row_span(r), o)));
            if !hit {
                let near: Vec<String> = rows
                    .iter()
                    .filter(|r| occ.iter().any(|&o| overlaps(row_span(r), o)))
                    .map(|r| format!("{:?} as {}", r.text, r.kind))
                    .collect();
                rep.fail("kinds", format!("{:?}: expected kind {}, got {near:?}", k.text, k.kind));
            }
        }
    }
    if let Some(list) = &case.noise {
        for n in list {
            let occ = occurrences(text, &n.text);
            if occ.is_empty() {
                rep.fail("noise", format!("{:?} does not occur in the text (case error)", n.text));
                continue;
            }
            let found = doc.noise().any(|x| {
                let s = (x.span.start as usize, x.span.end as usize);
                x.kind.as_str() == n.kind
                    && occ
                        .iter()
                        .any(|&(a, b)| overlaps(s, (a, b)) && ((s.0 <= a && b <= s.1) || (a <= s.0 && s.1 <= b)))
            });
            if !found {
                let got: Vec<String> =
                    doc.noise().map(|x| format!("{:?} as {}", &text[x.span], x.kind.as_str())).collect();
                rep.fail("noise", format!("expected {:?} as {}, got noise {got:?}", n.text, n.kind));
            }
        }
    }
    if let Some(list) = &case.diagnostics {
        for d in list {
            let found = doc.diagnostics().any(|x| x.kind.as_str() == d.kind && text[x.span].trim() == d.text.trim());
            if !found {
                let got: Vec<String> =
                    doc.diagnostics().map(|x| format!("{} at {:?}", x.kind.as_str(), &text[x.span])).collect();
                rep.fail("diagnostics", format!("expected {} at {:?}, got {got:?}", d.kind, d.text));
            }
        }
    }
    check_elements(case, &doc, rep);
    if let Some(want) = &case.enclosed_titles {
        let got: Vec<String> = doc.enclosed_titles().map(|(_, s)| doc.clean_slice(s).into_owned()).collect();
        if *want != got {
            rep.fail("enclosed_titles", format!("expected {want:?}, got {got:?}"));
        }
    }
    if let Some(want) = &case.references {
        check_references(want, &doc, rep);
    }
    if let Some(want) = &case.document {
        check_document(want, &doc, rep);
    }
    check_variants(text, &doc, &got_outline, rep);
}

/// `elements`, `element_texts` and `no_elements` of a case.
fn check_elements(case: &Case, doc: &Document<'_>, rep: &mut CaseReport) {
    let rows = element_rows(doc);
    let first = |name: &str| rows.iter().find(|r| r.element == name);
    for (name, want) in case.elements.iter().flatten() {
        let want = serde_json::to_value(want).unwrap_or_default();
        match first(name) {
            Some(row) => {
                let got = serde_json::to_value(&row.value).unwrap_or_default();
                if !json_matches(&want, &got) {
                    rep.fail("elements", format!("{name}: expected {want}, got {got}"));
                }
            }
            None => rep.fail("elements", format!("{name}: expected {want}, got none")),
        }
    }
    for (name, want) in case.element_texts.iter().flatten() {
        let got = first(name).map(|r| r.text.as_str());
        if got != Some(want.as_str()) {
            rep.fail("element_texts", format!("{name}: expected {want:?}, got {got:?}"));
        }
    }
    for name in case.no_elements.iter().flatten() {
        if let Some(row) = first(name) {
            rep.fail("no_elements", format!("{name}: expected none, got {:?} = {}", row.text, row.value.to_json()));
        }
    }
}

/// `document`: each given field of the document's row has that value (`~`: null).
fn check_document(want: &toml::Table, doc: &Document<'_>, rep: &mut CaseReport) {
    let row = serde_json::to_value(gongwen::export::document_row(doc)).unwrap_or_default();
    for (name, want) in want {
        let want = match want {
            toml::Value::String(s) if s == "~" => serde_json::Value::Null,
            other => serde_json::to_value(other).unwrap_or_default(),
        };
        match row.get(name) {
            Some(got) if json_matches(&want, got) => {}
            got => rep.fail("document", format!("{name}: expected {want}, got {got:?}")),
        }
    }
}

/// True when `got` is `want`, numbers compared as numbers and a key an expected object
/// leaves out null in `got`.
fn json_matches(want: &serde_json::Value, got: &serde_json::Value) -> bool {
    use serde_json::Value as V;
    match (want, got) {
        (V::Object(w), V::Object(g)) => {
            w.keys().all(|k| g.contains_key(k))
                && g.iter().all(|(k, gv)| w.get(k).map_or(gv.is_null(), |wv| json_matches(wv, gv)))
        }
        (V::Array(w), V::Array(g)) => w.len() == g.len() && w.iter().zip(g).all(|(a, b)| json_matches(a, b)),
        (V::Number(a), V::Number(b)) => a.as_f64() == b.as_f64(),
        _ => want == got,
    }
}

/// `references` of a case: every reference, 1:1 in order.
fn check_references(want: &[ExpReference], doc: &Document<'_>, rep: &mut CaseReport) {
    let rows = reference_rows(doc);
    let got: Vec<String> = rows.iter().map(|r| format!("{} {}", r.reference, r.text)).collect();
    let expected: Vec<String> = want.iter().map(|r| format!("{} {}", r.kind, r.text)).collect();
    if got != expected {
        rep.fail("references", format!("expected (-) vs got (+):\n{}", diff_lines(&expected, &got)));
        return;
    }
    for (w, r) in want.iter().zip(&rows) {
        let value = serde_json::to_value(&r.value).unwrap_or_default();
        let field = |k: &str| value.get(k).cloned().unwrap_or_default();
        let mut checks: Vec<(&str, serde_json::Value)> = Vec::new();
        if let Some(t) = &w.title {
            checks.push(("title", t.as_str().into()));
        }
        if let Some(n) = &w.doc_number {
            checks.push(("doc_number", serde_json::to_value(n).unwrap_or_default()));
        }
        if let Some(l) = &w.law {
            checks.push(("law", l.as_str().into()));
        }
        for (k, v) in [("article", &w.article), ("sub", &w.sub), ("paragraph", &w.paragraph), ("item", &w.item)] {
            if let Some(v) = v {
                checks.push((k, v.json()));
            }
        }
        for (k, v) in checks {
            if !json_matches(&v, &field(k)) {
                rep.fail("references", format!("{:?}: {k} expected {v}, got {}", w.text, field(k)));
            }
        }
        if let Some(node) = &w.node {
            let got = r.node.and_then(|i| doc.node(gongwen::NodeId::from_index(i))).map_or("~", |n| doc.marker(n));
            if got != node {
                rep.fail("references", format!("{:?}: node expected {node:?}, got {got:?}", w.text));
            }
        }
    }
}

/// CRLF, CR and BOM versions of the text give the same outline and title as the LF text,
/// and keep the invariants; so does the text with white space at every line end.
fn check_variants(text: &str, doc: &Document<'_>, lf_outline: &[String], rep: &mut CaseReport) {
    let variants = [
        ("crlf", text.replace('\n', "\r\n")),
        ("cr", text.replace('\n', "\r")),
        ("bom", format!("\u{feff}{text}")),
        ("bom+crlf", format!("\u{feff}{}", text.replace('\n', "\r\n"))),
    ];
    for (name, vtext) in &variants {
        let vdoc = gongwen::parse(vtext);
        let got = common::outline_lines(&vdoc);
        if got != lf_outline {
            rep.fail(
                &format!("variant {name}"),
                format!("outline differs from the LF text's, LF (-) vs {name} (+):\n{}", diff_lines(lf_outline, &got)),
            );
        }
        let norm = |t: Option<&str>| t.map(|t| t.replace("\r\n", "\n").replace('\r', "\n"));
        if norm(vdoc.title_text()) != norm(doc.title_text()) {
            rep.fail(
                &format!("variant {name}"),
                format!("title {:?}, the LF text's is {:?}", vdoc.title_text(), doc.title_text()),
            );
        }
        let violations = common::check_invariants(vtext, &vdoc);
        if !violations.is_empty() {
            rep.fail(&format!("variant {name}"), common::report("invariants", &violations));
        }
    }
    // White space a copy leaves at every line end: the same structure and title (headings
    // and titles are compared without white space).
    let trailing: String = text
        .split_inclusive('\n')
        .map(|l| match l.strip_suffix('\n') {
            Some(body) if !body.trim().is_empty() => format!("{body}  \n"),
            _ => l.to_owned(),
        })
        .collect();
    let tdoc = gongwen::parse(&trailing);
    let got = common::outline_lines(&tdoc);
    if got != lf_outline {
        rep.fail(
            "variant trailing spaces",
            format!(
                "outline differs from the text's, text (-) vs trailing spaces (+):\n{}",
                diff_lines(lf_outline, &got)
            ),
        );
    }
    let squash = |t: Option<&str>| t.map(|t| t.split_whitespace().collect::<String>());
    if squash(tdoc.title_text()) != squash(doc.title_text()) {
        rep.fail(
            "variant trailing spaces",
            format!("title {:?}, the text's is {:?}", tdoc.title_text(), doc.title_text()),
        );
    }
    // Half-width parentheses for full-width ones: the same structure, with the markers and
    // headings written the same way (every fixture runs again in its variants).
    let half = |s: &str| s.replace('（', "(").replace('）', ")");
    if text.contains('（') || text.contains('）') {
        let want: Vec<String> = lf_outline.iter().map(|l| half(l)).collect();
        let got = common::outline_lines(&gongwen::parse(&half(text)));
        if got != want {
            rep.fail(
                "variant half-width parentheses",
                format!(
                    "outline differs from the full-width text's, expected (-) vs got (+):\n{}",
                    diff_lines(&want, &got)
                ),
            );
        }
    }
}

fn check_quantities(want: &[ExpQuantity], rows: &[QuantityRow], rep: &mut CaseReport) {
    let got: Vec<&QuantityRow> = rows.iter().filter(|r| r.kind == "quantity").collect();
    let show_got = || got.iter().map(|r| format!("{:?}", r.text)).collect::<Vec<_>>().join(", ");
    if got.len() != want.len() {
        let exp: Vec<String> = want.iter().map(|q| format!("{:?}", q.text)).collect();
        rep.fail(
            "quantities",
            format!("expected {} quantities [{}], got {} [{}]", want.len(), exp.join(", "), got.len(), show_got()),
        );
    }
    for (i, (w, g)) in want.iter().zip(&got).enumerate() {
        let mut diffs = Vec::new();
        if !g.text.contains(&w.text) {
            diffs.push(format!("text: expected to contain {:?}, got {:?}", w.text, g.text));
        }
        let num = |n: Option<Num>| n.map(Num::get);
        if !same_number(num(w.value), g.value) {
            diffs.push(format!("value: expected {:?}, got {:?}", num(w.value), g.value));
        }
        if !same_number(num(w.value_max), g.value_max) {
            diffs.push(format!("value_max: expected {:?}, got {:?}", num(w.value_max), g.value_max));
        }
        if w.unit != g.unit {
            diffs.push(format!("unit: expected {:?}, got {:?}", w.unit, g.unit));
        }
        let cmp = w.comparator.as_deref().unwrap_or("eq");
        if cmp != g.comparator {
            diffs.push(format!("comparator: expected {cmp}, got {}", g.comparator));
        }
        let ph = w.placeholder.unwrap_or(false);
        if ph != g.placeholder {
            diffs.push(format!("placeholder: expected {ph}, got {}", g.placeholder));
        }
        if !diffs.is_empty() {
            rep.fail("quantities", format!("#{i} {:?} (got {:?}): {}", w.text, g.text, diffs.join("; ")));
        }
    }
}

fn same_number(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * a.abs().max(1.0),
        _ => false,
    }
}

fn occurrences(text: &str, needle: &str) -> Vec<(usize, usize)> {
    if needle.is_empty() {
        return Vec::new();
    }
    text.match_indices(needle).map(|(a, m)| (a, a + m.len())).collect()
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn row_span(r: &QuantityRow) -> (usize, usize) {
    (r.byte_start as usize, r.byte_end as usize)
}

/// A line diff (longest common subsequence): `  ` same, `- ` expected only, `+ ` got only.
fn diff_lines(want: &[String], got: &[String]) -> String {
    let (n, m) = (want.len(), got.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if want[i] == got[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = String::new();
    while i < n || j < m {
        if i < n && j < m && want[i] == got[j] {
            let _ = writeln!(out, "  {}", want[i]);
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            let _ = writeln!(out, "+ {}", got[j]);
            j += 1;
        } else {
            let _ = writeln!(out, "- {}", want[i]);
            i += 1;
        }
    }
    out.trim_end().to_owned()
}

#[test]
fn outline_cases() {
    run_files(|n| n.starts_with("outline_"), "outline cases");
}

#[test]
fn quantity_cases() {
    run_files(|n| n.starts_with("quantities_") || n.starts_with("quantity_"), "quantity cases");
}

#[test]
fn noise_cases() {
    run_files(|n| n.starts_with("noise_"), "noise cases");
}

#[test]
fn element_cases() {
    run_files(|n| n.starts_with("elements_"), "element cases");
}

#[test]
fn reference_cases() {
    run_files(|n| n.starts_with("references_"), "reference cases");
}

#[test]
fn other_cases() {
    let groups = ["outline_", "quantities_", "quantity_", "noise_", "elements_", "references_"];
    run_files(|n| !groups.iter().any(|p| n.starts_with(p)), "other cases");
}

#[test]
fn the_suite_is_not_empty() {
    assert!(!case_files(|_| true).is_empty(), "tests/cases should hold at least one *.toml case file");
}

#[test]
fn diff_marks_missing_and_extra_lines() {
    let want = vec!["a".to_owned(), "b".to_owned(), "c".to_owned()];
    let got = vec!["a".to_owned(), "c".to_owned(), "d".to_owned()];
    assert_eq!(diff_lines(&want, &got), "  a\n- b\n  c\n+ d", "the diff should show b missing and d extra");
}

#[test]
fn the_runner_reports_wrong_expectations() {
    let case = Case {
        name: "self_test".to_owned(),
        source: "conformance.rs".to_owned(),
        text: "一、总则\n（一）目的\n".to_owned(),
        outline: Some(vec!["1|一、|1|总则".to_owned(), "1|（一）|1|目的".to_owned()]),
        paths: Some(vec!["一、".to_owned(), "（一）".to_owned()]),
        title: Some("不是标题".to_owned()),
        quantities: Some(vec![ExpQuantity {
            text: "8所".to_owned(),
            value: Some(Num::Int(8)),
            value_max: None,
            unit: Some("所".to_owned()),
            comparator: None,
            placeholder: None,
        }]),
        not_quantities: Some(vec!["不在文中".to_owned()]),
        kinds: None,
        noise: Some(vec![ExpNoise { text: "总则".to_owned(), kind: "page_marker".to_owned() }]),
        diagnostics: Some(vec![ExpDiagnostic { kind: "skipped_ordinal".to_owned(), text: "（一）".to_owned() }]),
        elements: toml::from_str("date = \"2005-06-11\"").ok(),
        element_texts: Some([("recipients".to_owned(), "各省：".to_owned())].into_iter().collect()),
        no_elements: None,
        references: Some(vec![ExpReference {
            text: "第一条".to_owned(),
            kind: "internal".to_owned(),
            node: None,
            title: None,
            doc_number: None,
            law: None,
            article: None,
            sub: None,
            paragraph: None,
            item: None,
        }]),
        enclosed_titles: Some(vec!["没有".to_owned()]),
        document: toml::from_str("genre = \"通知\"\nnodes = 5").ok(),
    };
    let mut rep = CaseReport { title: "self test".to_owned(), problems: vec![] };
    run_case(&case, &mut rep);
    let fields: Vec<&str> = rep.problems.iter().filter_map(|p| p.split(']').next()).collect();
    for field in [
        "[outline",
        "[paths",
        "[title",
        "[quantities",
        "[not_quantities",
        "[noise",
        "[diagnostics",
        "[elements",
        "[element_texts",
        "[references",
        "[enclosed_titles",
        "[document",
    ] {
        assert!(fields.contains(&field), "the runner should report a wrong {field}]; it reported {:?}", rep.problems);
    }
}
