import type { CataloguePart } from '../../i18n/locale.js';

/**
 * The product card's UI strings, its part of the kit's catalogue (one chunk per language,
 * written by `npm run localize:build`, see scripts/localize.js): a page where
 * no element needs the whole catalogue fetches only these.
 */
export const cardStrings: CataloguePart = {
  vi: () => import('./locales/vi.js'),
  'zh-Hans': () => import('./locales/zh-Hans.js'),
  'zh-Hant': () => import('./locales/zh-Hant.js'),
  ko: () => import('./locales/ko.js'),
  ja: () => import('./locales/ja.js'),
  ru: () => import('./locales/ru.js'),
  th: () => import('./locales/th.js'),
};
