//! The modules of the core depend on each other in one direction only: each may use the ones
//! below it in `LAYERS` and none above (ARCHITECTURE.md says why each stands where it does).
//! A `use crate::…` of a module above fails this test, naming the file. Test modules are held
//! to it too: a test that needs a reader to make a writer's input lives in `core/tests/`.

use std::collections::BTreeSet;
use std::path::Path;

/// The core's modules, lowest first; modules in one row do not use each other.
const LAYERS: &[&[&str]] = &[
    &["model", "sort"],
    &["inline", "labels"],
    &["error", "zip", "xml"],
    &["format"],
    &["import"],
    &["check"],
    &["export"],
    &["edit"],
    &["register"],
    &["store"],
    &["came_back"],
];

fn rank(module: &str) -> Option<usize> {
    LAYERS.iter().position(|row| row.contains(&module))
}

/// The file's text without comments.
fn code(text: &str) -> String {
    text.lines()
        .map(|l| l.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level modules a file names through `crate::`.
fn uses(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + 7..];
        let names: Vec<&str> = match rest.strip_prefix('{') {
            Some(group) => group[..group.find('}').unwrap_or(group.len())].split(',').collect(),
            None => vec![rest],
        };
        for name in names {
            let name: String = name
                .trim()
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.insert(name);
            }
        }
    }
    out
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("the source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_module_uses_only_the_ones_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    let mut wrong = Vec::new();
    let mut seen = BTreeSet::new();
    for path in all {
        let relative = path.strip_prefix(&src).unwrap();
        let top = relative
            .iter()
            .next()
            .unwrap()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        if top == "lib" {
            continue;
        }
        let Some(own) = rank(&top) else {
            wrong.push(format!(
                "{}: the module `{top}` has no place in LAYERS",
                relative.display()
            ));
            continue;
        };
        seen.insert(top.clone());
        for used in uses(&code(&std::fs::read_to_string(&path).unwrap())) {
            match rank(&used) {
                Some(r) if r < own || used == top => {}
                Some(_) => wrong.push(format!(
                    "{}: `{top}` uses `{used}`, which stands above or beside it",
                    relative.display()
                )),
                None => wrong.push(format!("{}: `{used}` has no place in LAYERS", relative.display())),
            }
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
    let listed: BTreeSet<String> = LAYERS.iter().flat_map(|r| r.iter().map(|m| m.to_string())).collect();
    assert_eq!(seen, listed, "every module listed exists, and every module is listed");
}

#[test]
fn the_scan_sees_grouped_and_plain_uses() {
    let found = uses("use crate::{edit, import::body};\nlet x = crate::model::Id(1);");
    assert_eq!(
        found,
        BTreeSet::from(["edit".to_string(), "import".to_string(), "model".to_string()])
    );
    assert!(uses(&code("// crate::store is above")).is_empty());
}
