//! Any bytes as an HTML page (and sniffed): bounded output, no panic, and the text parses.
#![no_main]

use gongwen_read::{Format, ReadOptions, decode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(src) = decode(data, &ReadOptions::new().format(Format::Html)) {
        assert_eq!(src.format, Format::Html);
        // Entities and encodings: at most three bytes of text per input byte.
        assert!(src.text.len() <= data.len().saturating_mul(3) + 1, "{} > 3 × {}", src.text.len(), data.len());
        assert!(src.text.is_empty() || src.text.ends_with('\n'));
        let _ = gongwen::parse(&src.text);
    }
    let _ = decode(data, &ReadOptions::default());
});
