//! Reads a meeting's date and clock times from one line, as people write them:
//! "14.11.2025 klo 9.00–11.30", "pe 14.11.2025 klo 9–11.30", "Tid: 14.11.2025 kl. 13.00–15.15",
//! "Friday 14 November 2025, 9.00–11.30", "2025-11-14 09:00-11:30".

use crate::labels::MONTHS_EN;
pub use crate::model::When;
use crate::model::{Date, Time};

const FILLER: &[&str] = &[
    "klo", "kl", "kl.", "at", "from", "alkaen", "kello", "klockan", "–", "-", "to", "till", "until", "asti",
];
const WEEKDAYS: &[&str] = &[
    "ma",
    "ti",
    "ke",
    "to",
    "pe",
    "la",
    "su",
    "maanantai",
    "tiistai",
    "keskiviikko",
    "torstai",
    "perjantai",
    "lauantai",
    "sunnuntai",
    "maanantaina",
    "tiistaina",
    "keskiviikkona",
    "torstaina",
    "perjantaina",
    "lauantaina",
    "sunnuntaina",
    "mån",
    "tis",
    "ons",
    "tors",
    "fre",
    "lör",
    "sön",
    "måndag",
    "tisdag",
    "onsdag",
    "torsdag",
    "fredag",
    "lördag",
    "söndag",
    "på",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
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
const MONTHS_FI: [&str; 12] = [
    "tammikuuta",
    "helmikuuta",
    "maaliskuuta",
    "huhtikuuta",
    "toukokuuta",
    "kesäkuuta",
    "heinäkuuta",
    "elokuuta",
    "syyskuuta",
    "lokakuuta",
    "marraskuuta",
    "joulukuuta",
];

fn month_number(word: &str) -> Option<u8> {
    let w = word.to_lowercase();
    let w = w.trim_end_matches('.');
    let english = MONTHS_EN.iter().position(|m| {
        let m = m.to_lowercase();
        m == w || (w.len() >= 3 && m.starts_with(w))
    });
    let nordic = [MONTHS_SV, MONTHS_FI]
        .iter()
        .find_map(|names| names.iter().position(|m| *m == w));
    english.or(nordic).map(|i| i as u8 + 1)
}

/// Reads the whole line or nothing: `None` when any word is not part of a date or time, so
/// that a sentence is never mistaken for a date.
pub fn parse(line: &str) -> Option<When> {
    let line = line.trim().trim_end_matches('.').replace(['–', '—', '−'], " – ");
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let mut when = When::default();
    let mut found = false;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let lower = w.to_lowercase();
        if let Some(d) = Date::parse(w).filter(|_| when.date.is_none()) {
            when.date = Some(d);
        } else if let Some((d, used)) = named_date(&words[i..]).filter(|_| when.date.is_none()) {
            when.date = Some(d);
            i += used - 1;
        } else if w.contains('-') && !w.starts_with('-') && !w.ends_with('-') {
            let (a, b) = w.split_once('-')?;
            when.start = Some(Time::parse(a)?);
            when.end = Some(Time::parse(b)?);
        } else if let Some(t) = Time::parse(w.trim_start_matches('-')) {
            if when.start.is_none() && !w.starts_with('-') && !after_dash(&words[..i]) {
                when.start = Some(t);
            } else if when.end.is_none() {
                when.end = Some(t);
            } else {
                return None;
            }
        } else if !FILLER.contains(&lower.as_str()) && !WEEKDAYS.contains(&lower.trim_end_matches('.')) {
            return None;
        } else {
            i += 1;
            continue;
        }
        found = true;
        i += 1;
    }
    found.then_some(when)
}

fn after_dash(before: &[&str]) -> bool {
    before.last().is_some_and(|w| *w == "–" || *w == "-")
}

/// "14 November 2025", "14. marraskuuta 2025", "November 14 2025": (date, words used).
fn named_date(words: &[&str]) -> Option<(Date, usize)> {
    let num = |w: &str| w.trim_end_matches('.').parse::<u16>().ok();
    if words.len() < 3 {
        return None;
    }
    if let (Some(day), Some(month), Some(year)) = (num(words[0]), month_number(words[1]), num(words[2])) {
        return Date::new(year, month, u8::try_from(day).ok()?).map(|d| (d, 3));
    }
    if let (Some(month), Some(day), Some(year)) = (month_number(words[0]), num(words[1]), num(words[2])) {
        return Date::new(year, month, u8::try_from(day).ok()?).map(|d| (d, 3));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn when(d: Option<(u16, u8, u8)>, s: Option<(u8, u8)>, e: Option<(u8, u8)>) -> Option<When> {
        Some(When {
            date: d.and_then(|(y, m, d)| Date::new(y, m, d)),
            start: s.and_then(|(h, m)| Time::new(h, m)),
            end: e.and_then(|(h, m)| Time::new(h, m)),
        })
    }

    #[test]
    fn the_forms_people_write() {
        let full = when(Some((2025, 11, 14)), Some((9, 0)), Some((11, 30)));
        assert_eq!(parse("14.11.2025 klo 9.00–11.30"), full);
        assert_eq!(parse("pe 14.11.2025 klo 9–11.30"), full);
        assert_eq!(parse("14.11.2025, klo 9.00 - 11.30."), full);
        assert_eq!(parse("14.11.2025 kl. 9.00–11.30"), full);
        assert_eq!(parse("Friday 14 November 2025, 9.00–11.30"), full);
        assert_eq!(parse("14. marraskuuta 2025 klo 9.00-11.30"), full);
        assert_eq!(parse("2025-11-14 09:00-11:30"), full);
        assert_eq!(parse("25.3.2026"), when(Some((2026, 3, 25)), None, None));
        assert_eq!(parse("klo 22.00–1.30"), when(None, Some((22, 0)), Some((1, 30))));
        assert_eq!(parse("klo –11.30"), when(None, None, Some((11, 30))));
    }

    #[test]
    fn sentences_are_not_dates() {
        assert_eq!(parse("Lapin liiton uudet tilat."), None);
        assert_eq!(parse("Ei muita asioita."), None);
        assert_eq!(parse("14.11. klo 9"), None);
        assert_eq!(parse(""), None);
    }
}
