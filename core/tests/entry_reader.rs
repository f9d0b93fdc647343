//! An entry's saved form is read by a reader of its own (`model/entry/read.rs`), smaller than
//! the one serde derives for a flattened, internally tagged enum. Here that derived reader is
//! kept as the oracle: on random fields of random kinds — left out, repeated, of the wrong
//! type, in any order, with fields of other kinds and unknown ones among them — both read the
//! same entry or both refuse, from the text and from a parsed JSON tree. One form no Muistio
//! writes is read by the derived reader only: a link given as a list (`{"link": [text, url]}`)
//! instead of an object; serde_json's tree refuses it, and so does this reader.

use muistio_core::{Date, Entry, Id, Reply, Rich, Vote, When};
use proptest::prelude::*;
use serde::{Deserialize, Serialize};

/// The entry as it was derived before it had a reader of its own (the same fields and
/// attributes; written the same way, so the two are compared by what they write).
#[derive(Serialize, Deserialize)]
struct Derived {
    id: Id,
    #[serde(flatten)]
    kind: DerivedKind,
}

#[derive(Serialize, Deserialize)]
struct DerivedNext {
    #[serde(flatten)]
    when: When,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    zone: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    place: String,
    #[serde(default, skip_serializing_if = "Rich::is_empty")]
    sentence: Rich,
}

#[derive(Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum DerivedKind {
    Paragraph {
        text: Rich,
    },
    Statement {
        speaker: String,
        text: Rich,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        replies: Vec<Reply>,
    },
    Bullets {
        items: Vec<Rich>,
    },
    Subheading {
        text: String,
    },
    Decision {
        text: Rich,
    },
    Proposal {
        text: Rich,
    },
    Action {
        owner: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        due: Option<Date>,
        text: Rich,
        #[serde(default, skip_serializing_if = "is_false")]
        done: bool,
    },
    Attachment {
        name: String,
    },
    NextMeeting(DerivedNext),
    Vote(Vote),
    Dissent {
        who: String,
        text: Rich,
    },
}

fn is_false(b: &bool) -> bool {
    !*b
}

const KEYS: &[&str] = &[
    "text",
    "speaker",
    "replies",
    "items",
    "owner",
    "due",
    "done",
    "name",
    "date",
    "start",
    "end",
    "zone",
    "place",
    "sentence",
    "question",
    "method",
    "ayes",
    "noes",
    "abstained",
    "result",
    "who",
    "other",
];

const KINDS: &[&str] = &[
    r#""paragraph""#,
    r#""statement""#,
    r#""bullets""#,
    r#""subheading""#,
    r#""decision""#,
    r#""proposal""#,
    r#""action""#,
    r#""attachment""#,
    r#""next_meeting""#,
    r#""vote""#,
    r#""dissent""#,
    r#""heading""#,
    r#""Paragraph""#,
    "0",
    "4",
    "10",
    "11",
    "-1",
    "1.0",
    "true",
    "null",
    "[]",
    "{}",
];

/// Values of every shape a field might hold, right for some fields and wrong for others.
const VALUES: &[&str] = &[
    r#"[{"text":"Sovittiin"},{"bold":" ja "},{"link":{"text":"liite","url":"https://e.org"}}]"#,
    r#"[{"italic":"x"}]"#,
    "[]",
    r#"[[{"text":"a"}],[]]"#,
    r#"[{"speaker":"Minna","text":[{"text":"Ei."}]}]"#,
    r#"[{"speaker":"Minna"}]"#,
    r#"[{"shout":"x"}]"#,
    r#""Aino""#,
    r#""""#,
    r#""2026-05-03""#,
    r#""2026-13-40""#,
    r#""18:00""#,
    r#""25:00""#,
    r#"{"count":3,"names":["Aino","Eero"]}"#,
    r#"{"count":-1}"#,
    r#"["Aino"]"#,
    "{}",
    "null",
    "true",
    "false",
    "0",
    "7",
    "-2",
    "2.5",
    "18446744073709551615",
];

/// An entry of each kind, in `KINDS`' order, as Muistio writes it: its fields after its id
/// and kind.
const WRITTEN: [&[(&str, &str)]; 11] = [
    &[("text", r#"[{"text":"Sovittiin."}]"#)],
    &[
        ("speaker", r#""Aino""#),
        ("text", "[]"),
        ("replies", r#"[{"speaker":"Eero","text":[{"bold":"Ei"}]}]"#),
    ],
    &[("items", r#"[[{"text":"a"}],[{"italic":"b"}]]"#)],
    &[("text", r#""Ideoita:""#)],
    &[("text", r#"[{"link":{"text":"liite","url":"https://e.org"}}]"#)],
    &[("text", r#"[{"text":"Ehdotetaan."}]"#)],
    &[
        ("owner", r#""Aino""#),
        ("due", r#""2026-05-03""#),
        ("text", r#"[{"text":"Tilaa."}]"#),
        ("done", "true"),
    ],
    &[("name", r#""Talousarvio""#)],
    &[
        ("date", r#""2026-05-03""#),
        ("start", r#""18:00""#),
        ("end", r#""19:30""#),
        ("zone", r#""Suomen aikaa""#),
        ("place", r#""Kirjasto""#),
    ],
    &[
        ("question", r#"[{"text":"Siirretäänkö?"}]"#),
        ("method", r#""kädennostoin""#),
        ("ayes", r#"{"count":3,"names":["Aino"]}"#),
        ("noes", r#"{"count":0}"#),
        ("abstained", r#"{"count":1}"#),
        ("result", "[]"),
    ],
    &[("who", r#""Eero""#), ("text", r#"[{"text":"Vastustan."}]"#)],
];

/// One entry's fields as text, in the order drawn: most often a written entry's fields, some
/// left out and others added, under its own kind or another.
fn entry_json() -> impl Strategy<Value = String> {
    let id = prop::sample::select(vec![
        "",
        "12",
        "9007199254740991",
        "-3",
        r#""12""#,
        "null",
        "12,\"id\":13",
    ]);
    let kind = prop::option::weighted(0.95, prop::sample::select(KINDS.to_vec()));
    let field = (
        prop::sample::select(KEYS.to_vec()),
        prop::sample::select(VALUES.to_vec()),
    );
    let written = (0..WRITTEN.len(), prop::collection::vec(prop::bool::weighted(0.9), 6));
    let order = prop::collection::vec(any::<prop::sample::Index>(), 12);
    (
        id,
        prop::bool::weighted(0.7),
        kind,
        written,
        prop::collection::vec(field, 0..5),
        order,
    )
        .prop_map(|(id, own_kind, kind, (n, kept), extra, order)| {
            let kind = if own_kind { Some(KINDS[n]) } else { kind };
            let mut fields: Vec<(&str, &str)> = WRITTEN[n]
                .iter()
                .zip(&kept)
                .filter(|(_, keep)| **keep)
                .map(|(f, _)| *f)
                .collect();
            fields.extend(kind.map(|k| ("kind", k)));
            fields.extend((!id.is_empty()).then_some(("id", id)));
            let mut parts: Vec<String> = extra.iter().map(|(k, v)| format!(r#""{k}":{v}"#)).collect();
            for ((key, value), at) in fields.into_iter().zip(order) {
                parts.insert(at.index(parts.len() + 1), format!(r#""{key}":{value}"#));
            }
            format!("{{{}}}", parts.join(","))
        })
}

/// What a reader made of the text: the entry as it writes, or that it refused.
fn outcome<T: Serialize>(read: Result<T, serde_json::Error>) -> Option<String> {
    read.ok().map(|e| serde_json::to_string(&e).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn the_entry_reader_reads_what_the_derived_one_read(json in entry_json()) {
        let derived = outcome(serde_json::from_str::<Derived>(&json));
        prop_assert_eq!(outcome(serde_json::from_str::<Entry>(&json)), derived, "{}", json);
        // A tree keeps the last of repeated fields: read from one, both see the same fields.
        let tree: serde_json::Value = serde_json::from_str(&json).unwrap();
        let derived = outcome(serde_json::from_value::<Derived>(tree.clone()));
        prop_assert_eq!(outcome(serde_json::from_value::<Entry>(tree)), derived, "{}", json);
    }
}

#[test]
fn every_kind_of_entry_is_read_back_from_what_it_writes() {
    for (kind, fields) in KINDS.iter().zip(WRITTEN) {
        let fields: Vec<String> = fields.iter().map(|(k, v)| format!(r#""{k}":{v}"#)).collect();
        let json = format!(r#"{{"id":7,"kind":{kind},{}}}"#, fields.join(","));
        let entry: Entry = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{json}: {e}"));
        assert_eq!(serde_json::to_string(&entry).unwrap(), json);
        assert_eq!(outcome(serde_json::from_str::<Derived>(&json)), Some(json));
    }
}

#[test]
fn refusals_name_what_is_wrong() {
    let refused = |json: &str| serde_json::from_str::<Entry>(json).unwrap_err().to_string();
    assert!(refused(r#"{"id":1,"kind":"paragraph"}"#).starts_with("missing field `text`"));
    assert!(refused(r#"{"id":1,"text":[]}"#).starts_with("missing field `kind`"));
    assert!(refused(r#"{"kind":"paragraph","text":[]}"#).starts_with("missing field `id`"));
    assert!(refused(r#"{"id":1,"kind":"heading","text":[]}"#).starts_with("unknown variant `heading`"));
    assert!(refused(r#"{"id":1,"kind":"decision","text":[],"text":[]}"#).starts_with("duplicate field `text`"));
    assert!(
        refused(r#"{"id":1,"kind":"subheading","text":[]}"#).starts_with("invalid type: sequence, expected a string")
    );
    let listed = refused(r##"{"id":1,"kind":"decision","text":[{"link":["liite","#"]}]}"##);
    assert!(
        listed.starts_with("invalid type: sequence, expected struct variant"),
        "{listed}"
    );
}
