import { serve, launch } from './harness.mjs';
const file = process.argv[2];
const server = await serve();
const browser = await launch();
const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
await ctx.addInitScript(() => {
  const seen = () => { const el = document.querySelector('#doc-title, input[id$="title"], .entry-read, textarea'); if (el && !window.__editable) window.__editable = performance.now(); };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
});
const page = await ctx.newPage();
await page.goto(server.url);
await page.getByRole('heading', { level: 1, name: 'Muistio' }).waitFor();
await page.waitForTimeout(500);
console.log('empty app: first field', (await page.evaluate(() => window.__editable))?.toFixed(0), 'ms');
if (file) {
  await page.getByLabel('Avaa tiedosto…').setInputFiles(file);
  await page.locator('.item-list > li').last().waitFor();
  await page.waitForTimeout(2000);
  for (let i = 0; i < 3; i++) {
    await page.reload();
    await page.locator('.item-list > li').last().waitFor();
    await page.waitForTimeout(300);
    const r = await page.evaluate(() => ({ e: window.__editable, nav: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd, lcp: 0 }));
    console.log(`reload with the document: first field at ${r.e?.toFixed(0)} ms (DOMContentLoaded ${r.nav.toFixed(0)})`);
  }
}
await browser.close(); server.close();
