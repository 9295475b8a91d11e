/**
 * What the editor's edits share: edits that report what they did (the ids
 * they made or removed) and lookups that fail loudly. An edit that cannot be
 * made (an unknown booth, an id already taken) throws an {@link EditError}
 * before `EditHistory.apply` keeps anything, so the feed is left as it was.
 */
import type { Booth, FairFeed, Place, PlanLevel } from '../../../data/types.js';
import type { Edit } from './history.js';

/** What kind of edit was refused (the UI words it in its language). */
export type EditErrorCode =
  | 'unknown-booth'
  | 'unknown-place'
  | 'unknown-path'
  | 'unknown-level'
  | 'id-taken'
  | 'bad-value'
  | 'last-level'
  | 'not-plan';

/** Why an edit could not be made; `code` for the UI to word it, `subject` the id concerned. */
export class EditError extends Error {
  constructor(
    readonly code: EditErrorCode,
    readonly subject: string,
    message: string,
  ) {
    super(message);
    this.name = 'EditError';
  }
}

/**
 * An edit that also reports what it did: after `history.apply(label, edit)`,
 * `edit.result` holds the result of its last run (e.g. the ids made).
 */
export interface EditWith<R> extends Edit {
  result?: R;
}

/** An {@link EditWith} from a function that edits the draft and returns its result. */
export function editWith<R>(run: (draft: FairFeed) => R): EditWith<R> {
  const edit: EditWith<R> = (draft: FairFeed) => {
    edit.result = run(draft);
  };
  return edit;
}

export function findBooth(feed: FairFeed, id: string): Booth {
  const booth = feed.booths.find((b) => b.id === id);
  if (!booth) throw new EditError('unknown-booth', id, `No booth "${id}".`);
  return booth;
}

export function findPlace(feed: FairFeed, id: string): Place {
  const place = feed.places?.find((p) => p.id === id);
  if (!place) throw new EditError('unknown-place', id, `No place "${id}".`);
  return place;
}

/** The index of path `id` (its index as a string, as in a Selection). */
export function pathIndex(feed: FairFeed, id: string | number): number {
  const index = typeof id === 'number' ? id : /^\d+$/.test(id) ? Number(id) : -1;
  if (!feed.paths || !(index >= 0 && index < feed.paths.length))
    throw new EditError('unknown-path', String(id), `No path ${id}.`);
  return index;
}

/** The plan levels of a feed (the editor edits floor plans only). */
export function planLevels(feed: FairFeed): PlanLevel[] {
  if (feed.map.type !== 'plan') throw new EditError('not-plan', '', 'The map is not a floor plan.');
  return feed.map.levels;
}

export function findLevel(feed: FairFeed, id: string): PlanLevel {
  const level = planLevels(feed).find((l) => l.id === id);
  if (!level) throw new EditError('unknown-level', id, `No level "${id}".`);
  return level;
}

/** Throws unless `value` is a finite number (for coordinates and sizes given to an edit). */
export function checkFinite(...values: number[]): void {
  for (const v of values) if (!Number.isFinite(v)) throw new EditError('bad-value', String(v), 'Not a finite number.');
}
