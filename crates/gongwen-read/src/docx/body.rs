//! `word/document.xml` → text.
//!
//! * A paragraph (`w:p`) is a line, its numbering label first; an empty paragraph is an
//!   empty line. Inside a table cell, paragraphs are separated by line breaks (see
//!   [`TextWriter`]).
//! * A table row (`w:tr`) is one line, its cells (`w:tc`) separated by tabs.
//! * `w:t` is text, `w:tab`/`w:ptab` a tab, `w:br`/`w:cr` a line break,
//!   `w:noBreakHyphen` a hyphen.
//! * Left out, with everything inside them: text boxes (`w:txbxContent`), drawings and
//!   pictures, embedded objects, deleted and moved-away text, field instructions, the old
//!   properties of tracked changes, `mc:Fallback`, and every element of another
//!   vocabulary (DrawingML, VML, math); hidden runs (`w:vanish`, `w:webHidden`).
//!   Headers, footers, footnotes, endnotes and comments live in other parts and are not
//!   read; their reference marks in the body give no text.
//!
//! No recursion: one event at a time, with a depth counter for the skipped subtrees and
//! a bounded stack of open tables.

use super::numbering::{Counters, Definitions, NumPr};
use super::xml::{Ev, Ns, Part, attr, num_attr, on};
use crate::ReadError;
use crate::writer::TextWriter;

/// Most nested tables tracked (Word allows far fewer).
const MAX_TABLES: usize = 64;

/// Subtrees left out (WordprocessingML names).
fn skipped(local: &[u8]) -> bool {
    matches!(
        local,
        b"txbxContent"
            | b"drawing"
            | b"pict"
            | b"object"
            | b"delText"
            | b"delInstrText"
            | b"instrText"
            | b"del"
            | b"moveFrom"
            | b"pPrChange"
            | b"rPrChange"
            | b"sectPrChange"
            | b"tblPrChange"
            | b"trPrChange"
            | b"tcPrChange"
            | b"numberingChange"
            | b"fldData"
            | b"ffData"
    )
}

/// The paragraph being read.
#[derive(Debug, Default)]
struct Para {
    /// Its numbering properties (from `w:pPr`).
    num: NumPr,
    /// Whether its label has been written (or it has none).
    labelled: bool,
}

/// The document walker.
pub(crate) struct Body<'d> {
    /// The text.
    pub w: TextWriter,
    /// Numbering definitions.
    defs: &'d Definitions,
    /// Numbering counters.
    pub counters: Counters,
    /// Element depth.
    depth: usize,
    /// The depth of the subtree being skipped, if any.
    skip_at: Option<usize>,
    /// The open paragraph.
    para: Option<Para>,
    /// Depth of the open `w:pPr` of the paragraph, if inside one.
    ppr_at: Option<usize>,
    /// Inside a run whose properties hide it.
    hidden_run: bool,
    /// Inside `w:rPr`.
    in_rpr: bool,
    /// Inside `w:t`.
    in_text: bool,
    /// Open tables: the cells seen in the current row of each.
    tables: Vec<u32>,
    /// Open tables beyond [`MAX_TABLES`].
    tables_overflow: usize,
}

impl<'d> Body<'d> {
    /// A walker writing at most `max` bytes.
    pub fn new(defs: &'d Definitions, max: usize) -> Self {
        Body {
            w: TextWriter::new(max),
            defs,
            counters: Counters::default(),
            depth: 0,
            skip_at: None,
            para: None,
            ppr_at: None,
            hidden_run: false,
            in_rpr: false,
            in_text: false,
            tables: Vec::new(),
            tables_overflow: 0,
        }
    }

    /// Reads the whole part.
    pub fn walk(&mut self, part: &mut Part<'_>) -> Result<(), ReadError> {
        loop {
            match part.next()? {
                Ev::Start { ns, local, tag, empty } => {
                    self.start(ns, &local, &tag);
                    if empty {
                        self.end(ns, &local);
                    } else {
                        self.depth += 1;
                    }
                }
                Ev::End { ns, local } => {
                    self.depth = self.depth.saturating_sub(1);
                    self.end(ns, &local);
                }
                Ev::Text(t) => {
                    if self.in_text && self.skip_at.is_none() && !self.hidden_run {
                        self.write(&t);
                    }
                }
                Ev::Eof => return Ok(()),
            }
        }
    }

    /// Writes text of the open paragraph, after its label.
    fn write(&mut self, text: &str) {
        self.label();
        self.w.text(text);
    }

    /// Writes the open paragraph's numbering label, once.
    fn label(&mut self) {
        let Some(p) = self.para.as_mut() else { return };
        if p.labelled {
            return;
        }
        p.labelled = true;
        if let Some((num_id, ilvl)) = self.defs.resolve(&p.num)
            && let Some(label) = self.counters.label(self.defs, num_id, ilvl)
        {
            self.w.text(&label);
        }
    }

    /// An element opens (`depth` is its parent's depth + 1 once this returns).
    fn start(&mut self, ns: Ns, local: &[u8], tag: &quick_xml::events::BytesStart<'_>) {
        if self.skip_at.is_some() {
            return;
        }
        let skip = match ns {
            Ns::W => skipped(local),
            Ns::Mc => local == b"Fallback",
            Ns::Other => true,
        };
        if skip {
            self.skip_at = Some(self.depth);
            return;
        }
        if let Some(at) = self.ppr_at {
            if self.depth == at + 1 || local == b"ilvl" || local == b"numId" {
                self.paragraph_property(local, tag);
            }
            return;
        }
        match local {
            b"p" => self.para = Some(Para::default()),
            b"pPr" if self.para.as_ref().is_some_and(|p| !p.labelled) => self.ppr_at = Some(self.depth),
            b"r" => self.hidden_run = false,
            b"rPr" => self.in_rpr = true,
            b"vanish" | b"webHidden" if self.in_rpr => self.hidden_run = on(tag),
            b"t" => self.in_text = true,
            _ if self.in_rpr || self.hidden_run => {}
            b"tab" | b"ptab" => self.write("\t"),
            b"noBreakHyphen" => self.write("-"),
            b"br" | b"cr" => {
                self.label();
                self.w.hard_break();
            }
            b"tbl" => {
                if self.tables.len() < MAX_TABLES {
                    self.tables.push(0);
                } else {
                    self.tables_overflow += 1;
                }
            }
            b"tr" if self.tables_overflow == 0 => {
                self.w.end_row();
                if let Some(cells) = self.tables.last_mut() {
                    *cells = 0;
                }
            }
            b"tc" if self.tables_overflow == 0 => {
                if let Some(cells) = self.tables.last_mut() {
                    *cells = cells.saturating_add(1);
                    if *cells > 1 {
                        self.w.cell();
                    }
                }
            }
            _ => {}
        }
    }

    /// A child of `w:pPr` (or the `w:ilvl`/`w:numId` inside its `w:numPr`).
    fn paragraph_property(&mut self, local: &[u8], tag: &quick_xml::events::BytesStart<'_>) {
        let Some(p) = self.para.as_mut() else { return };
        match local {
            b"pStyle" => p.num.style = attr(tag, b"val"),
            b"ilvl" => p.num.ilvl = num_attr(tag, b"val"),
            b"numId" => p.num.num_id = num_attr(tag, b"val"),
            _ => {}
        }
    }

    /// An element closes (`depth` is now its depth's parent level).
    fn end(&mut self, _ns: Ns, local: &[u8]) {
        if let Some(at) = self.skip_at {
            if self.depth <= at {
                self.skip_at = None;
            }
            return;
        }
        if let Some(at) = self.ppr_at {
            if self.depth <= at {
                self.ppr_at = None;
            }
            return;
        }
        match local {
            b"p" => self.end_paragraph(),
            b"r" => self.hidden_run = false,
            b"rPr" => self.in_rpr = false,
            b"t" => self.in_text = false,
            b"tr" if self.tables_overflow == 0 => self.w.end_row(),
            b"tbl" => {
                if self.tables_overflow > 0 {
                    self.tables_overflow -= 1;
                } else {
                    self.tables.pop();
                    self.w.end_row();
                }
            }
            _ => {}
        }
    }

    /// Ends the open paragraph: a line of its own, or a line of its table cell.
    fn end_paragraph(&mut self) {
        self.label();
        self.para = None;
        if self.tables.is_empty() {
            self.w.hard_break();
        } else {
            self.w.soft_break();
        }
    }
}
