//! The page: banner, drafts and import on the side, the open document in the middle.

use crate::components::{document::DocumentView, drafts::DraftList, import::ImportPanel, notices::Notices};
use crate::texts;
use crate::workspace::Workspace;
use leptos::prelude::*;
use muistio_core::export::Format;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let ws = Workspace::load();
    provide_context(ws);
    view! {
        <header class="banner">
            <h1>{texts::APP_NAME}</h1>
            <p class="tagline">{texts::TAGLINE}</p>
        </header>
        <Notices/>
        <div class="layout">
            <aside class="side">
                <ImportPanel/>
                <DraftList/>
            </aside>
            <main class="main">
                <Show when=move || ws.open.with(Option::is_some) fallback=|| view! { <p class="empty">{texts::NOTHING_OPEN}</p> }>
                    <div class="toolbar" role="toolbar" aria-label="Muistion toiminnot">
                        <button on:click=move |_| ws.download(Format::Markdown)>{texts::DOWNLOAD_MD}</button>
                    </div>
                    {move || ws.open.get().map(|o| view! { <DocumentView minutes=o.minutes/> })}
                </Show>
            </main>
        </div>
    }
}
