//! Where a vote's parts begin: the words that open each part, found at the start of a line or
//! after a space or a comma, and the count after them.

use super::{Found, Part};

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
pub(super) fn count_after(after: &str) -> (Option<u32>, usize) {
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
