//! Reads a meeting's date and clock times from one line, as people write them:
//! "14.11.2025 klo 9.00–11.30", "pe 14.11.2025 klo 9–11.30", "Tid: 14.11.2025 kl. 13.00–15.15",
//! "Friday 14 November 2025, 9.00–11.30", "2025-11-14 09:00-11:30".

use super::dates;
use crate::model::zone;
pub use crate::model::When;
use crate::model::{Date, Time};

const FILLER: &[&str] = &[
    "klo", "klo.", "kl", "kl.", "at", "from", "alkaen", "kello", "klockan", "–", "-", "to", "till", "until", "asti",
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
    "måndagen",
    "tisdagen",
    "onsdagen",
    "torsdagen",
    "fredagen",
    "lördagen",
    "söndagen",
    "den",
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
/// Reads the whole line or nothing: `None` when any word is not part of a date or time, so
/// that a sentence is never mistaken for a date. A date without a year ("5.12.") is not read.
pub fn parse(line: &str) -> Option<When> {
    parse_in(line, None)
}

/// Reads a line as [`parse`] does; a date without a year ("5.12.", "5. joulukuuta", "5 dec")
/// takes the year of a meeting on `meeting`.
pub fn parse_in(line: &str, meeting: Option<Date>) -> Option<When> {
    let line = line.trim().replace(['–', '—', '−'], " – ");
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let mut when = When::default();
    let mut found = false;
    let mut i = 0;
    while i < words.len() {
        let last = i + 1 == words.len();
        // The line's final period ends the sentence, not the time ("klo 9.30.").
        let w = if last { words[i].trim_end_matches('.') } else { words[i] };
        let lower = w.to_lowercase();
        let no_time_yet = when.start.is_none() && when.end.is_none();
        let date = (when.date.is_none() && no_time_yet && !after_clock_word(&words[..i]))
            .then(|| {
                // "5.12" is a date where it cannot be a time, or where the time follows.
                let bare = Time::parse(w).is_none() || words.get(i + 1).is_some_and(|n| is_clock_word(n));
                dates::leading(&words[i..], meeting, bare)
            })
            .flatten();
        if let Some((d, used)) = date {
            when.date = Some(d);
            i += used - 1;
        } else if !last && is_short_date(words[i]) {
            return None;
        } else if w.contains('-') && !w.starts_with('-') && !w.ends_with('-') {
            let (a, b) = w.split_once('-')?;
            when.start = Some(clock(a)?);
            when.end = Some(clock(b)?);
        } else if let Some(pm) = meridiem(&lower) {
            // "6 pm": the time just read was in the afternoon.
            let last = if when.end.is_some() {
                &mut when.end
            } else {
                &mut when.start
            };
            *last = Some(twelve_hour((*last)?, pm)?);
        } else if let Some(t) = clock(w) {
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

/// Reads a line as [`parse_in`] does, with the time zone written after the times: in
/// brackets ("3.2.2027 klo 10.00–11.30 (EET)", "kl. 10–12 (svensk tid)") or bare when it is a
/// known one ("14:00 CET", "klo 9 Suomen aikaa"). The zone comes back as written (without its
/// brackets; empty when none is written); a bracket that does not read as a zone is no date.
pub fn parse_zoned(line: &str, meeting: Option<Date>) -> Option<(When, String)> {
    let (times, zone) = split_zone(line);
    match (times.trim().is_empty(), zone.is_empty()) {
        (true, false) => Some((When::default(), zone)),
        _ => parse_in(times, meeting).map(|w| (w, zone)),
    }
}

/// A line's words before the zone after them, and the zone (empty when none is written).
fn split_zone(line: &str) -> (&str, String) {
    let t = line.trim();
    let t = t.strip_suffix('.').unwrap_or(t);
    if let Some(open) = t.strip_suffix(')').and_then(|inner| inner.rfind('(')) {
        let inside = t[open + 1..t.len() - 1].trim();
        if zone::looks_like(inside) {
            return (&t[..open], inside.to_string());
        }
    }
    let words: Vec<(usize, &str)> = t
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - t.as_ptr() as usize, w))
        .collect();
    for n in [2, 1] {
        if let Some(&(at, _)) = words.len().checked_sub(n).filter(|k| *k > 0).map(|k| &words[k]) {
            let tail = t[at..].trim_end_matches(',');
            if zone::known(tail).is_some() && tail != "Z" {
                return (t[..at].trim_end().trim_end_matches(','), tail.to_string());
            }
        }
    }
    (line, String::new())
}

/// "pm" or "am" (true for the afternoon), as a word of its own.
fn meridiem(word: &str) -> Option<bool> {
    match word {
        "pm" | "p.m." | "p.m" => Some(true),
        "am" | "a.m." | "a.m" => Some(false),
        _ => None,
    }
}

/// A time of the twelve-hour clock on the 24-hour one: "6 pm" is 18.00, "12 am" midnight.
fn twelve_hour(t: Time, pm: bool) -> Option<Time> {
    match (t.hour, pm) {
        (13.., _) | (0, _) => None,
        (12, pm) => Time::new(if pm { 12 } else { 0 }, t.minute),
        (h, true) => Time::new(h + 12, t.minute),
        (h, false) => Time::new(h, t.minute),
    }
}

/// A clock time, also with "pm" or "am" run on ("6pm", "6.30pm").
fn clock(word: &str) -> Option<Time> {
    let word = word.trim_start_matches('-');
    let lower = word.to_ascii_lowercase();
    for (suffix, pm) in [("pm", true), ("p.m.", true), ("am", false), ("a.m.", false)] {
        if let Some(time) = lower.strip_suffix(suffix).filter(|t| !t.is_empty()) {
            return twelve_hour(Time::parse(time)?, pm);
        }
    }
    Time::parse(word)
}

/// "5.12." — a day and month with the final period, never a clock time.
fn is_short_date(word: &str) -> bool {
    let parts: Vec<&str> = word.trim_end_matches(',').split('.').collect();
    matches!(parts.as_slice(), [d, m, ""] if !d.is_empty() && !m.is_empty() && d.len() <= 2 && m.len() <= 2
        && d.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()))
}

fn after_dash(before: &[&str]) -> bool {
    before.last().is_some_and(|w| *w == "–" || *w == "-")
}

fn is_clock_word(word: &str) -> bool {
    ["klo", "klo.", "kl", "kl.", "kello", "klockan", "at"].contains(&word.to_lowercase().as_str())
}

fn after_clock_word(before: &[&str]) -> bool {
    before.last().is_some_and(|w| is_clock_word(w))
}

#[cfg(test)]
mod tests;
