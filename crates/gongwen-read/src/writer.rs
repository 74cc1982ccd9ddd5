//! The text a .docx or an HTML page becomes: lines, with table cells separated by tabs.
//!
//! Both readers describe structure with the same few calls, so both follow the same
//! rules: [`TextWriter::soft_break`] ends the line unless it is empty (block elements,
//! paragraphs inside a table cell), [`TextWriter::hard_break`] always ends it (`<br>`, a
//! Word paragraph), [`TextWriter::cell`] puts a tab before the next cell's text, and
//! [`TextWriter::end_row`] ends a table row. A row whose cells are one paragraph each is
//! therefore one line; a cell with several paragraphs (a layout table holding the whole
//! document) keeps them as lines. Breaks and spaces are held back until text follows, so
//! no line starts or ends with a collapsed space and runs of block boundaries give one
//! line break.

/// Builds the text.
#[derive(Debug, Default)]
pub(crate) struct TextWriter {
    /// The text so far.
    out: String,
    /// Tabs owed before the next text (empty cells give several).
    tabs: u32,
    /// A line break owed before the next text.
    newline: bool,
    /// A collapsed space owed before the next text on the same line.
    space: bool,
    /// Most bytes the text may have.
    max: usize,
    /// Set when text was refused because of `max`.
    overflow: bool,
}

impl TextWriter {
    /// A writer of at most `max` bytes.
    pub fn new(max: usize) -> Self {
        TextWriter { max, ..Self::default() }
    }

    /// True when the next text starts a line.
    fn at_line_start(&self) -> bool {
        self.out.is_empty() || self.out.ends_with('\n')
    }

    /// Appends `s`, after what is owed.
    pub fn text(&mut self, s: &str) {
        if s.is_empty() || self.overflow {
            return;
        }
        if self.tabs > 0 {
            for _ in 0..self.tabs {
                self.out.push('\t');
            }
        } else if self.newline && !self.at_line_start() {
            self.out.push('\n');
        } else if self.space && !self.at_line_start() {
            self.out.push(' ');
        }
        self.tabs = 0;
        self.newline = false;
        self.space = false;
        if self.out.len().saturating_add(s.len()) > self.max {
            self.overflow = true;
            return;
        }
        self.out.push_str(s);
    }

    /// A collapsed white-space run: one space, if text follows on the same line.
    pub fn space(&mut self) {
        if !self.at_line_start() && !self.newline && self.tabs == 0 {
            self.space = true;
        }
    }

    /// Ends the line before the next text, unless the line is empty (or a cell separator
    /// is owed: the next cell's text follows on the row's line).
    pub fn soft_break(&mut self) {
        self.space = false;
        if self.tabs == 0 {
            self.newline = true;
        }
    }

    /// Ends the line now, even an empty one.
    pub fn hard_break(&mut self) {
        if self.overflow {
            return;
        }
        for _ in 0..self.tabs {
            self.out.push('\t');
        }
        self.out.push('\n');
        self.tabs = 0;
        self.newline = false;
        self.space = false;
    }

    /// A cell after the first of a row: its text follows a tab.
    pub fn cell(&mut self) {
        self.tabs = self.tabs.saturating_add(1).min(4096);
        self.newline = false;
        self.space = false;
    }

    /// Ends a table row (trailing empty cells are dropped).
    pub fn end_row(&mut self) {
        self.tabs = 0;
        self.space = false;
        self.newline = false;
        if !self.at_line_start() && !self.overflow {
            self.out.push('\n');
        }
    }

    /// The text, ending with a line break (unless empty); `None` when it outgrew the limit.
    pub fn finish(mut self) -> Option<String> {
        if self.overflow {
            return None;
        }
        if !self.at_line_start() {
            self.out.push('\n');
        }
        Some(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::TextWriter;

    #[test]
    fn rows_are_lines_and_cells_tabs() {
        let mut w = TextWriter::new(1000);
        w.text("名称");
        w.cell();
        w.text("数量");
        w.end_row();
        w.cell();
        w.text("b");
        w.cell();
        w.cell();
        w.text("d");
        w.cell();
        w.end_row();
        assert_eq!(w.finish().unwrap(), "名称\t数量\n\tb\t\td\n");
    }

    #[test]
    fn soft_breaks_collapse_and_spaces_never_end_lines() {
        let mut w = TextWriter::new(1000);
        w.soft_break();
        w.space();
        w.text("一、总则");
        w.space();
        w.soft_break();
        w.soft_break();
        w.space();
        w.text("第一条");
        w.space();
        w.text("内容");
        w.hard_break();
        w.hard_break();
        w.text("x");
        assert_eq!(w.finish().unwrap(), "一、总则\n第一条 内容\n\nx\n");
    }

    #[test]
    fn a_cell_separator_wins_over_the_break_after_a_paragraph_in_the_previous_cell() {
        let mut w = TextWriter::new(1000);
        w.text("a");
        w.soft_break();
        w.cell();
        w.soft_break();
        w.text("b");
        assert_eq!(w.finish().unwrap(), "a\tb\n");
    }

    #[test]
    fn the_limit_is_kept() {
        let mut w = TextWriter::new(4);
        w.text("abc");
        w.text("de");
        assert_eq!(w.finish(), None);
    }
}
