//! The document model: plain data with a stable id on every attendee, item and entry.

mod approval;
mod attendee;
mod datetime;
mod entry;
mod id;
mod item;
mod minutes;
mod rich;
mod vote;
pub mod zone;

pub use approval::{Approval, Stage};
pub use attendee::{is_email, Attendee};
pub use datetime::{Date, Time, When};
pub use entry::{Entry, EntryKind, NextMeeting, Reply};
pub use id::{Id, Ids};
pub use item::{Item, ItemKind};
pub use minutes::{DocKind, Header, Minutes, Numbering};
pub use rich::{Rich, Span};
pub use vote::{Tally, Vote};
