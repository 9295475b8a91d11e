/**
 * The kiosk page, `index.html`, for a packed folder and for a new fair folder
 * (`fairkit init`): `<fair-kiosk>` filling the screen (no page zoom, edge to
 * edge, the fair's colour behind it), titled with the fair's name, in the
 * fair's first language. `?here=<place>` in the address picks the kiosk's
 * place (several kiosks, one folder); without it, the feed's first kiosk
 * place. A packed folder's page registers its service worker (`sw.js`); a
 * fair folder being edited has none, so an edit shows on the next reload.
 */
import type { FairFeed } from '../../data/types.js';
import { text } from '../../data/text.js';
import { KIT_ENTRY } from './kit.js';

/** The feed's name in a packed or new fair folder. */
export const FEED_NAME = 'fair.json';
/** The service worker's name beside the page. */
export const WORKER_NAME = 'sw.js';

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
}

/** `index.html` for `feed` (checked by `validateFeed`: the usable part). */
export function kioskPage(feed: FairFeed, { serviceWorker }: PageOptions): string {
  const lang = pageLang(feed);
  const title = text(feed.fair.name, lang ?? 'en', feed.fair.locales ?? []) || 'Fairkit';
  const primary = feed.fair.theme?.primary;
  const colour = primary && /^#[0-9a-f]{6}$/i.test(primary) ? primary : DEFAULT_COLOUR;
  const here = defaultHere(feed);
  const register = serviceWorker
    ? `\n        if ('serviceWorker' in navigator) navigator.serviceWorker.register('${WORKER_NAME}');`
    : '';
  return `<!doctype html>
<html${lang ? ` lang="${escapeHtml(lang)}"` : ''}>
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
        if (here) document.querySelector('fair-kiosk').setAttribute('here', here);${register}
      }
    </script>
  </body>
</html>
`;
}
