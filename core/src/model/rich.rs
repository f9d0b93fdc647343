//! Inline text: plain runs, bold, italic and links; what a paragraph or statement holds.

use serde::{Deserialize, Serialize};

/// One run of inline text.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Span {
    /// Plain text. A `\n` inside is a hard line break.
    Text(String),
    /// Bold text.
    Bold(String),
    /// Italic text.
    Italic(String),
    /// A hyperlink; `url` may be empty or `#` when the source had a placeholder.
    Link {
        /// What the reader sees.
        text: String,
        /// Where it points, as written.
        url: String,
    },
}

/// Inline text: a normalised sequence of [`Span`]s (no empty runs, no two adjacent runs of the
/// same style), so that equal text is equal data.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
#[serde(from = "Vec<Span>", into = "Vec<Span>")]
pub struct Rich(Vec<Span>);

impl From<Vec<Span>> for Rich {
    fn from(spans: Vec<Span>) -> Self {
        let mut rich = Rich::default();
        for span in spans {
            rich.push(span);
        }
        rich
    }
}

impl From<Rich> for Vec<Span> {
    fn from(rich: Rich) -> Self {
        rich.0
    }
}

impl From<&str> for Rich {
    fn from(text: &str) -> Self {
        Rich::plain(text)
    }
}

impl Span {
    /// The characters a reader sees.
    pub fn text(&self) -> &str {
        match self {
            Span::Text(s) | Span::Bold(s) | Span::Italic(s) => s,
            Span::Link { text, .. } => text,
        }
    }
}

impl Rich {
    /// Plain text with no styling.
    pub fn plain(text: &str) -> Rich {
        Rich::from(vec![Span::Text(text.to_string())])
    }

    /// The runs, in order.
    pub fn spans(&self) -> &[Span] {
        &self.0
    }

    /// Appends a run, merging it into the previous one when both have the same style.
    pub fn push(&mut self, span: Span) {
        let span = match span {
            Span::Link { text, url } if text.contains('\n') => Span::Link {
                text: text.replace('\n', " "),
                url,
            },
            // Line breaks live in plain runs only, so that styling never spans two lines.
            Span::Bold(s) if s.contains('\n') => return self.push_lines(&s, Span::Bold),
            Span::Italic(s) if s.contains('\n') => return self.push_lines(&s, Span::Italic),
            span => span,
        };
        let empty = match &span {
            Span::Link { text, url } => text.is_empty() && url.is_empty(),
            other => other.text().is_empty(),
        };
        if empty {
            return;
        }
        match (self.0.last_mut(), span) {
            (Some(Span::Text(a)), Span::Text(b))
            | (Some(Span::Bold(a)), Span::Bold(b))
            | (Some(Span::Italic(a)), Span::Italic(b)) => a.push_str(&b),
            (_, span) => self.0.push(span),
        }
    }

    /// The text without styling, as a reader sees it.
    pub fn to_plain(&self) -> String {
        self.0.iter().map(Span::text).collect()
    }

    /// True when there is no visible text and no link.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn push_lines(&mut self, text: &str, style: fn(String) -> Span) {
        for (i, part) in text.split('\n').enumerate() {
            if i > 0 {
                self.push(Span::Text("\n".into()));
            }
            self.push(style(part.into()));
        }
    }

    /// The text as a line-based format keeps it: no whitespace at either end, and no spaces
    /// at the start of a line after a hard break.
    pub fn tidy(self) -> Rich {
        let mut spans = self.0;
        for span in &mut spans {
            if let Span::Text(s) = span {
                if s.contains('\n') {
                    *s = trim_line_starts(s);
                }
            }
        }
        let blank = |span: &Span| !matches!(span, Span::Link { .. }) && span.text().trim().is_empty();
        let first = spans.iter().position(|s| !blank(s)).unwrap_or(spans.len());
        spans.drain(..first);
        let last = spans.iter().rposition(|s| !blank(s)).map_or(0, |i| i + 1);
        spans.truncate(last);
        if let Some(Span::Text(s) | Span::Bold(s) | Span::Italic(s)) = spans.first_mut() {
            *s = s.trim_start().to_string();
        }
        if let Some(Span::Text(s) | Span::Bold(s) | Span::Italic(s)) = spans.last_mut() {
            *s = s.trim_end().to_string();
        }
        Rich::from(spans)
    }

    /// The text cut at its hard line breaks, one [`Rich`] a line (one, empty, for no text).
    pub fn lines(&self) -> Vec<Rich> {
        let mut lines = vec![Rich::default()];
        for span in &self.0 {
            match span {
                Span::Text(s) => {
                    for (i, part) in s.split('\n').enumerate() {
                        if i > 0 {
                            lines.push(Rich::default());
                        }
                        if let Some(line) = lines.last_mut() {
                            line.push(Span::Text(part.to_string()));
                        }
                    }
                }
                other => {
                    if let Some(line) = lines.last_mut() {
                        line.push(other.clone());
                    }
                }
            }
        }
        lines
    }

    /// The links, in order: (visible text, address).
    pub fn links(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().filter_map(|s| match s {
            Span::Link { text, url } => Some((text.as_str(), url.as_str())),
            _ => None,
        })
    }
}

/// Spaces and tabs at the start of every line but the first removed.
fn trim_line_starts(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
            out.push_str(line.trim_start_matches([' ', '\t']));
        } else {
            out.push_str(line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_merge_and_empty_runs_vanish() {
        let rich = Rich::from(vec![
            Span::Text("a".into()),
            Span::Text("".into()),
            Span::Text("b".into()),
            Span::Bold("c".into()),
            Span::Bold("d".into()),
        ]);
        assert_eq!(rich.spans(), &[Span::Text("ab".into()), Span::Bold("cd".into())]);
        assert_eq!(rich.to_plain(), "abcd");
    }

    #[test]
    fn lines_are_cut_at_hard_breaks_only() {
        let rich = Rich::from(vec![
            Span::Text("a\nb ".into()),
            Span::Bold("c".into()),
            Span::Text("\n".into()),
        ]);
        assert_eq!(
            rich.lines(),
            [
                Rich::plain("a"),
                Rich::from(vec![Span::Text("b ".into()), Span::Bold("c".into())]),
                Rich::default()
            ]
        );
        assert_eq!(Rich::default().lines(), [Rich::default()]);
    }

    #[test]
    fn saved_form_is_compact() {
        let rich = Rich::from(vec![
            Span::Text("See ".into()),
            Span::Link {
                text: "the plan".into(),
                url: "#".into(),
            },
        ]);
        let json = serde_json::to_string(&rich).unwrap();
        assert_eq!(json, r##"[{"text":"See "},{"link":{"text":"the plan","url":"#"}}]"##);
        assert_eq!(serde_json::from_str::<Rich>(&json).unwrap(), rich);
    }
}
