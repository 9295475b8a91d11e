import { PLACE_KINDS, type ProgrammeItem, type Path, type Place, type PlaceKind, type Point } from '../types.js';
import * as m from './messages.js';
import { type ValidationRun, type Rec, own, pointer, record, type Where, type Who, say } from './run.js';
import { checkInsidePlan, readCollection, readLevel } from './items.js';
import { readText } from './text.js';
import { copyExtras, parseIsoDateTime, readPoint, readRef, readString } from './values.js';
import { MAX_MEETINGS, MAX_SEGMENTS, oversizedPathLevels } from '../routing/limits.js';

/** Validation of the ground around the booths: `/places`, `/paths`, `/events`. */

const PLACE_KEYS = new Set(['id', 'kind', 'level', 'at', 'name', 'connects']);
const PATH_KEYS = new Set(['level', 'points']);
const EVENT_KEYS = new Set(['id', 'title', 'start', 'end', 'place', 'booth', 'description']);
const KINDS: ReadonlySet<string> = new Set(PLACE_KINDS);
/** Kinds that join levels: a route changes level only where two share a `connects` value. */
const CONNECTORS: ReadonlySet<string> = new Set(['stairs', 'elevator', 'escalator']);

function readPlace(run: ValidationRun, raw: Rec, path: Where, subject: Who, id: string): Place | undefined {
  const level = readLevel(run, raw, path, subject, 'place');
  if (level === null) return undefined;
  const at = readPoint(run, own(raw, 'at'), pointer(path, 'at'), subject, 'at', m.leftOut('place'));
  if (!at) return undefined;
  const rawKind = own(raw, 'kind');
  const kindText = typeof rawKind === 'string' ? rawKind.trim().toLowerCase() : '';
  let kind: PlaceKind = 'other';
  if (KINDS.has(kindText)) kind = kindText as PlaceKind;
  else run.warn(pointer(path, 'kind'), m.kindBad(say(subject), rawKind));
  const place: Place = record({ id, kind, at });
  if (level !== undefined) place.level = level;
  checkInsidePlan(run, [at], level, pointer(path, 'at'), subject);
  const name = readText(run, raw, path, subject, 'name');
  if (name !== undefined) place.name = name;
  const connects = readString(run, own(raw, 'connects'), pointer(path, 'connects'), subject, 'connects');
  if (connects) place.connects = connects;
  else if (CONNECTORS.has(kind)) {
    run.warn(pointer(path, 'connects'), m.connectsMissing(say(subject), kind as 'stairs' | 'elevator' | 'escalator'));
  }
  copyExtras(run, raw, place, PLACE_KEYS, path);
  return place;
}

function readPath(run: ValidationRun, raw: Rec, path: Where, subject: Who): Path | undefined {
  const level = readLevel(run, raw, path, subject, 'path');
  if (level === null) return undefined;
  const value = own(raw, 'points');
  const at = pointer(path, 'points');
  if (!Array.isArray(value) || value.length < 2) {
    run.error(at, m.pointsTooFew(say(subject), value));
    return undefined;
  }
  const points: Point[] = [];
  for (let i = 0; i < value.length; i++) {
    const point = readPoint(run, value[i], pointer(at, i), subject, 'points', m.leftOut('path'));
    if (!point) return undefined;
    points.push(point);
  }
  const out: Path = record({ points });
  if (level !== undefined) out.level = level;
  copyExtras(run, raw, out, PATH_KEYS, path);
  return out;
}

function readTime(value: unknown): { text: string; ms: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const ms = parseIsoDateTime(text);
  return ms === undefined ? undefined : { text, ms };
}

function readEvent(run: ValidationRun, raw: Rec, path: Where, subject: Who, id: string): ProgrammeItem | undefined {
  const title = readText(run, raw, path, subject, 'title', m.leftOut('event'));
  if (title === undefined) return undefined;
  const start = readTime(own(raw, 'start'));
  if (!start) {
    run.error(pointer(path, 'start'), m.eventTimeBad(say(subject), 'start', own(raw, 'start')));
    return undefined;
  }
  const event: ProgrammeItem = record({ id, title, start: start.text });
  const rawEnd = own(raw, 'end');
  if (rawEnd !== undefined && rawEnd !== null && rawEnd !== '') {
    const end = readTime(rawEnd);
    if (!end) {
      run.error(pointer(path, 'end'), m.eventTimeBad(say(subject), 'end', rawEnd));
    } else if (end.ms < start.ms) {
      run.error(pointer(path, 'end'), m.eventReversed(say(subject), start.text, end.text));
    } else {
      event.end = end.text;
    }
  }
  for (const [field, target] of [
    ['place', run.ids.places],
    ['booth', run.ids.booths],
  ] as const) {
    const value = own(raw, field);
    if (value === undefined || value === null || value === '') continue;
    const ref = readRef(run, value, pointer(path, field), subject, field, target, m.eventKeptWithout(field));
    if (ref) event[field] = ref;
  }
  const description = readText(run, raw, path, subject, 'description');
  if (description !== undefined) event.description = description;
  copyExtras(run, raw, event, EVENT_KEYS, path);
  return event;
}

export function readPlaces(run: ValidationRun, feed: Rec): Place[] | undefined {
  return readCollection(run, feed, 'places', 'place', run.ids.places, (raw, path, subject, id) =>
    readPlace(run, raw, path, subject, id!),
  );
}

export function readPaths(run: ValidationRun, feed: Rec): Path[] | undefined {
  const paths = readCollection(run, feed, 'paths', 'path', undefined, (raw, path, subject) =>
    readPath(run, raw, path, subject),
  );
  // A network over the route engine's limits (routing/limits.ts): routes there may be searched near their ends only.
  for (const { level, segments } of oversizedPathLevels(paths ?? [], run.defaultLevel?.id)) {
    run.warn('/paths', m.pathsTooMany(level, segments, segments > MAX_SEGMENTS ? undefined : MAX_MEETINGS));
  }
  return paths;
}

export function readEvents(run: ValidationRun, feed: Rec): ProgrammeItem[] | undefined {
  return readCollection(run, feed, 'events', 'event', run.ids.events, (raw, path, subject, id) =>
    readEvent(run, raw, path, subject, id!),
  );
}
