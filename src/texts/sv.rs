//! The interface in Swedish (as written in Finland).

use super::{Count, Fill, Texts};
use muistio_core::Lang;

pub const SV: Texts = Texts {
    lang: Lang::Sv,
    tagline: "Mötesanteckningar i webbläsaren – sparas bara på den här enheten",
    continue_writing: "Fortsätt skriva",
    ui_language: "Språk",
    undo: "Ångra",
    redo: "Gör om",
    redo_keys: "Ctrl+Skift+Z",
    shortcuts: "Kortkommandon",
    saved_at: Fill("Sparat {1}"),
    unsaved: "Inte sparat…",
    save_failed: "Det gick inte att spara",
    notices: "Meddelanden",
    close: "Stäng",
    update_ready: "En ny version finns – uppdatera",
    update_now: "Uppdatera",
    offline_ready: "Muistio fungerar nu också utan nätförbindelse.",
    accessibility: "Tillgänglighetsutlåtande",
    statement_title: "Tillgänglighetsutlåtande",
    statement: &[
        (
            "Vad utlåtandet gäller",
            &["Utlåtandet gäller Muistio, ett verktyg i webbläsaren för minnesanteckningar och protokoll från möten, \
               och de dokument som Muistio gör. Utlåtandet är upprättat 29.11.2026."],
        ),
        (
            "Tillgänglighetsstatus",
            &["Muistio uppfyller delvis kraven på nivå A och AA i WCAG 2.1. De brister som är kända räknas upp \
               nedan."],
        ),
        (
            "Hur tillgängligheten har bedömts",
            &["Bedömningen är gjord av oss själva. Varje vy och dialogruta granskas med verktyget axe-core på finska, \
               svenska och engelska vid varje ändring, och i testerna skrivs en hel minnesanteckning med enbart \
               tangentbordet. Sidan fungerar i 320 bildpunkters bredd och med 200 procents förstoring, och den följer \
               enhetens mörka tema och inställningen för minskad rörelse."],
        ),
        (
            "Kända brister",
            &[
                "Muistio har ännu inte testats tillsammans med användare av skärmläsare (NVDA, JAWS, VoiceOver, \
                 TalkBack); granskningen är automatisk och gjord med tangentbordet.",
                "PDF-filen är taggad (rubriker, stycken, listor, tabeller, länkar, språk och titel), men den har inte \
                 granskats med ett program som intygar kraven i PDF/UA.",
                "Word- och OpenDocument-filerna har riktiga rubriker, rubrikrader i tabellerna och språk; hur väl de \
                 fungerar beror också på programmet som öppnar dem.",
                "Delning använder webbläsarens egen delningsmeny och e-postutkastet e-postprogrammet: deras \
                 tillgänglighet beror på webbläsaren och programmet.",
                "Hur tydligt innehållet är, till exempel länktexterna, är skribentens ansvar. Listan Kontroller visar \
                 länkar som saknas.",
            ],
        ),
        (
            "Respons",
            &["Muistio fungerar helt i din webbläsare och skickar inga uppgifter någonstans, så respons kan inte \
               skickas från programmet. Om du märker en brist i tillgängligheten, meddela den organisation som har \
               gett dig Muistio. Den ska svara inom två veckor."],
        ),
        (
            "Tillsynsmyndighet",
            &["Om du inte är nöjd med svaret eller inte får svar inom två veckor kan du göra en anmälan till \
               tillsynsmyndigheten. Anvisningar: www.tillganglighetskrav.fi."],
        ),
    ],
    privacy: "Utkasten sparas bara i den här webbläsaren. Ingenting skickas någonstans om du inte själv laddar ner \
              eller skickar en fil.",

    drafts_heading: "Utkast",
    new_blank: "Nya anteckningar",
    new_follow_up: "Nästa möte utifrån detta",
    duplicate: "Kopiera",
    delete: "Radera",
    search_drafts: "Sök bland utkasten",
    no_drafts: "Inga utkast ännu. Öppna en fil med anteckningar eller klistra in texten.",
    no_matches: "Sökningen hittade inga utkast.",
    untitled: "Namnlösa anteckningar",
    unreadable: "Utkastet kan inte läsas",
    date_time: Fill("{1} kl. {2}"),
    saved_on: Fill("sparat {1}"),
    follow_up_of: Fill("Nästa möte utifrån detta: {1}"),
    duplicate_of: Fill("Kopiera: {1}"),
    delete_draft: Fill("Radera utkastet {1}"),
    copy_of: Fill("{1} (kopia)"),
    copy: "Kopia",

    import_heading: "Hämta anteckningar",
    open_file: "Öppna fil…",
    open_file_hint: "Muistio, Word, OpenDocument, webbsida eller text (.docx, .odt, .html, .md, .txt, .json)",
    paste_label: "Klistra in anteckningarnas text",
    paste_button: "Hämta den inklistrade texten",
    imported: Fill("Anteckningarna hämtade: {1}, {2}."),
    item_count: Count(["inga punkter", "1 punkt", "{1} punkter"]),
    attendee_count: Count(["inga deltagare", "1 deltagare", "{1} deltagare"]),
    file_unreadable: Fill("Filen kunde inte läsas ({1})."),

    nothing_open: "Inga anteckningar är öppna.",
    doc_tools: "Funktioner för anteckningarna",
    edit: "Redigera",
    preview: "Förhandsgranska",
    send: "Skicka med e-post",
    print: "Skriv ut",
    download_as: "Ladda ner som fil",
    downloads: [
        "Ladda ner Markdown",
        "Ladda ner webbsida",
        "Ladda ner text",
        "Ladda ner kalenderfil",
        "Ladda ner PDF",
        "Ladda ner Word",
        "Ladda ner OpenDocument",
        "Ladda ner Muistio-fil",
    ],
    missing_link: "länk saknas",

    basics: "Grunduppgifter",
    meeting_name: "Mötets namn",
    meeting_name_example: "t.ex. Styrelsemöte för Lapplands kreativa kluster",
    doc_type: "Dokument",
    kinds: ["Minnesanteckningar", "Protokoll", "Föredragningslista"],
    number: "Nummer",
    number_example: "t.ex. 3/2025",
    doc_language: "Dokumentets språk",
    languages: ["finska", "svenska", "engelska"],
    date: "Datum",
    starts: "Börjar",
    ends: "Slutar",
    place: "Plats",
    place_example: "rum, adress, ort",
    not_a_date: Fill("”{1}” är inte ett datum. Skriv till exempel 14.11.2025."),
    not_a_time: Fill("”{1}” är inte ett klockslag. Skriv till exempel 9.00 eller 9:00."),

    attendees: "Deltagare",
    first_names: "Förnamn",
    last_name: "Efternamn",
    organisations: "Organisationer och roller",
    chair: "Ordförande",
    chair_short: "Ordf.",
    secretary: "Sekreterare",
    secretary_short: "Sekr.",
    absent: "Frånvarande",
    row_tools: "Funktioner",
    add_attendee: "Lägg till deltagare",
    add_attendee_example: "Förnamn Efternamn, organisation, roll",
    add: "Lägg till",
    add_attendee_hint: "Enter lägger till. Flera rader från ordbehandlare eller kalkylblad kan klistras in på en gång.",
    of_person: Fill("{1}: {2}"),
    attendee_named: Fill("deltagaren {1}"),
    remove_attendee: Fill("Ta bort deltagaren {1}"),

    items: "Punkter",
    intro: "Inledning",
    new_item: "Ny punkt",
    new_item_example: "Punktens rubrik, Enter lägger till",
    add_item: "Lägg till punkt",
    item_title: "Punktens rubrik",
    drag_to_move: "Dra för att flytta",
    move_up_keys: "Flytta upp (Alt+↑)",
    move_down_keys: "Flytta ner (Alt+↓)",
    remove_keys: "Ta bort (Alt+Delete)",
    move_up: Fill("Flytta upp: {1}"),
    move_down: Fill("Flytta ner: {1}"),
    item_number: Fill("punkt {1}"),
    item_named: Fill("punkt {1} {2}"),
    remove_item: Fill("Ta bort punkt {1}"),

    entry_kinds: [
        "Stycke",
        "Inlägg",
        "Lista",
        "Mellanrubrik",
        "Beslut",
        "Åtgärd",
        "Bilaga",
        "Nästa möte",
    ],
    entry_kind: Fill("Typ av anteckning: {1}"),
    remove_entry: Fill("Ta bort anteckningen: {1}"),
    an_entry: "en anteckning",
    text: "Text",
    decision: "Beslut",
    list_lines: "Lista, en punkt per rad",
    subheading: "Mellanrubrik",
    attachment_name: "Bilagans namn",
    owner: "Ansvarig",
    due: "Tidsfrist",
    task: "Åtgärd",
    speaker: "Talare",
    statement_text: "Inlägg",
    add_reply: "+ Svar",
    replier: Fill("Svarande {1}"),
    reply: Fill("Svar {1}"),
    remove_reply: Fill("Ta bort svar {1}"),
    new_entry: Fill("Ny anteckning i punkt {1}"),
    composer_example: "Skriv en anteckning och tryck Enter – Ida: inlägg · - lista · Beslöts … · Åtgärd (Namn, \
                       1.12.2025): …",
    composer_hint: "Enter lägger till anteckningen, Skift+Enter byter rad.",
    checks: Count(["Kontroller: inget att anmärka", "Kontroller: 1 anmärkning", "Kontroller: {1} anmärkningar"]),

    removed: Fill("Borttaget: {1}."),
    deleted: Fill("Utkastet raderat: {1}."),
    saved_again: "Anteckningarna sparas igen.",
    save_full: "Webbläsarens lagringsutrymme är fullt och anteckningarna sparades inte. Ladda ner dem som fil och \
                radera gamla utkast.",
    save_unavailable: "Webbläsaren tillåter inte att den här sidan sparar (till exempel privat surfning eller \
                       blockerade webbplatsdata). Ladda ner anteckningarna som fil så att inget går förlorat.",
    save_not_verified: "Sparandet kunde inte bekräftas. Ladda ner anteckningarna som fil så att inget går förlorat.",
    download_failed: Fill("Nedladdningen kunde inte börja ({1})."),
    no_next_meeting: "Det går inte att göra en kalenderfil: anteckningarna har inget datum för nästa möte. Lägg till \
                      det under ”Nästa möte”.",
    fonts_failed: Fill(
        "PDF-filen kunde inte göras eftersom typsnitten inte gick att ladda ({1}). Kontrollera nätförbindelsen \
         och försök igen, eller välj Word eller OpenDocument.",
    ),

    pdf_letters: Fill(
        "PDF-filens typsnitt saknar tecknen {1}: de visas som � i PDF-filen men kopieras och läses upp rätt. \
         Word, OpenDocument och webbsidan visar dem.",
    ),

    send_files: "Filer att bifoga",
    attach: [
        "PDF (.pdf)",
        "Word (.docx)",
        "OpenDocument (.odt)",
        "Webbsida (.html)",
        "Kalenderpost för nästa möte (.ics)",
        "Markdown (.md)",
        "Muistio-fil för fortsatt redigering (.json)",
    ],
    send_hint: "I e-postutkastet är filerna redan bifogade: öppna det i Outlook, Thunderbird eller Mail och lägg till \
                mottagarna. När e-postprogrammet öppnas laddas filerna ner, och du bifogar dem själv.",
    share_sheet: "Dela…",
    send_eml: "Ladda ner e-postutkast (.eml)",
    send_mailto: "Öppna e-postprogrammet",
    choose_files: "Välj minst en fil att bifoga.",
    no_mail_program: "E-postprogrammet kunde inte öppnas. Ladda ner e-postutkastet (.eml) eller bifoga de nedladdade \
                      filerna själv.",
    attach_the_files: "Hela dokumentet finns i de bifogade filerna.",
    attach_downloaded: Count([
        "Bifoga de nedladdade filerna till e-postmeddelandet; de finns bland webbläsarens nedladdningar.",
        "Bifoga den nedladdade filen till e-postmeddelandet; den finns bland webbläsarens nedladdningar.",
        "Bifoga de {1} nedladdade filerna till e-postmeddelandet; de finns bland webbläsarens nedladdningar.",
    ]),
    share_failed: Fill("Delningen lyckades inte ({1}). Ladda ner e-postutkastet (.eml) eller filerna."),

    read_only: "Endast läsning",
    download_draft: "Ladda ner utkastet som fil",
    free_space: "Frigör utrymme",
    take_over: "Redigera i den här fliken",
    freed: Count([
        "Det fanns inga gamla versioner att radera.",
        "1 gammal version raderades.",
        "{1} gamla versioner raderades.",
    ]),
    recovered: Count([
        "Det fanns inga osparade ändringar.",
        "1 osparad ändring återställdes.",
        "{1} osparade ändringar återställdes.",
    ]),
    recovered_aside: Count([
        "Det fanns inga osparade ändringar.",
        "1 osparad ändring finns bland versionerna, eftersom utkastet därefter ändrades i en annan flik.",
        "{1} osparade ändringar finns bland versionerna, eftersom utkastet därefter ändrades i en annan flik.",
    ]),
    deleted_elsewhere: "Det här utkastet raderades i en annan flik. Det är fortfarande öppet här, och om du redigerar \
                        det sparas det på nytt.",
    merged_other_tab: "Ändringarna från en annan flik fördes samman med de här.",
    conflict_other_tab: "Det här utkastet ändrades på samma ställen i en annan flik. Du ser nu den versionen, och dina \
                         egna ändringar finns bland versionerna. Redigera i den här fliken när du vill fortsätta.",
    version_unreadable: "Versionen kan inte läsas.",
    version_restored: Fill("Versionen {1} återställdes. Det tidigare läget finns bland versionerna."),
    backup_name: "muistio-säkerhetskopia",
    backed_up: Count([
        "Säkerhetskopian innehåller inga utkast.",
        "Säkerhetskopian laddades ner: 1 utkast.",
        "Säkerhetskopian laddades ner: {1} utkast.",
    ]),
    no_room: Fill(
        "Dokumentet är för stort för att sparas i den här webbläsaren: det tar {1} tecken, och det finns plats \
         för {2}. Radera gamla utkast eller versioner och försök igen.",
    ),
    restored: Fill("Säkerhetskopian lästes: {1}, {2}, {3}, {4}."),
    restored_added: Count(["inga nya utkast", "1 nytt utkast tillagt", "{1} nya utkast tillagda"]),
    restored_replaced: Count([
        "inga äldre att ersätta",
        "1 äldre utkast ersatt (det tidigare finns bland versionerna)",
        "{1} äldre utkast ersatta (de tidigare finns bland versionerna)",
    ]),
    restored_kept: Count(["inga nyare", "1 nyare utkast lämnat orört", "{1} nyare utkast lämnade orörda"]),
    restored_skipped: Count(["inga skadade", "1 skadat utkast överhoppat", "{1} skadade utkast överhoppade"]),
    crash_title: "Muistio stannade på grund av ett fel",
    crash_text: "Inget du skrivit har gått förlorat: utkastet och de senaste ändringarna finns kvar i den här \
                 webbläsaren. Ladda om sidan för att fortsätta, eller ladda ner utkastet som fil för säkerhets skull.",
    crash_download: "Ladda ner utkastet som fil",
    crash_reload: "Ladda om sidan",
    storage: "Lagringsutrymme",
    storage_used: Fill("{1} % används"),
    persisted_yes: "Webbläsaren sparar utkasten varaktigt.",
    persisted_no: "Webbläsaren kan radera utkasten om enhetens diskutrymme tar slut: säkerhetskopiera dem till en fil.",
    backup_all: "Säkerhetskopiera alla utkast",
    backup_hint: "En säkerhetskopia återställs med knappen Öppna fil…; nyare utkast ersätts inte.",
    download_as_is: "Ladda ner som den är",
    versions: Count(["Inga tidigare versioner", "1 tidigare version", "{1} tidigare versioner"]),
    version_reasons: [
        "under redigering",
        "före import",
        "före sammanslagning",
        "före typbyte",
        "före återställning",
        "vid radering",
        "motstridiga ändringar",
    ],
    version_row: Fill("{1} · {2} · {3} tecken"),
    look: "Visa",
    restore: "Återställ",
    version_title: Fill("Version {1}"),

    keys: "Tangenter",
    action: "Funktion",
    shortcut_list: &[
        ("Tabb i början av sidan, Enter", "Fortsätt skriva i den sista punktens anteckningsfält"),
        ("Ctrl+Z", "Ångra"),
        ("Ctrl+Skift+Z eller Ctrl+Y", "Gör om"),
        ("Ctrl+S", "Spara genast"),
        (
            "Enter i punktens anteckningsfält",
            "Lägg till en anteckning (Ida: …, - …, Beslöts …, Åtgärd (Namn, datum): …, 4. Ny punkt)",
        ),
        ("Skift+Enter", "Ny rad i samma anteckning"),
        ("Alt+↑ / Alt+↓", "Flytta en anteckning, punkt eller deltagare"),
        ("Alt+Delete", "Ta bort en anteckning, punkt eller deltagare (kan ångras)"),
        ("Enter i punktens rubrik", "Gå till punktens anteckningsfält"),
        ("Ctrl+Alt+P", "Förhandsgranskning på eller av"),
        ("Ctrl+/", "Visa eller dölj kortkommandona"),
        ("Esc", "Stäng det här fönstret"),
    ],
};
