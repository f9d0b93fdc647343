//! Why an input could not become a document, in words a person understands.

use crate::labels::Lang;
use std::fmt;

/// An input that could not be restored. Nothing stored is touched when this is returned.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum ImportError {
    /// The file or pasted text has nothing in it.
    Empty,
    /// Larger than Muistio takes in one document.
    TooLarge {
        /// Size of the input in bytes.
        bytes: usize,
        /// The largest accepted size in bytes.
        limit: usize,
    },
    /// Not text: an image, a program, a damaged file.
    Binary,
    /// A known file type that Muistio does not read (yet): PDF, a zip-based office document…
    Unsupported {
        /// What the file appears to be, e.g. "PDF".
        what: &'static str,
    },
    /// JSON, but not a Muistio document.
    ForeignJson,
    /// Saved by a newer Muistio than this one.
    TooNew {
        /// The version in the file.
        found: u64,
    },
    /// A Muistio document whose contents are damaged.
    Damaged {
        /// The technical reason, for a bug report.
        detail: String,
    },
    /// A packed file (Word, OpenDocument) that would unpack to more than Muistio takes: a zip
    /// or deflate bomb, or a document with more text, or a larger draft, than one memo holds.
    Expands {
        /// The most that may be unpacked, in bytes.
        limit: usize,
    },
    /// A packed file listing more parts than any document has.
    TooManyParts {
        /// Parts the file lists.
        count: usize,
        /// The most parts accepted.
        limit: usize,
    },
    /// A packed file whose parts share bytes, as harmful files are made.
    Overlapping,
    /// A document whose elements nest deeper than any real document.
    TooDeep {
        /// The deepest nesting accepted.
        limit: usize,
    },
    /// A document with an element carrying more attributes than any real document.
    TooManyAttributes {
        /// The most attributes accepted on one element.
        limit: usize,
    },
}

impl ImportError {
    /// The message shown to the person, in their language.
    pub fn message(&self, lang: Lang) -> String {
        use ImportError::*;
        match (self, lang) {
            (Empty, Lang::Fi) => "Tiedosto tai liitetty teksti on tyhjä.".into(),
            (Empty, Lang::Sv) => "Filen eller den inklistrade texten är tom.".into(),
            (Empty, Lang::En) => "The file or pasted text is empty.".into(),
            (TooLarge { bytes, limit }, Lang::Fi) => format!(
                "Tiedosto on liian suuri ({}). Muistioon mahtuu enintään {}.",
                size(*bytes),
                size(*limit)
            ),
            (TooLarge { bytes, limit }, Lang::Sv) => {
                format!("Filen är för stor ({}). Högst {} ryms.", size(*bytes), size(*limit))
            }
            (TooLarge { bytes, limit }, Lang::En) => format!(
                "The file is too large ({}). At most {} fits.",
                size(*bytes),
                size(*limit)
            ),
            (Binary, Lang::Fi) => {
                "Tiedosto ei ole tekstiä. Avaa muistio tekstinä (.md tai .txt) tai liitä sen teksti.".into()
            }
            (Binary, Lang::Sv) => {
                "Filen är inte text. Öppna anteckningarna som text (.md eller .txt) eller klistra in texten.".into()
            }
            (Binary, Lang::En) => {
                "The file is not text. Open the minutes as text (.md or .txt) or paste the text.".into()
            }
            (Unsupported { what }, Lang::Fi) => format!(
                "Tämä on {what}-tiedosto, jota Muistio ei vielä lue. \
                 Tallenna se tekstinä (.txt tai .md) tai kopioi ja liitä sen teksti."
            ),
            (Unsupported { what }, Lang::Sv) => format!(
                "Det här är en {what}-fil som Muistio inte läser ännu. \
                 Spara den som text (.txt eller .md) eller kopiera och klistra in texten."
            ),
            (Unsupported { what }, Lang::En) => format!(
                "This is a {what} file, which Muistio cannot read yet. \
                 Save it as text (.txt or .md) or copy and paste its text."
            ),
            (ForeignJson, Lang::Fi) => "Tiedosto on JSON-muotoinen, mutta se ei ole Muistion tallenne.".into(),
            (ForeignJson, Lang::Sv) => "Filen är JSON men inte sparad av Muistio.".into(),
            (ForeignJson, Lang::En) => "The file is JSON but was not saved by Muistio.".into(),
            (TooNew { found }, Lang::Fi) => format!(
                "Tiedosto on tallennettu Muistion uudemmalla versiolla (muoto {found}). \
                 Lataa sivu uudelleen saadaksesi uusimman version."
            ),
            (TooNew { found }, Lang::Sv) => format!(
                "Filen är sparad med en nyare Muistio (format {found}). \
                 Ladda om sidan för att få den senaste versionen."
            ),
            (TooNew { found }, Lang::En) => format!(
                "The file was saved by a newer Muistio (format {found}). \
                 Reload the page to get the latest version."
            ),
            (Damaged { detail }, Lang::Fi) => {
                format!("Muistion tallenne on vahingoittunut, eikä sitä voi avata ({detail}).")
            }
            (Damaged { detail }, Lang::Sv) => format!("Den sparade filen är skadad och kan inte öppnas ({detail})."),
            (Damaged { detail }, Lang::En) => format!("The saved document is damaged and cannot be opened ({detail})."),
            (Expands { limit }, Lang::Fi) => format!(
                "Tiedosto purkautuisi liian suureksi: sen sisältö olisi yli {}. Muistio ei avaa sitä.",
                size(*limit)
            ),
            (Expands { limit }, Lang::Sv) => format!(
                "Filen skulle packas upp till för mycket: innehållet skulle bli över {}. Muistio öppnar den inte.",
                size(*limit)
            ),
            (Expands { limit }, Lang::En) => format!(
                "The file would unpack to too much: its contents would exceed {}. Muistio does not open it.",
                size(*limit)
            ),
            (TooManyParts { count, limit }, Lang::Fi) => format!(
                "Tiedostossa on liian monta osaa ({count}). Muistio avaa tiedostoja, joissa on enintään {limit} osaa."
            ),
            (TooManyParts { count, limit }, Lang::Sv) => {
                format!("Filen har för många delar ({count}). Muistio öppnar filer med högst {limit} delar.")
            }
            (TooManyParts { count, limit }, Lang::En) => {
                format!("The file has too many parts ({count}). Muistio opens files of at most {limit} parts.")
            }
            (Overlapping, Lang::Fi) => {
                "Tiedoston osat on pakattu päällekkäin, kuten vahingollisissa tiedostoissa. Muistio ei avaa sitä."
                    .into()
            }
            (Overlapping, Lang::Sv) => {
                "Filens delar är packade ovanpå varandra, som i skadliga filer. Muistio öppnar den inte.".into()
            }
            (Overlapping, Lang::En) => {
                "The file's parts are packed on top of each other, as in harmful files. Muistio does not open it."
                    .into()
            }
            (TooDeep { limit }, Lang::Fi) => {
                format!("Tiedoston rakenne on liian syvä (yli {limit} sisäkkäistä tasoa). Muistio ei avaa sitä.")
            }
            (TooDeep { limit }, Lang::Sv) => {
                format!("Filens struktur är för djup (över {limit} nivåer i varandra). Muistio öppnar den inte.")
            }
            (TooDeep { limit }, Lang::En) => format!(
                "The file's structure is too deep (over {limit} levels inside each other). Muistio does not open it."
            ),
            (TooManyAttributes { limit }, Lang::Fi) => {
                format!("Tiedostossa on osa, jolla on yli {limit} määrettä. Muistio ei avaa sitä.")
            }
            (TooManyAttributes { limit }, Lang::Sv) => {
                format!("Filen har en del med över {limit} attribut. Muistio öppnar den inte.")
            }
            (TooManyAttributes { limit }, Lang::En) => {
                format!("The file has a part with over {limit} attributes. Muistio does not open it.")
            }
        }
    }
}

fn size(bytes: usize) -> String {
    if bytes >= 1 << 20 {
        format!("{:.1} MB", bytes as f64 / (1 << 20) as f64)
    } else {
        format!("{} kB", bytes.div_ceil(1 << 10))
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ImportError {}
