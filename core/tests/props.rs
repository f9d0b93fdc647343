//! Property tests: random documents survive Markdown and JSON, and random input never breaks
//! the reader.

mod common;

use common::{minutes, untimed, words};
use muistio_core::export::{export, markdown, Format};
use muistio_core::{restore, Ids};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn markdown_round_trip_keeps_the_content(doc in minutes().prop_map(|d| untimed(&d))) {
        let md = markdown(&doc);
        let back = restore(md.as_bytes(), &mut Ids::seeded(3)).unwrap().minutes;
        prop_assert_eq!(back.with_positional_ids(), doc.with_positional_ids(), "\n{}", md);
    }

    #[test]
    fn json_round_trip_is_exact(doc in minutes()) {
        let file = export(&doc, Format::Json, 5).unwrap();
        let back = restore(&file.bytes, &mut Ids::seeded(3)).unwrap();
        prop_assert_eq!(back.minutes, doc);
    }

    #[test]
    fn any_text_reads_and_reads_again_the_same(text in "(?s).{0,400}") {
        if let Ok(first) = restore(text.as_bytes(), &mut Ids::seeded(1)) {
            let md = markdown(&first.minutes);
            let second = restore(md.as_bytes(), &mut Ids::seeded(1)).unwrap().minutes;
            prop_assert!(second.same_content(&first.minutes), "\n{}\n---\n{}", text, md);
        }
    }

    #[test]
    fn syntax_soup_reads_and_reads_again_the_same(lines in prop::collection::vec(words(10), 1..25)) {
        let text = lines.join("\n");
        if let Ok(first) = restore(text.as_bytes(), &mut Ids::seeded(1)) {
            let md = markdown(&first.minutes);
            let second = restore(md.as_bytes(), &mut Ids::seeded(1)).unwrap().minutes;
            prop_assert!(second.same_content(&first.minutes), "\n{}\n---\n{}", text, md);
        }
    }

    #[test]
    fn any_bytes_are_refused_or_read_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = restore(&bytes, &mut Ids::seeded(1));
    }
}
