// What the browser benchmark (bench.mjs) measures inside a page, by the page's own clock
// (performance.now(), counted from the navigation's start), and by Chrome's own accounting of
// its main thread (the DevTools protocol's Performance metrics).

/** The bare page: one text box, the floor any editor in a browser stands on. */
export const BARE_PAGE = `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tyhjä sivu</title></head>
<body><label for="text">Teksti</label><br><textarea id="text" rows="12" cols="80"></textarea></body></html>
`;

/** The field a secretary types into first: in the app with nothing open (a memo pasted), with a
 * document open (its name), and on the bare page. */
export const FIRST_FIELD = { empty: 'Liitä muistion teksti', open: 'Kokouksen nimi', bare: 'Teksti' };

/** Installed before any of the page's scripts run (a context's init script; `labels`: the
 * fields to time). Records in `window.__bench`: when each labelled field first exists and is
 * enabled, the wasm instance's memory, the app's user-timing measures, and for each key typed
 * the time from its keydown to the first animation frame after its input event. */
export function instrument(labels) {
  const bench = {
    editable: {}, started: null, frames: [], key: null, wasm: null, changed: null, last: null, watching: null,
  };
  window.__bench = bench;
  const look = () => {
    for (const label of document.querySelectorAll('label')) {
      const name = label.textContent.trim();
      const field = label.control;
      if (labels.includes(name) && !(name in bench.editable) && field && !field.disabled) {
        bench.editable[name] = performance.now();
      }
    }
    return labels.every((name) => name in bench.editable);
  };
  const fields = new MutationObserver(() => { if (look()) fields.disconnect(); });
  fields.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
  setTimeout(() => fields.disconnect(), 30000);
  // Trunk's loader announces the started app with the wasm instance's exports (its memory).
  addEventListener('TrunkApplicationStarted', (e) => {
    bench.wasm = e.detail?.wasm?.memory ?? null;
    bench.started = performance.now();
  });
  addEventListener('keydown', (e) => { bench.key = e.timeStamp; }, true);
  // The frame is asked for while the input event is dispatched: its callback runs in the first
  // frame after every handler of the event (and the work they queued as microtasks) has run.
  addEventListener('input', () => {
    const down = bench.key;
    bench.key = null;
    if (down !== null) requestAnimationFrame(() => bench.frames.push(performance.now() - down));
  }, true);
  // The app keeps only the latest measure of each name; every one is collected here.
  bench.measures = [];
  new PerformanceObserver((list) => {
    bench.measures.push(...list.getEntries().map((e) => ({ name: e.name, start: e.startTime, ms: e.duration })));
  }).observe({ type: 'measure' });
  addEventListener('change', (e) => { if (e.target?.type === 'file') bench.changed = performance.now(); }, true);
  // The last change to the page while watched (from watch() until the page is quiet).
  bench.watch = () => {
    bench.last = performance.now();
    bench.watching?.disconnect();
    bench.watching = new MutationObserver(() => { bench.last = performance.now(); });
    bench.watching.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  };
  bench.unwatch = () => { bench.watching?.disconnect(); bench.watching = null; };
}

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits (at most `timeout` ms) until `probe` evaluated in the page returns a value other than
 * null or undefined, and returns it. */
export async function until(page, probe, arg, timeout = 60000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(probe, arg);
    if (value !== null && value !== undefined) return value;
    if (Date.now() > end) throw new Error(`gave up waiting after ${timeout} ms: ${probe}`);
    await pause(50);
  }
}

/** When the field labelled `label` first existed and was enabled, in ms from navigation. */
export const editableAt = (page, label) => until(page, (l) => window.__bench.editable[l], label, 30000);

/** Waits until the user-timing measure `name` exists (if given) and the page has not changed
 * for `quiet` ms since; returns the time of its last change, by the page's clock. */
export async function settled(page, name = null, quiet = 500) {
  const at = await until(page, ([name, quiet]) => {
    const b = window.__bench;
    const ready = name === null || b.measures.some((m) => m.name === name);
    return ready && performance.now() - b.last > quiet ? b.last : null;
  }, [name, quiet], 120000);
  await page.evaluate(() => window.__bench.unwatch());
  return at;
}

/** Chrome's task accounting for the page, in seconds (and bytes for the heap). */
async function metrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** The live JS heap (after a collection) and the wasm instance's memory, in MB (10^6 bytes). */
export async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__bench.wasm?.buffer.byteLength ?? 0);
  return { heap: usedSize / 1e6, wasm: wasm / 1e6, total: (usedSize + wasm) / 1e6 };
}

/** `p` (0–1) of the numbers: the nearest rank. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export const median = (values) => percentile(values, 0.5);

/** What a secretary types: plain keys (each a keydown, a keypress and an input event). */
const TEXT = 'Keskusteltiin aikataulusta, ja todettiin etta tyo jatkuu ensi viikolla kaikkien osapuolten kanssa. '.repeat(2);
export const KEYS = 100;

/** Typing sessions measured one after another in the same field: the figures of one session
 * move from run to run on a shared machine, so each per-key time is the median of the sessions,
 * and the frames and autosaves of all sessions are pooled (their worst case included). */
export const SESSIONS = 3;

/** Types KEYS characters into the focused field, SESSIONS times over, at a typist's rhythm (80
 * ms apart, a pause of 1.2 s every 20 keys: the draft saves then) and returns, per key, Chrome's
 * main-thread time (all tasks; script, layout and style apart) and the keydown-to-next-frame
 * times. */
export async function typing(page, cdp) {
  await cdp.send('Performance.enable');
  const sessions = [];
  for (let n = 0; n < SESSIONS; n++) sessions.push(await session(page, cdp, n));
  const mid = (k) => median(sessions.map((s) => s[k]));
  const frames = sessions.flatMap((s) => s.frames);
  const saves = sessions.flatMap((s) => s.saves);
  const versions = sessions.flatMap((s) => s.versions);
  return {
    keys: KEYS,
    sessions: SESSIONS,
    task: mid('task'),
    taskAll: sessions.map((s) => s.task),
    script: mid('script'),
    layout: mid('layout'),
    style: mid('style'),
    frames: frames.length,
    frameP50: percentile(frames, 0.5),
    frameP95: percentile(frames, 0.95),
    frameMax: frames.length ? Math.max(...frames) : null,
    saves: saves.length,
    saveP50: percentile(saves, 0.5),
    saveMax: saves.length ? Math.max(...saves) : null,
    saveAll: saves,
    versionMax: versions.length ? Math.max(...versions) : null,
  };
}

/** One session of KEYS keys (the `n`th: the text typed goes on from the last). */
async function session(page, cdp, n) {
  await page.evaluate(() => { window.__bench.frames = []; });
  const from = await page.evaluate(() => performance.now());
  const a = await metrics(cdp);
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.type(TEXT[(n * KEYS + i) % TEXT.length]);
    await page.waitForTimeout(i % 20 === 19 ? 1200 : 80);
  }
  const b = await metrics(cdp);
  const per = (k) => ((b[k] - a[k]) * 1000) / KEYS;
  const frames = await page.evaluate(() => window.__bench.frames);
  const timed = (name) => page.evaluate(([name, from]) => window.__bench.measures
    .filter((m) => m.name === name && m.start >= from).map((m) => m.ms), [name, from]);
  const saves = await timed('autosave');
  // A due periodic version is copied in an idle moment before the save (not inside it).
  const versions = await timed('periodic version');
  return {
    task: per('TaskDuration'), script: per('ScriptDuration'), layout: per('LayoutDuration'), style: per('RecalcStyleDuration'),
    frames, saves, versions,
  };
}
