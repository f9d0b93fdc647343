//! Changing an entry's kind while keeping its words: a paragraph into a statement, a statement
//! into an action (the speaker becomes the owner), a paragraph into a bullet list (one bullet per
//! line)…

use super::KindTag;
use crate::export::outline::{statement, vote_lines};
use crate::import::{body, next, when};
use crate::labels::Lang;
use crate::model::{EntryKind, NextMeeting, Rich, Span, Vote};

/// All the words of an entry as one text ("Ida: … Minna: …" for a statement).
fn words(kind: &EntryKind, lang: Lang) -> Rich {
    let mut spans = Vec::new();
    match kind {
        EntryKind::Paragraph { text } | EntryKind::Decision { text } | EntryKind::Proposal { text } => {
            spans.extend(text.spans().iter().cloned())
        }
        EntryKind::Statement { speaker, text, replies } => {
            spans.extend(statement(speaker, text, replies).spans().iter().cloned())
        }
        EntryKind::Bullets { items } => {
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    spans.push(Span::Text("\n".into()));
                }
                spans.extend(item.spans().iter().cloned());
            }
        }
        EntryKind::Subheading { text } | EntryKind::Attachment { name: text } => spans.push(Span::Text(text.clone())),
        EntryKind::Action { owner, due, text, .. } => {
            let who: Vec<String> = [(!owner.is_empty()).then(|| owner.clone()), due.map(|d| d.dotted())]
                .into_iter()
                .flatten()
                .collect();
            if !who.is_empty() {
                spans.push(Span::Text(format!("{}: ", who.join(", "))));
            }
            spans.extend(text.spans().iter().cloned());
        }
        EntryKind::NextMeeting(next) if !next.sentence.is_empty() => {
            spans.extend(next.sentence.spans().iter().cloned())
        }
        EntryKind::NextMeeting(next) => {
            let parts: Vec<String> = [next.when.text(lang), next.place.clone()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            spans.push(Span::Text(parts.join(", ")));
        }
        EntryKind::Vote(vote) => spans.extend(vote_lines(vote, lang).spans().iter().cloned()),
        EntryKind::Dissent { who, text } => {
            if !who.is_empty() {
                spans.push(Span::Text(format!("{who}: ")));
            }
            spans.extend(text.spans().iter().cloned());
        }
    }
    Rich::from(spans).tidy()
}

fn one_line(rich: &Rich) -> String {
    rich.to_plain().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `kind` as an entry of kind `to`, keeping its words. Converting to its own kind changes nothing.
pub fn convert(kind: &EntryKind, to: KindTag, lang: Lang) -> EntryKind {
    if KindTag::of(kind) == to {
        return kind.clone();
    }
    let text = words(kind, lang);
    match to {
        KindTag::Paragraph => EntryKind::Paragraph { text },
        KindTag::Decision => EntryKind::Decision { text },
        KindTag::Proposal => EntryKind::Proposal { text },
        KindTag::Statement => match kind {
            EntryKind::Action { owner, text, .. } => EntryKind::Statement {
                speaker: owner.clone(),
                text: text.clone(),
                replies: vec![],
            },
            _ => match body::read_paragraph(&crate::inline::render(&text, false), &body::Context::default()) {
                body::Read::Entry(statement @ EntryKind::Statement { .. }) => statement,
                _ => EntryKind::Statement {
                    speaker: String::new(),
                    text,
                    replies: vec![],
                },
            },
        },
        KindTag::Action => match kind {
            EntryKind::Statement { speaker, text, replies } if replies.is_empty() => EntryKind::Action {
                owner: speaker.clone(),
                due: None,
                text: text.clone(),
                done: false,
            },
            _ => EntryKind::Action {
                owner: String::new(),
                due: None,
                text,
                done: false,
            },
        },
        KindTag::Bullets => {
            let plain_lines = text.to_plain();
            let items = if plain_lines.contains('\n') {
                plain_lines.split('\n').map(Rich::plain).collect()
            } else {
                vec![text]
            };
            EntryKind::Bullets { items }
        }
        KindTag::Vote => EntryKind::Vote(Vote {
            question: text,
            ..Vote::default()
        }),
        KindTag::Dissent => match kind {
            EntryKind::Statement { speaker, text, replies } if replies.is_empty() => EntryKind::Dissent {
                who: speaker.clone(),
                text: text.clone(),
            },
            EntryKind::Action { owner, text, .. } => EntryKind::Dissent {
                who: owner.clone(),
                text: text.clone(),
            },
            _ => EntryKind::Dissent {
                who: String::new(),
                text,
            },
        },
        KindTag::Subheading => EntryKind::Subheading { text: one_line(&text) },
        KindTag::Attachment => EntryKind::Attachment { name: one_line(&text) },
        KindTag::NextMeeting => {
            let line = one_line(&text);
            if let Some(next) = next::read(&line, None, lang) {
                return EntryKind::NextMeeting(next);
            }
            match when::parse(&line) {
                Some(when) => EntryKind::NextMeeting(NextMeeting {
                    when,
                    ..NextMeeting::default()
                }),
                None => EntryKind::NextMeeting(NextMeeting {
                    place: line,
                    ..NextMeeting::default()
                }),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Reply;

    fn para(s: &str) -> EntryKind {
        EntryKind::Paragraph { text: Rich::plain(s) }
    }

    #[test]
    fn every_kind_has_the_code_the_saved_format_gives_it() {
        for tag in KindTag::ALL {
            assert_eq!(KindTag::from_code(tag.code()), Some(tag));
        }
        let entry = crate::model::Entry {
            id: crate::model::Id(1),
            kind: convert(&para("Päätettiin."), KindTag::NextMeeting, Lang::Fi),
        };
        let json = serde_json::to_value(&entry).unwrap();
        assert_eq!(json["kind"], KindTag::NextMeeting.code());
    }

    #[test]
    fn words_survive_every_conversion() {
        let statement = EntryKind::Statement {
            speaker: "Ida".into(),
            text: Rich::plain("Nousiko esille?"),
            replies: vec![Reply {
                speaker: "Minna".into(),
                text: Rich::plain("Ei."),
            }],
        };
        let as_para = convert(&statement, KindTag::Paragraph, Lang::Fi);
        assert_eq!(as_para.plain_text(), "Ida: Nousiko esille? Minna: Ei.");
        assert_eq!(convert(&as_para, KindTag::Statement, Lang::Fi), statement, "and back");
        for to in KindTag::ALL {
            let converted = convert(&statement, to, Lang::Fi);
            assert_eq!(KindTag::of(&converted), to);
            let text = converted.plain_text();
            assert!(
                text.contains("Nousiko esille?") || matches!(to, KindTag::Statement),
                "{to:?}: {text}"
            );
        }
    }

    #[test]
    fn natural_conversions() {
        let s = EntryKind::Statement {
            speaker: "Marjaana".into(),
            text: Rich::plain("Kutsu tulossa."),
            replies: vec![],
        };
        assert_eq!(
            convert(&s, KindTag::Action, Lang::Fi),
            EntryKind::Action {
                owner: "Marjaana".into(),
                due: None,
                text: Rich::plain("Kutsu tulossa."),
                done: false,
            }
        );
        assert_eq!(
            convert(&para("a\nb"), KindTag::Bullets, Lang::Fi),
            EntryKind::Bullets {
                items: vec![Rich::plain("a"), Rich::plain("b")]
            }
        );
        let next = convert(&para("25.3.2026 klo 9.00–11.30"), KindTag::NextMeeting, Lang::Fi);
        assert!(matches!(next, EntryKind::NextMeeting(n) if n.when.date.is_some() && n.place.is_empty()));
        assert_eq!(
            convert(&para("Ideoita:"), KindTag::Subheading, Lang::Fi),
            EntryKind::Subheading {
                text: "Ideoita:".into()
            }
        );
    }
}
