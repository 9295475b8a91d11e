import type { Point, Text } from '../types.js';
import { type Context, type IdSet, type Rec, RESERVED_KEYS, describe, isRecord, own, pointer, quoted, aField } from './context.js';

/**
 * Readers for the feed's small value types. Each takes the raw value and its
 * JSON Pointer, reports what is wrong in a sentence naming the item and the
 * field, and returns the cleaned value or `undefined` when it cannot be used.
 * `subject` names the item (`Booth "A12"`); `outcome` says what happens to it.
 */

export const ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
const LOCALE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** Reads `raw.id`, checking its form and that no earlier item of the collection has it. */
export function readId(ctx: Context, raw: Rec, path: string, noun: string, set: IdSet): string | undefined {
  const at = pointer(path, 'id');
  const value = own(raw, 'id');
  const what = `The ${noun} at ${path}`;
  if (value === undefined || value === null || value === '') {
    ctx.error(at, `${what} has no "id"; give it a short unique id such as "A12". It is left out.`);
    return undefined;
  }
  const id = typeof value === 'string' ? value.trim() : undefined;
  if (id === undefined || !ID_PATTERN.test(id)) {
    ctx.error(at, `${what} has the id ${describe(value)}, which is not valid: use 1 to 64 letters, digits, ".", "_" or "-". It is left out.`);
    return undefined;
  }
  if (set.seen.has(id)) {
    ctx.error(at, `${what} repeats the id ${quoted(id)} of an earlier ${noun}; ids must be unique in ${set.where}. This one is left out.`);
    return undefined;
  }
  set.seen.add(id);
  return id;
}

/** Whether `text` (an object of translations) has something for `locale`, as `text()` would resolve it. */
function hasTranslation(text: Record<string, string>, locale: string): boolean {
  const wanted = locale.toLowerCase();
  const base = wanted.split('-')[0];
  for (const key of Object.keys(text)) {
    const k = key.toLowerCase();
    if (k === wanted || k === base) return true;
  }
  return false;
}

/**
 * Reads localized text. `leftOut` (e.g. `The product is left out.`) makes the
 * field required: without usable text the caller drops the item.
 */
export function readText(ctx: Context, value: unknown, path: string, subject: string, field: string, leftOut?: string): Text | undefined {
  const outcome = leftOut ?? 'It is ignored.';
  if (value === undefined || value === null || value === '') {
    if (leftOut) ctx.error(path, `${subject} has no "${field}". ${leftOut}`);
    return undefined;
  }
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (!trimmed && leftOut) ctx.error(path, `${subject} has an empty "${field}". ${leftOut}`);
    return trimmed || undefined;
  }
  if (!isRecord(value)) {
    ctx.error(path, `${subject} has ${aField(field)} that is ${describe(value)}; write text, or translations such as {"vi": "…", "en": "…"}. ${outcome}`);
    return undefined;
  }
  const out: Record<string, string> = {};
  let count = 0;
  for (const key of Object.keys(value)) {
    const entry = value[key];
    if (RESERVED_KEYS.has(key) || !LOCALE_PATTERN.test(key)) {
      ctx.warn(pointer(path, key), `${subject} has ${aField(field)} translation under ${describe(key)}, which is not a language tag such as "vi" or "zh-Hant". It is ignored.`);
      continue;
    }
    if (typeof entry !== 'string') {
      ctx.error(pointer(path, key), `${subject} has ${aField(field)} whose ${describe(key)} translation is ${describe(entry)}, not text. It is ignored.`);
      continue;
    }
    const trimmed = entry.trim();
    if (trimmed) {
      out[key] = trimmed;
      count++;
    }
  }
  if (!count) {
    if (leftOut) ctx.error(path, `${subject} has ${aField(field)} with no text in any language. ${leftOut}`);
    return undefined;
  }
  const missing = ctx.locales.filter((locale) => !hasTranslation(out, locale));
  if (missing.length) {
    const list = missing.map((m) => `"${m}"`).join(', ');
    ctx.warn(path, `${subject} has no ${list} translation of "${field}"; visitors reading ${missing.length > 1 ? 'those languages' : 'it'} see another language instead.`);
  }
  return out;
}

/** What a URL field holds: `image` may also be a `data:image/*` URL; `link` and `media` may not. */
export type UrlKind = 'image' | 'media' | 'link';

/** The scheme a browser would see, after the tabs and newlines its URL parser drops. */
function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const probe = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  // Real schemes are short; a long run of letters before a colon is still one, but is not quoted in full.
  return /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(probe)?.[1].toLowerCase().slice(0, 32);
}

/** Reads a media path or link: http(s), relative to the feed, or (images only) `data:image/*`. */
export function readUrl(ctx: Context, value: unknown, path: string, subject: string, field: string, kind: UrlKind, outcome = 'It is removed.'): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    ctx.error(path, `${subject} has ${aField(field)} that is ${describe(value)}, not an address. ${outcome}`);
    return undefined;
  }
  const url = value.trim();
  if (!url) return undefined;
  const scheme = schemeOf(url);
  if (scheme === undefined) return url;
  if (scheme === 'http' || scheme === 'https') {
    if (URL.canParse?.(url) === false) {
      ctx.error(path, `${subject} has ${aField(field)} ${describe(url)} that is not a valid address. ${outcome}`);
      return undefined;
    }
    return url;
  }
  if (kind === 'image' && scheme === 'data' && /^data:image\//i.test(url.replace(/\s/g, ''))) return url;
  const hint = scheme === 'data' && kind === 'image' ? ' (data: is allowed only for data:image/… pictures)' : '';
  ctx.error(path, `${subject} has ${aField(field)} with the unsafe "${scheme}:" scheme${hint}; use an https:// address or a path relative to the feed. ${outcome}`);
  return undefined;
}

/** Reads `[x, y]` (plan) or `[lat, lng]` (geo): two finite numbers, in range on geo maps. */
export function readPoint(ctx: Context, value: unknown, path: string, subject: string, field: string, outcome: string, severity: 'error' | 'warning' = 'error'): Point | undefined {
  const report = (at: string, message: string) => (severity === 'error' ? ctx.error(at, message) : ctx.warn(at, message));
  const shape = ctx.mapType === 'geo' ? '[latitude, longitude]' : '[x, y]';
  if (!Array.isArray(value) || value.length !== 2) {
    report(path, `${subject} has ${aField(field)} point that is ${describe(value)}, not two numbers ${shape}. ${outcome}`);
    return undefined;
  }
  for (let i = 0; i < 2; i++) {
    const n = value[i];
    if (typeof n !== 'number' || !Number.isFinite(n)) {
      report(pointer(path, i), `${subject} has ${aField(field)} coordinate that is ${describe(n)}, not a finite number. ${outcome}`);
      return undefined;
    }
  }
  const [a, b] = value as [number, number];
  if (ctx.mapType === 'geo' && (Math.abs(a) > 90 || Math.abs(b) > 180)) {
    report(path, `${subject} has ${aField(field)} point [${a}, ${b}] that is not a latitude (−90 to 90) and longitude (−180 to 180). ${outcome}`);
    return undefined;
  }
  return [a, b];
}

/** Reads a `#rgb` or `#rrggbb` colour; anything else is dropped with a warning (the default colour applies). */
export function readColor(ctx: Context, value: unknown, path: string, subject: string, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const color = typeof value === 'string' ? value.trim() : '';
  if (/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(color)) return color;
  ctx.warn(path, `${subject} has the colour ${describe(value)} in "${field}"; write it as #rgb or #rrggbb (for example "#0b6e4f"). The default colour is used.`);
  return undefined;
}

/** Reads a short plain string; numbers are accepted as text (spreadsheets export `12`, meaning "12"). */
export function readString(ctx: Context, value: unknown, path: string, subject: string, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') {
    ctx.warn(path, `${subject} has ${aField(field)} that is ${describe(value)}, not text. It is ignored.`);
    return undefined;
  }
  return value.trim() || undefined;
}

/** Reads a list of short strings (tags, certifications): bad entries are dropped with a warning. */
export function readStringList(ctx: Context, value: unknown, path: string, subject: string, field: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    ctx.warn(path, `${subject} has ${aField(field)} that is ${describe(value)}, not a list such as ["a", "b"]. It is ignored.`);
    return undefined;
  }
  const out: string[] = [];
  value.forEach((entry, i) => {
    const text = readString(ctx, entry, pointer(path, i), subject, `${field}[${i}]`);
    if (text !== undefined) out.push(text);
  });
  return out;
}

/**
 * Checks one reference to another collection. Returns the id when it resolves;
 * otherwise reports `outcome` (what happens to the item or the reference).
 */
export function readRef(ctx: Context, value: unknown, path: string, subject: string, field: string, target: IdSet, outcome: string): string | undefined {
  const id = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : undefined;
  if (id === undefined || !id) {
    ctx.error(path, `${subject} has ${aField(field)} that is ${describe(value)}, not the id of a ${target.noun}. ${outcome}`);
    return undefined;
  }
  if (target.kept.has(id)) return id;
  const why = target.seen.has(id) ? `which was itself left out (see the problem reported in ${target.where})` : `which is not in ${target.where}`;
  ctx.error(path, `${subject} refers to ${target.noun} ${quoted(id)} ${why}. ${outcome}`);
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
    const shell: unknown[] | Rec = Array.isArray(v) ? [] : {};
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
export function copyExtras(ctx: Context, raw: Rec, out: object, known: ReadonlySet<string>, path: string): void {
  for (const key of Object.keys(raw)) {
    if (known.has(key)) continue;
    if (RESERVED_KEYS.has(key)) {
      ctx.warn(pointer(path, key), `The field ${describe(key)} at ${path || 'the top of the feed'} is a reserved name. It is ignored.`);
      continue;
    }
    (out as Rec)[key] = cloneJson(raw[key]);
  }
}

/** Parses `YYYY-MM-DD` or an ISO date-time (`2025-12-26T08:30:00+07:00`) to epoch ms; `undefined` if not a real date. */
export function parseIsoDateTime(value: string, dateOnly = false): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(value);
  if (!m || (dateOnly && m[4] !== undefined)) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((p) => (p === undefined ? undefined : Number(p))) as number[];
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
