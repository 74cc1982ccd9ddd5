//! The grammar of a provision reference (立法技术规范: 条, 款, 项, 目).
//!
//! ```text
//! chain    := level+                        (each level below the one before it)
//! level    := 第 pad* number pad* UNIT
//! number   := int ( 、 int )*               (第五、六、七、八项: the first is kept)
//!           | （ int ） | ( int )            (第（三）项)
//! UNIT     := 编 | 章 | 节 | 条 | 款 | 项 | 目      (编章节: read so that a list goes on after
//!                                                  `刑法分则第三章第二节、第一百九十条`, not kept)
//! relative := (前款 | 本款 | 本条 | 前条) chain?   (前款第二项, 本条第一款)
//! ```
//!
//! An inserted article (`第十条之一`) keeps its number after `之` (`sub`).

use crate::elements::date::{int_len, pad_len};

/// The levels of a provision, top down.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Level {
    /// 编, 章, 节: a division above the articles.
    Division,
    /// 条.
    Article,
    /// 款.
    Paragraph,
    /// 项.
    Item,
    /// 目 (read, not kept).
    Subitem,
}

/// The largest number a provision reference may carry (no statute has more articles).
const MAX_NUMBER: u64 = 9_999;

/// A chain of levels read from the text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Chain {
    /// The levels read, in order: at most one of each.
    pub(super) article: Option<u32>,
    /// The number after `之` of an inserted article.
    pub(super) sub: Option<u32>,
    pub(super) paragraph: Option<u32>,
    pub(super) item: Option<u32>,
    /// The first level read.
    pub(super) top: Option<Level>,
    /// Bytes read.
    pub(super) len: usize,
}

/// One level at the start of `s` (which starts with `第`): its number, level, the number of an
/// inserted article after `之`, and its length.
fn level(s: &str) -> Option<(u32, Level, Option<u32>, usize)> {
    let mut at = s.strip_prefix('第').map(|_| '第'.len_utf8())?;
    at += pad_len(s.get(at..)?);
    let rest = s.get(at..)?;
    let (paren, open) = match rest.chars().next() {
        Some(c @ ('（' | '(')) => (true, c.len_utf8()),
        _ => (false, 0),
    };
    at += open;
    let (value, len) = int_len(s.get(at..)?)?;
    at += len;
    if paren {
        let close = s.get(at..)?.chars().next().filter(|c| matches!(c, '）' | ')'))?;
        at += close.len_utf8();
    }
    // 第五、六、七、八项: more numbers before the unit.
    while let Some(more) = s.get(at..).and_then(|r| r.strip_prefix('、')) {
        match int_len(more) {
            Some((_, len)) => at += '、'.len_utf8() + len,
            None => break,
        }
    }
    // 第二至第三项, 第五至七项, 第（一）至（三）项: a range before the unit, read whole.
    at += range_end(s.get(at..)?, paren);
    at += pad_len(s.get(at..)?);
    let unit = s.get(at..)?.chars().next()?;
    let level = match unit {
        '编' | '章' | '节' => Level::Division,
        '条' => Level::Article,
        '款' => Level::Paragraph,
        '项' => Level::Item,
        '目' => Level::Subitem,
        _ => return None,
    };
    at += unit.len_utf8();
    let mut sub = None;
    if level == Level::Article {
        if let Some(after) = s.get(at..).and_then(|r| r.strip_prefix('之')) {
            let (n, len) = int_len(after)?;
            sub = Some(u32::try_from(n).ok().filter(|&n| n > 0 && u64::from(n) <= MAX_NUMBER)?);
            at += '之'.len_utf8() + len;
        }
    }
    let value = u32::try_from(value).ok().filter(|&v| v > 0 && u64::from(v) <= MAX_NUMBER)?;
    Some((value, level, sub, at))
}

/// The length of the end of a range at the start of `s` (`至第三`, `至七`, `至（三）`, also
/// after `到`), 0 when none is there.
fn range_end(s: &str, paren: bool) -> usize {
    let Some(rest) = s.strip_prefix(['至', '到']) else { return 0 };
    let mut at = s.len() - rest.len();
    if let Some(r) = s.get(at..).and_then(|r| r.strip_prefix('第')) {
        at = s.len() - r.len();
    }
    let open = s.get(at..).and_then(|r| r.strip_prefix(['（', '('])).map(|r| s.len() - r.len());
    if paren != open.is_some() {
        return 0;
    }
    at = open.unwrap_or(at);
    let Some((_, len)) = s.get(at..).and_then(int_len) else { return 0 };
    at += len;
    if paren {
        match s.get(at..).and_then(|r| r.strip_prefix(['）', ')'])) {
            Some(r) => at = s.len() - r.len(),
            None => return 0,
        }
    }
    at
}

/// The chain of levels at the start of `s`, each below the one before; `None` when the first
/// level cannot be read. `below` is the level the chain must start under (a relative
/// reference's own level), if any.
pub(super) fn chain(s: &str, below: Option<Level>) -> Option<Chain> {
    let mut out = Chain::default();
    let mut last = below;
    while let Some((value, level, sub, len)) = s.get(out.len..).and_then(level) {
        if last.is_some_and(|l| level < l || (level == l && level != Level::Division)) {
            break;
        }
        match level {
            Level::Division => {}
            Level::Article => {
                out.article = Some(value);
                out.sub = sub;
            }
            Level::Paragraph => out.paragraph = Some(value),
            Level::Item => out.item = Some(value),
            Level::Subitem => {}
        }
        out.top.get_or_insert(level);
        out.len += len;
        last = Some(level);
    }
    out.top.map(|_| out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Article, paragraph, item and top level of a chain.
    type Read = (Option<u32>, Option<u32>, Option<u32>, Option<Level>);

    fn read(s: &str) -> Option<Read> {
        chain(s, None).map(|c| (c.article, c.paragraph, c.item, c.top))
    }

    #[test]
    fn chains() {
        let s = "第四十九条第一款第（三）项、第（五）项";
        assert_eq!(read(s), Some((Some(49), Some(1), Some(3), Some(Level::Article))));
        assert_eq!(chain(s, None).and_then(|c| s.get(..c.len)), Some("第四十九条第一款第（三）项"));
        assert_eq!(read("第1254条规定").map(|c| c.0), Some(Some(1254)));
        assert_eq!(read("第二款"), Some((None, Some(2), None, Some(Level::Paragraph))));
        assert_eq!(read("第五、六、七、八项规定").map(|c| c.2), Some(Some(5)));
        let s = "第二条第二至第三项规定";
        assert_eq!(read(s), Some((Some(2), None, Some(2), Some(Level::Article))));
        assert_eq!(chain(s, None).and_then(|c| s.get(..c.len)), Some("第二条第二至第三项"));
        assert_eq!(read("第（一）至（三）项").map(|c| c.2), Some(Some(1)));
        assert_eq!(read("第五至七项").map(|c| c.2), Some(Some(5)));
        assert_eq!(read("第二至第三批"), None);
        let c = chain("第十条之一的规定", None);
        assert_eq!(c.map(|c| (c.article, c.sub)), Some((Some(10), Some(1))));
    }

    #[test]
    fn divisions_are_read_and_dropped() {
        let s = "第三章第二节、第一百九十条";
        let c = chain(s, None);
        assert_eq!(c.map(|c| (c.top, c.article)), Some((Some(Level::Division), None)));
        assert_eq!(c.map(|c| c.len), Some("第三章第二节".len()));
        assert_eq!(read("第九章第三百九十八条").map(|c| c.0), Some(Some(398)));
    }

    #[test]
    fn what_is_no_chain() {
        assert!(chain("第二批", None).is_none());
        assert!(chain("第一次会议", None).is_none());
        assert!(chain("第二款", Some(Level::Paragraph)).is_none(), "本款第二款 is no chain");
        assert_eq!(read("第二项第三款").map(|c| (c.2, c.1)), Some((Some(2), None)), "levels go down only");
    }
}
