//! An agenda item: a numbered heading and its entries.

use super::{Entry, Id};
use serde::{Deserialize, Serialize};

/// One numbered item of the minutes. Its number is its position; it is not stored.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct Item {
    /// Stable identifier.
    pub id: Id,
    /// The heading without its number ("Kokouksen avaus ja osallistujien toteaminen").
    pub title: String,
    /// The entries, in order.
    #[serde(default)]
    pub entries: Vec<Entry>,
    /// Not for publication: the public version of the minutes shows only that it was there.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub confidential: bool,
    /// Seconds the meeting spent on the item, as live mode clocked it (0: not clocked). Kept
    /// with the draft (JSON, and the Word, OpenDocument and web files that carry it), not
    /// written into the document's text.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub seconds: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// What part an item plays in the minutes, read from its title.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ItemKind {
    /// An ordinary item.
    Regular,
    /// Key takeaways ("Tärkeimmät nostot …"): its bullets are the memo's summary.
    Takeaways,
    /// Any other business ("Muut asiat").
    OtherBusiness,
    /// The next meeting ("Seuraava kokous").
    NextMeeting,
}

impl Item {
    /// An item with a title and no entries.
    pub fn new(id: Id, title: &str) -> Item {
        Item {
            id,
            title: title.to_string(),
            entries: Vec::new(),
            confidential: false,
            seconds: 0,
        }
    }

    /// The item's part, recognised from its title in Finnish, Swedish or English.
    pub fn kind(&self) -> ItemKind {
        kind_of(&self.title)
    }
}

/// The part an item plays, read from its title in Finnish, Swedish or English.
pub fn kind_of(title: &str) -> ItemKind {
    let t = title.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
    if has(&["seuraava kokous", "seuraavat kokoukset", "nästa möte", "next meeting"]) {
        ItemKind::NextMeeting
    } else if has(&["muut asiat", "övriga frågor", "any other business", "other business"]) {
        ItemKind::OtherBusiness
    } else if has(&["nostot", "viktigaste", "takeaways", "key points"]) {
        ItemKind::Takeaways
    } else {
        ItemKind::Regular
    }
}
