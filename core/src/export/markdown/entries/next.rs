//! A next meeting's lines: its sentence as written, or its time (with the zone) and its place,
//! each after its label where the reader needs the label.

use super::{read, Writer};
use crate::import::body::{Context, Read};
use crate::inline::{escape_for_file as escape, reference, render_for_file as inline};
use crate::model::{EntryKind, ItemKind, NextMeeting};

impl Writer<'_> {
    pub(super) fn next_meeting(&self, k: usize, next: &NextMeeting, ctx: &Context) -> Vec<String> {
        let words = self.lang.words();
        if !next.sentence.is_empty() {
            // As written, or after its label when it does not say by itself what it is.
            let said = inline(&next.sentence, false);
            let labelled = format!("{}: {said}", words.next_meeting);
            let wanted = Read::Entry(EntryKind::NextMeeting(next.clone()));
            let block = [said, labelled]
                .into_iter()
                .find(|b| read(b, ctx) == wanted && !self.breaks(0, b))
                .unwrap_or_else(|| format!("{}: {}", words.next_meeting, inline(&next.sentence, false)));
            return vec![self.settle(block, &wanted, ctx)];
        }
        let known = !next.when.is_empty() || !next.zone.is_empty();
        // "5.12." could be a date without its year: a time alone goes without the period.
        let zone = escape(&next.zone)
            .replace('(', &reference('('))
            .replace(')', &reference(')'));
        let text = crate::model::zone::with_zone(&next.when.text(self.lang), &zone);
        let dotted = format!("{text}.");
        let wanted = Some((next.when, zone.clone()));
        let line = match crate::import::when::parse_zoned(&dotted, self.meeting) == wanted {
            true => dotted,
            false => text,
        };
        let bare = !next.when.is_empty() && self.item_kind == Some(ItemKind::NextMeeting) && !ctx.has_next_meeting;
        let mut out = vec![match (bare, !known) {
            (true, _) => line,
            (false, true) => format!("{}: –", words.when),
            (false, false) => format!("{}: {line}", words.when),
        }];
        let place_ctx = Context {
            awaiting_place: true,
            ..*ctx
        };
        if !next.place.is_empty() {
            // A lone dash is how an empty place is written, so a place that is a dash is escaped.
            let plain = if next.place == "–" {
                "&#8211;".to_string()
            } else {
                escape(&next.place)
            };
            let reads = read(&plain, &place_ctx) == Read::Place(next.place.clone()) && !self.breaks(0, &plain);
            out.push(if reads {
                plain
            } else {
                format!("{}: {plain}", words.place)
            });
        } else if k + 1 < self.list.len() {
            // Without it the reader would take the next line for the place.
            out.push(format!("{}: –", words.place));
        }
        out
    }
}
