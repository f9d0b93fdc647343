//! TrueType fonts for PDF: reading the few tables needed to set text (character map, advance
//! widths, metrics), and cutting a subset that holds only the glyphs a document uses (`subset.rs`).

mod subset;

use std::collections::BTreeMap;

/// Why a font could not be used.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct FontError(pub &'static str);

fn u16_at(b: &[u8], at: usize) -> Result<u16, FontError> {
    b.get(at..at + 2)
        .map(|s| u16::from_be_bytes([s[0], s[1]]))
        .ok_or(FontError("font cut short"))
}

fn i16_at(b: &[u8], at: usize) -> Result<i16, FontError> {
    u16_at(b, at).map(|v| v as i16)
}

fn u32_at(b: &[u8], at: usize) -> Result<u32, FontError> {
    b.get(at..at + 4)
        .map(|s| u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
        .ok_or(FontError("font cut short"))
}

/// A TrueType font, parsed.
pub struct Font {
    data: Vec<u8>,
    tables: BTreeMap<[u8; 4], (usize, usize)>,
    /// Font units per em.
    pub units_per_em: u16,
    /// Ascender and descender, in font units.
    pub ascent: i16,
    pub descent: i16,
    /// Bounding box of all glyphs, in font units.
    pub bbox: [i16; 4],
    advances: Vec<u16>,
    cmap: BTreeMap<u32, u16>,
    /// The glyph drawn for a character the font lacks: U+FFFD's, else the missing glyph (0).
    substitute: u16,
    long_loca: bool,
    glyphs: u16,
}

impl Font {
    /// Parses a TrueType (`glyf`) font.
    pub fn parse(data: Vec<u8>) -> Result<Font, FontError> {
        let count = usize::from(u16_at(&data, 4)?);
        let mut tables = BTreeMap::new();
        for i in 0..count {
            let rec = 12 + 16 * i;
            let tag: [u8; 4] = data
                .get(rec..rec + 4)
                .ok_or(FontError("font cut short"))?
                .try_into()
                .expect("four bytes");
            tables.insert(
                tag,
                (u32_at(&data, rec + 8)? as usize, u32_at(&data, rec + 12)? as usize),
            );
        }
        let table = |tag: &[u8; 4]| tables.get(tag).copied().ok_or(FontError("a font table is missing"));
        let (head, _) = table(b"head")?;
        let (hhea, _) = table(b"hhea")?;
        let (maxp, _) = table(b"maxp")?;
        let (hmtx, _) = table(b"hmtx")?;
        table(b"glyf")?;
        table(b"loca")?;
        let glyphs = u16_at(&data, maxp + 4)?;
        let metrics = usize::from(u16_at(&data, hhea + 34)?);
        let mut advances = Vec::with_capacity(usize::from(glyphs));
        for g in 0..usize::from(glyphs) {
            advances.push(u16_at(&data, hmtx + 4 * g.min(metrics.saturating_sub(1)))?);
        }
        let mut font = Font {
            units_per_em: u16_at(&data, head + 18)?,
            bbox: [
                i16_at(&data, head + 36)?,
                i16_at(&data, head + 38)?,
                i16_at(&data, head + 40)?,
                i16_at(&data, head + 42)?,
            ],
            long_loca: i16_at(&data, head + 50)? == 1,
            ascent: i16_at(&data, hhea + 4)?,
            descent: i16_at(&data, hhea + 6)?,
            advances,
            cmap: BTreeMap::new(),
            substitute: 0,
            glyphs,
            tables,
            data,
        };
        font.cmap = font.read_cmap()?;
        font.substitute = font.cmap.get(&0xFFFD).copied().unwrap_or(0);
        Ok(font)
    }

    fn read_cmap(&self) -> Result<BTreeMap<u32, u16>, FontError> {
        let (cmap, _) = *self.tables.get(b"cmap").ok_or(FontError("a font table is missing"))?;
        let d = &self.data;
        let mut map = BTreeMap::new();
        let subtables = usize::from(u16_at(d, cmap + 2)?);
        // Prefer the full Unicode table (format 12), else the Basic Multilingual Plane (format 4).
        let mut best: Option<(u16, usize)> = None;
        for i in 0..subtables {
            let rec = cmap + 4 + 8 * i;
            let (platform, encoding) = (u16_at(d, rec)?, u16_at(d, rec + 2)?);
            let at = cmap + u32_at(d, rec + 4)? as usize;
            let format = u16_at(d, at)?;
            let unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            if unicode && (format == 12 || format == 4) && best.is_none_or(|(f, _)| format > f) {
                best = Some((format, at));
            }
        }
        let (format, at) = best.ok_or(FontError("the font has no Unicode character map"))?;
        if format == 12 {
            let groups = u32_at(d, at + 12)? as usize;
            for g in 0..groups {
                let rec = at + 16 + 12 * g;
                let (start, end, glyph) = (u32_at(d, rec)?, u32_at(d, rec + 4)?, u32_at(d, rec + 8)?);
                for (k, c) in (start..=end.min(start + 0xFFFF)).enumerate() {
                    map.insert(c, (glyph + k as u32) as u16);
                }
            }
        } else {
            let segs = usize::from(u16_at(d, at + 6)? / 2);
            let ends = at + 14;
            let starts = ends + 2 * segs + 2;
            let deltas = starts + 2 * segs;
            let offsets = deltas + 2 * segs;
            for s in 0..segs {
                let (start, end) = (u16_at(d, starts + 2 * s)?, u16_at(d, ends + 2 * s)?);
                let delta = u16_at(d, deltas + 2 * s)?;
                let offset = usize::from(u16_at(d, offsets + 2 * s)?);
                for c in start..=end {
                    if c == 0xFFFF {
                        break;
                    }
                    let glyph = if offset == 0 {
                        c.wrapping_add(delta)
                    } else {
                        let at = offsets + 2 * s + offset + 2 * usize::from(c - start);
                        match u16_at(d, at)? {
                            0 => 0,
                            g => g.wrapping_add(delta),
                        }
                    };
                    if glyph != 0 {
                        map.insert(u32::from(c), glyph);
                    }
                }
            }
        }
        Ok(map)
    }

    /// The glyph for a character; for one the font lacks, the replacement character's (�).
    pub fn glyph(&self, c: char) -> u16 {
        self.cmap.get(&(c as u32)).copied().unwrap_or(self.substitute)
    }

    /// Whether the font has a glyph of its own for `c`.
    pub fn has(&self, c: char) -> bool {
        self.cmap.contains_key(&(c as u32))
    }

    /// A glyph's advance width in font units.
    pub fn advance(&self, glyph: u16) -> u16 {
        self.advances.get(usize::from(glyph)).copied().unwrap_or(0)
    }

    /// A glyph's advance width in thousandths of an em, as a PDF's width array gives it.
    pub fn advance_1000(&self, glyph: u16) -> i32 {
        (f32::from(self.advance(glyph)) * 1000.0 / f32::from(self.units_per_em)).round() as i32
    }

    /// Width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text.chars().map(|c| u32::from(self.advance(self.glyph(c)))).sum();
        units as f32 * size / f32::from(self.units_per_em)
    }
}

#[cfg(test)]
mod tests;
