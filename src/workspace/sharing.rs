//! Sending the minutes by e-mail: the share sheet, a draft message file, or the mail program.

use super::Workspace;
use crate::browser::{self, share};
use crate::texts;
use muistio_core::export::{export, mail, Exported, Format};

/// How the files go out.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Via {
    /// The browser's share sheet (phones, and desktop browsers that have one).
    Sheet,
    /// A draft message file (.eml) that desktop mail programs open for editing.
    Eml,
    /// The files downloaded and the mail program opened with subject and a short body.
    MailTo,
}

impl Workspace {
    /// The files in `formats`, the subject and the body (the plain-text minutes).
    fn parcel(&self, formats: &[Format]) -> Option<(Vec<Exported>, String, String)> {
        self.save_now();
        self.with_doc_untracked(|d| {
            let now = browser::now_ms();
            let files: Vec<Exported> = formats.iter().filter_map(|f| export(d, *f, now).ok()).collect();
            let body = export(d, Format::Text, now)
                .map(|t| String::from_utf8_lossy(&t.bytes).into_owned())
                .unwrap_or_default();
            (files, mail::subject(d), body)
        })
    }

    /// True when the share sheet would take these formats.
    pub fn can_share(&self, formats: &[Format]) -> bool {
        self.parcel(formats)
            .is_some_and(|(files, subject, body)| share::can_share(&files, &subject, &body))
    }

    /// Sends the chosen formats on.
    pub fn send(&self, formats: Vec<Format>, via: Via) {
        let Some((files, subject, body)) = self.parcel(&formats) else {
            return;
        };
        if files.is_empty() {
            return self.notify(texts::CHOOSE_FILES.into(), true, None);
        }
        match via {
            Via::Sheet => {
                let ws = *self;
                leptos::task::spawn_local(async move {
                    match share::share(&files, &subject, &body).await {
                        Ok(()) => {}
                        Err(reason) if reason == "AbortError" => {}
                        Err(reason) => ws.notify(texts::share_failed(&reason), true, None),
                    }
                });
            }
            Via::Eml => {
                let seed = self.new_id().0;
                let name = files[0]
                    .name
                    .rsplit_once('.')
                    .map(|(stem, _)| format!("{stem}.eml"))
                    .unwrap_or_else(|| "muistio.eml".into());
                let message = Exported {
                    name,
                    mime: "message/rfc822",
                    bytes: mail::eml(&subject, &body, &files, seed),
                };
                if let Err(e) = browser::download::download(&message) {
                    self.notify(texts::download_failed(&format!("{e:?}")), true, None);
                }
            }
            Via::MailTo => {
                for f in &files {
                    if let Err(e) = browser::download::download(f) {
                        return self.notify(texts::download_failed(&format!("{e:?}")), true, None);
                    }
                }
                let url = mail::mailto(&subject, &body, texts::ATTACH_THE_FILES);
                if share::open_mail(&url).is_err() {
                    self.notify(texts::NO_MAIL_PROGRAM.into(), true, None);
                } else {
                    self.notify(texts::attach_downloaded(files.len()), false, None);
                }
            }
        }
    }
}
