use super::*;
use crate::labels::Lang;
use crate::model::{Attendee, Entry, Item, NextMeeting, Reply, Span, Time};

fn doc() -> Minutes {
    let mut doc = Minutes::default();
    doc.attendees.push(Attendee::new(Id(1), "Tomi", "Aho"));
    doc.attendees.push(Attendee::new(Id(2), "Ida", "Tirkkonen"));
    doc
}

fn statement(id: u64, speaker: &str, reply: Option<&str>) -> Entry {
    let replies = reply
        .map(|r| {
            vec![Reply {
                speaker: r.into(),
                text: Rich::plain("ok"),
            }]
        })
        .unwrap_or_default();
    Entry {
        id: Id(id),
        kind: EntryKind::Statement {
            speaker: speaker.into(),
            text: Rich::plain("hei"),
            replies,
        },
    }
}

#[test]
fn a_clean_document_has_no_findings() {
    let mut d = doc();
    let mut item = Item::new(Id(10), "Avaus");
    item.entries.push(statement(11, "Ida", Some("Tomi")));
    d.items.push(item);
    assert_eq!(check(&d), vec![]);
}

#[test]
fn the_real_memos_noise_is_found() {
    let mut d = doc();
    let mut item = Item::new(Id(10), "Tilannekatsaus");
    item.entries.push(statement(11, "Tommi", None));
    let link = Rich::from(vec![
        Span::Text("esitteli ".into()),
        Span::Link {
            text: "tilannekatsausta".into(),
            url: "#".into(),
        },
    ]);
    item.entries.push(Entry {
        id: Id(12),
        kind: EntryKind::Paragraph { text: link },
    });
    d.items.push(item);
    d.items.push(Item::new(Id(20), "Muut asiat"));
    let findings = check(&d);
    let messages: Vec<String> = findings.iter().map(|f| f.problem.message(Lang::Fi)).collect();
    assert_eq!(
        messages,
        [
            "Puhuja ”Tommi” ei ole osallistujissa. Tarkoititko: Tomi Aho?",
            "Linkiltä ”tilannekatsausta” puuttuu osoite.",
            "Kohta 2 ”Muut asiat” on tyhjä.",
        ]
    );
    assert_eq!(
        findings.iter().map(|f| f.spot).collect::<Vec<_>>(),
        [Spot::Entry(Id(11)), Spot::Entry(Id(12)), Spot::Item(Id(20))]
    );
}

#[test]
fn actions_times_and_duplicates() {
    let mut d = doc();
    d.attendees.push(Attendee::new(Id(3), "Tomi", "Aho"));
    d.header.when = When {
        date: None,
        start: Time::new(11, 30),
        end: Time::new(9, 0),
    };
    let mut item = Item::new(Id(10), "Tehtävät");
    item.entries.push(Entry {
        id: Id(11),
        kind: EntryKind::Action {
            owner: String::new(),
            due: None,
            text: Rich::plain("Kutsu"),
            done: false,
        },
    });
    let overnight = When {
        date: None,
        start: Time::new(22, 0),
        end: Time::new(1, 30),
    };
    item.entries.push(Entry {
        id: Id(12),
        kind: EntryKind::NextMeeting(NextMeeting {
            when: overnight,
            ..NextMeeting::default()
        }),
    });
    d.items.push(item);
    let problems: Vec<Problem> = check(&d).into_iter().map(|f| f.problem).collect();
    assert_eq!(
        problems,
        [
            Problem::EndBeforeStart {
                start: "11.30".into(),
                end: "9.00".into()
            },
            Problem::DuplicateAttendee {
                name: "Tomi Aho".into()
            },
            Problem::ActionWithoutOwner { task: "Kutsu".into() },
            Problem::ActionWithoutDue { task: "Kutsu".into() },
        ],
        "a meeting from 22.00 to 1.30 runs past midnight and is fine"
    );
}

#[test]
fn each_action_is_named_and_nothing_is_said_twice() {
    let mut d = doc();
    let mut item = Item::new(Id(10), "Tehtävät");
    for (id, text) in [
        (11, "Päivitä verkkosivut."),
        (12, "Kutsu alustajat ryhmähaastatteluun ja lähetä heille kysymykset"),
    ] {
        item.entries.push(Entry {
            id: Id(id),
            kind: EntryKind::Action {
                owner: "Ida".into(),
                due: None,
                text: Rich::plain(text),
                done: false,
            },
        });
    }
    item.entries.push(statement(13, "Tommi", Some("Tommi")));
    item.entries.push(statement(14, "Tommi", None));
    d.items.push(item);
    let messages: Vec<String> = check(&d).iter().map(|f| f.problem.message(Lang::Fi)).collect();
    assert_eq!(
        messages,
        [
            "Tehtävältä ”Päivitä verkkosivut” puuttuu määräaika.",
            "Tehtävältä ”Kutsu alustajat ryhmähaastatteluun ja lähetä heille…” puuttuu määräaika.",
            "Puhuja ”Tommi” ei ole osallistujissa. Tarkoititko: Tomi Aho?",
        ]
    );
    let sv: Vec<String> = check(&d).iter().map(|f| f.problem.message(Lang::Sv)).collect();
    assert_eq!(sv[0], "Åtgärden ”Päivitä verkkosivut” saknar tidsfrist.");
    let en: Vec<String> = check(&d).iter().map(|f| f.problem.message(Lang::En)).collect();
    assert_eq!(en[0], "The action “Päivitä verkkosivut” has no due date.");
}

#[test]
fn the_same_words_are_said_once() {
    let mut d = doc();
    let mut item = Item::new(Id(10), "Tehtävät");
    for id in [11, 12] {
        item.entries.push(Entry {
            id: Id(id),
            kind: EntryKind::Action {
                owner: "Ida".into(),
                due: None,
                text: Rich::plain("Kutsu alustajat."),
                done: false,
            },
        });
    }
    d.items.push(item);
    let found = check(&d);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].spot, Spot::Entry(Id(11)));
}
