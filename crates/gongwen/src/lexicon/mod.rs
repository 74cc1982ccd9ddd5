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
//! | `genres.rs` | title endings and the document type (文种) each names, joint issuers' separator | `export` (the documents table) |
//! | `titles.rs` | document-type words that end a title, site words that rule a line out, transmitting words, part labels | `title`, `noise::boilerplate` |
//! | `noise.rs` | the site vocabulary, file extensions, page-line words, line-end classes | `noise` |
//! | `numerals.rs` | words that end, continue or qualify a numeral (unit words, 兆瓦, 余/多, 成/折 blockers, signs, 数) | `numeral`, `quantity::value` |
//! | `units.rs` | units with their families, flags and blockers; what else may follow a number | `quantity` (rules `unit`, `inside_word`) |
//! | `comparators.rs` | prefix and suffix comparator words, modal negations | `quantity` (rule `comparator`) |
//! | `kinds.rs` | words that make a number no quantity: ordinals, dates, years, slogans, numerals in words | `quantity` rules |
//! | `figures.rs` | range separators, connectors, identifier characters, the context of bare counts | `quantity` rules |
//! | `clauses.rs` | change verbs, modality words, deadline words | `quantity::clause` |
//! | `elements.rs` | year brackets, 密级/紧急 words, metadata labels, salutations, lead-in words, 附件/抄送/印发 labels, post titles, statute event words | `elements` |
//! | `references.rs` | law type words, this/other document words, name cuts and compounds, list words, relative references, short-name labels, amending titles | `references` |
//!
//! Conventions for every table:
//!
//! * the table's doc comment names the rule that reads it (a stage and function) and gives
//!   an example from a real document that is not one of the development seeds;
//! * rows that need it carry their own comment (an example, or why the row is there);
//! * a prefilter (a bitmap, a first- or last-character test) is derived from its table or
//!   checked against it by a test: no row is unreachable, no filter character is unused;
//! * no row is duplicated (the tests of each table check it, with `check::distinct`).

/// A set of characters, written once: a `const` slice `$name` (for tests and derived
/// tables) and a `const fn $test(c) -> bool` that is a `matches!` over the same
/// characters (as fast as a hand-written one).
macro_rules! char_set {
    ($(#[$doc:meta])* $name:ident, $test:ident = [$($c:literal),+ $(,)?]) => {
        $(#[$doc])*
        #[cfg_attr(not(test), allow(dead_code))] // the tests read the list, the rules the test
        pub(crate) const $name: &[char] = &[$($c),+];
        #[doc = concat!("True for a character of [`", stringify!($name), "`].")]
        pub(crate) const fn $test(c: char) -> bool {
            matches!(c, $($c)|+)
        }
    };
}

pub(crate) mod chars;
pub(crate) mod clauses;
pub(crate) mod comparators;
pub(crate) mod elements;
pub(crate) mod figures;
pub(crate) mod genres;
pub(crate) mod kinds;
pub(crate) mod markers;
pub(crate) mod noise;
pub(crate) mod numerals;
pub(crate) mod outline;
pub(crate) mod punct;
pub(crate) mod references;
pub(crate) mod titles;
pub(crate) mod units;

/// A set of characters of the Basic Multilingual Plane, one bit each: the prefilters
/// derived from a table (its first or last characters), one probe per test.
pub(crate) struct CharBits([u64; 1024]);

impl CharBits {
    /// The set of `chars`. A character beyond the Basic Multilingual Plane is not kept: no
    /// table a set is built from has one.
    pub(crate) fn of(chars: impl IntoIterator<Item = char>) -> Self {
        let mut bits = [0u64; 1024];
        for c in chars {
            let cp = c as usize;
            if let Some(w) = bits.get_mut(cp >> 6) {
                *w |= 1u64 << (cp & 63);
            }
        }
        CharBits(bits)
    }

    /// True when `c` is in the set.
    #[inline]
    pub(crate) fn contains(&self, c: char) -> bool {
        let cp = c as usize;
        self.0.get(cp >> 6).is_some_and(|w| (w >> (cp & 63)) & 1 == 1)
    }
}

/// The checks every table's tests run.
#[cfg(test)]
pub(crate) mod check {
    use std::fmt::Debug;

    /// No row repeats an earlier one.
    pub(crate) fn distinct<T: PartialEq + Debug>(rows: impl IntoIterator<Item = T>) {
        let rows: Vec<T> = rows.into_iter().collect();
        for (k, r) in rows.iter().enumerate() {
            assert!(!rows.iter().take(k).any(|e| e == r), "{r:?} is listed twice");
        }
    }

    /// No word begins with an earlier word of `words`: a search that takes the first word
    /// a text starts with would never reach it.
    pub(crate) fn none_after_its_prefix(words: &[&str]) {
        for (k, w) in words.iter().enumerate() {
            let earlier = words.iter().take(k).find(|e| w.starts_with(**e));
            assert!(earlier.is_none(), "{w} comes after {earlier:?}, which begins it: unreachable");
        }
    }

    /// No word ends with an earlier word of `words`: a search that takes the first word a
    /// text ends with would never reach it.
    pub(crate) fn none_after_its_suffix(words: &[&str]) {
        for (k, w) in words.iter().enumerate() {
            let earlier = words.iter().take(k).find(|e| w.ends_with(**e));
            assert!(earlier.is_none(), "{w} comes after {earlier:?}, which ends it: unreachable");
        }
    }
}
