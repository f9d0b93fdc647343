//! Where the delimiters of one paragraph stand, so that the inline reader finds each closing
//! `]`, `>`, `*`, `**` and `)` without scanning the rest of the paragraph again.

use super::escapes::escape_at;

/// Where the delimiters of one paragraph stand, found in one pass along the paragraph's
/// tokens (a backslash escape or character reference is one token). Every position the parser
/// stops at lies on that same path of tokens, so "the first unescaped `]` from here" is the
/// first indexed `]` at or after here. Positions are byte offsets; the lists take at most
/// 4 bytes per byte of the paragraph between them.
pub(super) struct Index {
    /// Unescaped `]`.
    pub(super) brackets: Vec<u32>,
    /// Unescaped `>`.
    pub(super) angles: Vec<u32>,
    /// Starts of runs of unescaped `*` of one or of three and more (where an italic closes).
    italic: Vec<u32>,
    /// Starts of runs of unescaped `*` of two or more (where bold closes).
    bold: Vec<u32>,
    /// For each address start (just after an unescaped `](`): where its closing `)` is, when it
    /// has one before any whitespace.
    addresses: Vec<(u32, Option<u32>)>,
}

impl Index {
    pub(super) fn new(src: &str) -> Index {
        let mut ix = Index {
            brackets: Vec::new(),
            angles: Vec::new(),
            italic: Vec::new(),
            bold: Vec::new(),
            addresses: Vec::new(),
        };
        let bytes = src.as_bytes();
        // Address starts still open, with the parenthesis depth at their start.
        let mut open: Vec<(usize, i64)> = Vec::new();
        let mut depth: i64 = 0;
        let mut i = 0;
        let mut previous = '\0';
        while let Some(c) = src[i..].chars().next() {
            if let Some((len, _)) = escape_at(&src[i..]) {
                i += len;
                previous = '\0';
                continue;
            }
            match c {
                ']' => ix.brackets.push(i as u32),
                '>' => ix.angles.push(i as u32),
                '*' if previous != '*' => {
                    let second = bytes.get(i + 1) == Some(&b'*');
                    let third = bytes.get(i + 2) == Some(&b'*');
                    if !second || third {
                        ix.italic.push(i as u32);
                    }
                    if second {
                        ix.bold.push(i as u32);
                    }
                }
                '(' => {
                    depth += 1;
                    if previous == ']' {
                        ix.addresses.push((i as u32 + 1, None));
                        open.push((ix.addresses.len() - 1, depth));
                    }
                }
                ')' => {
                    // The address opened at this depth closes here (no two open ones share a depth).
                    if let Some(&(at, _)) = open.last().filter(|(_, d)| *d == depth) {
                        ix.addresses[at].1 = Some(i as u32);
                        open.pop();
                    }
                    depth -= 1;
                }
                c if c.is_whitespace() => open.clear(),
                _ => {}
            }
            previous = c;
            i += c.len_utf8();
        }
        ix
    }

    /// The first position in `list` at or after `from`.
    pub(super) fn next(&self, list: &[u32], from: usize) -> Option<usize> {
        let k = list.partition_point(|&p| (p as usize) < from);
        list.get(k).map(|&p| p as usize)
    }

    /// Where bold that opened before `from` closes: the first unescaped `**` from `from`.
    pub(super) fn bold_close(&self, src: &str, from: usize) -> Option<usize> {
        // `from` may stand inside a run of stars that began earlier.
        match src[from..].starts_with("**") {
            true => Some(from),
            false => self.next(&self.bold, from),
        }
    }

    /// Where an italic that opened before `from` closes: the first unescaped `*` from `from`
    /// that does not begin a `**` of exactly two (in `***` the first `*` closes and `**` opens
    /// bold; a `**` is skipped whole).
    pub(super) fn italic_close(&self, src: &str, from: usize) -> Option<usize> {
        let mut from = from;
        if src[from..].starts_with('*') {
            if !src[from..].starts_with("**") || src[from..].starts_with("***") {
                return Some(from);
            }
            from += 2;
        }
        self.next(&self.italic, from)
    }

    /// Where the address that starts at `from` (just after `](`) ends: its closing `)`.
    pub(super) fn address_end(&self, from: usize) -> Option<usize> {
        let k = self.addresses.partition_point(|&(p, _)| (p as usize) < from);
        match self.addresses.get(k) {
            Some(&(p, end)) if p as usize == from => end.map(|e| e as usize),
            _ => None,
        }
    }
}
