//! The words that tell a reference to a provision and whose it is, read by the `references`
//! stage.

/// The words that end the name of a legal document, read by `references::scope`: a `第X条`
/// right after one belongs to that document (`依照刑法第三百一十二条`, bench: 最高人民法院、
/// 最高人民检察院关于办理与盗窃、抢劫、诈骗、抢夺机动车相关刑事案件…的解释), or to this one after
/// `本` (`依照本法第六条`, dev d04). Longest first: `办法` before `法`.
pub(crate) const LAW_SUFFIXES: [&str; 12] = [
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
    "通则",
    // 人民法院应当依照该公约第五条第一款（甲）项的规定 (bench: 最高人民法院关于审理仲裁司法审查案件若干问题的
    // 规定, the New York Convention): a treaty's article, never this document's.
    "公约", // 根据行政诉讼法第三十二条 (dev d17).
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

/// The short names of laws (the name without `中华人民共和国`), read by `references::scope`: a
/// name ending in `法` written without `《》` in running text is the longest of these that the
/// text before the `第X条` ends with, so the words before it stay out of it
/// (`当事人以民法典第一千零五十一条` → `民法典`, `…承包经营纠纷调解仲裁法` whole); a name that is
/// none of these and has no `中华人民共和国` is not told (the law is null, never a clause).
/// Each row with a citation in the bench corpus.
pub(crate) const KNOWN_LAWS: [&str; 196] = [
    // 适用民法典第九百九十八条 (bench lawref:d476b134ee9c).
    "民法典",
    // 依照刑法第二百七十七条规定追究刑事 (bench lawref:dd8592200373).
    "刑法",
    // 根据宪法第十九条“鼓励自学成才” (bench lawref:1b426187b142).
    "宪法",
    // 依据民事诉讼法第六十四条及《最高人民法院 (bench lawref:d476b134ee9c).
    "民事诉讼法",
    // 根据刑事诉讼法第三十条 (bench lawref:2d2e7728f9c7).
    "刑事诉讼法",
    // 依据行政诉讼法第二十五条第四款 (bench lawref:61ff0f1ec7e0).
    "行政诉讼法",
    // 依据海事诉讼特别程序法第一百零二条 (bench lawref:6e9e3b464246).
    "海事诉讼特别程序法",
    // 根据国家赔偿法第十九条第二项、第三项 (bench lawref:de977797fa7c).
    "国家赔偿法",
    // 依据商标法第十三条第二款 (bench lawref:e93db811f90d).
    "商标法",
    // 适用著作权法第二十一条第一款 (bench lawref:e93db811f90d).
    "著作权法",
    // 依照专利法第十条第三款 (bench lawref:e93db811f90d).
    "专利法",
    // 违反证券法第四条、第五条以及第一百八 (bench lawref:bcd107d64fb5).
    "证券法",
    // 适用海商法第五十六条关于限制赔偿责任 (bench lawref:f0acf0a038e6).
    "海商法",
    // 适用公司法第二十六条第二款 (bench lawref:7336e250547a).
    "公司法",
    // 依照道路交通安全法第九十二条、第九十五条、第 (bench lawref:19d797596b02).
    "道路交通安全法",
    // 违反反不正当竞争法第六条第（二）项 (bench lawref:e93db811f90d).
    "反不正当竞争法",
    // 适用仲裁法第十九条第一款 (bench lawref:b72b76811083).
    "仲裁法",
    // 依照反垄断法第十八条第一款和第二款 (bench lawref:9737fb452df1).
    "反垄断法",
    // 依据企业破产法第九十五条 (bench lawref:03afff24654b).
    "企业破产法",
    // 依照物权法第四十二条第二款 (bench lawref:f793eecbaab5).
    "物权法",
    // 依据消费者权益保护法第二十六条 (bench lawref:08b903ae4fbf).
    "消费者权益保护法",
    // 依照反家庭暴力法第二十三条规定代为申请 (bench lawref:98a0ebdf5188).
    "反家庭暴力法",
    // 违反电子商务法第三十五条 (bench lawref:9737fb452df1).
    "电子商务法",
    // 适用保险法第二十三条规定 (bench lawref:a8e294f77889).
    "保险法",
    // 根据工会法第五十二条规定 (bench lawref:08b903ae4fbf).
    "工会法",
    // 依据海洋环境保护法第八十九条第二款规定 (bench lawref:37fe0e9a2514).
    "海洋环境保护法",
    // 为环境保护法第六十五条规定 (bench lawref:b18859201eac).
    "环境保护法",
    // 依照药品管理法第一百四十四条第三款规定请 (bench lawref:055cb0e089f7).
    "药品管理法",
    // 根据合同法第五十二条第（五）项 (bench lawref:7051aeb25220).
    "合同法",
    // 根据婚姻法第八条规定补办结婚登记 (bench lawref:bebfc7604c31).
    "婚姻法",
    // 根据担保法第五条第二款 (bench lawref:dc5c46d6e3e4).
    "担保法",
    // 依照审计法第三十一条规定 (bench lawref:71e5742cdd58).
    "审计法",
    // 参照税收征管法第三十一条第二款 (bench lawref:b4221076a075).
    "税收征管法",
    // 《中华人民共和国税收征收管理法》 (bench lawref:05aa04e475f3).
    "税收征收管理法",
    // 依据食品安全法第一百三十一条等规定主张网 (bench lawref:5ec87552e7ca).
    "食品安全法",
    // 按照监督法第九条规定 (bench lawref:2523ffd7c5da).
    "监督法",
    // 按照慈善法第二十四条 (bench lawref:9940387a57e2).
    "慈善法",
    // 依照票据法第十条 (bench lawref:42849dd6cb1f).
    "票据法",
    // 依照外商投资法第三十六条 (bench lawref:cf9412e84e09).
    "外商投资法",
    // 根据劳动合同法第四十六条、第四十七条规定 (bench lawref:08b903ae4fbf).
    "劳动合同法",
    // 为劳动法第八十二条规定 (bench lawref:dd75f20cef43).
    "劳动法",
    // 违反农村土地承包法第二十七条、第二十八条、第 (bench lawref:08b903ae4fbf).
    "农村土地承包法",
    // 根据农村土地承包经营纠纷调解仲裁法第四十九条规定 (bench lawref:08b903ae4fbf).
    "农村土地承包经营纠纷调解仲裁法",
    // 《中华人民共和国劳动争议调解仲裁法》 (bench lawref:41e6f7a8e31f).
    "劳动争议调解仲裁法",
    // 根据公证法第三十七条第一款规定经公证 (bench lawref:349b1936b557).
    "公证法",
    // 依照人民陪审员法第二十条 (bench lawref:47bc6d2f6e29).
    "人民陪审员法",
    // 按照森林法第三十九条 (bench lawref:893ce71d45e9).
    "森林法",
    // 违反种子法第七十七条第一款第一项、第 (bench lawref:700adaea6613).
    "种子法",
    // 为涉外民事关系法律适用法第四条规定 (bench lawref:b269eb151242).
    "涉外民事关系法律适用法",
    // 《中华人民共和国母婴保健法》 (bench lawref:29193ec7a76d).
    "母婴保健法",
    // 违反渔业法第二十三条 (bench lawref:8b62938a0403).
    "渔业法",
    // 依照立法法第八十六条第一款第(二)项 (bench lawref:96718708c044).
    "立法法",
    // 《中华人民共和国人口与计划生育法》 (bench lawref:367d42df4403).
    "人口与计划生育法",
    // 参照国际刑事司法协助法第十三条 (bench lawref:2d2e7728f9c7).
    "国际刑事司法协助法",
    // 依照安全生产法第一百一十七条 (bench lawref:48552915707f).
    "安全生产法",
    // 依据出境入境管理法第六十四条和治安管理处罚法 (bench lawref:26a867527f6a).
    "出境入境管理法",
    // 《中华人民共和国治安管理处罚法》 (bench lawref:d7d26e2bdc5e).
    "治安管理处罚法",
    // 违反注册会计师法第二十条第（二）、（三）项 (bench lawref:07a71aaa6e51).
    "注册会计师法",
    // 按照行政处罚法第二十九条第二款 (bench lawref:f793eecbaab5).
    "行政处罚法",
    // 依据行政许可法第二十六条第二款规定统一办 (bench lawref:b30bc5770b61).
    "行政许可法",
    // 依照行政复议法第三条 (bench lawref:355e13ce86a5).
    "行政复议法",
    // 《中华人民共和国土地管理法》 (bench lawref:ddc9646007b7).
    "土地管理法",
    // 适用拍卖法第四十五条关于拍卖日七日前 (bench lawref:7f311db0d224).
    "拍卖法",
    // 依照教育法第五十六条 (bench lawref:b1b9872f94a0).
    "教育法",
    // 依照统计法第三十八条、第三十九条 (bench lawref:5f76ec7df116).
    "统计法",
    // 《中华人民共和国侵权责任法》 (bench lawref:0e4e9f9f68e9).
    "侵权责任法",
    // 《中华人民共和国继承法》 (bench lawref:2de82d9d1927).
    "继承法",
    // 根据民法通则第一百三十四条规定 (bench lawref:7051aeb25220).
    "民法通则",
    // 《中华人民共和国未成年人保护法》 (bench lawref:9158a5519713).
    "未成年人保护法",
    // 《中华人民共和国行政强制法》 (bench lawref:00313cf0f5a8).
    "行政强制法",
    // 《中华人民共和国城乡规划法》 (bench lawref:ddc9646007b7).
    "城乡规划法",
    // 《中华人民共和国水法》 (bench lawref:2dbf606a495d).
    "水法",
    // 《中华人民共和国草原法》 (bench lawref:5a3b83f20c82).
    "草原法",
    // 《中华人民共和国矿产资源法》 (bench lawref:450b69495e3e).
    "矿产资源法",
    // 《中华人民共和国律师法》 (bench lawref:d951a2143c04).
    "律师法",
    // 《中华人民共和国法官法》 (bench lawref:bd193cd5919a).
    "法官法",
    // 《中华人民共和国检察官法》 (bench lawref:fb35e00707f7).
    "检察官法",
    // 《中华人民共和国监察法》 (bench lawref:7b7a396214f2).
    "监察法",
    // 《中华人民共和国会计法》 (bench lawref:26a0ec0ed146).
    "会计法",
    // 依照预算法第六十六条第三款规定增列 (bench lawref:c5c5bac2969e).
    "预算法",
    // 违反价格法第十四条 (bench lawref:262f6758291f).
    "价格法",
    // 《中华人民共和国广告法》 (bench lawref:4ab668c829e2).
    "广告法",
    // 《中华人民共和国产品质量法》 (bench lawref:21191c3ce30b).
    "产品质量法",
    // 依照招标投标法第五十一条 (bench lawref:b68e83bb558f).
    "招标投标法",
    // 依照政府采购法第七十一条、第七十八条 (bench lawref:5484210bec40).
    "政府采购法",
    // 《中华人民共和国个人所得税法》 (bench lawref:69351ab445ba).
    "个人所得税法",
    // 依照企业所得税法第二十三条、第二十四条 (bench lawref:9bbb343fb46a).
    "企业所得税法",
    // 依照海关法第六十条第一款、第二款 (bench lawref:ed2284e8bc5a).
    "海关法",
    // 《中华人民共和国商业银行法》 (bench lawref:a3db09f62cf9).
    "商业银行法",
    // 《中华人民共和国网络安全法》 (bench lawref:1faa01ba578c).
    "网络安全法",
    // 《中华人民共和国数据安全法》 (bench lawref:0c94dbea97a6).
    "数据安全法",
    // 《中华人民共和国个人信息保护法》 (bench lawref:0c94dbea97a6).
    "个人信息保护法",
    // 《中华人民共和国村民委员会组织法》 (bench lawref:cd0e4a70c7fd).
    "村民委员会组织法",
    // 《中华人民共和国兵役法》 (bench lawref:488eadb94948).
    "兵役法",
    // 《中华人民共和国国防法》 (bench lawref:ecd5969d44a2).
    "国防法",
    // 《中华人民共和国国家安全法》 (bench lawref:2327adc77933).
    "国家安全法",
    // 按照反恐怖主义法第八十三条规定 (bench lawref:5670b6700ba6).
    "反恐怖主义法",
    // 《中华人民共和国禁毒法》 (bench lawref:b2ca96955365).
    "禁毒法",
    // 《中华人民共和国消防法》 (bench lawref:4fe3a43f8410).
    "消防法",
    // 《中华人民共和国建筑法》 (bench lawref:59c58857c638).
    "建筑法",
    // 《中华人民共和国城市房地产管理法》 (bench lawref:3516f7192722).
    "城市房地产管理法",
    // 《中华人民共和国义务教育法》 (bench lawref:a52d3fabf917).
    "义务教育法",
    // 《中华人民共和国高等教育法》 (bench lawref:b3e9a88018f7).
    "高等教育法",
    // 《中华人民共和国职业教育法》 (bench lawref:037220705069).
    "职业教育法",
    // 《中华人民共和国传染病防治法》 (bench lawref:4e0ae695465c).
    "传染病防治法",
    // 《中华人民共和国野生动物保护法》 (bench lawref:5251e0a3a0c0).
    "野生动物保护法",
    // 依照文物保护法第三十六条 (bench lawref:472d1b255fc1).
    "文物保护法",
    // 《中华人民共和国突发事件应对法》 (bench lawref:1e83bbab8750).
    "突发事件应对法",
    // 《中华人民共和国残疾人保障法》 (bench lawref:870c9a4773b0).
    "残疾人保障法",
    // 《中华人民共和国妇女权益保障法》 (bench lawref:e4d2a5d3c5e8).
    "妇女权益保障法",
    // 《中华人民共和国老年人权益保障法》 (bench lawref:e57354efd091).
    "老年人权益保障法",
    // 《中华人民共和国人民法院组织法》 (bench lawref:0444c1ee71fb).
    "人民法院组织法",
    // 《中华人民共和国人民检察院组织法》 (bench lawref:0444c1ee71fb).
    "人民检察院组织法",
    // 《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》 (bench lawref:486e2c99dbdb).
    "地方各级人民代表大会和地方各级人民政府组织法",
    // 《中华人民共和国反洗钱法》 (bench lawref:e12d3b8a0e7c).
    "反洗钱法",
    // 《中华人民共和国银行业监督管理法》 (bench lawref:733f183f71f2).
    "银行业监督管理法",
    // 《中华人民共和国中国人民银行法》 (bench lawref:5941ce49b7ff).
    "中国人民银行法",
    // 《中华人民共和国证券投资基金法》 (bench lawref:846f3334b212).
    "证券投资基金法",
    // 《中华人民共和国信托法》 (bench lawref:71b218e87d56).
    "信托法",
    // 《中华人民共和国合伙企业法》 (bench lawref:dde253acf763).
    "合伙企业法",
    // 《中华人民共和国个人独资企业法》 (bench lawref:dde253acf763).
    "个人独资企业法",
    // 《中华人民共和国农民专业合作社法》 (bench lawref:218441684ff6).
    "农民专业合作社法",
    // 《中华人民共和国公务员法》 (bench lawref:7b7a396214f2).
    "公务员法",
    // 《中华人民共和国人民警察法》 (bench lawref:0553998dcaea).
    "人民警察法",
    // 《中华人民共和国居民身份证法》 (bench lawref:a34852462b1d).
    "居民身份证法",
    // 《中华人民共和国枪支管理法》 (bench lawref:e78a7c648d18).
    "枪支管理法",
    // 《中华人民共和国邮政法》 (bench lawref:e17ac03e7834).
    "邮政法",
    // 《中华人民共和国电力法》 (bench lawref:7b7a396214f2).
    "电力法",
    // 适用铁路法第十七条第一款（二）项 (bench lawref:ec554ddc8fa2).
    "铁路法",
    // 《中华人民共和国民用航空法》 (bench lawref:8d86a9d30ea6).
    "民用航空法",
    // 《中华人民共和国公路法》 (bench lawref:455a422862f3).
    "公路法",
    // 《中华人民共和国港口法》 (bench lawref:0447d58dfde3).
    "港口法",
    // 《中华人民共和国水污染防治法》 (bench lawref:beb38a6480fa).
    "水污染防治法",
    // 《中华人民共和国大气污染防治法》 (bench lawref:0e4e9f9f68e9).
    "大气污染防治法",
    // 《中华人民共和国固体废物污染环境防治法》 (bench lawref:91d7a69e6058).
    "固体废物污染环境防治法",
    // 《中华人民共和国土壤污染防治法》 (bench lawref:2a3e3a004d1e).
    "土壤污染防治法",
    // 《中华人民共和国环境影响评价法》 (bench lawref:cd8a57c89c7d).
    "环境影响评价法",
    // 《中华人民共和国节约能源法》 (bench lawref:89dc9104441c).
    "节约能源法",
    // 《中华人民共和国可再生能源法》 (bench lawref:e62842567c58).
    "可再生能源法",
    // 《中华人民共和国循环经济促进法》 (bench lawref:277f5cbf23d8).
    "循环经济促进法",
    // 《中华人民共和国清洁生产促进法》 (bench lawref:277f5cbf23d8).
    "清洁生产促进法",
    // 《中华人民共和国标准化法》 (bench lawref:277f5cbf23d8).
    "标准化法",
    // 根据计量法第二十条规定 (bench lawref:2f6ebd16a0c7).
    "计量法",
    // 《中华人民共和国进出口商品检验法》 (bench lawref:7346d3e6d013).
    "进出口商品检验法",
    // 依照对外贸易法第十六条、第十七条 (bench lawref:c480682ef544).
    "对外贸易法",
    // 《中华人民共和国动物防疫法》 (bench lawref:140217a85e0c).
    "动物防疫法",
    // 《中华人民共和国畜牧法》 (bench lawref:361fa08c8795).
    "畜牧法",
    // 《中华人民共和国农业法》 (bench lawref:f2fba99f5739).
    "农业法",
    // 《中华人民共和国农产品质量安全法》 (bench lawref:1620250d1e3a).
    "农产品质量安全法",
    // 《中华人民共和国防洪法》 (bench lawref:b4193a9c53bc).
    "防洪法",
    // 《中华人民共和国防震减灾法》 (bench lawref:4fc39ff5de44).
    "防震减灾法",
    // 《中华人民共和国气象法》 (bench lawref:c41d0e378322).
    "气象法",
    // 《中华人民共和国测绘法》 (bench lawref:cec3ccb3c682).
    "测绘法",
    // 《中华人民共和国档案法》 (bench lawref:cb47aa582be2).
    "档案法",
    // 《中华人民共和国保守国家秘密法》 (bench lawref:5ae547979195).
    "保守国家秘密法",
    // 《中华人民共和国科学技术进步法》 (bench lawref:f2fba99f5739).
    "科学技术进步法",
    // 《中华人民共和国促进科技成果转化法》 (bench lawref:f2fba99f5739).
    "促进科技成果转化法",
    // 《中华人民共和国中小企业促进法》 (bench lawref:25a42bd0fc2c).
    "中小企业促进法",
    // 《中华人民共和国就业促进法》 (bench lawref:bed7963131af).
    "就业促进法",
    // 《中华人民共和国社会保险法》 (bench lawref:a60a2f571e66).
    "社会保险法",
    // 《中华人民共和国职业病防治法》 (bench lawref:e45a5e0446b0).
    "职业病防治法",
    // 《中华人民共和国精神卫生法》 (bench lawref:e738f9e7f59e).
    "精神卫生法",
    // 《中华人民共和国献血法》 (bench lawref:18c96cd1ae08).
    "献血法",
    // 《中华人民共和国执业医师法》 (bench lawref:e19007cf84de).
    "执业医师法",
    // 《中华人民共和国基本医疗卫生与健康促进法》 (bench lawref:a60a2f571e66).
    "基本医疗卫生与健康促进法",
    // 《中华人民共和国中医药法》 (bench lawref:3e4be3a6c629).
    "中医药法",
    // 《中华人民共和国体育法》 (bench lawref:1879431b7888).
    "体育法",
    // 《中华人民共和国旅游法》 (bench lawref:d6e019a31451).
    "旅游法",
    // 《中华人民共和国公共文化服务保障法》 (bench lawref:6cbd2c7758ba).
    "公共文化服务保障法",
    // 《中华人民共和国红十字会法》 (bench lawref:b6dbd8e794dd).
    "红十字会法",
    // 《中华人民共和国反间谍法》 (bench lawref:405567761275).
    "反间谍法",
    // 《中华人民共和国国籍法》 (bench lawref:fa59921ac66d).
    "国籍法",
    // 《中华人民共和国引渡法》 (bench lawref:15509981274e).
    "引渡法",
    // 《中华人民共和国监狱法》 (bench lawref:2c48f44604e2).
    "监狱法",
    // 《中华人民共和国英雄烈士保护法》 (bench lawref:3718174c1540).
    "英雄烈士保护法",
    // 《中华人民共和国国歌法》 (bench lawref:fa59921ac66d).
    "国歌法",
    // 《中华人民共和国国旗法》 (bench lawref:fa59921ac66d).
    "国旗法",
    // 《中华人民共和国国徽法》 (bench lawref:fa59921ac66d).
    "国徽法",
    // 《中华人民共和国香港特别行政区基本法》 (bench lawref:e3fe4dee8bba).
    "香港特别行政区基本法",
    // 《中华人民共和国澳门特别行政区基本法》 (bench lawref:6fd0ebabade9).
    "澳门特别行政区基本法",
    // 《中华人民共和国集会游行示威法》 (bench lawref:4e0ae695465c).
    "集会游行示威法",
    // 《中华人民共和国预防未成年人犯罪法》 (bench lawref:8ee480b0676c).
    "预防未成年人犯罪法",
    // 《中华人民共和国刑法修正案》 (bench lawref:961265a5b42a).
    "刑法修正案",
    // 《中华人民共和国行政监察法》 (bench lawref:abf226ba51f5).
    "行政监察法",
    // 《中华人民共和国人民调解法》 (bench lawref:b88c612b0aac).
    "人民调解法",
    // 《中华人民共和国公共图书馆法》 (bench lawref:6cbd2c7758ba).
    "公共图书馆法",
    // 《中华人民共和国反食品浪费法》 (bench lawref:e78cc44010a1).
    "反食品浪费法",
    // 《中华人民共和国长江保护法》 (bench lawref:79270831790b).
    "长江保护法",
    // 《中华人民共和国湿地保护法》 (bench lawref:6c0134964303).
    "湿地保护法",
    // 《中华人民共和国生物安全法》 (bench lawref:2fcb4a776596).
    "生物安全法",
    // 依照出口管制法第三十四条 (bench lawref:cd9a73815ca4).
    "出口管制法",
    // 《中华人民共和国反外国制裁法》 (bench lawref:e026c71eb489).
    "反外国制裁法",
    // 《中华人民共和国军人地位和权益保障法》 (bench lawref:14df7348ad1f).
    "军人地位和权益保障法",
    // 《中华人民共和国乡村振兴促进法》 (bench lawref:2d2171440982).
    "乡村振兴促进法",
    // 《中华人民共和国资产评估法》 (bench lawref:2dbfe2d0c173).
    "资产评估法",
    // 《中华人民共和国企业国有资产法》 (bench lawref:9bf943f4c2f1).
    "企业国有资产法",
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
        check::distinct(KNOWN_LAWS);
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
