//! A meeting written live: started and ended with one key (its date and clock times into the
//! header), a clock that runs for the item under discussion, and the time each item took, kept
//! in the item ([`crate::model::Item::seconds`]).

use super::Edit;
use crate::model::{Date, Id, Minutes, Time};

/// The moment a key was pressed: the day and clock time as the meeting's room reads them, and
/// the same moment in milliseconds since 1970 (for the clock of an item).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Now {
    /// Today.
    pub date: Date,
    /// The clock time, to the minute.
    pub time: Time,
    /// Milliseconds since 1970.
    pub ms: u64,
}

/// The clock of a meeting running live (never saved): the item under discussion, and since
/// when (milliseconds since 1970).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Clock {
    /// The item whose time runs (`None` before the first item is entered).
    pub item: Option<Id>,
    /// When it began to run.
    pub since_ms: u64,
}

/// Whether the meeting in `doc` is under way at `now`: held today, started, and not ended
/// (a page reloaded during the meeting goes on with it).
pub fn under_way(doc: &Minutes, now: Now) -> bool {
    let when = doc.header.when;
    when.date == Some(now.date) && when.start.is_some() && when.end.is_none()
}

/// The edit that starts the meeting at `now`: the date becomes today when none is written, the
/// start time becomes now and an end written before is cleared. `None` when the meeting is
/// [`under_way`] already: it goes on with its own start.
pub fn start(doc: &Minutes, now: Now) -> Option<Edit> {
    if under_way(doc, now) {
        return None;
    }
    let mut header = doc.header.clone();
    header.when.date = header.when.date.or(Some(now.date));
    header.when.start = Some(now.time);
    header.when.end = None;
    Some(Edit::Header(header))
}

/// The edits that end the meeting at `now`, as one step: the running item's time added to it
/// and the end time set.
pub fn end(doc: &Minutes, clock: Clock, now: Now) -> Vec<Edit> {
    let mut edits: Vec<Edit> = switch(doc, clock, None, now.ms).0.into_iter().collect();
    let mut header = doc.header.clone();
    header.when.end = Some(now.time);
    edits.push(Edit::Header(header));
    edits
}

/// The clock moved to the item `to` at `now_ms`: the edit that adds the time run so far to the
/// item it ran for in whole seconds (none when no item ran, it is gone, or no whole second
/// passed), and the new clock. Moving to the item that runs already changes nothing.
pub fn switch(doc: &Minutes, clock: Clock, to: Option<Id>, now_ms: u64) -> (Option<Edit>, Clock) {
    if clock.item == to {
        return (None, clock);
    }
    let next = Clock {
        item: to,
        since_ms: now_ms,
    };
    let ran = running_seconds(clock, now_ms);
    let edit = clock
        .item
        .and_then(|id| doc.items.iter().find(|i| i.id == id))
        .filter(|_| ran > 0)
        .map(|item| Edit::TimeItem {
            id: item.id,
            seconds: item.seconds.saturating_add(ran),
        });
    (edit, next)
}

fn running_seconds(clock: Clock, now_ms: u64) -> u32 {
    u32::try_from(now_ms.saturating_sub(clock.since_ms) / 1000).unwrap_or(u32::MAX)
}

/// Seconds spent on `item` so far: what it keeps, and the running clock's time when the
/// clock runs for it.
pub fn spent(doc: &Minutes, clock: Option<Clock>, item: Id, now_ms: u64) -> u32 {
    let kept = doc.items.iter().find(|i| i.id == item).map_or(0, |i| i.seconds);
    match clock.filter(|c| c.item == Some(item)) {
        Some(c) => kept.saturating_add(running_seconds(c, now_ms)),
        None => kept,
    }
}

/// Whole minutes from the meeting's start to `now` by the clock (across midnight when `now` is
/// earlier); `None` before it has started.
pub fn elapsed_minutes(doc: &Minutes, now: Time) -> Option<u16> {
    let start = doc.header.when.start?.minutes();
    let now = now.minutes();
    Some(if now >= start {
        now - start
    } else {
        24 * 60 - start + now
    })
}

/// Seconds as hours and minutes, to the nearest minute (90 s is 2 min, 29 s is 0 min).
pub fn hours_minutes(seconds: u32) -> (u32, u32) {
    let minutes = seconds.saturating_add(30) / 60;
    (minutes / 60, minutes % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocKind, Ids, Item};

    fn now(h: u8, m: u8, ms: u64) -> Now {
        Now {
            date: Date::new(2026, 5, 20).unwrap(),
            time: Time::new(h, m).unwrap(),
            ms,
        }
    }

    fn meeting() -> Minutes {
        let mut ids = Ids::seeded(4);
        let mut doc = crate::edit::forms::skeleton(DocKind::Minutes, crate::Lang::Fi, &mut ids);
        doc.items.push(Item::new(ids.next_id(), "Talousarvio"));
        doc
    }

    #[test]
    fn starting_dates_an_undated_meeting_and_takes_the_time_to_the_minute() {
        let mut doc = meeting();
        doc.header.when.end = Some(Time::new(11, 0).unwrap());
        let undo = doc.apply(start(&doc, now(9, 3, 0)).unwrap()).unwrap();
        assert_eq!(doc.header.when.text(crate::Lang::Fi), "20.5.2026 klo 9.03");
        assert!(under_way(&doc, now(9, 40, 0)));
        assert_eq!(start(&doc, now(9, 40, 0)), None, "a meeting under way keeps its start");
        assert_eq!(elapsed_minutes(&doc, Time::new(10, 15).unwrap()), Some(72));
        doc.apply(undo).unwrap();
        assert_eq!(doc.header.when.start, None);

        // A meeting dated for another day keeps its date; one ended before starts anew.
        let mut other = meeting();
        other.header.when.date = Date::new(2026, 5, 19);
        other.header.when.start = Some(Time::new(18, 0).unwrap());
        assert!(!under_way(&other, now(9, 3, 0)));
        other.apply(start(&other, now(9, 3, 0)).unwrap()).unwrap();
        assert_eq!(other.header.when.text(crate::Lang::Fi), "19.5.2026 klo 9.03");
    }

    #[test]
    fn each_item_keeps_the_time_its_clock_ran_and_the_end_adds_the_last() {
        let mut doc = meeting();
        let (a, b) = (doc.items[0].id, doc.items[7].id);
        doc.apply(start(&doc, now(9, 0, 0)).unwrap()).unwrap();
        let clock = Clock::default();
        let (edit, clock) = switch(&doc, clock, Some(a), 1_000);
        assert_eq!(edit, None, "no item ran before the first");
        assert_eq!(
            switch(&doc, clock, Some(a), 9_000),
            (None, clock),
            "the same item runs on"
        );
        assert_eq!(spent(&doc, Some(clock), a, 61_000), 60);
        let (edit, clock) = switch(&doc, clock, Some(b), 151_400);
        assert_eq!(edit, Some(Edit::TimeItem { id: a, seconds: 150 }));
        doc.apply(edit.unwrap()).unwrap();
        // Back to the first item: its time goes on from what it keeps.
        let (edit, clock) = switch(&doc, clock, Some(a), 751_400);
        doc.apply(edit.unwrap()).unwrap();
        assert_eq!(spent(&doc, Some(clock), a, 781_400), 180);
        assert_eq!(spent(&doc, None, b, 781_400), 600);
        let undo = doc.apply(Edit::Batch(end(&doc, clock, now(9, 13, 811_400)))).unwrap();
        assert_eq!((doc.items[0].seconds, doc.items[7].seconds), (210, 600));
        assert_eq!(doc.header.when.text(crate::Lang::Fi), "20.5.2026 klo 9.00–9.13");
        assert!(!under_way(&doc, now(9, 14, 0)));
        doc.apply(undo).unwrap();
        assert_eq!(
            (doc.items[0].seconds, doc.header.when.end),
            (150, None),
            "one step undoes the end"
        );
    }

    #[test]
    fn the_clock_s_record_is_no_step_that_undo_takes_back() {
        let mut doc = meeting();
        let a = doc.items[0].id;
        let mut history = crate::edit::History::default();
        history
            .apply(
                &mut doc,
                Edit::RetitleItem {
                    id: a,
                    title: "Avaus".into(),
                },
                0,
            )
            .unwrap();
        let parts = history
            .apply_aside(&mut doc, Edit::TimeItem { id: a, seconds: 300 })
            .unwrap();
        assert_eq!(parts, [crate::edit::Part::Item(a); 2]);
        history.undo(&mut doc).unwrap();
        assert_eq!(
            (doc.items[0].title.as_str(), doc.items[0].seconds),
            ("Kokouksen avaus", 300)
        );
        assert!(!history.can_undo());
    }

    #[test]
    fn a_removed_item_or_a_moment_under_a_second_records_nothing() {
        let mut doc = meeting();
        let a = doc.items[0].id;
        let clock = Clock {
            item: Some(a),
            since_ms: 5_000,
        };
        assert_eq!(switch(&doc, clock, None, 5_900).0, None);
        doc.apply(Edit::RemoveItem(a)).unwrap();
        assert_eq!(switch(&doc, clock, None, 500_000).0, None);
        assert_eq!(end(&doc, clock, now(10, 0, 500_000)).len(), 1, "only the end time");
    }

    #[test]
    fn time_is_shown_to_the_nearest_minute_and_runs_past_midnight() {
        assert_eq!(hours_minutes(0), (0, 0));
        assert_eq!(hours_minutes(29), (0, 0));
        assert_eq!(hours_minutes(90), (0, 2));
        assert_eq!(hours_minutes(3 * 3600 + 5 * 60), (3, 5));
        let mut doc = meeting();
        doc.header.when.start = Some(Time::new(23, 30).unwrap());
        assert_eq!(elapsed_minutes(&doc, Time::new(0, 10).unwrap()), Some(40));
        doc.header.when.start = None;
        assert_eq!(elapsed_minutes(&doc, Time::new(0, 10).unwrap()), None);
    }
}
