import type { Fair, LocaleTag, Text } from './types.js';

/** The content languages tried when a text lacks the visitor's language and `fair.fallback` is not given. */
export const DEFAULT_FALLBACK: readonly LocaleTag[] = ['en'];

/**
 * The languages a text falls back to when it lacks the visitor's language, in
 * order: each of `fair.fallback` (default `["en"]`: a Korean tourist reads
 * English before Vietnamese), then `fair.locales[0]` (the fair's default
 * language). Pass it as `fallbacks` to {@link text}; every element does.
 */
export function fallbackLocales(fair: Pick<Fair, 'locales' | 'fallback'> | undefined): LocaleTag[] {
  const own = fair?.fallback;
  const list = Array.isArray(own) ? own.filter((tag) => typeof tag === 'string' && tag) : [...DEFAULT_FALLBACK];
  const first = fair?.locales?.[0];
  if (first) list.push(first);
  return [...new Set(list)];
}

/** The base language of a BCP 47 tag: `zh-Hant` → `zh`, `en-US` → `en`. */
export function baseLanguage(tag: LocaleTag): string {
  return tag.split('-')[0].toLowerCase();
}

/**
 * The visitor's base language, then any other region or script of it: a
 * `zh-Hans` reader is better served by `zh-Hant` text than by the fair's
 * default language.
 */
function sameLanguage(map: Record<string, string>, base: string): string | undefined {
  const exact = pick(map, base);
  if (exact !== undefined) return exact;
  for (const key of Object.keys(map)) {
    if (baseLanguage(key) === base && typeof map[key] === 'string' && map[key].trim()) return map[key];
  }
  return undefined;
}

function pick(map: Record<string, string>, tag: string): string | undefined {
  if (!tag) return undefined;
  // Own translations only: a page's `Object.prototype.en` is not the feed's English.
  const exact = Object.hasOwn(map, tag) ? map[tag] : undefined;
  if (typeof exact === 'string' && exact.trim()) return exact;
  const lower = tag.toLowerCase();
  for (const key of Object.keys(map)) {
    if (key.toLowerCase() === lower && typeof map[key] === 'string' && map[key].trim()) return map[key];
  }
  return undefined;
}

/**
 * Resolves localized text for `locale`, in the order the feed contract gives:
 * the exact tag, then its base language (`zh-Hant` → `zh`, and failing that
 * another script or region of the same language, `zh-Hans`), then each of
 * `fallbacks` (for a feed, `fallbackLocales(feed.fair)`: `fair.fallback`, then
 * `fair.locales[0]`), then the first non-empty value. Never returns
 * `undefined` or an object: missing text is `''`.
 */
export function text(value: Text | null | undefined, locale: LocaleTag, fallbacks: readonly LocaleTag[] = []): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || Array.isArray(value)) return '';
  const map = value as Record<string, string>;
  const wanted = pick(map, locale) ?? sameLanguage(map, baseLanguage(locale));
  if (wanted !== undefined) return wanted;
  for (const f of fallbacks) {
    const found = pick(map, f) ?? sameLanguage(map, baseLanguage(f));
    if (found !== undefined) return found;
  }
  for (const key of Object.keys(map)) {
    if (typeof map[key] === 'string' && map[key].trim()) return map[key];
  }
  return '';
}

/** Every language's value of a Text, for search indexing. */
export function allTexts(value: Text | null | undefined): string[] {
  if (value == null) return [];
  if (typeof value === 'string') return value ? [value] : [];
  return Object.values(value).filter((v): v is string => typeof v === 'string' && v.length > 0);
}
