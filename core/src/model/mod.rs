//! The document model: plain data with a stable id on every attendee, item and entry.

mod approval;
mod attendee;
mod datetime;
mod entry;
mod id;
mod item;
pub mod lang;
mod minutes;
mod rich;
mod vote;
pub mod zone;

pub use approval::{Approval, Stage};
pub use attendee::{is_email, Attendee};
pub use datetime::{Date, Time, When};
pub use entry::{Entry, EntryKind, NextMeeting, Reply};
pub use id::{Id, Ids};
pub use item::{kind_of, Item, ItemKind};
pub use lang::{Lang, Role};
pub use minutes::{DocKind, Header, Minutes, Numbering};
pub use rich::{Rich, Span};
pub use vote::{Tally, Vote};
