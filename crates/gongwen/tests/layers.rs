//! The core's modules form layers: each top-level module of `src/` imports only the
//! modules declared before it in `lib.rs`. This test reads the sources and fails on an
//! import that points up (or sideways to a later module), so no import cycle can come back.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// The top-level modules in the order `lib.rs` declares them.
fn declared_order(lib: &str) -> Vec<String> {
    lib.lines()
        .filter_map(|l| {
            let l = l.trim();
            let rest = l.strip_prefix("pub mod ").or_else(|| l.strip_prefix("mod "))?;
            Some(rest.trim_end_matches(';').to_owned())
        })
        .collect()
}

/// The source of a file without comments and without its `#[cfg(test)] mod tests`.
fn code(src: &str) -> String {
    let body = src.split("#[cfg(test)]\nmod tests").next().unwrap_or(src);
    body.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

/// The crate modules `code` names: `crate::X` paths and `use crate::{X, …}` groups.
fn referenced(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            for item in group.split(',') {
                let name: String = item.trim().chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
                out.push(name);
            }
        } else {
            out.push(rest.chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect());
        }
    }
    out.retain(|n| !n.is_empty());
    out
}

fn collect(dir: &Path, top: &str, sources: &mut BTreeMap<String, String>) {
    for entry in fs::read_dir(dir).expect("src is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, top, sources);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let src = fs::read_to_string(&path).expect("a source file is UTF-8");
            sources.entry(top.to_owned()).or_default().push_str(&code(&src));
        }
    }
}

#[test]
fn modules_import_only_the_layers_below_them() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = fs::read_to_string(src.join("lib.rs")).expect("lib.rs is readable");
    let order = declared_order(&lib);
    assert!(order.len() > 10, "lib.rs declares the pipeline's modules: {order:?}");
    let mut sources = BTreeMap::new();
    for name in &order {
        let file = src.join(format!("{name}.rs"));
        let dir = src.join(name);
        if file.is_file() {
            let text = fs::read_to_string(&file).expect("a source file is UTF-8");
            sources.insert(name.clone(), code(&text));
        } else {
            collect(&dir, name, &mut sources);
        }
    }
    let mut wrong = Vec::new();
    for (at, name) in order.iter().enumerate() {
        let below = &order[..at];
        for used in referenced(sources.get(name).map_or("", String::as_str)) {
            if used != *name && order.contains(&used) && !below.contains(&used) {
                wrong.push(format!("{name} imports {used}, declared after it"));
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(wrong.is_empty(), "imports must point down the layers of lib.rs:\n{}", wrong.join("\n"));
}
