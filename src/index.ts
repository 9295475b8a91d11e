// Fairkit: the whole kit. Importing this module registers every element.
export * from './data/index.js';
export { getLocale, setLocale, onLocaleChange, useHostLocalization, uiLocales, uiLocaleFor } from './i18n/locale.js';
export * from './internal/events.js';
export { FairData } from './components/data/define.js';
