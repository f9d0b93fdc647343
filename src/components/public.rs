//! The public version: how each attendee is named (by name, by initials, or not at all), and
//! the dialog that downloads it in every format.

use crate::browser::events::use_modal;
use crate::workspace::{Namings, Workspace};
use leptos::prelude::*;
use muistio_core::export::public::Naming;
use muistio_core::export::Format;
use muistio_core::Id;

const CHOICES: [Naming; 3] = [Naming::Name, Naming::Initials, Naming::Removed];

fn naming_word(t: &crate::texts::Texts, n: Naming) -> &'static str {
    match n {
        Naming::Name => t.naming_name,
        Naming::Initials => t.naming_initials,
        Naming::Removed => t.naming_removed,
    }
}

/// One choice per attendee, and one for everyone at once; `naming` holds what is chosen.
#[component]
pub fn NamingChoice(
    /// The attendees by name.
    people: Signal<Vec<(Id, String)>>,
    /// How each is named.
    naming: RwSignal<Namings>,
    /// Tells the radio groups of two choices on one page apart.
    prefix: &'static str,
) -> impl IntoView {
    let ws = Workspace::get();
    let how = move |id: Id| naming.with(|n| n.iter().find(|(i, _)| *i == id).map_or(Naming::Name, |(_, n)| *n));
    let set = move |id: Id, to: Naming| {
        naming.update(|n| {
            n.retain(|(i, _)| *i != id);
            n.push((id, to));
        })
    };
    view! {
        <div class="naming">
            <div class="naming-all" role="group" aria-label=ws.word(|t| t.naming_all)>
                <span aria-hidden="true">{ws.word(|t| t.naming_all)}</span>
                {CHOICES.into_iter().map(|c| view! {
                    <button type="button" class="quiet small" on:click=move |_| {
                        let all = people.get_untracked().into_iter().map(|(id, _)| (id, c)).collect();
                        naming.set(all);
                    }>{move || naming_word(ws.t(), c)}</button>
                }).collect_view()}
            </div>
            {move || people.get().into_iter().enumerate().map(|(n, (id, name))| {
                let group = format!("{prefix}-naming-{n}");
                view! {
                    <fieldset class="naming-row">
                        <legend>{name.clone()}</legend>
                        {CHOICES.into_iter().enumerate().map(|(k, c)| {
                            let input = format!("{group}-{k}");
                            view! {
                                <span class="naming-option">
                                    <input type="radio" id=input.clone() name=group.clone() prop:checked=move || how(id) == c
                                        on:change=move |_| set(id, c)/>
                                    <label for=input>{move || naming_word(ws.t(), c)}</label>
                                </span>
                            }
                        }).collect_view()}
                    </fieldset>
                }
            }).collect_view()}
        </div>
    }
}

/// The dialog that downloads the public version; `open` shows and hides it.
#[component]
pub fn PublicDialog(open: RwSignal<bool>) -> impl IntoView {
    let ws = Workspace::get();
    let dialog = use_modal(open);
    let people = RwSignal::new(Vec::new());
    let naming = RwSignal::new(Namings::new());
    // Each opening starts from the attendees as they are now, and the usual choice.
    Effect::new(move |_| {
        if open.get() {
            let (who, default) = ws.public_choices();
            people.set(who);
            naming.set(default);
        }
    });
    view! {
        <dialog node_ref=dialog class="public" aria-labelledby="public-heading" on:close=move |_| open.set(false)>
            <h2 id="public-heading">{ws.word(|t| t.public_version)}</h2>
            <p class="hint">{ws.word(|t| t.public_hint)}</p>
            <NamingChoice people=people.into() naming prefix="download"/>
            <div class="download-list" role="group" aria-label=ws.word(|t| t.public_download)>
                <p class="group-label" aria-hidden="true">{ws.word(|t| t.public_download)}</p>
                {Format::ALL.into_iter().map(|format| view! {
                    <button type="button" class="quiet" on:click=move |_| ws.download_as(format, Some(naming.get_untracked()))>
                        {move || ws.t().download(format)}
                    </button>
                }).collect_view()}
            </div>
            <div class="dialog-actions">
                <button type="button" on:click=move |_| open.set(false)>{ws.word(|t| t.close)}</button>
            </div>
        </dialog>
    }
}
