//! The words that tell a document element (GB/T 9704-2012 §7), read by the `elements` stage.

use crate::model::ElementKind;

/// The bracket pairs around the year of a document number, read by
/// `elements::number::doc_number_at`. GB/T 9704 §7.2.4 prescribes `〔〕`; copies print others.
pub(crate) const YEAR_BRACKETS: [(char, char); 7] = [
    // 国办发〔2019〕6号 (govcn:2, 国务院办公厅关于有效发挥政府性融资担保基金作用…的指导意见).
    ('〔', '〕'),
    // 上财行规﹝2024﹞1 号 (dev d19, a PDF copy).
    ('﹝', '﹞'),
    // 国发[2019]4号: ASCII brackets in web copies of 国务院关于印发国家职业教育改革实施方案的通知.
    ('[', ']'),
    // 国发［2019］4号: the full-width form of the same.
    ('［', '］'),
    // 国办发（2018）128号: full-width parentheses in reposted copies.
    ('（', '）'),
    // 国办发(2018)128号.
    ('(', ')'),
    // 粤府办【2020】5号 (广东省人民政府办公厅 web copies).
    ('【', '】'),
];

/// Characters no agency code (机关代字, GB/T 9704 §7.2.4) holds, read by
/// `elements::number::doc_number_at`: a code is an abbreviation of the issuing bodies
/// (`国办发`, `沪府办发`, `京政发`), never a phrase.
/// - `的`: the particle of a title's words; in a text whose line breaks were lost, a title
///   `…行动方案的通知` runs into its number (`国务院办公厅关于印发…行动方案的通知国办发〔2024〕5号`),
///   and `的通知国办发` is no code.
/// - `以`: the preposition of a note naming the number a document was issued under
///   (`最高人民法院以法发〔1993〕15号通知印发`, bench lawref:da81f3a8df2c; `我院以法〔1998〕86号通知印发了…`,
///   a court's notice in the same corpus); where the line breaks were lost, `院以法发` is no code.
pub(crate) const NOT_IN_AGENCY_CODES: [char; 2] = ['的', '以'];

/// Words of a remark a reposting site adds in brackets below a document (`（本文有删减）`,
/// `（有删节）`), read by `elements::signature::note_text`: the site's, not the 附注 of
/// GB/T 9704 §7.3.6 (`（此件公开发布）`, a contact line).
pub(crate) const EDITOR_REMARKS: [&str; 2] = [
    // （本文有删减）, （略有删减） under the date of provincial notices reposted on portals.
    "删减", // （有删节）, the form of newspaper and 新华社 reprints.
    "删节",
];

/// How a 附注 of distribution opens (GB/T 9704 §7.3.6: `（此件公开发布）`, `（此件发至县级）`),
/// read by `elements::run_on`: where a copy lost its line breaks, such a note right after a
/// date shows the date signs the document (`…请认真贯彻执行。国务院2019年1月24日（此件公开发布）
/// 国家职业教育改革实施方案…`, govcn:3).
pub(crate) const NOTE_OPENER: &str = "此件";

/// The words of a seal placeholder (`（盖章）`) that a template or a copy prints where the
/// issuer's seal goes (GB/T 9704 §7.3.5.1: the seal covers the issuer and the date), read
/// by `elements::signature`: a bracketed placeholder after the issuer (`某局（盖章）`) is no part
/// of its name, and a line that is only a placeholder between the issuer and the date is
/// passed over.
pub(crate) const SEAL_PLACEHOLDERS: [&str; 4] = [
    // （公章） under the date of a 协助执行通知书 template (bench lawref, 市场监管总局 and 最高法
    // 股权冻结 notices).
    "公章",
    // 某局（盖章）, 申请单位（盖章）: the form of the templates that portals attach to notices
    // (申报表, 承诺书); no signature in the corpora prints it.
    "盖章",
    // （印章） between the issuer and the date in copies of signed notices on portals; outside
    // the corpora.
    "印章",
    // 单位（签章）, the form of contract and filing templates on portals; outside the corpora.
    "签章",
];

/// 密级 (GB/T 9704 §7.2.2), read by `elements::head::mark_tokens`: a head line token starting
/// with one of these, optionally with its period after `★` (`机密★1年`, the form of the
/// standard's own sample page, GB/T 9704-2012 附录A).
pub(crate) const SECRECY_LEVELS: [&str; 3] = ["绝密", "机密", "秘密"];

/// 紧急程度 (GB/T 9704 §7.2.3; 特提 and 平急 for telegrams, §10.4), read by
/// `elements::head::mark_tokens`: a head line token that is exactly one of these (`特急` on the
/// sample page of GB/T 9704-2012 附录A).
pub(crate) const URGENCY_WORDS: [&str; 4] = ["特急", "加急", "特提", "平急"];

/// The word that ends a 发文机关标志 (GB/T 9704 §7.2.4), read by `elements::head::issuer_mark`:
/// `上海财经大学文件` above `上财行规﹝2024﹞1 号` (dev d19).
pub(crate) const ISSUER_MARK_SUFFIX: &str = "文件";

/// The label of the 签发人 (GB/T 9704 §7.2.5), read by `elements::head::signer`: `签发人：李克强`
/// beside the document number of an up-going document (国务院关于…的请示).
pub(crate) const SIGNER_LABEL: &str = "签发人";

/// The labels of a site's metadata table (gov.cn: `索引号：` `发文机关：` `成文日期：` …), read by
/// `elements::head::recipients`: a head line ending in `：` that is one of these cells is no
/// 主送 line (the 国务院政策文件库 pages of 国办发〔2019〕6号 open with this table).
pub(crate) const METADATA_LABELS: [&str; 14] = [
    "索引号",
    "主题分类",
    "发文机关",
    "成文日期",
    "发布日期",
    "发布时间",
    "发文字号",
    "标题",
    "主题词",
    "来源",
    "文号",
    "时效",
    "有效性",
    "发布机构",
];

/// The metadata cells whose value is a document element, read by `elements::metadata`: a
/// site's table above the document states them (the 国务院政策文件库 pages of gov.cn print
/// `发文机关：国务院办公厅` `成文日期：2019年01月22日` `发文字号：国办发〔2019〕6号` above 国务院办公厅关于有效
/// 发挥政府性融资担保基金作用切实支持小微企业和"三农"发展的指导意见). The cell `发布日期` is the
/// day the site published the page, no 成文日期, and is not here.
pub(crate) const METADATA_CELLS: [(&str, ElementKind); 4] = [
    // 发文字号：国办发〔2019〕6号 (the gov.cn table above).
    ("发文字号", ElementKind::DocNumber),
    // 文号：沪府办发〔2023〕19号, the label of provincial and municipal portals' tables.
    ("文号", ElementKind::DocNumber),
    // 成文日期：2019年01月22日 (the gov.cn table above; signed 2019年1月22日, bench govcn:2).
    ("成文日期", ElementKind::Date),
    // 发文机关：国务院办公厅 (the gov.cn table above).
    ("发文机关", ElementKind::Issuer),
];

/// Labels of a web page's furniture that end in `：` (a share bar, a font-size switch, the
/// article's byline), read by `elements::head::recipients`: such a head line is no 主送 line.
/// Chinese government sites print them around the document (audit of issue 18, W4).
pub(crate) const PAGE_LABELS: [&str; 9] = [
    // 分享到： above the title of a 杭州市人民政府 page (www.hangzhou.gov.cn).
    "分享到",
    // 字号： / 大 中 小 (the font-size switch of provincial government pages).
    "字号",
    // 字体： / 大 中 小 (the same switch on other sites).
    "字体",
    // 信息来源：市政府办公厅 (the byline of a municipal policy page).
    "信息来源",
    // 责任编辑：张三 (the editor's line at the foot of a page, also printed as its own cell).
    "责任编辑",
    // 作者： (the byline cell of a CMS article page).
    "作者",
    // 点击数： (the hit counter beside the byline).
    "点击数",
    // 浏览次数： (the same counter on other sites).
    "浏览次数",
    // 打印： (the print link of the page's tool bar).
    "打印",
];

/// Salutations of a speech or report, read by `elements::head::recipients`: they open the body
/// like a 主送 line but name no addressee body (`各位代表：` after the title of every
/// 政府工作报告, bench gwr:2008–2022).
pub(crate) const SALUTATIONS: [&str; 5] = ["各位代表", "各位委员", "各位来宾", "同志们", "朋友们"];

/// Words of a lead-in sentence that ends in `：`, read by `elements::head::recipients`: such a
/// line is body, not 主送. Examples from the bench set's judicial texts and regulations, whose
/// first sentence may stand alone on its line with no `。` before the list it opens.
pub(crate) const LEAD_IN_WORDS: [&str; 11] = [
    // 现将有关事项通知如下： (govcn:36's body line).
    "如下", // 现就有关问题通知： (notices that open without a 主送 line).
    "通知", // 现将调整后的组成人员名单通知如下： (govcn:54).
    "现将",
    // 为依法公正地审理反倾销行政案件，根据…，制定本规定： (bench, 最高人民法院关于审理反倾销行政案件应用法律若干问题的规定).
    "规定",
    // 北京市第十五届人民代表大会常务委员会第三十三次会议决定： (bench, a 北京 decision).
    "决定", // 特作以下的规定： (bench, a State Council regulation of the 1950s).
    "以下", // 按照下列规定执行： (bench, 香港特别行政区 flag rules).
    "下列",
    // 为了适当地解决国家机关工作人员的生活困难： (bench, the same regulation).
    "为了",
    // 根据《中华人民共和国国旗法》的有关规定，… (bench, the same flag rules).
    "根据", // 按照… (bench, the same flag rules).
    "按照",
    // 在最高人民法院《关于适用〈中华人民共和国婚姻法〉若干问题的解释（二）》第二十四条的基础上增加两款： (bench, an amending interpretation).
    "《",
];

/// The label of the 附件说明 (GB/T 9704 §7.3.4) and of an attachment's own head, read by
/// `elements::signature`: `附件：第二批支持创新相关改革举措推广清单` above the signature of
/// govcn:10.
pub(crate) const ATTACHMENT_LABEL: &str = "附件";

/// The words after `附件N` that make it the subject of a sentence, not an enclosed attachment's
/// label, read by `elements::run_on::enclosed_label`: `中` (`…具备授予相应学位条件。附件2中Ⅱ类、Ⅲ类
/// 高校应届本科毕业生的学习成绩在专业或班级排名前50%`, a province's 选调 notice whose line breaks a
/// university site lost) and `的` (`附件1的填写要求`, the way a notice names what an attachment holds).
pub(crate) const IN_ATTACHMENT: [char; 2] = ['中', '的'];

/// The short label of a 附件说明 (GB/T 9704 §7.3.4), `附：` and the attachment's name, read by
/// `elements::signature::label`: `附：内地西藏初中班（校）扩大招生计划表` above the signature
/// `国家教委` / `一九九六年五月十三日` (bench govcn:52, the 意见 that 国办发〔1996〕32号 transmits).
pub(crate) const SHORT_ATTACHMENT_LABEL: &str = "附";

/// The words an issuing body's name ends with, read by `elements::run_on::signature_after`: a
/// signature run into the text of a copy whose line breaks were lost is read only where the
/// words before its date name a body (`…请认真贯彻执行。国务院2019年1月24日…`), not an event
/// of a sentence (`。根据2020年07月20日 公安部令第159号…修正`, bench lawref:15509981274e). Also read
/// by `elements::head::continues_recipients`: a 主送 line that opens with one of a character
/// goes on with a name a hard wrap cut on the line above (`…高级人民法` / `院、人民检察院…`).
pub(crate) const ISSUER_ENDINGS: [&str; 12] = [
    "院",   // 国务院 (govcn:3); 最高人民检察院 (bench lawref:7088b78d1704)
    "部",   // 劳动部 (bench lawref:288c51a09ca5)
    "委",   // 国家教委 (govcn:52)
    "会",   // 上海市农业农村委员会 (dev d13)
    "厅",   // 国务院办公厅 (govcn:2)
    "局",   // 国家地震局 (govcn:20)
    "室",   // 国家互联网信息办公室 (bench laws)
    "处",   // 上海财经大学学生工作处 (dev d19, 印发机关)
    "政府", // 上海市人民政府 (bench laws)
    "大学", // 上海财经大学 (dev d19)
    "公司", // 西安新兴紫楹台酒店有限公司 (dev d02)
    // 某市公共资源交易中心, 某市政务服务中心 (the bodies that sign 招标/采购 and 办事 notices;
    // 中国疾病预防控制中心 signs the 国家卫生健康委 notices it issues with it).
    "中心",
];

/// The endings of a place name that opens an issuing body's name (`上海市`, `广东省`,
/// `内蒙古自治区`), read by `elements::run_on::split_glued_issuers`: a signature of several
/// bodies whose line breaks were lost runs their names together, and each name starts again
/// with the same place: `上海市科学技术委员会上海市发展和改革委员会上海市教育委员会` (dev d10,
/// four bodies of one city signing a joint notice).
pub(crate) const PLACE_SUFFIXES: [char; 4] = [
    '省', // 广东省碳排放管理试行办法 (dev d15): 广东省人民政府
    '市', // 上海市科学技术委员会 (dev d10)
    '区', // 内蒙古自治区; 各区人民政府 (dev d12)
    '县', // 县人民政府 (bench laws, a county's government)
];

/// The word a list of addressees opens with (GB/T 9704 §7.3.2: `各省、自治区、直辖市人民政府`,
/// govcn:2; `各区人民政府（管委会）` over `市政府各部门：`, a municipal notice's 主送 over two
/// lines), read by `title::Block::title`: a line without a type word that opens with it is
/// no title.
pub(crate) const ADDRESSEES_OPENER: char = '各';

/// The labels of the 抄送机关 line (GB/T 9704 §7.4.2; `抄报` for superiors in older copies),
/// read by `elements::colophon`: `抄送：党中央各部门，中央军委办公厅，全国人大常委会办公厅…`
/// in the 版记 of 国发〔2019〕4号 as printed.
pub(crate) const CC_LABELS: [&str; 2] = ["抄送", "抄报"];

/// The word that ends the 印发机关和印发日期 line (GB/T 9704 §7.4.3), read by
/// `elements::colophon`: `上海财经大学研究生院      社会公开      2024 年10 月23 日印发` (dev d20).
pub(crate) const PRINTED_SUFFIX: &str = "印发";

/// Endings of a post title in a signature that is a post and a name (a 令, GB/T 9704 §7.3.5.3),
/// read by `elements::signature::issuers`: `总理　　李克强` (govcn:58, 国务院令第706号) is one
/// signature, not two issuers.
pub(crate) const POST_ENDINGS: [&str; 5] = ["长", "主席", "总理", "主任", "书记"];

/// The words after a date in a statute's or judicial text's head note that say what happened
/// on that day, read by `elements::statute`. The longest match wins where two overlap.
pub(crate) const STATUTE_EVENTS: [(&str, ElementKind); 9] = [
    // （2021年10月23日第十三届全国人民代表大会常务委员会第三十一次会议通过） (dev d03).
    ("通过", ElementKind::Adopted),
    // 2016年7月29日 浙江省第十二届人民代表大会常务委员会第三十一次会议批准 (bench, 杭州市大气污染防治规定).
    ("批准", ElementKind::Approved),
    // 根据1993年10月31日…《关于修改〈中华人民共和国个人所得税法〉的决定》第一次修正 (dev d04).
    ("修正", ElementKind::Amended),
    // 根据2020年5月12日粤府令第275号第一次修改 (dev d15).
    ("修改", ElementKind::Amended),
    // 2017年12月27日 第十二届全国人民代表大会常务委员会第三十一次会议修订 (bench, 农民专业合作社法).
    ("修订", ElementKind::Revised),
    // 2021年11月30日生态环境部、公安部、交通运输部令第23号公布 (dev d14).
    ("公布", ElementKind::Promulgated),
    // 2007年5月9日 最高人民法院、最高人民检察院公告发布 (judicial interpretations of the bench set).
    ("发布", ElementKind::Promulgated),
    // 自2022年1月1日起施行 (dev d14).
    ("施行", ElementKind::Effective),
    // 本办法自2026年1月1日起实施 (dev d07).
    ("实施", ElementKind::Effective),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::check;

    #[test]
    fn no_row_is_duplicated() {
        check::distinct(SECRECY_LEVELS);
        check::distinct(URGENCY_WORDS);
        check::distinct(METADATA_LABELS);
        check::distinct(PAGE_LABELS);
        check::distinct(SALUTATIONS);
        check::distinct(LEAD_IN_WORDS);
        check::distinct(CC_LABELS);
        check::distinct(PLACE_SUFFIXES);
        check::distinct(ISSUER_ENDINGS);
        check::distinct(POST_ENDINGS);
        check::distinct(STATUTE_EVENTS.map(|(w, _)| w));
        check::distinct(YEAR_BRACKETS.map(|(open, _)| open));
    }

    #[test]
    fn every_row_can_be_reached() {
        // The 抄送 labels are taken by the first that begins a line; the event words by the
        // first that ends a clause.
        check::none_after_its_prefix(&CC_LABELS);
        check::none_after_its_suffix(&STATUTE_EVENTS.map(|(w, _)| w));
    }
}
