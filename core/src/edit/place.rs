//! Finding one's place in a document: the item some steps from another (for jumping between
//! items), and the first words of an entry (for naming it in a notice).

use crate::model::{EntryKind, Id, Minutes};

/// The item `step` places after (`step < 0`: before) the item `from`, stopping at the first and
/// the last. With no `from` (or one no longer in the document) a step forward lands on the first
/// item and a step back on the last. `None` when there are no items.
pub fn item_step(doc: &Minutes, from: Option<Id>, step: isize) -> Option<Id> {
    let last = doc.items.len().checked_sub(1)?;
    let at = from.and_then(|id| doc.items.iter().position(|i| i.id == id));
    let to = match at {
        Some(i) => i.saturating_add_signed(step).min(last),
        None if step < 0 => last,
        None => 0,
    };
    Some(doc.items[to].id)
}

/// The item an entry belongs to (`None` for the introduction or an unknown entry).
pub fn item_of_entry(doc: &Minutes, entry: Id) -> Option<Id> {
    doc.items
        .iter()
        .find(|i| i.entries.iter().any(|e| e.id == entry))
        .map(|i| i.id)
}

/// Who an entry is by: a statement's speaker or an action's owner, when given.
pub fn by_whom(kind: &EntryKind) -> Option<&str> {
    let who = match kind {
        EntryKind::Statement { speaker, .. } => speaker,
        EntryKind::Action { owner, .. } => owner,
        _ => return None,
    };
    Some(who.trim()).filter(|w| !w.is_empty())
}

/// The first words of an entry's own text (a statement's without its speaker), at most about
/// `chars` characters, cut between words and ended with "…" when cut.
pub fn gist(kind: &EntryKind, chars: usize) -> String {
    let text = match kind {
        EntryKind::Statement { text, .. } | EntryKind::Action { text, .. } => text.to_plain(),
        other => other.plain_text(),
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = String::new();
    for (i, word) in words.iter().enumerate() {
        if i > 0 && out.chars().count() + 1 + word.chars().count() > chars {
            out.push('…');
            return out;
        }
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Entry, Item, Rich};

    fn doc(n: u64) -> Minutes {
        Minutes {
            items: (1..=n).map(|i| Item::new(Id(i), &format!("Item {i}"))).collect(),
            ..Minutes::default()
        }
    }

    #[test]
    fn steps_stop_at_the_ends_and_start_from_either_end() {
        let d = doc(3);
        assert_eq!(item_step(&d, Some(Id(1)), 1), Some(Id(2)));
        assert_eq!(item_step(&d, Some(Id(3)), 1), Some(Id(3)));
        assert_eq!(item_step(&d, Some(Id(2)), -1), Some(Id(1)));
        assert_eq!(item_step(&d, Some(Id(1)), -1), Some(Id(1)));
        assert_eq!(item_step(&d, Some(Id(2)), 0), Some(Id(2)));
        assert_eq!(item_step(&d, None, 1), Some(Id(1)));
        assert_eq!(item_step(&d, None, -1), Some(Id(3)));
        assert_eq!(item_step(&d, Some(Id(99)), 1), Some(Id(1)));
        assert_eq!(item_step(&doc(0), None, 1), None);
    }

    #[test]
    fn an_entry_is_found_in_its_item_and_named_by_its_first_words() {
        let mut d = doc(2);
        let statement = EntryKind::Statement {
            speaker: " Ida ".into(),
            text: Rich::plain("Paljonko vaatisi, että strategian toimeenpanijuus olisi allekirjoitettu?"),
            replies: vec![],
        };
        d.items[1].entries.push(Entry {
            id: Id(7),
            kind: statement.clone(),
        });
        assert_eq!(item_of_entry(&d, Id(7)), Some(Id(2)));
        assert_eq!(item_of_entry(&d, Id(8)), None);
        assert_eq!(by_whom(&statement), Some("Ida"));
        assert_eq!(gist(&statement, 30), "Paljonko vaatisi, että…");
        assert_eq!(
            gist(&statement, 500),
            "Paljonko vaatisi, että strategian toimeenpanijuus olisi allekirjoitettu?"
        );
        let paragraph = Entry::paragraph(Id(9), "Ei muita asioita.").kind;
        assert_eq!(by_whom(&paragraph), None);
        assert_eq!(gist(&paragraph, 5), "Ei…");
        assert_eq!(gist(&paragraph, 0), "Ei…");
    }
}
