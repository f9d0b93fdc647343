//! The next meeting written as a sentence: "Seuraava kokous pidetään 3.5.2027 klo 18
//! kirjastolla.", "Nästa möte hålls 5.5.2027 kl. 14.00 i Haparanda.", "The next meeting will be
//! held on 5 May 2027 at 14:00 in the Town Hall.", or after its label ("Next meeting: Thursday
//! 6 May 2027, 6 pm, online"). The sentence is kept as written; its day, times and place are
//! read from it.

use super::when;
use crate::inline;
use crate::labels::{self, Lang, PLACE_PREPOSITIONS};
use crate::model::{zone, Date, NextMeeting, Rich, When};

/// How many words into a sentence its day and times may begin (a longer sentence is still
/// read, its day only looked for this far).
const REACH: usize = 40;
/// The most words a day with its times takes ("torstaina 6. toukokuuta 2027 klo 18.00 – 20.00").
const SPAN: usize = 12;

/// A paragraph (as written in the file, `\n` at hard breaks) that gives the next meeting: one
/// that opens with a next-meeting phrase and names a day or time, or the document's own label
/// for it ("Seuraava kokous: …" in a Finnish document; then the words after it are the
/// sentence, whatever they say).
pub fn read(text: &str, meeting: Option<Date>, lang: Lang) -> Option<NextMeeting> {
    let words = labels::next_meeting_opening(text)?;
    let label = lang.words().next_meeting;
    if let Some(rest) = text.strip_prefix(label).and_then(|r| r.strip_prefix(':')) {
        let rest = rest.trim_start();
        return (!rest.is_empty()).then(|| from_sentence(super::body::rich(rest), meeting));
    }
    let next = from_sentence(super::body::rich(text), meeting);
    (!words.is_empty() && !next.when.is_empty()).then_some(next)
}

/// The next meeting `sentence` gives: its day, times and place read from its words. A day
/// without a year is the first such day after the meeting.
pub fn from_sentence(sentence: Rich, meeting: Option<Date>) -> NextMeeting {
    let plain = sentence.to_plain();
    let (when, zone, place) = when_and_place(&plain, meeting);
    NextMeeting {
        when,
        zone,
        place,
        sentence,
    }
}

/// The day and times a sentence names (the first run of words that reads as them), the time
/// zone right after them ("klo 18 (Suomen aikaa)", "at 14:00 CET") and the place written after
/// them.
fn when_and_place(plain: &str, meeting: Option<Date>) -> (When, String, String) {
    let words: Vec<&str> = plain.split_whitespace().collect();
    let span = (0..words.len().min(REACH)).find_map(|i| {
        (i + 1..=words.len().min(i + SPAN))
            .rev()
            .find_map(|j| when::parse_in(&words[i..j].join(" "), meeting).map(|w| (i, j, w)))
    });
    let Some((i, j, mut found)) = span else {
        return (When::default(), String::new(), String::new());
    };
    // A day written without its year falls after the meeting.
    if let (Some(day), Some(m)) = (found.date, meeting) {
        if day < m && when::parse_in(&words[i..j].join(" "), None).is_none() {
            found.date = day.next_year();
        }
    }
    let (zone, used) = zone_after(&words[j..]);
    (found, zone, place(&words[j + used..]))
}

/// The time zone the words open with, and how many words it takes: a bracket that reads as a
/// zone ("(Suomen aikaa)", "(EET),") or a known zone without brackets ("CET", "svensk tid").
fn zone_after(words: &[&str]) -> (String, usize) {
    let end = |w: &str| w.trim_end_matches(['.', ',', ';', '!']).to_string();
    if words.first().is_some_and(|w| w.starts_with('(')) {
        if let Some(k) = words.iter().take(5).position(|w| end(w).ends_with(')')) {
            let inside = words[..=k].join(" ");
            let inside = end(&inside);
            let inside = inside[1..inside.len() - 1].trim();
            if zone::looks_like(inside) {
                return (inside.to_string(), k + 1);
            }
        }
        return (String::new(), 0);
    }
    for n in [2, 1] {
        if let Some(tail) = words.get(..n).map(|w| end(&w.join(" "))) {
            if zone::known(&tail).is_some() && tail != "Z" {
                return (tail, n);
            }
        }
    }
    (String::new(), 0)
}

/// "in the Town Hall." → "Town Hall"; "Kemijärven kirjastossa." → as written, without the
/// sentence's end.
fn place(words: &[&str]) -> String {
    let start = words
        .iter()
        .position(|w| !PLACE_PREPOSITIONS.contains(&w.to_lowercase().trim_matches(',')))
        .unwrap_or(words.len());
    let text = words[start..].join(" ");
    inline::unescape(
        text.trim_start_matches(',')
            .trim_end_matches(['.', '!', ',', ';'])
            .trim(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Time;

    /// Day, start, end and place.
    type Read = (Option<String>, Option<Time>, Option<Time>, String);

    fn next(text: &str) -> Option<Read> {
        read(text, Date::new(2027, 2, 3), Lang::Fi)
            .map(|n| (n.when.date.map(|d| d.dotted()), n.when.start, n.when.end, n.place))
    }

    fn at(h: u8, m: u8) -> Option<Time> {
        Time::new(h, m)
    }

    #[test]
    fn sentences_in_three_languages() {
        let may = |d: &str| Some(format!("{d}.5.2027"));
        assert_eq!(
            next("Seuraava kokous pidetään 3.5.2027 klo 18 kirjastolla."),
            Some((may("3"), at(18, 0), None, "kirjastolla".into()))
        );
        assert_eq!(
            next("Seuraava kokous on ti 3.5. klo 18–20 Kemijärven kirjastossa"),
            Some((may("3"), at(18, 0), at(20, 0), "Kemijärven kirjastossa".into()))
        );
        assert_eq!(
            next("Hallitus kokoontuu seuraavan kerran torstaina 6.5.2027 klo 17.30."),
            Some((may("6"), at(17, 30), None, String::new()))
        );
        assert_eq!(
            next("Nästa möte hålls 5.5.2027 kl. 14.00 i Haparanda."),
            Some((may("5"), at(14, 0), None, "Haparanda".into()))
        );
        assert_eq!(
            next("Nästa sammanträde äger rum 5 maj 2027 kl. 14.00–16.00 på biblioteket."),
            Some((may("5"), at(14, 0), at(16, 0), "biblioteket".into()))
        );
        assert_eq!(
            next("The next meeting will be held on 5 May 2027 at 14:00 in the Town Hall."),
            Some((may("5"), at(14, 0), None, "Town Hall".into()))
        );
        assert_eq!(
            next("Next meeting: Thursday 6 May 2027, 6 pm, online"),
            Some((may("6"), at(18, 0), None, "online".into()))
        );
        assert_eq!(
            next("The board will next meet on 6 May at 6.30pm."),
            Some((may("6"), at(18, 30), None, String::new()))
        );
    }

    #[test]
    fn the_zone_after_the_times() {
        let read_zone = |t: &str| read(t, Date::new(2027, 2, 3), Lang::Fi).map(|n| (n.when.start, n.zone, n.place));
        assert_eq!(
            read_zone("Seuraava kokous pidetään 3.5.2027 klo 18 (Suomen aikaa) kirjastolla."),
            Some((at(18, 0), "Suomen aikaa".into(), "kirjastolla".into()))
        );
        assert_eq!(
            read_zone("Nästa möte hålls 5.5.2027 kl. 14.00 svensk tid i Haparanda."),
            Some((at(14, 0), "svensk tid".into(), "Haparanda".into()))
        );
        assert_eq!(
            read_zone("The next meeting will be held on 5 May 2027 at 14:00 (UTC+3), online."),
            Some((at(14, 0), "UTC+3".into(), "online".into()))
        );
        assert_eq!(
            read_zone("Seuraava kokous pidetään 3.5.2027 klo 18 (Kemijärven kirjasto)."),
            Some((at(18, 0), String::new(), "(Kemijärven kirjasto)".into())),
            "a bracket that is no zone stays with the place"
        );
    }

    #[test]
    fn a_day_without_a_year_falls_after_the_meeting() {
        assert_eq!(
            next("Seuraava kokous pidetään 20.1. klo 18.").map(|n| n.0),
            Some(Some("20.1.2028".into()))
        );
    }

    #[test]
    fn the_documents_own_label_keeps_the_words_after_it() {
        let n = read("Seuraava kokous: sovitaan myöhemmin", None, Lang::Fi).unwrap();
        assert_eq!(n.sentence.to_plain(), "sovitaan myöhemmin");
        assert!(n.when.is_empty());
        assert!(!labels::next_meeting_stands_alone(&n, Lang::Fi));
        let text = "Next meeting: Thursday 6 May 2027, 6 pm, online";
        let n = read(text, None, Lang::Fi).unwrap();
        assert_eq!(
            n.sentence.to_plain(),
            text,
            "another language's label is part of the sentence"
        );
        assert!(labels::next_meeting_stands_alone(&n, Lang::Fi));
        let n = read(text, None, Lang::En).unwrap();
        assert_eq!(n.sentence.to_plain(), "Thursday 6 May 2027, 6 pm, online");
        assert!(!labels::next_meeting_stands_alone(&n, Lang::En));
        assert_eq!(read("Next meeting: to be decided", None, Lang::Fi), None);
    }

    #[test]
    fn other_sentences_are_not_next_meetings() {
        assert_eq!(next("Kokous pidettiin 3.5.2027 klo 18."), None);
        assert_eq!(next("Seuraava kokous on tärkeä."), None, "no day, no time");
        assert_eq!(next("Sovittiin, että seuraava kokous pidetään 3.5.2027."), None);
        assert_eq!(
            next("&#83;euraava kokous pidetään 3.5.2027."),
            None,
            "escaped as written"
        );
        assert_eq!(next("Next meeting:"), None);
    }
}
