// Two offline edits of one draft become one: the secretary sends the draft as a Muistio file,
// a board member opens it in their own Muistio (another browser), changes it and sends back a
// Word file; meanwhile the secretary went on writing. Opening the copy offers to merge it into
// the draft; the one thing both changed is shown side by side for a choice; Kumoa takes the
// whole merge back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setup, openApp, downloadButton, audit, fixtures } from './harness.mjs';

const env = setup();

async function download(page, name) {
  const [dl] = await Promise.all([page.waitForEvent('download'), downloadButton(page, name).then((b) => b.click())]);
  return { name: dl.suggestedFilename(), buffer: readFileSync(await dl.path()) };
}

async function retitle(page, n, title) {
  const field = page.getByLabel(`${n}. kohdan otsikko`);
  await field.fill(title);
  await field.press('Tab');
}

async function addEntry(page, n, text) {
  const box = page.getByLabel(`Uusi merkintä kohtaan ${n}`);
  await box.fill(text);
  await box.press('Enter');
  await page.locator('.item-list > li').nth(n - 1).getByText(text).waitFor();
}

async function titles(page) {
  const out = [];
  for (let n = 1; n <= 4; n += 1) out.push(await page.getByLabel(`${n}. kohdan otsikko`).inputValue());
  return out;
}

test('a copy edited in another Muistio while the draft went on here merges back, a clash chosen side by side', async () => {
  const here = await env.browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 768 } });
  const there = await env.browser.newContext({ acceptDownloads: true });
  const secretary = await openApp(here, env.server.url);
  const member = await openApp(there, env.server.url);
  const page = secretary.page;
  await page.getByLabel('Avaa tiedosto…').setInputFiles(path.join(fixtures, 'hallitus-muistio.md'));
  await page.getByText('Muistio tuotu: 7 kohtaa, 7 osallistujaa.').first().waitFor();
  const sent = await download(page, 'Lataa Muistio-tiedosto');
  await here.setOffline(true);
  await there.setOffline(true);

  // The member's Muistio: a new draft of its own, then their changes, sent back as Word.
  await member.page.getByLabel('Avaa tiedosto…').setInputFiles({ name: sent.name, mimeType: 'application/json', buffer: sent.buffer });
  await member.page.getByText('Muistio tuotu: 7 kohtaa, 7 osallistujaa.').first().waitFor();
  await retitle(member.page, 3, 'Talous ja avustukset');
  await retitle(member.page, 4, 'Yhteistyö ja kumppanit');
  await addEntry(member.page, 6, 'Jäsenkirje lähtee huhtikuussa.');
  await member.page.locator('.save-state', { hasText: 'Tallennettu' }).waitFor();
  const back = await download(member.page, 'Lataa Word');

  // Meanwhile here.
  await retitle(page, 4, 'Yhteistyökumppanit');
  await addEntry(page, 1, 'Todettiin kokous päätösvaltaiseksi.');
  await page.locator('.save-state', { hasText: 'Tallennettu' }).waitFor();

  const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  await page.getByLabel('Avaa tiedosto…').setInputFiles({ name: back.name, mimeType: docx, buffer: back.buffer });
  const dialog = page.getByRole('dialog', { name: 'Palautunut kopio' });
  await dialog.waitFor();
  await dialog.getByText('Tiedosto on tehty luonnoksesta ”Pohjoisen valokuvakeskuksen hallituksen kokous”.').waitFor();
  await dialog.getByText('Yksi kohta on muutettu sekä täällä että kopiossa: valitse, kumpi jää.').waitFor();
  const clash = dialog.getByRole('group', { name: 'Kohta 4. Yhteistyökumppanit' });
  const thisDraft = clash.getByRole('radio', { name: /Tämä luonnos\s*Yhteistyökumppanit/ });
  assert.equal(await thisDraft.isChecked(), true, 'this draft\'s is chosen until said otherwise');
  await page.screenshot({ path: '/tmp/shots/merge-1366.png' });
  assert.deepEqual(await audit(page), [], 'the merge dialog is accessible');
  await clash.getByRole('radio', { name: /Palautunut kopio\s*Yhteistyö ja kumppanit/ }).check();
  await dialog.getByRole('button', { name: 'Yhdistä luonnokseen' }).click();
  await page.getByText(/^Kopion \d+ muutosta yhdistettiin luonnokseen\.$/).waitFor();

  assert.deepEqual(await titles(page), ['Kokouksen avaus', 'Kevään näyttelyohjelma', 'Talous ja avustukset', 'Yhteistyö ja kumppanit']);
  const items = page.locator('.item-list > li');
  await items.nth(0).getByText('Todettiin kokous päätösvaltaiseksi.').waitFor();
  await items.nth(5).getByText('Jäsenkirje lähtee huhtikuussa.').waitFor();
  assert.equal(await page.getByRole('navigation', { name: 'Luonnokset' }).getByRole('listitem').count(), 1, 'merged, not added');

  // One undo takes the whole merge back; redo brings it again.
  await page.getByRole('button', { name: 'Kumoa', exact: true }).first().click();
  assert.deepEqual((await titles(page)).slice(2, 4), ['Talous', 'Yhteistyökumppanit']);
  assert.equal(await items.nth(5).getByText('Jäsenkirje lähtee huhtikuussa.').count(), 0);
  await items.nth(0).getByText('Todettiin kokous päätösvaltaiseksi.').waitFor();
  await page.getByRole('button', { name: 'Tee uudelleen', exact: true }).click();
  assert.deepEqual((await titles(page)).slice(2, 4), ['Talous ja avustukset', 'Yhteistyö ja kumppanit']);

  // The merged draft is what is stored: a reload shows it.
  await page.locator('.save-state', { hasText: 'Tallennettu' }).waitFor();
  await page.reload();
  await items.nth(5).getByText('Jäsenkirje lähtee huhtikuussa.').waitFor();
  assert.deepEqual([...secretary.errors, ...member.errors], []);
  await here.close();
  await there.close();
});

test('on a phone the two versions stand one above the other, and a copy can still be kept apart', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const { page, errors } = await openApp(context, env.server.url);
  await page.getByLabel('Avaa tiedosto…').setInputFiles(path.join(fixtures, 'hallitus-muistio.md'));
  await page.getByText('Muistio tuotu: 7 kohtaa, 7 osallistujaa.').first().waitFor();
  const copy = await download(page, 'Lataa verkkosivu');
  // Both sides change the first item's title: the copy in its text, as an editor would.
  const html = copy.buffer.toString('utf8').replace('>1. Kokouksen avaus<', '>1. Avaus ja läsnäolijat<');
  assert.notEqual(html, copy.buffer.toString('utf8'), 'the title was found in the page');
  await retitle(page, 1, 'Avaus');
  await page.locator('.save-state', { hasText: 'Tallennettu' }).waitFor();
  await page.getByLabel('Avaa tiedosto…').setInputFiles({ name: copy.name, mimeType: 'text/html', buffer: Buffer.from(html) });
  const dialog = page.getByRole('dialog', { name: 'Palautunut kopio' });
  const clash = dialog.getByRole('group', { name: /^Kohta 1\. Avaus$/ });
  await clash.waitFor();
  await dialog.getByText('Kopiossa on yksi muutos sen jälkeen, kun se tehtiin.', { exact: false }).waitFor();
  await clash.getByRole('radio', { name: /Palautunut kopio\s*Avaus ja läsnäolijat/ }).waitFor();
  const [mine, theirs] = await clash.locator('.clash-side').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
  assert.ok(theirs.y >= mine.y + mine.height - 1, 'stacked on a phone');
  assert.ok(mine.right <= 390 && theirs.right <= 390, 'within the screen');
  await page.screenshot({ path: '/tmp/shots/merge-390.png' });
  await dialog.getByRole('button', { name: 'Tuo erillisenä luonnoksena' }).click();
  await page.getByText('Muistio tuotu: 7 kohtaa, 7 osallistujaa.').first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
