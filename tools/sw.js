// Muistio's service worker: keeps the app shell and the PDF fonts in a cache named by the
// build, so that after one visit the app opens, saves and exports with no network at all.
// tools/package.mjs writes this file into the build with VERSION and FILES filled in.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `muistio-${VERSION}`;

self.addEventListener('install', (event) => {
  // Every file fresh from the server (not from the HTTP cache), or the install fails as a whole.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))));
  // No skipWaiting here: a new version waits until the person chooses to take it.
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('muistio-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    try {
      return await fetch(request);
    } catch (offline) {
      // A page address the cache does not know (a bookmark with a path): the app itself.
      if (request.mode === 'navigate') {
        const app = await cache.match('./');
        if (app) return app;
      }
      throw offline;
    }
  })());
});
