//! Calendar dates and clock times as a meeting uses them: no time zone, no seconds.

use super::lang::{Lang, MONTHS_EN};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// When a meeting is: its day and clock times, each unknown until somebody writes it down.
/// An end earlier than the start means the meeting runs past midnight.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct When {
    /// Meeting day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Start time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Time>,
    /// End time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Time>,
}

impl When {
    /// Nothing is known.
    pub fn is_empty(&self) -> bool {
        *self == When::default()
    }

    /// "14.11.2025", or "14 November 2025" in English.
    pub fn date_text(&self, lang: Lang) -> Option<String> {
        self.date.map(|d| match lang {
            Lang::En => format!("{} {} {}", d.day, MONTHS_EN[usize::from(d.month - 1)], d.year),
            _ => d.dotted(),
        })
    }

    /// "klo 9.00–11.30", "kl. 13.00", "9.00–11.30" in English, "klo –11.30" when only the end is known.
    pub fn times_text(&self, lang: Lang) -> Option<String> {
        let span = match (self.start, self.end) {
            (None, None) => return None,
            (Some(s), None) => s.dotted(),
            (None, Some(e)) => format!("–{}", e.dotted()),
            (Some(s), Some(e)) => format!("{}–{}", s.dotted(), e.dotted()),
        };
        let at = lang.words().at;
        Some(if at.is_empty() { span } else { format!("{at} {span}") })
    }

    /// Date and times on one line: "14.11.2025 klo 9.00–11.30"; empty when nothing is known.
    pub fn text(&self, lang: Lang) -> String {
        [self.date_text(lang), self.times_text(lang)]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Length in minutes when both times are known (across midnight when the end is earlier).
    pub fn duration_minutes(&self) -> Option<u16> {
        let (s, e) = (self.start?.minutes(), self.end?.minutes());
        Some(if e >= s { e - s } else { 24 * 60 - s + e })
    }
}

/// A calendar date (proleptic Gregorian). Saved as ISO 8601 `2025-11-14`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Date {
    /// Four-digit year, 1000–9999.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31 depending on the month.
    pub day: u8,
}

/// A time of day to the minute. Saved as `09:00`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Time {
    /// Hour, 0–23.
    pub hour: u8,
    /// Minute, 0–59.
    pub minute: u8,
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date, or `None` when it does not exist (31.2., month 13, year outside 1000–9999).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let valid = (1000..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Reads the Finnish and Swedish form `14.11.2025` (leading zeros and a final period
    /// allowed) or ISO `2025-11-14`. Anything else, including a non-existent date, is `None`.
    pub fn parse(text: &str) -> Option<Date> {
        let t = text.trim().trim_end_matches('.');
        let nums = |sep: char| -> Option<Vec<u16>> {
            t.split(sep)
                .map(|p| {
                    let ok = !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit());
                    ok.then(|| p.parse().ok()).flatten()
                })
                .collect()
        };
        if let Some(p) = nums('.').filter(|p| p.len() == 3 && p[2] >= 1000) {
            return Date::new(p[2], u8::try_from(p[1]).ok()?, u8::try_from(p[0]).ok()?);
        }
        if let Some(p) = nums('-').filter(|p| p.len() == 3 && p[0] >= 1000) {
            return Date::new(p[0], u8::try_from(p[1]).ok()?, u8::try_from(p[2]).ok()?);
        }
        None
    }

    /// `14.11.2025`: the form used in Finnish and Swedish documents.
    pub fn dotted(&self) -> String {
        format!("{}.{}.{}", self.day, self.month, self.year)
    }

    /// `2025-11-14`: ISO 8601, for file names and data.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Days since 1 March of year 0 (a day count for differences between dates).
    pub fn days(&self) -> i64 {
        let (y, m) = match self.month {
            1 | 2 => (i64::from(self.year) - 1, i64::from(self.month) + 9),
            _ => (i64::from(self.year), i64::from(self.month) - 3),
        };
        365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + i64::from(self.day) - 1
    }

    /// The same day a year later (28 February for 29 February), or `None` past 9999.
    pub fn next_year(&self) -> Option<Date> {
        Date::new(self.year + 1, self.month, self.day).or_else(|| Date::new(self.year + 1, self.month, self.day - 1))
    }

    /// The calendar day before.
    pub fn previous_day(&self) -> Date {
        match (self.day, self.month) {
            (1, 1) => Date {
                year: self.year - 1,
                month: 12,
                day: 31,
            },
            (1, m) => Date {
                month: m - 1,
                day: days_in_month(self.year, m - 1),
                ..*self
            },
            (d, _) => Date { day: d - 1, ..*self },
        }
    }

    /// The following calendar day.
    pub fn next_day(&self) -> Date {
        if self.day < days_in_month(self.year, self.month) {
            Date {
                day: self.day + 1,
                ..*self
            }
        } else if self.month < 12 {
            Date {
                month: self.month + 1,
                day: 1,
                ..*self
            }
        } else {
            Date {
                year: self.year + 1,
                month: 1,
                day: 1,
            }
        }
    }
}

impl Time {
    /// The time, or `None` outside 0.00–23.59.
    pub fn new(hour: u8, minute: u8) -> Option<Time> {
        (hour < 24 && minute < 60).then_some(Time { hour, minute })
    }

    /// Reads `9.00`, `09.00`, `9:00`, `9` (a full hour) and `24.00`-free clock times.
    pub fn parse(text: &str) -> Option<Time> {
        let t = text.trim();
        let (h, m) = match t.find(['.', ':']) {
            Some(i) => (&t[..i], &t[i + 1..]),
            None => (t, "00"),
        };
        let digits = |s: &str, max: usize| !s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit());
        if !(digits(h, 2) && digits(m, 2) && m.len() == 2) {
            return None;
        }
        Time::new(h.parse().ok()?, m.parse().ok()?)
    }

    /// `9.00`: the Finnish and Swedish form.
    pub fn dotted(&self) -> String {
        format!("{}.{:02}", self.hour, self.minute)
    }

    /// Minutes since midnight.
    pub fn minutes(&self) -> u16 {
        u16::from(self.hour) * 60 + u16::from(self.minute)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.dotted())
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.dotted())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        let ok = s.len() == 10 && s.as_bytes()[4] == b'-';
        ok.then(|| Date::parse(&s))
            .flatten()
            .ok_or_else(|| serde::de::Error::custom(format!("not a date: {s:?}")))
    }
}

impl Serialize for Time {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format!("{:02}:{:02}", self.hour, self.minute))
    }
}

impl<'de> Deserialize<'de> for Time {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Time::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("not a time: {s:?}")))
    }
}

#[cfg(test)]
mod tests;
