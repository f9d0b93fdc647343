//! Escaping lines until the reader takes them for what they are.

/// Blocks up to this many lines × bytes are settled line by line, each escape checked against
/// the whole block (a few hundred thousand steps at most); larger ones in bulk.
const CAREFUL: usize = 1 << 18;
/// The most times a large block is read back whole while settling it.
const READINGS: usize = 40;

/// Escapes lines of `block` until no line `breaks` the block and the whole `reads` back as
/// intended. Each line is tried with the mildest escape first: its first colon not yet escaped
/// ("Ida\: …"),
/// all its colons, its first punctuation ("1\. …", "\- …"), then its first character as a
/// character reference ("&#83;ovittiin …"). Escapes never change the text a reader sees.
///
/// Time linear in the block: a large block's lines are escaped all at once, and the block is
/// read back a bounded number of times ([`READINGS`]) to find an escape that changed its reading.
pub fn settle(block: String, breaks: impl Fn(usize, &str) -> bool, reads: impl Fn(&str) -> bool) -> String {
    if reads(&block) && block.split('\n').enumerate().all(|(i, l)| !breaks(i, l)) {
        return block;
    }
    let mut lines: Vec<String> = block.split('\n').map(String::from).collect();
    let careful = lines.len().saturating_mul(block.len()) <= CAREFUL;
    if careful {
        line_by_line(&mut lines, &breaks, &reads);
    } else {
        in_bulk(&mut lines, &breaks, &reads);
    }
    // The block as it is, when it reads as intended and no line of it breaks it.
    let whole = |lines: &[String]| {
        let block = lines.join("\n");
        (reads(&block) && lines.iter().enumerate().all(|(i, l)| !breaks(i, l))).then_some(block)
    };
    if let Some(block) = whole(&lines) {
        return block;
    }
    // A line that reads as intended only while a line after it breaks the block ("**Beslut:
    // **…" over "# …": with the heading escaped, the label opens a decision): every breaking
    // line escaped whatever the block then reads, and the lines settled once more.
    let mut unbroken = lines.clone();
    for (i, line) in unbroken.iter_mut().enumerate() {
        if let Some(fixed) = breaks(i, line).then(|| fixes(line).find(|c| !breaks(i, c))).flatten() {
            *line = fixed;
        }
    }
    if careful {
        line_by_line(&mut unbroken, &breaks, &reads);
    } else if let Some(fixed) = fixes(&unbroken[0]).find(|c| !breaks(0, c) && reads(&with(&unbroken, 0, c))) {
        unbroken[0] = fixed;
    }
    if let Some(block) = whole(&unbroken) {
        return block;
    }
    let settled = lines.join("\n");
    if reads(&settled) {
        return settled;
    }
    // Labels and speakers on more than one line ("**Nimi:**\" over "**): **…") are undone
    // only together: every colon of every line escaped at once.
    let colons: Vec<String> = lines.iter().map(|l| escape_colons(l)).collect();
    let all = colons.join("\n");
    match reads(&all) && colons.iter().enumerate().all(|(i, l)| !breaks(i, l)) {
        true => all,
        false => settled,
    }
}

/// `line` with every colon not escaped already escaped.
fn escape_colons(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 4);
    let mut backslashes = 0;
    for c in line.chars() {
        if c == ':' && backslashes % 2 == 0 {
            out.push('\\');
        }
        backslashes = if c == '\\' { backslashes + 1 } else { 0 };
        out.push(c);
    }
    out
}

/// The escapes to try on a line, mildest first: one, or two on top of each other ("\#Päätös\:").
fn fixes(line: &str) -> impl Iterator<Item = String> {
    let once = candidates(line);
    let twice = once.clone().into_iter().flat_map(|c| candidates(&c));
    once.into_iter().chain(twice)
}

/// The lines with line `i` replaced.
fn with(lines: &[String], i: usize, line: &str) -> String {
    let mut out = String::with_capacity(lines.iter().map(|l| l.len() + 1).sum::<usize>() + line.len());
    for (k, l) in lines.iter().enumerate() {
        if k > 0 {
            out.push('\n');
        }
        out.push_str(if k == i { line } else { l });
    }
    out
}

/// Each line in turn: the first escape that keeps it from breaking the block and with which
/// the whole block still reads as intended.
fn line_by_line(lines: &mut [String], breaks: &impl Fn(usize, &str) -> bool, reads: &impl Fn(&str) -> bool) {
    for i in 0..lines.len() {
        if !breaks(i, &lines[i]) && (i > 0 || reads(&lines.join("\n"))) {
            continue;
        }
        if let Some(fixed) = fixes(&lines[i]).find(|c| !breaks(i, c) && reads(&with(lines, i, c))) {
            lines[i] = fixed;
        }
    }
}

/// The first line as [`line_by_line`] settles it (it decides what the block is); then every
/// other breaking line gets its first escape that keeps it from breaking, all at once. When the
/// block then no longer reads as intended, the escape to blame is found by halving (reading
/// the block with the first half of the escapes, …) and replaced by the next one that fits.
fn in_bulk(lines: &mut [String], breaks: &impl Fn(usize, &str) -> bool, reads: &impl Fn(&str) -> bool) {
    if breaks(0, &lines[0]) || !reads(&lines.join("\n")) {
        if let Some(fixed) = fixes(&lines[0]).find(|c| !breaks(0, c) && reads(&with(lines, 0, c))) {
            lines[0] = fixed;
        }
    }
    let planned: Vec<(usize, String)> = (1..lines.len())
        .filter(|&i| breaks(i, &lines[i]))
        .filter_map(|i| fixes(&lines[i]).find(|c| !breaks(i, c)).map(|c| (i, c)))
        .collect();
    let mut left = READINGS;
    // Whether the block reads as intended; `None` once the readings allowed are used up.
    let mut read = |lines: &[String]| -> Option<bool> {
        left = left.checked_sub(1)?;
        Some(reads(&lines.join("\n")))
    };
    let mut done = 0;
    while done < planned.len() {
        let originals = swap_in(lines, &planned[done..]);
        if read(lines) != Some(false) {
            return;
        }
        swap_back(lines, &planned[done..], originals);
        if read(lines) != Some(true) {
            // Without them it does not read as intended either: nothing to protect.
            swap_in(lines, &planned[done..]);
            return;
        }
        // The block reads with the escapes before `good` and not with those up to `bad`.
        let (mut good, mut bad) = (done, planned.len());
        while bad - good > 1 {
            let mid = (good + bad) / 2;
            let originals = swap_in(lines, &planned[good..mid]);
            match read(lines) {
                Some(true) => good = mid,
                Some(false) => {
                    swap_back(lines, &planned[good..mid], originals);
                    bad = mid;
                }
                None => {
                    swap_in(lines, &planned[mid..]);
                    return;
                }
            }
        }
        // The escape of line `i` changes the reading: its next escape that fits, or none (the
        // line then breaks the block, as a line no escape fits does).
        let i = planned[good].0;
        let line = lines[i].clone();
        for fixed in fixes(&line).filter(|c| !breaks(i, c)).skip(1) {
            lines[i] = fixed;
            match read(lines) {
                Some(true) => break,
                Some(false) => lines[i] = line.clone(),
                None => {
                    swap_in(lines, &planned[good..]);
                    return;
                }
            }
        }
        done = good + 1;
    }
}

/// Puts the planned escapes in; returns the lines they replaced.
fn swap_in(lines: &mut [String], planned: &[(usize, String)]) -> Vec<String> {
    planned
        .iter()
        .map(|(i, fixed)| std::mem::replace(&mut lines[*i], fixed.clone()))
        .collect()
}

/// Puts back the lines [`swap_in`] replaced.
fn swap_back(lines: &mut [String], planned: &[(usize, String)], originals: Vec<String>) {
    for ((i, _), original) in planned.iter().zip(originals) {
        lines[*i] = original;
    }
}

fn candidates(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let escaped_at = |i: usize| line[..i].chars().rev().take_while(|c| *c == '\\').count() % 2 == 1;
    let colons: Vec<usize> = line
        .match_indices(':')
        .map(|(i, _)| i)
        .filter(|&i| !escaped_at(i))
        .collect();
    // The first colon not escaped already ("**\:**: …" is still a statement until its second is).
    if let Some(&i) = colons.first() {
        out.push(format!("{}\\{}", &line[..i], &line[i..]));
    }
    if colons.len() > 1 {
        let mut all = String::with_capacity(line.len() + colons.len());
        let mut from = 0;
        for &i in &colons {
            all.push_str(&line[from..i]);
            all.push('\\');
            from = i;
        }
        all.push_str(&line[from..]);
        out.push(all);
    }
    if let Some((i, c)) = line.char_indices().find(|(_, c)| c.is_ascii_punctuation()) {
        if c != '\\' && !escaped_at(i) {
            out.push(format!("{}\\{}", &line[..i], &line[i..]));
        }
    }
    if let Some(c) = line.chars().next() {
        out.push(format!("&#{};{}", u32::from(c), &line[c.len_utf8()..]));
    }
    out
}

/// A line the reader takes for the underline of the line above it (three or more `-` or `=`).
pub fn underline(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 3 && (t.chars().all(|c| c == '-') || t.chars().all(|c| c == '='))
}

/// A heading text that starts with `#` keeps it as text.
pub fn hash(text: &str) -> String {
    match text.strip_prefix('#') {
        Some(rest) => format!("\\#{rest}"),
        None => text.to_string(),
    }
}
