//! The one look of every document Muistio writes: palette, font sizes, spacing and page, in
//! points. The web page's CSS, the Word and OpenDocument styles and the PDF layout are all
//! derived from these values, so a colour or a size is changed here once.

use super::outline::Mark;

/// A colour, red, green and blue.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// As Word writes it: `1B1F24`.
    pub fn hex(self) -> String {
        format!("{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }

    /// As CSS and OpenDocument write it: `#1b1f24`.
    pub fn css(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// As PDF draws it: each channel from 0 to 1.
    pub fn unit(self) -> [f32; 3] {
        [self.0, self.1, self.2].map(|c| f32::from(c) / 255.0)
    }
}

/// Running text, rules under table headers and signature lines.
pub const TEXT: Rgb = Rgb(0x1b, 0x1f, 0x24);
/// The document's kind above the title ("MUISTIO") and the page numbers.
pub const MUTED: Rgb = Rgb(0x4a, 0x52, 0x5c);
/// Links.
pub const LINK: Rgb = Rgb(0x0b, 0x5c, 0xab);
/// The thin rules between table rows.
pub const RULE: Rgb = Rgb(0xc9, 0xd0, 0xd8);
/// The shade behind a marked entry (on screen and in office files; the PDF draws the bar only).
pub const SHADE: Rgb = Rgb(0xf3, 0xf5, 0xf7);

/// The colour of the bar beside a marked entry, one per kind.
pub fn mark(mark: Mark) -> Rgb {
    match mark {
        Mark::Decision => Rgb(0x0b, 0x5c, 0xab),
        Mark::Action => Rgb(0x1d, 0x6b, 0x35),
        Mark::Attachment => Rgb(0x80, 0x80, 0x80),
        Mark::Proposal => Rgb(0x5b, 0x3e, 0x96),
        Mark::Vote => Rgb(0x7a, 0x4b, 0x00),
        Mark::Dissent => Rgb(0x8a, 0x1c, 0x1c),
    }
}

/// Every kind of marked entry, in the order the styles are declared.
pub const MARKS: [Mark; 6] = [
    Mark::Decision,
    Mark::Action,
    Mark::Attachment,
    Mark::Proposal,
    Mark::Vote,
    Mark::Dissent,
];

/// Font sizes in points, for Liberation Sans (Word, OpenDocument); the web page takes the
/// same proportions to the reader's own text size, the PDF scales them by [`PDF_SCALE`].
pub const BODY: f32 = 11.0;
/// The title.
pub const TITLE: f32 = 20.0;
/// An item's heading.
pub const HEADING: f32 = 14.0;
/// A sub-heading inside an item.
pub const SUBHEADING: f32 = 12.0;
/// Page numbers (PDF).
pub const FOOTER: f32 = 8.5;
/// DejaVu Sans, which the PDF embeds, sets wider than Liberation Sans: at 0.95 of the size a
/// line holds about as many words.
pub const PDF_SCALE: f32 = 0.95;
/// The distance between lines, in lines of the font's own single spacing (Word's "multiple").
pub const LINE_SPACING: f32 = 1.1;
/// The letter spacing of the document's kind above the title, in points.
pub const KIND_TRACKING: f32 = 1.0;

/// Space before and after a block, in points.
#[derive(Clone, Copy, Debug)]
pub struct Space {
    pub before: f32,
    pub after: f32,
}

const fn space(before: f32, after: f32) -> Space {
    Space { before, after }
}

/// A paragraph of running text.
pub const PARAGRAPH: Space = space(0.0, 6.0);
/// The document's kind above the title.
pub const KIND: Space = space(0.0, 0.0);
/// The title.
pub const TITLE_SPACE: Space = space(0.0, 12.0);
/// An item's heading.
pub const HEADING_SPACE: Space = space(14.0, 6.0);
/// A sub-heading.
pub const SUBHEADING_SPACE: Space = space(8.0, 3.0);
/// One item of a bulleted list.
pub const LIST_ITEM: Space = space(0.0, 3.0);
/// A marked entry (decision, action, vote…).
pub const MARKED: Space = space(0.0, 6.0);
/// The room above a signature line, for the signature.
pub const SIGNATURE: Space = space(36.0, 0.0);

/// Each block's space before and after, named as the templates name them (`heading_before`),
/// each length written by `unit`.
pub fn spaces(unit: impl Fn(f32) -> String) -> Vec<(String, String)> {
    let blocks = [
        ("paragraph", PARAGRAPH),
        ("kind", KIND),
        ("title", TITLE_SPACE),
        ("heading", HEADING_SPACE),
        ("subheading", SUBHEADING_SPACE),
        ("list", LIST_ITEM),
        ("marked", MARKED),
        ("signature", SIGNATURE),
    ];
    blocks
        .iter()
        .flat_map(|(name, space)| {
            [
                (format!("{name}_before"), unit(space.before)),
                (format!("{name}_after"), unit(space.after)),
            ]
        })
        .collect()
}

/// How far a list item's text stands from the margin (the bullet hangs in it), in points.
pub const LIST_INDENT: f32 = 18.0;
/// The width of the bar beside a marked entry and the gap between it and the text, in points.
pub const MARK_BAR: f32 = 3.0;
pub const MARK_GAP: f32 = 6.0;
/// The length of a signature line, in points (8 cm).
pub const SIGNATURE_LINE: f32 = 8.0 * CM;
/// The width of a signature line, in points.
pub const SIGN_RULE: f32 = 0.75;
/// Rules in tables: under the header row, and between rows (width in points).
pub const HEAD_RULE: f32 = 1.0;
pub const ROW_RULE: f32 = 0.5;
/// The space between a table cell's edge and its text, in points.
pub const CELL_PAD: f32 = 4.0;

/// One centimetre in points.
pub const CM: f32 = 72.0 / 2.54;
/// The A4 page and its margins, in points.
pub const PAGE_W: f32 = 21.0 * CM;
pub const PAGE_H: f32 = 29.7 * CM;
pub const MARGIN_TOP: f32 = 2.5 * CM;
pub const MARGIN_BOTTOM: f32 = 2.5 * CM;
pub const MARGIN_SIDE: f32 = 2.0 * CM;
/// The width of the text between the side margins (17 cm).
pub const TEXT_W: f32 = PAGE_W - 2.0 * MARGIN_SIDE;

/// Points in twentieths of a point, as Word measures lengths.
pub fn twips(pt: f32) -> i32 {
    (pt * 20.0).round() as i32
}

/// Points in centimetres to two decimals, without trailing zeros: `2.5cm`.
pub fn cm(pt: f32) -> String {
    let text = format!("{:.2}", pt / CM);
    format!("{}cm", text.trim_end_matches('0').trim_end_matches('.'))
}

/// Points as points, without trailing zeros: `10.5pt`.
pub fn pt(pt: f32) -> String {
    let text = format!("{pt:.2}");
    format!("{}pt", text.trim_end_matches('0').trim_end_matches('.'))
}

/// Points as a CSS length relative to the reader's text size, which stands for [`BODY`]: `1.27rem`.
pub fn rem(pt: f32) -> String {
    let text = format!("{:.2}", pt / BODY);
    format!("{}rem", text.trim_end_matches('0').trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units() {
        assert_eq!(TEXT.hex(), "1B1F24");
        assert_eq!(TEXT.css(), "#1b1f24");
        assert_eq!(Rgb(255, 0, 51).unit(), [1.0, 0.0, 0.2]);
        assert_eq!(
            (twips(MARGIN_TOP), twips(MARGIN_SIDE), twips(TEXT_W)),
            (1417, 1134, 9638)
        );
        assert_eq!(
            (cm(PAGE_W), cm(PAGE_H), cm(MARGIN_TOP), cm(6.0)),
            ("21cm".into(), "29.7cm".into(), "2.5cm".into(), "0.21cm".into())
        );
        assert_eq!(
            (rem(BODY), rem(HEADING), rem(0.0)),
            ("1rem".into(), "1.27rem".into(), "0rem".into())
        );
        assert_eq!((pt(0.75), pt(1.0)), ("0.75pt".into(), "1pt".into()));
    }
}
