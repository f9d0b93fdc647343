// A meeting from its agenda to its final minutes, as a secretary writes it, in Finnish and in
// Swedish: a new agenda with proposals, turned into minutes; the meeting run live (started and
// ended with Alt+Shift+K or the bar's button, the clock following the item under discussion,
// decisions and statements typed into the entry box); checkers, checked, final and locked; the
// Markdown and the Word file read back. The page's clock is driven by the test, so that the
// times written are known.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { setup, openApp, downloadButton, audit } from './harness.mjs';

const env = setup();
const SHOTS = process.env.MUISTIO_SHOTS ?? '/tmp/shots';

/** What the secretary sees and writes in each language. */
const LANGUAGES = {
  fi: {
    locale: 'fi-FI', newAgenda: 'Uusi esityslista', meeting: 'Kokouksen nimi', title: 'Tunturikuvaajat ry:n hallituksen kokous',
    number: 'Numero', box: (n) => `Uusi merkintä kohtaan ${n}`, toMinutes: 'Tee esityslistasta pöytäkirja',
    turned: 'Esityslistasta tehtiin pöytäkirja: 3 päätösehdotusta on päätösten pohjana.',
    matters: [
      ['5 § Talousarvio 2027', 'Päätösehdotus: Talousarvio hyväksytään esitetyn mukaisesti.'],
      ['6 § Syysnäyttely', 'Päätösehdotus: Näyttely pidetään Galleria Kairassa lokakuussa.'],
    ],
    legal: 'Päätösehdotus: Kokous todetaan lailliseksi ja päätösvaltaiseksi.',
    start: 'Aloita kokous', end: 'Päätä kokous', running: 'Kokous käynnissä', starts: 'Alkaa', ends: 'Päättyy', date: 'Päivämäärä',
    started: 'Kokous alkoi klo 9.00. Käsiteltävän kohdan aika kulkee.', ended: 'Kokous päättyi klo 9.27. Kesto 27 min.',
    said: ['Puheenjohtaja Helmi Korhonen avasi kokouksen.', 'Juho Kangas: Kokouskutsu lähetettiin viikkoa ennen.',
      'Valittiin Aleksi Niskala ja Juho Kangas.', 'Esityslista hyväksyttiin.', 'Aleksi Niskala: Kulut ovat linjassa viime vuoden kanssa.',
      'Päätös: Avajaiset pidetään 5.10.2027.'],
    checkers: 'Pöytäkirjantarkastajat', stage: 'Tila', checked: 'Tarkastettu', final: 'Hyväksytty',
    locked: 'Pöytäkirja on hyväksytty ja lukittu: sitä ei muokata vahingossa.', unlock: 'Avaa muokattavaksi', editButton: 'Muokkaa',
    markdown: 'Lataa Markdown', word: 'Lataa Word', saved: 'Tallennettu', spent: 'Käsittelyaika',
    doc: ['PÖYTÄKIRJA 4/2027', 'Aika: 20.5.2026 klo 9.00–9.27', 'Pöytäkirjantarkastajat: Aleksi Niskala, Juho Kangas', 'Tila: Hyväksytty',
      '1 § Kokouksen avaus', '5 § Talousarvio 2027', 'Päätösehdotus: Talousarvio hyväksytään esitetyn mukaisesti.',
      'Päätös: Talousarvio hyväksytään esitetyn mukaisesti.', 'Päätös: Avajaiset pidetään 5.10.2027.',
      '9 § Kokouksen päättäminen'],
    // The Word file signs the minutes: the checkers stand under their signatures.
    signed: 'Aleksi Niskala, pöytäkirjantarkastaja',
  },
  sv: {
    locale: 'sv-FI', newAgenda: 'Ny föredragningslista', meeting: 'Mötets namn', title: 'Fjällfotograferna rf:s styrelsemöte',
    number: 'Nummer', box: (n) => `Ny anteckning i punkt ${n}`, toMinutes: 'Gör protokoll av föredragningslistan',
    turned: 'Föredragningslistan blev protokoll: 3 förslag är grund för besluten.',
    matters: [
      ['§ 5 Budget 2027', 'Förslag till beslut: Budgeten godkänns enligt förslaget.'],
      ['§ 6 Höstutställningen', 'Förslag till beslut: Utställningen hålls i Galleri Kaira i oktober.'],
    ],
    legal: 'Förslag till beslut: Mötet konstateras lagligt och beslutfört.',
    start: 'Starta mötet', end: 'Avsluta mötet', running: 'Mötet pågår', starts: 'Börjar', ends: 'Slutar', date: 'Datum',
    started: 'Mötet började kl. 9.00. Tiden för punkten som behandlas går.', ended: 'Mötet avslutades kl. 9.27. Längd 27 min.',
    said: ['Ordförande Helmi Korhonen öppnade mötet.', 'Juho Kangas: Kallelsen skickades en vecka före.',
      'Till justerare valdes Aleksi Niskala och Juho Kangas.', 'Föredragningslistan godkändes.',
      'Aleksi Niskala: Kostnaderna ligger i linje med fjolårets.', 'Beslut: Vernissagen hålls 5.10.2027.'],
    checkers: 'Justerare', stage: 'Status', checked: 'Justerat', final: 'Fastställt',
    locked: 'Protokollet är fastställt och låst: det ändras inte av misstag.', unlock: 'Öppna för redigering', editButton: 'Redigera',
    markdown: 'Ladda ner Markdown', word: 'Ladda ner Word', saved: 'Sparat', spent: 'Behandlingstid',
    doc: ['PROTOKOLL 4/2027', 'Tid: 20.5.2026 kl. 9.00–9.27', 'Justerare: Aleksi Niskala, Juho Kangas', 'Status: Fastställt',
      '§ 1 Mötets öppnande', '§ 5 Budget 2027', 'Förslag till beslut: Budgeten godkänns enligt förslaget.',
      'Beslut: Budgeten godkänns enligt förslaget.', 'Beslut: Vernissagen hålls 5.10.2027.', '§ 9 Mötets avslutande'],
    signed: 'Aleksi Niskala, justerare',
  },
};

const at = (hhmmss) => new Date(`2026-05-20T${hhmmss}+03:00`);

async function download(page, name) {
  const [dl] = await Promise.all([page.waitForEvent('download'), downloadButton(page, name).then((b) => b.click())]);
  return dl.path();
}

/** The text of a Word file's body, paragraph by paragraph, and every part of it as text. */
function wordText(file) {
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8');
  // A header line's label and value stand in two cells of a table: read as one line.
  const body = xml.split('</w:p>').map((p) => p.replace(/<[^>]+>/g, '')).join('\n')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/:\n/g, ': ');
  const all = execFileSync('unzip', ['-p', file]).toString('utf8');
  return { body, all };
}

for (const [code, t] of Object.entries(LANGUAGES)) {
  test(`a meeting from its agenda to final minutes, run live, in ${t.locale}`, async () => {
    const context = await env.browser.newContext({
      acceptDownloads: true, locale: t.locale, timezoneId: 'Europe/Helsinki', viewport: { width: 1366, height: 768 },
    });
    await context.clock.install({ time: at('08:40:00') });
    const { page, errors } = await openApp(context, env.server.url);

    // A new agenda: the standard items, numbered with §; the matters with their proposals.
    await page.getByRole('button', { name: t.newAgenda }).click();
    await page.getByLabel(t.meeting).fill(t.title);
    await page.getByLabel(t.number, { exact: true }).fill('4/2027');
    await page.getByLabel(t.box(2)).fill(t.legal);
    await page.getByLabel(t.box(2)).press('Enter');
    for (const [i, [heading, proposal]] of t.matters.entries()) {
      const box = page.getByLabel(t.box(4 + i));
      await box.fill(heading);
      await box.press('Enter');
      const next = page.getByLabel(t.box(5 + i));
      await next.fill(proposal);
      await next.press('Enter');
    }
    await page.getByRole('button', { name: t.toMinutes }).click();
    await page.getByRole('status').getByText(t.turned).waitFor();

    // The meeting starts with one key: today's date stays, the start time is now.
    await page.clock.setSystemTime(at('09:00:00'));
    await page.keyboard.press('Alt+Shift+K');
    await page.getByText(t.started).waitFor();
    assert.equal(await page.getByLabel(t.starts, { exact: true }).inputValue(), '9.00');
    assert.equal(await page.getByLabel(t.date, { exact: true }).inputValue(), '20.5.2026');
    const bar = page.locator('.docbar');
    assert.match(await bar.getByRole('timer').innerText(), new RegExp(`^${t.running}: 0 min$`));
    // The cursor waits in the first item's entry box, the item marked as under discussion.
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label') ?? document.activeElement.labels?.[0]?.textContent),
      t.box(1));
    assert.equal(await page.locator('.item-editor.running').count(), 1);

    // Through the items: each one's minutes, what is said and decided written into its box.
    const minutes = [3, 4, 2, 1, 9, 6];
    for (const [i, line] of t.said.entries()) {
      await page.keyboard.type(line);
      await page.keyboard.press('Enter');
      await page.clock.fastForward(`${String(minutes[i]).padStart(2, '0')}:00`);
      if (i === 4) {
        // Screenshots of the meeting under way, on a laptop and on a phone; every part accessible.
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: `${SHOTS}/live-${code}-1366.png` });
        await page.setViewportSize({ width: 390, height: 844 });
        // Alt+Enter: back to the entry box of the item under discussion, wherever the page is.
        await page.keyboard.press('Alt+Enter');
        await page.waitForTimeout(400);
        await page.screenshot({ path: `${SHOTS}/live-${code}-390.png` });
        assert.deepEqual(await audit(page), [], 'live mode on a phone');
        await page.setViewportSize({ width: 1366, height: 768 });
        assert.deepEqual(await audit(page), [], 'live mode on a laptop');
        await page.keyboard.press('Alt+Enter');
      }
      if (i < t.said.length - 1) await page.keyboard.press('Alt+PageDown');
    }
    // The first item kept its 3 minutes; the one under discussion shows its clock.
    // Screen readers hear what the time is ("Käsittelyaika 3 min").
    const spent = (n) => page.locator('.item-editor').nth(n).locator('.spent')
      .innerText().then((text) => { assert.ok(text.startsWith(t.spent), text); return text.slice(t.spent.length).trim(); });
    assert.match(await spent(0), /^3 min$/);
    assert.match(await spent(4), /^9 min$/);
    assert.match(await spent(5), /^6 min/);
    assert.equal(await page.locator('.item-editor.running .spent').count(), 1);

    // One more press of the button ends the meeting at 9.27.
    await page.clock.setSystemTime(at('09:27:10'));
    await bar.getByRole('button', { name: t.end }).click();
    await page.getByText(t.ended).waitFor();
    assert.equal(await page.getByLabel(t.ends, { exact: true }).inputValue(), '9.27');
    assert.equal(await bar.getByRole('timer').count(), 0);
    assert.match(await spent(5), /^8 min$/, 'the last item ran until the end');

    // Checkers, checked, then final: locked.
    await page.getByLabel(t.checkers).fill('Aleksi Niskala, Juho Kangas');
    await page.getByLabel(t.checkers).press('Tab');
    await page.getByLabel(t.stage, { exact: true }).selectOption({ label: t.checked });
    await page.getByLabel(t.stage, { exact: true }).selectOption({ label: t.final });
    await page.getByText(t.locked).waitFor();
    assert.ok(await page.getByRole('button', { name: t.editButton, exact: true }).isDisabled());
    assert.ok(await bar.getByRole('button', { name: t.start }).isDisabled(), 'no meeting is started in final minutes');
    assert.equal(await page.getByLabel(t.meeting).count(), 0, 'nothing to type into');
    await page.keyboard.press('Alt+Shift+K');
    await page.keyboard.press('Control+z');
    page.once('dialog', (d) => d.dismiss());
    await page.getByRole('button', { name: t.unlock }).click();
    assert.ok(await page.getByRole('button', { name: t.editButton, exact: true }).isDisabled(), 'still locked after "no"');
    await page.locator('.save-state', { hasText: t.saved }).waitFor();

    // What the files say: § numbers, the times, the decisions, the final stage; the items'
    // times ride with the draft inside the Word file, not in its text.
    const md = readFileSync(await download(page, t.markdown), 'utf8');
    for (const wanted of t.doc) assert.ok(md.includes(wanted), `${wanted}\n---\n${md}`);
    assert.ok(!/\d min\b/.test(md), md);
    const word = wordText(await download(page, t.word));
    for (const wanted of [...t.doc.filter((l) => !l.startsWith(t.checkers)), t.signed]) {
      assert.ok(word.body.includes(wanted), `${wanted}\n---\n${word.body}`);
    }
    assert.ok(!/\d min\b/.test(word.body), word.body);
    assert.match(word.all, /"seconds":180\b/, 'the first item\'s 3 minutes are kept');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a new pöytäkirja run live: the clock\'s record is no undo step, and a reloaded page goes on with the meeting', async () => {
  const context = await env.browser.newContext({ locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });
  await context.clock.install({ time: at('09:30:00') });
  const { page, errors } = await openApp(context, env.server.url);
  await page.getByRole('button', { name: 'Uusi pöytäkirja' }).click();
  const outline = page.getByRole('navigation', { name: 'Kohdat' });
  assert.deepEqual((await outline.locator('a').allTextContents()).map((l) => l.trim()).slice(0, 2),
    ['1 § Kokouksen avaus', '2 § Kokouksen laillisuus ja päätösvaltaisuus']);
  assert.ok(await page.locator('details.formal-fields').evaluate((d) => d.open), 'the formal fields are ready');
  assert.equal(await page.getByLabel('Asiakirja', { exact: true }).inputValue(), 'minutes');
  await page.getByLabel('Kokouksen nimi').fill('Kyläyhdistyksen hallitus');

  await page.clock.setSystemTime(at('10:00:00'));
  await page.getByRole('button', { name: 'Aloita kokous' }).click();
  await page.getByText('Kokous alkoi klo 10.00. Käsiteltävän kohdan aika kulkee.').waitFor();
  await page.keyboard.type('Puheenjohtaja avasi kokouksen.');
  await page.keyboard.press('Enter');
  await page.clock.fastForward('02:00');
  await page.keyboard.press('Alt+PageDown');
  await page.locator('.item-editor').nth(1).locator('.spent.running').waitFor();
  // Undo takes back what the person wrote, not the time the first item took.
  await page.keyboard.press('Control+z');
  await page.getByText('Puheenjohtaja avasi kokouksen.').waitFor({ state: 'detached' });
  assert.match(await page.locator('.item-editor').nth(0).locator('.spent').innerText(), /2 min$/);

  // Reading another item while the meeting runs (the cursor in no item) does not move its clock.
  await page.evaluate(() => document.activeElement.blur());
  await page.locator('.item-editor').nth(5).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 200);
  await page.waitForTimeout(300);
  assert.equal(await page.locator('.item-editor.running').getAttribute('id'), await page.locator('.item-editor').nth(1).getAttribute('id'));

  // A reload during the meeting: the same key goes on with it, its start kept.
  await page.locator('.save-state', { hasText: 'Tallennettu' }).waitFor();
  await page.clock.fastForward('05:00');
  await page.reload();
  await page.getByLabel('Kokouksen nimi').waitFor();
  assert.equal(await page.getByRole('timer').count(), 0);
  await page.keyboard.press('Alt+Shift+K');
  await page.getByText('Klo 10.00 alkanut kokous jatkuu.').waitFor();
  assert.equal(await page.getByLabel('Alkaa', { exact: true }).inputValue(), '10.00');
  assert.match(await page.getByRole('timer').innerText(), /^Kokous käynnissä: 7 min$/);
  assert.deepEqual(errors, []);
  await context.close();
});
