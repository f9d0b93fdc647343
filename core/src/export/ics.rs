//! The next meeting as an iCalendar file (RFC 5545): one event in the time zone the document
//! writes (its own, else the meeting's; Europe/Helsinki when none is written), lines folded at
//! 75 octets, text escaped so that nothing typed can add a property.

use crate::model::zone::{self, Zone};
use crate::model::{Date, Minutes, NextMeeting, Time};

/// A region's rules: the EU's daylight saving (last Sundays of March and October, at 01.00
/// UTC), in the region's standard and summer offsets.
fn vtimezone(tzid: &str) -> Option<String> {
    let (standard, summer, names, at) = match tzid {
        "Europe/Helsinki" => ("+0200", "+0300", ["EET", "EEST"], ["030000", "040000"]),
        "Europe/Stockholm" => ("+0100", "+0200", ["CET", "CEST"], ["020000", "030000"]),
        _ => return None,
    };
    Some(format!(
        "BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:{standard}\r\nTZOFFSETTO:{summer}\r\n\
         TZNAME:{}\r\nDTSTART:19700329T{}\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n\
         BEGIN:STANDARD\r\nTZOFFSETFROM:{summer}\r\nTZOFFSETTO:{standard}\r\nTZNAME:{}\r\n\
         DTSTART:19701025T{}\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n",
        names[1], at[0], names[0], at[1]
    ))
}

/// How the event's times are written: in a region, at a fixed offset (as UTC), or as the
/// clock shows them wherever the reader is (a zone written that no calendar knows).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Clock {
    Region(&'static str),
    Offset(i16),
    Floating,
}

/// The zone of the next meeting's times: its own, else the meeting's, else Helsinki's.
fn clock(doc: &Minutes, next: &NextMeeting) -> Clock {
    let written = [&next.zone, &doc.header.zone]
        .into_iter()
        .find(|z| !z.trim().is_empty());
    match written.map(|z| zone::known(z)) {
        None => Clock::Region("Europe/Helsinki"),
        Some(Some(Zone::Region(r))) => Clock::Region(r),
        Some(Some(Zone::Offset(m))) => Clock::Offset(m),
        Some(None) => Clock::Floating,
    }
}

/// A local day and time as a property's value: with its zone, in UTC, or floating.
fn at(name: &str, d: Date, t: Time, clock: Clock) -> String {
    match clock {
        Clock::Region(tzid) => format!("{name};TZID={tzid}:{}", stamp(d, t)),
        Clock::Floating => format!("{name}:{}", stamp(d, t)),
        Clock::Offset(offset) => {
            let minutes = i32::from(t.minutes()) - i32::from(offset);
            let day = match minutes.div_euclid(24 * 60) {
                -1 => d.previous_day(),
                1 => d.next_day(),
                _ => d,
            };
            let m = minutes.rem_euclid(24 * 60);
            let utc = Time::new((m / 60) as u8, (m % 60) as u8).unwrap_or(t);
            format!("{name}:{}Z", stamp(day, utc))
        }
    }
}

/// Escapes a TEXT value: backslash, semicolon, comma, line breaks; other control characters go.
pub fn escape(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a character.
pub fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut len = 0;
    for c in line.chars() {
        if len + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push(c);
        len += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

fn stamp(d: Date, t: Time) -> String {
    format!("{:04}{:02}{:02}T{:02}{:02}00", d.year, d.month, d.day, t.hour, t.minute)
}

fn day(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year, d.month, d.day)
}

/// UTC time of `ms` milliseconds since 1970, as `20261128T081500Z`.
fn utc(ms: u64) -> String {
    let secs = ms / 1000;
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}{m:02}{d:02}T{:02}{:02}{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// A stable identifier: the same next meeting exported twice updates one calendar event.
fn uid(doc: &Minutes, next: &NextMeeting) -> String {
    let key = format!(
        "{}|{}|{:?}",
        doc.header.title,
        doc.header.when.date.map(|d| d.iso()).unwrap_or_default(),
        next.when.date
    );
    let hash = key.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    format!("{hash:016x}@muistio")
}

/// The next meeting as a calendar file, or `None` when the document gives no date for it.
pub fn render(doc: &Minutes, now_ms: u64) -> Option<String> {
    let next = doc.next_meeting()?;
    let date = next.when.date?;
    let clock = clock(doc, next);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//Muistio//Muistio//FI".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    let mut event = vec![
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", uid(doc, next)),
        format!("DTSTAMP:{}", utc(now_ms)),
    ];
    match (next.when.start, next.when.end) {
        (Some(start), end) => {
            let end_day = if end.is_some_and(|e| e < start) {
                date.next_day()
            } else {
                date
            };
            event.push(at("DTSTART", date, start, clock));
            match end {
                Some(e) => event.push(at("DTEND", end_day, e, clock)),
                None => event.push("DURATION:PT1H".into()),
            }
        }
        (None, _) => {
            event.push(format!("DTSTART;VALUE=DATE:{}", day(date)));
            event.push(format!("DTEND;VALUE=DATE:{}", day(date.next_day())));
        }
    }
    let title = if doc.header.title.is_empty() {
        doc.header.lang.words().kind(doc.header.kind).to_string()
    } else {
        doc.header.title.clone()
    };
    event.push(format!("SUMMARY:{}", escape(&title)));
    if !next.place.is_empty() {
        event.push(format!("LOCATION:{}", escape(&next.place)));
    }
    event.push("END:VEVENT".into());
    let mut out = String::new();
    for line in lines.drain(..) {
        out.push_str(&fold(&line));
    }
    if let Clock::Region(tzid) = clock {
        out.push_str(&vtimezone(tzid).unwrap_or_default());
    }
    for line in event {
        out.push_str(&fold(&line));
    }
    out.push_str("END:VCALENDAR\r\n");
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_typed_can_add_a_property() {
        assert_eq!(escape("a\r\nLOCATION:x;y,z\\"), "a\\nLOCATION:x\\;y\\,z\\\\");
        assert_eq!(escape("bare\rCR"), "bareCR");
        let long = format!("SUMMARY:{}", "Pohjoiskalotin yhteistyö ".repeat(8));
        let folded = fold(&long);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(folded.replace("\r\n ", ""), long + "\r\n");
    }

    #[test]
    fn utc_stamps() {
        assert_eq!(utc(0), "19700101T000000Z");
        assert_eq!(utc(951_782_400_000), "20000229T000000Z");
    }
}
