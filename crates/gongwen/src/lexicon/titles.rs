//! Words that tell a title line.

/// Words that end the title of an official document (文种, GB/T 9704-2012 §7.3.1, and the
/// names of laws, plans and reports). Read by `outline::heading::title` (the title is the
/// first short preamble line ending with one) and by the boilerplate detector
/// (`noise::boilerplate`: a title line inside a site header neither breaks nor joins it).
///
/// Each row gives a title that ends with it, from the bench corpus (laws and State Council
/// documents), corpus/dev, or a title a law names.
pub(crate) const TITLE_ENDINGS: [&str; 48] = [
    "要点", // 常务委员会年度工作要点 (全国人民代表大会组织法 第二十九条)
    "计划", // 北京市路侧停车电子收费系统建设三年工作计划
    "案", // 吴某与某电子商务有限公司买卖合同纠纷案 (a court case, bench lawref:3167aa315d3f); 重新组建仲裁机构方案; 关于提请审议…的议案 (国务院, 2019)
    "意见", // 最高人民检察院关于适用刑法分则规定的犯罪的罪名的意见
    "通知", // 关于印发《上海市科技专家库管理办法》的通知 (corpus/dev d06)
    "规定", // 浙江省河长制规定
    "条例", // 信访条例
    "决定", // 北京市人民代表大会常务委员会关于废止部分地方性法规的决定
    "报告", // 西安新兴紫楹台酒店有限公司生产安全事故风险评估报告 (corpus/dev d02)
    "总结", // 考古发掘工作总结 (山东省文物保护条例)
    "纲要", // 长江三角洲区域一体化发展规划纲要
    "细则", // 水路货物运输合同实施细则
    "规则", // 人民法院在线诉讼规则
    "批复", // 最高人民法院关于新民间借贷司法解释适用范围问题的批复
    "公告", // 道路机动车辆生产企业及产品公告
    "通告", // 关于敦促涉黑涉恶在逃人员投案自首的通告 (最高人民法院等, 2018)
    "决议", // 河南省人民代表大会常务委员会关于加强对司法工作监督的决议
    "法", // 反分裂国家法; 食盐专营办法 (so no row 办法: a row that ends with another is never needed)
    "规划", // 首都功能核心区控制性详细规划
    "安排", // 最高人民法院关于内地与香港特别行政区相互执行仲裁裁决的安排
    "指引", // 产业发展导向目录与空间布局指引 (杭州市生态文明建设促进条例)
    "指南", // 中小学德育工作指南 (教育部, 2017)
    "标准", // 人体损伤程度鉴定标准
    "制度", // 村集体经济组织会计制度 (浙江省农村集体资产管理条例)
    "函", // 国务院办公厅关于科技节水建议的复函
    "讲话", // 在全国教育大会上的讲话 (2018)
    "说明", // 中华人民共和国国徽图案制作说明 (国徽法)
    "措施", // 扎实稳住经济一揽子政策措施 (国发〔2022〕12号)
    "通报", // 国防专利内部通报 (国防专利条例)
    "命令", // 中央人民政府公布中华人民共和国国徽的命令 (香港特别行政区基本法)
    "解释", // 最高人民法院关于审理抢劫案件具体应用法律若干问题的解释 (bench lawref:e78a7c648d18)
    "解答", // 最高人民法院关于审理名誉权案件若干问题的解答 (bench lawref:da81f3a8df2c); 个人所得税政策问题解答
    "章程", // 中国共产党章程
    "守则", // 北京市人大常委会组成人员守则
    "答复", // 国务院办公厅对十届全国人大四次会议第2996号建议的答复 (govcn:28)
    "纪要", // 关于办理环境污染刑事案件有关问题座谈会纪要 (corpus/dev d18)
    "请示", // 关于内地西藏班（校）扩大规模有关问题的请示 (govcn:52)
    "公报", // 上海市人民代表大会常务委员会公报 (bench laws); 某市国民经济和社会发展统计公报 (every statistics bureau)
    "名录", // 国家危险废物名录 (bench lawref:248b33c1a3e3); 北京市重点保护野生动物名录 (bench lawref:9a0195117fb4)
    "清单", // 食品动物中禁止使用的药品及其他化合物清单 (bench lawref:94de3aa0c228); 市场准入负面清单
    // 关于2023年度国家科学技术奖提名项目的公示 (the 公示 that ministries and bureaus publish
    // before an award, an appointment or a tender result: `…拟表彰对象的公示`, `…中标候选人公示`).
    "公示",
    // 关于2024年度城乡居民基本医疗保险缴费工作的政策问答 (the 政策问答 a 医保局, 税务局 or 人社局
    // publishes under its name: `某市医疗保障局` ⏎ `关于…的政策问答`); 个人所得税年度汇算热点问答.
    "问答",
    // 《关于进一步优化营商环境更好服务市场主体的实施意见》解读 (the 政策解读 pages of gov.cn and of
    // every provincial portal: `《…》政策解读`, `关于…的政策解读`).
    "解读",
    // 国家发展改革委有关负责人就《…》答记者问 (the headline form of a ministry's interview page).
    "答记者问",
    // 北京大学2024年博士研究生招生简章 (the 招生简章 every university and school publishes:
    // `某大学2024年硕士研究生招生简章`, `某市2024年公开招聘事业单位工作人员简章`).
    "简章",
    // 全国硕士研究生招生考试思想政治理论考试大纲 (教育部考试中心); 中小学教师资格考试综合素质考试大纲.
    "大纲",
    // 2025年全国硕士研究生招生考试上海财经大学报考点（3109）网上确认须知 (sufe-campus-qa 推免升学, a
    // PDF copy that sets it over two lines: `2025 年全国硕士研究生招生考试` ⏎ `上海财经大学报考点…须知`;
    // every 报考点 publishes one each year), 硕士研究生招生考试考生须知, 新生入学须知.
    "须知",
    // 上海财经大学学生就业综合管理服务平台学生操作手册 (sufe-campus-qa 实习就业, a PDF copy that sets it
    // over three lines: `上海财经大学` ⏎ `学生就业综合管理服务平台` ⏎ `学生操作手册`), 学生手册, 员工手册.
    "手册",
];

/// Characters that mask an agency code in a document number (`×政复〔2013〕102号`, a reply set
/// as an exercise on a civil-service exam site; `××府发〔2013〕5号`, `＊＊办发`, `○○府函` in
/// published templates): the line is a document number, no title. Read by `title::is_masked_number_line`.
pub(crate) const NUMBER_MASKS: [char; 5] = ['×', '*', '＊', '○', '□'];

/// The characters a form prints for a blank to fill in (`合同编号：________`, `出租方（甲方）：＿＿＿＿`,
/// the head of every 合同示范文本 and application form), read by `title::is_form_field`: a label,
/// a colon and only these (white space aside) after it is a field, never a title line.
pub(crate) const FORM_BLANKS: [char; 2] = ['_', '＿'];

/// The fields of a plan's or a report's cover page, each a label and its value on one line
/// (GB/T 29639-2020 生产经营单位生产安全事故应急预案编制导则, 附录: the cover gives the 应急预案编号,
/// 应急预案版本号, 生产经营单位名称, 应急预案名称 and 颁布日期; the risk assessment and resource survey
/// reports filed with a plan print the same), read by `title::is_element_line`: such a line
/// (`版本号：2024年版`, `编制单位：某某宾馆`) is never a title line, nor joined to the title below it.
pub(crate) const COVER_LABELS: [&str; 8] = [
    "预案编号",     // 预案编号：YJYA-2024-01 (a hotel's 综合应急预案 cover)
    "应急预案编号", // the cover's own words in GB/T 29639-2020
    "版本号",       // 版本号：A/0, 版本号：2024年版
    "应急预案版本号",
    "编制单位", // 编制单位：某某酒店管理有限公司 (the cover of a 风险评估报告 or 应急资源调查报告)
    "编制日期", // 编制日期：2024年3月
    "颁布日期", // 颁布日期：2024年5月1日
    "实施日期", // 实施日期：2024年6月1日
];

/// Characters of a breadcrumb or a site label, never of a title (`首页 > 政策 > 文件`,
/// `【Word文档】`, `分类 | 机关公文`; the breadcrumb arrows `首页 » 信息公开 » 通知公告`,
/// `首页 › 政务公开`, `政策文件 → 规范性文件` of other site templates, issue 18 audit W5).
/// Read by `title::Block::is_title_like`. (Words such as `格式` or `摘要` rule nothing out:
/// `上海市合同格式条款监督条例` is a title.)
pub(crate) const NOT_TITLE_CHARS: [char; 9] = ['【', '】', '|', '｜', '>', '＞', '»', '›', '→'];

/// The words that end a site's name (a portal's banner copied with its page above the title),
/// read by `title::is_site_name`: such a line without `关于` is no title line, and a title is
/// never joined to it (`某某市人民政府门户网站` ⏎ `危险废物转移管理办法` was one title).
pub(crate) const SITE_NAME_ENDINGS: [&str; 3] = [
    // 北京市人民政府门户网站, 上海市人民政府门户网站 (the names the municipal portals print in
    // their banners and footers: `主办：北京市人民政府办公厅 … 北京市人民政府门户网站`).
    "网站",
    // 某某区人民政府门户网 (the shorter form of a district portal's banner).
    "门户网",
    // 中国政府网 (www.gov.cn's name at the head of every page of the State Council's documents).
    "政府网",
];

/// The end of a news agency's dateline, the line a reprint prints above the title it carries
/// (`新华社北京2月21日电` ⏎ `中共中央 国务院` ⏎ `关于全面推进乡村振兴加快农业农村现代化的意见`, the form in
/// which 新华社 publishes the 中央一号文件 and other 中共中央 documents; 人民日报 and 中新社 date
/// their wires the same way): the day of a month and `电` (wired), read by
/// `title::is_wire_dateline`. No part of the title.
pub(crate) const WIRE_DATELINE_END: &str = "日电";

/// The bar between a web headline's column tag and its subject (`一图读懂｜《某市促进消费若干措施》
/// 政策解读`, the form of the 政策解读 pages of government portals; outside the corpora), read by
/// `title::is_headline_bar_line`: one such bar after a short tag, a book title after it, is a
/// headline's, not a breadcrumb's or a site label's (`分类 | 机关公文`).
pub(crate) const HEADLINE_BARS: [char; 2] = ['|', '｜'];

/// The most characters of a headline's column tag before its bar (`一图读懂`, `政策解读`,
/// `权威发布`), read by `title::is_headline_bar_line`.
pub(crate) const MAX_HEADLINE_TAG_CHARS: usize = 8;

/// The separator of a breadcrumb written with slashes (`首页/政府信息公开/政策文件/通知`), read
/// by `title::Block::is_title_like`: a line with two of them is no title (one may stand in a
/// title: `党政机关公文格式（GB/T 9704—2012）`).
pub(crate) const PATH_SLASHES: [char; 2] = ['/', '／'];

/// The words a site's column label ends with that no issuing body's name ends with, read by
/// `title::Block::first_of_title`: such a line right above a title line that opens with `关于` is
/// the column the page was copied from, not the issuer that starts the title (`政务公开` ⏎
/// `关于做好…的通知` was one title `政务公开关于…`). Labels that end with a type word (`通知公告`)
/// are passed over by the type-word rule already.
pub(crate) const COLUMN_LABEL_ENDINGS: [&str; 3] = [
    "公开", // 政务公开, 政府信息公开 (the column of every government portal that holds its documents)
    "解读", // 政策解读 (the column of www.gov.cn and of the provincial portals beside 政策文件)
    "动态", // 工作动态, 政务动态 (the news column of ministries' and bureaus' sites)
];

/// The word that ends a gazette's name after its issuing body (`title::is_gazette_name`): the
/// running head of a 政府公报 copied as a PDF (`××市人民政府公报` above each page, the `pdf28`
/// copies of bench documents; `中华人民共和国国务院公报`, `上海市人民政府公报`, the gazettes that
/// print 国务院 and 上海市 documents).
pub(crate) const GAZETTE: &str = "公报";

/// The word after the issuing body that opens a reply's title (`title::issuer_replies`):
/// `国务院办公厅对十届全国人大四次会议第7240号建议的答复` (bench govcn), `某省教育厅对省十四届人大
/// 二次会议第0123号建议的答复` (the form every department's replies to deputies take).
pub(crate) const REPLY_TO: char = '对';

/// The most characters of a site's column label that ends like a title (`通知公告`, `公示公告`
/// on nearly every Chinese government site), read by `title::Block::title`: such a short
/// line without `关于` is passed over when a title with `关于` follows it.
pub(crate) const MAX_COLUMN_LABEL_CHARS: usize = 6;

/// Words of a notice that transmits another document (`关于印发《…》的通知`, docs/annotation.md
/// "Titles"), read by `title::find`: the title on the lines after such a notice's signature is
/// the enclosed document's (dev d06: `关于印发《上海市科技专家库管理办法》的通知`, then
/// `上海市科技专家库管理办法` after the date).
pub(crate) const TRANSMITTING_WORDS: [&str; 5] = [
    "印发", // 国务院关于印发国家职业教育改革实施方案的通知 (govcn:3)
    "转发", // 国务院办公厅转发国家地震局关于…报告的通知 (govcn:20)
    "批转", // 国务院批转国家农委关于召开棉花、糖料生产座谈会的情况报告 (named in govcn:40)
    "公布", // 关于公布第二批国家级非物质文化遗产名录的通知 (State Council, 2008)
    "发布", // 关于发布《电子政务标准化指南》的通知 (bench: referenced by a State Council notice)
];

/// The word after the issuing body in a title (`国务院办公厅关于…的通知`), read by
/// `title::Block::first_of_title`: where it stands inside a line, after the body, the title
/// starts on that line, and a line above is no part of it (dev d12: a site's headline above
/// `上海市人民政府办公厅关于印发《…行动计划》的通知`).
pub(crate) const ABOUT: &str = "关于";

/// The particle that ties the subject after `关于` to the type word (`关于…的通知`), read by
/// `title::Block::about_line_above`: a `关于` line over a title of more than three lines starts
/// it only where this follows (`关于印发` / `某市中小学` / `课后服务` / `管理办法的通知`; a site's
/// `关于我们` link has none).
pub(crate) const ABOUT_TIE: char = '的';

/// Words that leave a title line unfinished (a preposition, a particle or a conjunction that
/// needs the words after it), read by `title::Block::first_of_title`: a title line ending in
/// one goes on with the next line, however many lines the title is set over.
pub(crate) const TITLE_OPEN_ENDS: [&str; 3] = [
    // 最高人民法院关于 / 生态环境侵权民事诉讼证据的 / 若干规定 (bench lawref:9f00ba49d75e).
    "关于",
    // 最高人民法院关于具有专门知识的 / 人民陪审员参加环境资源案件审理的 / 若干规定 (bench lawref:47bc6d2f6e29).
    "的",
    // 国务院关于加快推进农业机械化和 / 农机装备产业转型升级的指导意见 (govcn:15).
    "和",
];

/// The dashes between a work report's title and its subtitle when the report is printed as
/// one line, read by `title::dash_title`: `政府工作报告——2008年3月5日在第十一届全国人民代表大会
/// 第一次会议上` (bench gwr:2008).
pub(crate) const WORK_REPORT_DASHES: [&str; 2] = ["——", "──"];

/// The words that end the title of a work report, read by `title::run_on_title`: a text of
/// one line with no dash near its start is titled by its words up to a type word only when
/// they end with these (`政府工作报告第十二届全国人大二次会议，2014年3月5日…`, bench gwr:2014);
/// any other one-line text has no title (`本市计划在2023年完成…` is a sentence, not a title).
pub(crate) const WORK_REPORT_ENDING: &str = "工作报告";

/// The section labels of a court case as the 最高人民法院 prints its guiding and typical cases
/// (`关键词` / `裁判要点` / `基本案情` / `裁判结果` / `裁判理由` / `相关法条`), read by
/// `title::is_label`: a line that is one of them is no title, though `裁判要点` ends like one
/// (bench lawref:6e7b805fe84f, 孙银山诉南京欧尚超市有限公司江宁店买卖合同纠纷案).
pub(crate) const CASE_SECTION_LABELS: [&str; 5] = [
    // 裁判要点 (lawref:6e7b805fe84f, above the holding).
    "裁判要点",
    // 典型意义 (the closing section of a typical case: bench lawref:bc3234776512).
    "典型意义",
    // 基本案情 (lawref:6e7b805fe84f).
    "基本案情",
    // 简要案情 (lawref:3167aa315d3f).
    "简要案情",
    // 法官解读 (the judge's comment under the cases a court publishes as news: bench
    // lawref:1b35b3f72ed2, 无偿搭乘亲友出事故依法减轻赔偿责任); it ends with the type word 解读.
    "法官解读",
];

/// The units of a part label that stands before a document's title (`第一篇`, `第二部分`), read
/// by `title::is_label`: such a line is no title (the 14th Five-Year Plan outline opens its
/// parts with `第一篇 开启全面建设社会主义现代化国家新征程`).
pub(crate) const PART_LABEL_UNITS: [&str; 2] = ["篇", "部分"];

/// The label of a web page's metadata cell that holds the document's title (`标题：国务院办公厅关于…的通知`,
/// the 国务院政策文件库 table of gov.cn whose other cells are `lexicon::elements::METADATA_LABELS`),
/// read by `title::title_line_bounds`: on a page whose only title is that cell, the words after
/// the label are the title.
pub(crate) const TITLE_LABELS: [&str; 3] = [
    // 标题：国务院办公厅关于…的通知 (the 国务院政策文件库 table of gov.cn).
    "标题",
    // 名　　称：关于…的通知 (the 政府信息公开 catalogue table of ministry and provincial sites:
    // `索 引 号` `发布机构` `生成日期` `名　　称` `文　　号` `主 题 词`).
    "名称",
    // 副标题：… (the subtitle cell of a portal's article table, under `标题：`; the label is the
    // cell's, never the title's).
    "副标题",
];

/// The brackets of a site's column tag before a headline (`【政策解读】《某市促进消费若干措施》政策解读`,
/// `【图解】…`, the form of government portals' headlines; outside the corpora), read by
/// `title::after_column_tag`: the headline is the words after the tag.
pub(crate) const COLUMN_TAG_BRACKETS: (char, char) = ('【', '】');

/// Words that open a body by citing its basis, before a book title (`根据《…》`): in a text of
/// one line, right after a title's type word they start the body, not the title's words
/// (`elements::glued_title`). `根据`: `根据《中共中央办公厅 国务院办公厅关于印发〈组建国家综合性消防救援
/// 队伍框架方案〉的通知》要求…` (bench govcn:36, a body's first line), `…拟表彰对象的公示根据《…》` (a
/// 公示 scraped as one line); `依据`: `依据《中华人民共和国行政处罚法》的规定…` (bench
/// lawref:8b9665a7e63f); `按照`: `按照《最高人民法院关于审理劳动争议案件适用法律若干问题的解释（三）》…`
/// (bench lawref:8da5e0ee6c42).
pub(crate) const BASIS_WORDS: [&str; 3] = ["根据", "依据", "按照"];

/// The word that opens a body by stating the purpose it serves (`为表彰先进，激励…`, `为了规范…，`):
/// in a text of one line, right after a title's type word and then a clause that a comma ends,
/// it starts the body, not the title's words (`elements::glued_title`): `…予以表彰的决定为表彰先进，…`
/// (the 表彰决定 and 通报 of every government), `…的实施意见为深入贯彻…，现提出如下意见` (bench govcn:40
/// opens its body `为了促进棉、糖生产发展，…`).
pub(crate) const PURPOSE_WORD: &str = "为";

/// The units of an order number printed in brackets under a title (`第45号`, `第3期`), read by
/// `title::is_short_bracketed`: such a line numbers the document and is no part of its title
/// (`某某省人民代表大会常务委员会公告` / `（第45号）`, the 公告 that publishes a provincial
/// regulation; `某某市人民政府公报` / `（第3期）`).
pub(crate) const ORDER_NUMBER_UNITS: [&str; 2] = ["号", "期"];

/// Bracket pairs a title may hold (`《…》`, `（2021-2023年）`, `“十四五”`): a type word inside
/// them ends no title.
pub(crate) const TITLE_OPENERS: [char; 6] = ['《', '〈', '（', '(', '“', '「'];
pub(crate) const TITLE_CLOSERS: [char; 6] = ['》', '〉', '）', ')', '”', '」'];

/// What ends the words a title may take in a text of one line: a sentence or clause mark.
pub(crate) const TITLE_STOPS: [char; 10] = ['。', '，', '；', '：', '！', '？', ',', ';', ':', '!'];

/// The last characters of [`TITLE_ENDINGS`], sorted: a character that ends none of them ends
/// no type word, and [`type_word_ends_within`] compares no ending there.
static TITLE_ENDING_LAST_CHARS: std::sync::LazyLock<Vec<char>> = std::sync::LazyLock::new(|| {
    let mut last: Vec<char> = TITLE_ENDINGS.iter().filter_map(|w| w.chars().next_back()).collect();
    last.sort_unstable();
    last.dedup();
    last
});

/// Every character [`type_word_ends_within`] stops at: the brackets ([`TITLE_OPENERS`],
/// [`TITLE_CLOSERS`]), the clause marks ([`TITLE_STOPS`]) and the last characters of
/// [`TITLE_ENDINGS`]; any other character is passed over with one probe of this set.
static TITLE_SCAN_MARKS: std::sync::LazyLock<super::CharBits> = std::sync::LazyLock::new(|| {
    let marks = TITLE_OPENERS.iter().chain(&TITLE_CLOSERS).chain(&TITLE_STOPS).copied();
    super::CharBits::of(marks.chain(TITLE_ENDING_LAST_CHARS.iter().copied()))
});

/// The byte ends of the type words ([`TITLE_ENDINGS`]) in the first `max` characters of `s`:
/// outside brackets ([`TITLE_OPENERS`]), before the first clause mark ([`TITLE_STOPS`]). Read by
/// `elements::glued_title` (the title of a text of one line) and by `outline` (the title of an
/// attachment whose line breaks were lost).
pub(crate) fn type_word_ends_within(s: &str, max: usize) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut depth = 0u32;
    let (marks, last_chars): (&super::CharBits, &[char]) = (&TITLE_SCAN_MARKS, &TITLE_ENDING_LAST_CHARS);
    for (i, c) in s.char_indices().take(max) {
        if !marks.contains(c) {
            continue;
        }
        if depth == 0 && TITLE_STOPS.contains(&c) {
            break;
        }
        if TITLE_OPENERS.contains(&c) {
            depth += 1;
        } else if TITLE_CLOSERS.contains(&c) {
            depth = depth.saturating_sub(1);
        }
        let k = i + c.len_utf8();
        if depth == 0
            && last_chars.binary_search(&c).is_ok()
            && s.get(..k).is_some_and(|h| TITLE_ENDINGS.iter().any(|w| h.ends_with(w)))
        {
            ends.push(k);
        }
    }
    ends
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_endings_are_distinct() {
        crate::lexicon::check::distinct(TITLE_ENDINGS);
        crate::lexicon::check::distinct(NUMBER_MASKS);
        crate::lexicon::check::distinct(NOT_TITLE_CHARS);
        crate::lexicon::check::distinct(TRANSMITTING_WORDS);
        crate::lexicon::check::distinct(WORK_REPORT_DASHES);
        crate::lexicon::check::distinct(PART_LABEL_UNITS);
        crate::lexicon::check::distinct(ORDER_NUMBER_UNITS);
        crate::lexicon::check::distinct(TITLE_OPEN_ENDS);
        crate::lexicon::check::distinct(COVER_LABELS);
        crate::lexicon::check::distinct(CASE_SECTION_LABELS);
        crate::lexicon::check::distinct(TITLE_LABELS);
        crate::lexicon::check::distinct(SITE_NAME_ENDINGS);
        crate::lexicon::check::distinct(COLUMN_LABEL_ENDINGS);
    }

    #[test]
    fn no_title_ending_ends_with_another() {
        // The title rule asks whether a line ends with any of them: a row that ends with
        // another row, before or after it, is never needed (`办法` and `法`).
        for (i, a) in TITLE_ENDINGS.iter().enumerate() {
            let other = TITLE_ENDINGS.iter().enumerate().find(|&(j, b)| i != j && a.ends_with(b));
            assert!(other.is_none(), "{a} ends with {other:?}: it is never needed");
        }
    }
}
