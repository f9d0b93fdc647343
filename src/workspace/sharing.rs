//! Sending the minutes by e-mail as a person would: to the attendees with an address, with a
//! subject and a short cover note (the minutes go as files), by the share sheet, a draft
//! message file, or the mail program; and one message per action owner with their actions.

use super::files::download_failed;
use super::Workspace;
use crate::browser::{self, share};
use crate::texts::{self, Message};
use leptos::prelude::*;
use muistio_core::export::mail::{self, Address};
use muistio_core::export::{Exported, Format};
use muistio_core::import::recipients;

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

/// A message as the send dialog holds it.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Outgoing {
    /// The files to attach.
    pub formats: Vec<Format>,
    /// The recipients as typed ("Ida Tirkkonen <ida@x.fi>, tomi@x.fi").
    pub to: String,
    /// The subject.
    pub subject: String,
    /// The cover note: the message's text.
    pub note: String,
    /// The public version is sent, each attendee named as this says.
    pub public: Option<super::files::Namings>,
}

/// What the person is told after sending: what happened, or what is wrong (`true`).
pub type Said = RwSignal<Option<(Message, bool)>>;

impl Workspace {
    /// The message as the dialog first shows it: the attendees with an address, the subject
    /// from the title and date, the cover note in the document's language, and the calendar
    /// file among the files when there is a next meeting.
    pub fn outgoing(&self) -> Option<Outgoing> {
        self.outgoing_as(None)
    }

    /// The message as [`Workspace::outgoing`] makes it, of the public version when `naming` is
    /// given (its subject and cover note name people as the public version does).
    pub fn outgoing_as(&self, naming: Option<super::files::Namings>) -> Option<Outgoing> {
        self.with_doc_untracked(|whole| {
            let shown = naming
                .as_deref()
                .map(|n| muistio_core::export::public::public(whole, n));
            let d = shown.as_ref().unwrap_or(whole);
            let mut formats = vec![Format::Pdf, Format::Docx];
            if d.next_meeting().is_some_and(|n| n.when.date.is_some()) {
                formats.push(Format::Ics);
            }
            Outgoing {
                formats,
                subject: mail::subject(d),
                note: mail::cover_note(d),
                // The recipients come from the whole draft: the addresses are for sending.
                to: mail::recipients_text(&mail::recipients(whole)),
                public: naming,
            }
        })
    }

    /// The size in bytes of each format's file, as it would be attached (`None`: cannot be made).
    pub async fn sizes(
        &self,
        formats: Vec<Format>,
        naming: Option<super::files::Namings>,
    ) -> Vec<(Format, Option<usize>)> {
        let mut out = Vec::new();
        for f in formats {
            let made = self.make_file(f, false, naming.as_deref()).await;
            out.push((f, made.ok().map(|e| e.bytes.len())));
        }
        out
    }

    /// The action owners who would get their own message, in the attendees' order, and those
    /// who would not (no address, or not among the attendees).
    pub fn owners(&self) -> (Vec<String>, Vec<String>) {
        self.with_doc_untracked(|d| {
            let reached = mail::owner_mails(d).into_iter().map(|m| m.to.name).collect();
            (reached, mail::owners_without_address(d))
        })
        .unwrap_or_default()
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
                .outgoing()
                .is_some_and(|o| share::can_share(&probes, &o.subject, &o.note))
    }

    /// Sends the message on; `said` tells the person what happened (or what is wrong, and
    /// then nothing is sent and the dialog keeps everything typed).
    pub fn send(&self, out: Outgoing, via: Via, said: Said) {
        self.save_now();
        if out.formats.is_empty() {
            return said.set(Some((Message::text(|t| t.choose_files), true)));
        }
        if let Some(bad) = recipients::first_invalid(&out.to) {
            return said.set(Some((Message::new(move |t| t.not_an_email.with(&[&bad])), true)));
        }
        let to: Vec<Address> = recipients::recipients(&out.to)
            .unwrap_or_default()
            .into_iter()
            .map(|r| Address {
                name: [r.first, r.last].join(" ").trim().to_string(),
                email: r.email,
            })
            .collect();
        let nobody = to.is_empty();
        let ws = *self;
        leptos::task::spawn_local(async move {
            let mut files = Vec::new();
            for format in out.formats {
                match ws.make_file(format, true, out.public.as_deref()).await {
                    Ok(file) => files.push(file),
                    Err(message) => return said.set(Some((message, true))),
                }
            }
            let names = files.iter().map(|f| f.name.clone()).collect::<Vec<_>>().join(", ");
            let done = match via {
                Via::Sheet => match share::share(&files, &out.subject, &out.note).await {
                    Ok(()) => Message::text(|t| t.sent_share),
                    Err(reason) if reason == "AbortError" => return,
                    Err(reason) => {
                        return said.set(Some((Message::new(move |t| t.share_failed.with(&[&reason])), true)))
                    }
                },
                Via::Eml => {
                    let name = files[0]
                        .name
                        .rsplit_once('.')
                        .map(|(stem, _)| format!("{stem}.eml"))
                        .unwrap_or_else(|| "muistio.eml".into());
                    let message = Exported {
                        name: name.clone(),
                        mime: "message/rfc822",
                        bytes: mail::eml_to(&to, &out.subject, &out.note, &files, ws.new_id().0),
                    };
                    if let Err(e) = browser::download::download(&message) {
                        return said.set(Some((download_failed(e), true)));
                    }
                    Message::new(move |t| t.sent_eml.with(&[&name]))
                }
                Via::MailTo => {
                    for f in &files {
                        if let Err(e) = browser::download::download(f) {
                            return said.set(Some((download_failed(e), true)));
                        }
                    }
                    // The note goes to the recipients, so it is in the document's language.
                    let lang = ws.with_doc_untracked(|d| d.header.lang).unwrap_or_default();
                    let url = mail::mailto_to(&to, &out.subject, &out.note, texts::of(lang).attach_the_files);
                    if share::open_mail(&url).is_err() {
                        return said.set(Some((Message::text(|t| t.no_mail_program), true)));
                    }
                    Message::new(move |t| t.sent_mailto.with(&[&names]))
                }
            };
            let done = match nobody && via != Via::Sheet {
                true => Message::new(move |t| format!("{} {}", done.show(t), t.no_recipients)),
                false => done,
            };
            said.set(Some((done, false)));
        });
    }

    /// Downloads one draft message per action owner with an address, each listing their own
    /// actions with due dates.
    pub fn send_owner_mails(&self, said: Said) {
        self.save_now();
        let mails = self.with_doc_untracked(mail::owner_mails).unwrap_or_default();
        let mut names = Vec::new();
        for m in &mails {
            let file = Exported {
                name: m.file.clone(),
                mime: "message/rfc822",
                bytes: mail::eml_to(std::slice::from_ref(&m.to), &m.subject, &m.body, &[], self.new_id().0),
            };
            if let Err(e) = browser::download::download(&file) {
                return said.set(Some((download_failed(e), true)));
            }
            names.push(m.file.clone());
        }
        let (n, names) = (names.len(), names.join(", "));
        said.set(Some((
            Message::new(move |t| t.sent_owner_mails.with(&[&t.owner_mails.of(n), &names])),
            false,
        )));
    }
}
