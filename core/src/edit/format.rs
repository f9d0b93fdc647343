//! Inline formatting typed with keys: the selected text of a field wrapped in bold, italic or a
//! link, as the inline reader reads it (`**…**`, `*…*`, `[…](address)`).

/// A style to wrap a selection in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Wrap {
    Bold,
    Italic,
    /// A link: the selection becomes its text and the address is selected, to be typed over.
    Link,
}

/// The field's text split in three: before the new selection, the new selection, after it.
/// `before`, `selected` and `after` are the field's text around its selection. Bold or italic
/// already around the selection is taken off instead.
pub fn wrap(before: &str, selected: &str, after: &str, style: Wrap) -> (String, String, String) {
    let mark = match style {
        Wrap::Bold => "**",
        Wrap::Italic => "*",
        Wrap::Link => {
            let text = format!("{before}[{selected}](");
            return (text, "https://".into(), format!("){after}"));
        }
    };
    // "**" around an italic selection is bold, not italic twice: only an exact mark unwraps.
    let exact = |s: &str, end: bool| {
        let rest = if end {
            s.strip_suffix(mark)
        } else {
            s.strip_prefix(mark)
        };
        rest.is_some_and(|r| !(if end { r.ends_with('*') } else { r.starts_with('*') }))
    };
    if exact(before, true) && exact(after, false) {
        let b = &before[..before.len() - mark.len()];
        return (b.to_string(), selected.to_string(), after[mark.len()..].to_string());
    }
    (
        format!("{before}{mark}"),
        selected.to_string(),
        format!("{mark}{after}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::body::rich;
    use crate::Span;

    fn join((a, b, c): (String, String, String)) -> String {
        format!("{a}{b}{c}")
    }

    #[test]
    fn a_selection_becomes_bold_italic_or_a_link_and_reads_as_one() {
        let bold = join(wrap("Ida ", "sanoi", " näin", Wrap::Bold));
        assert_eq!(bold, "Ida **sanoi** näin");
        assert!(rich(&bold).spans().contains(&Span::Bold("sanoi".into())));
        let italic = join(wrap("", "huom.", "", Wrap::Italic));
        assert!(rich(&italic).spans().contains(&Span::Italic("huom.".into())));
        let (a, b, c) = wrap("Katso ", "visio", ".", Wrap::Link);
        assert_eq!(b, "https://", "the address is selected, to be typed over");
        let typed = format!("{a}https://www.norden.org/fi/visio-2030{c}");
        assert!(rich(&typed)
            .links()
            .any(|l| l == ("visio", "https://www.norden.org/fi/visio-2030")));
    }

    #[test]
    fn the_same_key_again_takes_the_style_off() {
        let (a, b, c) = wrap("Ida ", "sanoi", " näin", Wrap::Bold);
        assert_eq!(join(wrap(&a, &b, &c, Wrap::Bold)), "Ida sanoi näin");
        let (a, b, c) = wrap("", "x", "", Wrap::Italic);
        assert_eq!(join(wrap(&a, &b, &c, Wrap::Italic)), "x");
        // Italic inside bold is added, not mistaken for an italic to take off.
        let (a, b, c) = wrap("", "x", "", Wrap::Bold);
        assert_eq!(join(wrap(&a, &b, &c, Wrap::Italic)), "***x***");
    }
}
