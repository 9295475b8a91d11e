/**
 * Edits to a floor plan's levels: add, rename, change id, reorder, set the
 * plan image and the scale (removing one is `removeLevel` in delete.ts).
 * Booths, places and aisles without a `level` are on the first level; an
 * edit that changes which level is first writes their level out, so nothing
 * moves floor by accident.
 */
import type { FairFeed, PlanLevel, Point, Text } from '../../../data/types.js';
import { checkFinite, EditError, editWith, findLevel, planLevels, type EditWith } from './edit.js';
import type { Edit } from './history.js';
import { nextLevelId } from './ids.js';
import { KEY_ORDER, ordered, setKey } from './keys.js';
import { scaleFromLine } from './units.js';

export interface NewLevel {
  /** Fresh (`L2`, `L3`…) when not given or taken. */
  id?: string;
  name?: Text;
  image?: string;
  size?: [number, number];
  scale?: number;
}

/** Appends a level; `result` is its id. */
export function addLevel(level: NewLevel): EditWith<string> {
  return editWith((draft) => {
    const levels = planLevels(draft);
    const id = level.id && !levels.some((l) => l.id === level.id) ? level.id : nextLevelId(draft);
    if (level.size) checkSize(level.size);
    if (level.scale !== undefined) checkScale(level.scale);
    levels.push(ordered<PlanLevel>({ ...level, id }, KEY_ORDER.level));
    return id;
  });
}

/** Sets a level's display name (`undefined` or `''` removes it). */
export function renameLevel(id: string, name: Text | undefined): Edit {
  return (draft) => {
    const level = findLevel(draft, id);
    setKey(level, 'name', name === '' ? undefined : name, KEY_ORDER.level);
  };
}

/** Gives level `id` the id `to`, and every booth, place and aisle on it the new level id. */
export function changeLevelId(id: string, to: string): Edit {
  return (draft) => {
    const level = findLevel(draft, id);
    const next = to.trim();
    if (!next) throw new EditError('bad-value', to, 'A level needs an id.');
    if (next === id) return;
    if (planLevels(draft).some((l) => l.id === next)) throw new EditError('id-taken', next, `Level "${next}" exists.`);
    level.id = next;
    for (const item of [...draft.booths, ...(draft.places ?? []), ...(draft.paths ?? [])])
      if (item.level === id) item.level = next;
  };
}

/** Writes the first level's id on the items that leave `level` out, before the first level changes. */
function pinDefaultLevel(draft: FairFeed, first: string): void {
  const order = { booth: KEY_ORDER.booth, place: KEY_ORDER.place, path: KEY_ORDER.path };
  for (const b of draft.booths) if (b.level === undefined) setKey(b, 'level', first, order.booth);
  for (const p of draft.places ?? []) if (p.level === undefined) setKey(p, 'level', first, order.place);
  for (const p of draft.paths ?? []) if (p.level === undefined) setKey(p, 'level', first, order.path);
}

/** Moves level `id` to position `to` (0 is first, the ground floor); indices past the end mean last. */
export function moveLevel(id: string, to: number): Edit {
  return (draft) => {
    const levels = planLevels(draft);
    const from = levels.findIndex((l) => l.id === id);
    if (from < 0) throw new EditError('unknown-level', id, `No level "${id}".`);
    const target = Math.max(0, Math.min(levels.length - 1, Math.trunc(to)));
    if (target === from) return;
    const first = levels[0].id;
    const [level] = levels.splice(from, 1);
    levels.splice(target, 0, level);
    if (levels[0].id !== first) pinDefaultLevel(draft, first);
  };
}

/** Sets a level's plan image and its size in pixels (the image's natural size). */
export function setLevelImage(id: string, image: string, size: [number, number]): Edit {
  return (draft) => {
    const level = findLevel(draft, id);
    checkSize(size);
    setKey(level, 'image', image, KEY_ORDER.level);
    setKey(level, 'size', [size[0], size[1]], KEY_ORDER.level);
  };
}

/** Sets a level's scale in metres per plan pixel. */
export function setLevelScale(id: string, metresPerPx: number): Edit {
  return (draft) => {
    checkScale(metresPerPx);
    setKey(findLevel(draft, id), 'scale', metresPerPx, KEY_ORDER.level);
  };
}

/** Sets a level's scale from a line drawn over something `metres` long ({@link scaleFromLine}). */
export function setLevelScaleFromLine(id: string, a: Point, b: Point, metres: number): Edit {
  return setLevelScale(id, scaleFromLine(a, b, metres));
}

function checkSize(size: [number, number]): void {
  checkFinite(size[0], size[1]);
  if (!(size[0] > 0 && size[1] > 0)) throw new EditError('bad-value', String(size), 'A plan size must be positive.');
}

/** The validator keeps scales in (0, 1000] metres per pixel. */
function checkScale(scale: number): void {
  if (!(scale > 0 && scale <= 1000)) throw new EditError('bad-value', String(scale), 'A scale must be in (0, 1000].');
}
