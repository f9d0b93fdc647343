//! The title of a copy: the original's title with the day it was copied ("Kokous (kopio
//! 29.11.)"), a number after the day for a second copy that day ("(kopio 29.11. 2)"), and never
//! a mark on a mark ("(kopio) (kopio)"): a copy of a copy is named from the original title.

/// The title for a copy of a draft titled `title`, made on `day` ("29.11."). `marks` are the
/// words that mark a copy in any language ("kopio", "kopia", "copy"); `form(title, stamp)`
/// writes the title with its stamp; `taken` says whether a draft already has a title.
pub fn copy_title(
    title: &str,
    marks: &[&str],
    day: &str,
    taken: impl Fn(&str) -> bool,
    form: impl Fn(&str, &str) -> String,
) -> String {
    let base = original(title, marks);
    let first = form(base, day);
    if !taken(&first) {
        return first;
    }
    (2..1000)
        .map(|n| form(base, &format!("{day} {n}")))
        .find(|t| !taken(t))
        .unwrap_or(first)
}

/// `title` without the copy marks at its end: "Kokous (kopio 29.11. 2) (kopio)" → "Kokous".
pub fn original<'a>(title: &'a str, marks: &[&str]) -> &'a str {
    let mut t = title.trim_end();
    while let Some(inside) = t.strip_suffix(')').and_then(|r| r.rsplit_once(" (")) {
        let word = inside.1.split_whitespace().next().unwrap_or("").to_lowercase();
        let marked = marks.iter().any(|m| m.to_lowercase() == word);
        let rest_is_stamp = inside
            .1
            .split_whitespace()
            .skip(1)
            .all(|w| w.chars().all(|c| c.is_ascii_digit() || c == '.'));
        if !(marked && rest_is_stamp) {
            break;
        }
        t = inside.0.trim_end();
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    const MARKS: &[&str] = &["kopio", "kopia", "copy"];

    fn copy(title: &str, existing: &[&str]) -> String {
        copy_title(
            title,
            MARKS,
            "29.11.",
            |t| existing.contains(&t),
            |t, s| format!("{t} (kopio {s})"),
        )
    }

    #[test]
    fn copies_are_named_by_day_and_never_stack() {
        assert_eq!(copy("Kokous", &["Kokous"]), "Kokous (kopio 29.11.)");
        assert_eq!(
            copy("Kokous", &["Kokous", "Kokous (kopio 29.11.)"]),
            "Kokous (kopio 29.11. 2)"
        );
        assert_eq!(
            copy("Kokous (kopio 29.11.)", &["Kokous", "Kokous (kopio 29.11.)"]),
            "Kokous (kopio 29.11. 2)"
        );
        assert_eq!(copy("Kokous (kopio) (kopio)", &[]), "Kokous (kopio 29.11.)");
        assert_eq!(copy("Möte (kopia 3.2.)", &[]), "Möte (kopio 29.11.)");
        assert_eq!(copy("Meeting (Copy)", &[]), "Meeting (kopio 29.11.)");
        assert_eq!(copy("Talous (kopiointi)", &[]), "Talous (kopiointi) (kopio 29.11.)");
        assert_eq!(copy("Vuosi (2025)", &[]), "Vuosi (2025) (kopio 29.11.)");
    }
}
