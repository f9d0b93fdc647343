//! TrueType fonts for PDF: reading the few tables needed to set text (character map, advance
//! widths, metrics), and cutting a subset that holds only the glyphs a document uses.

use std::collections::{BTreeMap, BTreeSet};

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
    fn components(&self, g: u16) -> Vec<u16> {
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
        tables.sort_by_key(|t| t.0);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn committed(name: &str) -> Vec<u8> {
        std::fs::read(format!("{}/../style/fonts/{name}", env!("CARGO_MANIFEST_DIR"))).expect("the project's font")
    }

    /// Letters and signs the PDF must show: Finnish and Swedish, every Sámi language (North,
    /// Inari, Skolt, Lule, Pite, Ume, South; Kildin in Cyrillic), Estonian, German, French,
    /// Polish, the Nordic neighbours, a little Vietnamese, Greek, Cyrillic, and the signs
    /// that documents and Muistio's own layout use.
    const REQUIRED: &[&str] = &[
        "åäöÅÄÖšžŠŽ",
        "ÁáÂâČčĐđŊŋŠšŦŧŽžǤǥǦǧǨǩƷʒǮǯÕõÄäÖöÅåÏïʼʹˈÆæØøŃńÜü",
        "ӒӓҊҋӅӆӉӊӍӎӇӈҺһЬьӬӭЁё",
        "ÕõÜüŠšŽž ÄäÖöÜüßẞ",
        "ÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸàâæçéèêëîïôœùûüÿ«»",
        "ĄąĆćĘęŁłŃńÓóŚśŹźŻż ÞþÐðÆæØø",
        "ƠơƯưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
        "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώ",
        "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюяЄєІіЇїҐґЎў",
        "€§–—“”‘’„•…−→←«»°±×÷½©®™№‰′″≤≥≠≈\u{FFFD}",
    ];

    #[test]
    fn the_committed_fonts_have_every_required_letter() {
        for name in ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"] {
            let data = committed(name);
            assert!(
                data.len() < 200_000,
                "{name} is a subset, not the full font: {}",
                data.len()
            );
            let font = Font::parse(data).unwrap();
            let missing: String = REQUIRED
                .concat()
                .chars()
                .filter(|c| *c != ' ' && !font.has(*c))
                .collect();
            assert_eq!(missing, "", "{name} lacks these");
            assert!(
                !font.has('日') && !font.has('☃'),
                "{name}: scripts Muistio does not support are left out"
            );
            assert!(font.width("Muistio", 10.0) > 20.0);
        }
    }

    #[test]
    fn a_subset_keeps_only_the_glyphs_used() {
        let font = Font::parse(committed("DejaVuSans.ttf")).unwrap();
        let used: BTreeSet<u16> = "Čohkkiras".chars().map(|c| font.glyph(c)).collect();
        let subset = font.subset(&used);
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(&subset, 9).len();
        assert!(packed < 1_500, "{} bytes, {packed} compressed", subset.len());
        let table = |tag: &[u8; 4]| {
            let n = usize::from(u16_at(&subset, 4).unwrap());
            let rec = (0..n)
                .map(|i| 12 + 16 * i)
                .find(|&r| &subset[r..r + 4] == tag)
                .expect("the table");
            let (at, len) = (
                u32_at(&subset, rec + 8).unwrap() as usize,
                u32_at(&subset, rec + 12).unwrap() as usize,
            );
            &subset[at..at + len]
        };
        let mut tags: Vec<&[u8]> = (0..usize::from(u16_at(&subset, 4).unwrap()))
            .map(|i| &subset[12 + 16 * i..16 + 16 * i])
            .collect();
        tags.sort();
        assert_eq!(
            tags,
            [b"glyf", b"head", b"hhea", b"hmtx", b"loca", b"maxp"].map(|t| t.as_slice())
        );
        // Č is C and a caron: both glyphs are kept.
        let parts: BTreeSet<u16> = used.iter().flat_map(|&g| font.components(g)).collect();
        assert!(!parts.is_empty());
        let used: BTreeSet<u16> = used.union(&parts).copied().collect();
        let count = used.last().unwrap() + 1;
        assert_eq!(
            u16_at(table(b"maxp"), 4).unwrap(),
            count,
            "numbered up to the last glyph used"
        );
        assert_eq!(u16_at(table(b"hhea"), 34).unwrap(), count);
        for g in 0..count {
            let width = u16_at(table(b"hmtx"), 4 * usize::from(g)).unwrap();
            match used.contains(&g) || g == 0 {
                true => assert_eq!(width, font.advance(g), "glyph {g} keeps its width"),
                false => assert_eq!(width, 0, "glyph {g} is left out"),
            }
        }
        let again = Font::parse(subset.to_vec()).err();
        assert_eq!(
            again,
            Some(FontError("a font table is missing")),
            "the subset has no cmap: PDF maps by glyph number"
        );
    }
}
