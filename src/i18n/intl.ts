/**
 * Every `Intl` object the kit builds comes from here, so no language tag (from
 * a feed, a page's `lang`, a host's `setLocale`) and no time zone can throw
 * while an element renders. Each is built once per tag and options: building
 * one costs far more than using it (a grid of 200 cards would build 200).
 * Pure: no DOM, no Lit; the data layer uses it too.
 */

const canonical = new Map<string, string | undefined>();
const made = new Map<string, unknown>();

/** `tag` as `Intl.getCanonicalLocales` writes it (`EN-us` → `en-US`, `iw` → `he`), or `undefined` when `Intl` rejects it (`en-x`, `zh-min-nan`, `en_US`). */
export function canonicalLocale(tag: unknown): string | undefined {
  if (typeof tag !== 'string') return undefined;
  if (!canonical.has(tag)) {
    if (canonical.size > 1000) canonical.clear();
    let out: string | undefined;
    try {
      out = Intl.getCanonicalLocales(tag)[0];
    } catch {
      /* not a tag Intl accepts */
    }
    canonical.set(tag, out);
  }
  return canonical.get(tag);
}

/**
 * A tag from a page or a host, made usable: trimmed, `_` read as `-` (`en_US`
 * → `en-US`, the common mistake in `<html lang>`), canonical; failing that its
 * base language (`en-x` → `en`); failing that `undefined` (`*`, `x`, `""`).
 */
export function normalizeLocale(tag: string | null | undefined): string | undefined {
  const clean = (tag ?? '').trim().replace(/_/g, '-');
  return canonicalLocale(clean) ?? canonicalLocale(clean.split('-')[0]);
}

type Maker<T, O> = new (locale?: string, options?: O) => T;

/** One `Intl` object for `locale` and `options`: the tag normalised, then `en`, then the runtime's default; a time zone the runtime lacks is dropped last. */
function intl<T, O extends object>(kind: Maker<T, O>, locale: string | undefined, options: O): T {
  const key = `${kind.name}|${locale}|${JSON.stringify(options)}`;
  let object = made.get(key) as T | undefined;
  if (!object) {
    const tag = normalizeLocale(locale);
    for (const candidate of [tag, 'en', undefined]) {
      try {
        object = new kind(candidate, options);
        break;
      } catch {
        /* next candidate */
      }
    }
    // Every tag failed, so an option did: the only one that comes from data is the time zone.
    object ??= new kind(tag, { ...options, timeZone: undefined });
    if (made.size > 500) made.clear();
    made.set(key, object);
  }
  return object;
}

export const collator = (locale: string | undefined, options: Intl.CollatorOptions = {}): Intl.Collator =>
  intl(Intl.Collator, locale, options);

export const numberFormat = (locale: string | undefined, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  intl(Intl.NumberFormat, locale, options);

export const dateTimeFormat = (
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat => intl(Intl.DateTimeFormat, locale, options);

export const displayNames = (locale: string | undefined, options: Intl.DisplayNamesOptions): Intl.DisplayNames =>
  intl(Intl.DisplayNames as Maker<Intl.DisplayNames, Intl.DisplayNamesOptions>, locale, options);
