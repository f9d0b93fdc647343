// Shared set-up for the end-to-end tests: a static server for dist/, Debian's Chromium driven
// by playwright-core, and an axe-core audit.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const dist = process.env.MUISTIO_DIST ?? path.join(root, 'dist');
export const fixtures = path.join(root, 'core/tests/fixtures');
export const realMemo = process.env.MUISTIO_REAL_MEMO ?? path.resolve(root, '../shared/fixtures/luovat-alat-muistio-2025-11-14.md');

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Serves `dir` (dist/ unless told) on 127.0.0.1 (python3 serves .wasm as application/wasm). */
export async function serve(dir = dist) {
  const port = await freePort();
  const child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], { stdio: 'ignore' });
  // A server left running by a failed test must not keep the test process alive.
  child.unref();
  process.on('exit', () => child.kill());
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) return { url, close: () => child.kill() };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`the static server did not start on ${url}`);
}

/** A headless Chromium whose pages speak Finnish (the interface's default) unless a test
 * asks for another locale. */
export async function launch() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => newContext({ locale: 'fi-FI', ...options });
  return browser;
}

/** A Chromium with a profile kept in `dir` (not incognito), speaking Finnish. */
export async function launchPersistent(dir) {
  return chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true, locale: 'fi-FI',
  });
}

/** Opens the app in a fresh page that fails the test on any page error. */
export async function openApp(context, url) {
  const page = await context.newPage();
  const errors = watch(page);
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Muistio' }).waitFor();
  return { page, errors };
}

/** Collects the page's errors into the list returned: uncaught exceptions, console errors (a
 * Content-Security-Policy violation is one), and every request that leaves the page's origin
 * (data: and blob: addresses stay inside the page). */
export function watch(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => {
    if (r.isNavigationRequest()) return;
    const url = new URL(r.url());
    const home = new URL(page.url());
    const inside = ['data:', 'blob:'].includes(url.protocol)
      || (home.protocol === 'file:' ? url.protocol === 'file:' : url.origin === home.origin);
    if (!inside) errors.push(`a request left the origin: ${r.url()}`);
  });
  return errors;
}

/** Runs axe-core on the page; returns the violations (WCAG 2.1 A/AA and best practices). */
export async function audit(page) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Evaluated through the debugging protocol, not as an inline script: the page's strict
    // Content-Security-Policy stays in force while it is audited.
    await page.evaluate(readFileSync(path.join(here, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  }
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The non-empty lines, trimmed: a document's content with its whitespace normalised. */
export function contentLines(text) {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
}

/** Starts the static server and Chromium before a file's tests and stops them after:
 * `env.server.url` and `env.browser` are there once the tests run. */
export function setup() {
  const env = {};
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  return env;
}

/** The download button for a format, from the "Lataa tiedostona" menu (opened if closed). */
export async function downloadButton(page, name) {
  const menu = page.locator('details.downloads');
  if (!(await menu.evaluate((d) => d.open))) {
    await menu.locator('summary').click();
  }
  return page.getByRole('button', { name });
}
