//! The office readers on small parts written here.

mod text {
    use super::super::*;

    #[test]
    fn word_text_with_headings_lists_tables_and_links() {
        let xml = concat!(
            r#"<w:document><w:body><w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Hallituksen kokous</w:t>"#,
            r#"</w:r></w:p><w:p><w:r><w:t>MUISTIO</w:t></w:r></w:p><w:p><w:r><w:t>Paikalla:</w:t></w:r></w:p>"#,
            r#"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Ida</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Tirkkonen</w:t>"#,
            r#"</w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Lapin elokuvakomissio</w:t></w:r></w:p></w:tc></w:tr>"#,
            r#"</w:tbl><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Avaus</w:t></w:r></w:p><w:p><w:r>"#,
            r#"<w:rPr><w:b/></w:rPr><w:t>Ida:</w:t></w:r><w:r><w:t xml:space="preserve"> Katso </w:t></w:r>"#,
            r#"<w:hyperlink r:id="rId5"><w:r><w:t>ohje</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p><w:p>"#,
            r#"<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>eka</w:t></w:r></w:p></w:body>"#,
            r#"</w:document>"#,
        );
        let mut parts = Parts::default();
        parts.links.insert("rId5".into(), "https://example.org/ohje".into());
        let mut doc = Doc::default();
        docx::read(xml, &parts, &mut doc).unwrap();
        let text = doc.render();
        assert_eq!(
            text,
            "# Hallituksen kokous\n\nMUISTIO\n\nPaikalla:\n\nIda\tTirkkonen\tLapin elokuvakomissio\n\n## Avaus\n\n\
             **Ida:** Katso [ohje](https://example.org/ohje).\n\n- eka\n"
        );
    }

    #[test]
    fn open_document_text() {
        let xml = concat!(
            r#"<office:document-content><office:body><office:text><text:h text:outline-level="1">Kokous</text:h>"#,
            r#"<text:p>Aika: 1.2.2026</text:p><text:h text:outline-level="2">1. Avaus</text:h>"#,
            r#"<text:p>Ida:<text:s/>hei<text:s text:c="2"/>kaikki <text:a xlink:href="https://x.fi">linkki</text:a>"#,
            r#"</text:p><text:list><text:list-item><text:p>a</text:p></text:list-item><text:list-item>"#,
            r#"<text:p>b</text:p></text:list-item></text:list></office:text></office:body>"#,
            r#"</office:document-content>"#,
        );
        let mut doc = Doc::default();
        odt::read(xml, &mut doc).unwrap();
        assert_eq!(
            doc.render(),
            "# Kokous\n\nAika: 1.2.2026\n\n1. Avaus\n\nIda: hei  kaikki [linkki](https://x.fi)\n\n- a\n- b\n\n"
        );
    }
}

mod found {
    use super::super::*;
    use crate::zip::ZipWriter;

    const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    fn word(body: &str) -> String {
        let mut doc = Doc::default();
        let xml = format!(r#"<q:document xmlns:q="{W}" xmlns:wp="urn:x"><q:body>{body}</q:body></q:document>"#);
        let xml = xml.replace(
            "urn:x",
            "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
        );
        let mut parts = Parts::default();
        parts.footnotes.insert("2".into(), "Alaviite.".into());
        docx::read(&xml, &parts, &mut doc).unwrap();
        doc.render()
    }

    #[test]
    fn word_controls_changes_notes_boxes_and_pictures() {
        let p = |t: &str| format!("<q:p><q:r><q:t>{t}</q:t></q:r></q:p>");
        let body = [
            format!("<q:sdt><q:sdtContent>{}</q:sdtContent></q:sdt>", p("Ohjattu")),
            r#"<q:p><q:r><q:t>Yksi</q:t></q:r><q:ins><q:r><q:t xml:space="preserve"> lisätty</q:t></q:r></q:ins><q:del><q:r>
<q:delText> poistettu</q:delText></q:r></q:del><q:r><q:footnoteReference q:id="2"/><q:t>.</q:t></q:r></q:p>"#
                .replace('\n', ""),
            format!(
                r#"<q:p><q:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
<mc:Choice>{}</mc:Choice><mc:Fallback>{}</mc:Fallback></mc:AlternateContent></q:r></q:p>"#,
                p("Laatikko"),
                p("Laatikko")
            )
            .replace('\n', ""),
            r#"<q:p><q:r><q:drawing><wp:inline><wp:docPr id="1" name="Kuva 1" descr="Kartta"/></wp:inline></q:drawing></q:r></q:p>"#.into(),
            format!("<q:tbl><q:tr><q:trPr><q:tblHeader/></q:trPr><q:tc>{}</q:tc><q:tc>{}</q:tc></q:tr></q:tbl>", p("Aamu"), p("Ilta")),
        ]
        .concat();
        assert_eq!(
            word(&body),
            "Ohjattu\n\nYksi lisätty.\n\nAlaviite.\n\nLaatikko\n\nKartta\n\nAamu\tIlta\n\n"
        );
    }

    #[test]
    fn the_main_part_is_found_through_relationships() {
        let mut z = ZipWriter::new();
        z.add(
            "[Content_Types].xml",
            concat!(
                r#"<Types><Override PartName="/a/b.xml" "#,
                r#"ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#
            )
            .as_bytes(),
        );
        z.add(
            "_rels/.rels",
            br#"<Relationships><Relationship Id="r1" Type="http://x/officeDocument" Target="a/b.xml"/></Relationships>"#,
        );
        z.add(
            "a/_rels/b.xml.rels",
            br#"<Relationships><Relationship Id="f" Type="http://x/footnotes" Target="../n/f.xml"/></Relationships>"#,
        );
        let notes = r#"<w:footnote w:id="1"><w:p><w:r><w:t>Viite</w:t></w:r></w:p></w:footnote>"#;
        z.add(
            "n/f.xml",
            format!(r#"<w:footnotes xmlns:w="{W}">{notes}</w:footnotes>"#).as_bytes(),
        );
        let main = format!(
            r#"<document xmlns="{W}"><body><p><r><t>Teksti</t><footnoteReference id="1"/></r></p></body></document>"#
        );
        z.add("a/b.xml", main.as_bytes());
        let Ok(Office::Text(pieces)) = read(&z.finish()) else {
            panic!()
        };
        let text: String = pieces.iter().map(|p| p.lines.as_str()).collect();
        assert_eq!(text, "Teksti\n\nViite\n\n");
    }

    #[test]
    fn a_presentation_is_no_word_file() {
        let mut z = ZipWriter::new();
        z.add(
            "[Content_Types].xml",
            concat!(
                r#"<Types><Override PartName="/ppt/presentation.xml" "#,
                r#"ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>"#
            )
            .as_bytes(),
        );
        z.add(
            "_rels/.rels",
            br#"<Relationships><Relationship Id="r1" Type="http://x/officeDocument" Target="ppt/presentation.xml"/></Relationships>"#,
        );
        z.add("ppt/presentation.xml", b"<p:presentation/>");
        assert!(matches!(
            read(&z.finish()),
            Err(ImportError::Unsupported { what: "zip" })
        ));
    }

    #[test]
    fn open_document_by_namespace_with_notes_deletions_and_descriptions() {
        let xml = r#"<o:document-content xmlns:o="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:t="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:d="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:g="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:b="urn:oasis:names:tc:opendocument:xmlns:table:1.0">
<o:body><o:text><t:tracked-changes><t:changed-region><t:deletion><t:p>Pois</t:p></t:deletion></t:changed-region></t:tracked-changes>
<t:p>Sali<t:note><t:note-citation>1</t:note-citation><t:note-body><t:p>Varattu.</t:p></t:note-body></t:note> on auki.</t:p>
<t:p><d:frame><g:title>Otsikko</g:title><g:desc>Kuvaus</g:desc></d:frame></t:p>
<b:table><b:table-header-rows><b:table-row><b:table-cell><t:p>A</t:p></b:table-cell><b:table-cell/></b:table-row></b:table-header-rows></b:table>
</o:text></o:body></o:document-content>"#;
        let mut doc = Doc::default();
        odt::read(xml, &mut doc).unwrap();
        assert_eq!(doc.render(), "Sali on auki.\n\nVarattu.\n\nKuvaus\n\nA\t\n\n");
    }
}

/// The body of a Word file goes through the same builder, by the same rules, as a memo's text.
mod builder {
    use super::super::*;
    use crate::model::{EntryKind, Ids, Minutes};

    const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    fn styled(style: &str, text: &str) -> String {
        format!(r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#)
    }

    fn para(text: &str) -> String {
        format!(r#"<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
    }

    fn read_word(body: &str) -> Minutes {
        let xml = format!(r#"<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>"#);
        let mut doc = Doc::default();
        docx::read(&xml, &Parts::default(), &mut doc).unwrap();
        crate::import::office_text(&doc.pieces(), &mut Ids::seeded(3)).unwrap()
    }

    #[test]
    fn marked_headings_typed_numbers_rows_and_bullets() {
        let row = |a: &str, b: &str| format!("<w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr>", para(a), para(b));
        let body = [
            styled("Title", "Hallitus"),
            para("MUISTIO"),
            para("Aika: 3.2.2027 klo 17–18"),
            styled("Heading1", "1. Avaus"),
            para("Ida: Tervetuloa."),
            styled("Heading1", "Talous (luottamuksellinen)"),
            format!("<w:tbl>{}{}</w:tbl>", row("Tulot", "100"), row("Menot", "80")),
            para("- käsin kirjoitettu"),
            para("- toinen"),
            para("3. Muut asiat"),
            para("Päätös: Hyväksyttiin."),
            styled("Heading1", "7. Seuraava kokous"),
        ]
        .concat();
        let doc = read_word(&body);
        assert_eq!(doc.header.title, "Hallitus");
        assert_eq!(doc.header.when.start.map(|t| t.to_string()).as_deref(), Some("17.00"));
        let titles: Vec<&str> = doc.items.iter().map(|i| i.title.as_str()).collect();
        // A heading numbered out of turn keeps its number in its title, as in a memo's text.
        assert_eq!(titles, ["Avaus", "Talous", "Muut asiat", "7. Seuraava kokous"]);
        assert!(doc.items[1].confidential);
        let kinds: Vec<&EntryKind> = doc.items[1].entries.iter().map(|e| &e.kind).collect();
        // One paragraph a row, and the typed bullets one list.
        assert!(matches!(
            kinds[..],
            [
                EntryKind::Paragraph { .. },
                EntryKind::Paragraph { .. },
                EntryKind::Bullets { .. }
            ]
        ));
        assert_eq!(
            kinds[0],
            &EntryKind::Paragraph {
                text: "Tulot · 100".into()
            }
        );
        assert!(matches!(&kinds[2], EntryKind::Bullets { items } if items.len() == 2));
        assert!(matches!(doc.items[2].entries[0].kind, EntryKind::Decision { .. }));
        assert!(matches!(doc.items[0].entries[0].kind, EntryKind::Statement { .. }));
    }

    #[test]
    fn a_memo_typed_into_word_paragraphs_reads_as_its_text() {
        let memo = "# Kuoron hallitus\n\nMUISTIO\n\nAika: 12.3.2027 klo 18.00–19.30\n\nPaikka: Seurakuntatalo\n\n\
            Paikalla: Ida Tirkkonen, Eero Kallio\n\n1. Avaus\n\nPuheenjohtaja avasi kokouksen.\n\n2. Konsertti\n\n\
            Eero: Sali on varattu.\n\n- liput\n- julisteet\n\nTehtävä (Ida, 20.3.): tilaa julisteet\n\n\
            Sovittiin, että konsertti pidetään toukokuussa.\n\n3. Seuraava kokous\n\n9.4.2027 klo 18\n\nKirjasto\n";
        let as_text = crate::import::text(memo, &mut Ids::seeded(3));
        let body: String = memo
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| match l.strip_prefix("# ") {
                Some(title) => styled("Title", title),
                None => para(l),
            })
            .collect();
        let as_word = read_word(&body);
        assert_eq!(as_word, as_text);
    }
}
