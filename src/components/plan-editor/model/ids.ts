/**
 * Fresh ids for what the editor creates: booth codes from a numbering
 * pattern (prefix + zero-padded number, "A01"), place ids per kind
 * ("kiosk-1", "entrance-2"), level ids ("L3"). An id is never one already in
 * use in its collection.
 */
import type { FairFeed, PlaceKind } from '../../../data/types.js';

/** A numbering pattern: `prefix` + the number padded with zeros to `digits`. */
export interface CodePattern {
  prefix: string;
  digits: number;
}

/** `prefix` + `n` padded to `digits` digits: `code('A', 7, 2)` is `"A07"`. */
export function code(prefix: string, n: number, digits: number): string {
  return prefix + String(n).padStart(Math.max(1, digits), '0');
}

/** An id read as a pattern and its number (`"A07"` → A, 2 digits, 7), or undefined when it ends in no digits. */
export function parseCode(id: string): (CodePattern & { n: number }) | undefined {
  const match = /^(.*?)(\d+)$/.exec(id);
  if (!match) return undefined;
  return { prefix: match[1], digits: match[2].length, n: Number(match[2]) };
}

export function boothIds(feed: FairFeed): Set<string> {
  return new Set(feed.booths.map((b) => b.id));
}

export function placeIds(feed: FairFeed): Set<string> {
  return new Set((feed.places ?? []).map((p) => p.id));
}

/**
 * The next free booth code: with `pattern`, one past the highest number in use
 * with its prefix; without, the pattern of the last booth whose id ends in a
 * number (so after "C12" comes "C13"), else "B01".
 */
export function nextBoothId(feed: FairFeed, pattern?: CodePattern): string {
  const taken = boothIds(feed);
  let use = pattern;
  if (!use) {
    for (let i = feed.booths.length - 1; i >= 0 && !use; i--) use = parseCode(feed.booths[i].id);
    use ??= { prefix: 'B', digits: 2 };
  }
  let max = 0;
  for (const id of taken) {
    const parsed = parseCode(id);
    if (parsed && parsed.prefix === use.prefix) max = Math.max(max, parsed.n);
  }
  let n = max + 1;
  while (taken.has(code(use.prefix, n, use.digits))) n++;
  return code(use.prefix, n, use.digits);
}

/** The first of `base`, `base-2`, `base-3`… not in `taken`. */
export function freeId(taken: ReadonlySet<string>, base: string): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** The first free `${kind}-n`, n from 1: "kiosk-1", "entrance-2". */
export function nextPlaceId(feed: FairFeed, kind: PlaceKind): string {
  const taken = placeIds(feed);
  let n = 1;
  while (taken.has(`${kind}-${n}`)) n++;
  return `${kind}-${n}`;
}

/** The first free `L${n}`, n from the number of levels plus one. */
export function nextLevelId(feed: FairFeed): string {
  const taken = new Set((feed.map.levels ?? []).map((l) => l.id));
  let n = (feed.map.levels?.length ?? 0) + 1;
  while (taken.has(`L${n}`)) n++;
  return `L${n}`;
}
