//! The words the outline builder reads besides the markers: the label lines that open a
//! table of contents, an attachment or a note, and the words that show a marker-like
//! string is a number list or a reference, not a unit.

use crate::lexicon::punct::first_char_keys;

/// Labels of a table of contents: a line that holds only the label once white space is
/// left out (`目　　录`). Read by `outline::labels::is_contents_label`: the builder skips
/// the contents after it (`outline::accept`), and the title rule never takes it.
pub(crate) const CONTENTS_LABELS: [&str; 2] = [
    // `目　　录` over the chapters (中华人民共和国家庭教育促进法, corpus/dev d03).
    "目录", // The contents of a national standard (GB/T 9704-2012 党政机关公文格式: `目次`).
    "目次",
];

/// Leaders between a contents entry and its page number (`第一章 总则……1`,
/// `1.1 目的·········3`), besides the dots of [`crate::lexicon::markers::DOTS`]: left out,
/// with the page number, when a heading of the body is compared with a contents entry
/// (`outline::contents`, a heading sequence printed twice).
pub(crate) const CONTENTS_LEADERS: [char; 3] = ['…', '⋯', '·'];

/// The label of an attachment (附件说明, GB/T 9704-2012 §7.3.4) at a line start, alone or
/// with its number and a short title: `附件1：关于学科竞赛加分项目的补充说明` (corpus/dev
/// d21), `附件：第二批支持创新相关改革举措推广清单` (国务院办公厅关于推广第二批支持创新
/// 相关改革举措的通知). Read by `outline::labels::attachment_label`; the attachment starts
/// a tree of its own.
pub(crate) const ATTACHMENT_LABEL: &str = "附件";

/// The short attachment label `附：` on a line of its own: the text after it is an enclosed
/// document (最高人民法院关于修改《关于审理非法行医刑事案件具体应用法律若干问题的解释》的
/// 决定: `附：` over the amended 解释). Read by `outline::labels::is_short_attachment_label`:
/// like `附件`, it starts a tree of its own (电信条例 (2016): `附：` / `电信业务分类目录` /
/// `一、基础电信业务`, bench lawref).
pub(crate) const SHORT_ATTACHMENT_LABEL: &str = "附";

/// The words a statute's first article opens with (立法技术规范: the first article states the
/// purpose and the basis, `第一条 为了规范物业管理活动，……，制定本条例。`; of the 3,288 first
/// articles of bench lawrefbook_laws, some 2,700 open with `为` and 151 with `根据`), read by
/// `outline::candidates::unit_after_title`: in a text whose line breaks were lost, a `第一条`
/// glued to its title and then to one of them opens the article (`某市物业管理条例第一条为了…`);
/// glued to other words it is a reference (`关于适用某某条例第一条的解释`).
pub(crate) const FIRST_ARTICLE_OPENINGS: [&str; 2] = [
    "为",   // 第一条 为了保护和改善环境… (中华人民共和国环境保护法); 第一条 为加强… (bench lawref)
    "根据", // 第一条 根据宪法，制定本法。 (中华人民共和国全国人民代表大会组织法)
];

/// Particles after which a statute marker is named in a sentence, not a unit that opens
/// (`outline::candidates::mid_sentence`): `的` makes what follows it a noun of the sentence
/// (`…学习条例的第一章  总则第一条 为了…`, a notice on a regulation whose line breaks were lost).
pub(crate) const MENTION_PARTICLES: [char; 1] = ['的'];

/// The words of a date line (成文日期, GB/T 9704-2012 §7.3.5: `2019年2月14日`, 国务院关于
/// 印发…的通知): year, month, day. A title line right after a date line heads an enclosed
/// document. Read by `outline::labels::ends_a_document`.
pub(crate) const DATE_LINE_WORDS: [char; 3] = ['年', '月', '日'];

/// Labels of a note or a legend whose list starts a tree of its own (`注：1、…`), read by
/// `outline::labels::is_note_label`: the label, a colon, then the list's first marker on the
/// same line; or, read by `outline::labels::is_note_label_line`, the label alone on its line
/// (its colon written or not) over a list starting at one (`备注：` ⏎ `1.同一事项…`, corpus/dev
/// d19; `说明` ⏎ `1.…`).
pub(crate) const NOTE_LABELS: [&str; 5] = [
    // `注：` over `（1）专利权人须为上海财经大学` (corpus/dev d21).
    "注",
    // `注释：` over `1.本公报中数据均为初步统计数。` (the notes at the end of a 国民经济和社会发展统计公报:
    // 中华人民共和国2023年国民经济和社会发展统计公报 prints `注释：` over `[1]本公报中数据均为初步统计数…`,
    // provincial and municipal bulletins number them `1.` `2.` or `①` `②`).
    "注释",
    // `说明：国徽的内容为国旗、天安门、齿轮和麦稻穗` (中华人民共和国国徽法, 附件).
    "说明", // `备注：` over `1.同一事项获不同等级荣誉称号` (corpus/dev d19).
    "备注", // The 附注 of GB/T 9704-2012 §7.3.6.
    "附注",
];

/// The label of a box (专栏) set inside a plan's text, with its number and caption on its line
/// (`专栏1 “十三五”时期主要成就`, `专栏 3　交通重点工程`: the 专栏 of every 五年规划 and 行动方案 that the
/// State Council and the provinces publish, a box of indicators or projects with its own `1.` `2.`
/// list). Read by `outline::labels::is_box_label_line`: like a note label alone on its line, it
/// starts a tree of its own for the list under it, and the numbering that resumes after the
/// box goes back to the tree it interrupted. Not one of [`LABEL_OPENERS`]: a line that opens
/// like a label is an event of the outline's first pass, and the many lines that open with
/// `专` (`专家`, `专项`) would stand between the candidates the second pass looks ahead to.
pub(crate) const BOX_LABEL: &str = "专栏";

/// The header cell of a table's row-number column, alone on its line or first in a header row
/// flattened with spaces (`序号 项目名称 投资额（万元）`): a table copied one cell a line (`序号` / `重点任务` / `责任单位` / `1.` / `推进…` …, the 附件 of 国务院办公厅关于推广
/// 第二批支持创新相关改革举措的通知, bench govcn). Read by `outline::labels::is_row_number_header`:
/// after it, markers alone on their lines numbered from one (`1.`, `2.` …) are the rows' numbers,
/// not units (issue 6: table cells are no outline levels).
pub(crate) const ROW_NUMBER_HEADERS: [&str; 1] = ["序号"];

/// The first characters of every label ([`CONTENTS_LABELS`], [`ATTACHMENT_LABEL`],
/// [`NOTE_LABELS`]) as UTF-8 keys (`lexicon::punct::utf8_keys`), derived from the tables: the
/// outline's first pass keeps a line as a possible label only when its first three bytes
/// are one of them.
pub(crate) const LABEL_OPENERS: [u32; 8] = first_char_keys(&[&CONTENTS_LABELS, &[ATTACHMENT_LABEL], &NOTE_LABELS]);

/// The copulas that make a `第X类`/`第X部分` at a line start the subject of a sentence, not a
/// heading (`outline::accept`, `reads_as_words`): a heading never opens with one. `第一类是中西部地区
/// 和艰苦边远地区县以下机关、企事业单位…` ⏎ `第二类是工作现场地处…` (上海财经大学中西部基层单位就业
/// 毕业生学费和国家助学贷款代偿管理办法, 第五条: `基层单位包含两类：`), a hard wrap leaving the line
/// short and without a comma.
pub(crate) const PART_COPULAS: [&str; 1] = ["是"];

/// The brackets around the title of an article (`第一条【立法目的】`, as the 条旨 of
/// annotated statutes print it; `[` `]` in converted copies; `第一条（目的和依据）`, as
/// Shanghai's local regulations and government rules print theirs: 上海市公共场所控制吸烟条例):
/// read by `outline::heading::bracketed`, an article's heading.
pub(crate) const ARTICLE_TITLE_OPEN: [char; 4] = ['【', '[', '（', '('];

/// The closing brackets of [`ARTICLE_TITLE_OPEN`], in the same order.
pub(crate) const ARTICLE_TITLE_CLOSE: [char; 4] = ['】', ']', '）', ')'];

/// What follows the numeral after a `一、` or `2、` marker when the marker is the first
/// member of a number list, not a unit (`outline::accept::starts_number_list`).
pub(crate) const NUMBER_LIST_WORDS: [&str; 5] = [
    // `第二、三、四学年初` (上海财经大学本科生素质综合评价实施办法, corpus/dev d19).
    "、",   // `建立一、二年级学生和幼儿接送交接制度` (山东省学校安全条例).
    "年级", // `2、3月份`: two months.
    "月",   // `一、二等奖励项目` (合理化建议和技术改进奖励条例).
    "等奖",
    // `走私国家一、二级保护动物` (最高人民法院关于审理走私刑事案件具体应用法律若干问题的解释),
    // at a line start where a PDF copy wraps the sentence.
    "级",
];

/// What may join a bracketed marker to the next bracketed numeral in a list of references
/// (`outline::accept::starts_reference_list`): `前款（一）、（三）、（四）、（五）项`
/// (最高人民法院关于行政诉讼证据若干问题的规定, corpus/dev d17), `（一）至（三）项所列人员`
/// (北京市区、乡、民族乡、镇人民代表大会代表选举实施细则), `（二）和（三）`, `（二）或（三）`.
pub(crate) const REFERENCE_JOINERS: [char; 6] = ['、', '，', ',', '和', '或', '至'];

/// The characters right before a glued bracketed marker that make it a reference to an
/// item, not the next item (`outline::accept`, a glued `（二）`): `第（一）至（四）项`
/// (北京市旅游管理条例), `本条例第七条（一）、（二）` (淄博市田庄水库保护管理条例),
/// `前款（一）` (corpus/dev d17), and the conjunctions and particles of a list of references
/// (`之`, `和`, `或`, `及`, `至`, `与`).
pub(crate) const REFERENCE_WORDS: [char; 11] = ['第', '条', '款', '项', '目', '之', '和', '或', '及', '至', '与'];

/// The words that open a reference to an article, not an unnumbered heading glued to it
/// (`outline::candidates::after_short_heading`, where line breaks were lost: `…的问题。法律责任第五十八条
/// 有关单位…` is a heading and its article): `本` (`本条例第二十条`), `依照` (`依照本法第六十条的规定`),
/// `依据`, `根据` (`根据刑法第三百零三条`), `按照` (`按照本办法第十条规定`), `违反` (`违反本条例第十二条`),
/// each of them opening sentences of the bench statutes.
pub(crate) const REFERENCE_OPENERS: [&str; 6] = ["本", "依照", "依据", "根据", "按照", "违反"];

/// The labels of a table's or a figure's caption, followed by its number (`outline::accept`,
/// `Builder::follows_caption`): where line breaks were lost, a division glued to a caption
/// (`表1：五育各项分值表第一节德育评价第十条…`, corpus/dev d21 joined) stood on the next line.
/// `表`: `表1：五育各项分值表` (dev d21), `表3　2023年各地区生产总值` (a 统计公报's table);
/// `图`: `图1　2019—2023年国内生产总值及其增长速度` (the 国民经济和社会发展统计公报's figures).
pub(crate) const CAPTION_LABELS: [char; 2] = ['表', '图'];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::check::distinct;

    #[test]
    fn tables_are_distinct() {
        distinct(CONTENTS_LABELS);
        distinct(CONTENTS_LEADERS);
        distinct(NOTE_LABELS);
        distinct(ROW_NUMBER_HEADERS);
        distinct(NUMBER_LIST_WORDS);
        distinct(REFERENCE_JOINERS);
        distinct(REFERENCE_WORDS);
        assert!(!NOTE_LABELS.contains(&ATTACHMENT_LABEL) && !CONTENTS_LABELS.contains(&ATTACHMENT_LABEL));
    }

    #[test]
    fn label_openers_are_the_first_characters_of_the_labels() {
        let labels: Vec<&str> =
            CONTENTS_LABELS.iter().chain([&ATTACHMENT_LABEL]).chain(&NOTE_LABELS).copied().collect();
        let mut firsts: Vec<u32> =
            labels.iter().filter_map(|l| l.chars().next()).map(crate::lexicon::punct::utf8_key).collect();
        firsts.sort_unstable();
        firsts.dedup();
        let mut keys: Vec<u32> = LABEL_OPENERS.iter().copied().filter(|&k| k != 0).collect();
        keys.sort_unstable();
        assert_eq!(keys, firsts, "every label's first character, each once, and nothing else");
    }
}
