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

/** Parses feed JSON; a syntax error becomes one problem with its line and column. */
export function parseFeed(source: string): FeedResult {
  let json: unknown;
  try {
    json = JSON.parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
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
  return validateFeed(json);
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

/**
 * Rewrites every relative media path and link of a validated feed against
 * `base` (the feed's own URL), so components can use them anywhere on the page.
 */
export function resolveFeedUrls(feed: FairFeed, base: string): FairFeed {
  const r = (v: string) => resolveOne(v, base) as string;
  // Copies through `record`, like the validator's objects: they inherit nothing (not even a polluted Object.prototype).
  const fair = record({ ...feed.fair });
  if (fair.theme?.logo) fair.theme = record({ ...fair.theme, logo: r(fair.theme.logo) });
  if (fair.guide) fair.guide = r(fair.guide);
  if (fair.organizer?.url) fair.organizer = record({ ...fair.organizer, url: r(fair.organizer.url) });
  const map =
    feed.map.type === 'plan'
      ? record({ ...feed.map, levels: feed.map.levels.map((l) => (l.image ? record({ ...l, image: r(l.image) }) : l)) })
      : feed.map.tiles
        ? record({ ...feed.map, tiles: resolveTemplate(feed.map.tiles, base) })
        : feed.map;
  const resolved: FairFeed = record({ ...feed, fair, map });
  if (feed.producers) {
    resolved.producers = feed.producers.map((p) => {
      const copy = record({ ...p });
      if (p.images) copy.images = p.images.map(r);
      if (p.audio) copy.audio = record(Object.fromEntries(Object.entries(p.audio).map(([k, v]) => [k, r(v)])));
      if (p.contact?.website) copy.contact = record({ ...p.contact, website: r(p.contact.website) });
      return copy;
    });
  }
  if (feed.products) {
    resolved.products = feed.products.map((p) => {
      const copy = record({ ...p });
      if (p.images) copy.images = p.images.map(r);
      if (p.trace) copy.trace = r(p.trace);
      return copy;
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
  const result = parseFeed(body);
  return result.feed ? { feed: resolveFeedUrls(result.feed, response.url || url), problems: result.problems } : result;
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
 */
export function loadFeed(
  source: string | URL | object,
  init: { signal?: AbortSignal; timeout?: number } = {},
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
    const created: SharedLoad = (load = { abort: new AbortController(), end: 0, ms: 0 } as SharedLoad);
    created.result = fetchFeed(url, created);
    cache.set(url, created);
    void created.result.then((r) => {
      clearTimeout(created.timer);
      // A failed fetch is not cached, so a retry can succeed.
      if (!r.feed && cache.get(url) === created) cache.delete(url);
    });
  }
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
