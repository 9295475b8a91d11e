import type { Point } from '../types.js';
import * as m from './messages.js';
import {
  type ValidationRun,
  type IdSet,
  type Rec,
  isRecord,
  own,
  pointer,
  type Where,
  type Who,
  say,
  written,
} from './run.js';
import { readId, readRef } from './values.js';

/** What every collection shares: walking the list, ids, levels, and the plan's bounds. */

/** Reads one item of a collection; `id` is set when the collection has ids. */
export type ItemReader<T> = (raw: Rec, path: Where, subject: Who, id: string | undefined) => T | undefined;

/**
 * Walks `feed[key]`: reports a collection that is not a list, drops entries
 * that are not objects or have no valid unique id, and keeps what `read` returns.
 * A `required` collection comes back as `[]` when unusable; an optional one as `undefined`.
 */
export function readCollection<T>(
  run: ValidationRun,
  feed: Rec,
  key: string,
  kind: m.ItemKind,
  set: IdSet | undefined,
  read: ItemReader<T>,
  required = false,
): T[] | undefined {
  const path = pointer('', key);
  const value = own(feed, key);
  if (value === undefined && !required) return undefined;
  if (!Array.isArray(value)) {
    run.error(path, m.collectionNotList(key, value, required));
    return required ? [] : undefined;
  }
  const out: T[] = [];
  for (let i = 0; i < value.length; i++) {
    const raw: unknown = value[i];
    const at = pointer(path, i);
    if (!isRecord(raw)) {
      run.error(at, m.itemNotObject(kind, written(at), raw));
      continue;
    }
    let id: string | undefined;
    if (set) {
      id = readId(run, raw, at, set);
      if (id === undefined) continue;
    }
    const item = read(raw, at, [kind, id, at], id);
    if (item === undefined) continue;
    if (id !== undefined) set?.kept?.add(id);
    out.push(item);
  }
  return out;
}

/**
 * Resolves an item's `level`: a dangling one drops the item (`null`); a missing
 * one means the first level, with a warning when there are several to choose from.
 */
export function readLevel(
  run: ValidationRun,
  raw: Rec,
  path: Where,
  subject: Who,
  kind: m.ItemKind,
): string | undefined | null {
  const value = own(raw, 'level');
  if (value === undefined || value === null || value === '') {
    const first = run.defaultLevel;
    if (first && run.levels.size > 1) {
      run.warn(pointer(path, 'level'), m.noLevel(say(subject), first.id));
    }
    return first?.id;
  }
  return readRef(run, value, pointer(path, 'level'), subject, 'level', run.ids.levels, m.leftOut(kind)) ?? null;
}

/** Warns when points lie beyond their plan level's `size` (geo maps and unsized levels are not checked). */
export function checkInsidePlan(
  run: ValidationRun,
  points: readonly Point[],
  level: string | undefined,
  path: Where,
  subject: Who,
): void {
  if (run.mapType !== 'plan' || level === undefined) return;
  const size = run.levels.get(level)?.size;
  if (!size) return;
  const [width, height] = size;
  const outside = points.filter(([x, y]) => x < 0 || y < 0 || x > width || y > height).length;
  if (!outside) return;
  run.warn(path, m.outsidePlan(say(subject), outside === points.length, level, width, height));
}

/** Reads a list of references (`booth.producers`): entries that do not resolve are removed. */
export function readRefList(
  run: ValidationRun,
  raw: Rec,
  field: string,
  path: Where,
  subject: Who,
  target: IdSet,
): string[] | undefined {
  const value = own(raw, field);
  const at = pointer(path, field);
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    run.error(at, m.refListNotList(say(subject), field, value, target.kind));
    return undefined;
  }
  const out: string[] = [];
  value.forEach((entry, i) => {
    const id = readRef(run, entry, pointer(at, i), subject, field, target, m.referenceRemoved());
    if (id !== undefined && !out.includes(id)) out.push(id);
  });
  return out;
}
