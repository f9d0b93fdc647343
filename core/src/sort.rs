//! Sorting with one copy of the sorting code. Each `sort`, `sort_by_key` or `sort_unstable` on
//! another type or key adds its own copy of the standard library's sort to the wasm (about
//! 3.5 KB each, 58 KB in all when every list had its own); these sort a list of positions
//! instead, which is the same code whatever is sorted.

use std::cmp::Ordering;

/// Sorts `items` by `key`; items with equal keys keep their order.
pub fn by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = positions(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
    reorder(items, order);
}

/// Sorts `items` by `compare`; items it finds equal keep their order.
pub fn by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    reorder(items, order);
}

/// Sorts `items` in their own order.
pub fn all<T: Ord>(items: &mut Vec<T>) {
    by(items, T::cmp);
}

/// The positions of `n` things in the order `compare` gives them: the one sort.
fn positions(n: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|a, b| compare(*a, *b));
    order
}

/// `items` put in `order` (positions into `items`, each once).
fn reorder<T>(items: &mut Vec<T>, order: Vec<usize>) {
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_by_key_by_comparison_and_in_order() {
        let mut words = vec!["ida", "Eero", "ami", "Outi", "eero"];
        by_key(&mut words, |w| w.to_lowercase());
        assert_eq!(words, ["ami", "Eero", "eero", "ida", "Outi"]);
        let mut pairs = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd')];
        by(&mut pairs, |a, b| b.0.cmp(&a.0));
        assert_eq!(pairs, [(2, 'a'), (2, 'c'), (1, 'b'), (1, 'd')]);
        let mut numbers = vec![5, 3, 9, 1, 3];
        all(&mut numbers);
        assert_eq!(numbers, [1, 3, 3, 5, 9]);
        let mut none: Vec<u8> = Vec::new();
        all(&mut none);
        assert!(none.is_empty());
    }
}
