//! Options for [`crate::parse_with`].

/// What to parse and how. Build it with [`ParseOptions::default`] (everything on) or a
/// preset, then adjust with the `with_*` setters.
///
/// ```
/// let opts = gongwen::ParseOptions::default().with_quantities(false);
/// let doc = gongwen::parse_with("一、目标\n新建学校3所。\n", &opts);
/// assert_eq!(doc.nodes().count(), 1);
/// assert_eq!(doc.quantities().count(), 0);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParseOptions {
    /// Build the outline (markers, depth, headings). Default: on.
    pub outline: bool,
    /// Find quantitative clauses. Default: on.
    pub quantities: bool,
    /// Detect noise from scraped copies (page markers, chunk numbers, boilerplate). Default: on.
    pub noise: bool,
    /// Report inline enumerations (`一是…二是…`, `（1）…（2）…` inside a paragraph) as nodes.
    /// Default: on.
    pub inline_enumerations: bool,
    /// Start a new tree at attachments (`附件1`). Default: on.
    pub attachments: bool,
    /// Read the document elements (发文字号, 主送机关, 成文日期 …). Default: on.
    pub elements: bool,
    /// Find references (`《…》`, `第十条`, `前款`) and resolve them to articles. Default: on.
    pub references: bool,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            outline: true,
            quantities: true,
            noise: true,
            inline_enumerations: true,
            attachments: true,
            elements: true,
            references: true,
        }
    }
}

impl ParseOptions {
    /// Only the outline: no quantities, elements or references (the fastest useful parse).
    ///
    /// ```
    /// assert!(!gongwen::ParseOptions::outline_only().quantities);
    /// ```
    #[must_use]
    pub fn outline_only() -> Self {
        ParseOptions { quantities: false, elements: false, references: false, ..ParseOptions::default() }
    }

    /// Only quantities: the outline is still built (quantities link to nodes) but inline
    /// enumerations, elements and references are skipped.
    ///
    /// ```
    /// assert!(gongwen::ParseOptions::quantities_only().quantities);
    /// ```
    #[must_use]
    pub fn quantities_only() -> Self {
        ParseOptions { inline_enumerations: false, elements: false, references: false, ..ParseOptions::default() }
    }

    /// Set [`ParseOptions::outline`].
    ///
    /// ```
    /// assert!(!gongwen::ParseOptions::default().with_outline(false).outline);
    /// ```
    #[must_use]
    pub fn with_outline(mut self, on: bool) -> Self {
        self.outline = on;
        self
    }

    /// Set [`ParseOptions::quantities`].
    ///
    /// ```
    /// assert!(!gongwen::ParseOptions::default().with_quantities(false).quantities);
    /// ```
    #[must_use]
    pub fn with_quantities(mut self, on: bool) -> Self {
        self.quantities = on;
        self
    }

    /// Set [`ParseOptions::noise`].
    ///
    /// ```
    /// assert!(!gongwen::ParseOptions::default().with_noise(false).noise);
    /// ```
    #[must_use]
    pub fn with_noise(mut self, on: bool) -> Self {
        self.noise = on;
        self
    }

    /// Set [`ParseOptions::inline_enumerations`].
    ///
    /// ```
    /// assert!(!gongwen::ParseOptions::default().with_inline_enumerations(false).inline_enumerations);
    /// ```
    #[must_use]
    pub fn with_inline_enumerations(mut self, on: bool) -> Self {
        self.inline_enumerations = on;
        self
    }

    /// Set [`ParseOptions::attachments`].
    ///
    /// ```
    /// assert!(!gongwen::ParseOptions::default().with_attachments(false).attachments);
    /// ```
    #[must_use]
    pub fn with_attachments(mut self, on: bool) -> Self {
        self.attachments = on;
        self
    }

    /// Set [`ParseOptions::elements`].
    ///
    /// ```
    /// assert!(!gongwen::ParseOptions::default().with_elements(false).elements);
    /// ```
    #[must_use]
    pub fn with_elements(mut self, on: bool) -> Self {
        self.elements = on;
        self
    }

    /// Set [`ParseOptions::references`].
    ///
    /// ```
    /// assert!(!gongwen::ParseOptions::default().with_references(false).references);
    /// ```
    #[must_use]
    pub fn with_references(mut self, on: bool) -> Self {
        self.references = on;
        self
    }
}
