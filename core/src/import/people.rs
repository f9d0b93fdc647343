//! Attendee rows as people paste them: tab-separated (the real memo), runs of spaces, a
//! Markdown table, or "First Last, organisation, role".

use crate::inline;
use crate::model::{Attendee, Ids};

/// The cells of a row when it is one: first names, last name, organisations.
pub struct Row {
    /// First names ("Jussi Olavi").
    pub first: String,
    /// Last name.
    pub last: String,
    /// Organisations and roles, in order.
    pub orgs: Vec<String>,
}

impl Row {
    /// The attendee this row describes.
    pub fn into_attendee(self, ids: &mut Ids, absent: bool) -> Attendee {
        let mut a = Attendee::new(ids.next_id(), &self.first, &self.last);
        a.organisations = self.orgs;
        a.absent = absent;
        a
    }
}

/// Splits an organisation cell at commas and semicolons: "Lapin ELY-keskus, ennakointivastaava".
pub fn split_orgs(cell: &str) -> Vec<String> {
    cell.split([',', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// Splits an organisation cell of a row as [`split_orgs`] does, leaving escapes and character
/// references whole (they are read afterwards).
fn split_cell(cell: &str) -> Vec<String> {
    inline::split_unescaped(cell, &[',', ';'])
        .into_iter()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

fn split_name(name: &str) -> (String, String) {
    let name = name.trim();
    match name.rsplit_once(' ') {
        Some((first, last)) => (first.trim().to_string(), last.to_string()),
        None => (name.to_string(), String::new()),
    }
}

/// Reads one line as an attendee row, or `None` when it is not one. `loose` also accepts a
/// plain "First Last, organisation" line (inside an attendee list, not elsewhere). Escapes
/// and character references in the cells are read as in running text, and a cell that is a
/// lone dash is empty (so "–⇥" is a row with nothing filled in yet).
pub fn row(line: &str, loose: bool) -> Option<Row> {
    let row = cells(line, loose).filter(|r| !(r.first.is_empty() && r.last.is_empty() && r.orgs.is_empty()))?;
    let cell = |c: String| match c.as_str() {
        "–" => String::new(),
        _ => inline::unescape(&c),
    };
    Some(Row {
        first: cell(row.first),
        last: cell(row.last),
        orgs: row.orgs.into_iter().map(cell).filter(|o| !o.is_empty()).collect(),
    })
}

fn cells(line: &str, loose: bool) -> Option<Row> {
    let line = line.trim_matches(' ');
    let tabbed = line.contains('\t');
    // A bulleted name list ("- Ida Tirkkonen"); in a tab-separated row every cell is kept as is.
    let line = match tabbed {
        true => line,
        false => ["- ", "* ", "• ", "– "]
            .iter()
            .find_map(|m| line.strip_prefix(m))
            .unwrap_or(line)
            .trim_matches(' '),
    };
    if line.is_empty() {
        return None;
    }
    if line.starts_with('|') && !tabbed {
        return table_row(line);
    }
    let cells: Vec<&str> = if tabbed {
        line.split('\t').map(str::trim).collect()
    } else if line.contains("  ") {
        line.split("  ").map(str::trim).filter(|c| !c.is_empty()).collect()
    } else if loose && plausible_person(line) {
        return Some(loose_row(line));
    } else {
        return None;
    };
    let cells: Vec<&str> = {
        let mut c = cells;
        while c.last() == Some(&"") {
            c.pop();
        }
        c
    };
    match cells.as_slice() {
        [] => None,
        [only] if tabbed => Some(Row {
            first: only.to_string(),
            last: String::new(),
            orgs: Vec::new(),
        }),
        [only] => Some(loose_row(only)),
        [first, last, orgs @ ..] => Some(Row {
            first: first.to_string(),
            last: last.to_string(),
            orgs: orgs.iter().flat_map(|o| split_cell(o)).collect(),
        }),
    }
}

fn table_row(line: &str) -> Option<Row> {
    let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
    let is_rule = cells
        .iter()
        .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')));
    let is_head = cells.iter().any(|c| {
        let c = c.to_lowercase();
        ["nimi", "name", "namn", "organisaatio", "organisation", "organization"]
            .iter()
            .any(|w| c.contains(w))
    });
    if is_rule || is_head {
        return None;
    }
    match cells.as_slice() {
        [first, last, orgs @ ..] => Some(Row {
            first: first.to_string(),
            last: last.to_string(),
            orgs: orgs.iter().flat_map(|o| split_cell(o)).collect(),
        }),
        [only] => Some(loose_row(only)),
        [] => None,
    }
}

/// The rule or heading row of a Markdown table ("|---|---|", "| Nimi | Organisaatio |").
pub fn is_table_furniture(line: &str) -> bool {
    let line = line.trim();
    line.starts_with('|') && table_row(line).is_none()
}

/// "Ida Tirkkonen, Lapin elokuvakomissio", "Ida Tirkkonen (Lapin elokuvakomissio)",
/// "Ida Tirkkonen Lapin elokuvakomissio".
fn loose_row(line: &str) -> Row {
    // "Aino Kallio – Pohjoisen valokuvakeskus ry, puheenjohtaja" (as plain-text exports write it).
    if let Some((name, rest)) = line.split_once(" – ") {
        let (first, last) = split_name(name);
        return Row {
            first,
            last,
            orgs: split_cell(rest),
        };
    }
    if let Some((name, rest)) = line.split_once('(').filter(|(_, r)| r.trim_end().ends_with(')')) {
        let (first, last) = split_name(name);
        return Row {
            first,
            last,
            orgs: split_cell(rest.trim_end().trim_end_matches(')')),
        };
    }
    if let Some((name, rest)) = line.split_once(',') {
        let (first, last) = split_name(name);
        return Row {
            first,
            last,
            orgs: split_cell(rest),
        };
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    match words.as_slice() {
        [first, last, org @ ..] if !org.is_empty() => Row {
            first: first.to_string(),
            last: last.to_string(),
            orgs: vec![org.join(" ")],
        },
        _ => {
            let (first, last) = split_name(line);
            Row {
                first,
                last,
                orgs: Vec::new(),
            }
        }
    }
}

/// A short line that starts with a capitalised name and does not read as a sentence.
fn plausible_person(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let starts_upper = line.chars().next().is_some_and(char::is_uppercase);
    let sentence = line.ends_with(['.', '!', '?', ':']) && !line.ends_with("pj.") && !line.ends_with("siht.");
    starts_upper && (1..=12).contains(&words) && !sentence && !line.contains(": ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(r: Option<Row>) -> Option<(String, String, Vec<String>)> {
        r.map(|r| (r.first, r.last, r.orgs))
    }

    fn v(a: &str, b: &str, o: &[&str]) -> Option<(String, String, Vec<String>)> {
        Some((a.into(), b.into(), o.iter().map(|s| s.to_string()).collect()))
    }

    #[test]
    fn tabs_spaces_tables_and_loose_rows() {
        assert_eq!(
            cells(row("Jussi Olavi\tJokinen\tArctic Factory", false)),
            v("Jussi Olavi", "Jokinen", &["Arctic Factory"])
        );
        assert_eq!(
            cells(row("Päivi    Holopainen   Lapin ELY-keskus, ennakointivastaava", false)),
            v("Päivi", "Holopainen", &["Lapin ELY-keskus", "ennakointivastaava"])
        );
        assert_eq!(
            cells(row("| Ida | Tirkkonen | Lapin elokuvakomissio |", false)),
            v("Ida", "Tirkkonen", &["Lapin elokuvakomissio"])
        );
        assert_eq!(
            cells(row("Ida Tirkkonen, Lapin elokuvakomissio", true)),
            v("Ida", "Tirkkonen", &["Lapin elokuvakomissio"])
        );
        assert_eq!(
            cells(row("- Ida Tirkkonen (Lapin elokuvakomissio; pj.)", true)),
            v("Ida", "Tirkkonen", &["Lapin elokuvakomissio", "pj."])
        );
        assert_eq!(
            cells(row("Ami\tAvellán\tOy A; Proto ry, jäsen", false)),
            v("Ami", "Avellán", &["Oy A", "Proto ry", "jäsen"])
        );
        assert!(row("Ida Tirkkonen, Lapin elokuvakomissio", false).is_none());
        assert!(row("Kokous pidettiin etänä.", true).is_none());
    }
}
