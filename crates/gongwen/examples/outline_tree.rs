//! Prints the outline of a document as an indented tree.
//!
//! ```sh
//! cargo run -p gongwen --example outline_tree -- tests/data/sample.txt
//! ```

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).unwrap_or_else(|| "tests/data/sample.txt".into());
    let text = std::fs::read_to_string(&path)?;
    let doc = gongwen::parse(&text);
    if let Some(title) = doc.title_text() {
        println!("{}", title.replace(['\n', '\r'], ""));
    }
    // Walk the tree from the roots, depth first, with an explicit stack.
    let mut stack: Vec<&gongwen::Node> = doc.roots().collect();
    stack.reverse();
    while let Some(node) = stack.pop() {
        let indent = "  ".repeat(usize::from(node.depth).saturating_sub(1));
        println!("{indent}{} {}", doc.marker(node), doc.heading(node).unwrap_or_default());
        let mut children: Vec<&gongwen::Node> = doc.children(node.id).collect();
        children.reverse();
        stack.extend(children);
    }
    for d in doc.diagnostics() {
        eprintln!("note: {} at {:?}: {}", d.kind, &doc.text()[d.span], d.kind.description());
    }
    Ok(())
}
