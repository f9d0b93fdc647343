//! How each field of an entry shows: the end of its DOM id, its label, its box, and the kind of
//! control its value wants.

use crate::texts::Texts;
use muistio_core::edit::fields::Field;
use muistio_core::edit::KindTag;

/// How a field shows: the end of its DOM id, its label, whether the label is for screen
/// readers only, its box's class, and whether it completes names from the attendees.
pub(super) struct Look {
    pub(super) suffix: String,
    pub(super) label: fn(&Texts, KindTag, Field) -> String,
    pub(super) hidden: bool,
    pub(super) class: &'static str,
    pub(super) names: bool,
}

pub(super) fn look(tag: KindTag, field: Field) -> Look {
    let alone = matches!(
        tag,
        KindTag::Paragraph
            | KindTag::Decision
            | KindTag::Proposal
            | KindTag::Bullets
            | KindTag::Subheading
            | KindTag::Attachment
    );
    let l = |suffix: &str, label: fn(&Texts, KindTag, Field) -> String, class: &'static str, names: bool| Look {
        suffix: suffix.to_string(),
        label,
        hidden: alone,
        class,
        names,
    };
    match field {
        Field::Text => l("text", |t, tag, _| text_label(t, tag).to_string(), "field", false),
        Field::Lines => l("text", |t, _, _| t.list_lines.into(), "field", false),
        Field::Heading => l("text", |t, _, _| t.subheading.into(), "field", false),
        Field::Name => l("text", |t, _, _| t.attachment_name.into(), "field", false),
        Field::Speaker => l("speaker", |t, _, _| t.speaker.into(), "field speaker", true),
        Field::ReplySpeaker(n) => l(
            &format!("reply{n}-speaker"),
            |t, _, f| t.replier.with(&[&nth(f)]),
            "field speaker",
            true,
        ),
        Field::ReplyText(n) => l(
            &format!("reply{n}-text"),
            |t, _, f| t.reply.with(&[&nth(f)]),
            "field",
            false,
        ),
        Field::Owner => l("owner", |t, _, _| t.owner.into(), "field", true),
        Field::Due => l("due", |t, _, _| t.due.into(), "field", false),
        Field::Done => l("done", |t, _, _| t.action_done.into(), "check-row action-done", false),
        Field::Who => l("who", |t, _, _| t.dissent_who.into(), "field", true),
        Field::Sentence => l("sentence", |t, _, _| t.next_sentence.into(), "field wide", false),
        Field::Date => l("date", |t, _, _| t.date.into(), "field", false),
        Field::Start => l("start", |t, _, _| t.starts.into(), "field", false),
        Field::End => l("end", |t, _, _| t.ends.into(), "field", false),
        Field::Place => l("place", |t, _, _| t.place.into(), "field wide", false),
        Field::Question => l("text", |t, _, _| t.vote_question.into(), "field full", false),
        Field::Method => l("method", |t, _, _| t.vote_method.into(), "field full", false),
        Field::Count(n) => l(
            &format!("count{n}"),
            |t, _, f| t.tally_count.with(&[t.tallies[tally(f)]]),
            "field",
            false,
        ),
        Field::Names(n) => l(
            &format!("names{n}"),
            |t, _, f| t.tally_names.with(&[t.tallies[tally(f)]]),
            "field",
            true,
        ),
        Field::Result => l("result", |t, _, _| t.vote_result.into(), "field full", false),
    }
}

/// The label of the running text of an entry of kind `tag`.
fn text_label(t: &Texts, tag: KindTag) -> &'static str {
    match tag {
        KindTag::Decision => t.decision,
        KindTag::Proposal => t.proposal,
        KindTag::Statement => t.statement_text,
        KindTag::Action => t.task,
        KindTag::Dissent => t.dissent_text,
        _ => t.text,
    }
}

/// "2" for the second reply.
fn nth(field: Field) -> String {
    match field {
        Field::ReplySpeaker(n) | Field::ReplyText(n) => (n + 1).to_string(),
        _ => String::new(),
    }
}

fn tally(field: Field) -> usize {
    match field {
        Field::Count(n) | Field::Names(n) => n.min(2),
        _ => 0,
    }
}

/// What kind of control a field is.
pub(super) enum Kind {
    Rich,
    Line,
    Date(&'static str),
    Time(&'static str),
    Count,
    Flag,
}

pub(super) fn get_kind(field: Field) -> Kind {
    match field {
        Field::Text | Field::Lines | Field::ReplyText(_) | Field::Sentence | Field::Question | Field::Result => {
            Kind::Rich
        }
        Field::Due => Kind::Date("30.11.2025"),
        Field::Date => Kind::Date("25.3.2026"),
        Field::Start => Kind::Time("9.00"),
        Field::End => Kind::Time("11.30"),
        Field::Count(_) => Kind::Count,
        Field::Done => Kind::Flag,
        _ => Kind::Line,
    }
}
