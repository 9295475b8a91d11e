/**
 * How much of the feed's text each content language (`fair.locales`) has:
 * per family of text fields (product names, producer stories …), how many of
 * the items that have the field have it in that language ("en: 212 of 240
 * product names"). Read from the cleaned feed. A plain string counts for
 * every language, as the feed contract says it is the same in all of them.
 *
 * Information, not a problem: the feed checker already warns about each
 * missing translation where it is, so a summary warning would count them twice.
 */
import type { FairFeed, Text } from '../../data/types.js';

export const FAMILIES = [
  'productNames',
  'productDescriptions',
  'producerNames',
  'producerStories',
  'boothNames',
  'categoryNames',
  'eventTitles',
] as const;
export type Family = (typeof FAMILIES)[number];

export interface FamilyCoverage {
  family: Family;
  /** Items that have this field at all. */
  total: number;
  /** Of those, how many have it in each content language. */
  have: Record<string, number>;
}

export interface Coverage {
  locales: string[];
  families: FamilyCoverage[];
}

/**
 * Does `value` have text for `locale`: a plain string, or a translation under
 * the tag or its base language (`en` for `en-GB`), in any case — the test the
 * feed checker uses for its missing-translation warnings.
 */
export function hasLocale(value: Text, locale: string): boolean {
  if (typeof value === 'string') return true;
  const wanted = locale.toLowerCase();
  const base = wanted.split('-')[0];
  return Object.keys(value).some((key) => {
    const k = key.toLowerCase();
    return (k === wanted || k === base) && typeof value[key] === 'string' && value[key].trim() !== '';
  });
}

/** The texts of each family in the cleaned feed (items without the field left out). */
function texts(feed: FairFeed): Record<Family, Array<Text | undefined>> {
  return {
    productNames: (feed.products ?? []).map((p) => p.name),
    productDescriptions: (feed.products ?? []).map((p) => p.description),
    producerNames: (feed.producers ?? []).map((p) => p.name),
    producerStories: (feed.producers ?? []).map((p) => p.story),
    boothNames: feed.booths.map((b) => b.name),
    categoryNames: (feed.categories ?? []).map((c) => c.name),
    eventTitles: (feed.events ?? []).map((e) => e.title),
  };
}

/** The coverage of the cleaned `feed`'s content languages; families no item has are left out. */
export function coverageOf(feed: FairFeed): Coverage {
  const locales = [...(feed.fair.locales ?? [])];
  const all = texts(feed);
  const families: FamilyCoverage[] = [];
  for (const family of FAMILIES) {
    const present = all[family].filter((t): t is Text => t !== undefined && t !== null);
    if (!present.length) continue;
    const have: Record<string, number> = {};
    for (const locale of locales) have[locale] = present.filter((t) => hasLocale(t, locale)).length;
    families.push({ family, total: present.length, have });
  }
  return { locales, families };
}

/** The families `locale` does not have wholly, with their counts. */
export function incomplete(coverage: Coverage, locale: string): FamilyCoverage[] {
  return coverage.families.filter((f) => (f.have[locale] ?? 0) < f.total);
}
