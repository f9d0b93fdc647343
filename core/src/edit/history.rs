//! Undo and redo: the inverses of applied edits, with typing in one field merged into one step.

use super::{Edit, EditError, Target};
use crate::model::{Id, Minutes};

/// Edits to the same field less than this many milliseconds apart are undone together.
const MERGE_MS: u64 = 1000;

struct Step {
    inverse: Edit,
    target: Option<Target>,
    at_ms: u64,
}

/// The undo and redo stacks of one open document.
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Edit>,
    limit: usize,
}

impl Default for History {
    fn default() -> Self {
        History::with_limit(500)
    }
}

impl History {
    /// A history that keeps at most `limit` undo steps (the oldest go first).
    pub fn with_limit(limit: usize) -> History {
        History {
            undo: Vec::new(),
            redo: Vec::new(),
            limit: limit.max(1),
        }
    }

    /// Applies `edit` to `doc` and remembers how to undo it. `now_ms` decides whether typing
    /// in the same field joins the previous step.
    pub fn apply(&mut self, doc: &mut Minutes, edit: Edit, now_ms: u64) -> Result<(), EditError> {
        let target = edit.typing_target();
        let inverse = doc.apply(edit)?;
        self.redo.clear();
        if let Some(last) = self.undo.last_mut() {
            if target.is_some() && last.target == target && now_ms.saturating_sub(last.at_ms) < MERGE_MS {
                last.at_ms = now_ms;
                return Ok(());
            }
        }
        self.undo.push(Step {
            inverse,
            target,
            at_ms: now_ms,
        });
        if self.undo.len() > self.limit {
            self.undo.remove(0);
        }
        Ok(())
    }

    /// Undoes the last step; returns the element it touched, for focus.
    pub fn undo(&mut self, doc: &mut Minutes) -> Option<Option<Id>> {
        let step = self.undo.pop()?;
        let focus = step.inverse.focus();
        let redo = doc.apply(step.inverse).ok()?;
        self.redo.push(redo);
        Some(focus)
    }

    /// Redoes the last undone step; returns the element it touched.
    pub fn redo(&mut self, doc: &mut Minutes) -> Option<Option<Id>> {
        let edit = self.redo.pop()?;
        let focus = edit.focus();
        let inverse = doc.apply(edit).ok()?;
        self.undo.push(Step {
            inverse,
            target: None,
            at_ms: 0,
        });
        Some(focus)
    }

    /// Something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Ends the current typing step, so that the next edit starts a new one.
    pub fn seal(&mut self) {
        if let Some(last) = self.undo.last_mut() {
            last.target = None;
        }
    }
}
