//! Sending the minutes by e-mail: the share sheet, a draft message file, or the mail program.

use super::files::download_failed;
use super::Workspace;
use crate::browser::{self, share};
use crate::texts::{self, Message};
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
    /// The subject and the body (the plain-text minutes) of a message.
    fn message(&self) -> Option<(String, String)> {
        self.with_doc_untracked(|d| {
            let body = export(d, Format::Text, browser::now_ms())
                .map(|t| String::from_utf8_lossy(&t.bytes).into_owned())
                .unwrap_or_default();
            (mail::subject(d), body)
        })
    }

    /// True when the share sheet would take files of these formats (Chromium takes PDF and
    /// text, not office files); checked with placeholders of the right type.
    pub fn can_share(&self, formats: &[Format]) -> bool {
        let probes: Vec<Exported> = formats
            .iter()
            .map(|f| Exported {
                name: format!("muistio.{}", f.extension()),
                mime: f.mime(),
                bytes: vec![0],
            })
            .collect();
        !probes.is_empty()
            && self
                .message()
                .is_some_and(|(subject, body)| share::can_share(&probes, &subject, &body))
    }

    /// Sends the chosen formats on.
    pub fn send(&self, formats: Vec<Format>, via: Via) {
        self.save_now();
        if formats.is_empty() {
            return self.notify(Message::text(|t| t.choose_files), true, Vec::new());
        }
        let ws = *self;
        leptos::task::spawn_local(async move {
            let Some((subject, body)) = ws.message() else { return };
            let mut files = Vec::new();
            for format in formats {
                match ws.make(format).await {
                    Ok(file) => files.push(file),
                    Err(message) => return ws.notify(message, true, Vec::new()),
                }
            }
            match via {
                Via::Sheet => match share::share(&files, &subject, &body).await {
                    Ok(()) => {}
                    Err(reason) if reason == "AbortError" => {}
                    Err(reason) => ws.notify(Message::new(move |t| t.share_failed.with(&[&reason])), true, Vec::new()),
                },
                Via::Eml => {
                    let seed = ws.new_id().0;
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
                        ws.notify(download_failed(e), true, Vec::new());
                    }
                }
                Via::MailTo => {
                    for f in &files {
                        if let Err(e) = browser::download::download(f) {
                            return ws.notify(download_failed(e), true, Vec::new());
                        }
                    }
                    // The note goes to the recipients, so it is in the document's language.
                    let lang = ws.with_doc_untracked(|d| d.header.lang).unwrap_or_default();
                    let url = mail::mailto(&subject, &body, texts::of(lang).attach_the_files);
                    let n = files.len();
                    match share::open_mail(&url) {
                        Ok(()) => ws.notify(Message::new(move |t| t.attach_downloaded.of(n)), false, Vec::new()),
                        Err(_) => ws.notify(Message::text(|t| t.no_mail_program), true, Vec::new()),
                    }
                }
            }
        });
    }
}
