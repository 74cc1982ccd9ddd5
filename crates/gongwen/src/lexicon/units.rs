//! Units: the classifiers and measures a figure ends with, as written.
//!
//! Read by the quantity stage's `unit` rule (`quantity::unit::unit_at`, the longest row that
//! matches, unless one of the row's blockers follows it) and by its quick filter of what may
//! follow a number (`quantity::unit::may_follow`, built from the rows' first characters and
//! [`FOLLOW_EXTRA`]). Example from a real document (政府工作报告 2008): `关停小火电2157万千瓦`
//! is 21570000 `千瓦`, and `名单` (`建立黑名单制度`, 政府工作报告 2014) is no unit `名`.
//!
//! To add a unit, add a row: the match table, the quick filter and the blocker filters are
//! derived from the rows.

/// What a unit measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    /// Individuals and things: 个 所 人 名 项 家 …
    Count,
    /// Durations: 年 月 天 日 周 小时 …
    Time,
    /// Length, area, volume, mass, energy.
    Measure,
    /// Money: 元 美元 分 角.
    Money,
    /// Shares: % ‰ 个百分点.
    Percent,
    /// Multiples: 倍.
    Ratio,
    /// Age: 岁 周岁.
    Age,
}

/// The unit of a scale that a Chinese numeral reads as a level of it, where a word of the scale
/// stands before the number ([`SCALE_WORDS_BEFORE`]) or after the unit and its bound
/// ([`SCALE_WORDS_AFTER`]): `气象部门发布四级以上大风天气时，停止土地平整` (江门市扬尘污染防治条例), `预报风速
/// 达到四级以上` (a bench regulation on dust). Elsewhere `二级以上医院`, `一级以上公安机关` are ranks (the
/// row `级` is for Arabic digits only). Read by the quantity stage's rule `unit`.
pub(crate) const SCALE_UNIT: &str = "级";

/// Words of a scale before its level ([`SCALE_UNIT`]): wind force (`预报风速达到四级以上`, `风力六级以上天气
/// 停止土石方作业`: bench regulations on dust).
pub(crate) static SCALE_WORDS_BEFORE: &[&str] = &["风速", "风力"];

/// Words of a scale after its level and its bound ([`SCALE_UNIT`]): `四级以上大风` (江门市扬尘污染防治条例,
/// bench regulations on dust), `发生五级以上地震` (the wording of local 防震减灾 rules and 地震应急预案).
pub(crate) static SCALE_WORDS_AFTER: &[&str] = &["大风", "地震"];

/// Only after Arabic digits or placeholders (`3起`, `5分`), never after Chinese numerals
/// (`一起`, `十分`).
pub(crate) const ARABIC_ONLY: u8 = 1;
/// Only after Chinese numerals.
pub(crate) const CHINESE_ONLY: u8 = 2;
/// Not after a bare Chinese 一 (`一批`, `新一轮`, `一道`): lexicalised, indefinite.
pub(crate) const NOT_AFTER_ONE: u8 = 4;
/// A time, distance or age unit after which `内` means `以内` and `上下` means about (`左右`):
/// `在子女三周岁内，夫妻双方每年各享受十天育儿假` (le, a bench provincial regulation),
/// `年龄在40岁上下` (approx; no corpus example: a number case from outside the corpus).
pub(crate) const TAKES_NEI: u8 = 8;
/// A unit that takes `个` as a classifier before it, dropped in the unit reported (docs/annotation.md:
/// `3个月` → `月`, `5个工作日` → `工作日`, `2个百分点` → `百分点`, `6个学分` → `学分`): units of
/// time, per-cent points and credits. `自接到投诉之日起10个工作日内` (北京市促进私营个体经济
/// 发展条例), `占比提高2.5个百分点` (政府工作报告 2011), `三个季度`.
pub(crate) const CLASSIFIED: u8 = 16;
/// A unit that counts only with a comparator (`累计任职不超过两届`, dev d07): without one it is
/// an ordinal or a name (`十三届全国人大`, `党的十九届四中全会`).
pub(crate) const WITH_COMPARATOR: u8 = 32;
/// After Chinese numerals only with a comparator (`在二十五度以上陡坡地`, `总层数十层以上的住宅`:
/// bench regulations), as after Arabic digits always (`25度`, `10层`): alone, a Chinese numeral
/// and the unit are a word (`一度`, `两度` "twice").
pub(crate) const CHINESE_WITH_COMPARATOR: u8 = 64;

/// One row of the unit table.
#[derive(Debug)]
pub(crate) struct Unit {
    /// The unit as written.
    pub text: &'static str,
    /// What rows call it: the text as written, except that every per-cent sign is `%`
    /// (docs/annotation.md: "`%` for per cent"), the full-width `％` too.
    pub name: &'static str,
    /// What it measures.
    pub family: Family,
    /// `ARABIC_ONLY` …
    pub flags: u8,
    /// Words that, directly after the unit, show it is part of another word.
    pub blockers: &'static [&'static str],
    /// The third bytes of the blockers, each as bit `byte & 63` ([`third_bytes`]).
    pub blocker_bytes: u64,
}

impl Unit {
    /// True when the row has the flag `flag` (`ARABIC_ONLY` …).
    pub(crate) const fn has(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }
}

const fn u(text: &'static str, family: Family, flags: u8, blockers: &'static [&'static str]) -> Unit {
    Unit { text, name: text, family, flags, blockers, blocker_bytes: third_bytes(blockers) }
}

/// A filter of `words`: bit `w[2] & 63` for each word `w` (all bits for a word shorter
/// than three bytes). A word can start a text only when the filter has the bit of the
/// text's third byte.
#[allow(clippy::indexing_slicing)] // evaluated at compile time: a bad index fails the build
pub(crate) const fn third_bytes(words: &[&str]) -> u64 {
    let mut filter = 0u64;
    let mut k = 0;
    while k < words.len() {
        let w = words[k].as_bytes();
        filter |= if w.len() >= 3 { 1u64 << (w[2] & 63) } else { u64::MAX };
        k += 1;
    }
    filter
}

use Family::{Age, Count, Measure, Money, Percent, Ratio, Time};

/// The unit table.
pub(crate) static UNITS: &[Unit] = &[
    // Counts: `传播淫秽物品达200至500人次以上` (a bench interpretation), `五百张床位` (a bench
    // regulation); blockers: `黑名单制度`, `次要责任` (北京市实施《道路交通安全法》办法),
    // `一次性生活补贴` (政府工作报告 2012); `体工商`: `降低900多万个体工商户税负` (政府工作报告 2012),
    // 个 of 个体 (individual), no classifier (`3个体育场` stays a count).
    u("个", Count, 0, &["性", "体户", "体工商", "案", "亿", "万"]),
    // `如表7所示` (dev d21): a table's number; `基本法附件三所列全国性法律`, `附录一、附录二所列的
    // 野生动物` (bench laws): an attachment's number before 所列 "listed in".
    u("所", Count, 0, &["属", "有", "在", "谓", "得", "以", "长", "需", "示", "列"]),
    // Blockers `民法院`, `民检察院`, `民政府`: a court, procuratorate or government named after a
    // placeholder (`×××人民法院`, the form of a 协助执行通知书 in a bench lawrefbook provision), no
    // count of people.
    u("人", Count, 0, &["制", "均", "才", "们", "心", "格", "事", "工", "民法院", "民检察院", "民政府"]),
    u("人口", Count, 0, &[]),
    u("名", Count, 0, &["单", "称", "誉", "片", "列"]),
    u("人次", Count, 0, &[]),
    u("户次", Count, 0, &[]),
    u("架次", Count, 0, &[]),
    // Machines sent out, counted per trip: `县里累计调度联合收割机100台次` (人民日报 on the 三夏
    // harvest, Huace `document_5`), `检查特种设备1.2万台次` (market-supervision reports); without it
    // the unit was 台, a count of machines.
    u("台次", Count, 0, &[]),
    u("车次", Count, 0, &[]),
    u("批次", Count, 0, &[]),
    u("场次", Count, 0, &[]),
    u("班次", Count, 0, &[]),
    // Doses given: `累计报告接种新冠病毒疫苗34亿剂次` (the daily vaccination notices of 国家卫生健康委,
    // 2021–2022); without it `1.3亿` of `1.3亿剂次` had no unit.
    u("剂次", Count, 0, &[]),
    // `三次产业共同带动` (bench, 政府工作报告), `三次产业结构` (统计公报): the three sectors, no count;
    // `采油`: `三次采油，是指二次采油后继续以聚合物驱…` (bench lawrefbook 资源税法), the recovery stages
    // of an oil field, no count.
    u("次", Count, 0, &["性", "要", "序", "级", "全会", "代表大会", "党代会", "常委会", "生", "产业", "采油"]),
    u("项", Count, 0, &["目", "规定", "准则", "基本原则", "注意"]),
    // `国情`: 家国情怀 (`培养家国情怀`, bench lawrefbook 家庭教育促进法), no count; a count goes on to
    // 国家级, 国有, 国际 (`新布局16家国家级制造业创新中心`, 人民日报 on the 十四五 industry figures).
    u("家", Count, 0, &["庭", "长", "族", "乡", "属", "园", "具", "务", "电", "用", "人", "国情", "风", "教"]),
    // Place names are no count: `七台河仲裁委员会` (a bench list of arbitration commissions), 五台山 and
    // 五台县 (Shanxi), 九台区 (Changchun).
    u("台", Count, 0, &["账", "阶", "湾", "风", "词", "河", "县", "区", "山"]),
    // Sets of equipment: `推广应用工业机器人1000台套` (manufacturing plans; 台 alone would drop 套).
    u("台套", Count, 0, &[]),
    u("套", Count, 0, &["餐", "路", "取"]),
    u("件", Count, 0, &[]),
    u("场", Count, 0, &["所", "景", "地", "馆", "合", "面", "域"]),
    u("批", Count, NOT_AFTER_ONE, &["准", "示", "评", "复", "发", "判"]),
    u("期", Count, ARABIC_ONLY, &["间", "限", "待", "刊", "末", "中", "货", "满", "望", "盼"]),
    u("门", Count, 0, &["户", "槛", "诊", "类", "口", "票", "心思"]),
    // 节气 (solar terms: `农事节气`, a bench regulation on intangible heritage) is a word:
    // `二十四节气` names them, no count of 节.
    u("节", Count, 0, &["约", "能", "日", "点", "奏", "目", "假", "庆", "俭", "气"]),
    u("课时", Count, CLASSIFIED, &[]),
    u("学时", Count, CLASSIFIED, &[]),
    u("学分", Count, CLASSIFIED, &[]),
    // `从两处以上取得工资` (个人所得税法, dev d04): 处以上 is a count; 处以罚款 (to impose) is no
    // unit (`按其违法所得总额的百分之十至百分之五十处以罚款`, a bench regulation).
    u("处", Count, 0, &["理", "罚", "置", "分", "于", "长", "室", "境", "事", "以罚"]),
    u("届", Count, WITH_COMPARATOR, &[]),
    u("户", Count, 0, &["籍", "口", "外", "型"]),
    u("篇", Count, 0, &["章", "幅"]),
    // The length of a text (docs/annotation.md: `8万字` → `字`): `字数不超过800字`, `全文共计3000字`
    // (calls for papers, petition rules). Arabic digits only: `十字路口`, `八字方针`, `一字排开` are
    // words; `16字方针` names a slogan, `J1字签证` a visa (bench: an identifier).
    u("字", Count, ARABIC_ONLY, &["方针", "诀", "号", "头", "签证"]),
    // Pages: `篇幅控制在5页以内`, `申请书不超过10页` (application guidelines); `第5页` is an ordinal,
    // a page counter (`第 1 页 共 5 页`) noise.
    u("页", Count, ARABIC_ONLY, &["码", "面", "眉", "脚"]),
    u("位", Count, 0, &["于", "置", "列", "数", "次", "居", "一体"]),
    u("座", Count, 0, &["谈", "位"]),
    u("条", Count, 0, &["件", "例", "款", "理", "块", "线", "幅", "码", "路子", "禁令", "底线", "红线"]),
    u("种", Count, 0, &["植", "子", "类", "族", "苗", "养", "形态"]),
    u("类", Count, 0, &["别", "型", "似", "学科"]),
    u("支", Count, 0, &["持", "部", "付", "出", "撑", "援", "柱", "配", "教"]),
    // `本计划`, `本项目` (this plan, this project) after a section number whose line break
    // was lost: `2.2本计划投资3541.07万元2.3本项目` (a project page in JioNLP's money battery).
    u(
        "本",
        Count,
        0,
        &[
            "科", "地", "身", "质", "来", "土", "着", "领", "部", "院", "届", "市", "县", "区", "单位", "人", "法",
            "条例", "办法", "规定", "计划", "项目",
        ],
    ),
    // Blockers `制电`, `制水`, `制热`, `制价`: the two-part tariff `两部制电价` (基本电价 and 电度电价),
    // `两部制水价`, `两部制热价` (bench lawrefbook price and heating regulations), a scheme named,
    // no count of 部; `两部制定` (two ministries draw up) stays a count.
    u("部", Count, 0, &["分", "署", "位", "长", "队", "委", "门", "制电", "制水", "制热", "制价"]),
    u("部门", Count, 0, &[]),
    u("册", Count, 0, &[]),
    // The classifier before a counted noun is the unit, as `3个项目` is 个 (docs/annotation.md):
    // `规模在五百张床位以上的养老机构` (a bench regulation) is 500 张, its noun 床位 no part of it.
    u("张", Count, 0, &["贴", "扬"]),
    u("份", Count, 0, &["额", "子"]),
    // Shares and strands: `雅戈尔持有宁波银行总股份达三点五一亿股` (a CoreNLP-style number case),
    // `公司发行新股5000万股`, `两股势力`; not the words that begin with 股 (`唯一股东`, `每一股份`, `同一股权`:
    // bench laws) nor `八股文`.
    u(
        "股",
        Count,
        0,
        &["东", "份", "权", "票", "本", "息", "利", "价", "市", "金", "民", "指", "比", "改", "级", "文", "长", "室"],
    ),
    u("例", Count, 0, &["如", "外", "行", "会"]),
    u("起", Count, ARABIC_ONLY, &["草", "步", "诉", "来", "点", "始"]),
    u("宗", Count, 0, &["旨", "教"]),
    u("辆", Count, 0, &[]),
    u("架", Count, ARABIC_ONLY, &["构", "设"]),
    u("艘", Count, 0, &[]),
    u("间", Count, ARABIC_ONLY, &["接", "隔", "歇", "断"]),
    u("栋", Count, 0, &[]),
    u("幢", Count, 0, &[]),
    u("层", Count, CHINESE_WITH_COMPARATOR, &["次", "面", "级"]),
    // `三轮汽车`, `电动三轮车`, `二轮摩托车`, `四轮代步车`, `驾驭两轮畜力车` (bench regulations):
    // vehicles, no count.
    u("轮", Count, NOT_AFTER_ONE, &["岗", "换", "流", "值", "训", "椅", "车", "汽", "摩", "自", "电", "代步", "畜力"]),
    u("只", Count, ARABIC_ONLY, &[]),
    u("头", Count, ARABIC_ONLY, &[]),
    u("株", Count, 0, &[]),
    u("棵", Count, 0, &[]),
    u("床", Count, ARABIC_ONLY, &[]),
    u("款", Count, ARABIC_ONLY, &["项"]),
    u("枚", Count, 0, &[]),
    // Rounds of ammunition: `军用子弹10发以上、气枪铅弹500发以上` (最高人民法院关于审理非法制造、
    // 买卖…枪支、弹药…刑事案件的解释, bench); after digits only, and not in words that start with 发
    // (`3发现`, `5发布`).
    u(
        "发",
        Count,
        ARABIC_ONLY,
        &[
            "现", "布", "展", "放", "生", "出", "起", "文", "行", "明", "挥", "改", "证", "票", "送", "达", "给", "售",
            "表", "动", "射", "病", "育", "包", "电", "言", "回", "热", "函", "货", "还",
        ],
    ),
    // Seats: `阅览座位应当达到1200席以上` (a bench library regulation); `一席之地` is a word.
    u("席", Count, NOT_AFTER_ONE, &["之", "位", "卷", "次"]),
    u("封", Count, ARABIC_ONLY, &[]),
    u("票", Count, ARABIC_ONLY, &[]),
    // Counters of things (issue 19): `灭火器410具`, `担架2付`, `消防手套8双`, `应急药箱10套`
    // (dev d01, an emergency-resource survey), `消防水带2根`, `消防斧2把`, `30瓶维生素胶囊`
    // (a bench regulation), `一对夫妻` (bench: 一 is indefinite there; `1对1帮扶` is a pairing), `开设劳动教育课2堂`,
    // `出栏生猪300万头、家禽1亿羽`, `500万标准箱` (政府工作报告: 3500万标准箱等落后产能).
    u("根", Count, ARABIC_ONLY, &["据", "本", "源", "治", "除", "植", "基"]),
    u("羽", Count, ARABIC_ONLY, &["毛", "绒", "球"]),
    // Pairs and sets: `淫秽扑克、书刊、画册100至200副（册）以上` (a bench judicial interpretation),
    // `绝缘手套2副` in an emergency plan's supplies list. After Arabic digits only: after Chinese
    // numerals it is a rank (`大副、二副、三副`, ship's mates in a bench regulation; `一正二副`,
    // one chief and two deputies). Not a deputy's title or a by-product (`3副主任`, `副产品`).
    u(
        "副",
        Count,
        ARABIC_ONLY,
        &[
            "主", "部", "书", "省", "市", "县", "区", "局", "厅", "处", "科", "司", "校", "院", "所", "庭", "总", "组",
            "队", "经", "秘", "理", "会", "镇", "乡", "村", "检", "作", "产", "食", "职", "级", "高", "教", "研", "本",
            "标",
        ],
    ),
    // Tents and helmets in an emergency plan's supplies (`帐篷100顶`, `安全帽20顶`): a number
    // case from outside the corpus. Not the top of something (`5顶层`, `顶端`).
    u("顶", Count, 0, &["层", "部", "端", "尖", "级", "住", "替", "岗", "峰", "棚", "楼", "多", "用", "上", "点"]),
    u(
        "双",
        Count,
        0,
        &["方", "向", "边", "重", "创", "一流", "语", "休", "减", "拥", "百", "随", "胞", "学", "月", "周", "日"],
    ),
    u(
        "对",
        Count,
        ARABIC_ONLY,
        &[
            "于", "象", "接", "照", "应", "待", "外", "口", "话", "策", "称", "比", "标", "其", "此", "本", "该", "违",
            "有", "在", "一", "1", "2", "3", "4", "5", "6", "7", "8", "9",
            // The pairing written with full-width digits (`１对１帮扶`, a copy that widened every digit).
            "１", "２", "３", "４", "５", "６", "７", "８", "９",
        ],
    ),
    u("堂", Count, 0, &["课程"]),
    u("具", Count, ARABIC_ONLY, &["体", "有", "备"]),
    u("付", Count, ARABIC_ONLY, &["款", "费", "出", "给", "清", "诸"]),
    u("把", Count, ARABIC_ONLY, &["握", "关", "手", "控", "好"]),
    u("瓶", Count, 0, &["装", "颈", "子"]),
    // Cups: `每次1杯（200mL）` (中国居民膳食指南 on drinking water), `被教师罚喝二十多杯水` (an AISHELL
    // news transcript); `分一杯羹` is a word (NOT_AFTER_ONE), a contest's name (`“挑战杯”`) has no
    // number before 杯.
    u("杯", Count, NOT_AFTER_ONE, &[]),
    u("盏", Count, 0, &[]),
    // `旗面左上方缀黄色五角星五颗` (国旗法, bench), `二十八颗牙齿` (AISHELL news transcripts); `一颗红心`
    // is a word, `颗粒` no count.
    u("颗", Count, NOT_AFTER_ONE, &["粒"]),
    // Transactions and sums: `全年发放创业担保贷款1.2万笔` (the wording of provincial work reports and
    // 人民银行 notices), `完成了四笔收购` (AISHELL news transcripts); `每一笔钱都要花在刀刃上` (政府工作报告,
    // bench) is indefinite, and 笔 begins words (`3笔试`, `笔记`, `笔录`).
    u(
        "笔",
        Count,
        NOT_AFTER_ONE,
        &[
            "记", "试", "者", "录", "墨", "画", "迹", "名", "会", "杆", "筒", "锋", "触", "直", "头", "法", "调", "力",
            "端", "译", "谈", "误", "划", "芯",
        ],
    ),
    u("标准箱", Count, 0, &[]),
    // Time: `自接到投诉之日起10个工作日内` (北京市促进私营个体经济发展条例), `第一次不超过10分钟`
    // (北京市人民代表大会常务委员会议事规则); `国家实行九年制义务教育` (a bench law): a school
    // system, no duration (年制).
    u(
        "年",
        Time,
        TAKES_NEI,
        &[
            "级", "代", "轻", "龄", "会", "鉴", "限", "报", "检", "审", "金", "薪", "假", "货", "画", "夜", "华", "俭",
            "终", "初", "末", "制",
        ],
    ),
    u(
        "月",
        Time,
        TAKES_NEI | CLASSIFIED,
        &["份", "饼", "球", "光", "薪", "报", "度", "底", "初", "末", "中旬", "上旬", "下旬"],
    ),
    u("周", Time, TAKES_NEI, &["年", "边", "期", "围", "转", "末", "知", "岁"]),
    u("周岁", Age, TAKES_NEI, &[]),
    u("星期", Time, TAKES_NEI | CLASSIFIED, &["一", "二", "三", "四", "五", "六", "日", "天"]),
    // `天才` after a number is days and 才 "only then" (`找了二十三天才发现`, an AISHELL transcript;
    // `报告后三天才处理`), never the word "genius", which takes a classifier (`一位天才`).
    u("天", Time, TAKES_NEI, &["然", "气", "津", "下", "空", "地", "使", "天"]),
    u("日", Time, TAKES_NEI, &["常", "益", "报", "子", "程", "志", "用", "趋", "渐", "本", "记", "制", "起"]),
    u("工作日", Time, TAKES_NEI | CLASSIFIED, &[]),
    u("小时", Time, TAKES_NEI | CLASSIFIED, &[]),
    u("分钟", Time, TAKES_NEI, &[]),
    u("秒", Time, TAKES_NEI, &[]),
    // `鸣放…等声号约5秒钟` (a bench regulation on ships' signals), `发言不超过1 秒钟`
    // (duckling's duration battery): the unit as written, 秒钟.
    u("秒钟", Time, TAKES_NEI, &[]),
    // `系统响应时间不超过200毫秒` (the performance terms of e-government platform tenders),
    // `渲染速度十毫秒一帧` (WeTextProcessing's normalizer cases).
    u("毫秒", Time, TAKES_NEI, &[]),
    u("学年", Time, TAKES_NEI, &[]),
    u("学期", Time, ARABIC_ONLY | TAKES_NEI | CLASSIFIED, &[]),
    u("季度", Time, ARABIC_ONLY | CLASSIFIED, &[]),
    // Measures: `新增铁路营运里程6100公里` (政府工作报告 2008), `面积8公顷以上的湿地`
    // (北京市湿地保护条例).
    u("公里", Measure, TAKES_NEI, &[]),
    u("千米", Measure, TAKES_NEI, &[]),
    u("米", Measure, TAKES_NEI, &["饭", "粮", "线", "跑", "赛", "栏", "冲刺"]),
    u("厘米", Measure, 0, &[]),
    // `申请从事农村16毫米电影片发行、放映业务` (电影管理条例, bench): the gauge of a film, a format
    // named, no length.
    u("毫米", Measure, 0, &["电影", "影片", "胶片"]),
    u("平方米", Measure, 0, &[]),
    // The colloquial 平米 for 平方米: `建筑面积500平米`, `人均住房面积30平米` (local notices and
    // housing-subsidy rules).
    u("平米", Measure, 0, &[]),
    u("平方公里", Measure, 0, &[]),
    u("平方千米", Measure, 0, &[]),
    u("立方米", Measure, 0, &[]),
    u("亩", Measure, 0, &[]),
    u("公顷", Measure, 0, &[]),
    u("吨", Measure, 0, &[]),
    u("千克", Measure, 0, &[]),
    u("公斤", Measure, 0, &[]),
    u("克", Measure, 0, &["服", "隆", "拉", "制", "难", "敌"]),
    u("斤", Measure, 0, &[]),
    u(
        "升",
        Measure,
        0,
        &["级", "学", "温", "值", "高", "格", "华", "至", "到", "为", "降", "旗", "职", "迁", "任", "入"],
    ),
    u("毫升", Measure, 0, &[]),
    u("千瓦", Measure, 0, &[]),
    // Horsepower of farm machines and boats: `报废 20马力以下的拖拉机` (上海市 消费品以旧换新 实施方案,
    // Huace), `不满四百四十一千瓦（六百马力）的海洋机动渔船` (a bench regulation on fishing).
    u("马力", Measure, 0, &[]),
    // Watts after digits: `卫星国际专线地球站、15瓦以上的短波无线电台(站)` (a bench regulation on
    // radio stations), `100瓦及以上普通照明白炽灯` (关于逐步禁止进口和销售普通照明白炽灯的公告); not the
    // tile of `瓦房`, `瓦片`, nor `瓦斯` (firedamp), `瓦解`.
    u("瓦", Measure, ARABIC_ONLY, &["房", "片", "屋", "斯", "解", "楞", "砾"]),
    u("千瓦时", Measure, 0, &[]),
    // The product of two units as GB 3100-1993 writes it, with a middle dot (`电价0.5元/千瓦·时`,
    // `kW·h`): one unit, kept whole (`千瓦` alone would cut it). No bench or dev document
    // writes it; a number case from outside the corpus (electricity price notices).
    u("千瓦·时", Measure, 0, &[]),
    u("度电", Measure, 0, &[]),
    u("兆瓦", Measure, 0, &[]),
    // A camera's resolution: `前端摄像机分辨率不低于200万像素` (the specifications of public-security
    // video procurement notices), `摄像头像素高达两千万像素` (an AISHELL news transcript).
    u("像素", Measure, 0, &[]),
    // Energy stored: `新型储能装机规模达到300万千瓦时`, `储能电站100兆瓦时` (energy plans; 兆瓦 alone
    // would cut the unit short).
    u("兆瓦时", Measure, 0, &[]),
    // Noise limits: `白天控制在55分贝以内，夜间控制在45分贝以内` (bench, 商丘古城保护条例;
    // 分 alone would read points).
    u("分贝", Measure, 0, &[]),
    u("吉瓦", Measure, 0, &[]),
    u("千伏", Measure, 0, &[]),
    // Volts after Arabic digits: `在民用机场净空保护区域内设置22万伏以上(含22万伏)的高压输电塔` (a bench
    // regulation; was 220000 with no unit), `220伏特`. Not after Chinese numerals (`三伏天`, the dog
    // days) nor in words that start with 伏 (`伏击`, `伏季休渔`).
    u("伏特", Measure, ARABIC_ONLY, &[]),
    u("伏", Measure, ARABIC_ONLY, &["特", "天", "击", "法", "季", "案", "笔", "地"]),
    // 千伏 in SI letters, as bench writes it in a project's name (`山口-晴岚220KV输变电工程`) and
    // as `500kV线路` (a number case from outside the corpus).
    u("kV", Measure, ARABIC_ONLY, &[]),
    u("KV", Measure, ARABIC_ONLY, &[]),
    // Transformer capacity (apparent power): `受电变压器容量在315千伏安及以上的大工业用户`
    // (发改价格〔2013〕973号, 销售电价分类结构); 千伏 alone would cut the unit short.
    u("千伏安", Measure, 0, &[]),
    u("标准煤", Measure, 0, &[]),
    // `长288公分，高192公分` (a bench regulation), `一公升`, `9公尺` (duckling's battery);
    // `毒品…十毫克以上` (a bench law).
    u("公分", Measure, 0, &[]),
    u("公尺", Measure, 0, &[]),
    u("公升", Measure, 0, &[]),
    u("毫克", Measure, 0, &[]),
    // Air quality: `北京市细颗粒物年均浓度控制在60微克/立方米左右` (国发〔2013〕37号 大气污染防治行动计划).
    u("微克", Measure, 0, &[]),
    u("英尺", Measure, 0, &[]),
    u("英寸", Measure, 0, &[]),
    u("英里", Measure, 0, &[]),
    u("兆帕", Measure, 0, &[]),
    // `水压大于或者等于0.1MPa(表压)`, `额定出口压力大于或者等于0.1MPa` (特种设备安全监察条例, bench).
    // `2.5MPa·L` is a product of two units: no unit of this table.
    u("MPa", Measure, ARABIC_ONLY, &["·"]),
    // Hearing loss: `双耳听力障碍(≥91dB HL)` (人体损伤程度鉴定标准, bench).
    u("dB", Measure, ARABIC_ONLY, &[]),
    // Ship sizes: `20总吨以下的小型船舶`, `不满300总吨船舶` (bench maritime regulations; `吨` alone
    // never starts after `总`); boiler sizes: `每小时20蒸吨以下使用高污染燃料的锅炉` (bench
    // air pollution regulations).
    u("总吨", Measure, 0, &[]),
    u("蒸吨", Measure, 0, &[]),
    // The unit of account of maritime liability limits (the IMF's special drawing right):
    // `每名旅客不超过46666计算单位`, `每公斤为2计算单位` (海商法, bench).
    u("计算单位", Money, 0, &[]),
    u("千帕", Measure, 0, &[]),
    // `大气压力低于1000百帕（750毫米水银柱）` (a bench regulation).
    u("百帕", Measure, 0, &[]),
    // Frequencies: `应当配备2182千赫海上遇险频率的通信设备` (a bench regulation), `800兆赫集群电话`
    // (电信业务分类目录).
    u("千赫", Measure, 0, &[]),
    u("兆赫", Measure, 0, &[]),
    // The hertz written in full: `电网容量在300万千瓦及以上的，为0.2赫兹` (电力供应与使用条例's
    // frequency tolerance), `100赫兹` (Recognizers-Text's dimension battery); `千赫兹`, `兆赫兹`
    // whole, as `千赫` and `兆赫` are.
    u("赫兹", Measure, 0, &[]),
    u("千赫兹", Measure, 0, &[]),
    u("兆赫兹", Measure, 0, &[]),
    // Kilocalories (`千卡`, a unit word of `lexicon::numerals::UNIT_WORDS`): `约1800千卡`. Not
    // before `车` or `片`: `新增3千卡车` is three thousand trucks, `发放5千卡片` cards (gave 3 千卡).
    u("千卡", Measure, 0, &["车", "片"]),
    // Temperatures: `厨房内温度…18℃` and `二十八摄氏度或者低于十二摄氏度` (bench regulations),
    // `他烧到了39°C` (Recognizers-Text's battery), `负三十二摄氏度`; `25度以上的陡坡` (bench:
    // degrees of a slope).
    u("℃", Measure, 0, &[]),
    u("℉", Measure, 0, &[]),
    u("°C", Measure, 0, &[]),
    u("°F", Measure, 0, &[]),
    u("摄氏度", Measure, 0, &[]),
    u("华氏度", Measure, 0, &[]),
    u("度", Measure, CHINESE_WITH_COMPARATOR, &["假", "过", "日"]),
    // Latin units after digits, not followed by a letter or digit: `距离生产区30m以上`,
    // `瘢痕长度6.0cm以上` (bench), `10MB`, `1.5kg`, `250ml` (duckling's battery).
    u("m", Measure, ARABIC_ONLY | TAKES_NEI, &[]),
    // Areas and volumes with a superscript: `建筑面积大于300m²`, `…不应大于2500m²`
    // (建筑设计防火规范 GB 50016-2014); `120m²` (NeMo's measure battery), `㎡` its one-character
    // form.
    u("m²", Measure, ARABIC_ONLY, &[]),
    u("m³", Measure, ARABIC_ONLY, &[]),
    u("km²", Measure, ARABIC_ONLY, &[]),
    u("㎡", Measure, ARABIC_ONLY, &[]),
    // The same with the superscript lost, as text copied from a PDF or typed without it writes
    // them: `建筑面积120m2`, `容积5m3`, `占地1.5km2` (web copies of planning and tender notices).
    // The unit matcher's Latin boundary keeps `m2x` and `5m23` out.
    u("m2", Measure, ARABIC_ONLY, &[]),
    u("m3", Measure, ARABIC_ONLY, &[]),
    u("km2", Measure, ARABIC_ONLY, &[]),
    // Speeds: `最高车速不得超过120km/h` (traffic rules; `h` is no unit of its own to count per).
    u("km/h", Measure, ARABIC_ONLY, &[]),
    // `风速5m/s`, `平均风速达到10.8m/s` (weather warnings' thresholds; `s` is no unit of its own):
    // read alone `m` would say a length.
    u("m/s", Measure, ARABIC_ONLY, &[]),
    u("km", Measure, ARABIC_ONLY | TAKES_NEI, &[]),
    u("cm", Measure, ARABIC_ONLY, &[]),
    // Areas in square centimetres written with a plain 2: `头皮缺损面积累计75.0cm2以上`,
    // `皮肤创口…累计50.0cm2以上` (人体损伤程度鉴定标准, bench); `cm` alone stops before the digit.
    u("cm2", Measure, ARABIC_ONLY, &[]),
    u("cm²", Measure, ARABIC_ONLY, &[]),
    u("CM", Measure, ARABIC_ONLY, &[]),
    u("mm", Measure, ARABIC_ONLY, &[]),
    u("kg", Measure, ARABIC_ONLY, &[]),
    u("g", Measure, ARABIC_ONLY, &[]),
    u("mg", Measure, ARABIC_ONLY, &[]),
    // `PM2.5年均浓度降至35μg/m³` (air-quality targets, as `35微克/立方米`; the per unit `m³` after
    // the slash).
    u("μg", Measure, ARABIC_ONLY, &[]),
    u("L", Measure, ARABIC_ONLY, &[]),
    u("ml", Measure, ARABIC_ONLY, &[]),
    u("mL", Measure, ARABIC_ONLY, &[]),
    u("KB", Measure, ARABIC_ONLY, &[]),
    u("MB", Measure, ARABIC_ONLY, &[]),
    u("GB", Measure, ARABIC_ONLY, &[]),
    // Megabytes written with M alone, read only in context ([`CONTEXT_UNITS`]).
    u("M", Measure, ARABIC_ONLY, &[]),
    u("TB", Measure, ARABIC_ONLY, &[]),
    // Data rates: `城市家庭宽带接入能力达到20Mbps`, `农村家庭宽带接入能力达到4Mbps` (“宽带中国”战略及
    // 实施方案, 国发〔2013〕31号), `千兆光网1Gbps`.
    u("kbps", Measure, ARABIC_ONLY, &[]),
    u("Mbps", Measure, ARABIC_ONLY, &[]),
    u("Gbps", Measure, ARABIC_ONLY, &[]),
    u("kW", Measure, ARABIC_ONLY, &[]),
    // Voltage, frequency and battery charge in SI letters after digits: `额定电压220V`, `频率50Hz`
    // (electrical safety rules), `电池容量5000mAh` (product standards); the unit matcher's Latin
    // boundary keeps `220V1` or `50Hzs` out. `W` alone is read only after a word of power (below:
    // `10W+` is 十万+ in web slang).
    u("V", Measure, ARABIC_ONLY, &[]),
    u("Hz", Measure, ARABIC_ONLY, &[]),
    u("kHz", Measure, ARABIC_ONLY, &[]),
    u("MHz", Measure, ARABIC_ONLY, &[]),
    u("GHz", Measure, ARABIC_ONLY, &[]),
    u("mAh", Measure, ARABIC_ONLY, &[]),
    u("kWh", Measure, ARABIC_ONLY, &[]),
    // `kW·h`: the product of two units (GB 3100-1993), as `千瓦·时` above.
    u("kW·h", Measure, ARABIC_ONLY, &[]),
    u("MW", Measure, ARABIC_ONLY, &[]),
    // Watts: `额定功率为2000W的电暖器` (product safety notices), read by the rule `unit_in_context`
    // only after a word of power ([`CONTEXT_UNITS`]): elsewhere web slang writes 万 with `W` (`10W+`).
    u("W", Measure, ARABIC_ONLY, &[]),
    // Index points: `上证指数跌破3000点`, read by the rule `unit_in_context` only after the name of
    // an index ([`CONTEXT_UNITS`]); never a time (`3点半`, `3点钟`, `3点整`).
    u("点", Measure, ARABIC_ONLY, &["半", "钟", "整", "多", "零", "前", "后", "至", "到", "开"]),
    // Power and energy of plants and grids in the larger SI prefixes, as `MW` and `kWh` are:
    // `装机容量10GW`, `储能容量200MWh`, `年发电5GWh` (number cases from outside the corpus;
    // bench writes 万千瓦, which reads as 千瓦).
    u("GW", Measure, ARABIC_ONLY, &[]),
    u("GWh", Measure, ARABIC_ONLY, &[]),
    u("MWh", Measure, ARABIC_ONLY, &[]),
    u("吨标准煤", Measure, 0, &[]),
    // Money: `并处200元以上500元以下的罚款` (a bench regulation), `承保900亿美元` (政府工作报告
    // 2010); `1元等于10角` (人民币管理条例).
    u("元", Money, 0, &["素", "旦", "宵", "首", "化", "老", "帅", "月", "结构", "体制", "经济", "论"]),
    // `钱` after a unit of money is the noun "money": the unit is the one before it
    // (docs/annotation.md: `2分钱` → `分`); `小麦每斤提高3分钱`, `1毛钱` (政府工作报告 2010),
    // `十块钱` (JioNLP's money battery).
    Unit { name: "块", ..u("块钱", Money, 0, &[]) },
    // `一块门店招牌` (bench) is a counter, as written; `7块`, `三块四分` (duckling) money.
    u("块", Money, 0, &["状", "头", "地", "儿", "茎", "化"]),
    // `肆佰叁拾萬圆整` (JioNLP's money battery), the capital form on cheques and contracts. After a
    // bare 一 it is a circle: `以三等分为半径作一圆` (国旗法's 国旗制法说明, bench; 1 圆 as money was
    // a wrong value); one yuan is written `壹圆` or `1元`.
    u("圆", Money, NOT_AFTER_ONE, &["满", "周", "心", "形", "桌", "明", "规", "梦"]),
    // After the number (`3.14人民币`, duckling's battery; `二千万人民币，经营期限`, bench).
    u("人民币", Money, 0, &[]),
    u("人民幣", Money, 0, &[]),
    // `以每股1.95港元` and `5306亿台币`, `1.0092瑞士法郎`, `三美分` (Recognizers-Text's
    // currency battery, news text); `25481港元`, `二十五万三千二百泰铢`, `八九亿韩元`,
    // `两到三仟澳元` (JioNLP's money battery).
    u("港幣", Money, 0, &[]),
    u("台币", Money, 0, &[]),
    u("新台币", Money, 0, &[]),
    u("美分", Money, 0, &[]),
    u("瑞士法郎", Money, 0, &[]),
    u("泰铢", Money, 0, &[]),
    u("韩元", Money, 0, &[]),
    u("澳元", Money, 0, &[]),
    u("加元", Money, 0, &[]),
    u("卢布", Money, 0, &[]),
    u("美元", Money, 0, &[]),
    // `美金`, the US dollar as spoken and as many notices write it (`每人限兑换5000美金`, JioNLP's
    // money battery writes `100美金` too).
    u("美金", Money, 0, &[]),
    u("欧元", Money, 0, &[]),
    u("港元", Money, 0, &[]),
    u("港币", Money, 0, &[]),
    // The pataca, after the number: `收取1000澳门元`, `折合澳门币500元` (number cases from
    // outside the corpus, as Guangdong–Macao cooperation notices write it).
    u("澳门元", Money, 0, &[]),
    u("澳门币", Money, 0, &[]),
    u("日元", Money, 0, &[]),
    u("英镑", Money, 0, &[]),
    // Currency codes after the number (`200 USD`): number cases from outside the corpus; a
    // letter after the code makes it another word (the unit matcher's Latin boundary).
    u("RMB", Money, ARABIC_ONLY, &[]),
    u("CNY", Money, ARABIC_ONLY, &[]),
    u("USD", Money, ARABIC_ONLY, &[]),
    u("EUR", Money, ARABIC_ONLY, &[]),
    u("HKD", Money, ARABIC_ONLY, &[]),
    // `角钱` after Chinese numerals as `毛钱` (`每斤提价五角钱`, price notices; the `1毛钱` of
    // 政府工作报告 2010 in its written form): money, its unit 角; `角` alone stays after digits
    // only (`五角星`, `三角形`, `四角`).
    Unit { name: "角", ..u("角钱", Money, 0, &[]) },
    u("角", Money, ARABIC_ONLY, &["钱"]),
    Unit { name: "毛", ..u("毛钱", Money, 0, &[]) },
    u("毛", Money, ARABIC_ONLY, &["钱"]),
    u("级", Count, ARABIC_ONLY, &["及", "别", "医", "学", "政", "党", "干", "资"]),
    Unit { name: "分", ..u("分钱", Money, 0, &[]) },
    u(
        "分",
        Money,
        ARABIC_ONLY,
        &[
            "钟", "之", "别", "析", "配", "类", "工", "享", "解", "布", "散", "管", "局", "级", "区", "校", "会", "支",
            "期", "阶", "段", "批", "院", "设", "行", "公司", "中心",
        ],
    ),
    // Shares: `占比提高2.5个百分点` (政府工作报告 2011), `按照欠缴金额日5‰缴纳滞纳金`
    // (北京市实施《工会法》办法).
    u("%", Percent, 0, &[]),
    Unit { name: "%", ..u("％", Percent, 0, &[]) },
    u("‰", Percent, 0, &[]),
    // The unit `万分之` gives (`加收滞纳税款万分之五的滞纳金`, 税收征收管理法: 5 ‱), written as a sign.
    u("‱", Percent, 0, &[]),
    u("百分点", Percent, CLASSIFIED, &[]),
    u("倍", Ratio, 0, &["增"]),
    // Age: `15岁以上人口` (政府工作报告 2013), `不得招用未满16周岁的未成年人` (北京市未成年人保护条例).
    u("岁", Age, TAKES_NEI, &["月"]),
];

/// A unit of [`UNITS`] read only where one of its words stands a few characters before the
/// number (rule `unit_in_context`): elsewhere the letter or character after digits is no unit.
#[derive(Debug)]
pub(crate) struct ContextUnit {
    /// The unit as its row writes it.
    pub unit: &'static str,
    /// The words that make it that unit.
    pub words: &'static [&'static str],
    /// How many characters before the number the words are looked for.
    pub window: usize,
    /// Words right before the number that make it no such unit, its words nearby or not.
    pub not_after: &'static [&'static str],
}

/// The units read only in context.
pub(crate) static CONTEXT_UNITS: &[ContextUnit] = &[
    // Watts after a word of power: `额定功率为2000W`, `功率不超过800W` (product safety and
    // energy-efficiency notices); elsewhere web slang writes 万 with `W` (`10W+`, `阅读量10W`).
    ContextUnit { unit: "W", words: &["功率"], window: 6, not_after: &[] },
    // Megabytes after a word of a file's size or a line's bandwidth: `上传附件大小不超过10M`,
    // `照片大小不超过2M` (the upload rules of application notices), `带宽10M以上`; elsewhere `M`
    // begins a unit a hard wrap cuts (`大于或者等于0.1M⏎Pa`, a bench regulation wrapped as a PDF
    // copy is) or a model's name.
    ContextUnit {
        unit: "M",
        words: &["大小", "文件", "附件", "照片", "图片", "带宽", "容量"],
        window: 8,
        not_after: &[],
    },
    // Index points after the name of an index: `上证指数跌破3000点`, `沪指收于3200点` (securities
    // regulators' notices and market reports); elsewhere `点` after digits is a time of day
    // (`下午3点`) or items (`3点意见`). A part of the day right before the number makes it a time
    // even after an index's name (`上证指数下午3点收盘`, `恒生指数上午10点开盘`: the hours of a
    // market report, never 3 points).
    ContextUnit {
        unit: "点",
        words: &["指数", "股指", "沪指", "深指", "深成指", "恒指", "道指", "纳指", "大盘"],
        window: 12,
        not_after: &["上午", "下午", "中午", "晚上", "凌晨", "早上", "早晨", "傍晚", "夜间"],
    },
];

/// A unit written before the number: a currency sign or name (docs/annotation.md, issue 19:
/// `人民币`/`￥`/`$` before the number) or the scale of a temperature. Read by the rule
/// `unit`.
#[derive(Debug)]
pub(crate) struct PrefixUnit {
    /// The word as written before the number.
    pub word: &'static str,
    /// The unit rows report.
    pub name: &'static str,
    /// Whether it is the unit when no unit follows the number (`￥100`); a temperature scale
    /// needs its degree after the number (`华氏70度`).
    pub alone: bool,
    /// The units after the number that it names more exactly (`港币2960元` is in 港币,
    /// `华氏70度` in 华氏度); any other unit after the number is the unit.
    pub replaces: &'static [&'static str],
}

const fn pre(word: &'static str, name: &'static str, alone: bool, replaces: &'static [&'static str]) -> PrefixUnit {
    PrefixUnit { word, name, alone, replaces }
}

/// The units written before the number, a longer word before a shorter one it ends with.
/// `注册资本为人民币5000万元` (bench: the unit after it is the unit), `￥100`, `$1.95`,
/// `港币两千九百六十元` and `新台币 177.1 亿元` (JioNLP's money battery), `人民幣3.14`
/// (duckling's), `华氏温度98.6度` (Recognizers-Text's temperatures).
pub(crate) static PREFIX_UNITS: &[PrefixUnit] = &[
    pre("人民币", "人民币", true, &[]),
    pre("人民幣", "人民幣", true, &[]),
    pre("￥", "￥", true, &[]),
    pre("¥", "¥", true, &[]),
    // The Hong Kong and US dollar signs, as `$` (`收费HK$100`, `US$1.95`: number cases from
    // outside the corpus, as Hong Kong–related notices and foreign-trade texts write them).
    pre("HK$", "HK$", true, &[]),
    pre("US$", "US$", true, &[]),
    pre("$", "$", true, &[]),
    // The euro and pound signs, as `$` (`投资€200`, `£300`: number cases from outside the
    // corpus; bench writes 欧元 and 英镑 after the number).
    pre("€", "€", true, &[]),
    pre("£", "£", true, &[]),
    // Currency codes before the number, as contracts and foreign-trade notices write them
    // (`RMB 200`, `USD 100`): number cases from outside the corpus. The code is the unit, kept
    // as written as `$` is; a letter before it makes it part of a word.
    pre("RMB", "RMB", true, &[]),
    pre("CNY", "CNY", true, &[]),
    pre("USD", "USD", true, &[]),
    pre("EUR", "EUR", true, &[]),
    pre("HKD", "HKD", true, &[]),
    // Currencies named before an amount with no unit after it, as JioNLP's and duckling's money
    // suites write them (`美元100万`, `欧元5000`) and foreign-trade notices do (`金额为美元100万`): the
    // name is the unit. Before an amount with its own unit it names nothing (`美元100万元`).
    pre("美元", "美元", true, &[]),
    pre("欧元", "欧元", true, &[]),
    pre("日元", "日元", true, &[]),
    pre("英镑", "英镑", true, &[]),
    pre("新台币", "新台币", true, &["元"]),
    pre("港币", "港币", true, &["元"]),
    // `澳门元1000元`, `澳门币500元` as `港币2960元`: the 元 after the number is the pataca.
    pre("澳门元", "澳门元", true, &["元"]),
    pre("澳门币", "澳门币", true, &["元"]),
    pre("港幣", "港幣", true, &["元"]),
    pre("摄氏温度", "摄氏度", false, &["度"]),
    pre("华氏温度", "华氏度", false, &["度"]),
    pre("摄氏", "摄氏度", false, &["度"]),
    pre("攝氏", "摄氏度", false, &["度"]),
    pre("华氏", "华氏度", false, &["度"]),
    pre("華氏", "华氏度", false, &["度"]),
];

/// A unit and the smaller units that may follow its number (`五元三毛`, `3斤5两`), each with
/// the power of ten it is below the unit. Read by the rule `subunit`: `六十四万零一百四十三元
/// 一角七分`, `十块三毛`, `一百三十五块六角七分钱` (JioNLP's money battery), `至少三块四分`,
/// `六斤八两` (duckling's), `两美元又三美分` (Recognizers-Text's).
pub(crate) static SUBUNITS: &[(&str, &[(&str, i32)])] = &[
    ("元", &[("角", 1), ("毛", 1), ("分钱", 2), ("分", 2)]),
    ("块", &[("角", 1), ("毛", 1), ("分钱", 2), ("分", 2)]),
    ("圆", &[("角", 1), ("分", 2)]),
    ("角", &[("分钱", 1), ("分", 1)]),
    ("毛", &[("分钱", 1), ("分", 1)]),
    ("斤", &[("两", 1), ("兩", 1)]),
    // `能力人使用不超过一米五的束犬链` (a bench regulation): 1.5 米, as 一块二 is 1.2 块; the
    // tenths and hundredths of a metre have units of their own.
    ("米", &[("分米", 1), ("厘米", 2)]),
    ("美元", &[("美分", 2)]),
];

/// Blockers of a [`CLASSIFIED`] unit that do not block it after the classifier `个`, where the
/// unit is a duration whatever follows: `每3个月报告一次` (a report every three months; `月报`
/// alone is a monthly report), `按3个月薪酬标准支付` (月薪, a month's pay). Read by
/// `quantity::unit::unit_at`.
pub(crate) const CLASSIFIED_THROUGH: [&str; 2] = ["报", "薪"];

/// The words that join two figures of one unit before the word that blocks the unit
/// (`装有燃油动力装置的两轮或者三轮车辆`, 道路交通安全 regulations in the bench: the blocker
/// `车` after `三轮` blocks `两轮` too, a kind of vehicle, no count). Read by
/// `quantity::unit::blocked`.
pub(crate) const BLOCKER_JOINERS: [&str; 6] = ["或者", "或", "和", "及", "与", "、"];

/// What may stand between a unit and its smaller unit: `两美元又三美分`; `三块零四` (a zero
/// before the smaller unit's digit: hundredths).
pub(crate) const SUBUNIT_JOINERS: [char; 2] = ['又', '零'];

/// The attributive particle, which ends a figure whose last digit is a smaller unit not
/// written: read by the rule `subunit`. `能力人使用不超过一米五的束犬链` (a bench regulation).
pub(crate) const ATTRIBUTIVE: char = '的';

/// The characters before a `半` standing alone that make it part of a word, not half a unit
/// of time: read by the rule `lone_half`. `上半年`, `下半年` are periods (`去年上半年，出口大幅增长`,
/// `下半年，世界经济`: bench 政府工作报告), `大半年` most of a year, and `每半年` the period of a
/// frequency, which has no figure as `每周` has none (`应当至少每半年公布一次`: bench lawrefbook).
pub(crate) const LONE_HALF_BLOCKERS: [char; 4] = ['上', '下', '大', '每'];

/// The word before a `半` standing alone that makes its time a notice period, a figure as
/// `提前30日` is: read by the rule `lone_half_limit`. `确需停业、歇业的，应提前半年向市环境卫生行政
/// 主管部门报告`, `应当提前半年通知发包方` (bench regulations).
pub(crate) const IN_ADVANCE: &str = "提前";

/// Words after a `半` that follows a unit which show the `半` begins another word, not half a
/// unit: read by the rule `half`. `第三代半导体` (政府工作报告 2021), `半岛`, `半径`, `半数`,
/// `半年` (`一年半年`: no), `半天`, `半价`, `半成品`, `半自动`, `半封闭`, `半脱产`, `半工半读`.
pub(crate) static HALF_BLOCKERS: &[&str] = &[
    "导", "岛", "径", "数", "年", "月", "日", "天", "小时", "价", "成", "自", "封", "脱", "工", "壁", "边", "夜", "决",
    "场", "途", "身", "山", "球", "空", "票", "额", "拍", "生", "熟", "个",
];

/// Characters that may follow a number in a figure besides the first characters of the
/// units ([`UNITS`]): connectors (range, coordination), 余多来, tenths (`成`), fraction and
/// date words, white space, `以` of a bound before the unit of a range (`处二万以上二十万元以下的罚款`,
/// a bench regulation). Read by `quantity::unit::may_follow`, the quick test that
/// leaves a Chinese numeral inside a word (`统一`, `三中全会` in 政府工作报告 2014) before
/// any parsing.
pub(crate) const FOLLOW_EXTRA: &str = "余多来成半号以至到-－~～〜—–―‒﹣和、或与及万亿十 \u{3000}\u{a0}\t";

/// The middle dots that join two units after a slash into one compound unit, kept whole
/// (`100元/人·月`, per person and month; `3000元/吨·公里`), as GB 3100-1993 writes the product
/// of two units (`kW·h`, `千瓦·时`): U+00B7, the katakana middle dot U+30FB that Japanese-set
/// fonts print, the bullet U+2022 and the dot operator U+22C5. Read by
/// `quantity::unit::per_unit`.
pub(crate) const UNIT_DOTS: [char; 4] = ['·', '・', '•', '⋅'];

/// The brackets, opening and closing, that may hold the units a figure is counted per after
/// its slash (`补助标准为5元/（人·天）`, `100元/(人·月)`): the compound unit is kept whole,
/// brackets as written. Read by `quantity::unit::per_unit`. No bench or dev document writes
/// one; the forms are number cases from outside the corpus (subsidy and fee standards).
pub(crate) const PER_BRACKETS: [(char, char); 2] = [('（', '）'), ('(', ')')];

/// Units read only after the slash of a per unit (`3人/组`: 3 people per group), never after a
/// number: there they are a name's numbering (`水坪5组`, a village group), no figure. Read by
/// `quantity::unit::per_unit`.
pub(crate) static PER_ONLY_UNITS: &[Unit] = &[
    // The working or study group a quota is counted per: `每组3人/组`, `补助标准2000元/组`, as
    // competition and training notices write team sizes and grants; not `组织`, `组成`, `组建`,
    // `组长`, `组合`, `组团`.
    u("组", Count, 0, &["织", "成", "建", "长", "合", "团"]),
];

/// The names of money before a number that let capital (大写) numerals that are word
/// characters too (伍, 陆, 拾, 肆: `队伍`, `收拾`) be money, so that a unit of money kept for
/// Arabic digits (`角`, `分`) follows them. Read by the rule `unit` (`capital_numeral`).
pub(crate) const MONEY_BEFORE_CAPITALS: &[&str] = &[
    // The currency named before a capital sum: `人民币伍角`, `人民币肆拾伍元整`, as receipts,
    // contracts and court fee notices write a sum (财政部 票据 大写金额栏).
    "人民币",
    // The amount field of a form or notice: `金额：伍角`, `罚款金额为陆拾元`.
    "金额",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::check;

    #[test]
    fn rows_are_distinct_and_their_blockers_reachable() {
        check::distinct(UNITS.iter().map(|u| u.text));
        check::distinct(MONEY_BEFORE_CAPITALS.iter());
        check::distinct(PER_ONLY_UNITS.iter().map(|u| u.text));
        for u in UNITS {
            check::distinct(u.blockers.iter().copied());
            // A blocker that begins with an earlier one is never the one that blocks (and
            // both block): it must not be there.
            check::none_after_its_prefix(u.blockers);
            assert_eq!(u.blocker_bytes, third_bytes(u.blockers), "{}", u.text);
        }
    }

    #[test]
    fn prefix_and_subunit_tables() {
        let words: Vec<&str> = PREFIX_UNITS.iter().map(|p| p.word).collect();
        check::distinct(words.iter());
        check::none_after_its_suffix(&words);
        check::distinct(SUBUNITS.iter().map(|s| s.0));
        for (major, minors) in SUBUNITS {
            assert!(UNITS.iter().any(|u| u.text == *major), "{major}");
            let words: Vec<&str> = minors.iter().map(|m| m.0).collect();
            check::none_after_its_prefix(&words);
        }
    }

    #[test]
    fn half_blockers_are_distinct() {
        check::distinct(HALF_BLOCKERS.iter());
        check::distinct(LONE_HALF_BLOCKERS);
        check::distinct(UNIT_DOTS);
        check::none_after_its_prefix(HALF_BLOCKERS);
    }

    #[test]
    fn follow_extra_repeats_no_unit_first_character() {
        let firsts: Vec<char> = UNITS.iter().filter_map(|u| u.text.chars().next()).collect();
        for c in FOLLOW_EXTRA.chars() {
            assert!(!firsts.contains(&c), "{c} is the first character of a unit");
        }
        check::distinct(FOLLOW_EXTRA.chars());
    }
}
