//! The app's state and the actions that change it. Components read the signals and call the
//! actions; the actions call the core and the browser effects. Nothing here is saved but the
//! open document (see `saving.rs`).

mod arrange;
mod backup;
mod drafts;
mod editing;
mod files;
mod fixes;
mod formal;
mod importing;
mod live;
mod notices;
mod place;
mod register;
mod returns;
mod saving;
mod sharing;
mod tabs;
mod versions;
mod warm;

pub use editing::{dom_id, id_of_dom};
pub use files::Namings;
pub use notices::{Action, Notice, Undo};
pub use place::Place;
pub use returns::Returned;
pub use saving::SaveState;
pub use sharing::{Outgoing, Said, Via};
pub use warm::{warm_codecs, warm_readers};

use crate::browser::storage::DraftInfo;
use crate::texts::{self, Message, Texts};
use leptos::prelude::*;
use muistio_core::check::{check, Finding};
use muistio_core::edit::{History, Part};
use muistio_core::Lang;
use muistio_core::{Ids, Minutes};
use std::collections::HashMap;

/// The regular and bold font files a PDF is set in.
pub type PdfFonts = std::sync::Arc<(Vec<u8>, Vec<u8>)>;

/// The open draft: its storage id and its document.
#[derive(Clone, PartialEq, Debug)]
pub struct OpenDraft {
    /// Storage id.
    pub id: String,
    /// The document.
    pub minutes: Minutes,
}

/// What this tab knows of the open draft beyond its document: where its saves start from,
/// and what is not saved yet.
#[derive(Default)]
struct Base {
    /// The stored revision this tab last read or wrote: a save over a newer one is refused.
    revision: u64,
    /// The draft as last saved or read here: where a merge with another tab's save starts.
    saved_text: String,
    /// The draft as saved before that (where a merge starts when another tab wrote over this
    /// tab's last save at the same revision).
    prev_text: String,
    /// The edits made since then (written to the journal after each one).
    pending: Vec<muistio_core::edit::Edit>,
    /// Text typed into entry boxes and not yet added.
    unsent: Vec<muistio_core::store::Unsent>,
    /// The last save failed (the person was told; the next good save says so).
    failing: bool,
    /// A new blank draft nothing has been typed into yet: not stored until something is.
    unstored: bool,
}

/// Shared state, handed to components through context, in three parts: the open document
/// (private, changed only through edits, with what it takes to save it), the drafts in
/// storage, and the interface's own state (never saved).
#[derive(Clone, Copy)]
pub struct Workspace {
    // The open document.
    /// The draft on screen. Private: the document changes only through edits (`editing.rs`),
    /// and views read it through [`Workspace::read`], [`Workspace::open_id`] and the like.
    open: RwSignal<Option<OpenDraft>>,
    /// Whether the open draft is safely stored.
    pub save_state: RwSignal<SaveState>,
    /// Another tab changed the same parts of the open draft: it is shown read-only here until
    /// the person takes it over.
    pub read_only: RwSignal<bool>,
    /// The kept versions of the open draft, newest first.
    pub versions: RwSignal<Vec<crate::browser::storage::Version>>,
    /// Undo and redo are possible.
    pub can_undo: RwSignal<bool>,
    pub can_redo: RwSignal<bool>,
    /// Counts the moments the document settles (opened, or typing paused): work too slow for
    /// every keystroke, such as the checks, follows this instead of each change.
    pub settled: RwSignal<u64>,
    /// Counts every change of the open document (for views of the whole, like the preview).
    pub revision: RwSignal<u64>,
    /// The clock of the meeting running live in the open draft (`None`: not live).
    pub live: RwSignal<Option<muistio_core::edit::live::Clock>>,
    /// The clock's last tick while a meeting runs (milliseconds since 1970).
    pub tick: RwSignal<u64>,

    // The drafts in storage.
    /// The drafts in storage, newest first (their list entries only).
    pub drafts: RwSignal<Vec<DraftInfo>>,
    /// The storage this site uses, in characters, and whether the browser keeps it for good.
    pub usage: RwSignal<crate::browser::storage::Usage>,
    /// A copy of a draft here that came back, waiting for the person to merge or keep it apart.
    pub pending_return: RwSignal<Option<Returned>>,

    // The interface.
    /// The language the interface speaks (each document has its own).
    pub ui_lang: RwSignal<Lang>,
    /// Messages, oldest first.
    pub notices: RwSignal<Vec<Notice>>,
    /// The element (DOM id) to focus once the page has been drawn.
    pub focus: RwSignal<Option<String>>,
    /// The preview (read-only document) is shown instead of the editor.
    pub preview: RwSignal<bool>,
    /// The app is cached for use without a network.
    pub offline_ready: RwSignal<bool>,
    /// A new version of the app is ready to take over.
    pub update_ready: RwSignal<bool>,

    // Kept out of sight.
    /// One trigger per part of the document a view shows: an edit wakes only the views of
    /// the parts it changed, so typing in one entry redraws that entry alone.
    parts: StoredValue<HashMap<Part, ArcTrigger>>,
    history: StoredValue<History>,
    base: StoredValue<Base>,
    ids: StoredValue<Ids>,
    next_key: StoredValue<u64>,
    save_timer: StoredValue<Option<TimeoutHandle>>,
    /// When the open draft last changed (milliseconds since 1970): the save waits for a pause.
    changed_at: StoredValue<u64>,
    /// When the storage in use was last read (milliseconds since 1970).
    usage_at: StoredValue<u64>,
    /// The PDF fonts once fetched.
    fonts: StoredValue<Option<PdfFonts>>,
    /// The checks' findings and the settling they were made at (see [`Workspace::findings`]).
    checked: StoredValue<(u64, Vec<Finding>)>,
}

impl Workspace {
    /// Reads storage and reopens the draft that was open before the reload.
    pub fn load() -> Workspace {
        let ws = Workspace {
            ui_lang: RwSignal::new(crate::browser::language::chosen()),
            drafts: RwSignal::new(crate::browser::storage::list()),
            open: RwSignal::new(None),
            notices: RwSignal::new(Vec::new()),
            save_state: RwSignal::new(SaveState::Saved(0)),
            read_only: RwSignal::new(false),
            usage: RwSignal::new(crate::browser::storage::usage()),
            versions: RwSignal::new(Vec::new()),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            focus: RwSignal::new(None),
            preview: RwSignal::new(false),
            offline_ready: RwSignal::new(false),
            update_ready: RwSignal::new(false),
            settled: RwSignal::new(0),
            revision: RwSignal::new(0),
            pending_return: RwSignal::new(None),
            live: RwSignal::new(None),
            tick: RwSignal::new(0),
            parts: StoredValue::new(HashMap::new()),
            history: StoredValue::new(History::default()),
            base: StoredValue::new(Base::default()),
            ids: StoredValue::new(Ids::seeded(crate::browser::random_seed())),
            next_key: StoredValue::new(0),
            save_timer: StoredValue::new(None),
            changed_at: StoredValue::new(0),
            usage_at: StoredValue::new(0),
            fonts: StoredValue::new(None),
            checked: StoredValue::new((u64::MAX, Vec::new())),
        };
        if let Some(id) = crate::browser::storage::open_id() {
            ws.open_draft(&id);
        }
        ws
    }

    /// The storage id of the draft on screen (a view that calls this follows the switch to
    /// another draft, not the edits).
    pub fn open_id(&self) -> Option<String> {
        self.open.with(|o| o.as_ref().map(|o| o.id.clone()))
    }

    /// Whether a draft is on screen.
    pub fn has_doc(&self) -> bool {
        self.open.with(Option::is_some)
    }

    /// A copy of the whole document, for a view of the whole (the preview); it follows the
    /// switch to another draft and [`Workspace::revision`], not each edit.
    pub fn whole_doc(&self) -> Option<Minutes> {
        self.open.track();
        self.revision.track();
        self.open.with_untracked(|o| o.as_ref().map(|o| o.minutes.clone()))
    }

    /// The checks' findings on the document as it last settled (a view that calls this follows
    /// [`Workspace::settled`]): checked once per settling, however many views show them.
    pub fn findings(&self) -> Vec<Finding> {
        let at = self.settled.get();
        if let Some(found) = self.checked.with_value(|(n, f)| (*n == at).then(|| f.clone())) {
            return found;
        }
        let found = self.with_doc_untracked(check).unwrap_or_default();
        self.checked.set_value((at, found.clone()));
        found
    }

    /// The workspace provided by [`crate::app::App`].
    pub fn get() -> Workspace {
        expect_context::<Workspace>()
    }

    /// A fresh id for a new attendee, item or entry.
    pub fn new_id(&self) -> muistio_core::Id {
        let mut id = muistio_core::Id(0);
        self.ids.update_value(|ids| id = ids.next_id());
        id
    }

    /// Runs `f` with the id generator (for core functions that make new elements).
    pub fn with_ids<R>(&self, f: impl FnOnce(&mut Ids) -> R) -> R {
        let mut out = None;
        self.ids.update_value(|ids| out = Some(f(ids)));
        out.expect("update_value runs its closure")
    }

    /// The interface's words in its current language (a view that calls this is redrawn when
    /// the language changes).
    pub fn t(&self) -> &'static Texts {
        texts::of(self.ui_lang.get())
    }

    /// The interface's words, without redrawing anything when the language changes.
    pub fn t_untracked(&self) -> &'static Texts {
        texts::of(self.ui_lang.get_untracked())
    }

    /// A fixed text of the interface as a signal, for a component's label or placeholder.
    pub fn word(&self, f: fn(&Texts) -> &'static str) -> Signal<String> {
        let ws = *self;
        Signal::derive(move || f(ws.t()).to_string())
    }

    /// Switches the interface's language and remembers the choice.
    pub fn set_ui_lang(&self, lang: Lang) {
        crate::browser::language::remember(lang);
        self.ui_lang.set(lang);
    }

    /// Asks for the element with DOM id `dom_id` to receive focus once drawn.
    pub fn focus_on(&self, dom_id: impl Into<String>) {
        self.focus.set(Some(dom_id.into()));
    }

    /// Reports a file the browser could not read.
    pub fn file_failed(&self, reason: &str) {
        let reason = reason.to_string();
        self.notify(
            Message::new(move |t| t.file_unreadable.with(&[&reason])),
            true,
            Vec::new(),
        );
    }
}
