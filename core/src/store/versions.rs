//! Which earlier versions of the drafts are kept: one per ten minutes of editing and one before
//! every import, merge, conversion, restore or deletion, at most [`PER_DRAFT`] for a draft, the
//! oldest pruned first while they all take more than a storage budget — but never the newest
//! version of a draft.

use serde::{Deserialize, Serialize};

/// While a draft is edited, a version is kept at most this often (milliseconds).
pub const EVERY_MS: u64 = 10 * 60 * 1000;
/// The most versions kept of one draft.
pub const PER_DRAFT: usize = 20;

/// Why a version was kept.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// Ten minutes of editing went by.
    Periodic,
    /// Before a file or backup was read over it.
    Import,
    /// Before another tab's changes were merged in.
    Merge,
    /// Before an entry changed its kind.
    Conversion,
    /// Before an earlier version was restored over it.
    Restore,
    /// The draft was deleted.
    Deletion,
    /// Changes that could not be merged with another tab's, kept aside.
    Conflict,
}

/// A kept version as the list of versions knows it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Kept {
    /// When the version was taken (milliseconds since 1970): with the draft's id, its key.
    pub at: u64,
    /// Its size in characters.
    pub size: usize,
}

/// Whether saving a draft now should first keep a periodic version, given its versions.
pub fn periodic_due(versions: &[Kept], now: u64) -> bool {
    versions
        .iter()
        .map(|v| v.at)
        .max()
        .is_none_or(|newest| now.saturating_sub(newest) >= EVERY_MS)
}

/// The versions to delete, as (draft index, version time): of every draft (its versions in
/// `drafts`), those beyond [`PER_DRAFT`], then the oldest of all while the total size is over
/// `budget` characters. The newest version of each draft is always kept.
pub fn prune(drafts: &[Vec<Kept>], budget: usize) -> Vec<(usize, u64)> {
    let mut doomed = Vec::new();
    let mut candidates = Vec::new();
    let mut total = 0usize;
    for (d, versions) in drafts.iter().enumerate() {
        let mut sorted = versions.clone();
        crate::sort::by_key(&mut sorted, |v| std::cmp::Reverse(v.at));
        for (rank, v) in sorted.iter().enumerate() {
            if rank >= PER_DRAFT {
                doomed.push((d, v.at));
            } else {
                total += v.size;
                if rank > 0 {
                    candidates.push((v.at, d, v.size));
                }
            }
        }
    }
    crate::sort::all(&mut candidates);
    for (at, d, size) in candidates {
        if total <= budget {
            break;
        }
        total -= size;
        doomed.push((d, at));
    }
    doomed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(at: u64, size: usize) -> Kept {
        Kept { at, size }
    }

    #[test]
    fn a_periodic_version_every_ten_minutes() {
        assert!(periodic_due(&[], 5));
        assert!(!periodic_due(&[kept(1_000, 10)], 1_000 + EVERY_MS - 1));
        assert!(periodic_due(&[kept(1_000, 10), kept(50, 10)], 1_000 + EVERY_MS));
    }

    #[test]
    fn the_oldest_go_first_and_each_draft_keeps_its_newest() {
        let drafts = vec![vec![kept(10, 100), kept(20, 100), kept(30, 100)], vec![kept(5, 500)]];
        assert_eq!(prune(&drafts, 10_000), vec![]);
        assert_eq!(prune(&drafts, 750), vec![(0, 10)]);
        assert_eq!(prune(&drafts, 0), vec![(0, 10), (0, 20)], "the newest of each stays");
        let many = vec![(0..25).map(|i| kept(i, 1)).collect::<Vec<_>>()];
        let doomed = prune(&many, 1_000);
        assert_eq!(doomed.len(), 5);
        assert!(doomed.iter().all(|(_, at)| *at < 5));
    }
}
