// Writing during a meeting in the real memo: the bar and its notices stay in sight, the outline
// and the jump keys find an item, entries read like the memo until edited, inline formatting
// by keys, and a phone's layout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { setup, openApp, audit, realMemo } from './harness.mjs';

const env = setup();
const skip = !existsSync(realMemo) && 'the real memo is not on this machine';

/** The app with the real memo open. */
async function withRealMemo(options = {}) {
  const context = await env.browser.newContext(options);
  const { page, errors } = await openApp(context, env.server.url);
  await page.getByLabel('Avaa tiedosto…').setInputFiles(realMemo);
  await page.getByText('Muistio tuotu: 9 kohtaa, 17 osallistujaa.').waitFor();
  return { context, page, errors };
}

/** The accessible name of the focused element. */
const focusedLabel = (page) => page.evaluate(() => {
  const el = document.activeElement;
  const named = el?.getAttribute('aria-labelledby');
  if (named) return document.getElementById(named)?.textContent?.trim();
  return el?.getAttribute('aria-label') ?? el?.labels?.[0]?.textContent?.trim() ?? el?.textContent?.trim();
});

/** Selects `word` inside the editable element (as a person would with the mouse). */
const select = (locator, word) => locator.evaluate((el, word) => {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent.indexOf(word);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return;
  }
  throw new Error(`no ${word}`);
}, word);

/** True when the element is wholly inside the viewport. */
const onScreen = async (page, locator) => {
  const box = await locator.boundingBox();
  const { height, width } = page.viewportSize();
  return box !== null && box.y >= 0 && box.y + box.height <= height + 0.5 && box.x >= 0 && box.x + box.width <= width + 0.5;
};

/** On screen once the page has settled: the entry left for the box closes its fields, and
 * what is below it moves up, in the frames after the focus moved. */
const settlesOnScreen = async (page, locator) => {
  for (let i = 0; i < 20; i += 1) {
    if (await onScreen(page, locator)) return true;
    await page.waitForTimeout(50);
  }
  return false;
};

const item = (page, n) => page.locator(`.item-list > li:nth-child(${n})`);

test('the bar stays on screen, and a removal notice names the entry near the foot of the screen', { skip }, async () => {
  const { context, page, errors } = await withRealMemo({ viewport: { width: 1366, height: 768 } });
  const outline = page.getByRole('navigation', { name: 'Kohdat' });
  await outline.getByRole('link', { name: /^6\. Osallistujien/ }).click();
  assert.ok(await page.evaluate(() => window.scrollY) > 2000, 'item 6 is far down the page');
  const bar = page.getByRole('region', { name: 'Muistion työkalut' });
  for (const name of ['Kumoa', 'Tee uudelleen', 'Muokkaa', 'Esikatselu', 'Lähetä sähköpostilla']) {
    assert.ok(await onScreen(page, bar.getByRole('button', { name, exact: true })), `${name} stays on screen`);
  }
  assert.ok(await onScreen(page, bar.getByRole('button', { name: /^Tarkistukset: \d+ huomio/ })), 'the checks count too');
  assert.ok(await onScreen(page, bar.getByText('Lataa tiedostona')));
  assert.ok(await onScreen(page, outline), 'the outline stays beside the items');

  // Riitta's statement in item 6 removed by its key: the notice names it, on screen, near the foot.
  await item(page, 6).locator('.entry-read').first().click();
  await page.keyboard.press('Alt+Delete');
  const notice = page.getByRole('status').locator('.notice').filter({ hasText: 'Poistettu: puheenvuoro (Riitta) kohdasta 6.' });
  await notice.waitFor();
  assert.ok(await onScreen(page, notice), 'the notice is on screen');
  assert.ok((await notice.boundingBox()).y > 768 / 2, 'in the lower half of the screen');
  await notice.getByRole('button', { name: 'Kumoa' }).click();
  // The entry comes back where it was, opened for editing.
  assert.equal(await page.getByLabel('Puhuja', { exact: true }).inputValue(), 'Riitta');
  assert.match(await page.getByRole('textbox', { name: 'Puheenvuoro', exact: true }).innerText(), /^Museoiden kävijämäärä ilahdutti\./);
  assert.equal(await page.getByText(/^Poistettu:/).count(), 0, 'the notice goes once used');

  // The bar's checks count opens the list.
  await bar.getByRole('button', { name: /^Tarkistukset/ }).click();
  assert.equal(await page.locator('details.checks').evaluate((d) => d.open), true);
  assert.deepEqual(await audit(page), [], 'the page with the bar and the outline has no violations');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a removal notice names the entry in Swedish and English too', { skip }, async () => {
  for (const [locale, outlineName, text] of [
    ['sv-FI', 'Punkter', 'Borttaget: inlägg (Riitta) i punkt 6.'],
    ['en-GB', 'Items', 'Removed: statement (Riitta) from item 6.'],
  ]) {
    const context = await env.browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(env.server.url);
    await page.locator('#file-input').setInputFiles(realMemo);
    await page.getByRole('navigation', { name: outlineName }).getByRole('link', { name: /^6\./ }).click();
    await item(page, 6).locator('.entry-read').first().click();
    await page.keyboard.press('Alt+Delete');
    await page.getByRole('status').getByText(text).waitFor();
    await context.close();
  }
});

test('the outline and the jump keys find an item; items fold and are reordered from the outline', { skip }, async () => {
  const { context, page, errors } = await withRealMemo({ viewport: { width: 1366, height: 768 } });
  const outline = page.getByRole('navigation', { name: 'Kohdat' });
  assert.equal(await outline.getByRole('link').count(), 9);
  await outline.getByRole('link', { name: /^6\./ }).press('Enter');
  assert.equal(await focusedLabel(page), '6. Kohdan otsikko', 'Enter on a line goes to the item');
  assert.equal(await outline.getByRole('link', { name: /^6\./ }).getAttribute('aria-current'), 'location');
  assert.equal(await outline.locator('[aria-current]').count(), 1);
  await page.keyboard.press('Alt+PageDown');
  assert.equal(await focusedLabel(page), 'Uusi merkintä kohtaan 7');
  assert.equal(await outline.getByRole('link', { name: /^7\./ }).getAttribute('aria-current'), 'location', 'the outline follows');
  await page.keyboard.press('Alt+PageUp');
  await page.keyboard.press('Alt+PageUp');
  assert.equal(await focusedLabel(page), 'Uusi merkintä kohtaan 5');
  // From an entry inside item 3, Alt+Enter goes to that item's entry box.
  await item(page, 3).locator('.entry-read').nth(1).click();
  assert.match(await focusedLabel(page), /^Puheenvuoro/);
  await page.keyboard.press('Alt+Enter');
  assert.equal(await focusedLabel(page), 'Uusi merkintä kohtaan 3');
  assert.ok(await settlesOnScreen(page, page.getByLabel('Uusi merkintä kohtaan 3')));

  // The shortcuts are in the help.
  await page.keyboard.press('Control+/');
  const help = page.getByRole('dialog', { name: 'Pikanäppäimet' });
  for (const keys of ['Alt+Page Down', 'Alt+Page Up', 'Alt+Enter', 'Ctrl+B', 'Ctrl+K']) await help.getByText(keys, { exact: true }).waitFor();
  await page.keyboard.press('Escape');

  // Reordered from the outline with Alt+↓, undone with Ctrl+Z.
  const line2 = outline.getByRole('link', { name: /^2\. Lapin yrittäjyysstrategia/ });
  await line2.focus();
  await page.keyboard.press('Alt+ArrowDown');
  assert.match(await focusedLabel(page), /^3\. Lapin yrittäjyysstrategia/, 'the line keeps the focus at its new place');
  assert.equal(await page.getByLabel('2. Kohdan otsikko').inputValue(), 'Luovien alojen tilannekatsaus');
  await page.keyboard.press('Control+z');
  assert.equal(await page.getByLabel('2. Kohdan otsikko').inputValue(), 'Lapin yrittäjyysstrategia 2025-2030+');
  // And by dragging a line.
  await outline.getByRole('link', { name: /^1\./ }).dragTo(outline.getByRole('link', { name: /^3\./ }));
  assert.equal(await page.getByLabel('3. Kohdan otsikko').inputValue(), 'Kokouksen avaus ja osallistujien toteaminen');
  await page.keyboard.press('Control+z');

  // Reading with the mouse: the outline follows the item on screen.
  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await item(page, 4).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await outline.getByRole('link', { name: /^4\./ }).and(page.locator('[aria-current=location]')).waitFor();

  // Item 2 folds away and comes back.
  const fold = page.getByRole('button', { name: 'Pienennä kohta 2' });
  await fold.click();
  assert.equal(await page.getByRole('button', { name: 'Näytä kohta 2' }).getAttribute('aria-expanded'), 'false');
  assert.equal(await page.getByLabel('Uusi merkintä kohtaan 2').isVisible(), false);
  await item(page, 2).getByText('11 merkintää piilossa').waitFor();
  await page.getByRole('button', { name: 'Näytä kohta 2' }).click();
  assert.ok(await page.getByLabel('Uusi merkintä kohtaan 2').isVisible());
  // A jump to a folded item unfolds it.
  await page.getByRole('button', { name: 'Pienennä kohta 4' }).click();
  await outline.getByRole('link', { name: /^3\./ }).click();
  await page.keyboard.press('Alt+PageDown');
  assert.equal(await focusedLabel(page), 'Uusi merkintä kohtaan 4');
  assert.deepEqual(await audit(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('entries read like the memo until edited; only the edited one shows its tools', { skip }, async () => {
  const { context, page, errors } = await withRealMemo();
  const two = item(page, 2);
  assert.equal(await two.locator('.entry textarea, .entry [contenteditable], .entry select, .entry button').count(), 0,
    'no fields or buttons in entries at rest');
  assert.deepEqual(await two.locator('.entry-read strong.speaker').allTextContents(),
    ['Ida:', 'Minna:', 'Julius:', 'Minna:', 'Ida:', 'Julius:', 'Ami:', 'Inga:', 'Ami:']);
  const reply = two.locator('.reply-read').first();
  assert.ok((await reply.boundingBox()).x > (await two.locator('.entry').nth(2).locator('.entry-read').boundingBox()).x, 'a reply is indented');
  // The imported placeholder link reads as its words, never as Markdown.
  const main = await page.locator('main').innerText();
  assert.ok(main.includes('yritysstrategian') && !main.includes(']('), 'no Markdown on the page');
  assert.equal(await two.locator('.link-text', { hasText: 'yritysstrategian' }).count(), 1);
  await two.locator('.link-text', { hasText: 'https://www.norden.org/fi/visio-2030' }).waitFor();

  // The imported placeholder link, opened for editing, still reads as its words.
  await two.locator('.entry-read').first().click();
  const first = page.getByRole('textbox', { name: 'Teksti', exact: true });
  assert.match(await first.innerText(), /valmistuneen Lapin yritysstrategian\. Tiivistetyt/);
  assert.equal(await first.locator('.link-text', { hasText: 'yritysstrategian' }).count(), 1);

  // Clicked: that entry alone becomes fields with its kind menu and buttons.
  await two.locator('.entry').nth(2).locator('.entry-read').click();
  assert.equal(await focusedLabel(page), 'Puheenvuoro');
  assert.equal(await page.locator('.entry select.kind').count(), 1);
  assert.equal(await two.getByRole('button', { name: 'Poista merkintä: Puheenvuoro' }).count(), 1);
  assert.deepEqual(await audit(page), [], 'an entry being edited has no violations');
  // Tab leaves it: it reads again, and the next one opens.
  await page.getByLabel('Vastaus 1', { exact: true }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.locator('.entry select.kind').count(), 1, 'still one entry with its tools');
  assert.equal(await focusedLabel(page), 'Teksti', 'the next entry (a paragraph) is being edited');

  // Bold, italic and a link by keys, shown as they read and never as Markdown.
  const text = page.getByRole('textbox', { name: 'Teksti', exact: true });
  await text.fill('Alatyöryhmissä mukana olleet toimijat');
  await select(text, 'Alatyöryhmissä');
  await page.keyboard.press('Control+b');
  await select(text, 'mukana');
  await page.keyboard.press('Control+i');
  await select(text, 'toimijat');
  page.once('dialog', (d) => { assert.equal(d.message(), 'Linkin osoite'); d.accept('https://example.org/toimijat'); });
  await page.keyboard.press('Control+k');
  await text.locator('b', { hasText: 'Alatyöryhmissä' }).waitFor();
  assert.equal(await text.innerText(), 'Alatyöryhmissä mukana olleet toimijat', 'the field holds no Markdown');
  await page.keyboard.press('End');
  await page.keyboard.press('Tab');
  const read = two.locator('.entry').nth(3).locator('.entry-read');
  await read.locator('strong', { hasText: 'Alatyöryhmissä' }).waitFor();
  await read.locator('em', { hasText: 'mukana' }).waitFor();
  await read.locator('.link-text', { hasText: 'toimijat' }).waitFor();
  await page.getByRole('button', { name: 'Esikatselu', exact: true }).click();
  assert.equal(await page.getByRole('link', { name: 'toimijat', exact: true }).getAttribute('href'), 'https://example.org/toimijat');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a typed bare address becomes a link in the preview and the exports', { skip }, async () => {
  const { context, page, errors } = await withRealMemo();
  await page.getByRole('navigation', { name: 'Kohdat' }).getByRole('link', { name: /^8\./ }).click();
  await page.keyboard.press('Alt+Enter');
  await page.keyboard.type('Katso www.lapinliitto.fi ja https://www.norden.org/fi/visio-2030. Tärkeää');
  // Ctrl+B and Ctrl+K work in the entry box too.
  await page.keyboard.press('Shift+Control+ArrowLeft');
  await page.keyboard.press('Control+b');
  await page.keyboard.press('End');
  await page.keyboard.type(' ja esitys');
  await page.keyboard.press('Shift+Control+ArrowLeft');
  page.once('dialog', (d) => d.accept('https://example.org/esitys'));
  await page.keyboard.press('Control+k');
  await page.keyboard.press('Enter');
  await item(page, 8).locator('.entry-read strong', { hasText: 'Tärkeää' }).waitFor();
  await item(page, 8).locator('.entry-read .link-text[title="osoite: https://example.org/esitys"]', { hasText: 'esitys' }).waitFor();
  await item(page, 8).locator('.link-text', { hasText: 'www.lapinliitto.fi' }).waitFor();
  await page.getByRole('button', { name: 'Esikatselu', exact: true }).click();
  assert.equal(await page.getByRole('link', { name: 'https://www.norden.org/fi/visio-2030', exact: true }).last().getAttribute('href'),
    'https://www.norden.org/fi/visio-2030');
  assert.equal(await page.getByRole('link', { name: 'www.lapinliitto.fi' }).getAttribute('href'), 'https://www.lapinliitto.fi');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone the editor comes first, the drafts wait behind the menu, and the entry box stays in sight', { skip }, async () => {
  const { context, page, errors } = await withRealMemo({ viewport: { width: 390, height: 844 } });
  const menu = page.getByRole('button', { name: 'Kohdat ja luonnokset' });
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.getByRole('navigation', { name: 'Luonnokset' }).isVisible(), false, 'the drafts wait behind the menu');
  assert.ok(await page.getByLabel('Kokouksen nimi').isVisible());
  await menu.click();
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  const outline = page.getByRole('navigation', { name: 'Kohdat' });
  assert.ok(await onScreen(page, outline.getByRole('link', { name: /^3\./ })), 'the outline opens on screen');
  assert.ok(await page.getByRole('navigation', { name: 'Luonnokset' }).isVisible());
  assert.deepEqual(await audit(page), [], 'the open menu has no violations');
  await outline.getByRole('link', { name: /^3\./ }).click();
  assert.equal(await menu.getAttribute('aria-expanded'), 'false', 'the menu closes after a jump');
  assert.equal(await focusedLabel(page), '3. Kohdan otsikko');
  assert.ok(await onScreen(page, page.getByLabel('3. Kohdan otsikko')));
  // Halfway through item 3 its entry box is pinned at the foot of the screen, under the bar.
  await item(page, 3).locator('.entry-read').nth(4).scrollIntoViewIfNeeded();
  const box = page.getByLabel('Uusi merkintä kohtaan 3');
  assert.ok(await onScreen(page, box), 'the entry box is on screen');
  assert.ok((await box.boundingBox()).y > 844 - 150, 'at the foot of the screen');
  assert.ok(await onScreen(page, page.getByRole('button', { name: 'Kumoa', exact: true })), 'the bar is on screen too');
  await box.fill('Ida: Puhelimella kirjoitettu.');
  await box.press('Enter');
  await item(page, 3).getByText('Puhelimella kirjoitettu.').waitFor();
  // No control reaches past the screen's edge, the item's title row included.
  const cut = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('button, input, select, textarea, summary, a')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && !el.closest('.attendees') && (r.right > width + 0.5 || r.left < -0.5);
      })
      .map((el) => el.id || el.getAttribute('aria-label') || el.textContent.slice(0, 30));
  });
  assert.deepEqual(cut, []);
  assert.deepEqual(errors, []);
  await context.close();
});
