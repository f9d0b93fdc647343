//! The header's saved form is read through a plain struct with its day and times among its
//! fields, smaller than the reader serde derives with `when` flattened. Here that derived reader
//! is kept as the oracle: on random header fields — left out, repeated, of the wrong type, in
//! any order, with unknown ones among them, or a list instead of a map — both read the same
//! header or both refuse, from the text and from a parsed JSON tree.

use muistio_core::{Approval, DocKind, Header, Lang, Numbering, When};
use proptest::prelude::*;
use serde::{Deserialize, Serialize};

/// The header as it was derived before (the same fields and attributes; written the same way,
/// so the two are compared by what they write).
#[derive(Serialize, Deserialize)]
struct Derived {
    title: String,
    #[serde(default)]
    kind: DocKind,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    number: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    subtitle: String,
    #[serde(default)]
    lang: Lang,
    #[serde(flatten)]
    when: When,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    zone: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    place: String,
    #[serde(default, skip_serializing_if = "is_default")]
    numbering: Numbering,
    #[serde(default = "one", skip_serializing_if = "is_one")]
    first_item: u32,
    #[serde(default, skip_serializing_if = "Approval::is_empty")]
    approval: Approval,
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

fn one() -> u32 {
    1
}

fn is_one(n: &u32) -> bool {
    *n == 1
}

/// A header as Muistio writes it, field by field.
const WRITTEN: &[(&str, &str)] = &[
    ("title", r#""Hallituksen kokous""#),
    ("kind", r#""minutes""#),
    ("number", r#""3/2026""#),
    ("subtitle", r#""VUOSIKOKOUS""#),
    ("lang", r#""sv""#),
    ("date", r#""2026-05-03""#),
    ("start", r#""18:00""#),
    ("end", r#""19:30""#),
    ("zone", r#""EET""#),
    ("place", r#""Kirjasto""#),
    ("numbering", r#""section_after""#),
    ("first_item", "5"),
    (
        "approval",
        r#"{"stage":"checked","checkers":["Aino","Eero"],"place":"Oulu","date":"2026-05-10"}"#,
    ),
];

const KEYS: &[&str] = &[
    "title",
    "kind",
    "number",
    "subtitle",
    "lang",
    "date",
    "start",
    "end",
    "zone",
    "place",
    "numbering",
    "first_item",
    "approval",
    "other",
];

/// Values of every shape a field might hold, right for some fields and wrong for others.
const VALUES: &[&str] = &[
    r#""Kokous""#,
    r#""""#,
    r#""memo""#,
    r#""agenda""#,
    r#""fi""#,
    r#""de""#,
    r#""2026-02-29""#,
    r#""2028-02-29""#,
    r#""07:05""#,
    r#""7.05""#,
    r#""dotted""#,
    r#"{"stage":"final"}"#,
    r#"{"stage":"signed"}"#,
    "{}",
    "[]",
    r#"["a"]"#,
    "null",
    "true",
    "0",
    "2",
    "-1",
    "4294967296",
    "1.5",
];

/// A header's fields as text: most often a written header's, some left out and others added,
/// in the order drawn; now and then a list instead of a map.
fn header_json() -> impl Strategy<Value = String> {
    let field = (
        prop::sample::select(KEYS.to_vec()),
        prop::sample::select(VALUES.to_vec()),
    );
    let kept = prop::collection::vec(prop::bool::weighted(0.8), WRITTEN.len());
    let order = prop::collection::vec(any::<prop::sample::Index>(), WRITTEN.len());
    (
        kept,
        prop::collection::vec(field, 0..5),
        order,
        prop::bool::weighted(0.03),
    )
        .prop_map(|(kept, extra, order, list)| {
            let mut parts: Vec<String> = extra.iter().map(|(k, v)| format!(r#""{k}":{v}"#)).collect();
            let written = WRITTEN.iter().zip(kept).filter(|(_, keep)| *keep).map(|(f, _)| f);
            for ((key, value), at) in written.zip(order) {
                parts.insert(at.index(parts.len() + 1), format!(r#""{key}":{value}"#));
            }
            if list {
                let values: Vec<&str> = parts.iter().map(|p| p.split_once(':').map_or("", |(_, v)| v)).collect();
                return format!("[{}]", values.join(","));
            }
            format!("{{{}}}", parts.join(","))
        })
}

/// What a reader made of the text: the header as it writes, or that it refused.
fn outcome<T: Serialize>(read: Result<T, serde_json::Error>) -> Option<String> {
    read.ok().map(|h| serde_json::to_string(&h).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn the_header_reader_reads_what_the_derived_one_read(json in header_json()) {
        let derived = outcome(serde_json::from_str::<Derived>(&json));
        prop_assert_eq!(outcome(serde_json::from_str::<Header>(&json)), derived, "{}", json);
        // A tree keeps the last of repeated fields: read from one, both see the same fields.
        let tree: serde_json::Value = serde_json::from_str(&json).unwrap();
        let derived = outcome(serde_json::from_value::<Derived>(tree.clone()));
        prop_assert_eq!(outcome(serde_json::from_value::<Header>(tree)), derived, "{}", json);
    }
}

#[test]
fn a_written_header_reads_back_as_itself() {
    let fields: Vec<String> = WRITTEN.iter().map(|(k, v)| format!(r#""{k}":{v}"#)).collect();
    let json = format!("{{{}}}", fields.join(","));
    let header: Header = serde_json::from_str(&json).unwrap();
    assert_eq!(serde_json::to_string(&header).unwrap(), json);
    assert_eq!(header.when.start.map(|t| t.dotted()).as_deref(), Some("18.00"));
    let empty: Header = serde_json::from_str(r#"{"title":""}"#).unwrap();
    assert_eq!(empty, Header::default());
    let refused = |json: &str| serde_json::from_str::<Header>(json).unwrap_err().to_string();
    assert!(refused(r#"["Kokous"]"#).starts_with("invalid type: sequence, expected struct Header"));
    assert!(refused(r#"{"title":"","date":"2026-05-03","date":null}"#).starts_with("duplicate field `date`"));
}
