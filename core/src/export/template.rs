//! The XML parts of the Word and OpenDocument files are kept as indented templates beside the
//! code (`templates/`); `fill` writes one as the compact line the file holds, with its `{name}`
//! places filled.

/// The template compacted — line breaks and the indentation after them dropped between
/// elements, one space left between attributes on separate lines, the line break after the
/// XML declaration kept — with each `{name}` replaced by its value. Values are written as
/// given (already escaped where they hold text).
pub fn fill<K: AsRef<str>, V: AsRef<str>>(template: &str, values: &[(K, V)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut in_tag = false;
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => {
                while chars.next_if(|c| c.is_ascii_whitespace()).is_some() {}
                if in_tag {
                    out.push(' ');
                } else if out.ends_with("?>") && chars.peek().is_some() {
                    out.push('\n');
                }
            }
            '{' => {
                let mut name = String::new();
                while let Some(c) = chars.next_if(|c| c.is_ascii_alphanumeric() || *c == '_') {
                    name.push(c);
                }
                let value = values.iter().find(|(n, _)| n.as_ref() == name);
                match (value, chars.next_if_eq(&'}')) {
                    (Some((_, value)), Some(_)) => out.push_str(value.as_ref()),
                    _ => panic!("the template's place {{{name}}} has no value"),
                }
            }
            c => {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    _ => {}
                }
                out.push(c);
            }
        }
    }
    out
}

/// A template without places, compacted.
pub fn compact(template: &str) -> String {
    fill::<&str, &str>(template, &[])
}

#[cfg(test)]
mod tests {
    use super::{compact, fill};

    #[test]
    fn compact_and_filled() {
        let template = "<?xml version=\"1.0\"?>\n<a\n    x=\"1\"\n    y=\"{y}\">\n  <b>{text}</b>\n  {rest}\n</a>\n";
        assert_eq!(
            fill(template, &[("y", "2"), ("text", "a  b"), ("rest", "<c/>")]),
            "<?xml version=\"1.0\"?>\n<a x=\"1\" y=\"2\"><b>a  b</b><c/></a>"
        );
    }

    #[test]
    #[should_panic(expected = "{missing}")]
    fn a_place_without_a_value_is_a_mistake() {
        compact("<a>{missing}</a>");
    }
}
