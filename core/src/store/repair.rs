//! Repairs what would break the editor in a document from outside: missing or duplicate ids,
//! line breaks and control characters in one-line fields, control characters in text.

use crate::import::{next, people};
use crate::model::{Date, Entry, EntryKind, Id, Ids, Minutes, Rich, Span};
use std::collections::HashSet;

/// Repairs `doc` in place and describes each kind of repair made.
pub fn repair(doc: &mut Minutes, ids: &mut Ids) -> Vec<String> {
    let mut notes = Vec::new();
    let mut r = Repairer {
        seen: HashSet::new(),
        ids,
        ids_fixed: 0,
        text_fixed: 0,
        meeting: doc.header.when.date,
        next_fixed: 0,
    };
    let h = &mut doc.header;
    for field in [
        &mut h.title,
        &mut h.number,
        &mut h.subtitle,
        &mut h.place,
        &mut h.zone,
        &mut h.approval.place,
    ] {
        r.line(field);
    }
    h.approval.checkers.iter_mut().for_each(|c| r.line(c));
    h.approval.checkers.retain(|c| !c.is_empty());
    // Item numbers are read back from at most three digits.
    if h.first_item > 999 {
        h.first_item = 1;
        notes.push("first item number reset to 1".into());
    }
    // Present attendees come first, then the absent ones, as every document lists them.
    if doc.attendees.windows(2).any(|w| w[0].absent && !w[1].absent) {
        crate::sort::by_key(&mut doc.attendees, |a| a.absent);
        notes.push("attendees ordered present first".into());
    }
    for a in &mut doc.attendees {
        r.id(&mut a.id);
        r.line(&mut a.first_names);
        r.line(&mut a.last_name);
        if !a.email.is_empty() && !crate::model::is_email(a.email.trim()) {
            a.email.clear();
            r.text_fixed += 1;
        }
        a.organisations.iter_mut().for_each(|o| r.line(o));
        // An organisation list is written comma-separated: a comma or semicolon separates entries.
        let split = people::split_orgs(&a.organisations.join(","));
        if split != a.organisations {
            a.organisations = split;
            r.text_fixed += 1;
        }
    }
    let before = doc.entries().count();
    let empty_list = |e: &Entry| matches!(&e.kind, EntryKind::Bullets { items } if items.is_empty());
    doc.intro.retain(|e| !empty_list(e));
    doc.items.iter_mut().for_each(|i| i.entries.retain(|e| !empty_list(e)));
    if doc.entries().count() < before {
        notes.push(format!("{} empty lists removed", before - doc.entries().count()));
    }
    doc.intro.iter_mut().for_each(|e| r.entry(e));
    for item in &mut doc.items {
        r.id(&mut item.id);
        r.line(&mut item.title);
        item.entries.iter_mut().for_each(|e| r.entry(e));
    }
    if r.ids_fixed > 0 {
        notes.push(format!("{} missing or duplicate ids replaced", r.ids_fixed));
    }
    if r.text_fixed > 0 {
        notes.push(format!(
            "{} fields cleaned of line breaks or control characters",
            r.text_fixed
        ));
    }
    if r.next_fixed > 0 {
        notes.push(format!(
            "{} next meetings read again from their sentences",
            r.next_fixed
        ));
    }
    notes
}

struct Repairer<'a> {
    seen: HashSet<Id>,
    ids: &'a mut Ids,
    ids_fixed: usize,
    text_fixed: usize,
    /// The meeting's date, whose year a next meeting's day written without one takes.
    meeting: Option<Date>,
    /// Next meetings whose day, times or place did not agree with their sentence.
    next_fixed: usize,
}

impl Repairer<'_> {
    fn id(&mut self, id: &mut Id) {
        if id.0 == 0 || id.0 >= 1 << 53 || !self.seen.insert(*id) {
            *id = loop {
                let fresh = self.ids.next_id();
                if self.seen.insert(fresh) {
                    break fresh;
                }
            };
            self.ids_fixed += 1;
        }
    }

    /// A one-line field: no line breaks, tabs or control characters, no outer spaces.
    fn line(&mut self, s: &mut String) {
        let clean: String = s
            .chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .filter(|c| !c.is_control())
            .collect();
        let clean = clean.trim();
        if clean != s {
            *s = clean.to_string();
            self.text_fixed += 1;
        }
    }

    /// Running text: line breaks stay, other control characters go.
    fn text(&mut self, s: &mut String) {
        if s.chars().any(|c| c.is_control() && c != '\n') {
            *s = s
                .chars()
                .map(|c| if c == '\t' { ' ' } else { c })
                .filter(|c| !c.is_control() || *c == '\n')
                .collect();
            self.text_fixed += 1;
        }
    }

    fn rich(&mut self, rich: &mut Rich) {
        let mut spans: Vec<Span> = rich.spans().to_vec();
        for span in &mut spans {
            match span {
                Span::Text(s) | Span::Bold(s) | Span::Italic(s) => self.text(s),
                Span::Link { text, url } => {
                    self.line(text);
                    self.line(url);
                }
            }
        }
        *rich = Rich::from(spans);
    }

    fn entry(&mut self, e: &mut Entry) {
        self.id(&mut e.id);
        match &mut e.kind {
            EntryKind::Paragraph { text } | EntryKind::Decision { text } | EntryKind::Proposal { text } => {
                self.rich(text)
            }
            EntryKind::Statement { speaker, text, replies } => {
                self.line(speaker);
                self.rich(text);
                for reply in replies {
                    self.line(&mut reply.speaker);
                    self.rich(&mut reply.text);
                }
            }
            EntryKind::Bullets { items } => items.iter_mut().for_each(|t| self.rich(t)),
            EntryKind::Subheading { text } | EntryKind::Attachment { name: text } => self.line(text),
            EntryKind::Action { owner, text, .. } => {
                self.line(owner);
                self.rich(text);
            }
            EntryKind::NextMeeting(n) => {
                self.line(&mut n.place);
                self.line(&mut n.zone);
                self.rich(&mut n.sentence);
                // A zone is written after the times: words that do not read as one there stay
                // with the place.
                if !n.zone.is_empty() && n.sentence.is_empty() && !crate::model::zone::looks_like(&n.zone) {
                    let zone = format!("({})", std::mem::take(&mut n.zone));
                    n.place = [n.place.as_str(), &zone].join(" ").trim().to_string();
                    self.text_fixed += 1;
                }
                // The sentence is what the document says: day, times and place are read from it.
                if !n.sentence.is_empty() {
                    let again = next::from_sentence(n.sentence.clone(), self.meeting);
                    if again != *n {
                        *n = again;
                        self.next_fixed += 1;
                    }
                }
            }
            EntryKind::Vote(v) => {
                self.rich(&mut v.question);
                self.line(&mut v.method);
                for tally in [&mut v.ayes, &mut v.noes, &mut v.abstained] {
                    tally.names.iter_mut().for_each(|n| self.line(n));
                    tally.names.retain(|n| !n.is_empty());
                    tally.count = tally.total();
                }
                self.rich(&mut v.result);
            }
            EntryKind::Dissent { who, text } => {
                self.line(who);
                self.rich(text);
            }
        }
    }
}
