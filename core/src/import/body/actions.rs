//! An action's owner and due date, in parentheses or written into its text.

use super::super::dates;
use crate::inline;
use crate::labels;
use crate::model::Date;

/// Words that name who is responsible inside an action's text ("… Vastuu: Ida, 5.12.").
const OWNER_WORDS: &[&str] = &[
    "vastuu:",
    "vastuuhenkilö:",
    "vastaa:",
    "ansvarig:",
    "ansvar:",
    "owner:",
    "responsible:",
];

/// Owner and due date written in an action's text rather than in parentheses: "… Vastuu: Ida,
/// 5.12.", "… (Ida, 5.12.)", "… DL 5.12.", "Ida to … by 5 Dec". The text is what is left. A
/// tail with an escape in it stays text (the writer escapes a tail that is meant as text).
pub(super) fn action_in_text(rest: &str, meeting: Option<Date>) -> (String, Option<Date>, &str) {
    let lower = rest.to_lowercase();
    let owner_at = OWNER_WORDS
        .iter()
        .filter_map(|w| lower.rfind(w).map(|at| (at, w.len())))
        .max_by_key(|(at, _)| *at)
        .filter(|(at, len)| rest.is_char_boundary(*at) && rest.is_char_boundary(at + len));
    if let Some((at, len)) = owner_at {
        let tail = rest[at + len..].trim();
        if !tail.contains(['&', '\\', '\n']) && !tail.is_empty() && tail.chars().count() <= 80 {
            let (owner, due) = dates::who_when(tail.strip_suffix('.').unwrap_or(tail), meeting);
            let due = due.or_else(|| dates::who_when(tail, meeting).1);
            return (inline::unescape(&owner), due, rest[..at].trim_end());
        }
    }
    let plain_end = rest.ends_with(|c: char| c.is_alphanumeric() || c == '.' || c == ')');
    if let Some(group) = rest.strip_suffix(')').and_then(|r| r.rsplit_once(" (")) {
        let (owner, due) = dates::who_when(group.1, meeting);
        if due.is_some() && !group.1.contains(['&', '\\', '(']) {
            return (inline::unescape(&owner), due, group.0.trim_end());
        }
    }
    let (text, due) = match dates::marked_due_at_end(rest, meeting).filter(|_| plain_end) {
        Some((text, due)) => (text, Some(due)),
        None => (rest, None),
    };
    match owner_to(text) {
        Some((owner, what)) => (owner.to_string(), due, what),
        None => (String::new(), due, text),
    }
}

/// "Ida to send the report", "Ida ska skicka rapporten": the name and what they do.
fn owner_to(text: &str) -> Option<(&str, &str)> {
    let (name, what) = [" to ", " ska "].iter().find_map(|w| text.split_once(w))?;
    let words: Vec<&str> = name.split(' ').collect();
    let is_name = (1..=2).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
        });
    (is_name && !what.trim().is_empty()).then_some((name, what.trim_start()))
}

/// "Marjaana, 1.12.2025" → ("Marjaana", 1.12.2025); "1.12.2025" → ("", date); "Marjaana" → owner;
/// "Ida, 5.12." and "Ida, DL 5 Dec" take the meeting's year. The date is read from the text as
/// written, so an escaped owner ("&#50;5.3.") stays an owner.
pub fn action_who_when(group: &str, meeting: Option<Date>) -> (String, Option<Date>) {
    let (owner, due) = dates::who_when(group, meeting);
    (inline::unescape(&owner), due)
}

/// An action's parentheses: owner, due date and whether it is done ("Ida, 5.12., tehty",
/// "Ida, 5 Dec, done", "klar").
pub fn action_group(group: &str, meeting: Option<Date>) -> (String, Option<Date>, bool) {
    let (group, done) = labels::done_mark(group.trim());
    let (owner, due) = action_who_when(group, meeting);
    (owner, due, done)
}
