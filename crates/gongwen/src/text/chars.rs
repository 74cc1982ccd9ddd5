//! Character classes of the Unicode standard that every stage shares.
//!
//! Language knowledge (which characters are numerals, which words are units) lives in
//! [`crate::lexicon`]; this module holds only facts about Unicode blocks.

/// True for a character of the CJK Unified Ideographs block (U+4E00–U+9FFF): a Chinese
/// character of running text (`条`), as opposed to punctuation (`。`), digits or letters.
#[must_use]
pub(crate) fn is_cjk_ideograph(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

#[cfg(test)]
mod tests {
    #[test]
    fn cjk_ideographs_are_the_unified_block() {
        assert!(super::is_cjk_ideograph('一'), "U+4E00 opens the block");
        assert!(super::is_cjk_ideograph('\u{9fff}'), "U+9FFF closes it");
        assert!(!super::is_cjk_ideograph('。'), "punctuation is not an ideograph");
        assert!(!super::is_cjk_ideograph('１'), "full-width digits are not ideographs");
    }
}
