//! Brings an envelope of an older format version up to the current one, step by step.
//!
//! Each future format change adds one step `vN → vN+1` here, working on the JSON value, so
//! that a draft saved years ago still opens. Version 1 is the first format.

use super::VERSION;
use crate::error::ImportError;
use serde_json::Value;

/// Migrates `value`, written in format `version`, to [`VERSION`].
pub fn to_current(value: Value, version: u64) -> Result<Value, ImportError> {
    match version {
        VERSION => Ok(value),
        other => Err(ImportError::Damaged {
            detail: format!("unknown format version {other}"),
        }),
    }
}
