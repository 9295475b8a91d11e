import type { Booth, Point } from '../types.js';
import * as m from './messages.js';
import { type ValidationRun, type Rec, own, pointer, record, type Where, type Who, say } from './run.js';
import { checkInsidePlan, readCollection, readLevel, readRefList } from './items.js';
import { readText } from './text.js';
import { copyExtras, numberProblem, readPoint, readString } from './values.js';

/** Validation of `/booths`: ids, level, geometry (a polygon or a rectangle), and references. */

const BOOTH_KEYS = new Set(['id', 'label', 'level', 'shape', 'rect', 'door', 'producers', 'categories', 'name']);

function readShape(run: ValidationRun, value: unknown, path: Where, subject: Who): Point[] | undefined {
  if (!Array.isArray(value)) {
    run.error(path, m.shapeNotList(say(subject), value));
    return undefined;
  }
  if (value.length < 3) {
    run.error(path, m.shapeTooFew(say(subject), value.length));
    return undefined;
  }
  const points: Point[] = [];
  for (let i = 0; i < value.length; i++) {
    const point = readPoint(run, value[i], pointer(path, i), subject, 'shape', m.leftOut('booth'));
    if (!point) return undefined;
    points.push(point);
  }
  return points;
}

function readRect(
  run: ValidationRun,
  value: unknown,
  path: Where,
  subject: Who,
): [number, number, number, number] | undefined {
  if (!Array.isArray(value) || value.length !== 4) {
    run.error(path, m.rectNotFour(say(subject), value));
    return undefined;
  }
  for (let i = 0; i < 4; i++) {
    const problem = numberProblem(value[i]);
    if (problem) {
      run.error(pointer(path, i), m.rectValueBad(say(subject), problem));
      return undefined;
    }
  }
  const [x, y, width, height] = value as [number, number, number, number];
  if (width <= 0 || height <= 0) {
    run.error(path, m.rectEmpty(say(subject), width, height));
    return undefined;
  }
  // On a geo map both corners must be on the globe.
  if (
    run.mapType === 'geo' &&
    !(
      readPoint(run, [x, y], path, subject, 'rect', m.leftOut('booth')) &&
      readPoint(run, [x + width, y + height], path, subject, 'rect', m.leftOut('booth'))
    )
  )
    return undefined;
  return [x, y, width, height];
}

/** The booth's outline as points, for the bounds check. */
function outline(booth: Pick<Booth, 'shape' | 'rect'>): Point[] {
  if (booth.shape) return booth.shape;
  const [x, y, w, h] = booth.rect!;
  return [
    [x, y],
    [x + w, y],
    [x + w, y + h],
    [x, y + h],
  ];
}

function readGeometry(
  run: ValidationRun,
  raw: Rec,
  path: Where,
  subject: Who,
): Pick<Booth, 'shape' | 'rect'> | undefined {
  const shape = own(raw, 'shape');
  const rect = own(raw, 'rect');
  const hasShape = shape !== undefined && shape !== null;
  const hasRect = rect !== undefined && rect !== null;
  if (!hasShape && !hasRect) {
    run.error(path, m.noGeometry(say(subject)));
    return undefined;
  }
  if (hasShape) {
    const points = readShape(run, shape, pointer(path, 'shape'), subject);
    if (!points) return undefined;
    if (hasRect) run.error(pointer(path, 'rect'), m.shapeAndRect(say(subject)));
    return { shape: points };
  }
  const box = readRect(run, rect, pointer(path, 'rect'), subject);
  return box && { rect: box };
}

function readBooth(run: ValidationRun, raw: Rec, path: Where, subject: Who, id: string): Booth | undefined {
  const level = readLevel(run, raw, path, subject, 'booth');
  if (level === null) return undefined;
  const geometry = readGeometry(run, raw, path, subject);
  if (!geometry) return undefined;
  const booth: Booth = record({ id });
  const label = readString(run, own(raw, 'label'), pointer(path, 'label'), subject, 'label');
  if (label) booth.label = label;
  if (level !== undefined) booth.level = level;
  Object.assign(booth, geometry);
  checkInsidePlan(run, outline(geometry), level, pointer(path, geometry.shape ? 'shape' : 'rect'), subject);
  if (own(raw, 'door') !== undefined) {
    const door = readPoint(run, own(raw, 'door'), pointer(path, 'door'), subject, 'door', m.doorOutcome(), 'warning');
    if (door) booth.door = door;
  }
  const producers = readRefList(run, raw, 'producers', path, subject, run.ids.producers);
  if (producers) booth.producers = producers;
  const categories = readRefList(run, raw, 'categories', path, subject, run.ids.categories);
  if (categories) booth.categories = categories;
  const name = readText(run, raw, path, subject, 'name');
  if (name !== undefined) booth.name = name;
  copyExtras(run, raw, booth, BOOTH_KEYS, path);
  return booth;
}

/** Reads `/booths` (required: missing booths give an error and an empty list). */
export function readBooths(run: ValidationRun, feed: Rec): Booth[] {
  return readCollection(
    run,
    feed,
    'booths',
    'booth',
    run.ids.booths,
    (raw, path, subject, id) => readBooth(run, raw, path, subject, id!),
    true,
  )!;
}
