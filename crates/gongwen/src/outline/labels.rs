//! Label lines: a table of contents (`目录`), an attachment (`附件1`), a note before a list
//! (`注：1、`). The labels are the tables of [`crate::lexicon::outline`].

use crate::lexicon::markers::{CLOSE_BRACKETS, DOTS, OPEN_BRACKETS};
use crate::lexicon::outline::{
    ATTACHMENT_LABEL, BOX_LABEL, CONTENTS_LABELS, CONTENTS_LEADERS, DATE_LINE_WORDS, LABEL_OPENERS, NOTE_LABELS,
    ROW_NUMBER_HEADERS, SHORT_ATTACHMENT_LABEL,
};
use crate::lexicon::punct::{CLAUSE_ENDS_AND_COLONS, COLONS, RUNNING_TEXT_MARKS, SENTENCE_ENDS, key_at, wide_keys};
use crate::lexicon::titles::TITLE_ENDINGS;
use crate::numeral::{arabic_digit, cn_digit, cn_unit};
use crate::text::chars::{is_space, trim_space, trim_space_end};

/// The longest title after an attachment label, in characters: longer, the line is a
/// sentence that happens to start with `附件`.
const MAX_ATTACHMENT_TITLE_CHARS: usize = 40;

/// The longest title line of an enclosed document, in characters.
const MAX_ENCLOSED_TITLE_CHARS: usize = 60;

/// The longest bracketed note after a title (`（2025-2030年）`, `（试行）`,
/// `（2024年9月修订）`), in characters.
const MAX_TITLE_NOTE_CHARS: usize = 16;

/// True when the line content at byte `at` opens with the first character of a label
/// ([`LABEL_OPENERS`]), compared as UTF-8 bytes, without decoding.
pub(super) fn opens_label(bytes: &[u8], at: usize) -> bool {
    bytes.get(at..).and_then(key_at).is_some_and(|key| LABEL_OPENERS.contains(&key))
}

/// A line that reads as a contents label ([`CONTENTS_LABELS`]: `目录`, `目　　录`, `目次`)
/// once white space and padding are left out.
pub(crate) fn is_contents_label(line: &str) -> bool {
    let squashed = line.chars().filter(|&c| !is_space(c));
    CONTENTS_LABELS.iter().any(|label| label.chars().eq(squashed.clone()))
}

/// The longest line [`is_row_number_header`] reads, in bytes: a header row of some cells.
const MAX_ROW_NUMBER_HEADER_BYTES: usize = 240;

/// A line that opens with the header cell of a row-number column ([`ROW_NUMBER_HEADERS`]:
/// `序号`) and holds nothing else, or other cells after white space and no sentence end (`序号
/// 项目名称 总投资（亿元） 责任单位`): a table's header row, one cell a line or flattened.
pub(super) fn is_row_number_header(line: &str) -> bool {
    // Most lines are longer than a header row: no character is compared.
    if line.len() > MAX_ROW_NUMBER_HEADER_BYTES {
        return false;
    }
    let line = trim_space(line);
    ROW_NUMBER_HEADERS.iter().any(|label| {
        line.strip_prefix(label)
            .is_some_and(|rest| rest.is_empty() || (rest.starts_with(is_space) && !rest.contains(SENTENCE_ENDS)))
    })
}

/// True when the text after a row's number holds nothing, or cells parted by white space and
/// no sentence end (`县人民医院迁建 12.5 县卫健局`): a table row's rest, not an item's heading.
pub(super) fn is_row_rest(rest: &str) -> bool {
    let rest = trim_space(rest);
    rest.is_empty() || (rest.contains(is_space) && !rest.contains(SENTENCE_ENDS))
}

/// The length of an attachment label (`附件`, `附件1`, `附件一：`, `附件 2`) at the start of a
/// line that holds nothing else but a short title; `None` otherwise.
pub(crate) fn attachment_label(content: &str) -> Option<usize> {
    let rest = content.strip_prefix(ATTACHMENT_LABEL)?;
    // The attachment's number, and the space around it.
    let is_number_part =
        |c: char| is_space(c) || arabic_digit(c).is_some() || cn_digit(c).is_some() || cn_unit(c) == Some(10);
    let number = rest.char_indices().find(|&(_, c)| !is_number_part(c)).map_or(rest.len(), |(i, _)| i);
    let mut len = ATTACHMENT_LABEL.len() + number;
    let tail = content.get(len..).unwrap_or("");
    let tail = match tail.strip_prefix(COLONS) {
        Some(after_colon) => {
            len += tail.len() - after_colon.len();
            after_colon
        }
        None => tail,
    };
    is_label_title(tail).then_some(len)
}

/// True when `tail`, the rest of an attachment label's line, is a short title (or a list
/// opener): not a sentence, nor the entry of a table of contents (`附件：主要指标……12`).
fn is_label_title(tail: &str) -> bool {
    let sentence = tail.contains(RUNNING_TEXT_MARKS);
    tail.chars().count() <= MAX_ATTACHMENT_TITLE_CHARS && !sentence && !is_contents_entry(tail)
}

/// The length of the short attachment label `附：` ([`SHORT_ATTACHMENT_LABEL`], its colon
/// written) at the start of a line whose rest is the attached text's short title, as
/// [`attachment_label`] reads `附件：…`: `附：科研加分申报具体流程` over its steps `1.` `2.` … at the
/// end of a university notice (上海财经大学 关于开展2023-2024学年本科生人民奖学金、单项奖学金评选
/// 工作的通知), a tree of its own. `None` for the label alone ([`is_short_attachment_label`]),
/// a line with nothing after the colon, or a sentence (`附：本表一式两份。`).
pub(crate) fn short_attachment_label_with_title(content: &str) -> Option<usize> {
    let after = content.strip_prefix(SHORT_ATTACHMENT_LABEL)?.strip_prefix(COLONS)?;
    let len = content.len() - after.len();
    let tail = trim_space(after);
    (!tail.is_empty() && is_label_title(tail)).then_some(len)
}

/// The number of an attachment label (`附件2` 2, `附件 3：` 3, `附件二` 2): its Arabic digits or
/// one Chinese digit; `None` for a label with no number (`附件：`) or one not read so.
pub(crate) fn attachment_number(label: &str) -> Option<u32> {
    let rest = trim_space(label.strip_prefix(ATTACHMENT_LABEL)?);
    let digits: Vec<u32> = rest.chars().map_while(arabic_digit).take(MAX_ATTACHMENT_DIGITS).collect();
    if digits.is_empty() {
        return rest.chars().next().and_then(cn_digit).filter(|_| rest.chars().nth(1).and_then(cn_unit).is_none());
    }
    Some(digits.iter().fold(0, |n, d| n * 10 + d))
}

/// The most digits [`attachment_number`] reads (no document has a thousand attachments).
const MAX_ATTACHMENT_DIGITS: usize = 3;

/// True when a line ends with leaders and a page number (`主要指标……………12`, `附表…… 3`):
/// the entry of a table of contents, which opens nothing.
fn is_contents_entry(line: &str) -> bool {
    let words = trim_space_end(line);
    let before_page = words.trim_end_matches(|c: char| arabic_digit(c).is_some());
    let leaders =
        trim_space_end(before_page).trim_end_matches(|c: char| CONTENTS_LEADERS.contains(&c) || DOTS.contains(&c));
    before_page.len() < words.len() && trim_space_end(before_page).len() - leaders.len() >= MIN_LEADER_BYTES
}

/// The fewest bytes of leaders before a contents entry's page number: two dots or one `…`.
const MIN_LEADER_BYTES: usize = 2;

/// A line that may be the title of an enclosed document (`上海市科技专家库管理办法`,
/// `上海市脑机接口未来产业培育行动方案（2025-2030年）`): short, no sentence, clause or colon
/// in it, and ending with a document type ([`TITLE_ENDINGS`]) once a bracketed note after
/// it is left out. Most lines end with a sentence end and fail on their last character.
pub(crate) fn is_enclosed_title(line: &str) -> bool {
    let Some(last) = line.chars().next_back() else { return false };
    if CLAUSE_ENDS_AND_COLONS.contains(&last) || line.len() > MAX_ENCLOSED_TITLE_CHARS * 4 {
        return false;
    }
    // The cheap tests first: the document type at the end, then the length, then the line.
    let words = without_bracketed_note(line);
    ends_with_title_ending(words)
        && words.chars().count() <= MAX_ENCLOSED_TITLE_CHARS
        && !line.contains(CLAUSE_ENDS_AND_COLONS)
}

/// True when `words` ends with a document type ([`TITLE_ENDINGS`]): the last byte is
/// compared first, which rules out most endings without comparing the rest.
fn ends_with_title_ending(words: &str) -> bool {
    let b = words.as_bytes();
    TITLE_ENDINGS.iter().any(|w| b.last() == w.as_bytes().last() && b.ends_with(w.as_bytes()))
}

/// The keys ([`wide_keys`]) of the full-width marks of [`CLAUSE_ENDS_AND_COLONS`].
const CLAUSE_END_KEYS: [u32; 8] = wide_keys(&[&CLAUSE_ENDS_AND_COLONS]);

/// [`is_enclosed_title`] for the line content `text[content_start..end]`, space at its end
/// left out. Most lines end with a sentence end right before their break (`。`): their last
/// three bytes rule them out, with no character decoded and no trimming.
pub(super) fn is_enclosed_title_line(text: &str, content_start: usize, end: usize) -> bool {
    let Some(raw) = text.get(content_start..end) else { return false };
    let last3 = raw.as_bytes().get(raw.len().saturating_sub(3)..).and_then(key_at);
    if last3.is_some_and(|k| CLAUSE_END_KEYS.contains(&k)) {
        return false;
    }
    match raw.chars().next_back() {
        None => false,
        Some(last) if !is_space(last) => is_enclosed_title(raw),
        Some(_) => is_enclosed_title(trim_space_end(raw)),
    }
}

/// A title without the bracketed note after it (`（试行）`, `（2025-2030年）`).
pub(super) fn without_bracketed_note(title: &str) -> &str {
    let Some(inner) = title.strip_suffix(CLOSE_BRACKETS) else { return title };
    match inner.rfind(OPEN_BRACKETS) {
        Some(i) if inner.get(i..).is_some_and(|note| note.chars().count() <= MAX_TITLE_NOTE_CHARS) => {
            trim_space_end(inner.get(..i).unwrap_or(title))
        }
        _ => title,
    }
}

/// True when `line` (a line's content) ends the document before the next line: a date line
/// (成文日期, GB/T 9704-2012 §7.3.5: `2025年7月28日`, `二〇一九年二月十四日`) or an
/// attachment label with nothing after it (`附件`, `附件1：`, `附：` before the decision's
/// amended text, 最高人民法院关于修改…非法行医…解释的决定).
pub(super) fn ends_a_document(line: &str) -> bool {
    is_date_line(line) || attachment_label(line).is_some_and(|len| len == line.len()) || is_short_attachment_label(line)
}

/// True when `line` (a line's content) is the short attachment label `附：` and nothing else
/// ([`SHORT_ATTACHMENT_LABEL`]): what follows is attached to the document, like the text after
/// `附件` (电信条例: `附：` / `电信业务分类目录` / `一、基础电信业务`).
pub(crate) fn is_short_attachment_label(line: &str) -> bool {
    trim_space_end(line).strip_prefix(SHORT_ATTACHMENT_LABEL).and_then(|rest| rest.strip_prefix(COLONS)) == Some("")
}

/// A line that holds only a date written with numerals: `2025年7月28日`, `二〇一九年二月十四日`.
fn is_date_line(line: &str) -> bool {
    let numeral = |c: char| arabic_digit(c).is_some() || cn_digit(c).is_some() || cn_unit(c) == Some(10) || is_space(c);
    let [year_word, month_word, day_word] = DATE_LINE_WORDS;
    let Some(rest) = line.strip_suffix(day_word) else { return false };
    let Some((year, rest)) = rest.split_once(year_word) else { return false };
    let Some((month, day)) = rest.split_once(month_word) else { return false };
    [year, month, day].iter().all(|part| {
        let digits = part.chars().filter(|&c| !is_space(c)).count();
        (1..=4).contains(&digits) && part.chars().all(numeral)
    })
}

/// True when `text[start..marker]` is a note label ([`NOTE_LABELS`]) and its colon right
/// before a list (`注：1、…`).
pub(super) fn is_note_label(text: &str, start: usize, marker: usize) -> bool {
    let label = trim_space_end(text.get(start..marker).unwrap_or(""));
    label.ends_with(COLONS) && is_note_label_line(label)
}

/// True when `line` (a line's content) is a note label ([`NOTE_LABELS`]) and nothing else, with
/// its colon or without: a label alone on its line over its list (`备注：` ⏎ `1.同一事项…`, dev
/// d19; `说明` ⏎ `1.…` ⏎ `2.…`, the notes under a table or a form as 公示 and 申报 notices print
/// them, the colon left out like a heading's).
pub(super) fn is_note_label_line(line: &str) -> bool {
    let name = trim_space_end(line);
    let name = name.strip_suffix(COLONS).unwrap_or(name);
    NOTE_LABELS.contains(&trim_space(name)) || is_box_label_line(line)
}

/// True when `content` (a line's content) is an attachment label: `附件…` ([`attachment_label`]),
/// `附：` alone ([`is_short_attachment_label`]) or with a short title
/// ([`short_attachment_label_with_title`]).
pub(super) fn is_attachment_label_line(content: &str) -> bool {
    attachment_label(content).is_some()
        || is_short_attachment_label(content)
        || short_attachment_label_with_title(content).is_some()
}

/// True when `content` (a line's content that opens like a label, [`opens_label`]) is one: a
/// contents, attachment, note or box label. A line that only opens like one (`专利代理条例`,
/// `说明书管理办法`) may be an enclosed document's title.
pub(super) fn is_label_line(content: &str) -> bool {
    is_contents_label(content) || is_attachment_label_line(content) || is_note_label_line(content)
}

/// True when `line` (a line's content) is a box's label ([`BOX_LABEL`]): the label, its number
/// (`专栏1`, `专栏 3`, `专栏二`), then at most a caption with no comma, clause or sentence mark or colon in it
/// (`专栏1 “十三五”时期主要成就`); `专栏1显示，…` is a sentence.
pub(super) fn is_box_label_line(line: &str) -> bool {
    let Some(rest) = trim_space(line).strip_prefix(BOX_LABEL) else { return false };
    let rest = rest.trim_start_matches(is_space);
    let Some((caption, _)) = crate::numeral::arabic_int(rest).or_else(|| crate::numeral::cn_int(rest)) else {
        return false;
    };
    !caption.contains(RUNNING_TEXT_MARKS) && !caption.contains(COLONS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attachment_numbers() {
        assert_eq!(attachment_number("附件2"), Some(2));
        assert_eq!(attachment_number("附件 12："), Some(12));
        assert_eq!(attachment_number("附件二："), Some(2));
        assert_eq!(attachment_number("附件："), None);
        assert_eq!(attachment_number("附件十二"), None, "a Chinese number of two characters is not read");
    }

    #[test]
    fn label_openers_as_bytes() {
        for c in ['目', '附', '注', '说', '备'] {
            assert!(opens_label(c.to_string().as_bytes(), 0), "{c}");
            assert!(opens_label(format!("　{c}录").as_bytes(), "　".len()), "{c} after padding");
        }
        for s in ["", "目".get(..2).unwrap_or(""), "第一条", "一、", "录", "　目"] {
            assert!(!opens_label(s.as_bytes(), 0), "{s}");
        }
    }

    #[test]
    fn labels() {
        assert!(is_contents_label("目　　录") && is_contents_label(" 目次 ") && !is_contents_label("目录页"));
        assert!(
            is_row_number_header("序号")
                && is_row_number_header("序号\t项目")
                && is_row_number_header("序号 项目 目标值")
        );
        assert!(!is_row_number_header("序号为必填项。") && !is_row_number_header("序号不得重复 违者退回。"));
        assert!(
            is_row_rest("")
                && is_row_rest(" 新建学校 300万元")
                && !is_row_rest("新建学校。")
                && !is_row_rest("新建学校")
        );
        assert_eq!(attachment_label("附件1：关于学科竞赛加分项目的补充说明"), Some("附件1：".len()));
        assert_eq!(attachment_label("附件"), Some("附件".len()));
        assert_eq!(attachment_label("附件所列材料应当齐全，不得缺项。"), None, "a sentence");
        assert_eq!(attachment_label("附件：主要指标……………12"), None, "a contents entry");
        assert_eq!(attachment_label("附件2 评分细则 ......3"), None, "a contents entry with dots");
        assert_eq!(attachment_label("附件2 年度计划 12"), Some("附件2 ".len()), "digits without leaders");
        let text = "注：1、本表由学校填写。";
        assert!(is_note_label(text, 0, "注：".len()));
        assert!(!is_note_label("提示：1、", 0, "提示：".len()));
        assert!(is_note_label_line("说明") && is_note_label_line("备注：") && is_note_label_line("注 "));
        assert!(!is_note_label_line("说明书") && !is_note_label_line("提示：") && !is_note_label_line("说明：1、"));
        assert!(is_note_label_line("专栏1 “十三五”时期主要成就") && is_note_label_line("专栏 3　交通重点工程"));
        assert!(
            !is_note_label_line("专栏1显示，全市…") && !is_note_label_line("专栏设置") && !is_note_label_line("专栏")
        );
        assert!(is_enclosed_title("上海市脑机接口未来产业培育行动方案（2025-2030年）"));
        assert!(is_enclosed_title("上海市科技专家库管理办法"));
        assert!(!is_enclosed_title("现将《上海市科技专家库管理办法》印发给你们，请遵照执行。"));
        assert!(!is_enclosed_title("附件：上海市高质量概念验证平台建设实施方案"));
        assert_eq!(without_bracketed_note("考核办法（试行）"), "考核办法");
        for line in [
            "某市科技专家库管理办法　 ",
            "某市科技专家库管理办法",
            "现将办法印发。",
            "　",
            "",
            "办法：\t",
            "办法",
            "办法；",
            "管理办法？",
        ] {
            let text = format!("甲\n{line}\n乙");
            let (start, end) = ("甲\n".len(), "甲\n".len() + line.len());
            assert_eq!(is_enclosed_title_line(&text, start, end), is_enclosed_title(trim_space_end(line)), "{line:?}");
        }
        for line in ["2025年7月28日", "二〇一九年二月十四日", "2024 年10 月21 日", "附：", "附件2"]
        {
            assert!(ends_a_document(line), "{line}");
        }
        assert!(is_short_attachment_label("附：") && is_short_attachment_label("附: "));
        assert!(!is_short_attachment_label("附则") && !is_short_attachment_label("附：电信业务分类目录"));
        assert_eq!(short_attachment_label_with_title("附：科研加分申报具体流程"), Some("附：".len()));
        assert_eq!(short_attachment_label_with_title("附："), None, "the label alone");
        assert_eq!(short_attachment_label_with_title("附：本表一式两份，报送学生处。"), None, "a sentence");
        assert_eq!(short_attachment_label_with_title("附则"), None);
        for line in ["到2025年完成", "2025年", "年月日", "附件所列材料应当齐全。", "附则", "12345年1月1日"]
        {
            assert!(!ends_a_document(line), "{line}");
        }
    }
}
