/**
 * `sw.js` for a packed folder: the service worker that keeps the kiosk (and
 * the phone guide, `guide.html`, once a phone has opened it) running with the
 * network cut. At install it caches every file of the pack
 * (the list is written into it, with a hash of their contents, so a re-pack
 * that changes anything makes a new cache and the browser installs the new
 * worker); it answers from that cache first; on activate it deletes the
 * caches of older packs of the same folder (only those: another site or pack
 * on the same origin keeps its own). Compare demo/sw.js, the demo's
 * runtime-caching worker: this one knows its files in advance.
 */
import { createHash } from 'node:crypto';
import type { PackedFile } from './media.js';

/** A short hash of the pack: every file's name and bytes. */
export function packHash(files: readonly PackedFile[]): string {
  const hash = createHash('sha256');
  for (const { name, data } of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    hash.update(name).update('\0').update(createHash('sha256').update(data).digest()).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The worker's source, precaching `files` (names relative to the folder, `index.html` and `guide.html` among them). */
export function serviceWorker(files: readonly PackedFile[]): string {
  const names = files.map((file) => file.name).sort();
  return `// Made by \`fairkit pack\`: the kiosk and the phone guide work offline once this worker has installed.
// Every file of the pack is cached at install; requests are answered from the cache first.
// A re-pack writes a new list and version, so the browser installs the new worker.
const VERSION = ${JSON.stringify(packHash(files))};
const FILES = ${JSON.stringify(names, null, 2)};
const PREFIX = 'fairkit-pack:' + self.registration.scope + ':';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // Straight from the server, not from the browser's HTTP cache (which may hold an older pack).
      await cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // index.html?here=kiosk-2 is index.html (guide.html?here=… guide.html); the folder's address is its index.html.
      const cached =
        (await cache.match(request, { ignoreSearch: true })) ||
        (request.mode === 'navigate' ? await cache.match('index.html') : undefined);
      return cached || fetch(request);
    })(),
  );
});
`;
}
