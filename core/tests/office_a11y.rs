//! Word and OpenDocument files keep what assistive technology needs: real headings with outline
//! levels for every item, table header rows that repeat, the document's language and title.

use muistio_core::export::{export, Format};
use muistio_core::xml::escape;
use muistio_core::zip;
use muistio_core::{restore, Ids, Minutes};

fn memo(name: &str) -> Minutes {
    let bytes = std::fs::read(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    restore(&bytes, &mut Ids::seeded(7)).unwrap().minutes
}

fn part(file: &[u8], name: &str) -> String {
    let bytes = zip::read(file, name, 8 << 20)
        .unwrap()
        .unwrap_or_else(|| panic!("no {name}"));
    String::from_utf8(bytes).unwrap()
}

#[test]
fn word_files_have_headings_header_rows_language_and_title() {
    for (name, lang) in [
        ("hallitus-muistio.md", "fi-FI"),
        ("styrelse-protokoll.md", "sv-FI"),
        ("board-minutes.md", "en-GB"),
    ] {
        let doc = memo(name);
        let file = export(&doc, Format::Docx, 0).unwrap().bytes;
        let body = part(&file, "word/document.xml");
        let styles = part(&file, "word/styles.xml");
        assert!(
            styles.contains(&format!(r#"<w:lang w:val="{lang}"/>"#)),
            "{name}: language"
        );
        assert!(
            styles.contains(r#"w:styleId="Heading1""#) && styles.contains(r#"<w:outlineLvl w:val="0"/>"#),
            "{name}"
        );
        for item in &doc.items {
            let at = body
                .find(&escape(&item.title))
                .unwrap_or_else(|| panic!("{name}: {}", item.title));
            let para = &body[body[..at].rfind("<w:p>").unwrap()..at];
            assert!(
                para.contains(r#"<w:pStyle w:val="Heading"#),
                "{name}: item {} is a heading",
                item.title
            );
        }
        // Every table but the header facts (label and value side by side) has a repeating header row.
        let tables = body.matches("<w:tbl>").count();
        assert!(tables >= 2, "{name}: header facts and attendees are tables");
        assert_eq!(
            body.matches("<w:tblHeader/>").count(),
            tables - 1,
            "{name}: header rows"
        );
        assert!(
            part(&file, "docProps/core.xml").contains(&format!("<dc:title>{}</dc:title>", escape(&doc.header.title)))
        );
    }
}

#[test]
fn opendocument_files_have_headings_header_rows_language_and_title() {
    for (name, lang, country) in [
        ("hallitus-muistio.md", "fi", "FI"),
        ("styrelse-protokoll.md", "sv", "FI"),
        ("board-minutes.md", "en", "GB"),
    ] {
        let doc = memo(name);
        let file = export(&doc, Format::Odt, 0).unwrap().bytes;
        let content = part(&file, "content.xml");
        let styles = part(&file, "styles.xml");
        assert!(
            styles.contains(&format!(r#"fo:language="{lang}""#))
                && styles.contains(&format!(r#"fo:country="{country}""#))
        );
        for (n, item) in doc.items.iter().enumerate() {
            let heading = format!(r#"text:outline-level="2">{}. {}</text:h>"#, n + 1, escape(&item.title));
            assert!(
                content.contains(&heading),
                "{name}: item {} is a level-2 heading",
                item.title
            );
        }
        let tables = content.matches("<table:table ").count();
        assert!(tables >= 2, "{name}");
        assert_eq!(
            content.matches("<table:table-header-rows>").count(),
            tables - 1,
            "{name}: header rows"
        );
        let meta = part(&file, "meta.xml");
        assert!(
            meta.contains(&format!("<dc:language>{lang}-{country}</dc:language>")),
            "{name}"
        );
        assert!(
            meta.contains(&format!("<dc:title>{}</dc:title>", escape(&doc.header.title))),
            "{name}"
        );
    }
}
