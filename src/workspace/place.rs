//! Where the person is in the open document: the current item (where the focus was last), the
//! items folded away, and the phone's menu; jumps between items and to their entry boxes.

use super::{dom_id, Workspace};
use leptos::prelude::*;
use muistio_core::edit::item_step;
use muistio_core::Id;
use std::collections::HashSet;

/// Never saved: it belongs to this tab's view of the draft.
#[derive(Clone, Copy)]
pub struct Place {
    /// The item last focused or jumped to.
    pub current: RwSignal<Option<Id>>,
    /// Items whose entries are folded away.
    pub folded: RwSignal<HashSet<Id>>,
    /// The menu (outline, drafts, import) is shown on a narrow screen.
    pub menu: RwSignal<bool>,
}

impl Place {
    /// A fresh place: no current item, nothing folded, the menu closed.
    pub fn new() -> Place {
        Place {
            current: RwSignal::new(None),
            folded: RwSignal::new(HashSet::new()),
            menu: RwSignal::new(false),
        }
    }

    /// The place provided by [`crate::app::App`].
    pub fn get() -> Place {
        expect_context::<Place>()
    }

    /// Marks `item` as the current one (only when it changes: the outline redraws on it).
    pub fn enter(&self, item: Id) {
        if self.current.get_untracked() != Some(item) {
            self.current.set(Some(item));
        }
    }

    /// Folds an item away or shows it again.
    pub fn toggle_fold(&self, item: Id) {
        self.folded.update(|f| {
            if !f.remove(&item) {
                f.insert(item);
            }
        });
    }

    fn unfold(&self, item: Id) {
        if self.folded.with_untracked(|f| f.contains(&item)) {
            self.folded.update(|f| {
                f.remove(&item);
            });
        }
    }
}

impl Default for Place {
    fn default() -> Self {
        Place::new()
    }
}

impl Workspace {
    /// Goes to an item: its title (`to_box` false) or its entry box, unfolding it; the menu
    /// of a narrow screen closes.
    pub fn go_to_item(&self, place: Place, item: Id, to_box: bool) {
        self.preview.set(false);
        place.unfold(item);
        place.enter(item);
        place.menu.set(false);
        let el = dom_id(item);
        let target = match to_box {
            true => format!("{el}-composer"),
            false => format!("{el}-title"),
        };
        self.focus_on(target.clone());
        // The item's head at the top, or its entry box at the foot of the screen.
        crate::browser::events::scroll_into_view_soon(if to_box { target } else { el }, !to_box);
    }

    /// Goes to the entry box of the item `step` items from the current one (0: the current).
    pub fn step_item(&self, place: Place, step: isize) {
        let from = place.current.get_untracked().or_else(|| {
            // Before any item was entered, the entry box used last says where one is.
            self.last_box().flatten()
        });
        let target = self.with_doc_untracked(|d| item_step(d, from, step));
        match target.flatten() {
            Some(item) => self.go_to_item(place, item, true),
            None => self.focus_on("item-new"),
        }
    }
}
