/**
 * Export: the editor's feed checked by the feed checker (`validateFeed`) and
 * given back in the clean form the kit reads, with the keys of every object in
 * the order the organizer's feed had them (the checker writes its own order),
 * so a feed loaded and exported unchanged comes back as it was, and saving
 * back to the organizer's file changes only what was edited.
 */
import type { FairFeed, FeedResult } from '../../../data/types.js';
import { validateFeed } from '../../../data/validate.js';

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * `clean` with each object's keys in the order `like` (the same data before
 * cleaning) has them; keys `like` lacks come after, in `clean`'s order. Array
 * items are matched by `id` when they have one, else by position.
 */
export function inOrderOf<T>(clean: T, like: Json): T {
  if (Array.isArray(clean)) {
    if (!Array.isArray(like)) return clean;
    const before = like as Json[];
    const byId = new Map<unknown, Json>();
    for (const item of before) if (isObject(item) && typeof item.id === 'string') byId.set(item.id, item);
    return (clean as Json[]).map((item: Json, i) => {
      const match = isObject(item) && typeof item.id === 'string' ? byId.get(item.id) : before[i];
      return inOrderOf<Json>(item, match);
    }) as T;
  }
  if (!isObject(clean)) return clean;
  const source = isObject(like) ? like : {};
  // Like the checker's own objects, inheriting nothing.
  const out = Object.create(null) as Record<string, Json>;
  for (const key of Object.keys(source)) if (Object.hasOwn(clean, key)) out[key] = inOrderOf(clean[key], source[key]);
  for (const key of Object.keys(clean)) if (!Object.hasOwn(out, key)) out[key] = inOrderOf(clean[key], undefined);
  return out as T;
}

/**
 * The feed checked and cleaned by `validateFeed`, in the key order of `feed`,
 * with the checker's problems. `feed` is null only when nothing usable is left
 * (see `validateFeed`).
 */
export function exportFeed(feed: FairFeed): FeedResult {
  const result = validateFeed(feed);
  return { feed: result.feed && inOrderOf(result.feed, feed), problems: result.problems };
}
