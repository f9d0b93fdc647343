// Writing the meeting and sending the memo as a new user would: attendees pasted in one go,
// actions and dates typed as people type them, checks that offer their repair, drafts, and
// the e-mail dialog. Screenshots of each land in $MUISTIO_SHOTS (a temporary folder unless set).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setup, openApp, audit } from './harness.mjs';

const env = setup();
const shots = process.env.MUISTIO_SHOTS ?? path.join(os.tmpdir(), 'muistio-shots');
mkdirSync(shots, { recursive: true });

const MEMO = `Luovien alojen klusterin kokous

MUISTIO

Aika: 14.11.2025 klo 9.00–11.30

Paikka: Lapin liitto, Rovaniemi

Paikalla:

Tomi\tAho\tArctic Factory
Ida\tTirkkonen\tLapin elokuvakomissio, sihteeri

1. Kokouksen avaus

Tommi: Droneista keskusteltiin pitkään.

Tommi: Kuvauslupien käsittely kestää.

Tehtävä (Ida, 5.12.): Päivitä verkkosivut.

Tehtävä: Kutsu alustajat.

2. Seuraava kokous

15.1. klo 9–11
`;

const ROWS = [
  'Etunimi\tSukunimi\tOrganisaatio',
  'Aino\tKallio\tPohjoisen valokuvakeskus ry',
  'Eero Juhani\tMäkelä\tLapin ammattikorkeakoulu',
  'Saana\tNiemi\tRovaniemen kaupunki',
  'Oula\tPieski\tSámi Duodji ry',
  'Liisa\tRanta\tTaidekeskus Kaira',
  'Tommi\tVaara\tArktinen Media Oy',
  'Matti\tRautio\tLapin liitto',
  'Päivi\tHolopainen\tLapin ELY-keskus, ennakointivastaava',
].join('\n');

async function pasteMemo(page, text = MEMO) {
  await page.getByLabel('Liitä muistion teksti').fill(text);
  await page.getByRole('button', { name: 'Tuo liitetty teksti' }).click();
  await page.getByText(/^Muistio tuotu:/).waitFor();
}

/** A paste as Ctrl+V makes it, into the focused field. */
async function paste(field, text) {
  await field.focus();
  await field.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

const focusedLabel = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el?.labels?.[0]?.textContent ?? el?.getAttribute('aria-label') ?? el?.textContent ?? '';
});

async function shoot(page, name, locator) {
  for (const [width, height] of [[1366, 768], [390, 844]]) {
    await page.setViewportSize({ width, height });
    if (locator) await locator.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, `${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

test('eight attendees pasted at once: said, undone in one step, never doubled, the cursor stays', async () => {
  const context = await env.browser.newContext();
  const { page, errors } = await openApp(context, env.server.url);
  await page.getByRole('button', { name: 'Uusi muistio' }).first().click();
  const add = page.getByLabel('Lisää osallistuja', { exact: true });
  await paste(add, ROWS);
  await page.getByText('8 osallistujaa lisätty.').waitFor();
  assert.equal(await page.locator('.attendee-editor tbody tr').count(), 8, 'the heading row is not a person');
  assert.equal(await focusedLabel(page), 'Lisää osallistuja', 'the cursor stays in the add field');
  await page.keyboard.type('Ida Tirkkonen, Lapin elokuvakomissio');
  await page.keyboard.press('Enter');
  await page.getByText('1 osallistuja lisätty.').waitFor();
  assert.equal(await page.getByLabel('Etunimet: Ida Tirkkonen').inputValue(), 'Ida', 'typed after the paste, a row of its own');
  await shoot(page, 'attendee-paste', page.locator('.attendee-editor'));
  await shoot(page, 'attendee-paste-notice', page.getByText('1 osallistuja lisätty.'));

  await paste(add, ROWS);
  await page.getByText('Ei uusia osallistujia. Jo osallistujissa: Aino Kallio, Eero Juhani Mäkelä,', { exact: false }).waitFor();
  assert.equal(await page.locator('.attendee-editor tbody tr').count(), 9, 'nobody twice');

  await paste(add, 'Aho Tomi <tomi.aho@arcticfactory.fi>; "Kallio, Aino" <aino.kallio@pvk.fi>, minna.karhu@lapinliitto.fi');
  await page.getByText('2 osallistujaa lisätty. Jo osallistujissa: Aino Kallio.').waitFor();
  assert.equal(await page.getByLabel('Sähköposti: Tomi Aho').inputValue(), 'tomi.aho@arcticfactory.fi', 'Outlook\'s "Sukunimi Etunimi"');
  assert.equal(await page.getByLabel('Sähköposti: Aino Kallio').inputValue(), 'aino.kallio@pvk.fi', 'a known person gets the address');
  assert.equal(await page.getByLabel('Sähköposti: Minna Karhu').inputValue(), 'minna.karhu@lapinliitto.fi', 'a name from the address');
  await page.getByRole('status').getByRole('button', { name: 'Kumoa' }).click();
  assert.equal(await page.locator('.attendee-editor tbody tr').count(), 9, 'one undo takes the whole paste back');
  assert.equal(await page.getByLabel('Sähköposti: Aino Kallio').inputValue(), '');

  await page.getByLabel('Sähköposti: Aino Kallio').fill('aino.kallio@');
  await page.getByText('”aino.kallio@” ei ole sähköpostiosoite.', { exact: false }).waitFor();
  assert.equal(await page.getByLabel('Sähköposti: Aino Kallio').inputValue(), 'aino.kallio@', 'what was typed stays');
  assert.deepEqual(await audit(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('checks name their action, count in good Finnish, and offer a repair that works by keyboard', async () => {
  const context = await env.browser.newContext();
  const { page, errors } = await openApp(context, env.server.url);
  await pasteMemo(page);
  const checks = page.locator('details.checks');
  await checks.getByRole('heading', { name: 'Tarkistukset: 3 huomiota' }).waitFor();
  const said = await checks.locator('li button.link').allTextContents();
  assert.deepEqual(said, [
    'Puhuja ”Tommi” ei ole osallistujissa. Tarkoititko: Tomi Aho?',
    'Tehtävältä ”Kutsu alustajat” puuttuu vastuuhenkilö.',
    'Tehtävältä ”Kutsu alustajat” puuttuu määräaika.',
  ], 'the same speaker once; the action named; Ida\'s 5.12. is a due date in the meeting\'s year');
  assert.ok(await checks.getByRole('button', { name: 'Lisää osallistujiin: Tommi' }).isVisible());
  await shoot(page, 'checks', checks);

  const fix = checks.getByRole('button', { name: 'Korjaa: Tomi Aho' });
  await fix.focus();
  await page.keyboard.press('Enter');
  await page.getByText('Puhuja ”Tommi” korjattu: Tomi Aho (2 kohtaa).').waitFor();
  await checks.getByRole('heading', { name: 'Tarkistukset: 2 huomiota' }).waitFor();
  assert.match(await focusedLabel(page), /^Tehtävältä ”Kutsu alustajat”/, 'the cursor stays in the list');
  // Each entry's speaker: as it reads ("Tomi: …"), or in its field when it is being edited.
  const spoken = () => page.evaluate(() => [...document.querySelectorAll('.entry')].map((entry) => {
    const read = entry.querySelector('.entry-read');
    if (read) return read.textContent.split(':')[0];
    const field = [...entry.querySelectorAll('input')].find((i) => i.labels?.[0]?.textContent === 'Puhuja');
    return field?.value ?? '';
  }));
  assert.deepEqual((await spoken()).slice(0, 2), ['Tomi', 'Tomi']);

  await page.getByRole('status').getByRole('button', { name: 'Kumoa' }).click();
  await checks.getByRole('heading', { name: 'Tarkistukset: 3 huomiota' }).waitFor();
  assert.deepEqual((await spoken()).slice(0, 2), ['Tommi', 'Tommi'], 'both statements back in one step');

  await checks.getByRole('button', { name: 'Lisää osallistujiin: Tommi' }).click();
  await page.getByText('Tommi lisätty osallistujiin.').waitFor();
  await checks.getByRole('heading', { name: 'Tarkistukset: 2 huomiota' }).waitFor();
  assert.deepEqual(await audit(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('actions and dates as people type them, and a due date before the meeting', async () => {
  const context = await env.browser.newContext();
  const { page, errors } = await openApp(context, env.server.url);
  await pasteMemo(page);
  const box = page.getByLabel('Uusi merkintä kohtaan 1');
  for (const line of ['Tehtävä: Tilaa kahvit. Vastuu: Ida, DL 28.11.', 'Tehtävä (Tomi, 3.11.): Lähetä kutsut.']) {
    await box.fill(line);
    await box.press('Enter');
  }
  const checks = page.locator('details.checks');
  await checks.getByText('Tehtävän ”Lähetä kutsut” määräaika 3.11.2025 on ennen kokousta.').waitFor();
  assert.ok(!(await checks.getByText('Tilaa kahvit').isVisible()), 'owner and due date were read from "Vastuu: Ida, DL 28.11."');
  await checks.getByRole('button', { name: 'Siirrä määräajaksi 3.11.2026' }).click();
  await page.getByText('Määräaika siirretty: 3.11.2026.').waitFor();
  const header = page.getByRole('region', { name: 'Perustiedot' });
  await header.getByLabel('Päivämäärä').fill('14. marraskuuta 2025');
  assert.equal(await header.getByLabel('Päivämäärä').getAttribute('aria-invalid'), null);
  await header.getByLabel('Alkaa').fill('klo 9');
  assert.equal(await header.getByLabel('Alkaa').getAttribute('aria-invalid'), null);
  await header.getByLabel('Päättyy').fill('kymmeneltä');
  await page.getByText('”kymmeneltä” ei ole kellonaika.', { exact: false }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new memo is stored only once written in; copies are named by the day; search reads the text', async () => {
  const context = await env.browser.newContext();
  const { page, errors } = await openApp(context, env.server.url);
  const drafts = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('muistio:draft:')).length);
  await page.getByRole('button', { name: 'Uusi muistio' }).first().click();
  await page.getByRole('button', { name: 'Uusi muistio' }).first().click();
  assert.equal(await drafts(), 0, 'two untouched new memos store nothing');
  await page.getByLabel('Kokouksen nimi').pressSequentially('V');
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('muistio:draft:')));
  assert.equal(await drafts(), 1, 'the first letter stores it at once');
  await page.getByLabel('Kokouksen nimi').fill('Vuosikokous');

  await pasteMemo(page);
  const now = new Date();
  const day = `${now.getDate()}.${now.getMonth() + 1}.`;
  const list = page.getByRole('navigation', { name: 'Luonnokset' });
  await list.getByRole('button', { name: 'Kopioi: Luovien alojen klusterin kokous', exact: true }).click();
  assert.equal(await page.getByLabel('Kokouksen nimi').inputValue(), `Luovien alojen klusterin kokous (kopio ${day})`);
  await list.getByRole('button', { name: `Kopioi: Luovien alojen klusterin kokous (kopio ${day})` }).click();
  assert.equal(await page.getByLabel('Kokouksen nimi').inputValue(), `Luovien alojen klusterin kokous (kopio ${day} 2)`);
  const search = page.getByRole('searchbox', { name: 'Hae luonnoksista' });
  await search.fill('droneista');
  assert.equal(await list.locator('li .draft-title').count(), 3, 'a word of the text finds the memo and its copies');
  await search.fill('vuosikokous');
  assert.deepEqual(await list.locator('li .draft-title').allTextContents(), ['Vuosikokous']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the e-mail goes to the attendees with a subject and a cover note, and says what happened', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const { page, errors } = await openApp(context, env.server.url);
  await pasteMemo(page);
  await paste(page.getByLabel('Lisää osallistuja', { exact: true }),
    'Tomi Aho <tomi.aho@arcticfactory.fi>; "Tirkkonen, Ida" <ida.tirkkonen@lapinliitto.fi>');
  await page.getByText('Ei uusia osallistujia. Jo osallistujissa: Tomi Aho, Ida Tirkkonen.').waitFor();
  await page.getByRole('button', { name: 'Lähetä sähköpostilla' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lähetä sähköpostilla' });
  await dialog.waitFor();
  assert.equal(await dialog.getByLabel('Vastaanottajat').inputValue(),
    'Tomi Aho <tomi.aho@arcticfactory.fi>, Ida Tirkkonen <ida.tirkkonen@lapinliitto.fi>');
  assert.equal(await dialog.getByLabel('Aihe').inputValue(), 'Luovien alojen klusterin kokous 14.11.2025 – muistio');
  const note = await dialog.getByLabel('Saate').inputValue();
  assert.ok(note.startsWith('Hei,\n\nLiitteenä kokouksen muistio (Luovien alojen klusterin kokous, 14.11.2025).'), note);
  assert.ok(note.includes('Tehtävät:\n- Ida: Päivitä verkkosivut (5.12.2025)\n- Kutsu alustajat'), note);
  assert.ok(note.includes('Seuraava kokous: 15.1.2026 klo 9.00–11.00.') && note.endsWith('Terveisin\nIda Tirkkonen'), note);
  assert.ok(await dialog.getByLabel('Kalenterimerkintä seuraavasta kokouksesta (.ics)').isChecked(), 'there is a next meeting');
  await dialog.getByText(/^PDF \(\.pdf\) – \d+ kt$/).waitFor();
  await dialog.getByText(/^Word \(\.docx\) – \d+ kt$/).waitFor();
  await dialog.getByLabel('Saate').fill(`${note}\n\nPS. Kuvat tulevat erikseen.`);
  await dialog.getByRole('button', { name: 'Sulje' }).click();
  await page.getByRole('button', { name: 'Lähetä sähköpostilla' }).click();
  assert.ok((await dialog.getByLabel('Saate').inputValue()).endsWith('PS. Kuvat tulevat erikseen.'), 'what was typed is kept');
  assert.deepEqual(await audit(page), [], 'the dialog has no accessibility violations');
  await shoot(page, 'email-dialog');

  const [dl] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Lataa sähköpostiluonnos (.eml)' }).click()]);
  const name = '2025-11-14 Luovien alojen klusterin kokous - muistio.eml';
  assert.equal(dl.suggestedFilename(), name);
  await dialog.getByRole('status').getByText(`Sähköpostiluonnos ladattiin: ${name}.`, { exact: false }).waitFor();
  const eml = readFileSync(await dl.path(), 'latin1');
  assert.match(eml, /^X-Unsent: 1\r\nTo: =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?= <tomi\.aho@arcticfactory\.fi>,\r\n =\?UTF-8\?B\?/);
  const part = eml.split('Content-Transfer-Encoding: base64\r\n\r\n')[1].split('\r\n--')[0];
  const body = Buffer.from(part.replace(/\r\n/g, ''), 'base64').toString('utf8');
  assert.ok(body.startsWith('Hei,\r\n\r\nLiitteenä kokouksen muistio') && body.endsWith('PS. Kuvat tulevat erikseen.'), body);
  assert.ok(!body.includes('====='), 'the cover note, not the memo with underlines');
  assert.equal([...eml.matchAll(/Content-Disposition: attachment/g)].length, 3, 'PDF, Word and the calendar file');

  await dialog.getByText('1 tehtäväviesti: Ida Tirkkonen').waitFor();
  assert.ok(!(await dialog.getByText('Ilman sähköpostiosoitetta').isVisible()), 'the other action has no owner at all');
  const [own] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Lataa tehtäväviestit (.eml)' }).click()]);
  assert.equal(own.suggestedFilename(), '2025-11-14 Luovien alojen klusterin kokous - muistio - Ida Tirkkonen.eml');
  const mine = readFileSync(await own.path(), 'latin1');
  const minePart = mine.split('Content-Transfer-Encoding: base64\r\n\r\n')[1].split('\r\n--')[0];
  const text = Buffer.from(minePart.replace(/\r\n/g, ''), 'base64').toString('utf8');
  assert.ok(mine.includes('<ida.tirkkonen@lapinliitto.fi>') && text.includes('- Päivitä verkkosivut (määräaika 5.12.2025)'), text);
  assert.ok(!text.includes('Kutsu alustajat'), 'only her own actions');
  await dialog.getByRole('status').getByText('1 tehtäväviesti ladattu:', { exact: false }).waitFor();
  await shoot(page, 'email-sent', dialog.getByRole('status'));

  await dialog.getByLabel('Vastaanottajat').fill('tomi.aho@arcticfactory.fi; ida@');
  await dialog.getByRole('button', { name: 'Lataa sähköpostiluonnos (.eml)' }).click();
  await dialog.getByRole('status').getByText('”ida@” ei ole sähköpostiosoite.', { exact: false }).waitFor();
  assert.equal(await dialog.getByLabel('Vastaanottajat').inputValue(), 'tomi.aho@arcticfactory.fi; ida@', 'nothing typed is lost');
  assert.deepEqual(errors, []);
  await context.close();
});

for (const lang of [
  {
    locale: 'sv-FI', paste: 'Klistra in anteckningarnas text', open: 'Hämta den inklistrade texten', add: 'Lägg till deltagare',
    memo: 'Styrelsemöte\n\nPROTOKOLL\n\nTid: 14.11.2025 kl. 13.00–15.15\n\nNärvarande:\n\nMaria\tHolm\tVasa stad, sekreterare\n\n'
      + '§ 1 Mötets öppnande\n\nUppgift (Maria, 5 dec): Sammanställ ansökan.\n\nÅtgärd: Boka lokalen. Ansvarig: Maria\n',
    rows: 'Förnamn\tEfternamn\tRoll\nAnna\tLund\tordförande\nErik\tBerg\tkassör',
    added: '2 deltagare tillagda.', checks: 'Kontroller: 1 anmärkning', found: 'Åtgärden ”Boka lokalen” saknar tidsfrist.',
    send: 'Skicka med e-post', noteLabel: 'Följebrev', missing: 'Utan e-postadress: Maria Holm.',
    note: 'Hej,\n\nBifogat finns mötets protokoll (Styrelsemöte, 14.11.2025).',
  },
  {
    locale: 'en-GB', paste: 'Paste the text of minutes', open: 'Open the pasted text', add: 'Add an attendee',
    memo: 'Board meeting\n\nMINUTES\n\nDate: 14 November 2025\n\nPresent:\n\nSaana\tNiemi\tCity of Rovaniemi, secretary\n\n'
      + '1. Opening\n\nAction (Saana, 5 Dec): Draft the application.\n\nACTION: Saana to book the room.\n',
    rows: 'First name\tLast name\tRole\nSam\tNg\tchair\nAlex\tKim\ttreasurer',
    added: '2 attendees added.', checks: 'Checks: 1 note', found: 'The action “book the room” has no due date.',
    send: 'Send by e-mail', noteLabel: 'Cover note', missing: 'No email address: Saana Niemi.',
    note: 'Hello,\n\nPlease find attached the minutes of the meeting (Board meeting, 14 November 2025).',
  },
]) {
  test(`in ${lang.locale}: pasted people, actions read, checks and the cover note in the language`, async () => {
    const context = await env.browser.newContext({ locale: lang.locale });
    const { page, errors } = await openApp(context, env.server.url);
    await page.getByLabel(lang.paste).fill(lang.memo);
    await page.getByRole('button', { name: lang.open }).click();
    await page.locator('details.checks').getByRole('heading', { name: lang.checks }).waitFor();
    assert.deepEqual(await page.locator('details.checks li button.link').allTextContents(), [lang.found]);
    await paste(page.getByLabel(lang.add, { exact: true }), lang.rows);
    await page.getByText(lang.added).waitFor();
    await page.getByRole('button', { name: lang.send }).click();
    const dialog = page.getByRole('dialog', { name: lang.send });
    await dialog.waitFor();
    const text = await dialog.getByLabel(lang.noteLabel).inputValue();
    assert.ok(text.startsWith(lang.note), text);
    await dialog.getByText(lang.missing).waitFor();
    assert.deepEqual(await audit(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
