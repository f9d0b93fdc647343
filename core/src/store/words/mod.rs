//! The words a draft is searched by: each word of its place, attendees' names, item titles and
//! then its text, lower case, once, in order. Read on every save of a long meeting, which
//! repeats most of its words: one pass over the text, nothing copied but the words kept.

use crate::model::Minutes;

/// How much of a draft's words the list keeps for searching, in bytes of UTF-8.
pub const WORDS: usize = 4000;

/// The words of `doc`, a space between, shorter than [`WORDS`]: what each part lower-cased
/// (`str::to_lowercase`) and split at every character that is neither alphanumeric nor `-`
/// gives, each word once, until the next one does not fit.
pub(super) fn of(doc: &Minutes) -> String {
    let mut words = Words::new();
    words.part(|f| f(&doc.header.place));
    for a in &doc.attendees {
        words.part(|f| f(&a.first_names));
        words.part(|f| f(&a.last_name));
    }
    for item in &doc.items {
        words.part(|f| f(&item.title));
    }
    for (_, entry) in doc.entries() {
        words.part(|mut f| entry.kind.plain_pieces(&mut f));
    }
    words.list
}

/// Slots of the table of words kept: a power of two, at least twice as many as the words
/// that fit in the list (each takes a byte and a space), so that it is never half full.
const SLOTS: usize = WORDS.next_power_of_two();
const _: () = assert!(SLOTS >= WORDS && WORDS < 1 << 16);

/// The words of the parts fed to it, as [`of`] says.
struct Words {
    /// The words kept, in order, a space between.
    list: String,
    /// Where each word kept is in the list (start << 16 | length; 0: an empty slot), at the
    /// slot its hash names or the next free one after it.
    table: Vec<u32>,
    /// The word being read, lower case.
    word: String,
    /// The next word did not fit: nothing more is read.
    full: bool,
    /// Characters beyond ASCII met lately, at their code modulo [`MET`]: the character, its
    /// lower case when that is one character (else NUL), and whether that is part of a word.
    met: [(char, char, bool); MET],
}

/// How many characters beyond ASCII are remembered with their lower case.
const MET: usize = 128;

impl Words {
    fn new() -> Words {
        Words {
            list: String::with_capacity(WORDS),
            table: vec![0; SLOTS],
            word: String::new(),
            full: false,
            met: [('\0', '\0', false); MET],
        }
    }

    /// Reads one part, which `each` hands over in pieces (a word may go on from one piece to
    /// the next).
    fn part(&mut self, each: impl Fn(&mut dyn FnMut(&str))) {
        if self.full {
            return;
        }
        // (Σ is CE A3 in UTF-8: the lead byte, found a word at a time, rules out most text.)
        let mut sigma = false;
        each(&mut |piece| sigma |= piece.as_bytes().contains(&0xce) && piece.contains('Σ'));
        if sigma {
            // Σ lower-cases by the letters around it, so a part that has one is lowered whole.
            let mut whole = String::new();
            each(&mut |piece| whole.push_str(piece));
            for c in whole.to_lowercase().chars() {
                self.push(c);
            }
        } else {
            each(&mut |piece| self.piece(piece));
        }
        self.end_word();
    }

    /// Reads a piece of a part that has no Σ (every other character lower-cases by itself):
    /// runs of ASCII letters, digits and `-` at once, any other character one by one.
    fn piece(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() && !self.full {
            let (mut run, mut upper) = (at, false);
            while let Some(&b) = bytes.get(run) {
                match b {
                    b'a'..=b'z' | b'0'..=b'9' | b'-' => {}
                    b'A'..=b'Z' => upper = true,
                    _ => break,
                }
                run += 1;
            }
            if run > at {
                let from = self.word.len();
                self.word.push_str(&text[at..run]);
                if upper {
                    self.word[from..].make_ascii_lowercase();
                }
                at = run;
            } else if bytes[at].is_ascii() {
                self.end_word();
                at += 1;
            } else {
                let c = text[at..].chars().next().unwrap_or_default();
                self.other(c);
                at += c.len_utf8();
            }
        }
    }

    /// A character beyond ASCII, lower-cased (`char::to_lowercase` looks it up in tables, and a
    /// text repeats the few it has).
    fn other(&mut self, c: char) {
        let (seen, mut lower, mut word) = self.met[c as usize % MET];
        if seen != c {
            let mut all = c.to_lowercase();
            (lower, word) = match (all.next(), all.len()) {
                (Some(one), 0) => (one, one.is_alphanumeric() || one == '-'),
                _ => ('\0', false),
            };
            self.met[c as usize % MET] = (c, lower, word);
        }
        match lower {
            '\0' => c.to_lowercase().for_each(|lower| self.push(lower)),
            _ if word => self.word.push(lower),
            _ => self.end_word(),
        }
    }

    /// One character of lower-case text.
    fn push(&mut self, c: char) {
        if c.is_alphanumeric() || c == '-' {
            self.word.push(c);
        } else {
            self.end_word();
        }
    }

    /// The word read so far is over: kept unless already kept; when it does not fit, the list
    /// is full.
    fn end_word(&mut self) {
        if self.word.is_empty() || self.full {
            return;
        }
        if self.list.len() + self.word.len() >= WORDS {
            self.full = true;
            return;
        }
        let word = self.word.as_bytes();
        // Eight bytes at a time multiplied in, then the next slot until the word or a free one.
        let mut hash = word.len() as u64;
        for chunk in word.chunks(8) {
            let bytes = chunk.iter().fold(0, |v, &b| v << 8 | u64::from(b));
            hash = (hash.rotate_left(5) ^ bytes).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
        let mut slot = (hash ^ hash >> 29) as usize & (SLOTS - 1);
        loop {
            let kept = self.table[slot] as usize;
            if kept == 0 {
                break;
            }
            let (start, len) = (kept >> 16, kept & 0xffff);
            if self.list.as_bytes()[start..start + len] == *word {
                self.word.clear();
                return;
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        if !self.list.is_empty() {
            self.list.push(' ');
        }
        self.table[slot] = (self.list.len() << 16 | word.len()) as u32;
        self.list.push_str(&self.word);
        self.word.clear();
    }
}

#[cfg(test)]
mod tests;
