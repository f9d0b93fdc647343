//! The keyboard shortcuts, in a dialog (Ctrl+/ or the button in the banner).

use crate::browser::events::use_modal;
use leptos::prelude::*;

/// Every shortcut: keys and what they do.
pub const SHORTCUTS: &[(&str, &str)] = &[
    (
        "Sarkain sivun alussa, Enter",
        "Jatka kirjoittamista viimeisen kohdan merkintäkenttään",
    ),
    ("Ctrl+Z", "Kumoa"),
    ("Ctrl+Vaihto+Z tai Ctrl+Y", "Tee uudelleen"),
    ("Ctrl+S", "Tallenna heti"),
    (
        "Enter kohdan merkintäkentässä",
        "Lisää merkintä (Ida: …, - …, Sovittiin …, Tehtävä (Nimi, pvm): …, 4. Uusi kohta)",
    ),
    ("Vaihto+Enter", "Uusi rivi samaan merkintään"),
    ("Alt+↑ / Alt+↓", "Siirrä merkintää, kohtaa tai osallistujaa"),
    ("Alt+Delete", "Poista merkintä, kohta tai osallistuja (voi kumota)"),
    ("Enter kohdan otsikossa", "Siirry kohdan merkintäkenttään"),
    ("Ctrl+Alt+P", "Esikatselu päälle tai pois"),
    ("Ctrl+/", "Näytä tai piilota pikanäppäimet"),
    ("Esc", "Sulje tämä ikkuna"),
];

/// The dialog; `open` shows and hides it.
#[component]
pub fn ShortcutHelp(open: RwSignal<bool>) -> impl IntoView {
    let dialog = use_modal(open);
    view! {
        <dialog node_ref=dialog class="help" aria-labelledby="help-heading" on:close=move |_| open.set(false)>
            <h2 id="help-heading">"Pikanäppäimet"</h2>
            <table>
                <thead><tr><th scope="col">"Näppäimet"</th><th scope="col">"Toiminto"</th></tr></thead>
                <tbody>
                    {SHORTCUTS.iter().map(|(keys, what)| view! { <tr><td><kbd>{*keys}</kbd></td><td>{*what}</td></tr> }).collect_view()}
                </tbody>
            </table>
            <button type="button" on:click=move |_| open.set(false)>"Sulje"</button>
        </dialog>
    }
}
