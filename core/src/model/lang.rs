//! The document's languages, and the few words the model itself needs in them: the roles
//! written among an attendee's organisations, and the English month names of English dates.
//! (Every other word of a document is in `crate::labels`.)

use serde::{Deserialize, Serialize};

/// A document language.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Finnish.
    #[default]
    Fi,
    /// Swedish.
    Sv,
    /// English.
    En,
}

/// A part someone plays in the meeting, written among their organisations.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Role {
    /// Chairs the meeting.
    Chair,
    /// Takes the minutes.
    Secretary,
}

/// English month names, for English dates ("14 November 2025").
pub const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const CHAIR: &[&str] = &[
    "puheenjohtaja",
    "pj",
    "pj.",
    "ordförande",
    "chair",
    "chairperson",
    "chairman",
];
const SECRETARY: &[&str] = &["sihteeri", "siht.", "sekreterare", "secretary"];

/// The role an organisation entry names by its last word, if any.
pub fn role_of(organisation: &str) -> Option<Role> {
    let last = organisation.split_whitespace().last()?.to_lowercase();
    let last = last.trim_matches(|c: char| c == '(' || c == ')');
    if CHAIR.contains(&last) {
        Some(Role::Chair)
    } else if SECRETARY.contains(&last) {
        Some(Role::Secretary)
    } else {
        None
    }
}

/// The bare role word Muistio adds when a role is switched on ("puheenjohtaja").
pub fn role_word(role: Role, lang: Lang) -> &'static str {
    match (role, lang) {
        (Role::Chair, Lang::Fi) => "puheenjohtaja",
        (Role::Chair, Lang::Sv) => "ordförande",
        (Role::Chair, Lang::En) => "chair",
        (Role::Secretary, Lang::Fi) => "sihteeri",
        (Role::Secretary, Lang::Sv) => "sekreterare",
        (Role::Secretary, Lang::En) => "secretary",
    }
}
