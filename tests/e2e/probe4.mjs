import { serve, launch } from './harness.mjs';
const file = process.argv[2];
const server = await serve();
const browser = await launch();
const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
await page.goto(server.url);
await page.getByRole('heading', { level: 1, name: 'Muistio' }).waitFor();
await page.getByLabel('Avaa tiedosto…').setInputFiles(file);
await page.locator('.item-list > li').last().waitFor();
const n = await page.locator('.entry-read').count();
await page.waitForTimeout(2500);
await page.locator('.entry-read').nth(Math.floor(n / 2)).click();
await page.getByRole('textbox', { name: 'Puheenvuoro', exact: true }).waitFor();
await page.keyboard.press('End');
await page.waitForTimeout(2500);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
const m = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
for (let r = 0; r < 4; r++) {
  await page.keyboard.type('x');
  await page.waitForTimeout(150);
  const a = await m();
  await page.waitForTimeout(1500);
  const b = await m();
  console.log(`quiet window after a key (the save): task ${((b.TaskDuration - a.TaskDuration) * 1000).toFixed(1)} ms, script ${((b.ScriptDuration - a.ScriptDuration) * 1000).toFixed(1)} ms`);
}
if (process.env.PROFILE) {
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < 3; i++) { await page.keyboard.type('y'); await page.waitForTimeout(1500); }
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map(); for (const nd of profile.nodes) for (const c of nd.children || []) parent.set(c, nd.id);
  const self = new Map(), total = new Map();
  profile.samples.forEach((id, i) => { const dt = profile.timeDeltas[i + 1] || 0; let nd = byId.get(id); const k = nd.callFrame.functionName || '(anon)'; self.set(k, (self.get(k) || 0) + dt);
    const seen = new Set(); let cur = id; while (cur) { const f = byId.get(cur).callFrame.functionName || '(anon)'; if (!seen.has(f)) { seen.add(f); total.set(f, (total.get(f) || 0) + dt); } cur = parent.get(cur); } });
  const show = (mp) => [...mp.entries()].filter(([k]) => !/^\((idle|program|root|garbage collector)\)$/.test(k)).sort((x, y) => y[1] - x[1]).slice(0, 45).map(([k, v]) => `${(v / 3000).toFixed(1)}ms ${k.slice(0, 140)}`).join('\n');
  console.log('--- self per save\n' + show(self)); console.log('--- total per save\n' + show(total));
}
const a = await m(); await page.waitForTimeout(1500); const b = await m();
console.log(`idle window: task ${((b.TaskDuration - a.TaskDuration) * 1000).toFixed(1)} ms`);
await browser.close(); server.close();
