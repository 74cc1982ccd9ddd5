//! The document type (文种) a title's ending names, for the documents table
//! (`export::genre`, the `genre` of `gongwen documents`).

/// Title endings and the document type (文种) each names, read by `export::genre`: the
/// first row the title ends with (after its closing notes `（试行）`, `（2021年修订）`) gives
/// the type. The fifteen types of 《党政机关公文处理工作条例》 (2012) 第八条 come first, then
/// statutes, judicial texts and plans. A row that ends with a later row comes before it
/// (`办法` before `法`, `方案` before `案`: a test checks it), so the first row that matches
/// is the longest. A transmitting notice (`关于印发《…方案》的通知`) ends with `通知`: it is a
/// 通知, whatever it transmits.
///
/// Each row gives a real title that ends with it, from the bench corpus (laws and State
/// Council documents), corpus/dev, or a document a law or the State Council names.
pub(crate) const GENRES: [(&str, &str); 46] = [
    // 山东省人民代表大会常务委员会关于加强新时代检察机关法律监督工作的决议 (bench).
    ("决议", "决议"),
    // 国务院关于在海南博鳌乐城国际医疗旅游先行区暂时调整实施…有关规定的决定 (govcn:16).
    ("决定", "决定"),
    // 中央人民政府公布中华人民共和国国徽的命令 (香港特别行政区基本法, 附件三).
    ("命令", "命令"),
    // 中华人民共和国主席令（第三十一号, promulgating the 公司法 revised on 2023-12-29), 中华人民共和国国务院令
    // (第777号): an order's name is its title; the 条例 第八条 type 命令（令）.
    ("令", "命令"),
    // 中华人民共和国2019年国民经济和社会发展统计公报 (国家统计局, 2020).
    ("公报", "公报"),
    // 道路机动车辆生产企业及产品公告 (工业和信息化部, named by 道路交通安全法实施条例).
    ("公告", "公告"),
    // 关于敦促涉黑涉恶在逃人员投案自首的通告 (最高人民法院等, 2018).
    ("通告", "通告"),
    // 国务院办公厅关于有效发挥政府性融资担保基金作用…的指导意见 (govcn:2).
    ("意见", "意见"),
    // 国务院关于印发国家职业教育改革实施方案的通知 (govcn:3).
    ("通知", "通知"),
    // 国务院办公厅关于第五次大督查发现的典型经验做法给予表扬的通报 (国办发〔2018〕124号).
    ("通报", "通报"),
    // 政府工作报告 (bench gwr:2008); 生产安全事故风险评估报告 (corpus/dev d02).
    ("报告", "报告"),
    // 关于内地西藏班（校）扩大规模有关问题的请示 (国家教委, transmitted by govcn:52).
    ("请示", "请示"),
    // 国务院、中央军委关于同意武警总部后勤部机关等迁址新建的批复 (govcn:45).
    ("批复", "批复"),
    // 国务院关于提请审议《中华人民共和国疫苗管理法（草案）》的议案 (2018). `的` keeps a
    // court case out: 某公司诉某自然资源局要求解除行政协议案 (bench) is a case (`案` below).
    ("的议案", "议案"),
    // 国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函 (govcn:23): a 复函 is a 函.
    ("函", "函"),
    // 关于办理环境污染刑事案件有关问题座谈会纪要 (corpus/dev d18).
    ("纪要", "纪要"),
    // 中华人民共和国刑法修正案（十一） (bench).
    ("修正案", "修正案"),
    // 国家职业教育改革实施方案 (transmitted by govcn:3).
    ("方案", "方案"),
    // 国家突发环境事件应急预案 (国办函〔2014〕119号, cited by corpus/dev d16). Before `案`,
    // which ends it: an emergency plan is no court case.
    ("预案", "预案"),
    // 关于加快发展农村养老服务的提案 (the 全国政协 proposals published on its portal; no
    // title in the corpora ends with it): a proposal (提案) is no court case. Before `案`.
    ("提案", "提案"),
    // 吴某与某电子商务有限公司买卖合同纠纷案 (bench lawref:3167aa315d3f): a court case.
    ("案", "案例"),
    // 上海市实施《中华人民共和国义务教育法》办法 (bench); before `法`, which ends it.
    ("办法", "办法"),
    // 中华人民共和国国家安全法 (bench).
    ("法", "法"),
    // 中华人民共和国民法典 (bench): a code is a law.
    ("法典", "法"),
    // 专利代理条例 (govcn:58).
    ("条例", "条例"),
    // 上海市不动产登记若干规定 (bench).
    ("规定", "规定"),
    // 上海市区县和乡镇人民代表大会代表直接选举实施细则 (bench).
    ("细则", "细则"),
    // 上海市人民代表大会常务委员会议事规则 (bench).
    ("规则", "规则"),
    // 关于审理非法行医刑事案件具体应用法律若干问题的解释 (bench).
    ("解释", "解释"),
    // 最高人民法院关于内地与澳门特别行政区关于相互认可和执行民商事判决的安排 (bench).
    ("安排", "安排"),
    // 国务院办公厅对十届全国人大四次会议第7240号建议的答复 (govcn:27).
    ("答复", "答复"),
    // 最高人民法院关于审理名誉权案件若干问题的解答 (bench lawref:da81f3a8df2c).
    ("解答", "解答"),
    // 医疗机构制剂配制质量管理规范（试行） (bench lawref:b0ce1d94b549).
    ("规范", "规范"),
    // 北京市人大常委会组成人员守则 (bench).
    ("守则", "守则"),
    // 中国共产党章程 (2022).
    ("章程", "章程"),
    // 首都功能核心区控制性详细规划 (2020).
    ("规划", "规划"),
    // 长江三角洲区域一体化发展规划纲要 (2019).
    ("纲要", "纲要"),
    // 常务委员会年度工作要点 (全国人民代表大会组织法 第二十九条).
    ("要点", "要点"),
    // 上海市北斗产业高质量发展三年行动计划（2021-2023年） (corpus/dev d11).
    ("计划", "计划"),
    // 扎实稳住经济一揽子政策措施 (国发〔2022〕12号).
    ("措施", "措施"),
    // 中小学德育工作指南 (教育部, 2017).
    ("指南", "指南"),
    // 人体损伤程度鉴定标准 (最高人民法院等, 2013).
    ("标准", "标准"),
    // 考古发掘工作总结 (山东省文物保护条例).
    ("总结", "总结"),
    // 危险化学品企业安全风险隐患排查治理导则 (应急〔2019〕78号).
    ("导则", "导则"),
    // 市场准入负面清单（2022年版） (国家发展改革委、商务部, 2022).
    ("清单", "清单"),
    // 关于《中华人民共和国民法典（草案）》的说明 (第十三届全国人大第三次会议, 2020): a
    // drafting note (起草说明) is a 说明.
    ("说明", "说明"),
];

/// The word that marks a title as a draft when it is written without brackets
/// (`中华人民共和国民事诉讼法修正案草案`, as the 全国人大 portal titles the drafts it puts up for
/// comment; bench lawref texts name them too: `并附有修正案草案`), read by `export::genre`:
/// passed over like the bracketed note `（草案）`, so the type is the draft's
/// (`修正案`), never `案` (a court case).
pub(crate) const DRAFT_SUFFIX: &str = "草案";

/// The quotation marks around a whole title (`《中华人民共和国民法典》` as some sites print
/// it), read by `export::genre`: the type is read inside them.
pub(crate) const TITLE_QUOTES: (char, char) = ('《', '》');

/// The separator of the names of joint issuers in the documents table's `issuer`
/// (`export::document_row`): `国务院办公厅、中央军委办公厅` (govcn:19), as a title names them.
pub(crate) const NAME_JOINER: &str = "、";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn genres_are_distinct_and_reachable() {
        let endings: Vec<&str> = GENRES.iter().map(|&(e, _)| e).collect();
        crate::lexicon::check::distinct(endings.iter());
        crate::lexicon::check::none_after_its_suffix(&endings);
    }

    #[test]
    fn the_fifteen_types_of_the_regulation_are_there() {
        // 《党政机关公文处理工作条例》 第八条: every one of its types is read from a title.
        let types = [
            "决议", "决定", "命令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案",
            "函", "纪要",
        ];
        for t in types {
            assert!(GENRES.iter().any(|&(_, g)| g == t), "{t} is missing");
        }
    }
}
