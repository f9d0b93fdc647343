//! The interface in English.

use super::{Count, Fill, Texts};
use muistio_core::Lang;

pub const EN: Texts = Texts {
    lang: Lang::En,
    tagline: "Meeting minutes in your browser – kept on this device only",
    continue_writing: "Continue writing",
    ui_language: "Language",
    undo: "Undo",
    redo: "Redo",
    redo_keys: "Ctrl+Shift+Z",
    shortcuts: "Keyboard shortcuts",
    saved_at: Fill("Saved {1}"),
    unsaved: "Not saved yet…",
    save_failed: "Saving failed",
    notices: "Notices",
    close: "Close",
    update_ready: "A new version is available – update",
    update_now: "Update",
    offline_ready: "Muistio now works without a network connection too.",
    accessibility: "Accessibility statement",
    statement_title: "Accessibility statement",
    statement: &[
        (
            "What this statement covers",
            &["This statement covers Muistio, a meeting-minutes editor that runs in the browser, and the documents it \
               makes. It was prepared on 29 November 2026."],
        ),
        (
            "Compliance status",
            &["Muistio partially conforms to WCAG 2.1 level A and AA. The known gaps are listed below."],
        ),
        (
            "How accessibility was assessed",
            &["This is a self-assessment. Every screen and dialog is checked with the axe-core tool in Finnish, \
               Swedish and English on every change, and the tests write a whole memo with the keyboard alone. The \
               page works at 320 CSS pixels wide and at 200 % zoom, and it follows the device's dark theme and \
               reduced-motion setting."],
        ),
        (
            "Known gaps",
            &[
                "Muistio has not yet been tested with people who use screen readers (NVDA, JAWS, VoiceOver, \
                 TalkBack); the checks are automated and done with the keyboard.",
                "The PDF file is tagged (headings, paragraphs, lists, tables, links, language and title), but it has \
                 not been checked with a program that certifies PDF/UA conformance.",
                "Word and OpenDocument files have real headings, table header rows and their language; how well they \
                 work also depends on the program that opens them.",
                "Sharing uses the browser's own share sheet, and the e-mail draft a mail program: their \
                 accessibility depends on the browser and the program.",
                "How clear the content is, link texts for example, is up to the writer. The Checks list shows \
                 missing links.",
            ],
        ),
        (
            "Feedback",
            &["Muistio runs entirely in your browser and sends nothing anywhere, so feedback cannot be sent from the \
               app. If you find an accessibility problem, tell the organisation that gave you Muistio. It must \
               answer within two weeks."],
        ),
        (
            "Enforcement",
            &["If you are not satisfied with the answer, or get no answer within two weeks, you can notify the \
               supervisory authority. Instructions: www.webaccessibility.fi."],
        ),
    ],
    privacy: "Drafts are kept in this browser only. Nothing is sent anywhere unless you download or send a file \
              yourself.",

    drafts_heading: "Drafts",
    new_blank: "New minutes",
    new_follow_up: "Next meeting from this",
    duplicate: "Copy",
    delete: "Delete",
    search_drafts: "Search drafts",
    no_drafts: "No drafts yet. Open a minutes file or paste the text of minutes.",
    no_matches: "No drafts match the search.",
    untitled: "Untitled minutes",
    unreadable: "This draft cannot be read",
    date_time: Fill("{1} at {2}"),
    saved_on: Fill("saved {1}"),
    follow_up_of: Fill("Next meeting from this: {1}"),
    duplicate_of: Fill("Copy: {1}"),
    delete_draft: Fill("Delete draft {1}"),
    copy_of: Fill("{1} (copy)"),
    copy: "Copy",

    import_heading: "Open minutes",
    open_file: "Open a file…",
    open_file_hint: "Muistio, Word, OpenDocument, web page or text (.docx, .odt, .html, .md, .txt, .json)",
    paste_label: "Paste the text of minutes",
    paste_button: "Open the pasted text",
    imported: Fill("Minutes opened: {1}, {2}."),
    item_count: Count(["no items", "1 item", "{1} items"]),
    attendee_count: Count(["no attendees", "1 attendee", "{1} attendees"]),
    file_unreadable: Fill("The file could not be read ({1})."),

    nothing_open: "No minutes are open.",
    doc_tools: "Minutes tools",
    edit: "Edit",
    preview: "Preview",
    send: "Send by e-mail",
    print: "Print",
    download_as: "Download as a file",
    downloads: [
        "Download Markdown",
        "Download web page",
        "Download text",
        "Download calendar file",
        "Download PDF",
        "Download Word",
        "Download OpenDocument",
        "Download Muistio file",
    ],
    missing_link: "link missing",

    basics: "Details",
    meeting_name: "Meeting name",
    meeting_name_example: "e.g. Creative industries cluster meeting",
    doc_type: "Document",
    kinds: ["Memo", "Minutes", "Agenda"],
    number: "Number",
    number_example: "e.g. 3/2025",
    doc_language: "Document language",
    languages: ["Finnish", "Swedish", "English"],
    date: "Date",
    starts: "Starts",
    ends: "Ends",
    place: "Place",
    place_example: "room, address, town",
    not_a_date: Fill("“{1}” is not a date. Write for example 14.11.2025."),
    not_a_time: Fill("“{1}” is not a time. Write for example 9.00 or 9:00."),

    attendees: "Attendees",
    first_names: "First names",
    last_name: "Last name",
    organisations: "Organisations and roles",
    chair: "Chair",
    chair_short: "Chair",
    secretary: "Secretary",
    secretary_short: "Sec.",
    absent: "Absent",
    row_tools: "Actions",
    add_attendee: "Add an attendee",
    add_attendee_example: "First Last, organisation, role",
    add: "Add",
    add_attendee_hint: "Enter adds. Several rows from a word processor or spreadsheet can be pasted at once.",
    of_person: Fill("{1}: {2}"),
    attendee_named: Fill("attendee {1}"),
    remove_attendee: Fill("Remove attendee {1}"),

    items: "Items",
    intro: "Introduction",
    new_item: "New item",
    new_item_example: "Item title, Enter adds",
    add_item: "Add item",
    item_title: "Item title",
    drag_to_move: "Drag to move",
    move_up_keys: "Move up (Alt+↑)",
    move_down_keys: "Move down (Alt+↓)",
    remove_keys: "Remove (Alt+Delete)",
    move_up: Fill("Move up: {1}"),
    move_down: Fill("Move down: {1}"),
    item_number: Fill("item {1}"),
    item_named: Fill("item {1} {2}"),
    remove_item: Fill("Remove item {1}"),

    entry_kinds: [
        "Paragraph",
        "Statement",
        "List",
        "Sub-heading",
        "Decision",
        "Action",
        "Attachment",
        "Next meeting",
    ],
    entry_kind: Fill("Kind of entry: {1}"),
    remove_entry: Fill("Remove entry: {1}"),
    an_entry: "an entry",
    text: "Text",
    decision: "Decision",
    list_lines: "List, one point per line",
    subheading: "Sub-heading",
    attachment_name: "Attachment name",
    owner: "Owner",
    due: "Due",
    task: "Action",
    speaker: "Speaker",
    statement_text: "Statement",
    add_reply: "+ Reply",
    replier: Fill("Replying {1}"),
    reply: Fill("Reply {1}"),
    remove_reply: Fill("Remove reply {1}"),
    new_entry: Fill("New entry in item {1}"),
    composer_example: "Type an entry and press Enter – Ida: statement · - list · Agreed … · Action (Name, 1.12.2025): …",
    composer_hint: "Enter adds the entry, Shift+Enter starts a new line.",
    checks: Count(["Checks: nothing to note", "Checks: 1 note", "Checks: {1} notes"]),

    removed: Fill("Removed: {1}."),
    deleted: Fill("Draft deleted: {1}."),
    saved_again: "The minutes are saving again.",
    save_full: "The browser's storage is full and the minutes were not saved. Download them as a file and delete old \
                drafts.",
    save_unavailable: "The browser does not let this page save (private browsing or blocked site data, for example). \
                       Download the minutes as a file so that nothing is lost.",
    save_not_verified: "The save could not be confirmed. Download the minutes as a file so that nothing is lost.",
    download_failed: Fill("The download could not start ({1})."),
    no_next_meeting: "No calendar file can be made: the minutes have no date for the next meeting. Add it under “Next \
                      meeting”.",
    fonts_failed: Fill(
        "The PDF could not be made because its fonts did not load ({1}). Check the network connection and try \
         again, or choose Word or OpenDocument.",
    ),

    pdf_letters: Fill(
        "The PDF's font has no {1}: these show as � in the PDF, but copy and read aloud correctly. Word, \
         OpenDocument and the web page show them.",
    ),

    send_files: "Files to attach",
    attach: [
        "PDF (.pdf)",
        "Word (.docx)",
        "OpenDocument (.odt)",
        "Web page (.html)",
        "Calendar entry for the next meeting (.ics)",
        "Markdown (.md)",
        "Muistio file for further editing (.json)",
    ],
    send_hint: "The e-mail draft has the files attached already: open it in Outlook, Thunderbird or Mail and add the \
                recipients. Opening the mail program downloads the files, and you attach them yourself.",
    share_sheet: "Share…",
    send_eml: "Download e-mail draft (.eml)",
    send_mailto: "Open the mail program",
    choose_files: "Choose at least one file to attach.",
    no_mail_program: "The mail program could not be opened. Download the e-mail draft (.eml) or attach the downloaded \
                      files yourself.",
    attach_the_files: "The full document is in the attached files.",
    attach_downloaded: Count([
        "Attach the downloaded files to the e-mail; they are among the browser's downloads.",
        "Attach the downloaded file to the e-mail; it is among the browser's downloads.",
        "Attach the {1} downloaded files to the e-mail; they are among the browser's downloads.",
    ]),
    share_failed: Fill("Sharing did not work ({1}). Download the e-mail draft (.eml) or the files."),

    keys: "Keys",
    action: "Action",
    shortcut_list: &[
        ("Tab at the top of the page, Enter", "Continue writing in the last item's entry box"),
        ("Ctrl+Z", "Undo"),
        ("Ctrl+Shift+Z or Ctrl+Y", "Redo"),
        ("Ctrl+S", "Save now"),
        (
            "Enter in an item's entry box",
            "Add an entry (Ida: …, - …, Agreed …, Action (Name, date): …, 4. New item)",
        ),
        ("Shift+Enter", "New line in the same entry"),
        ("Alt+↑ / Alt+↓", "Move an entry, item or attendee"),
        ("Alt+Delete", "Remove an entry, item or attendee (can be undone)"),
        ("Enter in an item title", "Go to the item's entry box"),
        ("Ctrl+Alt+P", "Preview on or off"),
        ("Ctrl+/", "Show or hide the keyboard shortcuts"),
        ("Esc", "Close this window"),
    ],
};
