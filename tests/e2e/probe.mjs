import { serve, launch } from './harness.mjs';
const file = process.argv[2];
const server = await serve();
const browser = await launch();
const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true })).newPage();
await page.goto(server.url);
await page.getByRole('heading', { level: 1, name: 'Muistio' }).waitFor();
let t = performance.now();
await page.getByLabel('Avaa tiedosto…').setInputFiles(file);
await page.locator('.item-list > li').last().waitFor();
const n = await page.locator('.entry-read').count();
console.log(`open: ${(performance.now() - t).toFixed(0)} ms, ${n} entries at rest`);
await page.waitForTimeout(1500);
await page.locator('.entry-read').nth(Math.floor(n / 2)).click();
const box = page.getByRole('textbox', { name: 'Puheenvuoro', exact: true });
await box.waitFor();
await page.keyboard.press('End');
await page.waitForTimeout(1500);
if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
if (process.env.EVAL) await page.evaluate(process.env.EVAL);
if (process.env.MOUSE) await page.mouse.move(1360, 5);
await page.waitForTimeout(300);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
const m = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
const keys = 60;
const a = await m();
for (let i = 0; i < keys; i++) { await page.keyboard.type('x'); await page.waitForTimeout(80); }
const b = await m();
const per = (k) => ((b[k] - a[k]) * 1000 / keys).toFixed(2);
console.log(`per key: task ${per('TaskDuration')} script ${per('ScriptDuration')} style ${per('RecalcStyleDuration')} layout ${per('LayoutDuration')} heap ${(b.JSHeapUsedSize/1e6).toFixed(1)} MB`);
if (process.env.PROFILE) {
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < 30; i++) { await page.keyboard.type('y'); await page.waitForTimeout(80); }
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map(); for (const nd of profile.nodes) for (const c of nd.children || []) parent.set(c, nd.id);
  const self = new Map(), total = new Map();
  profile.samples.forEach((id, i) => { const dt = profile.timeDeltas[i + 1] || 0; const nd = byId.get(id); const k = nd.callFrame.functionName || '(anon)'; self.set(k, (self.get(k) || 0) + dt);
    const seen = new Set(); let cur = id; while (cur) { const f = byId.get(cur).callFrame.functionName || '(anon)'; if (!seen.has(f)) { seen.add(f); total.set(f, (total.get(f) || 0) + dt); } cur = parent.get(cur); } });
  const show = (mp) => [...mp.entries()].filter(([k]) => !/^\((idle|program|root|garbage collector)\)$/.test(k)).sort((x, y) => y[1] - x[1]).slice(0, 40).map(([k, v]) => `${(v / 30000).toFixed(2)}ms ${k.slice(0, 140)}`).join('\n');
  console.log('--- self per key\n' + show(self)); console.log('--- total per key\n' + show(total));
}
await browser.close(); server.close();
