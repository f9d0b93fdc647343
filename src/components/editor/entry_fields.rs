//! The fields of an entry while it is edited, drawn from the core's table of fields per kind
//! (`muistio_core::edit::fields`): each field's look (its id, label, width) is said here once,
//! and every field reads and writes the entry through the same `get` and `set`.

use super::entry::complete_name;
use super::fields::{CheckedField, TextField};
use super::header_form::{parse_date, parse_time};
use super::inline_field::InlineField;
use crate::texts::{Message, Texts};
use crate::workspace::Workspace;
use leptos::prelude::*;
use muistio_core::edit::fields::{self, Field, Value};
use muistio_core::edit::KindTag;
use muistio_core::{Date, Entry, EntryKind, Reply, Rich, Time};

/// Changes the entry being edited.
pub(super) type SetKind = Callback<Box<dyn Fn(&mut EntryKind) + Send + Sync>>;

/// Reads a number of votes: `Ok(None)` when empty.
fn parse_count(text: &str) -> Result<Option<u32>, Message> {
    let t = text.trim().to_string();
    if t.is_empty() {
        return Ok(None);
    }
    t.parse::<u32>()
        .map(Some)
        .map_err(|_| Message::new(move |tx| tx.not_a_count.with(&[&t])))
}

/// How a field shows: the end of its DOM id, its label, whether the label is for screen
/// readers only, its box's class, and whether it completes names from the attendees.
struct Look {
    suffix: String,
    label: fn(&Texts, KindTag, Field) -> String,
    hidden: bool,
    class: &'static str,
    names: bool,
}

fn look(tag: KindTag, field: Field) -> Look {
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

/// One field of the entry, drawn as its value's kind wants: running text, a line, a date, a
/// time, a checkbox or a count.
fn field_view(
    ws: Workspace,
    el: &str,
    tag: KindTag,
    field: Field,
    entry: Memo<Option<Entry>>,
    set: SetKind,
) -> AnyView {
    let Look {
        suffix,
        label,
        hidden,
        class,
        names,
    } = look(tag, field);
    let id = format!("{el}-{suffix}");
    let label = Signal::derive(move || label(ws.t(), tag, field));
    let value = move || entry.get().and_then(|e| fields::get(&e.kind, field));
    let write = move |v: Value| {
        let meeting = ws.with_doc_untracked(|d| d.header.when.date).flatten();
        set.run(Box::new(move |k| fields::set(k, field, v.clone(), meeting)));
    };
    let list = names.then(|| "speakers".to_string());
    let complete = move |v: String| ws.with_doc_untracked(|d| complete_name(d, &v)).unwrap_or(v);
    // Names are completed when the field is left, except a tally's list (several names).
    let on_commit = (names && !matches!(field, Field::Names(_) | Field::Who))
        .then(|| Callback::new(move |v: String| write(Value::Line(complete(v)))));
    let inner = match get_kind(field) {
        Kind::Rich => view! {
            <InlineField id=id label=label hidden_label=hidden
                value=Signal::derive(move || match value() { Some(Value::Rich(r)) => r, _ => Rich::default() })
                on_change=Callback::new(move |r: Rich| write(Value::Rich(r)))/>
        }
        .into_any(),
        Kind::Line => {
            let shown = Signal::derive(move || match value() {
                Some(Value::Line(s)) => s,
                _ => String::new(),
            });
            let change = Callback::new(move |s: String| write(Value::Line(s)));
            match on_commit {
                Some(commit) => view! {
                    <TextField id=id label=label hidden_label=hidden list=list value=shown on_change=change on_commit=commit/>
                }
                .into_any(),
                None => view! { <TextField id=id label=label hidden_label=hidden list=list value=shown on_change=change/> }.into_any(),
            }
        }
        Kind::Date(hint) => view! {
            <CheckedField id=id label=label hint=hint
                value=Signal::derive(move || match value() { Some(Value::Date(d)) => d, _ => None })
                parse=parse_date show=|d: &Date| d.dotted()
                on_change=Callback::new(move |d: Option<Date>| write(Value::Date(d)))/>
        }
        .into_any(),
        Kind::Time(hint) => view! {
            <CheckedField id=id label=label hint=hint
                value=Signal::derive(move || match value() { Some(Value::Time(t)) => t, _ => None })
                parse=parse_time show=|t: &Time| t.dotted()
                on_change=Callback::new(move |t: Option<Time>| write(Value::Time(t)))/>
        }
        .into_any(),
        Kind::Count => view! {
            <CheckedField id=id label=label hint="3"
                value=Signal::derive(move || match value() { Some(Value::Count(c)) => c, _ => None })
                parse=parse_count show=|c: &u32| c.to_string()
                on_change=Callback::new(move |c: Option<u32>| write(Value::Count(c)))/>
        }
        .into_any(),
        Kind::Flag => view! {
            <input type="checkbox" id=id.clone()
                prop:checked=move || matches!(value(), Some(Value::Flag(true)))
                on:change=move |ev| {
                    // One undo step of its own, not merged with typing before it.
                    ws.seal();
                    write(Value::Flag(event_target_checked(&ev)));
                    ws.seal();
                }/>
            <label for=id>{label}</label>
        }
        .into_any(),
    };
    match class {
        _ if hidden => inner,
        class => view! { <div class=class>{inner}</div> }.into_any(),
    }
}

/// What kind of control a field is.
enum Kind {
    Rich,
    Line,
    Date(&'static str),
    Time(&'static str),
    Count,
    Flag,
}

fn get_kind(field: Field) -> Kind {
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

/// The fields of an entry of kind `tag`, in the box its kind is laid out in.
pub(super) fn fields(ws: Workspace, tag: KindTag, entry: Memo<Option<Entry>>, set: SetKind, el: String) -> AnyView {
    let all = fields::of(tag);
    let draw = |list: &[Field]| {
        list.iter()
            .map(|f| field_view(ws, &el, tag, *f, entry, set))
            .collect_view()
    };
    match tag {
        KindTag::Paragraph
        | KindTag::Decision
        | KindTag::Proposal
        | KindTag::Bullets
        | KindTag::Subheading
        | KindTag::Attachment => draw(all).into_any(),
        KindTag::Statement => view! {
            <div class="statement-fields">
                {draw(all)}
                <Replies entry set el=el.clone()/>
            </div>
        }
        .into_any(),
        KindTag::NextMeeting => next_meeting(ws, entry, set, el.clone()),
        KindTag::Action => view! { <div class="action-fields">{draw(all)}</div> }.into_any(),
        KindTag::Vote => view! { <div class="vote-fields">{draw(all)}</div> }.into_any(),
        KindTag::Dissent => view! { <div class="dissent-fields">{draw(all)}</div> }.into_any(),
    }
}

/// A next meeting: its sentence, and the day, times and place read from it, or typed into
/// fields of their own when there is no sentence.
fn next_meeting(ws: Workspace, entry: Memo<Option<Entry>>, set: SetKind, el: String) -> AnyView {
    let next = move || {
        entry
            .get()
            .and_then(|e| match e.kind {
                EntryKind::NextMeeting(n) => Some(n),
                _ => None,
            })
            .unwrap_or_default()
    };
    let lang = move || ws.with_doc_untracked(|d| d.header.lang).unwrap_or_default();
    let read = move || {
        let n = next();
        let said: Vec<String> = [n.when.text(lang()), n.place]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        ws.t().next_read.with(&[&said.join(", ")])
    };
    let tag = KindTag::NextMeeting;
    let sentence = field_view(ws, &el, tag, Field::Sentence, entry, set);
    let read_id = format!("{el}-read");
    let parts = move || {
        [Field::Date, Field::Start, Field::End, Field::Place]
            .into_iter()
            .map(|f| field_view(ws, &el, tag, f, entry, set))
            .collect_view()
    };
    view! {
        <div class="next-fields">
            {sentence}
            <Show when=move || !next().sentence.is_empty()>
                <p class="field wide next-read" id=read_id.clone()>{read}</p>
            </Show>
            <Show when=move || next().sentence.is_empty()>{parts.clone()}</Show>
        </div>
    }
    .into_any()
}

/// A statement's replies, each with its speaker and words and a button that removes it, and
/// the button that adds one.
#[component]
fn Replies(entry: Memo<Option<Entry>>, set: SetKind, el: String) -> impl IntoView {
    let ws = Workspace::get();
    let count = Memo::new(move |_| match entry.get().map(|e| e.kind) {
        Some(EntryKind::Statement { replies, .. }) => replies.len(),
        _ => 0,
    });
    let add = {
        let el = el.clone();
        move |_| {
            ws.seal();
            set.run(Box::new(|k| {
                if let EntryKind::Statement { replies, .. } = k {
                    replies.push(Reply {
                        speaker: String::new(),
                        text: Rich::default(),
                    })
                }
            }));
            ws.focus_on(format!("{el}-reply{}-speaker", count.get_untracked().saturating_sub(1)));
        }
    };
    let reply = move |n: usize| {
        let remove = {
            let el = el.clone();
            move |_| {
                ws.seal();
                set.run(Box::new(move |k| {
                    if let EntryKind::Statement { replies, .. } = k {
                        if n < replies.len() {
                            replies.remove(n);
                        }
                    }
                }));
                ws.focus_on(format!("{el}-text"));
            }
        };
        view! {
            <div class="reply">
                {field_view(ws, &el, KindTag::Statement, Field::ReplySpeaker(n), entry, set)}
                {field_view(ws, &el, KindTag::Statement, Field::ReplyText(n), entry, set)}
                <button type="button" class="icon danger" aria-label=move || ws.t().remove_reply.with(&[&(n + 1).to_string()])
                    on:click=remove>"✕"</button>
            </div>
        }
    };
    view! {
        {move || (0..count.get()).map(reply.clone()).collect_view()}
        <button type="button" class="quiet small" on:click=add>{ws.word(|t| t.add_reply)}</button>
    }
}
