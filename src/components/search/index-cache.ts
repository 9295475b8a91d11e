import { createSearchIndex, type SearchIndex } from '../../data/search/search.js';
import type { FairFeed } from '../../data/types.js';

/** One index per feed object, shared by every `<fair-search>` on the page. */
const indexes = new WeakMap<FairFeed, SearchIndex>();
const scheduled = new WeakSet<FairFeed>();

/** The feed's search index, built now if it was not built yet. */
export function searchIndexFor(feed: FairFeed): SearchIndex {
  let index = indexes.get(feed);
  if (!index) {
    index = createSearchIndex(feed);
    indexes.set(feed, index);
  }
  return index;
}

/**
 * Builds the index when the browser is idle, so the first keystroke does not
 * pay for it (about 100–250 ms at 20,000 products on a kiosk-class machine).
 */
export function prepareSearchIndex(feed: FairFeed): void {
  if (indexes.has(feed) || scheduled.has(feed)) return;
  scheduled.add(feed);
  const build = () => searchIndexFor(feed);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(build, { timeout: 2000 });
  else setTimeout(build, 50);
}
