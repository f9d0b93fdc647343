//! The entries of an item (or of the introduction) as Markdown blocks.

mod next;

use super::escape::{hash, settle, underline};
use crate::import::body::{self, Context, Read};
use crate::import::{join, signatures, starts_entry};
use crate::inline::{escape_for_file as escape, reference, render_for_file as inline};
use crate::labels::Lang;
use crate::model::{Date, Entry, EntryKind, Item, ItemKind, Rich};

/// Renders `list`, the entries of `item` (`None`: the introduction). `next_number` is the
/// number of the following item, which no line may look like; `signable`: the entries end
/// formal minutes, where no line may read as a signature.
pub fn render(
    list: &[Entry],
    item: Option<&Item>,
    next_number: Option<usize>,
    (lang, meeting, signable): (Lang, Option<Date>, bool),
) -> Vec<String> {
    // Whether a next meeting comes before each entry, and each list's marker: one pass each.
    let mut next_before = Vec::with_capacity(list.len());
    let mut seen = false;
    for e in list {
        next_before.push(seen);
        seen |= matches!(e.kind, EntryKind::NextMeeting(_));
    }
    // Two lists in a row are told apart by their markers.
    let mut markers: Vec<char> = Vec::with_capacity(list.len());
    for k in 0..list.len() {
        let previous_is_list = k > 0 && matches!(list[k - 1].kind, EntryKind::Bullets { .. });
        markers.push(if previous_is_list && markers[k - 1] == '-' {
            '*'
        } else {
            '-'
        });
    }
    let writer = Writer {
        list,
        item_kind: item.map(Item::kind),
        next_number,
        lang,
        next_before,
        markers,
        meeting,
        signable,
    };
    (0..list.len()).flat_map(|k| writer.entry(k)).collect()
}

struct Writer<'a> {
    list: &'a [Entry],
    item_kind: Option<ItemKind>,
    next_number: Option<usize>,
    lang: Lang,
    /// For each entry: a next meeting comes before it.
    next_before: Vec<bool>,
    /// For each entry that is a list: its marker.
    markers: Vec<char>,
    /// The meeting's date (the reader gives its year to dates written without one).
    meeting: Option<Date>,
    /// The entries end formal minutes: a line that reads as a signature is escaped.
    signable: bool,
}

/// How the reader takes a block: its lines joined as the importer joins them.
fn read(block: &str, ctx: &Context) -> Read {
    let lines: Vec<&str> = block.split('\n').map(str::trim).collect();
    body::read_paragraph(&join(&lines), ctx)
}

impl Writer<'_> {
    /// The reader's view of the place of entry `k`.
    fn context(&self, k: usize) -> Context {
        Context {
            item: self.item_kind,
            has_next_meeting: self.next_before[k],
            // A next meeting always writes a place line when anything follows it.
            awaiting_place: false,
            next_is_list: matches!(self.list.get(k + 1).map(|e| &e.kind), Some(EntryKind::Bullets { .. })),
            after_vote: k > 0 && matches!(self.list[k - 1].kind, EntryKind::Vote(_)),
            meeting: self.meeting,
            lang: self.lang,
        }
    }

    /// Would the reader take line `i` of a block as the start of something else?
    fn breaks(&self, i: usize, line: &str) -> bool {
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') || body::bullet(t).is_some() || (i > 0 && underline(t)) {
            return true;
        }
        if self.signable && signatures::is_line(t) {
            return true;
        }
        if i == 0 {
            body::item_heading(t, self.next_number.filter(|_| self.item_kind.is_some())).is_some()
        } else {
            body::item_heading(t, None).is_some() || starts_entry(t.trim_end_matches('\\'))
        }
    }

    /// Escapes `block` until it reads back as `wanted`.
    fn settle(&self, block: String, wanted: &Read, ctx: &Context) -> String {
        settle(block, |i, l| self.breaks(i, l), |b| read(b, ctx) == *wanted)
    }

    fn entry(&self, k: usize) -> Vec<String> {
        let ctx = self.context(k);
        let words = self.lang.words();
        let kind = &self.list[k].kind;
        let wanted = Read::Entry(kind.clone());
        match kind {
            // An empty paragraph (one just added) as a space, which the reader trims away.
            EntryKind::Paragraph { text } if text.is_empty() => vec![reference(' ')],
            EntryKind::Paragraph { text } => vec![self.settle(inline(text, false), &wanted, &ctx)],
            EntryKind::Statement { speaker, text, replies } => {
                // Names longer than a name usually is are marked as names (see `speaker_name`).
                let said = |marked: bool| {
                    let mut said = inline(text, true);
                    for r in replies {
                        let reply = inline(&r.text, true);
                        said.push_str(&format!(" **{}:** {reply}", speaker_name(&r.speaker, marked)));
                    }
                    said
                };
                let plain = format!("{speaker}: {}", said(false)).trim_end().to_string();
                let bold = |marked: bool| {
                    format!("**{}:** {}", speaker_name(speaker, marked), said(marked))
                        .trim_end()
                        .to_string()
                };
                // The first form that, settled, reads back whole: a name in bold that is also
                // a label ("**Beslut:**") may read as the speaker only while a line of the
                // block is left breaking it, and then needs marking.
                let forms = [
                    (body::is_plain_speaker(speaker) && !(self.signable && signatures::is_line(&plain)))
                        .then_some(plain),
                    Some(bold(false)),
                    Some(bold(true)),
                ];
                let mut settled = forms.into_iter().flatten().map(|b| self.settle(b, &wanted, &ctx));
                let first = settled.next().unwrap_or_default();
                let holds =
                    |b: &String| read(b, &ctx) == wanted && b.split('\n').enumerate().all(|(i, l)| !self.breaks(i, l));
                if holds(&first) {
                    return vec![first];
                }
                vec![settled.find(holds).unwrap_or(first)]
            }
            EntryKind::Bullets { items } => {
                let marker = self.markers[k];
                let lines: Vec<String> = items.iter().map(|t| format!("{marker} {}", self.bullet(t))).collect();
                vec![lines.join("\n")]
            }
            EntryKind::Subheading { text } => {
                let plain = escape(text);
                let reads = read(&plain, &ctx) == wanted && !self.breaks(0, &plain);
                vec![if reads { plain } else { format!("### {}", hash(&plain)) }]
            }
            EntryKind::Decision { text } => {
                let plain = inline(text, false);
                let reads = body::starts_with_decision_verb(&plain) && read(&plain, &ctx) == wanted;
                let block = if reads {
                    plain
                } else {
                    format!("{}: {plain}", words.decision)
                };
                vec![self.settle(block, &wanted, &ctx)]
            }
            EntryKind::Proposal { text } => {
                let block = format!("{}: {}", words.proposal, inline(text, false));
                vec![self.settle(block, &wanted, &ctx)]
            }
            EntryKind::Action { owner, due, text, done } => {
                let who = who_and_when(owner, *due, done.then_some(words.done), self.meeting);
                let said = inline(text, false);
                // Owner and due date may also be read from the text ("… DL 5.12.", "Ida to …"):
                // empty parentheses, or the text's last letter as a reference, keep it text.
                let last_as_reference = said
                    .chars()
                    .last()
                    .filter(|c| c.is_alphanumeric() || *c == '.')
                    .map(|c| format!("{}{}", &said[..said.len() - c.len_utf8()], reference(c)));
                let heads = match who.is_empty() {
                    true => vec![words.action.to_string(), format!("{} ()", words.action)],
                    false => vec![format!("{} ({who})", words.action)],
                };
                let candidates: Vec<String> = heads
                    .iter()
                    .flat_map(|head| {
                        std::iter::once(&said)
                            .chain(last_as_reference.iter())
                            .map(move |said| format!("{head}: {said}").trim_end().to_string())
                    })
                    .collect();
                let block = candidates
                    .iter()
                    .find(|b| read(b, &ctx) == wanted)
                    .unwrap_or(&candidates[0])
                    .clone();
                vec![self.settle(block, &wanted, &ctx)]
            }
            EntryKind::Attachment { name } => {
                vec![format!("{}: {}", words.attachment, escape(name)).trim_end().to_string()]
            }
            EntryKind::NextMeeting(next) => self.next_meeting(k, next, &ctx),
            EntryKind::Vote(vote) => vec![self.settle(super::vote::block(vote, self.lang), &wanted, &ctx)],
            EntryKind::Dissent { who, text } => {
                let [with, without] = words.dissent;
                let head = match who.is_empty() {
                    true => without.to_string(),
                    false => format!("{with} ({})", escape(who).replace(':', "\\:")),
                };
                let block = format!("{head}: {}", inline(text, false));
                vec![self.settle(block, &wanted, &ctx)]
            }
        }
    }

    /// One bullet's text; its continuation lines are indented and must not start new blocks.
    fn bullet(&self, text: &Rich) -> String {
        let rendered = settle(
            inline(text, false),
            |i, l| i > 0 && self.breaks(i, l),
            |b| {
                let lines: Vec<&str> = b.split('\n').map(str::trim).collect();
                body::rich(&join(&lines)) == *text
            },
        );
        rendered.replace('\n', "\n  ")
    }
}

/// A speaker's name between the bold marks of "**Name:**"; `marked`: its first character as a
/// character reference, which makes the reader take a name longer than names usually are for
/// a name.
fn speaker_name(name: &str, marked: bool) -> String {
    match name.chars().next() {
        Some(c) if marked => format!("{}{}", reference(c), escape(&name[c.len_utf8()..]).replace(':', "\\:")),
        _ => escape(name).replace(':', "\\:"),
    }
}

/// "Marjaana, 1.12.2025": owner and due date as an action's parentheses hold them, and `done`
/// the mark of a done action ("…, tehty"), escaped until they read back (an owner that looks
/// like a date, or ends in one or in the mark, is escaped).
fn who_and_when(owner: &str, due: Option<Date>, done: Option<&str>, meeting: Option<Date>) -> String {
    let plain = escape(owner).replace(':', "\\:");
    let entity = plain
        .chars()
        .next()
        .map(|c| format!("&#{};{}", u32::from(c), &plain[c.len_utf8()..]));
    let commas = plain.replace(',', "&#44;");
    // "Ida, 5.12." or "Ida DL" as an owner: its last letter as a reference keeps it a name.
    let last = plain
        .chars()
        .last()
        .map(|c| format!("{}{}", &plain[..plain.len() - c.len_utf8()], reference(c)));
    let candidates = [Some(plain), entity, Some(commas), last];
    let group = |o: &str| crate::export::outline::who_and_when(o, due, done);
    let fits = |o: &String| body::action_group(&group(o), meeting) == (owner.to_string(), due, done.is_some());
    let chosen = candidates.iter().flatten().find(|o| fits(o)).or(candidates[0].as_ref());
    group(chosen.map(String::as_str).unwrap_or(""))
}
