//! Who a name in a statement means: first name, full name, or a unique beginning of one.

use crate::model::{Attendee, Id, Minutes};

/// What a speaker's name resolves to.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Resolved {
    /// Exactly one attendee, by first name, all first names or full name.
    Attendee(Id),
    /// The name begins exactly one attendee's name ("Kat" → Katariina).
    Prefix(Id),
    /// Several attendees fit.
    Ambiguous(Vec<Id>),
    /// Nobody fits; the closest attendee by spelling, if any is close ("Tommi" → Tomi Aho).
    Unknown(Option<Id>),
}

fn norm(s: &str) -> String {
    s.trim().trim_end_matches(':').to_lowercase()
}

/// The names a person can be called by: "Jussi", "Jussi Olavi", "Jussi Olavi Jokinen", "Jussi Jokinen".
fn names(a: &Attendee) -> Vec<String> {
    let mut out = vec![norm(a.call_name()), norm(&a.first_names), norm(&a.full_name())];
    if !a.last_name.is_empty() {
        out.push(norm(&format!("{} {}", a.call_name(), a.last_name)));
    }
    out.retain(|n| !n.is_empty());
    out
}

/// Resolves `name` among the document's attendees.
pub fn resolve(doc: &Minutes, name: &str) -> Resolved {
    Roster::of(doc).resolve(doc, name)
}

/// The names each attendee can be called by, worked out once for many names to resolve (the
/// checks resolve every speaker of a long meeting).
pub struct Roster {
    people: Vec<(Id, Vec<String>)>,
}

impl Roster {
    /// The roster of `doc`'s attendees.
    pub fn of(doc: &Minutes) -> Roster {
        Roster {
            people: doc.attendees.iter().map(|a| (a.id, names(a))).collect(),
        }
    }

    /// Resolves `name` among the attendees of `doc`, whose roster this is.
    pub fn resolve(&self, doc: &Minutes, name: &str) -> Resolved {
        let key = norm(name);
        if key.is_empty() {
            return Resolved::Unknown(None);
        }
        let exact: Vec<Id> = self
            .people
            .iter()
            .filter(|(_, names)| names.contains(&key))
            .map(|(id, _)| *id)
            .collect();
        match exact.len() {
            1 => return Resolved::Attendee(exact[0]),
            n if n > 1 => return Resolved::Ambiguous(exact),
            _ => {}
        }
        let prefixed: Vec<Id> = self
            .people
            .iter()
            .filter(|(_, names)| key.chars().count() >= 2 && names.iter().any(|n| n.starts_with(&key)))
            .map(|(id, _)| *id)
            .collect();
        match prefixed.len() {
            1 => Resolved::Prefix(prefixed[0]),
            n if n > 1 => Resolved::Ambiguous(prefixed),
            _ => Resolved::Unknown(closest(doc, &key)),
        }
    }
}

/// The attendee whose first name is within two letters of `key`, the nearest first.
fn closest(doc: &Minutes, key: &str) -> Option<Id> {
    doc.attendees
        .iter()
        .map(|a| {
            (
                distance(&norm(a.call_name()), key).min(distance(&norm(&a.full_name()), key)),
                a.id,
            )
        })
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, id)| id)
}

/// Levenshtein distance in characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// How a statement names an attendee: the first of the first names, or the full name when
/// another attendee shares that first name.
pub fn speaker_name(doc: &Minutes, id: Id) -> Option<String> {
    let a = doc.attendees.iter().find(|a| a.id == id)?;
    let call = norm(a.call_name());
    let shared = doc.attendees.iter().filter(|b| norm(b.call_name()) == call).count() > 1;
    Some(if shared {
        a.full_name()
    } else {
        a.call_name().to_string()
    })
}

/// Attendees whose names begin with `typed`, for completing a speaker field: (id, name to write, full name).
pub fn suggestions(doc: &Minutes, typed: &str) -> Vec<(Id, String, String)> {
    let key = norm(typed);
    doc.attendees
        .iter()
        .filter(|a| {
            key.is_empty() || names(a).iter().any(|n| n.starts_with(&key)) || norm(&a.last_name).starts_with(&key)
        })
        .filter_map(|a| Some((a.id, speaker_name(doc, a.id)?, a.full_name())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Minutes {
        let mut doc = Minutes::default();
        for (i, (f, l)) in [
            ("Tomi", "Aho"),
            ("Jussi Olavi", "Jokinen"),
            ("Katariina", "Importanta"),
            ("Katja", "Jaako"),
            ("Anne", "Aalto"),
            ("Anne", "Berg"),
        ]
        .iter()
        .enumerate()
        {
            doc.attendees.push(Attendee::new(Id(i as u64 + 1), f, l));
        }
        doc
    }

    #[test]
    fn names_prefixes_and_near_misses() {
        let d = doc();
        assert_eq!(resolve(&d, "Tomi"), Resolved::Attendee(Id(1)));
        assert_eq!(resolve(&d, "jussi"), Resolved::Attendee(Id(2)));
        assert_eq!(resolve(&d, "Jussi Olavi Jokinen"), Resolved::Attendee(Id(2)));
        assert_eq!(resolve(&d, "Katar"), Resolved::Prefix(Id(3)));
        assert_eq!(resolve(&d, "Kat"), Resolved::Ambiguous(vec![Id(3), Id(4)]));
        assert_eq!(resolve(&d, "Tommi"), Resolved::Unknown(Some(Id(1))));
        assert_eq!(resolve(&d, "Zorro"), Resolved::Unknown(None));
        assert_eq!(resolve(&d, "Anne"), Resolved::Ambiguous(vec![Id(5), Id(6)]));
    }

    #[test]
    fn speaker_names_and_suggestions() {
        let d = doc();
        assert_eq!(speaker_name(&d, Id(2)).as_deref(), Some("Jussi"));
        assert_eq!(speaker_name(&d, Id(5)).as_deref(), Some("Anne Aalto"));
        let names: Vec<String> = suggestions(&d, "ka").into_iter().map(|s| s.1).collect();
        assert_eq!(names, ["Katariina", "Katja"]);
        assert_eq!(suggestions(&d, "").len(), 6);
    }
}
