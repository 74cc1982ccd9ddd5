//! Corpora in JSON Lines: one JSON object a line, the text in one field. Decoding (only the
//! wanted field is materialised) and parsing run together, in parallel, without the GIL.

use crate::batch;
use crate::document::Document;
use crate::errors::{self, Origin};
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use std::fmt;

/// Reads the string field `text` and the field `id` of one JSON object, skipping every other
/// value.
struct Fields<'f> {
    text: &'f str,
    id: &'f str,
}

/// The two values of a record that matter: its text and its id (a string as is, another JSON
/// value as its JSON text, `null` or missing as `None`).
type Record = (Option<String>, Option<String>);

impl<'de> DeserializeSeed<'de> for Fields<'_> {
    type Value = Record;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Fields<'_> {
    type Value = Record;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut text, mut id) = (None, None);
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if key == self.text && text.is_none() {
                text = Some(map.next_value::<String>()?);
            } else if key == self.id && id.is_none() {
                id = match map.next_value::<serde_json::Value>()? {
                    serde_json::Value::Null => None,
                    serde_json::Value::String(s) => Some(s),
                    other => Some(other.to_string()),
                };
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok((text, id))
    }
}

fn record_of(line: &str, fields: Fields<'_>) -> Result<(String, Option<String>), String> {
    let field = fields.text;
    let mut de = serde_json::Deserializer::from_str(line);
    let (text, id) = fields.deserialize(&mut de).map_err(|e| format!("invalid JSON record: {e}"))?;
    de.end().map_err(|e| format!("invalid JSON record: {e}"))?;
    Ok((text.ok_or_else(|| format!("the record has no {field:?} field"))?, id))
}

/// Parses the documents of a JSON Lines file (`gongwen.read_jsonl` reads it): the text in
/// field `field`, the id in `id_field`. Blank lines are skipped; a bad line raises
/// `GongwenError` with the file and line number.
#[pyfunction]
#[pyo3(name = "_read_jsonl", signature = (data, *, path = None, field = "text", id_field = "id", threads = None))]
pub fn read_jsonl(
    py: Python<'_>,
    data: &Bound<'_, PyBytes>,
    path: Option<String>,
    field: &str,
    id_field: &str,
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
        record_of(line, Fields { text: field, id: id_field }).map(|(t, id)| (gongwen::parse(&t).into_owned(), id))
    })?;
    results
        .into_iter()
        .zip(numbers)
        .map(|(r, n)| {
            r.map(|(d, id)| Document::new(py, d, None).with_id(id)).map_err(|msg| errors::error(py, &origin(n), &msg))
        })
        .collect()
}
