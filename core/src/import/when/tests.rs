use super::*;

fn when(d: Option<(u16, u8, u8)>, s: Option<(u8, u8)>, e: Option<(u8, u8)>) -> Option<When> {
    Some(When {
        date: d.and_then(|(y, m, d)| Date::new(y, m, d)),
        start: s.and_then(|(h, m)| Time::new(h, m)),
        end: e.and_then(|(h, m)| Time::new(h, m)),
    })
}

#[test]
fn the_forms_people_write() {
    let full = when(Some((2025, 11, 14)), Some((9, 0)), Some((11, 30)));
    assert_eq!(parse("14.11.2025 klo 9.00–11.30"), full);
    assert_eq!(parse("pe 14.11.2025 klo 9–11.30"), full);
    assert_eq!(parse("14.11.2025, klo 9.00 - 11.30."), full);
    assert_eq!(parse("14.11.2025 kl. 9.00–11.30"), full);
    assert_eq!(parse("Friday 14 November 2025, 9.00–11.30"), full);
    assert_eq!(parse("14. marraskuuta 2025 klo 9.00-11.30"), full);
    assert_eq!(parse("2025-11-14 09:00-11:30"), full);
    assert_eq!(parse("25.3.2026"), when(Some((2026, 3, 25)), None, None));
    assert_eq!(parse("klo 22.00–1.30"), when(None, Some((22, 0)), Some((1, 30))));
    assert_eq!(parse("klo –11.30"), when(None, None, Some((11, 30))));
    assert_eq!(parse("klo 9"), when(None, Some((9, 0)), None));
    assert_eq!(parse("9:30–11"), when(None, Some((9, 30)), Some((11, 0))));
    assert_eq!(parse("kello 9.30."), when(None, Some((9, 30)), None));
    assert_eq!(
        parse("Thursday 6 May 2027, 6 pm"),
        when(Some((2027, 5, 6)), Some((18, 0)), None)
    );
    assert_eq!(parse("6.30pm–8pm"), when(None, Some((18, 30)), Some((20, 0))));
    assert_eq!(parse("10 am – 12 pm"), when(None, Some((10, 0)), Some((12, 0))));
    assert_eq!(parse("pm"), None);
    let feb3 = when(Some((2027, 2, 3)), None, None);
    for line in [
        "3rd February 2027",
        "February 3rd, 2027",
        "Feb 3, 2027",
        "3 februari 2027",
        "torstaina 3.2.2027",
    ] {
        assert_eq!(parse(line), feb3, "{line}");
    }
    assert_eq!(
        parse("tisdagen den 3:e februari 2027 kl. 13.00"),
        when(Some((2027, 2, 3)), Some((13, 0)), None)
    );
    assert_eq!(parse("14 pm"), None);
}

#[test]
fn short_dates_take_the_meetings_year() {
    let m = Date::new(2025, 11, 14);
    let dec5 = |s, e| when(Some((2025, 12, 5)), s, e);
    assert_eq!(parse_in("5.12. klo 9", m), dec5(Some((9, 0)), None));
    assert_eq!(parse_in("ti 5.12. klo 9.30–11", m), dec5(Some((9, 30)), Some((11, 0))));
    assert_eq!(parse_in("5. joulukuuta klo 9", m), dec5(Some((9, 0)), None));
    assert_eq!(
        parse_in("tisdag 5 december kl. 13–15.15", m),
        dec5(Some((13, 0)), Some((15, 15)))
    );
    assert_eq!(parse_in("Friday 5 Dec, 9:30-11", m), dec5(Some((9, 30)), Some((11, 0))));
    assert_eq!(parse_in("5.12.", m), dec5(None, None));
    assert_eq!(
        parse_in("15.1. klo 9", m),
        when(Some((2026, 1, 15)), Some((9, 0)), None)
    );
    assert_eq!(parse_in("klo 9.30", m), when(None, Some((9, 30)), None));
    assert_eq!(parse_in("5.12 klo 9", m), dec5(Some((9, 0)), None));
    assert_eq!(parse_in("9.30–11", m), when(None, Some((9, 30)), Some((11, 0))));
    assert_eq!(parse_in("5.12. klo 9", None), None);
}

#[test]
fn zones_after_the_times() {
    let feb3 = when(Some((2027, 2, 3)), Some((10, 0)), Some((11, 30)));
    let zoned = |l| parse_zoned(l, None);
    assert_eq!(zoned("3.2.2027 klo 10.00–11.30 (EET)"), feb3.map(|w| (w, "EET".into())));
    assert_eq!(
        zoned("3.2.2027 kl. 10–11.30 (svensk tid)."),
        feb3.map(|w| (w, "svensk tid".into()))
    );
    assert_eq!(zoned("3.2.2027 10:00–11:30 UTC+2"), feb3.map(|w| (w, "UTC+2".into())));
    assert_eq!(
        zoned("3.2.2027 klo 10–11.30 Suomen aikaa"),
        feb3.map(|w| (w, "Suomen aikaa".into()))
    );
    assert_eq!(
        zoned("14:00 CET"),
        when(None, Some((14, 0)), None).map(|w| (w, "CET".into()))
    );
    assert_eq!(
        zoned("(Helsinki time)"),
        Some((When::default(), "Helsinki time".into()))
    );
    assert_eq!(zoned("3.2.2027 klo 10.00–11.30"), feb3.map(|w| (w, String::new())));
    assert_eq!(zoned("3.2.2027 klo 10–12 (kahvitauko klo 11)"), None);
    assert_eq!(zoned("3.2.2027 klo 10–12 (etänä)"), None);
    assert_eq!(zoned("CET"), None, "a zone alone is no time");
}

#[test]
fn sentences_are_not_dates() {
    assert_eq!(parse("Lapin liiton uudet tilat."), None);
    assert_eq!(parse("Ei muita asioita."), None);
    assert_eq!(parse("14.11. klo 9"), None);
    assert_eq!(parse(""), None);
}
