//! The open document, laid out as the minutes read: header, attendee tables, numbered items.

use super::entry::EntryView;
use crate::workspace::Workspace;
use leptos::prelude::*;
use muistio_core::labels::Words;
use muistio_core::{Attendee, Minutes};

/// A table of attendees under its heading.
#[component]
fn AttendeeTable(
    /// Heading ("Paikalla").
    heading: &'static str,
    /// Element id of the heading, for the table's accessible name.
    heading_id: &'static str,
    /// The document's words (the column headings).
    words: &'static Words,
    /// The people.
    people: Vec<Attendee>,
) -> impl IntoView {
    view! {
        <section class="attendees" aria-labelledby=heading_id>
            <h3 id=heading_id>{heading}</h3>
            <table aria-labelledby=heading_id>
                <thead>
                    <tr>
                        <th scope="col">{words.person[0]}</th>
                        <th scope="col">{words.person[1]}</th>
                    </tr>
                </thead>
                <tbody>
                    {people
                        .into_iter()
                        .map(|a| {
                            view! {
                                <tr>
                                    <td>{a.full_name()}</td>
                                    <td>{a.organisations.join(", ")}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </section>
    }
}

/// The whole document, read-only.
#[component]
pub fn DocumentView(
    /// The document.
    minutes: Minutes,
) -> impl IntoView {
    let Minutes {
        header,
        attendees,
        intro,
        items,
    } = minutes;
    let lang = header.lang;
    let words = lang.words();
    let kind = match header.number.is_empty() {
        true => words.kind(header.kind).to_string(),
        false => format!("{} {}", words.kind(header.kind), header.number),
    };
    let time = muistio_core::model::zone::with_zone(&header.when.text(lang), &header.zone);
    let (absent, present): (Vec<Attendee>, Vec<Attendee>) = attendees.into_iter().partition(|a| a.absent);
    let title = if header.title.is_empty() {
        Workspace::get().t_untracked().untitled.to_string()
    } else {
        header.title.clone()
    };
    view! {
        <article class="document" lang=lang.code() aria-labelledby="doc-title">
            <header class="doc-header">
                <p class="doc-kind">{kind}</p>
                {(!header.subtitle.is_empty()).then(|| view! { <p class="doc-kind doc-subtitle">{header.subtitle.clone()}</p> })}
                <h2 id="doc-title">{title}</h2>
                <dl class="doc-facts">
                    {(!time.is_empty()).then(|| view! { <dt>{words.when}</dt><dd>{time}</dd> })}
                    {(!header.place.is_empty()).then(|| view! { <dt>{words.place}</dt><dd>{header.place.clone()}</dd> })}
                </dl>
            </header>
            {(!present.is_empty()).then(|| view! { <AttendeeTable heading=words.present heading_id="present-heading" words people=present/> })}
            {(!absent.is_empty()).then(|| view! { <AttendeeTable heading=words.absent heading_id="absent-heading" words people=absent/> })}
            {intro.into_iter().map(|entry| view! { <EntryView entry lang/> }).collect_view()}
            <ol class="items">
                {items
                    .into_iter()
                    .enumerate()
                    .map(|(n, item)| {
                        view! {
                            <li class="item">
                                <h3><span class="number">{header.item_number(n)}" "</span>{item.title.clone()}
                                    {item.confidential.then(|| view! { " "<span class="confidential">"("{words.confidential[0]}")"</span> })}</h3>
                                {item.entries.into_iter().map(|entry| view! { <EntryView entry lang/> }).collect_view()}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </article>
    }
}
