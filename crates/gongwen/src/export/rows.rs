//! The field lists of the flat row types: the one place a row's fields are written.
//!
//! Each list is a macro that hands its fields to another macro (`$then! { args… fields… }`):
//! here [`define_row`] makes the struct, its [`super::Row::FIELDS`] and
//! [`super::Row::visit`]; the Python bindings make their attributes from the same list.
//! A field is its doc comment, `name: Type` (a type [`super::schema`] knows: `u16`, `u32`,
//! `usize`, `f64`, `bool`, `String`, `&'static str`, or an `Option` of one of them), and
//! `=> Outline` after the type when the value is the index of an outline row. Fields keep
//! their order everywhere (JSON keys, CSV columns, frame columns): add new ones at the end.
//!
//! A new row type is a new list here, a `define_row!` call below, and the rows built in
//! [`super`].

use super::JsonValue;
use super::schema::define_row;

/// The fields of [`crate::export::OutlineRow`], handed to `$then!` after `args`.
///
/// Each field is its doc comment, `name: Type`, and `=> Outline` when the value is the
/// index of an outline row. The row struct, its [`Row::FIELDS`](crate::export::Row) and
/// the Python attributes are generated from this list.
///
/// ```
/// macro_rules! names {
///     ($($(#[doc = $d:literal])* $f:ident : $t:ty $(=> $l:ident)?),+ $(,)?) => { [$(stringify!($f)),+] };
/// }
/// let names = gongwen::outline_row_fields!(names! {});
/// assert_eq!(names[..3], ["index", "parent", "depth"]);
/// ```
#[macro_export]
macro_rules! outline_row_fields {
    ($then:ident ! { $($args:tt)* }) => {
        $then! { $($args)*
            /// Position in document order, from 0.
            index: usize,
            /// The parent node (by its index), or none for a top-level node.
            parent: Option<usize> => Outline,
            /// Depth in this document's tree: 1 for top-level nodes.
            depth: u16,
            /// The marker as written (`二、`, `（三）`, `第十条`), without noise inside it.
            marker: String,
            /// The marker's number: `（二十四）` is 24.
            ordinal: u32,
            /// The numbering family: `cn_comma` (`一、`), `cn_paren` (`（一）`), `arabic_dot`
            /// (`1.`), `arabic_paren` (`（1）`), `circled` (`①`), `article` (`第一条`) … (every
            /// value: docs/fields.md).
            style: &'static str,
            /// The heading without noise and white space, or none.
            heading: Option<String>,
            /// Which tree: 0 for the main document, `k` for the `k`-th attachment.
            tree: u16,
            /// The markers from the root to this node, each without noise and white space,
            /// joined with `/` (`二、/（三）/2.`).
            path: String,
            /// Character offset of the marker's first character.
            char_start: u32,
            /// Character offset of the end of the unit (its descendants included).
            char_end: u32,
            /// Byte offset (UTF-8) of the marker's first byte.
            byte_start: u32,
            /// Byte offset (UTF-8) of the end of the unit.
            byte_end: u32,
        }
    };
}

/// The fields of [`crate::export::QuantityRow`], handed to `$then!` after `args` (see
/// [`outline_row_fields!`](crate::outline_row_fields)).
///
/// ```
/// macro_rules! count {
///     ($($(#[doc = $d:literal])* $f:ident : $t:ty $(=> $l:ident)?),+ $(,)?) => { [$(stringify!($f)),+].len() };
/// }
/// assert_eq!(gongwen::quantity_row_fields!(count! {}), 20);
/// ```
#[macro_export]
macro_rules! quantity_row_fields {
    ($then:ident ! { $($args:tt)* }) => {
        $then! { $($args)*
            /// Character offset of the figure's first character.
            char_start: u32,
            /// Character offset one past the figure's last character.
            char_end: u32,
            /// Byte offset (UTF-8) of the figure's first byte.
            byte_start: u32,
            /// Byte offset (UTF-8) one past the figure's last byte.
            byte_end: u32,
            /// The figure as written.
            text: String,
            /// The value with 万/亿 applied (`3.5万人` is 35000), or none (placeholders).
            value: Option<f64>,
            /// The upper end of a range (`3至5年`), or none.
            value_max: Option<f64>,
            /// The unit (`所`, `%`; `万元` is `元` with the value scaled), or none.
            unit: Option<String>,
            /// How the value bounds the amount: `eq` `ge` `gt` `le` `lt` `approx` `range`.
            comparator: &'static str,
            /// True for a template placeholder (`XX所`).
            placeholder: bool,
            /// `quantity` for targets and figures; `year`, `year_range`, `date`, `ordinal`,
            /// `doc_number`, `article`, `slogan`, `name` for numbers that are not quantities.
            kind: &'static str,
            /// The innermost outline node containing the figure (by its index), or none.
            node: Option<usize> => Outline,
            /// The part the figure plays in a change phrase: `from`, `to`, `by`, or none.
            change: Option<&'static str>,
            /// The direction of that change: `up` or `down`.
            change_direction: Option<&'static str>,
            /// The starting value of the change, when written (`由40%`).
            change_from: Option<f64>,
            /// The value the change reaches, when written (`提高到60%`).
            change_to: Option<f64>,
            /// The modality of the clause: `ensure`, `strive`, `in_principle`, `must`, `may`,
            /// `forbidden`, `expected`.
            modality: Option<&'static str>,
            /// The deadline of the clause as written (`2025年`, `2024年底`).
            deadline: Option<String>,
            /// The year of the deadline.
            deadline_year: Option<u32>,
            /// The path of the node containing the figure (`二、/（三）/2.`), or none.
            path: Option<String>,
        }
    };
}

/// The fields of [`crate::export::NoiseRow`], handed to `$then!` after `args` (see
/// [`outline_row_fields!`](crate::outline_row_fields)).
///
/// ```
/// macro_rules! names {
///     ($($(#[doc = $d:literal])* $f:ident : $t:ty $(=> $l:ident)?),+ $(,)?) => { [$(stringify!($f)),+] };
/// }
/// assert_eq!(gongwen::noise_row_fields!(names! {})[..2], ["kind", "text"]);
/// ```
#[macro_export]
macro_rules! noise_row_fields {
    ($then:ident ! { $($args:tt)* }) => {
        $then! { $($args)*
            /// What it is: `page_marker`, `chunk_number`, `boilerplate`, `wrap_space`.
            kind: &'static str,
            /// The noise as written.
            text: String,
            /// Character offset of the first character.
            char_start: u32,
            /// Character offset one past the last character.
            char_end: u32,
            /// Byte offset (UTF-8) of the first byte.
            byte_start: u32,
            /// Byte offset (UTF-8) one past the last byte.
            byte_end: u32,
        }
    };
}

/// The fields of [`crate::export::DiagnosticRow`], handed to `$then!` after `args` (see
/// [`outline_row_fields!`](crate::outline_row_fields)).
///
/// ```
/// macro_rules! names {
///     ($($(#[doc = $d:literal])* $f:ident : $t:ty $(=> $l:ident)?),+ $(,)?) => { [$(stringify!($f)),+] };
/// }
/// assert_eq!(gongwen::diagnostic_row_fields!(names! {})[..2], ["kind", "message"]);
/// ```
#[macro_export]
macro_rules! diagnostic_row_fields {
    ($then:ident ! { $($args:tt)* }) => {
        $then! { $($args)*
            /// `skipped_ordinal`, `repeated_ordinal`, `out_of_order`, `level_starts_above_one` ….
            kind: &'static str,
            /// A short English description.
            message: &'static str,
            /// The text the diagnostic points at (usually a marker).
            text: String,
            /// 1-based line of the start.
            line: u32,
            /// 1-based column (in characters) of the start.
            column: u32,
            /// Character offset of the first character.
            char_start: u32,
            /// Character offset one past the last character.
            char_end: u32,
            /// Byte offset (UTF-8) of the first byte.
            byte_start: u32,
            /// Byte offset (UTF-8) one past the last byte.
            byte_end: u32,
            /// Character offset of the related place (the first use of a repeated ordinal …),
            /// or none.
            related_char_start: Option<u32>,
        }
    };
}

/// The fields of [`crate::export::ElementRow`], handed to `$then!` after `args` (see
/// [`outline_row_fields!`](crate::outline_row_fields)).
///
/// ```
/// macro_rules! names {
///     ($($(#[doc = $d:literal])* $f:ident : $t:ty $(=> $l:ident)?),+ $(,)?) => { [$(stringify!($f)),+] };
/// }
/// assert_eq!(gongwen::element_row_fields!(names! {})[..2], ["element", "char_start"]);
/// ```
#[macro_export]
macro_rules! element_row_fields {
    ($then:ident ! { $($args:tt)* }) => {
        $then! { $($args)*
            /// The element's key: `doc_number`, `recipients`, `date`, `attachments`, `issuer`,
            /// `signer`, `note`, `cc`, `printed_by`, `printed_on`, `copy_number`, `secrecy`,
            /// `urgency`, `issuer_mark`, `adopted`, `approved`, `amended`, `revised`,
            /// `promulgated`, `effective`.
            element: &'static str,
            /// Character offset of the element's first character.
            char_start: u32,
            /// Character offset one past its last character.
            char_end: u32,
            /// Byte offset (UTF-8) of its first byte.
            byte_start: u32,
            /// Byte offset (UTF-8) one past its last byte.
            byte_end: u32,
            /// The element as written.
            text: String,
            /// The normalised value: `{agency, year, number}` for a document number, a list of
            /// names, a list of `{number, name}` attachments, an ISO date, or a string.
            value: JsonValue,
        }
    };
}

/// The fields of [`crate::export::ReferenceRow`], handed to `$then!` after `args` (see
/// [`outline_row_fields!`](crate::outline_row_fields)).
///
/// ```
/// macro_rules! names {
///     ($($(#[doc = $d:literal])* $f:ident : $t:ty $(=> $l:ident)?),+ $(,)?) => { [$(stringify!($f)),+] };
/// }
/// assert_eq!(gongwen::reference_row_fields!(names! {})[..2], ["reference", "char_start"]);
/// ```
#[macro_export]
macro_rules! reference_row_fields {
    ($then:ident ! { $($args:tt)* }) => {
        $then! { $($args)*
            /// `document` (a cited title), `internal` (a provision of this document) or
            /// `external` (a provision of another).
            reference: &'static str,
            /// Character offset of the reference's first character.
            char_start: u32,
            /// Character offset one past its last character.
            char_end: u32,
            /// Byte offset (UTF-8) of its first byte.
            byte_start: u32,
            /// Byte offset (UTF-8) one past its last byte.
            byte_end: u32,
            /// The reference as written.
            text: String,
            /// What it points at: `{title, doc_number}` for a cited document, `{article, sub,
            /// paragraph, item}` for a provision, with `law` first for another document's.
            value: JsonValue,
            /// The outline node it resolves to (by its index); none for another document and
            /// for a provision of this one that cannot be found.
            node: Option<usize> => Outline,
        }
    };
}

/// The fields of [`crate::export::DocumentRow`], handed to `$then!` after `args` (see
/// [`outline_row_fields!`](crate::outline_row_fields)).
///
/// ```
/// macro_rules! names {
///     ($($(#[doc = $d:literal])* $f:ident : $t:ty $(=> $l:ident)?),+ $(,)?) => { [$(stringify!($f)),+] };
/// }
/// assert_eq!(gongwen::document_row_fields!(names! {})[..2], ["title", "genre"]);
/// ```
#[macro_export]
macro_rules! document_row_fields {
    ($then:ident ! { $($args:tt)* }) => {
        $then! { $($args)*
            /// The title on one line, without line breaks, white space or noise
            /// (`国务院关于印发国家职业教育改革实施方案的通知`), or none.
            title: Option<String>,
            /// The document type (文种) the title ends with: the fifteen of the 党政机关公文处理
            /// 工作条例 (`通知`, `意见`, `批复`, `函` …), statutes (`法`, `条例`, `办法`, `解释` …),
            /// plans (`方案`, `规划`, `要点`, `计划` …), `案例` for a court case; none when the
            /// title ends otherwise. `关于印发《…方案》的通知` is a `通知`.
            genre: Option<&'static str>,
            /// The document number (发文字号) as written, without white space
            /// (`国办发〔2019〕6号`), or none.
            doc_number: Option<String>,
            /// The date of the document (成文日期) in ISO form (`2019-01-22`, `2025-12` without
            /// a day), or none (a statute's dates are in its elements: `adopted` …).
            date: Option<String>,
            /// The issuing bodies as signed (发文机关署名), joined with `、`
            /// (`国务院办公厅`), or none.
            issuer: Option<String>,
            /// Length of the text in characters.
            chars: u32,
            /// Outline nodes (`gongwen outline` rows).
            nodes: usize,
            /// The deepest outline node's depth: 1 for a flat list, 0 without nodes.
            max_depth: u16,
            /// Outline trees with nodes: the main document's and each attachment's (`2` for a
            /// notice with one numbered attachment).
            trees: u16,
            /// Figures (`gongwen quantities` rows), of every kind.
            quantities: usize,
            /// Figures of kind `quantity` (targets and amounts: `8所`, `95%以上`).
            targets: usize,
            /// References (`gongwen references` rows).
            references: usize,
            /// Noise spans (page markers, site boilerplate …).
            noise: usize,
            /// Diagnostics (skipped or repeated ordinals …).
            diagnostics: usize,
        }
    };
}

crate::outline_row_fields!(define_row! {
    /// One outline node as a flat row (`gongwen outline --format jsonl`).
    ///
    /// ```
    /// let doc = gongwen::parse("一、总则\n（一）目标\n");
    /// let rows = gongwen::export::outline_rows(&doc);
    /// assert_eq!(rows[1].parent, Some(0));
    /// assert_eq!(rows[1].marker, "（一）");
    /// assert_eq!(rows[1].char_start, 5);
    /// ```
    OutlineRow
});

crate::quantity_row_fields!(define_row! {
    /// One figure as a flat row (`gongwen quantities --format jsonl`).
    ///
    /// ```
    /// let doc = gongwen::parse("一、目标\n新建幼儿园8所。\n");
    /// for row in gongwen::export::quantity_rows(&doc) {
    ///     assert!(row.char_start < row.char_end);
    ///     assert_eq!(row.path.as_deref(), Some("一、"));
    /// }
    /// ```
    QuantityRow
});

crate::noise_row_fields!(define_row! {
    /// A noise span as a flat row.
    ///
    /// ```
    /// let doc = gongwen::parse("一、总则\n3/28\n二、附则\n");
    /// let view = gongwen::export::DocumentView::new(&doc);
    /// assert!(view.noise.iter().all(|n| n.char_start < n.char_end));
    /// ```
    NoiseRow
});

crate::diagnostic_row_fields!(define_row! {
    /// A diagnostic as a flat row, with its 1-based line and column (in characters).
    ///
    /// ```
    /// let doc = gongwen::parse("一、甲\n三、丙\n");
    /// let view = gongwen::export::DocumentView::new(&doc);
    /// assert_eq!(view.diagnostics[0].line, 2);
    /// ```
    DiagnosticRow
});

crate::element_row_fields!(define_row! {
    /// One document element as a flat row (`gongwen elements --format jsonl`).
    ///
    /// ```
    /// let doc = gongwen::parse("关于某事的通知\n国发〔2019〕4号\n各有关单位：\n特此通知。\n");
    /// let rows = gongwen::export::element_rows(&doc);
    /// assert_eq!(rows[0].element, "doc_number");
    /// assert_eq!(rows[0].value.to_json(), r#"{"agency":"国发","year":2019,"number":4}"#);
    /// assert_eq!(rows[1].element, "recipients");
    /// ```
    ElementRow
});

crate::reference_row_fields!(define_row! {
    /// One reference as a flat row (`gongwen references --format jsonl`).
    ///
    /// ```
    /// let doc = gongwen::parse("第一条 甲。\n第二条 依照本法第一条处理。\n");
    /// let rows = gongwen::export::reference_rows(&doc);
    /// assert_eq!(rows[0].reference, "internal");
    /// assert_eq!(rows[0].node, Some(0));
    /// ```
    ReferenceRow
});

crate::document_row_fields!(define_row! {
    /// One document as a flat row (`gongwen documents --format jsonl`): its title, type,
    /// number, date and issuer, and how many nodes, figures, references, noise spans and
    /// diagnostics it has.
    ///
    /// ```
    /// let doc = gongwen::parse("关于印发《某市工作方案》的通知\n一、目标\n（一）新建幼儿园8所。\n");
    /// let row = gongwen::export::document_row(&doc);
    /// assert_eq!(row.genre, Some("通知"));
    /// assert_eq!((row.nodes, row.max_depth, row.targets), (2, 2, 1));
    /// ```
    DocumentRow
});
