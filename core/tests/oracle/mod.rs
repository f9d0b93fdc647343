//! Running the real readers that judge exported files: temporary files, programs that may be
//! missing (then the test says so and passes, unless `MUISTIO_REQUIRE_READERS` is set), Python
//! with a package, LibreOffice with a profile of its own.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// Writes `bytes` to a fresh temporary file named `name`, in a directory of its own.
pub fn temp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "muistio-oracle-{}-{}",
        std::process::id(),
        name.replace('.', "-")
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn required() -> bool {
    std::env::var_os("MUISTIO_REQUIRE_READERS").is_some()
}

/// Runs a reader and returns what it printed; `None` (with a note) when it is not installed
/// and not required. A reader that fails fails the test.
pub fn run(program: &str, args: &[&str]) -> Option<String> {
    let out = run_status(program, args)?;
    assert!(out.0, "{program} {args:?} failed: {}", out.2);
    Some(out.1)
}

/// Runs a reader: (succeeded, standard output, standard error); `None` (with a note) when it is
/// not installed and not required.
pub fn run_status(program: &str, args: &[&str]) -> Option<(bool, String, String)> {
    match Command::new(program).args(args).output() {
        Ok(out) => Some((
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )),
        Err(_) if !required() => {
            eprintln!("{program} is not installed: skipped");
            None
        }
        Err(e) => panic!("{program} is required but could not run: {e}"),
    }
}

/// Python with `package`, or `None` (with a note) when it is missing and not required.
pub fn python_with(package: &str) -> Option<()> {
    let ok = Command::new("python3")
        .args(["-c", &format!("import {package}")])
        .output()
        .is_ok_and(|o| o.status.success());
    match ok {
        true => Some(()),
        false if !required() => {
            eprintln!("python3 with {package} is not installed: skipped");
            None
        }
        false => panic!("python3 with {package} is required"),
    }
}

/// Converts `file` with LibreOffice (headless, its own profile so that tests may run side by
/// side) into `to` ("pdf", "docx", "odt"); returns the new file's path.
pub fn soffice(file: &Path, to: &str) -> Option<PathBuf> {
    let dir = file.parent().unwrap();
    let profile = format!("-env:UserInstallation=file://{}/lo-profile", dir.display());
    let stem = file.file_stem().unwrap().to_str().unwrap().to_string();
    let out_dir = dir.join(format!("out-{to}"));
    run(
        "soffice",
        &[
            &profile,
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            out_dir.to_str().unwrap(),
            file.to_str().unwrap(),
        ],
    )?;
    let out = out_dir.join(format!("{stem}.{to}"));
    assert!(out.exists(), "LibreOffice made no {to} of {}", file.display());
    Some(out)
}

/// The fonts the PDF is made with: regular and bold.
pub fn fonts() -> (Vec<u8>, Vec<u8>) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../style/fonts");
    (
        std::fs::read(format!("{dir}/DejaVuSans.ttf")).unwrap(),
        std::fs::read(format!("{dir}/DejaVuSans-Bold.ttf")).unwrap(),
    )
}

/// Text as compared across readers: only the characters one sees (no white space, no control
/// or format characters such as bidi controls and zero-width spaces), and compatibility forms
/// folded the way some readers fold them ("ﬁ", "…").
pub fn visible(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !c.is_control() && !is_format(*c))
        .collect()
}

/// Unicode format characters (category Cf) that the documents use: bidi controls and marks,
/// zero-width characters, the soft hyphen, the byte order mark.
pub fn is_format(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}' | '\u{61c}')
}
