//! Property tests for what people type and paste: dates in every written form read back as
//! the same date, and recipient lists and attendee rows read back as the same people.

use muistio_core::edit::add_people;
use muistio_core::import::{dates, when};
use muistio_core::labels::MONTHS_EN;
use muistio_core::{Date, Ids, Minutes};
use proptest::prelude::*;

const FI: [&str; 12] = [
    "tammikuuta",
    "helmikuuta",
    "maaliskuuta",
    "huhtikuuta",
    "toukokuuta",
    "kesäkuuta",
    "heinäkuuta",
    "elokuuta",
    "syyskuuta",
    "lokakuuta",
    "marraskuuta",
    "joulukuuta",
];
const SV: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

fn a_date() -> impl Strategy<Value = Date> {
    (2000u16..2090, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Date::new(y, m, d).unwrap())
}

fn written(d: Date, form: usize) -> String {
    let (day, m) = (d.day, usize::from(d.month - 1));
    match form {
        0 => format!("{day}.{}.", d.month),
        1 => format!("{day}.{}", d.month),
        2 => format!("{day}. {}", FI[m]),
        3 => format!("{day} {}", SV[m]),
        4 => format!("{day} {}", &MONTHS_EN[m][..3]),
        5 => format!("{} {day}", MONTHS_EN[m]),
        6 => format!("{day}.{}.{}", d.month, d.year),
        _ => d.iso(),
    }
}

/// A name as an address spells it.
fn fold(name: &str) -> String {
    name.to_lowercase().replace(['ä', 'å'], "a").replace('ö', "o")
}

fn a_name() -> impl Strategy<Value = String> {
    "[A-ZÅÄÖ][a-zåäö]{1,8}(-[A-Z][a-z]{1,6})?"
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_date_in_any_form_is_the_same_date(meeting in a_date(), ahead in 0i64..300, form in 0usize..8) {
        // A date up to 300 days after the meeting, written with or without its year.
        let mut d = meeting;
        for _ in 0..ahead { d = d.next_day(); }
        let text = written(d, form);
        prop_assert_eq!(dates::date(&text, Some(meeting)), Some(d), "{}", text);
        prop_assert_eq!(dates::who_when(&format!("Ida Aho, DL {text}"), Some(meeting)), ("Ida Aho".to_string(), Some(d)));
        let line = format!("{text} klo 9.30–11");
        prop_assert_eq!(when::parse_in(&line, Some(meeting)).and_then(|w| w.date), Some(d), "{}", line);
    }

    #[test]
    fn recipient_lists_give_back_their_people(
        people in prop::collection::vec((a_name(), a_name(), 0usize..4), 1..8),
        sep in prop::sample::select(vec!["; ", ", ", "\n", ";\n"]),
    ) {
        let text = people.iter().enumerate().map(|(i, (first, last, form))| {
            let addr = format!("{}.{}{i}@example.fi", fold(first), fold(last));
            match form {
                0 => format!("{first} {last} <{addr}>"),
                1 => format!("\"{last}, {first}\" <{addr}>"),
                2 => format!("\"{last} {first}\" <{addr}>"),
                _ => format!("<{addr}>"),
            }
        }).collect::<Vec<_>>().join(sep);
        let added = add_people(&Minutes::default(), &text, &mut Ids::seeded(1));
        let mut doc = Minutes::default();
        doc.apply(muistio_core::edit::Edit::Batch(added.edits)).unwrap();
        prop_assert_eq!(doc.attendees.len(), people.len(), "{}", text);
        for (a, (first, last, form)) in doc.attendees.iter().zip(&people) {
            let start = format!("{}.{}", fold(first), fold(last));
            prop_assert!(a.email.starts_with(&start), "{} {}", a.email, start);
            // "Aho Tomi" is told from "Tomi Aho" by the address; names spelt alike cannot be.
            if *form < 2 || (*form == 2 && fold(first) != fold(last)) {
                prop_assert_eq!((&a.first_names, &a.last_name), (first, last), "{}", text);
            }
        }
        // The same paste again adds nobody.
        let again = add_people(&doc, &text, &mut Ids::seeded(2));
        prop_assert_eq!((again.added, again.known.len()), (0, people.len()));
    }
}

/// What people paste can be large: each reader of dates, owners and recipient lists stays
/// linear (a 2 MB input in about a second).
#[test]
fn large_pastes_are_read_in_bounded_time() {
    let started = std::time::Instant::now();
    let action = format!(
        "Tehtävä ({}): {} Vastuu: {}",
        "Ida 5.12. ".repeat(100_000),
        "DL 5.12. ".repeat(100_000),
        "x ".repeat(100_000)
    );
    let _ = muistio_core::restore(
        format!("Kokous\n\nAika: 14.11.2025\n\n1. Avaus\n\n{action}\n").as_bytes(),
        &mut Ids::seeded(1),
    );
    let list = "Ida Tirkkonen <ida@x.fi>; ".repeat(80_000);
    let added = add_people(&Minutes::default(), &list, &mut Ids::seeded(1));
    assert_eq!(added.added, 1, "the same person once");
    let rows: String = (0..70_000)
        .map(|n| format!("Ida{n}\tTirkkonen\tLapin liitto\n"))
        .collect();
    assert_eq!(
        add_people(&Minutes::default(), &rows, &mut Ids::seeded(1)).added,
        70_000
    );
    assert!(started.elapsed().as_secs_f64() < 8.0, "{:?}", started.elapsed());
}
