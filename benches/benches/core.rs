//! The hot paths of gongwen on real text from the bench corpus (`../shared/corpus/bench`),
//! each group with the `regex` baseline of the CLI's `bench` command beside it, in
//! `Throughput::Bytes` so criterion reports MB/s. Skips with a message when the corpus is
//! absent. See `README.md` here for how to run and report.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use gongwen::{Noise, ParseOptions};
use gongwen_benches::{RegexScan, bytes, load_corpus};
use std::hint::black_box;

/// How many bytes of the statute corpus go into the mixed slice (the other sources are
/// taken whole): enough for every rule to fire, small enough for quick samples.
const LAW_SLICE_BYTES: u64 = 3_000_000;

/// One slice of real text: every work report and State Council document, and the first
/// [`LAW_SLICE_BYTES`] of statutes.
fn slice() -> Option<Vec<String>> {
    let corpus = load_corpus()?;
    let mut docs = Vec::new();
    for (name, file_docs) in corpus {
        let mut taken = 0u64;
        for d in file_docs {
            if name.starts_with("lawref") && taken >= LAW_SLICE_BYTES {
                break;
            }
            taken += d.len() as u64;
            docs.push(d);
        }
    }
    Some(docs)
}

/// Line starts of `text`: 0 and every byte after a `\n` or `\r`.
fn line_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let breaks = text.bytes().enumerate().filter(|&(_, b)| b == b'\n' || b == b'\r').map(|(i, _)| i + 1);
    std::iter::once(0).chain(breaks)
}

fn benches(c: &mut Criterion) {
    let Some(docs) = slice() else { return };
    let regex = RegexScan::new();
    let total = bytes(&docs);
    let outline_only = ParseOptions::outline_only();
    let quantities_only = ParseOptions::quantities_only();

    // Expected counts: gongwen and the baseline both find something on this slice.
    let nodes: usize = docs.iter().map(|d| gongwen::parse_with(d, &outline_only).node_count()).sum();
    let figures: usize = docs.iter().map(|d| gongwen::parse_with(d, &quantities_only).quantities().count()).sum();
    let regex_markers: usize = docs.iter().map(|d| regex.markers(d)).sum();
    let regex_figures: usize = docs.iter().map(|d| regex.quantities(d)).sum();
    eprintln!(
        "slice: {} documents, {total} bytes; gongwen {nodes} nodes, {figures} figures; regex {regex_markers} markers, {regex_figures} figures",
        docs.len()
    );
    assert!(
        nodes > 0 && figures > 0 && regex_markers > 0 && regex_figures > 0,
        "the slice should hold markers and figures"
    );

    let mut g = c.benchmark_group("marker");
    g.throughput(Throughput::Bytes(total)).sample_size(20);
    g.bench_function("gongwen_parse_marker_at_line_starts", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| line_starts(d).filter(|&i| gongwen::marker::parse_marker(d, i).is_some()).count())
                .sum::<usize>()
        });
    });
    g.bench_function("regex_line_start_markers", |b| b.iter(|| docs.iter().map(|d| regex.markers(d)).sum::<usize>()));
    g.finish();

    // Numerals: every run of Chinese numeral characters in the slice.
    let runs: Vec<&str> = docs
        .iter()
        .flat_map(|d| d.split(|c: char| !gongwen::numeral::is_cn_numeral_char(c)).filter(|r| !r.is_empty()))
        .collect();
    let run_bytes: u64 = runs.iter().map(|r| r.len() as u64).sum();
    let numeral_re = regex::Regex::new("^[〇零一二三四五六七八九十百千万亿两]+").unwrap_or_else(|e| panic!("{e}"));
    let mut g = c.benchmark_group("numeral");
    g.throughput(Throughput::Bytes(run_bytes)).sample_size(20);
    g.bench_function("gongwen_cn_int", |b| {
        b.iter(|| runs.iter().filter_map(|r| gongwen::numeral::cn_int(black_box(r))).map(|(_, v)| v).sum::<u64>());
    });
    g.bench_function("regex_numeral_run", |b| {
        b.iter(|| runs.iter().filter(|r| numeral_re.is_match(black_box(r))).count());
    });
    g.finish();

    let mut g = c.benchmark_group("parse");
    g.throughput(Throughput::Bytes(total)).sample_size(10);
    g.bench_function("gongwen_noise", |b| b.iter(|| docs.iter().map(|d| Noise::detect(d).len()).sum::<usize>()));
    g.bench_function("gongwen_outline_only", |b| {
        b.iter(|| docs.iter().map(|d| gongwen::parse_with(d, &outline_only).node_count()).sum::<usize>());
    });
    g.bench_function("gongwen_quantities_only", |b| {
        b.iter(|| docs.iter().map(|d| gongwen::parse_with(d, &quantities_only).quantities().count()).sum::<usize>());
    });
    g.bench_function("gongwen_full", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    let doc = gongwen::parse(d);
                    doc.node_count() + doc.quantities().count()
                })
                .sum::<usize>()
        });
    });
    g.bench_function("regex_scan", |b| {
        b.iter(|| docs.iter().map(|d| regex.markers(d) + regex.quantities(d)).sum::<usize>());
    });
    g.finish();

    // Exports of documents parsed once, outside the loop.
    let parsed: Vec<gongwen::Document<'_>> = docs.iter().map(|d| gongwen::parse(d)).collect();
    let mut g = c.benchmark_group("export");
    g.throughput(Throughput::Bytes(total)).sample_size(20);
    g.bench_function("outline_rows", |b| {
        b.iter(|| parsed.iter().map(|d| gongwen::export::outline_rows(d).len()).sum::<usize>());
    });
    g.bench_function("quantity_rows", |b| {
        b.iter(|| parsed.iter().map(|d| gongwen::export::quantity_rows(d).len()).sum::<usize>());
    });
    g.finish();

    // Each source on its own (full parse beside the regex scan).
    let Some(corpus) = load_corpus() else { return };
    let mut g = c.benchmark_group("by_source");
    g.sample_size(10);
    for (name, file_docs) in &corpus {
        let mut taken = 0u64;
        let part: Vec<&String> = file_docs
            .iter()
            .take_while(|d| {
                let keep = taken < LAW_SLICE_BYTES;
                taken += d.len() as u64;
                keep
            })
            .collect();
        g.throughput(Throughput::Bytes(part.iter().map(|d| d.len() as u64).sum()));
        g.bench_with_input(BenchmarkId::new("gongwen_full", name), &part, |b, part| {
            b.iter(|| part.iter().map(|d| gongwen::parse(d).node_count()).sum::<usize>());
        });
        g.bench_with_input(BenchmarkId::new("regex_scan", name), &part, |b, part| {
            b.iter(|| part.iter().map(|d| regex.markers(d) + regex.quantities(d)).sum::<usize>());
        });
    }
    g.finish();
}

criterion_group!(core, benches);
criterion_main!(core);
