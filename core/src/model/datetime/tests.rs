use super::*;

#[test]
fn finnish_and_iso_dates() {
    let d = Date::new(2025, 11, 14).unwrap();
    assert_eq!(Date::parse("14.11.2025"), Some(d));
    assert_eq!(Date::parse("14.11.2025."), Some(d));
    assert_eq!(Date::parse("2025-11-14"), Some(d));
    assert_eq!(Date::parse("31.2.2025"), None);
    assert_eq!(Date::parse("29.2.2024").map(|d| d.dotted()), Some("29.2.2024".into()));
    assert_eq!(Date::parse("14.11."), None);
    assert_eq!(d.iso(), "2025-11-14");
    let day = |y, m, d| Date::new(y, m, d).unwrap().days();
    assert_eq!(day(2026, 1, 1) - day(2025, 12, 31), 1);
    assert_eq!(day(2024, 3, 1) - day(2024, 2, 28), 2);
    assert_eq!(day(2026, 1, 1) - day(2025, 1, 1), 365);
    assert_eq!(Date::new(2024, 2, 29).unwrap().next_year(), Date::new(2025, 2, 28));
    assert_eq!(
        Date::new(2025, 12, 31).unwrap().next_day(),
        Date::new(2026, 1, 1).unwrap()
    );
}

#[test]
fn clock_times() {
    assert_eq!(Time::parse("9.00"), Time::new(9, 0));
    assert_eq!(Time::parse("09:30"), Time::new(9, 30));
    assert_eq!(Time::parse("9"), Time::new(9, 0));
    assert_eq!(Time::parse("24.00"), None);
    assert_eq!(Time::parse("9.5"), None);
    assert_eq!(Time::new(9, 5).unwrap().dotted(), "9.05");
}

#[test]
fn when_as_text_and_across_midnight() {
    let when = When {
        date: Date::new(2025, 11, 14),
        start: Time::new(9, 0),
        end: Time::new(11, 30),
    };
    assert_eq!(when.text(Lang::Fi), "14.11.2025 klo 9.00–11.30");
    assert_eq!(when.text(Lang::Sv), "14.11.2025 kl. 9.00–11.30");
    assert_eq!(when.text(Lang::En), "14 November 2025 9.00–11.30");
    assert_eq!(when.duration_minutes(), Some(150));
    let night = When {
        date: None,
        start: Time::new(22, 0),
        end: Time::new(1, 30),
    };
    assert_eq!(night.duration_minutes(), Some(210));
    assert_eq!(
        When {
            end: Time::new(11, 30),
            ..When::default()
        }
        .text(Lang::Fi),
        "klo –11.30"
    );
    assert!(When::default().is_empty() && When::default().text(Lang::Fi).is_empty());
}

#[test]
fn saved_forms_round_trip() {
    let d = Date::new(2026, 3, 25).unwrap();
    let json = serde_json::to_string(&d).unwrap();
    assert_eq!(json, "\"2026-03-25\"");
    assert_eq!(serde_json::from_str::<Date>(&json).unwrap(), d);
    assert!(serde_json::from_str::<Date>("\"25.3.2026\"").is_err());
    let t = Time::new(9, 0).unwrap();
    assert_eq!(serde_json::to_string(&t).unwrap(), "\"09:00\"");
}
