//! The memo reader made ready while the page is idle. A browser compiles WebAssembly a function
//! at a time when it is first called, and optimises a function only once it has run for a
//! while: the first memo imported after the page opens would otherwise run on freshly and
//! plainly compiled code (about twice as slow as the second import). A generated memo read once
//! and written as a save writes it a few times, when nothing else is happening, does that
//! beforehand for the import and the first autosave; nothing is stored and nothing on the page
//! changes. The codecs worker is started the same way, later, and makes and reads a Word and an
//! OpenDocument file of the memo once.

use crate::browser;
use crate::codecs::{make_ask, Answer, Ask};
use muistio_core::export::Format;
use muistio_core::format::Envelope;
use muistio_core::store::restore_light;
use muistio_core::store::Info;
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

/// How many times the memo is written as a draft is saved.
const SAVES: usize = 8;

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
    // A save runs on every pause in typing: its code is run until the browser optimises it.
    for _ in 0..SAVES {
        let stored = Envelope::stored(&doc, 0, 1, &[]);
        let _ = Info::of(&doc, 0, 1, stored.len()).to_json();
    }
    Some(doc)
}

/// Starts the codecs worker and has it make and read a Word and an OpenDocument file of the
/// generated memo: its module loaded and its code compiled before a person asks for a file.
pub async fn warm_codecs() {
    let Ok(restored) = restore_light(sample().as_bytes(), &mut Ids::seeded(1)) else {
        return;
    };
    for format in [Format::Docx, Format::Odt] {
        let ask = make_ask(&restored.minutes, None, 0, format, None, false);
        if let Ok((Answer::Made { .. }, bytes)) = browser::codecs::ask(&ask, None, None).await {
            let _ = browser::codecs::ask(&Ask::Read { seed: 1 }, Some(&bytes), None).await;
        }
    }
}
