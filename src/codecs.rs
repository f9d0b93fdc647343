//! What the app asks of its second WebAssembly module, the codecs worker (`src/bin/codecs.rs`),
//! and what it answers: the PDF, Word and OpenDocument writers and the Word and OpenDocument
//! reader, which only the rare actions need, loaded when first used. A question is JSON with the
//! file's bytes (and a PDF's fonts) beside it; an answer is JSON with the made file's bytes
//! beside it. [`answer`] is the worker's whole work, over muistio-core's pure functions; it
//! builds natively too, for its tests.

use muistio_core::came_back;
use muistio_core::export::public::Naming;
use muistio_core::export::{make, pdf, ExportError, Format, Options};
use muistio_core::format::{from_json, Envelope};
use muistio_core::labels::Lang;
use muistio_core::store::{restore, Origin, Restored};
use muistio_core::{Id, Ids, ImportError, Minutes};
use serde::{Deserialize, Serialize};

/// A question to the worker.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ask {
    /// A file of a heavy format ([`Format::heavy`]) made from `draft`, the document's carried
    /// form (with where it started and when it is made); the public version when `public` names
    /// each attendee. `tell`: the letters a PDF's font lacks are listed.
    Make {
        format: Format,
        draft: String,
        public: Option<Vec<(Id, Naming)>>,
        tell: bool,
    },
    /// The Word or OpenDocument file beside it read, fresh ids drawn from `seed`.
    Read { seed: u64 },
    /// The file beside it read as a copy that came back (a file Muistio made, edited).
    CameBack { seed: u64 },
}

/// The worker's answer to an [`Ask`] (JSON as serde writes it; read back by [`Answer::read`]).
#[derive(Clone, PartialEq, Debug, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// The file, its bytes beside; the letters the PDF's font lacks, when asked.
    Made { name: String, missing: String },
    /// Why the file could not be made.
    NotMade { why: NotMade },
    /// The document read, in its carried form (with the base and time it carries); `saved`:
    /// a draft Muistio wrote inside the file, rather than the file's text.
    Read { saved: bool, draft: String },
    /// The copy that came back: where both started and the copy, in carried forms.
    CameBack { base: String, theirs: String },
    /// The file is not one Muistio made.
    NotCameBack,
    /// Why the file could not be read, in each language.
    NotRead { fi: String, sv: String, en: String },
}

/// Why a file could not be made.
#[derive(Clone, PartialEq, Debug, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotMade {
    NoNextMeeting,
    NeedsFonts,
    Fonts(String),
    /// The question itself was not understood (a worker of another build).
    Unknown(String),
}

impl Answer {
    /// An answer from its JSON, read through `serde_json::Value`, which the app's main module
    /// has anyway, instead of a derived reader of its own; `None` for anything else.
    pub fn read(json: &str) -> Option<Answer> {
        let value: serde_json::Value = serde_json::from_str(json).ok()?;
        let (kind, fields) = tagged(&value)?;
        let text = |name: &str| fields.get(name).and_then(|v| v.as_str()).map(str::to_string);
        Some(match kind {
            "made" => Answer::Made {
                name: text("name")?,
                missing: text("missing")?,
            },
            "not_made" => {
                let (why, detail) = tagged(fields.get("why")?)?;
                let detail = || detail.as_str().map(str::to_string);
                Answer::NotMade {
                    why: match why {
                        "no_next_meeting" => NotMade::NoNextMeeting,
                        "needs_fonts" => NotMade::NeedsFonts,
                        "fonts" => NotMade::Fonts(detail()?),
                        "unknown" => NotMade::Unknown(detail()?),
                        _ => return None,
                    },
                }
            }
            "read" => Answer::Read {
                saved: fields.get("saved")?.as_bool()?,
                draft: text("draft")?,
            },
            "came_back" => Answer::CameBack {
                base: text("base")?,
                theirs: text("theirs")?,
            },
            "not_came_back" => Answer::NotCameBack,
            "not_read" => Answer::NotRead {
                fi: text("fi")?,
                sv: text("sv")?,
                en: text("en")?,
            },
            _ => return None,
        })
    }
}

/// An externally tagged value: its tag and what it holds (`Null` for a bare tag).
fn tagged(value: &serde_json::Value) -> Option<(&str, &serde_json::Value)> {
    match value {
        serde_json::Value::String(tag) => Some((tag.as_str(), &serde_json::Value::Null)),
        serde_json::Value::Object(map) if map.len() == 1 => map.iter().next().map(|(k, v)| (k.as_str(), v)),
        _ => None,
    }
}

/// The question to make `doc` in `format`, carrying `base`, made at `now_ms`.
pub fn make_ask(
    doc: &Minutes,
    base: Option<&Minutes>,
    now_ms: u64,
    format: Format,
    public: Option<&[(Id, Naming)]>,
    tell: bool,
) -> Ask {
    Ask::Make {
        format,
        draft: Envelope::carried(doc, base, now_ms),
        public: public.map(<[_]>::to_vec),
        tell,
    }
}

/// The worker's work: the answer to `ask` (JSON), with the bytes that go beside it. `bytes`:
/// the file a reading asks about; `fonts`: a PDF's regular and bold fonts.
pub fn answer(ask: &str, bytes: &[u8], fonts: Option<(&[u8], &[u8])>) -> (Answer, Vec<u8>) {
    let unknown = |why: String| {
        (
            Answer::NotMade {
                why: NotMade::Unknown(why),
            },
            Vec::new(),
        )
    };
    let ask: Ask = match serde_json::from_str(ask) {
        Ok(ask) => ask,
        Err(e) => return unknown(e.to_string()),
    };
    match ask {
        Ask::Make {
            format,
            draft,
            public,
            tell,
        } => {
            let envelope = match from_json(&draft) {
                Ok(envelope) => envelope,
                Err(e) => return unknown(e.to_string()),
            };
            made(&envelope, format, public.as_deref(), tell, fonts)
        }
        Ask::Read { seed } => match restore(bytes, &mut Ids::seeded(seed)) {
            Ok(restored) => (
                Answer::Read {
                    saved: restored.origin == Origin::Saved,
                    draft: carried(&restored.minutes, restored.base.as_ref(), restored.saved_at),
                },
                Vec::new(),
            ),
            Err(e) => (not_read(&e), Vec::new()),
        },
        Ask::CameBack { seed } => match came_back::came_back(bytes, &mut Ids::seeded(seed)) {
            Ok(Some(came)) => (
                Answer::CameBack {
                    base: carried(&came.base, None, None),
                    theirs: carried(&came.theirs, None, None),
                },
                Vec::new(),
            ),
            Ok(None) => (Answer::NotCameBack, Vec::new()),
            Err(e) => (not_read(&e), Vec::new()),
        },
    }
}

/// A file made from a carried draft.
fn made(
    envelope: &Envelope,
    format: Format,
    public: Option<&[(Id, Naming)]>,
    tell: bool,
    fonts: Option<(&[u8], &[u8])>,
) -> (Answer, Vec<u8>) {
    let doc = &envelope.minutes;
    let missing: String = match (format, fonts, tell) {
        (Format::Pdf, Some((regular, _)), true) => {
            let shown = public.map(|p| muistio_core::export::public::public(doc, p));
            pdf::unsupported(shown.as_ref().unwrap_or(doc), regular)
                .unwrap_or_default()
                .into_iter()
                .collect()
        }
        _ => String::new(),
    };
    let options = Options {
        now_ms: envelope.saved_at,
        fonts,
        base: envelope.base.as_ref(),
        public,
    };
    match make(doc, format, &options) {
        Ok(file) => (
            Answer::Made {
                name: file.name,
                missing,
            },
            file.bytes,
        ),
        Err(e) => {
            let why = match e {
                ExportError::NoNextMeeting => NotMade::NoNextMeeting,
                ExportError::NeedsFonts => NotMade::NeedsFonts,
                ExportError::Fonts(why) => NotMade::Fonts(why),
                ExportError::Elsewhere => NotMade::Unknown("elsewhere".into()),
            };
            (Answer::NotMade { why }, Vec::new())
        }
    }
}

fn carried(doc: &Minutes, base: Option<&Minutes>, saved_at: Option<u64>) -> String {
    Envelope::carried(doc, base, saved_at.unwrap_or(0))
}

fn not_read(e: &ImportError) -> Answer {
    Answer::NotRead {
        fi: e.message(Lang::Fi),
        sv: e.message(Lang::Sv),
        en: e.message(Lang::En),
    }
}

/// A document the worker read, as [`restore`] gives it (`Err`: the carried form is damaged).
pub fn restored(saved: bool, draft: &str) -> Result<Restored, ImportError> {
    let envelope = from_json(draft)?;
    Ok(Restored {
        minutes: envelope.minutes,
        origin: if saved { Origin::Saved } else { Origin::Text },
        saved_at: Some(envelope.saved_at).filter(|t| *t > 0),
        base: envelope.base,
        repairs: Vec::new(),
    })
}
