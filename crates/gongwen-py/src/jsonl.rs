//! Corpora in JSON Lines: one JSON object a line, the text in one field. Decoding (only the
//! wanted field is materialised) and parsing run together, in parallel, without the GIL.

use crate::batch;
use crate::document::Document;
use crate::errors::{self, Origin};
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use std::fmt;

/// Reads the string field `field` of one JSON object, skipping every other value.
struct Field<'f>(&'f str);

impl<'de> DeserializeSeed<'de> for Field<'_> {
    type Value = Option<String>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Field<'_> {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut found = None;
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if key == self.0 && found.is_none() {
                found = Some(map.next_value::<String>()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(found)
    }
}

fn text_of(line: &str, field: &str) -> Result<String, String> {
    let mut de = serde_json::Deserializer::from_str(line);
    let found = Field(field).deserialize(&mut de).map_err(|e| format!("invalid JSON record: {e}"))?;
    de.end().map_err(|e| format!("invalid JSON record: {e}"))?;
    found.ok_or_else(|| format!("the record has no {field:?} field"))
}

/// Parses the documents of a JSON Lines file (`gongwen.read_jsonl` reads it). Blank lines are
/// skipped; a bad line raises `GongwenError` with the file and line number.
#[pyfunction]
#[pyo3(name = "_read_jsonl", signature = (data, *, path = None, field = "text", threads = None))]
pub fn read_jsonl(
    py: Python<'_>,
    data: &Bound<'_, PyBytes>,
    path: Option<String>,
    field: &str,
    threads: Option<usize>,
) -> PyResult<Vec<Document>> {
    let bytes = data.as_bytes();
    let origin = |line: usize| Origin { path: path.clone(), line: Some(line), ..Origin::default() };
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.valid_up_to();
            let line = bytes.get(..at).map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count()) + 1;
            return Err(errors::invalid_utf8(py, &origin(line), at));
        }
    };
    let lines: Vec<(usize, &str)> =
        text.split('\n').enumerate().filter(|(_, l)| !l.trim().is_empty()).map(|(i, l)| (i + 1, l)).collect();
    let numbers: Vec<usize> = lines.iter().map(|(n, _)| *n).collect();
    let results = batch::detach_map(py, lines, bytes.len(), threads, |(_, line)| {
        text_of(line, field).map(|t| gongwen::parse(&t).into_owned())
    })?;
    results
        .into_iter()
        .zip(numbers)
        .map(|(r, n)| r.map(|d| Document::new(py, d, None)).map_err(|msg| errors::error(py, &origin(n), &msg)))
        .collect()
}
