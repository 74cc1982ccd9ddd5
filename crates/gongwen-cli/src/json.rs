//! Compact JSON for the flat rows, written straight into a byte buffer.
//!
//! The output is byte for byte what `serde_json::to_writer` gives for the same value (the
//! tests below check it on real documents and on strings that need escaping), without
//! serde's per-field work: a row is written by visiting its fields ([`Row::visit`], so the
//! keys are the field names of [`Row::FIELDS`], inlined as constants), a string is copied
//! in runs between the few bytes JSON escapes, and integers go through `itoa`. Floats are handed to
//! `serde_json` itself, so they are formatted exactly as before. The streaming commands
//! spend most of their time writing JSON, so this is where `parse --format jsonl` gains.

use crate::output::{SPILL_AT, Spill};
use gongwen::export::{DocumentRows, JsonValue, Row, RowVisitor};

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
    let mut bytes = s.as_bytes();
    if !(if bytes.len() <= 32 { any_escape_short(bytes) } else { any_escape(bytes) }) {
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
    loop {
        let plain = plain_len(bytes);
        let (run, rest) = bytes.split_at(plain.min(bytes.len()));
        out.extend_from_slice(run);
        let Some((&b, rest)) = rest.split_first() else { break };
        bytes = rest;
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0C => b"\\f",
            _ => b"",
        };
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            let hex = |n: u8| HEX.get(usize::from(n & 0x0F)).copied().unwrap_or(b'0');
            out.extend_from_slice(&[b'\\', b'u', b'0', b'0', hex(b >> 4), hex(b)]);
        } else {
            out.extend_from_slice(escape);
        }
    }
    out.push(b'"');
}

/// True when a byte of `bytes` needs escaping in a JSON string (below 0x20, `"` or `\`):
/// one pass without an early exit, which the compiler turns into vector code.
pub fn any_escape(bytes: &[u8]) -> bool {
    bytes.iter().fold(false, |any, &b| any | (b < 0x20) | (b == b'"') | (b == b'\\'))
}

/// True when a byte of the short string `bytes` needs escaping: eight bytes at a time,
/// the last ones padded with 0x80 (which needs none).
fn any_escape_short(bytes: &[u8]) -> bool {
    let mut words = bytes.chunks_exact(8);
    let mut any = false;
    for w in &mut words {
        any |= needs_escape(u64::from_le_bytes(w.try_into().unwrap_or_default()));
    }
    let mut tail = [0x80u8; 8];
    for (t, &b) in tail.iter_mut().zip(words.remainder()) {
        *t = b;
    }
    any | needs_escape(u64::from_le_bytes(tail))
}

/// The length of the longest prefix of `bytes` in which no byte needs escaping in a JSON
/// string (none is below 0x20, `"` or `\`): sixteen bytes at a time while all of them are
/// above 0x7F (Chinese text), eight while none needs escaping, then byte by byte.
pub fn plain_len(bytes: &[u8]) -> usize {
    const HIGH16: u128 = (HIGH as u128) << 64 | HIGH as u128;
    let mut i = 0;
    while let Some(words) = bytes.get(i..).and_then(<[u8]>::first_chunk::<16>) {
        let w = u128::from_le_bytes(*words);
        if w & HIGH16 == HIGH16 {
            i += 16;
        } else if !needs_escape(w as u64) {
            i += 8;
        } else {
            break;
        }
    }
    while let Some(word) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        if needs_escape(u64::from_le_bytes(*word)) {
            break;
        }
        i += 8;
    }
    i + bytes.get(i..).unwrap_or_default().iter().take_while(|&&b| b >= 0x20 && b != b'"' && b != b'\\').count()
}

/// The high bit of each of eight bytes.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// True when one of the eight bytes of `w` is below 0x20, `"` or `\`. The tests of "Bit
/// Twiddling Hacks", exact as booleans: some byte of `x` is below `n` (at most 0x80) when
/// `(x - n·0x0101…) & !x` has a high bit set, and a byte equal to `c` is a zero byte of
/// `x ^ c·0x0101…`.
const fn needs_escape(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let below_space = w.wrapping_sub(ONES * 0x20) & !w;
    let (quote, backslash) = (w ^ (ONES * b'"' as u64), w ^ (ONES * b'\\' as u64));
    let quote = quote.wrapping_sub(ONES) & !quote;
    let backslash = backslash.wrapping_sub(ONES) & !backslash;
    (below_space | quote | backslash) & HIGH != 0
}

impl Json for String {
    fn write(&self, out: &mut Vec<u8>) {
        string(out, self);
    }
}

impl Json for bool {
    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(if *self { b"true" } else { b"false" });
    }
}

/// Appends the decimal digits of `n`, through `itoa` (as `serde_json` writes them).
#[inline(always)]
pub fn uint(out: &mut Vec<u8>, n: u64) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// Integers ([`uint`]).
macro_rules! json_int {
    ($($t:ty),*) => {$(
        impl Json for $t {
            fn write(&self, out: &mut Vec<u8>) {
                uint(out, u64::from(*self));
            }
        }
    )*};
}
json_int!(u16, u32, u64);

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

impl<T: Json> Json for Vec<T> {
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

impl<A: Json, B: Json> Json for (A, B) {
    fn write(&self, out: &mut Vec<u8>) {
        out.push(b'[');
        self.0.write(out);
        out.push(b',');
        self.1.write(out);
        out.push(b']');
    }
}

impl Json for serde_json::Value {
    fn write(&self, out: &mut Vec<u8>) {
        let _ = serde_json::to_writer(&mut *out, self);
    }
}

/// Writes the members of a JSON object, `"key":value`, each after `lead` (`{` to open the
/// object, `,` after the first member); as a [`RowVisitor`], a row's fields in field order
/// (the order serde writes them).
struct Members<'o> {
    out: &'o mut Vec<u8>,
    lead: u8,
}

impl<'o> Members<'o> {
    /// Opens an object in `out`.
    fn open(out: &'o mut Vec<u8>) -> Self {
        Members { out, lead: b'{' }
    }

    #[inline(always)]
    fn key(&mut self, name: &str) {
        self.out.push(self.lead);
        self.out.push(b'"');
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(b"\":");
        self.lead = b',';
    }

    /// Writes `"name":value`.
    fn member<T: Json + ?Sized>(&mut self, name: &str, value: &T) {
        self.key(name);
        value.write(self.out);
    }

    /// Writes `"name":[rows…]`, the rows those that `each` hands to its callback.
    /// `spill` gets the buffer after a row when it holds [`SPILL_AT`] bytes or more.
    fn array<R: Row>(&mut self, name: &str, spill: Spill<'_>, each: impl FnOnce(&mut dyn FnMut(&R))) {
        self.key(name);
        let out = &mut *self.out;
        out.push(b'[');
        let mut first = true;
        each(&mut |r: &R| {
            if !std::mem::take(&mut first) {
                out.push(b',');
            }
            row(out, None, r);
            if out.len() >= SPILL_AT {
                spill(out);
            }
        });
        out.push(b']');
    }

    /// Closes the object (`{}` when it has no member).
    fn close(self) {
        if self.lead == b'{' {
            self.out.push(b'{');
        }
        self.out.push(b'}');
    }
}

impl RowVisitor for Members<'_> {
    #[inline(always)]
    fn int(&mut self, name: &'static str, value: u64) {
        self.key(name);
        uint(self.out, value);
    }

    #[inline(always)]
    fn float(&mut self, name: &'static str, value: f64) {
        self.member(name, &value);
    }

    #[inline(always)]
    fn str(&mut self, name: &'static str, value: &str) {
        self.key(name);
        string(self.out, value);
    }

    #[inline(always)]
    fn bool(&mut self, name: &'static str, value: bool) {
        self.member(name, &value);
    }

    #[inline(always)]
    fn null(&mut self, name: &'static str) {
        self.key(name);
        self.out.extend_from_slice(b"null");
    }

    fn json(&mut self, name: &'static str, value: &JsonValue) {
        self.key(name);
        json_value(self.out, value);
    }
}

/// Writes a [`JsonValue`] as compact JSON, its strings escaped as [`string`] escapes them.
fn json_value(out: &mut Vec<u8>, value: &JsonValue) {
    match value {
        JsonValue::Str(s) => string(out, s),
        JsonValue::Int(n) => out.extend_from_slice(itoa::Buffer::new().format(*n).as_bytes()),
        JsonValue::List(items) => {
            out.push(b'[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                json_value(out, v);
            }
            out.push(b']');
        }
        JsonValue::Object(members) => {
            let mut m = Members::open(out);
            for (k, v) in members {
                m.key(k);
                json_value(m.out, v);
            }
            m.close();
        }
        _ => out.extend_from_slice(b"null"),
    }
}

/// Writes `row` as a JSON object: its fields in order, after `"doc": id` when `doc` is given
/// (rows of several documents).
pub fn row<R: Row>(out: &mut Vec<u8>, doc: Option<&serde_json::Value>, row: &R) {
    let mut m = Members::open(out);
    if let Some(id) = doc {
        m.member("doc", id);
    }
    row.visit(&mut m);
    m.close();
}

/// Writes the whole document as a JSON object (what serde writes for its [`DocumentView`]),
/// after `"doc": id` when `doc` is given. The rows are written as they are built
/// ([`DocumentRows`]): no row table of the document is held.
/// `spill` gets the buffer after a row when it holds [`SPILL_AT`] bytes or more.
pub fn document(
    out: &mut Vec<u8>,
    doc: Option<&serde_json::Value>,
    rows: &DocumentRows<'_>,
    title: Option<&str>,
    spill: Spill<'_>,
) {
    let mut m = Members::open(out);
    if let Some(id) = doc {
        m.member("doc", id);
    }
    m.key("title");
    match title {
        Some(t) => string(m.out, t),
        None => m.out.extend_from_slice(b"null"),
    }
    m.member("title_chars", &rows.title_chars());
    m.member("char_len", &rows.char_len());
    m.array("nodes", spill, |f| rows.outline(f));
    m.array("quantities", spill, |f| rows.quantities(f));
    m.array("noise", spill, |f| rows.noise(f));
    m.array("diagnostics", spill, |f| rows.diagnostics(f));
    m.array("elements", spill, |f| rows.elements().iter().for_each(f));
    m.key("enclosed_titles");
    m.out.push(b'[');
    for (i, (tree, title)) in rows.enclosed_titles().enumerate() {
        if i > 0 {
            m.out.push(b',');
        }
        (tree, title.into_owned()).write(m.out);
    }
    m.out.push(b']');
    m.close();
}

/// Lays compact JSON out as `serde_json`'s pretty printer does (a member or element a
/// line, two spaces a level, `": "` after a key, `{}` and `[]` when empty), a piece at a
/// time: the single document of `parse --format json` is written compact, row by row, and
/// re-indented on its way out, so that a large document's JSON is never held whole.
#[derive(Debug, Default)]
pub struct Indent {
    depth: usize,
    /// Inside a string: copy up to its closing quote.
    in_string: bool,
    /// Inside a string, right after a backslash.
    escaped: bool,
    /// Right after `{` or `[`: the next byte says whether it is empty.
    opened: bool,
}

impl Indent {
    /// Appends the pretty form of the next piece of compact JSON to `out`.
    pub fn feed(&mut self, mut compact: &[u8], out: &mut Vec<u8>) {
        out.reserve(compact.len() + compact.len() / 4);
        while let Some((&b, rest)) = compact.split_first() {
            if self.in_string {
                if self.escaped {
                    self.escaped = false;
                    out.push(b);
                    compact = rest;
                    continue;
                }
                let run = memchr::memchr2(b'"', b'\\', compact).unwrap_or(compact.len());
                let (plain, rest) = compact.split_at(run);
                out.extend_from_slice(plain);
                if let Some((&end, rest)) = rest.split_first() {
                    out.push(end);
                    self.escaped = end == b'\\';
                    self.in_string = end == b'\\';
                    compact = rest;
                } else {
                    compact = rest;
                }
                continue;
            }
            compact = rest;
            if std::mem::take(&mut self.opened) {
                if matches!(b, b'}' | b']') {
                    self.depth = self.depth.saturating_sub(1);
                    out.push(b);
                    continue;
                }
                self.newline(out);
            }
            match b {
                b'{' | b'[' => {
                    out.push(b);
                    self.depth += 1;
                    self.opened = true;
                }
                b'}' | b']' => {
                    self.depth = self.depth.saturating_sub(1);
                    self.newline(out);
                    out.push(b);
                }
                b',' => {
                    out.push(b);
                    self.newline(out);
                }
                b':' => out.extend_from_slice(b": "),
                b'"' => {
                    out.push(b);
                    self.in_string = true;
                }
                _ => out.push(b),
            }
        }
    }

    /// A line break and the current level's indent.
    fn newline(&self, out: &mut Vec<u8>) {
        out.push(b'\n');
        for _ in 0..self.depth {
            out.extend_from_slice(b"  ");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    /// `ours` (the writer's bytes for `value`, with a `doc` key when `with_doc`) against
    /// serde_json's bytes for the same value.
    fn same_as_serde<T: Serialize>(value: &T, write: impl Fn(&mut Vec<u8>, Option<&serde_json::Value>)) {
        let mut ours = Vec::new();
        write(&mut ours, None);
        let theirs = serde_json::to_vec(value).unwrap_or_default();
        assert_eq!(String::from_utf8_lossy(&ours), String::from_utf8_lossy(&theirs));
        let id = serde_json::json!({"id": "a\"b", "n": 3});
        let mut with_doc = Vec::new();
        write(&mut with_doc, Some(&id));
        let mut expected = serde_json::Map::new();
        expected.insert("doc".into(), id);
        if let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(value) {
            expected.extend(fields);
        }
        let parsed: serde_json::Value = serde_json::from_slice(&with_doc).unwrap_or_default();
        assert_eq!(parsed, serde_json::Value::Object(expected));
        assert!(with_doc.starts_with(br#"{"doc":{"#), "doc comes first");
    }

    /// The keys of a JSON object, in the order written.
    struct Keys(Vec<String>);

    impl<'de> serde::Deserialize<'de> for Keys {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V;
            impl<'de> serde::de::Visitor<'de> for V {
                type Value = Keys;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("an object")
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Keys, A::Error> {
                    let mut keys = Vec::new();
                    while let Some((k, _)) = map.next_entry::<String, serde::de::IgnoredAny>()? {
                        keys.push(k);
                    }
                    Ok(Keys(keys))
                }
            }
            d.deserialize_map(V)
        }
    }

    fn keys(json: &[u8]) -> Vec<String> {
        serde_json::from_slice::<Keys>(json).map(|k| k.0).unwrap_or_default()
    }

    /// A row's bytes against serde_json's, and the keys both write against its field table.
    fn same<R: Row + Serialize>(r: &R) {
        same_as_serde(r, |out, doc| row(out, doc, r));
        let mut ours = Vec::new();
        row(&mut ours, None, r);
        let fields: Vec<&str> = R::FIELDS.iter().map(|f| f.name).collect();
        assert_eq!(keys(&ours), fields, "the writer's keys are the fields, in order");
        assert_eq!(keys(&serde_json::to_vec(r).unwrap_or_default()), fields, "serde's keys are the fields, in order");
    }

    fn documents() -> Vec<String> {
        let mut texts = vec![
            String::new(),
            "关于印发\t“工作要点”的通知\n一、总体要求\r\n（一）目标。新建学校3所、幼儿园5-8所，覆盖率达到95%以上。\n"
                .to_owned(),
            "第一章 总则\n第一条【目的】 为了规范\"管理\"\\，制定本办法。\n第二条 每年投入不少于2.5亿元。\n".to_owned(),
            "控制\u{0}字符\u{1}与\u{1f}\u{7f}和\u{8}\u{c}\n1/3 一、甲\n二、乙\n四、丁 2019年-2020年\n".to_owned(),
            "一、目标\n到2025年，确保覆盖率由40%提高到60%，每年投入约3至5亿元。\n".to_owned(),
            "一、总则\n本办法所称单位。\n- 1 -\n二、附则\n本办法自发布之日起施行。\n- 2 -\n".to_owned(),
            "关于做好\"防汛\"工作的通知\n国办函〔2005〕57号\n各省、自治区人民政府：\n请按照《国务院关于加强防汛工作的意见》（国发〔2004〕3号）执行。\n附件：1.防汛名单\n2.联系表\n国务院办公厅\n二〇〇五年六月十一日\n（此件公开发布）\n".to_owned(),
            "第一条 为了规范管理，制定本法。\n前款规定的事项。\n第二条 违反本法第一条第二款规定的，依照刑法第十条处理；第九条另有规定。\n".to_owned(),
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

    /// The names of the fields a row gives a value (not null).
    #[derive(Default)]
    struct Valued(std::collections::BTreeSet<&'static str>);

    impl RowVisitor for Valued {
        fn int(&mut self, name: &'static str, _: u64) {
            self.0.insert(name);
        }
        fn float(&mut self, name: &'static str, _: f64) {
            self.0.insert(name);
        }
        fn str(&mut self, name: &'static str, _: &str) {
            self.0.insert(name);
        }
        fn bool(&mut self, name: &'static str, _: bool) {
            self.0.insert(name);
        }
        fn null(&mut self, _: &'static str) {}
    }

    /// Checks every row of `rows` against serde; returns the fields some row gives a value.
    fn check_rows<R: Row + Serialize>(rows: &[R], valued: &mut Valued) {
        for r in rows {
            same(r);
            r.visit(valued);
        }
    }

    /// Asserts that every field of `R` was written with a value somewhere.
    fn all_valued<R: Row>(valued: &Valued) {
        let missing: Vec<&str> = R::FIELDS.iter().map(|f| f.name).filter(|n| !valued.0.contains(n)).collect();
        assert!(missing.is_empty(), "no test row has a value for {missing:?}");
    }

    #[test]
    fn rows_are_what_serde_json_writes() {
        let (mut nodes, mut quantities, mut noise, mut diagnostics) = Default::default();
        let (mut elements, mut references) = (Valued::default(), Valued::default());
        for text in documents() {
            let doc = gongwen::parse(&text);
            let view = gongwen::export::DocumentView::new(&doc);
            let rows = DocumentRows::new(&doc);
            same_as_serde(&view, |out, id| document(out, id, &rows, doc.title_line().as_deref(), &mut |_| {}));
            check_rows(&view.nodes, &mut nodes);
            check_rows(&view.quantities, &mut quantities);
            check_rows(&view.noise, &mut noise);
            check_rows(&view.diagnostics, &mut diagnostics);
            check_rows(&view.elements, &mut elements);
            check_rows(&gongwen::export::reference_rows(&doc), &mut references);
        }
        all_valued::<gongwen::export::OutlineRow>(&nodes);
        all_valued::<gongwen::export::QuantityRow>(&quantities);
        all_valued::<gongwen::export::NoiseRow>(&noise);
        all_valued::<gongwen::export::DiagnosticRow>(&diagnostics);
        all_valued::<gongwen::export::ElementRow>(&elements);
        all_valued::<gongwen::export::ReferenceRow>(&references);
    }

    #[test]
    fn indent_lays_out_compact_json_as_serde_json_pretty_does() {
        let tricky = serde_json::json!({
            "empty": {}, "none": [], "nested": [[], {}, [1, [2, {"a": null}]], {"b": {"c": []}}],
            "s": "a \"quoted\" , : { } [ ] \\ back\\\"slash\n\t\u{1}\u{7f} 一、（二）",
            "n": [-1.5e-7, 0, 3.25, true, false, null], "": ""
        });
        let mut values = vec![tricky, serde_json::json!({}), serde_json::json!([])];
        for text in documents() {
            let doc = gongwen::parse(&text);
            values.push(serde_json::to_value(gongwen::export::DocumentView::new(&doc)).expect("a value"));
        }
        for value in values {
            let compact = serde_json::to_vec(&value).expect("compact");
            let pretty = serde_json::to_vec_pretty(&value).expect("pretty");
            let mut whole = Vec::new();
            Indent::default().feed(&compact, &mut whole);
            assert_eq!(String::from_utf8_lossy(&whole), String::from_utf8_lossy(&pretty));
            // Fed in pieces cut anywhere (inside strings, escapes, between `{` and `}`).
            for step in [1, 2, 3, 7, 64] {
                let (mut indent, mut out) = (Indent::default(), Vec::new());
                compact.chunks(step).for_each(|piece| indent.feed(piece, &mut out));
                assert!(out == pretty, "pieces of {step}");
            }
        }
    }

    #[test]
    fn any_escape_and_plain_len_find_every_byte_that_needs_escaping() {
        for len in 0..40 {
            for at in 0..len {
                for b in [0u8, 0x1F, 0x20, b'"', b'\\', b'a', 0x80, 0xE4] {
                    let mut bytes = "一".repeat(len).into_bytes();
                    bytes.truncate(len);
                    if let Some(slot) = bytes.get_mut(at) {
                        *slot = b;
                    }
                    let first = bytes.iter().position(|&c| c < 0x20 || c == b'"' || c == b'\\');
                    assert_eq!(any_escape(&bytes), first.is_some(), "{bytes:?}");
                    assert_eq!(any_escape_short(&bytes), first.is_some(), "{bytes:?}");
                    assert_eq!(plain_len(&bytes), first.unwrap_or(len), "{bytes:?}");
                }
            }
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
