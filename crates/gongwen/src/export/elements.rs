//! Element and reference rows (`gongwen elements`, `gongwen references`), whose `value` is a
//! small JSON value ([`JsonValue`]): an object, a list, an ISO date or a string
//! (docs/fields.md).

use super::{CharIndex, ElementRow, ReferenceRow};
use crate::document::Document;
use crate::model::{DocNumber, ElementValue, Provision, Target};

/// A JSON value, as the `value` of a row: what [`ElementValue`] and [`Target`] become in the
/// flat exports.
///
/// ```
/// use gongwen::export::JsonValue;
/// let v = JsonValue::Object(vec![("agency", JsonValue::Str("国发".into())), ("year", JsonValue::Int(2019))]);
/// assert_eq!(v.to_json(), r#"{"agency":"国发","year":2019}"#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum JsonValue {
    /// `null`.
    Null,
    /// A whole number.
    Int(i64),
    /// A string.
    Str(String),
    /// A list.
    List(Vec<JsonValue>),
    /// An object, its keys in order.
    Object(Vec<(&'static str, JsonValue)>),
}

impl JsonValue {
    /// The compact JSON of the value (what `serde_json::to_string` writes for it).
    ///
    /// ```
    /// use gongwen::export::JsonValue;
    /// assert_eq!(JsonValue::List(vec![JsonValue::Str("a\"b".into()), JsonValue::Null]).to_json(), r#"["a\"b",null]"#);
    /// ```
    #[must_use]
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        let _ = self.write_json(&mut out);
        out
    }

    /// Writes the compact JSON of the value to `out` (what [`JsonValue::to_json`] returns),
    /// without a string of its own: a column builder appends it in place.
    ///
    /// ```
    /// use gongwen::export::JsonValue;
    /// let mut out = String::from("value=");
    /// JsonValue::Object(vec![("year", JsonValue::Int(2019))]).write_json(&mut out).unwrap();
    /// assert_eq!(out, r#"value={"year":2019}"#);
    /// ```
    ///
    /// # Errors
    /// The errors of `out` (writing to a `String` never fails).
    pub fn write_json<W: std::fmt::Write + ?Sized>(&self, out: &mut W) -> std::fmt::Result {
        match self {
            JsonValue::Null => out.write_str("null"),
            JsonValue::Int(n) => write!(out, "{n}"),
            JsonValue::Str(s) => json_string(out, s),
            JsonValue::List(items) => {
                out.write_char('[')?;
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.write_char(',')?;
                    }
                    v.write_json(out)?;
                }
                out.write_char(']')
            }
            JsonValue::Object(members) => {
                out.write_char('{')?;
                for (i, (k, v)) in members.iter().enumerate() {
                    if i > 0 {
                        out.write_char(',')?;
                    }
                    json_string(out, k)?;
                    out.write_char(':')?;
                    v.write_json(out)?;
                }
                out.write_char('}')
            }
        }
    }

    /// The text of a [`JsonValue::Str`].
    ///
    /// ```
    /// assert_eq!(gongwen::export::JsonValue::Str("2019-01-22".into()).as_str(), Some("2019-01-22"));
    /// ```
    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            JsonValue::Str(s) => Some(s),
            _ => None,
        }
    }
}

/// Appends `s` as a JSON string, escaped as `serde_json` escapes it.
fn json_string<W: std::fmt::Write + ?Sized>(out: &mut W, s: &str) -> std::fmt::Result {
    out.write_char('"')?;
    // Runs of characters that need no escape are written whole.
    let mut from = 0;
    for (i, c) in s.char_indices() {
        let escape = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\u{8}' => "\\b",
            '\u{c}' => "\\f",
            c if (c as u32) < 0x20 => "",
            _ => continue,
        };
        out.write_str(s.get(from..i).unwrap_or_default())?;
        if escape.is_empty() {
            write!(out, "\\u{:04x}", c as u32)?;
        } else {
            out.write_str(escape)?;
        }
        from = i + c.len_utf8();
    }
    out.write_str(s.get(from..).unwrap_or_default())?;
    out.write_char('"')
}

#[cfg(feature = "serde")]
impl serde::Serialize for JsonValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self {
            JsonValue::Null => s.serialize_none(),
            JsonValue::Int(n) => s.serialize_i64(*n),
            JsonValue::Str(v) => s.serialize_str(v),
            JsonValue::List(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for v in items {
                    seq.serialize_element(v)?;
                }
                seq.end()
            }
            JsonValue::Object(members) => {
                let mut map = s.serialize_map(Some(members.len()))?;
                for (k, v) in members {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

fn opt_int(n: Option<u32>) -> JsonValue {
    n.map_or(JsonValue::Null, |n| JsonValue::Int(i64::from(n)))
}

impl From<&DocNumber> for JsonValue {
    fn from(n: &DocNumber) -> JsonValue {
        JsonValue::Object(vec![
            ("agency", JsonValue::Str(n.agency.clone())),
            ("year", JsonValue::Int(i64::from(n.year))),
            ("number", JsonValue::Int(i64::from(n.number))),
        ])
    }
}

impl From<&ElementValue> for JsonValue {
    /// As docs/annotation.md writes element values: a string, a list of strings, an ISO date, a
    /// `{agency, year, number}` object, a list of `{number, name}` objects.
    fn from(v: &ElementValue) -> JsonValue {
        match v {
            ElementValue::Text(s) => JsonValue::Str(s.clone()),
            ElementValue::Names(names) => JsonValue::List(names.iter().map(|n| JsonValue::Str(n.clone())).collect()),
            ElementValue::Date(d) => JsonValue::Str(d.to_string()),
            ElementValue::DocNumber(n) => JsonValue::from(n),
            ElementValue::Attachments(items) => JsonValue::List(
                items
                    .iter()
                    .map(|a| {
                        JsonValue::Object(vec![("number", opt_int(a.number)), ("name", JsonValue::Str(a.name.clone()))])
                    })
                    .collect(),
            ),
        }
    }
}

fn provision_members(p: &Provision, out: &mut Vec<(&'static str, JsonValue)>) {
    out.push(("article", opt_int(p.article)));
    out.push(("sub", opt_int(p.sub)));
    out.push(("paragraph", opt_int(p.paragraph)));
    out.push(("item", opt_int(p.item)));
}

impl From<&Target> for JsonValue {
    /// `{title, doc_number}` for a cited document; `{article, sub, paragraph, item}` for a
    /// provision of this document; `{law, article, sub, paragraph, item}` for one of another.
    fn from(t: &Target) -> JsonValue {
        let mut members = Vec::new();
        match t {
            Target::Document { title, doc_number } => {
                members.push(("title", JsonValue::Str(title.clone())));
                members.push(("doc_number", doc_number.as_ref().map_or(JsonValue::Null, JsonValue::from)));
            }
            Target::Internal(p) => provision_members(p, &mut members),
            Target::External { law, provision } => {
                members.push(("law", law.as_ref().map_or(JsonValue::Null, |l| JsonValue::Str(l.clone()))));
                provision_members(provision, &mut members);
            }
        }
        JsonValue::Object(members)
    }
}

/// The elements of `doc` as flat rows, in document order.
///
/// ```
/// assert!(gongwen::export::element_rows(&gongwen::parse("")).is_empty());
/// ```
#[must_use]
pub fn element_rows(doc: &Document<'_>) -> Vec<ElementRow> {
    element_rows_with(doc, &CharIndex::new(doc.text()))
}

/// [`element_rows`] with a character index already built for `doc`'s text.
pub(super) fn element_rows_with(doc: &Document<'_>, idx: &CharIndex<'_>) -> Vec<ElementRow> {
    doc.elements()
        .map(|e| {
            let (char_start, char_end) = idx.char_range(e.span);
            ElementRow {
                element: e.kind.as_str(),
                char_start,
                char_end,
                byte_start: e.span.start,
                byte_end: e.span.end,
                text: e.span.slice(doc.text()).to_owned(),
                value: JsonValue::from(&e.value),
            }
        })
        .collect()
}

/// The references of `doc` as flat rows, in document order.
///
/// ```
/// let doc = gongwen::parse("根据《中华人民共和国安全生产法》，制定本办法。\n");
/// let rows = gongwen::export::reference_rows(&doc);
/// assert_eq!(rows[0].value.to_json(), r#"{"title":"中华人民共和国安全生产法","doc_number":null}"#);
/// ```
#[must_use]
pub fn reference_rows(doc: &Document<'_>) -> Vec<ReferenceRow> {
    let idx = CharIndex::new(doc.text());
    doc.references()
        .map(|r| {
            let (char_start, char_end) = idx.char_range(r.span);
            ReferenceRow {
                reference: r.target.kind_str(),
                char_start,
                char_end,
                byte_start: r.span.start,
                byte_end: r.span.end,
                text: r.span.slice(doc.text()).to_owned(),
                value: JsonValue::from(&r.target),
                node: r.node.map(crate::NodeId::index),
            }
        })
        .collect()
}
