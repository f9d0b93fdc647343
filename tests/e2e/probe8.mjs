import { serve, launch } from './harness.mjs';
const server = await serve(process.env.MUISTIO_DIST || undefined);
const browser = await launch();
const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
await ctx.addInitScript(() => {
  const seen = () => { if (!window.__editable && document.querySelector('textarea, input[type=text], [contenteditable]')) window.__editable = performance.now(); };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
});
const page = await ctx.newPage();
for (const round of ['first visit', 'second visit', 'third visit']) {
  if (round === 'first visit') await page.goto(server.url); else await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Muistio' }).waitFor();
  await page.waitForTimeout(700);
  const r = await page.evaluate(() => ({ e: window.__editable, nav: performance.getEntriesByType('navigation')[0], res: performance.getEntriesByType('resource').map((x) => [x.name.split('/').pop().slice(0, 24), x.startTime, x.responseEnd, x.transferSize]) }));
  console.log(`${round}: html ${r.nav.responseEnd.toFixed(0)} dcl ${r.nav.domContentLoadedEventEnd.toFixed(0)} editable ${r.e?.toFixed(0)}`);
  for (const [n, s, e, t] of r.res) console.log(`   ${n.padEnd(26)} ${s.toFixed(0).padStart(5)} → ${e.toFixed(0).padStart(5)} (${t} B)`);
}
await browser.close(); server.close();
