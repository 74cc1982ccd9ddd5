//! Compact JSON for the flat rows, written straight into a byte buffer.
//!
//! The output is byte for byte what `serde_json::to_writer` gives for the same value (the
//! tests below check it on real documents and on strings that need escaping), without
//! serde's per-field work: keys are constant bytes, a string is copied in runs between
//! the few bytes JSON escapes, and integers go through `itoa`. Floats are handed to
//! `serde_json` itself, so they are formatted exactly as before. The streaming commands
//! spend most of their time writing JSON, so this is where `parse --format jsonl` gains.

use gongwen::export::{DiagnosticRow, DocumentView, NoiseRow, OutlineRow, QuantityRow};

/// A value this module writes as compact JSON.
pub trait Json {
    /// Appends the JSON of `self` to `out`.
    fn write(&self, out: &mut Vec<u8>);
}

/// Appends `s` as a JSON string, escaped as `serde_json` escapes it: `"` and `\`, the
/// short forms `\b \f \n \r \t`, and `\u00XX` (lower-case hex) for the other control
/// characters; everything else (all of UTF-8 above U+001F) is copied as it is.
pub fn string(out: &mut Vec<u8>, s: &str) {
    out.reserve(s.len() + 2);
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes at a time while none of them needs escaping (Chinese text never does).
        if let Some(word) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
            if !needs_escape(u64::from_le_bytes(*word)) {
                i += 8;
                continue;
            }
        }
        let Some(&b) = bytes.get(i) else { break };
        i += 1;
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0C => b"\\f",
            0x00..=0x1F => b"",
            _ => continue,
        };
        out.extend_from_slice(bytes.get(copied..i - 1).unwrap_or_default());
        copied = i;
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            let hex = |n: u8| HEX.get(usize::from(n & 0x0F)).copied().unwrap_or(b'0');
            out.extend_from_slice(&[b'\\', b'u', b'0', b'0', hex(b >> 4), hex(b)]);
        } else {
            out.extend_from_slice(escape);
        }
    }
    out.extend_from_slice(bytes.get(copied..).unwrap_or_default());
    out.push(b'"');
}

/// True when one of the eight bytes of `w` is below 0x20, `"` or `\`. The tests of "Bit
/// Twiddling Hacks", exact as booleans: some byte of `x` is below `n` (at most 0x80) when
/// `(x - n·0x0101…) & !x` has a high bit set, and a byte equal to `c` is a zero byte of
/// `x ^ c·0x0101…`.
const fn needs_escape(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below_space = w.wrapping_sub(ONES * 0x20) & !w;
    let (quote, backslash) = (w ^ (ONES * b'"' as u64), w ^ (ONES * b'\\' as u64));
    let quote = quote.wrapping_sub(ONES) & !quote;
    let backslash = backslash.wrapping_sub(ONES) & !backslash;
    (below_space | quote | backslash) & HIGH != 0
}

impl Json for str {
    fn write(&self, out: &mut Vec<u8>) {
        string(out, self);
    }
}

impl Json for String {
    fn write(&self, out: &mut Vec<u8>) {
        string(out, self);
    }
}

impl Json for &str {
    fn write(&self, out: &mut Vec<u8>) {
        string(out, self);
    }
}

impl Json for bool {
    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(if *self { b"true" } else { b"false" });
    }
}

/// Integers, through `itoa` (as `serde_json` writes them).
macro_rules! json_int {
    ($($t:ty),*) => {$(
        impl Json for $t {
            fn write(&self, out: &mut Vec<u8>) {
                out.extend_from_slice(itoa::Buffer::new().format(*self).as_bytes());
            }
        }
    )*};
}
json_int!(u16, u32, usize);

impl Json for f64 {
    fn write(&self, out: &mut Vec<u8>) {
        // The few floats of a row: serde_json's own formatting (and `null` when not finite).
        let _ = serde_json::to_writer(&mut *out, self);
    }
}

impl<T: Json> Json for Option<T> {
    fn write(&self, out: &mut Vec<u8>) {
        match self {
            Some(v) => v.write(out),
            None => out.extend_from_slice(b"null"),
        }
    }
}

impl<A: Json, B: Json> Json for (A, B) {
    fn write(&self, out: &mut Vec<u8>) {
        out.push(b'[');
        self.0.write(out);
        out.push(b',');
        self.1.write(out);
        out.push(b']');
    }
}

impl<T: Json> Json for [T] {
    fn write(&self, out: &mut Vec<u8>) {
        out.push(b'[');
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            v.write(out);
        }
        out.push(b']');
    }
}

impl<T: Json> Json for Vec<T> {
    fn write(&self, out: &mut Vec<u8>) {
        self.as_slice().write(out);
    }
}

impl Json for serde_json::Value {
    fn write(&self, out: &mut Vec<u8>) {
        let _ = serde_json::to_writer(&mut *out, self);
    }
}

/// Writes the members of an object, `"key":value` separated by commas, in the order given
/// (the order of the struct's fields, as serde writes them). The first key is written
/// with `first` before it: `{` to open the object, `,` to continue one already opened.
macro_rules! members {
    ($out:expr, $first:expr, $($key:literal => $value:expr),+ $(,)?) => {{
        let out: &mut Vec<u8> = $out;
        let mut lead: u8 = $first;
        $(
            out.push(lead);
            out.extend_from_slice(concat!("\"", $key, "\":").as_bytes());
            Json::write(&$value, out);
            lead = b',';
        )+
        let _ = lead;
        out.push(b'}');
    }};
}

/// Writes `row` as an object whose first member is `"doc": id` (several documents) or as
/// the row alone.
pub fn row_with_doc<T: Members>(out: &mut Vec<u8>, doc: Option<&serde_json::Value>, row: &T) {
    match doc {
        Some(id) => {
            out.extend_from_slice(b"{\"doc\":");
            id.write(out);
            row.members(out, b',');
        }
        None => row.members(out, b'{'),
    }
}

/// A struct written as a JSON object.
pub trait Members {
    /// Writes the object's members after `first` (`{`, or `,` after members already written)
    /// and closes it.
    fn members(&self, out: &mut Vec<u8>, first: u8);
}

impl<T: Members> Json for T {
    fn write(&self, out: &mut Vec<u8>) {
        self.members(out, b'{');
    }
}

impl Members for OutlineRow {
    fn members(&self, out: &mut Vec<u8>, first: u8) {
        members!(out, first,
            "index" => self.index,
            "parent" => self.parent,
            "depth" => self.depth,
            "marker" => self.marker,
            "ordinal" => self.ordinal,
            "style" => self.style,
            "heading" => self.heading,
            "tree" => self.tree,
            "path" => self.path,
            "char_start" => self.char_start,
            "char_end" => self.char_end,
            "byte_start" => self.byte_start,
            "byte_end" => self.byte_end,
        );
    }
}

impl Members for QuantityRow {
    fn members(&self, out: &mut Vec<u8>, first: u8) {
        members!(out, first,
            "char_start" => self.char_start,
            "char_end" => self.char_end,
            "byte_start" => self.byte_start,
            "byte_end" => self.byte_end,
            "text" => self.text,
            "value" => self.value,
            "value_max" => self.value_max,
            "unit" => self.unit,
            "comparator" => self.comparator,
            "placeholder" => self.placeholder,
            "kind" => self.kind,
            "node" => self.node,
            "change" => self.change,
            "change_direction" => self.change_direction,
            "change_from" => self.change_from,
            "change_to" => self.change_to,
            "modality" => self.modality,
            "deadline" => self.deadline,
            "deadline_year" => self.deadline_year,
        );
    }
}

impl Members for NoiseRow {
    fn members(&self, out: &mut Vec<u8>, first: u8) {
        members!(out, first,
            "kind" => self.kind,
            "text" => self.text,
            "char_start" => self.char_start,
            "char_end" => self.char_end,
            "byte_start" => self.byte_start,
            "byte_end" => self.byte_end,
        );
    }
}

impl Members for DiagnosticRow {
    fn members(&self, out: &mut Vec<u8>, first: u8) {
        members!(out, first,
            "kind" => self.kind,
            "message" => self.message,
            "text" => self.text,
            "line" => self.line,
            "column" => self.column,
            "char_start" => self.char_start,
            "char_end" => self.char_end,
            "byte_start" => self.byte_start,
            "byte_end" => self.byte_end,
            "related_char_start" => self.related_char_start,
        );
    }
}

impl Members for DocumentView {
    fn members(&self, out: &mut Vec<u8>, first: u8) {
        members!(out, first,
            "title" => self.title,
            "title_chars" => self.title_chars,
            "char_len" => self.char_len,
            "nodes" => self.nodes,
            "quantities" => self.quantities,
            "noise" => self.noise,
            "diagnostics" => self.diagnostics,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    /// The writer's bytes against serde_json's for one value, with and without a `doc` key.
    fn same<T: Members + Serialize>(row: &T) {
        let mut ours = Vec::new();
        row.write(&mut ours);
        let theirs = serde_json::to_vec(row).unwrap_or_default();
        assert_eq!(String::from_utf8_lossy(&ours), String::from_utf8_lossy(&theirs));
        let id = serde_json::json!({"id": "a\"b", "n": 3});
        let mut with_doc = Vec::new();
        row_with_doc(&mut with_doc, Some(&id), row);
        let mut expected = serde_json::Map::new();
        expected.insert("doc".into(), id);
        if let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(row) {
            expected.extend(fields);
        }
        let parsed: serde_json::Value = serde_json::from_slice(&with_doc).unwrap_or_default();
        assert_eq!(parsed, serde_json::Value::Object(expected));
        assert!(with_doc.starts_with(br#"{"doc":{"#), "doc comes first");
    }

    fn documents() -> Vec<String> {
        let mut texts = vec![
            String::new(),
            "关于印发\t“工作要点”的通知\n一、总体要求\r\n（一）目标。新建学校3所、幼儿园5-8所，覆盖率达到95%以上。\n"
                .to_owned(),
            "第一章 总则\n第一条【目的】 为了规范\"管理\"\\，制定本办法。\n第二条 每年投入不少于2.5亿元。\n".to_owned(),
            "控制\u{0}字符\u{1}与\u{1f}\u{7f}和\u{8}\u{c}\n1/3 一、甲\n二、乙\n四、丁 2019年-2020年\n".to_owned(),
        ];
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data");
        if let Ok(entries) = std::fs::read_dir(&root) {
            for e in entries.flatten() {
                if e.path().extension().is_some_and(|x| x == "txt") {
                    texts.extend(std::fs::read_to_string(e.path()));
                }
            }
        }
        texts
    }

    #[test]
    fn rows_are_what_serde_json_writes() {
        for text in documents() {
            let doc = gongwen::parse(&text);
            let view = DocumentView::new(&doc);
            same(&view);
            view.nodes.iter().for_each(same);
            view.quantities.iter().for_each(same);
            view.noise.iter().for_each(same);
            view.diagnostics.iter().for_each(same);
        }
    }

    #[test]
    fn the_word_test_finds_every_byte_that_needs_escaping() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut word = [b'a'; 8];
                if let Some(slot) = word.get_mut(at) {
                    *slot = b;
                }
                let expected = b < 0x20 || b == b'"' || b == b'\\';
                assert_eq!(needs_escape(u64::from_le_bytes(word)), expected, "byte {b:#x} at {at}");
            }
        }
        assert!(!needs_escape(u64::from_le_bytes(*b"\xe4\xb8\x80\xe3\x80\x81ab")), "CJK bytes need no escape");
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let all: String = (0u32..0x80).filter_map(char::from_u32).chain(['é', '一', '\u{2028}', '𠀀']).collect();
        let long = format!("{}\"{}\n{}", "一".repeat(9), "ab".repeat(7), "\u{1}".repeat(9));
        for s in [all.as_str(), "", "\"", "\\", "a\u{0}b", "一、\n二、", "\u{7f}", long.as_str()] {
            let mut ours = Vec::new();
            string(&mut ours, s);
            assert_eq!(ours, serde_json::to_vec(s).unwrap_or_default(), "{s:?}");
        }
    }
}
