import type { Point } from '../types.js';
import * as m from './messages.js';
import {
  type ValidationRun,
  type IdSet,
  type Rec,
  RESERVED_KEYS,
  own,
  pointer,
  record,
  type Where,
  type Who,
  say,
  written,
} from './run.js';
import { isWebScheme, schemeOf } from './safety.js';
import { entryName, readPlain } from './text.js';

/**
 * Readers for the feed's small value types. Each takes the raw value and its
 * JSON Pointer, reports what is wrong in a sentence naming the item and the
 * field (from `messages.ts`), and returns the cleaned value or `undefined`
 * when it cannot be used. `subject` names the item (`Booth "A12"`); `outcome`
 * says what happens to it.
 */

/** 1 to 64 letters, digits, `.`, `_`, `-`; not `.` or `..`, which a share link would read as folders. */
export const ID_PATTERN = /^(?!\.\.?$)[A-Za-z0-9._-]{1,64}$/;

/** Why `value` (trimmed) cannot be an id, for a message (`"A 02", which is not valid: …`); `undefined` when it can. */
export function idProblem(value: unknown): string | undefined {
  const id = typeof value === 'string' ? value.trim() : undefined;
  if (id === '.' || id === '..') return m.idProblem(id, true);
  if (id === undefined || !ID_PATTERN.test(id)) return m.idProblem(value, false);
  return undefined;
}
/** Reads `raw.id`, checking its form and that no earlier item of the collection has it. */
export function readId(run: ValidationRun, raw: Rec, path: Where, set: IdSet): string | undefined {
  const at = pointer(path, 'id');
  const value = own(raw, 'id');
  if (value === undefined || value === null || value === '') {
    run.error(at, m.idMissing(set.kind, written(path)));
    return undefined;
  }
  const id = typeof value === 'string' ? value.trim() : undefined;
  const problem = idProblem(value);
  if (problem || id === undefined) {
    run.error(at, m.idBad(set.kind, written(path), problem ?? m.idProblem(value, false)));
    return undefined;
  }
  // One hash lookup: adding an id the set has leaves its size as it was.
  const seen = set.seen.size;
  if (set.seen.add(id).size === seen) {
    run.error(at, m.idRepeated(set.kind, written(path), id, set.where));
    return undefined;
  }
  return id;
}

const SITE = /^https?:\/\/(?![/\\?#])[!-~]+?(?=[/\\?#]|$)/;

/**
 * Whether the browser's URL parser takes `url`, an http(s) link. Only the
 * part before the path (user, host, port) can fail to parse, so that part is
 * asked once per run: a fair's thousands of links to one site cost one check.
 */
function parses(run: ValidationRun, url: string): boolean {
  // The site ends before the first `/`, `\`, `?` or `#`; an unusual start (`HTTP://`, `http:///x`; a space, control or
  // non-ASCII letter in the site) is parsed whole.
  const site = SITE.exec(url)?.[0] ?? url;
  let ok = run.sites.get(site);
  if (ok === undefined) run.sites.set(site, (ok = URL.canParse?.(site) !== false));
  return ok;
}

/** What a URL field holds: `image` may also be a `data:image/*` URL; `link` and `media` may not. */
export type UrlKind = 'image' | 'media' | 'link';

/** Reads a media path or link: http(s), relative to the feed, or (images only) `data:image/*`; `index`: entry `index` of the list at `path`. */
export function readUrl(
  run: ValidationRun,
  value: unknown,
  path: Where,
  subject: Who,
  field: string,
  kind: UrlKind,
  outcome = m.removed(),
  index?: number,
): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    run.error(pointer(path, index), m.urlNotText(say(subject), entryName(field, index), value, outcome));
    return undefined;
  }
  const url = value.trim();
  if (!url) return undefined;
  const scheme = schemeOf(url);
  if (scheme === undefined) return url;
  if (isWebScheme(scheme)) {
    if (!parses(run, url)) {
      run.error(pointer(path, index), m.urlInvalid(say(subject), entryName(field, index), url, outcome));
      return undefined;
    }
    return url;
  }
  if (kind === 'image' && scheme === 'data' && /^data:image\//i.test(url.replace(/\s/g, ''))) return url;
  run.error(
    pointer(path, index),
    m.urlUnsafe(say(subject), entryName(field, index), scheme, scheme === 'data' && kind === 'image', outcome),
  );
  return undefined;
}

/**
 * The bounds of every plan coordinate and size: ±10,000,000 plan units, and
 * either 0 or at least 1e-100 away from it. Within them the map's arithmetic
 * (padding the view by 15 %, zooming to fit, projecting to screen pixels)
 * stays finite: 1.7e308 overflows to Infinity when padded, and a plan
 * 1e-320 wide asks for an infinite zoom.
 */
export const PLAN_LIMIT = 1e7;
const NEAR_ZERO = 1e-100;

/** Why `n` cannot be a coordinate or size, for a message (`NaN, not a finite number`); `undefined` when it can. */
export function numberProblem(n: unknown): string | undefined {
  if (typeof n !== 'number' || !Number.isFinite(n)) return m.numberProblem(n, 'finite');
  const size = Math.abs(n);
  if (size > PLAN_LIMIT) return m.numberProblem(n, 'limit');
  if (size && size < NEAR_ZERO) return m.numberProblem(n, 'zero');
  return undefined;
}

/** Reads `[x, y]` (plan) or `[lat, lng]` (geo): two finite numbers, within {@link PLAN_LIMIT}, on the globe on geo maps. */
export function readPoint(
  run: ValidationRun,
  value: unknown,
  path: Where,
  subject: Who,
  field: string,
  outcome: string,
  severity: 'error' | 'warning' = 'error',
): Point | undefined {
  const report = (at: Where, message: string) =>
    severity === 'error' ? run.error(at, message) : run.warn(at, message);
  if (!Array.isArray(value) || value.length !== 2) {
    report(path, m.pointNotPair(say(subject), field, value, run.mapType === 'geo', outcome));
    return undefined;
  }
  for (let i = 0; i < 2; i++) {
    const problem = numberProblem(value[i]);
    if (problem) {
      report(pointer(path, i), m.coordinateBad(say(subject), field, problem, outcome));
      return undefined;
    }
  }
  const [a, b] = value as [number, number];
  if (run.mapType === 'geo' && (Math.abs(a) > 90 || Math.abs(b) > 180)) {
    report(path, m.pointOffGlobe(say(subject), field, a, b, outcome));
    return undefined;
  }
  return [a, b];
}

/** Reads `raw[field]`, a `#rgb` or `#rrggbb` colour (`item`: the pointer of `raw`); anything else is dropped with a warning (the default colour applies). */
export function readColor(run: ValidationRun, raw: Rec, item: Where, subject: Who, field: string): string | undefined {
  const value = own(raw, field);
  if (value === undefined || value === null || value === '') return undefined;
  const color = typeof value === 'string' ? value.trim() : '';
  if (/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(color)) return color;
  run.warn(pointer(item, field), m.colorBad(say(subject), field, value));
  return undefined;
}

/** Reads a short plain string; numbers are accepted as text (spreadsheets export `12`, meaning "12"). */
export function readString(
  run: ValidationRun,
  value: unknown,
  path: Where,
  subject: Who,
  field: string,
  index?: number,
): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') {
    run.warn(pointer(path, index), m.stringNotText(say(subject), entryName(field, index), value));
    return undefined;
  }
  return readPlain(run, value, path, subject, field, index) || undefined;
}

/** Reads a list of short strings (tags, certifications): bad entries are dropped with a warning. */
export function readStringList(
  run: ValidationRun,
  value: unknown,
  path: Where,
  subject: Who,
  field: string,
): string[] | undefined {
  return readList(
    value,
    () => run.warn(path, m.stringListNotList(say(subject), field, value)),
    (entry, i) => readString(run, entry, path, subject, field, i),
  );
}

/**
 * Reads a list entry by entry: `entry` reads (and reports) each one, and
 * what it cannot use (`undefined`) is dropped; `notAList` reports a value
 * that is no list. `undefined` when there is no list.
 */
export function readList<T>(
  value: unknown,
  notAList: () => void,
  entry: (value: unknown, i: number) => T | undefined,
): T[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    notAList();
    return undefined;
  }
  const out: T[] = [];
  value.forEach((v, i) => {
    const read = entry(v, i);
    if (read !== undefined) out.push(read);
  });
  return out;
}

/**
 * Checks one reference to another collection. Returns the id when it resolves;
 * otherwise reports `outcome` (what happens to the item or the reference).
 */
export function readRef(
  run: ValidationRun,
  value: unknown,
  path: Where,
  subject: Who,
  field: string,
  target: IdSet,
  outcome: string,
): string | undefined {
  const id = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : undefined;
  if (id === undefined || !id) {
    run.error(path, m.refNotId(say(subject), field, value, target.kind, outcome));
    return undefined;
  }
  if (target.kept?.has(id)) return id;
  run.error(path, m.refMissing(say(subject), target.kind, id, target.where, target.seen.has(id), outcome));
  return undefined;
}

/** Copies a JSON-like value with no shared or prototype-reaching keys, without recursion (any depth). */
export function cloneJson(value: unknown): unknown {
  const copies = new Map<object, unknown[] | Rec>();
  const pending: [object, unknown[] | Rec][] = [];
  const copy = (v: unknown): unknown => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
    if (typeof v !== 'object') return undefined; // functions, symbols, bigints: not JSON
    const known = copies.get(v);
    if (known) return known;
    const shell: unknown[] | Rec = Array.isArray(v) ? [] : record({});
    copies.set(v, shell);
    pending.push([v, shell]);
    return shell;
  };
  const root = copy(value);
  while (pending.length) {
    const [source, target] = pending.pop()!;
    if (Array.isArray(source)) {
      const list = target as unknown[];
      for (let i = 0; i < source.length; i++) list.push(copy(source[i]) ?? null);
    } else {
      for (const key of Object.keys(source)) {
        if (RESERVED_KEYS.has(key)) continue;
        const v = copy((source as Rec)[key]);
        if (v !== undefined) (target as Rec)[key] = v;
      }
    }
  }
  return root;
}

/** Keeps the fields this version does not know (additions are fine), except prototype-reaching names. */
export function copyExtras(run: ValidationRun, raw: Rec, out: object, known: ReadonlySet<string>, path: Where): void {
  for (const key of Object.keys(raw)) {
    if (known.has(key)) continue;
    if (RESERVED_KEYS.has(key)) {
      run.warn(pointer(path, key), m.reservedField(key, written(path)));
      continue;
    }
    (out as Rec)[key] = cloneJson(raw[key]);
  }
}

/** Parses `YYYY-MM-DD` or an ISO date-time (`2025-12-26T08:30:00+07:00`) to epoch ms; `undefined` if not a real date. */
export function parseIsoDateTime(value: string, dateOnly = false): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(
    value,
  );
  if (!m || (dateOnly && m[4] !== undefined)) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m
    .slice(1, 7)
    .map((p) => (p === undefined ? undefined : Number(p))) as number[];
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offset = 0;
  const zone = m[7];
  if (zone && zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    const hours = Number(digits.slice(1, 3));
    const minutes = Number(digits.slice(3, 5));
    if (hours > 14 || minutes > 59) return undefined;
    offset = (digits[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  // Times without an offset are in the fair's own time zone; comparing them with each other needs no zone.
  return Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000;
}
