/**
 * Edits to booths: add (from a rectangle or a polygon), move, resize, reshape,
 * rotate, duplicate, set the panel's fields (renaming an id renames every
 * reference to it), and put producers in a booth. Coordinates are plan
 * pixels; the door moves, turns and stretches with its booth.
 */
import type { Booth, FairFeed, Point, Text } from '../../../data/types.js';
import { defaultDoor } from './door.js';
import { checkFinite, EditError, editWith, findBooth, findLevel, type EditWith } from './edit.js';
import {
  boxOf,
  nearestOnOutline,
  outlineOf,
  polygonCentre,
  rotatePoint,
  round,
  roundPoint,
  type Geometry,
  type Rect,
} from './geometry.js';
import type { Edit } from './history.js';
import { boothIds, freeId, nextBoothId, parseCode, type CodePattern } from './ids.js';
import { KEY_ORDER, ordered, replaceKey, setKey } from './keys.js';
import { levelOf, toPixels } from './units.js';

/** A booth to add: its geometry and level; a fresh id and the default door when not given. */
export type NewBooth = Omit<Booth, 'id' | 'rect' | 'shape'> & { id?: string } & Geometry;

const order = KEY_ORDER.booth;

function roundRect(r: Rect): Rect {
  return [round(r[0]), round(r[1]), round(r[2]), round(r[3])];
}

function checkGeometry(geometry: Geometry): void {
  if ('rect' in geometry) {
    checkFinite(...geometry.rect);
    if (!(geometry.rect[2] > 0 && geometry.rect[3] > 0))
      throw new EditError('bad-value', String(geometry.rect), 'A booth needs a width and a height.');
  } else {
    if (geometry.shape.length < 3) throw new EditError('bad-value', 'shape', 'A polygon needs three points.');
    for (const p of geometry.shape) checkFinite(p[0], p[1]);
  }
}

/** A booth built in the contract's key order, its door the default one when not given. */
export function newBooth(feed: FairFeed, booth: NewBooth, pattern?: CodePattern): Booth {
  checkGeometry(booth);
  const id = booth.id?.trim() || nextBoothId(feed, pattern);
  if (boothIds(feed).has(id)) throw new EditError('id-taken', id, `Booth "${id}" exists.`);
  const geometry = 'rect' in booth ? { rect: roundRect(booth.rect) } : { shape: booth.shape.map(roundPoint) };
  const made = ordered<Booth>({ ...booth, ...geometry, id }, order);
  made.door ??= defaultDoor(feed, made);
  if (made.door === undefined) delete made.door;
  return ordered<Booth>({ ...made }, order);
}

/** Adds a booth (from a drawn rectangle or polygon); `result` is its id. */
export function addBooth(booth: NewBooth, pattern?: CodePattern): EditWith<string> {
  return editWith((draft) => {
    const made = newBooth(draft, booth, pattern);
    draft.booths.push(made);
    return made.id;
  });
}

/** Applies `f` to every point of a booth: its outline (rect corners or shape) and door. */
function transformBooth(booth: Booth, f: (p: Point) => Point): void {
  if (booth.shape) booth.shape = booth.shape.map((p) => roundPoint(f(p)));
  else if (booth.rect) {
    const [x, y, w, h] = booth.rect;
    const a = f([x, y]);
    const b = f([x + w, y + h]);
    booth.rect = roundRect([Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])]);
  }
  if (booth.door) booth.door = roundPoint(f(booth.door));
}

/** Moves booth `id` by (dx, dy) plan pixels, door and all. */
export function moveBooth(id: string, dx: number, dy: number): Edit {
  return (draft) => {
    checkFinite(dx, dy);
    transformBooth(findBooth(draft, id), ([x, y]) => [x + dx, y + dy]);
  };
}

/**
 * Fits booth `id` to the box `rect` (plan pixels): a rectangle becomes `rect`,
 * a polygon is stretched from its bounding box to it; the door keeps its place
 * on the outline.
 */
export function resizeBooth(id: string, rect: Rect): Edit {
  return (draft) => {
    checkGeometry({ rect });
    const booth = findBooth(draft, id);
    const [bx, by, bw, bh] = boxOf(outlineOf(booth));
    const [x, y, w, h] = rect;
    transformBooth(booth, ([px, py]) => [x + (bw ? ((px - bx) * w) / bw : 0), y + (bh ? ((py - by) * h) / bh : 0)]);
    if (booth.rect) booth.rect = roundRect(rect);
  };
}

/**
 * Replaces booth `id`'s outline with `geometry` (after a vertex edit on the
 * map); a door is moved to the nearest point of the new outline.
 */
export function setBoothGeometry(id: string, geometry: Geometry): Edit {
  return (draft) => {
    checkGeometry(geometry);
    const booth = findBooth(draft, id);
    if ('rect' in geometry) replaceKey(booth, booth.shape ? 'shape' : 'rect', 'rect', roundRect(geometry.rect));
    else replaceKey(booth, booth.rect ? 'rect' : 'shape', 'shape', geometry.shape.map(roundPoint));
    if (booth.door) booth.door = nearestOnOutline(booth.door, outlineOf(booth));
  };
}

/**
 * Turns booth `id` by `degrees` (clockwise on screen) about its middle. A
 * rectangle turned by a quarter turn stays a rectangle; by any other angle it
 * becomes a `shape` (in the place of `rect`). The door turns with it.
 */
export function rotateBooth(id: string, degrees: number): Edit {
  return (draft) => {
    checkFinite(degrees);
    const booth = findBooth(draft, id);
    const outline = outlineOf(booth);
    if (outline.length < 3) return;
    const centre = polygonCentre(outline);
    const turn = (p: Point) => rotatePoint(p, centre, degrees);
    const quarter = (((degrees % 360) + 360) % 360) / 90;
    if (booth.rect && Number.isInteger(quarter)) {
      transformBooth(booth, turn);
      return;
    }
    if (booth.rect)
      replaceKey(
        booth,
        'rect',
        'shape',
        outline.map((p) => roundPoint(turn(p))),
      );
    else booth.shape = outline.map((p) => roundPoint(turn(p)));
    if (booth.door) booth.door = roundPoint(turn(booth.door));
  };
}

/**
 * A copy of booth `id` moved by `offset` plan pixels (2 m right and down by
 * default), with the next free id of the same numbering ("A07" → the next
 * free "A…"), its label that id. Geometry, level, door and categories are
 * copied; producers and the booth's name are not (they belong to the original
 * exhibitor). `result` is the new id.
 */
export function duplicateBooth(id: string, offset?: [number, number]): EditWith<string> {
  return editWith((draft) => {
    const source = findBooth(draft, id);
    const d = offset ?? [toPixels(draft, levelOf(draft, source), 2), toPixels(draft, levelOf(draft, source), 2)];
    checkFinite(d[0], d[1]);
    const pattern = parseCode(id);
    const newId = pattern ? nextBoothId(draft, pattern) : freeId(boothIds(draft), id);
    const copy: Booth = structuredClone(source);
    copy.id = newId;
    if (copy.label !== undefined) copy.label = newId;
    delete copy.producers;
    delete copy.name;
    transformBooth(copy, ([x, y]) => [x + d[0], y + d[1]]);
    draft.booths.push(copy);
    return newId;
  });
}

/** The panel's fields of a booth. `undefined` leaves a field alone; `null`, `''` or `[]` removes it. */
export interface BoothFields {
  id?: string;
  label?: string | null;
  name?: Text | null;
  categories?: string[] | null;
  producers?: string[] | null;
}

/** Renames booth `old` to `id`, and every programme item at it. */
function renameBooth(draft: FairFeed, booth: Booth, id: string): void {
  const next = id.trim();
  if (!next) throw new EditError('bad-value', id, 'A booth needs an id.');
  if (next === booth.id) return;
  if (boothIds(draft).has(next)) throw new EditError('id-taken', next, `Booth "${next}" exists.`);
  for (const event of draft.events ?? []) if (event.booth === booth.id) event.booth = next;
  booth.id = next;
}

function listValue(list: string[] | null | undefined): string[] | undefined | null {
  if (list === undefined) return undefined;
  const unique = [...new Set((list ?? []).map((s) => s.trim()).filter(Boolean))];
  return unique.length ? unique : null;
}

/** Sets booth `id`'s panel fields (see {@link BoothFields}); a new id is carried to every reference. */
export function setBoothFields(id: string, fields: BoothFields): Edit {
  return (draft) => {
    const booth = findBooth(draft, id);
    if (fields.id !== undefined) renameBooth(draft, booth, fields.id);
    const set = (key: keyof Booth, value: unknown) => {
      if (value === undefined) return;
      setKey(booth, key, value === null || value === '' ? undefined : value, order);
    };
    set('label', fields.label === undefined ? undefined : (fields.label?.trim() ?? null));
    set('name', fields.name);
    set('categories', listValue(fields.categories));
    set('producers', listValue(fields.producers));
  };
}

/** Puts producer `producerId` in booth `boothId` (a producer dragged onto a booth); already there, nothing changes. */
export function assignProducer(boothId: string, producerId: string): Edit {
  return (draft) => {
    const booth = findBooth(draft, boothId);
    if (booth.producers?.includes(producerId)) return;
    setKey(booth, 'producers', [...(booth.producers ?? []), producerId], order);
  };
}

/** Takes producer `producerId` out of booth `boothId`. */
export function unassignProducer(boothId: string, producerId: string): Edit {
  return (draft) => {
    const booth = findBooth(draft, boothId);
    const rest = (booth.producers ?? []).filter((p) => p !== producerId);
    setKey(booth, 'producers', rest.length ? rest : undefined, order);
  };
}

/** Moves booth `id` to `level` (its position in pixels kept). */
export function setBoothLevel(id: string, level: string): Edit {
  return (draft) => {
    findLevel(draft, level);
    setKey(findBooth(draft, id), 'level', level, order);
  };
}
