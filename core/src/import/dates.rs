//! Dates as people type them: "5.12.2025", "5.12.", "5.12", "5.12.25", "5. joulukuuta",
//! "5 dec", "December 5", "2025-12-05". A date written without its year takes the meeting's
//! (or the next year's, when it would fall more than two months before the meeting), and an
//! action's owner and due date are read from "Ida, 5.12.", "Ida DL 5.12.", "by 5 Dec"…

use crate::labels::MONTHS_EN;
use crate::model::Date;

/// Words that may stand before a due date ("DL 5.12.", "määräaika 5.12.", "by 5 Dec").
const DUE_BEFORE: &[&str] = &[
    "dl",
    "määräaika",
    "määräpäivä",
    "viimeistään",
    "deadline",
    "due",
    "by",
    "senast",
    "tidsfrist",
    "sista",
    "dag",
    "until",
    "till",
];
/// Words that may follow a due date ("5.12. mennessä").
const DUE_AFTER: &[&str] = &["mennessä", "asti", "saakka"];
/// Finnish month stems: "joulukuuta", "joulukuun", "joulukuu", "jouluk.".
const STEMS_FI: [&str; 12] = [
    "tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu",
];
const MONTHS_SV: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];
/// How many days before the meeting a date without a year may fall and still be in its year.
const BEFORE_MEETING: i64 = 61;

/// A month's number from its name in English, Swedish or Finnish, whole or shortened to at
/// least three letters ("dec", "Dec.", "okt", "joulukuuta", "jouluk.").
pub fn month_number(word: &str) -> Option<u8> {
    let w = word.trim_end_matches(['.', ',']).to_lowercase();
    if w.chars().count() < 3 {
        return None;
    }
    let prefix = |names: &[&str]| names.iter().position(|m| m.to_lowercase().starts_with(&w));
    let finnish = STEMS_FI.iter().position(|s| {
        w.strip_prefix(s)
            .is_some_and(|rest| ["k", "kuu", "kuuta", "kuun"].contains(&rest))
    });
    prefix(&MONTHS_EN)
        .or_else(|| prefix(&MONTHS_SV))
        .or(finnish)
        .map(|i| i as u8 + 1)
}

/// The date of `day`.`month` written without a year, for a meeting on `meeting`.
pub fn in_year(month: u8, day: u8, meeting: Option<Date>) -> Option<Date> {
    let m = meeting?;
    match Date::new(m.year, month, day) {
        Some(d) if m.days() - d.days() <= BEFORE_MEETING => Some(d),
        _ => Date::new(m.year.checked_add(1)?, month, day),
    }
}

fn digits(w: &str, max: usize) -> Option<u16> {
    let ok = !w.is_empty() && w.len() <= max && w.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| w.parse().ok()).flatten()
}

/// A day of the month, also as an ordinal ("3rd", "21st", "3:e").
fn day_number(w: &str) -> Option<u8> {
    let w = w.trim_end_matches(['.', ',']);
    let w = ["st", "nd", "rd", "th", ":e", ":a"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .unwrap_or(w);
    digits(w, 2).filter(|d| (1..=31).contains(d)).map(|d| d as u8)
}

fn year_number(w: Option<&&str>) -> Option<u16> {
    w.and_then(|w| digits(w.trim_end_matches(['.', ',']), 4))
        .filter(|y| (1000..=9999).contains(y))
}

/// "5.12." (or "5.12" when `bare` allows it: where it could not be a clock time) and "5.12.25".
fn numeric(word: &str, meeting: Option<Date>, bare: bool) -> Option<Date> {
    let w = word.trim_end_matches(',');
    if let Some(d) = Date::parse(w) {
        return Some(d);
    }
    let dotted = w.ends_with('.');
    let parts: Vec<&str> = w.trim_end_matches('.').split('.').collect();
    match parts.as_slice() {
        [d, m] if dotted || bare => in_year(digits(m, 2)? as u8, digits(d, 2)? as u8, meeting),
        [d, m, y] if y.len() == 2 => Date::new(2000 + digits(y, 2)?, digits(m, 2)? as u8, digits(d, 2)? as u8),
        _ => None,
    }
}

/// A date at the start of `words`, and how many words it took. `bare`: "5.12" without a
/// final period counts (not where it could be a clock time).
pub fn leading(words: &[&str], meeting: Option<Date>, bare: bool) -> Option<(Date, usize)> {
    let first = words.first()?;
    if let Some(d) = numeric(first, meeting, bare) {
        return Some((d, 1));
    }
    let second = words.get(1)?;
    let (day, month) = match (day_number(first), month_number(second)) {
        (Some(d), Some(m)) => (d, m),
        _ => (day_number(second)?, month_number(first)?),
    };
    match year_number(words.get(2)) {
        Some(y) => Date::new(y, month, day).map(|d| (d, 3)),
        None => in_year(month, day, meeting).map(|d| (d, 2)),
    }
}

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

/// `text` is one date and nothing else.
pub fn date(text: &str, meeting: Option<Date>) -> Option<Date> {
    let words = words(text);
    let (d, used) = leading(&words, meeting, true)?;
    (used == words.len()).then_some(d)
}

fn bare_word(w: &str) -> String {
    w.trim_matches([',', ':', '.', ';']).to_lowercase()
}

/// A due date with the words around it: "DL 5.12.", "määräaika: 5.12.", "5.12. mennessä",
/// "by 5 Dec", "senast 5 december".
pub fn due(text: &str, meeting: Option<Date>) -> Option<Date> {
    let mut w = words(text);
    while w.first().is_some_and(|x| DUE_BEFORE.contains(&bare_word(x).as_str())) {
        w.remove(0);
    }
    while w.last().is_some_and(|x| DUE_AFTER.contains(&bare_word(x).as_str())) {
        w.pop();
    }
    date(&w.join(" "), meeting)
}

/// A due date with a word that marks it at the end of `text` ("… DL 5.12.", "… by 5 Dec."):
/// the text before it and the date.
pub fn marked_due_at_end(text: &str, meeting: Option<Date>) -> Option<(&str, Date)> {
    let starts: Vec<usize> = text
        .char_indices()
        .filter(|(i, c)| !c.is_whitespace() && (*i == 0 || text[..*i].ends_with(char::is_whitespace)))
        .map(|(i, _)| i)
        .collect();
    for k in 2..=5.min(starts.len()) {
        let at = starts[starts.len() - k];
        let tail = &text[at..];
        let ws = words(tail);
        let marked = DUE_BEFORE.contains(&bare_word(ws[0]).as_str())
            || ws.last().is_some_and(|x| DUE_AFTER.contains(&bare_word(x).as_str()));
        if let Some(d) = due(tail, meeting).filter(|_| marked) {
            return Some((
                text[..at].trim_end().trim_end_matches([',', ';', '–', '-']).trim_end(),
                d,
            ));
        }
    }
    None
}

/// Owner and due date as an action's parentheses (or its "Vastuu:") hold them: "Ida, 5.12.",
/// "Ida 5.12.", "Ida, DL 5.12.", "DL 5.12.", "5 Dec", "Ida". The owner comes back as written
/// (escapes and all); one separator between owner and date is dropped.
pub fn who_when(group: &str, meeting: Option<Date>) -> (String, Option<Date>) {
    let group = group.trim();
    let starts: Vec<usize> = group
        .char_indices()
        .filter(|(i, c)| !c.is_whitespace() && (*i == 0 || group[..*i].ends_with(char::is_whitespace)))
        .map(|(i, _)| i)
        .collect();
    for k in (1..=5.min(starts.len())).rev() {
        let at = starts[starts.len() - k];
        if let Some(d) = due(&group[at..], meeting) {
            let owner = group[..at].trim_end();
            let owner = owner
                .strip_suffix([',', ';', '–', '/'])
                .or_else(|| owner.strip_suffix(" -"))
                .unwrap_or(owner);
            return (owner.trim().to_string(), Some(d));
        }
    }
    (group.to_string(), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: u16, m: u8, day: u8) -> Option<Date> {
        Date::new(y, m, day)
    }

    #[test]
    fn dates_in_every_form_take_the_meetings_year() {
        let meeting = d(2025, 11, 14);
        for text in [
            "5.12.",
            "5.12",
            "05.12.",
            "5.12.2025",
            "5.12.25",
            "2025-12-05",
            "5. joulukuuta",
            "5 joulukuuta 2025",
            "5. jouluk.",
            "5 dec",
            "5 Dec.",
            "5 december",
            "December 5",
            "Dec 5, 2025",
            "5 december 2025",
        ] {
            assert_eq!(date(text, meeting), d(2025, 12, 5), "{text}");
        }
        assert_eq!(
            date("15.1.", meeting),
            d(2026, 1, 15),
            "two months before is next year's"
        );
        assert_eq!(date("10.11.", meeting), d(2025, 11, 10), "a few days before stays");
        assert_eq!(date("5.12.", None), None, "no year to take");
        assert_eq!(date("31.2.", meeting), None);
        assert_eq!(date("Ida", meeting), None);
        assert_eq!(date("5 dec klo 9", meeting), None);
        assert_eq!(date("maj 3", meeting), d(2026, 5, 3));
        assert_eq!(date("3 okt.", meeting), d(2025, 10, 3));
        assert_eq!(date("3 sept", meeting), d(2026, 9, 3));
    }

    #[test]
    fn owners_and_due_dates() {
        let m = d(2025, 11, 14);
        let who = |g: &str| who_when(g, m);
        assert_eq!(who("Ida, 5.12."), ("Ida".into(), d(2025, 12, 5)));
        assert_eq!(who("Ida 5.12"), ("Ida".into(), d(2025, 12, 5)));
        assert_eq!(who("Ida, DL 5.12."), ("Ida".into(), d(2025, 12, 5)));
        assert_eq!(
            who("Ida Tirkkonen, määräaika 5.12."),
            ("Ida Tirkkonen".into(), d(2025, 12, 5))
        );
        assert_eq!(who("Ida, 5 Dec"), ("Ida".into(), d(2025, 12, 5)));
        assert_eq!(who("Ida; senast 5 december"), ("Ida".into(), d(2025, 12, 5)));
        assert_eq!(who("Sam, by December 5"), ("Sam".into(), d(2025, 12, 5)));
        assert_eq!(who("Ida, 5.12. mennessä"), ("Ida".into(), d(2025, 12, 5)));
        assert_eq!(who("DL 5.12."), (String::new(), d(2025, 12, 5)));
        assert_eq!(who("Marjaana, 1.12.2025"), ("Marjaana".into(), d(2025, 12, 1)));
        assert_eq!(who("Ida"), ("Ida".into(), None));
        assert_eq!(who("Ida,, 1.1.2026"), ("Ida,".into(), d(2026, 1, 1)));
        assert_eq!(who_when("Ida, 5.12.", None), ("Ida, 5.12.".into(), None));
    }

    #[test]
    fn marked_due_dates_at_the_end() {
        let m = d(2025, 11, 14);
        assert_eq!(
            marked_due_at_end("Päivitä verkkosivut, DL 5.12.", m),
            Some(("Päivitä verkkosivut", d(2025, 12, 5).unwrap()))
        );
        assert_eq!(
            marked_due_at_end("Päivitä verkkosivut 5.12. mennessä.", m),
            Some(("Päivitä verkkosivut", d(2025, 12, 5).unwrap()))
        );
        assert_eq!(
            marked_due_at_end("send the report by 5 Dec.", m),
            Some(("send the report", d(2025, 12, 5).unwrap()))
        );
        assert_eq!(
            marked_due_at_end("skicka rapporten senast 5 december", m),
            Some(("skicka rapporten", d(2025, 12, 5).unwrap()))
        );
        assert_eq!(
            marked_due_at_end("Kokous pidetään 5.12.", m),
            None,
            "a date with no due word"
        );
    }
}
