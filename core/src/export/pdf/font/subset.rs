//! A font cut down to the glyphs a document uses: the subsetting walk (composite glyphs
//! followed to their parts) and the TrueType file written anew from the tables kept.

use super::{i16_at, u16_at, u32_at, Font};
use std::collections::BTreeSet;

impl Font {
    fn table(&self, tag: &[u8; 4]) -> Option<&[u8]> {
        let (at, len) = *self.tables.get(tag)?;
        self.data.get(at..at + len)
    }

    fn glyph_data(&self, g: u16) -> &[u8] {
        let (Some(loca), Some(glyf)) = (self.table(b"loca"), self.table(b"glyf")) else {
            return &[];
        };
        let at = |i: usize| -> usize {
            if self.long_loca {
                u32_at(loca, 4 * i).unwrap_or(0) as usize
            } else {
                2 * usize::from(u16_at(loca, 2 * i).unwrap_or(0))
            }
        };
        let (start, end) = (at(usize::from(g)), at(usize::from(g) + 1));
        glyf.get(start..end.max(start)).unwrap_or(&[])
    }

    /// The glyphs a composite glyph is built from.
    pub(super) fn components(&self, g: u16) -> Vec<u16> {
        let data = self.glyph_data(g);
        if data.len() < 10 || i16_at(data, 0).unwrap_or(0) >= 0 {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut at = 10;
        while let (Ok(flags), Ok(glyph)) = (u16_at(data, at), u16_at(data, at + 2)) {
            out.push(glyph);
            at += 4 + if flags & 1 != 0 { 4 } else { 2 };
            at += if flags & 8 != 0 {
                2
            } else if flags & 0x40 != 0 {
                4
            } else if flags & 0x80 != 0 {
                8
            } else {
                0
            };
            if flags & 0x20 == 0 {
                break;
            }
        }
        out
    }

    /// A font file with the same glyph numbers that holds only the outlines and metrics of
    /// `used` (and of the glyphs they are composed of), and only the tables a PDF reader uses
    /// (no names, no character map: the PDF maps by glyph number); numbered up to the last
    /// glyph kept, every glyph left out empty and of zero width.
    pub fn subset(&self, used: &BTreeSet<u16>) -> Vec<u8> {
        let mut keep: BTreeSet<u16> = used.iter().copied().filter(|&g| g < self.glyphs).collect();
        keep.insert(0);
        let mut queue: Vec<u16> = keep.iter().copied().collect();
        while let Some(g) = queue.pop() {
            for c in self.components(g) {
                if c < self.glyphs && keep.insert(c) {
                    queue.push(c);
                }
            }
        }
        let count = keep.last().map_or(1, |&g| g + 1);
        let hmtx = self.table(b"hmtx").unwrap_or(&[]);
        let metrics = self.table(b"hhea").and_then(|h| u16_at(h, 34).ok()).unwrap_or(0);
        let (mut glyf, mut loca, mut widths) = (Vec::new(), Vec::new(), Vec::new());
        for g in 0..count {
            loca.extend((glyf.len() as u32).to_be_bytes());
            let (advance, lsb) = match keep.contains(&g) {
                true => {
                    glyf.extend(self.glyph_data(g));
                    while glyf.len() % 4 != 0 {
                        glyf.push(0);
                    }
                    let lsb = match g < metrics {
                        true => 4 * usize::from(g) + 2,
                        false => 4 * usize::from(metrics) + 2 * usize::from(g - metrics),
                    };
                    (self.advance(g), u16_at(hmtx, lsb).unwrap_or(0))
                }
                false => (0, 0),
            };
            widths.extend(advance.to_be_bytes().into_iter().chain(lsb.to_be_bytes()));
        }
        loca.extend((glyf.len() as u32).to_be_bytes());
        // The tables whose fields count the glyphs, copied with the new count.
        let with = |tag: &[u8; 4], at: usize, value: u16| {
            let mut t = self.table(tag).unwrap_or(&[]).to_vec();
            if let Some(field) = t.get_mut(at..at + 2) {
                field.copy_from_slice(&value.to_be_bytes());
            }
            t
        };
        let mut head = with(b"head", 50, 1); // long offsets in `loca`
        if head.len() >= 12 {
            head[8..12].copy_from_slice(&[0; 4]);
        }
        let mut tables: Vec<([u8; 4], Vec<u8>)> = vec![
            (*b"glyf", glyf),
            (*b"head", head),
            (*b"hhea", with(b"hhea", 34, count)),
            (*b"hmtx", widths),
            (*b"loca", loca),
            (*b"maxp", with(b"maxp", 4, count)),
        ];
        for tag in [b"cvt ", b"fpgm", b"prep"] {
            if let Some(t) = self.table(tag) {
                tables.push((*tag, t.to_vec()));
            }
        }
        crate::sort::by_key(&mut tables, |t| t.0);
        assemble(tables)
    }
}

fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, c| {
        let mut w = [0u8; 4];
        w[..c.len()].copy_from_slice(c);
        sum.wrapping_add(u32::from_be_bytes(w))
    })
}

fn assemble(tables: Vec<([u8; 4], Vec<u8>)>) -> Vec<u8> {
    let n = tables.len() as u16;
    let log = 15 - n.leading_zeros() as u16;
    let range = (1u16 << log) * 16;
    let mut out = Vec::new();
    out.extend(0x0001_0000u32.to_be_bytes());
    out.extend(n.to_be_bytes());
    out.extend(range.to_be_bytes());
    out.extend(log.to_be_bytes());
    out.extend((n * 16 - range).to_be_bytes());
    let mut offset = 12 + 16 * tables.len();
    let mut body = Vec::new();
    let mut head_at = None;
    for (tag, data) in &tables {
        out.extend(tag);
        out.extend(checksum(data).to_be_bytes());
        out.extend((offset as u32).to_be_bytes());
        out.extend((data.len() as u32).to_be_bytes());
        if tag == b"head" {
            head_at = Some(offset);
        }
        body.extend(data);
        while body.len() % 4 != 0 {
            body.push(0);
        }
        offset = 12 + 16 * tables.len() + body.len();
    }
    out.extend(body);
    if let Some(at) = head_at.filter(|at| at + 12 <= out.len()) {
        let adjust = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
        out[at + 8..at + 12].copy_from_slice(&adjust.to_be_bytes());
    }
    out
}
