//! The interface in Finnish (the default).

use super::{Count, Fill, Texts};
use muistio_core::Lang;

pub const FI: Texts = Texts {
    lang: Lang::Fi,
    tagline: "Kokousmuistiot selaimessa – tallentuu vain tälle laitteelle",
    continue_writing: "Jatka kirjoittamista",
    ui_language: "Käyttökieli",
    undo: "Kumoa",
    redo: "Tee uudelleen",
    redo_keys: "Ctrl+Vaihto+Z",
    shortcuts: "Pikanäppäimet",
    saved_at: Fill("Tallennettu {1}"),
    unsaved: "Tallentamatta…",
    save_failed: "Tallennus epäonnistui",
    notices: "Ilmoitukset",
    close: "Sulje",
    update_ready: "Uusi versio on saatavilla – päivitä",
    update_now: "Päivitä",
    offline_ready: "Muistio toimii nyt myös ilman verkkoyhteyttä.",
    accessibility: "Saavutettavuusseloste",
    statement_title: "Saavutettavuusseloste",
    statement: &[
        (
            "Mitä seloste koskee",
            &["Seloste koskee Muistiota, selaimessa toimivaa kokousmuistioiden ja pöytäkirjojen laatijaa, ja sen \
               tekemiä asiakirjoja. Seloste on laadittu 29.11.2026."],
        ),
        (
            "Saavutettavuuden tila",
            &["Muistio täyttää WCAG 2.1 -ohjeiden A- ja AA-tason vaatimukset osittain. Tiedossa olevat puutteet on \
               lueteltu alla."],
        ),
        (
            "Miten saavutettavuus on arvioitu",
            &["Arvio on tehty itse. Jokainen näkymä ja valintaikkuna tarkistetaan axe-core-työkalulla suomeksi, \
               ruotsiksi ja englanniksi jokaisen muutoksen yhteydessä, ja kokonainen muistio kirjoitetaan testeissä \
               pelkällä näppäimistöllä. Sivu toimii 320 kuvapisteen levyisenä ja 200 prosentin suurennoksella, ja se \
               noudattaa laitteen tummaa teemaa ja liikkeen vähentämisen asetusta."],
        ),
        (
            "Tiedossa olevat puutteet",
            &[
                "Muistiota ei ole vielä testattu oikeiden ruudunlukijoiden (NVDA, JAWS, VoiceOver, TalkBack) \
                 käyttäjien kanssa; tarkistukset on tehty automaattisesti ja näppäimistöllä.",
                "PDF-tiedosto on rakenteistettu (otsikot, kappaleet, luettelot, taulukot, linkit, kieli ja otsikko), \
                 mutta sitä ei ole tarkistettu PDF/UA-vaatimuksia varmentavalla ohjelmalla.",
                "Word- ja OpenDocument-tiedostoissa on oikeat otsikot, taulukoiden otsikkorivit ja kieli; niiden \
                 käytettävyys riippuu myös ohjelmasta, jolla ne avataan.",
                "Jakaminen käyttää selaimen omaa jakovalikkoa ja sähköpostiluonnos sähköpostiohjelmaa: niiden \
                 saavutettavuus riippuu selaimesta ja ohjelmasta.",
                "Muistion sisällön, kuten linkkitekstien, selkeys on kirjoittajan vastuulla. Tarkistukset-luettelo \
                 näyttää puuttuvat linkit.",
            ],
        ),
        (
            "Palaute",
            &["Muistio toimii kokonaan selaimessasi eikä lähetä tietoja minnekään, joten palautetta ei voi lähettää \
               sovelluksesta. Jos huomaat saavutettavuuspuutteen, kerro siitä organisaatiolle, joka on antanut \
               Muistion käyttöösi. Sen on vastattava kahden viikon kuluessa."],
        ),
        (
            "Valvontaviranomainen",
            &["Jos vastaus ei tyydytä sinua tai et saa vastausta kahden viikon kuluessa, voit tehdä ilmoituksen \
               valvontaviranomaiselle. Ohjeet: www.saavutettavuusvaatimukset.fi."],
        ),
    ],
    privacy: "Luonnokset tallentuvat vain tähän selaimeen. Mitään ei lähetetä minnekään, ellet itse lataa tai lähetä tiedostoa.",

    drafts_heading: "Luonnokset",
    new_blank: "Uusi muistio",
    new_follow_up: "Seuraava kokous tästä",
    duplicate: "Kopioi",
    delete: "Poista",
    search_drafts: "Hae luonnoksista",
    no_drafts: "Ei vielä luonnoksia. Avaa muistiotiedosto tai liitä muistion teksti.",
    no_matches: "Haulla ei löytynyt luonnoksia.",
    untitled: "Nimetön muistio",
    unreadable: "Luonnosta ei voi lukea",
    date_time: Fill("{1} klo {2}"),
    saved_on: Fill("tallennettu {1}"),
    follow_up_of: Fill("Seuraava kokous tästä: {1}"),
    duplicate_of: Fill("Kopioi: {1}"),
    delete_draft: Fill("Poista luonnos {1}"),
    copy_of: Fill("{1} (kopio)"),
    copy: "Kopio",

    import_heading: "Tuo muistio",
    open_file: "Avaa tiedosto…",
    open_file_hint: "Muistio, Word, OpenDocument, verkkosivu tai teksti (.docx, .odt, .html, .md, .txt, .json)",
    paste_label: "Liitä muistion teksti",
    paste_button: "Tuo liitetty teksti",
    imported: Fill("Muistio tuotu: {1}, {2}."),
    item_count: Count(["ei kohtia", "1 kohta", "{1} kohtaa"]),
    attendee_count: Count(["ei osallistujia", "1 osallistuja", "{1} osallistujaa"]),
    file_unreadable: Fill("Tiedostoa ei voitu lukea ({1})."),

    nothing_open: "Yhtään muistiota ei ole auki.",
    doc_tools: "Muistion toiminnot",
    edit: "Muokkaa",
    preview: "Esikatselu",
    send: "Lähetä sähköpostilla",
    print: "Tulosta",
    download_as: "Lataa tiedostona",
    downloads: [
        "Lataa Markdown",
        "Lataa verkkosivu",
        "Lataa teksti",
        "Lataa kalenteritiedosto",
        "Lataa PDF",
        "Lataa Word",
        "Lataa OpenDocument",
        "Lataa Muistio-tiedosto",
    ],
    missing_link: "linkki puuttuu",

    basics: "Perustiedot",
    meeting_name: "Kokouksen nimi",
    meeting_name_example: "esim. Luovien alojen klusterin kokous",
    doc_type: "Asiakirja",
    kinds: ["Muistio", "Pöytäkirja", "Esityslista"],
    number: "Numero",
    number_example: "esim. 3/2025",
    doc_language: "Asiakirjan kieli",
    languages: ["suomi", "ruotsi", "englanti"],
    date: "Päivämäärä",
    starts: "Alkaa",
    ends: "Päättyy",
    place: "Paikka",
    place_example: "huone, osoite, kaupunki",
    not_a_date: Fill("”{1}” ei ole päivämäärä. Kirjoita esimerkiksi 14.11.2025."),
    not_a_time: Fill("”{1}” ei ole kellonaika. Kirjoita esimerkiksi 9.00 tai 9:00."),

    attendees: "Osallistujat",
    first_names: "Etunimet",
    last_name: "Sukunimi",
    organisations: "Organisaatiot ja roolit",
    chair: "Puheenjohtaja",
    chair_short: "Pj",
    secretary: "Sihteeri",
    secretary_short: "Siht.",
    absent: "Poissa",
    row_tools: "Toiminnot",
    add_attendee: "Lisää osallistuja",
    add_attendee_example: "Etunimi Sukunimi, organisaatio, rooli",
    add: "Lisää",
    add_attendee_hint: "Enter lisää. Useita rivejä tekstinkäsittelystä tai taulukosta voi liittää kerralla.",
    of_person: Fill("{1}: {2}"),
    attendee_named: Fill("osallistuja {1}"),
    remove_attendee: Fill("Poista osallistuja {1}"),

    items: "Kohdat",
    intro: "Johdanto",
    new_item: "Uusi kohta",
    new_item_example: "Kohdan otsikko, Enter lisää",
    add_item: "Lisää kohta",
    item_title: "Kohdan otsikko",
    drag_to_move: "Raahaa siirtääksesi",
    move_up_keys: "Siirrä ylös (Alt+↑)",
    move_down_keys: "Siirrä alas (Alt+↓)",
    remove_keys: "Poista (Alt+Delete)",
    move_up: Fill("Siirrä ylös: {1}"),
    move_down: Fill("Siirrä alas: {1}"),
    item_number: Fill("kohta {1}"),
    item_named: Fill("kohta {1} {2}"),
    remove_item: Fill("Poista kohta {1}"),

    entry_kinds: [
        "Kappale",
        "Puheenvuoro",
        "Luettelo",
        "Väliotsikko",
        "Päätös",
        "Tehtävä",
        "Liite",
        "Seuraava kokous",
    ],
    entry_kind: Fill("Merkinnän laji: {1}"),
    remove_entry: Fill("Poista merkintä: {1}"),
    an_entry: "merkintä",
    text: "Teksti",
    decision: "Päätös",
    list_lines: "Luettelo, yksi kohta riviä kohden",
    subheading: "Väliotsikko",
    attachment_name: "Liitteen nimi",
    owner: "Vastuuhenkilö",
    due: "Määräaika",
    task: "Tehtävä",
    speaker: "Puhuja",
    statement_text: "Puheenvuoro",
    add_reply: "+ Vastaus",
    replier: Fill("Vastaaja {1}"),
    reply: Fill("Vastaus {1}"),
    remove_reply: Fill("Poista vastaus {1}"),
    new_entry: Fill("Uusi merkintä kohtaan {1}"),
    composer_example: "Kirjoita merkintä ja paina Enter – Ida: puheenvuoro · - luettelo · Sovittiin … · Tehtävä (Nimi, \
                       1.12.2025): …",
    composer_hint: "Enter lisää merkinnän, vaihto+Enter vaihtaa riviä.",
    checks: Count(["Tarkistukset: ei huomautettavaa", "Tarkistukset: 1 huomio", "Tarkistukset: {1} huomiota"]),

    removed: Fill("Poistettu: {1}."),
    deleted: Fill("Luonnos poistettu: {1}."),
    saved_again: "Muistio tallentuu taas.",
    save_full: "Selaimen tallennustila on täynnä, eikä muistiota tallennettu. Lataa muistio tiedostoksi ja poista \
                vanhoja luonnoksia.",
    save_unavailable: "Selain ei salli tallentamista tälle sivulle (esimerkiksi yksityinen selaus tai estetyt \
                       sivustotiedot). Lataa muistio tiedostoksi, ettei mitään katoa.",
    save_not_verified: "Tallennusta ei voitu varmistaa. Lataa muistio tiedostoksi, ettei mitään katoa.",
    download_failed: Fill("Latausta ei voitu aloittaa ({1})."),
    no_next_meeting: "Kalenteritiedostoa ei voi tehdä: muistiossa ei ole seuraavan kokouksen päivämäärää. Lisää se \
                      kohtaan ”Seuraava kokous”.",
    fonts_failed: Fill(
        "PDF-tiedostoa ei voitu tehdä, koska fontteja ei saatu ladattua ({1}). Tarkista verkkoyhteys ja yritä \
         uudelleen, tai valitse Word tai OpenDocument.",
    ),

    pdf_letters: Fill(
        "PDF-tiedoston kirjasimessa ei ole merkkejä {1}: ne näkyvät PDF:ssä merkkinä �, mutta kopioituvat ja \
         luetaan oikein. Word, OpenDocument ja verkkosivu näyttävät ne.",
    ),

    send_files: "Liitettävät tiedostot",
    attach: [
        "PDF (.pdf)",
        "Word (.docx)",
        "OpenDocument (.odt)",
        "Verkkosivu (.html)",
        "Kalenterimerkintä seuraavasta kokouksesta (.ics)",
        "Markdown (.md)",
        "Muistio-tiedosto jatkomuokkaukseen (.json)",
    ],
    send_hint: "Sähköpostiluonnoksessa tiedostot ovat valmiiksi liitteinä: avaa se Outlookissa, Thunderbirdissä tai \
                Mailissa ja lisää vastaanottajat. Sähköpostiohjelmaa avattaessa tiedostot ladataan, ja ne liitetään \
                viestiin itse.",
    share_sheet: "Jaa…",
    send_eml: "Lataa sähköpostiluonnos (.eml)",
    send_mailto: "Avaa sähköpostiohjelma",
    choose_files: "Valitse ainakin yksi liitettävä tiedosto.",
    no_mail_program: "Sähköpostiohjelmaa ei voitu avata. Lataa sähköpostiluonnos (.eml) tai liitä ladatut tiedostot \
                      viestiin itse.",
    attach_the_files: "Koko muistio on liitetiedostoissa.",
    attach_downloaded: Count([
        "Liitä ladatut tiedostot sähköpostiviestiin; ne ovat selaimen latauksissa.",
        "Liitä ladattu tiedosto sähköpostiviestiin; se on selaimen latauksissa.",
        "Liitä ladatut {1} tiedostoa sähköpostiviestiin; ne ovat selaimen latauksissa.",
    ]),
    share_failed: Fill("Jakaminen ei onnistunut ({1}). Lataa sähköpostiluonnos (.eml) tai tiedostot."),

    read_only: "Vain luku",
    download_draft: "Lataa luonnos tiedostoksi",
    free_space: "Vapauta tilaa",
    take_over: "Muokkaa tässä välilehdessä",
    freed: Count([
        "Poistettavia vanhoja versioita ei ollut.",
        "1 vanha versio poistettiin.",
        "{1} vanhaa versiota poistettiin.",
    ]),
    recovered: Count([
        "Tallentamattomia muutoksia ei ollut.",
        "1 tallentamaton muutos palautettiin.",
        "{1} tallentamatonta muutosta palautettiin.",
    ]),
    recovered_aside: Count([
        "Tallentamattomia muutoksia ei ollut.",
        "1 tallentamaton muutos on tallessa versioissa, koska luonnosta muutettiin sen jälkeen toisessa välilehdessä.",
        "{1} tallentamatonta muutosta on tallessa versioissa, koska luonnosta muutettiin sen jälkeen toisessa \
         välilehdessä.",
    ]),
    deleted_elsewhere: "Tämä luonnos poistettiin toisessa välilehdessä. Se on yhä auki tässä, ja muokkaaminen tallentaa \
                        sen uudelleen.",
    merged_other_tab: "Toisessa välilehdessä tehdyt muutokset yhdistettiin tähän.",
    conflict_other_tab: "Tätä luonnosta muutettiin toisessa välilehdessä samoista kohdista. Näet nyt sen version, ja \
                         omat muutoksesi ovat tallessa versioissa. Muokkaa tässä välilehdessä, kun haluat jatkaa.",
    version_unreadable: "Versiota ei voi lukea.",
    version_restored: Fill("Palautettiin versio {1}. Edellinen tila on tallessa versioissa."),
    backup_name: "muistio-varmuuskopio",
    backed_up: Count([
        "Varmuuskopiossa ei ole luonnoksia.",
        "Varmuuskopio ladattu: 1 luonnos.",
        "Varmuuskopio ladattu: {1} luonnosta.",
    ]),
    no_room: Fill(
        "Muistio on liian suuri tallennettavaksi tähän selaimeen: se vie {1} merkkiä, ja tilaa on {2}. Poista \
         vanhoja luonnoksia tai versioita ja yritä uudelleen.",
    ),
    restored: Fill("Varmuuskopio luettu: {1}, {2}, {3}, {4}."),
    restored_added: Count(["ei uusia luonnoksia", "1 uusi luonnos lisätty", "{1} uutta luonnosta lisätty"]),
    restored_replaced: Count([
        "ei vanhempia korvattavana",
        "1 vanhempi luonnos korvattu (edellinen on tallessa versioissa)",
        "{1} vanhempaa luonnosta korvattu (edelliset ovat tallessa versioissa)",
    ]),
    restored_kept: Count([
        "ei uudempia",
        "1 uudempi luonnos jätetty ennalleen",
        "{1} uudempaa luonnosta jätetty ennalleen",
    ]),
    restored_skipped: Count([
        "ei vahingoittuneita",
        "1 vahingoittunut luonnos ohitettu",
        "{1} vahingoittunutta luonnosta ohitettu",
    ]),
    crash_title: "Muistio pysähtyi virheeseen",
    crash_text: "Kirjoittamaasi ei ole menetetty: luonnos ja viimeisimmät muutokset ovat tallessa tässä selaimessa. \
                 Lataa sivu uudelleen jatkaaksesi, tai lataa luonnos tiedostoksi varmuuden vuoksi.",
    crash_download: "Lataa luonnos tiedostoksi",
    crash_reload: "Lataa sivu uudelleen",
    storage: "Tallennustila",
    storage_used: Fill("{1} % käytössä"),
    persisted_yes: "Selain säilyttää luonnokset pysyvästi.",
    persisted_no: "Selain voi poistaa luonnokset, jos laitteen levytila loppuu: varmuuskopioi ne tiedostoon.",
    backup_all: "Varmuuskopioi kaikki luonnokset",
    backup_hint: "Varmuuskopio palautetaan Avaa tiedosto… -painikkeella; uudempia luonnoksia ei korvata.",
    download_as_is: "Lataa sellaisenaan",
    versions: Count(["Ei aiempia versioita", "1 aiempi versio", "{1} aiempaa versiota"]),
    version_reasons: [
        "muokatessa",
        "ennen tuontia",
        "ennen yhdistämistä",
        "ennen lajin vaihtoa",
        "ennen palautusta",
        "poistettaessa",
        "ristiriitaiset muutokset",
    ],
    version_row: Fill("{1} · {2} · {3} merkkiä"),
    look: "Katso",
    restore: "Palauta",
    version_title: Fill("Versio {1}"),

    keys: "Näppäimet",
    action: "Toiminto",
    shortcut_list: &[
        ("Sarkain sivun alussa, Enter", "Jatka kirjoittamista viimeisen kohdan merkintäkenttään"),
        ("Ctrl+Z", "Kumoa"),
        ("Ctrl+Vaihto+Z tai Ctrl+Y", "Tee uudelleen"),
        ("Ctrl+S", "Tallenna heti"),
        (
            "Enter kohdan merkintäkentässä",
            "Lisää merkintä (Ida: …, - …, Sovittiin …, Tehtävä (Nimi, pvm): …, 4. Uusi kohta)",
        ),
        ("Vaihto+Enter", "Uusi rivi samaan merkintään"),
        ("Alt+↑ / Alt+↓", "Siirrä merkintää, kohtaa tai osallistujaa"),
        ("Alt+Delete", "Poista merkintä, kohta tai osallistuja (voi kumota)"),
        ("Enter kohdan otsikossa", "Siirry kohdan merkintäkenttään"),
        ("Ctrl+Alt+P", "Esikatselu päälle tai pois"),
        ("Ctrl+/", "Näytä tai piilota pikanäppäimet"),
        ("Esc", "Sulje tämä ikkuna"),
    ],
};
