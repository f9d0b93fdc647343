//! A vote as minutes write it, after its label ("Äänestys (nimenhuuto): …", "Omröstning: …",
//! "Vote: …"): the question, then the tallies and the result, each on a line of its own or run
//! together in one line ("Jaa 5, Ei 2, Tyhjiä 0"), in any of the three languages:
//!
//! ```text
//! Äänestys (nimenhuutoäänestys): Leirin siirtäminen syyskuulle
//! Puolesta 3: Helmi Korhonen, Aleksi Niskala ja Juho Kangas
//! Vastaan (1): Sirpa Heikkilä
//! Tyhjää 0
//! Tulos: Ehdotus hyväksyttiin äänin 3–1.
//! ```
//!
//! Labels are matched in the text as written (before character references are decoded), so a
//! question or a name that contains a label word is written with a reference and stays text.

mod parts;

use super::body;
use crate::inline;
use crate::model::{Tally, Vote};
use parts::count_after;
pub(crate) use parts::labels_in;

/// The parts of a vote after its question.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Part {
    Ayes,
    Noes,
    Abstained,
    Result,
}

/// Words for no one ("Vastaan: ei kukaan").
const NONE: &[&str] = &[
    "ei kukaan",
    "ei yhtään",
    "ei ketään",
    "ingen",
    "inga",
    "none",
    "nobody",
    "no one",
    "nil",
    "–",
    "-",
];

/// Words that join the last two names ("A, B ja C").
pub(crate) const AND: &[&str] = &[" ja ", " och ", " and ", " & "];

/// A part label found in the text: where it starts, where its tally (count and colon) ends.
pub(crate) struct Found {
    part: Part,
    /// Where the label starts.
    pub start: usize,
    end: usize,
    count: Option<u32>,
    colon: bool,
}

/// Reads a vote from what follows its label; `method` is what stood in the label's
/// parentheses. `None` when a part is given twice (the text is then not taken for a vote).
pub fn read(method: &str, rest: &str) -> Option<Vote> {
    let found = labels_in(rest);
    let mut vote = Vote {
        method: inline::unescape(method.trim()),
        ..Vote::default()
    };
    let question_end = found.first().map_or(rest.len(), |f| f.start);
    vote.question = body::rich(rest[..question_end].trim());
    let mut seen = Vec::new();
    for (k, f) in found.iter().enumerate() {
        if seen.contains(&f.part) {
            return None;
        }
        seen.push(f.part);
        let until = found.get(k + 1).map_or(rest.len(), |n| n.start);
        let text = rest[f.end..until].trim();
        match f.part {
            Part::Result => vote.result = body::rich(text),
            tally => {
                // "Tyhjää: 1" gives a count after the colon; anything else there is names.
                let bare = text.trim_end_matches([',', ';', '.', ' ']);
                let bare = if NONE.contains(&bare.to_lowercase().as_str()) {
                    "0"
                } else {
                    bare
                };
                let (count, names) = match (f.count, count_after(&format!(" {bare}"))) {
                    (None, (Some(n), used)) if used == bare.len() + 1 => (Some(n), Vec::new()),
                    (count, _) if f.colon || count.is_none() => (count, names(text)),
                    (count, _) => (count, Vec::new()),
                };
                let slot = match tally {
                    Part::Ayes => &mut vote.ayes,
                    Part::Noes => &mut vote.noes,
                    _ => &mut vote.abstained,
                };
                *slot = Tally {
                    count: count.unwrap_or(names.len() as u32).max(names.len() as u32),
                    names,
                };
            }
        }
    }
    Some(vote)
}

/// Whether `text` opens with one of a vote's parts.
pub fn opens_part(text: &str) -> bool {
    labels_in(text).first().is_some_and(|f| f.start == 0)
}

/// Takes a paragraph that goes on with a vote given just before ("Puolesta: …" after
/// "Äänestys: …" with a blank line between) into `vote`; false when the paragraph does not
/// begin with a part, or gives a part the vote already has.
pub fn continue_with(vote: &mut Vote, text: &str) -> bool {
    if !opens_part(text) {
        return false;
    }
    let Some(more) = read("", text) else { return false };
    let given = |t: &Tally| *t != Tally::default();
    let clashes = (given(&more.ayes) && given(&vote.ayes))
        || (given(&more.noes) && given(&vote.noes))
        || (given(&more.abstained) && given(&vote.abstained))
        || (!more.result.is_empty() && !vote.result.is_empty());
    if clashes {
        return false;
    }
    for (mine, theirs) in [
        (&mut vote.ayes, more.ayes),
        (&mut vote.noes, more.noes),
        (&mut vote.abstained, more.abstained),
    ] {
        if given(&theirs) {
            *mine = theirs;
        }
    }
    if !more.result.is_empty() {
        vote.result = more.result;
    }
    true
}

/// Names in a tally: separated by commas, semicolons or a final "ja"/"och"/"and"; a full stop
/// at the end of the list is the sentence's.
pub fn names(text: &str) -> Vec<String> {
    let text = text.trim();
    let text = match text.strip_suffix('.') {
        Some(head) if !inline::ends_escaping(head) => head,
        _ => text,
    };
    let mut parts: Vec<&str> = inline::split_unescaped(text, &[',', ';']);
    if let Some(last) = parts.pop() {
        let mut rest = last;
        while let Some((at, and)) = AND.iter().filter_map(|a| rest.find(a).map(|i| (i, a.len()))).min() {
            parts.push(&rest[..at]);
            rest = &rest[at + and..];
        }
        parts.push(rest);
    }
    parts
        .into_iter()
        .map(|p| inline::unescape(p.trim()))
        .filter(|p| !p.is_empty())
        .collect()
}

#[cfg(test)]
mod tests;
