// Fairkit: the whole kit. Importing this module registers every element.
export * from './data/index.js';
export { getLocale, setLocale, onLocaleChange, useHostLocalization, uiLocales, uiLocaleFor } from './i18n/locale.js';
export * from './internal/events.js';
export { FairData } from './components/fair-data/define.js';
export { FairBoothMap } from './components/booth-map/define.js';
export { FairProductCard } from './components/product-card/define.js';
export { FairProducerStory } from './components/producer-story/define.js';
export { FairLanguageSwitcher } from './components/language-switcher/define.js';
export {
  FairKiosk,
  FairKioskResetEvent,
  FairKioskStaffEvent,
  type FairKioskKeyboard,
} from './components/kiosk/define.js';
export { FairSearch } from './components/search/define.js';
export { FairGuide } from './components/guide/define.js';
// The ready themes' tokens and applyTheme() are a module of their own, 'fairkit/themes.js'
// (the bundle leaves them out: a plain page links src/themes/themes.css instead).
export { themeFromFeed, applyFeedTheme, contrastRatio } from './themes/feed-theme.js';
export { fontStyles } from './themes/fonts.styles.js';
