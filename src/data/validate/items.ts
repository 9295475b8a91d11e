import type { Point } from '../types.js';
import {
  type ValidationRun,
  type IdSet,
  type Rec,
  describe,
  isRecord,
  own,
  pointer,
  quoted,
  subjectOf,
} from './run.js';
import { readId, readRef } from './values.js';

/** What every collection shares: walking the list, ids, levels, and the plan's bounds. */

/** Reads one item of a collection; `id` is set when the collection has ids. */
export type ItemReader<T> = (raw: Rec, path: string, subject: string, id: string | undefined) => T | undefined;

/**
 * Walks `feed[key]`: reports a collection that is not a list, drops entries
 * that are not objects or have no valid unique id, and keeps what `read` returns.
 * A `required` collection comes back as `[]` when unusable; an optional one as `undefined`.
 */
export function readCollection<T>(
  run: ValidationRun,
  feed: Rec,
  key: string,
  noun: string,
  set: IdSet | undefined,
  read: ItemReader<T>,
  required = false,
): T[] | undefined {
  const path = pointer('', key);
  const value = own(feed, key);
  if (value === undefined && !required) return undefined;
  if (!Array.isArray(value)) {
    const outcome = required ? 'No booths are shown.' : 'It is ignored.';
    run.error(
      path,
      value === undefined
        ? `The feed has no "${key}"; add a list of ${key} (it may be empty). ${outcome}`
        : `The feed's "${key}" is ${describe(value)}, not a list. ${outcome}`,
    );
    return required ? [] : undefined;
  }
  const out: T[] = [];
  for (let i = 0; i < value.length; i++) {
    const raw: unknown = value[i];
    const at = pointer(path, i);
    if (!isRecord(raw)) {
      run.error(at, `The ${noun} at ${at} is ${describe(raw)}, not an object. It is left out.`);
      continue;
    }
    let id: string | undefined;
    if (set) {
      id = readId(run, raw, at, noun, set);
      if (id === undefined) continue;
    }
    const item = read(raw, at, subjectOf(noun, id, at), id);
    if (item === undefined) continue;
    if (set && id !== undefined) set.kept.add(id);
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
  path: string,
  subject: string,
  noun: string,
): string | undefined | null {
  const value = own(raw, 'level');
  if (value === undefined || value === null || value === '') {
    const first = run.defaultLevel;
    if (first && run.levels.size > 1) {
      run.warn(
        pointer(path, 'level'),
        `${subject} has no "level"; it is shown on the first level, ${quoted(first.id)}. Add "level" to place it.`,
      );
    }
    return first?.id;
  }
  return (
    readRef(run, value, pointer(path, 'level'), subject, 'level', run.ids.levels, `The ${noun} is left out.`) ?? null
  );
}

/** Warns when points lie beyond their plan level's `size` (geo maps and unsized levels are not checked). */
export function checkInsidePlan(
  run: ValidationRun,
  points: readonly Point[],
  level: string | undefined,
  path: string,
  subject: string,
): void {
  if (run.mapType !== 'plan' || level === undefined) return;
  const size = run.levels.get(level)?.size;
  if (!size) return;
  const [width, height] = size;
  const outside = points.filter(([x, y]) => x < 0 || y < 0 || x > width || y > height).length;
  if (!outside) return;
  const how = outside === points.length ? 'lies outside' : 'reaches beyond';
  run.warn(
    path,
    `${subject} ${how} the plan of level ${quoted(level)} (${width} × ${height} px); check its coordinates. It is kept.`,
  );
}

/** Reads a list of references (`booth.producers`): entries that do not resolve are removed. */
export function readRefList(
  run: ValidationRun,
  raw: Rec,
  field: string,
  path: string,
  subject: string,
  target: IdSet,
): string[] | undefined {
  const value = own(raw, field);
  const at = pointer(path, field);
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    run.error(
      at,
      `${subject} has "${field}" that are ${describe(value)}, not a list of ${target.noun} ids such as ["${target.noun}-1"]. They are ignored.`,
    );
    return undefined;
  }
  const out: string[] = [];
  value.forEach((entry, i) => {
    const id = readRef(run, entry, pointer(at, i), subject, field, target, 'The reference is removed.');
    if (id !== undefined && !out.includes(id)) out.push(id);
  });
  return out;
}
