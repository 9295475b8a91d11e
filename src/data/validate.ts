import type { FairFeed, FeedResult } from './types.js';
import { readBooths } from './validate/booths.js';
import { readCategories, readProducers, readProducts } from './validate/catalog.js';
import * as m from './validate/messages.js';
import { ValidationRun, type Rec, isRecord, own, record } from './validate/run.js';
import { readFair } from './validate/fair.js';
import { readMap } from './validate/map.js';
import { copyExtras } from './validate/values.js';
import { readEvents, readPaths, readPlaces } from './validate/venue.js';

const FEED_KEYS = new Set([
  'version',
  'fair',
  'map',
  'categories',
  'booths',
  'producers',
  'products',
  'places',
  'paths',
  'events',
]);

function checkVersion(run: ValidationRun, json: unknown): json is Rec {
  if (!isRecord(json)) {
    run.error('', m.feedNotObject(json));
    return false;
  }
  const version = own(json, 'version');
  if (version === 1) return true;
  run.error('/version', m.feedVersion(version));
  return false;
}

/**
 * Checks a parsed feed against the contract (docs/feed.md, version 1) and returns a
 * fresh, cleaned copy with every problem found. Lenient: an unusable item is
 * left out (an `error`), a usable one with something off is kept (a `warning`);
 * `feed` is `null` only when nothing can be shown (not an object, wrong version,
 * no usable fair id or map). Never throws, whatever it is given.
 *
 * Items are read in reference order (levels, categories, producers, then the
 * booths, products, places, paths and events that point at them), so a
 * reference to something left out is reported where it is made. Problem paths
 * point into the organizer's file, not into the cleaned copy.
 *
 * The copy is built from fresh objects; `__proto__`, `constructor` and
 * `prototype` keys are never copied, so a feed cannot reach any prototype.
 * Its objects inherit nothing (see `record` in `validate/run.ts`): on a
 * page that has added `logo` to `Object.prototype`, `feed.fair.theme.logo` of
 * a feed without a logo is still `undefined`.
 */
export function validateFeed(json: unknown): FeedResult {
  const run = new ValidationRun();
  try {
    if (!checkVersion(run, json)) return { feed: null, problems: run.problems };
    const fair = readFair(run, own(json, 'fair'));
    const map = readMap(run, own(json, 'map'));
    if (!fair || !map) return { feed: null, problems: run.problems };
    const feed: FairFeed = record({ version: 1 as const, fair, map, booths: [] });
    const categories = readCategories(run, json);
    if (categories) feed.categories = categories;
    const producers = readProducers(run, json);
    if (producers) feed.producers = producers;
    feed.booths = readBooths(run, json);
    const products = readProducts(run, json);
    if (products) feed.products = products;
    const places = readPlaces(run, json);
    if (places) feed.places = places;
    const paths = readPaths(run, json);
    if (paths) feed.paths = paths;
    const events = readEvents(run, json);
    if (events) feed.events = events;
    copyExtras(run, json, feed, FEED_KEYS, '');
    return { feed, problems: run.problems };
  } catch (error) {
    // A getter or proxy in a hand-built object threw: report it rather than break the page.
    let reason = m.unexpectedValue();
    try {
      reason = error instanceof Error ? error.message : String(error);
    } catch {
      /* an error whose message itself throws: keep the generic reason */
    }
    run.error('', m.feedUncheckable(reason.slice(0, 200)));
    return { feed: null, problems: run.problems };
  }
}
