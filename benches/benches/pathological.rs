//! Superlinear checks (hostile input that must stay linear): inputs that stress one rule each, at N, 2N and
//! 4N, in `Throughput::Bytes`. Linear code keeps the same MB/s across the three sizes; a
//! rate that halves as the size doubles is quadratic. A `regex` scan of the same bytes runs
//! beside each as the baseline.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use gongwen_benches::RegexScan;

/// The base size in bytes of the inputs built by repeating a unit.
const N: usize = 256 * 1024;

/// `unit` repeated to at least `bytes` bytes.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}

/// Builds an input from a size multiplier (1, 2, 4).
type Build = Box<dyn Fn(usize) -> String>;

/// The inputs: a name and a builder.
fn cases() -> Vec<(&'static str, Build)> {
    vec![
        // A work report whose line breaks were lost: one long line of sentences.
        ("no_line_breaks", Box::new(|k| repeat_to("加强党的建设，全年培训党员不少于2次，覆盖率达到95%以上。", k * N))),
        // A million markers at 4N: 250 000 `一、` items per N, one per line.
        ("many_markers", Box::new(|k| "一、\n".repeat(250_000 * k))),
        // The same markers glued on one line (every one a mid-line candidate).
        ("many_markers_one_line", Box::new(|k| repeat_to("一、甲。", k * N))),
        // Deep nesting: a plan inside a plan inside a plan … (`1.` restarting under `1.`).
        ("deep_nesting", Box::new(|k| repeat_to("1.总体要求\n", k * N))),
        // A line of digits: every byte a quantity candidate.
        ("digit_line", Box::new(|k| repeat_to("1234567890", k * N))),
        // Parentheses with numerals and no line breaks: glued-marker candidates.
        ("glued_parens", Box::new(|k| repeat_to("引领行动（一）主题教育（二）", k * N))),
    ]
}

fn pathological(c: &mut Criterion) {
    let regex = RegexScan::new();
    for (name, build) in cases() {
        let mut g = c.benchmark_group(format!("pathological/{name}"));
        g.sample_size(10);
        for k in [1usize, 2, 4] {
            let text = build(k);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new("gongwen_full", format!("{k}N")), &text, |b, t| {
                b.iter(|| {
                    let doc = gongwen::parse(t);
                    doc.node_count() + doc.quantities().count() + doc.noise().count()
                });
            });
            g.bench_with_input(BenchmarkId::new("regex_scan", format!("{k}N")), &text, |b, t| {
                b.iter(|| regex.markers(t) + regex.quantities(t));
            });
        }
        g.finish();
    }
}

criterion_group!(benches, pathological);
criterion_main!(benches);
