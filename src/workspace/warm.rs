//! The memo reader made ready while the page is idle. A browser compiles WebAssembly a function
//! at a time when it is first called, and optimises a function only once it has run for a
//! while: the first memo imported after the page opens would otherwise run on freshly and
//! plainly compiled code (about twice as slow as the second import). A generated memo read and
//! written once, when nothing else is happening, does that beforehand; nothing is stored and
//! nothing on the page changes.

use muistio_core::format::Envelope;
use muistio_core::store::Info;
use muistio_core::store::restore_light;
use muistio_core::{Ids, Minutes};

/// The head of the memo: title, kind, time, place and attendee rows.
const HEAD: &str = "Hallituksen kokous\n\nMUISTIO\n\nAika: 5.2.2026 klo 17.00–18.30\n\n\
Paikka: Kulttuuritalo, Rovaniemi\n\nPaikalla:\n\nIda\tTirkkonen\tpuheenjohtaja\nTomi\tAho\tsihteeri\n\n";

/// An item's body: statements with a reply, a link, bullets, a decision, an action, an
/// attachment.
const ITEM: &str = "Tomi: Talousarvion luonnos on **liitteenä**. **Ida:** Näyttelyiden kulut \
[tarkistetaan](https://example.org).\n\nIda: Tiedotukseen varataan *enemmän* kuin viime vuonna.\n\n\
- Näyttelyt 1 200 €\n- Tiedotus 340 €\n\nSovittiin, että talousarvio hyväksytään.\n\n\
Tehtävä (Tomi, 12.2.): Päivitä verkkosivut.\n\nLiite: talousarvio.pdf\n\n";

/// How many items the memo has before its last (the next meeting): enough for the reader's
/// busiest code to run as long as a real memo makes it run.
const ITEMS: usize = 24;

/// The memo: its head, [`ITEMS`] items and the next meeting.
fn sample() -> String {
    let mut text = HEAD.to_string();
    for n in 1..=ITEMS {
        text.push_str(&format!("{n}. Asia {n}\n\n{ITEM}"));
    }
    let last = ITEMS + 1;
    text.push_str(&format!(
        "{last}. Seuraava kokous\n\nSeuraava kokous pidetään 5.3.2026 klo 17 kirjastolla.\n"
    ));
    text
}

/// Reads the generated memo and writes it as a draft is saved; returns what it read (for the
/// test that it still reaches every part of the reader).
pub fn warm_readers() -> Option<Minutes> {
    let doc = restore_light(sample().as_bytes(), &mut Ids::seeded(1)).ok()?.minutes;
    let stored = Envelope::stored(&doc, 0, 1, &[]);
    let _ = Info::of(&doc, 0, 1, stored.len()).to_json();
    Some(doc)
}
