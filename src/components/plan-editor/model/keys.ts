/**
 * Key order for the plan editor's edits. An organizer's feed is saved back to
 * their file, so an edit must not shuffle keys: a key an edit changes keeps
 * its place, and a key it adds goes where the feed contract lists it
 * (docs/feed.md, the order of src/data/types.ts) among the keys already there.
 */

/** The contract's key order for each kind of object the editor writes. */
export const KEY_ORDER = {
  feed: ['version', 'fair', 'map', 'categories', 'booths', 'producers', 'products', 'places', 'paths', 'events'],
  level: ['id', 'name', 'image', 'size', 'scale'],
  booth: ['id', 'label', 'level', 'shape', 'rect', 'door', 'producers', 'categories', 'name'],
  place: ['id', 'kind', 'level', 'at', 'name', 'connects'],
  path: ['level', 'points'],
  event: ['id', 'title', 'start', 'end', 'place', 'booth', 'description'],
} as const;

type Order = readonly string[];

/**
 * Sets `obj[key] = value` in place. An existing key keeps its position; a new
 * one is put after the last present key that comes before it in `order` (at
 * the front when none does). `value === undefined` deletes the key.
 */
export function setKey<T extends object>(obj: T, key: string, value: unknown, order: Order): void {
  const rec = obj as Record<string, unknown>;
  if (value === undefined) {
    delete rec[key];
    return;
  }
  if (Object.hasOwn(rec, key)) {
    rec[key] = value;
    return;
  }
  const rank = order.indexOf(key);
  const keys = Object.keys(rec);
  // Where the new key goes: after every key that the order puts before it.
  let at = 0;
  if (rank < 0) at = keys.length;
  else
    keys.forEach((k, i) => {
      const r = order.indexOf(k);
      if (r >= 0 && r < rank) at = i + 1;
    });
  if (at === keys.length) {
    rec[key] = value;
    return;
  }
  const entries = Object.entries(rec);
  entries.splice(at, 0, [key, value]);
  for (const k of keys) delete rec[k];
  for (const [k, v] of entries) rec[k] = v;
}

/** Replaces key `from` by key `to` (with `value`) at the same position, e.g. a booth's `rect` by a `shape`. */
export function replaceKey<T extends object>(obj: T, from: string, to: string, value: unknown): void {
  const rec = obj as Record<string, unknown>;
  const entries = Object.entries(rec).map(([k, v]): [string, unknown] => (k === from ? [to, value] : [k, v]));
  if (!Object.hasOwn(rec, from)) entries.push([to, value]);
  for (const k of Object.keys(rec)) delete rec[k];
  for (const [k, v] of entries) if (k !== to || v !== undefined) rec[k] = v;
}

/** A new object with `fields`' defined values in the contract's `order` (for items the editor creates). */
export function ordered<T extends object>(fields: Partial<Record<string, unknown>>, order: Order): T {
  const out: Record<string, unknown> = {};
  for (const key of order) if (fields[key] !== undefined) out[key] = fields[key];
  for (const [key, value] of Object.entries(fields)) if (!(key in out) && value !== undefined) out[key] = value;
  return out as T;
}
