//! The signature and checking blocks that end formal minutes, as people write them: two
//! columns ("Puheenjohtaja⇥Sihteeri" over "Helmi Korhonen⇥Sirpa Heikkilä"), one signer a line
//! ("Helmi Korhonen" over "puheenjohtaja", or "Helmi Korhonen, puheenjohtaja"), with or
//! without lines to sign on, under "Vakuudeksi", "Vid protokollet", "Signed", "Pöytäkirja
//! tarkastettu ja hyväksytty", "Justerat:", "Checked and approved by", with the place and date
//! of checking ("Kemijärvellä 20.5.2026").
//!
//! What a block says goes where Muistio keeps it: the chair's and the secretary's roles on the
//! attendees, the checkers with where and when they checked in the approval, the stage checked
//! when the block says so. A block that cannot be understood whole stays as text.

mod lines;

pub use lines::is_line;
use lines::{line, Cell, Line};

use crate::labels::{self, Role, SignedBlock, Signer};
use crate::model::{Attendee, Date, DocKind, Ids, Minutes, Stage};

/// The most lines at the end of a document looked at for signatures.
const REACH: usize = 60;

/// What one block says: who signs as what, names without a role, where and when.
#[derive(Default, Debug)]
struct Said {
    block: Option<SignedBlock>,
    signed: Vec<(String, Signer)>,
    unnamed: Vec<String>,
    place_dates: Vec<(String, Date)>,
}

impl Said {
    fn take(&mut self, row: &[Cell], pending: &mut Vec<Cell>) {
        let all = |f: fn(&Cell) -> bool| !row.is_empty() && row.iter().all(f);
        let names = |c: &Cell| matches!(c, Cell::Name(_));
        let roles = |c: &Cell| matches!(c, Cell::Role(_));
        let pairs_with = |p: &[Cell], names_first: bool| {
            p.len() == row.len() && p.iter().all(if names_first { names } else { roles })
        };
        if all(roles) && pairs_with(pending, true) || all(names) && pairs_with(pending, false) {
            for (a, b) in std::mem::take(pending).iter().zip(row) {
                if let (Cell::Name(n), Cell::Role(r)) | (Cell::Role(r), Cell::Name(n)) = (a, b) {
                    self.signed.push((n.clone(), *r));
                }
            }
            return;
        }
        self.flush(pending);
        if all(roles) || all(names) {
            *pending = row.to_vec();
            return;
        }
        // A row of names each followed by its role, names with roles, places and dates.
        let mut i = 0;
        while i < row.len() {
            match (&row[i], row.get(i + 1)) {
                (Cell::Name(n), Some(Cell::Role(r))) => {
                    self.signed.push((n.clone(), *r));
                    i += 1;
                }
                (Cell::Signed(n, r), _) => self.signed.push((n.clone(), *r)),
                (Cell::PlaceDate(p, d), _) => self.place_dates.push((p.clone(), *d)),
                (Cell::Name(n), _) => self.unnamed.push(n.clone()),
                (Cell::Role(_), _) => {}
            }
            i += 1;
        }
    }

    fn flush(&mut self, pending: &mut Vec<Cell>) {
        for c in std::mem::take(pending) {
            if let Cell::Name(n) = c {
                self.unnamed.push(n);
            }
        }
    }
}

/// The blocks of a signature section: each from its opening words (or from the start) to the
/// next, with the range of lines it spans.
fn blocks(lines: &[Option<Line>]) -> Vec<(std::ops::Range<usize>, Said)> {
    let mut out: Vec<(std::ops::Range<usize>, Said)> = Vec::new();
    let mut pending = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let opens = matches!(l, Some(Line::Opens(..)));
        if out.is_empty() || opens {
            if let Some((_, said)) = out.last_mut() {
                said.flush(&mut pending);
            }
            out.push((i..i, Said::default()));
        }
        let (range, said) = out.last_mut().expect("a block was just begun");
        range.end = i + 1;
        match l {
            Some(Line::Opens(block, rest)) => {
                said.block = Some(*block);
                said.take(rest, &mut pending);
            }
            Some(Line::Row(row)) => said.take(row, &mut pending),
            Some(Line::Rule) | None => {}
        }
    }
    if let Some((_, said)) = out.last_mut() {
        said.flush(&mut pending);
    }
    out
}

/// Reads the signature section at the end of `lines` (the body of formal minutes) into `doc`,
/// and returns the lines left to read as the body: those before it, and the blocks of it that
/// could not be understood whole. `stage_said`: the header gave the stage, which then stands.
pub fn read<'a>(lines: &[&'a str], doc: &mut Minutes, ids: &mut Ids, stage_said: bool) -> Vec<&'a str> {
    let Some(Section { start, left }) = section(lines, doc, ids, stage_said) else {
        return lines.to_vec();
    };
    let mut kept: Vec<&str> = lines[..start].to_vec();
    for span in left {
        // A block kept after one taken away begins a paragraph of its own.
        if kept.last().is_some_and(|l| !l.trim().is_empty()) {
            kept.push("");
        }
        kept.extend(&lines[span]);
    }
    kept
}

/// Where the signatures begin in the lines read, and the runs of lines from there on that
/// were not understood and stay text.
pub struct Section {
    pub start: usize,
    pub left: Vec<std::ops::Range<usize>>,
}

/// Reads the signature section at the end of `lines` into `doc`, as [`read`] does, and says
/// where it was; `None` when nothing was taken.
pub fn section(lines: &[&str], doc: &mut Minutes, ids: &mut Ids, stage_said: bool) -> Option<Section> {
    if doc.header.kind != DocKind::Minutes {
        return None;
    }
    let meeting = doc.header.when.date;
    let from = lines.len().saturating_sub(REACH);
    let mut start = lines.len();
    while start > from {
        let l = lines[start - 1];
        let after_break = start >= 2 && lines[start - 2].trim_end().ends_with('\\');
        if after_break || !(l.trim().is_empty() || line(l, meeting).is_some()) {
            break;
        }
        start -= 1;
    }
    if start == lines.len() {
        return None;
    }
    let section: Vec<Option<Line>> = lines[start..].iter().map(|l| line(l, meeting)).collect();
    let left: Vec<std::ops::Range<usize>> = blocks(&section)
        .into_iter()
        .filter(|(_, said)| !apply(said, doc, ids, stage_said))
        .map(|(range, _)| start + range.start..start + range.end)
        .collect();
    let untouched = left.first().is_some_and(|r| r.start == start)
        && left.iter().map(|r| r.len()).sum::<usize>() == lines.len() - start;
    (!untouched).then_some(Section { start, left })
}

/// Puts what a block says into `doc`, or changes nothing and returns false when the block
/// cannot be understood whole or disagrees with what the document already says.
fn apply(said: &Said, doc: &mut Minutes, ids: &mut Ids, stage_said: bool) -> bool {
    let checked = matches!(said.block, Some(SignedBlock::Checked { .. }));
    let mut signed = said.signed.clone();
    for n in &said.unnamed {
        match said.block {
            Some(SignedBlock::Checked { .. }) => signed.push((n.clone(), Signer::Checker)),
            // "Vid protokollet" over a name alone: the secretary's.
            Some(SignedBlock::Signed) if said.unnamed.len() == 1 => {
                signed.push((n.clone(), Signer::Role(Role::Secretary)))
            }
            _ => return false,
        }
    }
    let meaningful = said.block.is_some() || !signed.is_empty();
    // A place and date belong to the checking; elsewhere Muistio has no place for them.
    if !meaningful || said.place_dates.len() > 1 || (!checked && !said.place_dates.is_empty()) {
        return false;
    }
    let before = (doc.attendees.clone(), doc.header.approval.clone());
    let ok = put(&signed, said, doc, ids, stage_said);
    if !ok {
        (doc.attendees, doc.header.approval) = before;
    }
    ok
}

fn same(a: &str, b: &str) -> bool {
    a.split_whitespace()
        .map(str::to_lowercase)
        .eq(b.split_whitespace().map(str::to_lowercase))
}

fn put(signed: &[(String, Signer)], said: &Said, doc: &mut Minutes, ids: &mut Ids, stage_said: bool) -> bool {
    let lang = doc.header.lang;
    let mut checkers: Vec<String> = Vec::new();
    for (name, signer) in signed {
        let role = match signer {
            Signer::Checker => {
                checkers.push(name.clone());
                continue;
            }
            Signer::Role(role) => *role,
        };
        let has = |a: &Attendee| a.organisations.iter().any(|o| labels::role_of(o) == Some(role));
        let found = doc.attendees.iter().position(|a| same(&a.full_name(), name));
        let other = doc
            .attendees
            .iter()
            .enumerate()
            .any(|(i, a)| Some(i) != found && has(a));
        if other {
            return false;
        }
        match found {
            Some(i) => doc.attendees[i].set_role(role, true, lang),
            None => {
                let (first, last) = name.rsplit_once(' ').unwrap_or((name.as_str(), ""));
                let mut a = Attendee::new(ids.next_id(), first, last);
                a.set_role(role, true, lang);
                // Present attendees come first, as every document lists them.
                let at = doc
                    .attendees
                    .iter()
                    .position(|a| a.absent)
                    .unwrap_or(doc.attendees.len());
                doc.attendees.insert(at, a);
            }
        }
    }
    let approval = &mut doc.header.approval;
    if !checkers.is_empty() {
        let agree = approval.checkers.len() == checkers.len()
            && checkers.iter().all(|c| approval.checkers.iter().any(|a| same(a, c)));
        match approval.checkers.is_empty() {
            true => approval.checkers = checkers.clone(),
            false if agree => {}
            false => return false,
        }
    }
    if let Some((place, date)) = said.place_dates.first() {
        let empty = approval.place.is_empty() && approval.date.is_none();
        if empty {
            (approval.place, approval.date) = (place.clone(), Some(*date));
        } else if !(same(&approval.place, place) && approval.date == Some(*date)) {
            return false;
        }
    }
    let stated = said.block == Some(SignedBlock::Checked { stated: true });
    if stated && !stage_said && approval.stage == Stage::Draft && approval.date.is_some() && !checkers.is_empty() {
        approval.stage = Stage::Checked;
    }
    true
}
