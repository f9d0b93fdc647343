//! Texts, pastes, web pages and saved drafts of pathological shape.

use super::{fill, Shape};

/// The start of a memo, so that what follows is the body of item 1.
const MEMO: &str = "Kokous\n\nMUISTIO\n\nAika: 14.11.2025 klo 9.00–11.30\n\n1. Asia\n\n";

/// The shapes of text.
pub fn shapes() -> Vec<Shape> {
    vec![
        Shape {
            name: "unclosed-bracket",
            what: "a paragraph of `[` that never close",
            build: |n| fill(MEMO, "[a ", "\n", n),
            refused: false,
        },
        Shape {
            name: "link-angle",
            what: "`[x](<` repeated, an address in angle brackets that never ends",
            build: |n| fill(MEMO, "[x](<", "\n", n),
            refused: false,
        },
        Shape {
            name: "link-paren",
            what: "`[x](a` repeated, an address that never ends",
            build: |n| fill(MEMO, "[x](a", "\n", n),
            refused: false,
        },
        Shape {
            name: "link-nested",
            what: "`[x](a(` repeated: parentheses inside addresses that never close",
            build: |n| fill(MEMO, "[x](a(", "\n", n),
            refused: false,
        },
        Shape {
            name: "many-lt",
            what: "a paragraph of `<`",
            build: |n| fill(MEMO, "<", "\n", n),
            refused: false,
        },
        Shape {
            name: "autolink-open",
            what: "`<https://a` repeated, autolinks that never close",
            build: |n| fill(MEMO, "<https://a", "\n", n),
            refused: false,
        },
        Shape {
            name: "entity-open",
            what: "`&#1` repeated: character references without `;`",
            build: |n| fill(MEMO, "&#1", "\n", n),
            refused: false,
        },
        Shape {
            name: "italic-open",
            what: "`*a ` repeated: italics that never close",
            build: |n| fill(MEMO, "*a ", "\n", n),
            refused: false,
        },
        Shape {
            name: "bold-open",
            what: "`**a ` repeated: bold that never closes",
            build: |n| fill(MEMO, "**a ", "\n", n),
            refused: false,
        },
        Shape {
            name: "bold-blank",
            what: "whitespace-only bold and italic spans, alternating (span tidying)",
            build: |n| fill(MEMO, "**&#32;***&#32;*", "\n", n),
            refused: false,
        },
        Shape {
            name: "escapes",
            what: "a run of backslashes and escaped markup",
            build: |n| fill(MEMO, "\\\\\\*\\[\\<\\&#", "\n", n),
            refused: false,
        },
        Shape {
            name: "long-item",
            what: "one bullet of tens of thousands of lines (hard breaks)",
            build: |n| fill(&format!("{MEMO}- alku\\\n"), "rivi\\\n", "loppu\n", n),
            refused: false,
        },
        Shape {
            name: "many-paragraphs",
            what: "one item of hundreds of thousands of short paragraphs",
            build: |n| fill(MEMO, "a\n\n", "", n),
            refused: false,
        },
        Shape {
            name: "many-lines",
            what: "a paste of short lines without blank lines (line mode)",
            build: |n| fill(MEMO, "Ida: hei\n", "", n),
            refused: false,
        },
        Shape {
            name: "bullet-lines",
            what: "a paragraph of bullet-like lines joined by hard breaks (Markdown escaping)",
            build: |n| fill(&format!("{MEMO}Teksti\\\n"), "- b\\\n", "loppu\n", n),
            refused: false,
        },
        Shape {
            name: "heading-lines",
            what: "a paragraph of heading- and entry-like lines joined by hard breaks",
            build: |n| fill(&format!("{MEMO}Teksti\\\n"), "1. Ida: Päätös: x\\\n", "loppu\n", n),
            refused: false,
        },
        Shape {
            name: "alternating-lists",
            what: "hundreds of thousands of one-item lists in a row",
            build: |n| fill(MEMO, "- a\n* b\n", "", n),
            refused: false,
        },
        Shape {
            name: "many-items",
            what: "hundreds of thousands of numbered items",
            build: |n| {
                let mut s = String::from("Kokous\n\nMUISTIO\n\n");
                let mut k = 0;
                while s.len() + 16 <= n {
                    k += 1;
                    s.push_str(&format!("{k}. A\n\n"));
                }
                s.into_bytes()
            },
            refused: false,
        },
        Shape {
            name: "many-attendees",
            what: "an attendee table of hundreds of thousands of rows",
            build: |n| {
                fill(
                    "Kokous\n\nMUISTIO\n\nPaikalla:\n\n",
                    "Ida\tA\tB, pj.\n",
                    "\n1. Asia\n\nx\n",
                    n,
                )
            },
            refused: false,
        },
        Shape {
            name: "many-decisions",
            what: "decisions and actions, each repeated in the summaries",
            build: |n| fill(MEMO, "Päätös: a\n\nTehtävä (A, 1.2.2026): b\n\n", "", n),
            refused: false,
        },
        Shape {
            name: "colons",
            what: "a paragraph that must be escaped, with a million colons",
            build: |n| fill(&format!("{MEMO}Päätös\\: "), ":", "\n", n),
            refused: false,
        },
        Shape {
            name: "replies",
            what: "one statement with tens of thousands of replies",
            build: |n| fill(&format!("{MEMO}Ida: alku"), " **Minna:** vastaus", "\n", n),
            refused: false,
        },
        Shape {
            name: "long-word",
            what: "one word of two megabytes (line breaking in the PDF)",
            build: |n| fill(MEMO, "a", "\n", n),
            refused: false,
        },
        Shape {
            name: "realistic",
            what: "a long meeting of ordinary statements, lists and links",
            build: |n| {
                let unit = "Ida: Keskusteltiin strategian toimeenpanosta ja [rahoituksesta](https://example.org/r) – \
                            alueen toimijat ovat *mukana*. **Minna:** Totta, 5 < 7 & <https://example.org>.\n\n\
                            - ensimmäinen nosto\n- toinen nosto\n\nPäätös: Hyväksyttiin.\n\n";
                fill(MEMO, unit, "", n)
            },
            refused: false,
        },
        Shape {
            name: "html-paragraph",
            what: "a realistic HTML paragraph pasted from a word processor",
            build: |n| {
                let unit = concat!(
                    r#"<span style="font-family:Calibri;mso-ansi-language:FI">Keskusteltiin strategian toimeenpanosta &amp; "#,
                    r#"rahoituksesta (ks. <a href="https://example.org/r">liite [1]</a>) &ndash; alueen toimijat ovat "#,
                    r#"<b>mukana</b>, 5 &lt; 7 ja *tärkeä* huomio.</span> "#
                );
                fill(
                    "<!DOCTYPE html><html><head><style>p{}</style></head><body><h1>Kokous</h1><p><b>Ida:</b> ",
                    unit,
                    "</p></body></html>",
                    n,
                )
            },
            refused: false,
        },
        Shape {
            name: "html-lt",
            what: "an HTML page whose text is `a < b` repeated (no tag ever closes)",
            build: |n| fill("<html><body><p>", "a < b ", "</p></body></html>", n),
            refused: false,
        },
        Shape {
            name: "json-spans",
            what: "a saved draft: one paragraph of alternating spans full of markup",
            build: |n| {
                let unit =
                    r#"{"bold":"- a: "},{"italic":"*[x"},{"link":{"text":"](<","url":"(a b"}},{"text":"\n1. Ida: "},"#;
                envelope(
                    &fill(
                        r#"{"id":1,"kind":"paragraph","text":["#,
                        unit,
                        r#"{"text":"."}]}"#,
                        n - 400,
                    ),
                    "Kokous",
                )
            },
            refused: false,
        },
        Shape {
            name: "json-replies",
            what: "a saved draft: one statement of tens of thousands of replies",
            build: |n| {
                let unit = r#"{"speaker":"Minna:","text":[{"text":"**Ida:** ja\n- b"}]},"#;
                let head = r#"{"id":1,"kind":"statement","speaker":"Ida","text":[{"text":"alku"}],"replies":["#;
                envelope(&fill(head, unit, r#"{"speaker":"X","text":[]}]}"#, n - 400), "Kokous")
            },
            refused: false,
        },
        Shape {
            name: "json-bullets",
            what: "a saved draft: one list of a hundred thousand items that look like markup",
            build: |n| {
                let unit = r#"[{"text":"1. Päätös: - x\n# y"}],"#;
                envelope(
                    &fill(r#"{"id":1,"kind":"bullets","items":["#, unit, r#"[]]}"#, n - 400),
                    "Kokous",
                )
            },
            refused: false,
        },
        Shape {
            name: "json-title",
            what: "a saved draft whose title is two megabytes",
            build: |n| {
                let title = String::from_utf8(fill("", "Hallituksen *kokous* [1] ", "", n - 400)).expect("text");
                envelope(br#"{"id":1,"kind":"paragraph","text":[{"text":"a"}]}"#, &title)
            },
            refused: false,
        },
        Shape {
            name: "json-deep",
            what: "a saved draft nested a million levels deep",
            build: |n| fill("{\"format\":\"muistio\",\"version\":1,\"minutes\":", "[", "", n),
            refused: true,
        },
    ]
}

/// A saved draft of one item holding `entries` (JSON objects, comma-separated), titled `title`.
fn envelope(entries: &[u8], title: &str) -> Vec<u8> {
    let mut out = format!(
        r#"{{"format":"muistio","version":1,"saved_at":0,"minutes":{{"header":{{"title":"{title}","kind":"memo","lang":"fi","#
    );
    out.push_str(r#""date":"2025-11-14"},"attendees":[],"items":[{"id":7,"title":"Asia","entries":["#);
    out.push_str(std::str::from_utf8(entries).expect("text"));
    out.push_str("]}]}}");
    out.into_bytes()
}
