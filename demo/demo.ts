// `npm start`: the kiosk on the Cao Bang sample, working offline after the first load.
import '../src/components/kiosk/define.js';
import type { FairKiosk } from '../src/components/kiosk/kiosk.js';
import type { Panel } from '../src/components/kiosk/history.js';

const kiosk = document.querySelector('fair-kiosk') as FairKiosk;

// The problems of a feed are for the organizer, never for visitors: they go to the console here.
kiosk.addEventListener('fair-error', (e) => console.info('[fairkit] feed problems', e.detail.problems));

/**
 * Preview links, for screenshots and for organizers checking a screen (listed in
 * the README, "Install and run"):
 *   ?src=../src/data/samples/son-la/feed.json   another feed (relative to /demo/)
 *   ?start                    skip the attract screen
 *   ?open=product:shan-tuyet  open a panel (booth:ID, product:ID, producer:ID, route:BOOTH)
 *   ?accessible               accessibility mode
 *   ?search=che               type in the search box (and show the on-screen keyboard)
 *   ?now=2025-12-26T10:15:00+07:00   the time "Happening now" is computed for
 *   ?lang=en                  the language the visit starts in (with ?start, ?open, ?search or ?accessible)
 *   ?idle=10                  idle timeout in seconds
 *   ?here=kiosk-1             the kiosk's place id in the feed ("you are here"; the page's default is kiosk-1)
 *   ?no-sw                    no service worker (nothing cached for offline)
 */
const params = new URLSearchParams(location.search);
if (params.has('idle')) kiosk.idle = Number(params.get('idle'));
if (params.has('now')) kiosk.now = new Date(params.get('now')!);
if (params.has('src')) {
  kiosk.src = params.get('src')!;
  // The QR codes open the demo's phone guide on the same feed.
  kiosk.setAttribute('guide', `guide.html?src=${encodeURIComponent(kiosk.src)}`);
}
if (params.has('here')) kiosk.here = params.get('here')!;
if (['start', 'open', 'search', 'accessible'].some((p) => params.has(p))) {
  kiosk.addEventListener(
    'fair-load',
    async () => {
      await kiosk.updateComplete;
      await kiosk.start(params.get('lang') ?? undefined);
      if (params.has('accessible')) kiosk.accessible = true;
      const open = params.get('open');
      if (open) {
        const [kind, id] = open.split(':');
        kiosk.open({ kind, id } as Panel);
      }
      const query = params.get('search');
      if (query !== null) {
        await kiosk.updateComplete;
        kiosk.shadowRoot?.querySelector<HTMLButtonElement>('.icon-btn')?.click();
        await kiosk.updateComplete;
        const search = kiosk.shadowRoot?.querySelector('fair-search') as (HTMLElement & { value?: string }) | null;
        const input = search?.shadowRoot?.querySelector('input');
        if (input) {
          input.focus();
          input.value = query;
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        }
      }
    },
    { once: true },
  );
}

/** Offline: a service worker keeps the kit, the feed and its media once they have loaded. */
async function registerOffline(): Promise<void> {
  if (!('serviceWorker' in navigator) || params.has('no-sw')) return;
  try {
    const registration = await navigator.serviceWorker.register(new URL('./sw.js', import.meta.url), { scope: './' });
    const worker = registration.active ?? (await navigator.serviceWorker.ready).active;
    // What this page has already loaded (before the worker was there to see it), so the next load can be offline.
    const urls = [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)];
    worker?.postMessage({ type: 'cache-urls', urls });
  } catch (error) {
    console.warn('[fairkit] offline cache unavailable', error);
  }
}
window.addEventListener('load', () => {
  // The media a visitor may open later (all product and producer images) is loaded once, after the first paint.
  kiosk.addEventListener('fair-load', () => setTimeout(() => void registerOffline(), 500), { once: true });
  if (kiosk.shadowRoot?.querySelector('.main, .attract')) setTimeout(() => void registerOffline(), 500);
});
