//! A vote's fields while it is edited: what was voted on, how, each tally's count and names,
//! and the result.

use super::fields::{CheckedField, TextField};
use super::inline_field::InlineField;
use crate::texts::Message;
use crate::workspace::Workspace;
use leptos::prelude::*;
use muistio_core::{Entry, EntryKind, Rich, Tally, Vote};

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

/// The tally `n` (0 for, 1 against, 2 abstained) of a vote.
fn tally(vote: &mut Vote, n: usize) -> &mut Tally {
    match n {
        0 => &mut vote.ayes,
        1 => &mut vote.noes,
        _ => &mut vote.abstained,
    }
}

/// The fields of the vote in `entry`; `set` changes the entry.
pub(super) fn vote_fields(
    ws: Workspace,
    entry: Memo<Option<Entry>>,
    set: impl Fn(Box<dyn Fn(&mut EntryKind)>) + Copy + Send + Sync + 'static,
    el: String,
) -> AnyView {
    let vote = move || {
        entry
            .get()
            .and_then(|e| match e.kind {
                EntryKind::Vote(v) => Some(v),
                _ => None,
            })
            .unwrap_or_default()
    };
    let change = move |f: Box<dyn Fn(&mut Vote)>| {
        set(Box::new(move |k| {
            if let EntryKind::Vote(v) = k {
                f(v)
            }
        }))
    };
    let tallies = (0..3)
        .map(|n| {
            let label = move || ws.t().tallies[n].to_string();
            view! {
                <div class="field">
                    <CheckedField id=format!("{el}-count{n}") label=Signal::derive(move || ws.t().tally_count.with(&[&label()])) hint="3"
                        value=Signal::derive(move || Some(vote().tallies()[n].total()))
                        parse=parse_count show=|c: &u32| c.to_string()
                        on_change=Callback::new(move |c: Option<u32>| change(Box::new(move |v| tally(v, n).count = c.unwrap_or(0))))/>
                </div>
                <div class="field">
                    <TextField id=format!("{el}-names{n}") label=Signal::derive(move || ws.t().tally_names.with(&[&label()])) list="speakers".to_string()
                        value=Signal::derive(move || vote().tallies()[n].names.join(", "))
                        on_change=Callback::new(move |text: String| {
                            let names: Vec<String> = text.split([',', ';']).map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect();
                            change(Box::new(move |v| {
                                let t = tally(v, n);
                                t.names = names.clone();
                                t.count = t.total();
                            }))
                        })/>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="vote-fields">
            <div class="field full">
                <InlineField id=format!("{el}-text") label=ws.word(|t| t.vote_question)
                    value=Signal::derive(move || vote().question)
                    on_change=Callback::new(move |r: Rich| change(Box::new(move |v| v.question = r.clone())))/>
            </div>
            <div class="field full">
                <TextField id=format!("{el}-method") label=ws.word(|t| t.vote_method)
                    value=Signal::derive(move || vote().method)
                    on_change=Callback::new(move |m: String| change(Box::new(move |v| v.method = m.clone())))/>
            </div>
            {tallies}
            <div class="field full">
                <InlineField id=format!("{el}-result") label=ws.word(|t| t.vote_result)
                    value=Signal::derive(move || vote().result)
                    on_change=Callback::new(move |r: Rich| change(Box::new(move |v| v.result = r.clone())))/>
            </div>
        </div>
    }
    .into_any()
}
