//! An entry's fields, one table per kind: which fields an entry of each kind has, in the order
//! the editor shows them, and how each is read from and written into the entry. The editor
//! draws every field from this table instead of a pair of closures per field.

use super::KindTag;
use crate::import::next;
use crate::model::{Date, EntryKind, Rich, Span, Tally, Time, Vote};

/// A field of an entry.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Field {
    /// The running text (of a paragraph, decision, proposal, statement, action, dissent).
    Text,
    /// A list's lines, one per bullet.
    Lines,
    /// A sub-heading's words.
    Heading,
    /// An attachment's name.
    Name,
    /// Who spoke.
    Speaker,
    /// The `n`th reply's speaker and words.
    ReplySpeaker(usize),
    ReplyText(usize),
    /// An action's owner, due date, and whether it is done.
    Owner,
    Due,
    Done,
    /// Whose dissenting opinion.
    Who,
    /// The next meeting as a sentence; its day, times and place (read from the sentence when
    /// there is one).
    Sentence,
    Date,
    Start,
    End,
    Place,
    /// A vote's question, method, tallies (0 for, 1 against, 2 abstained) and result.
    Question,
    Method,
    Count(usize),
    Names(usize),
    Result,
}

/// A field's value.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Value {
    /// Inline text with bold, italic and links.
    Rich(Rich),
    /// One line of plain text.
    Line(String),
    Date(Option<Date>),
    Time(Option<Time>),
    Flag(bool),
    /// A number of votes (`None`: empty).
    Count(Option<u32>),
}

/// The fields of an entry of kind `tag`, in the order shown (a statement's replies follow its
/// fields, as many as it has).
pub fn of(tag: KindTag) -> &'static [Field] {
    use Field::*;
    match tag {
        KindTag::Paragraph | KindTag::Decision | KindTag::Proposal => &[Text],
        KindTag::Statement => &[Speaker, Text],
        KindTag::Bullets => &[Lines],
        KindTag::Subheading => &[Heading],
        KindTag::Attachment => &[Name],
        KindTag::Action => &[Owner, Due, Done, Text],
        KindTag::NextMeeting => &[Sentence, Date, Start, End, Place],
        KindTag::Vote => &[
            Question,
            Method,
            Count(0),
            Names(0),
            Count(1),
            Names(1),
            Count(2),
            Names(2),
            Result,
        ],
        KindTag::Dissent => &[Who, Text],
    }
}

fn tally(vote: &Vote, n: usize) -> &Tally {
    vote.tallies()[n.min(2)]
}

fn tally_mut(vote: &mut Vote, n: usize) -> &mut Tally {
    match n {
        0 => &mut vote.ayes,
        1 => &mut vote.noes,
        _ => &mut vote.abstained,
    }
}

/// A list's lines as one text, a line per bullet.
fn joined(items: &[Rich]) -> Rich {
    let spans = items.iter().enumerate().flat_map(|(i, t)| {
        let sep = (i > 0).then(|| Span::Text("\n".into()));
        sep.into_iter().chain(t.spans().iter().cloned())
    });
    Rich::from(spans.collect::<Vec<_>>())
}

/// The value of `field` in `kind` (`None` for a field the kind does not have).
pub fn get(kind: &EntryKind, field: Field) -> Option<Value> {
    use EntryKind as K;
    let rich = |r: &Rich| Some(Value::Rich(r.clone()));
    let line = |s: &String| Some(Value::Line(s.clone()));
    match (kind, field) {
        (K::Paragraph { text } | K::Decision { text } | K::Proposal { text }, Field::Text) => rich(text),
        (K::Statement { text, .. } | K::Action { text, .. } | K::Dissent { text, .. }, Field::Text) => rich(text),
        (K::Bullets { items }, Field::Lines) => Some(Value::Rich(joined(items))),
        (K::Subheading { text }, Field::Heading) | (K::Attachment { name: text }, Field::Name) => line(text),
        (K::Statement { speaker, .. }, Field::Speaker) => line(speaker),
        (K::Statement { replies, .. }, Field::ReplySpeaker(n)) => replies.get(n).and_then(|r| line(&r.speaker)),
        (K::Statement { replies, .. }, Field::ReplyText(n)) => replies.get(n).and_then(|r| rich(&r.text)),
        (K::Action { owner, .. }, Field::Owner) | (K::Dissent { who: owner, .. }, Field::Who) => line(owner),
        (K::Action { due, .. }, Field::Due) => Some(Value::Date(*due)),
        (K::Action { done, .. }, Field::Done) => Some(Value::Flag(*done)),
        (K::NextMeeting(n), Field::Sentence) => rich(&n.sentence),
        (K::NextMeeting(n), Field::Date) => Some(Value::Date(n.when.date)),
        (K::NextMeeting(n), Field::Start) => Some(Value::Time(n.when.start)),
        (K::NextMeeting(n), Field::End) => Some(Value::Time(n.when.end)),
        (K::NextMeeting(n), Field::Place) => line(&n.place),
        (K::Vote(v), Field::Question) => rich(&v.question),
        (K::Vote(v), Field::Method) => line(&v.method),
        (K::Vote(v), Field::Count(n)) => Some(Value::Count(Some(tally(v, n).total()))),
        (K::Vote(v), Field::Names(n)) => Some(Value::Line(tally(v, n).names.join(", "))),
        (K::Vote(v), Field::Result) => rich(&v.result),
        _ => None,
    }
}

/// Writes `value` into `field` of `kind` (nothing for a field the kind lacks or a value of
/// another type). A next meeting's sentence re-reads its day, times and place (`meeting`: the
/// meeting's date, for a day written without its year).
pub fn set(kind: &mut EntryKind, field: Field, value: Value, meeting: Option<Date>) {
    use EntryKind as K;
    match (kind, field, value) {
        (K::Paragraph { text } | K::Decision { text } | K::Proposal { text }, Field::Text, Value::Rich(r)) => *text = r,
        (K::Statement { text, .. } | K::Action { text, .. } | K::Dissent { text, .. }, Field::Text, Value::Rich(r)) => {
            *text = r
        }
        (K::Bullets { items }, Field::Lines, Value::Rich(r)) => {
            *items = r.lines().into_iter().map(Rich::tidy).collect()
        }
        (K::Subheading { text }, Field::Heading, Value::Line(s))
        | (K::Attachment { name: text }, Field::Name, Value::Line(s)) => *text = s,
        (K::Statement { speaker, .. }, Field::Speaker, Value::Line(s)) => *speaker = s,
        (K::Statement { replies, .. }, Field::ReplySpeaker(n), Value::Line(s)) => {
            if let Some(r) = replies.get_mut(n) {
                r.speaker = s;
            }
        }
        (K::Statement { replies, .. }, Field::ReplyText(n), Value::Rich(t)) => {
            if let Some(r) = replies.get_mut(n) {
                r.text = t;
            }
        }
        (K::Action { owner, .. }, Field::Owner, Value::Line(s))
        | (K::Dissent { who: owner, .. }, Field::Who, Value::Line(s)) => *owner = s,
        (K::Action { due, .. }, Field::Due, Value::Date(d)) => *due = d,
        (K::Action { done, .. }, Field::Done, Value::Flag(f)) => *done = f,
        (K::NextMeeting(n), Field::Sentence, Value::Rich(r)) => match r.is_empty() {
            true => n.sentence = Rich::default(),
            false => *n = next::from_sentence(r, meeting),
        },
        (K::NextMeeting(n), Field::Date, Value::Date(d)) => n.when.date = d,
        (K::NextMeeting(n), Field::Start, Value::Time(t)) => n.when.start = t,
        (K::NextMeeting(n), Field::End, Value::Time(t)) => n.when.end = t,
        (K::NextMeeting(n), Field::Place, Value::Line(s)) => n.place = s,
        (K::Vote(v), Field::Question, Value::Rich(r)) => v.question = r,
        (K::Vote(v), Field::Method, Value::Line(s)) => v.method = s,
        (K::Vote(v), Field::Count(n), Value::Count(c)) => tally_mut(v, n).count = c.unwrap_or(0),
        (K::Vote(v), Field::Names(n), Value::Line(s)) => {
            let t = tally_mut(v, n);
            t.names = s
                .split([',', ';'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect();
            t.count = t.total();
        }
        (K::Vote(v), Field::Result, Value::Rich(r)) => v.result = r,
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::convert;
    use crate::labels::Lang;
    use crate::model::Reply;

    fn sample(tag: KindTag) -> EntryKind {
        let text = EntryKind::Paragraph {
            text: Rich::plain("Ida: Sovittiin, että Tomi varaa salin 3.5.2027 klo 18."),
        };
        convert(&text, tag, Lang::Fi)
    }

    #[test]
    fn every_field_of_every_kind_reads_and_writes_back_and_no_other_field_is_touched() {
        for tag in KindTag::ALL {
            let mut kind = sample(tag);
            if let EntryKind::Statement { replies, .. } = &mut kind {
                replies.push(Reply {
                    speaker: "Tomi".into(),
                    text: Rich::plain("Hyvä."),
                });
            }
            let mut fields = of(tag).to_vec();
            if tag == KindTag::Statement {
                fields.extend([Field::ReplySpeaker(0), Field::ReplyText(0)]);
            }
            for field in fields {
                let value = get(&kind, field).unwrap_or_else(|| panic!("{tag:?} has {field:?}"));
                let mut same = kind.clone();
                set(&mut same, field, value, None);
                assert_eq!(same, kind, "{tag:?} {field:?} written back as read");
            }
            assert_eq!(get(&kind, Field::Count(0)).is_some(), tag == KindTag::Vote);
            let mut other = kind.clone();
            set(&mut other, Field::Place, Value::Line("Kirjasto".into()), None);
            assert_eq!(other == kind, tag != KindTag::NextMeeting, "{tag:?}");
        }
    }

    #[test]
    fn a_sentence_rereads_the_next_meeting_and_names_count_their_votes() {
        let mut next = sample(KindTag::NextMeeting);
        let sentence = Rich::plain("Seuraava kokous pidetään 3.5.2027 klo 18 kirjastolla.");
        set(&mut next, Field::Sentence, Value::Rich(sentence), None);
        assert_eq!(get(&next, Field::Date), Some(Value::Date(Date::new(2027, 5, 3))));
        let mut vote = sample(KindTag::Vote);
        set(&mut vote, Field::Names(1), Value::Line("Ida, Tomi; Aino".into()), None);
        assert_eq!(get(&vote, Field::Count(1)), Some(Value::Count(Some(3))));
    }
}
