//! An entry in the editor as the memo reads: the speaker in bold, replies indented below,
//! links shown as links, decisions and actions marked. A click, Enter or Tab makes it editable.

use crate::components::rich::RichText;
use crate::workspace::Workspace;
use leptos::prelude::*;
use muistio_core::edit::KindTag;
use muistio_core::export::outline::Block;
use muistio_core::labels::Lang;
use muistio_core::{Entry, EntryKind, NextMeeting};

/// The entry's text as it reads, in the document's language `lang`.
pub fn reading(entry: Entry, lang: Lang) -> AnyView {
    let ws = Workspace::get();
    let kind = KindTag::of(&entry.kind);
    let empty = entry.kind.plain_text().trim().trim_end_matches(':').trim().is_empty();
    if empty {
        return view! { <p class="empty-entry">{ws.t_untracked().entry_kinds[kind.index()]}</p> }.into_any();
    }
    match entry.kind {
        EntryKind::Paragraph { text } => view! { <p><RichText text quiet_links=true/></p> }.into_any(),
        EntryKind::Statement { speaker, text, replies } => view! {
            <p><strong class="speaker">{speaker}":"</strong>" "<RichText text quiet_links=true/></p>
            {replies.into_iter().enumerate().map(|(n, r)| view! {
                <p class="reply-read" data-reply=n.to_string()>
                    <strong class="speaker">{r.speaker}":"</strong>" "<RichText text=r.text quiet_links=true/>
                </p>
            }).collect_view()}
        }
        .into_any(),
        EntryKind::Bullets { items } => view! {
            <ul>{items.into_iter().map(|text| view! { <li><RichText text quiet_links=true/></li> }).collect_view()}</ul>
        }
        .into_any(),
        EntryKind::Subheading { text } => view! { <p class="subheading-read">{text}</p> }.into_any(),
        EntryKind::NextMeeting(next) if !next.sentence.is_empty() => {
            let text = muistio_core::export::outline::next_meeting_sentence(&next, lang);
            view! { <p class="next-meeting"><RichText text quiet_links=true/></p> }.into_any()
        }
        EntryKind::NextMeeting(NextMeeting { when, zone, place, .. }) => {
            let when = muistio_core::model::zone::with_zone(&when.text(lang), &zone);
            let place = (!place.is_empty()).then(|| view! { <br/>{place} });
            view! { <p class="next-meeting">{when}{place}</p> }.into_any()
        }
        // Decisions, proposals, actions, votes, dissents, attachments: marked with their label,
        // as every document marks them.
        kind => match muistio_core::export::outline::entry_blocks(&Entry { id: entry.id, kind }, lang) {
            Block::Marked { mark, label, text } => view! {
                <p class=mark.class()><span class="tag">{label}</span>" "<RichText text quiet_links=true/></p>
            }
            .into_any(),
            _ => ().into_any(),
        },
    }
}
