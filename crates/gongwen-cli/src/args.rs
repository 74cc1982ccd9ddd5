//! Command-line arguments (clap derive).
//!
//! ```text
//! gongwen parse      FILE…  [--format json|jsonl|tree]       the whole document
//! gongwen outline    FILE…  [--format json|jsonl|tree|csv|parquet|arrow] [-o OUT]  one row per outline node
//! gongwen quantities FILE…  [--format json|jsonl|tree|csv|parquet|arrow] [-o OUT]  one row per figure
//! gongwen elements   FILE…  [--format json|jsonl|tree|csv|parquet|arrow] [-o OUT]  one row per document element
//! gongwen references FILE…  [--format json|jsonl|tree|csv|parquet|arrow] [-o OUT]  one row per reference
//! gongwen documents  FILE…  [--format json|jsonl|tree|csv|parquet|arrow] [-o OUT]  one row per document
//! gongwen tree       FILE…                                   = outline --format tree
//! gongwen bench      PATH…  [--json]                         throughput beside references
//! ```
//!
//! `FILE` is a file (text in UTF-8, GB18030/GBK or UTF-16; `.docx`; `.html`/`.htm`), a
//! folder (searched recursively for `*.txt`, `*.md`, `*.docx`, `*.html`, `*.htm` and
//! `*.jsonl`), `-` for standard input, or a JSONL corpus (`*.jsonl`, one document per line).

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Parse Chinese official documents (公文) into an outline and quantitative clauses.
#[derive(Debug, Parser)]
#[command(name = "gongwen", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the whole parsed document (title, outline, quantities, noise, diagnostics).
    Parse(ParseArgs),
    /// Print the outline: one row per numbering marker that opens a unit.
    Outline(RowsArgs),
    /// Print the quantitative clauses: one row per figure.
    Quantities(RowsArgs),
    /// Print the document elements (GB/T 9704 §7: 发文字号, 主送机关, 成文日期 …): one row each.
    Elements(RowsArgs),
    /// Print the references (`《…》` citations, `第X条` provisions): one row each.
    References(RowsArgs),
    /// Print one row per document: title, type (文种), number, date, issuer, and how many
    /// nodes, figures, references, noise spans and diagnostics it has.
    Documents(RowsArgs),
    /// Print the outline as an indented tree (same as `outline --format tree`).
    Tree(InputArgs),
    /// Measure throughput (MB/s per core, documents/s, peak memory) beside a line scan and
    /// a regex scan of the same bytes.
    Bench(BenchArgs),
}

/// Output formats of the row commands (`outline`, `quantities`, `elements`, `references`,
/// `documents`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A JSON array (one object for `parse` of a single document).
    Json,
    /// One JSON object per line (the flat-export contract).
    Jsonl,
    /// An indented, human-readable outline.
    Tree,
    /// Comma-separated values with a header line.
    Csv,
    /// A Parquet file (row commands): one column per field after `doc` (and `index`),
    /// row groups written as the documents stream. Needs `--output` or a redirected
    /// standard output.
    Parquet,
    /// An Arrow IPC file (Feather v2, `.arrow`; row commands), the columns of `parquet`.
    /// Needs `--output` or a redirected standard output.
    Arrow,
}

impl Format {
    /// True for the binary, columnar formats (`parquet`, `arrow`).
    pub fn columnar(self) -> bool {
        matches!(self, Format::Parquet | Format::Arrow)
    }
}

/// Which encoding text files, HTML pages and standard input are in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Encoding {
    /// Detect: byte-order mark, `<meta charset>` (HTML), UTF-8, else statistics
    /// (GB18030/GBK).
    Auto,
    /// UTF-8.
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    /// GB18030 (includes GBK and GB2312).
    #[value(alias = "gbk")]
    Gb18030,
    /// UTF-16 (byte order from the BOM, else guessed).
    #[value(name = "utf-16", alias = "utf16")]
    Utf16,
}

impl Encoding {
    /// The reader's choice.
    pub fn choice(self) -> gongwen_read::EncodingChoice {
        match self {
            Encoding::Auto => gongwen_read::EncodingChoice::Auto,
            Encoding::Utf8 => gongwen_read::EncodingChoice::Utf8,
            Encoding::Gb18030 => gongwen_read::EncodingChoice::Gb18030,
            Encoding::Utf16 => gongwen_read::EncodingChoice::Utf16,
        }
    }
}

/// Where documents come from and how they are decoded (shared by every subcommand).
#[derive(Debug, Clone, Args)]
pub struct InputArgs {
    /// Files (.txt, .md, .docx, .html, .htm, or any file, its format sniffed), folders
    /// (searched recursively for those and `*.jsonl`), JSONL corpora (`*.jsonl`) or `-` for
    /// standard input.
    #[arg(required = true, value_name = "FILE")]
    pub paths: Vec<PathBuf>,

    /// The encoding of text files, HTML pages and standard input (`auto` detects UTF-8,
    /// UTF-16 with a BOM and GB18030/GBK; what was used is reported by `parse`).
    #[arg(long, value_enum, default_value_t = Encoding::Auto, value_name = "NAME")]
    pub encoding: Encoding,

    /// With a forced `--encoding` (or a JSONL corpus), replace invalid bytes with U+FFFD
    /// (with a warning) instead of reporting an error. `auto` always replaces and warns.
    #[arg(long)]
    pub lossy: bool,

    /// Read every input (including `-`) as a JSONL corpus, whatever its extension.
    #[arg(long)]
    pub jsonl: bool,

    /// The field of a JSONL record that holds the document text.
    #[arg(long, default_value = "text", value_name = "NAME")]
    pub jsonl_field: String,

    /// The field of a JSONL record whose value names the document (`doc` in the output).
    #[arg(long, default_value = "id", value_name = "NAME")]
    pub id_field: String,

    /// Worker threads (default: one per core).
    #[arg(short = 'j', long = "threads", value_name = "N")]
    pub threads: Option<usize>,

    /// Exit with status 1 when any document has diagnostics.
    #[arg(long)]
    pub deny_diagnostics: bool,

    /// No progress bar (it is only shown when standard error is a terminal anyway).
    #[arg(short, long)]
    pub quiet: bool,
}

/// Arguments of the row commands.
#[derive(Debug, Clone, Args)]
pub struct RowsArgs {
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,

    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Inputs and decoding.
    #[command(flatten)]
    pub input: InputArgs,
}

/// Arguments of `parse`.
#[derive(Debug, Clone, Args)]
pub struct ParseArgs {
    /// Output format (`csv` is not available for the whole document).
    #[arg(short, long, value_enum, default_value_t = Format::Json)]
    pub format: Format,

    /// Inputs and decoding.
    #[command(flatten)]
    pub input: InputArgs,
}

/// Arguments of `bench`.
#[derive(Debug, Clone, Args)]
pub struct BenchArgs {
    /// Inputs and decoding.
    #[command(flatten)]
    pub input: InputArgs,

    /// Print one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,

    /// Repeat each pass until it has run at least this long (seconds), and report the
    /// fastest run.
    #[arg(long, default_value_t = 1.0, value_name = "SECONDS")]
    pub min_time: f64,

    /// Also run a Python baseline script (`SCRIPT bench FILE…`, e.g.
    /// `benches/baseline_regex.py`) on the same files and report its MB/s.
    #[arg(long, value_name = "SCRIPT")]
    pub python_baseline: Option<PathBuf>,

    /// How many times the Python baseline runs, each run paired with one more run of the
    /// full parse right after it: the speed-up is the median of the pairs' ratios, so a
    /// machine whose speed drifts during the bench slows both sides of a pair alike.
    #[arg(long, default_value_t = 3, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100))]
    pub python_runs: u32,

    /// Only the streaming pass (`parse --format jsonl` into a sink): the corpus is never
    /// held in memory, so it may be larger than memory (a file named several times is
    /// read several times).
    #[arg(long)]
    pub stream_only: bool,
}
