//! What each finding tells the person, in Finnish, Swedish and English.

use super::Problem;
use crate::labels::Lang;

impl Problem {
    /// What to tell the person, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        use Problem::*;
        match (self, lang) {
            (
                UnknownSpeaker {
                    name,
                    suggestion: Some(s),
                },
                Lang::Fi,
            ) => format!("Puhuja ”{name}” ei ole osallistujissa. Tarkoititko: {s}?"),
            (
                UnknownSpeaker {
                    name,
                    suggestion: Some(s),
                },
                Lang::Sv,
            ) => format!("Talaren ”{name}” finns inte bland deltagarna. Menade du: {s}?"),
            (
                UnknownSpeaker {
                    name,
                    suggestion: Some(s),
                },
                Lang::En,
            ) => format!("Speaker “{name}” is not among the attendees. Did you mean {s}?"),
            (UnknownSpeaker { name, suggestion: None }, Lang::Fi) => format!("Puhuja ”{name}” ei ole osallistujissa."),
            (UnknownSpeaker { name, suggestion: None }, Lang::Sv) => {
                format!("Talaren ”{name}” finns inte bland deltagarna.")
            }
            (UnknownSpeaker { name, suggestion: None }, Lang::En) => {
                format!("Speaker “{name}” is not among the attendees.")
            }
            (AmbiguousSpeaker { name, candidates }, Lang::Fi) => format!(
                "Puhuja ”{name}” voi olla kuka tahansa näistä: {}.",
                candidates.join(", ")
            ),
            (AmbiguousSpeaker { name, candidates }, Lang::Sv) => {
                format!("Talaren ”{name}” kan vara vem som helst av: {}.", candidates.join(", "))
            }
            (AmbiguousSpeaker { name, candidates }, Lang::En) => {
                format!("Speaker “{name}” could be any of: {}.", candidates.join(", "))
            }
            (PlaceholderLink { text }, Lang::Fi) => format!("Linkiltä ”{text}” puuttuu osoite."),
            (PlaceholderLink { text }, Lang::Sv) => format!("Länken ”{text}” saknar adress."),
            (PlaceholderLink { text }, Lang::En) => format!("The link “{text}” has no address."),
            (ActionWithoutOwner { task }, Lang::Fi) => format!("Tehtävältä ”{task}” puuttuu vastuuhenkilö."),
            (ActionWithoutOwner { task }, Lang::Sv) => format!("Åtgärden ”{task}” saknar ansvarig."),
            (ActionWithoutOwner { task }, Lang::En) => format!("The action “{task}” has no owner."),
            (ActionWithoutDue { task }, Lang::Fi) => format!("Tehtävältä ”{task}” puuttuu määräaika."),
            (ActionWithoutDue { task }, Lang::Sv) => format!("Åtgärden ”{task}” saknar tidsfrist."),
            (ActionWithoutDue { task }, Lang::En) => format!("The action “{task}” has no due date."),
            (DueBeforeMeeting { task, due }, Lang::Fi) => {
                format!("Tehtävän ”{task}” määräaika {due} on ennen kokousta.")
            }
            (DueBeforeMeeting { task, due }, Lang::Sv) => {
                format!("Tidsfristen {due} för åtgärden ”{task}” är före mötet.")
            }
            (DueBeforeMeeting { task, due }, Lang::En) => {
                format!("The action “{task}” is due on {due}, before the meeting.")
            }
            (EndBeforeStart { start, end }, Lang::Fi) => format!("Loppuaika {end} on ennen alkuaikaa {start}."),
            (EndBeforeStart { start, end }, Lang::Sv) => format!("Sluttiden {end} är före starttiden {start}."),
            (EndBeforeStart { start, end }, Lang::En) => {
                format!("The end time {end} is before the start time {start}.")
            }
            (EmptyItem { number, title }, Lang::Fi) => format!("Kohta {number} ”{title}” on tyhjä."),
            (EmptyItem { number, title }, Lang::Sv) => format!("Punkt {number} ”{title}” är tom."),
            (EmptyItem { number, title }, Lang::En) => format!("Item {number} “{title}” is empty."),
            (DuplicateAttendee { name }, Lang::Fi) => format!("{name} on osallistujissa kahdesti."),
            (DuplicateAttendee { name }, Lang::Sv) => format!("{name} finns två gånger bland deltagarna."),
            (DuplicateAttendee { name }, Lang::En) => format!("{name} is listed twice."),
        }
    }
}
