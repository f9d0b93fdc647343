//! Stable identifiers and the generator that hands them out.

use serde::{Deserialize, Serialize};

/// A stable identifier of an attendee, item or entry; unique within a document and, being
/// random, practically unique across copies of it (which later lets two copies be merged).
/// Kept below 2^53 so that it survives a JavaScript number unharmed.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(pub u64);

/// Hands out fresh [`Id`]s: a splitmix64 sequence seeded by the caller (the app seeds it from
/// the browser's random source; tests seed it with a constant to stay reproducible).
#[derive(Clone, Debug)]
pub struct Ids {
    state: u64,
}

impl Ids {
    /// A generator whose sequence is fully determined by `seed`.
    pub fn seeded(seed: u64) -> Self {
        Ids { state: seed }
    }

    /// The next identifier: never zero, always below 2^53.
    pub fn next_id(&mut self) -> Id {
        loop {
            self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^= z >> 31;
            let id = z & ((1 << 53) - 1);
            if id != 0 {
                return Id(id);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_distinct_small_and_reproducible() {
        let mut a = Ids::seeded(7);
        let mut b = Ids::seeded(7);
        let first: Vec<Id> = (0..1000).map(|_| a.next_id()).collect();
        let again: Vec<Id> = (0..1000).map(|_| b.next_id()).collect();
        assert_eq!(first, again);
        let mut sorted = first.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), 1000);
        assert!(first.iter().all(|id| id.0 != 0 && id.0 < 1 << 53));
    }
}
