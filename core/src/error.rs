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
}

impl ImportError {
    /// The message shown to the person, in their language.
    pub fn message(&self, lang: Lang) -> String {
        use ImportError::*;
        match (self, lang) {
            (Empty, Lang::Fi) => "Tiedosto tai liitetty teksti on tyhjä.".into(),
            (Empty, Lang::Sv) => "Filen eller den inklistrade texten är tom.".into(),
            (Empty, Lang::En) => "The file or pasted text is empty.".into(),
            (TooLarge { bytes, limit }, Lang::Fi) => format!("Tiedosto on liian suuri ({}). Muistioon mahtuu enintään {}.", size(*bytes), size(*limit)),
            (TooLarge { bytes, limit }, Lang::Sv) => format!("Filen är för stor ({}). Högst {} ryms.", size(*bytes), size(*limit)),
            (TooLarge { bytes, limit }, Lang::En) => format!("The file is too large ({}). At most {} fits.", size(*bytes), size(*limit)),
            (Binary, Lang::Fi) => "Tiedosto ei ole tekstiä. Avaa muistio tekstinä (.md tai .txt) tai liitä sen teksti.".into(),
            (Binary, Lang::Sv) => "Filen är inte text. Öppna anteckningarna som text (.md eller .txt) eller klistra in texten.".into(),
            (Binary, Lang::En) => "The file is not text. Open the minutes as text (.md or .txt) or paste the text.".into(),
            (Unsupported { what }, Lang::Fi) => format!("Tämä on {what}-tiedosto, jota Muistio ei vielä lue. Tallenna se tekstinä (.txt tai .md) tai kopioi ja liitä sen teksti."),
            (Unsupported { what }, Lang::Sv) => format!("Det här är en {what}-fil som Muistio inte läser ännu. Spara den som text (.txt eller .md) eller kopiera och klistra in texten."),
            (Unsupported { what }, Lang::En) => format!("This is a {what} file, which Muistio cannot read yet. Save it as text (.txt or .md) or copy and paste its text."),
            (ForeignJson, Lang::Fi) => "Tiedosto on JSON-muotoinen, mutta se ei ole Muistion tallenne.".into(),
            (ForeignJson, Lang::Sv) => "Filen är JSON men inte sparad av Muistio.".into(),
            (ForeignJson, Lang::En) => "The file is JSON but was not saved by Muistio.".into(),
            (TooNew { found }, Lang::Fi) => format!("Tiedosto on tallennettu Muistion uudemmalla versiolla (muoto {found}). Lataa sivu uudelleen saadaksesi uusimman version."),
            (TooNew { found }, Lang::Sv) => format!("Filen är sparad med en nyare Muistio (format {found}). Ladda om sidan för att få den senaste versionen."),
            (TooNew { found }, Lang::En) => format!("The file was saved by a newer Muistio (format {found}). Reload the page to get the latest version."),
            (Damaged { detail }, Lang::Fi) => format!("Muistion tallenne on vahingoittunut, eikä sitä voi avata ({detail})."),
            (Damaged { detail }, Lang::Sv) => format!("Den sparade filen är skadad och kan inte öppnas ({detail})."),
            (Damaged { detail }, Lang::En) => format!("The saved document is damaged and cannot be opened ({detail})."),
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
