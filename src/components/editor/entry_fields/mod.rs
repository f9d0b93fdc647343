//! The fields of an entry while it is edited, drawn from the core's table of fields per kind
//! (`muistio_core::edit::fields`): each field's look (its id, label, width) is said once (`looks.rs`),
//! and every field reads and writes the entry through the same `get` and `set`.

mod looks;

use super::entry::complete_name;
use super::fields::{CheckedField, TextField};
use super::header_form::{parse_date, parse_time};
use super::inline_field::InlineField;
use crate::texts::Message;
use crate::workspace::Workspace;
use leptos::prelude::*;
use looks::{get_kind, look, Kind, Look};
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
    // The field's own value, read without copying the entry and passed on only when it changed:
    // a key typed in the statement does not wake the speaker's box.
    let value = Memo::new(move |_| entry.with(|e| e.as_ref().and_then(|e| fields::get(&e.kind, field))));
    let value = move || value.get();
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
    let count = Memo::new(move |_| {
        entry.with(|e| match e.as_ref().map(|e| &e.kind) {
            Some(EntryKind::Statement { replies, .. }) => replies.len(),
            _ => 0,
        })
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
