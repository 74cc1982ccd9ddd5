//! .docx archives: the input is either fed as it is (the zip reader), or split at `\x00`
//! into the XML of `word/document.xml`, `word/numbering.xml` and `word/styles.xml` that
//! are zipped here (the XML walker, Word's numbering and styles). A `Source` or a
//! `ReadError`, never a panic, and the text stays within a bound of the XML's size.
#![no_main]

use gongwen_read::{Format, ReadOptions, decode};
use libfuzzer_sys::fuzz_target;
use std::io::Write;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let opts = ReadOptions::new().format(Format::Docx);
    if mode % 4 == 0 {
        let _ = decode(rest, &opts);
        return;
    }
    let mut parts = rest.splitn(3, |b| *b == 0);
    let names = ["word/document.xml", "word/numbering.xml", "word/styles.xml"];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut xml = 0;
    for name in names {
        let part = parts.next().unwrap_or_default();
        xml += part.len();
        zip.start_file(name, stored).expect("zip entry");
        zip.write_all(part).expect("zip write");
    }
    let bytes = zip.finish().expect("zip").into_inner();
    if let Ok(src) = decode(&bytes, &opts) {
        // A label (at most 256 bytes) per paragraph, and a paragraph is at least `<p/>`:
        // the text stays within a constant factor of the XML.
        assert!(src.text.len() <= (xml + 1).saturating_mul(100), "{} from {xml} bytes of XML", src.text.len());
        let _ = gongwen::parse(&src.text);
    }
});
