//! Tables on the page: rows moved whole to the next page, the header row drawn again there (as
//! an artifact, so that it is read once), and the header facts tagged as a table of row
//! headers and their values.

use super::{Face, Op, Writer, BODY, BOTTOM, FULL, MARGIN_X};
use crate::export::pdf::tags::{Role, Scope, DOCUMENT};
use crate::export::pdf::words::words;
use crate::export::style::{self, Rgb};
use crate::model::{Rich, Span};

/// A rule under a table row: width in points and colour.
type Rule = (f32, Rgb);
/// Under the header row.
const HEAD: Rule = (style::HEAD_RULE, style::TEXT);
/// Under every other row.
const ROW: Rule = (style::ROW_RULE, style::RULE);

impl Writer<'_> {
    /// The height of a table row whose cells are set in `cols` wide columns.
    fn row_height(&self, cells: &[Rich], cols: &[f32], face: Face, size: f32, pad: f32) -> f32 {
        cells
            .iter()
            .zip(cols)
            .map(|(c, cw)| {
                let lines = self.fonts.lines(&words(c, face), size, cw - 2.0 * pad).len();
                lines.max(1) as f32 * size * 1.32
            })
            .fold(0.0, f32::max)
            + 2.0 * pad
    }

    /// Draws a table row with a rule under it. `row` is the row element and the cells' role;
    /// `None` draws the row as an artifact (a header row repeated on a new page).
    fn row(&mut self, cells: &[Rich], cols: &[f32], face: Face, rule: Rule, row: Option<(usize, Role)>) {
        let (size, pad) = (BODY, style::CELL_PAD);
        let h = self.row_height(cells, cols, face, size, pad);
        let top = self.y;
        let mut x = MARGIN_X;
        for (cell, cw) in cells.iter().zip(cols) {
            let tag = row.map(|(tr, role)| {
                let scope = (role == Role::TH).then_some(Scope::Column);
                self.tree.header(role, scope, tr)
            });
            self.y = top - pad;
            self.text(
                &words(cell, face),
                size,
                x + pad,
                cw - 2.0 * pad,
                style::TEXT.unit(),
                tag,
            );
            x += cw;
        }
        self.y = top - h;
        let y = self.y;
        self.page().ops.push(Op::Line {
            x1: MARGIN_X,
            y1: y,
            x2: MARGIN_X + FULL,
            y2: y,
            width: rule.0,
            color: rule.1.unit(),
        });
    }

    pub(super) fn table(&mut self, head: &[String], widths: &[u8], rows: &[Vec<Rich>]) {
        let cols: Vec<f32> = widths.iter().map(|w| FULL * f32::from(*w) / 100.0).collect();
        let (size, pad) = (BODY, style::CELL_PAD);
        let header: Vec<Rich> = head.iter().map(|h| Rich::plain(h)).collect();
        let head_h = self.row_height(&header, &cols, Face::Bold, size, pad);
        let first = rows
            .first()
            .map(|r| self.row_height(r, &cols, Face::Regular, size, pad))
            .unwrap_or(0.0);
        self.room(head_h + first);
        let table = self.tree.open(Role::Table, DOCUMENT);
        let tr = self.tree.open(Role::TR, table);
        self.row(&header, &cols, Face::Bold, HEAD, Some((tr, Role::TH)));
        for row in rows {
            let h = self.row_height(row, &cols, Face::Regular, size, pad);
            if self.y - h < BOTTOM {
                self.new_page();
                self.row(&header, &cols, Face::Bold, HEAD, None);
            }
            let tr = self.tree.open(Role::TR, table);
            self.row(row, &cols, Face::Regular, ROW, Some((tr, Role::TD)));
        }
        self.y -= BODY;
    }

    /// The header facts ("Aika: …"), each a line of its own, tagged as a table of row headers
    /// and their values.
    pub(super) fn facts(&mut self, facts: &[(String, String)]) {
        let table = self.tree.open(Role::Table, DOCUMENT);
        for (k, v) in facts {
            let tr = self.tree.open(Role::TR, table);
            let th = self.tree.header(Role::TH, Some(Scope::Row), tr);
            let td = self.tree.open(Role::TD, tr);
            let mut line = words(&Rich::from(vec![Span::Bold(format!("{k}: "))]), Face::Regular);
            line.iter_mut().for_each(|w| w.tag = Some(th));
            let mut value = words(&Rich::plain(v), Face::Regular);
            if let Some(first) = value.first_mut() {
                first.space = true;
            }
            value.iter_mut().for_each(|w| w.tag = Some(td));
            line.extend(value);
            self.text(&line, BODY, MARGIN_X, FULL, style::TEXT.unit(), None);
            self.y -= 1.0;
        }
        self.y -= 6.0;
    }
}
