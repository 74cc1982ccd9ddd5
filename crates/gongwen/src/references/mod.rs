//! References: citations of other documents and references to provisions.
//!
//! Only the places where a reference can start are read: the pass over the bytes marks every
//! `第`, `《` and the `款` and `条` that end a relative word (`前款`, `本款`, `本条`, `前条`), and
//! a cursor visits them; each is read with the grammar of
//! `provision.rs` or `citation.rs`, given its scope by what stands before it (`scope.rs`), and
//! resolved against the outline's articles (`resolve.rs`). A reference that follows another
//! one after a list word (`、`, `和`, `或者` …) is of the same document and article
//! (`第四十九条第一款第（三）项、第（五）项`). An outline marker (`第一条` opening an article) is no
//! reference. A bare `第X条` (no `本法` before it) is this document's unless the document has
//! no articles (then it is another's, named elsewhere: a list of crimes citing the criminal
//! law) or amends another one (`关于修改《X》的决定`, `X修正案`: then it is X's).

mod citation;
mod provision;
mod resolve;
mod scope;

use crate::lexicon::references::{CONNECTORS, RELATIVE, Relative, VIOLATED};
use crate::model::{Node, NodeId, Provision, Reference, Target};
use crate::scan::{Cursor, Positions};
use crate::text::Span;
use crate::text::lines::Line;
use citation::MAX_ALIAS_CHARS;
use provision::{Chain, Level};
use resolve::Articles;
use scope::Scope;
use std::collections::HashMap;

/// The longest stretch, in bytes, between a provision of another document and a bare `第X条`
/// that goes on with it in the same sentence.
const MAX_SENTENCE_GAP: usize = 600;

/// What the reference start at byte `p` (a character of
/// [`crate::lexicon::chars::REFERENCE_CJK`] the scan marked) is: `(start, 0)` for `第`, `(start,
/// 1)` for `《`, `(start, 2 + k)` for the `k`-th word of [`RELATIVE`] ending there (its start
/// three bytes before), `None` for a `款` or `条` of no relative word.
fn start_at(bytes: &[u8], p: usize) -> Option<(usize, usize)> {
    match bytes.get(p..p + 3)? {
        // 第 E7 AC AC, 《 E3 80 8A.
        [0xE7, 0xAC, 0xAC] => Some((p, 0)),
        [0xE3, 0x80, 0x8A] => Some((p, 1)),
        _ => {
            let at = p.checked_sub(3)?;
            let word: &[u8; 6] = bytes.get(at..p + 3)?.try_into().ok()?;
            RELATIVE_BYTES.iter().position(|w| w == word).map(|k| (at, 2 + k))
        }
    }
}

/// The bytes of the words of [`RELATIVE`] (two three-byte characters each, which the
/// lexicon's test checks), compared as arrays.
const RELATIVE_BYTES: [[u8; 6]; RELATIVE.len()] = relative_bytes();

#[allow(clippy::indexing_slicing)] // evaluated at compile time: a short word fails the build
const fn relative_bytes() -> [[u8; 6]; RELATIVE.len()] {
    let mut out = [[0u8; 6]; RELATIVE.len()];
    let mut i = 0;
    while i < RELATIVE.len() {
        let word = RELATIVE[i].0.as_bytes();
        assert!(word.len() == 6, "a relative word is two three-byte characters");
        let mut j = 0;
        while j < 6 {
            out[i][j] = word[j];
            j += 1;
        }
        i += 1;
    }
    out
}

/// Finds the references of `text`, in document order.
pub(crate) fn find(
    text: &str,
    lines: &[Line],
    marks: Positions<'_>,
    nodes: &[Node],
    title: Option<Span>,
) -> Vec<Reference> {
    let articles = Articles::new(text, lines, nodes);
    let amended = title.and_then(|t| scope::amended(t.slice(text)));
    // Whose a bare `第X条` is, and whose `本法第X条` is (an amendment's quoted text speaks of
    // the amended law as `本法`).
    let (bare, this) = match amended {
        Some(law) => (Whose::Other(law.clone()), Whose::Other(law)),
        None if !articles.any() => (Whose::Other(None), Whose::This),
        None => (Whose::This, Whose::This),
    };
    let mut reader = Reader {
        text,
        title: title.map(|t| crate::title::without_bracketed_tail(t.slice(text))),
        nodes,
        articles,
        bare,
        this,
        aliases: Aliases::default(),
        markers: 0,
        floor: 0,
        prev: None,
        cited: None,
        lead_ins: Vec::new(),
        out: Vec::new(),
    };
    // Relative words point inside articles: only a document with articles has them.
    let relative = reader.articles.any();
    let mut cursor = Cursor::new(marks);
    while let Some(mark) = cursor.peek() {
        cursor.advance();
        // A `款` or `条` (lead byte E6) only ends a relative word, which a document without
        // articles does not read: passed before it is looked at.
        if !relative && text.as_bytes().get(mark) == Some(&0xE6) {
            continue;
        }
        let Some((p, what)) = start_at(text.as_bytes(), mark) else { continue };
        if p < reader.floor || (what >= 2 && !relative) {
            continue;
        }
        match what {
            // An article's marker holds no reference: its marks are passed at once.
            0 => match reader.marker_end(p) {
                Some(end) => cursor.seek(end),
                None => reader.provision(p),
            },
            1 => reader.citation(p),
            k => {
                if let Some(&(word, rel)) = RELATIVE.get(k - 2) {
                    reader.relative(p, word, rel);
                }
            }
        }
        // Nothing before the end of the last reference is read again.
        cursor.seek(reader.floor);
    }
    reader.out
}

/// Short names given to cited documents (`《…行政诉讼法》（以下简称行政诉讼法）`): each name with
/// its title and when it was given (a name given again stands for the later title). Looked up
/// by name, so a text that gives many names reads each reference at the same cost.
#[derive(Default)]
struct Aliases {
    /// Each name's title and the count of names given before it.
    names: HashMap<String, (usize, String)>,
    given: usize,
    /// The last characters of the names, bit `c % 64` for `c`: a text whose last character's
    /// bit is not set ends with no name.
    lasts: u64,
    /// The lengths in bytes of the names, bit `n` for a name of `n < 128` bytes: only the ends
    /// of a text of those lengths are looked up (a name of 128 bytes or more, which
    /// [`MAX_ALIAS_CHARS`] rules out, would turn the filter off for its length).
    lens: u128,
}

/// True when `第` and a number end the text before byte `p` (`第四十八`, `第48`): an ordinal whose
/// unit (`条`) was lost, so a `第一款` right after it is of that article, not of the one it stands in.
fn after_unit_less_number(text: &str, p: usize) -> bool {
    const MAX_ORDINAL_BYTES: usize = 24;
    let bytes = text.as_bytes();
    let floor = p.saturating_sub(MAX_ORDINAL_BYTES);
    let mut k = p;
    while k >= floor + 3 && crate::numeral::cn_numeral_before(bytes, k) {
        k -= 3;
    }
    while k > floor && bytes.get(k - 1).is_some_and(u8::is_ascii_digit) {
        k -= 1;
    }
    k < p && text.get(..k).is_some_and(|head| head.ends_with('第'))
}

/// The bit of [`Aliases::lasts`] for the last character of `s` (0 for an empty `s`).
fn last_bit(s: &str) -> u64 {
    s.chars().next_back().map_or(0, |c| 1 << (u32::from(c) % 64))
}

impl Aliases {
    fn insert(&mut self, name: String, title: String) {
        self.lasts |= last_bit(&name);
        self.lens |= 1u128.checked_shl(u32::try_from(name.len()).unwrap_or(u32::MAX)).unwrap_or(0);
        self.names.insert(name, (self.given, title));
        self.given += 1;
    }

    /// The title `name` stands for.
    fn title(&self, name: &str) -> Option<&str> {
        self.names.get(name).map(|(_, title)| title.as_str())
    }

    /// False when no name is `n` bytes long, so that no end of that length is hashed and
    /// looked up.
    fn may_be_len(&self, n: usize) -> bool {
        n >= 128 || (self.lens >> n) & 1 == 1
    }

    /// The name given last among those `head` ends with: its length in bytes and its title.
    fn ending(&self, head: &str) -> Option<(usize, &str)> {
        if self.lasts & last_bit(head) == 0 {
            return None;
        }
        let starts = head.char_indices().rev().map(|(i, _)| i).take(MAX_ALIAS_CHARS);
        starts
            .filter(|&i| self.may_be_len(head.len() - i))
            .filter_map(|i| {
                head.get(i..)
                    .and_then(|name| self.names.get(name))
                    .map(|(order, title)| (*order, head.len() - i, title))
            })
            .max_by_key(|&(order, _, _)| order)
            .map(|(_, len, title)| (len, title.as_str()))
    }
}

/// The scope a provision was given.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Whose {
    This,
    Other(Option<String>),
}

/// The last provision read: where it ended, whose it was, what it named, and the article
/// node it named (so that the next one in a list can go on from it).
#[derive(Clone, Debug)]
struct Prev {
    end: usize,
    whose: Whose,
    provision: Provision,
    article: Option<usize>,
}

struct Reader<'a> {
    text: &'a str,
    /// The document's title without the bracketed notes at its end (`（试行）`).
    title: Option<&'a str>,
    nodes: &'a [Node],
    articles: Articles<'a>,
    /// Whose a `第X条` with nothing before it is.
    bare: Whose,
    /// Whose a `本法第X条` is.
    this: Whose,
    /// Short names given to cited documents (`《…行政诉讼法》（以下简称行政诉讼法）`): the short
    /// name and the title.
    aliases: Aliases,
    /// The first node whose marker may still hold a later position.
    markers: usize,
    /// Nothing before this byte is read again (the end of the last reference).
    floor: usize,
    prev: Option<Prev>,
    /// The last citation: where its `》` (or the short name given after it) ends, and its title.
    cited: Option<(usize, String)>,
    /// The provisions named in an article's lead-in (before its first item): the article they
    /// stand in and the article node they name (`None`: another document's, or unresolved).
    lead_ins: Vec<(Option<usize>, Option<usize>)>,
    out: Vec<Reference>,
}

impl Reader<'_> {
    /// True when byte `p` is inside an outline marker (`第一条` opening an article).
    fn in_marker(&mut self, p: usize) -> bool {
        while self.nodes.get(self.markers).is_some_and(|n| (n.marker.end as usize) <= p) {
            self.markers += 1;
        }
        self.nodes.get(self.markers).is_some_and(|n| (n.marker.start as usize) <= p)
    }

    /// The end of the outline marker that holds byte `p`, if one does.
    fn marker_end(&mut self, p: usize) -> Option<usize> {
        if !self.in_marker(p) {
            return None;
        }
        self.nodes.get(self.markers).map(|n| n.marker.end as usize)
    }

    /// The previous provision, when only a list word stands between it and byte `p`.
    fn listed_after(&self, p: usize) -> Option<&Prev> {
        let prev = self.prev.as_ref()?;
        let gap = self.text.get(prev.end..p)?.trim();
        CONNECTORS.contains(&gap).then_some(prev)
    }

    /// A citation at byte `p`.
    fn citation(&mut self, p: usize) {
        let Some(mut c) = citation::read(self.text, p) else { return };
        // `（以下简称《条例》）` … `《条例》第十条`: a short name in 《》 cites the document it
        // was given to.
        if let Some(title) = self.aliases.title(&c.title) {
            c.title = title.to_owned();
        }
        // `《…》（上财研〔2016〕50号）第十三条`: the provision follows the document number's bracket
        // (`end` is past it, or past the title when no number is printed).
        let mut title_end = c.end;
        if let Some((alias, end)) = c.alias.clone() {
            self.aliases.insert(alias, c.title.clone());
            // `《…》（以下简称民事诉讼法）第二百一十九条`: the provision follows the short name.
            title_end = end;
        }
        let target = Target::Document { title: c.title.clone(), doc_number: c.doc_number };
        self.out.push(Reference::new(Span::from_usize(p, c.end), target, None));
        self.cited = Some((title_end, c.title));
        self.floor = c.end;
        self.prev = None;
    }

    /// A `第…` chain at byte `p`.
    fn provision(&mut self, p: usize) {
        if self.in_marker(p) {
            return;
        }
        let Some(chain) = self.text.get(p..).and_then(|s| provision::chain(s, None)) else { return };
        // `违反本条例第四十八第一款`: the article's `条` was lost, and the 款 is of an article not read.
        if chain.top > Some(Level::Article) && after_unit_less_number(self.text, p) {
            self.floor = p + chain.len;
            self.prev = None;
            return;
        }
        let (whose, start, inherited) = match self.listed_after(p) {
            Some(prev) => (prev.whose.clone(), p, Some(prev.clone())),
            None if self.right_after_citation(p) => (Whose::Other(self.cited.as_ref().map(|c| c.1.clone())), p, None),
            None => {
                let (sc, start) = scope::before(self.text, p, self.floor);
                // `（以下简称车船税法）` … `车船税法第一条`: the short name given to a cited law.
                if let (Scope::Other(_), Some((title, from))) = (&sc, self.alias_before(p)) {
                    return self.external_at(p, from, chain, Some(title));
                }
                // `违反本条例第二十五条第一、二、三项规定的，…；违反第四项规定的`: the item is of the
                // article named before it on its line.
                if let Some(prev) = matches!(sc, Scope::Bare).then(|| self.item_goes_on(p, &chain)).flatten() {
                    return self.provision_of(p, p, chain, prev.whose.clone(), Some(prev));
                }
                let whose = match sc {
                    Scope::Bare if self.at_line_start(p) => return,
                    Scope::Bare => match self.alias_before(p) {
                        Some((title, from)) => return self.external_at(p, from, chain, Some(title)),
                        None => self.same_sentence_other(p).unwrap_or_else(|| self.bare.clone()),
                    },
                    Scope::This => self.this_named(start, p),
                    Scope::Cited => Whose::Other(None),
                    Scope::Other(Some(name)) => Whose::Other(Some(self.full_name(name))),
                    Scope::Other(None) => Whose::Other(None),
                };
                (whose, start, None)
            }
        };
        self.provision_of(p, start, chain, whose, inherited);
    }

    /// Pushes the chain at byte `p` (the reference starting at `start`) as a provision of
    /// `whose`, going on from the provision `inherited` before it in a list.
    fn provision_of(&mut self, p: usize, start: usize, chain: Chain, whose: Whose, inherited: Option<Prev>) {
        let end = p + chain.len;
        if chain.article.is_none() && chain.paragraph.is_none() && chain.item.is_none() {
            // A division (`刑法分则第三章`): no provision, but a list may go on after it.
            self.floor = end;
            self.prev = Some(Prev { end, whose, provision: Provision::default(), article: None });
            return;
        }
        let mut provision =
            Provision { article: chain.article, sub: chain.sub, paragraph: chain.paragraph, item: chain.item };
        let mut article = None;
        if let Some(prev) = &inherited {
            if chain.top > Some(Level::Article) {
                provision.article = prev.provision.article;
                provision.sub = prev.provision.sub;
                article = prev.article;
            }
            if chain.top > Some(Level::Paragraph) {
                provision.paragraph = prev.provision.paragraph;
            }
        }
        match whose {
            Whose::Other(law) => {
                self.push(start, end, Target::External { law, provision }, None, None);
                // `违反《X法》第十条规定的，…：（一）违反第一项…`: the items named below are X's.
                let lead_in = self.articles.containing(start).filter(|&h| self.in_lead_in(h, start));
                if let Some(h) = lead_in.filter(|_| self.violated(start)) {
                    self.lead_ins.push((Some(h), None));
                }
            }
            Whose::This => self.internal(p, start, end, chain, provision, article),
        }
    }

    /// The provision a bare item (`第四项`, nothing before it) at byte `p` goes on from: the
    /// last provision read, when it stands on the same line, names an article, and either
    /// names an item of it (`本条例第十七条第一项至第五项规定的，…；违反第六项规定的`) or the
    /// article the item stands in has no such item (`违反第十二条规定，…违反第一项规定的`); not
    /// when it named the article the item stands in.
    fn item_goes_on(&mut self, p: usize, chain: &Chain) -> Option<Prev> {
        chain.item.filter(|_| chain.top == Some(Level::Item))?;
        let prev = self.prev.as_ref().filter(|prev| prev.provision.article.is_some())?;
        let gap = self.text.as_bytes().get(prev.end..p).filter(|g| g.len() <= MAX_SENTENCE_GAP)?;
        if memchr::memchr2(b'\n', b'\r', gap).is_some() {
            return None;
        }
        let here = self.articles.containing(p);
        // An item of the article it stands in goes on as any other (`依照第（一）项…从第（二）项`).
        if prev.whose == Whose::This && prev.article.is_some() && prev.article == here {
            return None;
        }
        let named_item = prev.provision.item.is_some();
        if named_item || here.is_none_or(|a| self.lacks_item(a, chain)) { self.prev.clone() } else { None }
    }

    /// Pushes the chain at byte `p` (the reference starting at `from`) as a provision of `law`.
    fn external_at(&mut self, p: usize, from: usize, chain: Chain, law: Option<String>) {
        let provision =
            Provision { article: chain.article, sub: chain.sub, paragraph: chain.paragraph, item: chain.item };
        self.push(from, p + chain.len, Target::External { law, provision }, None, None);
    }

    /// A short name given to a cited document that ends right before byte `p` (`条例` for
    /// `《集成电路布图设计保护条例》（以下简称条例）`): the title and where the short name starts.
    fn alias_before(&self, p: usize) -> Option<(String, usize)> {
        let head = self.text.get(self.floor.min(p)..p)?;
        self.aliases.ending(head).map(|(len, title)| (title.to_owned(), p - len))
    }

    /// The title a short name stands for, or the name itself.
    fn full_name(&self, name: String) -> String {
        self.aliases.title(&name).map_or(name, str::to_owned)
    }

    /// The other document the last provision was of, when it stands in the same sentence as
    /// byte `p`: a bare `第X条` goes on with it (`依照刑法第二百二十一条规定的…罪，第二百七十八条
    /// 规定的…罪`); a sentence of this document's own names it (`本解释第五条`).
    fn same_sentence_other(&self, p: usize) -> Option<Whose> {
        let prev = self.prev.as_ref().filter(|prev| matches!(prev.whose, Whose::Other(_)))?;
        let gap = self.text.as_bytes().get(prev.end..p).filter(|g| g.len() <= MAX_SENTENCE_GAP)?;
        // `。！？；` (E3 80 82, EF BC 81 / 9F / 9B) or a line break between them: another sentence.
        let ends = memchr::memchr3_iter(0xE3, 0xEF, b'\n', gap).any(|k| {
            matches!(gap.get(k..), Some([0xE3, 0x80, 0x82, ..] | [0xEF, 0xBC, 0x81 | 0x9F | 0x9B, ..] | [b'\n', ..]))
        });
        (!ends && memchr::memchr(b'\r', gap).is_none()).then(|| prev.whose.clone())
    }

    /// A provision of this document read at byte `p`: resolved and pushed.
    fn internal(
        &mut self,
        p: usize,
        start: usize,
        end: usize,
        chain: Chain,
        mut provision: Provision,
        article: Option<usize>,
    ) {
        if !self.articles.any() {
            // `本规定第三条` where the outline found no article: unresolved.
            if chain.top == Some(Level::Article) {
                self.push(start, end, Target::Internal(provision), None, None);
            }
            return;
        }
        let here = self.articles.containing(p);
        let article = match (provision.article, article) {
            (_, Some(a)) => Some(a),
            (Some(n), None) => self.articles.article(p, here, n, provision.sub),
            // `第二款`, `第三项`: of the article it stands in, or for an item inside an item, of
            // the article its lead-in names (`违反本条例第一条规定的，…：（一）违反第一项规定的`).
            (None, None) => match here.map(|a| self.bare_item_article(a, p, &chain)) {
                // An item its own article does not have, with no article named before it on its
                // line nor one in the lead-in that has it, is of an article not known.
                Some(Some(a)) if here == Some(a) && self.lacks_item(a, &chain) => {
                    return self.push(start, end, Target::Internal(provision), None, None);
                }
                Some(Some(a)) => {
                    provision.article = self.articles.ordinal(a);
                    Some(a)
                }
                // The lead-in names another document's article, or several: unresolved.
                Some(None) => return self.push(start, end, Target::Internal(provision), None, None),
                None => return,
            },
        };
        let inferred = chain.top == Some(Level::Item) && provision.paragraph.is_none() && here == article;
        if inferred {
            provision.paragraph = here.and_then(|h| self.articles.paragraph_at(h, p));
        }
        let mut node = self.node_of(article, &provision);
        if let (true, Some(n), Some(a)) = (inferred, node, article) {
            // `属于第（三）项情形的` in a later paragraph: the paragraph of the item it names.
            provision.paragraph =
                self.nodes.get(n.index()).and_then(|n| self.articles.paragraph_at(a, n.marker.start as usize));
        }
        // An item that names the very item it stands in names none.
        if provision.item.is_some() && node.is_some_and(|n| self.stands_in(n, p)) {
            node = None;
        }
        self.push(start, end, Target::Internal(provision), node, article);
        if here.is_some_and(|h| self.in_lead_in(h, start)) && self.violated(start) {
            self.lead_ins.push((here, article));
        }
    }

    /// The article a `第N项` with no article before it, in article `here` at byte `p`, is of:
    /// `here`, unless `here`'s lead-in (its text before its first item) names the provision
    /// violated and the item stands inside one of `here`'s items (then the article named
    /// there; `None` when that is another document's or there are several) or `here` has no
    /// such item while the one article named there has it (`第九十五条 违反本条例第六十六条第二项规定，…`
    /// ⏎ `违反第四项规定，…`).
    fn bare_item_article(&mut self, here: usize, p: usize, chain: &Chain) -> Option<usize> {
        // The lead-in comes before the items: its provisions are the last ones recorded.
        let named = self.lead_ins.last().is_some_and(|(h, _)| *h == Some(here));
        if !named {
            return Some(here);
        }
        if chain.top == Some(Level::Item) && self.in_items(here, p) {
            return self.lead_in_article(here);
        }
        if self.lacks_item(here, chain) {
            let other = self.lead_in_article(here);
            if let Some(a) = other.filter(|&a| chain.item.is_some_and(|i| self.articles.has_item(a, i))) {
                return Some(a);
            }
        }
        Some(here)
    }

    /// The one article of this document that article `here`'s lead-in names as violated:
    /// `None` when it names another document's or several.
    fn lead_in_article(&self, here: usize) -> Option<usize> {
        let mut named = self.lead_ins.iter().rev().take_while(|(h, _)| *h == Some(here)).map(|&(_, a)| a);
        let first = named.next().flatten()?;
        named.all(|a| a == Some(first)).then_some(first)
    }

    /// True when `chain` is a bare item (`第四项`) that article `a` does not have.
    fn lacks_item(&mut self, a: usize, chain: &Chain) -> bool {
        chain.top == Some(Level::Item) && chain.item.is_some_and(|i| !self.articles.has_item(a, i))
    }

    /// True when byte `p` stands in item `n` itself: in its unit and in the paragraph its marker
    /// is in (the last item's unit also holds the paragraphs after the items).
    fn stands_in(&mut self, n: NodeId, p: usize) -> bool {
        let Some(item) = self.nodes.get(n.index()) else { return false };
        let (at, end, parent) = (item.marker.start as usize, item.span.end as usize, item.parent);
        let Some(a) = parent.map(|q| q.index()) else { return false };
        at <= p && p < end && self.articles.paragraph_at(a, p) == self.articles.paragraph_at(a, at)
    }

    /// True when the provision starting at byte `start` is the one a penalty clause says was
    /// violated (`违反本条例第一条规定的`, [`VIOLATED`]).
    fn violated(&self, start: usize) -> bool {
        self.text.get(..start).is_some_and(|t| t.ends_with(VIOLATED))
    }

    /// True when byte `p` stands among article `a`'s items (not in a paragraph after them).
    fn in_items(&mut self, a: usize, p: usize) -> bool {
        let first = self.nodes.get(a).and_then(|n| n.first_child).and_then(|c| self.nodes.get(c.index()));
        let Some(at) = first.map(|c| c.marker.start as usize) else { return false };
        at <= p && self.articles.paragraph_at(a, p) == self.articles.paragraph_at(a, at)
    }

    /// True when byte `p` stands in article `a`'s lead-in: before its first child unit.
    fn in_lead_in(&self, a: usize, p: usize) -> bool {
        let first = self.nodes.get(a).and_then(|n| n.first_child).and_then(|c| self.nodes.get(c.index()));
        first.is_none_or(|c| p < c.marker.start as usize)
    }

    /// The node a provision of this document resolves to: its item (none when the article has
    /// no such item), else its article.
    fn node_of(&mut self, article: Option<usize>, provision: &Provision) -> Option<NodeId> {
        let a = article?;
        match provision.item {
            // The article's one item of that number where the paragraph holds none (a line that
            // goes on with an item counts as a paragraph of its own).
            Some(i) => self.articles.item(a, provision.paragraph, i).or_else(|| self.articles.only_item(a, i)),
            None => self.nodes.get(a).map(|n| n.id),
        }
    }

    /// A relative reference (`前款`, `本条` …) of `word` at byte `p`.
    fn relative(&mut self, p: usize, word: &str, rel: Relative) {
        let after = self.text.get(p + word.len()..).unwrap_or("");
        // 本条例, 基本条件, 本条约; 本条前款 is read at its 前款.
        if after.starts_with(['例', '件', '约', '款'])
            || (rel == Relative::ThisArticle && (after.starts_with("前款") || after.starts_with("本款")))
        {
            return;
        }
        if !self.articles.any() {
            return;
        }
        let Some(here) = self.articles.containing(p) else { return };
        let paragraph_here = self.articles.paragraph_at(here, p);
        let (article, paragraph, level) = match rel {
            Relative::PreviousParagraph => {
                (Some(here), paragraph_here.and_then(|k| k.checked_sub(1)).filter(|&k| k > 0), Level::Paragraph)
            }
            Relative::ThisParagraph => (Some(here), paragraph_here, Level::Paragraph),
            Relative::ThisArticle => (Some(here), None, Level::Article),
            Relative::PreviousArticle => (self.articles.previous(here), None, Level::Article),
        };
        let chain = provision::chain(after, Some(level)).unwrap_or_default();
        let mut provision = Provision {
            article: article.and_then(|a| self.articles.ordinal(a)),
            sub: None,
            paragraph: chain.paragraph.or(paragraph),
            item: chain.item,
        };
        let whole = match level {
            Level::Paragraph => paragraph.is_some(),
            _ => article.is_some(),
        };
        let node = if whole { self.node_of(article, &provision) } else { None };
        if !whole {
            provision.paragraph = chain.paragraph;
        }
        let end = p + word.len() + chain.len;
        self.push(p, end, Target::Internal(provision), node, article);
    }

    /// Whose `本法第X条` starting at byte `start` (the chain at byte `p`) is: this document's,
    /// unless the document has no articles and its title does not end with the type word
    /// after `本` (an opinion on a law quoting it: `未依照本法第二十四条的规定重新报批`, the law's
    /// words).
    fn this_named(&self, start: usize, p: usize) -> Whose {
        let word = crate::title::without_bracketed_tail(self.text.get(start + '本'.len_utf8()..p).unwrap_or(""));
        match (&self.this, self.title) {
            (Whose::This, Some(title)) if !self.articles.any() && !word.is_empty() && !title.ends_with(word) => {
                Whose::Other(None)
            }
            _ => self.this.clone(),
        }
    }

    /// True when the last citation's `》` ends right before byte `p` (white space aside), or
    /// a bracketed note stands between them (`《建设项目环境保护管理条例》（自1998年11月29日起施行）
    /// 第二十八条`).
    fn right_after_citation(&self, p: usize) -> bool {
        let blank = |from: usize, to: usize| self.text.get(from..to).is_some_and(|gap| gap.trim().is_empty());
        self.cited.as_ref().is_some_and(|c| {
            c.0 <= p && (blank(c.0, p) || scope::note_before(self.text, p, c.0).is_some_and(|open| blank(c.0, open)))
        })
    }

    /// True when only padding (spaces, tabs, ideographic spaces) stands between the line's
    /// start and byte `p`.
    fn at_line_start(&self, p: usize) -> bool {
        let bytes = self.text.as_bytes();
        let mut k = p;
        loop {
            match bytes.get(..k) {
                Some([.., b' ' | b'\t']) => k -= 1,
                Some([.., 0xE3, 0x80, 0x80]) => k -= 3,
                Some([.., b'\n' | b'\r']) | Some([]) | None => return true,
                Some(_) => return false,
            }
        }
    }

    /// Pushes the reference `start..end` to `target` (resolved to `node`; `article` the article
    /// node it names) and remembers it for a list that goes on after it.
    fn push(&mut self, start: usize, end: usize, target: Target, node: Option<NodeId>, article: Option<usize>) {
        let last = match &target {
            Target::Internal(p) => Some((Whose::This, *p)),
            Target::External { law, provision } => Some((Whose::Other(law.clone()), *provision)),
            Target::Document { .. } => None,
        };
        self.out.push(Reference::new(Span::from_usize(start, end), target, node));
        self.floor = end;
        self.prev = last.map(|(whose, provision)| Prev { end, whose, provision, article });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_relative_word_ends_have_lead_byte_e6() {
        // `find` passes a mark whose lead byte is E6 in a document without articles: it must be
        // the `款` or `条` that ends a relative word, never a `第` or a `《`.
        for c in crate::lexicon::chars::REFERENCE_CJK.chars() {
            let lead = c.encode_utf8(&mut [0; 4]).as_bytes().first().copied();
            let ends_relative = RELATIVE.iter().any(|(w, _)| w.ends_with(c));
            assert_eq!(lead == Some(0xE6), ends_relative, "{c}");
        }
    }

    #[test]
    fn aliases_are_found_by_length_and_end() {
        let mut aliases = Aliases::default();
        aliases.insert("条例".to_owned(), "某某条例".to_owned());
        aliases.insert("行政诉讼法".to_owned(), "中华人民共和国行政诉讼法".to_owned());
        assert_eq!(
            aliases.ending("依照行政诉讼法"),
            Some(("行政诉讼法".len(), "中华人民共和国行政诉讼法")),
            "a long name"
        );
        assert_eq!(aliases.ending("依照条例"), Some(("条例".len(), "某某条例")), "a short name");
        assert_eq!(aliases.ending("依照诉讼法"), None, "no name of that length ends it");
    }
}
