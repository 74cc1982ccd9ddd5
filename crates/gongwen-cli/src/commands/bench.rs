//! `gongwen bench`: throughput of the parser beside two references on the same bytes.
//!
//! First the `stream` pass runs the real streaming path over the inputs (repeated like the
//! other passes, the fastest run reported), as
//! `gongwen parse --format jsonl` does (read, parse on the pool, render, write in input
//! order), into a sink: its peak RSS is the memory a corpus run needs, since the corpus is
//! never held. Then the corpus is loaded into memory (the load is timed on its own), and
//! every other pass runs over the same texts:
//!
//! * `line_scan`: a memchr count of `\n`, the memory-speed floor;
//! * `regex_scan`: the marker families and the quantity pattern of
//!   `benches/baseline_regex.py`, ported to the `regex` crate and compiled once (what a
//!   user would write by hand), plus `第X条/章`;
//! * `outline`: [`gongwen::ParseOptions::outline_only`];
//! * `quantities`: [`gongwen::ParseOptions::quantities_only`];
//! * `full`: [`gongwen::parse`] with the default options;
//! * `parquet`: the full parse, then every row table (outline, quantities, noise,
//!   diagnostics, elements: what `parse --format jsonl` writes; references, documents) written as
//!   Parquet into a sink, each table one file of row groups ([`gongwen_arrow::TableFile`]),
//!   as `outline --format parquet` writes one; on the pool, each run of
//!   [`super::BATCH_DOCS`] documents writes files of its own.
//!
//! The `stream` and `parquet` passes are also given as a ratio of the `full` pass's MB/s
//! per core: the cost of the output beside the parse.
//!
//! Each pass runs on one thread (MB/s per core, documents/s) and, when more than one
//! thread is available or `-j N` asks for it, on the pool (aggregate MB/s and the speed-up).
//! A pass is repeated until it has run `--min-time` seconds; the fastest run is reported.
//! Peak memory is the process's `VmHWM`, reset before each pass through
//! `/proc/self/clear_refs` where the kernel allows it. `--stream-only` runs the `stream`
//! pass alone, for corpora that do not fit in memory.

use crate::Failure;
use crate::args::{BenchArgs, Format, InputArgs};
use crate::input::{self, Decode, Inputs};
use crate::output::{Kind, Printer};
use rayon::prelude::*;
use regex::Regex;
use serde_json::{Value, json};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Bytes in a megabyte (decimal, as `baseline_regex.py` counts them).
const MB: f64 = 1e6;

/// The regex reference: the line-start marker families and the quantity pattern of
/// `baseline_regex.py`, with `第X条/章/节/编` added.
struct RegexScan {
    /// Line-start markers, one named group per family.
    marker: Regex,
    /// Figures with an optional comparator, a number, 万/亿 and a unit.
    quantity: Regex,
}

impl RegexScan {
    /// Compiles both patterns.
    fn new() -> Result<Self, regex::Error> {
        // Python's `(?![0-9])` after `1.` becomes "followed by a non-digit or the line end".
        let marker = Regex::new(concat!(
            r"(?m)^[ \t\u{3000}\u{a0}]*(?:(?P<cc>[一二三四五六七八九十]+、)",
            r"|(?P<cp>[（(][一二三四五六七八九十]+[）)])",
            r"|(?P<ad>[0-9０-９]{1,2}[.．、])(?:[^0-9]|$)",
            r"|(?P<ap>[（(][0-9０-９]{1,2}[）)])",
            r"|(?P<ci>[①-⑳])",
            r"|(?P<art>第[一二三四五六七八九十百千零〇两]+[编章节条]))",
        ))?;
        let quantity = Regex::new(concat!(
            r"(?P<cmp_pre>不少于|不低于|不超过|至少|超过|达到|达|提高到|扩大至|控制在)?",
            r"(?P<num>[0-9０-９]+(?:\.[0-9]+)?|[〇零一二三四五六七八九十百千万两]+)",
            r"(?P<mult>万|亿)?",
            r"(?P<unit>%|个|所|人次|名|元|处|家|项|次|人|小时|门|支|场)",
            r"(?P<cmp_post>及以上|以上|以下|以内|左右|余)?",
        ))?;
        Ok(RegexScan { marker, quantity })
    }

    /// Markers and figures found (reading the groups a user would read).
    fn scan(&self, text: &str) -> u64 {
        const FAMILIES: [&str; 6] = ["cc", "cp", "ad", "ap", "ci", "art"];
        let mut n = 0u64;
        for c in self.marker.captures_iter(text) {
            n += u64::from(FAMILIES.iter().any(|g| c.name(g).is_some()));
        }
        for c in self.quantity.captures_iter(text) {
            n += u64::from(c.name("num").is_some() && c.name("unit").is_some());
        }
        n
    }
}

/// One pass over the texts.
#[derive(Clone, Copy)]
enum Pass {
    /// Count line breaks (memchr).
    LineScan,
    /// The regex reference.
    RegexScan,
    /// Parse the outline only.
    Outline,
    /// Parse for quantities.
    Quantities,
    /// The full parse.
    Full,
    /// The full parse and every row table as Parquet into a sink.
    Parquet,
}

impl Pass {
    /// Every pass, in the order they run and print.
    const ALL: [Pass; 6] =
        [Pass::LineScan, Pass::RegexScan, Pass::Outline, Pass::Quantities, Pass::Full, Pass::Parquet];

    /// The pass's key in the table and the JSON.
    fn name(self) -> &'static str {
        match self {
            Pass::LineScan => "line_scan",
            Pass::RegexScan => "regex_scan",
            Pass::Outline => "outline",
            Pass::Quantities => "quantities",
            Pass::Full => "full",
            Pass::Parquet => "parquet",
        }
    }
}

/// Everything a pass needs, built once outside the timed loops.
struct Engines {
    /// The regex reference, compiled once.
    regex: RegexScan,
    /// Options of the `outline` pass.
    outline: gongwen::ParseOptions,
    /// Options of the `quantities` pass.
    quantities: gongwen::ParseOptions,
    /// Options of the `full` pass.
    full: gongwen::ParseOptions,
}

impl Engines {
    /// Runs `pass` over one text; returns what it found (lines, matches, nodes + figures).
    fn run(&self, pass: Pass, text: &str) -> u64 {
        let found = match pass {
            Pass::LineScan => memchr::memchr_iter(b'\n', text.as_bytes()).count() as u64,
            Pass::RegexScan => self.regex.scan(text),
            Pass::Outline => gongwen::parse_with(text, &self.outline).node_count() as u64,
            Pass::Quantities => gongwen::parse_with(text, &self.quantities).quantities().len() as u64,
            // (`parquet` runs over many texts at once: `run_texts`.)
            Pass::Full | Pass::Parquet => {
                let doc = gongwen::parse_with(text, &self.full);
                (doc.node_count() + doc.quantities().len()) as u64
            }
        };
        std::hint::black_box(found)
    }

    /// Runs `pass` over `texts` (named `ids`, for the tables' `doc` column); returns what
    /// it found (for `parquet`, the rows written).
    fn run_texts(&self, pass: Pass, texts: &[String], ids: &[String]) -> u64 {
        match pass {
            Pass::Parquet => match self.parquet(texts, ids) {
                Ok(rows) => std::hint::black_box(rows),
                Err(e) => {
                    crate::warn(format_args!("the parquet pass failed: {e}"));
                    0
                }
            },
            _ => texts.iter().map(|t| self.run(pass, t)).fold(0, u64::wrapping_add),
        }
    }

    /// Parses `texts` and writes their row tables as Parquet into a sink; returns the rows.
    fn parquet(&self, texts: &[String], ids: &[String]) -> std::io::Result<u64> {
        use gongwen_arrow::{FileFormat::Parquet, TableFile};
        let sink = std::io::sink;
        let mut outline = TableFile::new(sink(), Parquet)?;
        let mut quantities = TableFile::new(sink(), Parquet)?;
        let mut noise = TableFile::new(sink(), Parquet)?;
        let mut diagnostics = TableFile::new(sink(), Parquet)?;
        let mut elements = TableFile::new(sink(), Parquet)?;
        let mut references = TableFile::new(sink(), Parquet)?;
        let mut documents = TableFile::new(sink(), Parquet)?;
        let mut rows = 0;
        for (text, id) in texts.iter().zip(ids) {
            let doc = gongwen::parse_with(text, &self.full);
            let view = gongwen::export::DocumentView::new(&doc);
            let cited = gongwen::export::reference_rows(&doc);
            outline.push_document(id, &view.nodes)?;
            quantities.push_document(id, &view.quantities)?;
            noise.push_document(id, &view.noise)?;
            diagnostics.push_document(id, &view.diagnostics)?;
            elements.push_document(id, &view.elements)?;
            references.push_document(id, &cited)?;
            documents.push_document(id, &[gongwen::export::document_row(&doc)])?;
            rows += 1
                + view.nodes.len()
                + view.quantities.len()
                + view.noise.len()
                + view.diagnostics.len()
                + view.elements.len()
                + cited.len();
        }
        outline.finish()?;
        quantities.finish()?;
        noise.finish()?;
        diagnostics.finish()?;
        elements.finish()?;
        references.finish()?;
        documents.finish()?;
        Ok(rows as u64)
    }
}

/// The median of `values` (the mean of the two middle ones for an even count), `None` when
/// there are none.
fn median(values: &mut [f64]) -> Option<f64> {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    let upper = values.get(n / 2).copied()?;
    Some(if n % 2 == 1 { upper } else { (values.get(n / 2 - 1).copied().unwrap_or(upper) + upper) / 2.0 })
}

/// What the repeated runs of one pass measured.
struct Measured {
    /// The fastest single-threaded run.
    single: Duration,
    /// Single-threaded runs made.
    runs: u32,
    /// What the pass returned.
    found: u64,
    /// CPU seconds per single-threaded run (`None` when `/proc` cannot tell).
    cpu_per_run: Option<f64>,
    /// The fastest run on the pool and the median over the rounds of single ÷ pool time.
    parallel: Option<(Duration, f64)>,
}

/// Runs a pass until it has run `min_time` seconds (at least once, at most 1000 times): on
/// one thread (`single`), and, when `parallel` is given, on the pool right after each
/// single-threaded run, so that each round's speed-up compares two runs made under the same
/// machine load; the speed-up reported is the median over the rounds.
fn measure_pass(min_time: f64, mut single: impl FnMut() -> u64, mut parallel: Option<impl FnMut() -> u64>) -> Measured {
    let start = Instant::now();
    let (mut best, mut best_par) = (Duration::MAX, Duration::MAX);
    let (mut runs, mut cpu, mut cpu_known) = (0u32, 0.0f64, true);
    let mut found;
    let mut ratios = Vec::new();
    loop {
        let cpu0 = cpu_seconds();
        let t = Instant::now();
        found = single();
        let one = t.elapsed();
        match (cpu0, cpu_seconds()) {
            (Some(a), Some(b)) => cpu += b - a,
            _ => cpu_known = false,
        }
        best = best.min(one);
        runs += 1;
        if let Some(par) = parallel.as_mut() {
            let t = Instant::now();
            std::hint::black_box(par());
            let many = t.elapsed();
            best_par = best_par.min(many);
            ratios.push(one.as_secs_f64() / many.as_secs_f64().max(1e-9));
        }
        if start.elapsed().as_secs_f64() >= min_time || runs >= 1000 {
            break;
        }
    }
    let median = median(&mut ratios);
    Measured {
        single: best,
        runs,
        found,
        cpu_per_run: (cpu_known && cpu > 0.0).then(|| cpu / f64::from(runs)),
        parallel: median.map(|m| (best_par, m)),
    }
}

/// CPU time (user + system) this process has used, in seconds, from `/proc/self/stat`
/// (in clock ticks of 1/100 s, Linux's `USER_HZ`). Over a single-threaded pass it is the
/// pass's own CPU time, which other programs on a busy machine do not inflate.
fn cpu_seconds() -> Option<f64> {
    /// Linux reports times in `/proc` in units of 1/`USER_HZ` seconds.
    const USER_HZ: f64 = 100.0;
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may contain spaces) start at `state`; utime
    // and stime are the 12th and 13th of them.
    let rest = stat.get(stat.rfind(')')? + 1..)?;
    let mut fields = rest.split_whitespace().skip(11);
    let utime: f64 = fields.next()?.parse().ok()?;
    let stime: f64 = fields.next()?.parse().ok()?;
    Some((utime + stime) / USER_HZ)
}

/// `VmHWM` and `VmRSS` of this process in MB, from `/proc/self/status`.
fn memory_mb() -> (Option<f64>, Option<f64>) {
    let Ok(status) = std::fs::read_to_string("/proc/self/status") else { return (None, None) };
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse::<f64>().ok().map(|kb| kb * 1024.0 / MB))
    };
    (field("VmHWM:"), field("VmRSS:"))
}

/// Resets the peak-RSS counter (`VmHWM`) to the current RSS (Linux ≥ 4.0).
fn reset_peak() -> bool {
    std::fs::OpenOptions::new().write(true).open("/proc/self/clear_refs").and_then(|mut f| f.write_all(b"5")).is_ok()
}

/// Runs the Python baseline `script bench FILE…` and returns (MB/s, seconds) from its
/// `… N MB/s …` line.
fn python_baseline(script: &PathBuf, files: &[PathBuf]) -> Result<(f64, f64, String), String> {
    let out = std::process::Command::new("python3")
        .arg(script)
        .arg("bench")
        .args(files)
        .output()
        .map_err(|e| format!("cannot run python3 {}: {e}", script.display()))?;
    let stdout = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    if !out.status.success() {
        return Err(format!("{} failed: {}", script.display(), String::from_utf8_lossy(&out.stderr).trim()));
    }
    let words: Vec<&str> = stdout.split_whitespace().collect();
    let before = |unit: &str| {
        words.windows(2).find(|w| w.get(1) == Some(&unit)).and_then(|w| w.first()).and_then(|v| v.parse::<f64>().ok())
    };
    match (before("MB/s"), before("s")) {
        (Some(mbs), Some(secs)) => Ok((mbs, secs, stdout)),
        _ => Err(format!("cannot read MB/s from the baseline's output: {stdout:?}")),
    }
}

/// One run of the Python baseline and the full parse timed right after it.
struct PythonRun {
    /// The baseline's MB/s.
    python_mbs: f64,
    /// The baseline's parse time (seconds, its own timer).
    python_secs: f64,
    /// The baseline's output line.
    line: String,
    /// The single-threaded full parse over the same texts, repeated right after for as long
    /// as the baseline ran: the time of one pass, on average.
    full: Duration,
}

/// The paired runs of the Python baseline and the full parse.
struct PythonPairs {
    runs: Vec<PythonRun>,
}

impl PythonPairs {
    /// The fastest baseline run (MB/s).
    fn best_python(&self) -> f64 {
        self.runs.iter().map(|r| r.python_mbs).fold(0.0, f64::max)
    }

    /// The fastest of the full parses that followed a baseline run (MB/s of `bytes`).
    fn best_full_mbs(&self, bytes: u64) -> f64 {
        self.runs.iter().map(|r| bytes as f64 / MB / r.full.as_secs_f64().max(1e-9)).fold(0.0, f64::max)
    }

    /// The fastest full parse (the timed passes' `full_mbs`, or one made after a baseline
    /// run) against the fastest baseline run.
    fn best_speedup(&self, full_mbs: Option<f64>, bytes: u64) -> f64 {
        full_mbs.unwrap_or(0.0).max(self.best_full_mbs(bytes)) / self.best_python()
    }

    /// The median over the pairs of full-parse MB/s divided by baseline MB/s.
    fn median_speedup(&self, bytes: u64) -> f64 {
        let mut ratios: Vec<f64> = self
            .runs
            .iter()
            .map(|r| bytes as f64 / MB / r.full.as_secs_f64().max(1e-9) / r.python_mbs.max(1e-9))
            .collect();
        median(&mut ratios).unwrap_or(0.0)
    }
}

/// Runs the Python baseline `runs` times, each run followed by full parses (`full`, one
/// pass over the texts) repeated for as long as the baseline's run took, so that every
/// ratio compares two averages taken over the same stretch of machine time.
fn python_pairs(
    script: &PathBuf,
    files: &[PathBuf],
    runs: u32,
    mut full: impl FnMut() -> Duration,
) -> Result<PythonPairs, String> {
    let mut out = Vec::new();
    for _ in 0..runs {
        let (python_mbs, python_secs, line) = python_baseline(script, files)?;
        let (mut spent, mut passes) = (Duration::ZERO, 0u32);
        while passes == 0 || spent.as_secs_f64() < python_secs {
            spent += full();
            passes += 1;
        }
        out.push(PythonRun { python_mbs, python_secs, line, full: spent / passes });
    }
    Ok(PythonPairs { runs: out })
}

/// The files (not folders) the inputs name, for the Python baseline.
fn expand_files(paths: &[PathBuf]) -> Option<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut stack: Vec<PathBuf> = paths.iter().rev().cloned().collect();
    while let Some(p) = stack.pop() {
        if p.as_os_str() == "-" {
            return None;
        }
        if p.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(&p).ok()?.flatten().map(|e| e.path()).collect();
            entries.sort();
            for e in entries.into_iter().rev() {
                let ext = e.extension().and_then(|x| x.to_str()).map(str::to_ascii_lowercase);
                if e.is_dir() || matches!(ext.as_deref(), Some("txt" | "jsonl")) {
                    stack.push(e);
                }
            }
        } else {
            files.push(p);
        }
    }
    Some(files)
}

/// The streaming pass: what it read and how long and how much memory it took.
struct StreamResult {
    /// Documents parsed.
    docs: u64,
    /// Bytes of document text parsed.
    bytes: u64,
    /// Wall time of the whole run (reading included).
    wall: Duration,
    /// Peak RSS during the run, when the counter could be reset before it (or nothing was
    /// loaded before it).
    peak_mb: Option<f64>,
    /// Documents that could not be read.
    failed: bool,
}

impl StreamResult {
    /// MB/s of document text over the whole run.
    fn mb_per_s(&self) -> f64 {
        self.bytes as f64 / MB / self.wall.as_secs_f64().max(1e-9)
    }

    /// Documents per second over the whole run.
    fn docs_per_s(&self) -> f64 {
        self.docs as f64 / self.wall.as_secs_f64().max(1e-9)
    }
}

/// Runs the streaming driver of `parse --format jsonl` over the inputs on `pool` (of
/// `threads` workers), writing into a sink; like the other passes, again until `min_time`
/// seconds have passed (at most 100 runs), keeping the fastest run's time and the highest
/// peak RSS. Every repeat runs on the same pool, as one long run goes on with its pool: new
/// threads for each repeat would each get an allocator arena of their own, and the peak RSS
/// would grow with the repeats.
fn stream_pass(
    input: &InputArgs,
    pool: &rayon::ThreadPool,
    threads: usize,
    min_time: f64,
) -> Result<StreamResult, Failure> {
    let mut input = input.clone();
    input.quiet = true;
    input.threads = Some(threads);
    let printer = Printer::new(Kind::Document, Format::Jsonl, true).map_err(Failure::Other)?;
    let start = Instant::now();
    let mut best: Option<StreamResult> = None;
    for _ in 0..100 {
        reset_peak();
        let t = Instant::now();
        let (code, tally) = super::stream_on(pool, &input, &printer, std::io::sink())?;
        let run = StreamResult {
            docs: tally.docs,
            bytes: tally.text_bytes,
            wall: t.elapsed(),
            peak_mb: memory_mb().0,
            failed: code != ExitCode::SUCCESS,
        };
        best = Some(match best {
            Some(b) => StreamResult {
                wall: b.wall.min(run.wall),
                peak_mb: match (b.peak_mb, run.peak_mb) {
                    (Some(x), Some(y)) => Some(x.max(y)),
                    (x, y) => x.or(y),
                },
                failed: b.failed || run.failed,
                ..run
            },
            None => run,
        });
        if start.elapsed().as_secs_f64() >= min_time {
            break;
        }
    }
    best.ok_or_else(|| Failure::Other("the stream pass did not run".into()))
}

/// Prints the streaming pass alone (`--stream-only`).
fn print_stream_only(args: &BenchArgs, s: &StreamResult, threads: usize) -> Result<ExitCode, Failure> {
    let mut out = std::io::stdout().lock();
    if args.json {
        let obj = json!({
            "docs": s.docs,
            "bytes": s.bytes,
            "mb": s.bytes as f64 / MB,
            "threads": threads,
            "peak_rss_mb": s.peak_mb,
            "stream": stream_json(s, threads),
        });
        writeln!(out, "{obj}")?;
    } else {
        writeln!(
            out,
            "gongwen bench --stream-only: {} documents, {:.1} MB; {threads} thread{}",
            s.docs,
            s.bytes as f64 / MB,
            if threads == 1 { "" } else { "s" }
        )?;
        writeln!(out, "{}", stream_line(s, threads))?;
    }
    out.flush()?;
    Ok(if s.failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// The streaming pass as a JSON object.
fn stream_json(s: &StreamResult, threads: usize) -> Value {
    json!({
        "mb_per_s": s.mb_per_s(),
        "mb_per_s_per_core": s.mb_per_s() / threads as f64,
        "docs_per_s": s.docs_per_s(),
        "seconds": s.wall.as_secs_f64(),
        "threads": threads,
        "peak_rss_mb": s.peak_mb,
    })
}

/// The streaming pass as one line of the table.
fn stream_line(s: &StreamResult, threads: usize) -> String {
    format!(
        "stream (parse --format jsonl into a sink, -j {threads}): {:.1} MB/s ({:.1} per core), {:.0} docs/s, {:.2} s, peak RSS {}",
        s.mb_per_s(),
        s.mb_per_s() / threads as f64,
        s.docs_per_s(),
        s.wall.as_secs_f64(),
        s.peak_mb.map_or_else(|| "-".to_owned(), |m| format!("{m:.0} MB")),
    )
}

/// One pass's results.
struct PassResult {
    /// Which pass.
    pass: Pass,
    /// Fastest single-threaded run over all texts.
    single: Duration,
    /// Single-threaded runs made.
    runs: u32,
    /// CPU seconds per single-threaded run (the mean; `None` when too short to measure).
    cpu_per_run: Option<f64>,
    /// What the pass found (a check that it did its work).
    found: u64,
    /// Fastest run on the pool, when it has more than one thread, and the median speed-up
    /// of the rounds.
    parallel: Option<(Duration, f64)>,
    /// Peak RSS during the pass, when the counter could be reset before it.
    peak_mb: Option<f64>,
}

/// Runs `gongwen bench`.
///
/// # Errors
/// [`Failure::Other`] when the regex reference cannot be compiled or the pool cannot start;
/// output errors.
pub fn run(args: &BenchArgs) -> Result<ExitCode, Failure> {
    let input = &args.input;
    let threads = input
        .threads
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, std::num::NonZero::get));
    let pool = super::pool(Some(threads))?;
    let decode = Decode::new(input);

    // Streaming first, while nothing is held: its peak RSS is the memory of a corpus run.
    let stream = stream_pass(input, &pool, threads, args.min_time)?;
    if args.stream_only {
        return print_stream_only(args, &stream, threads);
    }

    // Then load everything; the passes time parsing only.
    let t0 = Instant::now();
    let mut texts: Vec<String> = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    let mut failed = 0u64;
    for unit in Inputs::new(&input.paths, input.jsonl) {
        match input::load(unit, &decode) {
            Ok(doc) => {
                ids.push(crate::columnar::doc_id(&doc.id));
                texts.push(doc.text);
            }
            Err(e) => {
                failed += 1;
                crate::warn(format_args!("{e}"));
            }
        }
    }
    let load = t0.elapsed();
    let bytes: u64 = texts.iter().map(|t| t.len() as u64).sum();
    let docs = texts.len() as u64;
    let (_, rss_loaded) = memory_mb();
    let mut overall_peak = memory_mb().0;

    let engines = Engines {
        regex: RegexScan::new().map_err(|e| Failure::Other(format!("regex reference: {e}")))?,
        outline: gongwen::ParseOptions::outline_only(),
        quantities: gongwen::ParseOptions::quantities_only(),
        full: gongwen::ParseOptions::default(),
    };
    let mut results = Vec::new();
    // One pass over all texts on this thread.
    let single_pass = |pass: Pass| engines.run_texts(pass, &texts, &ids);
    for pass in Pass::ALL {
        let can_reset = reset_peak();
        let parallel_pass = || {
            pool.install(|| match pass {
                // Each run of documents writes its own files, as separate `-o` runs would.
                Pass::Parquet => texts
                    .par_chunks(super::BATCH_DOCS)
                    .zip(ids.par_chunks(super::BATCH_DOCS))
                    .map(|(texts, ids)| engines.run_texts(pass, texts, ids))
                    .reduce(|| 0, u64::wrapping_add),
                _ => texts.par_iter().map(|t| engines.run(pass, t)).reduce(|| 0, u64::wrapping_add),
            })
        };
        let m = measure_pass(args.min_time, || single_pass(pass), (threads > 1).then_some(parallel_pass));
        let peak = memory_mb().0;
        overall_peak = match (overall_peak, peak) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        let peak_mb = peak.filter(|_| can_reset);
        results.push(PassResult {
            pass,
            single: m.single,
            runs: m.runs,
            found: m.found,
            cpu_per_run: m.cpu_per_run,
            parallel: m.parallel,
            peak_mb,
        });
    }

    let python = match (&args.python_baseline, expand_files(&input.paths)) {
        (Some(script), Some(files)) => Some(python_pairs(script, &files, args.python_runs, || {
            let t = Instant::now();
            std::hint::black_box(single_pass(Pass::Full));
            t.elapsed()
        })),
        (Some(_), None) => Some(Err("the Python baseline cannot read standard input".to_owned())),
        (None, _) => None,
    };

    let mbs = |d: Duration| bytes as f64 / MB / d.as_secs_f64().max(1e-9);
    let dps = |d: Duration| docs as f64 / d.as_secs_f64().max(1e-9);
    let full_mbs = results.iter().find(|r| matches!(r.pass, Pass::Full)).map(|r| mbs(r.single));
    let regex_mbs = results.iter().find(|r| matches!(r.pass, Pass::RegexScan)).map(|r| mbs(r.single));
    let parquet_mbs = results.iter().find(|r| matches!(r.pass, Pass::Parquet)).map(|r| mbs(r.single));
    // The output passes beside the parse, per core (the stream pass runs on `threads`).
    let vs_full = |v: Option<f64>| full_mbs.zip(v).map(|(f, v)| v / f.max(1e-9));
    let stream_vs_full = vs_full(Some(stream.mb_per_s() / threads as f64));
    let parquet_vs_full = vs_full(parquet_mbs);
    let mut out = std::io::stdout().lock();
    if args.json {
        let mut obj = serde_json::Map::new();
        obj.insert("docs".into(), json!(docs));
        obj.insert("bytes".into(), json!(bytes));
        obj.insert("mb".into(), json!(bytes as f64 / MB));
        obj.insert("load_s".into(), json!(load.as_secs_f64()));
        obj.insert("threads".into(), json!(threads));
        obj.insert("failed".into(), json!(failed));
        obj.insert("rss_loaded_mb".into(), json!(rss_loaded));
        // The memory a corpus run needs: the streaming pass's peak. The in-memory passes
        // hold the whole corpus on top.
        obj.insert("peak_rss_mb".into(), json!(stream.peak_mb));
        obj.insert("peak_rss_in_memory_mb".into(), json!(overall_peak));
        obj.insert("stream".into(), stream_json(&stream, threads));
        obj.insert("vs_full".into(), json!({ "stream": stream_vs_full, "parquet": parquet_vs_full }));
        for r in &results {
            let mut p = json!({
                "mb_per_s": mbs(r.single),
                "docs_per_s": dps(r.single),
                "seconds": r.single.as_secs_f64(),
                "runs": r.runs,
                "items": r.found,
                "peak_rss_mb": r.peak_mb,
                "cpu_mb_per_s": r.cpu_per_run.filter(|&c| c >= 0.05).map(|c| bytes as f64 / MB / c),
            });
            if let (Some((par, speedup)), Value::Object(m)) = (r.parallel, &mut p) {
                m.insert(
                    "parallel".into(),
                    json!({
                        "threads": threads,
                        "mb_per_s": mbs(par),
                        "mb_per_s_per_core": mbs(par) / threads as f64,
                        "docs_per_s": dps(par),
                        "speedup": speedup,
                    }),
                );
            }
            obj.insert(r.pass.name().into(), p);
        }
        if let Some(py) = &python {
            let v = match py {
                Ok(pairs) => json!({
                    "mb_per_s": pairs.best_python(),
                    "runs": pairs.runs.iter().map(|r| json!({
                        "mb_per_s": r.python_mbs,
                        "seconds": r.python_secs,
                        "full_mb_per_s": mbs(r.full),
                    })).collect::<Vec<_>>(),
                    "output": pairs.runs.last().map(|r| r.line.as_str()),
                    "full_speedup": pairs.median_speedup(bytes),
                    "full_speedup_best": pairs.best_speedup(full_mbs, bytes),
                }),
                Err(e) => json!({ "error": e }),
            };
            obj.insert("python_regex".into(), v);
        }
        writeln!(out, "{}", Value::Object(obj))?;
    } else {
        let mut t = String::new();
        use std::fmt::Write as _;
        let _ = writeln!(
            t,
            "gongwen bench: {docs} documents, {:.1} MB, loaded in {:.2} s ({:.0} MB resident); {threads} thread{}",
            bytes as f64 / MB,
            load.as_secs_f64(),
            rss_loaded.unwrap_or(0.0),
            if threads == 1 { "" } else { "s" },
        );
        let _ = write!(
            t,
            "{:<12} {:>12} {:>10} {:>10} {:>10} {:>10}",
            "pass", "MB/s/core", "(CPU time)", "docs/s", "items", "peak RSS"
        );
        if threads > 1 {
            let _ = write!(t, " {:>12} {:>9}", format!("MB/s -j {threads}"), "speed-up");
        }
        t.push('\n');
        for r in &results {
            let cpu = r
                .cpu_per_run
                .filter(|&c| c >= 0.05)
                .map_or_else(|| "-".to_owned(), |c| format!("{:.1}", bytes as f64 / MB / c));
            let _ = write!(
                t,
                "{:<12} {:>12.1} {:>10} {:>10.0} {:>10} {:>10}",
                r.pass.name(),
                mbs(r.single),
                cpu,
                dps(r.single),
                r.found,
                r.peak_mb.map_or_else(|| "-".to_owned(), |m| format!("{m:.0} MB")),
            );
            if let Some((par, speedup)) = r.parallel {
                let _ = write!(t, " {:>12.1} {:>8.2}×", mbs(par), speedup);
            }
            t.push('\n');
        }
        if let (Some(f), Some(r)) = (full_mbs, regex_mbs) {
            let _ = writeln!(t, "full parse: {:.2}× the regex scan per core", f / r);
        }
        match &python {
            Some(Ok(pairs)) => {
                for r in &pairs.runs {
                    let _ = writeln!(
                        t,
                        "python regex baseline: {}  | full parse for as long right after: {:.1} MB/s ({:.1}×)",
                        r.line,
                        mbs(r.full),
                        mbs(r.full) / r.python_mbs
                    );
                }
                let _ = writeln!(
                    t,
                    "full parse: {:.1}× the Python regex baseline per core (median of {} paired runs; best against best {:.1}×)",
                    pairs.median_speedup(bytes),
                    pairs.runs.len(),
                    pairs.best_speedup(full_mbs, bytes)
                );
            }
            Some(Err(e)) => {
                let _ = writeln!(t, "python regex baseline: {e}");
            }
            None => {}
        }
        let _ = writeln!(t, "{}", stream_line(&stream, threads));
        if let (Some(s), Some(p)) = (stream_vs_full, parquet_vs_full) {
            let _ = writeln!(
                t,
                "output beside the full parse, MB/s per core: stream (JSONL) {s:.2}×, parquet {p:.2}× (issue 22: stream ≥ 0.5×)"
            );
        }
        let _ = writeln!(
            t,
            "peak RSS: {} streaming; {:.0} MB with the whole corpus held in memory for the timed passes",
            stream.peak_mb.map_or_else(|| "-".to_owned(), |m| format!("{m:.0} MB")),
            overall_peak.unwrap_or(0.0)
        );
        out.write_all(t.as_bytes())?;
    }
    out.flush()?;
    if failed > 0 {
        crate::warn(format_args!("{failed} documents could not be read and were left out"));
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::median;

    #[test]
    fn medians() {
        assert_eq!(median(&mut []), None, "nothing to take the median of");
        assert_eq!(median(&mut [3.0]), Some(3.0));
        assert_eq!(median(&mut [9.0, 1.0, 4.0]), Some(4.0), "the middle one, whatever the order");
        assert_eq!(median(&mut [4.0, 1.0, 9.0, 2.0]), Some(3.0), "the mean of the two middle ones");
    }
}
