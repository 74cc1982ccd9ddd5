//! Kinds: the words that tell a number that is no quantity (an ordinal, a date, a year, a
//! document number, a slogan, a numeral inside a word) from a quantity.
//!
//! Read by the quantity stage's rules (`quantity::rules`) and their readers in
//! `quantity::kind`; each table names its rule.

char_set! {
    /// Characters before a Chinese numeral that make it part of a word, read by the rule
    /// `numeral_in_word`: `统一内外资企业所得税` (政府工作报告 2008), `唯一实现经济正增长`,
    /// `同一土地使用权人`, `逐一约定`, `“单一窗口”`, `人数不足以划一个选区`, `“三证合一”`,
    /// `财产归一方所有`, `另一方面`, `获知其某一批次` (上海市产品质量条例), `始终如一`,
    /// `重要启示之一`. Only before `一`, the numeral these words end with:
    /// `应当规划二千至五千平方米的公园绿地` (a bench regulation) is a figure. Not `其`: before a unit
    /// it is a pronoun (`限制其一年内参加`, `取消其一年至五年的`: bench regulations).
    IN_WORD_BEFORE, is_in_word_before = ['统', '唯', '同', '逐', '单', '划', '合', '归', '之', '另', '某', '如']
}

/// `新` before any numeral opens a name, read by the rule `numeral_in_word`:
/// `新一轮农村电网改造`, `制定西部大开发新十年指导意见` (政府工作报告 2011).
pub(crate) const NAME_OPENER: char = '新';

/// `每` before a Chinese numeral, read by the rule `numeral_in_word`: `每一个公务员` (政府工作报告
/// 2011) and `每万人` are words or rates; `每两个月` is a frequency, a figure. Also where a
/// frequency opens, read by the rule `indefinite_one` through `quantity::kind::after_every`:
/// `每半年召开一次` is a count.
pub(crate) const EVERY: char = '每';

char_set! {
    /// Characters before a Chinese unit numeral that make it indefinite, read by the rule
    /// `numeral_in_word`: `电流…可达几万或几十万安培` (a dev document), `数十个`; `人数十分之二`
    /// is a share (the numeral starts with a digit).
    INDEFINITE_BEFORE, is_indefinite_before = ['数', '几']
}

char_set! {
    /// The multipliers that, written alone after no digit, are no number, read by the rule
    /// `no_digit`: `亿元`, `万人` (`上万人` is, see [`UPWARDS`]).
    MULTIPLIERS, is_multiplier = ['万', '亿', '萬', '億']
}

char_set! {
    /// Characters before a bare 一 that make it "the next" or "the previous" (not after `以`:
    /// `百分之五十以上一倍以下` is a count), read by the rule `misfit_after_chinese`: `至少保存至下
    /// 一届村民委员会选举工作结束`, `在下一次市人民代表大会会议召开之前` (bench regulations).
    NEXT_OR_PREVIOUS, is_next_or_previous = ['上', '下']
}

/// The head of `以上`/`以下`: before [`NEXT_OR_PREVIOUS`] it makes a bound, not "next".
pub(crate) const BOUND_HEAD: char = '以';

char_set! {
    /// The first character of a bound that, right before a bare 万/亿, makes it a number (read by
    /// the rule `no_digit`; the rule `comparator` reads the bound): `出境旅游近亿人`
    /// (政府工作报告 2014, bench), `带动近万人就业`, `逾万人`, `超万亿元`, `日均客流破万人次`.
    BOUND_BEFORE_MULTIPLIER, is_bound_before_multiplier = ['近', '逾', '超', '破']
}

/// `上` before a bare 百/千/万, read by the rule `upwards`: `上千万住房困难群众` (政府工作报告 2014)
/// is about ten million, an approximation.
pub(crate) const UPWARDS: char = '上';

/// Words with a numeral before a unit character that are never a figure: names of one thing
/// (a sport, a place) and set phrases (成语) whose numeral counts nothing; read by the rule
/// `lexical_word`. Idioms whose unit is followed by a numeral (`千家万户`, `千方百计`) need no
/// row: the rule `misfit_after_chinese` tells them.
pub(crate) static LEXICAL: &[&str] = &[
    // 大力发展高山滑雪、跳台滑雪、冬季两项、速度滑冰 (政府工作报告 2021).
    "冬季两项",
    // 铁人三项是以游泳、自行车、跑步…为基本比赛形式的相关多项运动的统称，包括铁人三项、铁人两项
    // (中国铁人三项运动协会《2022-2023年赛事合作举办邀请函》).
    "铁人三项",
    // Places: `三门峡市白天鹅及其栖息地保护条例`, `万家寨、三门峡、小浪底水库` (bench regulations;
    // 三门 was 3 门), `七台河仲裁委员会` (a bench regulation; 七台 was 7 台).
    "三门峡",
    "七台河",
    // Set phrases: `坚持百花齐放、百家争鸣的方针` (a bench regulation; 百家 was 100 家),
    // `三番五次` (五次 was 5 次), `五花八门` (八门 was 8 门).
    "百家争鸣",
    "三番五次",
    "五花八门",
    // 四周 "all around": `在被占绿地四周明显位置公示`, `向四周各扩100米` (bench regulations; 4 周
    // each time). A count of four weeks is written with a comparator or a verb the word cannot
    // tell, and a missed duration is less bad than a wrong one.
    "四周",
    // A bay named for 三门县: `加强对杭州湾、象山湾、三门湾等重要滨海区域…的保护` (a bench regulation,
    // 宁波市海洋生态环境保护条例; 三门 was 3 门).
    "三门湾",
];

/// Words right before a word of [`LEXICAL`] that make its numeral a count after all, read
/// by the rule `lexical_word`: a duration or a run (`承担为期两年的后期管护责任`, a bench
/// regulation; `全国粮食连续四年增产`, 政府工作报告 2008; so `为期四周的培训` is four weeks,
/// not "all around").
pub(crate) static LEXICAL_COUNT_CUES: &[&str] = &["为期", "连续", "历时"];

/// Bounds right after a word of [`LEXICAL`] that make its numeral a count after all, read by
/// the rule `lexical_word`: `妊娠十四周以上的妇女`, `活动结束后一周内撤除` (bench regulations;
/// so `实习时间为四周以上` is four weeks).
pub(crate) static LEXICAL_COUNT_TAILS: &[&str] = &["以上", "以下", "以内", "之内", "内", "左右"];

/// Words right before a bare `一` and a unit of time that make it a term: a penalty, a
/// period or a limit the text sets (a duration that sets a limit counts: docs/annotation.md),
/// not the indefinite article; read by the rule `indefinite_one`.
pub(crate) static TERM_BEFORE: &[&str] = &[
    // Penalties of the Criminal Law: `判处有期徒刑一年`, `判处管制一年`, `判处拘役一个月` (judgments
    // on the Criminal Law's 第三十八条 to 第四十五条); `管制二日，折抵拘役、有期徒刑一日` (a bench law).
    "有期徒刑",
    "管制",
    "拘役",
    // Probation after a sentence: `判处有期徒刑一年，缓刑一年` (the usual wording of judgments).
    "缓刑",
    // Detention: `限制人身自由一日，折抵行政拘留一日` (a bench law).
    "拘留",
    // A suspension: `责令其停止执业一年` (a bench regulation on construction engineers), `可以并处暂扣
    // 一个月机动车驾驶证` (a bench regulation on road traffic).
    "停止执业",
    "暂扣",
    // A retention: `获准自费出国留学的，保留学籍一年`, `保留公职一年` (a bench regulation).
    "保留学籍",
    "保留公职",
    // A term of office: `上述指定法官任期一年` (a bench law).
    "任期",
    // A period's length: `有效期为一年`, `保修期为一年`, `最短公示期为一年` (bench regulations).
    "期为",
    // `筹建期限为一年`, `养犬登记证有效期限为一年` (bench regulations); `批准延长侦查羁押期限一个月`
    // (a bench law).
    "期限为",
    "期限",
    // `时效期间为一年`, `担保期间为一年` (bench judicial interpretations).
    "期间为",
    // `工资专项集体合同期限一般为一年` (a bench regulation).
    "期限一般为",
    // A period named right before its length: `乡村建设规划许可证有效期一年` (a bench regulation),
    // `试用期一个月` (labour contracts).
    "有效期",
    "试用期",
    // An extension: `上一级人民检察院批准延长一个月`, `审理期限可以再延长一个月` (bench laws).
    "延长",
];

/// Nouns after `二次` that make it "secondary", a compound, not a count of two (which is
/// written `两次`, or `二次` with a comparator or a verb after it); read by the rule
/// `secondary`. `二次供水设施管理单位` (a bench regulation), `防止产生二次污染`, `二次审议` (a
/// bench law's legislative history).
pub(crate) static SECONDARY: &[&str] = &[
    "供水", "污染", "开发", "开挖", "加压", "装修", "分配", "创业", "利用", "中毒", "伤害", "爆炸", "包装", "加工",
    "能源", "审议", "修改", "元",
];

/// Numbered slogans and rule sets: a Chinese numeral, the classifier, one of the words.
/// Read by the rule `numbered_slogan`: `牢固树立“四个意识”` (政府工作报告 2017),
/// `“两个一百年”奋斗目标` (政府工作报告 2015), `中央八项规定精神` (政府工作报告 2014), `“四个自信”`, `“两个维护”`, `“两个确立”`, `“四个全面”`,
/// `“三个代表”`, `坚持…四项基本原则`.
pub(crate) static NUMBERED_SLOGANS: &[(&str, &[&str])] = &[
    // `发挥中央和地方两个积极性` (政府工作报告 2008), `统筹国内国际两个大局` (政府工作报告 2010),
    // `坚持“两个毫不动摇”` (政府工作报告 2019), `“两个确保”` (政府工作报告 2003: 确保下岗职工基本生活费
    // 和离退休人员基本养老金按时足额发放).
    (
        "个",
        &[
            "意识",
            "自信",
            "维护",
            "确立",
            "全面",
            "代表",
            "务必",
            "一百年",
            "没有变",
            "坚持",
            "必须",
            "毫不动摇",
            "确保",
            "积极性",
            "大局",
            // `为两个文明建设作贡献`, `纳入两个文明建设的总体规划` (bench regulations): 物质文明
            // and 精神文明, a slogan, no count of 个.
            "文明",
            // `做到责任、措施、资金、时间、预案五个到位` (安全生产 notices; docs/annotation.md's slogan
            // rule): 到位 ("in place") is no noun a 个 could count, so N个到位 names a slogan.
            "到位",
            // `“八个明确”` beside `“十四个坚持”` (党的十九大报告, 党章总纲: 新时代中国特色社会主义思想的
            // 主要内容): a numbered slogan, no count of 个.
            "明确",
        ],
    ),
    // 十项准则: 《新时代中小学教师职业行为十项准则》 (教师〔2018〕16号).
    ("项", &["规定", "准则", "基本原则", "注意"]),
];

/// Nouns that open with a word of [`NUMBERED_SLOGANS`] and name things a classifier counts, read
/// by the rule `numbered_slogan`: there the numeral counts them. `一个代表团或者三十名以上的代表联名`
/// (全国人民代表大会组织法 第十七条: one delegation, no “三个代表”), `武装警察部队组成一个代表团` (a bench
/// election law), `在申请书中指定一个代表人` (a bench procedural rule), `设立两个代表处` (offices of a firm).
pub(crate) static SLOGAN_WORD_NOUNS: &[&str] = &["代表团", "代表人", "代表处", "代表小组"];

char_set! {
    /// The character that makes `N` after it an ordinal `第N`, read by the rules `ordinal`,
    /// `lone_numeral` and `inside_word`: `第`, and `笫` (a bed mat), the typo for it that
    /// scans and typists make (`笫五十四条 清算组成员应当忠于职守`, a bench regulation: 54 条).
    ORDINAL_MARKS, is_ordinal_mark = ['第', '笫']
}

char_set! {
    /// What follows `第N` in a statute reference, read by the rule `ordinal`: `第十条`,
    /// `前款第三、四项` (a bench regulation): kind `article`.
    ARTICLE_UNITS, is_article_unit = ['条', '章', '节', '款', '项', '编', '目']
}

char_set! {
    /// Classifiers an ordinal `第N` takes into its span besides [`ARTICLE_UNITS`], read by
    /// the rule `ordinal`: `第十一届全国人民代表大会第一次会议` (政府工作报告 2008), `第一季度`,
    /// `第22个`, `第一名`.
    ORDINAL_CLASSIFIERS, is_ordinal_classifier = [
        '届', '批', '期', '轮', '名', '位', '次', '个', '号', '页', '季', '年', '天', '日', '周', '篇', '部', '分',
        '类', '级', '阶', '段', '辑', '卷', '册', '单', '课', '讲', '场', '家', '所', '件',
    ]
}

/// Foundings whose years after them count an anniversary, not a span: read by the rule
/// `anniversary`. `实现建军一百年奋斗目标` (政府工作报告 2021, bench), `建党100年`, `建国七十年`.
pub(crate) static FOUNDINGS: &[&str] = &["建军", "建党", "建国"];

/// What follows `前N条`, `前N款`, `前N项` when they refer to the articles, paragraphs or items
/// just before (`前` [`crate::lexicon::comparators::RANK_PREFIX`]), no count: `依照前两条规定另行
/// 委托辩护人`, `实施本解释前五条规定的犯罪`, `实施前六项所列行为之一的`, `有前两条违法行为之一` (bench
/// laws). Read by the rule `preceding_articles`. `的规定` and the bounds of what they leave out
/// too: `也应当依照前两项的规定执行`, `依照前两条的规定处罚`, `国家档案馆保管的前三项以外的其他档案` (bench
/// laws and regulations: these were counts of 2 项, 2 条 and `gt` 3 项), `前两条之外`.
pub(crate) static PRECEDING_TAILS: &[&str] = &["规定", "所列", "所述", "违法", "情形", "的规定", "以外", "之外"];

/// Words of an ordering that make `前N项` (and `前N条` …) after them in their sentence the first N
/// of a ranking, read by the rule `preceding_articles`: `按照污染当量数从大到小排序,对前三项污染物征收
/// 环境保护税` (环境保护税法 第九条, bench), `连续三年排名全省前十名` (a bench regulation's ranking).
/// Without one they refer to the items just before (`有前两项行为之一的`, `除前三项外`, `符合前两项
/// 条件的`: statutes' wording), no count.
pub(crate) static RANKING_WORDS: &[&str] = &["排序", "排名"];

/// The units after a four-digit year that name a cohort by its year of entry, read by the
/// quantity rule `cohort`: `针对硕士研究生（2024 级除外）`, `名单（含2024 级新生）` (a university's notice on
/// 学业奖学金, sufe-campus-qa), `2023级本科生`. A year, never a count (`8级以上` counts grades).
pub(crate) const COHORT_UNITS: [&str; 1] = ["级"];

/// The nouns that `级` counts as their classifier (the steps of a stair: 量词 `级`, 用于台阶、楼梯),
/// after which a year-like number before `级` is a count, no cohort: read by the quantity rule
/// `cohort`: `景区共有1999级台阶` (a scenic area's notice, found by review16), as a stair's `十几级台阶`.
pub(crate) static STEP_NOUNS: &[&str] = &["台阶", "石阶", "阶梯", "楼梯", "踏步"];

/// Units of rank after which `二` is an ordinal used as a word (a count of two is written
/// `两`): `通过二轮评审` (issue 19), `二级及以上幼儿园`, `二类地区`, `二期工程`. Read by the rule
/// `misfit_after_chinese`.
pub(crate) static ORDINAL_WORD_UNITS: &[&str] = &["轮", "批", "批次", "类", "级", "期", "档", "等"];

/// Nouns after a unit of rank ([`ORDINAL_WORD_UNITS`]) that make the numeral before it name a
/// class of a ranking, whatever the numeral (not only `二`): `国家确定的边远地区中的三类地区`
/// (bench regulations on 职工探亲/义务兵: the classes of 艰苦边远地区, 一类 to 六类). Read by the rule
/// `misfit_after_chinese`.
pub(crate) static RANKED_NOUNS: &[&str] = &["地区"];

/// Counters of people and bodies after which a bare 百/千 (no digit, no bound, no `余`) names a
/// programme, no count: `扎实推进十大重点节能工程、千家企业节能行动` (政府工作报告 2010),
/// `千家重点耗能企业节能减排` (政府工作报告 2012, the same programme), `千人计划` (the national
/// talent programme, as `“万人计划”`). Read by the rule `misfit_after_chinese`.
pub(crate) static PROGRAMME_COUNTERS: &[&str] = &["家", "人", "名"];

/// Words after `M月` that belong to the date, read by `quantity::kind::month_tail` (rules
/// `month`, `year`): `从8月份起` (政府工作报告 2012), `延长至明年3月底` (政府工作报告 2020); a longer word before the word it begins.
pub(crate) static MONTH_TAILS: &[&str] = &["上旬", "中旬", "下旬", "底", "初", "末", "份", MONTH_MIDDLE];

/// The tail of [`MONTH_TAILS`] that says the middle of the month (`3月中`) only where no ideograph
/// follows it: it begins words (`2024年12月中央经济工作会议召开`, a news line of the kind 公文
/// cite: the date `2024年12月`, then `中央`). Read by `quantity::kind::month_tail`.
pub(crate) const MONTH_MIDDLE: &str = "中";

/// The Chinese numerals of a day after `月` (`三月十五日`), read by `quantity::kind::month_tail`.
pub(crate) const DAY_NUMERALS: &str = "一二三四五六七八九十〇";

char_set! {
    /// What ends a day: `2018年5月24日至28日` (a bench law's history), `5号`. Read by the
    /// rules `day` and `month`.
    DAY_UNITS, is_day_unit = ['日', '号']
}

char_set! {
    /// Characters after `YYYY年` that belong to the year, read by `quantity::kind::year_tail`
    /// (rule `year`): `从2007年末的6.12万亿元` (政府工作报告 2013), `2007年底`, `1985年度`,
    /// `2020年初`; but `2020年初步建成` ([`NOT_YEAR_TAIL`]).
    YEAR_TAILS, is_year_tail = ['度', '底', '初', '末']
}

/// The calendar-era words before a number and `年` that make it a year whatever its width
/// (rule `year`): `公元前221年` (221 BCE), `公元8年`, as a chronology writes years of the Qin
/// and Han; never a count of years. No bench or dev document writes one: the form is a number case
/// from outside the corpus, kept because a count of 221 years would be a wrong value. The longest first.
/// The Republic's era and the reign titles of the Qing and Ming count years the same way:
/// `民国三十七年` (a land deed's date, as land-right rulings and replies cite it), `清光绪二十六年`
/// (the dating of a listed heritage site's records), `康熙二十年9月`, `雍正十六年`
/// (Recognizers-Text's DatePeriodExtractor cases): a year of the era, never twenty years.
pub(crate) const ERA_WORDS: [&str; 19] = [
    "公元前",
    "公元",
    "西元",
    "民国",
    "宣统",
    "光绪",
    "同治",
    "咸丰",
    "道光",
    "嘉庆",
    "乾隆",
    "雍正",
    "康熙",
    "顺治",
    "崇祯",
    "万历",
    "嘉靖",
    "永乐",
    "洪武",
];

/// A word that begins with a [`YEAR_TAILS`] character and is no part of the year:
/// `2020年初步建成300个示范` (国家职业教育改革实施方案).
pub(crate) const NOT_YEAR_TAIL: &str = "初步";

char_set! {
    /// The brackets around the year of a document number, read by the rule `doc_number`:
    /// `京政发〔1985〕167号` (a bench regulation), `[2005]`, `(2005)`.
    DOC_NUMBER_OPEN, is_doc_number_open = ['〔', '［', '[', '【', '(', '（']
}

char_set! {
    /// The closing brackets of [`DOC_NUMBER_OPEN`].
    DOC_NUMBER_CLOSE, is_doc_number_close = ['〕', '］', ']', '】', ')', '）']
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::check;

    #[test]
    fn tables_are_distinct_and_reachable() {
        check::distinct(IN_WORD_BEFORE.iter().chain(INDEFINITE_BEFORE).chain([&EVERY, &UPWARDS, &NAME_OPENER]));
        check::distinct(BOUND_BEFORE_MULTIPLIER.iter().chain([&UPWARDS]));
        check::distinct(NEXT_OR_PREVIOUS.iter());
        check::distinct(LEXICAL.iter());
        check::distinct(ORDINAL_WORD_UNITS.iter());
        check::distinct(RANKED_NOUNS.iter());
        check::distinct(PROGRAMME_COUNTERS.iter());
        check::distinct(PRECEDING_TAILS.iter());
        check::distinct(SECONDARY.iter());
        check::none_after_its_prefix(SECONDARY);
        check::distinct(TERM_BEFORE.iter());
        check::distinct(NUMBERED_SLOGANS.iter().map(|r| r.0));
        for (_, words) in NUMBERED_SLOGANS {
            check::distinct(words.iter());
            check::none_after_its_prefix(words);
        }
        check::distinct(ARTICLE_UNITS.iter().chain(ORDINAL_CLASSIFIERS));
        check::distinct(ORDINAL_MARKS.iter());
        check::distinct(MONTH_TAILS.iter());
        check::none_after_its_prefix(MONTH_TAILS);
        check::distinct(DAY_NUMERALS.chars());
        check::distinct(DAY_UNITS.iter());
        check::distinct(MULTIPLIERS.iter());
        check::distinct(DOC_NUMBER_OPEN.iter());
        check::distinct(DOC_NUMBER_CLOSE.iter());
        assert!(NOT_YEAR_TAIL.starts_with(YEAR_TAILS));
        check::distinct(ERA_WORDS.iter());
        check::none_after_its_prefix(&ERA_WORDS);
    }

    #[test]
    fn every_lexical_word_has_a_numeral() {
        for w in LEXICAL {
            assert!(w.chars().any(crate::numeral::is_cn_numeral_char), "{w}");
        }
    }

    #[test]
    fn slogan_words_block_their_classifier_unit() {
        // `四项基本原则` must not be read as 4 项: the unit row 项 blocks the same words.
        let xiang = crate::lexicon::units::UNITS.iter().find(|u| u.text == "项");
        for (cls, words) in NUMBERED_SLOGANS.iter().filter(|r| r.0 == "项") {
            for w in *words {
                assert!(xiang.is_some_and(|u| u.blockers.contains(w)), "{cls}{w}");
            }
        }
    }
}
