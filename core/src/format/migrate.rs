//! Brings an envelope of an older format version up to the current one, step by step.
//!
//! Each future format change adds one step `vN → vN+1` here, working on the JSON value, so
//! that a draft saved years ago still opens. Version 1 is the first format; version 2 added
//! the revision and the unsent entry boxes (both absent from version 1: none, revision 0);
//! version 3 added how items are numbered (§), votes and dissents (absent from version 2:
//! items numbered "1.", and no votes), which an older Muistio could not read.

use super::VERSION;
use crate::error::ImportError;
use serde_json::Value;

/// Migrates `value`, written in format `version`, to [`VERSION`].
pub fn to_current(mut value: Value, version: u64) -> Result<Value, ImportError> {
    let mut at = version;
    while at < VERSION {
        value = match at {
            1 => v1_to_v2(value),
            2 => renumbered(value, 3),
            other => {
                return Err(ImportError::Damaged {
                    detail: format!("unknown format version {other}"),
                })
            }
        };
        at += 1;
    }
    match at {
        VERSION => Ok(value),
        other => Err(ImportError::Damaged {
            detail: format!("unknown format version {other}"),
        }),
    }
}

/// Version 2 has a revision (0: never saved in a browser) and may list unsent entry boxes.
fn v1_to_v2(mut value: Value) -> Value {
    if let Some(object) = value.as_object_mut() {
        object.insert("version".into(), Value::from(2));
        object.entry("revision").or_insert(Value::from(0));
    }
    value
}

/// A step that only changes the version number: what it added is absent from older drafts.
fn renumbered(mut value: Value, version: u64) -> Value {
    if let Some(object) = value.as_object_mut() {
        object.insert("version".into(), Value::from(version));
    }
    value
}
