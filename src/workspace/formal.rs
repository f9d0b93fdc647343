//! The formal forms' actions: the standard items of formal minutes added, and an agenda turned
//! into the minutes of its meeting — each one undo step, said with "Kumoa".

use super::{Action, Undo, Workspace};
use crate::texts::Message;
use muistio_core::edit::forms::{first_matter, minutes_from_agenda, skeleton};
use muistio_core::edit::Edit;

impl Workspace {
    /// Adds the standard opening and closing items the document lacks (by title), around the
    /// items it has, numbered as the language numbers formal minutes.
    pub fn add_standard_items(&self) {
        let Some(edits) = self.with_doc_untracked(|d| {
            self.with_ids(|ids| {
                let standard = skeleton(d.header.kind, d.header.lang, ids);
                let has = |title: &str| d.items.iter().any(|i| i.title.trim().eq_ignore_ascii_case(title));
                let opening = first_matter(d.header.lang);
                let mut edits = Vec::new();
                let mut at = 0;
                for (k, item) in standard.items.into_iter().enumerate() {
                    if has(&item.title) {
                        continue;
                    }
                    // Opening items before the matters of the meeting, closing ones after.
                    let index = if k < opening { at } else { usize::MAX };
                    at += usize::from(k < opening);
                    edits.push(Edit::InsertItem { index, item });
                }
                if d.items.is_empty() {
                    let mut header = d.header.clone();
                    header.numbering = muistio_core::edit::forms::formal_numbering(d.header.lang);
                    edits.insert(0, Edit::Header(header));
                }
                edits
            })
        }) else {
            return;
        };
        let added = edits.iter().filter(|e| matches!(e, Edit::InsertItem { .. })).count();
        if added > 0 {
            self.seal();
            self.edit_all(edits);
            self.seal();
        }
        self.notify(
            Message::new(move |t| t.standard_added.of(added)),
            false,
            if added > 0 {
                vec![Action::Undo(Undo::Edit)]
            } else {
                Vec::new()
            },
        );
    }

    /// Turns the open agenda into the minutes of its meeting: every proposal followed by a
    /// decision that starts from its words.
    pub fn agenda_to_minutes(&self) {
        let Some(edits) = self.with_doc_untracked(|d| self.with_ids(|ids| minutes_from_agenda(d, ids))) else {
            return;
        };
        let decisions = match edits.first() {
            Some(Edit::Batch(all)) => all.iter().filter(|e| matches!(e, Edit::InsertEntry { .. })).count(),
            _ => return,
        };
        self.seal();
        self.edit_all(edits);
        self.seal();
        self.notify(
            Message::new(move |t| t.agenda_turned.of(decisions)),
            false,
            vec![Action::Undo(Undo::Edit)],
        );
    }
}
