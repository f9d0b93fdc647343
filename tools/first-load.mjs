// What a first load of the release build downloads (dist/: the page, its JS, wasm and CSS), raw,
// gzip -9 and brotli -q 11, beside the budget; what the service worker keeps for offline use; the
// one-file app. Prints one table and writes target/bench/first-load.json. Run after a build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
/** The budget of a first load, brotli, in KB (1000 bytes). */
const BUDGET_KB = 250;

/** GNU gzip's -9 (a little smaller than zlib's level 9), zlib's when gzip is missing. */
function gzip(bytes) {
  try {
    return execFileSync('gzip', ['-9', '-c'], { input: bytes, maxBuffer: 1 << 28 }).length;
  } catch {
    return zlib.gzipSync(bytes, { level: 9 }).length;
  }
}
const sizes = (bytes) => ({
  raw: bytes.length,
  gzip: gzip(bytes),
  brotli: zlib.brotliCompressSync(bytes, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 24 },
  }).length,
});
const names = readdirSync(dist);
// The codecs worker (codecs*.js, codecs_bg.wasm) is fetched only when first needed: not part of a first load.
const worker = (n) => n.startsWith('codecs');
const loaded = ['.wasm', '.js', '.css'].flatMap((ext) => names.filter((n) => n.endsWith(ext) && n !== 'sw.js' && !worker(n)));
const files = [...loaded, 'index.html'].map((name) => ({
  name: name.replace(/-[0-9a-f]{16}/, ''), ...sizes(readFileSync(path.join(dist, name))),
}));
const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
// Every file the service worker keeps (tools/package.mjs writes their list into sw.js).
const kept = JSON.parse(readFileSync(path.join(dist, 'sw.js'), 'utf8').match(/const FILES = (\[.*\]);/)[1]).filter((f) => f !== './');
const offline = { files: kept.length, raw: kept.reduce((n, f) => n + statSync(path.join(dist, f)).size, 0) };
const oneFile = sizes(readFileSync(path.join(dist, 'muistio.html')));
const met = total.brotli / 1000 <= BUDGET_KB;

const kb = (n) => (n === undefined ? '' : (n / 1000).toFixed(1));
const row = (name, s, note = '') => console.log(
  `${name.padEnd(30)} ${kb(s.raw).padStart(9)} ${kb(s.gzip).padStart(9)} ${kb(s.brotli).padStart(9)}${note}`,
);
console.log(`${'first load (KB = 1000 bytes)'.padEnd(30)} ${'raw'.padStart(9)} ${'gzip -9'.padStart(9)} ${'brotli'.padStart(9)}`);
console.log('-'.repeat(60));
for (const f of files) row(f.name, f);
row('first load, total', total, `   budget ≤ ${BUDGET_KB} brotli: ${met ? 'met' : 'NOT met'}`);
row('offline cache (fonts too)', offline, `   ${offline.files} files`);
const codecs = names.filter(worker).reduce((t, n) => {
  const s = sizes(readFileSync(path.join(dist, n)));
  return { raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli };
}, { raw: 0, gzip: 0, brotli: 0 });
row('codecs worker (when needed)', codecs);
row('muistio.html (one file)', oneFile);

const out = path.join(root, 'target/bench/first-load.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ files, total, budget: { brotliKB: BUDGET_KB, met }, offline, codecs, oneFile }, null, 2)}\n`);
console.log(`Written: ${path.relative(process.cwd(), out)}`);
