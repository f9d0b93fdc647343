use super::*;

fn names_of(t: &Tally) -> Vec<&str> {
    t.names.iter().map(String::as_str).collect()
}

#[test]
fn a_vote_on_lines_of_its_own() {
    let v = read(
        "nimenhuutoäänestys",
        "Leirin siirtäminen syyskuulle\nPuolesta 3: Helmi Korhonen, Aleksi Niskala ja Juho Kangas\n\
         Vastaan (1): Sirpa Heikkilä\nTyhjää 0\nTulos: Ehdotus hyväksyttiin äänin 3–1.",
    )
    .unwrap();
    assert_eq!(v.method, "nimenhuutoäänestys");
    assert_eq!(v.question.to_plain(), "Leirin siirtäminen syyskuulle");
    assert_eq!(names_of(&v.ayes), ["Helmi Korhonen", "Aleksi Niskala", "Juho Kangas"]);
    assert_eq!((v.noes.count, names_of(&v.noes)), (1, vec!["Sirpa Heikkilä"]));
    assert_eq!(v.abstained, Tally::default());
    assert_eq!(v.result.to_plain(), "Ehdotus hyväksyttiin äänin 3–1.");
}

#[test]
fn a_vote_run_together_in_each_language() {
    let v = read("", "Hallituksen esitys. Jaa 5, Ei 2, Tyhjiä 1").unwrap();
    assert_eq!(v.question.to_plain(), "Hallituksen esitys.");
    assert_eq!((v.ayes.count, v.noes.count, v.abstained.count), (5, 2, 1));
    let v = read(
        "handuppräckning",
        "Förslaget att höja avgiften För 4 röster, Emot 3 röster, Avstod 0 Resultat: Förslaget antogs.",
    )
    .unwrap();
    assert_eq!((v.ayes.count, v.noes.count, v.abstained.count), (4, 3, 0));
    assert_eq!(v.result.to_plain(), "Förslaget antogs.");
    let v = read(
        "show of hands",
        "To adopt the budget\nIn favour (6)\nAgainst: Tom Reed and Ann Lee\nAbstentions: 1\nOutcome: Carried.",
    )
    .unwrap();
    assert_eq!(v.ayes.count, 6);
    assert_eq!(names_of(&v.noes), ["Tom Reed", "Ann Lee"]);
    assert_eq!(
        v.abstained.count, 1,
        "a count after the colon is read as names: {:?}",
        v.abstained
    );
}

#[test]
fn a_vote_in_paragraphs_of_its_own() {
    let mut v = read("", "Budjetin hyväksyminen").unwrap();
    assert!(continue_with(&mut v, "Puolesta: Ida, Tomi"));
    assert!(continue_with(&mut v, "Vastaan 1: Minna\nTyhjää 0"));
    assert!(continue_with(&mut v, "Tulos: Hyväksyttiin."));
    assert!(!continue_with(&mut v, "Puolesta: Eero"), "a part given twice");
    assert!(!continue_with(&mut v, "Ida: Kannatan."), "no part at the start");
    assert_eq!(
        (v.ayes.count, v.noes.count, v.result.to_plain().as_str()),
        (2, 1, "Hyväksyttiin.")
    );
}

#[test]
fn words_that_only_look_like_labels_stay_text() {
    let v = read("", "Ei kannatettu ehdotus, jaa ei ole selvä\nPuolesta: Ida").unwrap();
    assert_eq!(v.question.to_plain(), "Ei kannatettu ehdotus, jaa ei ole selvä");
    assert_eq!(names_of(&v.ayes), ["Ida"]);
    assert!(
        read("", "Puolesta 2\nPuolesta 3").is_none(),
        "a part twice is not a vote"
    );
    let v = read("", "&#80;uolesta 3 on enemmistö").unwrap();
    assert_eq!(v.question.to_plain(), "Puolesta 3 on enemmistö");
}
