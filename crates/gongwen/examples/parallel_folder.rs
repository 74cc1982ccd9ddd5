//! Parses every `*.txt` file below a folder in parallel (rayon) and prints, in a stable
//! order, how many outline nodes and figures each has.
//!
//! ```sh
//! cargo run --release -p gongwen --example parallel_folder -- tests/data
//! ```

use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// A file and its outline node and figure counts, or why it could not be read.
type Summary = (PathBuf, Result<(usize, usize), String>);

fn txt_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            txt_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "tests/data".into()));
    let mut files = Vec::new();
    txt_files(&dir, &mut files)?;
    files.sort();
    // `parse` is pure and the documents are independent: map them in parallel, keep the order.
    let results: Vec<Summary> = files
        .into_par_iter()
        .map(|path| {
            let summary = std::fs::read(&path).map_err(|e| e.to_string()).and_then(|bytes| {
                let doc = gongwen::Document::from_utf8(&bytes).map_err(|e| e.to_string())?;
                Ok((doc.node_count(), doc.quantities().count()))
            });
            (path, summary)
        })
        .collect();
    for (path, summary) in results {
        match summary {
            Ok((nodes, figures)) => println!("{}\t{nodes} nodes\t{figures} figures", path.display()),
            Err(e) => eprintln!("{}: {e}", path.display()),
        }
    }
    Ok(())
}
