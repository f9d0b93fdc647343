import { launch } from './harness.mjs';
const browser = await launch();
const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
await page.setContent('<!doctype html><html lang="fi"><body><label>T <textarea id=t></textarea></label></body></html>');
await page.locator('#t').focus();
await page.waitForTimeout(500);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
const m = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
const keys = 60;
const a = await m();
for (let i = 0; i < keys; i++) { await page.keyboard.type('x'); await page.waitForTimeout(80); }
const b = await m();
const per = (k) => ((b[k] - a[k]) * 1000 / keys).toFixed(2);
console.log(`bare per key: task ${per('TaskDuration')} script ${per('ScriptDuration')} style ${per('RecalcStyleDuration')} layout ${per('LayoutDuration')}`);
await browser.close();
