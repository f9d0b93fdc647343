//! Markdown in the layout of the memos our users write: title, document type, time, place,
//! a tab-separated attendee table, the document type again, then numbered items.
//!
//! Every block is checked against the reader in [`crate::import::body`]: when a paragraph would
//! read back as something else (a statement, a heading, a bullet…), it is escaped until it
//! reads back as itself. So `import(export(doc))` holds the same content as `doc`.

use super::inline::{escape, render as inline};
use crate::import::body::{self, Context, Read};
use crate::import::when;
use crate::labels::{self, Lang};
use crate::model::{
    Attendee, Entry, EntryKind, Header, Item, ItemKind, Minutes, NextMeeting, Rich,
};

/// The document as Markdown, ending in one newline.
pub fn render(doc: &Minutes) -> String {
    let h = &doc.header;
    let words = h.lang.words();
    let kind_line = match h.number.is_empty() {
        true => words.kind(h.kind).to_string(),
        false => format!("{} {}", words.kind(h.kind), h.number),
    };
    let mut blocks: Vec<String> = Vec::new();
    if !h.title.is_empty() {
        blocks.push(title_line(&h.title));
    }
    blocks.push(kind_line.clone());
    blocks.extend(when_lines(h));
    if !h.place.is_empty() {
        blocks.push(format!("{}: {}", words.place, escape(&h.place)));
    }
    for (absent, label) in [(false, words.present), (true, words.absent)] {
        let rows: Vec<String> = doc
            .attendees
            .iter()
            .filter(|a| a.absent == absent)
            .map(row)
            .collect();
        if !rows.is_empty() {
            blocks.push(format!("{label}:"));
            blocks.push(rows.join("\n"));
        }
    }
    blocks.push(kind_line);
    blocks.extend(entries(&doc.intro, None, None, h.lang));
    for (n, item) in doc.items.iter().enumerate() {
        blocks.push(heading(n + 1, &item.title));
        blocks.extend(entries(&item.entries, Some(item), Some(n + 2), h.lang));
    }
    blocks.join("\n\n") + "\n"
}

fn title_line(title: &str) -> String {
    let plain = escape(title);
    let misread = labels::doc_kind_line(&plain).is_some()
        || labels::header_label(&plain).is_some()
        || body::item_heading(&plain, None).is_some()
        || plain.starts_with('#');
    if misread {
        format!("# {plain}")
    } else {
        plain
    }
}

fn when_lines(h: &Header) -> Vec<String> {
    let words = h.lang.words();
    let times = times(h.start, h.end, h.lang);
    let date = h.date.map(|d| date(d, h.lang));
    match (words.clock, date, times) {
        (_, None, None) => vec![],
        (Some(clock), Some(d), Some(t)) => {
            vec![format!("{}: {d}", words.when), format!("{clock}: {t}")]
        }
        (Some(clock), None, Some(t)) => vec![format!("{clock}: {t}")],
        (_, d, t) => vec![format!(
            "{}: {}",
            words.when,
            [d, t].into_iter().flatten().collect::<Vec<_>>().join(" ")
        )],
    }
}

fn date(d: crate::model::Date, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} {} {}", d.day, when::month_en(d.month), d.year),
        _ => d.dotted(),
    }
}

/// "klo 9.00–11.30", "kl. 13.00", "9.00–11.30" (English): `None` when neither time is known.
fn times(
    start: Option<crate::model::Time>,
    end: Option<crate::model::Time>,
    lang: Lang,
) -> Option<String> {
    let span = match (start, end) {
        (None, None) => return None,
        (Some(s), None) => s.dotted(),
        (None, Some(e)) => format!("–{}", e.dotted()),
        (Some(s), Some(e)) => format!("{}–{}", s.dotted(), e.dotted()),
    };
    let at = lang.words().at;
    Some(if at.is_empty() {
        span
    } else {
        format!("{at} {span}")
    })
}

fn row(a: &Attendee) -> String {
    let sep = if a.organisations.iter().any(|o| o.contains(',')) {
        "; "
    } else {
        ", "
    };
    let mut cells = vec![a.first_names.clone(), a.last_name.clone()];
    if !a.organisations.is_empty() {
        cells.push(a.organisations.join(sep));
    }
    cells.join("\t")
}

fn heading(n: usize, title: &str) -> String {
    let plain = format!("{n}. {}", escape(title));
    let expected = if n == 1 { None } else { Some(n) };
    if body::item_heading(&plain, expected).as_deref() == Some(title) {
        plain
    } else {
        format!("## {plain}")
    }
}

/// The entries of an item (or of the introduction when `item` is `None`). `next_number` is
/// the number of the following item, which a paragraph must not look like.
fn entries(
    list: &[Entry],
    item: Option<&Item>,
    next_number: Option<usize>,
    lang: Lang,
) -> Vec<String> {
    let writer = Writer {
        list,
        item_kind: item.map(Item::kind),
        next_number,
        lang,
    };
    (0..list.len()).flat_map(|k| writer.entry(k)).collect()
}

struct Writer<'a> {
    list: &'a [Entry],
    item_kind: Option<ItemKind>,
    next_number: Option<usize>,
    lang: Lang,
}

impl Writer<'_> {
    /// How the reader will see entry `k`'s first block (`awaiting_place` decided by the caller).
    fn context(&self, k: usize, awaiting_place: bool) -> Context {
        Context {
            item: self.item_kind,
            has_next_meeting: self.list[..k]
                .iter()
                .any(|e| matches!(e.kind, EntryKind::NextMeeting(_))),
            awaiting_place,
            next_is_list: matches!(
                self.list.get(k + 1).map(|e| &e.kind),
                Some(EntryKind::Bullets { .. })
            ),
        }
    }

    /// True when the previous entry is a next meeting that wrote no place line.
    fn awaits_place(&self, k: usize) -> bool {
        k > 0 && matches!(&self.list[k - 1].kind, EntryKind::NextMeeting(n) if n.place.is_empty())
    }

    fn entry(&self, k: usize) -> Vec<String> {
        let ctx = self.context(k, self.awaits_place(k));
        let words = self.lang.words();
        match &self.list[k].kind {
            EntryKind::Paragraph { text } => vec![self.paragraph(text, &ctx)],
            EntryKind::Statement {
                speaker,
                text,
                replies,
            } => {
                let mut out = String::new();
                let plain_ok =
                    body::is_plain_speaker(speaker) && !(text.is_empty() && replies.is_empty());
                if plain_ok {
                    out.push_str(&format!("{speaker}: "));
                } else {
                    out.push_str(&format!("**{}:** ", speaker_escape(speaker)));
                }
                out.push_str(&inline(text, true));
                for r in replies {
                    out.push_str(&format!(
                        " **{}:** {}",
                        speaker_escape(&r.speaker),
                        inline(&r.text, true)
                    ));
                }
                vec![out.trim_end().to_string()]
            }
            EntryKind::Bullets { items } => {
                let marker = self.marker(k);
                let lines: Vec<String> = items
                    .iter()
                    .map(|t| {
                        format!(
                            "{marker} {}",
                            protect(&inline(t, false)).replace('\n', "\n  ")
                        )
                    })
                    .collect();
                vec![lines
                    .join("\n")
                    .lines()
                    .map(str::trim_end)
                    .collect::<Vec<_>>()
                    .join("\n")]
            }
            EntryKind::Subheading { text } => {
                let plain = escape(text);
                let reads = body::read_paragraph(&plain, &ctx)
                    == Read::Entry(EntryKind::Subheading { text: text.clone() });
                vec![if reads && self.structural_free(&plain) {
                    plain
                } else {
                    format!("### {plain}")
                }]
            }
            EntryKind::Decision { text } => {
                let plain = inline(text, false);
                let wanted = Read::Entry(EntryKind::Decision { text: text.clone() });
                if body::starts_with_decision_verb(&plain)
                    && body::read_paragraph(&plain, &ctx) == wanted
                    && self.structural_free(&plain)
                {
                    vec![plain]
                } else {
                    vec![format!("{}: {}", words.decision, protect(&plain))]
                }
            }
            EntryKind::Action { owner, due, text } => {
                let who = [
                    Some(escape(owner)).filter(|o| !o.is_empty()),
                    due.map(|d| d.dotted()),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ");
                let head = if who.is_empty() {
                    words.action.to_string()
                } else {
                    format!("{} ({who})", words.action)
                };
                vec![format!("{head}: {}", protect(&inline(text, false)))
                    .trim_end()
                    .to_string()]
            }
            EntryKind::Attachment { name } => {
                vec![format!("{}: {}", words.attachment, escape(name))
                    .trim_end()
                    .to_string()]
            }
            EntryKind::NextMeeting(next) => self.next_meeting(k, next, &ctx),
        }
    }

    fn marker(&self, k: usize) -> char {
        let previous_is_list = k > 0 && matches!(self.list[k - 1].kind, EntryKind::Bullets { .. });
        if previous_is_list && self.marker(k - 1) == '-' {
            '*'
        } else {
            '-'
        }
    }

    fn next_meeting(&self, k: usize, next: &NextMeeting, ctx: &Context) -> Vec<String> {
        let words = self.lang.words();
        let parts: Vec<String> = [
            next.date.map(|d| date(d, self.lang)),
            times(next.start, next.end, self.lang),
        ]
        .into_iter()
        .flatten()
        .collect();
        let line = if parts.is_empty() {
            String::new()
        } else {
            format!("{}.", parts.join(" "))
        };
        let bare_ok = !line.is_empty()
            && self.item_kind == Some(ItemKind::NextMeeting)
            && !ctx.has_next_meeting;
        let mut out = vec![if bare_ok {
            line
        } else if parts.is_empty() {
            format!("{}: –", words.when)
        } else {
            format!("{}: {line}", words.when)
        }];
        let place_ctx = Context {
            awaiting_place: true,
            ..*ctx
        };
        if !next.place.is_empty() {
            let plain = escape(&next.place);
            let reads = body::read_paragraph(&plain, &place_ctx) == Read::Place(next.place.clone())
                && self.structural_free(&plain);
            out.push(if reads {
                plain
            } else {
                format!("{}: {plain}", words.place)
            });
        } else if k + 1 < self.list.len() {
            let following = self.entry(k + 1);
            let first = following.first().map(String::as_str).unwrap_or("");
            let next_ctx = Context {
                awaiting_place: true,
                ..self.context(k + 1, true)
            };
            if self.structural_free(first)
                && matches!(body::read_paragraph(first, &next_ctx), Read::Place(_))
            {
                out.push(format!("{}: –", words.place));
            }
        }
        out
    }

    /// A paragraph, escaped until it reads back as exactly this paragraph.
    fn paragraph(&self, text: &Rich, ctx: &Context) -> String {
        let wanted = Read::Entry(EntryKind::Paragraph { text: text.clone() });
        let rendered = protect(&inline(text, false));
        let reads = |candidate: &str| {
            body::read_paragraph(candidate, ctx) == wanted && self.structural_free(candidate)
        };
        if reads(&rendered) {
            return rendered;
        }
        let (first, rest) = rendered
            .split_once('\n')
            .map_or((rendered.as_str(), None), |(a, b)| (a, Some(b)));
        for fixed in first_line_escapes(first) {
            let candidate = match rest {
                Some(rest) => format!("{fixed}\n{rest}"),
                None => fixed,
            };
            if reads(&candidate) {
                return candidate;
            }
        }
        rendered
    }

    /// No line of the block would be read as a heading, a bullet or a new entry.
    fn structural_free(&self, block: &str) -> bool {
        block.lines().enumerate().all(|(i, line)| {
            let line = line.trim();
            let heading =
                body::item_heading(line, self.next_number.filter(|_| self.item_kind.is_some()))
                    .is_some()
                    || body::item_heading(line, None).is_some() && self.item_kind.is_none();
            let new_entry = i > 0
                && !matches!(
                    body::read_paragraph(line, &Context::default()),
                    Read::Entry(EntryKind::Paragraph { .. })
                );
            !(heading
                || line.starts_with('#')
                || body::bullet(line).is_some()
                || new_entry
                || line.is_empty())
        })
    }
}

/// A speaker inside `**…:**`.
fn speaker_escape(speaker: &str) -> String {
    escape(speaker).replace(':', "\\:")
}

/// Keeps a line's leading and trailing spaces and its continuation lines' first characters
/// from being taken as layout: each such character is written as a character reference.
fn protect(rendered: &str) -> String {
    let lines: Vec<String> = rendered
        .split('\n')
        .enumerate()
        .map(|(i, line)| {
            let mut line = line.to_string();
            let starts_structure = i > 0
                && (body::bullet(line.trim()).is_some()
                    || line.trim_start().starts_with('#')
                    || body::item_heading(line.trim(), None).is_some()
                    || !matches!(
                        body::read_paragraph(line.trim_end_matches('\\'), &Context::default()),
                        Read::Entry(EntryKind::Paragraph { .. })
                    ));
            if line.starts_with(char::is_whitespace) || starts_structure {
                line = entity_first(&line);
            }
            let body = line.strip_suffix('\\').filter(|b| {
                !b.ends_with('\\') || b.chars().rev().take_while(|c| *c == '\\').count() % 2 == 1
            });
            let (core, tail) = match body {
                Some(b) => (b.to_string(), "\\"),
                None => (line.clone(), ""),
            };
            let core = if core.ends_with(char::is_whitespace) {
                entity_last(&core)
            } else {
                core
            };
            let core = if core.is_empty() && !tail.is_empty() {
                String::new()
            } else {
                core
            };
            format!("{core}{tail}")
        })
        .collect();
    lines.join("\n")
}

fn entity_first(line: &str) -> String {
    match line.chars().next() {
        Some(c) => format!("&#{};{}", u32::from(c), &line[c.len_utf8()..]),
        None => String::new(),
    }
}

fn entity_last(line: &str) -> String {
    match line.chars().last() {
        Some(c) => format!("{}&#{};", &line[..line.len() - c.len_utf8()], u32::from(c)),
        None => String::new(),
    }
}

/// Ways to stop a first line being read as something it is not, mildest first: escape its
/// first colon ("Ida\: …"), its first punctuation ("1\. …", "\- …"), or write its first
/// character as a character reference ("&#83;ovittiin …").
fn first_line_escapes(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(i) = line.find(':').filter(|&i| !line[..i].ends_with('\\')) {
        out.push(format!("{}\\{}", &line[..i], &line[i..]));
    }
    if let Some((i, c)) = line.char_indices().find(|(_, c)| c.is_ascii_punctuation()) {
        if !line[..i].ends_with('\\') && c != '\\' {
            out.push(format!("{}\\{}", &line[..i], &line[i..]));
        }
    }
    out.push(entity_first(line));
    out
}
