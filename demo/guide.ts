// The phone guide on the Cao Bang sample (what the kiosk's QR codes open), working offline after the first load.
import '../src/components/guide/define.js';
import type { FairGuide } from '../src/components/guide/guide.js';
import { setLocale } from '../src/i18n/locale.js';

const guide = document.querySelector('fair-guide') as FairGuide;
guide.addEventListener('fair-error', (e) => console.info('[fairkit] feed problems', e.detail.problems));

/**
 * Preview links (the deep link itself is the hash: guide.html#/booth/A04):
 *   ?src=../src/data/samples/son-la/feed.json   another feed (relative to /demo/)
 *   ?here=kiosk-1             where the visitor is ("you are here", where routes start)
 *   ?now=2025-12-26T10:15:00+07:00   the time "Happening now" is computed for
 *   ?lang=vi                  the language (else the phone's, when the fair offers it)
 *   ?no-sw                    no service worker (nothing cached for offline)
 */
const params = new URLSearchParams(location.search);
if (params.has('src')) guide.src = params.get('src')!;
if (params.has('here')) guide.here = params.get('here')!;
if (params.has('now')) guide.now = new Date(params.get('now')!);
const lang = params.get('lang');
if (lang)
  guide.addEventListener('fair-load', () => void guide.updateComplete.then(() => setLocale(lang)), { once: true });

/** Offline on flaky venue Wi-Fi: the demo's service worker keeps the kit, the feed and its media once loaded. */
async function registerOffline(): Promise<void> {
  if (!('serviceWorker' in navigator) || params.has('no-sw')) return;
  try {
    const registration = await navigator.serviceWorker.register(new URL('./sw.js', import.meta.url), { scope: './' });
    const worker = registration.active ?? (await navigator.serviceWorker.ready).active;
    const urls = [location.href.split('#')[0], ...performance.getEntriesByType('resource').map((e) => e.name)];
    worker?.postMessage({ type: 'cache-urls', urls });
  } catch (error) {
    console.warn('[fairkit] offline cache unavailable', error);
  }
}
guide.addEventListener('fair-load', () => setTimeout(() => void registerOffline(), 500), { once: true });
