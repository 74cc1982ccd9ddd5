//! Whose provision a `第X条` is: what stands right before it.
//!
//! * `》` — the document just cited (`《民法典》第1254条`);
//! * a name ending in a law's type word (`lexicon::references::LAW_SUFFIXES`):
//!   `本法`, `本实施细则` are this document; `该法`, `原条例` another one named elsewhere; any other
//!   name (`刑法`, `中华人民共和国行政诉讼法`) that document. The name starts after the last word
//!   that no name contains (`依照`, `违反`, `的` …: `lexicon::references::NAME_CUTS`);
//! * anything else — this document.

use crate::lexicon::CharBits;
use crate::lexicon::references::{
    AMENDMENT_TITLE, AMENDS_TITLED, AND_OTHERS, KNOWN_LAWS, LAW_SUFFIXES, NAME_COMPOUNDS, NAME_CUTS, OTHER_DOCUMENT,
    THIS_DOCUMENT,
};
use crate::text::chars::is_cjk_ideograph;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The longest name of a law read back from its type word, in characters.
const MAX_NAME_CHARS: usize = 30;

/// The longest name read back without the state's prefix, in characters before the type word
/// (`海事诉讼特别程序` is 8).
const MAX_SHORT_NAME_CHARS: usize = 10;

/// The prefix of a law's full name (`中华人民共和国行政诉讼法`).
const FULL_NAME_PREFIX: &str = "中华人民共和国";

/// How many characters may stand between `本` and the type word (`本实施细则`).
const MAX_AFTER_THIS: usize = 4;

/// Whose provision it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Scope {
    /// Nothing before it: this document.
    Bare,
    /// `本法`: this document, named.
    This,
    /// Right after a `《…》`.
    Cited,
    /// Another document: its name, if given here.
    Other(Option<String>),
}

/// The longest bracketed note read between a law's name and its provision, in characters
/// (`（自2015年1月1日起施行）` is 14).
const MAX_NOTE_CHARS: usize = 40;

/// The scope of a chain starting at byte `p`, looking back no further than `floor`, and where
/// the reference then starts (the name's first byte, or `p`). A bracketed note between the
/// name and the chain is passed over (`原环境影响评价法（2002年）第三十一条`,
/// `新环境保护法（自2015年1月1日起施行）第六十一条`): the provision is the named law's.
pub(super) fn before(text: &str, p: usize, floor: usize) -> (Scope, usize) {
    let (scope, start) = right_before(text, p, floor);
    if scope != Scope::Bare {
        return (scope, start);
    }
    match note_before(text, p, floor).map(|open| right_before(text, open, floor)) {
        Some((named @ (Scope::This | Scope::Other(Some(_))), start)) => (named, start),
        _ => (scope, start),
    }
}

/// Where the bracketed note that ends right before byte `p` opens (`（2002年）`): a closing
/// bracket there whose opener stands within [`MAX_NOTE_CHARS`] characters on its line and
/// after `floor`.
pub(super) fn note_before(text: &str, p: usize, floor: usize) -> Option<usize> {
    let head = text.get(floor.min(p)..p)?;
    let mut chars = head.char_indices().rev();
    let (_, close) = chars.next()?;
    if !matches!(close, '）' | ')') {
        return None;
    }
    let mut depth = 1usize;
    for (i, c) in chars.take(MAX_NOTE_CHARS) {
        match c {
            '）' | ')' => depth += 1,
            '（' | '(' => {
                depth -= 1;
                if depth == 0 {
                    return Some(floor.min(p) + i);
                }
            }
            '\n' | '\r' => return None,
            _ => {}
        }
    }
    None
}

/// [`before`] for what stands right before byte `p`.
fn right_before(text: &str, p: usize, floor: usize) -> (Scope, usize) {
    let Some(head) = text.get(floor.min(p)..p) else { return (Scope::Bare, p) };
    if head.ends_with('》') {
        return (Scope::Cited, p);
    }
    if !head.chars().next_back().is_some_and(|c| TABLE_ENDS.suffixes.contains(c)) {
        return (Scope::Bare, p);
    }
    let Some(suffix) = LAW_SUFFIXES.iter().find(|s| head.ends_with(*s)) else { return (Scope::Bare, p) };
    let suffix_start = p - suffix.len();
    let run_start = run_back(text, suffix_start, floor);
    let run = text.get(run_start..suffix_start).unwrap_or("");
    // `本人实施刑法第一百九十一条`: a known law's name after `本` is that law, not this document.
    let known = text.get(run_start..p).is_some_and(|r| known_laws_ending(r).any(|k| k.len() > suffix.len()));
    if let Some(k) = run.rfind(THIS_DOCUMENT).filter(|_| !known) {
        let after = run.get(k + THIS_DOCUMENT.len_utf8()..).unwrap_or("");
        if after.chars().count() <= MAX_AFTER_THIS {
            return (Scope::This, run_start + k);
        }
    }
    let cut = cut_after(run);
    let name_start = run_start + cut;
    let stem = run.get(cut..).unwrap_or("");
    if OTHER_DOCUMENT.iter().any(|w| stem.starts_with(w)) {
        return (Scope::Other(None), name_start);
    }
    if stem.is_empty() {
        return (Scope::Bare, p);
    }
    if suffix.ends_with('法') || *suffix == "法典" {
        return law_name(text, run_start, name_start, p);
    }
    // A long run that the cuts left whole is more likely a clause than a name
    // (`人民法院应当首先引用民法典`): the document is another's, its name not told.
    if stem.chars().count() > MAX_SHORT_NAME_CHARS && !stem.starts_with(FULL_NAME_PREFIX) {
        return (Scope::Other(None), p);
    }
    let name = text.get(name_start..p).unwrap_or("").to_owned();
    (Scope::Other(Some(name)), name_start)
}

/// The scope of a law's name ending in `法` right before byte `p`, whose run of ideographs
/// starts at `run_start`: from `中华人民共和国` when the run holds it, else the longest known
/// short name ([`KNOWN_LAWS`]) the run ends with, else the name after a verb of two or more
/// characters of [`NAME_CUTS`] (`依据调解仲裁法`; `cut` is where the cut left the name), else
/// another document not named (the words before an unknown name cannot be told from it:
/// `当事人以…法`).
fn law_name(text: &str, run_start: usize, cut: usize, p: usize) -> (Scope, usize) {
    let run = text.get(run_start..p).unwrap_or("");
    // `中华人民共和国` opens the name when no word a name never holds follows it (not
    // `中华人民共和国领域内的第一到达港视为…法`).
    let full = run.find(FULL_NAME_PREFIX).filter(|&k| run.get(k..).is_some_and(|r| cut_after(r) == 0));
    let start = match full {
        Some(k) => Some(run_start + k),
        None => known_laws_ending(run)
            .max_by_key(|k| k.len())
            .filter(|k| !in_longer_law(run, k))
            .map(|k| p - k.len())
            .or_else(|| after_verb(text, run_start, cut, p)),
    };
    match start.and_then(|s| text.get(s..p).map(|name| (s, name))) {
        Some((s, name)) => (Scope::Other(Some(name.to_owned())), s),
        None => (Scope::Other(None), p),
    }
}

/// `cut` when the name starting there follows a cut word of two or more characters (a verb
/// such as `依据`, `适用`: a boundary the lexicon knows) and is short.
fn after_verb(text: &str, run_start: usize, cut: usize, p: usize) -> Option<usize> {
    let head = text.get(run_start..cut)?;
    let name = text.get(cut..p)?;
    let verb = NAME_CUTS.iter().any(|w| w.chars().count() >= 2 && head.ends_with(w));
    (verb && name.chars().count() <= MAX_SHORT_NAME_CHARS + 1).then_some(cut)
}

/// True when the character before the known name `name` at the end of `run` goes on with
/// it into a longer known name (`调解仲裁法`, short for `劳动争议调解仲裁法`, is no `仲裁法`).
fn in_longer_law(run: &str, name: &str) -> bool {
    let Some(before) = run.get(..run.len() - name.len()).and_then(|h| h.chars().next_back()) else { return false };
    KNOWN_LAWS_BY_END.get(last_two(name)).is_some_and(|laws| {
        laws.iter().any(|l| l.len() > name.len() && l.strip_suffix(name).is_some_and(|rest| rest.ends_with(before)))
    })
}

/// The last two characters of `s` (all of it when it is shorter).
fn last_two(s: &str) -> &str {
    s.char_indices().rev().nth(1).and_then(|(i, _)| s.get(i..)).unwrap_or(s)
}

/// [`KNOWN_LAWS`] by their last two characters (every name has two or more): a run ends with
/// a name only if it ends with the name's last two, so one lookup finds the few to compare.
static KNOWN_LAWS_BY_END: LazyLock<HashMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
    let mut by_end: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
    for law in KNOWN_LAWS {
        by_end.entry(last_two(law)).or_default().push(law);
    }
    by_end
});

/// The names of [`KNOWN_LAWS`] that `run` ends with.
fn known_laws_ending(run: &str) -> impl Iterator<Item = &'static str> + '_ {
    KNOWN_LAWS_BY_END.get(last_two(run)).into_iter().flatten().copied().filter(move |law| run.ends_with(law))
}

/// The document a document amends, from its title: `Some(Some(name))` for `关于修改《X》的决定`
/// and `X修正案（八）`, `Some(None)` when the title names several (`关于修改《A》等八部法律的决定`),
/// `None` for a document that amends none.
pub(super) fn amended(title: &str) -> Option<Option<String>> {
    // White space taken out, the title holds a word only if it holds the word's first
    // character: most titles hold neither.
    let first = |w: &str| w.chars().next().is_some_and(|c| title.contains(c));
    if !first(AMENDS_TITLED) && !first(AMENDMENT_TITLE) {
        return None;
    }
    let title: String = title.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some(k) = title.find(AMENDS_TITLED) {
        let rest = title.get(k + AMENDS_TITLED.len()..)?.strip_prefix('《')?;
        let close = rest.find('》')?;
        let several = rest.get(close..).is_some_and(|r| r.contains(AND_OTHERS));
        return Some((!several).then(|| rest.get(..close).unwrap_or("").to_owned()));
    }
    let k = title.find(AMENDMENT_TITLE)?;
    let law = title.get(..k)?.trim_start_matches('《').trim_end_matches('》');
    Some((!law.is_empty()).then(|| law.to_owned()))
}

/// The last characters of the words of the tables read from the right: a text that ends
/// with none of them ends with no word of the table.
struct TableEnds {
    /// Of [`LAW_SUFFIXES`].
    suffixes: CharBits,
    /// Of [`NAME_CUTS`].
    cuts: CharBits,
}

static TABLE_ENDS: LazyLock<TableEnds> = LazyLock::new(|| {
    let lasts = |words: &[&str]| CharBits::of(words.iter().filter_map(|w| w.chars().next_back()));
    TableEnds { suffixes: lasts(&LAW_SUFFIXES), cuts: lasts(&NAME_CUTS) }
});

/// Where the run of ideographs that ends at `end` starts (at most [`MAX_NAME_CHARS`] of them,
/// none before `floor`).
fn run_back(text: &str, end: usize, floor: usize) -> usize {
    let head = text.get(floor.min(end)..end).unwrap_or("");
    let mut start = end;
    for (n, (i, c)) in head.char_indices().rev().enumerate() {
        if n >= MAX_NAME_CHARS || !is_cjk_ideograph(c) {
            break;
        }
        start = floor.min(end) + i;
    }
    start
}

/// The offset in `run` after the last word a law's name never contains, where some name is
/// left after it and the word is not inside a compound of names (`共和国`, `国有`). Read from
/// the right, one character at a time, so a short name (`认定为刑法`) is decided at once.
fn cut_after(run: &str) -> usize {
    // Each character start past the first is where a stem could begin.
    for (end, _) in run.char_indices().rev().filter(|&(i, _)| i > 0) {
        let Some(head) = run.get(..end) else { continue };
        if !head.chars().next_back().is_some_and(|c| TABLE_ENDS.cuts.contains(c)) {
            continue;
        }
        if NAME_CUTS.iter().any(|w| head.ends_with(*w) && !in_compound(run, end - w.len(), w)) {
            return end;
        }
    }
    0
}

/// True when the word `w` at byte `i` of `run` is part of a compound of [`NAME_COMPOUNDS`].
fn in_compound(run: &str, i: usize, w: &str) -> bool {
    NAME_COMPOUNDS.iter().filter(|(_, cut)| *cut == w).any(|(compound, cut)| {
        compound.find(cut).is_some_and(|k| i >= k && run.get(i - k..).is_some_and(|r| r.starts_with(compound)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope(s: &str) -> (Scope, &str) {
        let (sc, at) = before(s, s.len(), 0);
        (sc, &s[at..])
    }

    #[test]
    fn amending_titles() {
        assert_eq!(
            amended("最高人民法院关于修改《关于上海金融法院案件管辖的规定》的决定"),
            Some(Some("关于上海金融法院案件管辖的规定".into()))
        );
        assert_eq!(amended("全国人民代表大会常务委员会关于修改《中华人民共和国建筑法》等八部法律的决定"), Some(None));
        assert_eq!(amended("中华人民共和国刑法修正案（八）"), Some(Some("中华人民共和国刑法".into())));
        assert_eq!(amended("中华人民共和国个人所得税法"), None);
    }

    #[test]
    fn the_index_of_known_laws_finds_what_a_scan_finds() {
        let heads = ["", "依照", "劳动争议", "中华人民共和国", "法"];
        for law in KNOWN_LAWS {
            for head in heads {
                let run = format!("{head}{law}");
                let mut found: Vec<&str> = known_laws_ending(&run).collect();
                let mut scanned: Vec<&str> = KNOWN_LAWS.iter().copied().filter(|k| run.ends_with(k)).collect();
                found.sort_unstable();
                scanned.sort_unstable();
                assert_eq!(found, scanned, "{run}");
            }
        }
        assert_eq!(known_laws_ending("法").count(), 0);
        assert_eq!(known_laws_ending("").count(), 0);
    }

    #[test]
    fn names_and_this_document() {
        assert_eq!(scope("依照本法"), (Scope::This, "本法"));
        assert_eq!(scope("的人数超过本实施细则"), (Scope::This, "本实施细则"));
        assert_eq!(scope("规定的行为，依照国家赔偿法"), (Scope::Other(Some("国家赔偿法".into())), "国家赔偿法"));
        assert_eq!(
            scope("依照中华人民共和国行政诉讼法"),
            (Scope::Other(Some("中华人民共和国行政诉讼法".into())), "中华人民共和国行政诉讼法")
        );
        assert_eq!(scope("应当适用民法典"), (Scope::Other(Some("民法典".into())), "民法典"));
        assert_eq!(scope("应当认定为刑法"), (Scope::Other(Some("刑法".into())), "刑法"));
        assert_eq!(
            scope("采伐林木按照森林法实施条例"),
            (Scope::Other(Some("森林法实施条例".into())), "森林法实施条例")
        );
        assert_eq!(scope("依照该法"), (Scope::Other(None), "该法"));
        assert_eq!(scope("为掩饰本人实施刑法"), (Scope::Other(Some("刑法".into())), "刑法"));
        assert_eq!(scope("当事人以民法典"), (Scope::Other(Some("民法典".into())), "民法典"));
        assert_eq!(scope("当事人以某某促进法"), (Scope::Other(None), ""));
        assert_eq!(scope("见《刑法》"), (Scope::Cited, ""));
        assert_eq!(scope("依照"), (Scope::Bare, ""));
        assert_eq!(
            scope("该条款与原环境影响评价法（2002年）"),
            (Scope::Other(Some("环境影响评价法".into())), "环境影响评价法（2002年）")
        );
        assert_eq!(scope("有下列情形之一（情节严重的）"), (Scope::Bare, ""));
    }
}
