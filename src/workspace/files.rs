//! Files of the open draft: every export format made and downloaded (a PDF fetches its fonts
//! the first time), and a draft's saved text downloaded as it is.

use super::Workspace;
use crate::browser;
use crate::codecs::{self, Answer, NotMade};
use crate::texts::Message;
use leptos::prelude::*;
use muistio_core::export::public::Naming;
use muistio_core::export::{make_light, ExportError, Exported, Format, Options};
use muistio_core::Id;

/// How each attendee is named in a public version.
pub type Namings = Vec<(Id, Naming)>;

impl Workspace {
    /// Downloads the open document in `format` (a PDF fetches its fonts the first time).
    pub fn download(&self, format: Format) {
        self.download_as(format, None);
    }

    /// Downloads the open document in `format`, or its public version with each attendee
    /// named as `naming` says.
    pub fn download_as(&self, format: Format, naming: Option<Namings>) {
        self.save_now();
        let ws = *self;
        leptos::task::spawn_local(async move {
            match ws.make_file(format, true, naming.as_deref()).await {
                Ok(file) => {
                    if let Err(e) = browser::download::download(&file) {
                        ws.notify(download_failed(e), true, Vec::new());
                    }
                }
                Err(message) => ws.notify(message, true, Vec::new()),
            }
        });
    }

    /// Makes one file of the open document; `Err` holds what to tell the person.
    pub async fn make(&self, format: Format) -> Result<Exported, Message> {
        self.make_file(format, true, None).await
    }

    /// Makes one file, of the public version when `naming` is given; `tell`: a PDF names the
    /// letters its font lacks in a notice. PDF, Word and OpenDocument files are made by the
    /// codecs worker, started on first use.
    pub(super) async fn make_file(
        &self,
        format: Format,
        tell: bool,
        naming: Option<&[(Id, Naming)]>,
    ) -> Result<Exported, Message> {
        let fonts = match format {
            Format::Pdf => Some(self.fonts().await?),
            _ => None,
        };
        // A draft made from another Muistio's file: its files carry where it started (the public
        // version carries only itself).
        let origin = self
            .open
            .with_untracked(|o| o.as_ref().map(|o| o.id.clone()))
            .and_then(|id| browser::storage::origin(&id));
        let measure = format!("export:{}", format.extension());
        let now_ms = browser::now_ms();
        if format.heavy() {
            let ask = self
                .with_doc_untracked(|whole| codecs::make_ask(whole, origin.as_ref(), now_ms, format, naming, tell))
                .ok_or_else(|| Message::text(|t| t.nothing_open))?;
            let fonts = fonts.as_ref().map(|f| (f.0.as_slice(), f.1.as_slice()));
            let asked = browser::timing::measure_async(&measure, browser::codecs::ask(&ask, None, fonts)).await;
            return self.made(format, asked);
        }
        let made = browser::timing::measure(&measure, || {
            self.with_doc_untracked(|whole| {
                let options = Options {
                    now_ms,
                    fonts: None,
                    base: origin.as_ref(),
                    public: naming,
                };
                make_light(whole, format, &options).map_err(|e| match e {
                    ExportError::NoNextMeeting => Message::text(|t| t.no_next_meeting),
                    // The PDF and the other heavy formats go to the codecs worker above: never
                    // asked here.
                    ExportError::NeedsFonts | ExportError::Fonts(_) | ExportError::Elsewhere => {
                        codecs_failed(format.extension().into())
                    }
                })
            })
        });
        made.unwrap_or_else(|| Err(Message::text(|t| t.nothing_open)))
    }

    /// The file the codecs worker made, or what to tell the person; the letters a PDF's font
    /// lacks are said in a notice.
    fn made(&self, format: Format, asked: Result<(Answer, Vec<u8>), String>) -> Result<Exported, Message> {
        match asked {
            Ok((Answer::Made { name, missing }, bytes)) => {
                if !missing.is_empty() {
                    self.notify(
                        Message::new(move |t| t.pdf_letters.with(&[&missing])),
                        false,
                        Vec::new(),
                    );
                }
                Ok(Exported {
                    name,
                    mime: format.mime(),
                    bytes,
                })
            }
            Ok((Answer::NotMade { why }, _)) => Err(match why {
                NotMade::NoNextMeeting => Message::text(|t| t.no_next_meeting),
                NotMade::NeedsFonts => fonts_failed("PDF".into()),
                NotMade::Fonts(why) => fonts_failed(why),
                NotMade::Unknown(why) => codecs_failed(why),
            }),
            Ok((other, _)) => Err(codecs_failed(format!("{other:?}"))),
            Err(why) => Err(codecs_failed(why)),
        }
    }

    /// The attendees of the open document by name, and how the public version names each
    /// unless the person chooses otherwise.
    pub fn public_choices(&self) -> (Vec<(Id, String)>, Namings) {
        self.with_doc_untracked(|d| {
            let people = d.attendees.iter().map(|a| (a.id, a.full_name())).collect();
            (people, muistio_core::export::public::default_naming(d))
        })
        .unwrap_or_default()
    }

    /// The PDF fonts, fetched once and kept.
    async fn fonts(&self) -> Result<super::PdfFonts, Message> {
        if let Some(f) = self.fonts.get_value() {
            return Ok(f);
        }
        let regular = browser::fetch::bytes("fonts/DejaVuSans.ttf")
            .await
            .map_err(fonts_failed)?;
        let bold = browser::fetch::bytes("fonts/DejaVuSans-Bold.ttf")
            .await
            .map_err(fonts_failed)?;
        let fonts = std::sync::Arc::new((regular, bold));
        self.fonts.set_value(Some(fonts.clone()));
        Ok(fonts)
    }

    /// Downloads a draft's saved text as it is, for a draft that cannot be opened here
    /// (damaged, or saved by a newer Muistio): nothing of it is lost.
    pub fn download_raw(&self, id: &str) {
        let Some(text) = browser::storage::raw(id) else { return };
        let file = Exported {
            name: format!("muistio-{id}.json"),
            mime: "application/json",
            bytes: text.into_bytes(),
        };
        if let Err(e) = browser::download::download(&file) {
            self.notify(download_failed(e), true, Vec::new());
        }
    }
}

/// A download the browser would not start.
pub(super) fn download_failed(e: wasm_bindgen::JsValue) -> Message {
    let reason = format!("{e:?}");
    Message::new(move |t| t.download_failed.with(&[&reason]))
}

/// The codecs worker did not load or answer (the reason).
pub(super) fn codecs_failed(reason: String) -> Message {
    Message::new(move |t| t.codecs_failed.with(&[&reason]))
}

fn fonts_failed(reason: String) -> Message {
    Message::new(move |t| t.fonts_failed.with(&[&reason]))
}
