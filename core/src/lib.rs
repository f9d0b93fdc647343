//! Muistio's pure core: the document model, its saved format, import and export.
//!
//! Nothing here touches a browser: the app at the repository root does all I/O and calls in here.
//! Every input that becomes a document goes through [`restore`]; every file that leaves goes
//! through [`export::export`].

pub mod came_back;
pub mod check;
pub mod edit;
pub mod error;
pub mod export;
pub mod format;
pub mod import;
pub mod inline;
pub mod labels;
pub mod model;
pub mod register;
pub mod sort;
pub mod store;
pub mod xml;
pub mod zip;

pub use error::ImportError;
pub use format::Envelope;
pub use model::Lang;
pub use model::*;
pub use store::{restore, Restored};
