//! Escaping lines until the reader takes them for what they are.

/// Escapes lines of `block` until no line `breaks` the block and the whole `reads` back as
/// intended. Each line is tried with the mildest escape first: its first colon ("Ida\: …"),
/// all its colons,
/// its first punctuation ("1\. …", "\- …"), then its first character as a character
/// reference ("&#83;ovittiin …"). Escapes never change the text a reader sees.
pub fn settle(block: String, breaks: impl Fn(usize, &str) -> bool, reads: impl Fn(&str) -> bool) -> String {
    if reads(&block) && block.split('\n').enumerate().all(|(i, l)| !breaks(i, l)) {
        return block;
    }
    let mut lines: Vec<String> = block.split('\n').map(String::from).collect();
    for i in 0..lines.len() {
        let whole = lines.join("\n");
        if !breaks(i, &lines[i]) && (i > 0 || reads(&whole)) {
            continue;
        }
        // One escape, or two on top of each other ("\#Päätös\:").
        let once = candidates(&lines[i]);
        let twice = once.iter().flat_map(|c| candidates(c));
        for fixed in once.clone().into_iter().chain(twice) {
            let mut trial = lines.clone();
            trial[i] = fixed;
            if !breaks(i, &trial[i]) && reads(&trial.join("\n")) {
                lines = trial;
                break;
            }
        }
    }
    lines.join("\n")
}

fn candidates(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let escaped_at = |i: usize| line[..i].chars().rev().take_while(|c| *c == '\\').count() % 2 == 1;
    if let Some(i) = line.find(':').filter(|&i| !escaped_at(i)) {
        out.push(format!("{}\\{}", &line[..i], &line[i..]));
    }
    let colons: Vec<usize> = line
        .match_indices(':')
        .map(|(i, _)| i)
        .filter(|&i| !escaped_at(i))
        .collect();
    if colons.len() > 1 {
        let mut all = line.to_string();
        for &i in colons.iter().rev() {
            all.insert(i, '\\');
        }
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

/// A heading text that starts with `#` keeps it as text.
pub fn hash(text: &str) -> String {
    match text.strip_prefix('#') {
        Some(rest) => format!("\\#{rest}"),
        None => text.to_string(),
    }
}
