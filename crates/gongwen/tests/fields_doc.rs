//! `docs/fields.md`, the field reference, is generated from the single source of the row
//! schemas and the model's enums, and this test fails when the file is stale:
//!
//! - every row type's fields (name, type, doc) come from [`Row::FIELDS`] (the field lists of
//!   `export/rows.rs`);
//! - every value of `style`, `kind`, `comparator`, `change`, `change_direction`, `modality`,
//!   of the noise and diagnostic kinds, of the element keys and reference kinds comes from
//!   the enum's variants and their `as_str` names in `src/model/*.rs` (read as text, like
//!   `tests/layers.rs` reads the imports), each with the variant's doc comment, which must
//!   give an example;
//! - the doc of a field whose values are such an enum names only real values (a backticked
//!   `snake_case` word in it is one of them).
//!
//! Regenerate after changing a row field or an enum: `GONGWEN_BLESS=1 cargo test -p gongwen
//! --test fields_doc`.

use gongwen::export::{
    DiagnosticRow, DocumentRow, ElementRow, Field, Link, NoiseRow, OutlineRow, QuantityRow, ReferenceRow, Row,
};
use std::fmt::Write as _;
use std::path::PathBuf;

/// A row type: its name in the outputs, where it comes from, its fields, and its rows in
/// the two sample documents (as JSON objects), where the examples come from.
struct RowType {
    name: &'static str,
    from: &'static str,
    fields: &'static [Field],
    rows: Vec<serde_json::Value>,
}

/// A work plan in which every field of the outline, quantity, noise and diagnostic rows has
/// a value somewhere: nested numbering with a skipped ordinal, a change phrase with modality
/// and deadline, a range, page lines (the same text as tests/python/test_fields.py).
const PLAN: &str = "某县教育局工作要点\n一、总体目标\n（一）普及学前教育。到2025年，确保学前教育毛入园率由85%提高到95%，新建幼儿园3至5所。\n- 1 -\n（三）提升质量。全年培训教师不少于200人次。\n- 2 -\n二、保障措施\n";

/// A notice in which every field of the element and reference rows has a value.
const NOTICE: &str = "关于做好防汛工作的通知\n国办函〔2005〕57号\n各省、自治区人民政府：\n请按照《国务院关于加强防汛工作的意见》（国发〔2004〕3号）执行。\n附件：1.防汛名单\n2.联系表\n国务院办公厅\n二〇〇五年六月十一日\n（此件公开发布）\n附件1\n防汛名单管理办法\n第一条 为了规范管理，制定本办法。\n第二条 依照本办法第一条和刑法第十条执行。\n";

/// The rows of a slice as JSON objects.
fn json_rows<T: serde::Serialize>(rows: &[T]) -> Vec<serde_json::Value> {
    rows.iter().map(|r| serde_json::to_value(r).expect("a row is JSON")).collect()
}

/// Every row type, in the order of the reference.
fn row_types() -> Vec<RowType> {
    let (plan, notice) = (gongwen::parse(PLAN), gongwen::parse(NOTICE));
    let view = gongwen::export::DocumentView::new(&plan);
    vec![
        RowType {
            name: "documents",
            from: "`gongwen documents`: one row per document",
            fields: DocumentRow::FIELDS,
            rows: json_rows(&[gongwen::export::document_row(&plan), gongwen::export::document_row(&notice)]),
        },
        RowType {
            name: "outline",
            from: "`gongwen outline`; Python `doc.outline` (`Node`), `outline_frame()`; `nodes` of `gongwen parse`",
            fields: OutlineRow::FIELDS,
            rows: json_rows(&gongwen::export::outline_rows(&plan)),
        },
        RowType {
            name: "quantities",
            from: "`gongwen quantities`; Python `doc.quantities` (`Quantity`), `quantities_frame()`; `quantities` of `gongwen parse`",
            fields: QuantityRow::FIELDS,
            rows: json_rows(&gongwen::export::quantity_rows(&plan)),
        },
        RowType {
            name: "elements",
            from: "`gongwen elements`; Python `doc.elements` (`Element`), `elements_frame()`; `elements` of `gongwen parse`",
            fields: ElementRow::FIELDS,
            rows: json_rows(&gongwen::export::element_rows(&notice)),
        },
        RowType {
            name: "references",
            from: "`gongwen references`; Python `doc.references` (`Reference`), `references_frame()`",
            fields: ReferenceRow::FIELDS,
            rows: json_rows(&gongwen::export::reference_rows(&notice)),
        },
        RowType {
            name: "noise",
            from: "`noise` of `gongwen parse`; Python `doc.noise` (`Noise`)",
            fields: NoiseRow::FIELDS,
            rows: json_rows(&view.noise),
        },
        RowType {
            name: "diagnostics",
            from: "`diagnostics` of `gongwen parse`; Python `doc.diagnostics` (`Diagnostic`)",
            fields: DiagnosticRow::FIELDS,
            rows: json_rows(&view.diagnostics),
        },
    ]
}

/// A field whose values are the names of an enum of `src/model`: (row type, field, file, enum).
const ENUM_FIELDS: &[(&str, &str, &str, &str)] = &[
    ("outline", "style", "style.rs", "Style"),
    ("quantities", "comparator", "quantity.rs", "Comparator"),
    ("quantities", "kind", "quantity.rs", "QuantityKind"),
    ("quantities", "change", "quantity.rs", "ChangeRole"),
    ("quantities", "change_direction", "quantity.rs", "Direction"),
    ("quantities", "modality", "quantity.rs", "Modality"),
    ("elements", "element", "element.rs", "ElementKind"),
    ("references", "reference", "reference.rs", "Target"),
    ("noise", "kind", "noise.rs", "NoiseKind"),
    ("diagnostics", "kind", "diagnostic.rs", "DiagnosticKind"),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// One value of an enum: its name in the outputs and its variant's doc comment.
struct Value {
    name: String,
    doc: String,
}

/// The variants of `pub enum name` in `src`, each with its doc comment (one line).
fn variants(src: &str, name: &str) -> Vec<(String, String)> {
    let head = format!("pub enum {name} {{");
    let body = src.split_once(&head).map(|(_, rest)| rest).unwrap_or_else(|| panic!("no `{head}`"));
    let mut out = Vec::new();
    let (mut depth, mut doc) = (0usize, Vec::new());
    for line in body.lines() {
        let t = line.trim();
        if depth == 0 && t == "}" {
            break;
        }
        if depth == 0 {
            if let Some(d) = t.strip_prefix("///") {
                doc.push(d.trim().to_owned());
            } else if t.starts_with(|c: char| c.is_ascii_uppercase()) {
                let ident: String = t.chars().take_while(char::is_ascii_alphanumeric).collect();
                out.push((ident, doc.join("\n")));
                doc.clear();
            }
        }
        depth = (depth + t.matches('{').count()).saturating_sub(t.matches('}').count());
    }
    out
}

/// The output name of `Enum::variant`: the string of its arm (`Enum::Variant … => "name"`).
fn arm_name(src: &str, en: &str, variant: &str) -> Option<String> {
    src.lines().find_map(|line| {
        let rest = line.trim().strip_prefix(&format!("{en}::{variant}"))?;
        if rest.starts_with(|c: char| c.is_ascii_alphanumeric()) {
            return None;
        }
        let (_, name) = rest.split_once("=> \"")?;
        Some(name.split('"').next()?.to_owned())
    })
}

/// The values of `en` in `src/model/file`, in declaration order.
fn values(file: &str, en: &str) -> Vec<Value> {
    let path = root().join("crates/gongwen/src/model").join(file);
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    variants(&src, en)
        .into_iter()
        .map(|(variant, doc)| {
            let name =
                arm_name(&src, en, &variant).unwrap_or_else(|| panic!("{en}::{variant} has no `=> \"name\"` arm"));
            Value { name, doc }
        })
        .collect()
}

/// A cell of a markdown table: one line (lines joined with a space, without one between
/// two Chinese characters), `|` escaped, doc links written as code.
fn cell(s: &str) -> String {
    let cjk = |c: Option<char>| {
        c.is_some_and(|c| ('\u{3000}'..='\u{9fff}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c))
    };
    let mut one = String::new();
    for line in s.split('\n').map(str::trim).filter(|l| !l.is_empty()) {
        let glued = one.is_empty() || (cjk(one.chars().last()) && cjk(line.chars().next()));
        if !glued {
            one.push(' ');
        }
        one.push_str(line);
    }
    one.replace('|', "\\|").replace("[`", "`").replace("`]", "`").replace("crate::", "")
}

/// The type column: `int`, `str?` …, and what an index points at.
fn type_cell(f: &Field) -> String {
    match f.link {
        Some(Link::Outline) => format!("{} (index of an outline row)", f.ty.as_str()),
        _ => f.ty.as_str().to_owned(),
    }
}

const INTRO: &str = "# Field reference

<!-- Generated by crates/gongwen/tests/fields_doc.rs from the row field lists
(crates/gongwen/src/export/rows.rs) and the enums of crates/gongwen/src/model: do not edit;
regenerate with `GONGWEN_BLESS=1 cargo test -p gongwen --test fields_doc`. -->

Every row type has one schema, written once in the core (`crates/gongwen/src/export/rows.rs`)
and generated everywhere from there, with the same field names in the same order:

- the CLI's JSON and JSONL rows (the keys) and CSV files (the header), `--format jsonl|csv`;
- the Python objects (`Node`, `Quantity`, … : one attribute per field, with the field's doc;
  an index field such as `parent` or `node` gives the `Node` itself) and `to_dict()`;
- the data frames (`outline_frame()`, `quantities_frame()`, …; pandas or polars), whose
  columns are the fields, after the columns that say where a row comes from: `doc` (the
  document: its position or its id) in the frames of several documents, and `index` (the
  row's position in its document) where the row has no `index` field of its own;
- the type stubs (`python/gongwen/_gongwen.pyi`) and `gongwen.OUTLINE_FIELDS`,
  `gongwen.QUANTITY_FIELDS`, … .

Types: `int`, `float`, `str`, `bool`; `?` marks a value that may be null (`None`);
`json` is an object, a list, an ISO date or a string (a string or compact JSON in CSV).
Offsets: `char_*` count Unicode code points (Python's `text[a:b]`), `byte_*` UTF-8 bytes.
The examples are values of rows of two sample documents (a work plan and a notice, in
`crates/gongwen/tests/fields_doc.rs`). What a correct value is: [annotation.md](annotation.md).
";

/// An example of `field`: its longest value in the sample rows (the first of those), as JSON;
/// none when every value is null.
fn example(rt: &RowType, field: &str) -> Option<String> {
    let values = rt.rows.iter().filter_map(|r| r.get(field)).filter(|v| !v.is_null());
    let json = values.map(ToString::to_string).rev().max_by_key(|j| j.chars().count())?;
    let short: String = json.chars().take(60).collect();
    Some(if short.len() < json.len() { format!("`{short}…`") } else { format!("`{json}`") })
}

/// The whole reference.
fn generate() -> String {
    let mut out = String::from(INTRO);
    for rt in row_types() {
        let _ = write!(
            out,
            "\n## {}\n\nFrom {}.\n\n| field | type | meaning | example |\n|---|---|---|---|\n",
            rt.name, rt.from
        );
        for f in rt.fields {
            let ex = example(&rt, f.name)
                .unwrap_or_else(|| panic!("{}.{}: no sample row gives it a value", rt.name, f.name));
            let _ = writeln!(out, "| `{}` | {} | {} | {ex} |", f.name, type_cell(f), cell(f.doc));
        }
        for &(_, field, file, en) in ENUM_FIELDS.iter().filter(|(r, ..)| *r == rt.name) {
            let _ = write!(out, "\n### `{field}` values\n\n| value | meaning, example |\n|---|---|\n");
            for v in values(file, en) {
                let _ = writeln!(out, "| `{}` | {} |", v.name, cell(&v.doc));
            }
        }
    }
    out
}

#[test]
fn docs_fields_md_is_generated_from_the_schemas() {
    let path = root().join("docs/fields.md");
    let want = generate();
    if std::env::var_os("GONGWEN_BLESS").is_some() {
        std::fs::write(&path, &want).expect("write docs/fields.md");
    }
    let got = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        got == want,
        "docs/fields.md is stale: regenerate it with `GONGWEN_BLESS=1 cargo test -p gongwen --test fields_doc`"
    );
}

#[test]
fn every_enum_value_has_a_doc_with_an_example() {
    for &(row, field, file, en) in ENUM_FIELDS {
        let vals = values(file, en);
        assert!(vals.len() >= 2, "{en}: the variants were not read");
        for v in &vals {
            // An example: something written in backticks or in Chinese.
            let example = v.doc.contains('`') || v.doc.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
            assert!(example, "{row}.{field} value `{}` ({en}): its doc gives no example: {:?}", v.name, v.doc);
        }
    }
}

#[test]
fn field_docs_name_only_real_values() {
    let types = row_types();
    for &(row, field, file, en) in ENUM_FIELDS {
        let names: Vec<String> = values(file, en).into_iter().map(|v| v.name).collect();
        let f = types
            .iter()
            .find(|t| t.name == row)
            .and_then(|t| t.fields.iter().find(|f| f.name == field))
            .unwrap_or_else(|| panic!("no field {row}.{field}"));
        for (i, code) in f.doc.split('`').enumerate() {
            let word = i % 2 == 1 && !code.is_empty() && code.chars().all(|c| c.is_ascii_lowercase() || c == '_');
            assert!(
                !word || names.iter().any(|n| n == code),
                "{row}.{field}: its doc names `{code}`, not a value of {en} ({names:?})"
            );
        }
    }
}

#[test]
fn the_source_reader_finds_variants_and_names() {
    let src = "pub enum E {\n    /// One: `a`.\n    A,\n    /// Two.\n    B { x: u8 },\n}\nfn n(e: E) -> &str { match e { E::A => \"a\", E::B { .. } => \"b_b\" } }\n";
    let vs = variants(src, "E");
    assert_eq!(vs, [("A".to_owned(), "One: `a`.".to_owned()), ("B".to_owned(), "Two.".to_owned())]);
    assert_eq!(cell("条例\n工作 | x\n`a`"), "条例工作 \\| x `a`");
    assert_eq!(arm_name(src, "E", "B").as_deref(), None, "one arm per line is what the model writes");
    assert_eq!(arm_name("E::A => \"a\",\nE::AB => \"ab\",", "E", "A").as_deref(), Some("a"));
}
