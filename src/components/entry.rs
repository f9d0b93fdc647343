//! One entry of an item, as the reader of the minutes sees it.

use super::rich::RichText;
use leptos::prelude::*;
use muistio_core::labels::Lang;
use muistio_core::{Entry, EntryKind, NextMeeting};

/// Renders an entry in the document's language `lang`.
#[component]
pub fn EntryView(
    /// The entry.
    entry: Entry,
    /// The document's language (labels such as "Päätös").
    lang: Lang,
) -> impl IntoView {
    let words = lang.words();
    match entry.kind {
        EntryKind::Paragraph { text } => view! { <p><RichText text/></p> }.into_any(),
        EntryKind::Statement { speaker, text, replies } => view! {
            <p class="statement">
                <strong class="speaker">{speaker}":"</strong>" "<RichText text/>
                {replies.into_iter().map(|r| view! { " "<strong class="speaker">{r.speaker}":"</strong>" "<RichText text=r.text/> }).collect_view()}
            </p>
        }
        .into_any(),
        EntryKind::Bullets { items } => view! {
            <ul>{items.into_iter().map(|text| view! { <li><RichText text/></li> }).collect_view()}</ul>
        }
        .into_any(),
        EntryKind::Subheading { text } => view! { <h4>{text}</h4> }.into_any(),
        EntryKind::Decision { text } => view! {
            <p class="decision"><span class="tag">{words.decision}</span>" "<RichText text/></p>
        }
        .into_any(),
        EntryKind::Action { owner, due, text } => {
            let who = muistio_core::export::outline::who_and_when(&owner, due);
            view! {
                <p class="action">
                    <span class="tag">{words.action}</span>
                    {(!who.is_empty()).then(|| view! { " "<span class="who">"("{who}")"</span> })}
                    " "<RichText text/>
                </p>
            }
            .into_any()
        }
        EntryKind::Proposal { text } => view! {
            <p class="proposal"><span class="tag">{words.proposal}</span>" "<RichText text/></p>
        }
        .into_any(),
        EntryKind::Vote(vote) => {
            let lines = muistio_core::export::outline::vote_lines(&vote, lang);
            let head = match vote.method.is_empty() {
                true => words.vote[0].to_string(),
                false => format!("{} ({})", words.vote[0], vote.method),
            };
            view! { <p class="vote"><span class="tag">{head}</span>" "<RichText text=lines/></p> }.into_any()
        }
        EntryKind::Dissent { who, text } => {
            let head = match who.is_empty() {
                true => words.dissent[1].to_string(),
                false => format!("{} ({who})", words.dissent[0]),
            };
            view! { <p class="dissent"><span class="tag">{head}</span>" "<RichText text/></p> }.into_any()
        }
        EntryKind::Attachment { name } => view! {
            <p class="attachment"><span class="tag">{words.attachment}</span>" "{name}</p>
        }
        .into_any(),
        EntryKind::NextMeeting(NextMeeting { when, place }) => view! {
            <p class="next-meeting">
                {when.text(lang)}
                {(!place.is_empty()).then(|| view! { <br/>{place} })}
            </p>
        }
        .into_any(),
    }
}
