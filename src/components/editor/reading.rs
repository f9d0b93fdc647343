//! An entry in the editor as the memo reads: the speaker in bold, replies indented below,
//! links shown as links, decisions and actions marked. A click, Enter or Tab makes it editable.

use crate::components::rich::RichText;
use crate::workspace::Workspace;
use leptos::prelude::*;
use muistio_core::edit::KindTag;
use muistio_core::labels::Lang;
use muistio_core::{Entry, EntryKind, NextMeeting};

/// The entry's text as it reads, in the document's language `lang`.
pub fn reading(entry: Entry, lang: Lang) -> AnyView {
    let words = lang.words();
    let ws = Workspace::get();
    let kind = KindTag::of(&entry.kind);
    let empty = entry.kind.plain_text().trim().trim_end_matches(':').trim().is_empty();
    if empty {
        let i = KindTag::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        return view! { <p class="empty-entry">{ws.t_untracked().entry_kinds[i]}</p> }.into_any();
    }
    match entry.kind {
        EntryKind::Paragraph { text } => view! { <p><RichText text quiet_links=true/></p> }.into_any(),
        EntryKind::Statement { speaker, text, replies } => view! {
            <p><strong class="speaker">{speaker}":"</strong>" "<RichText text quiet_links=true/></p>
            {replies.into_iter().enumerate().map(|(n, r)| view! {
                <p class="reply-read" data-reply=n.to_string()><strong class="speaker">{r.speaker}":"</strong>" "<RichText text=r.text quiet_links=true/></p>
            }).collect_view()}
        }
        .into_any(),
        EntryKind::Bullets { items } => view! {
            <ul>{items.into_iter().map(|text| view! { <li><RichText text quiet_links=true/></li> }).collect_view()}</ul>
        }
        .into_any(),
        EntryKind::Subheading { text } => view! { <p class="subheading-read">{text}</p> }.into_any(),
        EntryKind::Decision { text } => view! {
            <p class="decision"><span class="tag">{words.decision}</span>" "<RichText text quiet_links=true/></p>
        }
        .into_any(),
        EntryKind::Action { owner, due, text } => {
            let who = muistio_core::export::outline::who_and_when(&owner, due);
            view! {
                <p class="action">
                    <span class="tag">{words.action}</span>
                    {(!who.is_empty()).then(|| view! { " "<span class="who">"("{who}")"</span> })}
                    " "<RichText text quiet_links=true/>
                </p>
            }
            .into_any()
        }
        EntryKind::Proposal { text } => view! {
            <p class="proposal"><span class="tag">{words.proposal}</span>" "<RichText text quiet_links=true/></p>
        }
        .into_any(),
        EntryKind::Vote(vote) => {
            let lines = muistio_core::export::outline::vote_lines(&vote, lang);
            let head = match vote.method.is_empty() {
                true => words.vote[0].to_string(),
                false => format!("{} ({})", words.vote[0], vote.method),
            };
            view! { <p class="vote"><span class="tag">{head}</span>" "<RichText text=lines quiet_links=true/></p> }.into_any()
        }
        EntryKind::Dissent { who, text } => {
            let head = match who.is_empty() {
                true => words.dissent[1].to_string(),
                false => format!("{} ({who})", words.dissent[0]),
            };
            view! { <p class="dissent"><span class="tag">{head}</span>" "<RichText text quiet_links=true/></p> }.into_any()
        }
        EntryKind::Attachment { name } => view! {
            <p class="attachment"><span class="tag">{words.attachment}</span>" "{name}</p>
        }
        .into_any(),
        EntryKind::NextMeeting(NextMeeting { when, place }) => view! {
            <p class="next-meeting">{when.text(lang)}{(!place.is_empty()).then(|| view! { <br/>{place} })}</p>
        }
        .into_any(),
    }
}
