//! The page's parts. Components describe; they call [`crate::workspace::Workspace`] to act.

pub mod came_back;
pub mod docbar;
pub mod document;
pub mod drafts;
pub mod editor;
pub mod entry;
pub mod help;
pub mod import;
pub mod language;
pub mod notices;
pub mod outline;
pub mod public;
pub mod register;
pub mod rich;
pub mod send;
pub mod statement;
pub mod versions;
