//! What both office readers find, gathered the same way: paragraphs (headings, list items),
//! table rows, and what stands inside a paragraph without being part of its sentence — a text
//! box, a note, a picture's description — which follows that paragraph as paragraphs of its own.
//! Written out at the end as the lines the memo reader wants.

use super::within_limit;
use crate::ImportError;

/// A heading's level as the file gives it: 0 for the document's title.
type Level = u8;

enum Block {
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
        let text = crate::inline::escape(text);
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

    /// The document as the memo reader's lines. Headings are leveled by what the document
    /// uses: its title (a title style, or a single top heading before any other) is `#`,
    /// the next level its items (`##`), any deeper `###`.
    pub fn render(mut self) -> String {
        while !self.paras.is_empty() {
            self.close_para();
        }
        while !self.tables.is_empty() {
            self.close_row();
            self.close_table();
        }
        let levels = self.blocks.iter().filter_map(|b| match b {
            Block::Heading { level, .. } if *level > 0 => Some(*level),
            _ => None,
        });
        let top = levels.clone().min().unwrap_or(1);
        let has_title = self.blocks.iter().any(|b| matches!(b, Block::Heading { level: 0, .. }));
        let first_is_lone_top = levels.clone().next() == Some(top) && levels.filter(|l| *l == top).count() == 1;
        let title_by_level = !has_title && first_is_lone_top;
        let mut out = String::new();
        let mut table = People(false);
        for block in self.blocks {
            match block {
                Block::Heading { level, text } => {
                    let rank = match level {
                        0 => 1,
                        l if title_by_level => (l - top + 1).min(3),
                        l => (l - top + 2).min(3),
                    };
                    finish(&mut out, &text, Some(rank), false);
                }
                Block::Para { text, bullet } => finish(&mut out, &text, None, bullet),
                Block::Row { cells, header } => table.row(&cells, header, &mut out),
                Block::TableEnd => {
                    table = People(false);
                    out.push('\n');
                }
                Block::ListEnd => out.push('\n'),
            }
        }
        out
    }
}

/// A table as the memo reader wants it: in a two-column table of people (name, organisation)
/// the name is split into first names and last name, and the header row is written as a
/// Markdown table's, which the reader knows for a header.
struct People(bool);

impl People {
    fn row(&mut self, cells: &[String], header: bool, out: &mut String) {
        let first = cells.first().map(|c| c.trim().to_lowercase()).unwrap_or_default();
        if header && cells.len() == 2 && ["nimi", "name", "namn"].contains(&first.as_str()) {
            self.0 = true;
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
            return;
        }
        let line = match (self.0, cells) {
            (true, [name, orgs]) => {
                let (first, last) = name.trim().rsplit_once(' ').unwrap_or((name.trim(), ""));
                format!("{first}\t{last}\t{}", orgs.trim())
            }
            _ => cells.join("\t"),
        };
        if !line.trim().is_empty() {
            out.push_str(&line);
            out.push('\n');
        }
    }
}

/// Whether a line begins with a header label ("Paikka:", "Närvarande:").
fn labelled(line: &str) -> bool {
    crate::labels::header_label(line).is_some()
}

/// A header label set in bold ("**Närvarande**", "**Plats:** Vasa") as the memo reader
/// knows it: "Närvarande:", "Plats: Vasa".
fn unbold_label(line: &str) -> Option<String> {
    let inner = line.strip_prefix("**")?;
    let (label, rest) = inner.split_once("**")?;
    let label = label.trim().trim_end_matches(':');
    let rest = rest.trim_start().strip_prefix(':').unwrap_or(rest).trim();
    let line = format!("{label}: {rest}");
    labelled(&line).then(|| line.trim_end().to_string())
}

/// A paragraph's lines as the memo reader wants them: headings marked, list items bulleted.
/// A paragraph whose broken lines begin with header labels ("Aika: …", "Paikka: …") is
/// written as one paragraph for each.
fn finish(out: &mut String, line: &str, heading: Option<u8>, bullet: bool) {
    let line = line.trim();
    if line.is_empty() {
        return;
    }
    let parts: Vec<&str> = line.split("\\\n").collect();
    if heading.is_none() && parts.len() > 1 && parts.iter().skip(1).any(|p| labelled(p.trim())) {
        let mut paragraph = String::new();
        for part in parts {
            if labelled(part.trim()) && !paragraph.is_empty() {
                finish(out, &std::mem::take(&mut paragraph), None, bullet);
            }
            if !paragraph.is_empty() {
                paragraph.push_str("\\\n");
            }
            paragraph.push_str(part);
        }
        return finish(out, &paragraph, None, bullet);
    }
    let unbolded = unbold_label(line).filter(|_| heading.is_none() && !bullet);
    let line = unbolded.as_deref().unwrap_or(line);
    // A heading that is a header label ("Paikalla") introduces what follows, as "Paikalla:".
    if heading.is_some() && crate::labels::header_label(&format!("{line}:")).is_some_and(|(_, _, rest)| rest.is_empty())
    {
        out.push_str(&format!("{line}:\n\n"));
        return;
    }
    let prefix = match (heading, bullet) {
        (Some(1), _) => "# ",
        (Some(2), _) if crate::import::body::item_heading(line, None).is_some() => "",
        (Some(2), _) => "## ",
        (Some(_), _) => "### ",
        (None, true) => "- ",
        _ => "",
    };
    // A paragraph after a list is no part of its last item.
    if !bullet && out.ends_with('\n') && !out.ends_with("\n\n") {
        out.push('\n');
    }
    out.push_str(prefix);
    out.push_str(line);
    out.push_str(if bullet { "\n" } else { "\n\n" });
}
