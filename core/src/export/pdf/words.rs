//! Rich text as words for setting: each word with its face, slant and link, and whether a
//! space or a line break precedes it; and lines of words no wider than a measure.

use super::font::Font;
use crate::model::{Rich, Span};

/// Which font: the regular or the bold one.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Face {
    Regular,
    Bold,
}

/// A link a word belongs to: the address, and which span of its text it came from (so that
/// the words of one link make one link element).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Link {
    pub url: String,
    pub span: usize,
}

/// A word to set.
#[derive(Clone, Debug)]
pub struct Word {
    pub text: String,
    pub face: Face,
    pub italic: bool,
    pub link: Option<Link>,
    /// A space precedes it.
    pub space: bool,
    /// A line break precedes it.
    pub hard: bool,
    /// The structure element it belongs to, when not the one of the text around it.
    pub tag: Option<usize>,
}

/// The words of `text`, in `base` face unless a span is bold.
pub fn words(text: &Rich, base: Face) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut space = false;
    let mut hard = false;
    for (n, span) in text.spans().iter().enumerate() {
        let (s, face, italic, link) = match span {
            Span::Text(s) => (s.as_str(), base, false, None),
            Span::Bold(s) => (s.as_str(), Face::Bold, false, None),
            Span::Italic(s) => (s.as_str(), base, true, None),
            Span::Link { text, url } if crate::export::html::safe_url(url) => {
                let link = Link {
                    url: url.trim().to_string(),
                    span: n,
                };
                (text.as_str(), base, false, Some(link))
            }
            Span::Link { text, .. } => (text.as_str(), base, false, None),
        };
        let mut current = String::new();
        let flush = |current: &mut String, out: &mut Vec<Word>, space: &mut bool, hard: &mut bool| {
            if !current.is_empty() {
                out.push(Word {
                    text: std::mem::take(current),
                    face,
                    italic,
                    link: link.clone(),
                    space: *space,
                    hard: *hard,
                    tag: None,
                });
                *space = false;
                *hard = false;
            }
        };
        for c in s.chars() {
            match c {
                '\n' => {
                    flush(&mut current, &mut out, &mut space, &mut hard);
                    hard = true;
                }
                c if c.is_whitespace() => {
                    flush(&mut current, &mut out, &mut space, &mut hard);
                    space = true;
                }
                c => current.push(c),
            }
        }
        flush(&mut current, &mut out, &mut space, &mut hard);
    }
    out
}

/// The two faces of the document's font.
#[derive(Clone, Copy)]
pub struct Fonts<'a> {
    pub regular: &'a Font,
    pub bold: &'a Font,
}

impl<'a> Fonts<'a> {
    /// The font of a face.
    pub fn of(self, face: Face) -> &'a Font {
        match face {
            Face::Regular => self.regular,
            Face::Bold => self.bold,
        }
    }

    /// A word's width at `size` points.
    pub fn width(self, w: &Word, size: f32) -> f32 {
        self.of(w.face).width(&w.text, size)
    }

    /// Breaks words into lines no wider than `width`: each line is (words, their widths). A
    /// word longer than a line is cut where it fills the line.
    pub fn lines(self, words: &[Word], size: f32, width: f32) -> Vec<Vec<(Word, f32)>> {
        let space = self.regular.width(" ", size);
        let mut lines: Vec<Vec<(Word, f32)>> = vec![Vec::new()];
        let mut used = 0.0;
        for w in words {
            let mut w = w.clone();
            let mut ww = self.width(&w, size);
            let line = lines.last_mut().expect("a line");
            let gap = if line.is_empty() || !w.space { 0.0 } else { space };
            if w.hard || (!line.is_empty() && used + gap + ww > width) {
                lines.push(Vec::new());
                used = 0.0;
            }
            if ww > width {
                // Cut where each piece fills a line, in one pass over the word: the width of what
                // is left is kept in font units, as `Font::width` counts it.
                let font = self.of(w.face);
                let units = |c: char| u32::from(font.advance(font.glyph(c)));
                let text = std::mem::take(&mut w.text);
                let mut left: u32 = text.chars().map(units).sum();
                let mut chars = text.char_indices().peekable();
                let mut start = 0;
                while left as f32 * size / f32::from(font.units_per_em) > width {
                    let (from, mut cut_width) = (start, 0.0);
                    while let Some(&(i, c)) = chars.peek() {
                        let cw = font.width(c.encode_utf8(&mut [0; 4]), size);
                        if cut_width + cw > width && start > from {
                            break;
                        }
                        cut_width += cw;
                        left -= units(c);
                        start = i + c.len_utf8();
                        chars.next();
                    }
                    let piece = Word {
                        text: text[from..start].to_string(),
                        ..w.clone()
                    };
                    let pw = self.width(&piece, size);
                    lines.last_mut().expect("a line").push((piece, pw));
                    lines.push(Vec::new());
                    w.space = false;
                    w.hard = false;
                }
                w.text = text[start..].to_string();
                ww = self.width(&w, size);
            }
            if w.text.is_empty() {
                continue;
            }
            let line = lines.last_mut().expect("a line");
            let gap = if line.is_empty() || !w.space { 0.0 } else { space };
            used += gap + ww;
            line.push((w, ww));
        }
        lines.retain(|l| !l.is_empty());
        lines
    }
}
