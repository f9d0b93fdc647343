//! The whole document: header, attendees, introduction and numbered items.

use super::Lang;
use super::{Approval, Attendee, Entry, EntryKind, Id, Item, ItemKind, NextMeeting, Rich, When};
use serde::{Deserialize, Serialize};

mod saved;

/// Which document this is; its label depends on the language (MUISTIO, PROTOKOLL, AGENDA…).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    /// A memo (muistio, minnesanteckningar): a record of the discussion.
    #[default]
    Memo,
    /// Formal minutes (pöytäkirja, protokoll).
    Minutes,
    /// An agenda (esityslista, föredragningslista), written before the meeting.
    Agenda,
}

/// How the items are numbered: "5." in a memo, "5 §" in a Finnish pöytäkirja, "§ 5" in a
/// Swedish protokoll.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Numbering {
    /// "5. Kokouksen avaus"
    #[default]
    Dotted,
    /// "5 § Kokouksen avaus"
    SectionAfter,
    /// "§ 5 Mötets öppnande"
    SectionBefore,
}

impl Numbering {
    /// The number as it stands before the title: "5.", "5 §", "§ 5".
    pub fn label(self, n: u32) -> String {
        match self {
            Numbering::Dotted => format!("{n}."),
            Numbering::SectionAfter => format!("{n} §"),
            Numbering::SectionBefore => format!("§ {n}"),
        }
    }
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

fn one() -> u32 {
    1
}

fn is_one(n: &u32) -> bool {
    *n == 1
}

/// The header: what meeting, what document, when and where. Read by `saved.rs`, written as
/// derived.
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
pub struct Header {
    /// The meeting ("Luovien alojen klusterin kokous").
    pub title: String,
    /// The kind of document.
    #[serde(default)]
    pub kind: DocKind,
    /// The document's number when it has one ("3/2025" in "PÖYTÄKIRJA 3/2025").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub number: String,
    /// The line under the document type, as written ("VUOSIKOKOUS 2/2027", "Extra årsmöte").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub subtitle: String,
    /// The document's language: its labels and date forms.
    #[serde(default)]
    pub lang: Lang,
    /// Meeting day and times.
    #[serde(flatten)]
    pub when: When,
    /// The time zone the times are given in, as written ("EET", "svensk tid", "UTC+2"); empty
    /// when none is written (the meeting's local time, Finland's unless said otherwise).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub zone: String,
    /// Place: room, address, building, organisation, city, as one line.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// How the items are numbered.
    #[serde(default, skip_serializing_if = "is_default")]
    pub numbering: Numbering,
    /// The first item's number (a pöytäkirja's § numbers may run on through the year).
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub first_item: u32,
    /// Draft, checked or final; the checkers, and where and when they checked.
    #[serde(default, skip_serializing_if = "Approval::is_empty")]
    pub approval: Approval,
}

impl Default for Header {
    fn default() -> Header {
        Header {
            title: String::new(),
            kind: DocKind::default(),
            number: String::new(),
            subtitle: String::new(),
            lang: Lang::default(),
            when: When::default(),
            zone: String::new(),
            place: String::new(),
            numbering: Numbering::default(),
            first_item: 1,
            approval: Approval::default(),
        }
    }
}

impl Header {
    /// The number of the item at `index` (0 for the first), as it stands before its title.
    pub fn item_number(&self, index: usize) -> String {
        let n = u32::try_from(index).unwrap_or(u32::MAX).saturating_add(self.first_item);
        self.numbering.label(n)
    }
}

/// A meeting's minutes.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct Minutes {
    /// Title, kind, time and place.
    pub header: Header,
    /// Everyone listed, present and absent, in the order written.
    #[serde(default)]
    pub attendees: Vec<Attendee>,
    /// Text between the header and the first item (kept so that nothing imported is lost).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub intro: Vec<Entry>,
    /// The numbered items, in order.
    #[serde(default)]
    pub items: Vec<Item>,
}

impl Minutes {
    /// Every entry, the introduction's first, with the item it belongs to (`None` for the intro).
    pub fn entries(&self) -> impl Iterator<Item = (Option<&Item>, &Entry)> {
        let intro = self.intro.iter().map(|e| (None, e));
        intro.chain(
            self.items
                .iter()
                .flat_map(|i| i.entries.iter().map(move |e| (Some(i), e))),
        )
    }

    /// The next meeting, if an entry gives it.
    pub fn next_meeting(&self) -> Option<&NextMeeting> {
        self.entries().find_map(|(_, e)| match &e.kind {
            EntryKind::NextMeeting(n) => Some(n),
            _ => None,
        })
    }

    /// The next meeting, if an entry gives it, to change.
    pub fn next_meeting_mut(&mut self) -> Option<&mut NextMeeting> {
        let items = self.items.iter_mut().flat_map(|i| i.entries.iter_mut());
        self.intro.iter_mut().chain(items).find_map(|e| match &mut e.kind {
            EntryKind::NextMeeting(n) => Some(n),
            _ => None,
        })
    }

    /// The key takeaways: the bullets of the items that are takeaways.
    pub fn takeaways(&self) -> Vec<&Rich> {
        let items = self.items.iter().filter(|i| i.kind() == ItemKind::Takeaways);
        items
            .flat_map(|i| i.entries.iter())
            .filter_map(|e| match &e.kind {
                EntryKind::Bullets { items } => Some(items.iter()),
                _ => None,
            })
            .flatten()
            .collect()
    }

    /// Every id in the document, in document order.
    pub fn ids(&self) -> Vec<Id> {
        let attendees = self.attendees.iter().map(|a| a.id);
        let intro = self.intro.iter().map(|e| e.id);
        let items = self
            .items
            .iter()
            .flat_map(|i| std::iter::once(i.id).chain(i.entries.iter().map(|e| e.id)));
        attendees.chain(intro).chain(items).collect()
    }

    /// The same document with every id replaced by its position (1, 2, 3… in document order):
    /// two documents with the same content compare equal after this.
    pub fn with_positional_ids(&self) -> Minutes {
        let mut doc = self.clone();
        let mut n = 0;
        let mut next = || {
            n += 1;
            Id(n)
        };
        doc.attendees.iter_mut().for_each(|a| a.id = next());
        doc.intro.iter_mut().for_each(|e| e.id = next());
        for item in &mut doc.items {
            item.id = next();
            item.entries.iter_mut().for_each(|e| e.id = next());
        }
        doc
    }

    /// The same document with new ids everywhere (for a copy that lives on as its own draft).
    pub fn with_fresh_ids(&self, ids: &mut super::Ids) -> Minutes {
        let mut doc = self.clone();
        doc.attendees.iter_mut().for_each(|a| a.id = ids.next_id());
        doc.intro.iter_mut().for_each(|e| e.id = ids.next_id());
        for item in &mut doc.items {
            item.id = ids.next_id();
            item.entries.iter_mut().for_each(|e| e.id = ids.next_id());
        }
        doc
    }

    /// A new document for the next meeting: this one's header and attendees (everyone present
    /// again), dated and placed as this one's next meeting says when it says so.
    pub fn follow_up(&self, ids: &mut super::Ids) -> Minutes {
        let mut header = self.header.clone();
        match self.next_meeting() {
            Some(next) => {
                header.when = next.when;
                if !next.zone.is_empty() {
                    header.zone = next.zone.clone();
                }
                if !next.place.is_empty() {
                    header.place = next.place.clone();
                }
            }
            None => header.when.date = None,
        }
        let attendees = self
            .attendees
            .iter()
            .map(|a| super::Attendee {
                id: ids.next_id(),
                absent: false,
                ..a.clone()
            })
            .collect();
        Minutes {
            header,
            attendees,
            intro: Vec::new(),
            items: Vec::new(),
        }
    }

    /// True when both hold the same content, whatever their ids.
    pub fn same_content(&self, other: &Minutes) -> bool {
        self.with_positional_ids() == other.with_positional_ids()
    }
}
