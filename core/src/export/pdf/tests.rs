//! The PDF read back from its own object text, without outside readers: marked content nests,
//! every marked-content id is owned by exactly one element and the parent tree leads back to
//! it, links are reached from their Link elements, headings skip no level.

use super::layout::{layout, Op};
use super::tags::{Kid, Role};
use super::{render, unsupported, Font};
use crate::export::outline::{Block, Mark, Outline};
use crate::labels::Lang;
use crate::model::{Rich, Span};
use std::collections::{BTreeMap, BTreeSet};

fn fonts() -> (Vec<u8>, Vec<u8>) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../style/fonts");
    (
        std::fs::read(format!("{dir}/DejaVuSans.ttf")).expect("the regular font"),
        std::fs::read(format!("{dir}/DejaVuSans-Bold.ttf")).expect("the bold font"),
    )
}

/// A small document with a bit of everything, and a table long enough to go on a second page.
fn sample() -> Outline {
    let link = Rich::from(vec![
        Span::Text("Katso ".into()),
        Span::Link {
            text: "hallituksen sivu, jossa on niin pitkä linkkiteksti, että se jatkuu seuraavalle riville asti ja \
                   vielä vähän"
                .into(),
            url: "https://example.org/hallitus".into(),
        },
        Span::Text(" ja 日本 ☃ ä.".into()),
    ]);
    let rows = (1..=70)
        .map(|n| vec![Rich::plain(&format!("Henkilö {n}")), Rich::plain("Yhdistys ry")])
        .collect();
    Outline {
        lang: Lang::Fi,
        title: "Kokous".into(),
        blocks: vec![
            Block::Kind("MUISTIO".into()),
            Block::Title("Kokous".into()),
            Block::Facts(vec![("Aika".into(), "1.2.2026".into())]),
            Block::Heading {
                level: 3,
                text: "Alaotsikko ennen osiota".into(),
            },
            Block::Heading {
                level: 2,
                text: "Paikalla".into(),
            },
            Block::Table {
                head: vec!["Nimi".into(), "Organisaatio".into()],
                widths: vec![40, 60],
                rows,
            },
            Block::Heading {
                level: 2,
                text: "1. Avaus".into(),
            },
            Block::Paragraph(link),
            Block::List(vec![Rich::plain("yksi"), Rich::plain("kaksi")]),
            Block::Marked {
                mark: Mark::Decision,
                label: "Päätös".into(),
                text: Rich::plain("Hyväksyttiin."),
            },
        ],
    }
}

/// The file with its compressed streams unpacked.
fn unpacked(pdf: &[u8]) -> Vec<u8> {
    let find = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).position(|w| w == needle);
    let mut out = Vec::with_capacity(pdf.len() * 4);
    let mut rest = pdf;
    while let Some(at) = find(rest, b"/FlateDecode") {
        let data = at + find(&rest[at..], b">>\nstream\n").expect("the stream starts") + 10;
        let end = data + find(&rest[data..], b"\nendstream").expect("the stream ends");
        out.extend(&rest[..data]);
        out.extend(miniz_oxide::inflate::decompress_to_vec_zlib(&rest[data..end]).expect("a zlib stream"));
        rest = &rest[end..];
    }
    out.extend(rest);
    out
}

/// The file's objects by number, as text (font files come out garbled, which does not matter).
fn objects(pdf: &[u8]) -> BTreeMap<usize, String> {
    let pdf = unpacked(pdf);
    let text = String::from_utf8_lossy(&pdf);
    let mut out = BTreeMap::new();
    for part in text.split("endobj").filter(|p| p.contains(" 0 obj\n")) {
        let (head, body) = part.split_once(" 0 obj\n").expect("an object");
        let number = head
            .rsplit('\n')
            .next()
            .expect("a number")
            .trim()
            .parse()
            .expect("a number");
        out.insert(number, body.trim().to_string());
    }
    // The objects packed in object streams, each by its number.
    let streams: Vec<usize> = out
        .iter()
        .filter(|(_, b)| b.starts_with("<< /Type /ObjStm"))
        .map(|(n, _)| *n)
        .collect();
    for stream in streams {
        let stream = out.remove(&stream).expect("an object stream");
        let first = value(&stream, "/First").expect("where the objects start");
        let data = &stream
            [stream.find(">>\nstream\n").expect("the stream") + 10..stream.rfind("\nendstream").expect("its end")];
        let (head, objects) = data.split_at(first);
        let pairs: Vec<usize> = head.split_whitespace().map(|n| n.parse().expect("a number")).collect();
        for (k, pair) in pairs.chunks(2).enumerate() {
            let end = pairs.get(2 * k + 3).copied().unwrap_or(objects.len());
            out.insert(pair[0], objects[pair[1]..end].trim().to_string());
        }
    }
    out
}

/// The number after `key` in a dictionary ("/StructParents 3" → 3).
fn value(body: &str, key: &str) -> Option<usize> {
    let rest = body[body.find(key)? + key.len()..].trim_start();
    let end = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
    rest[..end].parse().ok()
}

/// The tokens of an element's /K array, with the dictionaries in it as single tokens.
fn kids(body: &str) -> Vec<String> {
    let k = &body[body.find("/K [").expect("kids") + 4..body.rfind("] >>").expect("end of kids")];
    let mut out = Vec::new();
    let mut rest = k.trim();
    while !rest.is_empty() {
        let end = match rest.starts_with("<<") {
            true => rest.find(">>").expect("end of a dictionary") + 2,
            false => rest.find(' ').unwrap_or(rest.len()),
        };
        out.push(rest[..end].to_string());
        rest = rest[end..].trim_start();
    }
    out
}

#[test]
fn marked_content_and_the_structure_tree_agree() {
    let (regular, bold) = fonts();
    let pdf = render(&sample(), &regular, &bold).unwrap();
    let objects = objects(&pdf);
    let find = |needle: &'static str| objects.iter().filter(move |(_, b)| b.contains(needle));
    let catalog = find("/Type /Catalog").next().expect("a catalog").1;
    assert!(catalog.contains("/MarkInfo << /Marked true >>") && catalog.contains("/Lang (fi-FI)"));
    let metadata = &objects[&value(catalog, "/Metadata").unwrap()];
    assert!(metadata.contains("<pdfuaid:part>1</pdfuaid:part>") && metadata.contains(">Kokous</rdf:li>"));
    let root = &objects[&value(catalog, "/StructTreeRoot").unwrap()];
    let document = &objects[&value(root, "/K [").unwrap()];
    assert!(document.starts_with("<< /Type /StructElem /S /Document"));
    // The parent tree: key → owners.
    let nums = &objects[&value(root, "/ParentTree").unwrap()];
    let nums = nums.trim_start_matches("<< /Nums [").trim_end_matches("] >>");
    let mut parent_tree: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut rest = nums.trim();
    while !rest.is_empty() {
        let (key, after) = rest.split_once(' ').unwrap();
        let (refs, after) = match after.strip_prefix('[') {
            Some(list) => list.split_once(']').unwrap(),
            None => after.split_at(after.find(" R").unwrap() + 2),
        };
        let owners = refs.split(" 0 R").filter_map(|r| r.trim().parse().ok()).collect();
        parent_tree.insert(key.parse().unwrap(), owners);
        rest = after.trim();
    }
    // What each element owns: (page object, MCID) pairs and annotations.
    let mut owned: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    let mut objrs: BTreeMap<usize, usize> = BTreeMap::new();
    for (id, body) in find("/Type /StructElem") {
        let pg = value(body, "/Pg");
        let tokens = kids(body);
        let mut i = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            if t.starts_with("<< /Type /MCR") {
                owned
                    .entry((value(t, "/Pg").unwrap(), value(t, "/MCID").unwrap()))
                    .or_default()
                    .push(*id);
            } else if t.starts_with("<< /Type /OBJR") {
                objrs.insert(value(t, "/Obj").unwrap(), *id);
            } else if tokens.get(i + 2).is_some_and(|r| r == "R") {
                i += 2;
            } else {
                owned.entry((pg.unwrap(), t.parse().unwrap())).or_default().push(*id);
            }
            i += 1;
        }
    }
    let pages: Vec<(&usize, &String)> = find("/Type /Page ").collect();
    assert!(pages.len() >= 2, "the table goes on a second page");
    let mut mcids_seen = 0;
    for (page, body) in &pages {
        assert!(body.contains("/Tabs /S"));
        let content = &objects[&value(body, "/Contents").unwrap()];
        let tokens: Vec<&str> = content.split_whitespace().collect();
        let mut depth = 0i32;
        let mut mcids = Vec::new();
        for (i, t) in tokens.iter().enumerate() {
            match *t {
                "BDC" | "BMC" => depth += 1,
                "EMC" => depth -= 1,
                "Tj" | "TJ" => assert!(depth > 0, "text outside marked content"),
                "/MCID" => mcids.push(tokens[i + 1].parse::<usize>().unwrap()),
                _ => {}
            }
            assert!(depth >= 0, "EMC without a beginning");
        }
        assert_eq!(depth, 0, "every marked-content sequence ends");
        assert_eq!(mcids, (0..mcids.len()).collect::<Vec<_>>(), "MCIDs unique and in order");
        let owners = &parent_tree[&value(body, "/StructParents").unwrap()];
        assert_eq!(owners.len(), mcids.len());
        for m in mcids {
            assert_eq!(
                owned.get(&(**page, m)),
                Some(&vec![owners[m]]),
                "MCID {m} of page {page}"
            );
            mcids_seen += 1;
        }
        let annots = &body[body.find("/Annots [").unwrap() + 9..];
        for annot in annots[..annots.find(']').unwrap()]
            .split(" 0 R")
            .filter_map(|a| a.trim().parse().ok())
        {
            let a: &String = &objects[&annot];
            assert!(a.contains("/Contents <FEFF"), "a link has alternative text");
            let link = parent_tree[&value(a, "/StructParent").unwrap()][0];
            assert!(objects[&link].contains("/S /Link") && objrs[&annot] == link);
        }
    }
    assert_eq!(mcids_seen, owned.len(), "no element owns a MCID that is not drawn");
    // The missing letters are drawn as � and copied as themselves.
    assert!(unpacked(&pdf)
        .windows(20)
        .any(|w| w == b"/ActualText <FEFF65E".as_slice()));
}

#[test]
fn layout_tags_reading_order_and_repeats_headers_as_artifacts() {
    let (regular, bold) = fonts();
    let (regular, bold) = (Font::parse(regular).unwrap(), Font::parse(bold).unwrap());
    let laid = layout(&sample(), &regular, &bold);
    let roles: Vec<Role> = laid.tree.nodes.iter().map(|n| n.role).collect();
    let headings: Vec<Role> = roles
        .iter()
        .copied()
        .filter(|r| matches!(r, Role::H1 | Role::H2 | Role::H3))
        .collect();
    assert_eq!(
        headings,
        [Role::H1, Role::H2, Role::H2, Role::H2],
        "an H3 straight after the H1 becomes an H2"
    );
    assert_eq!(&roles[..3], [Role::Document, Role::P, Role::H1]);
    let second = &laid.pages[1].ops;
    let header: Vec<&str> = second
        .iter()
        .filter_map(|op| match op {
            Op::Text { tag: None, text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(header, ["Nimi", "Organisaatio"], "the header row again, as an artifact");
    let links: Vec<usize> = (0..laid.tree.nodes.len())
        .filter(|&n| laid.tree.nodes[n].role == Role::Link)
        .collect();
    assert_eq!(links.len(), 1, "one link element for a link that wraps");
    let lines: BTreeSet<i32> = laid
        .tree
        .kids(links[0])
        .filter_map(|k| match k {
            Kid::Annot { page, link } => Some(laid.pages[page].links[link].0[1] as i32),
            _ => None,
        })
        .collect();
    assert_eq!(lines.len(), 2, "the link wraps onto a second line");
}

#[test]
fn letters_the_font_lacks_are_named() {
    let (regular, _) = fonts();
    let mut doc = crate::model::Minutes::default();
    doc.header.title = "Kokous ☃ Čá 日本 ☃".into();
    assert_eq!(unsupported(&doc, &regular).unwrap(), ['☃', '日', '本']);
    doc.header.title = "Sámegiella: Ŋ ŧ ʒ ǯ ǥ ǩ ʹ".into();
    assert_eq!(unsupported(&doc, &regular).unwrap(), []);
}

#[test]
fn numbers_are_written_as_two_decimals_trimmed() {
    let reference = |v: f32| {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    let mut values: Vec<f32> = vec![
        0.0,
        -0.0,
        0.125,
        0.375,
        -0.625,
        0.005,
        -0.001,
        2.675,
        595.28,
        1e7 + 0.5,
        1e20,
        -1e20,
    ];
    values.extend([f32::NAN, f32::INFINITY, f32::NEG_INFINITY, f32::MIN_POSITIVE, f32::MAX]);
    values.extend((0..100_000).map(|k| k as f32 / 8.0));
    // Every 4999th float from 0 to 1e6, with both signs.
    let top = 1e6f32.to_bits();
    values.extend(
        (0..top)
            .step_by(4999)
            .flat_map(|b| [f32::from_bits(b), -f32::from_bits(b)]),
    );
    for v in values {
        assert_eq!(super::syntax::num(v), reference(v), "{v:e}");
    }
}
