/**
 * The kiosk page, `index.html`, for a packed folder and for a new fair folder
 * (`fairkit init`): `<fair-kiosk>` filling the screen (no page zoom, edge to
 * edge, the fair's colour behind it), titled with the fair's name, in the
 * fair's first language. `?here=<place>` in the address picks the kiosk's
 * place (several kiosks, one folder); without it, the feed's first kiosk
 * place. A packed folder's page registers its service worker (`sw.js`); a
 * fair folder being edited has none, so an edit shows on the next reload.
 *
 * And the phone page, `guide.html`, beside it in a packed folder:
 * `<fair-guide>` on the same kit, feed and service worker, as a page a phone
 * scrolls and zooms (no `user-scalable=no`: people must be able to zoom). It
 * has no place of its own (a phone walks about); `?here=<place>` gives one,
 * for a poster's QR code at an entrance. Deep links are hash routes
 * (`guide.html#/booth/A04`), so the folder needs no server rules.
 */
import type { FairFeed } from '../../data/types.js';
import { text } from '../../data/text.js';
import { KIT_ENTRY } from './kit.js';

/** The feed's name in a packed or new fair folder. */
export const FEED_NAME = 'fair.json';
/** The service worker's name beside the page. */
export const WORKER_NAME = 'sw.js';
/** The phone guide's page beside the kiosk's `index.html` in a packed folder. */
export const GUIDE_NAME = 'guide.html';

const DEFAULT_COLOUR = '#0b6e4f';

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The page's language: the fair's first content language, when `Intl` knows it. */
function pageLang(feed: FairFeed): string | undefined {
  const first = feed.fair.locales?.[0];
  try {
    return first ? Intl.getCanonicalLocales(first)[0] : undefined;
  } catch {
    return undefined;
  }
}

/** The kiosk's place when the address names none: the feed's first place of kind kiosk. */
export function defaultHere(feed: FairFeed): string | undefined {
  return feed.places?.find((place) => place.kind === 'kiosk')?.id;
}

export interface PageOptions {
  /** Register `sw.js` (a packed folder). */
  serviceWorker: boolean;
  /** The kit's modules to fetch at once, beside the entry (`staticChunks`): `kit/bundle/index-….js`. */
  preload?: readonly string[];
}

/** What both pages take from the feed: language, title (the fair’s name), colour and venue. */
function pageBasics(feed: FairFeed) {
  const lang = pageLang(feed);
  const title = text(feed.fair.name, lang ?? 'en', feed.fair.locales ?? []) || 'Fairkit';
  const primary = feed.fair.theme?.primary;
  const colour = primary && /^#[0-9a-f]{6}$/i.test(primary) ? primary : DEFAULT_COLOUR;
  const htmlLang = lang ? ` lang="${escapeHtml(lang)}"` : '';
  const venue = feed.fair.venue ? text(feed.fair.venue, lang ?? 'en', feed.fair.locales ?? []) : '';
  return { title, colour, htmlLang, venue };
}

/** The inline script's last line: register `sw.js` (a packed folder), or nothing. */
const registration = (serviceWorker: boolean) =>
  serviceWorker
    ? `\n        if ('serviceWorker' in navigator) navigator.serviceWorker.register('${WORKER_NAME}');`
    : '';

/** `index.html` for `feed` (checked by `validateFeed`: the usable part). */
export function kioskPage(feed: FairFeed, { serviceWorker }: PageOptions): string {
  const { title, colour, htmlLang } = pageBasics(feed);
  const here = defaultHere(feed);
  return `<!doctype html>
<html${htmlLang}>
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <!-- A kiosk page: no page zoom (the map zooms itself), edge to edge. -->
    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no, viewport-fit=cover" />
    <meta name="theme-color" content="${colour}" />
    <title>${escapeHtml(title)}</title>
    <style>
      html, body { margin: 0; height: 100%; background: ${colour}; overscroll-behavior: none; }
      fair-kiosk { display: block; height: 100dvh; }
    </style>
    <script type="module" src="${KIT_ENTRY}"></script>
  </head>
  <body>
    <fair-kiosk src="${FEED_NAME}"${here ? ` here="${escapeHtml(here)}"` : ''} idle="60" staff-reload></fair-kiosk>
    <script>
      {
        // index.html?here=kiosk-2: this screen stands at place kiosk-2 of the feed.
        const here = new URLSearchParams(location.search).get('here');
        if (here) document.querySelector('fair-kiosk').setAttribute('here', here);${registration(serviceWorker)}
      }
    </script>
  </body>
</html>
`;
}

/** `guide.html` for `feed`: the phone guide, on the same kit, feed and (when `serviceWorker`) `sw.js`. */
export function guidePage(feed: FairFeed, { serviceWorker, preload = [] }: PageOptions): string {
  const { title, colour, htmlLang, venue } = pageBasics(feed);
  const description = venue ? `${title} · ${venue}` : title;
  return `<!doctype html>
<html${htmlLang}>
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <!-- A phone page: it scrolls and zooms like any page (never user-scalable=no). -->
    <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
    <meta name="theme-color" content="${colour}" />
    <meta name="description" content="${escapeHtml(description)}" />
    <title>${escapeHtml(title)}</title>
    <style>
      html, body { margin: 0; }
      fair-guide { display: block; min-height: 100vh; min-height: 100dvh; }
    </style>
    <script type="module" src="${KIT_ENTRY}"></script>${preload.map((chunk) => `\n    <link rel="modulepreload" href="${escapeHtml(chunk)}" />`).join('')}
  </head>
  <body>
    <fair-guide src="${FEED_NAME}"></fair-guide>
    <script>
      {
        // guide.html?here=gate-north#/booth/A04: a poster's QR code at place gate-north of the feed.
        const here = new URLSearchParams(location.search).get('here');
        if (here) document.querySelector('fair-guide').setAttribute('here', here);${registration(serviceWorker)}
      }
    </script>
  </body>
</html>
`;
}
