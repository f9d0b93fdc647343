//! Word and OpenDocument files damaged at random — bytes changed, cut short — are read or
//! refused, never a panic: the zip directory, DEFLATE and XML readers trust no number in them.

#[path = "../examples/pathological/shapes/mod.rs"]
mod shapes;

use muistio_core::export::{export, Format};
use muistio_core::{restore, Ids};
use proptest::prelude::*;
use std::sync::OnceLock;

/// Files to damage: Muistio's own Word and OpenDocument files (stored), and Word and
/// OpenDocument files of text deflated as office programs write them.
fn originals() -> &'static [Vec<u8>] {
    static FILES: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    FILES.get_or_init(|| {
        let memo = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/hallitus-muistio.md"
        ))
        .expect("the fixture");
        let doc = restore(&memo, &mut Ids::seeded(1)).expect("the fixture reads").minutes;
        let docx = concat!(
            r#"<w:document><w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Otsikko &amp; </w:t>"#,
            r#"</w:r><w:hyperlink r:id="rId1"><w:r><w:t>linkki</w:t></w:r></w:hyperlink></w:p><w:tbl><w:tr><w:tc>"#,
            r#"<w:p><w:r><w:t>Ida</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"#
        );
        let rels = r#"<Relationships><Relationship Id="rId1" Target="https://example.org"/></Relationships>"#;
        let odt = concat!(
            r#"<office:document-content><office:body><office:text><text:h text:outline-level="2">Otsikko</text:h>"#,
            r#"<text:p>a<text:s text:c="3"/>b <text:a xlink:href="https://x.fi">x</text:a></text:p></office:text>"#,
            r#"</office:body></office:document-content>"#
        );
        vec![
            export(&doc, Format::Docx, 0).expect("Word").bytes,
            export(&doc, Format::Odt, 0).expect("OpenDocument").bytes,
            shapes::docx(docx.repeat(20).as_bytes(), rels.as_bytes()),
            shapes::odt(odt.repeat(20).as_bytes()),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn damaged_office_files_are_read_or_refused(
        which in 0usize..4,
        changes in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6),
        cut in prop::option::of(any::<prop::sample::Index>()),
    ) {
        let mut file = originals()[which].clone();
        for (at, byte) in changes {
            let at = at.index(file.len());
            file[at] = byte;
        }
        if let Some(cut) = cut {
            file.truncate(cut.index(file.len()).max(4));
        }
        let _ = restore(&file, &mut Ids::seeded(1));
    }

    #[test]
    fn numbers_in_the_directory_are_not_trusted(
        which in 0usize..4,
        field in prop::sample::select(vec![8usize, 10, 12, 16, 20]),
        value in any::<u32>(),
    ) {
        // Overwrite a field of the end record (entries, directory size and offset…) or of the
        // first directory row (sizes, name length, offset).
        let mut file = originals()[which].clone();
        let end = file.len() - 22;
        let row = u32::from_le_bytes(file[end + 16..end + 20].try_into().unwrap()) as usize;
        for base in [end, row + 12] {
            let at = base + field;
            if at + 4 <= file.len() {
                file[at..at + 4].copy_from_slice(&value.to_le_bytes());
            }
            let _ = restore(&file, &mut Ids::seeded(1));
        }
    }

    #[test]
    fn damaged_xml_in_a_sound_zip_is_read_or_refused(
        odt in any::<bool>(),
        changes in prop::collection::vec((any::<prop::sample::Index>(), prop::sample::select(b"<>/&;#=\"' x:0".to_vec())), 1..8),
    ) {
        // The parts of the deflated originals, changed before they are packed.
        let docx = concat!(
            r#"<w:document><w:body><w:p><w:pPr><w:pStyle w:val="Heading9"/><w:numPr/></w:pPr><w:r><w:rPr><w:b/>"#,
            r#"</w:rPr><w:t>a &#x41; &lt;</w:t></w:r><w:hyperlink r:id="r1"><w:r><w:t>l</w:t></w:r></w:hyperlink>"#,
            r#"<w:r><w:br/><w:tab/><w:t>b</w:t></w:r></w:p><w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p>"#,
            r#"<w:r><w:t>Nimi</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>Ida</w:t></w:r></w:p>"#,
            r#"</w:tc></w:tr></w:tbl></w:body></w:document>"#
        );
        let odt_xml = concat!(
            r#"<office:document-content><office:body><office:text><text:h text:outline-level="9">O</text:h>"#,
            r#"<text:list><text:list-item><text:p>a<text:s text:c="12"/>b<text:tab/><text:line-break/></text:p>"#,
            r#"</text:list-item></text:list><table:table><table:table-header-rows><table:table-row>"#,
            r#"<table:table-cell><text:p>Nimi</text:p></table:table-cell></table:table-row>"#,
            r#"</table:table-header-rows><table:table-row><table:table-cell/><table:table-cell>"#,
            r#"<text:p>x <text:a xlink:href="https://x.fi">y</text:a></text:p></table:table-cell></table:table-row>"#,
            r#"</table:table></office:text></office:body></office:document-content>"#
        );
        let mut xml = if odt { odt_xml } else { docx }.as_bytes().to_vec();
        for (at, byte) in changes {
            let at = at.index(xml.len());
            xml[at] = byte;
        }
        let file = match odt {
            true => shapes::odt(&xml),
            false => shapes::docx(&xml, br#"<Relationships><Relationship Id="r1" Target="https://e.fi"/></Relationships>"#),
        };
        let _ = restore(&file, &mut Ids::seeded(1));
    }
}
