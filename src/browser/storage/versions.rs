//! Earlier versions of the drafts, and the edits not yet saved.
//!
//! A version is a draft's saved envelope kept under `muistio:version:<id>:<at>:<reason>`; which
//! ones stay is `muistio_core::store::versions`' rule, within [`BUDGET`] characters. The edits
//! made since the last save are written after every edit under `muistio:journal:<id>`, so that
//! a crash or a closed tab loses none of them.

use super::access::{get, remove_key, suffixes, value, write, write_value};
use super::{SaveError, DRAFT};
use muistio_core::edit::Edit;
use muistio_core::store::versions::{self as policy, Kept, Reason};
use serde::{Deserialize, Serialize};

const VERSION: &str = "muistio:version:";
const JOURNAL: &str = "muistio:journal:";

/// What all kept versions together may take, in characters: the browser keeps about 5.2 million
/// characters for a site, and the drafts themselves need the rest.
pub const BUDGET: usize = 2_000_000;

/// A kept version of a draft.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Version {
    /// When it was kept, milliseconds since 1970.
    pub at: u64,
    /// Why.
    pub reason: Reason,
    /// Its size in characters.
    pub size: usize,
}

fn reason_code(reason: Reason) -> String {
    serde_json::to_value(reason)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

/// Every kept version of every draft: (draft id, version, key), unordered.
fn all() -> Vec<(String, Version, String)> {
    suffixes(VERSION)
        .into_iter()
        .filter_map(|(rest, size)| {
            let mut parts = rest.rsplitn(3, ':');
            let reason: Reason = serde_json::from_value(serde_json::Value::from(parts.next()?)).ok()?;
            let at: u64 = parts.next()?.parse().ok()?;
            let id = parts.next()?.to_string();
            let key = format!("{VERSION}{rest}");
            Some((id, Version { at, reason, size }, key))
        })
        .collect()
}

/// The kept versions of a draft, newest first.
pub fn versions(id: &str) -> Vec<Version> {
    let mut list: Vec<Version> = all().into_iter().filter(|(d, ..)| d == id).map(|(_, v, _)| v).collect();
    muistio_core::sort::by_key(&mut list, |v| std::cmp::Reverse(v.at));
    list
}

/// The saved text of a kept version.
pub fn version_text(id: &str, at: u64) -> Option<String> {
    all()
        .into_iter()
        .find(|(d, v, _)| d == id && v.at == at)
        .and_then(|(.., key)| get(&key))
}

/// Keeps `text` (a saved envelope of draft `id`) as a version, then prunes to the budget.
/// When storage is full, older versions make room first.
pub fn keep_version(id: &str, reason: Reason, text: &str, now_ms: u64) -> Result<(), SaveError> {
    keep(id, reason, &js_sys::JsString::from(text), now_ms)
}

/// Keeps a value already in the page as a version, as [`keep_version`] does.
fn keep(id: &str, reason: Reason, text: &js_sys::JsString, now_ms: u64) -> Result<(), SaveError> {
    let key = format!("{VERSION}{id}:{now_ms}:{}", reason_code(reason));
    let result = match write_value(&key, text) {
        Err(SaveError::Full) => {
            free(text.length() as usize);
            write_value(&key, text)
        }
        other => other,
    };
    prune(BUDGET);
    result
}

/// Keeps the stored draft as a version when ten minutes of editing have gone by since the last
/// (copied within the page: the draft never crosses into the app); true when it did.
pub fn keep_periodic(id: &str, now_ms: u64) -> bool {
    let kept: Vec<Kept> = all()
        .into_iter()
        .filter(|(d, ..)| d == id)
        .map(|(_, v, _)| Kept { at: v.at, size: v.size })
        .collect();
    policy::periodic_due(&kept, now_ms)
        && value(&format!("{DRAFT}{id}")).is_some_and(|text| keep(id, Reason::Periodic, &text, now_ms).is_ok())
}

/// Deletes versions, oldest first, until all of them take at most `budget` characters (the
/// newest version of each draft stays).
pub fn prune(budget: usize) -> usize {
    let all = all();
    let mut ids: Vec<String> = all.iter().map(|(id, ..)| id.clone()).collect();
    muistio_core::sort::all(&mut ids);
    ids.dedup();
    let per_draft: Vec<Vec<Kept>> = ids
        .iter()
        .map(|id| {
            all.iter()
                .filter(|(d, ..)| d == id)
                .map(|(_, v, _)| Kept { at: v.at, size: v.size })
                .collect()
        })
        .collect();
    let doomed = policy::prune(&per_draft, budget);
    for (d, at) in &doomed {
        if let Some((.., key)) = all.iter().find(|(id, v, _)| id == &ids[*d] && v.at == *at) {
            remove_key(key);
        }
    }
    doomed.len()
}

/// Makes room by deleting every version but the newest of each draft; returns how many went.
pub fn free_versions() -> usize {
    prune(0)
}

/// Makes room for `needed` characters by deleting old versions (the storage is full).
fn free(needed: usize) -> usize {
    let used: usize = all().iter().map(|(_, v, _)| v.size).sum();
    prune(used.saturating_sub(needed.max(used / 2)))
}

/// The edits made since the last save, with the revision they start from.
#[derive(Serialize, Deserialize)]
struct Journal {
    revision: u64,
    edits: Vec<Edit>,
}

/// Writes the edits made to draft `id` since its last save (revision `base`).
pub fn journal(id: &str, base: u64, edits: &[Edit]) {
    #[derive(Serialize)]
    struct Borrowed<'a> {
        revision: u64,
        edits: &'a [Edit],
    }
    if let Ok(text) = serde_json::to_string(&Borrowed { revision: base, edits }) {
        let _ = write(&format!("{JOURNAL}{id}"), &text);
    }
}

/// The edits a tab made to draft `id` and did not save (it crashed or closed), with the
/// revision they start from; the journal is removed.
pub fn take_journal(id: &str) -> Option<(u64, Vec<Edit>)> {
    let journal = peek_journal(id);
    remove_key(&format!("{JOURNAL}{id}"));
    journal
}

/// The journal of draft `id`, left in place.
pub fn peek_journal(id: &str) -> Option<(u64, Vec<Edit>)> {
    // Read through a JSON value, as every saved document is: one deserialiser for the document.
    let value: serde_json::Value = serde_json::from_str(&get(&format!("{JOURNAL}{id}"))?).ok()?;
    let journal: Journal = serde_json::from_value(value).ok()?;
    (!journal.edits.is_empty()).then_some((journal.revision, journal.edits))
}

/// Forgets the journal of draft `id` (its edits are saved).
pub(super) fn clear_journal(id: &str) {
    remove_key(&format!("{JOURNAL}{id}"));
}
