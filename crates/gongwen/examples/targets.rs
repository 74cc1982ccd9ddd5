//! Lists the targets of a document: every figure of kind `quantity`, with its comparator,
//! value, unit and the outline path it sits in.
//!
//! ```sh
//! cargo run -p gongwen --example targets -- tests/data/sample.txt
//! ```

use gongwen::{Comparator, QuantityKind};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).unwrap_or_else(|| "tests/data/sample.txt".into());
    let text = std::fs::read_to_string(&path)?;
    let doc = gongwen::parse(&text);
    for q in doc.quantities().filter(|q| q.kind == QuantityKind::Quantity) {
        let figure = &doc.text()[q.span];
        let value = match (q.value, q.value_max, q.comparator) {
            (Some(a), Some(b), Comparator::Range) => format!("{a}–{b}"),
            (Some(a), _, _) => format!("{a}"),
            (None, _, _) if q.placeholder => "(placeholder)".to_owned(),
            (None, _, _) => "(none)".to_owned(),
        };
        let path = q.node.map(|id| doc.path(id)).unwrap_or_default();
        println!("{figure}\t{} {value} {}\t{path}", q.comparator.as_str(), q.unit.as_deref().unwrap_or(""));
    }
    Ok(())
}
