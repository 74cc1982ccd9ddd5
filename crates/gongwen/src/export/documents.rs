//! The documents table (`gongwen documents`): one [`DocumentRow`] per document, and the
//! document type ([`genre`]) read from its title.

use super::{CharIndex, DocumentRow};
use crate::document::Document;
use crate::lexicon::genres::{DRAFT_SUFFIX, GENRES, NAME_JOINER, TITLE_QUOTES};
use crate::lexicon::markers::{CLOSE_BRACKETS, OPEN_BRACKETS};
use crate::model::{ElementKind, ElementValue, QuantityKind};

/// One row for `doc`: its title on one line, its type ([`genre`]), number, date and issuer
/// (from its elements), and how many nodes, figures, references, noise spans and diagnostics
/// it has.
///
/// ```
/// let text = "国务院办公厅关于做好某项工作的通知\n国办发〔2019〕6号\n各省、自治区、直辖市人民政府：\n一、目标\n新建幼儿园8所。\n国务院办公厅\n2019年1月22日\n";
/// let row = gongwen::export::document_row(&gongwen::parse(text));
/// assert_eq!(row.genre, Some("通知"));
/// assert_eq!(row.doc_number.as_deref(), Some("国办发〔2019〕6号"));
/// assert_eq!(row.date.as_deref(), Some("2019-01-22"));
/// assert_eq!(row.issuer.as_deref(), Some("国务院办公厅"));
/// assert_eq!((row.nodes, row.max_depth, row.trees, row.targets), (1, 1, 1, 1));
/// ```
#[must_use]
pub fn document_row(doc: &Document<'_>) -> DocumentRow {
    let title = doc.title_line().map(std::borrow::Cow::into_owned).filter(|t| !t.is_empty());
    let element_text = |kind| doc.element(kind).map(|e| doc.clean_slice(e.span).into_owned());
    let date = doc.element(ElementKind::Date).and_then(|e| match &e.value {
        ElementValue::Date(d) => Some(d.to_string()),
        _ => None,
    });
    let issuer = doc.element(ElementKind::Issuer).and_then(|e| match &e.value {
        ElementValue::Names(names) if !names.is_empty() => Some(names.join(NAME_JOINER)),
        _ => None,
    });
    let mut trees = 0u16;
    let mut last_tree = None;
    for n in doc.nodes() {
        if last_tree != Some(n.tree) {
            trees = trees.saturating_add(1);
            last_tree = Some(n.tree);
        }
    }
    DocumentRow {
        genre: title.as_deref().and_then(genre),
        title,
        doc_number: element_text(ElementKind::DocNumber),
        date,
        issuer,
        chars: CharIndex::new(doc.text()).char_offset(crate::text::to_u32(doc.text().len())),
        nodes: doc.node_count(),
        max_depth: doc.nodes().map(|n| n.depth).max().unwrap_or(0),
        trees,
        quantities: doc.quantities().len(),
        targets: doc.quantities().filter(|q| q.kind == QuantityKind::Quantity).count(),
        references: doc.references().len(),
        noise: doc.noise().len(),
        diagnostics: doc.diagnostics().len(),
    }
}

/// The document type (文种) a title names by its ending, or none: `通知`, `意见`, `批复`,
/// `法`, `条例`, `方案` … ([`DocumentRow::genre`]). Closing notes in brackets
/// (`（试行）`, `（2021年修订）`, `（2023—2025年）`) and quotation marks around the whole title
/// are passed over; a transmitting notice is a `通知`, whatever it transmits.
///
/// ```
/// use gongwen::export::genre;
/// assert_eq!(genre("国务院关于印发国家职业教育改革实施方案的通知"), Some("通知"));
/// assert_eq!(genre("上海市北斗产业高质量发展三年行动计划（2021-2023年）"), Some("计划"));
/// assert_eq!(genre("上海市实施《中华人民共和国义务教育法》办法"), Some("办法"));
/// assert_eq!(genre("中华人民共和国民事诉讼法修正案草案"), Some("修正案"));
/// assert_eq!(genre("劳动者超时加班发生工伤，用工单位是否承担连带赔偿责任"), None);
/// ```
#[must_use]
pub fn genre(title: &str) -> Option<&'static str> {
    let core = without_closing_notes(title);
    GENRES.iter().find(|(ending, _)| core.ends_with(ending)).map(|&(_, genre)| genre)
}

/// `title` without the bracketed notes that close it (`办法（试行）（2019年修订）` is `办法`)
/// and without quotation marks around it all; a title that is only a note stays as it is.
/// An unbracketed draft word (`…修正案草案`) is such a note too.
fn without_closing_notes(title: &str) -> &str {
    let mut t = title.trim_end();
    loop {
        let (open, close) = TITLE_QUOTES;
        if let Some(inner) = t.strip_prefix(open).and_then(|s| s.strip_suffix(close)) {
            t = inner.trim_end();
            continue;
        }
        if let Some(rest) = t.strip_suffix(DRAFT_SUFFIX).filter(|r| !r.trim_end().is_empty()) {
            t = rest.trim_end();
            continue;
        }
        match opening_of_closing_note(t) {
            Some(start) if start > 0 => t = t.get(..start).unwrap_or(t).trim_end(),
            _ => return t,
        }
    }
}

/// The byte offset of the bracket that opens the note `t` ends with (`（试行）`), nested
/// brackets counted; none when `t` does not end with a closing bracket or it is not opened.
fn opening_of_closing_note(t: &str) -> Option<usize> {
    let last = t.chars().next_back()?;
    if !CLOSE_BRACKETS.contains(&last) {
        return None;
    }
    let mut depth = 0usize;
    for (i, c) in t.char_indices().rev() {
        if CLOSE_BRACKETS.contains(&c) {
            depth += 1;
        } else if OPEN_BRACKETS.contains(&c) {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                return Some(i);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{document_row, genre};

    #[test]
    fn the_genre_is_the_longest_ending_after_the_closing_notes() {
        let cases = [
            // The fifteen types of the regulation, as titles of the bench and dev corpora.
            ("国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函", Some("函")),
            ("国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见", Some("意见")),
            ("关于印发《上海市脑机接口未来产业培育行动方案（2025-2030年）》的通知", Some("通知")),
            ("关于办理环境污染刑事案件有关问题座谈会纪要", Some("纪要")),
            ("国务院关于提请审议《中华人民共和国疫苗管理法（草案）》的议案", Some("议案")),
            // Statutes: the longest ending wins (`办法` over `法`), notes are passed over.
            ("广东省碳排放管理试行办法", Some("办法")),
            ("中华人民共和国个人所得税法", Some("法")),
            ("中华人民共和国民法典", Some("法")),
            ("中华人民共和国刑法修正案（十一）", Some("修正案")),
            ("上海市学位论文作假行为处理办法（2024年9月修订）", Some("办法")),
            ("《专利代理条例》", Some("条例")),
            ("最高人民法院关于适用《中华人民共和国行政诉讼法》的解释", Some("解释")),
            ("医疗机构制剂配制质量管理规范（试行）", Some("规范")),
            // A court case ends with 案, also after 协议.
            ("中山市某房地产发展有限公司诉广东省中山市自然资源局要求解除行政协议案", Some("案例")),
            ("上海市促进商业航天发展打造空间信息产业高地行动计划（2023—2025年）", Some("计划")),
            // A plan ending with 预案 is no court case (`案`).
            ("XX市突发环境事件应急预案（2024年修订）", Some("预案")),
            ("关于《中华人民共和国民法典（草案）》的说明", Some("说明")),
            // Unknown: a question, a bare note, nothing.
            ("用人单位以规章制度形式否认劳动者加班事实是否有效", None),
            ("（试行）", None),
            ("", None),
        ];
        for (title, expected) in cases {
            assert_eq!(genre(title), expected, "{title}");
        }
    }

    #[test]
    fn the_row_counts_what_the_other_tables_list() {
        let text = "某市教育局关于印发2024年工作要点的通知\n各学校：\n一、目标\n（一）新建幼儿园8所，完成率达到95%以上。\n二、保障\n依照《中华人民共和国教育法》执行。\n附件1\n一、甲\n某市教育局\n2024年3月1日\n";
        let doc = crate::parse(text);
        let row = document_row(&doc);
        assert_eq!(row.title.as_deref(), Some("某市教育局关于印发2024年工作要点的通知"));
        assert_eq!(row.genre, Some("通知"));
        assert_eq!(row.nodes, super::super::outline_rows(&doc).len());
        assert_eq!(row.max_depth, 2);
        assert_eq!(row.trees, 2);
        let quantities = super::super::quantity_rows(&doc);
        assert_eq!(row.quantities, quantities.len());
        assert_eq!(row.targets, quantities.iter().filter(|q| q.kind == "quantity").count());
        assert_eq!(row.targets, 2);
        assert_eq!(row.references, super::super::reference_rows(&doc).len());
        assert_eq!(row.chars, u32::try_from(text.chars().count()).unwrap_or(0));
        assert_eq!(row.date.as_deref(), Some("2024-03-01"));
        assert_eq!(row.issuer.as_deref(), Some("某市教育局"));
    }

    #[test]
    fn a_title_over_lines_is_one_line_and_nothing_is_read_without_elements() {
        let doc = crate::parse("国务院办公厅关于加快发展\n体育竞赛表演产业的指导意见\n一、总体要求\n");
        let row = document_row(&doc);
        assert_eq!(row.title.as_deref(), Some("国务院办公厅关于加快发展体育竞赛表演产业的指导意见"));
        assert_eq!(row.genre, Some("意见"));
        assert_eq!((row.doc_number, row.date, row.issuer), (None, None, None));
        let empty = document_row(&crate::parse(""));
        assert_eq!((empty.title, empty.genre, empty.nodes, empty.max_depth, empty.trees), (None, None, 0, 0, 0));
    }
}
