// Tradelens offline: the build's own files, from the cache this build filled, and nothing else.
// BUILD ({ version, files }) is written above this text by the build (scripts/offline/offlinePlugin.ts).
/* global BUILD */
const CACHE = `tradelens-${BUILD.version}`;
const SCOPE = self.registration.scope;
const FILES = new Set(BUILD.files.map((file) => new URL(file, SCOPE).href));
const INDEX = new URL('index.html', SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...FILES])));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys())
        if (key.startsWith('tradelens-') && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

// A newer build waits until the reader chooses to reload (the page asks for it).
self.addEventListener('message', (event) => {
  if (event.data === 'tradelens:activate') self.skipWaiting();
});

/** The cached file that answers a request, or null when it is not part of the build. */
function buildFile(request) {
  if (request.method !== 'GET') return null;
  const url = new URL(request.url);
  url.hash = '';
  if (request.mode === 'navigate') {
    // The page's address may carry a query (?src=…): the page itself is the same file.
    url.search = '';
    if (url.href === SCOPE) return INDEX;
  }
  return FILES.has(url.href) ? url.href : null;
}

self.addEventListener('fetch', (event) => {
  const file = buildFile(event.request);
  if (!file) return; // data files, #src= links, anything else: the network, as without us
  event.respondWith(
    caches.match(file, { cacheName: CACHE }).then((hit) => hit ?? fetch(event.request)),
  );
});
