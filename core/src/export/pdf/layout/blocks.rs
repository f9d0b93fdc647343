//! The blocks set apart on the page: bulleted lists (tagged as lists with labels and bodies),
//! marked entries with the bar of their kind beside them, and the signature lines.

use super::{scaled, Face, Op, Writer, BODY, BOTTOM, LEADING, MARGIN_X};
use crate::export::outline::Mark;
use crate::export::pdf::tags::{Role, DOCUMENT};
use crate::export::style;
use crate::model::{Rich, Span};

impl Writer<'_> {
    pub(super) fn list(&mut self, items: &[Rich]) {
        let list = self.tree.open(Role::L, DOCUMENT);
        for item in items {
            self.room(BODY * LEADING);
            let li = self.tree.open(Role::LI, list);
            let label = self.tree.open(Role::Lbl, li);
            self.draw(Op::Text {
                x: MARGIN_X + 2.0,
                y: self.y - BODY,
                size: BODY,
                face: Face::Regular,
                italic: false,
                color: style::TEXT.unit(),
                text: "• ".into(),
                tag: Some(label),
            });
            let body = self.tree.open(Role::LBody, li);
            self.para(
                item,
                Face::Regular,
                BODY,
                MARGIN_X + style::LIST_INDENT,
                style::LIST_ITEM.after,
                body,
            );
        }
        // The list as a whole ends as a paragraph does.
        self.y -= style::PARAGRAPH.after - style::LIST_ITEM.after;
    }

    pub(super) fn marked(&mut self, mark: Mark, label: &str, text: &Rich) {
        let color = style::mark(mark).unit();
        let mut spans = vec![Span::Bold(format!("{label}: "))];
        spans.extend(text.spans().iter().cloned());
        self.room(style::MARKED.before + BODY * LEADING);
        self.y -= style::MARKED.before;
        let (top, page) = (self.y, self.pages.len());
        let p = self.tree.open(Role::P, DOCUMENT);
        let x = MARGIN_X + style::MARK_BAR + style::MARK_GAP;
        self.para(&Rich::from(spans), Face::Regular, BODY, x, 0.0, p);
        // The bar beside the entry (on the page where it starts).
        let bottom = if self.pages.len() == page { self.y } else { BOTTOM };
        let bar = Op::Rect {
            x: MARGIN_X,
            y: bottom + 2.0,
            w: style::MARK_BAR,
            h: top - bottom - 2.0,
            color,
        };
        self.pages[page - 1].ops.push(bar);
        self.y -= style::MARKED.after;
    }

    pub(super) fn signatures(&mut self, heading: &str, lines: &[(String, String)]) {
        let line = style::SIGNATURE.before + 2.0 + BODY * LEADING;
        self.room(style::HEADING_SPACE.before + scaled(style::HEADING) * 2.0 + line * lines.len() as f32);
        self.heading(heading, 2, scaled(style::HEADING), style::HEADING_SPACE);
        for (role, name) in lines {
            let who = if name.is_empty() {
                role.clone()
            } else {
                format!("{name}, {role}")
            };
            self.y -= style::SIGNATURE.before;
            let y = self.y;
            self.page().ops.push(Op::Line {
                x1: MARGIN_X,
                y1: y,
                x2: MARGIN_X + style::SIGNATURE_LINE,
                y2: y,
                width: style::SIGN_RULE,
                color: style::TEXT.unit(),
            });
            self.y -= 2.0;
            let p = self.tree.open(Role::P, DOCUMENT);
            self.para(&Rich::plain(&who), Face::Regular, BODY, MARGIN_X, 0.0, p);
        }
    }
}
