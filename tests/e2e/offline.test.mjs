// Open it anywhere: after one visit the app works with the network cut and the server gone; a
// new version waits until the person takes it; the one-file app works from the file system.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, cpSync, copyFileSync, utimesSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setup, serve, openApp, watch, downloadButton, audit, launchPersistent, fixtures, dist } from './harness.mjs';

const env = setup();
const memo = path.join(fixtures, 'hallitus-muistio.md');
const title = 'Pohjoisen valokuvakeskuksen hallituksen kokous';

/** A copy of the build in its own folder, served on its own port (it can then be stopped or
 * changed); `stop` returns once the server no longer answers. */
async function ownServer() {
  const dir = mkdtempSync(path.join(tmpdir(), 'muistio-dist-'));
  cpSync(dist, dir, { recursive: true });
  const server = await serve(dir);
  const stop = async () => {
    server.close();
    for (let i = 0; i < 50; i++) {
      try { await fetch(server.url); } catch { return; }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the server did not stop');
  };
  return { dir, stop, ...server };
}

/** Waits until the service worker has cached the app and controls the page. */
async function offlineReady(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  await page.getByText('Muistio toimii nyt myös ilman verkkoyhteyttä.').waitFor();
}

const pdfText = (file) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const zipEntry = (file, entry) => execFileSync('python3', ['-c',
  'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())', file, entry], { encoding: 'utf8' });

test('after one visit the app opens, edits, saves and exports every format with the network cut and the server stopped', async () => {
  const server = await ownServer();
  const context = await env.browser.newContext({ acceptDownloads: true });
  const { page, errors } = await openApp(context, server.url);
  await offlineReady(page);
  await page.getByLabel('Avaa tiedosto…').setInputFiles(memo);
  await page.getByText('Muistio tuotu: 7 kohtaa, 7 osallistujaa.').waitFor();

  await server.stop();
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Muistio' }).waitFor();
  const drafts = page.getByRole('navigation', { name: 'Luonnokset' });
  await drafts.getByText(title).waitFor();
  assert.equal(await page.getByLabel('Kokouksen nimi').inputValue(), title, 'the open draft is back');

  await page.getByLabel('Kokouksen nimi').fill(`${title} (ilman verkkoa)`);
  await page.locator('.save-state', { hasText: 'Tallennettu' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Muistio' }).waitFor();
  assert.equal(await page.getByLabel('Kokouksen nimi').inputValue(), `${title} (ilman verkkoa)`, 'saved offline');

  const stem = `2026-02-03 ${title} (ilman verkkoa) - muistio`;
  const files = {};
  for (const [button, ext] of [['Lataa PDF', 'pdf'], ['Lataa Word', 'docx'], ['Lataa OpenDocument', 'odt'], ['Lataa verkkosivu', 'html'],
    ['Lataa Markdown', 'md'], ['Lataa teksti', 'txt'], ['Lataa kalenteritiedosto', 'ics'], ['Lataa Muistio-tiedosto', 'json']]) {
    const [dl] = await Promise.all([page.waitForEvent('download'), downloadButton(page, button).then((b) => b.click())]);
    assert.equal(dl.suggestedFilename(), `${stem}.${ext}`);
    files[ext] = await dl.path();
  }
  const pdf = pdfText(files.pdf);
  for (const expected of [`${title} (ilman verkkoa)`, 'Eero Juhani Mäkelä', 'Čohkkiras ja Ŋ-kirjain']) assert.ok(pdf.includes(expected), expected);
  assert.ok(zipEntry(files.docx, 'word/document.xml').includes('Eero Juhani'));
  assert.ok(zipEntry(files.odt, 'content.xml').includes('Eero Juhani'));
  assert.ok(readFileSync(files.ics, 'utf8').includes('BEGIN:VEVENT'));
  assert.ok(readFileSync(files.md, 'utf8').startsWith(`${title} (ilman verkkoa)\n`));

  const caches = await page.evaluate(() => caches.keys());
  assert.equal(caches.length, 1, `one cache: ${caches}`);
  assert.match(caches[0], /^muistio-[0-9a-f]{16}$/);
  assert.deepEqual(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
  await context.close();
});

test('a new version is offered and never swapped in under an edit; taking it saves first', async () => {
  const server = await ownServer();
  const context = await env.browser.newContext();
  const { page, errors } = await openApp(context, server.url);
  await offlineReady(page);
  const first = await page.evaluate(() => caches.keys());
  await page.getByRole('button', { name: 'Uusi muistio' }).first().click();
  await page.getByLabel('Kokouksen nimi').fill('Hallituksen kokous');

  // The server gets a new version; the browser finds it.
  const sw = path.join(server.dir, 'sw.js');
  writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = '$1-uusi'"));
  // The static server tells a changed file by its time to the second: on a fast machine the
  // page may have fetched sw.js in the same second, and would be told it had not changed.
  const later = new Date(Date.now() + 10_000);
  utimesSync(sw, later, later);
  // The browser looks for a new version now and then (the app asks every half hour); here at
  // once, and again while it has not found it (installing it fetches every file again).
  const notice = page.getByText('Uusi versio on saatavilla – päivitä');
  const seen = [];
  for (let i = 0; i < 30 && !(await notice.isVisible()); i++) {
    seen.push(await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      const failed = await reg.update().then(() => '', (e) => String(e));
      const state = (w) => (w ? w.state : '-');
      return `${failed} installing ${state(reg.installing)} waiting ${state(reg.waiting)} active ${state(reg.active)}`;
    }));
    await notice.waitFor({ timeout: 3000 }).catch(() => {});
  }
  assert.ok(await notice.isVisible(), `no notice; the registration after each look:\n${seen.join('\n')}`);
  assert.deepEqual(await audit(page), [], 'the notice is accessible');

  // Nothing is swapped in while the person types: the page stays, the typing lands.
  await page.waitForTimeout(1500);
  await page.getByLabel('Kokouksen nimi').fill('Hallituksen kokous 4/2026');
  assert.equal(await page.evaluate(() => caches.keys().then((k) => k.length)), 2, 'the old version still serves this page');

  // Taking the update saves what was typed a moment ago, then reloads into the new version.
  const reloaded = page.waitForEvent('load', { timeout: 90000 });
  await page.getByRole('button', { name: 'Päivitä' }).click();
  await reloaded;
  await page.getByRole('heading', { level: 1, name: 'Muistio' }).waitFor();
  assert.equal(await page.getByLabel('Kokouksen nimi').inputValue(), 'Hallituksen kokous 4/2026');
  const now = await page.evaluate(() => caches.keys());
  assert.deepEqual(now, [`${first[0]}-uusi`], 'the new cache replaced the old one');
  assert.ok(!(await page.getByText('Uusi versio on saatavilla – päivitä').isVisible()));
  assert.deepEqual(errors, []);
  server.close();
  await context.close();
});

test('the app can be installed from its manifest, with icons that load', async () => {
  // Installing needs a profile of its own (the other tests' contexts are incognito).
  const context = await launchPersistent(mkdtempSync(path.join(tmpdir(), 'muistio-profile-')));
  const { page, errors } = await openApp(context, env.server.url);
  await offlineReady(page);
  const cdp = await context.newCDPSession(page);
  const { errors: manifestErrors } = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifestErrors, []);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  const manifest = await (await fetch(new URL('manifest.webmanifest', env.server.url))).json();
  assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'), 'a maskable icon');
  for (const icon of manifest.icons) {
    const res = await fetch(new URL(icon.src, env.server.url));
    assert.equal(res.status, 200, icon.src);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the one-file app, from the file system with no network, writes a memo, reloads, makes PDF, Word and ODF files, reads Word back', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'liite-'));
  const file = path.join(dir, 'muistio.html');
  copyFileSync(path.join(dist, 'muistio.html'), file);
  const context = await env.browser.newContext({ acceptDownloads: true });
  await context.setOffline(true);
  const page = await context.newPage();
  const errors = watch(page);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(file).href);
  await page.getByRole('heading', { level: 1, name: 'Muistio' }).waitFor();

  await page.getByRole('button', { name: 'Uusi muistio' }).first().click();
  await page.getByLabel('Kokouksen nimi').fill('Sähköpostilla saatu muistio');
  await page.getByLabel('Uusi kohta').fill('Kokouksen avaus');
  await page.getByLabel('Uusi kohta').press('Enter');
  await page.getByLabel('Uusi merkintä kohtaan 1').fill('Ida: Avasin kokouksen – Čohkkiras ja Ŋ.');
  await page.getByLabel('Uusi merkintä kohtaan 1').press('Enter');
  await page.locator('.save-state', { hasText: 'Tallennettu' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Muistio' }).waitFor();
  assert.equal(await page.getByLabel('Kokouksen nimi').inputValue(), 'Sähköpostilla saatu muistio');

  const [dl] = await Promise.all([page.waitForEvent('download'), downloadButton(page, 'Lataa PDF').then((b) => b.click())]);
  const text = pdfText(await dl.path());
  for (const expected of ['Sähköpostilla saatu muistio', '1. Kokouksen avaus', 'Ida: Avasin kokouksen – Čohkkiras ja Ŋ.']) {
    assert.ok(text.includes(expected), `${expected} in ${text}`);
  }
  const [word] = await Promise.all([page.waitForEvent('download'), downloadButton(page, 'Lataa Word').then((b) => b.click())]);
  const docx = await word.path();
  assert.ok(zipEntry(docx, 'word/document.xml').includes('Avasin kokouksen'), 'the Word file has the text');
  const [odt] = await Promise.all([page.waitForEvent('download'), downloadButton(page, 'Lataa OpenDocument').then((b) => b.click())]);
  assert.ok(zipEntry(await odt.path(), 'content.xml').includes('Avasin kokouksen'), 'the OpenDocument file has the text');
  // The Word file read back, by the worker the page carries: a copy of the draft here.
  await page.getByLabel('Avaa tiedosto…').setInputFiles(docx);
  await page.getByRole('dialog', { name: 'Palautunut kopio' }).getByRole('button', { name: 'Tuo erillisenä luonnoksena' }).click();
  await page.getByRole('navigation', { name: 'Luonnokset' }).getByRole('listitem').nth(1).waitFor();
  assert.equal(await page.getByLabel('Kokouksen nimi').inputValue(), 'Sähköpostilla saatu muistio');

  await page.getByRole('button', { name: 'Lähetä sähköpostilla' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lähetä sähköpostilla' });
  const [eml] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Lataa sähköpostiluonnos (.eml)' }).click()]);
  assert.ok(readFileSync(await eml.path(), 'latin1').includes('.pdf'), 'the e-mail draft carries the PDF');

  const outside = requests.filter((u) => !/^(file|data|blob):/.test(u));
  assert.deepEqual(outside, [], 'nothing is fetched from a network');
  assert.ok(!(await page.evaluate(() => navigator.serviceWorker?.controller)), 'no service worker on file://');
  assert.deepEqual(errors, []);
  await context.close();
});
