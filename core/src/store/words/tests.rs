use super::*;
use crate::model::{Attendee, Entry, EntryKind, Id, Item, NextMeeting, Reply, Rich, Span, Tally, Vote};
use std::collections::HashSet;

/// The words found the plain way: each part's whole text lower-cased, split, each word once.
fn reference(doc: &Minutes) -> String {
    let parts = std::iter::once(doc.header.place.clone())
        .chain(
            doc.attendees
                .iter()
                .flat_map(|a| [a.first_names.clone(), a.last_name.clone()]),
        )
        .chain(doc.items.iter().map(|i| i.title.clone()))
        .chain(doc.entries().map(|(_, e)| e.kind.plain_text()));
    let mut seen = HashSet::new();
    let mut words = String::new();
    for part in parts {
        let lower = part.to_lowercase();
        for word in lower
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
        {
            if words.len() + word.len() >= WORDS {
                return words;
            }
            if seen.insert(word.to_string()) {
                if !words.is_empty() {
                    words.push(' ');
                }
                words.push_str(word);
            }
        }
    }
    words
}

/// The same numbers on every run.
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }

    /// `text` as runs of every style, cut at random characters (a word may go on from a plain
    /// run into a bold one).
    fn rich(&mut self, text: &str) -> Rich {
        let mut spans = Vec::new();
        let mut run = String::new();
        for c in text.chars() {
            run.push(c);
            if self.below(7) == 0 {
                spans.push(self.styled(std::mem::take(&mut run)));
            }
        }
        spans.push(self.styled(run));
        Rich::from(spans)
    }

    /// A sentence of `n` words as runs of every style.
    fn said(&mut self, words: &[&str], n: usize) -> Rich {
        let text = self.sentence(words, n);
        self.rich(&text)
    }

    fn styled(&mut self, text: String) -> Span {
        match self.below(4) {
            0 => Span::Bold(text),
            1 => Span::Italic(text),
            2 => Span::Link {
                text,
                url: "https://example.org".into(),
            },
            _ => Span::Text(text),
        }
    }

    /// A sentence of `n` words from `words`, with what people put between words.
    fn sentence(&mut self, words: &[&str], n: usize) -> String {
        let mut s = String::new();
        for _ in 0..n {
            s.push_str(self.pick(words));
            s.push_str(self.pick(&[" ", " ", " ", ", ", ". ", " – ", "\n", "\u{a0}", "/", "’", ": "]));
        }
        s
    }
}

const FI: &[&str] = &[
    "Aino",
    "Päätettiin",
    "hyväksyä",
    "talousarvio",
    "vuodelle",
    "2026",
    "ICT-hanke",
    "etenee",
    "Ääni",
    "ÖLJY",
    "kokous",
    "Seuraava",
    "pidetään",
    "kirjastolla",
    "§",
    "3",
    "klo",
    "17.30",
    "e-kirja",
];
const SV: &[&str] = &[
    "Beslut",
    "godkändes",
    "Årsmöte",
    "Styrelsen",
    "föreslår",
    "ÄNDRING",
    "Öppet",
    "hus",
    "Bilaga",
    "röstade",
    "för",
    "nej",
    "avstod",
    "Åbo-mötet",
    "STRASSE",
    "Straße",
];
const EN: &[&str] = &[
    "Decision", "approved", "The", "board", "AGREED", "to", "co-op", "budget", "Mr.", "Smith's", "ACTION", "Due",
    "next", "meeting", "Q3", "x²", "Ⅻ",
];
/// Characters whose lower case is longer, shorter or depends on the letters around it.
const ODD: &[&str] = &[
    "ΟΔΥΣΣΕΑΣ",
    "ΣΑΣ.Β",
    "Σ",
    "λόγος",
    "İstanbul",
    "ẞ",
    "ǅemal",
    "ﬁnal",
    "Ωmega",
    "Москва",
    "e\u{301}te",
    "🎉",
    "-",
    "--",
    "ΑΣ'Β",
    "\u{130}",
];

/// A meeting of `statements` statements (with lists, decisions, actions, votes and the next
/// meeting among them) whose words are drawn from `words`.
fn meeting(words: &[&str], statements: usize, dice: &mut Dice) -> Minutes {
    let mut doc = Minutes::default();
    doc.header.place = dice.sentence(words, 3);
    for n in 0..64 {
        doc.attendees
            .push(Attendee::new(Id(n), dice.pick(words), dice.pick(words)));
    }
    let mut next = 100;
    let mut id = || {
        next += 1;
        Id(next)
    };
    for n in 0..statements {
        if n % 15 == 0 {
            let title = dice.sentence(words, 2);
            doc.items.push(Item::new(id(), &title));
        }
        let kind = match n % 9 {
            0 => EntryKind::Bullets {
                items: vec![dice.said(words, 4), Rich::default()],
            },
            1 => EntryKind::Decision {
                text: dice.said(words, 8),
            },
            2 => EntryKind::Action {
                owner: dice.pick(words).into(),
                due: None,
                text: Rich::plain("x"),
                done: false,
            },
            3 => EntryKind::Vote(Vote {
                question: dice.said(words, 5),
                ayes: Tally::of(&[dice.pick(words), dice.pick(words)]),
                noes: Tally::of(&[dice.pick(words)]),
                result: dice.said(words, 3),
                ..Vote::default()
            }),
            4 => EntryKind::NextMeeting(NextMeeting {
                place: dice.sentence(words, 2),
                ..NextMeeting::default()
            }),
            5 => EntryKind::Subheading {
                text: dice.sentence(words, 2),
            },
            _ => EntryKind::Statement {
                speaker: dice.pick(words).into(),
                text: dice.said(words, 12),
                replies: vec![Reply {
                    speaker: dice.pick(words).into(),
                    text: dice.said(words, 4),
                }],
            },
        };
        let entry = Entry { id: id(), kind };
        doc.items.last_mut().expect("an item").entries.push(entry);
    }
    doc
}

#[test]
fn a_long_repetitive_meeting_gives_the_words_of_the_plain_reading() {
    let mut dice = Dice(12);
    let mixed: Vec<&str> = [FI, SV, EN, ODD].concat();
    for words in [FI, SV, EN, &mixed] {
        let doc = meeting(words, 630, &mut dice);
        let found = of(&doc);
        assert_eq!(found, reference(&doc));
        // The list stopped growing long before the end: the whole text was read.
        assert!(found.len() < WORDS / 2, "{}", found.len());
    }
}

#[test]
fn a_meeting_of_many_words_stops_where_the_plain_reading_does() {
    let many: Vec<String> = (0..3_000).map(|n| format!("Sana{n}")).collect();
    let many: Vec<&str> = many.iter().map(String::as_str).chain(ODD.iter().copied()).collect();
    let mut dice = Dice(7);
    let doc = meeting(&many, 630, &mut dice);
    let found = of(&doc);
    assert_eq!(found, reference(&doc));
    assert!(found.len() > WORDS - 20, "{}", found.len());
}

#[test]
fn any_characters_give_the_words_of_the_plain_reading() {
    let mut dice = Dice(3);
    let pieces: Vec<&str> = [
        ODD,
        &[
            "a", "B", "ä", "Ö", "1", " ", ".", "\n", "'", "·", "_", "\u{345}", "\u{307}",
        ],
    ]
    .concat();
    for _ in 0..300 {
        let doc = meeting(&pieces, 40, &mut dice);
        assert_eq!(of(&doc), reference(&doc));
    }
}
