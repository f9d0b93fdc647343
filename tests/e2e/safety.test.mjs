// Never lose a word: two tabs on one draft, a tab closed right after a keystroke, a crash, a
// full storage, versions, backups, and data this Muistio cannot read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setup, openApp, watch, audit, downloadButton, fixtures } from './harness.mjs';

const env = setup();
const memo = path.join(fixtures, 'hallitus-muistio.md');
const title = 'Pohjoisen valokuvakeskuksen hallituksen kokous';

async function withMemo(context) {
  const opened = await openApp(context, env.server.url);
  await opened.page.getByLabel('Avaa tiedosto…').setInputFiles(memo);
  await opened.page.getByText('Muistio tuotu: 7 kohtaa, 7 osallistujaa.').waitFor();
  return opened;
}

const itemTitle = (page, n) => page.locator(`.item-list > li:nth-child(${n}) .item-title`);
const saved = (page) => page.locator('.save-state', { hasText: 'Tallennettu' }).waitFor();
const storedDraft = (page) => page.evaluate(() => {
  const id = localStorage.getItem('muistio:open');
  return JSON.parse(localStorage.getItem(`muistio:draft:${id}`));
});

test('two tabs on one draft: each hears the other at once, different parts merge, the same part is never written over', async () => {
  const context = await env.browser.newContext();
  const a = await withMemo(context);
  const b = await openApp(context, env.server.url);
  assert.equal(await b.page.getByLabel('Kokouksen nimi').inputValue(), title, 'the second tab opens the same draft');

  // A saves; B shows it at once and says it is saved.
  await itemTitle(a.page, 1).fill('Kokouksen avaus ja läsnäolijat');
  await saved(a.page);
  await b.page.waitForFunction(() => document.querySelector('.item-list > li:nth-child(1) .item-title').value === 'Kokouksen avaus ja läsnäolijat');
  assert.match(await b.page.locator('.save-state').innerText(), /^Tallennettu /);

  // Both type at once, in different items: both changes arrive everywhere.
  await itemTitle(a.page, 2).fill('Kevään näyttelyt');
  await itemTitle(b.page, 3).fill('Talous ja avustukset');
  await saved(a.page);
  await saved(b.page);
  for (const page of [a.page, b.page]) {
    await page.waitForFunction(() => ['Kevään näyttelyt', 'Talous ja avustukset']
      .every((t, i) => document.querySelector(`.item-list > li:nth-child(${i + 2}) .item-title`)?.value === t));
  }
  const both = await storedDraft(a.page);
  assert.deepEqual(both.minutes.items.slice(1, 3).map((i) => i.title), ['Kevään näyttelyt', 'Talous ja avustukset']);

  // Both type in the same title before either saves: one wins in storage, the other goes
  // read-only with its words kept among the versions.
  await Promise.all([itemTitle(a.page, 4).fill('Yhteistyö A'), itemTitle(b.page, 4).fill('Yhteistyö B')]);
  const readOnly = async () => {
    for (let i = 0; i < 50; i++) {
      for (const tab of [a, b]) {
        if ((await tab.page.locator('.save-state').innerText()) === 'Vain luku') return tab;
      }
      await a.page.waitForTimeout(100);
    }
    return null;
  };
  const loser = await readOnly();
  assert.ok(loser, 'one tab shows the draft read-only');
  const winner = loser === a ? b : a;
  const stored = (await storedDraft(a.page)).minutes.items[3].title;
  const lost = stored === 'Yhteistyö A' ? 'Yhteistyö B' : 'Yhteistyö A';
  await loser.page.getByRole('alert').getByText('muutettiin toisessa välilehdessä samoista kohdista').waitFor();
  assert.deepEqual(await audit(loser.page), [], 'the read-only view is accessible');
  const versions = await loser.page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.endsWith(':conflict')).map((k) => localStorage.getItem(k)));
  assert.ok(versions.some((v) => v.includes(lost)), `"${lost}" is kept as a version`);
  await loser.page.getByRole('button', { name: 'Muokkaa tässä välilehdessä' }).click();
  assert.equal(await itemTitle(loser.page, 4).inputValue(), stored);
  await itemTitle(loser.page, 4).fill(`${stored} ja kumppanit`);
  await saved(loser.page);
  await winner.page.waitForFunction((t) => document.querySelector('.item-list > li:nth-child(4) .item-title').value === t, `${stored} ja kumppanit`);

  // A new draft in one tab appears in the other's list.
  await a.page.getByRole('button', { name: 'Uusi muistio' }).first().click();
  await a.page.getByLabel('Kokouksen nimi').fill('Toinen kokous');
  await saved(a.page);
  await b.page.getByRole('navigation', { name: 'Luonnokset' }).getByText('Toinen kokous').waitFor();
  assert.deepEqual([...a.errors, ...b.errors], []);
  await context.close();
});

test('a tab closed right after a keystroke loses nothing, nor does the text in an entry box', async () => {
  const context = await env.browser.newContext();
  const { page } = await withMemo(context);
  await page.getByLabel('Uusi merkintä kohtaan 2').fill('Riitta: Museon uusi näyttely avautuu helmikuussa ja');
  await page.getByLabel('Kokouksen nimi').fill(`${title} – luonnos`);
  await page.close();
  const again = await openApp(context, env.server.url);
  assert.equal(await again.page.getByLabel('Kokouksen nimi').inputValue(), `${title} – luonnos`);
  assert.equal(await again.page.getByLabel('Uusi merkintä kohtaan 2').inputValue(), 'Riitta: Museon uusi näyttely avautuu helmikuussa ja');
  await again.page.getByRole('link', { name: 'Jatka kirjoittamista' }).focus();
  await again.page.keyboard.press('Enter');
  assert.equal(await again.page.evaluate(() => document.activeElement.labels[0].textContent), 'Uusi merkintä kohtaan 2', 'back in the box used last');
  assert.deepEqual(again.errors, []);
  await context.close();
});

test('a crash shows a recovery screen with the draft to download, and the edit made just before it comes back', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const { page } = await withMemo(context);
  await page.goto(`${env.server.url}#selftest-panic`);
  await page.getByLabel('Kokouksen nimi').waitFor();
  await page.getByLabel('Kokouksen nimi').fill('Kirjoitettu juuri ennen kaatumista');
  await page.getByRole('heading', { level: 1, name: 'Muistio pysähtyi virheeseen' }).waitFor();
  assert.deepEqual(await audit(page), [], 'the recovery screen is accessible');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Lataa luonnos tiedostoksi' }).click()]);
  const file = JSON.parse(readFileSync(await dl.path(), 'utf8'));
  assert.equal(file.minutes.header.title, 'Kirjoitettu juuri ennen kaatumista');
  assert.equal(dl.suggestedFilename(), '2026-02-03 Kirjoitettu juuri ennen kaatumista - muistio.json');
  await page.getByRole('link', { name: 'Lataa sivu uudelleen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Muistio' }).waitFor();
  assert.equal(await page.getByLabel('Kokouksen nimi').inputValue(), 'Kirjoitettu juuri ennen kaatumista');
  await page.getByText('1 tallentamaton muutos palautettiin.').waitFor();
  await saved(page);
  assert.equal((await storedDraft(page)).minutes.header.title, 'Kirjoitettu juuri ennen kaatumista');
  await context.close();
});

test('a full storage keeps the saved copy, says so at once, and offers the draft as a file', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const { page, errors } = await withMemo(context);
  await saved(page);
  const before = await storedDraft(page);
  // Something else fills the site's storage to the brim.
  await page.evaluate(() => {
    let lo = 0;
    let hi = 6_000_000;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      try { localStorage.setItem('muu:täyte', 'x'.repeat(mid)); lo = mid; } catch { hi = mid - 1; }
    }
    localStorage.setItem('muu:täyte', 'x'.repeat(lo));
  });
  const longer = `${title}, joka ei enää mahdu tallennustilaan, koska se on aiempaa pidempi`;
  await page.getByLabel('Kokouksen nimi').fill(longer);
  const alert = page.getByRole('alert');
  await alert.getByText('Selaimen tallennustila on täynnä').waitFor();
  assert.equal(await page.locator('.save-state').innerText(), 'Tallennus epäonnistui');
  assert.deepEqual(await storedDraft(page), before, 'the previous saved copy is intact');
  const [dl] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Lataa luonnos tiedostoksi' }).click()]);
  assert.equal(JSON.parse(readFileSync(await dl.path(), 'utf8')).minutes.header.title, longer);
  // Room again: the next save goes through and says so.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('muu:')).forEach((k) => localStorage.removeItem(k)));
  await page.getByLabel('Kokouksen nimi').fill('Mahtuu taas');
  await page.getByText('Muistio tallentuu taas.').waitFor();
  assert.equal((await storedDraft(page)).minutes.header.title, 'Mahtuu taas');
  assert.deepEqual(errors, []);
  await context.close();
});

test('versions are listed, looked at and restored; a backup brings deleted drafts back and never replaces newer ones', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const { page, errors } = await withMemo(context);
  // Changing an entry's kind keeps the draft as it was among its versions.
  // An entry shows its kind menu once opened for editing.
  await page.locator('.item-list > li:nth-child(1) .entry .entry-read').click();
  await page.locator('.item-list > li:nth-child(1) .entry select.kind').selectOption('decision');
  const versions = page.locator('details.versions');
  await versions.locator('summary').click();
  await versions.getByText('ennen lajin vaihtoa').waitFor();
  await versions.getByRole('button', { name: /^Katso: / }).first().click();
  const dialog = page.getByRole('dialog', { name: /^Versio / });
  await dialog.getByText('Aino avasi kokouksen klo 17.32 ja totesi läsnäolijat.').waitFor();
  assert.deepEqual(await audit(page), [], 'the version dialog is accessible');
  await dialog.getByRole('button', { name: 'Palauta' }).click();
  await page.getByText(/^Palautettiin versio /).waitFor();
  await page.locator('.item-list > li:nth-child(1) .entry .entry-read').click();
  assert.equal(await page.locator('.item-list > li:nth-child(1) .entry select.kind').inputValue(), 'paragraph');

  // Storage in use, and the browser's answer about keeping it.
  assert.match(await page.locator('.storage').innerText(), /\d+ % käytössä/);

  // A backup of both drafts; then one is deleted and the other changed.
  await page.getByRole('button', { name: 'Uusi muistio' }).first().click();
  await page.getByLabel('Kokouksen nimi').fill('Toinen kokous');
  await saved(page);
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Varmuuskopioi kaikki luonnokset' }).click()]);
  assert.match(dl.suggestedFilename(), /^\d{4}-\d\d-\d\d muistio-varmuuskopio\.json$/);
  const backup = readFileSync(await dl.path());
  await page.getByRole('button', { name: 'Poista luonnos Toinen kokous' }).click();
  await page.getByRole('button', { name: `Seuraava kokous tästä: ${title}`, exact: false }).waitFor();
  await page.getByRole('navigation', { name: 'Luonnokset' }).getByText(title).click();
  await page.getByLabel('Kokouksen nimi').fill(`${title} (uudempi)`);
  await saved(page);
  await page.getByLabel('Avaa tiedosto…').setInputFiles({ name: 'varmuuskopio.json', mimeType: 'application/json', buffer: backup });
  const read = 'Varmuuskopio luettu: 1 uusi luonnos lisätty, ei vanhempia korvattavana, '
    + '1 uudempi luonnos jätetty ennalleen, ei vahingoittuneita.';
  await page.getByText(read).waitFor();
  const list = page.getByRole('navigation', { name: 'Luonnokset' });
  await list.getByText('Toinen kokous').waitFor();
  await list.getByText(`${title} (uudempi)`).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a draft from a newer Muistio or damaged is listed, downloadable as it is, and never written over', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const future = '{"format":"muistio","version":9,"saved_at":1,"minutes":{"header":{"title":"Tulevaisuudesta"}}}';
  await context.addInitScript((text) => {
    if (!localStorage.getItem('muistio:draft:tuleva')) localStorage.setItem('muistio:draft:tuleva', text);
  }, future);
  const { page, errors } = await withMemo(context);
  const list = page.getByRole('navigation', { name: 'Luonnokset' });
  await list.getByText('Tiedosto on tallennettu Muistion uudemmalla versiolla (muoto 9).', { exact: false }).waitFor();
  const [dl] = await Promise.all([page.waitForEvent('download'), list.getByRole('button', { name: 'Lataa sellaisenaan' }).click()]);
  assert.equal(readFileSync(await dl.path(), 'utf8'), future);
  await page.getByLabel('Kokouksen nimi').fill('Muokattu');
  await saved(page);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Muistio' }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('muistio:draft:tuleva')), future);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a strict page: no script it did not bring runs, user text never becomes markup, nothing leaves the page', async () => {
  const context = await env.browser.newContext();
  const { page, errors } = await openApp(context, env.server.url);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const rule of ["default-src 'self'", "'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) {
    assert.ok(policy.includes(rule), rule);
  }
  assert.ok(!/https?:|\*|'unsafe-inline'|'unsafe-eval'/.test(policy), `no remote origin, no inline script: ${policy}`);

  // A script slipped into the page does not run, and the violation is reported (and would fail
  // every other test, which records console errors).
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.ran = true';
    document.body.append(s);
  });
  assert.equal(await page.evaluate(() => window.ran), undefined);
  assert.ok(errors.some((e) => e.includes('Content Security Policy')), errors.join('\n'));
  errors.length = 0;

  // A hostile memo: markup stays text, only web and e-mail addresses become links.
  const hostile = [
    'Vihamielinen <script>window.ran = 1</script> kokous', '', 'MUISTIO', '', '1. Avaus', '',
    'Ida: <img src=x onerror="window.ran = 2"> ja [klikkaa](javascript:alert(1)) ja [data](data:text/html,x) ja [sivu](https://example.org/a)',
  ].join('\n');
  await page.getByLabel('Liitä muistion teksti').fill(hostile);
  await page.getByRole('button', { name: 'Tuo liitetty teksti' }).click();
  await page.getByRole('button', { name: 'Esikatselu', exact: true }).click();
  const doc = page.locator('article.document');
  await doc.getByText('<img src=x onerror="window.ran = 2">', { exact: false }).waitFor();
  assert.equal(await doc.locator('script, img').count(), 0);
  assert.deepEqual(await doc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), ['https://example.org/a']);
  assert.equal(await page.evaluate(() => window.ran), undefined);
  assert.deepEqual(errors, []);
  await context.close();
});
