// The browser benchmark's table: each figure for the real memo, the long meeting and four times
// it, how it grows (×4 / long: 4 is linear), the bare page's figure beside it, and its budget.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const DOCS = ['real', 'long', 'x4'];
/** A ratio ×4 / long above this is flagged as growing worse than linearly (10 % for noise). */
const LINEAR = 4.4;
/** Ratios of figures this small (ms or MB, at ×4) are noise, not growth. */
const NOISE = 1;

const number = (v) => {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  const a = Math.abs(v);
  return v.toFixed(a < 10 ? 2 : a < 100 ? 1 : 0);
};
const diff = (a, b) => (a === null || a === undefined || b === null || b === undefined ? null : a - b);

/** The rows of the per-document table: [figure, value of a document, value of the bare page,
 * budget (the figure at most)]. */
function rows(results) {
  const { bare } = results;
  const long = results.docs.long;
  const mem = (when, part) => (d) => d.memory[when]?.[part];
  const exportRows = Object.keys(long.exports).map((ext) => [`export ${ext} (ms)`, (d) => d.exports[ext]?.ms, null, 150]);
  return [
    ['import (ms)', (d) => d.import, null, 50],
    ['  reader made ready while idle (ms)', (d) => d.warm],
    ['  codecs worker ready while idle (ms)', (d) => d.codecs],
    ['import to drawn, page clock (ms)', (d) => d.drawn],
    ['first field, document open (ms)', (d) => d.editable, bare.editableOpen],
    ['  app − bare', (d) => diff(d.editable, bare.editableOpen), null, 150],
    ['main thread per key (ms)', (d) => d.typing.task, bare.typing.task],
    ['  app − bare', (d) => diff(d.typing.task, bare.typing.task), null, 2],
    ['  script per key', (d) => d.typing.script, bare.typing.script],
    ['  layout per key', (d) => d.typing.layout, bare.typing.layout],
    ['  style per key', (d) => d.typing.style, bare.typing.style],
    ['key to next frame p50 (ms)', (d) => d.typing.frameP50, bare.typing.frameP50],
    ['key to next frame p95 (ms)', (d) => d.typing.frameP95, bare.typing.frameP95, 16.7],
    ['  app − bare', (d) => diff(d.typing.frameP95, bare.typing.frameP95)],
    ['key to next frame max (ms)', (d) => d.typing.frameMax, bare.typing.frameMax],
    ['autosave p50 (ms)', (d) => d.typing.saveP50, null, 5],
    ['autosave max (ms)', (d) => d.typing.saveMax, null, 5],
    ['  periodic version, kept while idle (ms)', (d) => d.typing.versionMax],
    ...exportRows,
    ['JS heap, open (MB)', mem('opened', 'heap'), bare.memory.opened.heap],
    ['wasm memory, open (MB)', mem('opened', 'wasm')],
    ['memory, open (MB)', mem('opened', 'total'), bare.memory.opened.total, 40],
    ['JS heap, typed in (MB)', mem('afterTyping', 'heap'), bare.memory.afterTyping.heap],
    ['wasm memory, typed in (MB)', mem('afterTyping', 'wasm')],
    ['memory, typed in (MB)', mem('afterTyping', 'total'), bare.memory.afterTyping.total, 40],
    ['memory, files made (MB)', mem('afterExports', 'total'), null, 40],
  ];
}

const met = (value, budget) => (budget === undefined || value === null || value === undefined ? '–' : value <= budget ? 'yes' : 'NO');

/** Right-aligned columns after a left-aligned first one. */
function print(header, lines, widths) {
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[0]) : String(c).padStart(widths[i]))).join(' ').trimEnd();
  console.log(line(header));
  console.log('-'.repeat(widths.reduce((a, b) => a + b + 1, -1)));
  for (const cells of lines) console.log(line(cells));
}

/** Prints the figures of a browser benchmark run and writes them, with the table, to `file`. */
export function report(results, file) {
  const { bare, docs, firstLoad, emptyApp } = results;
  console.log(`Browser: headless Chromium, ${results.machine}, viewport 1280×900; KB = 1000 bytes, MB = 10^6 bytes.`);
  console.log(`Times to the first field and exports: the median of ${results.runs} runs. Typing: 100 keys, 80 ms apart, `
    + `a 1.2 s pause every 20, ${bare.typing.sessions} times over: per key the median session, frames and autosaves pooled.`);
  for (const key of DOCS.filter((k) => docs[k])) {
    const d = docs[key];
    console.log(`  ${key.padEnd(4)} ${d.file}: ${(d.bytes / 1000).toFixed(0)} KB, ${d.items} items, ${d.entries} entries `
      + `(${d.statements} with a speaker); typed into the middle one; ${d.typing.saves} autosaves while typing (per key, each session: ${d.typing.taskAll.map((t) => t.toFixed(1)).join(', ')} ms)`);
  }
  console.log();

  const brotli = firstLoad ? firstLoad.total.brotli / 1000 : null;
  const once = [
    ['first load, brotli (KB)', brotli, null, 250, brotli],
    ['first field, first visit (ms)', emptyApp.editable, bare.editableFirst, 150, diff(emptyApp.editable, bare.editableFirst)],
  ];
  const onceRows = once.map(([name, app, b, budget, checked]) => [
    name, number(app), number(b), number(diff(app, b)),
    budget === undefined ? '' : `≤ ${budget}${checked !== app ? ' more' : ''}`, met(checked, budget),
  ]);
  print(['once', 'app', 'bare', 'app − bare', 'budget', 'met'], onceRows, [34, 9, 9, 11, 11, 5]);
  console.log();

  const table = [];
  const lines = [];
  let worse = false;
  for (const [name, get, bareValue, budget] of rows(results)) {
    const values = Object.fromEntries(DOCS.map((k) => [k, docs[k] ? get(docs[k]) ?? null : null]));
    const ratio = values.long > 0 && values.x4 !== null ? values.x4 / values.long : null;
    const flagged = ratio !== null && ratio > LINEAR && values.x4 >= NOISE;
    worse ||= flagged;
    const judged = { long: met(values.long, budget), x4: met(values.x4, budget) };
    table.push({ figure: name.trim(), ...values, ratio, worseThanLinear: flagged, bare: bareValue ?? null, budget: budget ?? null, met: judged });
    lines.push([
      name, number(values.real), number(values.long), number(values.x4),
      ratio === null ? '–' : `${ratio.toFixed(1)}${flagged ? ' ▲' : '  '}`, number(bareValue),
      budget === undefined ? '' : `≤ ${budget}`, budget === undefined ? '' : `${judged.long}, ${judged.x4}`,
    ]);
  }
  print(['per document', 'real memo', 'long', 'long ×4', '×4/long', 'bare', 'budget', 'met: long, ×4'], lines, [34, 9, 9, 9, 8, 8, 7, 13]);
  console.log(`Budgets are judged on the long meeting (and shown for ×4). ×4/long: 4 is linear${worse
    ? `; ▲ grows worse than linearly (over ${LINEAR}, figures of ${NOISE} or more)` : '; nothing grows worse than linearly'}.`);
  console.log('Main thread per key: Chrome\'s task time while typing (autosaves and checks in the pauses included) / keys.'
    + ' Next frame: keydown to the first animation frame after its input event.');

  mkdirSync(path.dirname(file), { recursive: true });
  const onceJson = Object.fromEntries(once.map(([n, app, b, budget, checked]) => [n,
    { app, bare: b, budget: budget ?? null, met: met(checked, budget) }]));
  const rounded = (_, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v);
  writeFileSync(file, `${JSON.stringify({ ...results, once: onceJson, table }, rounded, 2)}\n`);
  console.log(`Written: ${path.relative(process.cwd(), file) || file}`);
}
