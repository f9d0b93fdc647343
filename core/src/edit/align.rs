//! Pairs the elements of two readings of one document — an exported file as it was made and as
//! it came back from someone who edited it in a word processor — so that each element of the
//! one is known as an element of the other: items by their titles, entries by their words,
//! attendees by their names, each list in order (a longest common subsequence of elements alike
//! enough), so that an edit of some words still pairs while a moved or new element does not.

use crate::model::{Attendee, Entry, EntryKind, Item};
use std::collections::HashSet;

/// Lists longer than this are paired by equal elements in a single pass rather than by the
/// quadratic subsequence (a document with thousands of items).
const QUADRATIC: usize = 4_000_000;

/// How alike two words-lists are: shared words over all words (Jaccard), 0.0 to 1.0.
pub fn likeness(a: &str, b: &str) -> f64 {
    let words = |s: &str| -> HashSet<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let shared = a.intersection(&b).count() as f64;
    shared / ((a.len() + b.len()) as f64 - shared)
}

/// Pairs `left[i]` with `right[j]` in order where `alike` gives a score (higher is better):
/// the pairs of a best common subsequence.
pub fn pairs<L, R>(left: &[L], right: &[R], alike: impl Fn(&L, &R) -> Option<f64>) -> Vec<(usize, usize)> {
    let (n, m) = (left.len(), right.len());
    if n.saturating_mul(m) > QUADRATIC {
        return greedy(left, right, alike);
    }
    // best[i][j]: the best score pairing left[i..] with right[j..].
    let mut best = vec![0.0f64; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let skip = best[at(i + 1, j)].max(best[at(i, j + 1)]);
            let take = alike(&left[i], &right[j]).map_or(f64::MIN, |s| s + best[at(i + 1, j + 1)]);
            best[at(i, j)] = skip.max(take);
        }
    }
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        let take = alike(&left[i], &right[j]).map(|s| s + best[at(i + 1, j + 1)]);
        if take.is_some_and(|t| t >= best[at(i, j)] - 1e-9) {
            out.push((i, j));
            i += 1;
            j += 1;
        } else if best[at(i + 1, j)] >= best[at(i, j + 1)] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// `pairs` with the gaps between them filled in order where both sides have as many unpaired
/// elements: for two readings of which one is made from the other, an element written in
/// another form (a list read back as text) still finds its counterpart.
pub fn with_gaps(found: Vec<(usize, usize)>, n: usize, m: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(found.len());
    let (mut i, mut j) = (0, 0);
    for (pi, pj) in found.into_iter().chain(std::iter::once((n, m))) {
        if pi - i == pj - j {
            out.extend((0..pi - i).map(|k| (i + k, j + k)));
        }
        if pi < n {
            out.push((pi, pj));
        }
        (i, j) = (pi + 1, pj + 1);
    }
    out
}

/// Pairs in one pass, each left element with the next right element alike enough.
fn greedy<L, R>(left: &[L], right: &[R], alike: impl Fn(&L, &R) -> Option<f64>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut j = 0;
    for (i, l) in left.iter().enumerate() {
        if let Some(k) = (j..right.len().min(j + 8)).find(|&k| alike(l, &right[k]).is_some()) {
            out.push((i, k));
            j = k + 1;
        }
    }
    out
}

/// Items alike: the same title, or titles sharing most of their words.
pub fn items_alike(a: &Item, b: &Item) -> Option<f64> {
    let s = likeness(&a.title, &b.title);
    (a.title.trim().eq_ignore_ascii_case(b.title.trim()) || s >= 0.6).then_some(1.0 + s)
}

/// Entries alike: the same words, or of the same kind and sharing half their words.
pub fn entries_alike(a: &Entry, b: &Entry) -> Option<f64> {
    let (ta, tb) = (a.kind.plain_text(), b.kind.plain_text());
    if ta == tb {
        return Some(3.0);
    }
    let same_kind = std::mem::discriminant(&a.kind) == std::mem::discriminant(&b.kind)
        || matches!(
            (&a.kind, &b.kind),
            (EntryKind::Paragraph { .. }, _) | (_, EntryKind::Paragraph { .. })
        );
    let s = likeness(&ta, &tb);
    (same_kind && s >= 0.5).then_some(1.0 + s)
}

/// Attendees alike: the same name, whatever the case.
pub fn attendees_alike(a: &Attendee, b: &Attendee) -> Option<f64> {
    (a.full_name().to_lowercase() == b.full_name().to_lowercase()).then_some(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Id;

    #[test]
    fn lists_pair_in_order_where_alike() {
        let item = |t: &str| Item::new(Id(1), t);
        let before = [
            item("Avaus"),
            item("Talousarvio 2027"),
            item("Muut asiat"),
            item("Päättäminen"),
        ];
        let after = [
            item("Avaus"),
            item("Uusi asia"),
            item("Talousarvio vuodelle 2027"),
            item("Päättäminen"),
        ];
        assert_eq!(pairs(&before, &after, items_alike), [(0, 0), (1, 2), (3, 3)]);
        assert_eq!(
            with_gaps(vec![(0, 0), (3, 3)], 5, 5),
            [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4)]
        );
        assert_eq!(
            with_gaps(vec![(0, 0), (3, 2)], 4, 3),
            [(0, 0), (3, 2)],
            "gaps of unequal length stay"
        );
        assert!(likeness("Ida avasi kokouksen", "Ida avasi kokouksen klo 18") >= 0.6);
        assert!(likeness("Ida avasi", "Tomi sulki") < 0.1);
        let many: Vec<Item> = (0..3000).map(|n| item(&format!("Asia {n}"))).collect();
        assert_eq!(
            pairs(&many, &many, items_alike).len(),
            3000,
            "large lists pair in one pass"
        );
    }
}
