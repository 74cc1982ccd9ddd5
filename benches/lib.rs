//! Shared pieces of gongwen's criterion benchmarks (see `README.md` here): the bench corpus
//! loader and the `regex` baseline that every group runs beside gongwen.

use regex::Regex;
use std::path::PathBuf;

/// Where the bench corpus is looked for: `$GONGWEN_BENCH_CORPUS`, else
/// `../shared/corpus/bench` next to the repository.
#[must_use]
pub fn corpus_dir() -> PathBuf {
    std::env::var_os("GONGWEN_BENCH_CORPUS")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/bench"), PathBuf::from)
}

/// The documents of every `*.jsonl` file of the bench corpus (the `"text"` field of each
/// record), sorted by file name; `None` with a message on standard error when the corpus is
/// absent, so that a bench can skip instead of failing.
#[must_use]
pub fn load_corpus() -> Option<Vec<(String, Vec<String>)>> {
    let dir = corpus_dir();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("gongwen-benches: no bench corpus at {} (set GONGWEN_BENCH_CORPUS); skipping", dir.display());
        return None;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let Ok(raw) = std::fs::read_to_string(&path) else { continue };
        let docs: Vec<String> = raw
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_owned))
            .collect();
        let name = path.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        out.push((name, docs));
    }
    if out.is_empty() {
        eprintln!("gongwen-benches: no *.jsonl under {}; skipping", dir.display());
        return None;
    }
    Some(out)
}

/// Total bytes of `docs`.
#[must_use]
pub fn bytes(docs: &[String]) -> u64 {
    docs.iter().map(|d| d.len() as u64).sum()
}

/// The regex baseline: the line-start marker families and the quantity pattern of
/// `benches/baseline_regex.py` (with `第X条/章/节/编`), ported to the `regex` crate, the
/// same patterns as the CLI's `bench` command. Built once, outside the timed loop.
#[derive(Debug)]
pub struct RegexScan {
    /// Line-start markers.
    pub marker: Regex,
    /// Figures: comparator, number, 万/亿, unit.
    pub quantity: Regex,
}

impl RegexScan {
    /// Compiles both patterns.
    ///
    /// # Panics
    /// Never with the patterns here (they are fixed and tested by `cargo bench`).
    #[must_use]
    #[allow(clippy::missing_panics_doc, clippy::unwrap_used)]
    pub fn new() -> Self {
        let marker = Regex::new(concat!(
            r"(?m)^[ \t\u{3000}\u{a0}]*(?:(?P<cc>[一二三四五六七八九十]+、)",
            r"|(?P<cp>[（(][一二三四五六七八九十]+[）)])",
            r"|(?P<ad>[0-9０-９]{1,2}[.．、])(?:[^0-9]|$)",
            r"|(?P<ap>[（(][0-9０-９]{1,2}[）)])",
            r"|(?P<ci>[①-⑳])",
            r"|(?P<art>第[一二三四五六七八九十百千零〇两]+[编章节条]))",
        ))
        .unwrap();
        let quantity = Regex::new(concat!(
            r"(?P<cmp_pre>不少于|不低于|不超过|至少|超过|达到|达|提高到|扩大至|控制在)?",
            r"(?P<num>[0-9０-９]+(?:\.[0-9]+)?|[〇零一二三四五六七八九十百千万两]+)",
            r"(?P<mult>万|亿)?",
            r"(?P<unit>%|个|所|人次|名|元|处|家|项|次|人|小时|门|支|场)",
            r"(?P<cmp_post>及以上|以上|以下|以内|左右|余)?",
        ))
        .unwrap();
        RegexScan { marker, quantity }
    }

    /// Line-start markers found in `text`.
    #[must_use]
    pub fn markers(&self, text: &str) -> usize {
        self.marker.find_iter(text).count()
    }

    /// Quantities found in `text`.
    #[must_use]
    pub fn quantities(&self, text: &str) -> usize {
        self.quantity.find_iter(text).count()
    }
}

impl Default for RegexScan {
    fn default() -> Self {
        Self::new()
    }
}
