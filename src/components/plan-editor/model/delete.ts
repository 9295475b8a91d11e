/**
 * Deleting: a booth, a place, an aisle or a whole level, never leaving a
 * dangling reference. A programme item (`events`) at a deleted booth or place
 * loses its `booth` or `place` field (the item stays); a level takes its
 * booths, places and aisles with it. {@link removalOf} says beforehand what a
 * deletion takes, for the label ("Remove level 2 and its 12 booths") or a
 * confirmation.
 */
import type { FairFeed } from '../../../data/types.js';
import { levelIdsOf } from '../../../data/venue.js';
import { EditError, editWith, findBooth, findLevel, findPlace, pathIndex, planLevels, type EditWith } from './edit.js';
import type { Selection } from './selection.js';

/** What a deletion takes out of the feed. */
export interface Removed {
  /** The level removed, if a level was. */
  level?: string;
  booths: string[];
  places: string[];
  /** Indices in `feed.paths` before the deletion. */
  paths: number[];
  /** Programme items that lose their `booth` or `place` (they are kept). */
  events: string[];
}

/** What deleting `selection` would take out of `feed` (throws an EditError for an unknown item). */
export function removalOf(feed: FairFeed, selection: Selection): Removed {
  const removed: Removed = { booths: [], places: [], paths: [], events: [] };
  switch (selection.kind) {
    case 'booth':
      removed.booths.push(findBooth(feed, selection.id).id);
      break;
    case 'place':
      removed.places.push(findPlace(feed, selection.id).id);
      break;
    case 'path':
      removed.paths.push(pathIndex(feed, selection.id));
      break;
    case 'level': {
      const levels = planLevels(feed);
      findLevel(feed, selection.id);
      if (levels.length === 1)
        throw new EditError('last-level', selection.id, 'A floor plan needs at least one level.');
      removed.level = selection.id;
      const first = levelIdsOf(feed)[0];
      const on = (item: { level?: string }) => (item.level ?? first) === selection.id;
      removed.booths.push(...feed.booths.filter(on).map((b) => b.id));
      removed.places.push(...(feed.places ?? []).filter(on).map((p) => p.id));
      (feed.paths ?? []).forEach((p, i) => on(p) && removed.paths.push(i));
      break;
    }
  }
  const booths = new Set(removed.booths);
  const places = new Set(removed.places);
  for (const event of feed.events ?? []) {
    if (
      (event.booth !== undefined && booths.has(event.booth)) ||
      (event.place !== undefined && places.has(event.place))
    )
      removed.events.push(event.id);
  }
  return removed;
}

/** Takes what {@link removalOf} found out of `draft`, and the references to it. */
function remove(draft: FairFeed, removed: Removed): void {
  const booths = new Set(removed.booths);
  const places = new Set(removed.places);
  const paths = new Set(removed.paths);
  if (booths.size) draft.booths = draft.booths.filter((b) => !booths.has(b.id));
  if (places.size && draft.places) draft.places = draft.places.filter((p) => !places.has(p.id));
  if (paths.size && draft.paths) draft.paths = draft.paths.filter((_, i) => !paths.has(i));
  for (const event of draft.events ?? []) {
    if (event.booth !== undefined && booths.has(event.booth)) delete event.booth;
    if (event.place !== undefined && places.has(event.place)) delete event.place;
  }
  if (removed.level !== undefined && draft.map.type === 'plan') {
    // Items without a level were on the first level: if that is the one removed, they went with it.
    draft.map.levels = draft.map.levels.filter((l) => l.id !== removed.level);
  }
}

/**
 * Deletes the selected booth, place, path or level (a level with its booths,
 * places and aisles), and the references to them. `result` says what went.
 * Deleting the only level throws (`last-level`): a plan needs one.
 */
export function deleteItem(selection: Selection): EditWith<Removed> {
  return editWith((draft) => {
    const removed = removalOf(draft, selection);
    remove(draft, removed);
    return removed;
  });
}

/** Removes level `id` with its booths, places and aisles: {@link deleteItem} for a level. */
export function removeLevel(id: string): EditWith<Removed> {
  return deleteItem({ kind: 'level', id });
}
