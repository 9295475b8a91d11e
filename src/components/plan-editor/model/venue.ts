/**
 * Edits to the ground around the booths: walkable aisles (`paths`, the lines
 * routes follow) and places (kiosks, entrances, restrooms, stairs and lifts…).
 * Stairs, elevators and escalators join levels where two share a `connects`
 * value. Coordinates are plan pixels.
 */
import type { FairFeed, Path, Place, PlaceKind, Point, Text } from '../../../data/types.js';
import { PLACE_KINDS } from '../../../data/types.js';
import { checkFinite, EditError, editWith, findLevel, findPlace, pathIndex, type EditWith } from './edit.js';
import { roundPoint } from './geometry.js';
import type { Edit } from './history.js';
import { nextPlaceId, placeIds } from './ids.js';
import { KEY_ORDER, ordered, setKey } from './keys.js';

function checkPoints(points: readonly Point[], least: number): Point[] {
  if (points.length < least) throw new EditError('bad-value', 'points', `Needs ${least} points or more.`);
  for (const p of points) checkFinite(p[0], p[1]);
  return points.map(roundPoint);
}

/** Makes sure `feed.paths` / `feed.places` exist, put where the contract lists them. */
function listOf<K extends 'paths' | 'places'>(draft: FairFeed, key: K): NonNullable<FairFeed[K]> {
  if (!draft[key]) setKey(draft, key, [], KEY_ORDER.feed);
  return draft[key] as NonNullable<FairFeed[K]>;
}

/** Adds an aisle (a walkable polyline of two or more points) on `level`; `result` is its index in `paths`. */
export function addPath(level: string, points: Point[]): EditWith<number> {
  return editWith((draft) => {
    findLevel(draft, level);
    const paths = listOf(draft, 'paths');
    return paths.push(ordered<Path>({ level, points: checkPoints(points, 2) }, KEY_ORDER.path)) - 1;
  });
}

/** Replaces the points of aisle `index` (a number or a Selection's id). */
export function updatePath(index: number | string, points: Point[]): Edit {
  return (draft) => {
    const path = draft.paths![pathIndex(draft, index)];
    path.points = checkPoints(points, 2);
  };
}

/** Moves every point of aisle `index` by (dx, dy) plan pixels. */
export function movePath(index: number | string, dx: number, dy: number): Edit {
  return (draft) => {
    checkFinite(dx, dy);
    const path = draft.paths![pathIndex(draft, index)];
    path.points = path.points.map(([x, y]) => roundPoint([x + dx, y + dy]));
  };
}

export interface NewPlace {
  kind: PlaceKind;
  level: string;
  at: Point;
  name?: Text;
  connects?: string;
  /** Fresh per kind ("kiosk-1", "entrance-2") when not given. */
  id?: string;
}

function checkKind(kind: string): PlaceKind {
  if (!(PLACE_KINDS as readonly string[]).includes(kind)) throw new EditError('bad-value', kind, 'Unknown place kind.');
  return kind as PlaceKind;
}

/** Adds a place; `result` is its id. */
export function addPlace(place: NewPlace): EditWith<string> {
  return editWith((draft) => {
    checkKind(place.kind);
    findLevel(draft, place.level);
    checkFinite(place.at[0], place.at[1]);
    const id = place.id?.trim() || nextPlaceId(draft, place.kind);
    if (placeIds(draft).has(id)) throw new EditError('id-taken', id, `Place "${id}" exists.`);
    const connects = place.connects?.trim() || undefined;
    const made = ordered<Place>({ ...place, id, at: roundPoint(place.at), connects }, KEY_ORDER.place);
    listOf(draft, 'places').push(made);
    return id;
  });
}

/** Moves place `id` to `at` (plan pixels). */
export function movePlace(id: string, at: Point): Edit {
  return (draft) => {
    checkFinite(at[0], at[1]);
    findPlace(draft, id).at = roundPoint(at);
  };
}

/** Moves place `id` by (dx, dy) plan pixels. */
export function movePlaceBy(id: string, dx: number, dy: number): Edit {
  return (draft) => {
    checkFinite(dx, dy);
    const place = findPlace(draft, id);
    place.at = roundPoint([place.at[0] + dx, place.at[1] + dy]);
  };
}

/** The panel's fields of a place. `undefined` leaves a field alone; `null` or `''` removes it. */
export interface PlaceFields {
  id?: string;
  kind?: PlaceKind;
  name?: Text | null;
  connects?: string | null;
  level?: string;
}

/** Sets place `id`'s fields; a new id is carried to the programme items at it. */
export function setPlaceFields(id: string, fields: PlaceFields): Edit {
  return (draft) => {
    const place = findPlace(draft, id);
    const order = KEY_ORDER.place;
    if (fields.id !== undefined) {
      const next = fields.id.trim();
      if (!next) throw new EditError('bad-value', fields.id, 'A place needs an id.');
      if (next !== place.id) {
        if (placeIds(draft).has(next)) throw new EditError('id-taken', next, `Place "${next}" exists.`);
        for (const event of draft.events ?? []) if (event.place === place.id) event.place = next;
        place.id = next;
      }
    }
    if (fields.kind !== undefined) place.kind = checkKind(fields.kind);
    if (fields.level !== undefined) {
      findLevel(draft, fields.level);
      setKey(place, 'level', fields.level, order);
    }
    if (fields.name !== undefined)
      setKey(place, 'name', fields.name === '' ? undefined : (fields.name ?? undefined), order);
    if (fields.connects !== undefined) setKey(place, 'connects', fields.connects?.trim() || undefined, order);
  };
}
