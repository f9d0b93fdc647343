//! The words of a document in Finnish, Swedish and English: the labels Muistio writes, and the
//! wider set of labels it recognises when it reads a memo somebody else wrote.

pub use crate::model::lang::{role_of, role_word, Lang, Role, MONTHS_EN};
use crate::model::{DocKind, Stage};

/// A header line's label.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum HeaderLabel {
    /// Date and time together ("Aika", "Tid") or the date alone ("Date").
    When,
    /// The clock times alone ("Time", "Kellonaika").
    Clock,
    /// "Paikka", "Plats", "Location".
    Place,
    /// "Paikalla", "Närvarande", "Present".
    Present,
    /// "Poissa", "Frånvarande", "Absent".
    Absent,
    /// "Pöytäkirjantarkastajat", "Justerare", "Minutes checkers".
    Checkers,
    /// "Pöytäkirja tarkastettu", "Justeras", "Minutes checked": where and when.
    Checked,
    /// "Tila", "Status": draft, checked or final.
    Stage,
    /// "Aikavyöhyke", "Tidszon", "Time zone": the zone of the times, when the time line's
    /// brackets cannot hold it.
    Zone,
}

/// The labels Muistio writes in one language.
pub struct Words {
    /// Label of the date and time line.
    pub when: &'static str,
    /// Label of the clock-time line, for languages that write date and time apart ("Time").
    pub clock: Option<&'static str>,
    /// Word before the clock times ("klo", "kl.").
    pub at: &'static str,
    /// Label of the place line.
    pub place: &'static str,
    /// Label of the time zone's own line (written only for a zone that does not read as one
    /// in brackets after the times).
    pub zone: &'static str,
    /// Heading of the present attendees.
    pub present: &'static str,
    /// Heading of the absent attendees.
    pub absent: &'static str,
    /// Label of a decision that does not begin with a decision verb.
    pub decision: &'static str,
    /// Label of an action.
    pub action: &'static str,
    /// The mark of an action that is done, after its owner and due date ("Ida, 5.12., tehty").
    pub done: &'static str,
    /// Label of an attachment.
    pub attachment: &'static str,
    /// An item not for publication: the mark after its title, and its title in the public
    /// version.
    pub confidential: [&'static str; 2],
    /// Label of a proposal for a decision.
    pub proposal: &'static str,
    /// A vote's labels: the vote, for, against, abstained, result.
    pub vote: [&'static str; 5],
    /// Label of a dissenting opinion: with whose it is, and without a name.
    pub dissent: [&'static str; 2],
    /// Document kinds: memo, minutes, agenda.
    pub kinds: [&'static str; 3],
    /// Column headings of an attendee table: name, organisation and role.
    pub person: [&'static str; 2],
    /// Heading and column headings of the action summary: actions; who, what, due.
    pub actions: [&'static str; 4],
    /// Heading of the decision summary.
    pub decisions: &'static str,
    /// Heading of the attachments list.
    pub attachments: &'static str,
    /// Signature block: heading, chair, secretary.
    pub signed: [&'static str; 3],
    /// Checking block: heading, checker.
    pub checked: [&'static str; 2],
    /// The checkers' label, as a header line.
    pub checkers: &'static str,
    /// The stage's label, and the words for draft, checked and final.
    pub stage: [&'static str; 4],
    /// The word "page" and "of" for page numbers ("Sivu 2 / 5").
    pub page: &'static str,
    /// Label of a next meeting written as words ("Seuraava kokous: ensi kuussa").
    pub next_meeting: &'static str,
    /// What a file of the public version says it is ("… - muistio - julkinen versio.pdf").
    pub public: &'static str,
}

const FI: Words = Words {
    when: "Aika",
    clock: None,
    at: "klo",
    place: "Paikka",
    zone: "Aikavyöhyke",
    present: "Paikalla",
    absent: "Poissa",
    decision: "Päätös",
    action: "Tehtävä",
    done: "tehty",
    attachment: "Liite",
    confidential: ["salassa pidettävä", "Salassa pidettävä asia"],
    proposal: "Päätösehdotus",
    vote: ["Äänestys", "Puolesta", "Vastaan", "Tyhjää", "Tulos"],
    dissent: ["Eriävä mielipide", "Eriävä mielipide"],
    kinds: ["MUISTIO", "PÖYTÄKIRJA", "ESITYSLISTA"],
    person: ["Nimi", "Organisaatio ja rooli"],
    actions: ["Tehtävät", "Vastuu", "Tehtävä", "Määräaika"],
    decisions: "Päätökset",
    attachments: "Liitteet",
    signed: ["Vakuudeksi", "puheenjohtaja", "sihteeri"],
    checked: ["Pöytäkirja tarkastettu", "pöytäkirjantarkastaja"],
    checkers: "Pöytäkirjantarkastajat",
    stage: ["Tila", "Luonnos", "Tarkastettu", "Hyväksytty"],
    page: "Sivu",
    next_meeting: "Seuraava kokous",
    public: "julkinen versio",
};

const SV: Words = Words {
    when: "Tid",
    clock: None,
    at: "kl.",
    place: "Plats",
    zone: "Tidszon",
    present: "Närvarande",
    absent: "Frånvarande",
    decision: "Beslut",
    action: "Åtgärd",
    done: "klar",
    attachment: "Bilaga",
    confidential: ["sekretessbelagd", "Sekretessbelagt ärende"],
    proposal: "Förslag till beslut",
    vote: ["Omröstning", "För", "Emot", "Avstod", "Resultat"],
    dissent: ["Reservation", "Reservation mot beslutet"],
    kinds: ["MINNESANTECKNINGAR", "PROTOKOLL", "FÖREDRAGNINGSLISTA"],
    person: ["Namn", "Organisation och roll"],
    actions: ["Åtgärder", "Ansvarig", "Åtgärd", "Tidsfrist"],
    decisions: "Beslut",
    attachments: "Bilagor",
    signed: ["Vid protokollet", "ordförande", "sekreterare"],
    checked: ["Justeras", "justerare"],
    checkers: "Justerare",
    stage: ["Status", "Utkast", "Justerat", "Fastställt"],
    page: "Sida",
    next_meeting: "Nästa möte",
    public: "offentlig version",
};

const EN: Words = Words {
    when: "Date",
    clock: Some("Time"),
    at: "",
    place: "Location",
    zone: "Time zone",
    present: "Present",
    absent: "Absent",
    decision: "Decision",
    action: "Action",
    done: "done",
    attachment: "Attachment",
    confidential: ["confidential", "Confidential matter"],
    proposal: "Proposal",
    vote: ["Vote", "For", "Against", "Abstained", "Result"],
    dissent: ["Dissent", "Dissent"],
    kinds: ["MEMO", "MINUTES", "AGENDA"],
    person: ["Name", "Organisation and role"],
    actions: ["Actions", "Owner", "Action", "Due"],
    decisions: "Decisions",
    attachments: "Attachments",
    signed: ["Signed", "Chair", "Secretary"],
    checked: ["Minutes checked", "Checker"],
    checkers: "Minutes checkers",
    stage: ["Status", "Draft", "Checked", "Final"],
    page: "Page",
    next_meeting: "Next meeting",
    public: "public version",
};

impl Lang {
    /// Every language, Finnish first.
    pub const ALL: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

    /// The labels Muistio writes in this language.
    pub fn words(self) -> &'static Words {
        match self {
            Lang::Fi => &FI,
            Lang::Sv => &SV,
            Lang::En => &EN,
        }
    }

    /// The language and region as documents declare them: "fi-FI", "sv-FI", "en-GB".
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Fi => "fi-FI",
            Lang::Sv => "sv-FI",
            Lang::En => "en-GB",
        }
    }

    /// The BCP 47 code: "fi", "sv", "en".
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// The language of a code written by [`Lang::code`] ("fi", "sv", "en").
    pub fn from_code(code: &str) -> Option<Lang> {
        [Lang::Fi, Lang::Sv, Lang::En].into_iter().find(|l| l.code() == code)
    }
}

impl Words {
    /// A stage's word ("Tarkastettu").
    pub fn stage_word(&self, stage: Stage) -> &'static str {
        match stage {
            Stage::Draft => self.stage[1],
            Stage::Checked => self.stage[2],
            Stage::Final => self.stage[3],
        }
    }

    /// The label of a document kind ("MUISTIO").
    pub fn kind(&self, kind: DocKind) -> &'static str {
        match kind {
            DocKind::Memo => self.kinds[0],
            DocKind::Minutes => self.kinds[1],
            DocKind::Agenda => self.kinds[2],
        }
    }
}

/// Lower-cases and trims a label candidate, dropping a final colon.
fn key(text: &str) -> String {
    text.trim().trim_end_matches(':').trim().to_lowercase()
}

const HEADER_LABELS: &[(&str, HeaderLabel, Lang)] = &[
    ("aika", HeaderLabel::When, Lang::Fi),
    ("ajankohta", HeaderLabel::When, Lang::Fi),
    ("päivämäärä", HeaderLabel::When, Lang::Fi),
    ("pvm", HeaderLabel::When, Lang::Fi),
    ("kellonaika", HeaderLabel::Clock, Lang::Fi),
    ("paikka", HeaderLabel::Place, Lang::Fi),
    ("kokouspaikka", HeaderLabel::Place, Lang::Fi),
    ("paikalla", HeaderLabel::Present, Lang::Fi),
    ("läsnä", HeaderLabel::Present, Lang::Fi),
    ("osallistujat", HeaderLabel::Present, Lang::Fi),
    ("poissa", HeaderLabel::Absent, Lang::Fi),
    ("tid", HeaderLabel::When, Lang::Sv),
    ("datum", HeaderLabel::When, Lang::Sv),
    ("klockan", HeaderLabel::Clock, Lang::Sv),
    ("plats", HeaderLabel::Place, Lang::Sv),
    ("mötesplats", HeaderLabel::Place, Lang::Sv),
    ("närvarande", HeaderLabel::Present, Lang::Sv),
    ("deltagare", HeaderLabel::Present, Lang::Sv),
    ("frånvarande", HeaderLabel::Absent, Lang::Sv),
    ("date", HeaderLabel::When, Lang::En),
    ("time", HeaderLabel::Clock, Lang::En),
    ("location", HeaderLabel::Place, Lang::En),
    ("place", HeaderLabel::Place, Lang::En),
    ("venue", HeaderLabel::Place, Lang::En),
    ("present", HeaderLabel::Present, Lang::En),
    ("attendees", HeaderLabel::Present, Lang::En),
    ("participants", HeaderLabel::Present, Lang::En),
    ("in attendance", HeaderLabel::Present, Lang::En),
    ("absent", HeaderLabel::Absent, Lang::En),
    ("apologies", HeaderLabel::Absent, Lang::En),
    ("pöytäkirjantarkastajat", HeaderLabel::Checkers, Lang::Fi),
    ("pöytäkirjan tarkastajat", HeaderLabel::Checkers, Lang::Fi),
    ("tarkastajat", HeaderLabel::Checkers, Lang::Fi),
    ("pöytäkirja tarkastettu", HeaderLabel::Checked, Lang::Fi),
    ("tarkastettu", HeaderLabel::Checked, Lang::Fi),
    ("tila", HeaderLabel::Stage, Lang::Fi),
    ("justerare", HeaderLabel::Checkers, Lang::Sv),
    ("protokolljusterare", HeaderLabel::Checkers, Lang::Sv),
    ("justeras", HeaderLabel::Checked, Lang::Sv),
    ("justerat", HeaderLabel::Checked, Lang::Sv),
    ("protokollet justerat", HeaderLabel::Checked, Lang::Sv),
    ("minutes checkers", HeaderLabel::Checkers, Lang::En),
    ("checkers", HeaderLabel::Checkers, Lang::En),
    ("minutes checked", HeaderLabel::Checked, Lang::En),
    ("checked", HeaderLabel::Checked, Lang::En),
    ("status", HeaderLabel::Stage, Lang::En),
    ("aikavyöhyke", HeaderLabel::Zone, Lang::Fi),
    ("tidszon", HeaderLabel::Zone, Lang::Sv),
    ("time zone", HeaderLabel::Zone, Lang::En),
    ("timezone", HeaderLabel::Zone, Lang::En),
];

/// The words for each stage of the minutes, in every language, lower-case.
const STAGES: &[(&str, Stage)] = &[
    ("luonnos", Stage::Draft),
    ("tarkastettu", Stage::Checked),
    ("tarkastettu ja hyväksytty", Stage::Checked),
    ("hyväksytty", Stage::Final),
    ("lopullinen", Stage::Final),
    ("vahvistettu", Stage::Final),
    ("utkast", Stage::Draft),
    ("justerat", Stage::Checked),
    ("justerad", Stage::Checked),
    ("fastställt", Stage::Final),
    ("slutligt", Stage::Final),
    ("slutgiltigt", Stage::Final),
    ("draft", Stage::Draft),
    ("checked", Stage::Checked),
    ("final", Stage::Final),
    ("approved", Stage::Final),
];

/// Reads a stage word ("Luonnos", "justerat", "Final.").
pub fn stage(word: &str) -> Option<Stage> {
    let k = key(word);
    let k = k.trim_end_matches('.');
    STAGES.iter().find(|(w, _)| *w == k).map(|(_, s)| *s)
}

/// Splits "Aika: 14.11.2025 klo 9.00" into its label and the rest of the line.
pub fn header_label(line: &str) -> Option<(HeaderLabel, Lang, &str)> {
    let (head, rest) = line.split_once(':')?;
    let k = key(head);
    let (_, label, lang) = HEADER_LABELS.iter().find(|(word, _, _)| *word == k)?;
    Some((*label, *lang, rest.trim()))
}

/// Reads a document-kind line ("MUISTIO", "PÖYTÄKIRJA 3/2025", "Protokoll"): kind, language
/// and number.
pub fn doc_kind_line(line: &str) -> Option<(DocKind, Lang, String)> {
    let line = line.trim().trim_start_matches('#').trim();
    let (word, number) = match line.split_once(char::is_whitespace) {
        Some((w, n))
            if n.trim()
                .chars()
                .all(|c| c.is_ascii_digit() || c == '/' || c == '-' || c == ' ') =>
        {
            (w, n.trim())
        }
        Some(_) => return None,
        None => (line, ""),
    };
    let k = key(word).to_uppercase();
    for lang in Lang::ALL {
        for (i, label) in lang.words().kinds.iter().enumerate() {
            if k == *label {
                let kind = [DocKind::Memo, DocKind::Minutes, DocKind::Agenda][i];
                return Some((kind, lang, number.to_string()));
            }
        }
    }
    let extra = [
        ("KOKOUSMUISTIO", DocKind::Memo, Lang::Fi),
        ("MINNESANTECKNING", DocKind::Memo, Lang::Sv),
        ("NOTES", DocKind::Memo, Lang::En),
        ("MEETING NOTES", DocKind::Memo, Lang::En),
    ];
    extra
        .iter()
        .find(|(w, _, _)| k == *w)
        .map(|(_, kind, lang)| (*kind, *lang, number.to_string()))
}

/// Words that begin a decision when they open a paragraph ("Sovittiin …", "Agreed …").
pub const DECISION_VERBS: &[&str] = &[
    "Sovittiin",
    "Päätettiin",
    "Hyväksyttiin",
    "Beslutades",
    "Beslöts",
    "Man beslutade",
    "Man kom överens",
    "Agreed",
    "It was agreed",
    "Resolved",
    "It was resolved",
    "Decided",
    "It was decided",
];

/// How a sentence about the next meeting opens, in every language, as lower-case words: `*`
/// stands for any one word, `*möte` for any word ending in "möte" ("styrelsemöte", "möte").
/// "Seuraava kokous pidetään 3.5. klo 18", "Hallitus kokoontuu seuraavan kerran …", "Nästa
/// sammanträde hålls …", "The board will next meet on …".
pub const NEXT_MEETING_PHRASES: &[&str] = &[
    "seuraava kokous",
    "seuraava * kokous",
    "seuraava kokoontuminen",
    "seuraava tapaaminen",
    "seuraavan kerran kokoonnutaan",
    "seuraavaksi kokoonnutaan",
    "kokoonnutaan seuraavan kerran",
    "kokoonnutaan seuraavaksi",
    "* kokoontuu seuraavan kerran",
    "* kokoontuu seuraavaksi",
    "nästa *möte",
    "nästa *sammanträde",
    "nästa träff",
    "* sammanträder nästa gång",
    "* sammanträder härnäst",
    "vi ses nästa gång",
    "next meeting",
    "the next meeting",
    "the next * meeting",
    "next * meeting",
    "we will next meet",
    "we next meet",
    "the * will next meet",
    "the * next meets",
];

/// What a block of signatures at the end of formal minutes is about.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SignedBlock {
    /// The chair and the secretary sign ("Vakuudeksi", "Vid protokollet", "Signed").
    Signed,
    /// The checkers check; `stated`: the words say it was done ("Pöytäkirja tarkastettu",
    /// "Justerat", "Checked and approved by"), not that it is to be done ("Justeras").
    Checked { stated: bool },
}

/// The words that open a block of signatures, lower-case, in every language.
const SIGNED_BLOCKS: &[(&str, SignedBlock)] = &[
    ("vakuudeksi", SignedBlock::Signed),
    ("allekirjoitukset", SignedBlock::Signed),
    ("pöytäkirjan vakuudeksi", SignedBlock::Signed),
    ("vid protokollet", SignedBlock::Signed),
    ("underskrifter", SignedBlock::Signed),
    ("signed", SignedBlock::Signed),
    ("signatures", SignedBlock::Signed),
    ("signed by", SignedBlock::Signed),
    ("pöytäkirja tarkastettu", SignedBlock::Checked { stated: true }),
    (
        "pöytäkirja tarkastettu ja hyväksytty",
        SignedBlock::Checked { stated: true },
    ),
    ("pöytäkirja on tarkastettu", SignedBlock::Checked { stated: true }),
    ("tarkastettu", SignedBlock::Checked { stated: true }),
    ("tarkastettu ja hyväksytty", SignedBlock::Checked { stated: true }),
    ("pöytäkirjan tarkastus", SignedBlock::Checked { stated: false }),
    ("pöytäkirjantarkastajat", SignedBlock::Checked { stated: false }),
    ("pöytäkirjan tarkastajat", SignedBlock::Checked { stated: false }),
    ("justeras", SignedBlock::Checked { stated: false }),
    ("justerare", SignedBlock::Checked { stated: false }),
    ("justerat", SignedBlock::Checked { stated: true }),
    ("protokollet justerat", SignedBlock::Checked { stated: true }),
    (
        "protokollet justerat och godkänt",
        SignedBlock::Checked { stated: true },
    ),
    ("justerat och godkänt", SignedBlock::Checked { stated: true }),
    ("minutes checked", SignedBlock::Checked { stated: true }),
    ("checked", SignedBlock::Checked { stated: true }),
    ("checked by", SignedBlock::Checked { stated: true }),
    ("checked and approved by", SignedBlock::Checked { stated: true }),
    ("approved by", SignedBlock::Checked { stated: true }),
    (
        "minutes approved as a correct record",
        SignedBlock::Checked { stated: true },
    ),
    ("approved as a correct record", SignedBlock::Checked { stated: true }),
    (
        "minutes approved as a correct record by",
        SignedBlock::Checked { stated: true },
    ),
    ("minutes checkers", SignedBlock::Checked { stated: false }),
    ("checkers", SignedBlock::Checked { stated: false }),
];

/// The block `line` opens and the rest of the line after its words ("Pöytäkirja tarkastettu
/// Kemijärvi 20.5.2026" → checked, "Kemijärvi 20.5.2026"), the longest words first.
pub fn signed_block(line: &str) -> Option<(SignedBlock, &str)> {
    let lower = line.to_lowercase();
    SIGNED_BLOCKS
        .iter()
        .filter(|(words, _)| {
            lower.starts_with(words)
                && lower[words.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| c == ':' || c == ' ' || c == ',')
        })
        .max_by_key(|(words, _)| words.len())
        .map(|(words, block)| {
            // Lower-casing keeps these words' lengths, so the rest starts where they end.
            let rest = line.get(words.len()..).unwrap_or("");
            (*block, rest.trim_start_matches([':', ',']).trim())
        })
}

/// The part a signer plays, as written under or beside a name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Signer {
    /// The chair, or the secretary.
    Role(Role),
    /// A checker of the minutes.
    Checker,
}

/// Words for a checker, lower-case.
const CHECKER: &[&str] = &[
    "pöytäkirjantarkastaja",
    "pöytäkirjan tarkastaja",
    "tarkastaja",
    "justerare",
    "justeringsperson",
    "justeringsman",
    "checker",
    "minutes checker",
];

/// The part a signer's words name: "puheenjohtaja", "kokouksen sihteeri", "Ordförande",
/// "pöytäkirjantarkastaja", "Chair".
pub fn signer(words: &str) -> Option<Signer> {
    let k = key(words).trim_end_matches(['.', ',']).to_string();
    // A role is a few words, the ones after the first in lower case ("kokouksen puheenjohtaja",
    // not "Marja Lehto, puheenjohtaja").
    let capitals = words
        .split_whitespace()
        .skip(1)
        .any(|w| w.chars().next().is_some_and(char::is_uppercase));
    if k.split_whitespace().count() > 3 || capitals || k.contains([',', '(', ')']) {
        return None;
    }
    if CHECKER.contains(&k.as_str()) {
        return Some(Signer::Checker);
    }
    match k.as_str() {
        "protokollförare" | "minute taker" | "minute-taker" | "pöytäkirjanpitäjä" => {
            Some(Signer::Role(Role::Secretary))
        }
        "mötesordförande" | "kokouksen puheenjohtaja" => Some(Signer::Role(Role::Chair)),
        _ => role_of(&k).map(Signer::Role),
    }
}

/// Whether the sentence of `next` says by itself that it gives the next meeting (else a
/// document writes its label before it): it opens with a phrase, not with the document's own
/// label, and names a day or time.
pub fn next_meeting_stands_alone(next: &crate::model::NextMeeting, lang: Lang) -> bool {
    let plain = next.sentence.to_plain();
    let own_label = plain
        .strip_prefix(lang.words().next_meeting)
        .is_some_and(|r| r.starts_with(':'));
    next_meeting_opening(&plain).is_some() && !own_label && !next.when.is_empty()
}

/// The words of the next-meeting phrase `text` opens with, as written.
pub fn next_meeting_opening(text: &str) -> Option<Vec<&str>> {
    let words: Vec<&str> = text.split_whitespace().take(6).collect();
    // Most paragraphs are not about the next meeting: a phrase is tried only when its first
    // fixed word is where it stands, and the other words are lower-cased only then, once.
    let mut lower: Vec<Option<String>> = vec![None; words.len()];
    let mut fixed_word_fits = |phrase: &&str| {
        let Some((at, fixed)) = phrase.split(' ').enumerate().find(|(_, w)| !w.starts_with('*')) else {
            return true;
        };
        let Some(word) = words.get(at) else { return false };
        let word = lower[at].get_or_insert_with(|| word.to_lowercase());
        word.strip_suffix([':', ',']).unwrap_or(word) == fixed
    };
    let anchored: Vec<&str> = NEXT_MEETING_PHRASES
        .iter()
        .copied()
        .filter(|p| fixed_word_fits(p))
        .collect();
    if anchored.is_empty() {
        return None;
    }
    let lower: Vec<String> = words
        .iter()
        .zip(lower)
        .map(|(word, low)| low.unwrap_or_else(|| word.to_lowercase()))
        .collect();
    anchored.into_iter().find_map(|phrase| {
        let pattern: Vec<&str> = phrase.split(' ').collect();
        let found = words.get(..pattern.len())?;
        let last = pattern.len() - 1;
        let fits = lower.iter().zip(&pattern).enumerate().all(|(i, (word, p))| {
            // Only the phrase's last word may carry its colon or comma.
            let word = match i == last {
                true => word.strip_suffix([':', ',']).unwrap_or(word),
                false => word,
            };
            match p.strip_prefix('*') {
                Some("") => !word.is_empty() && word.chars().all(char::is_alphabetic),
                Some(end) => word.ends_with(end) && word.chars().all(char::is_alphabetic),
                None => word == *p,
            }
        });
        fits.then(|| found.to_vec())
    })
}

/// "Liitteet:", "Bilagor:", "Attachments:": the heading of a list whose every line is an
/// attachment.
pub fn is_attachment_list(text: &str) -> bool {
    text.trim_end().ends_with(':')
        && ["liitteet", "bilagor", "attachments", "appendices", "enclosures"].contains(&key(text).as_str())
}

/// Prepositions before a place ("in the Town Hall", "i Haparanda", "på biblioteket").
pub const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "on", "via", "the", "i", "på"];

/// Words that mark an action as done where its owner and due date stand ("Ida, 5.12., tehty"),
/// in every language.
const DONE: &[&str] = &[
    "tehty",
    "valmis",
    "klar",
    "utförd",
    "gjord",
    "done",
    "completed",
    "complete",
];

/// An action's group of owner and due date without its mark of being done, and whether it had
/// one: "Ida, 5.12., tehty" → ("Ida, 5.12.", true); "tehty" → ("", true). The mark is the last
/// part after a comma, or the whole group.
pub fn done_mark(group: &str) -> (&str, bool) {
    let (head, last) = match group.rsplit_once(',') {
        Some((head, last)) => (head.trim_end(), last.trim()),
        None => ("", group.trim()),
    };
    match DONE.contains(&last.to_lowercase().as_str()) {
        true => (head, true),
        false => (group, false),
    }
}

/// Labels that mark a decision, an action or an attachment, in every language.
pub fn entry_label(head: &str) -> Option<EntryLabel> {
    let k = key(head);
    let labels: &[(&[&str], EntryLabel)] = &[
        (
            &["päätös", "päätökset", "beslut", "decision", "resolution"],
            EntryLabel::Decision,
        ),
        (
            &[
                "tehtävä",
                "toimenpide",
                "åtgärd",
                "uppgift",
                "action",
                "action point",
                "task",
                "to do",
            ],
            EntryLabel::Action,
        ),
        (
            &[
                "liite",
                "liitteet",
                "bilaga",
                "bilagor",
                "attachment",
                "attachments",
                "appendix",
            ],
            EntryLabel::Attachment,
        ),
    ];
    let dissent = match k.as_str() {
        "eriävä mielipide" | "reservation mot beslutet" | "dissent" | "dissenting opinion" | "minority opinion" => {
            Some(EntryLabel::Dissent { needs_who: false })
        }
        // In English a reservation is a booking: without a name it is not a dissent.
        "reservation" => Some(EntryLabel::Dissent { needs_who: true }),
        _ => None,
    };
    let proposal = matches!(
        k.as_str(),
        "päätösehdotus"
            | "ehdotus"
            | "pohjaehdotus"
            | "förslag till beslut"
            | "beslutsförslag"
            | "förslag"
            | "proposal"
            | "proposed decision"
            | "recommendation"
    )
    .then_some(EntryLabel::Proposal);
    let vote = matches!(
        k.as_str(),
        "äänestys" | "omröstning" | "votering" | "vote" | "voting" | "ballot"
    )
    .then_some(EntryLabel::Vote);
    labels
        .iter()
        .find(|(words, _)| words.contains(&k.as_str()))
        .map(|(_, l)| *l)
        .or(dissent)
        .or(vote)
        .or(proposal)
}

/// A label that opens an entry of a particular kind.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum EntryLabel {
    /// "Päätös:".
    Decision,
    /// "Tehtävä:".
    Action,
    /// "Liite:".
    Attachment,
    /// "Päätösehdotus:", "Förslag till beslut:", "Proposal:".
    Proposal,
    /// "Äänestys:", "Omröstning:", "Vote:".
    Vote,
    /// "Eriävä mielipide (Ida):"; `needs_who`: only with a name in parentheses.
    Dissent { needs_who: bool },
}

/// Words that may look like a speaker but are not ("Huom: …", "Esim: …").
pub fn is_not_a_speaker(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "huom",
        "esim",
        "nb",
        "obs",
        "note",
        "ps",
        "lisätietoja",
        "lähde",
        "källa",
        "source",
        "linkki",
        "länk",
        "link",
        "kysymys",
        "vastaus",
        "fråga",
        "svar",
        "question",
        "answer",
        "todettiin",
        "tausta",
        "bakgrund",
        "background",
    ];
    let k = key(word);
    WORDS.contains(&k.as_str()) || header_label(&format!("{word}:")).is_some() || entry_label(word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_by_last_word() {
        assert_eq!(role_of("klusterin puheenjohtaja"), Some(Role::Chair));
        assert_eq!(role_of("varapuheenjohtaja"), None);
        assert_eq!(role_of("Ordförande"), Some(Role::Chair));
        assert_eq!(role_of("kokouksen sihteeri"), Some(Role::Secretary));
        assert_eq!(role_of("elinkeinosihteeri"), None);
        assert_eq!(role_of("Lapin liitto"), None);
    }

    #[test]
    fn document_kind_lines() {
        assert_eq!(doc_kind_line("MUISTIO"), Some((DocKind::Memo, Lang::Fi, String::new())));
        assert_eq!(
            doc_kind_line("PÖYTÄKIRJA 3/2025"),
            Some((DocKind::Minutes, Lang::Fi, "3/2025".into()))
        );
        assert_eq!(
            doc_kind_line("Protokoll"),
            Some((DocKind::Minutes, Lang::Sv, String::new()))
        );
        assert_eq!(doc_kind_line("MUISTIO kokouksesta"), None);
    }

    #[test]
    fn header_labels_in_three_languages() {
        assert_eq!(
            header_label("Aika: 14.11.2025").map(|h| (h.0, h.1, h.2)),
            Some((HeaderLabel::When, Lang::Fi, "14.11.2025"))
        );
        assert_eq!(header_label("Närvarande:").map(|h| h.0), Some(HeaderLabel::Present));
        assert_eq!(header_label("Location: Room 4").map(|h| h.2), Some("Room 4"));
        assert_eq!(header_label("Ida: Paljonko vaatisi"), None);
    }
}
