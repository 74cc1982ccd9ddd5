//! Bytes → text: byte-order marks, UTF-8, GB18030/GBK, UTF-16, and detection.
//!
//! Order of decisions: a byte-order mark always wins (as in browsers); then a forced
//! encoding; then (HTML) the encoding the page declares; then valid UTF-8 is UTF-8 (read
//! in place when the caller hands over its buffer); then text that is UTF-8 but for a few
//! damaged bytes stays UTF-8; then `chardetng` (statistics of byte pairs; the `.cn`
//! top-level domain as the prior, so short Chinese texts lean to GBK), with GB18030 as the
//! fallback whenever it decodes cleanly and the guess does not. Malformed bytes are
//! replaced with U+FFFD and reported as a [`Warning`] — never silently.

use crate::{EncodingChoice, Input, ReadError, ReadOptions, Source, Warning};
use encoding_rs::{DecoderResult, Encoding, GB18030, GBK, UTF_8, UTF_16BE, UTF_16LE};

/// Bytes fed to the statistical detector (a prefix is enough to decide).
const DETECT_PREFIX: usize = 1 << 20;
/// Bytes looked at to guess the byte order of UTF-16 without a BOM.
const UTF16_PREFIX: usize = 1 << 16;

/// Decoded text and how.
pub(crate) struct Decoded {
    /// The text (a UTF-8 BOM kept, a UTF-16 BOM not: see [`decode`]).
    pub text: String,
    /// The encoding's name as [`Source::encoding`] reports it.
    pub encoding: &'static str,
    /// Replacements made.
    pub warnings: Vec<Warning>,
}

/// The name gongwen reports for an encoding: lower case for the ones it chooses between,
/// the WHATWG name for the others. GBK decodes as GB18030 (encoding_rs's GBK decoder is
/// the GB18030 one), so both are `gb18030`.
pub(crate) fn name(enc: &'static Encoding) -> &'static str {
    if enc == UTF_8 {
        "utf-8"
    } else if enc == GB18030 || enc == GBK {
        "gb18030"
    } else if enc == UTF_16LE {
        "utf-16le"
    } else if enc == UTF_16BE {
        "utf-16be"
    } else {
        enc.name()
    }
}

/// Reads a text file (the [`Format::Text`](crate::Format::Text) path).
pub(crate) fn read_text(input: Input<'_>, opts: &ReadOptions) -> Result<Source, ReadError> {
    let d = decode(input, opts, None)?;
    if let Some(offset) = memchr::memchr(0, d.text.as_bytes()) {
        return Err(ReadError::Binary { offset });
    }
    if d.text.len() > opts.limits.max_text {
        return Err(ReadError::TextTooLarge { max: opts.limits.max_text });
    }
    let mut source = Source::plain(d.text, d.encoding);
    source.warnings = d.warnings;
    Ok(source)
}

/// Decodes `input` as `opts` says; `declared` is the encoding an HTML page names.
pub(crate) fn decode(
    input: Input<'_>,
    opts: &ReadOptions,
    declared: Option<&'static Encoding>,
) -> Result<Decoded, ReadError> {
    let bytes = input.bytes();
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        if enc == UTF_8 {
            // A UTF-8 BOM stays in the text, as every UTF-8 reader of the file sees it
            // (Python's `open(path, encoding="utf-8")`): offsets into the text are the
            // file's own character offsets, and the parser treats U+FEFF as padding.
            let lossy = opts.lossy || opts.encoding == EncodingChoice::Auto;
            return match utf8_in_place(input) {
                Ok(text) => Ok(Decoded { text, encoding: "utf-8", warnings: Vec::new() }),
                Err(input) => decode_as(UTF_8, input.bytes(), 0, lossy),
            };
        }
        let body = bytes.get(bom_len..).unwrap_or_default();
        return decode_as(enc, body, bom_len, opts.lossy || opts.encoding == EncodingChoice::Auto);
    }
    match opts.encoding {
        EncodingChoice::Utf8 => match utf8_in_place(input) {
            Ok(text) => Ok(Decoded { text, encoding: "utf-8", warnings: Vec::new() }),
            Err(input) => decode_as(UTF_8, input.bytes(), 0, opts.lossy),
        },
        EncodingChoice::Gb18030 => decode_as(GB18030, bytes, 0, opts.lossy),
        EncodingChoice::Utf16 => decode_as(utf16_order(bytes).unwrap_or(UTF_16LE), bytes, 0, opts.lossy),
        EncodingChoice::Auto => match declared {
            Some(enc) => decode_declared(enc, input),
            None => detect(input),
        },
    }
}

/// An HTML page's declared encoding: used when the bytes are valid in it, else detection
/// decides (a page that declares one encoding and is written in another is common).
fn decode_declared(enc: &'static Encoding, input: Input<'_>) -> Result<Decoded, ReadError> {
    if enc == UTF_8 {
        return detect(input);
    }
    let (text, bad) = decode_counting(enc, input.bytes());
    if bad.is_none() {
        return Ok(Decoded { text, encoding: name(enc), warnings: Vec::new() });
    }
    let mut d = detect(input)?;
    if d.encoding != name(enc) {
        d.warnings.insert(0, Warning::DeclaredEncodingWrong { declared: name(enc), used: d.encoding });
    }
    Ok(d)
}

/// Automatic detection for bytes without a BOM.
fn detect(input: Input<'_>) -> Result<Decoded, ReadError> {
    // The fast path: valid UTF-8 is used as it is (in place when owned).
    let input = match utf8_in_place(input) {
        Ok(text) => return Ok(Decoded { text, encoding: "utf-8", warnings: Vec::new() }),
        Err(input) => input,
    };
    let bytes = input.bytes();
    if memchr::memchr(0, bytes).is_some() {
        // NUL bytes: UTF-16 without a BOM when they fall where ASCII puts them, else binary.
        return match utf16_order(bytes).filter(|_| strong_utf16(bytes)) {
            Some(enc) => decode_as(enc, bytes, 0, false),
            None => Err(ReadError::Binary { offset: memchr::memchr(0, bytes).unwrap_or(0) }),
        };
    }
    if mostly_utf8(bytes) {
        return decode_as(UTF_8, bytes, 0, true);
    }
    let guess = guess(bytes);
    let (text, bad) = decode_counting(guess, bytes);
    if bad.is_some() && guess != GB18030 {
        let (gb, gb_bad) = decode_counting(GB18030, bytes);
        if gb_bad.is_none() {
            return Ok(Decoded { text: gb, encoding: "gb18030", warnings: Vec::new() });
        }
    }
    Ok(with_warning(text, guess, bad, 0))
}

/// Valid UTF-8 as a `String` (the owned buffer itself: no copy), or the input back.
fn utf8_in_place(input: Input<'_>) -> Result<String, Input<'_>> {
    match input {
        Input::Owned(v) => String::from_utf8(v).map_err(|e| Input::Owned(e.into_bytes())),
        Input::Borrowed(b) => std::str::from_utf8(b).map(str::to_owned).map_err(|_| Input::Borrowed(b)),
    }
}

/// `chardetng`'s guess, with `.cn` as the top-level domain (GBK is its prior) and UTF-8
/// excluded (the bytes are not UTF-8). GBK is read as GB18030, its superset.
fn guess(bytes: &[u8]) -> &'static Encoding {
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    let prefix = bytes.get(..DETECT_PREFIX).unwrap_or(bytes);
    det.feed(prefix, prefix.len() == bytes.len());
    let enc = det.guess(Some(b"cn"), chardetng::Utf8Detection::Deny);
    if enc == GBK { GB18030 } else { enc }
}

/// True when the bytes are UTF-8 but for a few damaged sequences: the bytes of valid
/// multi-byte characters at least four times the invalid bytes. GBK text read as UTF-8
/// has about one invalid byte per character and few valid sequences by chance (a fifth as
/// many bytes).
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().bytes().filter(|b| *b >= 0x80).count();
        invalid += chunk.invalid().len();
    }
    valid >= invalid.saturating_mul(4) && valid > 0
}

/// The byte order of UTF-16 without a BOM: the one whose decoding of the prefix has more
/// characters a Chinese document uses (ASCII, CJK ideographs and punctuation, full-width
/// forms). Zero bytes alone cannot tell: ASCII puts its zero byte on one side, but
/// ideographs such as U+4E00 一 put theirs on the other. `None` for an empty input.
fn utf16_order(bytes: &[u8]) -> Option<&'static Encoding> {
    let (le, be) = (plausible(UTF_16LE, bytes), plausible(UTF_16BE, bytes));
    match (le.1, be.1) {
        (0, 0) => None,
        _ if be.0 > le.0 => Some(UTF_16BE),
        _ => Some(UTF_16LE),
    }
}

/// Enough evidence to read bytes with NULs as BOM-less UTF-16: an even length, and at
/// least 95% of the prefix's characters plausible in one byte order.
fn strong_utf16(bytes: &[u8]) -> bool {
    let best = plausible(UTF_16LE, bytes).max(plausible(UTF_16BE, bytes));
    bytes.len() % 2 == 0 && best.1 > 0 && best.0.saturating_mul(20) >= best.1.saturating_mul(19)
}

/// (plausible characters, characters) of the prefix decoded as `enc`.
fn plausible(enc: &'static Encoding, bytes: &[u8]) -> (usize, usize) {
    let prefix = bytes.get(..bytes.len().min(UTF16_PREFIX) & !1).unwrap_or_default();
    let (text, _) = decode_counting(enc, prefix);
    let ok = text
        .chars()
        .filter(|c| {
            matches!(c, '\t' | '\n' | '\r' | ' '..='~' | '\u{A0}'..='\u{FF}' | '\u{2000}'..='\u{206F}'
                | '\u{2460}'..='\u{24FF}' | '\u{3000}'..='\u{303F}' | '\u{3400}'..='\u{4DBF}'
                | '\u{4E00}'..='\u{9FFF}' | '\u{FF00}'..='\u{FFEF}')
        })
        .count();
    (ok, text.chars().count())
}

/// Decodes `bytes` (after a BOM of `skipped` bytes) as `enc`: malformed sequences fail
/// (strict) or are replaced and reported (`lossy`).
fn decode_as(enc: &'static Encoding, bytes: &[u8], skipped: usize, lossy: bool) -> Result<Decoded, ReadError> {
    let (text, bad) = decode_counting(enc, bytes);
    match bad {
        Some((_, first)) if !lossy => {
            let offset = first + skipped;
            let line = enc
                .is_ascii_compatible()
                .then(|| bytes.get(..first).map_or(0, |b| memchr::memchr_iter(b'\n', b).count()) + 1);
            Err(ReadError::Malformed { encoding: name(enc), offset, line })
        }
        _ => Ok(with_warning(text, enc, bad, skipped)),
    }
}

/// The decoded text, with a [`Warning::Replaced`] when sequences were replaced.
fn with_warning(text: String, enc: &'static Encoding, bad: Option<(usize, usize)>, skipped: usize) -> Decoded {
    let warnings = bad
        .map(|(count, first)| Warning::Replaced { encoding: name(enc), count, first_offset: first + skipped })
        .into_iter()
        .collect();
    Decoded { text, encoding: name(enc), warnings }
}

/// Decodes with replacement, counting malformed sequences: the text and, when there were
/// any, `(count, offset of the first)`.
pub(crate) fn decode_counting(enc: &'static Encoding, bytes: &[u8]) -> (String, Option<(usize, usize)>) {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let cap = decoder.max_utf8_buffer_length_without_replacement(bytes.len()).unwrap_or(bytes.len());
    let mut out = String::with_capacity(cap);
    let (mut read, mut count, mut first) = (0usize, 0usize, 0usize);
    loop {
        let rest = bytes.get(read..).unwrap_or_default();
        let (result, n) = decoder.decode_to_string_without_replacement(rest, &mut out, true);
        read += n;
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::OutputFull => out.reserve(rest.len().max(16)),
            DecoderResult::Malformed(bad, extra) => {
                if count == 0 {
                    first = read.saturating_sub(usize::from(bad) + usize::from(extra));
                }
                count += 1;
                out.push('\u{FFFD}');
            }
        }
    }
    (out, (count > 0).then_some((count, first)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode as read;

    fn encode(enc: &'static Encoding, s: &str) -> Vec<u8> {
        enc.encode(s).0.into_owned()
    }

    #[test]
    fn short_gbk_texts_are_gb18030() {
        for s in ["一、总则", "第一条", "（一）加强党的建设", "各区人民政府：", "1.强化政治建设。", "附件"]
        {
            let src = read(&encode(GBK, s), &ReadOptions::default()).unwrap();
            assert_eq!((src.text.as_str(), src.encoding), (s, "gb18030"), "{s}");
            assert!(src.warnings.is_empty());
        }
    }

    #[test]
    fn characters_outside_gbk_read_as_gb18030() {
        // 𠮷 (U+20BB7) and € take four-byte GB18030 sequences.
        let s = "第一条 𠮷€ 的规定";
        let src = read(&encode(GB18030, s), &ReadOptions::default()).unwrap();
        assert_eq!((src.text.as_str(), src.encoding), (s, "gb18030"));
    }

    #[test]
    fn boms_decide_the_encoding_and_a_utf8_bom_stays_in_the_text() {
        let s = "一、总则\n";
        let mut le = vec![0xFF, 0xFE];
        le.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        let mut be = vec![0xFE, 0xFF];
        be.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
        let mut u8bom = vec![0xEF, 0xBB, 0xBF];
        u8bom.extend_from_slice(s.as_bytes());
        for (bytes, enc) in [(le, "utf-16le"), (be, "utf-16be")] {
            let src = read(&bytes, &ReadOptions::default()).unwrap();
            assert_eq!((src.text.as_str(), src.encoding), (s, enc), "a UTF-16 BOM only says the byte order");
        }
        let src = read(&u8bom, &ReadOptions::default()).unwrap();
        let kept = format!("\u{feff}{s}");
        assert_eq!((src.text.as_str(), src.encoding), (kept.as_str(), "utf-8"), "offsets are the file's own");
    }

    #[test]
    fn utf16_without_bom_is_detected_by_its_zero_bytes() {
        let s = "一、总则\n（一）适用范围\n1.本办法适用于2024年。\n";
        let le: Vec<u8> = s.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = s.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(read(&le, &ReadOptions::default()).unwrap().encoding, "utf-16le");
        assert_eq!(read(&be, &ReadOptions::default()).unwrap().text, s);
        // Forced, with the order guessed.
        let forced = ReadOptions::new().encoding(EncodingChoice::Utf16);
        assert_eq!(read(&be, &forced).unwrap().encoding, "utf-16be");
    }

    #[test]
    fn binary_is_refused() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0";
        assert!(matches!(read(png, &ReadOptions::default()), Err(ReadError::Binary { .. })));
        assert!(matches!(read(b"abc\0def", &ReadOptions::default()), Err(ReadError::Binary { offset: 3 })));
    }

    #[test]
    fn damaged_utf8_stays_utf8_with_a_warning() {
        let mut bytes = "一、总则。第一条 为了规范管理，制定本办法。".as_bytes().to_vec();
        bytes.insert(9, 0xFF);
        let src = read(&bytes, &ReadOptions::default()).unwrap();
        assert_eq!(src.encoding, "utf-8");
        assert_eq!(src.warnings, vec![Warning::Replaced { encoding: "utf-8", count: 1, first_offset: 9 }]);
        assert!(src.text.contains('\u{FFFD}'));
    }

    #[test]
    fn forced_encodings_are_strict_unless_lossy() {
        let gbk = encode(GBK, "一、总则\n第二行");
        let strict = ReadOptions::new().encoding(EncodingChoice::Utf8);
        match read(&gbk, &strict) {
            Err(ReadError::Malformed { encoding: "utf-8", offset: 2, line: Some(1) }) => {}
            other => panic!("{other:?}"),
        }
        let lossy = read(&gbk, &strict.lossy(true)).unwrap();
        assert!(matches!(lossy.warnings.as_slice(), [Warning::Replaced { encoding: "utf-8", .. }]));
        let gb = ReadOptions::new().encoding(EncodingChoice::Gb18030);
        assert_eq!(read(&gbk, &gb).unwrap().text, "一、总则\n第二行");
        // A GB18030 lead byte at the very end is malformed.
        let mut cut = gbk.clone();
        cut.push(0xD2);
        match read(&cut, &gb) {
            Err(ReadError::Malformed { encoding: "gb18030", offset, line: Some(2) }) => assert_eq!(offset, gbk.len()),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn truncated_gbk_is_read_with_a_warning() {
        let mut gbk = encode(GBK, "一、总则。第一条 为了规范管理，制定本办法。");
        gbk.pop();
        let src = read(&gbk, &ReadOptions::default()).unwrap();
        assert_eq!(src.encoding, "gb18030");
        assert!(matches!(src.warnings.as_slice(), [Warning::Replaced { count: 1, .. }]), "{:?}", src.warnings);
    }

    #[test]
    fn ascii_is_utf8_and_owned_input_is_taken_in_place() {
        let v = b"1. abc\n".to_vec();
        let ptr = v.as_ptr();
        let src = crate::decode_owned(v, &ReadOptions::default()).unwrap();
        assert_eq!(src.encoding, "utf-8");
        assert_eq!(src.text.as_ptr(), ptr, "valid UTF-8 is not copied");
    }
}
