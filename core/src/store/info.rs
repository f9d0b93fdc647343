//! What the list of drafts shows of a draft, kept beside it in storage so that listing the
//! drafts never reads (or parses) the drafts themselves.

use super::Envelope;
use crate::model::Minutes;
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
    /// What people search drafts by besides the title: place, attendees' names and item
    /// titles, lower case, at most a few hundred characters.
    #[serde(default)]
    pub words: String,
}

/// How much of a draft's words the list keeps for searching.
const WORDS: usize = 600;

impl Info {
    /// The list entry of a draft saved at `saved_at` as `revision`, whose saved form is `size`
    /// characters long.
    pub fn of(doc: &Minutes, saved_at: u64, revision: u64, size: usize) -> Info {
        let mut words = String::new();
        let parts = std::iter::once(doc.header.place.as_str())
            .chain(
                doc.attendees
                    .iter()
                    .flat_map(|a| [a.first_names.as_str(), a.last_name.as_str()]),
            )
            .chain(doc.items.iter().map(|i| i.title.as_str()));
        for part in parts.filter(|p| !p.is_empty()) {
            if words.chars().count() + part.chars().count() > WORDS {
                break;
            }
            words.push_str(&part.to_lowercase());
            words.push(' ');
        }
        Info {
            title: doc.header.title.clone(),
            date: doc.header.when.date.map(|d| d.dotted()).unwrap_or_default(),
            saved_at,
            revision,
            size,
            words: words.trim_end().to_string(),
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
