//! The list of findings: each says what is off and jumps to the place; a repair the check
//! offers is a button beside it that does it and says what it did.

use crate::texts::Texts;
use crate::workspace::{dom_id, Workspace};
use leptos::prelude::*;
use muistio_core::check::{Fix, Spot};

/// A repair's button label.
fn fix_label(t: &Texts, fix: &Fix) -> String {
    match fix {
        Fix::RenameSpeaker { full, .. } => t.fix_rename.with(&[full]),
        Fix::AddAttendee { name } => t.fix_add_attendee.with(&[name]),
        Fix::SwapTimes => t.fix_swap_times.to_string(),
        Fix::DueNextYear { to, .. } => t.fix_due.with(&[to]),
        Fix::RemoveAttendee { name, .. } => t.fix_remove_row.with(&[name]),
    }
}

/// Findings, recomputed as the document changes.
#[component]
pub fn Checks() -> impl IntoView {
    let ws = Workspace::get();
    // Checked when the document settles (typing paused, undo, another draft), not per keystroke.
    let findings = Memo::new(move |_| ws.findings());
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
            <summary id="checks-summary">
                <h2 id="checks-heading">{move || ws.t().checks.of(findings.get().len())}</h2>
            </summary>
            <ul aria-labelledby="checks-heading">
                {move || findings.get().into_iter().enumerate().map(|(n, f)| {
                    let spot = f.spot;
                    // After a repair the cursor stays in the list: on the finding now in this place.
                    let here = format!("check-{n}");
                    let fixes = f.fixes.into_iter().enumerate().map(|(k, fix)| {
                        let label = fix_label(ws.t(), &fix);
                        let after = here.clone();
                        // The likeliest repair stands out; the others are quieter.
                        let class = if k == 0 { "small fix" } else { "small fix quiet" };
                        view! {
                            <button type="button" class=class on:click=move |_| {
                                let count = findings.get_untracked().len();
                                let target = if n + 1 < count { after.clone() } else { "checks-summary".to_string() };
                                ws.apply_fix(&fix, target)
                            }>{label}</button>
                        }
                    }).collect_view();
                    view! {
                        <li>
                            <button type="button" id=here.clone() class="link" on:click=move |_| go(spot)>
                                {f.problem.message(ws.t().lang)}
                            </button>
                            " "
                            {fixes}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </details>
    }
}
