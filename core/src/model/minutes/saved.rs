//! The header read from its saved form: its day and times (`when`) among its other fields,
//! read through a plain struct. Derived with `when` flattened, the header's reader buffered
//! the fields into serde's private `Content`, with a reader of its own for each field's type.

use super::{one, DocKind, Header, Numbering};
use crate::model::{Approval, Date, Lang, Time, When};
use serde::Deserialize;

/// The header as saved.
#[derive(Deserialize)]
struct SavedHeader {
    title: String,
    #[serde(default)]
    kind: DocKind,
    #[serde(default)]
    number: String,
    #[serde(default)]
    subtitle: String,
    #[serde(default)]
    lang: Lang,
    #[serde(default)]
    date: Option<Date>,
    #[serde(default)]
    start: Option<Time>,
    #[serde(default)]
    end: Option<Time>,
    #[serde(default)]
    zone: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    numbering: Numbering,
    #[serde(default = "one")]
    first_item: u32,
    #[serde(default)]
    approval: Approval,
}

impl From<SavedHeader> for Header {
    fn from(h: SavedHeader) -> Header {
        Header {
            title: h.title,
            kind: h.kind,
            number: h.number,
            subtitle: h.subtitle,
            lang: h.lang,
            when: When {
                date: h.date,
                start: h.start,
                end: h.end,
            },
            zone: h.zone,
            place: h.place,
            numbering: h.numbering,
            first_item: h.first_item,
            approval: h.approval,
        }
    }
}

impl<'de> Deserialize<'de> for Header {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Header, D::Error> {
        // A map only, never a list of the fields in order, as with `when` flattened.
        struct Fields;
        impl<'de> serde::de::Visitor<'de> for Fields {
            type Value = SavedHeader;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("struct Header")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<SavedHeader, A::Error> {
                SavedHeader::deserialize(serde::de::value::MapAccessDeserializer::new(map))
            }
        }
        d.deserialize_map(Fields).map(Header::from)
    }
}
