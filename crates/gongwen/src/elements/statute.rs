//! The dates of a statute or judicial text: when it was adopted, approved, amended, revised,
//! promulgated, and when it takes effect.
//!
//! They are printed in a head note before the first article — bracketed under the title
//! (`（2021年10月23日第十三届全国人民代表大会常务委员会第三十一次会议通过）`), one a line
//! (`2022年5月1日 施行`), or in a sentence (`经2002年6月4日由…会议通过。现予公布，自2002年10月1日起施行。`):
//! each date there is followed, before the next date, by the word that says what happened
//! (`lexicon::elements::STATUTE_EVENTS`), outside any `《…》` title. Where the head note gives
//! no effective date, the last article's `自…起施行` does. In a document with a 主送 line (a
//! judicial reply, a notice) only the lines above it are a head note, and no article closes it:
//! the dates in a notice's body (`…已经2023年12月19日校长办公会审议通过，现印发给你们`) are of the
//! document it encloses.

use super::Page;
use super::date::date_at;
use crate::elements::glued_title::{short_bracket, type_word_ends};
use crate::elements::number::doc_number_at;
use crate::elements::run_on::order_title;
use crate::lexicon::elements::STATUTE_EVENTS;
use crate::model::{Date, Element, ElementKind, ElementValue, Style};
use crate::numeral::{arabic_digit, cn_digit};
use crate::text::Span;

/// How many non-blank lines before the first outline unit a head note may be on.
const MAX_NOTE_LINES: usize = 16;

/// How far after its date the event word may stand, in bytes (about 100 characters:
/// `根据2018年8月31日第十三届全国人民代表大会常务委员会第五次会议《关于修改〈…〉的决定》第七次修正`).
const MAX_EVENT_GAP: usize = 320;

/// The longest head-note line, in bytes (seven amendments fill 1,200 characters: dev d04).
const MAX_NOTE_LEN: usize = 8 * 1024;

/// How much of the last article is read for its `自…起施行`, in bytes.
const MAX_CLOSING_LEN: usize = 600;

/// Reads the statute dates into `out`; `recipients` is the 主送 line, if any.
pub(super) fn read(page: &Page<'_>, recipients: Option<usize>, out: &mut Vec<Element>) {
    let mut first_node = page.nodes.first().map_or(page.text.len(), |n| n.marker.start as usize);
    if let Some(r) = recipients {
        first_node = first_node.min(page.content(r).0);
    }
    let before = out.len();
    let mut seen = 0usize;
    let mut read_to = 0usize;
    for i in 0..page.lines.len() {
        let (s, e) = page.content(i);
        if s >= first_node || seen >= MAX_NOTE_LINES {
            break;
        }
        if s == e || i < read_to {
            continue;
        }
        seen += 1;
        let t = page.text.get(s..e).unwrap_or("");
        let type_words = type_word_ends(t);
        if let Some((k, note)) = glued_note(t, &type_words) {
            // The head note in brackets right after the title on its line (a text whose line
            // breaks were lost: `…家庭教育促进法（2021年10月23日…会议通过）目录…`).
            events(note, &|a, b| Span::from_usize(s + k + a, s + k + b), out);
        } else if let Some(k) = recipients.is_none().then(|| dated_after_title(t, &type_words)).flatten() {
            // Its lines run together after the title (`…条例2018年8月28日 …会议通过2018年9月21日 …批准第一章…`):
            // the note runs to the first outline unit, its first chapter or article, or a `。`.
            let rest = t.get(k..).unwrap_or("");
            let opening = STATUTE_OPENINGS.iter().chain(["。"].iter()).filter_map(|w| rest.find(w)).min();
            let end =
                first_node.saturating_sub(s).min(k + opening.unwrap_or(rest.len())).min(k + MAX_NOTE_LEN).min(t.len());
            let note = t.get(k..end).or_else(|| t.get(k..)).unwrap_or("");
            note_events(note, &|a, b| Span::from_usize(s + k + a, s + k + b), true, out);
        } else if opens_note(t) && !continues_clause(page, i, t) {
            let (note, next) = wrapped_note(page, i, first_node);
            read_to = next;
            match note.as_slice() {
                [_] => events(t, &|a, b| Span::from_usize(s + a, s + b), out),
                _ => joined_events(page.text, &note, out),
            }
        }
    }
    let has_effective = out.get(before..).is_some_and(|new| new.iter().any(|e| e.kind == ElementKind::Effective));
    // A 主送 read in a text whose line breaks were lost counts as well.
    let addressed = recipients.is_some() || out.iter().any(|e| e.kind == ElementKind::Recipients);
    if !has_effective && !addressed {
        closing_article(page, out);
    }
}

/// True when line `i` (`t`) opens with `自` and goes on from a clause the line above left open
/// with a comma (a hard wrap: `…第二十四次会议通过，` / `自2001年12月1日起施行。为了…`, the date of the
/// decision a sentence of the body names): no head note of its own.
fn continues_clause(page: &Page<'_>, i: usize, t: &str) -> bool {
    t.starts_with('自') && page.prev_filled(i).is_some_and(|j| page.line_text(j).trim_end().ends_with(['，', ',']))
}

/// The most lines a hard wrap may break one head-note line into.
const MAX_WRAPPED_NOTE_LINES: usize = 8;

/// The head-note line `i` with the lines a hard wrap broke it onto (a PDF copy at 28 characters:
/// `2018年8月28日 临沂市第十九届人民代表大会常务委员会第十四` / `次会议通过`), their contents `(start, end)`,
/// and the index of the line after the last: the lines below it, while the note does not end with
/// an event word or a bracket or sentence end (outside an open `《` or `（`, and not before words
/// that go on from it: `的《…》`), that open no note of their own and stand before `first_node`.
/// Blank lines between are passed (a copy that set each wrapped line as a paragraph:
/// `2020年11月9日 最高人民法院审判委员会` / blank / `第1815次会议通过，自2021年1月1日起施行）`), except
/// after a date with nothing after it (a date line above the body is no note cut short).
fn wrapped_note(page: &Page<'_>, i: usize, first_node: usize) -> (Vec<(usize, usize)>, usize) {
    let mut lines = vec![page.content(i)];
    let mut next = i + 1;
    while lines.len() < MAX_WRAPPED_NOTE_LINES {
        let t = page.text.get(lines.first().map_or(0, |l| l.0)..lines.last().map_or(0, |l| l.1)).unwrap_or("");
        let ended = STATUTE_EVENTS.iter().any(|(w, _)| t.ends_with(w)) || t.ends_with(['）', ')', '。']);
        // An event word inside a title the wrap cut (`…会议《关于修改` / `〈…〉的决定》第一次修正`) ends nothing.
        let open = |o: char, c: char| t.matches(o).count() > t.matches(c).count();
        let last = lines.last().and_then(|&(s, e)| page.text.get(s..e)).unwrap_or("");
        let date_alone = date_at(last).is_some_and(|(_, len)| len == last.len());
        let Some(j) = page.next_filled(next).filter(|&j| j == next || !date_alone) else { break };
        let (ns, ne) = page.content(j);
        let line = page.text.get(ns..ne).unwrap_or("");
        // Nor does one that the next line's words go on from (`…会议批准` / `的《…决定》修正`, `…公告公布` /
        // `施行根据…`: a run of event words the wrap cut), unless a blank line parts them (`…会议通过` /
        // blank / `《…决定》…自2001年12月1日起施行。`: the preamble).
        let goes_on = j == next
            && (line.starts_with(['的', '《', '〈']) || STATUTE_EVENTS.iter().any(|(w, _)| line.starts_with(w)));
        if ended && !open('《', '》') && !open('（', '）') && !goes_on {
            break;
        }
        if ns >= first_node || opens_note(line) {
            break;
        }
        lines.push((ns, ne));
        next = j + 1;
    }
    (lines, next)
}

/// The events of a head note that a hard wrap broke over `lines` (contents of the text), read
/// from the lines joined without the breaks (a word or a number the wrap cut, `…通过修` / `订`,
/// `…通过202` / `1年7月30日…批准`, is whole again); each span is mapped back into the text.
fn joined_events(text: &str, lines: &[(usize, usize)], out: &mut Vec<Element>) {
    let mut joined = String::new();
    // Where each line starts in `joined` and in the text.
    let mut starts: Vec<(usize, usize)> = Vec::with_capacity(lines.len());
    for &(s, e) in lines {
        starts.push((joined.len(), s));
        joined.push_str(text.get(s..e).unwrap_or(""));
    }
    let at = |x: usize| {
        let k = starts.partition_point(|&(j, _)| j <= x).saturating_sub(1);
        starts.get(k).map_or(x, |&(j, s)| s + (x - j))
    };
    // An end maps as the byte before it does, plus one: it stays on the line of its last byte.
    events(&joined, &|a, b| Span::from_usize(at(a), at(b.saturating_sub(1)) + 1), out);
}

/// The head note in brackets that a title runs into on its line (`…促进法（2021年10月23日…通过）`,
/// `…的解释法释〔2018〕1号（2017年11月13日…通过，…）`, an order's regulation: [`order_title`]): a `（` that opens no title's short bracket right after a type word, or after a
/// document number that follows one, a date within its first characters (`（该文件于2014年1月15日…`)
/// or `经` right inside it, and its `）` within [`MAX_GLUED_NOTE_CHARS`]. Where the bracket starts,
/// and the note with its brackets. `type_words` are the ends of the line's type words
/// ([`type_word_ends`]).
fn glued_note<'t>(t: &'t str, type_words: &[usize]) -> Option<(usize, &'t str)> {
    let k = type_words.iter().find_map(|&end| {
        let rest = t.get(end..)?;
        let number = doc_number_at(rest).map_or(0, |(_, len)| len);
        let bracket = rest.get(number..)?;
        // A title's short bracket (`…的解释（四）2012年…`) is no note.
        (bracket.starts_with('（') && short_bracket(bracket).is_none()).then_some(end + number)
    });
    // An order's regulation, printed after the order's sentence and signature, whose type word is
    // past the first clause mark (`…令第706号《专利代理条例》已经…公布，…2018年11月6日专利代理条例（1991年…发布…）`).
    let k = k.or_else(|| {
        order_title(t).map(|(_, end)| end).filter(|&end| t.get(end..).is_some_and(|r| r.starts_with('（')))
    })?;
    let inner = t.get(k + '（'.len_utf8()..)?;
    let dated = inner.char_indices().take(MAX_NOTE_LEAD_CHARS).any(|(j, _)| inner.get(j..).and_then(date_at).is_some());
    if !(dated || inner.starts_with('经')) {
        return None;
    }
    let close = inner.char_indices().take(MAX_GLUED_NOTE_CHARS).find(|&(_, c)| c == '）')?.0;
    Some((k, t.get(k..k + '（'.len_utf8() + close + '）'.len_utf8())?))
}

/// Where a head note starts right after a title's type word on line `t` (type words ending at
/// `type_words`; a head note whose line breaks were lost runs on from the title): a date, or `经`
/// and a date (a note in a sentence: `…的规定法释〔2002〕21号经2002年6月4日…通过。`), after the
/// title's short bracket (`…的解释（二）2010年1月18日…`) and a document number, if any.
fn dated_after_title(t: &str, type_words: &[usize]) -> Option<usize> {
    type_words.iter().find_map(|&end| {
        let k = end + t.get(end..).and_then(short_bracket).unwrap_or(0);
        let k = k + t.get(k..).and_then(doc_number_at).map_or(0, |(_, len)| len);
        let rest = t.get(k..)?;
        let k = k + rest.len() - rest.trim_start().len();
        let rest = t.get(k..)?;
        date_at(rest.strip_prefix('经').unwrap_or(rest)).map(|_| k)
    })
}

/// How far a head note that runs on from a title is read for its end, in characters.
const MAX_RUN_ON_NOTE_CHARS: usize = 400;

/// Where a head note that runs on from a title ends in `s`, the words right after the title or
/// its number, which open with its date (`2021年5月31日 …会议通过2021年6月3日 施行上海市高级人民法院：…`):
/// after the event word of its last date ([`run_on_event_word`]), where no `。` or `：` stands
/// before it, and a `）` closing it. A date without an event word is passed (a joint text adopted
/// by two bodies: `2018年1月25日 最高人民法院审判委员会第1732次会议2018年3月2日 …会议通过`). None
/// where `s` opens with no date.
pub(super) fn run_on_note_end(s: &str) -> Option<usize> {
    date_at(s.trim_start())?;
    let window = s.get(..s.char_indices().nth(MAX_RUN_ON_NOTE_CHARS).map_or(s.len(), |(i, _)| i))?;
    let found = dates(window);
    let mut end = None;
    for (n, &(_, date_end, _)) in found.iter().enumerate() {
        if window.get(..date_end).is_none_or(|h| h.contains(['。', '：'])) {
            break;
        }
        let limit = event_limit(window, date_end, found.get(n + 1).map(|next| next.0));
        let Some((_, word_end)) = window.get(date_end..limit).and_then(run_on_event_word) else { continue };
        let e = date_end + word_end;
        if window.get(..e).is_none_or(|h| h.contains(['。', '：'])) {
            break;
        }
        end = Some(e);
    }
    let rest = s.get(end?..)?;
    Some(s.len() - rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '）' | ')')).len())
}

/// The words that open a statute's text/// The words that open a statute's text (its first chapter or article), where a head note run
/// on from its title ends when no outline unit was found there (`…修正第一条 为彰显宪法权威…`).
const STATUTE_OPENINGS: [&str; 2] = ["第一章", "第一条"];

/// How far into a glued head note its first date may stand, in characters (`该文件于`).
const MAX_NOTE_LEAD_CHARS: usize = 8;

/// The longest head note in brackets glued to its title, in characters.
const MAX_GLUED_NOTE_CHARS: usize = 1200;

/// A head-note line opens with a bracket, a date, `经`, `根据` or `自`, and is not a whole
/// text without line breaks.
fn opens_note(t: &str) -> bool {
    t.len() <= MAX_NOTE_LEN && (t.starts_with(['（', '(', '经', '自']) || t.starts_with("根据") || date_at(t).is_some())
}

/// The dates in `t`: where each starts and ends, and the date. Each `年` is found (memchr), and
/// the year is read from the four characters before it (ASCII, full-width or Chinese digits,
/// white space between allowed).
fn dates(t: &str) -> Vec<(usize, usize, Date)> {
    let mut out = Vec::new();
    let mut from = 0usize;
    for (k, _) in t.match_indices('年') {
        if k < from {
            continue;
        }
        let before = t.get(from..k).unwrap_or("").trim_end();
        let year_end = from + before.len();
        // Four ASCII digits are 4 bytes; four full-width or Chinese digits 12.
        let found = [4usize, 12].into_iter().filter_map(|w| year_end.checked_sub(w)).find_map(|start| {
            if start < from || !t.is_char_boundary(start) {
                return None;
            }
            // A year starts a number: no digit right before it.
            let prev = t.get(..start).and_then(|h| h.chars().next_back());
            if prev.is_some_and(|p| arabic_digit(p).is_some() || cn_digit(p).is_some()) {
                return None;
            }
            let (d, len) = t.get(start..).and_then(date_at)?;
            // A date whose day a hard wrap cut off (`2022年10月2` / `5日`) is no date.
            let cut = d.day.is_none()
                && t.get(start + len..).is_some_and(|r| {
                    r.trim_start()
                        .starts_with(|c: char| c.is_ascii_digit() || arabic_digit(c).is_some() || cn_digit(c).is_some())
                });
            (!cut).then_some((start, start + len, d))
        });
        if let Some(date) = found {
            from = date.1;
            out.push(date);
        }
    }
    out
}

/// The events of one head-note line `t` (`span` maps a range of `t` into the text). A document is
/// adopted, approved, promulgated and takes effect once: a later `通过` or `批准` in the note
/// is of an amending decision (`2021年8月19日…会议通过` / `2021年9月29日…批准的《…决定》修正`,
/// bench: 嘉兴市养犬管理条例) and is left out; amendments and revisions may be many.
fn events(t: &str, span: &dyn Fn(usize, usize) -> Span, out: &mut Vec<Element>) {
    note_events(t, span, false, out);
}

/// [`events`]; with `run_on` the note's lines ran together (a note whose line breaks were lost),
/// so no clause end need follow an event word (`…会议通过浦东开发开放是…`, `…2010年2月4日 施行为依法惩治…`):
/// after the last date the first event word is taken ([`run_on_event_word`]), else the one a
/// clause end follows. After any other date (and any date without `run_on`), where no clause
/// end follows an event word, the first one is taken.
fn note_events(t: &str, span: &dyn Fn(usize, usize) -> Span, run_on: bool, out: &mut Vec<Element>) {
    let found = dates(t);
    for (n, &(start, end, date)) in found.iter().enumerate() {
        let limit = event_limit(t, end, found.get(n + 1).map(|next| next.0));
        let Some(segment) = t.get(end..limit) else { continue };
        // In a note whose lines ran together the last date's words run into the body's, whose
        // clause ends are no note's. Elsewhere an event word that runs into the next clause's words
        // is its date's (`…会议批准根据2019年…`, `…会议通过和1989年…`, a wrap after `根据`).
        let word = if run_on && n + 1 == found.len() {
            run_on_event_word(segment).or_else(|| event_word(segment))
        } else {
            event_word(segment).or_else(|| run_on_event_word(segment))
        };
        let Some((kind, word_end)) = word else { continue };
        match promulgated_in_force(segment, kind, word_end) {
            Some((promulgated, effective)) => {
                push_event(ElementKind::Promulgated, span(start, end + promulgated), date, out);
                push_event(ElementKind::Effective, span(start, end + effective), date, out);
            }
            None => push_event(kind, span(start, end + word_end), date, out),
        }
    }
}

/// Adds the event `kind` on `date` unless it happens once and is already in `out`.
fn push_event(kind: ElementKind, span: Span, date: Date, out: &mut Vec<Element>) {
    let once = !matches!(kind, ElementKind::Amended | ElementKind::Revised);
    if once && out.iter().any(|e| e.kind == kind) {
        return;
    }
    out.push(Element::new(kind, span, ElementValue::Date(date)));
}

/// Where a promulgation that takes effect on its day (`…公告公布施行`, `…令发布实施`) ends its two
/// words in `segment`: (the end of `公布`, the end of `施行`). The event word found there ends at
/// `word_end`: it is the effective one where the note's words end the clause, the promulgation
/// where they ran into the body's (a note whose line breaks were lost, `…公布施行第三条…`).
fn promulgated_in_force(segment: &str, kind: ElementKind, word_end: usize) -> Option<(usize, usize)> {
    let in_force = |w: &str| STATUTE_EVENTS.iter().any(|(e, k)| *k == ElementKind::Effective && *e == w);
    match kind {
        ElementKind::Promulgated => {
            let rest = segment.get(word_end..)?;
            let (word, _) = STATUTE_EVENTS.iter().find(|(w, _)| in_force(w) && rest.starts_with(w))?;
            Some((word_end, word_end + word.len()))
        }
        ElementKind::Effective => {
            let (word, _) = STATUTE_EVENTS
                .iter()
                .find(|(w, _)| in_force(w) && segment.get(..word_end).is_some_and(|h| h.ends_with(w)))?;
            let promulgated = word_end.checked_sub(word.len())?;
            let head = segment.get(..promulgated)?;
            (word_before(head) == Some(ElementKind::Promulgated)).then_some((promulgated, word_end))
        }
        _ => None,
    }
}

/// The first event word in `segment` outside `《…》` that ends a clause (the segment's end, white
/// space, a bracket or punctuation follow it): its kind and where it ends. The clause ends are
/// looked for, not the words: the ideographs between them are passed three bytes at a time.
fn event_word(segment: &str) -> Option<(ElementKind, usize)> {
    let bytes = segment.as_bytes();
    let mut depth = 0i32;
    let mut pos = 0usize;
    loop {
        // An ideograph (lead byte E4–E9) neither ends a clause nor opens a title.
        while matches!(bytes.get(pos), Some(0xE4..=0xE9)) {
            pos += 3;
        }
        let c = segment.get(pos..).and_then(|r| r.chars().next());
        let ends = c.is_none_or(ends_clause);
        if depth <= 0 && ends {
            if let Some(kind) = segment.get(..pos).and_then(word_before) {
                return Some((kind, pos));
            }
        }
        match c? {
            '《' | '<' | '〈' => depth += 1,
            '》' | '>' | '〉' => depth -= 1,
            _ => {}
        }
        pos += c.map_or(1, char::len_utf8);
    }
}

/// Where the words after a date that ends at `date_end` in `t` may hold its event: up to the
/// next date (`next`), at most [`MAX_EVENT_GAP`] bytes on, at a character boundary (an ideograph
/// the gap cut is left out; the date's event was lost where the gap did not fall between two).
fn event_limit(t: &str, date_end: usize, next: Option<usize>) -> usize {
    let mut limit = next.unwrap_or(t.len()).min(date_end + MAX_EVENT_GAP).min(t.len());
    while limit > date_end && !t.is_char_boundary(limit) {
        limit -= 1;
    }
    limit
}

/// The first event word in `segment` outside `《…》`, before any `，` `。` `；` (the body's first
/// sentence), where no clause end need follow it: its kind and where it ends. A run of event
/// words that words going on from it follow is passed (`…会议通过批准的《…决定》修正`); one that
/// ends a clause is read whole, as [`event_word`] reads it (`公告公布施行`, `通过修订`), one that
/// body words follow only to its first word (`…会议通过实施长江三角洲…`: adopted).
fn run_on_event_word(segment: &str) -> Option<(ElementKind, usize)> {
    let mut depth = 0i32;
    for (i, c) in segment.char_indices() {
        match c {
            '《' | '<' | '〈' => depth += 1,
            '》' | '>' | '〉' => depth -= 1,
            '，' | '。' | '；' | ',' | ';' if depth <= 0 => return None,
            _ => {}
        }
        let end = i + c.len_utf8();
        let head = segment.get(..end).unwrap_or("");
        if depth > 0 || !STATUTE_EVENTS.iter().any(|(w, _)| head.ends_with(w)) {
            continue;
        }
        let mut run_end = end;
        while let Some((w, _)) =
            STATUTE_EVENTS.iter().find(|(w, _)| segment.get(run_end..).is_some_and(|r| r.starts_with(w)))
        {
            run_end += w.len();
        }
        let rest = segment.get(run_end..).unwrap_or("");
        if rest.starts_with(['的', '《', '〈']) {
            continue;
        }
        let word_end = if rest.chars().next().is_none_or(ends_clause) { run_end } else { end };
        return segment.get(..word_end).and_then(word_before).map(|kind| (kind, word_end));
    }
    None
}

/// White space, a closing bracket or punctuation: what may follow an event word in a head note.
fn ends_clause(c: char) -> bool {
    c.is_whitespace() || matches!(c, '）' | ')' | '，' | '。' | '；' | '、' | ',' | ';' | '】')
}

/// The event word `head` ends with (`修订通过`: the revision, adopted that day).
fn word_before(head: &str) -> Option<ElementKind> {
    if let Some(h) = head.strip_suffix("通过") {
        let first = STATUTE_EVENTS.iter().find(|(w, k)| *k != ElementKind::Adopted && h.ends_with(w));
        if let Some((_, kind)) = first {
            return Some(*kind);
        }
    }
    STATUTE_EVENTS.iter().find(|(w, _)| head.ends_with(w)).map(|(_, kind)| *kind)
}

/// `本法自2022年1月1日起施行` in the last article of the main document.
fn closing_article(page: &Page<'_>, out: &mut Vec<Element>) {
    let Some(last) = page.nodes.iter().rev().find(|n| n.tree == 0 && n.style == Style::Article) else { return };
    let from = last.marker.end as usize;
    let mut to = (last.span.end as usize).min(from + MAX_CLOSING_LEN).min(page.text.len());
    while !page.text.is_char_boundary(to) {
        to -= 1;
    }
    let Some(t) = page.text.get(from..to) else { return };
    for word in CLOSING_WORDS {
        let Some(at) = t.find(word) else { continue };
        // `自` and a date right before the word.
        let head = t.get(..at).unwrap_or("").trim_end();
        let Some(k) = head.rfind('自') else { continue };
        let rest = head.get(k + '自'.len_utf8()..).unwrap_or("").trim_start();
        let start = head.len() - rest.len();
        if let Some((date, len)) = date_at(rest).filter(|&(_, len)| len == rest.len()) {
            let span = Span::from_usize(from + start, from + at + word.len());
            out.push(Element::new(ElementKind::Effective, span, ElementValue::Date(date)));
            let _ = len;
            return;
        }
    }
}

/// The words after the date in a closing article (`本法自2022年1月1日起施行`).
const CLOSING_WORDS: [&str; 2] = ["起施行", "起实施"];

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(t: &str) -> Vec<(ElementKind, String)> {
        let mut out = Vec::new();
        events(t, &|a, b| Span::from_usize(a, b), &mut out);
        out.into_iter().map(|e| (e.kind, e.value.as_date().map(|d| d.to_string()).unwrap_or_default())).collect()
    }

    #[test]
    fn head_note_events() {
        let got = kinds("（2021年11月30日生态环境部、公安部、交通运输部令第23号公布 自2022年1月1日起施行）");
        assert_eq!(
            got,
            [(ElementKind::Promulgated, "2021-11-30".into()), (ElementKind::Effective, "2022-01-01".into())]
        );
        let got = kinds(
            "（1980年9月10日第五届全国人民代表大会第三次会议通过　根据1993年10月31日第八届全国人民代表大会常务委员会第四次会议《关于修改〈中华人民共和国个人所得税法〉的决定》第一次修正）",
        );
        assert_eq!(got, [(ElementKind::Adopted, "1980-09-10".into()), (ElementKind::Amended, "1993-10-31".into())]);
        assert_eq!(kinds("2022年5月1日 施行"), [(ElementKind::Effective, "2022-05-01".into())]);
    }

    #[test]
    fn promulgated_in_force_on_its_day() {
        let both = [(ElementKind::Promulgated, "1999-03-15".into()), (ElementKind::Effective, "1999-03-15".into())];
        assert_eq!(kinds("1999年3月15日 中华人民共和国全国人民代表大会公告公布施行"), both);
        let mut out = Vec::new();
        note_events(
            "1999年3月15日 全国人民代表大会公告公布施行第十二条 宪法序言",
            &|a, b| Span::from_usize(a, b),
            true,
            &mut out,
        );
        let got: Vec<(ElementKind, String)> =
            out.into_iter().map(|e| (e.kind, e.value.as_date().map(|d| d.to_string()).unwrap_or_default())).collect();
        assert_eq!(got, both);
    }

    #[test]
    fn a_word_inside_a_title_is_no_event() {
        assert_eq!(kinds("2020年1月1日《关于通过某事的决定》"), []);
    }
}
