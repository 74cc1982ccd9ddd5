//! `--format parquet` and `--format arrow`: the files the binary writes, read back with the
//! arrow-rs readers, hold the rows of `--format jsonl`, cell for cell.

use arrow_array::{Array, BooleanArray, Float64Array, Int64Array, RecordBatch, StringArray};
use arrow_schema::DataType;
use gongwen_arrow::{arrow_array, arrow_schema};
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The sample corpus: 20 documents with string ids.
fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/sample_corpus.jsonl")
}

fn gongwen(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gongwen")).args(args).output().expect("the binary runs")
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("paths are UTF-8")
}

/// Every batch of a Parquet or Arrow IPC file.
fn read(bytes: Vec<u8>, format: &str) -> Vec<RecordBatch> {
    if format == "parquet" {
        assert!(bytes.starts_with(b"PAR1"), "a Parquet file");
        parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(bytes::Bytes::from(bytes))
            .expect("a Parquet file")
            .build()
            .expect("a reader")
            .map(|b| b.expect("a batch"))
            .collect()
    } else {
        assert!(bytes.starts_with(b"ARROW1"), "an Arrow IPC file");
        arrow_ipc::reader::FileReader::try_new(std::io::Cursor::new(bytes), None)
            .expect("an IPC file")
            .map(|b| b.expect("a batch"))
            .collect()
    }
}

/// The rows of the batches as JSON objects (a `json` column's text parsed), the columns in
/// order.
fn rows(batches: &[RecordBatch]) -> Vec<Vec<(String, Value)>> {
    let mut out = Vec::new();
    for batch in batches {
        let schema = batch.schema();
        for i in 0..batch.num_rows() {
            let row = schema
                .fields()
                .iter()
                .zip(batch.columns())
                .map(|(field, array)| {
                    let json = field.metadata().get("gongwen.type").is_some_and(|t| t == "json");
                    (field.name().clone(), cell(array.as_ref(), i, json))
                })
                .collect();
            out.push(row);
        }
    }
    out
}

/// One cell as the JSON value the JSONL output holds.
fn cell(array: &dyn Array, i: usize, json: bool) -> Value {
    if array.is_null(i) {
        return Value::Null;
    }
    let any = array.as_any();
    match array.data_type() {
        DataType::Int64 => Value::from(any.downcast_ref::<Int64Array>().expect("Int64").value(i)),
        DataType::Float64 => Value::from(any.downcast_ref::<Float64Array>().expect("Float64").value(i)),
        DataType::Boolean => Value::from(any.downcast_ref::<BooleanArray>().expect("Boolean").value(i)),
        DataType::Utf8 => {
            let s = any.downcast_ref::<StringArray>().expect("Utf8").value(i);
            if json { serde_json::from_str(s).expect("JSON text") } else { Value::from(s) }
        }
        other => panic!("unexpected column type {other}"),
    }
}

/// The JSONL rows of `command` on `args`, with `index` (the row's position in its
/// document) inserted after `doc` for row types without one, as the tables have it.
fn jsonl_rows(command: &str, args: &[&str]) -> Vec<serde_json::Map<String, Value>> {
    let out = gongwen(&[&[command, "--format", "jsonl"], args].concat());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut rows: Vec<serde_json::Map<String, Value>> = String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON object"))
        .collect();
    let (mut doc, mut position) = (Value::Null, 0u64);
    for row in &mut rows {
        if row.get("doc") != Some(&doc) {
            doc = row.get("doc").cloned().unwrap_or(Value::Null);
            position = 0;
        }
        if !row.contains_key("index") {
            row.insert("index".into(), Value::from(position));
        }
        position += 1;
    }
    rows
}

/// Checks the table rows against the JSONL rows: same count, same values, and the
/// columns are `doc`, `index`, then the JSONL keys in order.
fn same_rows(table: &[Vec<(String, Value)>], jsonl: &[serde_json::Map<String, Value>], what: &str) {
    assert_eq!(table.len(), jsonl.len(), "{what}: rows");
    assert!(!table.is_empty(), "{what}: some rows");
    for (t, j) in table.iter().zip(jsonl) {
        for (name, value) in t {
            assert_eq!(Some(value), j.get(name), "{what}: column {name} of {t:?}");
        }
        assert_eq!(t.len(), j.len(), "{what}: every JSONL key is a column");
    }
    let columns: Vec<&str> = table[0].iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(columns[..2], ["doc", "index"], "{what}");
}

#[test]
fn every_row_command_writes_the_jsonl_rows() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let corpus = corpus();
    for command in ["outline", "quantities", "elements", "references", "documents"] {
        let jsonl = jsonl_rows(command, &[path_str(&corpus)]);
        for format in ["parquet", "arrow"] {
            let file = dir.path().join(format!("{command}.{format}"));
            let out = gongwen(&[command, "--format", format, "-o", path_str(&file), path_str(&corpus)]);
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            assert!(out.stdout.is_empty(), "nothing on standard output with -o");
            let batches = read(std::fs::read(&file).expect("the file"), format);
            same_rows(&rows(&batches), &jsonl, &format!("{command} --format {format}"));
        }
    }
}

#[test]
fn a_redirected_standard_output_takes_the_file() {
    let corpus = corpus();
    for format in ["parquet", "arrow"] {
        let out = gongwen(&["outline", "--format", format, path_str(&corpus)]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let table = rows(&read(out.stdout, format));
        same_rows(&table, &jsonl_rows("outline", &[path_str(&corpus)]), format);
    }
}

#[test]
fn ids_of_any_kind_and_documents_without_rows() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let corpus = dir.path().join("ids.jsonl");
    let mut f = std::fs::File::create(&corpus).expect("a corpus");
    for (id, text) in [
        (serde_json::json!("国务院:1"), "一、总则\n（一）目标\n"),
        (serde_json::json!(7), "没有编号的一段话。\n"),
        (serde_json::json!({"k": 1}), "二、附则\n"),
    ] {
        writeln!(f, "{}", serde_json::json!({"id": id, "text": text})).expect("written");
    }
    drop(f);
    let file = dir.path().join("o.parquet");
    let out = gongwen(&["outline", "--format", "parquet", "-o", path_str(&file), path_str(&corpus)]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let table = rows(&read(std::fs::read(&file).expect("the file"), "parquet"));
    let docs: Vec<&Value> = table.iter().map(|r| &r[0].1).collect();
    assert_eq!(docs, [&Value::from("国务院:1"), &Value::from("国务院:1"), &Value::from(r#"{"k":1}"#)]);

    // A single file: `doc` is its path, as the JSONL rows of several files have it.
    let single = dir.path().join("one.txt");
    std::fs::write(&single, "一、总则\n").expect("written");
    let out = gongwen(&["quantities", "--format", "arrow", path_str(&single)]);
    assert!(out.status.success());
    let batches = read(out.stdout, "arrow");
    assert_eq!(batches.iter().map(RecordBatch::num_rows).sum::<usize>(), 0, "no figures: an empty table");
    let out = gongwen(&["outline", "--format", "arrow", path_str(&single)]);
    assert_eq!(rows(&read(out.stdout, "arrow"))[0][0].1, Value::from(path_str(&single)));
}

#[test]
fn parse_has_no_table_and_output_files_take_text_formats() {
    let out = gongwen(&["parse", "--format", "parquet", path_str(&corpus())]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("row commands"));

    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("o.jsonl");
    let out = gongwen(&["outline", "-o", path_str(&file), path_str(&corpus())]);
    assert!(out.status.success() && out.stdout.is_empty());
    let expected = gongwen(&["outline", path_str(&corpus())]).stdout;
    assert_eq!(std::fs::read(&file).expect("the file"), expected);

    let out = gongwen(&["outline", "-o", path_str(&dir.path().join("no/such/dir/o.parquet")), path_str(&corpus())]);
    assert_eq!(out.status.code(), Some(2), "an output that cannot be created is refused");
}

#[test]
fn standard_input_works_too() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(["outline", "--format", "parquet", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().expect("piped").write_all("一、总则\n（一）目标\n".as_bytes()).expect("written");
    let out = child.wait_with_output().expect("it finishes");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let table = rows(&read(out.stdout, "parquet"));
    assert_eq!(table.len(), 2);
    assert_eq!(table[1].iter().find(|(n, _)| n == "parent").map(|(_, v)| v), Some(&Value::from(0)));
}
