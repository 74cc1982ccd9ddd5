//! The language knowledge of gongwen: every word and character list, once.
//!
//! Stages hold rules; the words those rules look for live here, as documented tables, one
//! file per topic:
//!
//! | file | what | read by |
//! |---|---|---|
//! | `chars.rs` | the characters the pass over the bytes marks (figure candidates, boundary punctuation) | `scan` |
//! | `punct.rs` | punctuation classes: sentence ends, clause marks, commas, closing quotes | `outline`, `noise` |
//! | `markers.rs` | statute keywords, list separators, brackets, enclosed numerals, `是` | `marker`, `noise` |
//! | `outline.rs` | label lines (目录, 附件, 注：), words that make a marker a number list or a reference | `outline` |
//! | `titles.rs` | document-type words that end a title, site words that rule a line out | `outline::heading`, `noise::boilerplate` |
//! | `noise.rs` | the site vocabulary, file extensions, page-line words, line-end classes | `noise` |
//!
//! (The quantity stage's tables — units, comparators, kinds — live with their rules in
//! `quantity/` for now.)
//!
//! Conventions for every table:
//!
//! * the table's doc comment names the rule that reads it (a stage and function) and gives
//!   an example from a real document that is not one of the development seeds;
//! * rows that need it carry their own comment (an example, or why the row is there);
//! * a prefilter (a bitmap, a first- or last-character test) is derived from its table or
//!   checked against it by a test: no row is unreachable, no filter character is unused;
//! * no row is duplicated (the tests of each table check it, with [`assert_distinct`]).

pub(crate) mod chars;
pub(crate) mod markers;
pub(crate) mod noise;
pub(crate) mod outline;
pub(crate) mod punct;
pub(crate) mod titles;

/// Fails when a row of `rows` is listed twice.
#[cfg(test)]
pub(crate) fn assert_distinct<T: PartialEq + std::fmt::Debug>(rows: &[T]) {
    for (i, row) in rows.iter().enumerate() {
        assert!(!rows.get(i + 1..).unwrap_or(&[]).contains(row), "{row:?} is listed twice");
    }
}
