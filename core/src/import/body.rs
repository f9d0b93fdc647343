//! What a paragraph of a memo's body is: a statement, a decision, an action, a sub-heading, the
//! next meeting… Shared by the importer and by the Markdown exporter, which asks it how a line
//! it is about to write will be read back.

pub use super::statement::is_plain_speaker;
use super::{dates, statement::statement, vote, when};
use crate::inline;
use crate::labels::{self, EntryLabel, HeaderLabel, Lang};
use crate::model::{Date, EntryKind, ItemKind, NextMeeting, Numbering, Rich, Span, When};

/// Where a paragraph stands, which changes how it reads.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context {
    /// The kind of the item it is in; `None` before the first item.
    pub item: Option<ItemKind>,
    /// The item already has its next-meeting entry.
    pub has_next_meeting: bool,
    /// The previous entry was a next-meeting date line, so a short line here is its place.
    pub awaiting_place: bool,
    /// A bullet list follows directly, so a short line ending in a colon heads it.
    pub next_is_list: bool,
    /// A vote comes just before, so a paragraph that opens with one of its parts may go on
    /// with it ("Puolesta: …").
    pub after_vote: bool,
    /// The meeting's date, whose year a date written without one takes ("5.12.").
    pub meeting: Option<Date>,
    /// The document's language, whose label before a next meeting's words is only a label.
    pub lang: Lang,
}

/// How a paragraph reads.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Read {
    /// As an entry.
    Entry(EntryKind),
    /// As the place of the next meeting given just before.
    Place(String),
    /// As more of the vote given just before, if the vote takes it.
    VotePart,
}

/// Reads one paragraph; `text` has `\n` at hard line breaks.
pub fn read_paragraph(text: &str, ctx: &Context) -> Read {
    if ctx.after_vote && vote::opens_part(text) {
        return Read::VotePart;
    }
    if ctx.awaiting_place {
        if let Some(place) = place_line(text) {
            return Read::Place(place);
        }
    }
    Read::Entry(entry(text, ctx))
}

fn place_line(text: &str) -> Option<String> {
    if let Some((HeaderLabel::Place, _, rest)) = labels::header_label(text) {
        let rest = rest.trim();
        return Some(if rest == "–" { String::new() } else { plain(rest)? });
    }
    let single = !text.contains('\n') && text.chars().count() <= 150;
    let is_paragraph = matches!(entry(text, &Context::default()), EntryKind::Paragraph { .. });
    (single && is_paragraph).then(|| plain(text)).flatten()
}

/// Inline text that has no styling and no links, as plain text.
fn plain(text: &str) -> Option<String> {
    let rich = inline::parse(text);
    rich.spans()
        .iter()
        .all(|s| matches!(s, Span::Text(_)))
        .then(|| rich.to_plain())
}

fn entry(text: &str, ctx: &Context) -> EntryKind {
    if let Some(next) = next_meeting(text, ctx) {
        return EntryKind::NextMeeting(next);
    }
    if let Some(kind) = labelled(text, ctx.meeting).or_else(|| unbolded(text).and_then(|t| labelled(&t, ctx.meeting))) {
        return kind;
    }
    if starts_with_decision_verb(text) {
        return EntryKind::Decision { text: rich(text) };
    }
    if let Some(kind) = statement(text) {
        return kind;
    }
    if ctx.next_is_list && is_subheading(text) {
        if let Some(heading) = plain(text) {
            return EntryKind::Subheading { text: heading };
        }
    }
    EntryKind::Paragraph { text: rich(text) }
}

/// A label set in bold, as word processors write it ("**Päätös:** …", "**Tehtävä (Eero): **…"),
/// as plain text.
fn unbolded(text: &str) -> Option<String> {
    let inner = text.strip_prefix("**")?;
    let close = inner.get(..inner.len().min(80))?.find("**")?;
    let label = inner[..close].trim_end();
    label
        .ends_with(':')
        .then(|| format!("{label} {}", inner[close + 2..].trim_start()))
}

/// A short single line ending in a colon, which heads the list below it.
pub fn is_subheading(text: &str) -> bool {
    !text.contains('\n')
        && text.ends_with(':')
        && !text.ends_with("\\:")
        && text.chars().count() <= 80
        && text.split_whitespace().count() <= 10
}

fn next_meeting(text: &str, ctx: &Context) -> Option<NextMeeting> {
    let from = |(when, zone): (When, String)| NextMeeting {
        when,
        zone: inline::parse(&zone).to_plain(),
        ..NextMeeting::default()
    };
    if let Some((HeaderLabel::When | HeaderLabel::Clock, _, rest)) = labels::header_label(text) {
        if rest.trim() == "–" {
            return Some(NextMeeting::default());
        }
        return when::parse_zoned(rest, ctx.meeting).map(from);
    }
    if let Some(next) = super::next::read(text, ctx.meeting, ctx.lang) {
        return Some(next);
    }
    if ctx.item == Some(ItemKind::NextMeeting) && !ctx.has_next_meeting && !text.contains('\n') {
        return when::parse_zoned(text, ctx.meeting)
            .filter(|(w, _)| !w.is_empty())
            .map(from);
    }
    None
}

fn labelled(text: &str, meeting: Option<Date>) -> Option<EntryKind> {
    let colon = inline::find_unescaped(text, ":")?;
    let (head, rest) = (&text[..colon], text[colon + 1..].trim_start());
    let (word, paren) = match head.split_once(" (") {
        Some((w, p)) => (w.trim(), Some(p.trim().strip_suffix(')')?)),
        None => (head.trim(), None),
    };
    match labels::entry_label(word)? {
        EntryLabel::Decision if paren.is_none() => Some(EntryKind::Decision { text: rich(rest) }),
        EntryLabel::Attachment if paren.is_none() => plain(rest).map(|name| EntryKind::Attachment { name }),
        EntryLabel::Action => {
            let (owner, due, done, rest) = match paren {
                Some(group) => {
                    let (owner, due, done) = action_group(group, meeting);
                    (owner, due, done, rest)
                }
                None => {
                    let (owner, due, rest) = action_in_text(rest, meeting);
                    (owner, due, false, rest)
                }
            };
            Some(EntryKind::Action {
                owner,
                due,
                text: rich(rest),
                done,
            })
        }
        EntryLabel::Proposal if paren.is_none() => Some(EntryKind::Proposal { text: rich(rest) }),
        EntryLabel::Vote => vote::read(paren.unwrap_or(""), rest).map(EntryKind::Vote),
        EntryLabel::Dissent { needs_who } if paren.is_some() || !needs_who => Some(EntryKind::Dissent {
            who: inline::unescape(paren.unwrap_or("").trim()),
            text: rich(rest),
        }),
        _ => None,
    }
}

/// Words that name who is responsible inside an action's text ("… Vastuu: Ida, 5.12.").
const OWNER_WORDS: &[&str] = &[
    "vastuu:",
    "vastuuhenkilö:",
    "vastaa:",
    "ansvarig:",
    "ansvar:",
    "owner:",
    "responsible:",
];

/// Owner and due date written in an action's text rather than in parentheses: "… Vastuu: Ida,
/// 5.12.", "… (Ida, 5.12.)", "… DL 5.12.", "Ida to … by 5 Dec". The text is what is left. A
/// tail with an escape in it stays text (the writer escapes a tail that is meant as text).
fn action_in_text(rest: &str, meeting: Option<Date>) -> (String, Option<Date>, &str) {
    let lower = rest.to_lowercase();
    let owner_at = OWNER_WORDS
        .iter()
        .filter_map(|w| lower.rfind(w).map(|at| (at, w.len())))
        .max_by_key(|(at, _)| *at)
        .filter(|(at, len)| rest.is_char_boundary(*at) && rest.is_char_boundary(at + len));
    if let Some((at, len)) = owner_at {
        let tail = rest[at + len..].trim();
        if !tail.contains(['&', '\\', '\n']) && !tail.is_empty() && tail.chars().count() <= 80 {
            let (owner, due) = dates::who_when(tail.strip_suffix('.').unwrap_or(tail), meeting);
            let due = due.or_else(|| dates::who_when(tail, meeting).1);
            return (inline::unescape(&owner), due, rest[..at].trim_end());
        }
    }
    let plain_end = rest.ends_with(|c: char| c.is_alphanumeric() || c == '.' || c == ')');
    if let Some(group) = rest.strip_suffix(')').and_then(|r| r.rsplit_once(" (")) {
        let (owner, due) = dates::who_when(group.1, meeting);
        if due.is_some() && !group.1.contains(['&', '\\', '(']) {
            return (inline::unescape(&owner), due, group.0.trim_end());
        }
    }
    let (text, due) = match dates::marked_due_at_end(rest, meeting).filter(|_| plain_end) {
        Some((text, due)) => (text, Some(due)),
        None => (rest, None),
    };
    match owner_to(text) {
        Some((owner, what)) => (owner.to_string(), due, what),
        None => (String::new(), due, text),
    }
}

/// "Ida to send the report", "Ida ska skicka rapporten": the name and what they do.
fn owner_to(text: &str) -> Option<(&str, &str)> {
    let (name, what) = [" to ", " ska "].iter().find_map(|w| text.split_once(w))?;
    let words: Vec<&str> = name.split(' ').collect();
    let is_name = (1..=2).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
        });
    (is_name && !what.trim().is_empty()).then_some((name, what.trim_start()))
}

/// "Marjaana, 1.12.2025" → ("Marjaana", 1.12.2025); "1.12.2025" → ("", date); "Marjaana" → owner;
/// "Ida, 5.12." and "Ida, DL 5 Dec" take the meeting's year. The date is read from the text as
/// written, so an escaped owner ("&#50;5.3.") stays an owner.
pub fn action_who_when(group: &str, meeting: Option<Date>) -> (String, Option<Date>) {
    let (owner, due) = dates::who_when(group, meeting);
    (inline::unescape(&owner), due)
}

/// An action's parentheses: owner, due date and whether it is done ("Ida, 5.12., tehty",
/// "Ida, 5 Dec, done", "klar").
pub fn action_group(group: &str, meeting: Option<Date>) -> (String, Option<Date>, bool) {
    let (group, done) = labels::done_mark(group.trim());
    let (owner, due) = action_who_when(group, meeting);
    (owner, due, done)
}

/// Opens with "Sovittiin", "Päätettiin", "Beslutades", "Agreed"…
pub fn starts_with_decision_verb(text: &str) -> bool {
    labels::DECISION_VERBS.iter().any(|verb| {
        text.strip_prefix(verb).is_some_and(|rest| {
            rest.is_empty() || rest.starts_with(|c: char| c.is_whitespace() || c == ',' || c == ':')
        })
    })
}

/// A numbered item heading: "3. Title", "3) Title", "§ 3 Title", "3 § Title", "## 3. Title",
/// or an unnumbered Markdown heading of level 1–2. `expected` is the number the next item must
/// carry (`None` before the first item, when any number starts the list). Returns the title.
pub fn item_heading(line: &str, expected: Option<usize>) -> Option<String> {
    let hashes = line.chars().take_while(|c| *c == '#').count();
    let md = hashes > 0;
    if hashes > 2 {
        return None;
    }
    let body = if md {
        line[hashes..].strip_prefix(' ')?.trim()
    } else {
        line.trim()
    };
    let numbered = numbered_heading(body);
    let title = match numbered {
        // The first item has at most three digits; later ones any number that runs on.
        Some((n, _, title)) if expected.map_or(n < 1000, |e| e == n) => title,
        _ if md => body,
        _ => return None,
    };
    let first = title.chars().next();
    if !md && first.is_some_and(|c| c.is_lowercase()) {
        return None;
    }
    Some(inline::parse(title).to_plain())
}

/// The words that mark an item not for publication after its title, in every language.
const CONFIDENTIAL: &[&str] = &[
    "salassa pidettävä",
    "luottamuksellinen",
    "ei julkinen",
    "sekretessbelagd",
    "sekretess",
    "konfidentiell",
    "confidential",
    "not for publication",
];

/// A heading's title without the mark of an item not for publication ("Henkilöstöasia
/// (salassa pidettävä)"), and whether it had one. `raw` is the heading as written: a mark
/// whose parenthesis is escaped is part of the title.
pub fn confidential_title(raw: &str, title: &str) -> (String, bool) {
    let raw = raw.trim_end();
    let marked = CONFIDENTIAL.iter().find(|w| {
        raw.len() > w.len() + 2
            && raw.ends_with(')')
            && raw
                .get(raw.len() - w.len() - 2..)
                .is_some_and(|tail| tail.to_lowercase() == format!("({w})"))
            && !inline::ends_escaping(&raw[..raw.len() - w.len() - 2])
    });
    match marked {
        Some(w) => {
            let kept = title.len().saturating_sub(w.len() + 2);
            let head = title.get(..kept).unwrap_or(title);
            (head.trim_end().to_string(), true)
        }
        None => (title.to_string(), false),
    }
}

/// The number and numbering of an item heading line ("5. Avaus", "5 § Avaus", "§ 5 Öppnande",
/// "## 5 § Avaus"), when it has one.
pub fn heading_number(line: &str) -> Option<(usize, Numbering)> {
    let body = line.trim_start_matches('#').trim();
    numbered_heading(body).map(|(n, numbering, _)| (n, numbering))
}

fn numbered_heading(body: &str) -> Option<(usize, Numbering, &str)> {
    let (body, before) = match body.strip_prefix('§') {
        Some(rest) => (rest.trim_start(), true),
        None => (body, false),
    };
    let digits = body.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 6 {
        return None;
    }
    let n: usize = body[..digits].parse().ok()?;
    let rest = &body[digits..];
    let (numbering, title) = if before {
        (Numbering::SectionBefore, title_after(rest)?)
    } else if let Some(r) = rest.trim_start_matches([' ', '\t']).strip_prefix('§') {
        (Numbering::SectionAfter, title_after(r)?)
    } else {
        let r = rest.strip_prefix('.').or_else(|| rest.strip_prefix(')'))?;
        (Numbering::Dotted, title_after(r)?)
    };
    Some((n, numbering, title.trim()))
}

/// What follows a heading's number: a title after white space, or nothing.
fn title_after(rest: &str) -> Option<&str> {
    rest.strip_prefix([' ', '\t']).or(rest.is_empty().then_some(""))
}

/// A bullet line: (marker, text). Markers: `-`, `*`, `+`, `•`, `–`, `◦`, `▪`.
pub fn bullet(line: &str) -> Option<(char, &str)> {
    let line = line.trim_start();
    let marker = line
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '*' | '+' | '•' | '–' | '◦' | '▪'))?;
    let rest = &line[marker.len_utf8()..];
    if rest.is_empty() {
        return Some((marker, ""));
    }
    let text = rest.strip_prefix([' ', '\t'])?;
    // "**Ida:** …" and "*x*" are emphasis, not bullets.
    if marker == '*' && text.is_empty() {
        return None;
    }
    Some((marker, text.trim_start()))
}

/// Rich text of a paragraph, statement or bullet, tidied as a line-based format keeps it.
pub fn rich(text: &str) -> Rich {
    inline::parse(text).tidy()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry_of(text: &str) -> EntryKind {
        match read_paragraph(text, &Context::default()) {
            Read::Entry(e) => e,
            Read::Place(p) => panic!("place {p}"),
            Read::VotePart => panic!("a vote's part"),
        }
    }

    #[test]
    fn statements_and_replies() {
        let EntryKind::Statement { speaker, text, replies } =
            entry_of("Ida: Nousiko esille? **Minna:** Ei erityisesti. **Julius:** Totta.")
        else {
            panic!()
        };
        assert_eq!(speaker, "Ida");
        assert_eq!(text.to_plain(), "Nousiko esille?");
        assert_eq!(
            replies
                .iter()
                .map(|r| (r.speaker.as_str(), r.text.to_plain()))
                .collect::<Vec<_>>(),
            vec![
                ("Minna", "Ei erityisesti.".to_string()),
                ("Julius", "Totta.".to_string())
            ]
        );
        assert!(
            matches!(entry_of("**Jussi Olavi:** Hei"), EntryKind::Statement { speaker, .. } if speaker == "Jussi Olavi")
        );
        assert!(matches!(
            entry_of("Huom: tämä ei ole puheenvuoro"),
            EntryKind::Paragraph { .. }
        ));
        assert!(matches!(
            entry_of("Käytiin yhteistä keskustelua strategiasta:"),
            EntryKind::Paragraph { .. }
        ));
    }

    #[test]
    fn labels_and_verbs() {
        assert!(matches!(
            entry_of("Sovittiin, että nostot viedään sivulle."),
            EntryKind::Decision { .. }
        ));
        assert!(
            matches!(entry_of("Päätös: Hyväksyttiin."), EntryKind::Decision { text } if text.to_plain() == "Hyväksyttiin.")
        );
        let EntryKind::Action { owner, due, text, .. } =
            entry_of("Tehtävä (Marjaana, 1.12.2025): Kutsu ryhmähaastatteluun.")
        else {
            panic!()
        };
        assert_eq!(
            (owner.as_str(), due.map(|d| d.dotted()), text.to_plain()),
            ("Marjaana", Some("1.12.2025".into()), "Kutsu ryhmähaastatteluun.".into())
        );
        assert!(matches!(entry_of("Liite: Minnan esitys"), EntryKind::Attachment { name } if name == "Minnan esitys"));
    }

    #[test]
    fn actions_as_people_write_them_in_three_languages() {
        let ctx = Context {
            meeting: Date::new(2025, 11, 14),
            ..Context::default()
        };
        let action = |text: &str| match read_paragraph(text, &ctx) {
            Read::Entry(EntryKind::Action {
                owner,
                due,
                text,
                done: false,
            }) => (owner, due.map(|d| d.dotted()), text.to_plain()),
            other => panic!("{text}: {other:?}"),
        };
        let ida = |what: &str| ("Ida".to_string(), Some("5.12.2025".to_string()), what.to_string());
        for line in [
            "Tehtävä (Ida, 5.12.): Päivitä verkkosivut.",
            "Tehtävä (Ida, 5.12): Päivitä verkkosivut.",
            "Tehtävä (Ida 5.12.): Päivitä verkkosivut.",
            "Tehtävä (Ida, DL 5.12.): Päivitä verkkosivut.",
            "Tehtävä (Ida, määräaika 5.12.): Päivitä verkkosivut.",
            "Tehtävä (Ida, 5. joulukuuta): Päivitä verkkosivut.",
            "Tehtävä (Ida, 5.12. mennessä): Päivitä verkkosivut.",
            "Toimenpide (Ida, 2025-12-05): Päivitä verkkosivut.",
            "Tehtävä: Päivitä verkkosivut. Vastuu: Ida, 5.12.",
            "Tehtävä: Päivitä verkkosivut. Vastuu: Ida, DL 5.12.",
            "Tehtävä: Päivitä verkkosivut (Ida, 5.12.)",
        ] {
            let (owner, due, text) = action(line);
            assert_eq!((owner.as_str(), due.as_deref()), ("Ida", Some("5.12.2025")), "{line}");
            assert!(text.starts_with("Päivitä verkkosivut"), "{line}: {text}");
        }
        assert_eq!(
            action("Uppgift (Ida, 5.12.): Uppdatera webbsidan."),
            ida("Uppdatera webbsidan.")
        );
        assert_eq!(
            action("Åtgärd (Ida, 5 dec): Uppdatera webbsidan."),
            ida("Uppdatera webbsidan.")
        );
        assert_eq!(
            action("Åtgärd: Uppdatera webbsidan. Ansvarig: Ida, senast 5.12."),
            ida("Uppdatera webbsidan.")
        );
        assert_eq!(
            action("Åtgärd: Ida ska uppdatera webbsidan senast 5 december"),
            ida("uppdatera webbsidan")
        );
        assert_eq!(
            action("Action (Ida, 5 Dec): Update the website."),
            ida("Update the website.")
        );
        assert_eq!(
            action("Action (Ida, December 5): Update the website."),
            ida("Update the website.")
        );
        assert_eq!(
            action("ACTION: Ida to update the website by 5 Dec."),
            ida("update the website")
        );
        assert_eq!(
            action("Action: Update the website. Owner: Ida, due 5 Dec"),
            ida("Update the website.")
        );
        assert_eq!(
            action("Task (Ida, 5/12): Update."),
            ("Ida, 5/12".into(), None, "Update.".into())
        );
        assert_eq!(
            action("Tehtävä (Ida): Päivitä."),
            ("Ida".into(), None, "Päivitä.".into())
        );
        assert_eq!(
            action("Tehtävä: Kokous pidetään 5.12."),
            (String::new(), None, "Kokous pidetään 5.12.".into()),
            "a date in the text is not a due date without a word that makes it one"
        );
    }

    #[test]
    fn done_actions_as_people_mark_them() {
        let ctx = Context {
            meeting: Date::new(2025, 11, 14),
            ..Context::default()
        };
        let action = |text: &str| match read_paragraph(text, &ctx) {
            Read::Entry(EntryKind::Action { owner, due, done, .. }) => (owner, due.map(|d| d.dotted()), done),
            other => panic!("{text}: {other:?}"),
        };
        let due = Some("5.12.2025".to_string());
        for line in [
            "Tehtävä (Ida, 5.12., tehty): Päivitä verkkosivut.",
            "Tehtävä (Ida, 5.12., Valmis): Päivitä verkkosivut.",
            "Åtgärd (Ida, 5 dec, klar): Uppdatera webbsidan.",
            "Uppgift (Ida, 5.12., utförd): Uppdatera webbsidan.",
            "Action (Ida, 5 Dec, done): Update the website.",
            "Task (Ida, December 5, completed): Update.",
        ] {
            assert_eq!(action(line), ("Ida".into(), due.clone(), true), "{line}");
        }
        assert_eq!(action("Tehtävä (tehty): Päivitä."), (String::new(), None, true));
        assert_eq!(action("Action (Ida, done): Update."), ("Ida".into(), None, true));
        assert_eq!(
            action("Tehtävä (Ida, 5.12.): Päivitä, tehty."),
            ("Ida".into(), due.clone(), false),
            "the mark stands where the owner and due date do"
        );
        assert_eq!(
            action("Tehtävä (Tehtyinen, 5.12.): Päivitä."),
            ("Tehtyinen".into(), due, false)
        );
    }

    #[test]
    fn headings() {
        assert_eq!(item_heading("1. Kokouksen avaus", None), Some("Kokouksen avaus".into()));
        assert_eq!(
            item_heading("§ 4 Esityslistan hyväksyminen", Some(4)),
            Some("Esityslistan hyväksyminen".into())
        );
        assert_eq!(item_heading("3) Muut asiat", Some(3)), Some("Muut asiat".into()));
        assert_eq!(item_heading("3. Muut asiat", Some(4)), None);
        assert_eq!(item_heading("25.3.2026 klo 9.00–11.30.", Some(10)), None);
        assert_eq!(item_heading("2. kierros alkaa", Some(2)), None);
        assert_eq!(item_heading("## Avaus", Some(1)), Some("Avaus".into()));
        for (line, n, numbering) in [
            ("5 § Kokouksen avaus", 5, Numbering::SectionAfter),
            ("5§ Kokouksen avaus", 5, Numbering::SectionAfter),
            ("23 §\tKokouksen avaus", 23, Numbering::SectionAfter),
            ("## 7 § Muut asiat", 7, Numbering::SectionAfter),
            ("§ 5 Mötets öppnande", 5, Numbering::SectionBefore),
            ("§5 Mötets öppnande", 5, Numbering::SectionBefore),
            ("# § 12 Övriga frågor", 12, Numbering::SectionBefore),
            ("5. Opening", 5, Numbering::Dotted),
            ("5) Opening", 5, Numbering::Dotted),
        ] {
            assert_eq!(heading_number(line), Some((n, numbering)), "{line}");
            assert!(item_heading(line, Some(n)).is_some(), "{line}");
        }
        assert_eq!(heading_number("5 §:n mukaan"), None);
        assert_eq!(heading_number("§§ 5"), None);
    }

    #[test]
    fn next_meeting_and_place() {
        let ctx = Context {
            item: Some(ItemKind::NextMeeting),
            ..Context::default()
        };
        let read = read_paragraph("25.3.2026 klo 9.00–11.30.", &ctx);
        assert!(
            matches!(read, Read::Entry(EntryKind::NextMeeting(n)) if n.when.date.is_some() && n.when.end.is_some())
        );
        let place = Context {
            awaiting_place: true,
            ..ctx
        };
        assert_eq!(
            read_paragraph("Lapin liiton uudet tilat.", &place),
            Read::Place("Lapin liiton uudet tilat.".into())
        );
        assert!(matches!(
            read_paragraph("25.3.2026", &Context::default()),
            Read::Entry(EntryKind::Paragraph { .. })
        ));
    }
}
