// Counts the keys a secretary presses to write the real memo's item 2 with the keyboard alone:
// the memo is open with item 2 still empty (as an agenda would be), the page has just loaded,
// and every entry of item 2 is typed into its entry box. Also counts the way from item 2's
// entry box to item 6's. Run after `trunk build --release`: `node keystrokes.mjs`; ROUTES
// (JSON: name → keys) tries other ways there, e.g. ROUTES='{"skipLinkToItem2":["Tab","Enter"]}'.
//
// Measured before the outline and the jump shortcuts: 192 Tabs from the top of the page to
// item 2's entry box (the skip link led to item 9's), 2 285 keys to type item 2's 11 entries,
// 261 Tabs from item 2's entry box to item 6's.
// Measured after: 2 keys from the top of the page to item 2's entry box (Alt+Page Down twice;
// 191 with Tab alone), the same 2 285 keys to type item 2, 4 keys from item 2's entry box to
// item 6's (Alt+Page Down four times; 117 with Tab alone: an entry at rest is one Tab stop).
// ROUTES='{"jumpToItem2":["Alt+PageDown","Alt+PageDown"],"jumpItem2ToItem6":["Alt+PageDown",
// "Alt+PageDown","Alt+PageDown","Alt+PageDown"]}' repeats the jumps.
import { readFileSync } from 'node:fs';
import { serve, launch, openApp, realMemo } from './harness.mjs';

/** The real memo with item 2's body cut out, and item 2's blocks as they are typed. */
function agenda() {
  const memo = readFileSync(realMemo, 'utf8');
  const start = memo.indexOf('\n2. Lapin yrittäjyysstrategia');
  const end = memo.indexOf('\n3. Luovien alojen tilannekatsaus');
  const title = memo.slice(start + 1, memo.indexOf('\n', start + 1));
  const body = memo.slice(start + 1 + title.length, end).trim();
  const blocks = body.split('\n\n').flatMap((b) => (b.startsWith('- ') ? b.split('\n') : [b]));
  return { text: `${memo.slice(0, start + 1)}${title}\n\n${memo.slice(end + 1)}`, blocks };
}

/** A keyboard that counts: every press one key (a chord too), every typed character one. */
function counter(page) {
  const n = { keys: 0, tabs: 0 };
  return {
    n,
    press: async (key) => { n.keys++; if (key === 'Tab' || key === 'Shift+Tab') n.tabs++; await page.keyboard.press(key); },
    type: async (text) => { n.keys += [...text].length; await page.keyboard.type(text); },
  };
}

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el?.getAttribute('aria-label') ?? el?.labels?.[0]?.textContent?.trim() ?? el?.textContent?.trim() ?? '';
});

/** Presses Tab until the focus is on `label` (at most `limit` times). */
async function tabTo(page, kb, label, limit = 3000) {
  for (let i = 0; i < limit; i++) {
    if ((await focused(page)) === label) return true;
    await kb.press('Tab');
  }
  return false;
}

/** Tries `route` (presses keys) and reports whether the focus is on `label` after it. */
async function byRoute(page, route, label) {
  const kb = counter(page);
  await route(kb);
  return { ...kb.n, reached: (await focused(page)) === label };
}

const box = (n) => `Uusi merkintä kohtaan ${n}`;
const server = await serve();
const browser = await launch();
const { text, blocks } = agenda();
const fresh = async () => {
  const context = await browser.newContext();
  const { page } = await openApp(context, server.url);
  await page.getByLabel('Liitä muistion teksti').fill(text);
  await page.getByRole('button', { name: 'Tuo liitetty teksti' }).click();
  await page.getByText('Muistio tuotu: 9 kohtaa, 17 osallistujaa.').waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Muistio' }).waitFor();
  await page.getByLabel(box(2)).waitFor();
  return { context, page };
};

const out = {};
{
  // From the top of the page to item 2's entry box with Tab alone.
  const { context, page } = await fresh();
  out.tabOnlyToItem2 = await byRoute(page, (kb) => tabTo(page, kb, box(2)), box(2));
  // Item 2 typed: each block and Enter.
  const kb = counter(page);
  for (const b of blocks) { await kb.type(b); await kb.press('Enter'); }
  out.typingItem2 = { ...kb.n, entries: blocks.length };
  // From item 2's entry box on to item 6's with Tab alone.
  out.tabOnlyItem2ToItem6 = await byRoute(page, (kb) => tabTo(page, kb, box(6)), box(6));
  await context.close();
}
{
  // The quickest ways the page offers (the shortcuts in its help), tried in turn on a fresh page,
  // each from where the one before left the focus.
  const { context, page } = await fresh();
  const routes = JSON.parse(process.env.ROUTES ?? '{}');
  for (const [name, keys] of Object.entries(routes)) {
    out[name] = await byRoute(page, async (kb) => { for (const k of keys) await kb.press(k); }, box(name.endsWith('6') ? 6 : 2));
  }
  await context.close();
}
console.log(JSON.stringify(out, null, 2));
await browser.close();
server.close();
process.exit(0);
