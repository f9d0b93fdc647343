//! The time zone a meeting's times are given in, as people write it after the times: "(EET)",
//! "(svensk tid)", "UTC+2", "(Helsinki time)". The words are kept as written; the zones a
//! calendar can place are known here.

/// A zone a calendar can place: a region with its daylight saving rules, or a fixed offset.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Zone {
    /// A region of the tz database ("Europe/Helsinki").
    Region(&'static str),
    /// A fixed offset from UTC, in minutes (EET is +120).
    Offset(i16),
}

/// Regions by the words people write for them, lower-case.
const REGIONS: &[(&str, &str)] = &[
    ("suomen aikaa", "Europe/Helsinki"),
    ("suomen aika", "Europe/Helsinki"),
    ("helsingin aikaa", "Europe/Helsinki"),
    ("finsk tid", "Europe/Helsinki"),
    ("finländsk tid", "Europe/Helsinki"),
    ("helsingfors tid", "Europe/Helsinki"),
    ("helsingforstid", "Europe/Helsinki"),
    ("finnish time", "Europe/Helsinki"),
    ("helsinki time", "Europe/Helsinki"),
    ("europe/helsinki", "Europe/Helsinki"),
    ("ruotsin aikaa", "Europe/Stockholm"),
    ("tukholman aikaa", "Europe/Stockholm"),
    ("svensk tid", "Europe/Stockholm"),
    ("stockholms tid", "Europe/Stockholm"),
    ("stockholmstid", "Europe/Stockholm"),
    ("swedish time", "Europe/Stockholm"),
    ("stockholm time", "Europe/Stockholm"),
    ("europe/stockholm", "Europe/Stockholm"),
];

/// Abbreviations of fixed offsets, in minutes east of UTC.
const ABBREVIATIONS: &[(&str, i16)] = &[
    ("UTC", 0),
    ("GMT", 0),
    ("Z", 0),
    ("WET", 0),
    ("WEST", 60),
    ("CET", 60),
    ("CEST", 120),
    ("EET", 120),
    ("EEST", 180),
];

/// Words a zone written in words ends with ("Suomen aikaa", "svensk tid", "local time").
const ZONE_WORDS: &[&str] = &["aikaa", "aika", "tid", "time", "tidszon", "aikavyöhyke", "zone"];

/// The zone `text` names, when a calendar can place it.
pub fn known(text: &str) -> Option<Zone> {
    let t = text.trim();
    let lower = t.to_lowercase();
    if let Some((_, region)) = REGIONS.iter().find(|(w, _)| *w == lower) {
        return Some(Zone::Region(region));
    }
    let upper = t.to_uppercase().replace('−', "-");
    let split = upper.find(['+', '-']).unwrap_or(upper.len());
    let (name, offset) = upper.split_at(split);
    let base = ABBREVIATIONS.iter().find(|(a, _)| *a == name.trim())?.1;
    match offset.trim() {
        "" => Some(Zone::Offset(base)),
        // Only UTC and GMT take an offset after them ("UTC+2", "GMT-05:00").
        o if base == 0 && name.trim() != "Z" => offset_minutes(o).map(Zone::Offset),
        _ => None,
    }
}

/// "+2", "+02", "+2:30", "+0230", "-5" → minutes east of UTC (within ±14 hours).
fn offset_minutes(text: &str) -> Option<i16> {
    let (sign, digits) = match (text.strip_prefix('+'), text.strip_prefix('-')) {
        (Some(d), _) => (1, d),
        (_, Some(d)) => (-1, d),
        _ => return None,
    };
    let (h, m) = match digits.split_once([':', '.']) {
        Some((h, m)) => (h, m),
        None if digits.len() == 4 => digits.split_at(2),
        None => (digits, "0"),
    };
    let ok = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !ok(h) || !ok(m) {
        return None;
    }
    let (h, m): (i16, i16) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 14 && m < 60).then_some(sign * (h * 60 + m))
}

/// Whether `text` reads as a time zone even where no label says so (after the times of a
/// sentence): a zone a calendar can place, an abbreviation of capitals ("PST", "UTC+2"), or
/// a few words ending in a word for time ("Tokion aikaa", "local time").
pub fn looks_like(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() || t.chars().count() > 40 {
        return false;
    }
    if known(t).is_some() {
        return true;
    }
    let name: String = t.chars().take_while(|c| c.is_ascii_uppercase()).collect();
    let rest = &t[name.len()..];
    if (2..=5).contains(&name.len()) && (rest.is_empty() || offset_minutes(&rest.replace('−', "-")).is_some()) {
        return true;
    }
    let words: Vec<String> = t.split_whitespace().map(str::to_lowercase).collect();
    words.len() <= 4
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '/'))
        && words.last().is_some_and(|w| ZONE_WORDS.contains(&w.as_str()))
}

/// Times with their zone after them, as documents show them: "klo 10.00–11.30 (EET)"; the
/// times alone when no zone is written, the zone alone when no times are.
pub fn with_zone(times: &str, zone: &str) -> String {
    match (times.is_empty(), zone.is_empty()) {
        (_, true) => times.to_string(),
        (true, false) => format!("({zone})"),
        (false, false) => format!("{times} ({zone})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones_people_write() {
        assert_eq!(known("EET"), Some(Zone::Offset(120)));
        assert_eq!(known("cest"), Some(Zone::Offset(120)));
        assert_eq!(known("UTC+2"), Some(Zone::Offset(120)));
        assert_eq!(known("UTC−5"), Some(Zone::Offset(-300)));
        assert_eq!(known("GMT+05:30"), Some(Zone::Offset(330)));
        assert_eq!(known("UTC"), Some(Zone::Offset(0)));
        assert_eq!(known("Suomen aikaa"), Some(Zone::Region("Europe/Helsinki")));
        assert_eq!(known("svensk tid"), Some(Zone::Region("Europe/Stockholm")));
        assert_eq!(known("Helsinki time"), Some(Zone::Region("Europe/Helsinki")));
        assert_eq!(known("CET+1"), None);
        assert_eq!(known("UTC+15"), None);
        assert_eq!(known("Tokion aikaa"), None);
        for zone in ["PST", "UTC+2", "Tokion aikaa", "local time", "svensk tid", "EET"] {
            assert!(looks_like(zone), "{zone}");
        }
        for not in [
            "kahvitauko klo 11",
            "huom",
            "Kemijärvi",
            "A",
            "tauko",
            "ABÅåÅöpÄ",
            "UTCÄ",
        ] {
            assert!(!looks_like(not), "{not}");
        }
    }
}
