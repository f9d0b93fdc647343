// The interface in Finnish, Swedish and English: the main flow in each, every screen and dialog
// audited by axe in each (light and dark), the language switched from the banner and remembered,
// and a page that reflows at 320 px and at 200 % zoom with focus always visible.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setup, openApp, downloadButton, audit, fixtures } from './harness.mjs';

const env = setup();

/** What a person sees in each language, and a memo in that language. */
const LANGUAGES = {
  fi: {
    locale: 'fi-FI', fixture: 'hallitus-muistio.md', open: 'Avaa tiedosto…', imported: 'Muistio tuotu: 7 kohtaa, 7 osallistujaa.',
    drafts: 'Luonnokset', statement: 'Saavutettavuusseloste', shortcuts: 'Pikanäppäimet', close: 'Sulje', meeting: 'Kokouksen nimi',
    preview: 'Esikatselu', send: 'Lähetä sähköpostilla', downloads: 'Lataa tiedostona', markdown: 'Lataa Markdown',
    docLanguage: 'Asiakirjan kieli', bad: 'Tämä on PNG-tiedosto, jota Muistio ei vielä lue.', saved: 'Tallennettu', checks: 'Tarkistukset',
  },
  sv: {
    locale: 'sv-FI', fixture: 'styrelse-protokoll.md', open: 'Öppna fil…', imported: 'Anteckningarna hämtade: 4 punkter, 4 deltagare.',
    drafts: 'Utkast', statement: 'Tillgänglighetsutlåtande', shortcuts: 'Kortkommandon', close: 'Stäng', meeting: 'Mötets namn',
    preview: 'Förhandsgranska', send: 'Skicka med e-post', downloads: 'Ladda ner som fil', markdown: 'Ladda ner Markdown',
    docLanguage: 'Dokumentets språk', bad: 'Det här är en PNG-fil som Muistio inte läser ännu.', saved: 'Sparat', checks: 'Kontroller',
  },
  en: {
    locale: 'en-GB', fixture: 'board-minutes.md', open: 'Open a file…', imported: /^Minutes opened: \d+ items, 4 attendees\.$/,
    drafts: 'Drafts', statement: 'Accessibility statement', shortcuts: 'Keyboard shortcuts', close: 'Close', meeting: 'Meeting name',
    preview: 'Preview', send: 'Send by e-mail', downloads: 'Download as a file', markdown: 'Download Markdown',
    docLanguage: 'Document language', bad: 'This is a PNG file, which Muistio cannot read yet.', saved: 'Saved', checks: 'Checks',
  },
};

/** Opens a dialog with its button, audits it, and closes it with its own close button. */
async function auditDialog(page, t, button, name) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  assert.deepEqual(await audit(page), [], `dialog ${name}`);
  await dialog.getByRole('button', { name: t.close, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Every screen and dialog, audited. */
async function auditEverything(page, t, what) {
  assert.deepEqual(await audit(page), [], `${what}: editor`);
  await auditDialog(page, t, t.statement, t.statement);
  await auditDialog(page, t, t.shortcuts, t.shortcuts);
  await auditDialog(page, t, t.send, t.send);
  await page.locator('details.downloads summary').click();
  assert.deepEqual(await audit(page), [], `${what}: the downloads menu`);
  await page.locator('details.downloads summary').click();
  await page.getByRole('button', { name: t.preview, exact: true }).click();
  await page.locator('article.document').waitFor();
  assert.deepEqual(await audit(page), [], `${what}: preview`);
  await page.getByRole('button', { name: t.preview, exact: true }).press('Shift+Tab');
  await page.keyboard.press('Enter');
}

for (const [code, t] of Object.entries(LANGUAGES)) {
  test(`the main flow in ${t.locale}: the browser's language on the first visit, every screen accessible`, async () => {
    const context = await env.browser.newContext({ acceptDownloads: true, locale: t.locale });
    const { page, errors } = await openApp(context, env.server.url);
    assert.equal(await page.evaluate(() => document.documentElement.lang), code);
    assert.equal(await page.getByLabel(/^(Käyttökieli|Språk|Language)$/).inputValue(), code);
    assert.deepEqual(await audit(page), [], 'the empty page');
    await auditDialog(page, t, t.statement, t.statement);

    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]);
    await page.getByLabel(t.open).setInputFiles({ name: 'kuva.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('alert').getByText(t.bad, { exact: false }).waitFor();

    await page.getByLabel(t.open).setInputFiles(path.join(fixtures, t.fixture));
    await page.getByRole('status').getByText(t.imported).waitFor();
    await page.locator('.save-state', { hasText: t.saved }).waitFor();
    assert.match(await page.locator('.checks summary').innerText(), new RegExp(`^${t.checks}: `));
    await auditEverything(page, t, code);

    const [dl] = await Promise.all([page.waitForEvent('download'), downloadButton(page, t.markdown).then((b) => b.click())]);
    assert.equal(readFileSync(await dl.path(), 'utf8'), readFileSync(path.join(fixtures, t.fixture), 'utf8'));
    assert.deepEqual(errors, []);
    await context.close();

    // The same screens in the dark theme.
    const dark = await env.browser.newContext({ locale: t.locale, colorScheme: 'dark', reducedMotion: 'reduce' });
    const again = await openApp(dark, env.server.url);
    await again.page.getByLabel(t.open).setInputFiles(path.join(fixtures, t.fixture));
    await again.page.getByRole('status').getByText(t.imported).waitFor();
    assert.equal(await again.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), 'rgb(18, 21, 24)');
    await auditEverything(again.page, t, `${code}, dark`);
    const moving = await again.page.evaluate(() => document.getAnimations()
      .filter((a) => Number(a.effect?.getComputedTiming().duration) > 1)
      .map((a) => `${a.animationName ?? a.transitionProperty} on ${a.effect?.target?.tagName}`));
    assert.deepEqual(moving, [], 'with reduced motion nothing moves');
    assert.deepEqual(again.errors, []);
    await dark.close();
  });
}

test('the interface language is switched from the banner and remembered; each document keeps its own', async () => {
  const context = await env.browser.newContext();
  const { page, errors } = await openApp(context, env.server.url);
  await page.getByLabel('Avaa tiedosto…').setInputFiles(path.join(fixtures, 'hallitus-muistio.md'));
  await page.getByText('Muistio tuotu: 7 kohtaa, 7 osallistujaa.').waitFor();

  await page.getByLabel('Käyttökieli').selectOption('sv');
  await page.getByRole('navigation', { name: 'Utkast' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'sv');
  await page.getByText('Anteckningarna hämtade: 7 punkter, 7 deltagare.').waitFor();
  assert.equal(await page.getByLabel('Dokumentets språk').inputValue(), 'fi', 'the memo is still Finnish');
  assert.equal(await page.getByLabel('Dokument', { exact: true }).locator('option:checked').innerText(), 'Minnesanteckningar');

  await page.reload();
  await page.getByRole('navigation', { name: 'Utkast' }).waitFor();
  await page.getByLabel('Språk', { exact: true }).selectOption('en');
  await page.getByRole('navigation', { name: 'Drafts' }).waitFor();
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await page.getByRole('table', { name: 'Paikalla' }).waitFor();
  assert.equal(await page.locator('article.document').getAttribute('lang'), 'fi', 'the preview reads in the memo\'s language');

  await page.getByRole('button', { name: 'New minutes' }).click();
  assert.equal(await page.getByLabel('Document language').inputValue(), 'en', 'a new memo starts in the interface\'s language');
  assert.deepEqual(errors, []);
  await context.close();
});

/** Elements wider than the page, or reaching past its right edge (scrolling data tables excepted). */
const overflow = (page) => page.evaluate(() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  if (document.documentElement.scrollWidth > width) out.push(`page ${document.documentElement.scrollWidth} > ${width}`);
  for (const el of document.querySelectorAll('button, input, select, textarea, summary, a, h1, h2, h3, p, label')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || el.closest('.attendees, dialog:not([open])')) continue;
    if (r.right > width + 0.5 || r.left < -0.5) out.push(`${el.tagName} ${el.id || el.textContent.slice(0, 30)} ${r.left}–${r.right}`);
  }
  return out;
});

test('the page reflows at 320 px and at 200 % zoom with nothing cut off, and focus is always visible', async () => {
  for (const [what, viewport, scale] of [['320 px', { width: 320, height: 640 }, 1], ['200 % zoom', { width: 683, height: 384 }, 2]]) {
    const context = await env.browser.newContext({ viewport, deviceScaleFactor: scale });
    const { page, errors } = await openApp(context, env.server.url);
    assert.deepEqual(await overflow(page), [], `${what}: empty page`);
    await page.getByLabel('Avaa tiedosto…').setInputFiles(path.join(fixtures, 'hallitus-muistio.md'));
    await page.getByText('Muistio tuotu: 7 kohtaa, 7 osallistujaa.').waitFor();
    assert.deepEqual(await overflow(page), [], `${what}: editor`);
    // The open draft comes first; on a phone the outline, drafts and import wait behind the menu.
    const menu = page.getByRole('button', { name: 'Kohdat ja luonnokset' });
    assert.equal(await menu.isVisible(), true, `${what}: the menu button is there`);
    assert.equal(await page.locator('aside').isVisible(), false, `${what}: the drafts wait behind the menu`);
    await menu.click();
    const main = await page.locator('main').boundingBox();
    const side = await page.locator('aside').boundingBox();
    assert.ok(side.y < main.y, `${what}: the menu opens above the draft`);
    assert.equal(await page.locator('details.import').evaluate((d) => d.open), viewport.width > 640,
      `${what}: the import panel folds away on a phone while a draft is open`);
    assert.deepEqual(await overflow(page), [], `${what}: the open menu`);
    assert.deepEqual(await audit(page), [], `${what}: the open menu audit`);
    await menu.click();
    for (const label of ['Puheenjohtaja: Aino Kallio', 'Poissa: Matti Rautio']) {
      assert.ok(await page.getByLabel(label, { exact: true }).isVisible(), `${what}: ${label} is on screen`);
    }
    await page.getByRole('button', { name: 'Esikatselu', exact: true }).click();
    assert.deepEqual(await overflow(page), [], `${what}: preview`);
    assert.deepEqual(await audit(page), [], `${what}: preview audit`);
    assert.deepEqual(errors, []);
    await context.close();
  }

  // Every control shows where the keyboard is: Tab through the top of the page.
  const context = await env.browser.newContext();
  const { page } = await openApp(context, env.server.url);
  await page.getByLabel('Avaa tiedosto…').setInputFiles(path.join(fixtures, 'hallitus-muistio.md'));
  await page.getByText('Muistio tuotu: 7 kohtaa, 7 osallistujaa.').waitFor();
  await page.locator('body').focus();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const style = await page.evaluate(() => {
      const el = document.activeElement;
      const s = getComputedStyle(el);
      return { what: `${el.tagName} ${el.id || el.textContent.slice(0, 20)}`, outline: s.outlineStyle, width: s.outlineWidth };
    });
    assert.ok(style.outline !== 'none' && style.width !== '0px', `focus is visible on ${style.what}`);
  }
  await context.close();
});
