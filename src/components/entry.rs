//! One entry of an item, as the reader of the minutes sees it.

use super::rich::RichText;
use leptos::prelude::*;
use muistio_core::export::outline::Block;
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
        EntryKind::NextMeeting(next) if !next.sentence.is_empty() => {
            let text = muistio_core::export::outline::next_meeting_sentence(&next, lang);
            view! { <p class="next-meeting"><RichText text/></p> }.into_any()
        }
        EntryKind::NextMeeting(NextMeeting { when, zone, place, .. }) => view! {
            <p class="next-meeting">
                {muistio_core::model::zone::with_zone(&when.text(lang), &zone)}
                {(!place.is_empty()).then(|| view! { <br/>{place} })}
            </p>
        }
        .into_any(),
        // Decisions, proposals, actions, votes, dissents, attachments: marked with their label,
        // as every document marks them.
        kind => match muistio_core::export::outline::entry_blocks(&Entry { id: entry.id, kind }, lang) {
            Block::Marked { mark, label, text } => view! {
                <p class=mark.class()><span class="tag">{label}</span>" "<RichText text/></p>
            }
            .into_any(),
            _ => ().into_any(),
        },
    }
}
