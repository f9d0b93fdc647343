//! Setting the outline on A4 pages: words wrapped to the width with the fonts' own advance
//! widths, headings kept with what follows, table rows moved whole to the next page (with the
//! header row again), links remembered as areas to click — and, alongside, the structure tree
//! that says what each drawn text is, in reading order.

mod blocks;
mod table;

use super::font::Font;
use super::tags::{Kid, Role, Tree, DOCUMENT};
use super::words::{words, Fonts, Word};
use crate::export::outline::{Block, Outline};
use crate::export::style;
use crate::model::Rich;

pub use super::words::Face;

pub use crate::export::style::{PAGE_H, PAGE_W};
const MARGIN_X: f32 = style::MARGIN_SIDE;
const TOP: f32 = style::MARGIN_TOP;
const BOTTOM: f32 = style::MARGIN_BOTTOM;
const FULL: f32 = style::TEXT_W;
/// The body text's size in DejaVu Sans.
const BODY: f32 = style::BODY * style::PDF_SCALE;
/// The distance between baselines, as a share of the font size: the office files' line
/// spacing (1.1 lines) of a single line of 1.2 times the size.
const LEADING: f32 = style::LINE_SPACING * 1.2;

/// A size of the shared style in DejaVu Sans.
fn scaled(size: f32) -> f32 {
    size * style::PDF_SCALE
}

/// One thing drawn on a page (coordinates in points from the page's bottom left).
#[derive(Clone, PartialEq, Debug)]
pub enum Op {
    /// Text in one face and size; slanted for italics. `tag` is the structure element it
    /// belongs to; `None` marks an artifact (a page number, a repeated table header).
    Text {
        x: f32,
        y: f32,
        size: f32,
        face: Face,
        italic: bool,
        color: [f32; 3],
        text: String,
        tag: Option<usize>,
    },
    /// A straight line (always decoration).
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        color: [f32; 3],
    },
    /// A filled rectangle (always decoration).
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: [f32; 3],
    },
}

/// A page: what is drawn, and the areas that are links (area, address).
#[derive(Default, Clone, Debug)]
pub struct Page {
    pub ops: Vec<Op>,
    pub links: Vec<([f32; 4], String)>,
}

/// The laid-out document: pages, bookmarks (title, page, height) for the headings, and the
/// structure tree whose texts and links point into the pages.
pub struct Laid {
    pub pages: Vec<Page>,
    pub bookmarks: Vec<(String, usize, f32)>,
    pub tree: Tree,
}

struct Writer<'a> {
    fonts: Fonts<'a>,
    pages: Vec<Page>,
    y: f32,
    bookmarks: Vec<(String, usize, f32)>,
    tree: Tree,
    /// The level of the last heading, so that none skips a level.
    heading: u8,
}

impl Writer<'_> {
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

    /// Draws on the current page; a text becomes part of the element it is tagged with.
    fn draw(&mut self, op: Op) {
        let page = self.pages.len() - 1;
        let at = self.page().ops.len();
        if let Op::Text { tag: Some(t), .. } = op {
            self.tree.push(t, Kid::Text { page, op: at });
        }
        self.page().ops.push(op);
    }

    /// Sets words at `x`, `width` wide, as part of element `tag`; returns the height used.
    /// Each word carries the space that follows it, so that its text reads as written.
    fn text(&mut self, words: &[Word], size: f32, x: f32, width: f32, color: [f32; 3], tag: Option<usize>) -> f32 {
        let leading = size * LEADING;
        let space = self.fonts.regular.width(" ", size);
        let lines = self.fonts.lines(words, size, width);
        let mut used = 0.0;
        // The link element being set: (which span, element).
        let mut link: Option<(usize, usize)> = None;
        for (l, line) in lines.iter().enumerate() {
            self.room(leading);
            let baseline = self.y - size;
            let mut cx = x;
            for (i, (w, ww)) in line.iter().enumerate() {
                if i > 0 && w.space {
                    cx += space;
                }
                let next = line.get(i + 1).or_else(|| lines.get(l + 1).and_then(|n| n.first()));
                let mut text = w.text.clone();
                if next.is_some_and(|(n, _)| n.space || n.hard) {
                    text.push(' ');
                }
                let owner = w.tag.or(tag);
                let (color, owner) = match (&w.link, owner) {
                    (Some(l), Some(owner)) => {
                        let node = match link {
                            Some((span, node)) if span == l.span => node,
                            _ => self.tree.open(Role::Link, owner),
                        };
                        link = Some((l.span, node));
                        (style::LINK.unit(), Some(node))
                    }
                    (Some(_), None) => (style::LINK.unit(), None),
                    (None, _) => {
                        link = None;
                        (color, owner)
                    }
                };
                self.draw(Op::Text {
                    x: cx,
                    y: baseline,
                    size,
                    face: w.face,
                    italic: w.italic,
                    color,
                    text,
                    tag: owner,
                });
                if let Some(l) = &w.link {
                    self.page().ops.push(Op::Line {
                        x1: cx,
                        y1: baseline - 1.2,
                        x2: cx + ww,
                        y2: baseline - 1.2,
                        width: 0.5,
                        color: style::LINK.unit(),
                    });
                    let page = self.pages.len() - 1;
                    let area = [cx, baseline - 2.5, cx + ww, baseline + size * 0.85];
                    self.page().links.push((area, l.url.clone()));
                    if let Some(node) = owner {
                        let link = self.pages[page].links.len() - 1;
                        self.tree.push(node, Kid::Annot { page, link });
                    }
                }
                cx += ww;
            }
            self.y -= leading;
            used += leading;
        }
        used
    }

    /// A paragraph (or any running text) as element `tag`.
    fn para(&mut self, rich: &Rich, face: Face, size: f32, x: f32, after: f32, tag: usize) {
        let w = words(rich, face);
        self.text(&w, size, x, PAGE_W - MARGIN_X - x, style::TEXT.unit(), Some(tag));
        self.y -= after;
    }

    /// A heading of outline level `level` (1 the title); never deeper than one below the last.
    fn heading(&mut self, text: &str, level: u8, size: f32, space: style::Space) {
        let level = level.min(self.heading + 1);
        self.heading = level;
        let role = match level {
            1 => Role::H1,
            2 => Role::H2,
            _ => Role::H3,
        };
        let lines = self
            .fonts
            .lines(&words(&Rich::plain(text), Face::Bold), size, FULL)
            .len() as f32;
        // A heading never ends a page: it comes with two lines of what follows.
        self.room(space.before + lines * size * LEADING + 2.0 * BODY * LEADING);
        if self.y < PAGE_H - TOP - 1.0 {
            self.y -= space.before;
        }
        self.bookmarks
            .push((text.to_string(), self.pages.len() - 1, self.y + 4.0));
        let node = self.tree.open(role, DOCUMENT);
        self.para(&Rich::plain(text), Face::Bold, size, MARGIN_X, space.after, node);
    }
}

/// Lays out the outline on A4 pages with the two fonts.
pub fn layout(outline: &Outline, regular: &Font, bold: &Font) -> Laid {
    let mut w = Writer {
        fonts: Fonts { regular, bold },
        pages: Vec::new(),
        y: 0.0,
        bookmarks: Vec::new(),
        tree: Tree::default(),
        heading: 0,
    };
    w.new_page();
    for block in &outline.blocks {
        match block {
            Block::Kind(kind) | Block::Subtitle(kind) => {
                let p = w.tree.open(Role::P, DOCUMENT);
                let wd = words(&Rich::plain(kind), Face::Bold);
                w.y -= style::KIND.before;
                w.text(&wd, BODY, MARGIN_X, FULL, style::MUTED.unit(), Some(p));
                w.y -= style::KIND.after;
            }
            Block::Title(title) => {
                w.bookmarks.push((title.clone(), 0, w.y));
                w.heading = 1;
                let h = w.tree.open(Role::H1, DOCUMENT);
                let size = scaled(style::TITLE);
                w.para(
                    &Rich::plain(title),
                    Face::Bold,
                    size,
                    MARGIN_X,
                    style::TITLE_SPACE.after,
                    h,
                );
            }
            Block::Facts(facts) => w.facts(facts),
            Block::Heading { level, text } => {
                if *level <= 2 {
                    w.heading(text, 2, scaled(style::HEADING), style::HEADING_SPACE);
                } else {
                    w.heading(text, 3, scaled(style::SUBHEADING), style::SUBHEADING_SPACE);
                }
            }
            Block::Paragraph(text) => {
                let p = w.tree.open(Role::P, DOCUMENT);
                w.para(text, Face::Regular, BODY, MARGIN_X, style::PARAGRAPH.after, p);
            }
            Block::List(items) => w.list(items),
            Block::Table { head, widths, rows } => w.table(head, widths, rows),
            Block::Marked { mark, label, text } => w.marked(*mark, label, text),
            Block::Signatures { heading, lines } => w.signatures(heading, lines),
        }
    }
    Laid {
        pages: w.pages,
        bookmarks: w.bookmarks,
        tree: w.tree,
    }
}
