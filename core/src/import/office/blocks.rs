//! What both office readers find, gathered the same way: paragraphs (headings, list items),
//! table rows, and what stands inside a paragraph without being part of its sentence — a text
//! box, a note, a picture's description — which follows that paragraph as paragraphs of its own.
//! Given at the end as blocks, which [`super::pieces`] turns into what the memo reader takes.

use super::within_limit;
use crate::import::decode::plain_char;
use crate::import::Piece;
use crate::ImportError;

/// A heading's level as the file gives it: 0 for the document's title.
type Level = u8;

/// A block as the file gives it.
pub enum Block {
    Heading { level: Level, text: String },
    Para { text: String, bullet: bool },
    Row { cells: Vec<String>, header: bool },
    TableEnd,
    ListEnd,
}

#[derive(Default)]
struct Para {
    text: String,
    heading: Option<Level>,
    bullet: bool,
    link: Option<(String, String)>,
    /// Paragraphs found inside this one (text boxes, notes, descriptions), to follow it.
    after: Vec<Block>,
}

#[derive(Default)]
struct Table {
    cells: Vec<String>,
    cell: Option<String>,
    header: bool,
}

/// A document being read: blocks done, paragraphs and tables open. Everything added counts
/// against what one memo holds, so a file yielding more is refused as soon as it does.
#[derive(Default)]
pub struct Doc {
    blocks: Vec<Block>,
    paras: Vec<Para>,
    tables: Vec<Table>,
    held: usize,
}

impl Doc {
    fn hold(&mut self, bytes: usize) -> Result<(), ImportError> {
        self.held += bytes;
        within_limit(self.held)
    }

    /// A paragraph begins (inside the one open, if any: a text box or a note).
    pub fn open_para(&mut self) {
        self.paras.push(Para::default());
    }

    /// The open paragraph is a heading of this level (0: the title).
    pub fn heading(&mut self, level: Level) {
        if let Some(p) = self.paras.last_mut() {
            p.heading = Some(level);
        }
    }

    /// The open paragraph is a list item.
    pub fn bullet(&mut self) {
        if let Some(p) = self.paras.last_mut() {
            p.bullet = true;
        }
    }

    /// Text of the open paragraph (outside a paragraph there is none to keep); `bold` text is
    /// marked so that a speaker's name ("**Ida:**") reads as one.
    pub fn text(&mut self, text: &str, bold: bool) -> Result<(), ImportError> {
        let Some(p) = self.paras.last_mut() else { return Ok(()) };
        let text: String = text
            .chars()
            .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
            .filter_map(plain_char)
            .collect();
        let text = crate::inline::escape(&text);
        let len = text.len();
        match &mut p.link {
            Some((_, t)) => t.push_str(&text),
            None if bold && !text.trim().is_empty() => p.text.push_str(&format!("**{text}**")),
            None => p.text.push_str(&text),
        }
        self.hold(len + 4)
    }

    /// A line break, tab or other character that is markup rather than text.
    pub fn raw(&mut self, s: &str) -> Result<(), ImportError> {
        match self.paras.last_mut() {
            Some(p) => match &mut p.link {
                Some((_, t)) => t.push_str(s),
                None => p.text.push_str(s),
            },
            None => return Ok(()),
        }
        self.hold(s.len())
    }

    /// A link begins; its text follows.
    pub fn link(&mut self, url: &str) -> Result<(), ImportError> {
        self.link_end();
        if let Some(p) = self.paras.last_mut() {
            p.link = Some((url.to_string(), String::new()));
        }
        self.hold(url.len() + 4)
    }

    /// The link ends.
    pub fn link_end(&mut self) {
        if let Some(p) = self.paras.last_mut() {
            if let Some((url, text)) = p.link.take() {
                match url.is_empty() {
                    true => p.text.push_str(&text),
                    false => p.text.push_str(&format!("[{text}]({url})")),
                }
            }
        }
    }

    /// A paragraph of its own after the open one (a picture's description, a note kept in
    /// another part of the file).
    pub fn aside(&mut self, text: &str) -> Result<(), ImportError> {
        let text: String = text.chars().filter_map(plain_char).collect();
        let text = crate::inline::escape(text.trim());
        if text.is_empty() {
            return Ok(());
        }
        self.hold(text.len())?;
        let block = Block::Para { text, bullet: false };
        match self.paras.last_mut() {
            Some(p) => p.after.push(block),
            None => self.emit(block),
        }
        Ok(())
    }

    /// The open paragraph ends.
    pub fn close_para(&mut self) {
        self.link_end();
        let Some(p) = self.paras.pop() else { return };
        let text = p.text.replace("****", "");
        self.emit(match p.heading {
            Some(level) => Block::Heading { level, text },
            None => Block::Para { text, bullet: p.bullet },
        });
        for block in p.after {
            self.emit(block);
        }
    }

    /// Where a finished block goes: after the paragraph still open around it, into the table
    /// cell it stands in, or into the document.
    fn emit(&mut self, block: Block) {
        if let Some(p) = self.paras.last_mut() {
            p.after.push(block);
            return;
        }
        let Some(cell) = self.tables.iter_mut().rev().find_map(|t| t.cell.as_mut()) else {
            self.blocks.push(block);
            return;
        };
        let text = match block {
            Block::Heading { text, .. } | Block::Para { text, .. } => text.replace("**", ""),
            Block::Row { cells, .. } => cells.join(" "),
            Block::TableEnd | Block::ListEnd => return,
        };
        let text = text.replace("\\\n", " ").replace(['\t', '\n'], " ");
        if !text.trim().is_empty() {
            if !cell.is_empty() {
                cell.push(' ');
            }
            cell.push_str(text.trim());
        }
    }

    /// A table begins.
    pub fn open_table(&mut self) {
        self.tables.push(Table::default());
    }

    /// A row begins; `header` when it repeats as the table's header.
    pub fn open_row(&mut self, header: bool) {
        if let Some(t) = self.tables.last_mut() {
            t.cells.clear();
            t.header = header;
        }
    }

    /// The open row is a header row.
    pub fn header_row(&mut self) {
        if let Some(t) = self.tables.last_mut() {
            t.header = true;
        }
    }

    /// A cell begins.
    pub fn open_cell(&mut self) {
        if let Some(t) = self.tables.last_mut() {
            t.cell = Some(String::new());
        }
    }

    /// The open cell ends.
    pub fn close_cell(&mut self) {
        if let Some(t) = self.tables.last_mut() {
            if let Some(cell) = t.cell.take() {
                t.cells.push(cell);
            }
        }
    }

    /// The open row ends.
    pub fn close_row(&mut self) {
        self.close_cell();
        if let Some(t) = self.tables.last_mut() {
            let row = Block::Row {
                cells: std::mem::take(&mut t.cells),
                header: t.header,
            };
            self.emit(row);
        }
    }

    /// A list (not within another) ends.
    pub fn close_list(&mut self) {
        self.emit(Block::ListEnd);
    }

    /// The open table ends.
    pub fn close_table(&mut self) {
        if self.tables.pop().is_some() {
            self.emit(Block::TableEnd);
        }
    }

    /// The blocks of the document, everything still open closed.
    pub fn finished(mut self) -> Vec<Block> {
        while !self.paras.is_empty() {
            self.close_para();
        }
        while !self.tables.is_empty() {
            self.close_row();
            self.close_table();
        }
        self.blocks
    }

    /// The document as pieces (see [`super::pieces`]).
    pub fn pieces(self) -> Vec<Piece> {
        super::pieces::of(self.finished())
    }

    /// The document's text, as the head of the memo is read from it.
    #[cfg(test)]
    pub fn render(self) -> String {
        self.pieces().iter().map(|p| p.lines.as_str()).collect()
    }
}
