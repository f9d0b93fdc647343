//! Undo and redo: the inverses of applied edits, with typing in one field merged into one step.

use super::{Edit, EditError, Part, Target};
use crate::model::{Id, Minutes};

/// Edits to the same field less than this many milliseconds apart are undone together.
const MERGE_MS: u64 = 1000;

struct Step {
    inverse: Edit,
    target: Option<Target>,
    at_ms: u64,
}

/// What an undo or redo changed: the element to show, the parts to redraw, and the edit it
/// applied (for the record of unsaved edits).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Stepped {
    /// The attendee, item or entry it touched (`None` for the header).
    pub focus: Option<Id>,
    /// The parts it changed.
    pub parts: Vec<Part>,
    /// The edit it applied.
    pub applied: Edit,
}

fn stepped(doc: &mut Minutes, edit: Edit) -> Option<(Stepped, Edit)> {
    let focus = edit.focus();
    let mut parts = edit.parts();
    let applied = edit.clone();
    let inverse = doc.apply(edit).ok()?;
    parts.extend(inverse.parts());
    Some((Stepped { focus, parts, applied }, inverse))
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

    /// Applies `edit` to `doc` and remembers how to undo it; returns the parts it changed.
    /// `now_ms` decides whether typing in the same field joins the previous step.
    pub fn apply(&mut self, doc: &mut Minutes, edit: Edit, now_ms: u64) -> Result<Vec<Part>, EditError> {
        let target = edit.typing_target();
        let mut parts = edit.parts();
        let inverse = doc.apply(edit)?;
        parts.extend(inverse.parts());
        self.redo.clear();
        if let Some(last) = self.undo.last_mut() {
            if target.is_some() && last.target == target && now_ms.saturating_sub(last.at_ms) < MERGE_MS {
                last.at_ms = now_ms;
                return Ok(parts);
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
        Ok(parts)
    }

    /// Applies a change that is no step of its own (the time a live meeting's clock gives an
    /// item): undo and redo pass over it, so that the next undo takes back what the person did
    /// last. Returns the parts it changed.
    pub fn apply_aside(&mut self, doc: &mut Minutes, edit: Edit) -> Result<Vec<Part>, EditError> {
        let mut parts = edit.parts();
        parts.extend(doc.apply(edit)?.parts());
        Ok(parts)
    }

    /// Undoes the last step; returns what it changed, or `None` when there is nothing to undo.
    pub fn undo(&mut self, doc: &mut Minutes) -> Option<Stepped> {
        let step = self.undo.pop()?;
        let (stepped, redo) = stepped(doc, step.inverse)?;
        self.redo.push(redo);
        Some(stepped)
    }

    /// Redoes the last undone step; returns what it changed.
    pub fn redo(&mut self, doc: &mut Minutes) -> Option<Stepped> {
        let edit = self.redo.pop()?;
        let (stepped, inverse) = stepped(doc, edit)?;
        self.undo.push(Step {
            inverse,
            target: None,
            at_ms: 0,
        });
        Some(stepped)
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
