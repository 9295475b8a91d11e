import type { FairFeed, FeedResult, Problem } from './types.js';
import { validateFeed } from './validate.js';
import { record } from './validate/run.js';

/** Where `message` in a JSON.parse error points, as 1-based line and column. */
export function jsonErrorPosition(source: string, error: unknown): { line: number; column: number } | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const lineCol = /line (\d+) column (\d+)/i.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const position = /position (\d+)/i.exec(message);
  let offset = position ? Number(position[1]) : /end of (JSON|data) input/i.test(message) ? source.length : -1;
  if (offset < 0) return undefined;
  offset = Math.min(offset, source.length);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Parses feed JSON, a leading byte-order mark allowed: the value, or the syntax error as one problem. */
function parseJson(source: string): { json: unknown } | FeedResult {
  try {
    return { json: JSON.parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source) as unknown };
  } catch (error) {
    const at = jsonErrorPosition(source, error);
    const where = at ? ` at line ${at.line}, column ${at.column}` : '';
    const problem: Problem = {
      path: '',
      message: `The feed is not valid JSON${where}: ${error instanceof Error ? error.message : String(error)}`,
      severity: 'error',
    };
    return { feed: null, problems: [problem] };
  }
}

/** Parses feed JSON; a syntax error becomes one problem with its line and column. */
export function parseFeed(source: string): FeedResult {
  const parsed = parseJson(source);
  return 'json' in parsed ? validateFeed(parsed.json) : parsed;
}

/**
 * Lets the page answer a tap and paint between the long steps of a load (parse, check, links), so none of
 * them is one long task with the others.
 */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}

function resolveOne(value: unknown, base: string): unknown {
  if (typeof value !== 'string' || !value) return value;
  // Absolute URLs (and data:image/*) are kept as they are; the validator already rejected unsafe schemes.
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return value;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/** A plain relative path (`images/tea.jpg`): ASCII word characters, dots, dashes and slashes, no dot segment. */
const PLAIN_PATH = /^[\w-][\w./-]*$/;
const DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)/;

/**
 * `resolveOne` against one base for a whole feed: each distinct value is resolved once (thousands of
 * products share a few image paths), and a plain relative path is the base's folder followed by it, which
 * is what `new URL` makes of it, without building a URL for each.
 */
function resolverFor(base: string): (value: string) => string {
  const seen = new Map<string, string>();
  let folder: string | undefined;
  try {
    const url = new URL('.', base);
    // Only a hierarchical http(s) or file URL: its folder then ends in "/".
    if (/^(?:https?|file):$/.test(url.protocol)) folder = url.href;
  } catch {
    folder = undefined;
  }
  return (value) => {
    let resolved = seen.get(value);
    if (resolved === undefined) {
      resolved =
        folder !== undefined && PLAIN_PATH.test(value) && !DOT_SEGMENT.test(value)
          ? folder + value
          : (resolveOne(value, base) as string);
      seen.set(value, resolved);
    }
    return resolved;
  };
}

/**
 * Rewrites every relative media path and link of a validated feed against
 * `base` (the feed's own URL), so components can use them anywhere on the page.
 */
export function resolveFeedUrls(feed: FairFeed, base: string): FairFeed {
  return resolveUrls(feed, base, true);
}

/**
 * {@link resolveFeedUrls}, copying what it changes (`copy`), or in place, for a feed the loader has just
 * checked and no one else holds yet.
 */
function resolveUrls(feed: FairFeed, base: string, copy: boolean): FairFeed {
  const r = resolverFor(base);
  // Copies through `record` (one copy, not a spread and then another), like the validator's objects: they
  // inherit nothing (not even a polluted Object.prototype).
  const own = <T extends object>(o: T): T => (copy ? record(o) : o);
  const fair = own(feed.fair);
  if (fair.theme?.logo) fair.theme = record({ ...fair.theme, logo: r(fair.theme.logo) });
  if (fair.guide) fair.guide = r(fair.guide);
  if (fair.organizer?.url) fair.organizer = record({ ...fair.organizer, url: r(fair.organizer.url) });
  const map =
    feed.map.type === 'plan'
      ? record({ ...feed.map, levels: feed.map.levels.map((l) => (l.image ? record({ ...l, image: r(l.image) }) : l)) })
      : feed.map.tiles
        ? record({ ...feed.map, tiles: resolveTemplate(feed.map.tiles, base) })
        : feed.map;
  const resolved: FairFeed = own(feed);
  resolved.fair = fair;
  resolved.map = map;
  if (feed.producers) {
    resolved.producers = feed.producers.map((p) => {
      const out = own(p);
      if (p.images) out.images = p.images.map(r);
      if (p.audio) out.audio = record(Object.fromEntries(Object.entries(p.audio).map(([k, v]) => [k, r(v)])));
      if (p.contact?.website) out.contact = record({ ...p.contact, website: r(p.contact.website) });
      return out;
    });
  }
  if (feed.products) {
    resolved.products = feed.products.map((p) => {
      const out = own(p);
      if (p.images) out.images = p.images.map(r);
      if (p.trace) out.trace = r(p.trace);
      return out;
    });
  }
  return resolved;
}

/** Resolves a relative tile URL template, keeping `{z}`, `{x}`, `{y}`, `{s}` … unencoded. */
function resolveTemplate(template: string, base: string): string {
  const placeholders: string[] = [];
  const masked = template.replace(/\{[^{}]*\}/g, (m) => `__fairkit${placeholders.push(m) - 1}__`);
  const resolved = resolveOne(masked, base) as string;
  return resolved.replace(/__fairkit(\d+)__/g, (_, i: string) => placeholders[Number(i)]);
}

/** How long loading a feed may take, headers and body alike, before it is given up on (ms). */
export const DEFAULT_FEED_TIMEOUT = 15_000;

/** One fetch of a URL, shared by every caller that wants it while it runs (and, once it loaded, cached). */
interface SharedLoad {
  result: Promise<FeedResult>;
  abort: AbortController;
  /** When the fetch is aborted: the latest of its callers' deadlines (ms since the epoch). */
  end: number;
  /** The timeout that set `end`, for the message. */
  ms: number;
  timer?: ReturnType<typeof setTimeout>;
  /** The callers' `onParsed`, called with the JSON before it is checked. */
  peeks: ((json: unknown) => void)[];
}

const cache = new Map<string, SharedLoad>();

/** Forgets cached feeds (all, or one URL), so the next load fetches again. */
export function clearFeedCache(url?: string | URL): void {
  if (url === undefined) cache.clear();
  else cache.delete(absoluteUrl(url));
}

function absoluteUrl(url: string | URL): string {
  const base = typeof document !== 'undefined' ? document.baseURI : undefined;
  return new URL(String(url), base).href;
}

async function fetchFeed(url: string, load: SharedLoad): Promise<FeedResult> {
  const { signal } = load.abort;
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    // Under the same signal: a server that stalls part-way through the body is cut off too.
    body = await response.text();
  } catch (error) {
    const why = signal.aborted
      ? `no complete answer within ${load.ms} ms (loading was stopped)`
      : error instanceof Error
        ? error.message
        : String(error);
    return {
      feed: null,
      problems: [{ path: '', severity: 'error', message: `The feed could not be fetched from ${url}: ${why}` }],
    };
  }
  const parsed = parseJson(body);
  if (!('json' in parsed)) return parsed;
  for (const peek of load.peeks) {
    try {
      peek(parsed.json);
    } catch {
      /* a caller's peek is a hint: it never stops the load */
    }
  }
  await yieldToPage();
  const result = validateFeed(parsed.json);
  if (!result.feed) return result;
  await yieldToPage();
  return { feed: resolveUrls(result.feed, response.url || url, false), problems: result.problems };
}

/**
 * Loads a feed from a URL (fetched once and shared: two elements with the same
 * `src` share one request) or checks an object given directly. Never rejects
 * for a bad feed: the problems come back with the usable part. Rejects only
 * with an `AbortError` when `init.signal` aborts.
 *
 * A load that takes longer than `init.timeout` ms (default
 * {@link DEFAULT_FEED_TIMEOUT}, 15 s), waiting for the headers or reading a
 * body that stalls part-way, is aborted and resolves with one error problem
 * (not cached). Callers sharing a fetch share its deadline: the latest of
 * theirs.
 *
 * `init.onParsed`, if given, is called with the feed's JSON as soon as it is
 * parsed, before it is checked: an unchecked hint (a kiosk starts fetching
 * the fair's language with it), for a load from a URL still to be parsed.
 */
export function loadFeed(
  source: string | URL | object,
  init: { signal?: AbortSignal; timeout?: number; onParsed?: (json: unknown) => void } = {},
): Promise<FeedResult> {
  if (typeof source === 'object' && !(source instanceof URL)) {
    return Promise.resolve(validateFeed(source));
  }
  let url: string;
  try {
    url = absoluteUrl(source);
  } catch {
    return Promise.resolve({
      feed: null,
      problems: [
        { path: '', severity: 'error', message: `"${String(source)}" is not a URL a feed can be loaded from.` },
      ],
    });
  }
  let load = cache.get(url);
  if (!load) {
    // The shared fetch is not tied to one caller's signal: another element may still want it.
    const created: SharedLoad = (load = {
      abort: new AbortController(),
      end: 0,
      ms: 0,
      peeks: [] as SharedLoad['peeks'],
    } as SharedLoad);
    created.result = fetchFeed(url, created);
    cache.set(url, created);
    void created.result.then((r) => {
      clearTimeout(created.timer);
      // A failed fetch is not cached, so a retry can succeed.
      if (!r.feed && cache.get(url) === created) cache.delete(url);
    });
  }
  if (init.onParsed) load.peeks.push(init.onParsed);
  // It runs until the latest deadline of the callers sharing it.
  const ms = init.timeout! > 0 ? Math.min(init.timeout!, 2 ** 31 - 1) : DEFAULT_FEED_TIMEOUT;
  if (Date.now() + ms > load.end) {
    const { abort } = load;
    load.end = Date.now() + ms;
    load.ms = ms;
    clearTimeout(load.timer);
    load.timer = setTimeout(() => abort.abort(), ms);
  }
  const shared = load.result;
  const { signal } = init;
  if (!signal) return shared;
  // An abort rejects with the signal's reason (whatever `abort(reason)` was given), as fetch() does.
  // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the reason is the caller's, not ours
  if (signal.aborted) return Promise.reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
  return new Promise<FeedResult>((resolve, reject) => {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- as above
    const onAbort = () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
    shared.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
