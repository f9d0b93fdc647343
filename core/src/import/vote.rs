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

use super::body;
use crate::inline;
use crate::model::{Tally, Vote};

/// The parts of a vote after its question.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Part {
    Ayes,
    Noes,
    Abstained,
    Result,
}

/// The words that open each part, lower-case, longest first within a part.
const PARTS: &[(&str, Part)] = &[
    ("jaa-ääniä", Part::Ayes),
    ("jaa-äänet", Part::Ayes),
    ("puolesta", Part::Ayes),
    ("jaa", Part::Ayes),
    ("ja-röster", Part::Ayes),
    ("för", Part::Ayes),
    ("ja", Part::Ayes),
    ("in favour", Part::Ayes),
    ("in favor", Part::Ayes),
    ("for", Part::Ayes),
    ("ayes", Part::Ayes),
    ("yes", Part::Ayes),
    ("ei-ääniä", Part::Noes),
    ("ei-äänet", Part::Noes),
    ("vastaan", Part::Noes),
    ("ei", Part::Noes),
    ("nej-röster", Part::Noes),
    ("emot", Part::Noes),
    ("mot", Part::Noes),
    ("nej", Part::Noes),
    ("against", Part::Noes),
    ("noes", Part::Noes),
    ("no", Part::Noes),
    ("tyhjiä ääniä", Part::Abstained),
    ("tyhjää", Part::Abstained),
    ("tyhjiä", Part::Abstained),
    ("tyhjä", Part::Abstained),
    ("pidättäytyi", Part::Abstained),
    ("pidättäytyivät", Part::Abstained),
    ("avstod", Part::Abstained),
    ("avstår", Part::Abstained),
    ("blanka", Part::Abstained),
    ("blankt", Part::Abstained),
    ("nedlagda", Part::Abstained),
    ("abstentions", Part::Abstained),
    ("abstention", Part::Abstained),
    ("abstained", Part::Abstained),
    ("abstain", Part::Abstained),
    ("äänestyksen tulos", Part::Result),
    ("tulos", Part::Result),
    ("resultat", Part::Result),
    ("utfall", Part::Result),
    ("result", Part::Result),
    ("outcome", Part::Result),
];

/// Words that may follow a count ("5 ääntä", "3 röster", "2 votes").
const UNITS: &[&str] = &["ääntä", "ääni", "äänellä", "röster", "röst", "votes", "vote"];

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

/// Every part label in `text`, in order: at the start of a line in any case, or after a space
/// or a comma when written with a capital letter; each with a count or a colon after it (a
/// line start also without either, when nothing follows the label there).
pub(crate) fn labels_in(text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let line_start = at == 0 || text[..at].ends_with('\n');
        let after_space = text[..at].ends_with([' ', ',', '\t']);
        if line_start || after_space {
            if let Some(found) = label_at(text, at, line_start) {
                at = found.end;
                out.push(found);
                continue;
            }
        }
        at += text[at..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

fn label_at(text: &str, at: usize, line_start: bool) -> Option<Found> {
    let here = &text[at..];
    let first = here.chars().next()?;
    if !line_start && !first.is_uppercase() {
        return None;
    }
    for (word, part) in PARTS {
        let Some(head) = here.get(..word.len()) else { continue };
        if head.to_lowercase() != *word {
            continue;
        }
        let after = &here[word.len()..];
        if after.starts_with(|c: char| c.is_alphanumeric() || c == '-') {
            continue;
        }
        let (count, used) = count_after(after);
        let rest = &after[used..];
        let colon = rest.starts_with(':');
        let end = at + word.len() + used + usize::from(colon);
        let ends_line = rest.trim_start_matches([' ', '\t']).is_empty() || rest.starts_with(['\n', ',', ';']);
        let tally_ok = colon || count.is_some() || (line_start && ends_line);
        let result_ok = *part != Part::Result || colon;
        if tally_ok && result_ok && (*part != Part::Result || count.is_none()) {
            return Some(Found {
                part: *part,
                start: at,
                end,
                count,
                colon,
            });
        }
    }
    None
}

/// A count after a label: " 3", " (3)", " 3 ääntä"; how many bytes it took.
fn count_after(after: &str) -> (Option<u32>, usize) {
    let trimmed = after.trim_start_matches(' ');
    let spaces = after.len() - trimmed.len();
    let (inner, open) = match trimmed.strip_prefix('(') {
        Some(rest) => (rest, 1),
        None => (trimmed, 0),
    };
    let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 6 || (spaces == 0 && open == 0) {
        return (None, 0);
    }
    let n: u32 = inner[..digits].parse().unwrap_or(0);
    let mut used = spaces + open + digits;
    if open == 1 {
        if !inner[digits..].starts_with(')') {
            return (None, 0);
        }
        used += 1;
    }
    let tail = &after[used..];
    for unit in UNITS {
        if let Some(r) = tail.strip_prefix(' ').and_then(|t| t.strip_prefix(unit)) {
            if !r.starts_with(char::is_alphanumeric) {
                used += 1 + unit.len();
                break;
            }
        }
    }
    (Some(n), used)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_of(t: &Tally) -> Vec<&str> {
        t.names.iter().map(String::as_str).collect()
    }

    #[test]
    fn a_vote_on_lines_of_its_own() {
        let v = read(
            "nimenhuutoäänestys",
            "Leirin siirtäminen syyskuulle\nPuolesta 3: Helmi Korhonen, Aleksi Niskala ja Juho Kangas\n\
             Vastaan (1): Sirpa Heikkilä\nTyhjää 0\nTulos: Ehdotus hyväksyttiin äänin 3–1.",
        )
        .unwrap();
        assert_eq!(v.method, "nimenhuutoäänestys");
        assert_eq!(v.question.to_plain(), "Leirin siirtäminen syyskuulle");
        assert_eq!(names_of(&v.ayes), ["Helmi Korhonen", "Aleksi Niskala", "Juho Kangas"]);
        assert_eq!((v.noes.count, names_of(&v.noes)), (1, vec!["Sirpa Heikkilä"]));
        assert_eq!(v.abstained, Tally::default());
        assert_eq!(v.result.to_plain(), "Ehdotus hyväksyttiin äänin 3–1.");
    }

    #[test]
    fn a_vote_run_together_in_each_language() {
        let v = read("", "Hallituksen esitys. Jaa 5, Ei 2, Tyhjiä 1").unwrap();
        assert_eq!(v.question.to_plain(), "Hallituksen esitys.");
        assert_eq!((v.ayes.count, v.noes.count, v.abstained.count), (5, 2, 1));
        let v = read(
            "handuppräckning",
            "Förslaget att höja avgiften För 4 röster, Emot 3 röster, Avstod 0 Resultat: Förslaget antogs.",
        )
        .unwrap();
        assert_eq!((v.ayes.count, v.noes.count, v.abstained.count), (4, 3, 0));
        assert_eq!(v.result.to_plain(), "Förslaget antogs.");
        let v = read(
            "show of hands",
            "To adopt the budget\nIn favour (6)\nAgainst: Tom Reed and Ann Lee\nAbstentions: 1\nOutcome: Carried.",
        )
        .unwrap();
        assert_eq!(v.ayes.count, 6);
        assert_eq!(names_of(&v.noes), ["Tom Reed", "Ann Lee"]);
        assert_eq!(
            v.abstained.count, 1,
            "a count after the colon is read as names: {:?}",
            v.abstained
        );
    }

    #[test]
    fn a_vote_in_paragraphs_of_its_own() {
        let mut v = read("", "Budjetin hyväksyminen").unwrap();
        assert!(continue_with(&mut v, "Puolesta: Ida, Tomi"));
        assert!(continue_with(&mut v, "Vastaan 1: Minna\nTyhjää 0"));
        assert!(continue_with(&mut v, "Tulos: Hyväksyttiin."));
        assert!(!continue_with(&mut v, "Puolesta: Eero"), "a part given twice");
        assert!(!continue_with(&mut v, "Ida: Kannatan."), "no part at the start");
        assert_eq!(
            (v.ayes.count, v.noes.count, v.result.to_plain().as_str()),
            (2, 1, "Hyväksyttiin.")
        );
    }

    #[test]
    fn words_that_only_look_like_labels_stay_text() {
        let v = read("", "Ei kannatettu ehdotus, jaa ei ole selvä\nPuolesta: Ida").unwrap();
        assert_eq!(v.question.to_plain(), "Ei kannatettu ehdotus, jaa ei ole selvä");
        assert_eq!(names_of(&v.ayes), ["Ida"]);
        assert!(
            read("", "Puolesta 2\nPuolesta 3").is_none(),
            "a part twice is not a vote"
        );
        let v = read("", "&#80;uolesta 3 on enemmistö").unwrap();
        assert_eq!(v.question.to_plain(), "Puolesta 3 on enemmistö");
    }
}
