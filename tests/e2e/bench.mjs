// Browser figures for tools/bench.sh, in headless Chromium on the release build (dist/): the app
// beside a bare page (one text box, served by the same server, same viewport, same typing), for
// the real memo, a long meeting and that meeting four times over. How soon the first field can
// be typed into, what each keystroke costs the main thread and how soon the next frame follows
// it, how long the app's autosave, import and every export take (its user-timing measures), and
// how much memory it holds; each beside its budget, and how each grows from the long meeting to
// four times it. Prints a table and writes target/bench/browser.json; passes or fails nothing.
// Usage: node bench.mjs LONG.md [LONG×4.md]
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, dist, root, realMemo, downloadButton } from './harness.mjs';
import { BARE_PAGE, FIRST_FIELD, instrument, until, editableAt, settled, memory, median, typing } from './bench-page.mjs';
import { report } from './bench-report.mjs';

const [long, long4] = process.argv.slice(2);
if (!long) throw new Error('usage: node bench.mjs LONG.md [LONG×4.md]');
const VIEWPORT = { width: 1280, height: 900 };
/** Each time to first field and each export is the median of this many runs. */
const RUNS = 3;

// The same server serves the app and the bare page: dist/'s files linked into a folder beside it.
const site = mkdtempSync(path.join(os.tmpdir(), 'muistio-bench-'));
for (const name of readdirSync(dist)) symlinkSync(path.join(dist, name), path.join(site, name));
writeFileSync(path.join(site, 'bare.html'), BARE_PAGE);
const server = await serve(site);
const bareUrl = `${server.url}bare.html`;
const browser = await launch();
const errors = [];

/** A fresh context (nothing cached, nothing stored) whose pages are instrumented. */
async function fresh() {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(instrument, Object.values(FIRST_FIELD));
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page };
}

/** Milliseconds from navigation to the field labelled `label`, on a first visit. */
async function firstVisit(url, label) {
  const { context, page } = await fresh();
  await page.goto(url);
  const at = await editableAt(page, label);
  await context.close();
  return at;
}

/** Milliseconds from navigation to the field labelled `label`, reloading the page RUNS times
 * (each waits for the page to settle). */
async function reloads(page, label) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    await page.reload();
    times.push(await editableAt(page, label));
    await page.evaluate(() => window.__bench.watch());
    await settled(page, null, 800);
  }
  return times;
}

async function bare() {
  const first = [];
  for (let i = 0; i < RUNS; i++) first.push(await firstVisit(bareUrl, FIRST_FIELD.bare));
  const { context, page } = await fresh();
  await page.goto(bareUrl);
  await editableAt(page, FIRST_FIELD.bare);
  const reload = await reloads(page, FIRST_FIELD.bare);
  const cdp = await page.context().newCDPSession(page);
  const opened = await memory(page, cdp);
  await page.getByLabel(FIRST_FIELD.bare).click();
  const typed = await typing(page, cdp);
  const afterTyping = await memory(page, cdp);
  await context.close();
  return { editableFirst: median(first), editableOpen: median(reload), first, reload, typing: typed, memory: { opened, afterTyping } };
}

/** Every format in the downloads menu, downloaded RUNS times as a person would: the median of
 * its `export:<ext>` measure, and the file's size. A format the document cannot be made in
 * (a calendar file without a next meeting) is left out. */
async function exports(page) {
  const menu = page.locator('details.downloads summary');
  await menu.click();
  const names = await page.locator('details.downloads .download-list button:not(.public-choice)').allTextContents();
  await menu.click();
  const out = {};
  for (const name of names) {
    const runs = [];
    let file = null;
    for (let i = 0; i < RUNS; i++) {
      const made = (n) => {
        const all = window.__bench.measures.filter((m) => m.name.startsWith('export:'));
        return n === undefined ? all.length : all.length > n ? all.at(-1) : null;
      };
      const before = await page.evaluate(made);
      const button = await downloadButton(page, name);
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15000 }).catch(() => null), button.click()]);
      if (!download) break;
      const bytes = statSync(await download.path()).size;
      const measure = await until(page, made, before, 15000);
      runs.push(measure.ms);
      file = { ext: measure.name.slice('export:'.length), bytes };
    }
    if (file) out[file.ext] = { button: name, ms: median(runs), runs, bytes: file.bytes };
  }
  return out;
}

/** The app with `file` imported through "Avaa tiedosto…", then reopened, typed in, exported. */
async function app(file) {
  const { context, page } = await fresh();
  await page.goto(server.url);
  await editableAt(page, FIRST_FIELD.empty);
  await page.getByRole('heading', { level: 1, name: 'Muistio' }).waitFor();
  // A person takes a second or more to choose a file; the page makes its reader ready while
  // idle in that time (the warm-up, timed and reported on its own), and the browser optimises
  // it in the background.
  const warm = await until(page, () => window.__bench.measures.find((m) => m.name === 'warm-up')?.ms, undefined, 5000);
  await page.waitForTimeout(1000);
  await page.evaluate(() => window.__bench.watch());
  await page.getByLabel('Avaa tiedosto…').setInputFiles(file);
  const drawnAt = await settled(page, 'import');
  const imported = await page.evaluate(() => ({
    ms: window.__bench.measures.find((m) => m.name === 'import').ms, changed: window.__bench.changed,
  }));
  const shape = await page.evaluate(() => ({
    items: document.querySelectorAll('.item-list > li').length,
    entries: document.querySelectorAll('.item-list .entry').length,
  }));
  await page.waitForTimeout(1000);
  // The document already open: its draft is in storage and reopens with the page.
  const reload = await reloads(page, FIRST_FIELD.open);
  // Typing is measured as it goes on once the page has done what it does once while idle after
  // opening (each reported on its own): the reader's warm-up and the codecs worker's.
  const codecs = await until(page, () => window.__bench.measures.find((m) => m.name === 'codecs warm-up')?.ms, undefined, 20000);
  const cdp = await page.context().newCDPSession(page);
  const opened = await memory(page, cdp);
  // A statement in the middle of the document, opened for editing as a person would, by a click.
  const statements = page.locator('.item-list .entry').filter({ has: page.locator('.entry-read strong.speaker') });
  const count = await statements.count();
  await statements.nth(Math.floor(count / 2)).locator('.entry-read').first().click();
  await until(page, () => (document.activeElement?.isContentEditable || document.activeElement?.tagName === 'TEXTAREA' ? true : null),
    undefined, 10000);
  await page.keyboard.press('End');
  await page.waitForTimeout(1500);
  const typed = await typing(page, cdp);
  const afterTyping = await memory(page, cdp);
  const made = await exports(page);
  const afterExports = await memory(page, cdp);
  await context.close();
  return {
    file: path.basename(file), bytes: statSync(file).size, ...shape, statements: count,
    import: imported.ms, warm, codecs, drawn: drawnAt - imported.changed,
    editable: median(reload), reload, typing: typed, exports: made, memory: { opened, afterTyping, afterExports },
  };
}

const started = Date.now();
const results = { when: new Date().toISOString(), machine: `${os.cpus().length} × ${os.cpus()[0]?.model}`, runs: RUNS };
const firstLoad = path.join(root, 'target/bench/first-load.json');
results.firstLoad = existsSync(firstLoad) ? JSON.parse(readFileSync(firstLoad, 'utf8')) : null;
results.bare = await bare();
const empty = [];
for (let i = 0; i < RUNS; i++) empty.push(await firstVisit(server.url, FIRST_FIELD.empty));
results.emptyApp = { editable: median(empty), runs: empty };
results.docs = {};
if (existsSync(realMemo)) results.docs.real = await app(realMemo);
else console.log(`real memo: skipped, not on this machine (${realMemo})`);
results.docs.long = await app(long);
if (long4) results.docs.x4 = await app(long4);

// Inputs at the 2 MB limit, read in the browser (import, save, first draw): the long meeting
// repeated, and a paste of 2 MB of unclosed brackets (a shape that once took hours).
const meeting = readFileSync(long, 'utf8');
const body = meeting.slice(meeting.indexOf('\n1. '));
let big = meeting;
while (big.length + body.length < 1_950_000) big += body;
const hostile = `Kokous\n\nMUISTIO\n\n1. Avaus\n\n${'[x '.repeat(640_000)}`;
results.limit = [];
for (const [what, text] of [['a 2 MB meeting', big], ['2 MB of unclosed brackets', hostile]]) {
  const { context, page } = await fresh();
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1, name: 'Muistio' }).waitFor();
  const t0 = performance.now();
  await page.getByLabel('Avaa tiedosto…').setInputFiles({ name: 'iso.md', mimeType: 'text/markdown', buffer: Buffer.from(text) });
  await page.locator('.notice').first().waitFor({ timeout: 120000 });
  const notice = await page.locator('.notice p').first().innerText();
  const ms = performance.now() - t0;
  const mb = Buffer.byteLength(text) / 1e6;
  results.limit.push({ what, mb, ms, notice });
  await context.close();
}
await browser.close();
server.close();
rmSync(site, { recursive: true, force: true });

results.errors = errors;
results.seconds = (Date.now() - started) / 1000;
report(results, path.join(root, 'target/bench/browser.json'));
for (const { what, mb, ms, notice } of results.limit) {
  console.log(`${what} (${mb.toFixed(2)} MB) in the browser (import, save, first draw): ${ms.toFixed(0)} ms — ${notice}`);
}
if (errors.length) console.log(`page errors: ${errors.join('; ')}`);
