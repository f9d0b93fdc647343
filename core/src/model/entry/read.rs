//! An entry read from its saved form, `{"id": …, "kind": "decision", "text": […]}`: the
//! fields of its kind, in any order. It reads what a derived reader of the flattened,
//! internally tagged `EntryKind` read — the same entries and the same refusals — from one
//! buffer of JSON values, instead of serde's private buffer with a reader of its own for every
//! field's type (30 KB of WebAssembly).

use super::{Entry, EntryKind, NextMeeting};
use crate::model::{Vote, When};
use serde::de::{DeserializeOwned, Deserializer, Error as _, MapAccess, Unexpected, Visitor};
use serde::Deserialize;
use serde_json::{Error, Value};
use std::fmt;

/// The kinds as saved, in the order of `EntryKind`'s variants.
const KINDS: [&str; 11] = [
    "paragraph",
    "statement",
    "bullets",
    "subheading",
    "decision",
    "proposal",
    "action",
    "attachment",
    "next_meeting",
    "vote",
    "dissent",
];

impl<'de> Deserialize<'de> for Entry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Entry, D::Error> {
        let mut fields = Fields(d.deserialize_map(Buffer)?);
        fields.entry().map_err(D::Error::custom)
    }
}

/// Reads a map's fields as they come, a repeated one as many times as it is there.
struct Buffer;

impl<'de> Visitor<'de> for Buffer {
    type Value = Vec<(String, Value)>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("struct Entry")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut fields = Vec::with_capacity(map.size_hint().unwrap_or(4).min(16));
        while let Some(key) = map.next_key::<String>()? {
            fields.push((key, map.next_value::<Value>()?));
        }
        Ok(fields)
    }
}

/// An entry's fields. Only those its kind has are read: any other is passed over, whatever
/// it holds, and only those may not be repeated.
struct Fields(Vec<(String, Value)>);

impl Fields {
    /// The field `key`'s value, taken out; none when it is not there.
    fn take<T: DeserializeOwned>(&mut self, key: &'static str) -> Result<Option<T>, Error> {
        let mut found = self.0.iter_mut().filter(|(k, _)| k == key);
        let Some((_, value)) = found.next() else {
            return Ok(None);
        };
        if found.next().is_some() {
            return Err(Error::duplicate_field(key));
        }
        T::deserialize(std::mem::take(value)).map(Some)
    }

    /// A field the kind cannot be without.
    fn need<T: DeserializeOwned>(&mut self, key: &'static str) -> Result<T, Error> {
        self.take(key)?.ok_or_else(|| Error::missing_field(key))
    }

    /// A field that is empty when it is not there.
    fn or_default<T: DeserializeOwned + Default>(&mut self, key: &'static str) -> Result<T, Error> {
        Ok(self.take(key)?.unwrap_or_default())
    }

    /// A field that may be left out or null.
    fn option<T: DeserializeOwned>(&mut self, key: &'static str) -> Result<Option<T>, Error> {
        Ok(self.take::<Option<T>>(key)?.flatten())
    }

    /// Which kind the entry is: its name, or its place in `KINDS` (which the derived reader
    /// also took).
    fn kind(&mut self) -> Result<usize, Error> {
        let expected = &"variant identifier";
        match self.need::<Value>("kind")? {
            Value::String(name) => KINDS
                .iter()
                .position(|k| *k == name)
                .ok_or_else(|| Error::unknown_variant(&name, &KINDS)),
            Value::Number(n) => match n.as_u64() {
                Some(i) if i < KINDS.len() as u64 => Ok(i as usize),
                Some(i) => Err(Error::invalid_value(
                    Unexpected::Unsigned(i),
                    &format!("variant index 0 <= i < {}", KINDS.len()).as_str(),
                )),
                None => Err(Error::invalid_type(unexpected(&Value::Number(n)), expected)),
            },
            other => Err(Error::invalid_type(unexpected(&other), expected)),
        }
    }

    fn entry(&mut self) -> Result<Entry, Error> {
        let id = self.need("id")?;
        let kind = match self.kind()? {
            0 => EntryKind::Paragraph {
                text: self.need("text")?,
            },
            1 => EntryKind::Statement {
                speaker: self.need("speaker")?,
                text: self.need("text")?,
                replies: self.or_default("replies")?,
            },
            2 => EntryKind::Bullets {
                items: self.need("items")?,
            },
            3 => EntryKind::Subheading {
                text: self.need("text")?,
            },
            4 => EntryKind::Decision {
                text: self.need("text")?,
            },
            5 => EntryKind::Proposal {
                text: self.need("text")?,
            },
            6 => EntryKind::Action {
                owner: self.need("owner")?,
                due: self.option("due")?,
                text: self.need("text")?,
                done: self.or_default("done")?,
            },
            7 => EntryKind::Attachment {
                name: self.need("name")?,
            },
            8 => EntryKind::NextMeeting(NextMeeting {
                when: When {
                    date: self.option("date")?,
                    start: self.option("start")?,
                    end: self.option("end")?,
                },
                zone: self.or_default("zone")?,
                place: self.or_default("place")?,
                sentence: self.or_default("sentence")?,
            }),
            9 => EntryKind::Vote(Vote {
                question: self.need("question")?,
                method: self.or_default("method")?,
                ayes: self.or_default("ayes")?,
                noes: self.or_default("noes")?,
                abstained: self.or_default("abstained")?,
                result: self.or_default("result")?,
            }),
            _ => EntryKind::Dissent {
                who: self.need("who")?,
                text: self.need("text")?,
            },
        };
        Ok(Entry { id, kind })
    }
}

/// A value as an error names it.
fn unexpected(value: &Value) -> Unexpected<'_> {
    match value {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Unexpected::Unsigned(u),
            (None, Some(i)) => Unexpected::Signed(i),
            _ => Unexpected::Float(n.as_f64().unwrap_or_default()),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}
