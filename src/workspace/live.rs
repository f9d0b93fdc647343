//! A meeting written live: one key starts it (today's date and the start time into the
//! header) and ends it (the end time); meanwhile a clock runs for the current item and each item
//! keeps the time it took. The clock itself is never saved; the times it gives the items are.

use super::{Place, Workspace};
use crate::browser;
use crate::texts::Message;
use leptos::prelude::*;
use muistio_core::edit::live::{self, Clock};
use muistio_core::edit::{Edit, Part};
use muistio_core::Id;

impl Workspace {
    /// Whether a meeting runs live in the open draft (a view that calls this follows it).
    pub fn is_live(&self) -> bool {
        self.live.with(Option::is_some)
    }

    /// Starts the meeting, or ends it when it runs.
    pub fn toggle_meeting(&self, place: Place) {
        if self.live.with_untracked(Option::is_some) {
            self.end_meeting();
        } else {
            self.start_meeting(place);
        }
    }

    /// Starts the meeting now (the header's date when it has none, and its start time) at its
    /// first item, or goes on with one under way at the current item; the clock runs for that
    /// item, whose entry box takes the cursor.
    fn start_meeting(&self, place: Place) {
        let Some(now) = browser::local_now() else { return };
        if self.read_only.get_untracked() || self.is_final_untracked() || self.open.with_untracked(Option::is_none) {
            return;
        }
        let edit = self.with_doc_untracked(|d| live::start(d, now)).flatten();
        let resumed = edit.is_none();
        if let Some(edit) = edit {
            self.seal();
            self.edit(edit);
            self.seal();
        }
        self.preview.set(false);
        self.live.set(Some(Clock {
            item: None,
            since_ms: now.ms,
        }));
        self.tick.set(now.ms);
        // A meeting begins at its first item; one under way goes on at the current item. The
        // cursor goes into that item's entry box, and its clock starts.
        let first = self.with_doc_untracked(|d| d.items.first().map(|i| i.id)).flatten();
        match first.filter(|_| !resumed) {
            Some(first) => self.go_to_item(place, first, true),
            None => self.step_item(place, 0),
        }
        self.follow_item(place.current.get_untracked());
        let at = self
            .with_doc_untracked(|d| d.header.when.start)
            .flatten()
            .map(|t| t.dotted())
            .unwrap_or_default();
        self.notify(
            Message::new(move |t| match resumed {
                true => t.meeting_resumed.with(&[&at]),
                false => t.meeting_started.with(&[&at]),
            }),
            false,
            Vec::new(),
        );
    }

    /// Ends the meeting now: the current item's time and the end time, as one step.
    fn end_meeting(&self) {
        let Some(clock) = self.live.get_untracked() else { return };
        self.live.set(None);
        let Some(now) = browser::local_now() else { return };
        let Some(edits) = self.with_doc_untracked(|d| live::end(d, clock, now)) else {
            return;
        };
        self.seal();
        self.edit_all(edits);
        self.seal();
        let (at, lasted) = self
            .with_doc_untracked(|d| (now.time.dotted(), live::elapsed_minutes(d, now.time).unwrap_or(0)))
            .unwrap_or_default();
        self.notify(
            Message::new(move |t| t.meeting_ended.with(&[&at, &t.duration(u32::from(lasted) * 60)])),
            false,
            Vec::new(),
        );
    }

    /// The clock follows the current item while the meeting runs: the time the item left
    /// behind ran is kept in it.
    pub fn follow_item(&self, item: Option<Id>) {
        let Some(clock) = self.live.get_untracked() else { return };
        if item.is_none() || clock.item == item {
            return;
        }
        let now = browser::now_ms();
        let Some((edit, next)) = self.with_doc_untracked(|d| live::switch(d, clock, item, now)) else {
            return;
        };
        self.live.set(Some(next));
        if let Some(edit) = edit {
            self.edit_aside(edit);
        }
    }

    /// Keeps the running item's time and stops the clock (another draft is opened): the
    /// meeting goes on when its draft is opened again and the key pressed.
    pub(super) fn pause_meeting(&self) {
        let Some(clock) = self.live.get_untracked() else { return };
        let edit = self
            .with_doc_untracked(|d| live::switch(d, clock, None, browser::now_ms()).0)
            .flatten();
        if let Some(edit) = edit {
            self.edit_aside(edit);
        }
        self.live.set(None);
    }

    /// Stops the clock when an undo or redo took the meeting's start away or ended it.
    pub(super) fn sync_meeting(&self) {
        let running = self
            .with_doc_untracked(|d| d.header.when.start.is_some() && d.header.when.end.is_none())
            .unwrap_or(false);
        if !running && self.live.with_untracked(Option::is_some) {
            self.pause_meeting();
        }
    }

    /// Applies the clock's record of an item's time: saved like any edit, but no undo step.
    fn edit_aside(&self, edit: Edit) {
        if self.read_only.get_untracked() || self.is_final_untracked() {
            return;
        }
        let mut parts = None;
        let record = edit.clone();
        self.open.update_untracked(|o| {
            if let Some(o) = o {
                self.history
                    .update_value(|h| parts = h.apply_aside(&mut o.minutes, edit).ok());
            }
        });
        if let Some(parts) = parts {
            self.record(record);
            self.notify_parts(&parts);
        }
    }

    /// Seconds spent on `item` so far, its running clock included (follows the clock's ticks).
    pub fn spent(&self, item: Id) -> u32 {
        let clock = self.live.get();
        let now = self.tick.get();
        self.read(Part::Item(item), |d| live::spent(d, clock, item, now))
            .unwrap_or(0)
    }

    /// Whole minutes since the meeting started, while it runs (follows the clock's ticks).
    pub fn elapsed(&self) -> Option<u16> {
        self.live.get()?;
        self.tick.track();
        let now = browser::local_now()?;
        self.read(Part::Header, |d| live::elapsed_minutes(d, now.time))
            .flatten()
    }
}
