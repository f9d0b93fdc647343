//! The interface's words, in one place so that the interface can later speak Swedish and
//! English as well. (The document's own words are in `muistio_core::labels`.)

use muistio_core::labels::Lang;

/// The language the interface speaks today.
pub const UI_LANG: Lang = Lang::Fi;

pub const APP_NAME: &str = "Muistio";
pub const TAGLINE: &str = "Kokousmuistiot selaimessa – tallentuu vain tälle laitteelle";
pub const OPEN_FILE: &str = "Avaa tiedosto…";
pub const OPEN_FILE_HINT: &str =
    "Muistio, Word, OpenDocument, verkkosivu tai teksti (.docx, .odt, .html, .md, .txt, .json)";
pub const PASTE_LABEL: &str = "Liitä muistion teksti";
pub const PASTE_BUTTON: &str = "Tuo liitetty teksti";
pub const IMPORT_HEADING: &str = "Tuo muistio";
pub const DRAFTS_HEADING: &str = "Luonnokset";
pub const NO_DRAFTS: &str = "Ei vielä luonnoksia. Avaa muistiotiedosto tai liitä muistion teksti.";
pub const UNTITLED: &str = "Nimetön muistio";
pub const UNREADABLE: &str = "Luonnosta ei voi lukea";
pub const SAVED: &str = "tallennettu";
pub const DELETE: &str = "Poista";
pub const UNDO: &str = "Kumoa";
pub const REDO: &str = "Tee uudelleen";
pub const CONTINUE_WRITING: &str = "Jatka kirjoittamista";
pub const SHORTCUTS: &str = "Pikanäppäimet";
pub const SAVED_AT: &str = "Tallennettu";
pub const UNSAVED: &str = "Tallentamatta…";
pub const SAVE_FAILED: &str = "Tallennus epäonnistui";
pub const NEW_BLANK: &str = "Uusi muistio";
pub const NEW_FOLLOW_UP: &str = "Seuraava kokous tästä";
pub const DUPLICATE: &str = "Kopioi";
pub const SEARCH_DRAFTS: &str = "Hae luonnoksista";
pub const NO_MATCHES: &str = "Haulla ei löytynyt luonnoksia.";
pub const EDIT: &str = "Muokkaa";
pub const PREVIEW: &str = "Esikatselu";
pub const DOC_TOOLS: &str = "Muistion toiminnot";
pub const CLOSE: &str = "Sulje";
pub const DOWNLOAD_AS: &str = "Lataa tiedostona";
pub const PRINT: &str = "Tulosta";
pub const NO_NEXT_MEETING: &str = "Kalenteritiedostoa ei voi tehdä: muistiossa ei ole seuraavan kokouksen päivämäärää. Lisää se kohtaan ”Seuraava kokous”.";

/// The download button of a document format.
pub fn download_label(format: muistio_core::export::Format) -> &'static str {
    use muistio_core::export::Format::*;
    match format {
        Markdown => "Lataa Markdown",
        Html => "Lataa verkkosivu",
        Text => "Lataa teksti",
        Ics => "Lataa kalenteritiedosto",
        Pdf => "Lataa PDF",
        Docx => "Lataa Word",
        Odt => "Lataa OpenDocument",
        Json => "Lataa Muistio-tiedosto",
    }
}
pub const NOTHING_OPEN: &str = "Yhtään muistiota ei ole auki.";
pub const FIRST_NAMES: &str = "Etunimet";
pub const LAST_NAME: &str = "Sukunimi";
pub const ORGANISATIONS: &str = "Organisaatio ja rooli";
pub const MISSING_LINK: &str = "linkki puuttuu";
pub const DUE: &str = "määräaika";
pub const NOTICES: &str = "Ilmoitukset";

/// "Muistio tuotu: 9 kohtaa, 17 osallistujaa."
pub fn imported(items: usize, attendees: usize) -> String {
    format!("Muistio tuotu: {items} kohtaa, {attendees} osallistujaa.")
}

/// "Luonnos poistettu: <title>."
pub fn deleted(title: &str) -> String {
    format!("Luonnos poistettu: {title}.")
}

/// "Poista luonnos <title>" (the delete button's accessible name).
pub fn delete_draft(title: &str) -> String {
    format!("Poista luonnos {title}")
}

/// Why a save failed, and what the person can do.
pub fn save_failed(reason: &crate::browser::storage::SaveError) -> String {
    use crate::browser::storage::SaveError::*;
    match reason {
        Full => "Selaimen tallennustila on täynnä, eikä muistiota tallennettu. Lataa muistio tiedostoksi ja poista vanhoja luonnoksia.".into(),
        Unavailable(_) => "Selain ei salli tallentamista tälle sivulle (esimerkiksi yksityinen selaus tai estetyt sivustotiedot). Lataa muistio tiedostoksi, ettei mitään katoa.".into(),
        NotVerified => "Tallennusta ei voitu varmistaa. Lataa muistio tiedostoksi, ettei mitään katoa.".into(),
    }
}

/// "Tiedostoa ei voitu lukea: …"
pub fn file_unreadable(reason: &str) -> String {
    format!("Tiedostoa ei voitu lukea ({reason}).")
}

/// "Latausta ei voitu aloittaa: …"
pub fn download_failed(reason: &str) -> String {
    format!("Latausta ei voitu aloittaa ({reason}).")
}

pub const SAVED_AGAIN: &str = "Muistio tallentuu taas.";

/// "Poistettu: kohta 3." (the notice after removing something; it offers undo).
pub fn removed(what: &str) -> String {
    format!("Poistettu: {what}.")
}

/// "<title> (kopio)".
pub fn copy_of(title: &str) -> String {
    if title.is_empty() {
        "Kopio".into()
    } else {
        format!("{title} (kopio)")
    }
}

pub const SEND: &str = "Lähetä sähköpostilla";
pub const SEND_FILES: &str = "Liitettävät tiedostot";
pub const SHARE_SHEET: &str = "Jaa…";
pub const SEND_EML: &str = "Lataa sähköpostiluonnos (.eml)";
pub const SEND_MAILTO: &str = "Avaa sähköpostiohjelma";
pub const SEND_HINT: &str = "Sähköpostiluonnoksessa tiedostot ovat valmiiksi liitteinä: avaa se Outlookissa, Thunderbirdissä tai Mailissa ja lisää vastaanottajat. Sähköpostiohjelmaa avattaessa tiedostot ladataan, ja ne liitetään viestiin itse.";
pub const CHOOSE_FILES: &str = "Valitse ainakin yksi liitettävä tiedosto.";
pub const NO_MAIL_PROGRAM: &str =
    "Sähköpostiohjelmaa ei voitu avata. Lataa sähköpostiluonnos (.eml) tai liitä ladatut tiedostot viestiin itse.";
pub const ATTACH_THE_FILES: &str = "Koko muistio on liitetiedostoissa.";

/// "Liitä ladatut 2 tiedostoa viestiin."
pub fn attach_downloaded(n: usize) -> String {
    format!("Liitä ladatut {n} tiedostoa sähköpostiviestiin; ne ovat selaimen latauksissa.")
}

/// Why sharing failed.
pub fn share_failed(reason: &str) -> String {
    format!("Jakaminen ei onnistunut ({reason}). Lataa sähköpostiluonnos (.eml) tai tiedostot.")
}

/// The name of a format in the list of files to attach.
pub fn attach_label(format: muistio_core::export::Format) -> &'static str {
    use muistio_core::export::Format::*;
    match format {
        Pdf => "PDF (.pdf)",
        Docx => "Word (.docx)",
        Odt => "OpenDocument (.odt)",
        Html => "Verkkosivu (.html)",
        Markdown => "Markdown (.md)",
        Text => "Teksti (.txt)",
        Ics => "Kalenterimerkintä seuraavasta kokouksesta (.ics)",
        Json => "Muistio-tiedosto jatkomuokkaukseen (.json)",
    }
}

/// The fonts for a PDF could not be loaded.
pub fn fonts_failed(reason: &str) -> String {
    format!("PDF-tiedostoa ei voitu tehdä, koska fontteja ei saatu ladattua ({reason}). Tarkista verkkoyhteys ja yritä uudelleen, tai valitse Word tai OpenDocument.")
}
