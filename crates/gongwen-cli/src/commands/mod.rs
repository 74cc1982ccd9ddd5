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
pub const BATCH_BYTES: u64 = 4 << 20;

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

/// A document of at least this many bytes of text is rendered by the writer straight to the
/// output, a piece at a time ([`Printer::render`]'s spill), instead of into one buffer: its
/// rows (many times its size as JSON) are never held whole.
pub const LARGE_DOC: usize = 4 << 20;

/// The write buffer of [`stream_into`]: documents whose output is smaller are gathered into
/// one write, larger ones are written without a copy.
const OUTPUT_BUFFER: usize = 8 << 10;

/// A large document, parsed, waiting for the writer to render it.
struct Large {
    /// Its id.
    id: input::DocId,
    /// The document (owning its text).
    doc: gongwen::Document<'static>,
}

/// One processed document: its rendered output, or why it could not be read.
struct Done {
    /// The rendered output (empty for a large document).
    out: Vec<u8>,
    /// The rows, for a columnar format.
    rows: Option<DocRows>,
    /// A large document, rendered by the writer.
    large: Option<Box<Large>>,
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
            let warnings = loaded.warnings.iter().map(|w| format!("{}: {w}", loaded.id.label)).collect();
            let text_bytes = loaded.text.len() as u64;
            if loaded.text.len() >= LARGE_DOC && printer.spills() {
                let doc = gongwen::parse_string(loaded.text, options);
                let rendered = Rendered { items: 0, diagnostics: doc.diagnostics().len() };
                let large = Some(Box::new(Large { id: loaded.id, doc }));
                return Done { out: Vec::new(), rows: None, large, result: Ok(rendered), bytes, text_bytes, warnings };
            }
            let doc = gongwen::parse_with(&loaded.text, options);
            // The whole document's JSON is about 1.7 times its text: reserve that once.
            let mut out = Vec::with_capacity(printer.expected_len(loaded.text.len()));
            let rendered = printer.render(&loaded.id, &doc, &mut out, &mut |_| {});
            let rows = printer.rows(&loaded.id, &doc);
            Done { out, rows, large: None, result: Ok(rendered), bytes, text_bytes, warnings }
        }
        Err(e) => Done {
            out: Vec::new(),
            rows: None,
            large: None,
            result: Err(e),
            bytes,
            text_bytes: 0,
            warnings: Vec::new(),
        },
    }
}

/// Renders a large document straight to `w`, a piece at a time, after the separator when
/// it writes anything.
fn write_large(w: &mut impl Write, printer: &Printer, large: &Large, tally: &mut Tally) -> io::Result<()> {
    let (first, mut started, mut result) = (!tally.wrote_any, false, Ok(()));
    let mut spill = |buf: &mut Vec<u8>| {
        if !buf.is_empty() && result.is_ok() {
            if !started {
                started = true;
                result = printer.separator(w, first);
            }
            if result.is_ok() {
                result = w.write_all(buf);
            }
        }
        buf.clear();
    };
    let mut out = Vec::with_capacity(crate::output::SPILL_AT + (crate::output::SPILL_AT >> 2));
    printer.render(&large.id, &large.doc, &mut out, &mut spill);
    spill(&mut out);
    result?;
    tally.wrote_any |= started;
    Ok(())
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
                if let (Some(large), Sink::Text(text)) = (&d.large, &mut *w) {
                    write_large(text, printer, large, tally)?;
                } else if w.document(printer, &d.out, d.rows.as_ref(), !tally.wrote_any)? {
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
    stream_on(&pool(args.threads)?, args, printer, out)
}

/// [`stream_into`] on the thread pool `pool` (`args.threads` is not read): `gongwen bench`
/// repeats the stream on one pool, as one long run would go on with its pool, instead of
/// starting threads (and the allocator's per-thread arenas) for each repeat.
///
/// # Errors
/// See [`stream_into`].
pub fn stream_on(
    pool: &rayon::ThreadPool,
    args: &InputArgs,
    printer: &Printer,
    out: impl Write + Send,
) -> Result<(ExitCode, Tally), Failure> {
    let decode = Decode::new(args);
    let options = printer.options();
    let progress = Progress::new(&args.paths, args.quiet);
    let mut inputs = Inputs::new(&args.paths, args.jsonl);
    // Each document's output is already one buffer: a small write buffer gathers the small
    // ones, and a larger one goes to `out` as it is instead of being copied (BufWriter writes
    // what is at least its capacity straight through).
    let mut w = Sink::new(printer, BufWriter::with_capacity(OUTPUT_BUFFER, out))?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::args::Format;
    use crate::output::SPILL_AT;

    /// A document written in pieces by the writer is byte for byte what its buffer holds,
    /// after the same separator.
    #[test]
    fn a_large_document_is_written_as_its_buffer_would_be() {
        let text: String = (1..=4000)
            .map(|k| {
                format!("（{k}）落实责任分工。一是新建学校{k}所、幼儿园5-8所；二是投入资金约{k}.5亿元，不少于\"3\"次。")
            })
            .collect();
        let cases = [
            (Kind::Document, Format::Jsonl, true),
            (Kind::Document, Format::Json, true),
            (Kind::Outline, Format::Json, false),
            (Kind::Outline, Format::Csv, true),
            (Kind::Quantities, Format::Jsonl, true),
            (Kind::Quantities, Format::Csv, false),
        ];
        for (kind, format, multi) in cases {
            let Ok(printer) = Printer::new(kind, format, multi) else { panic!("{kind:?} {format:?}") };
            assert!(printer.spills());
            let id = input::DocId { json: serde_json::json!("big"), label: "big".into(), source: None };
            let doc = gongwen::parse_string(text.clone(), &printer.options());
            let mut buffered = Vec::new();
            let mut out = Vec::new();
            printer.render(&id, &doc, &mut out, &mut |_| {});
            if !out.is_empty() {
                printer.separator(&mut buffered, false).unwrap_or_default();
            }
            buffered.extend_from_slice(&out);
            let mut streamed = Vec::new();
            let mut tally = Tally { wrote_any: true, ..Tally::default() };
            write_large(&mut streamed, &printer, &Large { id, doc }, &mut tally).unwrap_or_default();
            assert!(buffered.len() > 2 * SPILL_AT || kind != Kind::Document, "{} bytes", buffered.len());
            assert!(streamed == buffered, "{kind:?} {format:?}: {} vs {} bytes", streamed.len(), buffered.len());
        }
    }
}
