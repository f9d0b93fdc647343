//! The open draft's earlier versions: when and why each was kept, a look at it, a restore.

use super::document::DocumentView;
use crate::browser::events::use_modal;
use crate::browser::storage::Version;
use crate::browser::{local_clock, local_date};
use crate::workspace::Workspace;
use leptos::prelude::*;
use muistio_core::store::versions::Reason;

fn reason_index(reason: Reason) -> usize {
    use Reason::*;
    match reason {
        Periodic => 0,
        Import => 1,
        Merge => 2,
        Conversion => 3,
        Restore => 4,
        Deletion => 5,
        Conflict => 6,
    }
}

/// The list of versions, folded under its count.
#[component]
pub fn Versions() -> impl IntoView {
    let ws = Workspace::get();
    let looking = RwSignal::new(None::<u64>);
    let open = RwSignal::new(false);
    let dialog = use_modal(open);
    let when = move |at: u64| ws.t().date_time.with(&[&local_date(at), &local_clock(at)]);
    let row = move |v: Version| {
        let text = move || {
            let t = ws.t();
            t.version_row.with(&[
                &when(v.at),
                t.version_reasons[reason_index(v.reason)],
                &v.size.to_string(),
            ])
        };
        view! {
            <li>
                <span>{text}</span>
                <button type="button" class="quiet small" aria-label=move || format!("{}: {}", ws.t().look, when(v.at))
                    on:click=move |_| { looking.set(Some(v.at)); open.set(true) }>{ws.word(|t| t.look)}</button>
                <button type="button" class="quiet small" aria-label=move || format!("{}: {}", ws.t().restore, when(v.at))
                    disabled=move || ws.read_only.get() on:click=move |_| ws.restore_version(v.at)>{ws.word(|t| t.restore)}</button>
            </li>
        }
    };
    view! {
        <details class="versions">
            <summary><h2 id="versions-heading">{move || ws.t().versions.of(ws.versions.with(Vec::len))}</h2></summary>
            <ul aria-labelledby="versions-heading">
                {move || ws.versions.get().into_iter().map(row).collect_view()}
            </ul>
        </details>
        <dialog node_ref=dialog class="version-view" aria-labelledby="version-heading" on:close=move |_| open.set(false)>
            <h2 id="version-heading">{move || looking.get().map(|at| ws.t().version_title.with(&[&when(at)]))}</h2>
            {move || looking.get().and_then(|at| ws.version(at)).map(|minutes| view! { <DocumentView minutes/> })}
            <div class="dialog-actions">
                <button type="button" disabled=move || ws.read_only.get()
                    on:click=move |_| { if let Some(at) = looking.get_untracked() { ws.restore_version(at) } open.set(false) }>
                    {ws.word(|t| t.restore)}
                </button>
                <button type="button" class="quiet" on:click=move |_| open.set(false)>{ws.word(|t| t.close)}</button>
            </div>
        </dialog>
    }
}
