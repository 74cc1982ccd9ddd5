//! Reads a file with gongwen-read and prints its text (a debugging aid).
use std::io::Write;
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let bytes = std::fs::read(&path).unwrap_or_default();
    let opts = gongwen_read::ReadOptions::new().format(gongwen_read::Format::from_path(&path).unwrap_or_default());
    match gongwen_read::decode_owned(bytes, &opts) {
        Ok(s) => {
            eprintln!("{} {} {:?} {:?}", s.encoding, s.format.as_str(), s.page_title, s.warnings);
            let _ = std::io::stdout().write_all(s.text.as_bytes());
        }
        Err(e) => eprintln!("{path}: {e}"),
    }
}
