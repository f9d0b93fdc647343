//! A vote as Markdown lines joined by hard breaks, which the vote reader
//! ([`crate::import::vote`]) takes back part by part: the question, each tally with its count
//! and names, the result. Text that would read as a part label, and names holding a separator,
//! get a character reference where the reader would cut. Names are listed so for the
//! checkers too.

use crate::import::vote::{labels_in, AND};
use crate::inline::{escape_for_file as escape, reference, render_for_file as inline};
use crate::labels::Lang;
use crate::model::{Tally, Vote};

/// The vote's block, in the document's language.
pub fn block(vote: &Vote, lang: Lang) -> String {
    let labels = lang.words().vote;
    let head = match vote.method.is_empty() {
        true => labels[0].to_string(),
        false => format!("{} ({})", labels[0], escape(&vote.method).replace(':', "\\:")),
    };
    let mut lines = vec![format!("{head}: {}", unlabel(&inline(&vote.question, false)))];
    for (tally, label) in vote.tallies().into_iter().zip(&labels[1..4]) {
        lines.push(tally_line(label, tally));
    }
    if !vote.result.is_empty() {
        lines.push(format!("{}: {}", labels[4], unlabel(&inline(&vote.result, false))));
    }
    let lines: Vec<String> = lines.into_iter().map(|l| l.trim_end().to_string()).collect();
    lines.join("\\\n")
}

fn tally_line(label: &str, tally: &Tally) -> String {
    let count = tally.total();
    if tally.names.is_empty() {
        return format!("{label} {count}");
    }
    let names: Vec<String> = tally.names.iter().map(|n| name(n)).collect();
    format!("{label} {count}: {}", names.join(", "))
}

/// A name in a list: separators, joining words and a final full stop as references.
pub fn name(name: &str) -> String {
    // Separators as references, the text between them escaped apart (an escape's own ';' is
    // no separator).
    let mut out = String::with_capacity(name.len() + 8);
    let mut from = 0;
    for (at, sep) in name.match_indices([',', ';']) {
        out.push_str(&escape(&name[from..at]));
        out.push_str(&reference(sep.chars().next().unwrap_or(',')));
        from = at + sep.len();
    }
    out.push_str(&escape(&name[from..]));
    for and in AND {
        let word = and.trim();
        if let Some(first) = word.chars().next() {
            let guarded = format!(" {}{} ", reference(first), &word[first.len_utf8()..]);
            // Until none is left: "a ja ja b" has two, the second found only after the first.
            while out.contains(and) {
                out = out.replace(and, &guarded);
            }
        }
    }
    let out = unlabel(&out);
    match out.strip_suffix('.') {
        Some(head) => format!("{head}{}", reference('.')),
        None => out,
    }
}

/// `md` with the first letter of every part label in it as a reference, so that the reader
/// does not cut there. The labels are looked for as the reader sees the text: a hard break
/// ("\\" before a line feed) as the line break it is, so that "För" ending a line is a label.
fn unlabel(md: &str) -> String {
    // The text without its hard breaks' backslashes, and where each of its bytes is in `md`.
    let mut view = String::with_capacity(md.len());
    let mut place = Vec::with_capacity(md.len() + 1);
    let mut chars = md.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|(_, next)| *next == '\n') {
            continue;
        }
        view.push(c);
        place.extend(std::iter::repeat_n(at, c.len_utf8()));
    }
    let found: Vec<usize> = labels_in(&view).iter().map(|f| place[f.start]).collect();
    if found.is_empty() {
        return md.to_string();
    }
    let mut out = String::with_capacity(md.len() + 8 * found.len());
    let mut from = 0;
    for start in found {
        let c = md[start..].chars().next().unwrap_or(' ');
        out.push_str(&md[from..start]);
        out.push_str(&reference(c));
        from = start + c.len_utf8();
    }
    out.push_str(&md[from..]);
    out
}
