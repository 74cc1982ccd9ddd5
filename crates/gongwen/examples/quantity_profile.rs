//! Parses the `text` field of every JSONL record of the given files with one of the
//! option sets (`outline`, `quantities` or `full`), for profiling one pass:
//!
//! ```sh
//! cargo run --release -p gongwen --example quantity_profile -- quantities ../shared/corpus/bench/*.jsonl
//! ```

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_else(|| "quantities".into());
    let opts = match mode.as_str() {
        "outline" => gongwen::ParseOptions::outline_only(),
        "full" => gongwen::ParseOptions::default(),
        _ => gongwen::ParseOptions::quantities_only(),
    };
    let limit: usize = std::env::var("LIMIT_MB").ok().and_then(|s| s.parse().ok()).unwrap_or(usize::MAX / 2) << 20;
    let mut texts = Vec::new();
    let mut total = 0usize;
    for path in args {
        let start = total;
        use std::io::BufRead;
        for line in std::io::BufReader::new(std::fs::File::open(&path)?).lines() {
            let v: serde_json::Value = serde_json::from_str(&line?)?;
            if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
                total += t.len();
                texts.push(t.to_owned());
            }
            if total - start >= limit {
                break;
            }
        }
    }
    // `REPEAT=N` parses the texts N times, so a profiler sees the parse rather than the load.
    let repeat: usize = std::env::var("REPEAT").ok().and_then(|s| s.parse().ok()).unwrap_or(1);
    let (mut n, mut q) = (0usize, 0usize);
    for _ in 0..repeat {
        for t in &texts {
            let doc = gongwen::parse_with(t, &opts);
            n += doc.node_count();
            q += doc.quantities().len();
        }
    }
    println!("{} texts, {total} bytes, {n} nodes, {q} quantities", texts.len());
    Ok(())
}
