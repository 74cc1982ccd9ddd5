//! Comparators: the words that say how a figure compares with its number.
//!
//! Read by the quantity stage's `comparator` rule (`quantity::comparator`: `prefix_before`,
//! `distant_before`, `suffix_at`). Inclusivity follows 民法典 第一千二百五十九条: 以上/以下/以内
//! include the number (`ge`, `le`); 超过/不满/低于/以外 do not (`gt`, `lt`).

use crate::model::Comparator::{self, Approx, Eq, Ge, Gt, Le, Lt};

/// How far before the number a prefix word still counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reach {
    /// Only directly before the number (white space allowed): `接近60%`.
    Adjacent,
    /// Also with a verb of up to four characters between: `资费年内至少降低30％`
    /// (政府工作报告 2018) is `ge`.
    AcrossVerb,
}

/// A prefix word: its comparator (`None` for a word that only looks like one: 最近 is not
/// 近) and its reach.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Prefix {
    /// The word as written.
    pub word: &'static str,
    /// What it says, or `None` for a word that blocks the shorter word it ends with.
    pub comparator: Option<Comparator>,
    /// Whether a verb may stand between it and the number.
    pub reach: Reach,
}

const fn p(word: &'static str, comparator: Comparator) -> Prefix {
    Prefix { word, comparator: Some(comparator), reach: Reach::Adjacent }
}

const fn far(word: &'static str, comparator: Comparator) -> Prefix {
    Prefix { word, comparator: Some(comparator), reach: Reach::AcrossVerb }
}

const fn not(word: &'static str) -> Prefix {
    Prefix { word, comparator: None, reach: Reach::Adjacent }
}

/// The expiry of a term (`届满`), a prefix that bounds only the figure right after it, and
/// only when no [`LEAD_TIMES`] word follows that figure: `期间届满的最后一日` (a bench
/// regulation) is no bound of 一日.
pub(crate) const EXPIRY: &str = "届满";

/// The expiry of a period written `期满` (the `满` is then no "at least"): before a lead time
/// it is the expiry the lead time counts back from, as [`EXPIRY`] is (`海域使用权期满六十日前`,
/// `应当在使用期满三十日前向原核发机关申请延期`: bench regulations).
pub(crate) const PERIOD_EXPIRY: &str = "期满";

/// "Breaking" a figure (`日均客流破万人次`, `销售额破亿元`, `年产值破100亿元`): `gt` only before a
/// round figure, one with a multiplier or a bare 万/亿, or a whole hundred (`销量破1000台`); before
/// any other it ends a verb (`手臂被划破3处`, `轮胎扎破2个`: counts), which no list of such verbs
/// covers.
pub(crate) const BREAK: &str = "破";

/// The prefix `突破` used as the verb "break through" whose object the figure counts:
/// `突破百项前沿关键核心技术，形成百项标志性产品` (工业和信息化部等七部门关于推动未来产业创新发展的实施意见,
/// Huace_policy-document-analyzer), `突破一批关键核心技术` (bench plans): a noun right after the
/// figure's unit makes it a count, `eq`, not a bound (`进出口总额突破4万亿美元`: `gt`). Read by
/// `quantity::rules::comparators` (rule `comparator`).
pub(crate) const BREAK_THROUGH: &str = "突破";

/// The nouns after a figure that [`BREAK_THROUGH`] still bounds: the round number "broken"
/// (`突破1万亿元大关`, `突破3000点关口`).
pub(crate) const BREAK_THROUGH_MARKS: [&str; 2] = ["大关", "关口"];

/// The words after a figure of time that make it a lead time counted back from an [`EXPIRY`]:
/// `期限届满三十日前`, `审理期限届满十五日以前` (bench regulations), no bound.
pub(crate) const LEAD_TIMES: [&str; 2] = ["前", "以前"];

/// Prefix words, a longer word before a shorter one that ends it (a test checks it).
/// Examples from real documents: `学习时间不少于90学时` (ge, 北京市专业技术人员继续教育规定),
/// `延长期限不得超过30日` (le under [`NEGATIONS`], 信访工作条例), `贷款增速要高于40%` (gt,
/// 政府工作报告 2020), `未满16周岁` (lt), `贡献率接近60%` (approx, 政府工作报告 2019),
/// `涨幅控制在4.8%左右` (eq, the suffix decides: 政府工作报告 2008), `进口量不得低于最近3个有代表性
/// 年度` (最近 is no 近: 保障措施条例).
pub(crate) static PREFIXES: &[Prefix] = &[
    far("不少于", Ge),
    far("不低于", Ge),
    p("不小于", Ge),
    p("不下于", Ge),
    // `出口水压大于或者等于0.1MPa`, `公称流量大于或等于10立方米/小时`, `任意边长大于等于四米`,
    // `河宽小于等于三十米` (bench regulations); `≥91dB HL` (a bench standard's table), `≤` its
    // mirror; `氮（<1g/kg）`, `部分功能分区（>2 个）` (bench tables).
    // Two bounds joined by 或(者), one of them 等于, include the number: `占比达到或者超过规定比例的`,
    // `用水量高于或者等于…`, `票数等于或者少于投票人数的有效` (bench regulations): `ge`/`le`, never the
    // `gt`/`lt` of the shorter word they end with (`达到或超过80分`, `低于或等于5%`).
    p("超过或者等于", Ge),
    p("超过或等于", Ge),
    p("达到或者超过", Ge),
    p("达到或超过", Ge),
    p("高于或者等于", Ge),
    p("高于或等于", Ge),
    p("等于或者大于", Ge),
    p("等于或大于", Ge),
    p("等于或者高于", Ge),
    p("等于或高于", Ge),
    p("等于或者超过", Ge),
    p("等于或超过", Ge),
    p("低于或者等于", Le),
    p("低于或等于", Le),
    p("少于或者等于", Le),
    p("少于或等于", Le),
    p("等于或者小于", Le),
    p("等于或小于", Le),
    p("等于或者低于", Le),
    p("等于或低于", Le),
    p("等于或者少于", Le),
    p("等于或少于", Le),
    p("大于或者等于", Ge),
    p("大于或等于", Ge),
    p("大于等于", Ge),
    p("小于或者等于", Le),
    p("小于或等于", Le),
    p("小于等于", Le),
    p("≥", Ge),
    p("≤", Le),
    // The same signs with a double bar, as East Asian fonts set them (`≧18岁`, `≦5%`: number
    // cases from outside the corpus).
    p("≧", Ge),
    p("≦", Le),
    p("＞", Gt),
    p(">", Gt),
    p("＜", Lt),
    p("<", Lt),
    far("至少", Ge),
    far("最少", Ge),
    p("最低", Ge),
    p("不满", Lt),
    p("未满", Lt),
    p("已满", Ge),
    // 届满 includes its number (民法典 第一千二百五十九条): `租赁期限届满一年时支付`, `自期限届满5年之日起`
    // (bench regulations). Before a lead time (`期限届满七日前`, `有效期届满6个月前`: bench
    // regulations, 上海市公路管理条例, 医疗器械注册与备案管理办法) it is the expiry the lead time
    // counts back from, no bound ([`EXPIRY`], [`LEAD_TIMES`]).
    p(EXPIRY, Ge),
    p("满", Ge),
    far("不超过", Le),
    p("不超出", Le),
    p("不高于", Le),
    p("不多于", Le),
    p("不大于", Le),
    far("最多", Le),
    far("至多", Le),
    // `同一篇论文只能参加一次专业学术论文评分` (dev d21), `原则上只能在一个上海市级科技创新平台`
    // (dev d07): at most.
    far("只能", Le),
    p("最高为", Le),
    p("最高", Le),
    // A longest or shortest term, as `最高为5分` is a highest (docs/annotation.md):
    // `失业保险金的期限最长为二十四个月`, `采矿许可证有效期最长为三年` (le), `居留证件的有效期最短为
    // 九十日` (ge) (bench laws and regulations).
    p("最长为", Le),
    p("最短为", Ge),
    // `上限5分`, `上限为2分`, `上限\n15分` in a table (dev d19, d21: a university's rules);
    // `下限为2人`, docs/annotation.md.
    p("上限为", Le),
    p("上限", Le),
    p("下限为", Ge),
    p("下限", Ge),
    far("超过", Gt),
    // `进出口总额突破4万亿美元` (政府工作报告 2014), `空间信息产业规模超2000亿元` (bench):
    // beyond, `gt` (docs/annotation.md).
    p("突破", Gt),
    p("超出", Gt),
    p("高于", Gt),
    p("多于", Gt),
    p("大于", Gt),
    p("逾", Gt),
    p("超", Gt),
    // `日均客流破万人次`, `销售额破亿元`: "breaking" a round number, beyond it (`gt`, as 突破). Not
    // the verbs that end in 破 (`打破3项纪录`, `侦破3起案件`: counts); `跌破` falls below (`股指
    // 跌破3000点`, `lt`).
    p("跌破", Lt),
    not("打破"),
    not("攻破"),
    not("击破"),
    not("侦破"),
    not("冲破"),
    not("识破"),
    not("爆破"),
    not("看破"),
    not("点破"),
    not("道破"),
    p("破", Gt),
    far("不足", Lt),
    p("不到", Lt),
    p("少于", Lt),
    p("低于", Lt),
    p("小于", Lt),
    far("大约", Approx),
    p("约为", Approx),
    far("约", Approx),
    p("将近", Approx),
    p("接近", Approx),
    not("最近"),
    not("附近"),
    p("近", Approx),
    p("大概", Approx),
    // `当选人数未达到三人的` (上海市村民委员会选举办法), `缴费年限累计未达到二十年的` (浙江省医疗保障
    // 条例): not reaching the number is below it; 达到 alone states a target (eq).
    p("未达到", Lt),
    p("达到", Eq),
    p("到达", Eq),
    p("达", Eq),
    p("提高到", Eq),
    p("提高至", Eq),
    p("提升到", Eq),
    p("提升至", Eq),
    p("扩大到", Eq),
    p("扩大至", Eq),
    p("增加到", Eq),
    p("增加至", Eq),
    p("增长到", Eq),
    p("增长至", Eq),
    p("上升到", Eq),
    p("上升至", Eq),
    p("增至", Eq),
    p("升至", Eq),
    p("降低到", Eq),
    p("降低至", Eq),
    p("下降到", Eq),
    p("下降至", Eq),
    p("减少到", Eq),
    p("减少至", Eq),
    p("缩小到", Eq),
    p("缩小至", Eq),
    p("压缩到", Eq),
    p("压缩至", Eq),
    p("降到", Eq),
    p("降至", Eq),
    p("控制在", Eq),
    p("保持在", Eq),
    p("稳定在", Eq),
];

/// Modal negations that turn a strict comparison into its inclusive opposite: `不得低于15平方米`
/// (北京市公园条例) is "at least" (`ge`), `不得超过30日` "at most" (`le`). Read by
/// `quantity::comparator::negated`.
/// `捐赠额未超过纳税人申报的应纳税所得额百分之三十的部分` (个人所得税法, dev d04) is `le` too.
pub(crate) const NEGATIONS: [&str; 8] = ["不得", "不应", "不能", "不宜", "不可", "不准", "不许", "未"];

/// Words beginning with `不` that negate a comparison a verb or two after them, read by
/// `quantity::comparator::negated` (up to five ideographs before 超过: `一位专家不同时担任超过
/// 3个上海市重点实验室的学术委员会主任`, dev d07), besides the modal [`NEGATIONS`]. Any other
/// 不 negates its own verb: `逾期不归连续超过十五天` (a bench regulation) is more than fifteen days.
pub(crate) const DISTANT_NEGATIONS: [&str; 1] = ["不同时"];

/// The mark of the phrase a comparison reaches across (`不得超过在校生总数的15%`, docs/annotation.md;
/// `不得少于成员总数的三分之二`, dev d15), read by `quantity::comparator::across_phrase`.
pub(crate) const PHRASE_MARK: char = '的';

/// The noun a comparison word makes with the word after it, the part in excess (`超出部分按照
/// 同一用水性质水价标准的四倍收取`, `不低于超出部分建设工程造价的千分之五`: bench lawrefbook
/// regulations; `超过部分按…累进加价`, as water and power tariffs write it): no bound on the
/// figure after it, read by `quantity::comparator::across_phrase` (as the word before
/// [`PHRASE_MARK`] is).
pub(crate) const EXCESS_PART: &str = "部分";

/// Comparison words that also open a noun, read by `quantity::comparator::across_phrase`:
/// across a phrase they bound only when one of [`NOUN_OPENER_VERBS`] follows them
/// (`最高为国家上年度职工年平均工资的五倍`, `最高可以享有该科技成果所形成股权的百分之七十`: bench
/// regulations); else they name the noun the figure is a share of (`失业保险金按照当地最低工资标准的
/// 百分之八十确定`, `低于国家规定的最低价额标准的60%`: bench regulations, `eq` and `lt`).
pub(crate) const NOUN_OPENERS: [&str; 2] = ["最低", "最高"];

/// What follows a [`NOUN_OPENERS`] word that bounds: `为`, `可`, `不` (`最低不少于`), `额为`
/// (`最高额为国家上年度职工年平均工资的五倍`, 国家赔偿法).
pub(crate) const NOUN_OPENER_VERBS: [char; 4] = ['为', '可', '不', '额'];

/// Verbs of granting or reaching after a [`NOUN_OPENERS`] word that make it bound the figure
/// right after the verb, as `最高为5分` does (docs/annotation.md): `累计最高扣减6分` (a bench
/// regulation), `支持金额最高可至3000万元` (dev d10); `最高奖励50万元`, `每家最高补助20万元`,
/// `最高补贴`, `最高资助`, `最高支持`, `最高给予100万元奖励`, `最高可获得100万元资助`, `最高可享受`,
/// `最高可达` (the wording of support policies). [`MAY`] may stand before the verb. Read by
/// `quantity::comparator::opener_verb_before`; `最低工资标准的80%` has no verb there and no bound.
pub(crate) const OPENER_VERBS: [&str; 11] =
    ["奖励", "补助", "补贴", "资助", "支持", "给予", "获得", "享受", "扣减", "至", "达"];

/// `可` ("may") between a [`NOUN_OPENERS`] word and one of [`OPENER_VERBS`]: `最高可获得`.
pub(crate) const MAY: char = '可';

/// The first characters of the prefix words that are negations already (`不低于`, `未满`),
/// which [`NEGATIONS`] does not turn again.
pub(crate) const NEGATED_HEADS: [char; 2] = ['不', '未'];

/// A suffix word after the unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Suffix {
    /// The word as written.
    pub word: &'static str,
    /// What it says.
    pub comparator: Comparator,
    /// Only after a unit of time or distance (`TAKES_NEI` in [`super::units`]).
    pub after_span_unit: bool,
    /// Words that, starting right after the suffix, show it begins another word.
    pub blockers: &'static [&'static str],
    /// When not empty, the words one of which must follow the suffix unless what follows is
    /// no ideograph: a suffix that starts many words (`多`: `多次`, `多项`) is one only there.
    pub only_before: &'static [&'static str],
}

const fn s(word: &'static str, comparator: Comparator) -> Suffix {
    Suffix { word, comparator, after_span_unit: false, blockers: &[], only_before: &[] }
}

/// Suffix words, a longer word before a shorter one it begins (a test checks it).
/// Examples: `并处200元以上500元以下的罚款` (ge, le: a range), `失业率控制在4.6％以内` (le,
/// 政府工作报告 2010), `校园周边二百米之内` (le, 上海市未成年人保护条例), `接到申诉书之日起30日内作出
/// 处理决定` (le; `内部`, `内设` are no suffix), `增长8%左右` (approx), `学校和学生以外的第三人`
/// (gt).
pub(crate) static SUFFIXES: &[Suffix] = &[
    s("及以上", Ge),
    s("或以上", Ge),
    // The same bound with the full 或者: `中等专业学校或者以上学历` (a bench regulation),
    // `年龄在三十岁或者以上` (Recognizers-Text's NumberRangeModel); `或者以上述系统为子系统` (a
    // bench standard: 以 "with" before 上述) is none.
    Suffix { word: "或者以上", comparator: Ge, after_span_unit: false, blockers: &["述"], only_before: &[] },
    s("以上", Ge),
    s("及以下", Le),
    s("或以下", Le),
    Suffix { word: "或者以下", comparator: Le, after_span_unit: false, blockers: &["述"], only_before: &[] },
    s("以下", Le),
    s("以内", Le),
    s("之内", Le),
    s("以外", Gt),
    s("左右", Approx),
    // A little over the number, as `多` after it (`三十岁出头`, `六十岁开外`): approximate. No
    // bench or dev document writes one; number cases from outside the corpus (ages in
    // statistical and survey texts).
    s("出头", Approx),
    s("开外", Approx),
    // About the number, as 左右, after any unit: `年龄在40岁上下`, `参会人数在5000人上下`,
    // `年产量稳定在5000吨上下` (number cases from outside the corpus, as statistical texts
    // write them). `上下游`, `上下级` (`上下级分成`, 河南省政府非税收入管理条例), `上下功夫`
    // (`在八个字上下功夫`, bench), `上下班`, `上下学`, `上下车` (`校车上下学生`, `学生上下车时`,
    // bench regulations): no suffix.
    Suffix {
        word: "上下",
        comparator: Approx,
        after_span_unit: false,
        blockers: &["游", "级", "联", "功", "班", "学", "车", "船", "楼", "岗", "一心", "文"],
        only_before: &[],
    },
    // `内设`, `内部`, `内容` …: no suffix. `内在` is no blocker: after a span of time it is
    // `within … at` (`应当自收到之日起三十日内在报纸上公告`, bench regulations).
    Suffix {
        word: "内",
        comparator: Le,
        after_span_unit: true,
        blockers: &["设", "部", "容", "涵", "外", "地", "蒙", "科", "心", "务", "需", "控"],
        only_before: &[],
    },
    // More than the span, as `多` before the unit (`一个多月`): `孩子患白血病三年多来`, `受困涠洲岛
    // 三天多` (AISHELL news transcripts), `工作三年多来` (the opening of work reports), never `eq`
    // 3 年. It starts words (`三年多次`, `五天多云`): only before 来, 的, 时间, 前, 后, 了 or a
    // character that is no ideograph.
    Suffix {
        word: "多",
        comparator: Approx,
        after_span_unit: true,
        blockers: &[],
        only_before: &["来", "的", "时间", "前", "后", "了", "以来"],
    },
];

/// The suffix bounds that, right after a unit, make it a unit even where a blocker of the
/// unit begins with their first character: `所以` ("therefore") blocks `所`, but `新建幼儿园10所以上`
/// is 10 `所`, ge (a made-up case of tests/cases: no bench document writes `所以上`, but school
/// building plans count schools in 所 with a bound). Read by `quantity::unit::blocked`.
pub(crate) const UNIT_BOUNDS: [&str; 3] = ["以上", "以下", "以内"];

/// The marks after a fraction that make it approximate: a little more (`强`) or a little less
/// (`弱`) than the share (`三分之一强`, `三分之二弱`, `百分之三十强`), as statistical reports
/// write shares. Read by `quantity::rules::comparators::rough_share`, only before a character
/// that is no ideograph or before `的` (never `强化`, `强调`, `弱化`). No bench or dev document
/// writes one; the forms are number cases from outside the corpus.
pub(crate) const ROUGH_SHARE_MARKS: [char; 2] = ['强', '弱'];

/// `只` (only) and one verb before a count of times bound it from above: `一个项目报两项及以上活动的
/// 只⏎加一次参与分` (dev d21, a university's rules, wrapped) is at most once (le), as `只能参加一次`
/// (the [`PREFIXES`] row `只能`). Read by `quantity::rules::comparators::comparator`, only
/// before the units of [`ONLY_TIMES_UNITS`] and not after [`ONLY_BLOCKERS`]: `只` before a
/// count of people or things states a fact (`候选人只有一人`, bench regulations) and is no bound.
pub(crate) const ONLY: char = '只';

/// The units after which [`ONLY`] and a verb bound a figure: counts of times
/// (`只加一次`, dev d21; `全程只需一次上门`, a bench regulation).
pub(crate) const ONLY_TIMES_UNITS: [&str; 1] = ["次"];

/// What before [`ONLY`] makes it part of another word: `不只` (not only).
pub(crate) const ONLY_BLOCKERS: [char; 1] = ['不'];

/// The unit names of a share written with its sign, after which a [`ROUGH_SHARE_MARKS`] mark
/// makes the figure approximate too (`50%强`, `5‰弱`), read by `quantity::rules::comparators`
/// (rule `comparator`). No bench or dev document writes one; the forms are number cases from
/// outside the corpus (statistical yearbooks' prose).
pub(crate) const SHARE_SIGNS: [&str; 3] = ["%", "‰", "‱"];

/// The ideograph after a [`ROUGH_SHARE_MARKS`] mark that still leaves it a mark: `的`
/// (`三分之一强的土地`).
pub(crate) const ROUGH_SHARE_FOLLOWERS: [char; 1] = ['的'];

/// The words `或者`, `或` between two figures let a suffix bound of the second (`以上`, `以下`
/// and the other [`SUFFIXES`] that include their number) bound the first too:
/// `碳排放量相差10%或者10万吨以上的` (广东省碳排放管理试行办法, dev d15) is `ge` for both. Read by
/// `quantity::Finder::push`.
pub(crate) const SHARED_BOUND_LINKS: [&str; 2] = ["或者", "或"];

/// The words `及`, `和` between a figure and the same figure with a suffix bound: the bound
/// is the first's too, `两人及两人以上` is "two or more" (`两人及两人以上举报的，按照下列规则`,
/// `工作年限满十年和十年以上的`, `设立2家及2家以上分行的外国银行`: bench regulations); between two
/// different figures they list them (`3人和5人以上`). Read by `quantity::Finder::push`.
pub(crate) const EQUAL_BOUND_LINKS: [&str; 2] = ["及", "和"];

/// `前` before a count of places or a share bounds a ranking, `le` (docs/annotation.md: `前10%`,
/// `前六名`): `按…固定投资总额排序前10位的项目`, `在世界杯赛中取得前六名` (bench regulations). Only before
/// the units of [`RANK_UNITS`]: `期限届满前九十日` is a deadline, `前两款` a reference, `提前一年`
/// no bound. Read by the quantity stage's rule `rank`.
pub(crate) const RANK_PREFIX: &str = "前";

/// Words that end with [`RANK_PREFIX`] and bound no ranking: `目前四十八名船员均获救` (AISHELL
/// news transcripts: at present, 48 people), `当前`, `此前`, `之前`, `以前`, `提前`, `先前`, `日前`,
/// `从前`, `空前` (times and degrees, never "the first N").
pub(crate) const NOT_RANK_WORDS: [&str; 10] =
    ["目前", "当前", "此前", "之前", "以前", "提前", "先前", "日前", "从前", "空前"];

/// Nouns that end with the first character of a word of [`NOT_RANK_WORDS`] (目 of 目前): before
/// [`RANK_PREFIX`] they hold that character, and `前` is a ranking of its own: `非体育专业学生参加
/// 省级以上体育比赛获得个人项目前三名，集体项目前二名` (a university's 奖学金管理办法, sufe-campus-qa:
/// 项目 then 前三名), `单科科目前10%`, `参赛节目前三名`.
pub(crate) const RANK_HOLDING_NOUNS: [&str; 4] = ["项目", "科目", "节目", "题目"];

/// The units of a ranking after [`RANK_PREFIX`] (as rows name them). `项` counts the first items
/// of a ranking (`按照污染当量数从大到小排序,对前三项污染物征收环境保护税`, 环境保护税法 第九条) where no
/// word of a reference follows it (`前两项规定`, `前三项以外`: the rule `preceding_articles`).
pub(crate) const RANK_UNITS: [&str; 4] = ["名", "位", "%", "项"];

/// Words that hold a distant prefix word (`约`) without being one, read by
/// `quantity::comparator::distant_before`: the word is passed over and the walk back goes on.
/// `超过约定人数二分之一的` (a bench regulation: 约定 "agreed", the bound is 超过, gt),
/// `按契约限额的90％执行` (a bench regulation: 契约 "contract", no bound), `节约`, `预约`,
/// `制约`, `公约`, `条约`, `违约`, `约束`, `要约` (`工资集体协商期限为被要约方收到要约之日起两个月`, a bench
/// regulation: an offer, no approximation), `签约` (`预签协议的实际签约比例应为25.4%`, a bench
/// document), `合约` (`涨跌停板，是指合约在1个交易日中的交易价格`, a bench regulation: a contract).
/// `不足部分` is the shortfall, no bound of the figure after it
/// (`从质量保证金中扣除，不足部分由施工单位承担`, bench regulations; `不足部分按3%计算` is 3 %, not `lt`),
/// and so is `不足之处`.
pub(crate) static NOT_PREFIX_WORDS: &[&str] = &[
    "约定",
    "约束",
    "契约",
    "节约",
    "预约",
    "制约",
    "公约",
    "条约",
    "违约",
    "要约",
    "签约",
    "合约",
    "不足部分",
    "不足之处",
];

/// The brackets of an inclusion mark (see [`INCLUDES`]).
pub(crate) const INCLUSION_BRACKETS: [(char, char); 2] = [('（', '）'), ('(', ')')];

/// The mark that may stand between the ideographs of a bracketed gloss inside a bound's phrase
/// (`quantity::comparator::across_phrase`): the gloss lists alternatives of the noun before it,
/// `原则上不超过本院（所、系、部）学术型研究生在校生总人数的2%` (a university's 评选办法, sufe-campus-qa),
/// `学院（系、所）` `学校（院、所）`, as `本校(院)` does with one.
pub(crate) const GLOSS_LIST_MARK: char = '、';

/// A bracketed mark after a figure or its bound that says the number is included: `（含）`
/// (`50万元（含）以上`, `1万(含)-5万元`: JioNLP's money battery), `（含5人）` (`5人以下（含5人）`, dev
/// d19), `（含14摄氏度）` (`高于14摄氏度（含14摄氏度）的`, a bench regulation: `ge`). The mark is
/// part of the figure: the number it restates is no figure of its own. Read by
/// `quantity::comparator::inclusion_mark`.
pub(crate) const INCLUDES: &str = "含";

/// A bracketed mark that says the number is excluded: `室温低于18摄氏度（不含18摄氏度）`,
/// `十八摄氏度（不含十八摄氏度）以下` (bench regulations: `lt`), `一万元以上（不含一万元）` (`gt`).
pub(crate) const EXCLUDES: &str = "不含";

/// The longest text of an inclusion mark between the word and the closing bracket, in
/// characters (`十八摄氏度`); a longer one, or one with punctuation, is a note of another kind
/// (`4层以上（含本数，下同。不含地下室）`).
pub(crate) const MAX_INCLUSION_CHARS: usize = 10;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::check;

    #[test]
    fn prefixes_are_distinct_and_reachable() {
        let words: Vec<&str> = PREFIXES.iter().map(|p| p.word).collect();
        check::distinct(words.iter());
        check::none_after_its_suffix(&words);
        check::distinct(NEGATIONS.iter());
        check::distinct(ROUGH_SHARE_MARKS);
    }

    #[test]
    fn suffixes_are_distinct_and_reachable() {
        let words: Vec<&str> = SUFFIXES.iter().map(|s| s.word).collect();
        check::distinct(words.iter());
        check::none_after_its_prefix(&words);
        for s in SUFFIXES {
            check::distinct(s.blockers.iter());
            check::none_after_its_prefix(s.blockers);
        }
    }

    #[test]
    fn not_prefix_words_hold_a_distant_prefix() {
        check::distinct(NOT_PREFIX_WORDS.iter());
        for w in NOT_PREFIX_WORDS {
            assert!(PREFIXES.iter().any(|p| p.reach == Reach::AcrossVerb && w.contains(p.word)), "{w}");
        }
    }

    #[test]
    fn negated_heads_begin_prefix_words() {
        for h in NEGATED_HEADS {
            assert!(PREFIXES.iter().any(|p| p.word.starts_with(h)), "{h}");
        }
    }
}
