// Browser figures for tools/bench.sh: how long a three-hour meeting takes to open, and what
// each keystroke costs while it is open. Prints figures; passes or fails nothing.
// Usage: node bench.mjs MEETING.md
import { serve, launch } from './harness.mjs';

const file = process.argv[2];
const server = await serve();
const browser = await launch();
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
await page.goto(server.url);
await page.getByRole('heading', { level: 1, name: 'Muistio' }).waitFor();

let t = performance.now();
await page.getByLabel('Avaa tiedosto…').setInputFiles(file);
await page.locator('.item-list > li').last().waitFor();
const items = await page.locator('.item-list > li').count();
const entries = await page.locator('.item-list .entry').count();
console.log(`open a ${items}-item, ${entries}-entry meeting (import, save, first draw): ${(performance.now() - t).toFixed(0)} ms`);
await page.waitForTimeout(1500);

await page.evaluate(() => {
  window.__events = [];
  window.__long = [];
  new PerformanceObserver((l) => window.__events.push(...l.getEntries().map((e) => e.processingEnd - e.processingStart)))
    .observe({ type: 'event', durationThreshold: 16 });
  new PerformanceObserver((l) => window.__long.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
});
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
await page.locator('.item-list .entry textarea').nth(Math.floor(entries / 2)).focus();
const keys = 90;
const a = await metrics();
// A typist's rhythm: steady keys, a pause every 15 (when the draft saves and is checked).
for (let i = 0; i < keys; i++) {
  await page.keyboard.type('x');
  await page.waitForTimeout(i % 15 === 14 ? 1200 : 60);
}
const b = await metrics();
const per = (k) => ((b[k] - a[k]) * 1000 / keys).toFixed(2);
const r = await page.evaluate(() => ({ events: window.__events, long: window.__long }));
console.log(`per keystroke in the middle of it (saves and checks included): script ${per('ScriptDuration')} ms, `
  + `style ${per('RecalcStyleDuration')} ms, layout ${per('LayoutDuration')} ms`);
console.log(`slowest key event handling: ${Math.max(0, ...r.events).toFixed(1)} ms; tasks over 50 ms while typing: ${r.long.length}`);

// Inputs at the 2 MB limit, read in the browser (import, save, first draw): the long meeting
// repeated, and a paste of 2 MB of unclosed brackets (a shape that once took hours).
import { readFileSync } from 'node:fs';
const meeting = readFileSync(file, 'utf8');
const body = meeting.slice(meeting.indexOf('\n1. '));
let big = meeting;
while (big.length + body.length < 1_950_000) big += body;
const hostile = `Kokous\n\nMUISTIO\n\n1. Avaus\n\n${'[x '.repeat(640_000)}`;
for (const [what, text] of [['a 2 MB meeting', big], ['2 MB of unclosed brackets', hostile]]) {
  const fresh = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await fresh.goto(server.url);
  await fresh.getByRole('heading', { level: 1, name: 'Muistio' }).waitFor();
  const t0 = performance.now();
  await fresh.getByLabel('Avaa tiedosto…').setInputFiles({ name: 'iso.md', mimeType: 'text/markdown', buffer: Buffer.from(text) });
  await fresh.locator('.notice').first().waitFor({ timeout: 120000 });
  const notice = await fresh.locator('.notice p').first().innerText();
  console.log(`${what} (${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB) in the browser: ${(performance.now() - t0).toFixed(0)} ms — ${notice}`);
  await fresh.context().close();
}
await browser.close();
server.close();
