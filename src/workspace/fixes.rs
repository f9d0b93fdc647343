//! Carrying out a repair a check offers: its edits as one undo step, and a notice that says
//! what was done, with "Kumoa".

use super::{Action, Undo, Workspace};
use crate::texts::Message;
use leptos::prelude::*;
use muistio_core::check::Fix;
use muistio_core::edit::fix;

impl Workspace {
    /// Repairs what a check found; `focus_after` is where the cursor goes (the checks list).
    pub fn apply_fix(&self, repair: &Fix, focus_after: String) {
        let Some((edits, places)) = self.with_doc_untracked(|d| self.with_ids(|ids| fix(d, repair, ids))) else {
            return;
        };
        if edits.is_empty() {
            self.notify(Message::text(|t| t.fixed_nothing), false, Vec::new());
            return;
        }
        self.seal();
        self.edit_all(edits);
        self.seal();
        // The checks follow the settled document: a repair settles it at once.
        self.settled.update(|n| *n += 1);
        let said = match repair.clone() {
            Fix::RenameSpeaker { from, full, .. } => {
                Message::new(move |t| t.fixed_speaker.with(&[&from, &full, &t.places.of(places)]))
            }
            Fix::AddAttendee { name } => Message::new(move |t| t.fixed_added.with(&[&name])),
            Fix::SwapTimes => Message::text(|t| t.fixed_times),
            Fix::DueNextYear { to, .. } => Message::new(move |t| t.fixed_due.with(&[&to])),
            Fix::RemoveAttendee { name, .. } => Message::new(move |t| t.fixed_removed.with(&[&name])),
        };
        self.notify(said, false, vec![Action::Undo(Undo::Edit)]);
        self.focus_on(focus_after);
    }
}
