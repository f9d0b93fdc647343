//! A large meeting, made the same way every time: 64 attendees, 42 items of 15 statements
//! each (630), with decisions, tasks, lists and links, in Finnish as a secretary writes it.
//! Used by the size report and by the benchmark (`bench.rs`, also four times over).

/// The same numbers on every run (a linear congruential generator), so the files compare.
struct Dice(u64);

impl Dice {
    fn number(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below
    }

    /// A statement: who or what, what of it and why, and now and then a figure.
    fn said(&mut self) -> String {
        let mut s = format!("{} {}, {}.", self.pick(&WHO), self.pick(&WHAT), self.pick(&WHY));
        if self.number(3) == 0 {
            let (n, d, m) = (self.number(90) + 3, self.number(28) + 1, self.number(12) + 1);
            let figure = self.pick(&HOW_MUCH).replace("{n}", &n.to_string());
            s = s + " " + &figure.replace("{d}", &d.to_string()).replace("{m}", &m.to_string());
        }
        s
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.number(from.len() as u64) as usize]
    }
}

const FIRST: [&str; 16] = [
    "Aino",
    "Eero",
    "Saana",
    "Oula",
    "Liisa",
    "Tommi",
    "Matti",
    "Ida",
    "Julius",
    "Katariina",
    "Heikki",
    "Päivi",
    "Jussi Olavi",
    "Anne-Mari",
    "Riitta",
    "Marjaana",
];
const LAST: [&str; 12] = [
    "Kallio",
    "Mäkelä",
    "Niemi",
    "Pieski",
    "Ranta",
    "Vaara",
    "Rautio",
    "Tirkkonen",
    "Savukoski",
    "Holopainen",
    "Jokinen",
    "Kuusikko",
];
const PLACES: [&str; 10] = [
    "Lapin liitto",
    "Lapin ELY-keskus",
    "Rovaniemen kaupunki/kulttuuritoimi",
    "Lapin yliopisto",
    "Lapin AMK, FrostBit",
    "Taiteen edistämiskeskus",
    "Arctic Factory",
    "Meri-Lapin työllisyysalue",
    "Pohjois-Pohjanmaan ELY-keskus",
    "Rovaniemen taidemuseo",
];
const ROLES: [&str; 5] = [
    "jäsen",
    "varajäsen",
    "asiantuntija",
    "projektipäällikkö",
    "ennakointivastaava",
];
const TOPICS: [&str; 14] = [
    "Lapin yrittäjyysstrategia 2025–2030+",
    "Luovien alojen rahoitushaut",
    "Kulttuurimatkailun kehittäminen",
    "Elokuvatuotantojen kannustimet",
    "Osaamistarpeiden ennakointi",
    "Pohjoismainen yhteistyö ja rajaesteet",
    "Tapahtumakalenteri 2026",
    "Kuntien kulttuuripalvelut",
    "Saamelaisen kulttuurin näkyvyys",
    "Nuorten työllisyys luovilla aloilla",
    "Tilat ja residenssit",
    "Viestintä ja verkkosivut",
    "Talousarvio ja seuranta",
    "Hankkeiden tilannekatsaus",
];
/// A statement is made of parts, as people speak: who or what, what of it, and why or when —
/// so that sentences recur as often as in real minutes, not word for word forty times over.
const WHO: [&str; 16] = [
    "Kunnat",
    "Ohjausryhmän jäsenet",
    "Alueen yrittäjät",
    "Kulttuuritoimijat",
    "Oppilaitokset",
    "Matkailuyritykset",
    "Työryhmän jäsenet",
    "Rahoittajat",
    "Nuoret tekijät",
    "Museot",
    "Elokuvatuotannot",
    "Seurakunnat ja järjestöt",
    "Pienet toimijat",
    "Kyläyhdistykset",
    "Kirjastot",
    "Festivaalit",
];
const WHAT: [&str; 20] = [
    "ovat nostaneet esille tilojen puutteen",
    "tarvitsevat ennakoitavaa rahoitusta",
    "toivovat selkeämpää työnjakoa",
    "ovat valmistelleet yhteisen hakemuksen",
    "haluavat mukaan pohjoismaiseen yhteistyöhön",
    "kokevat hallinnollisen taakan raskaaksi",
    "ovat saaneet hyvää palautetta kävijöiltä",
    "etsivät harjoittelupaikkoja opiskelijoille",
    "ovat kasvattaneet kävijämääriään",
    "odottavat linjauksia maakunnan strategiasta",
    "kaipaavat tukea viestintään ja markkinointiin",
    "ovat aloittaneet kokeilun etätyöpisteistä",
    "pitävät saamenkielistä palvelua tärkeänä",
    "ovat huolissaan matkakulujen noususta",
    "tekevät yhteistyötä rajan yli",
    "ovat pyytäneet lausuntoa kaupungilta",
    "tarvitsevat osaajia syksyksi",
    "ovat uudistaneet verkkosivunsa",
    "haluavat tapahtumat samaan kalenteriin",
    "suunnittelevat yhteistä residenssiä",
];
const WHY: [&str; 18] = [
    "koska hakuaika on lyhyt",
    "jotta päällekkäisyyksiltä vältytään",
    "ennen kuin talousarvio lyödään lukkoon",
    "sillä kysyntä on kasvanut erityisesti talvella",
    "vaikka resurssit ovat niukat",
    "kunhan rahoitus varmistuu",
    "mikä näkyy myös paikallisten yritysten myynnissä",
    "eikä asiaan ole vielä löytynyt ratkaisua",
    "joten asiaan palataan seuraavassa kokouksessa",
    "ja kokemukset ovat olleet myönteisiä",
    "mutta aikataulu on vielä auki",
    "koska rajaesteet hidastavat työtä",
    "jotta nuoret jäisivät alueelle",
    "ja tästä on tehty selvitys",
    "vaikka kiinnostusta on ollut runsaasti",
    "sillä vuokrat ovat nousseet",
    "kun yhteistyö on vakiintunut",
    "ja tulokset julkaistaan Lapin luotsissa",
];
const HOW_MUCH: [&str; 6] = [
    "Kasvu on ollut noin {n} %.",
    "Summa on {n} 000 euroa.",
    "Mukana on {n} toimijaa.",
    "Vastauksia tuli {n}.",
    "Määräaika on {d}.{m}.2026.",
    "Tapaamisia on ollut {n}.",
];
const ASKED: [&str; 10] = [
    "Miten strategia saadaan todeksi?",
    "Kuka vastaa seurannasta?",
    "Riittääkö rahoitus ensi vuodelle?",
    "Onko tästä tehty selvitystä aiemmin?",
    "Milloin asiasta päätetään?",
    "Voisiko tähän saada [lisätietoa](https://example.org/lisatieto)?",
    "Miten pienet toimijat pääsevät mukaan?",
    "Onko kunnilla tähän resursseja?",
    "Mitä tämä tarkoittaa käytännössä?",
    "Voisiko kokemuksia koota yhteen?",
];
const DECIDED: [&str; 5] = [
    "Päätettiin valmistella yhteinen rahoitushakemus ja tuoda se seuraavaan kokoukseen.",
    "Päätös: Asia merkitään tiedoksi, ja seuranta jatkuu puolivuosittain.",
    "Päätös: Työryhmä kokoaa ehdotukset helmikuun loppuun mennessä.",
    "Päätettiin pyytää kunnilta lausunnot ennen toimenpiteistä päättämistä.",
    "Päätös: Tapahtumakalenteri julkaistaan verkkosivuilla ja sitä päivitetään kuukausittain.",
];
const TASKS: [&str; 5] = [
    "Kokoaa yhteenvedon ja lähettää sen osallistujille kommentoitavaksi.",
    "Selvittää rahoitusmahdollisuudet ja raportoi seuraavassa kokouksessa.",
    "Sopii tapaamisen kuntien kulttuuritoimien kanssa.",
    "Päivittää verkkosivujen tapahtumakalenterin.",
    "Valmistelee kyselyn alan toimijoille.",
];

/// The meeting as Markdown in the real memo's layout.
#[allow(dead_code)] // The size report uses this one; the benchmark the one below.
pub fn large_meeting() -> String {
    large_meeting_times(1)
}

/// The meeting with `scale` times as many items (the same attendees).
pub fn large_meeting_times(scale: usize) -> String {
    let mut dice = Dice(2025);
    let mut s = String::from(
        "Lapin luovien alojen foorumi\n\nMUISTIO\n\nAika: 5.12.2025 klo 9.00–16.00\n\n\
         Paikka: Arktikum, Pohjoisranta 4, Rovaniemi\n\nPaikalla:\n\n",
    );
    let mut people = Vec::new();
    for i in 0..64 {
        let (first, last) = (FIRST[i % FIRST.len()], LAST[(i * 5 + i / 16) % LAST.len()]);
        let role = dice.pick(&ROLES);
        s.push_str(&format!("{first}\t{last}\t{}, {role}\n", dice.pick(&PLACES)));
        people.push(first);
    }
    s.push_str("\nMUISTIO\n\n1. Kokouksen avaus ja osallistujien toteaminen\n\nPuheenjohtaja avasi kokouksen ja todettiin osallistujat.\n\n");
    let last_item = 43 + 42 * (scale.max(1) - 1);
    for item in 2..=last_item {
        s.push_str(&format!("{item}. {}\n\n", TOPICS[item % TOPICS.len()]));
        s.push_str(&format!("{} esitteli asian. {}\n\n", dice.pick(&people), dice.said()));
        for k in 0..15 {
            let who = dice.pick(&people);
            let reply = loop {
                let other = dice.pick(&people);
                if other != who {
                    break other;
                }
            };
            let first = dice.said();
            match k % 3 {
                0 => s.push_str(&format!("{who}: {first} {}\n\n", dice.said())),
                1 => s.push_str(&format!("{who}: {} **{reply}:** {first}\n\n", dice.pick(&ASKED))),
                _ => s.push_str(&format!("{who}: {first} {} {}\n\n", dice.pick(&ASKED), dice.said())),
            }
        }
        if item % 4 == 0 {
            s.push_str("Nostot:\n\n- ensimmäinen nosto\n- toinen, **tärkeämpi** nosto\n- kolmas nosto\n\n");
        }
        s.push_str(&format!("{}\n\n", dice.pick(&DECIDED)));
        let due = match item % 2 {
            0 => format!(", {}.{}.2026", item % 27 + 1, item % 12 + 1),
            _ => String::new(),
        };
        s.push_str(&format!(
            "Tehtävä ({}{due}): {}\n\n",
            dice.pick(&people),
            dice.pick(&TASKS)
        ));
    }
    s.push_str(&format!(
        "{}. Seuraava kokous\n\n25.3.2026 klo 9.00–11.30.\n\nLapin liiton uudet tilat.\n",
        last_item + 1
    ));
    s
}
