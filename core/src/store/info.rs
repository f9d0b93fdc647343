//! What the list of drafts shows of a draft, kept beside it in storage so that listing the
//! drafts never reads (or parses) the drafts themselves.

use super::Envelope;
use crate::model::Minutes;
use crate::register::Summary;
use serde::{Deserialize, Serialize};

/// A draft as the list shows it: its title and date, when and how often it was saved, and the
/// size of its saved form.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct Info {
    /// Meeting title (may be empty).
    #[serde(default)]
    pub title: String,
    /// Meeting date as written, `14.11.2025`, or empty.
    #[serde(default)]
    pub date: String,
    /// When it was last saved, milliseconds since 1970.
    #[serde(default)]
    pub saved_at: u64,
    /// The revision last saved.
    #[serde(default)]
    pub revision: u64,
    /// Size of the saved form, in characters.
    #[serde(default)]
    pub size: usize,
    /// What people search drafts by besides the title: the words of the place, attendees'
    /// names, item titles and then the text, lower case, each once, shorter than `words::WORDS`
    /// bytes.
    #[serde(default)]
    pub words: String,
    /// Its decisions and open actions, for the register; `None` in an entry written before
    /// the register was kept (the draft is then read once to make it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub register: Option<Summary>,
}

impl Info {
    /// The list entry of a draft saved at `saved_at` as `revision`, whose saved form is `size`
    /// characters long.
    pub fn of(doc: &Minutes, saved_at: u64, revision: u64, size: usize) -> Info {
        Info {
            title: doc.header.title.clone(),
            date: doc.header.when.date.map(|d| d.dotted()).unwrap_or_default(),
            saved_at,
            revision,
            size,
            words: super::words::of(doc),
            register: Some(Summary::of(doc)),
        }
    }

    /// The list entry of a saved envelope whose saved form is `size` characters long.
    pub fn of_envelope(envelope: &Envelope, size: usize) -> Info {
        Info::of(&envelope.minutes, envelope.saved_at, envelope.revision, size)
    }

    /// The entry as stored.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("an entry always serialises")
    }

    /// An entry read back; `None` when it is not one.
    pub fn from_json(text: &str) -> Option<Info> {
        serde_json::from_str(text).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Attendee, Entry, Id, Item};
    use crate::store::words::WORDS;

    #[test]
    fn the_text_is_searchable_and_each_word_kept_once() {
        let mut doc = Minutes::default();
        doc.header.place = "Lapin liitto, Rovaniemi".into();
        doc.attendees.push(Attendee::new(Id(1), "Tomi", "Aho"));
        let mut item = Item::new(Id(2), "Tilannekatsaus");
        item.entries.push(Entry::paragraph(
            Id(3),
            "Droneista keskusteltiin. Droneista paljon kysymyksiä.",
        ));
        doc.items.push(item);
        let info = Info::of(&doc, 0, 1, 10);
        assert_eq!(
            info.words,
            "lapin liitto rovaniemi tomi aho tilannekatsaus droneista keskusteltiin paljon kysymyksiä"
        );
        let mut long = Item::new(Id(4), "Pitkä");
        long.entries.push(Entry::paragraph(
            Id(5),
            &(0..3000).map(|n| format!("sana{n} ")).collect::<String>(),
        ));
        doc.items.push(long);
        assert!(Info::of(&doc, 0, 1, 10).words.len() < WORDS);
    }
}
