//! The body's blocks before they are given meaning — item headings, sub-headings, paragraphs,
//! bullet lists — and the one builder that makes them, whoever found the text: the memo reader
//! feeds it lines it has grouped into paragraphs, the Word and OpenDocument readers feed it the
//! paragraphs, headings and list items the file marks as such. The same rules hold for both: a
//! paragraph written "3. Talous" is the item numbered next, a typed "- " begins a bullet.

use super::body::{self, Context, Read};
use crate::inline;
use crate::model::{EntryKind, Numbering};

/// A part of a Word or OpenDocument file: the lines it is as text, which the head of the memo
/// and the signatures at its end are read from, and what it gives the body's builder.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Piece {
    /// Its lines, each ending in a line break.
    pub lines: String,
    pub feed: Feed,
}

/// What a part of an office file gives the body's builder.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Feed {
    /// A heading at an item's level (or the title's).
    Item(String),
    /// A heading below an item's.
    Sub(String),
    /// A paragraph's inline text, a backslash and `\n` at hard breaks.
    Para(String),
    /// A list item.
    Bullet(String),
    /// A table row's cells.
    Row(Vec<String>),
    /// The end of a list or table, or a part that gives the body nothing.
    Gap,
}

/// A block of the body before it is given meaning.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Block {
    /// An item heading: title, number and numbering as written, whether not for publication.
    Heading(String, Option<(usize, Numbering)>, bool),
    Sub(String),
    /// A paragraph's inline text, `\n` at hard breaks.
    Para(String),
    List(char, Vec<String>),
}

/// Builds the body's blocks, keeping count of the item numbers so that only the number due
/// next makes a numbered line a heading.
#[derive(Default)]
pub struct Builder {
    out: Vec<Block>,
    expected: Option<usize>,
    /// A list is open: the next bullet joins it.
    list_open: bool,
}

impl Builder {
    /// The title of an item heading, when `line` reads as one: a Markdown heading of level
    /// 1–2, or a line numbered as the next item.
    pub fn item_title(&self, line: &str) -> Option<String> {
        body::item_heading(line, self.expected)
    }

    /// A heading the file marks as an item's: the number it begins with is the item's when it
    /// is the one due; any other text is the title as it stands.
    pub fn marked_item(&mut self, text: &str) {
        let text = text.trim();
        let title = body::marked_heading(text, self.expected);
        self.heading(text, &title);
    }

    /// An item heading: `line` as written (its number and mark), `title` as read from it.
    pub fn heading(&mut self, line: &str, title: &str) {
        let (title, confidential) = body::confidential_title(line, title);
        let number = body::heading_number(line);
        self.expected = Some(self.expected.unwrap_or_else(|| first_number(line)) + 1);
        self.out.push(Block::Heading(title, number, confidential));
        self.list_open = false;
    }

    /// A sub-heading ("### …", or a heading the file marks below an item's).
    pub fn sub(&mut self, text: &str) {
        self.out.push(Block::Sub(inline::parse(text.trim()).to_plain()));
        self.list_open = false;
    }

    /// A bullet: it joins the list just before when that has the same marker (also across a
    /// blank line), or begins one.
    pub fn bullet(&mut self, marker: char, text: &str) {
        match self.out.last_mut() {
            Some(Block::List(m, items)) if *m == marker => items.push(text.to_string()),
            _ => self.out.push(Block::List(marker, vec![text.to_string()])),
        }
        self.list_open = true;
    }

    /// More of the last bullet (a line under it, not a bullet of its own); false when no
    /// list is open.
    pub fn bullet_goes_on(&mut self, line: &str) -> bool {
        match self.out.last_mut() {
            Some(Block::List(_, items)) if self.list_open => match items.last_mut() {
                Some(last) => {
                    join_onto(last, line);
                    true
                }
                None => false,
            },
            _ => false,
        }
    }

    /// The text of the last bullet of the open list.
    pub fn last_bullet(&self) -> Option<&str> {
        match self.out.last() {
            Some(Block::List(_, items)) if self.list_open => items.last().map(String::as_str),
            _ => None,
        }
    }

    /// The open list ends: a bullet after this begins a new one.
    pub fn end_list(&mut self) {
        self.list_open = false;
    }

    /// A paragraph, whole (`\n` at hard breaks).
    pub fn para(&mut self, text: String) {
        self.out.push(Block::Para(text));
        self.list_open = false;
    }

    /// A paragraph as a file marks it, read by the rules a memo's line is: an item heading
    /// when it is numbered as the next item, a sub-heading after "###", a bullet when it
    /// begins with a typed bullet, else a paragraph. Lines end in a backslash at hard breaks.
    pub fn file_para(&mut self, text: &str) {
        let lines: Vec<&str> = text.split('\n').map(str::trim).collect();
        if let [line] = lines[..] {
            if let Some(title) = self.item_title(line) {
                return self.heading(line, &title);
            }
            if let Some(sub) = sub_heading(line) {
                return self.sub(sub);
            }
        }
        match body::bullet(lines[0]) {
            Some((marker, first)) => self.bullet(marker, &join(&[&[first], &lines[1..]].concat())),
            None => self.para(join(&lines)),
        }
    }

    /// A list item the file marks as one.
    pub fn file_bullet(&mut self, text: &str) {
        let lines: Vec<&str> = text.split('\n').map(str::trim).collect();
        self.bullet('-', &join(&lines));
    }

    /// What an office reader found, given to the builder.
    pub fn feed(&mut self, feed: &Feed) {
        match feed {
            Feed::Item(text) => self.marked_item(text),
            Feed::Sub(text) => self.sub(text),
            Feed::Para(text) => self.file_para(text),
            Feed::Bullet(text) => self.file_bullet(text),
            // A row of a table in the body reads as a line, its cells apart.
            Feed::Row(cells) => {
                let cells: Vec<&str> = cells.iter().map(|c| c.trim()).filter(|c| !c.is_empty()).collect();
                if !cells.is_empty() {
                    self.para(cells.join(" · "))
                }
            }
            Feed::Gap => {}
        }
    }

    pub fn finish(self) -> Vec<Block> {
        self.out
    }
}

/// Splits the lines of a memo's body into blocks. In a paste without blank lines between
/// paragraphs ("line mode") every line is its own paragraph.
pub fn split(lines: &[&str], into: &mut Builder) {
    let blank = lines.iter().filter(|l| l.trim().is_empty()).count();
    let line_mode = blank * 4 < lines.len() - blank;
    let mut para: Vec<&str> = Vec::new();
    let flush = |para: &mut Vec<&str>, into: &mut Builder| {
        if !para.is_empty() {
            into.para(join(para));
            para.clear();
        }
    };
    for raw in lines {
        let line = raw.trim();
        // A line after a hard break (a backslash at the end) continues its paragraph or bullet.
        let last_line = para.last().copied().or_else(|| into.last_bullet());
        let continues = last_line.is_some_and(inline::ends_escaping);
        if line.is_empty() || (line_mode && !continues) {
            flush(&mut para, into);
            into.end_list();
            if line.is_empty() {
                continue;
            }
        }
        if let Some(title) = into.item_title(line) {
            flush(&mut para, into);
            into.heading(line, &title);
            continue;
        }
        if let Some(sub) = sub_heading(line) {
            flush(&mut para, into);
            into.sub(sub);
            continue;
        }
        if let Some((marker, text)) = body::bullet(line).filter(|_| para.is_empty()) {
            into.bullet(marker, text);
            continue;
        }
        if para.is_empty() && into.bullet_goes_on(line) {
            continue;
        }
        // A line after a hard break continues its paragraph, however it begins (a vote's
        // "Tulos: …" line); any other line that begins an entry begins a new one.
        // (Asked only when a paragraph is open: reading a line is the costliest step.)
        if !para.is_empty() && (body::item_heading(line, None).is_some() || (!continues && starts_entry(line))) {
            flush(&mut para, into);
        }
        para.push(line);
    }
    flush(&mut para, into);
}

/// A sub-heading's text: "### Talous".
fn sub_heading(line: &str) -> Option<&str> {
    line.strip_prefix("###")
        .map(|s| s.trim_start_matches('#'))
        .and_then(|s| s.strip_prefix(' ').or(s.is_empty().then_some("")))
}

/// The number of the first item heading (so the next one must be that plus one).
fn first_number(line: &str) -> usize {
    let digits: String = line
        .trim_start_matches(['#', ' ', '§'])
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().unwrap_or(1)
}

/// A line that begins an entry of its own even without a blank line before it.
pub fn starts_entry(line: &str) -> bool {
    !matches!(
        body::read_paragraph(line, &Context::default()),
        Read::Entry(EntryKind::Paragraph { .. })
    )
}

/// Joins the lines of a paragraph with spaces; a line ending in a backslash is a hard break.
pub fn join(lines: &[&str]) -> String {
    let mut out = String::with_capacity(lines.iter().map(|l| l.len() + 1).sum());
    for line in lines {
        join_onto(&mut out, line);
    }
    out
}

/// Appends `line` to the paragraph `out` as [`join`] does (in place, so that a paragraph of
/// many lines is not copied once per line).
fn join_onto(out: &mut String, line: &str) {
    if !out.is_empty() {
        if inline::ends_escaping(out) {
            out.pop();
            out.push('\n');
        } else {
            out.push(' ');
        }
    }
    out.push_str(line);
}
