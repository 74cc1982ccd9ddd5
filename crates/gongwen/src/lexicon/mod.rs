//! The language knowledge of gongwen: every word and character list, once.
//!
//! Stages hold rules; the words those rules look for live here, as documented tables.
//! Conventions for every table:
//!
//! * the table's doc comment names the rule that reads it (a stage and function) and gives
//!   an example from a real document that is not one of the development seeds;
//! * rows that need it carry their own comment (an example, or why the row is there);
//! * a prefilter (a bitmap, a first- or last-character test) is derived from its table or
//!   checked against it by a test: no row is unreachable, no filter character is unused;
//! * no row is duplicated (the tests of each table check it).

pub(crate) mod chars;
pub(crate) mod markers;
pub(crate) mod titles;
