//! The "Lähetä sähköpostilla" dialog: recipients, subject and cover note to see and edit, the
//! files with their sizes, how the message goes out, and what happened after it went; and the
//! action owners' own messages.

use crate::browser::events::use_modal;
use crate::components::public::NamingChoice;
use crate::texts::Texts;
use crate::workspace::{Outgoing, Via, Workspace};
use leptos::prelude::*;
use muistio_core::export::Format;
use muistio_core::Lang;

const CHOICES: [Format; 7] = [
    Format::Pdf,
    Format::Docx,
    Format::Odt,
    Format::Html,
    Format::Ics,
    Format::Markdown,
    Format::Json,
];

/// "48 kt", "1,2 Mt" (a decimal point in English).
fn size(t: &Texts, bytes: usize) -> String {
    let kb = bytes.div_ceil(1024).max(1);
    if kb < 1000 {
        return t.size_kb.with(&[&kb.to_string()]);
    }
    let tenths = (bytes * 10).div_ceil(1024 * 1024);
    let mb = format!(
        "{}{}{}",
        tenths / 10,
        if t.lang == Lang::En { "." } else { "," },
        tenths % 10
    );
    t.size_mb.with(&[&mb])
}

/// The action owners' own messages: who gets one, and the button that makes them.
#[component]
fn OwnerMails(open: RwSignal<bool>, said: crate::workspace::Said) -> impl IntoView {
    let ws = Workspace::get();
    let owners = Memo::new(move |_| if open.get() { ws.owners() } else { Default::default() });
    let reached = move || owners.with(|o| o.0.clone());
    let missing = move || owners.with(|o| o.1.join(", "));
    view! {
        <fieldset class="owner-mails">
            <legend>{ws.word(|t| t.per_owner)}</legend>
            <Show when=move || !reached().is_empty() fallback=move || view! {
                <p class="hint">{ws.word(|t| t.per_owner_none)}</p>
            }>
                <p class="hint">{move || ws.t().per_owner_who.with(&[&ws.t().owner_mails.of(reached().len()), &reached().join(", ")])}</p>
                <button type="button" class="quiet" on:click=move |_| ws.send_owner_mails(said)>{ws.word(|t| t.per_owner_button)}</button>
            </Show>
            <Show when=move || !missing().is_empty()>
                <p class="hint">{move || ws.t().per_owner_missing.with(&[&missing()])}</p>
            </Show>
        </fieldset>
    }
}

/// The dialog; `open` shows and hides it.
#[component]
pub fn SendDialog(open: RwSignal<bool>) -> impl IntoView {
    let ws = Workspace::get();
    let dialog = use_modal(open);
    let message = RwSignal::new(Outgoing::default());
    let sizes = RwSignal::new(Vec::<(Format, Option<usize>)>::new());
    let said: crate::workspace::Said = RwSignal::new(None);
    // An opening starts from the document as it is now: recipients, subject, note, files. What
    // was typed here is kept while the document has not changed since.
    let prefilled_at = StoredValue::new(None::<(String, u64)>);
    Effect::new(move |_| {
        if !open.get() {
            return;
        }
        said.set(None);
        sizes.set(Vec::new());
        let draft = untrack(|| ws.open_id()).unwrap_or_default();
        let now = (draft, ws.revision.get_untracked());
        if prefilled_at.get_value().as_ref() != Some(&now) {
            if let Some(out) = ws.outgoing() {
                message.set(out);
            }
            prefilled_at.set_value(Some(now));
        }
    });
    // The sizes are of the files as they would go: the public version's when it is chosen.
    let public_on = Memo::new(move |_| message.with(|m| m.public.clone()));
    Effect::new(move |_| {
        let naming = public_on.get();
        if !open.get() {
            return;
        }
        sizes.set(Vec::new());
        leptos::task::spawn_local(async move {
            let made = ws.sizes(CHOICES.to_vec(), naming).await;
            sizes.set(made);
        });
    });
    let people = RwSignal::new(Vec::new());
    let naming = RwSignal::new(crate::workspace::Namings::new());
    // The subject and the cover note follow the version sent: the public one names people as it does.
    let refill = move |chosen: Option<crate::workspace::Namings>| {
        if let Some(fresh) = ws.outgoing_as(chosen) {
            message.update(|m| {
                m.subject = fresh.subject;
                m.note = fresh.note;
                m.public = fresh.public;
            });
        }
    };
    let toggle_public = move |on: bool| {
        if on {
            let (who, default) = ws.public_choices();
            people.set(who);
            naming.set(default.clone());
            refill(Some(default));
        } else {
            refill(None);
        }
    };
    Effect::new(move |_| {
        let chosen = naming.get();
        if public_on.with_untracked(Option::is_some) && public_on.with_untracked(|p| p.as_ref() != Some(&chosen)) {
            refill(Some(chosen));
        }
    });
    let chosen = Memo::new(move |_| message.with(|m| m.formats.clone()));
    let sheet = Memo::new(move |_| open.get() && ws.can_share(&chosen.get()));
    let send = move |via: Via| ws.send(message.get_untracked(), via, said);
    let has_next = move || {
        open.get()
            && ws
                .with_doc_untracked(|d| d.next_meeting().is_some_and(|n| n.when.date.is_some()))
                .unwrap_or(false)
    };
    let field = move |f: fn(&mut Outgoing, String)| {
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            message.update(|m| f(m, v));
        }
    };
    view! {
        <dialog node_ref=dialog class="send" aria-labelledby="send-heading" on:close=move |_| open.set(false)>
            <h2 id="send-heading">{ws.word(|t| t.send)}</h2>
            <div class="field">
                <label for="send-to">{ws.word(|t| t.mail_to)}</label>
                <textarea id="send-to" rows="2" aria-describedby="send-to-hint" prop:value=move || message.with(|m| m.to.clone())
                    on:input=field(|m, v| m.to = v)></textarea>
                <p id="send-to-hint" class="hint">{ws.word(|t| t.mail_to_hint)}</p>
            </div>
            <div class="field">
                <label for="send-subject">{ws.word(|t| t.mail_subject)}</label>
                <input id="send-subject" type="text" prop:value=move || message.with(|m| m.subject.clone())
                    on:input=field(|m, v| m.subject = v)/>
            </div>
            <div class="field">
                <label for="send-note">{ws.word(|t| t.mail_note)}</label>
                <textarea id="send-note" rows="9" aria-describedby="send-note-hint" prop:value=move || message.with(|m| m.note.clone())
                    on:input=field(|m, v| m.note = v)></textarea>
                <p id="send-note-hint" class="hint">{ws.word(|t| t.mail_note_hint)}</p>
            </div>
            <fieldset>
                <legend>{ws.word(|t| t.send_files)}</legend>
                {CHOICES.into_iter().map(|format| {
                    let id = format!("send-{}", format.extension());
                    let disabled = move || format == Format::Ics && !has_next();
                    let label = move || {
                        let t = ws.t();
                        let known = sizes.with(|s| s.iter().find(|(f, _)| *f == format).and_then(|(_, n)| *n));
                        match known {
                            Some(n) => t.with_size.with(&[t.attach_label(format), &size(t, n)]),
                            None => t.attach_label(format).to_string(),
                        }
                    };
                    view! {
                        <div class="check-row">
                            <input type="checkbox" id=id.clone() disabled=disabled
                                prop:checked=move || chosen.get().contains(&format)
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    message.update(|m| { m.formats.retain(|f| *f != format); if on { m.formats.push(format) } });
                                }/>
                            <label for=id>{label}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <fieldset class="send-public">
                <legend>{ws.word(|t| t.public_version)}</legend>
                <div class="check-row">
                    <input type="checkbox" id="send-public" prop:checked=move || public_on.with(Option::is_some)
                        on:change=move |ev| toggle_public(event_target_checked(&ev))/>
                    <label for="send-public">{ws.word(|t| t.public_send)}</label>
                </div>
                <Show when=move || public_on.with(Option::is_some)>
                    <p class="hint">{ws.word(|t| t.public_hint)}</p>
                    <NamingChoice people=people.into() naming prefix="send"/>
                </Show>
            </fieldset>
            <p class="hint">{ws.word(|t| t.send_hint)}</p>
            <div class="dialog-actions">
                <Show when=move || sheet.get()>
                    <button type="button" on:click=move |_| send(Via::Sheet)>{ws.word(|t| t.share_sheet)}</button>
                </Show>
                <button type="button" on:click=move |_| send(Via::Eml)>{ws.word(|t| t.send_eml)}</button>
                <button type="button" class="quiet" on:click=move |_| send(Via::MailTo)>{ws.word(|t| t.send_mailto)}</button>
            </div>
            <p class="send-result" role="status" class:error=move || said.with(|s| s.as_ref().is_some_and(|s| s.1))>
                {move || said.get().map(|(m, _)| m.show(ws.t()))}
            </p>
            <OwnerMails open said/>
            <div class="dialog-actions">
                <button type="button" class="quiet" on:click=move |_| open.set(false)>{ws.word(|t| t.close)}</button>
            </div>
        </dialog>
    }
}
