import { serve, launch } from './harness.mjs';
const [file, bare] = [process.argv[2], process.argv[3] === 'bare'];
const server = await serve();
const browser = await launch();
const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
if (bare) {
  await page.setContent('<!doctype html><html lang="fi"><body><label>T <textarea id=t></textarea></label></body></html>');
  await page.locator('#t').focus();
} else {
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1, name: 'Muistio' }).waitFor();
  await page.getByLabel('Avaa tiedosto…').setInputFiles(file);
  await page.locator('.item-list > li').last().waitFor();
  const n = await page.locator('.entry-read').count();
  await page.waitForTimeout(1500);
  await page.locator('.entry-read').nth(Math.floor(n / 2)).click();
  await page.getByRole('textbox', { name: 'Puheenvuoro', exact: true }).waitFor();
  await page.keyboard.press('End');
}
await page.waitForTimeout(1500);
const cdp = await page.context().newCDPSession(page);
const events = [];
cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,cc,gpu,v8', transferMode: 'ReportEvents' });
for (let i = 0; i < 20; i++) { await page.keyboard.type('x'); await page.waitForTimeout(80); }
await cdp.send('Tracing.end'); await done;
const main = events.filter((e) => e.ph === 'X' && e.dur);
const tids = new Map();
for (const e of events) if (e.name === 'thread_name') tids.set(`${e.pid}:${e.tid}`, e.args.name);
const agg = new Map();
for (const e of main) { const th = tids.get(`${e.pid}:${e.tid}`) || '?'; if (!/CrRendererMain/.test(th)) continue; const k = e.name; agg.set(k, (agg.get(k) || 0) + e.dur); }
const lay = events.filter((e) => e.name === 'Layout' && e.args?.beginData);
console.log('layouts', lay.length, 'dirty/total', lay.slice(0, 6).map((e) => `${e.args.beginData.dirtyObjects}/${e.args.beginData.totalObjects}`).join(' '));
const upd = events.filter((e) => (e.name === 'UpdateLayoutTree' || e.name === 'RecalculateStyles') && e.args?.elementCount !== undefined);
console.log('style recalcs', upd.length, upd.slice(0, 6).map((e) => e.args.elementCount).join(' '));
const pl = events.filter((e) => e.name === 'Paint'); console.log('paints', pl.length, pl.slice(0,4).map(e=>JSON.stringify(e.args?.data?.clip||e.args?.data?.layerId||'')).join(' '));
console.log([...agg.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${(v / 1000 / 20).toFixed(2)} ms/key ${k}`).join('\n'));
await browser.close(); server.close();
