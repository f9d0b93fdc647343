//! Attendees typed or pasted in one go: rows from a word processor or spreadsheet, or an
//! e-mail recipient list. A heading row is skipped, and a person already listed is recognised
//! (by name or address) instead of being added twice.

use super::Edit;
use crate::import::{people, recipients};
use crate::model::{is_email, Attendee, Ids, Minutes};
use std::collections::HashMap;

/// What adding a paste would do.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct People {
    /// The edits, one undo step together (empty when nothing is new).
    pub edits: Vec<Edit>,
    /// How many people are added.
    pub added: usize,
    /// People already listed (by their listed name), given an address they lacked or not.
    pub known: Vec<String>,
    /// Lines that were neither a person nor a heading.
    pub skipped: usize,
}

/// Words of an attendee table's heading row, in Finnish, Swedish and English.
const HEADINGS: &[&str] = &[
    "etunimi",
    "etunimet",
    "sukunimi",
    "nimi",
    "organisaatio",
    "organisaatio ja rooli",
    "rooli",
    "tehtävä",
    "sähköposti",
    "edustaa",
    "förnamn",
    "efternamn",
    "namn",
    "organisation",
    "organisation och roll",
    "roll",
    "e-post",
    "first name",
    "first names",
    "given name",
    "last name",
    "surname",
    "family name",
    "name",
    "organization",
    "role",
    "email",
    "e-mail",
    "represents",
];

fn is_heading(row: &people::Row) -> bool {
    let cells = [row.first.as_str(), row.last.as_str()]
        .into_iter()
        .chain(row.orgs.iter().map(String::as_str))
        .filter(|c| !c.trim().is_empty());
    let mut any = false;
    for c in cells {
        any = true;
        if !HEADINGS.contains(&c.trim().trim_end_matches(':').to_lowercase().as_str()) {
            return false;
        }
    }
    any
}

/// The people of `text` added to `doc`'s present attendees (before the absent ones).
pub fn add_people(doc: &Minutes, text: &str, ids: &mut Ids) -> People {
    let mut out = People::default();
    let mut found: Vec<Attendee> = Vec::new();
    match recipients::recipients(text) {
        Some(list) => {
            for r in list {
                let mut a = Attendee::new(ids.next_id(), &r.first, &r.last);
                a.email = r.email;
                found.push(a);
            }
        }
        None => {
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                match people::row(line, true) {
                    Some(row) if is_heading(&row) => {}
                    Some(row) => {
                        let mut a = row.into_attendee(ids, false);
                        if let Some(i) = a.organisations.iter().position(|o| is_email(o.trim())) {
                            a.email = a.organisations.remove(i).trim().to_string();
                        }
                        found.push(a);
                    }
                    None => out.skipped += 1,
                }
            }
        }
    }
    let mut listed = Listed::default();
    doc.attendees.iter().for_each(|a| listed.add(a.clone()));
    let mut index = doc.attendees.iter().filter(|a| !a.absent).count();
    for a in found {
        match listed.find(&a) {
            Some(at) => {
                let b = &mut listed.people[at];
                out.known.push(b.full_name());
                if b.email.is_empty() && !a.email.is_empty() && doc.attendees.iter().any(|x| x.id == b.id) {
                    b.email = a.email.clone();
                    out.edits.push(Edit::SetAttendee(b.clone()));
                    listed.addresses.entry(a.email.to_lowercase()).or_insert(at);
                }
            }
            None => {
                listed.add(a.clone());
                out.edits.push(Edit::InsertAttendee { index, attendee: a });
                index += 1;
                out.added += 1;
            }
        }
    }
    out
}

/// The people listed so far, found by name or address in constant time (a paste of thousands
/// of rows stays linear).
#[derive(Default)]
struct Listed {
    people: Vec<Attendee>,
    names: HashMap<String, usize>,
    addresses: HashMap<String, usize>,
}

impl Listed {
    fn add(&mut self, a: Attendee) {
        let at = self.people.len();
        let name = name_key(&a);
        if !name.is_empty() {
            self.names.entry(name).or_insert(at);
        }
        if !a.email.is_empty() {
            self.addresses.entry(a.email.to_lowercase()).or_insert(at);
        }
        self.people.push(a);
    }

    /// The same person: the same address, or the same full name (any case).
    fn find(&self, a: &Attendee) -> Option<usize> {
        let by_address = (!a.email.is_empty())
            .then(|| self.addresses.get(&a.email.to_lowercase()))
            .flatten();
        by_address.or_else(|| self.names.get(&name_key(a))).copied()
    }
}

/// A person's name for recognising them: words in lower case, one space apart.
fn name_key(a: &Attendee) -> String {
    a.full_name()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Id;

    fn doc() -> Minutes {
        let mut d = Minutes::default();
        d.attendees.push(Attendee::new(Id(1), "Ida", "Tirkkonen"));
        d
    }

    fn names(d: &Minutes) -> Vec<String> {
        d.attendees
            .iter()
            .map(|a| format!("{} <{}>", a.full_name(), a.email))
            .collect()
    }

    #[test]
    fn rows_with_a_heading_in_any_language() {
        for heading in [
            "Etunimi\tSukunimi\tOrganisaatio",
            "Förnamn\tEfternamn\tRoll",
            "First name\tLast name\tRole",
        ] {
            let text = format!("{heading}\nTomi\tAho\tArctic Factory\nMinna\tKarhu\tLapin liitto, sihteeri\n");
            let mut d = doc();
            let added = add_people(&d, &text, &mut Ids::seeded(1));
            assert_eq!((added.added, added.known.len(), added.skipped), (2, 0, 0), "{heading}");
            d.apply(Edit::Batch(added.edits)).unwrap();
            assert_eq!(names(&d), ["Ida Tirkkonen <>", "Tomi Aho <>", "Minna Karhu <>"]);
        }
    }

    #[test]
    fn pasting_twice_adds_nobody_twice() {
        let text = "Tomi\tAho\tArctic Factory\nIDA\tTIRKKONEN\tLapin liitto";
        let mut d = doc();
        let first = add_people(&d, text, &mut Ids::seeded(1));
        assert_eq!(
            (first.added, first.known.clone()),
            (1, vec!["Ida Tirkkonen".to_string()])
        );
        d.apply(Edit::Batch(first.edits)).unwrap();
        let again = add_people(&d, text, &mut Ids::seeded(2));
        assert_eq!((again.added, again.edits.len(), again.known.len()), (0, 0, 2));
    }

    #[test]
    fn a_recipient_list_gives_names_and_addresses() {
        let text =
            "Ida Tirkkonen <ida.tirkkonen@lapinliitto.fi>; \"Aho, Tomi\" <tomi.aho@af.fi>; minna.karhu@lapinliitto.fi";
        let mut d = doc();
        let added = add_people(&d, text, &mut Ids::seeded(1));
        assert_eq!(
            (added.added, added.known.clone()),
            (2, vec!["Ida Tirkkonen".to_string()])
        );
        d.apply(Edit::Batch(added.edits)).unwrap();
        assert_eq!(
            names(&d),
            [
                "Ida Tirkkonen <ida.tirkkonen@lapinliitto.fi>",
                "Tomi Aho <tomi.aho@af.fi>",
                "Minna Karhu <minna.karhu@lapinliitto.fi>"
            ],
            "Ida, already listed, gets her address"
        );
    }

    #[test]
    fn an_address_column_and_lines_that_are_not_people() {
        let text = "Tomi\tAho\tArctic Factory\ttomi.aho@af.fi\nKokous pidettiin etänä.\n";
        let added = add_people(&doc(), text, &mut Ids::seeded(1));
        assert_eq!((added.added, added.skipped), (1, 1));
        match &added.edits[0] {
            Edit::InsertAttendee { attendee, index } => {
                assert_eq!(
                    (attendee.email.as_str(), attendee.organisations.clone(), *index),
                    ("tomi.aho@af.fi", vec!["Arctic Factory".to_string()], 1)
                )
            }
            other => panic!("{other:?}"),
        }
    }
}
