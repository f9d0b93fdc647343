//! Every interface text in every language: present, not empty, translated, and showing the
//! values it is given. (A text missing from a language does not compile at all.)
#![cfg(not(target_arch = "wasm32"))]

use muistio::texts::{of, preferred, Fill, LANGUAGES};
use muistio_core::Lang;

const ALL: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

/// Texts that are the same word in every language (names and file types).
const SAME_EVERYWHERE: &[&str] = &[
    "PDF (.pdf)",
    "Word (.docx)",
    "OpenDocument (.odt)",
    "Markdown (.md)",
    "Ctrl+Z",
    "Ctrl+S",
    "Ctrl+Alt+P",
    "Ctrl+/",
    "Esc",
    "Alt+↑ / Alt+↓",
    "Alt+Delete",
    "Alt+Page Down",
    "Alt+Page Up",
    "Alt+Enter",
    "Ctrl+B",
    "Ctrl+I",
    "Ctrl+K",
];

/// Texts that may read the same in every language: the language's code, and punctuation only.
const SAME_KEYS: &[&str] = &[
    "lang",
    "of_person",
    "kind_by",
    "kind_quoting",
    "with_size",
    "per_owner_who",
    "minutes_short",
    "hours_short",
];

#[test]
fn every_language_has_every_text_and_none_is_empty() {
    let keys = |lang: Lang| of(lang).samples().iter().map(|(k, _)| *k).collect::<Vec<_>>();
    for lang in ALL {
        assert_eq!(keys(lang), keys(Lang::Fi), "{lang:?} lists other texts than Finnish");
        for (key, text) in of(lang).samples() {
            assert!(!text.trim().is_empty(), "{lang:?}: {key} is empty");
            assert_eq!(text.trim(), text, "{lang:?}: {key} has spaces around it: {text:?}");
        }
    }
}

#[test]
fn swedish_and_english_are_translated() {
    let fi = of(Lang::Fi).samples();
    for lang in [Lang::Sv, Lang::En] {
        let other = of(lang).samples();
        let same: Vec<_> = fi
            .iter()
            .zip(&other)
            .filter(|((key, a), (_, b))| a == b && !SAME_KEYS.contains(key) && !SAME_EVERYWHERE.contains(&a.as_str()))
            .map(|((key, text), _)| format!("{key}: {text}"))
            .collect();
        assert!(same.is_empty(), "{lang:?} still has Finnish texts: {same:#?}");
    }
}

#[test]
fn texts_with_values_have_the_same_places_in_every_language() {
    let places = |lang: Lang| -> Vec<(&'static str, Vec<usize>)> {
        of(lang)
            .samples()
            .into_iter()
            .map(|(key, text)| {
                let mut p = Fill(Box::leak(text.into_boxed_str())).places();
                p.sort();
                (key, p)
            })
            .collect()
    };
    for lang in [Lang::Sv, Lang::En] {
        for ((key, fi), (_, other)) in places(Lang::Fi).iter().zip(places(lang)) {
            assert_eq!(fi, &other, "{lang:?}: {key} has other places for values than Finnish");
        }
    }
}

#[test]
fn texts_show_the_values_they_are_given() {
    for lang in ALL {
        let t = of(lang);
        assert_eq!(t.lang, lang);
        for fill in [
            t.saved_at,
            t.follow_up_of,
            t.delete_draft,
            t.copy_of,
            t.removed,
            t.deleted,
            t.not_a_date,
        ] {
            assert!(
                fill.with(&["«X»"]).contains("«X»"),
                "{lang:?}: {fill:?} drops its value"
            );
        }
        let imported = t.imported.with(&[&t.item_count.of(9), &t.attendee_count.of(17)]);
        assert!(imported.contains('9') && imported.contains("17"), "{imported}");
        assert!(t.checks.of(17).contains("17") && !t.checks.of(0).contains('0'));
        assert!(t.date_time.with(&["14.11.2025", "9.05"]).contains("14.11.2025"));
        assert!(t.attach_downloaded.of(3).contains('3'));
        let item = t.item_named.with(&["3", "Talous"]);
        assert!(item.contains('3') && item.contains("Talous"), "{item}");
        assert_eq!(
            t.statement.len(),
            of(Lang::Fi).statement.len(),
            "{lang:?}: statement sections"
        );
        assert_eq!(
            t.shortcut_list.len(),
            of(Lang::Fi).shortcut_list.len(),
            "{lang:?}: shortcuts"
        );
        assert_eq!(
            t.shortcut_more.len(),
            of(Lang::Fi).shortcut_more.len(),
            "{lang:?}: more shortcuts"
        );
        let what = t.entry_in_item.with(&[&t.kind_by.with(&["x", "Ida"]), "3"]);
        assert!(what.contains("Ida") && what.contains('3'), "{what}");
    }
}

#[test]
fn places_are_filled_in_any_order_and_odd_braces_stay() {
    assert_eq!(Fill("{2} – {1}").with(&["a", "b"]), "b – a");
    assert_eq!(Fill("{x} {1} {").with(&["a"]), "{x} a {");
    assert_eq!(Fill("{3}").with(&["a"]), "{3}");
    assert_eq!(Fill("{2} {1}").places(), [2, 1]);
}

#[test]
fn counts_have_their_thousands_apart() {
    assert_eq!(muistio::texts::grouped(0), "0");
    assert_eq!(muistio::texts::grouped(999), "999");
    assert_eq!(muistio::texts::grouped(5_242_880), "5\u{a0}242\u{a0}880");
}

#[test]
fn one_and_many_are_written_apart() {
    assert_eq!(of(Lang::Fi).checks.of(1), "Tarkistukset: 1 huomio");
    assert_eq!(of(Lang::Fi).checks.of(2), "Tarkistukset: 2 huomiota");
    assert_eq!(of(Lang::Sv).checks.of(1), "Kontroller: 1 anmärkning");
    assert_eq!(of(Lang::En).checks.of(1), "Checks: 1 note");
    assert_eq!(of(Lang::En).checks.of(3), "Checks: 3 notes");
    let fi = of(Lang::Fi);
    assert_eq!(
        fi.imported.with(&[&fi.item_count.of(1), &fi.attendee_count.of(1)]),
        "Muistio tuotu: 1 kohta, 1 osallistuja."
    );
}

#[test]
fn the_first_visit_speaks_the_browsers_language() {
    let tags = |t: &[&str]| t.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(preferred(&tags(&["sv-FI", "fi"])), Lang::Sv);
    assert_eq!(preferred(&tags(&["en-GB", "fi-FI"])), Lang::En);
    assert_eq!(preferred(&tags(&["de-DE", "en-US"])), Lang::En);
    assert_eq!(preferred(&tags(&["FI"])), Lang::Fi);
    assert_eq!(preferred(&tags(&["nb-NO"])), Lang::Sv);
    assert_eq!(preferred(&tags(&["se", "de"])), Lang::Fi);
    assert_eq!(preferred(&[]), Lang::Fi);
    assert_eq!(LANGUAGES.map(|(l, _)| l), ALL);
}

#[test]
fn repairs_pastes_and_copies_speak_each_language() {
    let (fi, sv, en) = (of(Lang::Fi), of(Lang::Sv), of(Lang::En));
    assert_eq!(fi.people_added.of(8), "8 osallistujaa lisätty.");
    assert_eq!(fi.people_added.of(1), "1 osallistuja lisätty.");
    assert_eq!(sv.people_added.of(2), "2 deltagare tillagda.");
    assert_eq!(en.people_added.of(1), "1 attendee added.");
    assert_eq!(fi.fix_rename.with(&["Tomi Aho"]), "Korjaa: Tomi Aho");
    assert_eq!(
        fi.fixed_speaker.with(&["Tommi", "Tomi", &fi.places.of(3)]),
        "Puhuja ”Tommi” korjattu: Tomi (3 kohtaa)."
    );
    assert_eq!(en.places.of(1), "1 place");
    assert_eq!(fi.copy_of.with(&["Kokous", "29.11."]), "Kokous (kopio 29.11.)");
    assert_eq!(sv.copy_of.with(&["Möte", "29.11. 2"]), "Möte (kopia 29.11. 2)");
}
