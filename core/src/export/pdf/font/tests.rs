use super::*;
use std::collections::BTreeSet;

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
