import type { FairFeed, FeedResult, Problem } from './types.js';
import { validateFeed } from './validate.js';

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
  const fair = { ...feed.fair };
  if (fair.theme?.logo) fair.theme = { ...fair.theme, logo: r(fair.theme.logo) };
  if (fair.organizer?.url) fair.organizer = { ...fair.organizer, url: r(fair.organizer.url) };
  const map = feed.map.type === 'plan'
    ? { ...feed.map, levels: feed.map.levels.map((l) => (l.image ? { ...l, image: r(l.image) } : l)) }
    : feed.map.tiles ? { ...feed.map, tiles: resolveTemplate(feed.map.tiles, base) } : feed.map;
  const resolved: FairFeed = { ...feed, fair, map };
  if (feed.producers) {
    resolved.producers = feed.producers.map((p) => {
      const copy = { ...p };
      if (p.images) copy.images = p.images.map(r);
      if (p.audio) copy.audio = Object.fromEntries(Object.entries(p.audio).map(([k, v]) => [k, r(v)]));
      if (p.contact?.website) copy.contact = { ...p.contact, website: r(p.contact.website) };
      return copy;
    });
  }
  if (feed.products) {
    resolved.products = feed.products.map((p) => {
      const copy = { ...p };
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

const cache = new Map<string, Promise<FeedResult>>();

/** Forgets cached feeds (all, or one URL), so the next load fetches again. */
export function clearFeedCache(url?: string | URL): void {
  if (url === undefined) cache.clear();
  else cache.delete(absoluteUrl(url));
}

function absoluteUrl(url: string | URL): string {
  const base = typeof document !== 'undefined' ? document.baseURI : undefined;
  return new URL(String(url), base).href;
}

async function fetchFeed(url: string, signal?: AbortSignal): Promise<FeedResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { feed: null, problems: [{ path: '', severity: 'error', message: `The feed could not be fetched from ${url}: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  if (!response.ok) {
    return { feed: null, problems: [{ path: '', severity: 'error', message: `The feed could not be fetched from ${url}: HTTP ${response.status} ${response.statusText}`.trim() }] };
  }
  const body = await response.text();
  const result = parseFeed(body);
  return result.feed ? { feed: resolveFeedUrls(result.feed, response.url || url), problems: result.problems } : result;
}

/**
 * Loads a feed from a URL (fetched once and shared: two elements with the same
 * `src` share one request) or checks an object given directly. Never rejects
 * for a bad feed: the problems come back with the usable part. Rejects only
 * with an `AbortError` when `init.signal` aborts.
 */
export function loadFeed(source: string | URL | object, init: { signal?: AbortSignal } = {}): Promise<FeedResult> {
  if (typeof source === 'object' && !(source instanceof URL)) {
    return Promise.resolve(validateFeed(source));
  }
  let url: string;
  try {
    url = absoluteUrl(source);
  } catch {
    return Promise.resolve({ feed: null, problems: [{ path: '', severity: 'error', message: `"${String(source)}" is not a URL a feed can be loaded from.` }] });
  }
  let shared = cache.get(url);
  if (!shared) {
    // The shared fetch is not tied to one caller's signal: another element may still want it.
    shared = fetchFeed(url);
    cache.set(url, shared);
    // A failed fetch is not cached, so a retry can succeed.
    void shared.then((r) => { if (!r.feed) cache.delete(url); });
  }
  const { signal } = init;
  if (!signal) return shared;
  if (signal.aborted) return Promise.reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
  return new Promise<FeedResult>((resolve, reject) => {
    const onAbort = () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
    shared!.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
