//! The subcommands, and the streaming driver they share.
//!
//! [`stream`] reads documents in batches (at most [`BATCH_DOCS`] documents or about
//! [`BATCH_BYTES`] of input), parses and renders a batch in parallel on a rayon pool, and
//! writes its output in input order while the next batch is being parsed. Memory is
//! bounded by about two batches, whatever the size of the corpus.

pub mod bench;
pub mod outline;
pub mod parse;
pub mod quantities;

use crate::Failure;
use crate::args::{InputArgs, RowsArgs};
use crate::columnar::{DocRows, Sink};
use crate::input::{self, Decode, Inputs, LoadError, Unit};
use crate::output::{Kind, Printer, Rendered};
use crate::progress::Progress;
use rayon::prelude::*;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

/// Most documents in one batch.
pub const BATCH_DOCS: usize = 256;
/// About this many input bytes in one batch.
pub const BATCH_BYTES: u64 = 8 << 20;

/// A thread pool with `threads` workers (`None` or 0: one per core).
///
/// # Errors
/// When the pool cannot be built.
pub fn pool(threads: Option<usize>) -> Result<rayon::ThreadPool, Failure> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .thread_name(|i| format!("gongwen-{i}"))
        .build()
        .map_err(|e| Failure::Other(format!("cannot start worker threads: {e}")))
}

/// One processed document: its rendered output, or why it could not be read.
struct Done {
    /// The rendered output.
    out: Vec<u8>,
    /// The rows, for a columnar format.
    rows: Option<DocRows>,
    /// What rendering found, or why the document could not be read.
    result: Result<Rendered, LoadError>,
    /// Input bytes (for the progress bar).
    bytes: u64,
    /// Bytes of document text parsed (0 when it could not be read).
    text_bytes: u64,
    /// What reading the document did imperfectly, as `label: message` lines.
    warnings: Vec<String>,
}

/// Reads, parses and renders one unit (on a worker thread).
fn work(unit: Unit, decode: &Decode, printer: &Printer, options: &gongwen::ParseOptions) -> Done {
    let bytes = unit.weight();
    match input::load(unit, decode) {
        Ok(loaded) => {
            let doc = gongwen::parse_with(&loaded.text, options);
            // The whole document's JSON is about 1.7 times its text: reserve that once.
            let mut out = Vec::with_capacity(printer.expected_len(loaded.text.len()));
            let rendered = printer.render(&loaded.id, &doc, &mut out);
            let rows = printer.rows(&loaded.id, &doc);
            let warnings = loaded.warnings.iter().map(|w| format!("{}: {w}", loaded.id.label)).collect();
            Done { out, rows, result: Ok(rendered), bytes, text_bytes: loaded.text.len() as u64, warnings }
        }
        Err(e) => Done { out: Vec::new(), rows: None, result: Err(e), bytes, text_bytes: 0, warnings: Vec::new() },
    }
}

/// Runs a row command (`outline`, `quantities`, `elements`, `references`, `documents`): one
/// row per item of `kind`, to `--output` or standard output. A columnar format is refused on
/// a terminal before anything is read.
///
/// # Errors
/// See [`stream`]; a usage error for a columnar format on a terminal, or when the output
/// file cannot be created.
pub fn rows(args: &RowsArgs, kind: Kind) -> Result<ExitCode, Failure> {
    let multi = crate::input::is_multi(&args.input.paths, args.input.jsonl);
    let printer = Printer::new(kind, args.format, multi).map_err(Failure::Usage)?;
    match &args.output {
        Some(path) => {
            let file = std::fs::File::create(path)
                .map_err(|e| Failure::Usage(format!("cannot create {}: {e}", path.display())))?;
            stream_into(&args.input, &printer, file).map(|(code, _)| code)
        }
        None if args.format.columnar() && io::stdout().is_terminal() => Err(Failure::Usage(
            "`--format parquet` and `--format arrow` write a binary file: give `--output FILE` or redirect standard output"
                .into(),
        )),
        None => stream(&args.input, &printer),
    }
}

/// Counts of a run, for the exit status.
#[derive(Debug, Default)]
pub struct Tally {
    /// Documents seen.
    pub docs: u64,
    /// Bytes of document text parsed.
    pub text_bytes: u64,
    /// Documents that could not be read or decoded.
    failed: u64,
    /// Documents with at least one diagnostic.
    with_diagnostics: u64,
    /// Whether any output buffer was written (for separators).
    wrote_any: bool,
}

/// Writes a batch's output in order and reports its failures.
fn write_batch(
    w: &mut Sink<impl Write + Send>,
    printer: &Printer,
    done: Vec<Done>,
    tally: &mut Tally,
    progress: &Progress,
) -> io::Result<()> {
    let mut bytes = 0;
    let docs = done.len() as u64;
    for d in done {
        bytes += d.bytes;
        tally.docs += 1;
        tally.text_bytes += d.text_bytes;
        for w in &d.warnings {
            progress.suspend(|| crate::warn(format_args!("{w}")));
        }
        match d.result {
            Ok(r) => {
                if r.diagnostics > 0 {
                    tally.with_diagnostics += 1;
                }
                if w.document(printer, &d.out, d.rows.as_ref(), !tally.wrote_any)? {
                    tally.wrote_any = true;
                }
            }
            Err(e) => {
                tally.failed += 1;
                progress.suspend(|| crate::warn(format_args!("{e}")));
            }
        }
    }
    progress.advance(bytes, docs, tally.docs);
    Ok(())
}

/// Parses every input document and prints it with `printer` to standard output, in input
/// order.
///
/// # Errors
/// See [`stream_into`].
pub fn stream(args: &InputArgs, printer: &Printer) -> Result<ExitCode, Failure> {
    stream_into(args, printer, io::stdout()).map(|(code, _)| code)
}

/// Parses every input document and writes it with `printer` to `out`, in input order, with
/// memory bounded by about two batches. Returns the exit status and the counts of the run.
///
/// # Errors
/// [`Failure::Output`] when the output cannot be written (a closed pipe included: the
/// caller exits quietly then), [`Failure::Other`] when the thread pool cannot start.
pub fn stream_into(args: &InputArgs, printer: &Printer, out: impl Write + Send) -> Result<(ExitCode, Tally), Failure> {
    let pool = pool(args.threads)?;
    let decode = Decode::new(args);
    let options = printer.options();
    let progress = Progress::new(&args.paths, args.quiet);
    let mut inputs = Inputs::new(&args.paths, args.jsonl);
    let mut w = Sink::new(printer, BufWriter::with_capacity(1 << 16, out))?;
    let mut tally = Tally::default();

    // Pipeline: while the pool parses batch k, one task writes batch k-1 and reads k+1.
    let mut batch = inputs.next_batch(BATCH_DOCS, BATCH_BYTES);
    let mut written: Vec<Done> = Vec::new();
    while !batch.is_empty() {
        let (done, (next, wrote)) = pool.install(|| {
            rayon::join(
                || batch.into_par_iter().map(|u| work(u, &decode, printer, &options)).collect::<Vec<_>>(),
                || {
                    let wrote = write_batch(&mut w, printer, std::mem::take(&mut written), &mut tally, &progress);
                    (inputs.next_batch(BATCH_DOCS, BATCH_BYTES), wrote)
                },
            )
        });
        wrote?;
        written = done;
        batch = next;
    }
    write_batch(&mut w, printer, written, &mut tally, &progress)?;
    w.end(printer, tally.wrote_any)?.flush()?;
    progress.finish();

    let mut code = ExitCode::SUCCESS;
    if tally.docs == 0 {
        crate::warn(format_args!(
            "no documents found (folders are searched for *.txt, *.md, *.docx, *.html, *.htm and *.jsonl files)"
        ));
    }
    if tally.failed > 0 {
        crate::warn(format_args!("{} of {} documents could not be read", tally.failed, tally.docs));
        code = ExitCode::FAILURE;
    }
    if args.deny_diagnostics && tally.with_diagnostics > 0 {
        crate::warn(format_args!("{} of {} documents have diagnostics", tally.with_diagnostics, tally.docs));
        code = ExitCode::FAILURE;
    }
    Ok((code, tally))
}
