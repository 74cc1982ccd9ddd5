//! Row schemas: every flat row type is declared once, and every writer reads it from there.
//!
//! A row type's fields (name, Rust type, doc, and whether the value is the index of an
//! outline row) are listed once, in a field-list macro of [`super::rows`]
//! ([`crate::outline_row_fields!`] …). That list generates the struct (with serde's derive),
//! its [`Row::FIELDS`] table and its [`Row::visit`] method, and the Python bindings read the
//! same list to generate their attributes. The writers are [`RowVisitor`]s: the CLI's JSON
//! and CSV writers, the Python attributes and frame columns — so the same row has the same
//! fields, in the same order, everywhere.

/// The type of a field's value, as writers and tables see it.
///
/// ```
/// use gongwen::export::{FieldType, Row, QuantityRow};
/// let value = QuantityRow::FIELDS.iter().find(|f| f.name == "value").map(|f| f.ty);
/// assert_eq!(value, Some(FieldType::OptFloat));
/// assert_eq!(FieldType::OptFloat.as_str(), "float?");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FieldType {
    /// A non-negative integer.
    Int,
    /// A non-negative integer or null.
    OptInt,
    /// A number.
    Float,
    /// A number or null.
    OptFloat,
    /// A string.
    Str,
    /// A string or null.
    OptStr,
    /// A boolean.
    Bool,
    /// A JSON value ([`super::JsonValue`]): an object, a list, a string or null (the `value`
    /// of element and reference rows).
    Json,
}

impl FieldType {
    /// The short name tables use: `int`, `int?`, `float`, `float?`, `str`, `str?`, `bool`
    /// (`?` for a value that may be null).
    ///
    /// ```
    /// assert_eq!(gongwen::export::FieldType::OptInt.as_str(), "int?");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            FieldType::Int => "int",
            FieldType::OptInt => "int?",
            FieldType::Float => "float",
            FieldType::OptFloat => "float?",
            FieldType::Str => "str",
            FieldType::OptStr => "str?",
            FieldType::Bool => "bool",
            FieldType::Json => "json",
        }
    }

    /// True when the value may be null.
    ///
    /// ```
    /// assert!(gongwen::export::FieldType::OptStr.nullable());
    /// assert!(!gongwen::export::FieldType::Bool.nullable());
    /// ```
    #[must_use]
    pub const fn nullable(self) -> bool {
        matches!(self, FieldType::OptInt | FieldType::OptFloat | FieldType::OptStr)
    }
}

/// What an index field points at (the Python bindings give the object instead of the index).
///
/// ```
/// use gongwen::export::{Link, OutlineRow, Row};
/// let parent = OutlineRow::FIELDS.iter().find(|f| f.name == "parent").and_then(|f| f.link);
/// assert_eq!(parent, Some(Link::Outline));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Link {
    /// The index of an outline row ([`super::OutlineRow::index`]).
    Outline,
}

/// One field of a row type: what [`Row::FIELDS`] lists.
///
/// ```
/// use gongwen::export::{OutlineRow, Row};
/// let first = OutlineRow::FIELDS.first().map(|f| f.name);
/// assert_eq!(first, Some("index"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Field {
    /// The field's name: the JSON key, the CSV column, the Python attribute and frame column.
    pub name: &'static str,
    /// The type of its value.
    pub ty: FieldType,
    /// What the value is the index of, when it is one.
    pub link: Option<Link>,
    /// Its documentation (the field's doc comment, one line per comment line).
    pub doc: &'static str,
}

/// A flat row type: its fields, and a walk over one row's values in field order.
///
/// ```
/// use gongwen::export::{Row, RowVisitor};
/// /// Collects the names of the null values of a row.
/// struct Nulls(Vec<&'static str>);
/// impl RowVisitor for Nulls {
///     fn int(&mut self, _: &'static str, _: u64) {}
///     fn float(&mut self, _: &'static str, _: f64) {}
///     fn str(&mut self, _: &'static str, _: &str) {}
///     fn bool(&mut self, _: &'static str, _: bool) {}
///     fn null(&mut self, name: &'static str) { self.0.push(name) }
/// }
/// let doc = gongwen::parse("一、总则\n");
/// let row = &gongwen::export::outline_rows(&doc)[0];
/// let mut nulls = Nulls(Vec::new());
/// row.visit(&mut nulls);
/// assert_eq!(nulls.0, ["parent"]);
/// ```
pub trait Row {
    /// The fields, in the order [`Row::visit`] visits them (and serde writes them).
    const FIELDS: &'static [Field];

    /// Calls `visitor` once per field, in the order of [`Row::FIELDS`].
    fn visit<V: RowVisitor + ?Sized>(&self, visitor: &mut V);
}

/// Receives the values of a row, one call per field, in field order ([`Row::visit`]).
///
/// Integers come as `u64` whatever their width in the row; a null value (an optional field
/// that is `None`) comes to [`RowVisitor::null`]. The `opt_*` methods have defaults that
/// do exactly that.
///
/// ```
/// use gongwen::export::{Row, RowVisitor};
/// /// Writes `name=value` pairs.
/// struct Pairs(String);
/// impl RowVisitor for Pairs {
///     fn int(&mut self, name: &'static str, v: u64) { self.0 += &format!("{name}={v} ") }
///     fn float(&mut self, name: &'static str, v: f64) { self.0 += &format!("{name}={v} ") }
///     fn str(&mut self, name: &'static str, v: &str) { self.0 += &format!("{name}={v} ") }
///     fn bool(&mut self, name: &'static str, v: bool) { self.0 += &format!("{name}={v} ") }
///     fn null(&mut self, _: &'static str) {}
/// }
/// let doc = gongwen::parse("新建幼儿园8所。\n");
/// let mut pairs = Pairs(String::new());
/// gongwen::export::quantity_rows(&doc)[0].visit(&mut pairs);
/// assert!(pairs.0.starts_with("char_start=5 char_end=7 byte_start=15 byte_end=19 text=8所 value=8 "));
/// ```
pub trait RowVisitor {
    /// An integer field.
    fn int(&mut self, name: &'static str, value: u64);
    /// A number field.
    fn float(&mut self, name: &'static str, value: f64);
    /// A string field.
    fn str(&mut self, name: &'static str, value: &str);
    /// A boolean field.
    fn bool(&mut self, name: &'static str, value: bool);
    /// An optional field that is null.
    fn null(&mut self, name: &'static str);

    /// An optional integer field: [`RowVisitor::int`] or [`RowVisitor::null`].
    #[inline(always)]
    fn opt_int(&mut self, name: &'static str, value: Option<u64>) {
        match value {
            Some(v) => self.int(name, v),
            None => self.null(name),
        }
    }

    /// An optional number field: [`RowVisitor::float`] or [`RowVisitor::null`].
    #[inline(always)]
    fn opt_float(&mut self, name: &'static str, value: Option<f64>) {
        match value {
            Some(v) => self.float(name, v),
            None => self.null(name),
        }
    }

    /// An optional string field: [`RowVisitor::str`] or [`RowVisitor::null`].
    #[inline(always)]
    fn opt_str(&mut self, name: &'static str, value: Option<&str>) {
        match value {
            Some(v) => self.str(name, v),
            None => self.null(name),
        }
    }

    /// A JSON field. By default a string stays a string, null stays null, and an object or a
    /// list is given as its compact JSON text ([`super::JsonValue::to_json`]); writers that
    /// nest values (JSON, Python) take it whole.
    fn json(&mut self, name: &'static str, value: &super::JsonValue) {
        match value {
            super::JsonValue::Str(s) => self.str(name, s),
            super::JsonValue::Null => self.null(name),
            other => self.str(name, &other.to_json()),
        }
    }
}

/// A Rust type a row field may have: its [`FieldType`] and the visitor call for a value.
pub(crate) trait Value {
    /// The field type of this Rust type.
    const TYPE: FieldType;
    /// Hands the value to `v` as field `name`.
    fn visit<V: RowVisitor + ?Sized>(&self, name: &'static str, v: &mut V);
}

/// Implements [`Value`] for each Rust type of the table: its [`FieldType`] and the visitor
/// call for a value (`|value, name, visitor| call`).
macro_rules! values {
    ($($t:ty => $field_type:ident, |$value:ident, $name:ident, $v:ident| $call:expr;)+) => {$(
        impl Value for $t {
            const TYPE: FieldType = FieldType::$field_type;
            #[inline(always)]
            fn visit<V: RowVisitor + ?Sized>(&self, $name: &'static str, $v: &mut V) {
                let $value = self;
                $call
            }
        }
    )+};
}

// The Rust types a row field may have. Integers of every width are visited as `u64`.
values! {
    u16 => Int, |x, name, v| v.int(name, u64::from(*x));
    u32 => Int, |x, name, v| v.int(name, u64::from(*x));
    usize => Int, |x, name, v| v.int(name, *x as u64);
    Option<u16> => OptInt, |x, name, v| v.opt_int(name, x.map(u64::from));
    Option<u32> => OptInt, |x, name, v| v.opt_int(name, x.map(u64::from));
    Option<usize> => OptInt, |x, name, v| v.opt_int(name, x.map(|n| n as u64));
    f64 => Float, |x, name, v| v.float(name, *x);
    Option<f64> => OptFloat, |x, name, v| v.opt_float(name, *x);
    String => Str, |x, name, v| v.str(name, x);
    &'static str => Str, |x, name, v| v.str(name, x);
    Option<String> => OptStr, |x, name, v| v.opt_str(name, x.as_deref());
    Option<&'static str> => OptStr, |x, name, v| v.opt_str(name, *x);
    bool => Bool, |x, name, v| v.bool(name, *x);
    super::JsonValue => Json, |x, name, v| v.json(name, x);
}

/// The link of a field: the one given after `=>` in its field list, or none.
pub(crate) const fn link_of(given: &[Link]) -> Option<Link> {
    match given {
        [link, ..] => Some(*link),
        [] => None,
    }
}

/// Defines a row struct from its field list: the struct (serde's `Serialize` derived, fields
/// in list order), its [`Row::FIELDS`] and [`Row::visit`]. Invoked as the callback of a
/// field-list macro: `crate::outline_row_fields!(define_row! { /** docs */ OutlineRow })`.
macro_rules! define_row {
    (
        $(#[$meta:meta])*
        $row:ident
        $( $(#[doc = $doc:literal])* $field:ident : $ty:ty $(=> $link:ident)? ),+ $(,)?
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize))]
        #[non_exhaustive]
        pub struct $row {
            $( $(#[doc = $doc])* pub $field: $ty, )+
        }

        impl $crate::export::Row for $row {
            const FIELDS: &'static [$crate::export::Field] = &[$(
                $crate::export::Field {
                    name: stringify!($field),
                    ty: <$ty as $crate::export::schema::Value>::TYPE,
                    link: $crate::export::schema::link_of(&[$($crate::export::Link::$link)?]),
                    doc: concat!($($doc, "\n"),*),
                },
            )+];

            #[inline]
            fn visit<V: $crate::export::RowVisitor + ?Sized>(&self, visitor: &mut V) {
                $( $crate::export::schema::Value::visit(&self.$field, stringify!($field), visitor); )+
            }
        }
    };
}
pub(crate) use define_row;
