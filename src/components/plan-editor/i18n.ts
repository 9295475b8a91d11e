/**
 * The plan editor's own strings. The editor does not use `@lit/localize`'s
 * `msg()`: its strings would then join the visitor kit's language catalogues,
 * which every kiosk downloads. Each part of the editor keeps a catalogue
 * module instead, `{ en, vi, … }` with the same keys in every language (the
 * compiler holds the others to `en`), and reads the one for the kit's current
 * language (`getLocale()`, which `<fair-language-switcher>` and `setLocale`
 * change) with `editorMessages`. A part re-renders on a change of language
 * through the kit's `LocaleController`.
 */
import { getLocale } from '../../i18n/locale.js';

/** A part's strings: English, and any of the kit's other UI languages with exactly its keys. */
export type EditorCatalogue<T> = { en: T } & Partial<
  Record<'vi' | 'zh-Hans' | 'zh-Hant' | 'ko' | 'ja' | 'ru' | 'th', T>
>;

/** The language tag of the catalogue `editorMessages` picks for `locale`. */
export function editorLanguage<T>(catalogue: EditorCatalogue<T>, locale = getLocale()): keyof EditorCatalogue<T> {
  const tags = Object.keys(catalogue);
  const exact = tags.find((tag) => tag.toLowerCase() === locale.toLowerCase());
  if (exact) return exact as keyof EditorCatalogue<T>;
  // zh-TW → zh-Hant, zh-CN / zh → zh-Hans; otherwise the base language (vi-VN → vi).
  const lower = locale.toLowerCase();
  if (lower.startsWith('zh')) {
    const script = /-(hant|tw|hk|mo)\b/.test(lower) ? 'zh-Hant' : 'zh-Hans';
    if (script in catalogue) return script;
  }
  const base = lower.split('-')[0];
  return (tags.find((tag) => tag.toLowerCase() === base) ?? 'en') as keyof EditorCatalogue<T>;
}

/** The strings of the kit's current language (or `locale`), English where the catalogue has none. */
export function editorMessages<T>(catalogue: EditorCatalogue<T>, locale = getLocale()): T {
  return catalogue[editorLanguage(catalogue, locale)] ?? catalogue.en;
}
