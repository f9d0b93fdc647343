//! The fields of an entry while it is edited: one per part of its kind (a statement's speaker,
//! text and replies; an action's owner, due date and task; the next meeting as a sentence, or
//! its date, times and place).

use super::entry::complete_name;
use super::fields::{CheckedField, TextField};
use super::header_form::{parse_date, parse_time};
use super::inline_field::InlineField;
use crate::workspace::{dom_id, Workspace};
use leptos::prelude::*;
use muistio_core::edit::KindTag;
use muistio_core::import::next;
use muistio_core::{Date, Entry, EntryKind, Id, Reply, Rich, Time};

fn rich_of(entry: Memo<Option<Entry>>, f: fn(&EntryKind) -> Option<Rich>) -> Signal<Rich> {
    Signal::derive(move || entry.get().and_then(|e| f(&e.kind)).unwrap_or_default())
}

fn text_of(entry: Memo<Option<Entry>>, f: fn(&EntryKind) -> Option<String>) -> Signal<String> {
    Signal::derive(move || entry.get().and_then(|e| f(&e.kind)).unwrap_or_default())
}

/// The running text of a paragraph, decision or proposal.
fn running_text(kind: &EntryKind) -> Option<&Rich> {
    match kind {
        EntryKind::Paragraph { text } | EntryKind::Decision { text } | EntryKind::Proposal { text } => Some(text),
        _ => None,
    }
}

fn running_text_mut(kind: &mut EntryKind) -> Option<&mut Rich> {
    match kind {
        EntryKind::Paragraph { text } | EntryKind::Decision { text } | EntryKind::Proposal { text } => Some(text),
        _ => None,
    }
}

/// The fields of an entry of kind `tag`.
pub(super) fn fields(
    ws: Workspace,
    id: Id,
    tag: KindTag,
    entry: Memo<Option<Entry>>,
    set: impl Fn(Box<dyn Fn(&mut EntryKind)>) + Copy + Send + Sync + 'static,
    el: String,
) -> AnyView {
    let complete = move |v: String| ws.with_doc_untracked(|d| complete_name(d, &v)).unwrap_or(v);
    match tag {
        KindTag::Paragraph | KindTag::Decision | KindTag::Proposal => {
            let label = match tag {
                KindTag::Paragraph => ws.word(|t| t.text),
                KindTag::Decision => ws.word(|t| t.decision),
                _ => ws.word(|t| t.proposal),
            };
            view! {
                <InlineField id=format!("{el}-text") label=label hidden_label=true
                    value=rich_of(entry, |k| running_text(k).cloned())
                    on_change=Callback::new(move |r: Rich| set(Box::new(move |k| if let Some(text) = running_text_mut(k) { *text = r.clone() })))/>
            }
            .into_any()
        }
        KindTag::Vote => super::vote_fields::vote_fields(ws, entry, set, el),
        KindTag::Dissent => view! {
            <div class="dissent-fields">
                <div class="field">
                    <TextField id=format!("{el}-who") label=ws.word(|t| t.dissent_who) list="speakers".to_string()
                        value=text_of(entry, |k| match k { EntryKind::Dissent { who, .. } => Some(who.clone()), _ => None })
                        on_change=Callback::new(move |v: String| set(Box::new(move |k| if let EntryKind::Dissent { who, .. } = k { *who = v.clone() })))/>
                </div>
                <div class="field">
                    <InlineField id=format!("{el}-text") label=ws.word(|t| t.dissent_text)
                        value=rich_of(entry, |k| match k { EntryKind::Dissent { text, .. } => Some(text.clone()), _ => None })
                        on_change=Callback::new(move |r: Rich| set(Box::new(move |k| if let EntryKind::Dissent { text, .. } = k { *text = r.clone() })))/>
                </div>
            </div>
        }
        .into_any(),
        KindTag::Statement => view! { <StatementFields id entry set=set/> }.into_any(),
        KindTag::Bullets => view! {
            <InlineField id=format!("{el}-text") label=ws.word(|t| t.list_lines) hidden_label=true
                value=rich_of(entry, |k| match k {
                    EntryKind::Bullets { items } => Some(Rich::from(items.iter().enumerate().flat_map(|(i, t)| {
                        let sep = (i > 0).then(|| muistio_core::Span::Text("\n".into()));
                        sep.into_iter().chain(t.spans().iter().cloned())
                    }).collect::<Vec<_>>())),
                    _ => None,
                })
                on_change=Callback::new(move |r: Rich| {
                    let items: Vec<Rich> = r.lines().into_iter().map(Rich::tidy).collect();
                    set(Box::new(move |k| if let EntryKind::Bullets { items: old } = k { *old = items.clone() }))
                })/>
        }
        .into_any(),
        KindTag::Subheading | KindTag::Attachment => {
            let label = if tag == KindTag::Subheading { ws.word(|t| t.subheading) } else { ws.word(|t| t.attachment_name) };
            view! {
                <TextField id=format!("{el}-text") label=label hidden_label=true
                    value=text_of(entry, |k| match k { EntryKind::Subheading { text } | EntryKind::Attachment { name: text } => Some(text.clone()), _ => None })
                    on_change=Callback::new(move |v: String| set(Box::new(move |k| if let EntryKind::Subheading { text } | EntryKind::Attachment { name: text } = k { *text = v.clone() })))/>
            }
            .into_any()
        }
        KindTag::Action => view! {
            <div class="action-fields">
                <div class="field">
                    <TextField id=format!("{el}-owner") label=ws.word(|t| t.owner) list="speakers".to_string()
                        value=text_of(entry, |k| match k { EntryKind::Action { owner, .. } => Some(owner.clone()), _ => None })
                        on_change=Callback::new(move |v: String| set(Box::new(move |k| if let EntryKind::Action { owner, .. } = k { *owner = v.clone() })))
                        on_commit=Callback::new(move |v: String| { let v = complete(v); set(Box::new(move |k| if let EntryKind::Action { owner, .. } = k { *owner = v.clone() })) })/>
                </div>
                <div class="field">
                    <CheckedField id=format!("{el}-due") label=ws.word(|t| t.due) hint="30.11.2025"
                        value=Signal::derive(move || entry.get().and_then(|e| match e.kind { EntryKind::Action { due, .. } => due, _ => None }))
                        parse=parse_date show=|d: &Date| d.dotted()
                        on_change=Callback::new(move |v: Option<Date>| set(Box::new(move |k| if let EntryKind::Action { due, .. } = k { *due = v })))/>
                </div>
                <div class="check-row action-done">
                    <input type="checkbox" id=format!("{el}-done")
                        prop:checked=move || entry.get().is_some_and(|e| matches!(e.kind, EntryKind::Action { done: true, .. }))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            // One undo step of its own, not merged with typing before it.
                            ws.seal();
                            set(Box::new(move |k| if let EntryKind::Action { done, .. } = k { *done = on }));
                            ws.seal();
                        }/>
                    <label for=format!("{el}-done")>{ws.word(|t| t.action_done)}</label>
                </div>
                <div class="field">
                    <InlineField id=format!("{el}-text") label=ws.word(|t| t.task)
                        value=rich_of(entry, |k| match k { EntryKind::Action { text, .. } => Some(text.clone()), _ => None })
                        on_change=Callback::new(move |r: Rich| set(Box::new(move |k| if let EntryKind::Action { text, .. } = k { *text = r.clone() })))/>
                </div>
            </div>
        }
        .into_any(),
        KindTag::NextMeeting => {
            let when = move || entry.get().and_then(|e| match e.kind { EntryKind::NextMeeting(n) => Some(n.when), _ => None }).unwrap_or_default();
            let next = move || entry.get().and_then(|e| match e.kind { EntryKind::NextMeeting(n) => Some(n), _ => None }).unwrap_or_default();
            // The day, times and place of a sentence are read from it as it is typed; without one
            // they are fields of their own.
            let sentence_change = Callback::new(move |r: Rich| {
                let (meeting, keep) = (ws.with_doc_untracked(|d| d.header.when.date).flatten(), r.is_empty());
                set(Box::new(move |k| if let EntryKind::NextMeeting(n) = k {
                    match keep {
                        true => n.sentence = Rich::default(),
                        false => *n = next::from_sentence(r.clone(), meeting),
                    }
                }))
            });
            let [date_id, start_id, end_id, place_id, read_id] = ["date", "start", "end", "place", "read"].map(|p| format!("{el}-{p}"));
            let lang = move || ws.with_doc_untracked(|d| d.header.lang).unwrap_or_default();
            let read = move || {
                let n = next();
                let said: Vec<String> = [n.when.text(lang()), n.place].into_iter().filter(|s| !s.is_empty()).collect();
                ws.t().next_read.with(&[&said.join(", ")])
            };
            view! {
                <div class="next-fields">
                    <div class="field wide">
                        <InlineField id=format!("{el}-sentence") label=ws.word(|t| t.next_sentence)
                            value=rich_of(entry, |k| match k { EntryKind::NextMeeting(n) => Some(n.sentence.clone()), _ => None })
                            on_change=sentence_change/>
                    </div>
                    <Show when=move || !next().sentence.is_empty()>
                        <p class="field wide next-read" id=read_id.clone()>{read}</p>
                    </Show>
                    <Show when=move || next().sentence.is_empty()>
                    <div class="field">
                        <CheckedField id=date_id.clone() label=ws.word(|t| t.date) hint="25.3.2026" value=Signal::derive(move || when().date)
                            parse=parse_date show=|d: &Date| d.dotted()
                            on_change=Callback::new(move |v: Option<Date>| set(Box::new(move |k| if let EntryKind::NextMeeting(n) = k { n.when.date = v })))/>
                    </div>
                    <div class="field">
                        <CheckedField id=start_id.clone() label=ws.word(|t| t.starts) hint="9.00" value=Signal::derive(move || when().start)
                            parse=parse_time show=|t: &Time| t.dotted()
                            on_change=Callback::new(move |v: Option<Time>| set(Box::new(move |k| if let EntryKind::NextMeeting(n) = k { n.when.start = v })))/>
                    </div>
                    <div class="field">
                        <CheckedField id=end_id.clone() label=ws.word(|t| t.ends) hint="11.30" value=Signal::derive(move || when().end)
                            parse=parse_time show=|t: &Time| t.dotted()
                            on_change=Callback::new(move |v: Option<Time>| set(Box::new(move |k| if let EntryKind::NextMeeting(n) = k { n.when.end = v })))/>
                    </div>
                    <div class="field wide">
                        <TextField id=place_id.clone() label=ws.word(|t| t.place)
                            value=text_of(entry, |k| match k { EntryKind::NextMeeting(n) => Some(n.place.clone()), _ => None })
                            on_change=Callback::new(move |v: String| set(Box::new(move |k| if let EntryKind::NextMeeting(n) = k { n.place = v.clone() })))/>
                    </div>
                    </Show>
                </div>
            }
            .into_any()
        }
    }
    .into_any()
}

/// A statement: speaker, what was said, and replies.
#[component]
fn StatementFields(
    id: Id,
    entry: Memo<Option<Entry>>,
    set: impl Fn(Box<dyn Fn(&mut EntryKind)>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ws = Workspace::get();
    let el = dom_id(id);
    let complete = move |v: String| ws.with_doc_untracked(|d| complete_name(d, &v)).unwrap_or(v);
    let replies = Memo::new(move |_| {
        entry
            .get()
            .map(|e| match e.kind {
                EntryKind::Statement { replies, .. } => replies.len(),
                _ => 0,
            })
            .unwrap_or(0)
    });
    let add_reply = move |_| {
        ws.seal();
        set(Box::new(|k| {
            if let EntryKind::Statement { replies, .. } = k {
                replies.push(Reply {
                    speaker: String::new(),
                    text: Rich::default(),
                })
            }
        }));
        ws.focus_on(format!(
            "{}-reply{}-speaker",
            dom_id(id),
            replies.get_untracked().saturating_sub(1)
        ));
    };
    view! {
        <div class="statement-fields">
            <div class="field speaker">
                <TextField id=format!("{el}-speaker") label=ws.word(|t| t.speaker) list="speakers".to_string()
                    value=text_of(entry, |k| match k { EntryKind::Statement { speaker, .. } => Some(speaker.clone()), _ => None })
                    on_change=Callback::new(move |v: String| set(Box::new(move |k| if let EntryKind::Statement { speaker, .. } = k { *speaker = v.clone() })))
                    on_commit=Callback::new(move |v: String| { let v = complete(v); set(Box::new(move |k| if let EntryKind::Statement { speaker, .. } = k { *speaker = v.clone() })) })/>
            </div>
            <div class="field">
                <InlineField id=format!("{el}-text") label=ws.word(|t| t.statement_text)
                    value=rich_of(entry, |k| match k { EntryKind::Statement { text, .. } => Some(text.clone()), _ => None })
                    on_change=Callback::new(move |r: Rich| set(Box::new(move |k| if let EntryKind::Statement { text, .. } = k { *text = r.clone() })))/>
            </div>
            {move || (0..replies.get()).map(|n| view! { <ReplyFields id n entry set/> }).collect_view()}
            <button type="button" class="quiet small" on:click=add_reply>{ws.word(|t| t.add_reply)}</button>
        </div>
    }
}

/// The `n`th reply of a statement.
#[component]
fn ReplyFields(
    id: Id,
    n: usize,
    entry: Memo<Option<Entry>>,
    set: impl Fn(Box<dyn Fn(&mut EntryKind)>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ws = Workspace::get();
    let el = format!("{}-reply{n}", dom_id(id));
    let complete = move |v: String| ws.with_doc_untracked(|d| complete_name(d, &v)).unwrap_or(v);
    let reply = move || {
        entry.get().and_then(|e| match e.kind {
            EntryKind::Statement { replies, .. } => replies.get(n).cloned(),
            _ => None,
        })
    };
    let edit = move |f: Box<dyn Fn(&mut Reply)>| {
        set(Box::new(move |k| {
            if let EntryKind::Statement { replies, .. } = k {
                if let Some(r) = replies.get_mut(n) {
                    f(r)
                }
            }
        }))
    };
    let remove = move |_| {
        ws.seal();
        set(Box::new(move |k| {
            if let EntryKind::Statement { replies, .. } = k {
                if n < replies.len() {
                    replies.remove(n);
                }
            }
        }));
        ws.focus_on(format!("{}-text", dom_id(id)));
    };
    view! {
        <div class="reply">
            <div class="field speaker">
                <TextField id=format!("{el}-speaker") label=Signal::derive(move || ws.t().replier.with(&[&(n + 1).to_string()]))
                    list="speakers".to_string()
                    value=Signal::derive(move || reply().map(|r| r.speaker).unwrap_or_default())
                    on_change=Callback::new(move |v: String| edit(Box::new(move |r| r.speaker = v.clone())))
                    on_commit=Callback::new(move |v: String| { let v = complete(v); edit(Box::new(move |r| r.speaker = v.clone())) })/>
            </div>
            <div class="field">
                <InlineField id=format!("{el}-text") label=Signal::derive(move || ws.t().reply.with(&[&(n + 1).to_string()]))
                    value=Signal::derive(move || reply().map(|r| r.text).unwrap_or_default())
                    on_change=Callback::new(move |t: Rich| edit(Box::new(move |r| r.text = t.clone())))/>
            </div>
            <button type="button" class="icon danger" aria-label=move || ws.t().remove_reply.with(&[&(n + 1).to_string()])
                on:click=remove>"✕"</button>
        </div>
    }
}
