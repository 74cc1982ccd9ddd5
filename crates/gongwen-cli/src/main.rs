//! The `gongwen` command-line tool (placeholder).
fn main() {
    let text = std::io::read_to_string(std::io::stdin()).unwrap_or_default();
    let doc = gongwen::parse(&text);
    for row in gongwen::export::outline_rows(&doc) {
        println!("{}", serde_json::to_string(&row).unwrap_or_default());
    }
}
