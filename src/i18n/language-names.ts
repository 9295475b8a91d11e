import { baseLanguage } from '../data/text.js';
import { displayNames } from './intl.js';
import { uiLocaleFor, uiLocales } from './locale.js';

/**
 * Each UI language by its own name, as a speaker writes it on a sign.
 * `Intl.DisplayNames` gives "русский" (lower case) and "中文（简体）" for
 * these, so the table wins for the kit's eight languages; any other tag an
 * organizer lists is named by `Intl.DisplayNames` in itself.
 */
const OWN_NAMES: Readonly<Record<string, string>> = {
  vi: 'Tiếng Việt',
  en: 'English',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  ko: '한국어',
  ja: '日本語',
  ru: 'Русский',
  th: 'ไทย',
};

/** A language's name in that language: `vi` → "Tiếng Việt", `fr` → "Français". */
export function ownLanguageName(tag: string): string {
  const known = OWN_NAMES[tag];
  if (known) return known;
  try {
    const name = displayNames(tag, { type: 'language' }).of(tag);
    if (name && name !== tag) return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    /* not a valid BCP 47 tag: show the tag itself */
  }
  return tag;
}

/** Splits a `locales` attribute ("vi, en zh-Hans") into tags, dropping blanks and repeats. */
export function parseLocaleList(value: string | undefined | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(/[\s,]+/).filter(Boolean))];
}

/**
 * The UI languages a fair offers: each of its `fair.locales` mapped onto the
 * nearest UI language (`zh-TW` → `zh-Hant`), in the fair's order. A language
 * the kit has no UI strings for is left out (its visitors would get English
 * buttons); an organizer who wants it anyway lists it in `locales`.
 */
export function offeredUiLocales(fairLocales: readonly string[] | undefined): string[] {
  if (!fairLocales?.length) return [...uiLocales];
  const offered: string[] = [];
  for (const tag of fairLocales) {
    const ui = uiLocaleFor(tag);
    if (baseLanguage(ui) === baseLanguage(tag) && !offered.includes(ui)) offered.push(ui);
  }
  return offered.length ? offered : [...uiLocales];
}

/** Which of `choices` the visitor's `locale` is showing: exact tag, then nearest UI language, then base language. */
export function matchChoice(locale: string, choices: readonly string[]): string | undefined {
  const lower = locale.toLowerCase();
  return (
    choices.find((c) => c.toLowerCase() === lower) ??
    choices.find((c) => c === uiLocaleFor(locale)) ??
    choices.find((c) => baseLanguage(c) === baseLanguage(locale))
  );
}
