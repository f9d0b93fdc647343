//! A large meeting, made the same way every time: 64 attendees, 42 items of 15 statements
//! each (630), with decisions, tasks, lists and links, in Finnish as a secretary writes it.

/// The same numbers on every run (a linear congruential generator), so the files compare.
struct Dice(u64);

impl Dice {
    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        from[(self.0 >> 33) as usize % from.len()]
    }
}

const FIRST: [&str; 16] = [
    "Aino", "Eero", "Saana", "Oula", "Liisa", "Tommi", "Matti", "Ida", "Julius", "Katariina", "Heikki", "Päivi",
    "Jussi Olavi", "Anne-Mari", "Riitta", "Marjaana",
];
const LAST: [&str; 12] = [
    "Kallio", "Mäkelä", "Niemi", "Pieski", "Ranta", "Vaara", "Rautio", "Tirkkonen", "Savukoski", "Holopainen",
    "Jokinen", "Kuusikko",
];
const PLACES: [&str; 10] = [
    "Lapin liitto", "Lapin ELY-keskus", "Rovaniemen kaupunki/kulttuuritoimi", "Lapin yliopisto", "Lapin AMK, FrostBit",
    "Taiteen edistämiskeskus", "Arctic Factory", "Meri-Lapin työllisyysalue", "Pohjois-Pohjanmaan ELY-keskus",
    "Rovaniemen taidemuseo",
];
const ROLES: [&str; 5] = ["jäsen", "varajäsen", "asiantuntija", "projektipäällikkö", "ennakointivastaava"];
const TOPICS: [&str; 14] = [
    "Lapin yrittäjyysstrategia 2025–2030+", "Luovien alojen rahoitushaut", "Kulttuurimatkailun kehittäminen",
    "Elokuvatuotantojen kannustimet", "Osaamistarpeiden ennakointi", "Pohjoismainen yhteistyö ja rajaesteet",
    "Tapahtumakalenteri 2026", "Kuntien kulttuuripalvelut", "Saamelaisen kulttuurin näkyvyys",
    "Nuorten työllisyys luovilla aloilla", "Tilat ja residenssit", "Viestintä ja verkkosivut",
    "Talousarvio ja seuranta", "Hankkeiden tilannekatsaus",
];
const SAID: [&str; 14] = [
    "Strategian toimeenpano edellyttää, että kunnat sitoutuvat yhteisiin tavoitteisiin ja niille varataan resurssit.",
    "Luovilla aloilla on ollut vaikeaa saada tukea, koska toimijat ovat pieniä ja hajallaan eri puolilla maakuntaa.",
    "Rajaesteet hidastavat yhteistyötä Ruotsin ja Norjan kanssa – samanlaiset arvot ja työtavat olisivat jo olemassa.",
    "Hankkeen väliraportti on valmistunut, ja sen mukaan tavoitteet on saavutettu lähes kaikilta osin.",
    "Kävijämäärät kasvoivat syksyllä noin 12 %, mikä näkyy myös paikallisten yritysten myynnissä.",
    "Rahoitushaku avautuu tammikuussa; hakemukset kannattaa valmistella yhdessä, jotta päällekkäisyyksiä ei synny.",
    "Nuorten ohjauksessa tarvitaan tietoa siitä, millaisia töitä alalla on tarjolla viiden vuoden päästä.",
    "Tilojen vuokrat ovat nousseet, ja osa ateljeista on jouduttu sulkemaan kesän jälkeen.",
    "Saamenkielinen opastus on tärkeää – Anárin ja Ohcejohkan kävijät ovat kysyneet sitä useaan otteeseen.",
    "Ennakointityön tulokset julkaistaan Lapin luotsissa, josta ne löytyvät myös tallenteina.",
    "Sopimuksellisuutta ei voida luvata, mutta yhteistyötä voidaan tiivistää olemassa olevien verkostojen kautta.",
    "Tapahtumien ajoitus kannattaa sopia yhdessä, ettei samalle viikonlopulle osu kolmea suurta tapahtumaa.",
    "Viestinnässä pitäisi kertoa enemmän onnistumisista, jotta päättäjät näkevät alan merkityksen.",
    "Budjetti pysyy raameissa, mutta matkakuluihin varattu summa on jo lähes käytetty.",
];
const ASKED: [&str; 6] = [
    "Miten strategia saadaan todeksi?", "Kuka vastaa seurannasta?", "Riittääkö rahoitus ensi vuodelle?",
    "Onko tästä tehty selvitystä aiemmin?", "Milloin asiasta päätetään?", "Voisiko tähän saada [lisätietoa](https://example.org/lisatieto)?",
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
pub fn large_meeting() -> String {
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
    for item in 2..=43 {
        s.push_str(&format!("{item}. {}\n\n", TOPICS[item % TOPICS.len()]));
        s.push_str(&format!("{} esitteli asian. {}\n\n", dice.pick(&people), dice.pick(&SAID)));
        for k in 0..15 {
            let who = dice.pick(&people);
            let reply = dice.pick(&people);
            match k % 3 {
                0 => s.push_str(&format!("{who}: {} {}\n\n", dice.pick(&SAID), dice.pick(&SAID))),
                1 => s.push_str(&format!("{who}: {} **{reply}:** {}\n\n", dice.pick(&ASKED), dice.pick(&SAID))),
                _ => s.push_str(&format!("{who}: {} {} {}\n\n", dice.pick(&SAID), dice.pick(&ASKED), dice.pick(&SAID))),
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
        s.push_str(&format!("Tehtävä ({}{due}): {}\n\n", dice.pick(&people), dice.pick(&TASKS)));
    }
    s.push_str("44. Seuraava kokous\n\n25.3.2026 klo 9.00–11.30.\n\nLapin liiton uudet tilat.\n");
    s
}
