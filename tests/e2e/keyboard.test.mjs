// A secretary writes a whole memo of the real memo's shape with the keyboard alone, in Finnish
// and in Swedish; the page reloads half-way, and the exported Markdown is exactly the memo meant.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setup, openApp, downloadButton, audit, fixtures } from './harness.mjs';

const env = setup();

/** How the secretary writes, in each interface language: the words on the screen and the memo. */
const SECRETARIES = [
  {
    locale: 'fi-FI', fixture: 'hallitus-muistio.md', kind: 'MUISTIO', heading: 'Muistio',
    skip: 'Jatka kirjoittamista', newMemo: 'Uusi muistio', title: 'Kokouksen nimi', date: 'Päivämäärä', place: 'Paikka',
    addPerson: 'Lisää osallistuja', absent: 'Poissa: Matti Rautio', newItem: 'Uusi kohta', entryBox: 'Uusi merkintä kohtaan',
    download: 'Lataa Markdown', bar: 'Muistion työkalut', undo: 'Kumoa',
    header: async (kb, tab) => {
      await kb.type('Pohjoisen valokuvakeskuksen hallituksen kokous');
      // Past the kind, number, subtitle and language to the date.
      await tab(5);
      return ['3.2.2026', '17.30', '19.15', 'kokoushuone Revontuli, Koskikatu 12 A (Kulttuuritalo), Rovaniemi'];
    },
    people: [
      'Aino Kallio, Pohjoisen valokuvakeskus ry, hallituksen puheenjohtaja',
      'Eero Juhani Mäkelä, Lapin ammattikorkeakoulu, mediakoulutus',
      'Saana Niemi, Rovaniemen kaupunki/kulttuuripalvelut, sihteeri',
      'Oula Pieski, Sámi Duodji ry, Giellagáldu, Anár ja Ohcejohka',
      'Liisa Ranta, Taidekeskus Kaira',
      'Tommi Vaara',
      'Matti Rautio, Arktinen Media Oy',
    ],
    reloadAt: '4. ', backIn: 3,
    file: '2026-02-03 Pohjoisen valokuvakeskuksen hallituksen kokous - muistio.md',
  },
  {
    // A Swedish protokoll: the document type and number chosen with the arrow keys and typed.
    locale: 'sv-FI', fixture: 'styrelse-protokoll.md', kind: 'PROTOKOLL 2/2026', heading: 'Muistio',
    skip: 'Fortsätt skriva', newMemo: 'Nya anteckningar', title: 'Mötets namn', date: 'Datum', place: 'Plats',
    addPerson: 'Lägg till deltagare', absent: 'Frånvarande: Erik Sundström', newItem: 'Ny punkt', entryBox: 'Ny anteckning i punkt',
    download: 'Ladda ner Markdown', bar: 'Anteckningarnas verktyg', undo: 'Ångra',
    formal: true,
    header: async (kb, tab) => {
      await kb.type('Nordiska fotoföreningens styrelsemöte');
      await tab();
      await kb.press('ArrowDown');
      await tab();
      await kb.type('2/2026');
      // Past the subtitle and the language to the date.
      await tab(3);
      return ['3.2.2026', '17.30', '19.15', 'mötesrum Norrsken, Strandgatan 4, Vasa'];
    },
    people: [
      'Anna Lindqvist, Nordiska fotoföreningen rf, ordförande',
      'Johan Bäck, Yrkeshögskolan Novia',
      'Maria Holm, Vasa stad, sekreterare',
      'Erik Sundström',
    ],
    reloadAt: '3. ', backIn: 2,
    file: '2026-02-03 Nordiska fotoföreningens styrelsemöte - protokoll.md',
  },
];

/** The memo's body as the secretary types it: one entry per Enter, items started with "N. Title". */
function bodyLines(expected, kind) {
  const body = expected.split(`\n${kind}\n\n`)[2];
  const blocks = body.trim().split('\n\n');
  // Consecutive bullets are typed one by one; each Enter adds one.
  return blocks.flatMap((b) => (b.startsWith('- ') ? b.split('\n') : [b]));
}

for (const s of SECRETARIES) {
  test(`a whole memo typed with the keyboard alone in ${s.locale}, through a reload, exports exactly`, async () => {
    const expected = readFileSync(path.join(fixtures, s.fixture), 'utf8');
    const context = await env.browser.newContext({ acceptDownloads: true, locale: s.locale });
    const { page, errors } = await openApp(context, env.server.url);
    const kb = page.keyboard;
    const tab = async (n = 1) => { for (let i = 0; i < n; i++) await kb.press('Tab'); };
    const focusedLabel = () => page.evaluate(() => {
      const el = document.activeElement;
      return el?.getAttribute('aria-label') ?? el?.labels?.[0]?.textContent?.trim() ?? el?.textContent?.trim();
    });

    // Start a new memo: from the top of the page, the skip link leads to "new" when nothing is open.
    await tab(1);
    assert.equal(await focusedLabel(), s.skip, 'the skip link comes first');
    await kb.press('Enter');
    assert.equal(await focusedLabel(), s.newMemo, 'with no memo open, it leads to a new one');
    await kb.press('Enter');
    assert.equal(await focusedLabel(), s.title);

    // Header: title (and kind and number), then the date, times and place.
    const [date, start, end, place] = await s.header(kb, tab);
    assert.equal(await focusedLabel(), s.date);
    await kb.press('Control+A');
    await kb.type(date);
    await tab();
    await kb.type(start);
    await tab();
    await kb.type(end);
    // Past the time zone (left empty) to the place.
    await tab(2);
    assert.equal(await focusedLabel(), s.place);
    await kb.type(place);

    // Attendees, one per Enter in the add field (formal minutes first pass their folded fields).
    await tab(s.formal ? 2 : 1);
    assert.equal(await focusedLabel(), s.addPerson);
    for (const person of s.people) {
      await kb.type(person);
      await kb.press('Enter');
    }
    // The last one was away: back from the add field over the row's three buttons to "absent".
    for (let i = 0; i < 4; i++) await kb.press('Shift+Tab');
    assert.equal(await focusedLabel(), s.absent);
    await kb.press('Space');

    // The first item: past the row's buttons and the add field, Tab leads to the new-item field.
    await tab(6);
    assert.equal(await focusedLabel(), s.newItem);
    const lines = bodyLines(expected, s.kind);
    await kb.type(lines.shift().replace(/^1\. /, ''));
    await kb.press('Enter');
    assert.equal(await focusedLabel(), `${s.entryBox} 1`);

    // Every entry typed into the entry box; "N. Title" starts the next item and moves there.
    let reloaded = false;
    for (const line of lines) {
      if (!reloaded && line.startsWith(s.reloadAt)) {
        // Half-way: the page reloads (a tab crash, a closed laptop lid…).
        await page.waitForTimeout(1000);
        await page.reload();
        await page.getByRole('heading', { level: 1, name: s.heading }).waitFor();
        await tab(1);
        assert.equal(await focusedLabel(), s.skip);
        await kb.press('Enter');
        assert.equal(await focusedLabel(), `${s.entryBox} ${s.backIn}`, 'back in the last item after the reload');
        // Alt+Page Up and Alt+Page Down jump between the items' entry boxes, Alt+Enter stays.
        await kb.press('Alt+PageUp');
        assert.equal(await focusedLabel(), `${s.entryBox} ${s.backIn - 1}`, 'Alt+Page Up: the previous item');
        await kb.press('Alt+Enter');
        assert.equal(await focusedLabel(), `${s.entryBox} ${s.backIn - 1}`, 'Alt+Enter: this item');
        await kb.press('Alt+PageDown');
        assert.equal(await focusedLabel(), `${s.entryBox} ${s.backIn}`, 'Alt+Page Down: back to the next');
        reloaded = true;
      }
      await kb.type(line);
      await kb.press('Enter');
    }
    assert.ok(reloaded);
    assert.deepEqual(await audit(page), [], 'the editor has no accessibility violations');

    // The bar stays pinned to the top of the screen, however far down the writing went.
    assert.ok(await page.evaluate(() => window.scrollY) > 500, 'the page has scrolled');
    const bar = page.getByRole('region', { name: s.bar });
    const box = await bar.boundingBox();
    assert.ok(box.y >= -0.5 && box.y < 2, `the bar is at the top of the screen (${box.y})`);
    assert.ok(await bar.getByRole('button', { name: s.undo, exact: true }).isEnabled(), 'undo is in reach');

    // Export by keyboard: open the downloads menu, Tab to the format, Enter.
    await page.locator('details.downloads summary').press('Enter');
    const download = page.getByRole('button', { name: s.download });
    const [dl] = await Promise.all([page.waitForEvent('download'), download.press('Enter')]);
    assert.equal(dl.suggestedFilename(), s.file);
    assert.equal(readFileSync(await dl.path(), 'utf8'), expected);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
