//! The table builder against the rows it is given: the schema is `Row::FIELDS`, and every
//! cell of every batch is the value serde writes for the same row (the JSONL output).

use gongwen::export::{
    DiagnosticRow, DocumentView, ElementRow, FieldType, NoiseRow, OutlineRow, QuantityRow, ReferenceRow, Row,
    element_rows, outline_rows, quantity_rows, reference_rows,
};
use gongwen_arrow::TableBuilder;
use gongwen_arrow::arrow_array::{Array, BooleanArray, Float64Array, Int64Array, RecordBatch, StringArray};
use gongwen_arrow::arrow_schema::DataType;
use serde_json::Value;

/// The documents of the sample corpus, with their ids, and one with page markers and a
/// skipped ordinal (the corpus has neither).
fn corpus() -> Vec<(String, String)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/data/sample_corpus.jsonl");
    let text = std::fs::read_to_string(path).expect("the sample corpus");
    text.lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("a JSON line");
            (v["id"].as_str().expect("an id").to_owned(), v["text"].as_str().expect("a text").to_owned())
        })
        .chain([("页码".to_owned(), "一、总则\n甲乙丙丁。\n3/28\n三、附则\n戊己庚辛。\n- 2 -\n四、其他\n".to_owned())])
        .collect()
}

/// Cell `row` of `column` as the JSON value the JSONL output would hold (a `json`
/// column's text parsed).
fn cell(batch: &RecordBatch, column: usize, row: usize) -> Value {
    let array = batch.column(column);
    if array.is_null(row) {
        return Value::Null;
    }
    let any = array.as_any();
    let json = batch.schema().field(column).metadata().get("gongwen.type").map(String::as_str) == Some("json");
    match array.data_type() {
        DataType::Int64 => Value::from(any.downcast_ref::<Int64Array>().expect("Int64").value(row)),
        DataType::Float64 => Value::from(any.downcast_ref::<Float64Array>().expect("Float64").value(row)),
        DataType::Boolean => Value::from(any.downcast_ref::<BooleanArray>().expect("Boolean").value(row)),
        DataType::Utf8 => {
            let s = any.downcast_ref::<StringArray>().expect("Utf8").value(row);
            if json { serde_json::from_str(s).expect("a json cell is JSON text") } else { Value::from(s) }
        }
        other => panic!("unexpected column type {other}"),
    }
}

/// Builds one batch of the rows of `docs` and checks it cell by cell against serde's JSON
/// of the rows. Returns the number of rows.
fn check_table<R: Row + serde::Serialize>(docs: &[(String, Vec<R>)]) -> usize {
    let mut table = TableBuilder::<R>::new();
    for (id, rows) in docs {
        table.push_document(id, rows);
    }
    let expected: usize = docs.iter().map(|(_, rows)| rows.len()).sum();
    assert_eq!(table.len(), expected);
    let batch = table.finish().expect("a batch");
    assert!(table.is_empty(), "finish empties the builder");
    assert_eq!(batch.num_rows(), expected);
    let schema = batch.schema();
    let names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
    let positions = gongwen_arrow::has_position::<R>();
    let skip = if positions { 2 } else { 1 };
    let mut i = 0;
    for (id, rows) in docs {
        for (k, row) in rows.iter().enumerate() {
            assert_eq!(cell(&batch, 0, i), Value::from(id.as_str()), "doc of row {i}");
            if positions {
                assert_eq!(cell(&batch, 1, i), Value::from(k), "index of row {i}");
            }
            let Value::Object(json) = serde_json::to_value(row).expect("serde") else { panic!("a row is an object") };
            // (serde_json's map sorts its keys: the order is checked against `Row::FIELDS`.)
            let mut columns = names[skip..].to_vec();
            columns.sort_unstable();
            assert!(json.keys().map(String::as_str).eq(columns), "the columns are the JSON keys");
            for (c, name) in names.iter().enumerate().skip(skip) {
                assert_eq!(cell(&batch, c, i), json[*name], "{name} of row {i} ({id})");
            }
            i += 1;
        }
    }
    expected
}

/// The rows of each document of the corpus, with their ids.
fn tables<R>(rows: impl Fn(&gongwen::Document<'_>) -> Vec<R>) -> Vec<(String, Vec<R>)> {
    corpus().into_iter().map(|(id, text)| (id, rows(&gongwen::parse(&text)))).collect()
}

#[test]
fn every_cell_is_the_jsonl_value() {
    assert!(check_table(&tables(outline_rows)) > 100);
    assert!(check_table(&tables(quantity_rows)) > 100);
    assert!(check_table(&tables(element_rows)) > 10);
    assert!(check_table(&tables(reference_rows)) > 10);
    assert!(check_table(&tables(|d| DocumentView::new(d).noise)) > 0);
    assert!(check_table(&tables(|d| DocumentView::new(d).diagnostics)) > 0);
}

/// The schema of `R`'s table: `doc`, `index` unless `R` has one, then `R::FIELDS` with
/// their docs and types.
fn check_schema<R: Row>() {
    let schema = gongwen_arrow::schema::<R>();
    let fields = schema.fields();
    assert_eq!(fields[0].name(), "doc");
    assert!(!fields[0].is_nullable());
    let skip = if R::FIELDS.iter().any(|f| f.name == "index") {
        1
    } else {
        assert_eq!((fields[1].name().as_str(), fields[1].data_type()), ("index", &DataType::Int64));
        2
    };
    assert_eq!(fields.len(), R::FIELDS.len() + skip);
    for (arrow, field) in fields.iter().skip(skip).zip(R::FIELDS) {
        assert_eq!(arrow.name(), field.name);
        assert_eq!(arrow.metadata()["doc"], field.doc.trim_end());
        assert!(!field.doc.trim().is_empty(), "{} has a doc", field.name);
        assert_eq!(arrow.metadata()["gongwen.type"], field.ty.as_str());
        let (ty, nullable) = match field.ty {
            FieldType::Int => (DataType::Int64, false),
            FieldType::OptInt => (DataType::Int64, true),
            FieldType::Float => (DataType::Float64, false),
            FieldType::OptFloat => (DataType::Float64, true),
            FieldType::Str => (DataType::Utf8, false),
            FieldType::OptStr | FieldType::Json => (DataType::Utf8, true),
            FieldType::Bool => (DataType::Boolean, false),
            other => panic!("a field type this test does not know: {other:?}"),
        };
        assert_eq!((arrow.data_type(), arrow.is_nullable()), (&ty, nullable), "{}", field.name);
        assert_eq!(arrow.metadata().get("gongwen.link").is_some(), field.link.is_some(), "{}", field.name);
    }
    assert_eq!(TableBuilder::<R>::new().schema().as_ref(), &schema);
}

#[test]
fn schemas_follow_the_field_tables() {
    check_schema::<OutlineRow>();
    check_schema::<QuantityRow>();
    check_schema::<ElementRow>();
    check_schema::<ReferenceRow>();
    check_schema::<NoiseRow>();
    check_schema::<DiagnosticRow>();
}

#[test]
fn nulls_stay_nulls() {
    // A placeholder has no value, a top-level node no parent, a figure before any node no
    // node or path.
    let doc = gongwen::parse("新建XX所学校。\n一、总则\n（一）目标\n");
    let mut quantities = TableBuilder::new();
    quantities.push_document("a", &quantity_rows(&doc));
    let q = quantities.finish().expect("a batch");
    assert_eq!(q.num_rows(), 1);
    for name in ["value", "node", "path", "deadline_year"] {
        assert!(q.column_by_name(name).expect(name).is_null(0), "{name} is null");
    }
    let mut outline = TableBuilder::new();
    outline.push_document("a", &outline_rows(&doc));
    let o = outline.finish().expect("a batch");
    let parent = o.column_by_name("parent").expect("parent");
    assert!(parent.is_null(0));
    assert_eq!(parent.as_any().downcast_ref::<Int64Array>().expect("Int64").value(1), 0);
    assert_eq!(parent.null_count(), 1);
}

#[test]
fn json_cells_are_json_text() {
    let doc = gongwen::parse("关于某事的通知\n国发〔2019〕4号\n各有关单位：\n特此通知。\n国务院\n2019年1月22日\n");
    let rows = element_rows(&doc);
    let mut table = TableBuilder::new();
    table.push_document("a", &rows);
    let batch = table.finish().expect("a batch");
    let value = batch.column_by_name("value").expect("value");
    let value = value.as_any().downcast_ref::<StringArray>().expect("Utf8");
    assert_eq!(value.value(0), r#"{"agency":"国发","year":2019,"number":4}"#);
    let date = rows.iter().position(|r| r.element == "date").expect("a date");
    assert_eq!(value.value(date), r#""2019-01-22""#, "a string value is a JSON string");
    let schema = batch.schema();
    let field = schema.field_with_name("value").expect("value");
    assert_eq!(field.metadata()["gongwen.type"], "json");
}

#[test]
fn documents_without_rows_and_non_ascii_ids() {
    let with = quantity_rows(&gongwen::parse("新建幼儿园8所，学位3万个。\n"));
    let mut table = TableBuilder::<QuantityRow>::new();
    table.push_document("空", &[]);
    table.push_document("国务院/通知 \"一\"", &with);
    table.push_document("", &quantity_rows(&gongwen::parse("")));
    table.push_document("第二", &with);
    let batch = table.finish().expect("a batch");
    assert_eq!(batch.num_rows(), 4);
    let doc = batch.column(0).as_any().downcast_ref::<StringArray>().expect("Utf8");
    let ids: Vec<&str> = doc.iter().map(|d| d.expect("no null id")).collect();
    assert_eq!(ids, ["国务院/通知 \"一\"", "国务院/通知 \"一\"", "第二", "第二"]);
    let index = batch.column(1).as_any().downcast_ref::<Int64Array>().expect("Int64");
    assert_eq!(index.values().to_vec(), [0, 1, 0, 1], "positions restart in each document");
    // A builder with nothing pushed gives an empty batch of the same schema.
    let empty = table.finish().expect("a batch");
    assert_eq!((empty.num_rows(), empty.schema()), (0, batch.schema()));
}

#[test]
fn batches_split_anywhere_join_to_the_same_rows() {
    let docs = tables(outline_rows);
    let mut whole = TableBuilder::new();
    let mut parts = TableBuilder::new();
    let mut batches = Vec::new();
    for (k, (id, rows)) in docs.iter().enumerate() {
        whole.push_document(id, rows);
        parts.push_document(id, rows);
        if k % 3 == 2 {
            batches.push(parts.finish().expect("a batch"));
        }
    }
    batches.push(parts.finish().expect("a batch"));
    let whole = whole.finish().expect("a batch");
    let joined = gongwen_arrow::arrow_array::RecordBatch::try_new(
        whole.schema(),
        (0..whole.num_columns())
            .map(|c| {
                let arrays: Vec<&dyn Array> = batches.iter().map(|b| b.column(c).as_ref()).collect();
                concat(&arrays)
            })
            .collect(),
    )
    .expect("same schema");
    assert_eq!(joined, whole);
}

/// Concatenates arrays of one type (what `arrow-select` does, without the dependency).
fn concat(arrays: &[&dyn Array]) -> gongwen_arrow::arrow_array::ArrayRef {
    use gongwen_arrow::arrow_array::builder::{Float64Builder, Int64Builder, StringBuilder};
    use std::sync::Arc;
    match arrays[0].data_type() {
        DataType::Int64 => {
            let mut b = Int64Builder::new();
            for a in arrays {
                b.extend(a.as_any().downcast_ref::<Int64Array>().expect("Int64").iter());
            }
            Arc::new(b.finish())
        }
        DataType::Float64 => {
            let mut b = Float64Builder::new();
            for a in arrays {
                b.extend(a.as_any().downcast_ref::<Float64Array>().expect("Float64").iter());
            }
            Arc::new(b.finish())
        }
        _ => {
            let mut b = StringBuilder::new();
            for a in arrays {
                b.extend(a.as_any().downcast_ref::<StringArray>().expect("Utf8").iter());
            }
            Arc::new(b.finish())
        }
    }
}

#[test]
fn json_text_is_what_serde_writes() {
    use gongwen::export::JsonValue;
    let tricky = "引号\"反斜杠\\换行\n\r\t\u{1}\u{8}\u{c}\u{1f}\u{7f}末";
    let value = JsonValue::Object(vec![
        ("s", JsonValue::Str(tricky.to_owned())),
        ("l", JsonValue::List(vec![JsonValue::Int(-3), JsonValue::Null, JsonValue::Str(String::new())])),
        ("o", JsonValue::Object(vec![])),
    ]);
    let mut written = String::new();
    value.write_json(&mut written).expect("a String never fails");
    assert_eq!(written, serde_json::to_string(&value).expect("serde"));
    assert_eq!(written, value.to_json());
}
