//! The words that tell a reference to a provision and whose it is, read by the `references`
//! stage.

/// The words that end the name of a legal document, read by `references::scope`: a `第X条`
/// right after one belongs to that document (`依照刑法第三百一十二条`, bench: 最高人民法院、
/// 最高人民检察院关于办理与盗窃、抢劫、诈骗、抢夺机动车相关刑事案件…的解释), or to this one after
/// `本` (`依照本法第六条`, dev d04). Longest first: `办法` before `法`.
pub(crate) const LAW_SUFFIXES: [&str; 11] = [
    // 触犯刑法分则第九章第三百九十八条至第四百一十九条规定的 (bench: 最高人民法院、最高人民检察院关于办理渎职刑事案件适用法律若干问题的解释（一）).
    "分则",
    // 民法总则第一百八十八条 is written 民法总则 (a law) — and 刑法总则第X条 for the general part.
    "总则",
    // 应当适用民法典第九百九十八条 (bench: 关于审理使用人脸识别技术处理个人信息相关民事案件…的规定).
    "法典", // 本条例第十三条 (bench: 上海口岸服务条例).
    "条例", // 符合本规定第五条 (bench: 上海市人民代表大会关于代表议案的规定).
    "规定", // 违反本办法第二十条 (bench: 上海市实施《反恐怖主义法》办法).
    "办法",
    // 的人数超过本实施细则第三十条 (bench: 上海市区县和乡镇人民代表大会代表直接选举实施细则).
    "细则",
    // 且具有本解释第三条 (bench: 最高人民法院 最高人民检察院关于办理非法从事资金支付结算业务…的解释).
    "解释", // 本规则第四十条 (bench: 山东省人民代表大会议事规则).
    "规则",
    // 适用民法通则第一百三十五条 (bench: 最高人民法院关于审理证券市场因虚假陈述引发的民事赔偿案件的若干规定).
    "通则", // 根据行政诉讼法第三十二条 (dev d17).
    "法",
];

/// The word that opens a name of this document: `本法`, `本条例`, `本实施细则` (dev d04:
/// `依照本法第六条的规定`).
pub(crate) const THIS_DOCUMENT: char = '本';

/// Words that open a name of another document named elsewhere (`该法第二十条`, `原条例第十条`
/// for the regulation a new one replaces, `上述规定`): external, its name not given.
pub(crate) const OTHER_DOCUMENT: [&str; 5] = ["该", "此", "原", "上述", "前述"];

/// Words that a law's name never contains and that may stand right before one: the name
/// starts after the last of them that leaves a name (`规定的行为，依照国家赔偿法第三条` →
/// `国家赔偿法`, bench: 最高人民法院关于审理行政赔偿案件若干问题的规定; `应当认定为刑法第二百六十四条`
/// → `刑法`, bench: judicial interpretations on theft). A word inside a compound of a name does
/// not count (`共和国`, `国有`, `对外`: [`NAME_COMPOUNDS`]); a word right before the type word
/// is part of the name (`森林法实施条例`).
pub(crate) const NAME_CUTS: [&str; 56] = [
    // Verbs of applying a law (依照刑法第X条, 违反民事诉讼法第X条, 比照民事诉讼法第X条).
    "依照",
    "依据",
    "根据",
    "按照",
    "违反",
    "适用",
    "参照",
    "比照",
    "执行",
    "遵守",
    "对照",
    "贯彻",
    "落实",
    "修改",
    "删去",
    "规定",
    "符合",
    "结合",
    "确定",
    "认定为",
    "属于",
    "构成",
    "触犯",
    "实施",
    "包括",
    "是指",
    "不受",
    "影响",
    // Having or not having what a law says (具有刑事诉讼法第X条规定的情形, 没有民法典第X条规定的).
    "具有",
    "没有",
    "有无",
    "有",
    "犯",
    // Joining words and prepositions (和, 以及, 除专利法第X条规定的以外, 修正后刑法, 修正前刑法).
    "同时",
    "以及",
    "或者",
    "和",
    "及",
    "与",
    "或",
    "的",
    "经",
    "由",
    "为",
    "将",
    "在",
    "于",
    "后",
    "前",
    "即",
    "对",
    "从",
    "向",
    "被",
    "除",
    "但",
];

/// The word of a title that says the document amends another (`关于修改《X》的决定`), read by
/// `references::scope::amended`: its bare `第X条` are the amended document's (`将第五条修改为第十条`,
/// bench: 最高人民法院关于修改《关于上海金融法院案件管辖的规定》的决定).
pub(crate) const AMENDS_TITLED: &str = "修改";

/// The word that ends the title of an amendment to a law (`中华人民共和国刑法修正案（八）`),
/// read by `references::scope::amended`: its bare `第X条` are that law's (bench: 刑法修正案（八）,
/// `本章第一百零二条`).
pub(crate) const AMENDMENT_TITLE: &str = "修正案";

/// The word of a title that names several amended documents at once (`关于修改《A》等八部法律的
/// 决定`): which one a bare `第X条` is cannot be told.
pub(crate) const AND_OTHERS: &str = "等";

/// The words that give a cited document a short name, read by `references::citation`:
/// `根据《中华人民共和国行政诉讼法》（以下简称行政诉讼法）` (dev d17); `行政诉讼法第三十二条`
/// then is that document's.
pub(crate) const ALIAS_LABELS: [&str; 2] = [
    "以下简称",
    // 根据《中华人民共和国著作权法》(以下称著作权法)第四十四条的规定 (bench: 广播电台电视台播放录音制品支付报酬暂行办法).
    "以下称",
];

/// Compounds of law names that hold a [`NAME_CUTS`] word, read by `references::scope`: the
/// word does not end a name there (`中华人民共和国刑法`, `企业国有资产法`, `对外贸易法`,
/// `个人所得税法实施条例` …). Each is the compound and where the cut word sits in it.
pub(crate) const NAME_COMPOUNDS: [(&str, &str); 4] = [
    // 中华人民共和国行政诉讼法 (dev d17).
    ("共和国", "和"),
    // 企业国有资产法 (bench: laws on state-owned assets).
    ("国有", "有"),
    // 对外贸易法 (bench: 对外贸易法 and its rules).
    ("对外", "对"),
    // 中华人民共和国全民所有制工业企业法 (the enterprise law cited by the bench set's regulations).
    ("所有", "有"),
];

/// The words that join the references of a list, read by `references::find`: a reference right
/// after one of them, right after another reference, is of the same document and, where it
/// starts below an article, of the same article (`行政诉讼法第四十九条第一款第（三）项、第（五）项
/// 或者第（六）项`, dev d17).
pub(crate) const CONNECTORS: [&str; 9] = ["、", "和", "及", "以及", "或者", "或", "至", "到", "与"];

/// The word before the provision a penalty clause says was violated, read by `references`:
/// a bare `第N项` inside the items below such a lead-in names that provision's items
/// (`违反本条例第二十一条规定，按照下列规定予以处罚：（一）违反第一项规定，由市环境保护行政主管
/// 部门责令…`, bench lawref:2a3925f6082f).
pub(crate) const VIOLATED: &str = "违反";

/// A reference that points relative to where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Relative {
    /// The paragraph before this one.
    PreviousParagraph,
    /// This paragraph.
    ThisParagraph,
    /// This article.
    ThisArticle,
    /// The article before this one.
    PreviousArticle,
}

/// The relative references (立法技术规范: 前款, 本款, 本条, 前条), read by `references::find`.
pub(crate) const RELATIVE: [(&str, Relative); 4] = [
    // 属于前款第一项、第二项情形的 (bench, a 物业管理 regulation).
    ("前款", Relative::PreviousParagraph),
    // 不受本款限制 (bench, an electricity supply regulation).
    ("本款", Relative::ThisParagraph),
    // 应当符合本条第二款规定 (bench, a product quality regulation).
    ("本条", Relative::ThisArticle),
    // 连续两年有前条所列行为之一 (bench, a conscription regulation).
    ("前条", Relative::PreviousArticle),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::check;

    #[test]
    fn no_row_is_duplicated() {
        check::distinct(LAW_SUFFIXES);
        check::distinct(OTHER_DOCUMENT);
        check::distinct(NAME_CUTS);
        check::distinct(NAME_COMPOUNDS);
        check::distinct(CONNECTORS);
        check::distinct(ALIAS_LABELS);
        check::distinct(RELATIVE.map(|(w, _)| w));
    }

    #[test]
    fn every_row_can_be_reached() {
        // The first type word a name ends with is taken: `办法` before `法`.
        check::none_after_its_suffix(&LAW_SUFFIXES);
        check::none_after_its_prefix(&ALIAS_LABELS);
        for (compound, cut) in NAME_COMPOUNDS {
            assert!(compound.contains(cut) && NAME_CUTS.contains(&cut), "{compound} holds the cut word {cut}");
        }
    }

    #[test]
    fn relative_words_end_in_a_marked_character() {
        // The scan marks the last character of each relative word (`references::start_at`).
        for (word, _) in RELATIVE {
            let last = word.chars().last().unwrap_or(' ');
            assert!(crate::lexicon::chars::REFERENCE_CJK.contains(last), "{word}");
            assert_eq!(word.len(), 6, "two 3-byte characters: {word}");
        }
    }
}
