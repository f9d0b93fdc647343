//! A person at (or absent from) the meeting.

use super::lang::{role_of, role_word, Lang, Role};
use super::Id;
use serde::{Deserialize, Serialize};

/// One attendee row: names, the organisations or roles they represent, and their part in the
/// meeting.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct Attendee {
    /// Stable identifier.
    pub id: Id,
    /// All first names as written ("Jussi Olavi").
    pub first_names: String,
    /// Last name ("Jokinen"); may be empty.
    pub last_name: String,
    /// Organisations and roles, in the order written ("Arctic Factory", "klusterin puheenjohtaja").
    /// Chairing and taking the minutes are roles here too: see [`Attendee::is_chair`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisations: Vec<String>,
    /// Was away (listed under "Poissa").
    #[serde(default, skip_serializing_if = "is_false")]
    pub absent: bool,
    /// E-mail address, for sending the minutes; kept in the draft, never printed in a document.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
}

/// An e-mail address as a mail header may carry it: ASCII, one `@` between a local part and a
/// dotted domain, no spaces, quotes, brackets or control characters, at most 254 characters.
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let fine = |c: char| !c.is_whitespace() && !c.is_control() && !"<>()[]\\,;:\"@".contains(c);
    text.len() <= 254
        && text.is_ascii()
        && !local.is_empty()
        && local.chars().all(fine)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && domain.chars().all(|c| fine(c) && c != '_')
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Attendee {
    /// A present attendee with no organisation or role.
    pub fn new(id: Id, first_names: &str, last_name: &str) -> Attendee {
        Attendee {
            id,
            first_names: first_names.to_string(),
            last_name: last_name.to_string(),
            organisations: Vec::new(),
            absent: false,
            email: String::new(),
        }
    }

    /// "Jussi Olavi Jokinen".
    pub fn full_name(&self) -> String {
        match (self.first_names.is_empty(), self.last_name.is_empty()) {
            (false, false) => format!("{} {}", self.first_names, self.last_name),
            (true, _) => self.last_name.clone(),
            (_, true) => self.first_names.clone(),
        }
    }

    /// Chairs the meeting: one of the roles ends in "puheenjohtaja", "ordförande" or "chair"
    /// ("klusterin puheenjohtaja" does, "varapuheenjohtaja" does not).
    pub fn is_chair(&self) -> bool {
        self.has_role(Role::Chair)
    }

    /// Takes the minutes: a role ends in "sihteeri", "sekreterare" or "secretary".
    pub fn is_secretary(&self) -> bool {
        self.has_role(Role::Secretary)
    }

    fn has_role(&self, role: Role) -> bool {
        self.organisations.iter().any(|o| role_of(o) == Some(role))
    }

    /// Gives or takes away a role: adds the bare role word in `lang` ("puheenjohtaja"), or
    /// removes every organisation entry that names the role.
    pub fn set_role(&mut self, role: Role, on: bool, lang: Lang) {
        if on && !self.has_role(role) {
            self.organisations.push(role_word(role, lang).to_string());
        } else if !on {
            self.organisations.retain(|o| role_of(o) != Some(role));
        }
    }

    /// The name a statement would use: the first of the first names ("Jussi").
    pub fn call_name(&self) -> &str {
        self.first_names.split_whitespace().next().unwrap_or(&self.last_name)
    }
}

#[cfg(test)]
mod tests {
    use super::is_email;

    #[test]
    fn addresses() {
        assert!(is_email("ida.tirkkonen@lapinliitto.fi"));
        assert!(is_email("tomi+muistio@pohjoinen.example.org"));
        assert!(!is_email("ida"));
        assert!(!is_email("ida@localhost"));
        assert!(!is_email("ida tirkkonen@x.fi"));
        assert!(!is_email("a@b.fi\r\nBcc: c@d.fi"));
        assert!(!is_email("<a@b.fi>"));
        assert!(!is_email("a@@b.fi"));
        assert!(!is_email("eero.mäkelä@example.fi"));
    }
}
