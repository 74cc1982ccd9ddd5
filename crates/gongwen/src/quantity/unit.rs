//! Units: classifiers and measures as written.
//!
//! Grammar:
//!
//! ```text
//! unit := SPACE{0,2} UNIT        (longest match in UNITS; not followed by a BLOCKER word)
//! ```
//!
//! A match table built once (units grouped by first character, longest first, found by
//! binary search) resolves `个` / `个月` / `个百分点` and `人` / `人次` to the longest. Each entry has a
//! [`Family`], flags for where it may appear, and the words that, following it, show it
//! is not a unit at all (`名师`, `一次性`, `五人制`, `年级`). To add a unit, add a row.

use super::value::starts_with_word;
use std::sync::LazyLock;

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
    /// Shares: % ‰ 个百分点 成.
    Percent,
    /// Multiples: 倍.
    Ratio,
    /// Age: 岁 周岁.
    Age,
}

/// Only after Arabic digits or placeholders (`3起`, `5分`), never after Chinese numerals
/// (`一起`, `十分`).
pub(crate) const ARABIC_ONLY: u8 = 1;
/// Only after Chinese numerals (`三成`).
pub(crate) const CHINESE_ONLY: u8 = 2;
/// Not after a bare Chinese 一 (`一批`, `新一轮`, `一道`): lexicalised, indefinite.
pub(crate) const NOT_AFTER_ONE: u8 = 4;
/// After 一, only with a comparator (`一年内`), else a time frame (`一日活动`, `重要一年`).
pub(crate) const ONE_NEEDS_COMPARATOR: u8 = 8;
/// A time or distance unit after which `内` means `以内`.
pub(crate) const TAKES_NEI: u8 = 16;

/// One row of the unit table.
#[derive(Debug)]
pub(crate) struct Unit {
    /// The unit as written.
    pub text: &'static str,
    /// What rows call it: the text as written, except that every per-cent sign is `%`
    /// (FORMAT.md: "`%` for per cent"), the full-width `％` too.
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
    // Counts.
    u("个", Count, 0, &["性", "体户", "案"]),
    u("所", Count, 0, &["属", "有", "在", "谓", "得", "以", "长", "需"]),
    u("人", Count, 0, &["制", "均", "才", "们", "心", "格", "事", "工"]),
    u("人口", Count, 0, &[]),
    u("名", Count, 0, &["单", "称", "誉", "片", "列"]),
    u("人次", Count, 0, &[]),
    u("户次", Count, 0, &[]),
    u("架次", Count, 0, &[]),
    u("车次", Count, 0, &[]),
    u("批次", Count, 0, &[]),
    u("场次", Count, 0, &[]),
    u("班次", Count, 0, &[]),
    u("次", Count, 0, &["性", "要", "序", "级", "全会", "代表大会", "党代会", "常委会", "生"]),
    u("项", Count, 0, &["目", "规定", "准则", "基本原则", "注意"]),
    u("家", Count, 0, &["庭", "长", "族", "乡", "属", "园", "具", "务", "电", "用", "人", "国", "风", "教"]),
    u("台", Count, 0, &["账", "阶", "湾", "风", "词"]),
    u("套", Count, 0, &["餐", "路", "取"]),
    u("件", Count, 0, &[]),
    u("场", Count, 0, &["所", "景", "地", "馆", "合", "面", "域"]),
    u("批", Count, NOT_AFTER_ONE, &["准", "示", "评", "复", "发", "判"]),
    u("期", Count, ARABIC_ONLY, &["间", "限", "待", "刊", "末", "中", "货", "满", "望", "盼"]),
    u("门", Count, 0, &["户", "槛", "诊", "类", "口", "票", "心思"]),
    u("节", Count, 0, &["约", "能", "日", "点", "奏", "目", "假", "庆", "俭"]),
    u("课时", Count, 0, &[]),
    u("学时", Count, 0, &[]),
    u("学分", Count, 0, &[]),
    u("处", Count, 0, &["理", "罚", "置", "分", "于", "以", "长", "室", "境", "事"]),
    u("户", Count, 0, &["籍", "口", "外", "型"]),
    u("篇", Count, 0, &["章", "幅"]),
    u("位", Count, 0, &["于", "置", "列", "数", "次", "居", "一体"]),
    u("座", Count, 0, &["谈", "位"]),
    u("条", Count, 0, &["件", "例", "款", "理", "块", "线", "幅", "码", "路子", "禁令", "底线", "红线"]),
    u("种", Count, 0, &["植", "子", "类", "族", "苗", "养", "形态"]),
    u("类", Count, 0, &["别", "型", "似", "学科"]),
    u("支", Count, 0, &["持", "部", "付", "出", "撑", "援", "柱", "配", "教"]),
    u(
        "本",
        Count,
        0,
        &[
            "科", "地", "身", "质", "来", "土", "着", "领", "部", "院", "届", "市", "县", "区", "单位", "人", "法",
            "条例", "办法", "规定",
        ],
    ),
    u("部", Count, 0, &["分", "署", "位", "长", "队", "委", "署", "门"]),
    u("部门", Count, 0, &[]),
    u("册", Count, 0, &[]),
    u("张", Count, 0, &["贴", "扬"]),
    u("份", Count, 0, &["额", "子"]),
    u("例", Count, 0, &["如", "外", "行", "会"]),
    u("起", Count, ARABIC_ONLY, &["草", "步", "诉", "来", "点", "始"]),
    u("宗", Count, 0, &["旨", "教"]),
    u("辆", Count, 0, &[]),
    u("架", Count, ARABIC_ONLY, &["构", "设"]),
    u("艘", Count, 0, &[]),
    u("间", Count, ARABIC_ONLY, &["接", "隔", "歇", "断"]),
    u("栋", Count, 0, &[]),
    u("幢", Count, 0, &[]),
    u("层", Count, ARABIC_ONLY, &["次", "面", "级"]),
    u("轮", Count, NOT_AFTER_ONE, &["岗", "换", "流", "值", "训", "椅"]),
    u("只", Count, ARABIC_ONLY, &[]),
    u("头", Count, ARABIC_ONLY, &[]),
    u("株", Count, 0, &[]),
    u("棵", Count, 0, &[]),
    u("床", Count, ARABIC_ONLY, &[]),
    u("张床", Count, 0, &[]),
    u("款", Count, ARABIC_ONLY, &["项"]),
    u("枚", Count, 0, &[]),
    u("封", Count, ARABIC_ONLY, &[]),
    u("票", Count, ARABIC_ONLY, &[]),
    // Time.
    u(
        "年",
        Time,
        ONE_NEEDS_COMPARATOR | TAKES_NEI,
        &[
            "级", "代", "轻", "龄", "会", "鉴", "限", "报", "检", "审", "金", "薪", "假", "货", "画", "夜", "华", "俭",
            "终", "初", "末",
        ],
    ),
    u("个月", Time, TAKES_NEI, &[]),
    u(
        "月",
        Time,
        ONE_NEEDS_COMPARATOR | TAKES_NEI,
        &["份", "饼", "球", "光", "薪", "报", "度", "底", "初", "末", "中旬", "上旬", "下旬"],
    ),
    u("周", Time, ONE_NEEDS_COMPARATOR | TAKES_NEI, &["年", "边", "期", "围", "转", "末", "知", "岁"]),
    u("周岁", Age, 0, &[]),
    u("个星期", Time, TAKES_NEI, &[]),
    u("星期", Time, TAKES_NEI, &["一", "二", "三", "四", "五", "六", "日", "天"]),
    u("天", Time, ONE_NEEDS_COMPARATOR | TAKES_NEI, &["然", "气", "津", "下", "空", "地", "使", "才", "天"]),
    u(
        "日",
        Time,
        ONE_NEEDS_COMPARATOR | TAKES_NEI,
        &["常", "益", "报", "子", "程", "志", "用", "趋", "渐", "本", "记", "活动", "制", "起"],
    ),
    u("个工作日", Time, TAKES_NEI, &[]),
    u("工作日", Time, TAKES_NEI, &[]),
    u("个小时", Time, TAKES_NEI, &[]),
    u("小时", Time, TAKES_NEI, &[]),
    u("分钟", Time, TAKES_NEI, &[]),
    u("秒", Time, TAKES_NEI, &[]),
    u("学年", Time, TAKES_NEI, &[]),
    u("个学期", Time, TAKES_NEI, &[]),
    u("学期", Time, ARABIC_ONLY | TAKES_NEI, &[]),
    u("季度", Time, ARABIC_ONLY, &[]),
    u("个季度", Time, 0, &[]),
    // Measures.
    u("公里", Measure, TAKES_NEI, &[]),
    u("千米", Measure, TAKES_NEI, &[]),
    u("米", Measure, ARABIC_ONLY | TAKES_NEI, &["饭", "粮"]),
    u("厘米", Measure, 0, &[]),
    u("毫米", Measure, 0, &[]),
    u("平方米", Measure, 0, &[]),
    u("平方公里", Measure, 0, &[]),
    u("平方千米", Measure, 0, &[]),
    u("立方米", Measure, 0, &[]),
    u("亩", Measure, 0, &[]),
    u("公顷", Measure, 0, &[]),
    u("吨", Measure, 0, &[]),
    u("千克", Measure, 0, &[]),
    u("公斤", Measure, 0, &[]),
    u("克", Measure, ARABIC_ONLY, &["服"]),
    u("斤", Measure, 0, &[]),
    u("升", Measure, ARABIC_ONLY, &["级", "学", "温", "值", "高", "格", "华", "至", "到"]),
    u("毫升", Measure, 0, &[]),
    u("千瓦", Measure, 0, &[]),
    u("千瓦时", Measure, 0, &[]),
    u("度电", Measure, 0, &[]),
    u("兆瓦", Measure, 0, &[]),
    u("吉瓦", Measure, 0, &[]),
    u("千伏", Measure, 0, &[]),
    u("标准煤", Measure, 0, &[]),
    u("吨标准煤", Measure, 0, &[]),
    // Money.
    u("元", Money, 0, &["素", "旦", "宵", "首", "化", "老", "帅", "月", "结构", "体制", "经济", "论"]),
    u("块钱", Money, 0, &[]),
    u("美元", Money, 0, &[]),
    u("欧元", Money, 0, &[]),
    u("港元", Money, 0, &[]),
    u("港币", Money, 0, &[]),
    u("日元", Money, 0, &[]),
    u("英镑", Money, 0, &[]),
    u("角", Money, ARABIC_ONLY, &[]),
    u("毛钱", Money, 0, &[]),
    u("毛", Money, ARABIC_ONLY, &["钱"]),
    u("级", Count, ARABIC_ONLY, &["及", "别", "医", "学", "政", "党", "干", "资"]),
    u("分钱", Money, 0, &[]),
    u(
        "分",
        Money,
        ARABIC_ONLY,
        &[
            "钟", "之", "别", "析", "配", "类", "工", "享", "解", "布", "散", "管", "局", "级", "区", "校", "会", "支",
            "期", "阶", "段", "批", "院", "设", "行", "公司", "中心",
        ],
    ),
    // Shares.
    u("%", Percent, 0, &[]),
    Unit { name: "%", ..u("％", Percent, 0, &[]) },
    u("‰", Percent, 0, &[]),
    u("个百分点", Percent, 0, &[]),
    u("百分点", Percent, 0, &[]),
    u("倍", Ratio, 0, &["增"]),
    // Age.
    u("岁", Age, 0, &["月"]),
];

/// A unit and its text after the first character.
type Tail = (&'static Unit, &'static str);

/// The match table: the units grouped by first character, longest text first (each kept
/// with its text after the first character), the groups sorted by that character. A
/// bitmap of the first characters over the Basic Multilingual Plane, with the count of set
/// bits before each word, finds a character's group with one probe and a popcount.
struct Table {
    groups: Vec<(char, Vec<Tail>)>,
    firsts: [u64; 1024],
    before: [u16; 1024],
}

impl Table {
    fn new() -> Self {
        let mut groups: Vec<(char, Vec<Tail>)> = Vec::new();
        for u in UNITS {
            let mut chars = u.text.chars();
            let Some(c) = chars.next() else { continue };
            let entry = (u, chars.as_str());
            match groups.iter_mut().find(|e| e.0 == c) {
                Some(e) => e.1.push(entry),
                None => groups.push((c, vec![entry])),
            }
        }
        for e in &mut groups {
            e.1.sort_by_key(|(u, _)| std::cmp::Reverse(u.text.len()));
        }
        groups.sort_by_key(|e| e.0);
        let mut firsts = [0u64; 1024];
        for (c, _) in &groups {
            let cp = *c as usize;
            if let Some(w) = firsts.get_mut(cp >> 6) {
                *w |= 1u64 << (cp & 63);
            }
        }
        let mut before = [0u16; 1024];
        let mut count = 0u16;
        for (b, w) in before.iter_mut().zip(&firsts) {
            *b = count;
            count += w.count_ones() as u16;
        }
        Table { groups, firsts, before }
    }

    /// The units whose text starts with `c`, longest first.
    fn starting_with(&self, c: char) -> &[Tail] {
        let cp = c as usize;
        let index = match self.firsts.get(cp >> 6) {
            Some(&word) => {
                let bit = 1u64 << (cp & 63);
                let rank = self.before.get(cp >> 6).map_or(0, |&b| usize::from(b));
                (word & bit != 0).then(|| rank + (word & (bit - 1)).count_ones() as usize)
            }
            // Beyond the BMP (no unit starts there today): a binary search.
            None => self.groups.binary_search_by_key(&c, |e| e.0).ok(),
        };
        index.and_then(|k| self.groups.get(k)).map_or(&[], |g| &g.1)
    }
}

static BY_FIRST: LazyLock<Table> = LazyLock::new(Table::new);

/// The unit `年`, for years written before a word that would block it (2007年末, 2020年初步).
pub(crate) fn nian() -> Option<&'static Unit> {
    UNITS.iter().find(|u| u.text == "年")
}

/// Characters that may follow a number in a figure besides the first characters of
/// units: connectors (range, coordination), 余多来, fraction and date words, white space.
const FOLLOW_EXTRA: &str = "余多来分月周个项成半年日号至到-－~～〜—–―‒﹣和、或与及万亿千百十 \u{3000}\u{a0}\t";

static FOLLOW: LazyLock<[u64; 1024]> = LazyLock::new(|| {
    let mut t = [0u64; 1024];
    let firsts = UNITS.iter().filter_map(|u| u.text.chars().next());
    for c in firsts.chain(FOLLOW_EXTRA.chars()) {
        let cp = c as usize;
        if let Some(w) = t.get_mut(cp >> 6) {
            *w |= 1u64 << (cp & 63);
        }
    }
    t
});

/// True when `c` may follow a number that is part of a figure (a quick filter).
pub(crate) fn may_follow(c: char) -> bool {
    let cp = c as usize;
    FOLLOW.get(cp >> 6).is_some_and(|w| (w >> (cp & 63)) & 1 == 1)
}

/// True for the white space allowed between a number and its unit (a wrapped line, `* 个`).
pub(crate) const fn is_gap(c: char) -> bool {
    matches!(c, ' ' | '\u{3000}' | '\u{a0}' | '\t')
}

/// The length of the gap character ([`is_gap`]) ending at byte `i` of `b`, if one does.
pub(crate) fn gap_len_before(b: &[u8], i: usize) -> Option<usize> {
    match b.get(..i).unwrap_or(&[]) {
        [.., b' ' | b'\t'] => Some(1),
        [.., 0xC2, 0xA0] => Some(2),
        [.., 0xE3, 0x80, 0x80] => Some(3),
        _ => None,
    }
}

/// The length of the gap character ([`is_gap`]) starting at byte `i` of `b`, if one does.
fn gap_len(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i..).unwrap_or(&[]) {
        [b' ' | b'\t', ..] => Some(1),
        [0xC2, 0xA0, ..] => Some(2),
        [0xE3, 0x80, 0x80, ..] => Some(3),
        _ => None,
    }
}

/// The unit starting at byte `pos` (after at most two gap characters), with its end.
/// Blockers are checked; the caller checks the flags.
pub(crate) fn unit_at(text: &str, pos: usize) -> Option<(&'static Unit, usize, usize)> {
    let mut start = pos;
    for _ in 0..2 {
        match gap_len(text.as_bytes(), start) {
            Some(len) => start += len,
            None => break,
        }
    }
    let here = text.get(start..)?;
    let mut chars = here.chars();
    let first = chars.next()?;
    let after_first = chars.as_str();
    let (unit, end) = BY_FIRST
        .starting_with(first)
        .iter()
        .find(|(_, rest)| starts_with_word(after_first, rest))
        .map(|&(u, _)| (u, start + u.text.len()))?;
    let rest = text.get(end..).unwrap_or("");
    let may_block = rest.as_bytes().get(2).is_none_or(|&b| (unit.blocker_bytes >> (b & 63)) & 1 == 1);
    if may_block && unit.blockers.iter().any(|b| starts_with_word(rest, b)) {
        return None;
    }
    Some((unit, start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_found_by_rank_as_by_search() {
        let table = &*BY_FIRST;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let searched = table.groups.binary_search_by_key(&c, |e| e.0).ok().and_then(|k| table.groups.get(k));
            let expect: Vec<&str> = searched.map_or(Vec::new(), |g| g.1.iter().map(|t| t.0.text).collect());
            let got: Vec<&str> = table.starting_with(c).iter().map(|t| t.0.text).collect();
            assert_eq!(got, expect, "{c}");
        }
    }

    #[test]
    fn longest() {
        let (u, _, end) = unit_at("个百分点以上", 0).unwrap_or_else(|| unreachable!());
        assert_eq!((u.text, end), ("个百分点", 12));
        assert!(unit_at("名单", 0).is_none());
        assert!(unit_at("次全会", 0).is_none());
        assert_eq!(unit_at(" 个", 0).map(|x| x.0.text), Some("个"));
        assert_eq!(unit_at("\u{3000}\u{a0}个", 0).map(|x| x.0.text), Some("个"));
        assert_eq!(unit_at("\t \t个", 0).map(|x| x.0.text), None);
    }
}
