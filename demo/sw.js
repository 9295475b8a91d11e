// Fairkit demo service worker: the kiosk (index.html) and the phone guide
// (guide.html) keep working with the network cut.
//
// Cache-first for same-origin GETs (the kit's modules, the feed's images and
// plan): once seen, they come from the cache. The feed itself (JSON) is
// stale-while-revalidate: served from the cache at once, refreshed behind it,
// so an organizer's fix reaches the kiosk on the next load. The page posts the
// URLs it loaded before this worker existed, and the feed's media, to be cached.
// The guide's deep links are hash routes (guide.html#/booth/A04): the browser
// asks for guide.html, so one cached page answers every link; a page opened
// with another query (guide.html?here=gate-2) falls back to the cached page.
const CACHE = 'fairkit-kiosk-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

const sameOrigin = (url) => new URL(url, self.location.href).origin === self.location.origin;

async function put(request, response) {
  if (response.ok && response.type === 'basic') {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

/** Adds URLs to the cache, and for a feed also every image, plan and audio it names. */
async function cacheUrls(urls) {
  const cache = await caches.open(CACHE);
  for (const url of new Set(urls)) {
    if (!sameOrigin(url)) continue;
    try {
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok) continue;
      await cache.put(url, response.clone());
      if (/\.json(\?|$)/.test(url)) await cacheUrls(feedMedia(await response.json(), url));
    } catch {
      /* offline already: keep what we have */
    }
  }
}

function feedMedia(feed, base) {
  const found = [];
  const add = (value) => {
    if (typeof value === 'string' && value && !/^data:/.test(value)) found.push(new URL(value, base).href);
  };
  add(feed?.fair?.theme?.logo);
  for (const level of feed?.map?.levels ?? []) add(level.image);
  for (const p of feed?.producers ?? []) {
    (p.images ?? []).forEach(add);
    Object.values(p.audio ?? {}).forEach(add);
  }
  for (const p of feed?.products ?? []) (p.images ?? []).forEach(add);
  return found;
}

self.addEventListener('message', (event) => {
  if (event.data?.type === 'cache-urls') event.waitUntil(cacheUrls(event.data.urls ?? []));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !sameOrigin(request.url)) return;
  const url = new URL(request.url);
  // The dev server's live-reload socket and the like are not content.
  if (url.pathname.startsWith('/__')) return;
  const isFeed = url.pathname.endsWith('.json');
  event.respondWith(
    (async () => {
      const cached =
        (await caches.match(request, { ignoreVary: true })) ||
        (request.mode === 'navigate'
          ? await caches.match(request, { ignoreVary: true, ignoreSearch: true })
          : undefined);
      const network = fetch(request).then((response) => put(request, response));
      if (cached) {
        if (isFeed) event.waitUntil(network.catch(() => undefined));
        return cached;
      }
      // Nothing cached (a page navigation with no cache at all): the network's answer, or its error.
      return await network;
    })(),
  );
});
