/**
 * The phone guide's deep links (`<fair-guide>`): hash routes any static host
 * serves, read and written here for the guide and for the kiosk's QR codes.
 *
 *   #/                              home: the map, the directory, what is on now
 *   #/booth/A04                     a booth       #/product/mien-dong-500g   a product
 *   #/producer/hoang-ha-coop        a producer    #/search/che%20shan        a search
 *   #/route/kiosk-1/A04[/step-free] the way from a place (or a booth) to a booth
 *   #/list                          My list, kept on the phone
 *   #/list/booth:A04,product:x      a shared list (opening it adds it to My list)
 *   #/visit/kiosk-1[/step-free]     "Visit my list": one walk through its booths
 */

/** What My list holds: booths, products and producers, by id. */
export type SavedKind = 'booth' | 'product' | 'producer';

export interface SavedItem {
  kind: SavedKind;
  id: string;
}

/** A view of the guide, as its hash says. */
export type GuideRoute =
  | { page: 'home' }
  | { page: SavedKind; id: string }
  | { page: 'route'; from: string; to: string; stepFree: boolean }
  | { page: 'list'; items?: SavedItem[] }
  | { page: 'visit'; from: string; stepFree: boolean }
  | { page: 'search'; query: string }
  | { page: 'not-found'; hash: string };

/** Up to this many items travel in a shared list (a QR code stays readable). */
export const MAX_SHARED_ITEMS = 60;

const SAVED_KINDS: readonly string[] = ['booth', 'product', 'producer'];
/** The feed's ids: 1 to 64 letters, digits, `.`, `_`, `-` (src/data/validate/values.ts). */
const ID = /^[A-Za-z0-9._-]{1,64}$/;

const segment = (value: string) => encodeURIComponent(value);

function decode(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

const isId = (value: string | undefined): value is string =>
  !!value && ID.test(value) && value !== '.' && value !== '..';

/** `booth:A04,product:x` → items (in order, once each); undefined when any part is not an item. */
export function parseItems(text: string): SavedItem[] | undefined {
  const items: SavedItem[] = [];
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    if (!part) continue;
    const [kind, id, extra] = part.split(':');
    if (extra !== undefined || !SAVED_KINDS.includes(kind) || !isId(id)) return undefined;
    const key = `${kind}:${id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    items.push({ kind: kind as SavedKind, id });
  }
  return items.length && items.length <= MAX_SHARED_ITEMS ? items : undefined;
}

/** Items → `booth:A04,product:x` (the first MAX_SHARED_ITEMS). */
export function formatItems(items: readonly SavedItem[]): string {
  return items
    .slice(0, MAX_SHARED_ITEMS)
    .map((i) => `${i.kind}:${i.id}`)
    .join(',');
}

/** Reads a location hash (`#/booth/A04`); anything it does not know is `not-found`, never an exception. */
export function parseRoute(hash: string): GuideRoute {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { page: 'home' };
  const notFound: GuideRoute = { page: 'not-found', hash: path.slice(0, 200) };
  if (!path.startsWith('/')) return notFound;
  const parts = path.slice(1).split('/').map(decode);
  if (parts.some((p) => p === undefined)) return notFound;
  const [page, a, b, c, ...rest] = parts as string[];
  if (page === 'search' && b === undefined) return { page: 'search', query: (a ?? '').slice(0, 200) };
  if (SAVED_KINDS.includes(page) && isId(a) && b === undefined) return { page: page as SavedKind, id: a };
  if (page === 'route' && isId(a) && isId(b) && (c === undefined || c === 'step-free') && !rest.length)
    return { page: 'route', from: a, to: b, stepFree: c === 'step-free' };
  if (page === 'visit' && isId(a) && (b === undefined || b === 'step-free') && c === undefined)
    return { page: 'visit', from: a, stepFree: b === 'step-free' };
  if (page === 'list' && (a === undefined || a === '')) return { page: 'list' };
  if (page === 'list' && b === undefined) {
    const items = parseItems(a);
    if (items) return { page: 'list', items };
  }
  return notFound;
}

/** A route → its hash (`#/booth/A04`). */
export function formatRoute(route: GuideRoute): string {
  switch (route.page) {
    case 'home':
    case 'not-found':
      return '#/';
    case 'booth':
    case 'product':
    case 'producer':
      return `#/${route.page}/${segment(route.id)}`;
    case 'route':
      return `#/route/${segment(route.from)}/${segment(route.to)}${route.stepFree ? '/step-free' : ''}`;
    case 'visit':
      return `#/visit/${segment(route.from)}${route.stepFree ? '/step-free' : ''}`;
    case 'list':
      return route.items?.length ? `#/list/${formatItems(route.items)}` : '#/list';
    case 'search':
      return `#/search/${segment(route.query)}`;
  }
}

/**
 * The guide's address with a deep link: `https://fair.example.vn/guide/#/booth/A04`.
 * `guide` is `fair.guide` (already absolute: the loader resolves it against the
 * feed's URL) or a kiosk's `guide` attribute (resolved against the page).
 * Undefined without a guide or for anything but an http(s) address.
 */
export function guideUrl(guide: string | undefined, route: GuideRoute): string | undefined {
  if (!guide) return undefined;
  let url: URL;
  try {
    url = new URL(guide, typeof document !== 'undefined' ? document.baseURI : undefined);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  url.hash = formatRoute(route).slice(1);
  return url.href;
}
