//! The kinds of entry without their contents: the order a menu lists them in and the code the
//! saved format gives each.

use crate::model::EntryKind;

/// The kinds of entry, without their contents.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum KindTag {
    Paragraph,
    Statement,
    Bullets,
    Subheading,
    Decision,
    Proposal,
    Action,
    Attachment,
    NextMeeting,
    Vote,
    Dissent,
}

impl KindTag {
    /// Every kind, in the order a menu lists them.
    pub const ALL: [KindTag; 11] = [
        KindTag::Paragraph,
        KindTag::Statement,
        KindTag::Bullets,
        KindTag::Subheading,
        KindTag::Decision,
        KindTag::Proposal,
        KindTag::Action,
        KindTag::Attachment,
        KindTag::NextMeeting,
        KindTag::Vote,
        KindTag::Dissent,
    ];

    /// The kind's stable code, as the saved format names it ("decision", "next_meeting").
    pub fn code(self) -> &'static str {
        match self {
            KindTag::Paragraph => "paragraph",
            KindTag::Statement => "statement",
            KindTag::Bullets => "bullets",
            KindTag::Subheading => "subheading",
            KindTag::Decision => "decision",
            KindTag::Proposal => "proposal",
            KindTag::Action => "action",
            KindTag::Attachment => "attachment",
            KindTag::NextMeeting => "next_meeting",
            KindTag::Vote => "vote",
            KindTag::Dissent => "dissent",
        }
    }

    /// The kind with this code.
    pub fn from_code(code: &str) -> Option<KindTag> {
        KindTag::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The kind's place in [`KindTag::ALL`] (and in every list of their names).
    pub fn index(self) -> usize {
        KindTag::ALL.iter().position(|k| *k == self).unwrap_or(0)
    }

    /// The kind of `kind`.
    pub fn of(kind: &EntryKind) -> KindTag {
        match kind {
            EntryKind::Paragraph { .. } => KindTag::Paragraph,
            EntryKind::Statement { .. } => KindTag::Statement,
            EntryKind::Bullets { .. } => KindTag::Bullets,
            EntryKind::Subheading { .. } => KindTag::Subheading,
            EntryKind::Decision { .. } => KindTag::Decision,
            EntryKind::Proposal { .. } => KindTag::Proposal,
            EntryKind::Action { .. } => KindTag::Action,
            EntryKind::Attachment { .. } => KindTag::Attachment,
            EntryKind::NextMeeting(_) => KindTag::NextMeeting,
            EntryKind::Vote(_) => KindTag::Vote,
            EntryKind::Dissent { .. } => KindTag::Dissent,
        }
    }
}
