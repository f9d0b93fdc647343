use super::*;

fn t(s: &str) -> Span {
    Span::Text(s.into())
}

#[test]
fn links_of_the_real_memo() {
    let rich = parse("valmistuneen Lapin [yritysstrategian](#). Haku (<https://luote.online/protot/>).");
    assert_eq!(
        rich.spans(),
        &[
            t("valmistuneen Lapin "),
            Span::Link {
                text: "yritysstrategian".into(),
                url: "#".into()
            },
            t(". Haku ("),
            Span::Link {
                text: "https://luote.online/protot/".into(),
                url: "https://luote.online/protot/".into()
            },
            t(")."),
        ]
    );
}

#[test]
fn emphasis_and_literals() {
    assert_eq!(
        parse("a **b** *c* d").spans(),
        &[
            t("a "),
            Span::Bold("b".into()),
            t(" "),
            Span::Italic("c".into()),
            t(" d")
        ]
    );
    assert_eq!(parse("5 * 3 = 15, ** x").spans(), &[t("5 * 3 = 15, ** x")]);
    assert_eq!(
        parse(r"\*not\* \[x\] &#83;ovittiin").spans(),
        &[t("*not* [x] Sovittiin")]
    );
    assert_eq!(parse("[broken](no end").spans(), &[t("[broken](no end")]);
    assert_eq!(parse("<b>html</b>").spans(), &[t("<b>html</b>")]);
}

#[test]
fn bare_addresses_become_links_only_as_words_of_their_own() {
    let norden = "https://www.norden.org/fi/visio-2030";
    let link = |t: &str, u: &str| Span::Link {
        text: t.into(),
        url: u.into(),
    };
    assert_eq!(
        parse(&format!("Katso {norden}. Ja www.lapinliitto.fi, (www.x.fi)")).spans(),
        &[
            t("Katso "),
            link(norden, norden),
            t(". Ja "),
            link("www.lapinliitto.fi", "https://www.lapinliitto.fi"),
            t(", (www.x.fi)")
        ]
    );
    assert_eq!(
        parse("x='https://evil.example/'").spans(),
        &[t("x='https://evil.example/'")]
    );
    assert_eq!(parse("ahttps://x.fi www.").spans(), &[t("ahttps://x.fi www.")]);
    assert_eq!(
        parse(r"https&#58;//x.fi www&#46;x.fi").spans(),
        &[t("https://x.fi www.x.fi")]
    );
    assert_eq!(parse("**https://x.fi**").spans(), &[Span::Bold("https://x.fi".into())]);
}

#[test]
fn link_addresses_with_parentheses_and_spaces() {
    assert_eq!(
        parse("[w](https://x.org/a_(b))").spans(),
        &[Span::Link {
            text: "w".into(),
            url: "https://x.org/a_(b)".into()
        }]
    );
    assert_eq!(
        parse("[w](<my file.pdf>)").spans(),
        &[Span::Link {
            text: "w".into(),
            url: "my file.pdf".into()
        }]
    );
}
