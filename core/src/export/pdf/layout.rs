//! Setting the outline on A4 pages: words wrapped to the width with the fonts' own advance
//! widths, headings kept with what follows, table rows moved whole to the next page (with the
//! header row again), links remembered as areas to click.

use super::font::Font;
use crate::export::outline::{Block, Mark, Outline};
use crate::model::{Rich, Span};

pub const PAGE_W: f32 = 595.28;
pub const PAGE_H: f32 = 841.89;
const MARGIN_X: f32 = 56.0;
const TOP: f32 = 64.0;
const BOTTOM: f32 = 64.0;
const BODY: f32 = 10.5;

/// Which font: the regular or the bold one.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Face {
    Regular,
    Bold,
}

/// One thing drawn on a page (coordinates in points from the page's bottom left).
#[derive(Clone, PartialEq, Debug)]
pub enum Op {
    /// Text in one face and size; slanted for italics; `gray` 0 is black.
    Text {
        x: f32,
        y: f32,
        size: f32,
        face: Face,
        italic: bool,
        color: [f32; 3],
        text: String,
    },
    /// A straight line.
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        gray: f32,
    },
    /// A filled rectangle.
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: [f32; 3],
    },
}

/// A page: what is drawn, and the areas that are links.
#[derive(Default, Clone, Debug)]
pub struct Page {
    pub ops: Vec<Op>,
    pub links: Vec<([f32; 4], String)>,
}

/// The laid-out document: pages, and bookmarks (title, page, height) for the headings.
pub struct Laid {
    pub pages: Vec<Page>,
    pub bookmarks: Vec<(String, usize, f32)>,
}

#[derive(Clone, Debug)]
struct Word {
    text: String,
    face: Face,
    italic: bool,
    link: Option<String>,
    /// A space precedes it.
    space: bool,
    /// A line break precedes it.
    hard: bool,
}

fn words(text: &Rich, base: Face) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut space = false;
    let mut hard = false;
    for span in text.spans() {
        let (s, face, italic, link) = match span {
            Span::Text(s) => (s.as_str(), base, false, None),
            Span::Bold(s) => (s.as_str(), Face::Bold, false, None),
            Span::Italic(s) => (s.as_str(), base, true, None),
            Span::Link { text, url } if crate::export::html::safe_url(url) => {
                (text.as_str(), base, false, Some(url.trim().to_string()))
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

struct Writer<'a> {
    regular: &'a Font,
    bold: &'a Font,
    pages: Vec<Page>,
    y: f32,
    bookmarks: Vec<(String, usize, f32)>,
}

impl<'a> Writer<'a> {
    fn font(&self, face: Face) -> &'a Font {
        match face {
            Face::Regular => self.regular,
            Face::Bold => self.bold,
        }
    }

    fn width(&self, w: &Word, size: f32) -> f32 {
        self.font(w.face).width(&w.text, size)
    }

    fn page(&mut self) -> &mut Page {
        self.pages.last_mut().expect("there is always a page")
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = PAGE_H - TOP;
    }

    /// Makes room for `height` points, starting a new page when the rest of this one is short.
    fn room(&mut self, height: f32) {
        if self.y - height < BOTTOM && self.y < PAGE_H - TOP - 1.0 {
            self.new_page();
        }
    }

    /// Breaks words into lines no wider than `width`: each line is (words, their widths).
    fn lines(&self, words: &[Word], size: f32, width: f32) -> Vec<Vec<(Word, f32)>> {
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
            // A word longer than the line is cut where it fills the line.
            while ww > width {
                let mut cut = String::new();
                let mut rest: Vec<char> = w.text.chars().collect();
                while !rest.is_empty() && self.font(w.face).width(&format!("{cut}{}", rest[0]), size) <= width {
                    cut.push(rest.remove(0));
                }
                if cut.is_empty() {
                    cut.push(rest.remove(0));
                }
                let piece = Word { text: cut, ..w.clone() };
                let pw = self.width(&piece, size);
                lines.last_mut().expect("a line").push((piece, pw));
                lines.push(Vec::new());
                w.text = rest.into_iter().collect();
                w.space = false;
                ww = self.width(&w, size);
            }
            let line = lines.last_mut().expect("a line");
            let gap = if line.is_empty() || !w.space { 0.0 } else { space };
            used += gap + ww;
            line.push((w, ww));
        }
        lines.retain(|l| !l.is_empty());
        lines
    }

    /// Sets text at `x`, `width` wide; returns the height used. `keep` lines must stay together.
    fn text(&mut self, words: &[Word], size: f32, x: f32, width: f32, color: [f32; 3]) -> f32 {
        let leading = size * 1.32;
        let space = self.regular.width(" ", size);
        let lines = self.lines(words, size, width);
        let mut used = 0.0;
        for line in lines {
            self.room(leading);
            let baseline = self.y - size;
            let mut cx = x;
            for (i, (w, ww)) in line.iter().enumerate() {
                if i > 0 && w.space {
                    cx += space;
                }
                let color = if w.link.is_some() { [0.04, 0.36, 0.67] } else { color };
                self.page().ops.push(Op::Text {
                    x: cx,
                    y: baseline,
                    size,
                    face: w.face,
                    italic: w.italic,
                    color,
                    text: w.text.clone(),
                });
                if let Some(url) = &w.link {
                    self.page().ops.push(Op::Line {
                        x1: cx,
                        y1: baseline - 1.2,
                        x2: cx + ww,
                        y2: baseline - 1.2,
                        width: 0.5,
                        gray: 0.4,
                    });
                    self.page()
                        .links
                        .push(([cx, baseline - 2.5, cx + ww, baseline + size * 0.85], url.clone()));
                }
                cx += ww;
            }
            self.y -= leading;
            used += leading;
        }
        used
    }

    fn para(&mut self, rich: &Rich, face: Face, size: f32, x: f32, after: f32) {
        let w = words(rich, face);
        self.text(&w, size, x, PAGE_W - MARGIN_X - x, [0.0; 3]);
        self.y -= after;
    }

    fn heading(&mut self, text: &str, size: f32, before: f32) {
        let lines = self
            .lines(&words(&Rich::plain(text), Face::Bold), size, PAGE_W - 2.0 * MARGIN_X)
            .len() as f32;
        // A heading never ends a page: it comes with two lines of what follows.
        self.room(before + lines * size * 1.32 + 2.0 * BODY * 1.32);
        if self.y < PAGE_H - TOP - 1.0 {
            self.y -= before;
        }
        self.bookmarks
            .push((text.to_string(), self.pages.len() - 1, self.y + 4.0));
        self.para(&Rich::plain(text), Face::Bold, size, MARGIN_X, size * 0.45);
    }

    fn table(&mut self, head: &[String], widths: &[u8], rows: &[Vec<Rich>]) {
        let total = PAGE_W - 2.0 * MARGIN_X;
        let cols: Vec<f32> = widths.iter().map(|w| total * f32::from(*w) / 100.0).collect();
        let size = BODY - 0.5;
        let pad = 4.0;
        let header: Vec<Rich> = head.iter().map(|h| Rich::plain(h)).collect();
        let row_height = |w: &Writer, cells: &[Rich], face: Face| -> f32 {
            cells
                .iter()
                .zip(&cols)
                .map(|(c, cw)| w.lines(&words(c, face), size, cw - 2.0 * pad).len().max(1) as f32 * size * 1.32)
                .fold(0.0, f32::max)
                + 2.0 * pad
        };
        let draw = |w: &mut Writer, cells: &[Rich], face: Face, rule: f32, gray: f32| {
            let h = row_height(w, cells, face);
            let top = w.y;
            let mut x = MARGIN_X;
            for (cell, cw) in cells.iter().zip(&cols) {
                w.y = top - pad;
                w.text(&words(cell, face), size, x + pad, cw - 2.0 * pad, [0.0; 3]);
                x += cw;
            }
            w.y = top - h;
            let y = w.y;
            w.page().ops.push(Op::Line {
                x1: MARGIN_X,
                y1: y,
                x2: MARGIN_X + total,
                y2: y,
                width: rule,
                gray,
            });
        };
        let head_h = row_height(self, &header, Face::Bold);
        let first = rows.first().map(|r| row_height(self, r, Face::Regular)).unwrap_or(0.0);
        self.room(head_h + first);
        draw(self, &header, Face::Bold, 1.0, 0.0);
        for row in rows {
            let h = row_height(self, row, Face::Regular);
            if self.y - h < BOTTOM {
                self.new_page();
                draw(self, &header, Face::Bold, 1.0, 0.0);
            }
            draw(self, row, Face::Regular, 0.5, 0.75);
        }
        self.y -= BODY;
    }
}

/// Lays out the outline on A4 pages with the two fonts.
pub fn layout(outline: &Outline, regular: &Font, bold: &Font) -> Laid {
    let mut w = Writer {
        regular,
        bold,
        pages: Vec::new(),
        y: 0.0,
        bookmarks: Vec::new(),
    };
    w.new_page();
    let full = PAGE_W - 2.0 * MARGIN_X;
    for block in &outline.blocks {
        match block {
            Block::Kind(kind) => {
                let gray = 0.29;
                let wd = words(&Rich::plain(kind), Face::Bold);
                w.text(&wd, 9.5, MARGIN_X, full, [gray, gray, gray]);
                w.y -= 2.0;
            }
            Block::Title(title) => {
                w.bookmarks.push((title.clone(), 0, w.y));
                w.para(&Rich::plain(title), Face::Bold, 20.0, MARGIN_X, 10.0);
            }
            Block::Facts(facts) => {
                for (k, v) in facts {
                    let rich = Rich::from(vec![Span::Bold(format!("{k}: ")), Span::Text(v.clone())]);
                    w.para(&rich, Face::Regular, BODY, MARGIN_X, 1.0);
                }
                w.y -= 6.0;
            }
            Block::Heading { level, text } => {
                if *level <= 2 {
                    w.heading(text, 13.5, 12.0);
                } else {
                    w.heading(text, 11.0, 6.0);
                }
            }
            Block::Paragraph(text) => w.para(text, Face::Regular, BODY, MARGIN_X, 5.0),
            Block::List(items) => {
                for item in items {
                    w.room(BODY * 1.32);
                    let y = w.y;
                    w.page().ops.push(Op::Text {
                        x: MARGIN_X + 2.0,
                        y: y - BODY,
                        size: BODY,
                        face: Face::Regular,
                        italic: false,
                        color: [0.0; 3],
                        text: "•".into(),
                    });
                    w.para(item, Face::Regular, BODY, MARGIN_X + 14.0, 2.0);
                }
                w.y -= 3.0;
            }
            Block::Table { head, widths, rows } => w.table(head, widths, rows),
            Block::Marked { mark, label, text } => {
                let color = match mark {
                    Mark::Decision => [0.04, 0.36, 0.67],
                    Mark::Action => [0.11, 0.42, 0.21],
                    Mark::Attachment => [0.5, 0.5, 0.5],
                };
                let mut spans = vec![Span::Bold(format!("{label}: "))];
                spans.extend(text.spans().iter().cloned());
                w.room(BODY * 1.32);
                let (top, page) = (w.y, w.pages.len());
                w.para(&Rich::from(spans), Face::Regular, BODY, MARGIN_X + 10.0, 0.0);
                // The bar beside the entry (on the page where it starts).
                let bottom = if w.pages.len() == page { w.y } else { BOTTOM };
                let bar = Op::Rect {
                    x: MARGIN_X,
                    y: bottom + 2.0,
                    w: 3.0,
                    h: top - bottom - 2.0,
                    color,
                };
                w.pages[page - 1].ops.push(bar);
                w.y -= 6.0;
            }
            Block::Signatures { heading, lines } => {
                w.room(60.0 + 45.0 * lines.len() as f32);
                w.heading(heading, 13.5, 12.0);
                for (role, name) in lines {
                    let who = if name.is_empty() {
                        role.clone()
                    } else {
                        format!("{name}, {role}")
                    };
                    w.y -= 34.0;
                    let y = w.y;
                    w.page().ops.push(Op::Line {
                        x1: MARGIN_X,
                        y1: y,
                        x2: MARGIN_X + 220.0,
                        y2: y,
                        width: 0.7,
                        gray: 0.0,
                    });
                    w.y -= 2.0;
                    w.para(&Rich::plain(&who), Face::Regular, BODY, MARGIN_X, 0.0);
                }
            }
        }
    }
    Laid {
        pages: w.pages,
        bookmarks: w.bookmarks,
    }
}
