//! The list of findings: each says what is off and jumps to the place.

use crate::workspace::{dom_id, Workspace};
use leptos::prelude::*;
use muistio_core::check::{check, Spot};

/// Findings, recomputed as the document changes.
#[component]
pub fn Checks() -> impl IntoView {
    let ws = Workspace::get();
    // Checked when the document settles (typing paused, undo, another draft), not per keystroke.
    let findings = Memo::new(move |_| {
        ws.settled.track();
        ws.with_doc_untracked(check).unwrap_or_default()
    });
    let go = move |spot: Spot| {
        let target = match spot {
            Spot::HeaderTime => "header-start".to_string(),
            Spot::Attendee(id) => dom_id(id),
            Spot::Item(id) => format!("{}-title", dom_id(id)),
            Spot::Entry(id) => dom_id(id),
        };
        ws.preview.set(false);
        ws.focus_on(target);
    };
    view! {
        <details class="checks" open=move || !findings.get().is_empty()>
            <summary>
                <h2 id="checks-heading">{move || ws.t().checks.of(findings.get().len())}</h2>
            </summary>
            <ul aria-labelledby="checks-heading">
                {move || findings.get().into_iter().map(|f| {
                    let spot = f.spot;
                    view! { <li><button type="button" class="link" on:click=move |_| go(spot)>{f.problem.message(ws.t().lang)}</button></li> }
                }).collect_view()}
            </ul>
        </details>
    }
}
