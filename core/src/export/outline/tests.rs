//! The outline of memos read from text.

use super::*;
use crate::import;
use crate::model::Ids;

fn memo() -> Minutes {
    import::text(
        include_str!("../../../tests/fixtures/hallitus-muistio.md"),
        &mut Ids::seeded(1),
    )
}

#[test]
fn sections_in_order_with_summaries() {
    let o = outline(&memo());
    let headings: Vec<String> = o
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level: 2, text } => Some(text.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(
        headings,
        [
            "Paikalla",
            "Poissa",
            "1. Kokouksen avaus",
            "2. Kevään näyttelyohjelma",
            "3. Talous",
            "4. Yhteistyö",
            "5. Tärkeimmät nostot",
            "6. Muut asiat",
            "7. Seuraava kokous",
            "Tehtävät",
            "Päätökset",
            "Liitteet"
        ]
    );
    assert_eq!(o.blocks[0], Block::Kind("MUISTIO".into()));
    assert_eq!(
        o.blocks[1],
        Block::Title("Pohjoisen valokuvakeskuksen hallituksen kokous".into())
    );
    let Some(Block::Table { rows, .. }) = o.blocks.iter().rev().find(|b| matches!(b, Block::Table { .. })) else {
        panic!()
    };
    assert_eq!(rows[0][0].to_plain(), "Liisa");
    assert_eq!(rows[0][2].to_plain(), "13.3.2026");
    assert!(
        !o.blocks.iter().any(|b| matches!(b, Block::Signatures { .. })),
        "a memo has no signatures"
    );
}

#[test]
fn formal_minutes_are_signed_and_checked() {
    let mut doc = memo();
    doc.header.kind = crate::model::DocKind::Minutes;
    let o = outline(&doc);
    let sigs: Vec<&Block> = o
        .blocks
        .iter()
        .filter(|b| matches!(b, Block::Signatures { .. }))
        .collect();
    assert_eq!(sigs.len(), 2);
    assert_eq!(
        sigs[0],
        &Block::Signatures {
            heading: "Vakuudeksi".into(),
            lines: vec![
                ("puheenjohtaja".into(), "Aino Kallio".into()),
                ("sihteeri".into(), "Saana Niemi".into())
            ]
        }
    );
}
