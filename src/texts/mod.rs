//! The interface's words in Finnish, Swedish and English: one `Texts` value per language, in
//! `fi.rs`, `sv.rs` and `en.rs`. A component holds no literal text; it reads the current
//! language's `Texts`. (The document's own words are in `muistio_core::labels`.)
//!
//! Every language must give every text: a missing one does not compile, and the native test
//! `tests/texts.rs` checks that none is empty or left untranslated.

mod en;
mod fi;
mod sv;

use muistio_core::export::Format;
use muistio_core::Lang;
use std::sync::Arc;

/// One part of the accessibility statement: a heading and its paragraphs.
pub type Section = (&'static str, &'static [&'static str]);

/// Declares [`Texts`] and [`Texts::samples`], which lists every text with its key (the test
/// of completeness reads them all without naming each).
macro_rules! texts {
    ($($(#[doc = $doc:literal])* $name:ident: $ty:ty,)*) => {
        /// Every word of the interface in one language.
        pub struct Texts {
            $($(#[doc = $doc])* pub $name: $ty,)*
        }

        impl Texts {
            /// Every text with its key; texts with arguments are shown with sample arguments.
            pub fn samples(&self) -> Vec<(&'static str, String)> {
                let mut out = Vec::new();
                $(Sample::sample(&self.$name, stringify!($name), &mut out);)*
                out
            }
        }
    };
}

texts! {
    /// The interface's language.
    lang: Lang,
    /// Under the app's name in the banner.
    tagline: &'static str,
    /// The skip link that puts the cursor back where writing goes on.
    continue_writing: &'static str,
    /// Label of the interface language menu.
    ui_language: &'static str,
    undo: &'static str,
    redo: &'static str,
    /// Redo's keys, as the keyboard names them.
    redo_keys: &'static str,
    shortcuts: &'static str,
    /// "Tallennettu 9.05"
    saved_at: Fill,
    unsaved: &'static str,
    save_failed: &'static str,
    /// The notices area's name.
    notices: &'static str,
    close: &'static str,
    /// A new version of the app is waiting.
    update_ready: &'static str,
    update_now: &'static str,
    /// The app is stored for use without a network.
    offline_ready: &'static str,
    /// Link to the accessibility statement.
    accessibility: &'static str,
    /// The accessibility statement: title and sections.
    statement_title: &'static str,
    statement: &'static [Section],
    /// Footer line on where drafts live.
    privacy: &'static str,

    // Drafts
    drafts_heading: &'static str,
    new_blank: &'static str,
    new_follow_up: &'static str,
    duplicate: &'static str,
    delete: &'static str,
    search_drafts: &'static str,
    no_drafts: &'static str,
    no_matches: &'static str,
    untitled: &'static str,
    unreadable: &'static str,
    /// "14.11.2025 klo 9.05" (a date and a clock time).
    date_time: Fill,
    /// "tallennettu 14.11.2025 klo 9.05"
    saved_on: Fill,
    /// "Seuraava kokous tästä: <title>"
    follow_up_of: Fill,
    /// "Kopioi: <title>"
    duplicate_of: Fill,
    /// "Poista luonnos <title>"
    delete_draft: Fill,
    /// "<title> (kopio <day>)", the day "29.11." or "29.11. 2" for a second copy that day.
    copy_of: Fill,
    /// The word that marks a copy in a title ("kopio"; a copy of a copy drops the old mark).
    copy: &'static str,

    // Import
    import_heading: &'static str,
    open_file: &'static str,
    open_file_hint: &'static str,
    paste_label: &'static str,
    paste_button: &'static str,
    /// "Muistio tuotu: 9 kohtaa, 17 osallistujaa." (the two counts below).
    imported: Fill,
    item_count: Count,
    attendee_count: Count,
    /// "Tiedostoa ei voitu lukea (…)."
    file_unreadable: Fill,

    // The open document
    nothing_open: &'static str,
    doc_tools: &'static str,
    edit: &'static str,
    preview: &'static str,
    send: &'static str,
    print: &'static str,
    download_as: &'static str,
    /// Download buttons: Markdown, web page, text, calendar, PDF, Word, OpenDocument, Muistio file.
    downloads: [&'static str; 8],
    /// A link with no address, in the preview.
    missing_link: &'static str,

    // Header form
    basics: &'static str,
    meeting_name: &'static str,
    meeting_name_example: &'static str,
    doc_type: &'static str,
    /// Document kinds: memo, minutes, agenda.
    kinds: [&'static str; 3],
    number: &'static str,
    number_example: &'static str,
    /// The line under the document type ("VUOSIKOKOUS 2/2027").
    subtitle: &'static str,
    subtitle_example: &'static str,
    /// A next meeting's sentence as the document writes it.
    next_sentence: &'static str,
    /// What was read from that sentence: {1} day and times, place.
    next_read: Fill,
    doc_language: &'static str,
    /// Document languages, named in the interface's language: Finnish, Swedish, English.
    languages: [&'static str; 3],
    date: &'static str,
    starts: &'static str,
    ends: &'static str,
    /// The time zone the times are given in, a field of the header.
    zone: &'static str,
    zone_example: &'static str,
    place: &'static str,
    place_example: &'static str,
    /// "”x” ei ole päivämäärä. …"
    not_a_date: Fill,
    /// "”x” ei ole kellonaika. …"
    not_a_time: Fill,

    // Attendees
    attendees: &'static str,
    first_names: &'static str,
    last_name: &'static str,
    organisations: &'static str,
    chair: &'static str,
    chair_short: &'static str,
    secretary: &'static str,
    secretary_short: &'static str,
    absent: &'static str,
    row_tools: &'static str,
    add_attendee: &'static str,
    add_attendee_example: &'static str,
    add: &'static str,
    add_attendee_hint: &'static str,
    /// "<field>: <name>", the accessible name of a field in a person's row.
    of_person: Fill,
    /// "osallistuja <name>" (what a removal notice names).
    attendee_named: Fill,
    /// "Poista osallistuja <name>"
    remove_attendee: Fill,

    // Items
    items: &'static str,
    intro: &'static str,
    new_item: &'static str,
    new_item_example: &'static str,
    add_item: &'static str,
    item_title: &'static str,
    drag_to_move: &'static str,
    /// Titles of the move and remove buttons, with their keys.
    move_up_keys: &'static str,
    move_down_keys: &'static str,
    remove_keys: &'static str,
    /// "Siirrä ylös: <what>"
    move_up: Fill,
    /// "Siirrä alas: <what>"
    move_down: Fill,
    /// "kohta 3" (an item by its number).
    item_number: Fill,
    /// "kohta 3 Talous" (what a removal notice names).
    item_named: Fill,
    /// "Poista kohta 3"
    remove_item: Fill,

    // Entries
    /// Entry kinds: paragraph, statement, list, sub-heading, decision, action, attachment, next meeting.
    entry_kinds: [&'static str; 11],
    /// "Merkinnän laji: Puheenvuoro"
    entry_kind: Fill,
    /// "Poista merkintä: Puheenvuoro"
    remove_entry: Fill,
    /// What a removal notice names: "merkintä".
    an_entry: &'static str,
    text: &'static str,
    decision: &'static str,
    list_lines: &'static str,
    subheading: &'static str,
    attachment_name: &'static str,
    owner: &'static str,
    due: &'static str,
    task: &'static str,
    speaker: &'static str,
    statement_text: &'static str,
    add_reply: &'static str,
    /// "Vastaaja 2"
    replier: Fill,
    /// "Vastaus 2"
    reply: Fill,
    /// "Poista vastaus 2"
    remove_reply: Fill,
    /// "Uusi merkintä kohtaan 3" (the entry box's name).
    new_entry: Fill,
    composer_example: &'static str,
    composer_hint: &'static str,
    /// "Tarkistukset: 2 huomiota"
    checks: Count,

    // Notices
    /// "Poistettu: kohta 3."
    removed: Fill,
    /// "Luonnos poistettu: <title>."
    deleted: Fill,
    saved_again: &'static str,
    save_full: &'static str,
    save_unavailable: &'static str,
    save_not_verified: &'static str,
    /// "Latausta ei voitu aloittaa (…)."
    download_failed: Fill,
    no_next_meeting: &'static str,
    /// The PDF fonts could not be loaded (the reason).
    fonts_failed: Fill,
    /// Letters the PDF's font does not have (the letters).
    pdf_letters: Fill,
    /// The part of the app that makes and reads PDF, Word and OpenDocument files did not load (the reason).
    codecs_failed: Fill,

    // Sending
    send_files: &'static str,
    /// The files to attach: PDF, Word, OpenDocument, web page, calendar, Markdown, Muistio file.
    attach: [&'static str; 7],
    send_hint: &'static str,
    share_sheet: &'static str,
    send_eml: &'static str,
    send_mailto: &'static str,
    choose_files: &'static str,
    no_mail_program: &'static str,
    /// The line in an e-mail body that points to the attachments.
    attach_the_files: &'static str,
    /// "Liitä ladatut 2 tiedostoa …"
    attach_downloaded: Count,
    /// "Jakaminen ei onnistunut (…)."
    share_failed: Fill,

    // Never losing a word
    /// The save indicator while another tab's changes are shown read-only.
    read_only: &'static str,
    download_draft: &'static str,
    free_space: &'static str,
    take_over: &'static str,
    /// Old versions deleted to make room.
    freed: Count,
    /// Unsaved edits of a closed or crashed tab brought back.
    recovered: Count,
    /// Unsaved edits brought back aside, as a version (another tab saved since).
    recovered_aside: Count,
    deleted_elsewhere: &'static str,
    merged_other_tab: &'static str,
    conflict_other_tab: &'static str,
    version_unreadable: &'static str,
    /// "Palautettiin versio 14.11.2025 klo 9.05."
    version_restored: Fill,
    /// The backup file's name after its date.
    backup_name: &'static str,
    backed_up: Count,
    /// A document too big for the storage left: its size and the room, in characters.
    no_room: Fill,
    /// What reading a backup did: added, replaced, kept, skipped.
    restored: Fill,
    restored_added: Count,
    restored_replaced: Count,
    restored_kept: Count,
    restored_skipped: Count,
    crash_title: &'static str,
    crash_text: &'static str,
    crash_download: &'static str,
    crash_reload: &'static str,
    storage: &'static str,
    /// "12 % käytössä"
    storage_used: Fill,
    persisted_yes: &'static str,
    persisted_no: &'static str,
    backup_all: &'static str,
    backup_hint: &'static str,
    /// A draft that cannot be opened: download its saved text as it is.
    download_as_is: &'static str,
    /// The kept versions of the open draft.
    versions: Count,
    /// Why a version was kept: periodic, import, merge, conversion, restore, deletion, conflict.
    version_reasons: [&'static str; 7],
    /// "14.11.2025 klo 9.05 · tallennettu muokatessa · 12 400 merkkiä"
    version_row: Fill,
    look: &'static str,
    restore: &'static str,
    /// "Versio 14.11.2025 klo 9.05"
    version_title: Fill,

    // Shortcuts
    keys: &'static str,
    action: &'static str,
    /// Every shortcut: keys and what they do.
    shortcut_list: &'static [(&'static str, &'static str)],

    // Finding one's place: the bar that stays, the outline, entries as they read
    /// The name of the bar of the open document's tools that stays on screen.
    doc_bar: &'static str,
    /// The disclosure button that shows the outline, the drafts and the import on a phone.
    menu: &'static str,
    /// The outline of the items in the side column.
    outline: &'static str,
    /// How the outline is used from the keyboard.
    outline_hint: &'static str,
    /// An item without a title in the outline.
    untitled_item: &'static str,
    /// "Pienennä kohta 3" (fold an item's entries away).
    fold_item: Fill,
    /// "Näytä kohta 3" (unfold it).
    unfold_item: Fill,
    /// "3 merkintää piilossa" (under a folded item).
    folded: Count,
    /// "puheenvuoro (Ida)": an entry's kind and its speaker or owner.
    kind_by: Fill,
    /// "päätös ”Sovittiin …”": an entry's kind and its first words.
    kind_quoting: Fill,
    /// "puheenvuoro (Ida) kohdasta 3" (what a removal notice names).
    entry_in_item: Fill,
    /// "Muokkaa: Ida: Paljonko …" (the name of an entry shown as it reads).
    edit_entry: Fill,
    /// How an entry shown as it reads becomes editable.
    edit_entry_hint: &'static str,
    /// A link's address in an entry shown as it reads ("osoite: …").
    link_to: Fill,
    /// More shortcuts: jumps between items and inline formatting.
    shortcut_more: &'static [(&'static str, &'static str)],
    /// The question Ctrl+K asks: the link's address.
    link_address: &'static str,
    // Forms: repairs the checks offer, attendees in one go, sending as a person would
    /// "Korjaa: Tomi Aho"
    fix_rename: Fill,
    /// "Lisää osallistujiin: Maija"
    fix_add_attendee: Fill,
    fix_swap_times: &'static str,
    /// "Siirrä määräajaksi 10.1.2026"
    fix_due: Fill,
    /// "Poista toistuva rivi: Tomi Aho"
    fix_remove_row: Fill,
    /// "Puhuja ”Tommi” korjattu: Tomi Aho (3 kohtaa)." (old name, new name, places)
    fixed_speaker: Fill,
    /// "1 kohta", "3 kohtaa"
    places: Count,
    /// "Maija lisätty osallistujiin."
    fixed_added: Fill,
    fixed_times: &'static str,
    /// "Määräaika siirretty: 10.1.2026."
    fixed_due: Fill,
    /// "Toistuva rivi poistettu: Tomi Aho."
    fixed_removed: Fill,
    fixed_nothing: &'static str,
    /// The e-mail address column and field.
    email: &'static str,
    /// "8 osallistujaa lisätty."
    people_added: Count,
    /// "Jo osallistujissa: Ida Tirkkonen, Tomi Aho."
    people_known: Fill,
    /// Lines of a paste that were not people.
    people_skipped: Count,
    /// "”x” ei ole sähköpostiosoite."
    not_an_email: Fill,
    /// Under the add field: recipient lists can be pasted too.
    people_hint: &'static str,
    mail_to: &'static str,
    mail_to_hint: &'static str,
    mail_subject: &'static str,
    mail_note: &'static str,
    mail_note_hint: &'static str,
    /// "PDF (.pdf) – 48 kt"
    with_size: Fill,
    /// "48 kt"
    size_kb: Fill,
    /// "1,2 Mt"
    size_mb: Fill,
    /// "Tiedosto ladattiin: <name>. Avaa se …" (after a draft e-mail was downloaded).
    sent_eml: Fill,
    /// The mail program was opened; the files downloaded (their names).
    sent_mailto: Fill,
    sent_share: &'static str,
    per_owner: &'static str,
    /// "2 viestiä: Liisa Ranta, Eero Mäkelä"
    per_owner_who: Fill,
    per_owner_none: &'static str,
    per_owner_button: &'static str,
    /// "1 tehtäväviesti", "2 tehtäväviestiä"
    owner_mails: Count,
    /// "<count> ladattu: <names>."
    sent_owner_mails: Fill,
    /// What sending says when no recipient was given.
    no_recipients: &'static str,
    /// "Ilman sähköpostiosoitetta: Eero Mäkelä." (action owners who get no message)
    per_owner_missing: Fill,
    // Formal minutes: proposals, votes and dissents
    /// The field of a proposal for a decision.
    proposal: &'static str,
    /// What a vote was about.
    vote_question: &'static str,
    /// How the vote was taken.
    vote_method: &'static str,
    /// For, against, abstained.
    tallies: [&'static str; 3],
    /// "Puolesta – ääniä" (a tally's count).
    tally_count: Fill,
    /// "Puolesta – nimet" (who voted so).
    tally_names: Fill,
    /// What came of the vote.
    vote_result: &'static str,
    /// Whose dissenting opinion.
    dissent_who: &'static str,
    /// The opinion and its reasons.
    dissent_text: &'static str,
    /// A count that is not a number ("kolme").
    not_a_count: Fill,
    /// The formal minutes' fields in the header.
    formal: &'static str,
    /// How the items are numbered.
    numbering: &'static str,
    /// "1.", "1 §", "§ 1", each explained.
    numberings: [&'static str; 3],
    /// The first item's number.
    first_number: &'static str,
    /// A number that is not one.
    not_a_number: Fill,
    /// Who check the minutes.
    checkers: &'static str,
    /// How to write several checkers.
    checkers_hint: &'static str,
    /// Where the minutes were checked.
    checked_place: &'static str,
    /// When they were checked.
    checked_date: &'static str,
    /// How far the minutes are.
    stage: &'static str,
    /// Draft, checked, final.
    stages: [&'static str; 3],
    /// Adds the standard opening and closing items.
    add_standard: &'static str,
    /// What adding them did.
    standard_added: Count,
    /// Turns the agenda into the minutes of its meeting.
    agenda_to_minutes: &'static str,
    /// What turning it did.
    agenda_turned: Count,
    /// An item not for publication (a checkbox).
    confidential_item: &'static str,
    /// Final minutes are locked.
    locked_final: &'static str,
    /// Opens them for editing again.
    unlock: &'static str,
    /// The question unlocking asks.
    unlock_question: &'static str,
    /// The dialog for a copy that came back: its heading.
    came_back_heading: &'static str,
    /// "The file was made from the draft …"
    came_back_of: Fill,
    /// How much the copy changed since it was made.
    came_back_changes: Count,
    /// How many things both changed.
    came_back_clashes: Count,
    /// The two sides of a clash.
    clash_here: &'static str,
    clash_there: &'static str,
    /// A side that removed the element / holds an empty field.
    clash_removed: &'static str,
    clash_empty: &'static str,
    /// What a clash is about: a header field, an attendee, an item, an entry in an item.
    clash_header: Fill,
    clash_attendee: Fill,
    clash_item: Fill,
    clash_entry: Fill,
    clash_intro: &'static str,
    /// Both moved the element, to different places.
    clash_moved: &'static str,
    merge_into: &'static str,
    import_separately: &'static str,
    cancel: &'static str,
    /// After the merge: how many changes came in.
    merged_copy: Count,
    /// The draft is final: nothing merges into it until it is opened.
    merge_final: &'static str,
    /// Starts a formal minutes document with its standard items.
    new_minutes: &'static str,
    /// Starts an agenda with the standard items.
    new_agenda: &'static str,
    /// The group of buttons that start a new draft.
    new_drafts: &'static str,
    /// Starts the meeting live (the button).
    meeting_start: &'static str,
    /// Ends the meeting running live (the button).
    meeting_end: &'static str,
    /// The keys that start and end the meeting, as the keyboard names them.
    meeting_keys: &'static str,
    /// The bar while the meeting runs: "Kokous käynnissä: 42 min".
    meeting_running: Fill,
    /// How to move through the items while the meeting runs.
    meeting_hint: &'static str,
    /// Notice: the meeting started at a time.
    meeting_started: Fill,
    /// Notice: the meeting under way goes on (a reload, another draft opened in between).
    meeting_resumed: Fill,
    /// Notice: the meeting ended at a time, after so long.
    meeting_ended: Fill,
    /// Minutes of time: "12 min".
    minutes_short: Fill,
    /// Hours and minutes of time: "1 h 5 min".
    hours_short: Fill,
    /// Before an item's time, for screen readers: "Käsittelyaika".
    item_time: &'static str,
    /// The item under discussion while the meeting runs.
    under_discussion: &'static str,
    /// An action is done (a checkbox in its editor).
    action_done: &'static str,
    /// The register of decisions and open actions across drafts (button and heading).
    register: &'static str,
    /// What the register gathers.
    register_hint: &'static str,
    /// The register's search field.
    register_search: &'static str,
    /// The register's filter by person.
    register_person: &'static str,
    /// No filter by person.
    register_everyone: &'static str,
    /// The decisions heading, with how many are shown.
    register_decisions: Count,
    /// The open actions heading, with how many are shown.
    register_actions: Count,
    /// An action whose due date has passed.
    overdue: &'static str,
    /// A row's button: where it stands (meeting, date, item), which it opens.
    register_open: Fill,
    /// Marks an action done, from the register (the button).
    mark_done_button: &'static str,
    /// Marks an action done, from the register: which.
    mark_done: Fill,
    /// What marking did.
    marked_done: Fill,
    /// The public version (menu entry and dialog heading).
    public_version: &'static str,
    /// What the public version leaves out.
    public_hint: &'static str,
    /// A person named by name.
    naming_name: &'static str,
    /// A person named by initials.
    naming_initials: &'static str,
    /// A person's name removed.
    naming_removed: &'static str,
    /// The row that sets everyone at once.
    naming_all: &'static str,
    /// Send the public version (a checkbox in the send dialog).
    public_send: &'static str,
    /// The formats of the public version to download.
    public_download: &'static str,
}

/// The interface's words in `lang`.
pub fn of(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Fi => &fi::FI,
        Lang::Sv => &sv::SV,
        Lang::En => &en::EN,
    }
}

/// The languages of the interface, each named in itself, in the order of the menu.
pub const LANGUAGES: [(Lang, &str); 3] = [(Lang::Fi, "suomi"), (Lang::Sv, "svenska"), (Lang::En, "English")];

/// A count with its thousands apart ("1 234 567"), as Finnish, Swedish and SI style write it.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
}

/// The interface language for a browser's preferred languages (BCP 47 tags, best first): the
/// first of Finnish, Swedish or English among them; Norwegian and Danish readers get Swedish;
/// Finnish when none of these is there.
pub fn preferred(tags: &[String]) -> Lang {
    tags.iter()
        .find_map(|tag| {
            let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
            match primary.as_str() {
                "fi" => Some(Lang::Fi),
                "sv" | "nb" | "nn" | "no" | "da" => Some(Lang::Sv),
                "en" => Some(Lang::En),
                _ => None,
            }
        })
        .unwrap_or(Lang::Fi)
}

impl Texts {
    /// The download button of a format.
    pub fn download(&self, format: Format) -> &'static str {
        use Format::*;
        let i = match format {
            Markdown => 0,
            Html => 1,
            Text => 2,
            Ics => 3,
            Pdf => 4,
            Docx => 5,
            Odt => 6,
            Json => 7,
        };
        self.downloads[i]
    }

    /// A format in the list of files to attach (Markdown for the plain-text formats).
    pub fn attach_label(&self, format: Format) -> &'static str {
        use Format::*;
        let i = match format {
            Pdf => 0,
            Docx => 1,
            Odt => 2,
            Html => 3,
            Ics => 4,
            Markdown | Text => 5,
            Json => 6,
        };
        self.attach[i]
    }

    /// A document language's name.
    pub fn language(&self, lang: Lang) -> &'static str {
        self.languages[lang as usize]
    }

    /// A length of time to the nearest minute: "12 min", "1 h 5 min".
    pub fn duration(&self, seconds: u32) -> String {
        match muistio_core::edit::live::hours_minutes(seconds) {
            (0, m) => self.minutes_short.with(&[&m.to_string()]),
            (h, m) => self.hours_short.with(&[&h.to_string(), &m.to_string()]),
        }
    }
}

/// A text with places for values: `{1}` for the first, `{2}` for the second, so that a
/// language may put them in its own order.
#[derive(Clone, Copy, Debug)]
pub struct Fill(pub &'static str);

impl Fill {
    /// The text with its places filled in.
    pub fn with(self, values: &[&str]) -> String {
        let mut out = String::with_capacity(self.0.len() + 16);
        let mut rest = self.0;
        while let Some(at) = rest.find('{') {
            out.push_str(&rest[..at]);
            let tail = &rest[at..];
            let place = tail
                .get(1..3)
                .filter(|p| p.ends_with('}'))
                .and_then(|p| p[..1].parse::<usize>().ok());
            match place.and_then(|n| values.get(n.wrapping_sub(1))) {
                Some(value) => {
                    out.push_str(value);
                    rest = &tail[3..];
                }
                None => {
                    out.push('{');
                    rest = &tail[1..];
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// The places (`1`, `2`, …) the text has, in order.
    pub fn places(self) -> Vec<usize> {
        self.0
            .match_indices('{')
            .filter_map(|(at, _)| self.0.get(at + 1..at + 3))
            .filter(|p| p.ends_with('}'))
            .filter_map(|p| p[..1].parse().ok())
            .collect()
    }
}

/// A text that depends on a count: for none, for one, and for more (`{1}` is the count).
#[derive(Clone, Copy, Debug)]
pub struct Count(pub [&'static str; 3]);

impl Count {
    /// The form for `n`, with the count filled in.
    pub fn of(self, n: usize) -> String {
        Fill(self.0[n.min(2)]).with(&[&n.to_string()])
    }
}

/// A message to show, written in whichever language the interface speaks when it is shown
/// (a notice stays right when the language is switched).
#[derive(Clone)]
pub struct Message(Arc<dyn Fn(&Texts) -> String + Send + Sync>);

impl Message {
    /// A message made by `f` from the current language's texts.
    pub fn new(f: impl Fn(&Texts) -> String + Send + Sync + 'static) -> Message {
        Message(Arc::new(f))
    }

    /// A fixed text of the interface.
    pub fn text(f: fn(&Texts) -> &'static str) -> Message {
        Message::new(move |t| f(t).to_string())
    }

    /// The message in `texts`' language.
    pub fn show(&self, texts: &Texts) -> String {
        (self.0)(texts)
    }
}

impl PartialEq for Message {
    fn eq(&self, other: &Message) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.show(of(Lang::En)))
    }
}

/// How a text of one type is listed among the samples.
trait Sample {
    fn sample(&self, key: &'static str, out: &mut Vec<(&'static str, String)>);
}

impl Sample for Lang {
    fn sample(&self, key: &'static str, out: &mut Vec<(&'static str, String)>) {
        out.push((key, self.code().to_string()));
    }
}

impl Sample for &'static str {
    fn sample(&self, key: &'static str, out: &mut Vec<(&'static str, String)>) {
        out.push((key, self.to_string()));
    }
}

impl<const N: usize> Sample for [&'static str; N] {
    fn sample(&self, key: &'static str, out: &mut Vec<(&'static str, String)>) {
        out.extend(self.iter().map(|s| (key, s.to_string())));
    }
}

impl Sample for &'static [(&'static str, &'static str)] {
    fn sample(&self, key: &'static str, out: &mut Vec<(&'static str, String)>) {
        out.extend(
            self.iter()
                .flat_map(|(a, b)| [(key, a.to_string()), (key, b.to_string())]),
        );
    }
}

impl Sample for &'static [Section] {
    fn sample(&self, key: &'static str, out: &mut Vec<(&'static str, String)>) {
        for (heading, paragraphs) in self.iter() {
            out.push((key, heading.to_string()));
            out.extend(paragraphs.iter().map(|p| (key, p.to_string())));
        }
    }
}

impl Sample for Fill {
    fn sample(&self, key: &'static str, out: &mut Vec<(&'static str, String)>) {
        out.push((key, self.0.to_string()));
    }
}

impl Sample for Count {
    fn sample(&self, key: &'static str, out: &mut Vec<(&'static str, String)>) {
        out.extend(self.0.iter().map(|s| (key, s.to_string())));
    }
}
