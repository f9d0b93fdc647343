//! A vote as the minutes record it: what was voted on, how, who voted which way, and the result.

use super::Rich;
use serde::{Deserialize, Serialize};

/// How many voted one way, and who, when the minutes name them.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct Tally {
    /// How many votes (at least as many as the names).
    #[serde(default)]
    pub count: u32,
    /// Who voted so, when named.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<String>,
}

impl Tally {
    /// A tally of the named people.
    pub fn of(names: &[&str]) -> Tally {
        Tally {
            count: names.len() as u32,
            names: names.iter().map(|n| n.to_string()).collect(),
        }
    }

    /// The count, never below the number of names.
    pub fn total(&self) -> u32 {
        self.count.max(self.names.len() as u32)
    }
}

/// A vote.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct Vote {
    /// What was voted on ("Leirin siirtäminen syyskuulle").
    pub question: Rich,
    /// How ("nimenhuutoäänestys", "handuppräckning", "show of hands"); may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub method: String,
    /// For (jaa, ja, aye).
    #[serde(default)]
    pub ayes: Tally,
    /// Against (ei, nej, no).
    #[serde(default)]
    pub noes: Tally,
    /// Abstained or blank (tyhjää, avstod, abstained).
    #[serde(default)]
    pub abstained: Tally,
    /// What came of it ("Ehdotus hyväksyttiin äänin 3–1.").
    #[serde(default)]
    pub result: Rich,
}

impl Vote {
    /// The three tallies: for, against, abstained.
    pub fn tallies(&self) -> [&Tally; 3] {
        [&self.ayes, &self.noes, &self.abstained]
    }
}
