//! Inline text on the page: bold, italic, links (only safe addresses become links).

use crate::workspace::Workspace;
use leptos::prelude::*;
use muistio_core::export::html::safe_url;
use muistio_core::{Rich, Span};
use std::ops::Not;

/// Plain text with its hard line breaks.
fn lines(text: &str) -> impl IntoView {
    let parts: Vec<String> = text.split('\n').map(String::from).collect();
    parts
        .into_iter()
        .enumerate()
        .map(|(i, part)| view! { {(i > 0).then(|| view! { <br/> })} {part} })
        .collect_view()
}

/// Renders one [`Rich`] text.
#[component]
pub fn RichText(
    /// The text.
    text: Rich,
    /// Links are shown as links but are not links (inside an entry that is edited on a click).
    #[prop(optional)]
    quiet_links: bool,
) -> impl IntoView {
    text.spans()
        .iter()
        .map(|span| match span.clone() {
            Span::Text(s) => lines(&s).into_any(),
            Span::Bold(s) => view! { <strong>{lines(&s)}</strong> }.into_any(),
            Span::Italic(s) => view! { <em>{lines(&s)}</em> }.into_any(),
            Span::Link { text, url } if quiet_links => {
                let title = match url.trim() {
                    "" | "#" => Workspace::get().t_untracked().missing_link.to_string(),
                    url => Workspace::get().t_untracked().link_to.with(&[url]),
                };
                view! { <span class="link-text" class:broken-link=safe_url(&url).not() title=title>{text}</span> }
                    .into_any()
            }
            Span::Link { text, url } if safe_url(&url) => {
                view! { <a href=url rel="noopener noreferrer" target="_blank">{text}</a> }.into_any()
            }
            Span::Link { text, url } => {
                let title = if url.trim().is_empty() || url.trim() == "#" {
                    Workspace::get().t_untracked().missing_link.to_string()
                } else {
                    url
                };
                view! { <span class="broken-link" title=title>{text}</span> }.into_any()
            }
        })
        .collect_view()
}
