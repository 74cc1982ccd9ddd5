//! The characters the pass over the bytes marks ([`crate::scan`]): where a figure may
//! start, and the punctuation the outline reads around a marker.
//!
//! The scan's bitmaps are built from these lists at compile time, so a character added
//! here is found without any other change.

/// The candidates that are 3-byte characters (`×` is the one 2-byte candidate, see
/// [`is_two_byte_figure`]).
pub(crate) const FIGURE_CJK: &str =
    "〇○零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億貳參陸兩倆廿卅卌０１２３４５６７８９＊ｘＸ半";

/// True for the ASCII candidates: digits, `x`, `X` (placeholders) and `*`.
pub(crate) const fn is_ascii_figure(b: u8) -> bool {
    b.is_ascii_digit() || b == b'x' || b == b'X' || b == b'*'
}

/// True for the 2-byte candidate `×` (U+00D7, `C3 97`).
pub(crate) const fn is_two_byte_figure(b0: u8, b1: u8) -> bool {
    b0 == 0xC3 && b1 == 0x97
}

/// The 3-byte punctuation a marker may follow or sit in (`。！？` sentence ends, `：；`
/// clauses, `（` a glued marker, `、` closing a glued `一、`): what the outline's candidate finder reads.
pub(crate) const BOUNDARY_CJK: &str = "。！？：；（、";

/// The 3-byte characters where a reference may start or end, read by `references::find`:
/// `第` (`第十条`), `《` (a cited title), and `款` and `条`, the last characters of the
/// relative references `前款` `本款` `本条` `前条` (`lexicon::references::RELATIVE`, checked by
/// its tests). None of them is a figure or a boundary mark (the scan checks it).
pub(crate) const REFERENCE_CJK: &str = "第《款条";

/// The book-title marks, opening and closing (`lexicon::punct::BOOK_TITLE_OPEN` and
/// `BOOK_TITLE_CLOSE`, checked by the scan's tests), marked with the outline's punctuation:
/// where the outline asks whether a hard wrap broke a cited title
/// (`《关于修改…第三十条⏎第三十一条的决定》`). None of them is a figure or a boundary mark;
/// `《` is also a reference start.
pub(crate) const BOOK_TITLE_CJK: &str = "《》〈〉";

/// The cell boundary of a table copied as text (`1\t消火栓\t2`), marked with the outline's
/// punctuation: where `outline::tables` asks whether a line is a row.
pub(crate) const CELL_SEPARATOR: u8 = b'\t';

/// True for the ASCII punctuation [`classify`] reads: `?` `!` `:` `;` `(`.
pub(crate) const fn is_ascii_boundary(b: u8) -> bool {
    matches!(b, b'?' | b'!' | b':' | b';' | b'(')
}
