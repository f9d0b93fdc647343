// The register of decisions and open actions across drafts, and the public version: two
// drafts' decisions and actions in one list, filtered by person, a row opened at its place, an
// action marked done; the public version downloaded with chosen names removed and a
// confidential item left out, checked in every byte of the Markdown and of the Word file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { setup, openApp, downloadButton, audit } from './harness.mjs';

const env = setup();

const BOARD = `Hallituksen kokous

MUISTIO

Aika: 14.11.2025 klo 9.00–11.00
Paikka: Rovaniemi

Paikalla:

Ida\tTirkkonen\tpuheenjohtaja
Tomi\tAho\tsihteeri

1. Talous

Sovittiin, että budjetti hyväksytään.

Tehtävä (Ida, 1.2.2020): Lähetä laskut.

Tehtävä (Tomi, 5.12.2099): Varaa sali.
`;

const CLUSTER = `Klusterin kokous

PÖYTÄKIRJA 2/2026

Aika: 3.3.2026 klo 13.00–15.00
Paikka: Kemijärvi

Paikalla:

Marjaana\tKivelä\tpuheenjohtaja
Juho\tKangas\tArctic Factory
Sanni\tLuostarinen\tsihteeri

5 § Hankkeet

Päätös: Hanke käynnistetään ja Juho esittelee sen.

Tehtävä (Juho, 1.6.2099): Laadi hakemus.

6 § Henkilöstöasia (salassa pidettävä)

Palkankorotus Sannille, ylimääräinen salapalkkio.

7 § Kokouksen päättäminen

Puheenjohtaja Marjaana Kivelä päätti kokouksen.
`;

async function importText(page, name, text) {
  await page.getByLabel('Avaa tiedosto…').setInputFiles({ name, mimeType: 'text/markdown', buffer: Buffer.from(text) });
  await page.getByText(/^Muistio tuotu:/).last().waitFor();
  await page.locator('.save-state', { hasText: 'Tallennettu' }).waitFor();
}

async function download(page, scope, name) {
  const [dl] = await Promise.all([page.waitForEvent('download'), scope.getByRole('button', { name, exact: true }).click()]);
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
}

/** Every entry of a zip archive, unpacked (stored or deflated), read from its local headers. */
function unzip(bytes) {
  const out = [];
  let at = 0;
  while (at + 30 <= bytes.length && bytes.readUInt32LE(at) === 0x04034b50) {
    const method = bytes.readUInt16LE(at + 8);
    const size = bytes.readUInt32LE(at + 18);
    const nameLength = bytes.readUInt16LE(at + 26);
    const extra = bytes.readUInt16LE(at + 28);
    const start = at + 30 + nameLength + extra;
    const data = bytes.subarray(start, start + size);
    out.push(method === 8 ? inflateRawSync(data) : data);
    at = start + size;
  }
  assert.ok(out.length > 3, 'a Word file has its parts');
  return out;
}

test('the register lists every draft\'s decisions and open actions, filters by person, opens a row and marks an action done', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 768 } });
  const { page, errors } = await openApp(context, env.server.url);
  await importText(page, 'hallitus.md', BOARD);
  await importText(page, 'klusteri.md', CLUSTER);
  // A list entry written before the register was kept: the draft is read for it instead.
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('muistio:info:') && localStorage[k].includes('Hallituksen'));
    const info = JSON.parse(localStorage[key]);
    delete info.register;
    localStorage[key] = JSON.stringify(info);
  });
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Muistio' }).waitFor();

  await page.getByRole('navigation', { name: 'Luonnokset' }).getByRole('button', { name: 'Päätökset ja tehtävät' }).click();
  const register = page.getByRole('dialog', { name: 'Päätökset ja tehtävät' });
  await register.getByRole('heading', { name: 'Avoimet tehtävät: 3' }).waitFor();
  await register.getByRole('heading', { name: 'Päätökset: 2' }).waitFor();
  const actions = register.getByRole('list', { name: 'Avoimet tehtävät: 3' }).getByRole('listitem');
  const rows = await actions.allInnerTexts();
  assert.match(rows[0], /1\.2\.2020\s+myöhässä\s+Ida\s+Lähetä laskut\.\s+Hallituksen kokous · 14\.11\.2025 · 1\./, rows[0]);
  assert.match(rows[1], /1\.6\.2099\s+Juho\s+Laadi hakemus\.\s+Klusterin kokous · 3\.3\.2026 · 5 §/, rows[1]);
  assert.match(rows[2], /5\.12\.2099\s+Tomi\s+Varaa sali\./, rows[2]);
  const decisions = await register.getByRole('list', { name: 'Päätökset: 2' }).getByRole('listitem').allInnerTexts();
  assert.match(decisions[0], /Hanke käynnistetään ja Juho esittelee sen\.\s+Klusterin kokous · 3\.3\.2026 · 5 §/);
  assert.match(decisions[1], /Sovittiin, että budjetti hyväksytään\.\s+Hallituksen kokous · 14\.11\.2025 · 1\./);
  assert.deepEqual(await audit(page), [], 'the register is accessible');
  mkdirSync('/tmp/shots', { recursive: true });
  await page.screenshot({ path: '/tmp/shots/register-1366.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: '/tmp/shots/register-390.png' });
  await page.setViewportSize({ width: 1366, height: 768 });

  // By person: Juho's action, and the decision that names him.
  await register.getByLabel('Henkilö').selectOption('Juho');
  await register.getByRole('heading', { name: 'Avoimet tehtävät: 1' }).waitFor();
  await register.getByRole('heading', { name: 'Päätökset: 1' }).waitFor();
  await register.getByLabel('Henkilö').selectOption('');
  await register.getByLabel('Hae sanoilla').fill('sali');
  await register.getByRole('heading', { name: 'Avoimet tehtävät: 1' }).waitFor();
  await register.getByRole('heading', { name: 'Päätökset: ei yhtään' }).waitFor();
  await register.getByLabel('Hae sanoilla').fill('');

  // A row opens its draft at its item, in the action's own fields.
  await register.getByRole('button', { name: 'Avaa Klusterin kokous · 3.3.2026 · 5 §' }).first().click();
  assert.equal(await register.isVisible(), false);
  assert.equal(await page.getByLabel('Kokouksen nimi').inputValue(), 'Klusterin kokous');
  await page.waitForFunction(() => document.activeElement?.closest('.entry.editing'));
  assert.equal(await page.locator('.entry.editing').getByLabel('Vastuuhenkilö').inputValue(), 'Juho');

  // Marked done from the register: it leaves the open actions, in the draft it belongs to.
  await page.getByRole('banner').getByRole('button', { name: 'Päätökset ja tehtävät' }).click();
  await register.getByRole('button', { name: 'Merkitse tehdyksi: Varaa sali.' }).click();
  await register.getByRole('heading', { name: 'Avoimet tehtävät: 2' }).waitFor();
  assert.ok(!(await register.innerText()).includes('Varaa sali'));
  await register.getByRole('button', { name: 'Sulje' }).click();
  await page.getByText('Merkitty tehdyksi: Varaa sali.').waitFor();
  assert.equal(await page.getByLabel('Kokouksen nimi').inputValue(), 'Hallituksen kokous');
  await page.locator('.save-state', { hasText: 'Tallennettu' }).waitFor();
  await downloadButton(page, 'Lataa Markdown');
  const md = (await download(page, page, 'Lataa Markdown')).bytes.toString('utf8');
  assert.ok(md.includes('Tehtävä (Tomi, 5.12.2099, tehty): Varaa sali.'), md);
  // And the editor says so: the action's "Tehty" is ticked.
  await page.locator('p.action', { hasText: 'Varaa sali.' }).click();
  assert.ok(await page.locator('.entry.editing').getByLabel('Tehty').isChecked());
  assert.deepEqual(errors, []);
  await context.close();
});

test('the public version leaves out the names chosen and the confidential item in every byte', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const { page, errors } = await openApp(context, env.server.url);
  await importText(page, 'klusteri.md', CLUSTER);

  await downloadButton(page, 'Julkinen versio…');
  await page.getByRole('button', { name: 'Julkinen versio…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Julkinen versio' });
  // The chair and the secretary by name, the others by initials, until chosen otherwise.
  assert.ok(await dialog.getByRole('group', { name: 'Marjaana Kivelä' }).getByLabel('Nimellä').isChecked());
  assert.ok(await dialog.getByRole('group', { name: 'Juho Kangas' }).getByLabel('Nimikirjaimin').isChecked());
  assert.deepEqual(await audit(page), [], 'the public version\'s dialog is accessible');
  await page.screenshot({ path: '/tmp/shots/public-dialog.png' });
  await dialog.getByRole('group', { name: 'Kaikki kerralla' }).getByRole('button', { name: 'Nimi pois' }).click();
  assert.ok(await dialog.getByRole('group', { name: 'Sanni Luostarinen' }).getByLabel('Nimi pois').isChecked());

  const secret = ['Marjaana', 'Kivelä', 'Juho', 'Kangas', 'Sanni', 'Luostarinen', 'Palkankorotus', 'salapalkkio', 'Henkilöstöasia'];
  const md = await download(page, dialog, 'Lataa Markdown');
  assert.equal(md.name, '2026-03-03 Klusterin kokous - pöytäkirja - julkinen versio.md');
  const text = md.bytes.toString('utf8');
  for (const word of secret) assert.ok(!text.includes(word), `${word} in the Markdown:\n${text}`);
  for (const kept of ['Arctic Factory', '(nimi poistettu)', '6 § Salassa pidettävä asia', 'Hanke käynnistetään']) {
    assert.ok(text.includes(kept), `${kept} missing:\n${text}`);
  }
  const docx = await download(page, dialog, 'Lataa Word');
  assert.equal(docx.name, '2026-03-03 Klusterin kokous - pöytäkirja - julkinen versio.docx');
  const parts = [docx.bytes, ...unzip(docx.bytes)];
  for (const word of secret) {
    for (const part of parts) assert.ok(!part.includes(Buffer.from(word)), `${word} in the Word file`);
  }
  assert.ok(parts.some((p) => p.includes(Buffer.from('Arctic Factory'))), 'the Word file has the minutes');
  await dialog.getByRole('button', { name: 'Sulje' }).click();

  // The send dialog sends the public version on request: its cover note names nobody removed.
  await page.getByRole('button', { name: 'Lähetä sähköpostilla', exact: true }).click();
  const send = page.getByRole('dialog', { name: 'Lähetä sähköpostilla' });
  await send.getByLabel('Lähetä julkinen versio').check();
  await send.getByRole('group', { name: 'Kaikki kerralla' }).getByRole('button', { name: 'Nimi pois' }).click();
  await page.waitForFunction(() => !document.querySelector('#send-note').value.includes('Juho'));
  assert.ok(!(await send.getByLabel('Saate').inputValue()).includes('Juho'));
  assert.deepEqual(await audit(page), [], 'the send dialog with the public version is accessible');
  assert.deepEqual(errors, []);
  await context.close();
});
