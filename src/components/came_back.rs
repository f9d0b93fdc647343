//! The dialog for a copy that came back: which draft it was made from, how much it changed,
//! and, for every thing both changed, the two versions side by side to choose from; then
//! merge, or keep the copy as a draft of its own.

use crate::browser::events::use_modal;
use crate::texts::Texts;
use crate::workspace::{Returned, Workspace};
use leptos::prelude::*;
use muistio_core::edit::{Clash, Shown, Side, Subject};

/// What a clash is about, in the interface's words.
fn subject(t: &Texts, shown: &Shown) -> String {
    match &shown.subject {
        Subject::Header(key) => {
            let field = match key.as_str() {
                "title" => t.meeting_name,
                "kind" => t.doc_type,
                "number" => t.number,
                "subtitle" => t.subtitle,
                "zone" => t.zone,
                "lang" => t.doc_language,
                "date" => t.date,
                "start" => t.starts,
                "end" => t.ends,
                "place" => t.place,
                "numbering" => t.numbering,
                "first_item" => t.first_number,
                "approval" => t.stage,
                other => other,
            };
            t.clash_header.with(&[field])
        }
        Subject::Attendee(name) => t.clash_attendee.with(&[name]),
        Subject::Item(item) => t.clash_item.with(&[item]),
        Subject::Entry(item) if item.is_empty() => t.clash_intro.to_string(),
        Subject::Entry(item) => t.clash_entry.with(&[item]),
    }
}

/// One side of a clash in words: what it holds, or that it removed it.
fn side(t: &Texts, value: &Option<String>) -> String {
    match value.as_deref() {
        None => t.clash_removed.to_string(),
        Some("") => t.clash_empty.to_string(),
        Some(v) => v.to_string(),
    }
}

/// One clash: its subject and the two versions as a pair of choices.
#[component]
fn ClashChoice(n: usize, shown: Shown, choices: RwSignal<Vec<(Clash, Side)>>) -> impl IntoView {
    let ws = Workspace::get();
    let key = StoredValue::new(shown.clash.clone());
    let chosen = move |s: Side| choices.with(|c| c.iter().any(|(k, v)| key.with_value(|x| k == x) && *v == s));
    let choose = move |s: Side| {
        move |_| {
            choices.update(|c| {
                if let Some(entry) = c.iter_mut().find(|(k, _)| key.with_value(|x| k == x)) {
                    entry.1 = s;
                }
            })
        }
    };
    let moved = matches!(shown.clash, Clash::Place(_));
    let (mine, theirs) = (shown.mine.clone(), shown.theirs.clone());
    let name = format!("clash-{n}");
    let option = move |s: Side, label: fn(&Texts) -> &'static str, value: Option<String>| {
        view! {
            <label class="clash-side" class:chosen=move || chosen(s)>
                <input type="radio" name=name.clone() prop:checked=move || chosen(s) on:change=choose(s)/>
                <span class="clash-who">{ws.word(label)}</span>
                <span class="clash-text">{move || side(ws.t(), &value)}</span>
            </label>
        }
    };
    let shown_for_legend = shown.clone();
    view! {
        <fieldset class="clash">
            <legend>{move || subject(ws.t(), &shown_for_legend)}</legend>
            <Show when=move || moved>
                <p class="hint">{ws.word(|t| t.clash_moved)}</p>
            </Show>
            <div class="clash-sides">
                {option(Side::Mine, |t| t.clash_here, mine.clone())}
                {option(Side::Theirs, |t| t.clash_there, theirs.clone())}
            </div>
        </fieldset>
    }
}

/// The dialog, shown while a copy that came back waits for an answer.
#[component]
pub fn CameBackDialog() -> impl IntoView {
    let ws = Workspace::get();
    let open = RwSignal::new(false);
    let dialog = use_modal(open);
    let choices = RwSignal::new(Vec::<(Clash, Side)>::new());
    Effect::new(move |_| {
        let pending = ws.pending_return.with(|p| {
            p.as_ref()
                .map(|r| r.clashes.iter().map(|s| (s.clash.clone(), Side::Mine)).collect())
        });
        open.set(pending.is_some());
        choices.set(pending.unwrap_or_default());
    });
    let returned = move || ws.pending_return.get();
    let with = move |f: fn(&Workspace, Returned, Vec<(Clash, Side)>)| {
        move |_| {
            if let Some(r) = ws.pending_return.get_untracked() {
                f(&ws, r, choices.get_untracked());
            }
        }
    };
    view! {
        <dialog node_ref=dialog class="came-back" aria-labelledby="came-back-heading"
            on:close=move |_| { open.set(false); ws.pending_return.set(None); }>
            <h2 id="came-back-heading">{ws.word(|t| t.came_back_heading)}</h2>
            {move || returned().map(|r| {
                let t = ws.t();
                let clashes = r.clashes.clone();
                view! {
                    <p>{t.came_back_of.with(&[&r.title])}" "{t.came_back_changes.of(r.changes)}</p>
                    <p>{t.came_back_clashes.of(r.clashes.len())}</p>
                    <div class="clashes">
                        {clashes.into_iter().enumerate().map(|(n, shown)| view! { <ClashChoice n shown choices/> }).collect_view()}
                    </div>
                }
            })}
            <div class="dialog-actions">
                <button type="button" on:click=with(|ws, r, c| ws.merge_returned(r, c))>{ws.word(|t| t.merge_into)}</button>
                <button type="button" class="quiet" on:click=with(|ws, r, _| ws.import_returned_apart(r))>{ws.word(|t| t.import_separately)}</button>
                <button type="button" class="quiet" on:click=move |_| ws.pending_return.set(None)>{ws.word(|t| t.cancel)}</button>
            </div>
        </dialog>
    }
}
