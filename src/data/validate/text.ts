/**
 * Reading the feed's text: language tags, localized text (a string, or
 * translations by language) and plain strings, each trimmed, cut to its
 * field's limit and cleaned of invisible controls, with the unsafe links of
 * Markdown fields reported. Problems are reported as in `values.ts`.
 */
import type { Text } from '../types.js';
import * as m from './messages.js';
import {
  type ValidationRun,
  type Rec,
  RESERVED_KEYS,
  blank,
  isRecord,
  own,
  pointer,
  type Where,
  type Who,
  say,
} from './run.js';
import { cleanText, unsafeLinkSchemes } from './safety.js';
import { canonicalLocale } from '../../i18n/intl.js';

/** The shape of a language tag (`vi`, `zh-Hant`, `en-US`); {@link languageTag} also asks `Intl`. */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * A language tag as the contract asks: of the right shape and valid for `Intl`
 * (`en-x`, `de-1996-1996`, `zh-min-nan` are not), written canonically (`EN-us`
 * → `en-US`, `iw` → `he`); `undefined` when it is not one.
 */
export function languageTag(value: unknown): string | undefined {
  const tag = typeof value === 'string' ? value.trim() : '';
  return LANGUAGE_TAG.test(tag) ? canonicalLocale(tag) : undefined;
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
 * The most characters (Unicode code points) a text keeps, per field: 200 for
 * names, labels, units, titles and other one-line text; 2,000 for a
 * description; 20,000 for a producer's story; 500 for the map's attribution.
 * The sample fairs' longest are 46 (a name), 160 (a description) and 580 (a
 * story). Longer text is cut, with "…", and a warning: a 10 MB name would cost
 * a kiosk seconds of layout and indexing. `fair-feed.schema.json` gives the
 * same limits as `maxLength`.
 */
export const TEXT_LIMITS: ReadonlyMap<string, number> = new Map([
  ['description', 2000],
  ['story', 20_000],
  ['attribution', 500],
]);
export const TEXT_LIMIT = 200;
/** Fields holding Markdown (docs/feed.md#rich-text: stories and descriptions), whose links are checked. */
const RICH_FIELDS: ReadonlySet<string> = new Set(['description', 'story']);

/**
 * What may not start the cut-off part of a text: a combining mark (variation selectors are marks too), a joiner,
 * a low surrogate.
 */
const CLINGS = /[\p{M}\u200d\udc00-\udfff]/u;

/** The index after `count` code points of `value` (or its length). */
function codePointEnd(value: string, count: number): number {
  let i = 0;
  while (count-- > 0 && i < value.length) {
    const c = value.charCodeAt(i++);
    if (c >= 0xd800 && c < 0xdc00 && (value.charCodeAt(i) & 0xfc00) === 0xdc00) i++;
  }
  return i;
}

/**
 * `value` cut to at most `limit` code points, "…" included: at the last space
 * in its final fifth when there is one (a word is not split), else before the
 * letter the limit falls in (an accent stays with its letter, a joined emoji
 * is not split). `undefined` when it fits. Reads about `limit` characters,
 * however long `value` is, and returns a copy, so a cut 10 MB string is not
 * kept alive by its first words.
 */
export function cutText(value: string, limit: number): string | undefined {
  if (value.length <= limit || codePointEnd(value, limit) >= value.length) return undefined;
  let end = codePointEnd(value, limit - 1);
  while (end > 0 && (CLINGS.test(value[end]) || value[end - 1] === '\u200d')) end--;
  const window = Math.ceil(limit / 5);
  const space = value.slice(Math.max(0, end - window), end + 1).search(/\s\S*$/);
  if (space > 0) end = Math.max(0, end - window) + space;
  return [...value.slice(0, end).trimEnd(), '…'].join('');
}

/**
 * One piece of feed text, trimmed, cut to its field's limit, without the
 * characters {@link cleanText} removes, and (for Markdown) with its unsafe
 * links reported; each with a problem at `path` (or at its `key` there: a
 * language, or the index of a list entry).
 * `''` when nothing is left.
 */
export function readPlain(
  run: ValidationRun,
  value: string,
  path: Where,
  subject: Who,
  field: string,
  key?: string | number,
): string {
  let text = value.trim();
  // Most text has nothing to report: the field's name in messages (`tags[2]`) is made only when there is.
  const limit = TEXT_LIMITS.get(field) ?? TEXT_LIMIT;
  const cut = text.length > limit ? cutText(text, limit) : undefined;
  if (cut !== undefined) {
    run.warn(pointer(path, key), m.textTooLong(say(subject), entryName(field, key), text.length, limit));
    text = cut;
  }
  const clean = cleanText(text);
  if (clean !== text) {
    run.warn(pointer(path, key), m.textControls(say(subject), entryName(field, key)));
    text = clean.trim();
  }
  if (RICH_FIELDS.has(field)) {
    const schemes = unsafeLinkSchemes(text);
    if (schemes.length) run.error(pointer(path, key), m.textUnsafeLinks(say(subject), field, schemes.slice(0, 3)));
  }
  return text;
}

/** `field`, or its entry `field[index]` of a list, as messages name it (a language `key` is not named here). */
export function entryName(field: string, key?: string | number): string {
  return typeof key === 'number' ? `${field}[${key}]` : field;
}

/**
 * Reads localized text: `raw[field]`, at `item` (the pointer of `raw`). `leftOut` (e.g. `The product is left out.`) makes the
 * field required: without usable text the caller drops the item.
 */
export function readText(
  run: ValidationRun,
  raw: Rec,
  item: Where,
  subject: Who,
  field: string,
  leftOut?: string,
): Text | undefined {
  const value = own(raw, field);
  const path = pointer(item, field);
  if (value === undefined || value === null || value === '') {
    if (leftOut) run.error(path, m.textMissing(say(subject), field, leftOut));
    return undefined;
  }
  if (typeof value === 'string') {
    const text = readPlain(run, value, path, subject, field);
    if (!text && leftOut) run.error(path, m.textEmpty(say(subject), field, leftOut));
    return text || undefined;
  }
  if (!isRecord(value)) {
    run.error(path, m.textNotText(say(subject), field, value, leftOut ?? m.ignored()));
    return undefined;
  }
  const out: Record<string, string> = blank();
  let count = 0;
  for (const key of Object.keys(value)) {
    const entry = value[key];
    // The fair's own languages are canonical tags already: most keys need no `Intl`.
    const tag = run.locales.includes(key) ? key : RESERVED_KEYS.has(key) ? undefined : languageTag(key);
    if (!tag) {
      run.warn(pointer(path, key), m.translationBadTag(say(subject), field, key));
      continue;
    }
    if (typeof entry !== 'string') {
      run.error(pointer(path, key), m.translationNotText(say(subject), field, key, entry));
      continue;
    }
    const trimmed = readPlain(run, entry, path, subject, field, key);
    if (trimmed) {
      out[tag] ??= trimmed;
      count++;
    }
  }
  if (!count) {
    if (leftOut) run.error(path, m.textNoLanguage(say(subject), field, leftOut));
    return undefined;
  }
  const missing = run.locales.filter((locale) => out[locale] === undefined && !hasTranslation(out, locale));
  if (missing.length) run.warn(path, m.translationsMissing(say(subject), field, missing));
  return out;
}
