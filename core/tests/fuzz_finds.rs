//! Inputs the fuzz targets (`fuzz.rs`, `tools/fuzz.sh`) found, kept as named tests once fixed.

use muistio_core::export::markdown;
use muistio_core::{restore, Id, Ids, Item, Minutes};

/// Reads `text`, writes its Markdown and reads that: the same document.
fn reads_back(text: &str) -> Minutes {
    let doc = restore(text.as_bytes(), &mut Ids::seeded(1))
        .unwrap()
        .minutes
        .with_positional_ids();
    let md = markdown(&doc);
    let back = restore(md.as_bytes(), &mut Ids::seeded(1))
        .unwrap()
        .minutes
        .with_positional_ids();
    assert_eq!(back, doc, "\n{md}");
    doc
}

#[test]
fn a_thousand_items_and_more_keep_their_numbers() {
    // The 1000th heading was written "## 1000. …" and read back as a title with its number.
    let doc = reads_back(&"# \u{2028}".repeat(1_100));
    assert!(doc.items.len() > 1_000);
    let mut doc = Minutes::default();
    for n in 0..1_005 {
        doc.items.push(Item::new(Id(n + 1), &format!("Asia {n}")));
    }
    let md = markdown(&doc);
    assert!(md.contains("\n1000. Asia 999\n"), "{}", &md[md.len() - 200..]);
    assert_eq!(reads_back(&md).items.len(), 1_005);
    // Written by a person, a line of four digits and a full stop is no first item.
    let text = restore("Kokous\n\n2024. Vuosi alkoi\n".as_bytes(), &mut Ids::seeded(1)).unwrap();
    assert!(text.minutes.items.is_empty());
}
