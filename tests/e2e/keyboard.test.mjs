// A secretary writes a whole memo of the real memo's shape with the keyboard alone, the page
// reloads half-way, and the exported Markdown is exactly the memo that was meant.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setup, openApp, downloadButton, audit, fixtures } from './harness.mjs';

const env = setup();

const expected = readFileSync(path.join(fixtures, 'hallitus-muistio.md'), 'utf8');

/** The memo's body as the secretary types it: one entry per Enter, items started with "N. Title". */
function bodyLines() {
  const body = expected.split('\nMUISTIO\n\n')[2];
  const blocks = body.trim().split('\n\n');
  // Consecutive bullets are typed one by one; each Enter adds one.
  return blocks.flatMap((b) => (b.startsWith('- ') ? b.split('\n') : [b]));
}

test('a whole memo typed with the keyboard alone, through a reload, exports exactly', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const { page, errors } = await openApp(context, env.server.url);
  const kb = page.keyboard;
  const tab = async (n = 1) => { for (let i = 0; i < n; i++) await kb.press('Tab'); };
  const focusedLabel = () => page.evaluate(() => {
    const el = document.activeElement;
    return el?.labels?.[0]?.textContent?.trim() ?? el?.getAttribute('aria-label') ?? el?.textContent?.trim();
  });

  // Start a new memo: from the top of the page, Tab reaches "Uusi muistio" in the drafts list.
  await tab(1);
  assert.equal(await focusedLabel(), 'Jatka kirjoittamista', 'the skip link comes first');
  await kb.press('Enter');
  assert.equal(await focusedLabel(), 'Uusi muistio', 'with no memo open, it leads to a new one');
  await kb.press('Enter');
  assert.equal(await focusedLabel(), 'Kokouksen nimi');

  // Header: title, then Tab through kind, number and language to the date, times and place.
  await kb.type('Pohjoisen valokuvakeskuksen hallituksen kokous');
  await tab(4);
  assert.equal(await focusedLabel(), 'Päivämäärä');
  await kb.press('Control+A');
  await kb.type('3.2.2026');
  await tab();
  await kb.type('17.30');
  await tab();
  await kb.type('19.15');
  await tab();
  assert.equal(await focusedLabel(), 'Paikka');
  await kb.type('kokoushuone Revontuli, Koskikatu 12 A (Kulttuuritalo), Rovaniemi');

  // Attendees, one per Enter in the add field.
  await tab();
  assert.equal(await focusedLabel(), 'Lisää osallistuja');
  const people = [
    'Aino Kallio, Pohjoisen valokuvakeskus ry, hallituksen puheenjohtaja',
    'Eero Juhani Mäkelä, Lapin ammattikorkeakoulu, mediakoulutus',
    'Saana Niemi, Rovaniemen kaupunki/kulttuuripalvelut, sihteeri',
    'Oula Pieski, Sámi Duodji ry, Giellagáldu, Anár ja Ohcejohka',
    'Liisa Ranta, Taidekeskus Kaira',
    'Tommi Vaara',
    'Matti Rautio, Arktinen Media Oy',
  ];
  for (const person of people) {
    await kb.type(person);
    await kb.press('Enter');
  }
  // Matti was away: back from the add field over his row's three buttons to "Poissa".
  await kb.press('Shift+Tab');
  await kb.press('Shift+Tab');
  await kb.press('Shift+Tab');
  await kb.press('Shift+Tab');
  assert.equal(await focusedLabel(), 'Poissa: Matti Rautio');
  await kb.press('Space');

  // The first item: past the row's buttons and the add field, Tab leads to the new-item field.
  await tab(6);
  assert.equal(await focusedLabel(), 'Uusi kohta');
  const lines = bodyLines();
  const first = lines.shift().replace(/^1\. /, '');
  await kb.type(first);
  await kb.press('Enter');
  assert.equal(await focusedLabel(), 'Uusi merkintä kohtaan 1');

  // Every entry typed into the entry box; "N. Title" starts the next item and moves there.
  let reloaded = false;
  for (const line of lines) {
    if (!reloaded && line.startsWith('4. ')) {
      // Half-way: the page reloads (a tab crash, a closed laptop lid…).
      await page.waitForTimeout(1000);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Muistio' }).waitFor();
      await tab(1);
      assert.equal(await focusedLabel(), 'Jatka kirjoittamista');
      await kb.press('Enter');
      assert.equal(await focusedLabel(), 'Uusi merkintä kohtaan 3', 'back in the last item after the reload');
      reloaded = true;
    }
    await kb.type(line);
    await kb.press('Enter');
  }
  assert.ok(reloaded);
  assert.deepEqual(await audit(page), [], 'the editor has no accessibility violations');

  // Export by keyboard: open "Lataa tiedostona", Tab to the format, Enter.
  await page.locator('details.downloads summary').press('Enter');
  const download = page.getByRole('button', { name: 'Lataa Markdown' });
  const [dl] = await Promise.all([page.waitForEvent('download'), download.press('Enter')]);
  assert.equal(dl.suggestedFilename(), '2026-02-03 Pohjoisen valokuvakeskuksen hallituksen kokous - muistio.md');
  assert.equal(readFileSync(await dl.path(), 'utf8'), expected);
  assert.deepEqual(errors, []);
  await context.close();
});
