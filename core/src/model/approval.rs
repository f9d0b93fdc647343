//! How far formal minutes are: a draft, checked by the checkers (pöytäkirjantarkastajat,
//! justerare), or final; who checks, and where and when they did.

use super::Date;
use serde::{Deserialize, Serialize};

/// The state of the minutes.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Being written: anything may change.
    #[default]
    Draft,
    /// Read and approved by the checkers.
    Checked,
    /// Signed and final: no longer edited (unlocking is asked for).
    Final,
}

impl Stage {
    /// Every stage, in order.
    pub const ALL: [Stage; 3] = [Stage::Draft, Stage::Checked, Stage::Final];
}

/// Approval of the minutes.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct Approval {
    /// How far the minutes are.
    #[serde(default)]
    pub stage: Stage,
    /// Who check the minutes (two, as the Associations Act asks).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checkers: Vec<String>,
    /// Where they were checked.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// When they were checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
}

impl Approval {
    /// Nothing recorded yet: a draft with no checkers.
    pub fn is_empty(&self) -> bool {
        *self == Approval::default()
    }

    /// Where and when they were checked, as one line ("Kemijärvi 20.5.2026").
    pub fn checked_line(&self) -> String {
        [
            Some(self.place.clone()).filter(|p| !p.is_empty()),
            self.date.map(|d| d.dotted()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
    }
}
