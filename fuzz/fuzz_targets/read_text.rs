//! Any bytes as a text file, under every encoding choice: a `Source` or a `ReadError`,
//! never a panic; valid UTF-8 without a BOM comes back unchanged; the text parses.
#![no_main]

use gongwen_read::{EncodingChoice, Format, ReadOptions, decode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for enc in [EncodingChoice::Auto, EncodingChoice::Utf8, EncodingChoice::Gb18030, EncodingChoice::Utf16] {
        for lossy in [false, true] {
            let opts = ReadOptions::new().format(Format::Text).encoding(enc).lossy(lossy);
            if let Ok(src) = decode(data, &opts) {
                assert!(!src.text.contains('\0'), "NUL in decoded text");
                assert!(src.text.len() <= data.len().saturating_mul(3) + 3, "text grew too much");
                let _ = gongwen::parse(&src.text);
            }
        }
    }
    if let Ok(s) = std::str::from_utf8(data)
        && !s.starts_with('\u{feff}')
        && !s.contains('\0')
    {
        let src = decode(data, &ReadOptions::new().format(Format::Text)).expect("valid UTF-8 reads");
        assert_eq!((src.text.as_str(), src.encoding), (s, "utf-8"));
        assert!(src.warnings.is_empty());
    }
});
