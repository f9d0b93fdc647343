// Runs after every trunk build (a post_build hook in Trunk.toml), in the build's staging folder:
//   1. a Content-Security-Policy in index.html: no remote origin, no inline script but the
//      loader (by its hash), WebAssembly allowed, no plugins, base or form targets;
//   2. sw.js: the service worker, with the build's version and the files to keep for offline use;
//   3. muistio.html: the whole app in one HTML file (CSS, JavaScript, WebAssembly and the PDF
//      fonts inside), which works opened straight from the file system, under its own policy;
//   0. first, codecs_loader.js: the codecs worker's script (its no-modules glue, then its
//      WebAssembly), which says why when the module cannot load.
// Prints the sizes. Node.js only, no packages.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? path.join(here, '../dist');
const read = (f) => readFileSync(path.join(dir, f));

/** Every file of the build, relative paths with forward slashes. */
function files(sub = '') {
  return readdirSync(path.join(dir, sub)).flatMap((name) => {
    const rel = sub ? `${sub}/${name}` : name;
    return statSync(path.join(dir, rel)).isDirectory() ? files(rel) : [rel];
  });
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const inlineScripts = (page) => [...page.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const inlineStyles = (page) => [...page.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);

/** The policy of a page: only its own files (`self`) or nothing but what is inside it (and the
 * codecs worker it starts from a blob: address). */
function policy(page, self) {
  const own = self ? "'self'" : "'none'";
  const scripts = inlineScripts(page).map(sha256).join(' ');
  const styles = [self ? "'self'" : '', ...inlineStyles(page).map(sha256)].filter(Boolean).join(' ') || "'none'";
  return [
    `default-src ${own}`,
    `script-src ${self ? "'self' " : ''}${scripts} 'wasm-unsafe-eval'`,
    `style-src ${styles}`,
    `img-src ${self ? "'self' " : ''}data: blob:`,
    `font-src ${own}`,
    `connect-src ${own}`,
    `worker-src ${self ? own : 'blob:'}`,
    `manifest-src ${own}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The page with its policy (anew) as the first thing in its head. */
function withPolicy(page, self) {
  const bare = page.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(bare, self)}">`;
  return bare.replace('<meta charset="utf-8">', () => `<meta charset="utf-8">\n    ${meta}`);
}

// 0. The codecs worker's script: its glue (trunk's no-modules build), then its module; a module
// that cannot load is said in a message instead of a promise rejected where no one hears it.
const WORKER = { glue: 'codecs.js', wasm: 'codecs_bg.wasm', loader: 'codecs_loader.js' };
const failed = ".catch((e) => postMessage({ failed: String((e && e.message) || e) }));";
writeFileSync(path.join(dir, WORKER.loader),
  `importScripts('./${WORKER.glue}');\nwasm_bindgen({ module_or_path: './${WORKER.wasm}' })${failed}\n`);

const html = withPolicy(read('index.html').toString(), true);
writeFileSync(path.join(dir, 'index.html'), html);
const all = files().filter((f) => f !== 'sw.js' && f !== 'muistio.html').sort();
const fonts = all.filter((f) => f.startsWith('fonts/') && f.endsWith('.ttf'));
const find = (re, what) => {
  const m = html.match(re);
  if (!m) throw new Error(`package.mjs: no ${what} in index.html`);
  return m[1];
};
const glueFile = find(/<link rel="modulepreload" href="\.\/([^"]+\.js)"/, 'JavaScript module');
const wasmFile = find(/<link rel="preload" href="\.\/([^"]+\.wasm)"/, 'WebAssembly module');
const cssFile = find(/<link rel="stylesheet" href="\.\/([^"]+\.css)"/, 'stylesheet');

// 1. The service worker: the page, its code, styles, icons, manifest and fonts.
const precache = ['./', ...all];
const version = createHash('sha256');
for (const f of all) version.update(f).update(read(f));
const sw = readFileSync(path.join(here, 'sw.js'), 'utf8')
  .replace('__VERSION__', version.digest('hex').slice(0, 16))
  .replace('__FILES__', JSON.stringify(precache));
if (!html.includes('Content-Security-Policy')) throw new Error('package.mjs: index.html has no <meta charset="utf-8">');
writeFileSync(path.join(dir, 'sw.js'), sw);
const cached = all.reduce((n, f) => n + read(f).length, 0);

// 2. The one-file app. Inline module scripts run from file:// where module files and fetches
// do not; the WebAssembly and the fonts travel gzipped in base64 and are unpacked by the
// browser's DecompressionStream.
const packed = (bytes) => gzipSync(bytes, { level: 9 }).toString('base64');
const glue = read(glueFile).toString().replaceAll('</script', '<\\/script');
if (!glue.includes('async function __wbg_init')) throw new Error('package.mjs: the glue has no __wbg_init');
// The codecs worker travels as the text of its script (glue, then its module unpacked), started
// from a blob: address (a classic worker: module workers from blob: fail on file://).
const workerGlue = read(WORKER.glue).toString();
if (!workerGlue.includes('wasm_bindgen')) throw new Error('package.mjs: the worker glue has no wasm_bindgen');
const unpackSource = `const unpack = (b64) => {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
};`;
const workerSource = `${workerGlue}\n${unpackSource}\n` +
  `wasm_bindgen({ module_or_path: unpack(${JSON.stringify(packed(read(WORKER.wasm)))}) })${failed}\n`;
const loader = `<script type="module">
${glue}
${unpackSource}
const workerSource = ${JSON.stringify(workerSource).replaceAll('</script', '<\\/script')};
let workerUrl;
globalThis.muistioWorker = () => (workerUrl ??= URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' })));
globalThis.muistioFiles = {
${fonts.map((f) => `  ${JSON.stringify(f)}: unpack(${JSON.stringify(packed(read(f)))}),`).join('\n')}
};
await __wbg_init({ module_or_path: await unpack(${JSON.stringify(packed(read(wasmFile)))}) });
</script>`;
const css = read(cssFile).toString().replaceAll('</style', '<\\/style');
const one = html
  .replace(/<link rel="stylesheet" href="[^"]+"[^>]*>/, () => `<style>${css}</style>`)
  .replace(/<link rel="(modulepreload|preload|manifest|apple-touch-icon)"[^>]*>/g, '')
  .replace(/<script type="module"[^>]*>[\s\S]*?<\/script>/, () => loader);
if (/<(link|script)[^>]+(href|src)="\.?\/?(?!data:)[^"]+"/.test(one)) {
  throw new Error('package.mjs: muistio.html still refers to a file');
}
writeFileSync(path.join(dir, 'muistio.html'), withPolicy(one, false));

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`package.mjs: sw.js keeps ${precache.length} files (${kb(cached)}) for offline use; ` +
  `muistio.html ${kb(one.length)} (${kb(gzipSync(one).length)} gzipped)`);
