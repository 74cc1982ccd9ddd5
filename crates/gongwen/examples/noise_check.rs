//! Noise detector check (issue 6).
//!
//! `cargo run --release -p gongwen --example noise_check -- seeds DOCS_DIR GOLD_DIR`:
//! prints the noise spans of each seed and checks them against the gold `not_nodes`
//! (each must be covered by a noise span of the right kind) and `nodes` (none may be).
//!
//! `cargo run --release -p gongwen --example noise_check -- bench FILE.jsonl…`: counts the
//! spans per kind over a corpus (false positives on clean text) and times the detector.

use std::collections::BTreeMap;
use std::io::BufRead;

fn char_to_byte(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

fn seeds(docs: &str, gold: &str) {
    let mut entries: Vec<_> = std::fs::read_dir(gold).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let Some(stem) = name.strip_suffix(".outline.json") else { continue };
        let g: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let text = std::fs::read_to_string(format!("{docs}/{stem}.txt")).unwrap();
        let c2b = char_to_byte(&text);
        let doc = gongwen::parse(&text);
        println!("== {stem}: {} noise spans", doc.noise().count());
        for n in doc.noise() {
            if std::env::var_os("QUIET").is_none() {
                let s: String = n.span.slice(&text).chars().take(40).collect();
                println!("  {:>6}..{:<6} {:<13} {:?}", n.span.start, n.span.end, n.kind.as_str(), s);
            }
        }
        let covered = |char_start: u64| -> Option<&'static str> {
            let b = c2b[char_start as usize] as u32;
            doc.noise().find(|n| n.span.start <= b && b < n.span.end).map(|n| n.kind.as_str())
        };
        let (mut ok, mut total) = (0, 0);
        for nn in g["not_nodes"].as_array().into_iter().flatten() {
            total += 1;
            let why = nn["why"].as_str().unwrap_or("");
            let want = if why.contains("chunk") {
                "chunk_number"
            } else if why.contains("page") {
                "page_marker"
            } else {
                "?"
            };
            match covered(nn["start"].as_u64().unwrap()) {
                Some(k) if k == want || want == "?" => ok += 1,
                got => println!("  MISSED not_node @{} {:?} want {want} got {got:?}", nn["start"], nn["text"]),
            }
        }
        let mut bad = 0;
        for node in g["nodes"].as_array().into_iter().flatten() {
            if let Some(k) = covered(node["start"].as_u64().unwrap()) {
                bad += 1;
                println!("  NODE IN NOISE @{} {:?} ({k})", node["start"], node["marker"]);
            }
        }
        let nodes = g["nodes"].as_array().map_or(0, Vec::len);
        println!("  not_nodes covered {ok}/{total}; gold nodes inside noise {bad}/{nodes}");
        let clean = doc.clean_text();
        println!("  clean text: {} of {} bytes", clean.as_str().len(), text.len());
    }
}

fn bench(files: &[String]) {
    let mut texts = Vec::new();
    for f in files {
        let r = std::io::BufReader::new(std::fs::File::open(f).unwrap());
        for line in r.lines() {
            let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
            texts.push((
                f.rsplit('/').next().unwrap().to_string(),
                v["id"].to_string(),
                v["text"].as_str().unwrap().to_string(),
            ));
        }
    }
    let bytes: usize = texts.iter().map(|t| t.2.len()).sum();
    // Time the detector alone (`Noise::detect`, no outline or quantities).
    let mut per: BTreeMap<(String, &'static str), usize> = BTreeMap::new();
    let mut docs_with: BTreeMap<String, usize> = BTreeMap::new();
    let t0 = std::time::Instant::now();
    let mut total = 0usize;
    for (file, id, text) in &texts {
        let spans = gongwen::Noise::detect(text);
        total += spans.len();
        if !spans.is_empty() {
            *docs_with.entry(file.clone()).or_default() += 1;
            if std::env::var_os("SHOW").is_some() {
                for n in &spans {
                    let s: String = n.span.slice(text).chars().take(50).collect();
                    println!("{file} {id} {} {:?}", n.kind.as_str(), s);
                }
            }
        }
        for n in &spans {
            *per.entry((file.clone(), n.kind.as_str())).or_default() += 1;
        }
    }
    let dt = t0.elapsed().as_secs_f64();
    println!(
        "{} docs, {:.1} MB, {} spans, {:.3}s, {:.0} MB/s",
        texts.len(),
        bytes as f64 / 1e6,
        total,
        dt,
        bytes as f64 / 1e6 / dt
    );
    // Baseline in the same run: a plain newline byte count over the same texts.
    let t1 = std::time::Instant::now();
    let nl: usize = texts.iter().map(|t| t.2.bytes().filter(|&b| b == b'\n').count()).sum();
    let dt1 = t1.elapsed().as_secs_f64();
    println!("baseline newline count: {nl} lines, {:.0} MB/s", bytes as f64 / 1e6 / dt1);
    for ((f, k), n) in &per {
        println!("  {f:<45} {k:<13} {n}");
    }
    for (f, n) in &docs_with {
        println!("  docs with noise in {f}: {n}");
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("seeds") => seeds(&args[1], &args[2]),
        Some("bench") => bench(&args[1..]),
        _ => eprintln!("usage: noise_check seeds DOCS GOLD | bench FILE.jsonl…"),
    }
}
