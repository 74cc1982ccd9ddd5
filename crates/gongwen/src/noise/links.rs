//! A web page's list of related links after the document (`相关文件：` / `1.某省…的意见` /
//! `2.…`, `相关解读：` / `1.图解：…`): what the site adds under a page, not the document's
//! text, so its numbers open no unit (docs/annotation.md: page and chunk numbers a site
//! adds are no nodes).
//!
//! A run starts at a line that holds a links label and nothing else ([`SITE_LINK_LABELS`],
//! a colon or brackets around it) and takes the lines after it that read as link entries:
//! short, no sentence or clause in them. It ends at the first line that does not, so a
//! document that goes on after such a line keeps its text.

use super::text::char_count;
use crate::lexicon::noise::{SITE_LINK_BRACKETS, SITE_LINK_LABELS};
use crate::lexicon::punct::{CLAUSE_ENDS, COLONS, key_at, utf8_key};
use crate::model::{Noise, NoiseKind};
use crate::text::Span;
use crate::text::chars::{is_all_space, trim_space};
use crate::text::lines::Line;

/// The longest link entry, in characters (a document title with its date).
const MAX_ENTRY_CHARS: usize = 80;

/// The longest line that may be a links label, in bytes (`【相关链接】：` and padding).
pub(super) const MAX_LABEL_BYTES: usize = 48;

/// True when the first bytes of `head` (a line's start) may open a links label: the first
/// character of a label or of its brackets.
pub(super) fn may_open_label(head: &[u8]) -> bool {
    key_at(head).is_some_and(|k| {
        SITE_LINK_LABELS.iter().any(|l| l.chars().next().map(utf8_key) == Some(k))
            || utf8_key(SITE_LINK_BRACKETS.0) == k
    })
}

/// True when `line` is a links label and nothing else: `相关文件：`, `【相关链接】`.
pub(super) fn is_label(line: &str) -> bool {
    let t = trim_space(line);
    let t = t.strip_suffix(COLONS).map_or(t, trim_space);
    let (open, close) = SITE_LINK_BRACKETS;
    let t = t.strip_prefix(open).and_then(|s| s.strip_suffix(close)).unwrap_or(t);
    SITE_LINK_LABELS.contains(&t)
}

/// True when `line` reads as a link entry: words without a sentence or clause end in them.
fn is_entry(line: &str) -> bool {
    let t = trim_space(line);
    !t.contains(CLAUSE_ENDS) && char_count(t) <= MAX_ENTRY_CHARS
}

/// Emits a run for each label line (`labels`: indices into `all`, in order), each run the
/// label and the link entries after it. Every line is looked at by one run at most.
pub(super) fn detect(text: &str, all: &[Line], labels: &[usize], out: &mut Vec<Noise>) {
    let mut covered = 0usize;
    for &k in labels {
        if k < covered {
            continue;
        }
        let Some(label) = all.get(k) else { continue };
        let mut end = label.end;
        let mut next = k + 1;
        while let Some(line) = all.get(next) {
            let s = text.get(line.start..line.end).unwrap_or("");
            if !is_all_space(s) {
                if !is_entry(s) {
                    break;
                }
                end = line.end;
            }
            next += 1;
        }
        covered = next;
        out.push(Noise { span: Span::from_usize(label.start, end), kind: NoiseKind::Boilerplate });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        for l in ["相关文件：", "相关解读", " 相关链接: ", "【相关链接】", "延伸阅读："] {
            assert!(is_label(l), "{l}");
            assert!(may_open_label(trim_space(l).as_bytes()), "{l}");
        }
        for l in ["相关文件；", "相关文件和资料：", "提交相关文件。", "【相关链接"] {
            assert!(!is_label(l), "{l}");
        }
    }

    #[test]
    fn a_run_ends_at_the_first_sentence() {
        let text = "相关文件：\n1.某省关于加强防汛工作的意见\n\n2.图解：防汛要点\n各单位要认真落实。\n";
        let lines: Vec<Line> = crate::text::lines::lines(text).collect();
        let mut out = Vec::new();
        detect(text, &lines, &[0], &mut out);
        let spans: Vec<&str> = out.iter().map(|n| n.span.slice(text)).collect();
        assert_eq!(spans, ["相关文件：\n1.某省关于加强防汛工作的意见\n\n2.图解：防汛要点"]);
    }
}
