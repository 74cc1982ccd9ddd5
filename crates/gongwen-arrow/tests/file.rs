//! Parquet and Arrow IPC files written by `TableFile`, read back with the arrow-rs readers:
//! the same rows as one batch built at once, in any batch size.
#![cfg(all(feature = "parquet", feature = "ipc"))]

use gongwen::export::{QuantityRow, Row, quantity_rows, reference_rows};
use gongwen_arrow::arrow_array::RecordBatch;
use gongwen_arrow::{FileFormat, TableBuilder, TableFile};
use serde_json::Value;

/// The documents of the sample corpus, with their ids.
fn corpus() -> Vec<(String, gongwen::Document<'static>)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/data/sample_corpus.jsonl");
    let text = std::fs::read_to_string(path).expect("the sample corpus");
    text.lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("a JSON line");
            let id = v["id"].as_str().expect("an id").to_owned();
            (
                id,
                gongwen::parse_string(
                    v["text"].as_str().expect("a text").to_owned(),
                    &gongwen::ParseOptions::default(),
                ),
            )
        })
        .collect()
}

/// Reads every batch of a Parquet or IPC file, and counts its row groups (Parquet) or
/// record batches (IPC).
fn read(bytes: Vec<u8>, format: FileFormat) -> (Vec<RecordBatch>, usize) {
    match format {
        FileFormat::Parquet => {
            let builder =
                parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(bytes::Bytes::from(bytes))
                    .expect("a Parquet file");
            let groups = builder.metadata().num_row_groups();
            (builder.build().expect("a reader").map(|b| b.expect("a batch")).collect(), groups)
        }
        FileFormat::Ipc => {
            let batches: Vec<RecordBatch> = arrow_ipc::reader::FileReader::try_new(std::io::Cursor::new(bytes), None)
                .expect("an IPC file")
                .map(|b| b.expect("a batch"))
                .collect();
            let n = batches.len();
            (batches, n)
        }
        _ => unreachable!("both formats are built"),
    }
}

/// Writes the rows of the corpus in batches of `batch_rows` and checks the file holds the
/// rows of one batch built at once, with the same schema (field metadata included).
fn round_trip<R: Row>(rows: impl Fn(&gongwen::Document<'_>) -> Vec<R>, format: FileFormat, batch_rows: usize) {
    let docs = corpus();
    let mut whole = TableBuilder::<R>::new();
    let mut file = TableFile::<R, _>::with_batch_rows(Vec::new(), format, batch_rows).expect("a header");
    for (id, doc) in &docs {
        let rows = rows(doc);
        whole.push_document(id, &rows);
        file.push_document(id, &rows).expect("written");
    }
    let whole = whole.finish().expect("a batch");
    let (batches, groups) = read(file.finish().expect("a footer"), format);
    let total: usize = batches.iter().map(RecordBatch::num_rows).sum();
    assert_eq!(total, whole.num_rows());
    assert!(
        groups >= whole.num_rows() / batch_rows / 2,
        "{} rows in {groups} groups of {batch_rows}",
        whole.num_rows()
    );
    assert!(groups > 1);
    let mut at = 0;
    for b in &batches {
        assert_eq!(b.schema().fields(), whole.schema().fields(), "names, types, nullability, metadata");
        assert_eq!(b.columns(), whole.slice(at, b.num_rows()).columns(), "rows {at}..");
        at += b.num_rows();
    }
}

#[test]
fn parquet_holds_the_rows() {
    round_trip(quantity_rows, FileFormat::Parquet, 100);
    round_trip(reference_rows, FileFormat::Parquet, 7);
}

#[test]
fn ipc_holds_the_rows() {
    round_trip(quantity_rows, FileFormat::Ipc, 100);
    round_trip(reference_rows, FileFormat::Ipc, 7);
}

#[test]
fn an_empty_table_is_a_valid_file() {
    for format in [FileFormat::Parquet, FileFormat::Ipc] {
        let file = TableFile::<QuantityRow, _>::new(Vec::new(), format).expect("a header");
        let (batches, _) = read(file.finish().expect("a footer"), format);
        assert_eq!(batches.iter().map(RecordBatch::num_rows).sum::<usize>(), 0);
    }
}
