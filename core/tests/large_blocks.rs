//! Paragraphs of hundreds of lines are escaped for Markdown in bulk (line by line would read the
//! whole block back once per line): random documents whose every text is repeated into such a
//! block still read back exactly.

mod common;

use common::{any_minutes, minutes, tidied, tidy, untimed};
use muistio_core::export::markdown;
use muistio_core::{restore, EntryKind, Ids, Minutes, Rich, Span};
use proptest::prelude::*;

/// `rich` repeated, one copy a line, until lines × bytes passes what is settled line by line.
fn enlarge(rich: &Rich) -> Rich {
    let plain = rich.to_plain();
    let (lines, bytes) = (plain.split('\n').count(), plain.len().max(1));
    let copies = ((1 << 18) as f64 / (lines * bytes) as f64).sqrt().ceil() as usize + 2;
    let mut spans: Vec<Span> = Vec::new();
    for k in 0..copies {
        if k > 0 {
            spans.push(Span::Text("\n".into()));
        }
        spans.extend(rich.spans().iter().cloned());
    }
    tidy(Rich::from(spans))
}

fn enlarged(doc: Minutes) -> Minutes {
    let mut doc = untimed(&doc);
    let entries = doc
        .intro
        .iter_mut()
        .chain(doc.items.iter_mut().flat_map(|i| i.entries.iter_mut()));
    for e in entries {
        match &mut e.kind {
            EntryKind::Paragraph { text } | EntryKind::Decision { text } | EntryKind::Action { text, .. } => {
                *text = enlarge(text)
            }
            EntryKind::Statement { text, replies, .. } => {
                *text = enlarge(text);
                replies.iter_mut().for_each(|r| r.text = enlarge(&r.text));
            }
            EntryKind::Bullets { items } => items.iter_mut().for_each(|i| *i = enlarge(i)),
            _ => {}
        }
    }
    doc
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn large_blocks_read_back_as_themselves(doc in minutes().prop_map(enlarged)) {
        let md = markdown(&doc);
        let back = restore(md.as_bytes(), &mut Ids::seeded(3)).unwrap().minutes;
        prop_assert_eq!(back.with_positional_ids(), doc.with_positional_ids(), "\n{}", md);
    }

    #[test]
    fn large_blocks_of_any_text_read_back_as_themselves(doc in any_minutes().prop_map(|d| enlarged(tidied(&d)))) {
        let doc = doc.with_positional_ids();
        let md = markdown(&doc);
        // What is larger than a memo may be is refused, not read.
        prop_assume!(md.len() <= muistio_core::import::decode::MAX_BYTES);
        let back = restore(md.as_bytes(), &mut Ids::seeded(3)).unwrap().minutes;
        prop_assert_eq!(back.with_positional_ids(), doc, "\n{}", md);
    }
}
