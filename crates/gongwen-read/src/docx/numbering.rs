//! Word's automatic numbering: the definitions of `word/numbering.xml` and
//! `word/styles.xml`, and the counters that turn a numbered paragraph into the label Word
//! displays.
//!
//! * `w:abstractNum` holds up to nine levels (`w:lvl`): start value, number format
//!   ([`NumFmt`]), level text (`%1、`, `（%2）`, `%1.%2`), restart rule (`w:lvlRestart`),
//!   legal numbering (`w:isLgl`), the suffix after the label (tab, space or nothing) and
//!   the paragraph style a level is linked to (`w:pStyle`). `w:numStyleLink` points to a
//!   numbering style whose own `w:numId` holds the definition.
//! * `w:num` is a list instance: an `w:abstractNumId`, with `w:lvlOverride`s (a
//!   `w:startOverride`, or a whole replacement level).
//! * A paragraph is numbered by its own `w:numPr` (`w:numId`, `w:ilvl`) or by its
//!   paragraph style's, following `w:basedOn`; `w:numId` 0 removes numbering. A style with
//!   a `w:numId` but no `w:ilvl` takes the level linked to that style.
//! * Counters are kept per abstract definition (list instances of one definition continue
//!   each other, as in Word); a `w:startOverride` restarts its level the first time its
//!   instance is used. Numbering a level restarts the deeper levels, unless their
//!   `w:lvlRestart` says otherwise (0: never; k: only when a level above k is numbered).
//!
//! Every indirection (`w:basedOn` chains, `w:numStyleLink` hops) is bounded, so a cycle
//! in a hostile file ends.

use super::numfmt::NumFmt;
use super::xml::{Ev, Ns, Part, attr, num_attr, on};
use crate::{ReadError, Warning};
use std::collections::{HashMap, HashSet};

/// Word has nine levels (`w:ilvl` 0–8).
pub(crate) const LEVELS: usize = 9;
/// Longest level text kept, in bytes (Word's dialog allows far less).
const MAX_LEVEL_TEXT: usize = 256;
/// Longest label written, in bytes: a level text of `%1%1…` cannot multiply the text.
const MAX_LABEL: usize = 256;
/// Longest `w:basedOn` chain followed.
const MAX_BASED_ON: usize = 32;
/// Most `w:numStyleLink` hops followed.
const MAX_LINKS: usize = 4;

/// What follows a label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Suffix {
    /// A tab (Word's default).
    #[default]
    Tab,
    /// A space.
    Space,
    /// Nothing.
    Nothing,
}

/// One level of a definition.
#[derive(Debug, Clone, Default)]
pub(crate) struct Level {
    /// `w:start` (0 when absent, as the standard says).
    pub start: u32,
    /// `w:numFmt` (`None` until read: decimal).
    pub fmt: Option<NumFmt>,
    /// Whether `fmt` came from a custom format Word 2010 writes in `mc:Choice`.
    custom: bool,
    /// `w:lvlText`.
    pub text: Option<String>,
    /// `w:lvlRestart`.
    pub restart: Option<u32>,
    /// `w:isLgl`: every level shown as decimal.
    pub legal: bool,
    /// `w:suff`.
    pub suffix: Suffix,
    /// `w:pStyle`: the paragraph style linked to this level.
    pub style: Option<String>,
}

/// A `w:abstractNum`.
#[derive(Debug, Clone, Default)]
struct Abstract {
    /// Its levels.
    levels: [Option<Level>; LEVELS],
    /// `w:numStyleLink`.
    style_link: Option<String>,
}

/// A `w:num`.
#[derive(Debug, Clone, Default)]
struct Num {
    /// `w:abstractNumId`.
    abstract_id: Option<u32>,
    /// `w:startOverride` per level.
    start: [Option<u32>; LEVELS],
    /// Replacement levels (`w:lvlOverride/w:lvl`).
    levels: [Option<Level>; LEVELS],
}

/// What a paragraph style says about numbering.
#[derive(Debug, Clone, Default)]
struct Style {
    /// `w:basedOn`.
    based_on: Option<String>,
    /// `w:numPr/w:numId`.
    num_id: Option<u32>,
    /// `w:numPr/w:ilvl`.
    ilvl: Option<u32>,
}

/// The numbering definitions and styles of a document.
#[derive(Debug, Default)]
pub(crate) struct Definitions {
    /// `w:abstractNum` by id.
    abstracts: HashMap<u32, Abstract>,
    /// `w:num` by id.
    nums: HashMap<u32, Num>,
    /// Paragraph and numbering styles by id.
    styles: HashMap<String, Style>,
    /// The default paragraph style.
    default_style: Option<String>,
}

/// A paragraph's numbering properties as written (`w:pPr/w:numPr`, `w:pStyle`).
#[derive(Debug, Clone, Default)]
pub(crate) struct NumPr {
    /// `w:numId`.
    pub num_id: Option<u32>,
    /// `w:ilvl`.
    pub ilvl: Option<u32>,
    /// `w:pStyle`.
    pub style: Option<String>,
}

/// Where the reader is inside `numbering.xml`.
#[derive(Default)]
struct NumberingReader {
    /// The definitions read so far.
    defs: Definitions,
    /// The `w:abstractNum` being read.
    abs: Option<(u32, Abstract)>,
    /// The `w:num` being read.
    num: Option<(u32, Num)>,
    /// The `w:lvlOverride` being read (its level).
    override_level: Option<usize>,
    /// The `w:lvl` being read.
    lvl: Option<(usize, Level)>,
}

impl Definitions {
    /// Reads `numbering.xml` and `styles.xml` (either may be absent).
    pub fn read(numbering: Option<&str>, styles: Option<&str>) -> Result<(Self, usize), ReadError> {
        let mut r = NumberingReader::default();
        let mut unknown = 0;
        if let Some(text) = numbering {
            let mut part = Part::new("word/numbering.xml", text);
            loop {
                match part.next()? {
                    Ev::Start { ns: Ns::W, local, tag, empty } => r.start(&local, &tag, empty),
                    Ev::End { ns: Ns::W, local } => r.end(&local),
                    Ev::Eof => break,
                    _ => {}
                }
            }
            unknown += part.unknown_entities;
        }
        if let Some(text) = styles {
            unknown += r.defs.read_styles(text)?;
        }
        Ok((r.defs, unknown))
    }

    /// Reads the paragraph and numbering styles.
    fn read_styles(&mut self, text: &str) -> Result<usize, ReadError> {
        let mut part = Part::new("word/styles.xml", text);
        let mut current: Option<(String, Style)> = None;
        // Skip what a style's `w:pPr` is not (`w:pPrChange` holds old properties).
        let mut skip = 0usize;
        loop {
            match part.next()? {
                Ev::Start { ns: Ns::W, local, tag, empty } => {
                    if skip > 0 || local == b"pPrChange" {
                        skip += usize::from(!empty);
                        continue;
                    }
                    match (local.as_slice(), current.as_mut()) {
                        (b"style", _) => {
                            let kind = attr(&tag, b"type");
                            let id = attr(&tag, b"styleId").unwrap_or_default();
                            if kind.as_deref() == Some("paragraph") && attr(&tag, b"default").is_some_and(|d| d == "1")
                            {
                                self.default_style = Some(id.clone());
                            }
                            current = matches!(kind.as_deref(), Some("paragraph" | "numbering") | None)
                                .then(|| (id, Style::default()));
                        }
                        (b"basedOn", Some((_, s))) => s.based_on = attr(&tag, b"val"),
                        (b"numId", Some((_, s))) => s.num_id = num_attr(&tag, b"val"),
                        (b"ilvl", Some((_, s))) => s.ilvl = num_attr(&tag, b"val"),
                        _ => {}
                    }
                }
                Ev::End { ns: Ns::W, local } => {
                    if skip > 0 {
                        skip -= 1;
                    } else if local == b"style"
                        && let Some((id, style)) = current.take()
                    {
                        self.styles.entry(id).or_insert(style);
                    }
                }
                Ev::Eof => break,
                _ => {}
            }
        }
        Ok(part.unknown_entities)
    }

    /// The list instance and level a paragraph is numbered with, or `None`.
    pub fn resolve(&self, p: &NumPr) -> Option<(u32, usize)> {
        let (mut num_id, mut ilvl) = (p.num_id, p.ilvl);
        let para_style = p.style.as_ref().or(self.default_style.as_ref());
        let mut style = para_style;
        for _ in 0..MAX_BASED_ON {
            let Some(s) = style.and_then(|id| self.styles.get(id)) else { break };
            num_id = num_id.or(s.num_id);
            if num_id.is_some() && num_id == s.num_id {
                ilvl = ilvl.or(s.ilvl);
            }
            style = s.based_on.as_ref();
        }
        let num_id = num_id.filter(|n| *n != 0)?;
        let ilvl = match ilvl {
            Some(l) => l as usize,
            None => self.linked_level(num_id, para_style).unwrap_or(0),
        };
        (ilvl < LEVELS).then_some((num_id, ilvl))
    }

    /// The level of a list linked to paragraph style `style` (`w:lvl/w:pStyle`).
    fn linked_level(&self, num_id: u32, style: Option<&String>) -> Option<usize> {
        let style = style?;
        let (_, abs) = self.abstract_of(num_id)?;
        abs.levels.iter().position(|l| l.as_ref().and_then(|l| l.style.as_ref()) == Some(style))
    }

    /// The abstract definition behind list instance `num_id`, following
    /// `w:numStyleLink` (bounded).
    fn abstract_of(&self, num_id: u32) -> Option<(u32, &Abstract)> {
        let mut id = self.nums.get(&num_id)?.abstract_id?;
        for _ in 0..MAX_LINKS {
            let abs = self.abstracts.get(&id)?;
            let Some(link) = abs.style_link.as_ref() else { return Some((id, abs)) };
            let linked = self.styles.get(link)?.num_id?;
            id = self.nums.get(&linked)?.abstract_id?;
        }
        None
    }

    /// Level `l` of list instance `num_id`: the instance's override, else the definition's.
    fn level(&self, num_id: u32, l: usize) -> Option<&Level> {
        let num = self.nums.get(&num_id)?;
        match num.levels.get(l).and_then(Option::as_ref) {
            Some(level) => Some(level),
            None => self.abstract_of(num_id)?.1.levels.get(l)?.as_ref(),
        }
    }
}

impl NumberingReader {
    /// An element opens in `numbering.xml`.
    fn start(&mut self, local: &[u8], tag: &quick_xml::events::BytesStart<'_>, empty: bool) {
        let val = || attr(tag, b"val");
        let nval = || num_attr(tag, b"val");
        if let Some((_, lvl)) = self.lvl.as_mut() {
            match local {
                b"start" => lvl.start = nval().unwrap_or(0),
                b"numFmt" => {
                    let v = val().unwrap_or_default();
                    if v == "custom" {
                        if let Some(f) = attr(tag, b"format").as_deref().and_then(NumFmt::from_custom) {
                            lvl.fmt = Some(f);
                            lvl.custom = true;
                        }
                    } else if !lvl.custom {
                        lvl.fmt = Some(NumFmt::from_val(&v));
                    }
                }
                b"lvlText" => lvl.text = val().map(|t| truncate(t, MAX_LEVEL_TEXT)),
                b"lvlRestart" => lvl.restart = nval(),
                b"isLgl" => lvl.legal = on(tag),
                b"suff" => {
                    lvl.suffix = match val().as_deref() {
                        Some("space") => Suffix::Space,
                        Some("nothing") => Suffix::Nothing,
                        _ => Suffix::Tab,
                    }
                }
                b"pStyle" => lvl.style = val(),
                _ => {}
            }
            return;
        }
        match local {
            b"abstractNum" if !empty => {
                self.abs = num_attr(tag, b"abstractNumId").map(|id| (id, Abstract::default()));
            }
            b"num" if !empty => self.num = num_attr(tag, b"numId").map(|id| (id, Num::default())),
            b"numStyleLink" => {
                if let Some((_, a)) = self.abs.as_mut() {
                    a.style_link = val();
                }
            }
            b"abstractNumId" => {
                if let Some((_, n)) = self.num.as_mut() {
                    n.abstract_id = nval();
                }
            }
            b"lvlOverride" => self.override_level = num_attr(tag, b"ilvl").map(|l| l as usize),
            b"startOverride" => {
                if let (Some((_, n)), Some(l)) = (self.num.as_mut(), self.override_level)
                    && let Some(slot) = n.start.get_mut(l)
                {
                    *slot = nval();
                }
            }
            b"lvl" if !empty => {
                let l = num_attr(tag, b"ilvl").unwrap_or(0) as usize;
                self.lvl = Some((l, Level::default()));
            }
            _ => {}
        }
    }

    /// An element closes in `numbering.xml`.
    fn end(&mut self, local: &[u8]) {
        match local {
            b"lvl" => {
                let Some((l, level)) = self.lvl.take() else { return };
                let slot = match (self.num.as_mut(), self.override_level, self.abs.as_mut()) {
                    (Some((_, n)), Some(_), _) => n.levels.get_mut(l),
                    (_, _, Some((_, a))) => a.levels.get_mut(l),
                    _ => None,
                };
                if let Some(slot) = slot {
                    *slot = Some(level);
                }
            }
            b"lvlOverride" => self.override_level = None,
            b"abstractNum" => {
                if let Some((id, a)) = self.abs.take() {
                    self.defs.abstracts.entry(id).or_insert(a);
                }
            }
            b"num" => {
                if let Some((id, n)) = self.num.take() {
                    self.defs.nums.entry(id).or_insert(n);
                }
            }
            _ => {}
        }
    }
}

/// At most `max` bytes of `s`, cut at a character boundary.
fn truncate(mut s: String, max: usize) -> String {
    if s.len() > max {
        let mut cut = max;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
    }
    s
}

/// The counters of a document being read, and the labels they give.
#[derive(Debug, Default)]
pub(crate) struct Counters {
    /// Current value of each level, per abstract definition (`None`: not started).
    values: HashMap<u32, [Option<u32>; LEVELS]>,
    /// List instance levels whose `w:startOverride` has been applied.
    overridden: HashSet<(u32, usize)>,
    /// Formats shown as decimal (reported once each).
    pub unknown_formats: Vec<String>,
}

impl Counters {
    /// Advances the counter of `(num_id, ilvl)` and returns the label Word shows (level
    /// text with every `%k` replaced, then the suffix), or `None` for a bullet, an unknown
    /// list or a level without text.
    pub fn label(&mut self, defs: &Definitions, num_id: u32, ilvl: usize) -> Option<String> {
        let (abs_id, _) = defs.abstract_of(num_id)?;
        let level = defs.level(num_id, ilvl)?;
        let values = self.values.entry(abs_id).or_default();
        let start_override = defs.nums.get(&num_id).and_then(|n| n.start.get(ilvl).copied().flatten());
        let value = match (start_override, values.get(ilvl).copied().flatten()) {
            (Some(s), _) if self.overridden.insert((num_id, ilvl)) => s,
            (_, Some(v)) => v.saturating_add(1),
            (_, None) => level.start,
        };
        if let Some(slot) = values.get_mut(ilvl) {
            *slot = Some(value);
        }
        for deeper in ilvl + 1..LEVELS {
            let restart = defs.level(num_id, deeper).and_then(|l| l.restart).filter(|r| *r as usize <= deeper);
            let resets = match restart {
                Some(0) => false,
                Some(r) => ilvl < r as usize,
                None => true,
            };
            if resets && let Some(slot) = values.get_mut(deeper) {
                *slot = None;
            }
        }
        let fmt = level.fmt.clone().unwrap_or(NumFmt::Decimal);
        if fmt == NumFmt::Bullet {
            return None;
        }
        let values = *values;
        let mut out = String::new();
        let mut chars = level.text.as_deref()?.chars().peekable();
        while let Some(c) = chars.next() {
            let k = match (c, chars.peek().and_then(|d| d.to_digit(10))) {
                ('%', Some(k @ 1..=9)) => k as usize - 1,
                _ => {
                    out.push(c);
                    continue;
                }
            };
            chars.next();
            let shown = defs.level(num_id, k);
            let n = values.get(k).copied().flatten().unwrap_or_else(|| shown.map_or(0, |l| l.start));
            let f = if level.legal && k != ilvl {
                NumFmt::Decimal
            } else {
                shown.and_then(|l| l.fmt.clone()).unwrap_or(NumFmt::Decimal)
            };
            if let NumFmt::Other(name) = &f
                && !self.unknown_formats.contains(name)
            {
                self.unknown_formats.push(name.clone());
            }
            f.render(n, &mut out);
            if out.len() > MAX_LABEL {
                out = truncate(out, MAX_LABEL);
                break;
            }
        }
        if out.trim().is_empty() {
            return None;
        }
        out.push_str(match level.suffix {
            Suffix::Tab => "\t",
            Suffix::Space => " ",
            Suffix::Nothing => "",
        });
        Some(out)
    }

    /// The warnings for formats shown as decimal.
    pub fn warnings(&self) -> impl Iterator<Item = Warning> + '_ {
        self.unknown_formats.iter().map(|f| Warning::NumberFormat { format: f.clone() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    fn lvl(ilvl: u32, fmt: &str, text: &str, extra: &str) -> String {
        format!(
            r#"<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>{extra}</w:lvl>"#
        )
    }

    /// A numbering part: abstract 0 with the 公文 levels, nums 1 and 2 on it (2 restarts
    /// level 0 at 1), abstract 5 multi-level decimal.
    fn gongwen_numbering() -> String {
        let levels = [
            lvl(0, "chineseCounting", "%1、", r#"<w:suff w:val="nothing"/>"#),
            lvl(1, "chineseCounting", "（%2）", r#"<w:suff w:val="nothing"/>"#),
            lvl(2, "decimal", "%3.", ""),
            lvl(3, "decimal", "（%4）", r#"<w:lvlRestart w:val="1"/>"#),
        ]
        .concat();
        let multi = [lvl(0, "decimal", "%1", ""), lvl(1, "decimal", "%1.%2", r#"<w:suff w:val="space"/>"#)].concat();
        format!(
            r#"<w:numbering {W}><w:abstractNum w:abstractNumId="0">{levels}</w:abstractNum>
               <w:abstractNum w:abstractNumId="5">{multi}</w:abstractNum>
               <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
               <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
               <w:num w:numId="3"><w:abstractNumId w:val="5"/></w:num></w:numbering>"#
        )
    }

    fn labels(defs: &Definitions, seq: &[(u32, usize)]) -> Vec<String> {
        let mut c = Counters::default();
        seq.iter().map(|(n, l)| c.label(defs, *n, *l).unwrap_or_default()).collect()
    }

    #[test]
    fn counters_advance_and_deeper_levels_restart() {
        let (defs, _) = Definitions::read(Some(&gongwen_numbering()), None).unwrap();
        let got = labels(&defs, &[(1, 0), (1, 1), (1, 1), (1, 2), (1, 0), (1, 1), (1, 2), (1, 3), (1, 2), (1, 3)]);
        assert_eq!(got, ["一、", "（一）", "（二）", "1.\t", "二、", "（一）", "1.\t", "（1）\t", "2.\t", "（2）\t"]);
    }

    #[test]
    fn lvl_restart_keeps_a_level_counting_across_a_middle_level() {
        // Level 3 restarts only when level 0 is numbered (w:lvlRestart 1), not on level 2.
        let (defs, _) = Definitions::read(Some(&gongwen_numbering()), None).unwrap();
        let got = labels(&defs, &[(1, 0), (1, 3), (1, 2), (1, 3), (1, 0), (1, 3)]);
        assert_eq!(got, ["一、", "（1）\t", "1.\t", "（2）\t", "二、", "（1）\t"]);
    }

    #[test]
    fn instances_of_one_definition_continue_and_start_overrides_restart() {
        let (defs, _) = Definitions::read(Some(&gongwen_numbering()), None).unwrap();
        let got = labels(&defs, &[(1, 0), (1, 0), (2, 0), (2, 0), (1, 0)]);
        assert_eq!(got, ["一、", "二、", "一、", "二、", "三、"]);
    }

    #[test]
    fn multi_level_text_uses_each_levels_counter() {
        let (defs, _) = Definitions::read(Some(&gongwen_numbering()), None).unwrap();
        let got = labels(&defs, &[(3, 0), (3, 1), (3, 1), (3, 0), (3, 1)]);
        assert_eq!(got, ["1\t", "1.1 ", "1.2 ", "2\t", "2.1 "]);
    }

    #[test]
    fn styles_carry_numbering_through_based_on_and_linked_levels() {
        let numbering = format!(
            r#"<w:numbering {W}><w:abstractNum w:abstractNumId="7">
                 {}{}</w:abstractNum><w:num w:numId="9"><w:abstractNumId w:val="7"/></w:num></w:numbering>"#,
            lvl(0, "chineseCounting", "第%1章", r#"<w:pStyle w:val="Heading1"/><w:suff w:val="space"/>"#),
            lvl(1, "chineseCounting", "第%2条", r#"<w:pStyle w:val="Article"/><w:suff w:val="space"/>"#),
        );
        let styles = format!(
            r#"<w:styles {W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"/>
               <w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>
               <w:style w:type="paragraph" w:styleId="Article"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="9"/></w:numPr>
                 <w:pPrChange><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:pPrChange></w:pPr></w:style>
               <w:style w:type="paragraph" w:styleId="ArticleX"><w:basedOn w:val="Article"/></w:style>
               <w:style w:type="paragraph" w:styleId="Loop1"><w:basedOn w:val="Loop2"/></w:style>
               <w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop1"/></w:style></w:styles>"#
        );
        let (defs, _) = Definitions::read(Some(&numbering), Some(&styles)).unwrap();
        let p = |style: &str| NumPr { style: Some(style.to_owned()), ..NumPr::default() };
        assert_eq!(defs.resolve(&p("Heading1")), Some((9, 0)));
        assert_eq!(defs.resolve(&p("Article")), Some((9, 1)));
        assert_eq!(defs.resolve(&p("ArticleX")), Some((9, 1)));
        assert_eq!(defs.resolve(&p("Loop1")), None);
        assert_eq!(defs.resolve(&NumPr::default()), None);
        // Direct numId 0 removes the style's numbering.
        assert_eq!(defs.resolve(&NumPr { num_id: Some(0), ..p("Heading1") }), None);
        let mut c = Counters::default();
        let got: Vec<_> =
            [(9, 0), (9, 1), (9, 1), (9, 0), (9, 1)].iter().map(|(n, l)| c.label(&defs, *n, *l).unwrap()).collect();
        assert_eq!(got, ["第一章 ", "第一条 ", "第二条 ", "第二章 ", "第一条 "]);
    }

    #[test]
    fn num_style_links_legal_numbering_bullets_and_custom_formats() {
        let numbering = format!(
            r#"<w:numbering {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
               <w:abstractNum w:abstractNumId="1">{}{}</w:abstractNum>
               <w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="ListStyle"/></w:abstractNum>
               <w:abstractNum w:abstractNumId="3">{}<w:lvl w:ilvl="1"><w:start w:val="1"/>
                 <mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="01, 02, 03, ..."/></mc:Choice>
                 <mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%2"/></w:lvl></w:abstractNum>
               <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
               <w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
               <w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num></w:numbering>"#,
            lvl(0, "chineseCounting", "%1", ""),
            lvl(1, "decimal", "%1.%2", r#"<w:isLgl/><w:suff w:val="nothing"/>"#),
            lvl(0, "bullet", "\u{F06C}", ""),
        );
        let styles = format!(
            r#"<w:styles {W}><w:style w:type="numbering" w:styleId="ListStyle"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>"#
        );
        let (defs, _) = Definitions::read(Some(&numbering), Some(&styles)).unwrap();
        let got = labels(&defs, &[(2, 0), (2, 1), (3, 0), (3, 1), (3, 1)]);
        assert_eq!(got, ["一\t", "1.1", "", "01\t", "02\t"]);
    }
}
