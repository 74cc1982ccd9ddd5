//! Prints the flat outline or quantity rows of a file as JSON lines:
//! `cargo run --example rows -- outline FILE` (or `quantities FILE`).

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let what = args.next().unwrap_or_default();
    let path = args.next().ok_or("usage: rows outline|quantities FILE")?;
    let text = std::fs::read_to_string(path)?;
    let doc = gongwen::parse(&text);
    if what == "quantities" {
        for row in gongwen::export::quantity_rows(&doc) {
            println!("{}", serde_json::to_string(&row)?);
        }
    } else {
        for row in gongwen::export::outline_rows(&doc) {
            println!("{}", serde_json::to_string(&row)?);
        }
    }
    Ok(())
}
