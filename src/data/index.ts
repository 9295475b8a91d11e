// The feed's data layer: no DOM, usable on its own (`import … from 'fairkit/data.js'`).
export type * from './types.js';
export { PLACE_KINDS } from './types.js';
export { validateFeed } from './validate.js';
export { loadFeed, parseFeed, clearFeedCache, resolveFeedUrls } from './loader.js';
export { text, allTexts, baseLanguage, fallbackLocales } from './text.js';
export { indexFeed, type FeedIndex } from './indexes.js';
export { formatPrice, formatNumber, formatDate, formatDateRange } from './format.js';
export {
  createSearchIndex,
  createSearchIndexFromDocuments,
  searchDocuments,
  fold,
  compactCode,
  type SearchIndex,
  type SearchHit,
  type SearchMatch,
  type SearchQueryOptions,
  type SearchIndexOptions,
  type SearchField,
  type SearchDocument,
} from './search/search.js';
