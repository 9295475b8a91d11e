import type { HostileCase } from './case.js';
import { generateFeed } from '../search-data.js';
import { createSearchIndex, type SearchIndex } from '../../src/data/search/search.js';
import type { FairFeed, Product } from '../../src/data/types.js';

/** The issue's budget for a build or a keystroke on a hostile feed (ms). */
const BUDGET = 2000;

/** `count` letters, cycling through a Vietnamese alphabet (not one repeated letter). */
function letters(count: number): string {
  const alphabet = 'abcdeghiklmnopqrstuvxyăâđêôơư';
  const chunk = alphabet.repeat(Math.ceil(1024 / alphabet.length)).slice(0, 1024);
  return chunk.repeat(Math.ceil(count / 1024)).slice(0, count);
}

/** A 2,000-product generated fair (as in the search bench) with one product added, made before any timing. */
const base = generateFeed(2000);
function withProduct(product: Omit<Product, 'producer' | 'category'>): FairFeed {
  const first = base.products![0];
  return { ...base, products: [...base.products!, { ...product, producer: first.producer, category: first.category }] };
}

const longWordFeed = withProduct({
  id: 'long-word',
  name: { vi: 'Mật ong rừng Tà Xùa', en: 'Ta Xua wild honey' },
  description: `Ong rừng ${letters(16000)} ngọt.`,
});
const hugeWordFeed = withProduct({
  id: 'huge-word',
  name: letters(10 * 1024 * 1024),
  description: 'Trà xanh Tà Xùa, hái tay.',
});
/** The index the keystroke case types into, built at load (its build is the first case). */
let keystrokeIndex: SearchIndex | undefined;

/** What a visitor would see: how many hits and where the planted product ranks. */
function report(index: SearchIndex, query: string, id: string): string {
  const hits = index.search(query, { locale: 'en', limit: 40 });
  const at = hits.findIndex((h) => h.id === id);
  return `"${query.length > 24 ? `${query.slice(0, 12)}… (${query.length.toLocaleString('en')} chars)` : query}": ${hits.length} hits, ${id} ${at >= 0 ? `#${at + 1}` : 'not found'}`;
}

/** The search cases of the hostile-feed bench. */
export const cases: HostileCase[] = [
  {
    name: 'index a feed with one 16,000-letter word',
    budget: BUDGET,
    run() {
      const index = createSearchIndex(longWordFeed);
      keystrokeIndex = index;
      return report(index, 'ta xua wild', 'long-word');
    },
  },
  {
    name: 'index a feed with a 10 MB word',
    budget: BUDGET,
    run() {
      const index = createSearchIndex(hugeWordFeed);
      return report(index, 'hai tay', 'huge-word');
    },
  },
  {
    name: 'one 17,000-letter query word (each keystroke)',
    budget: BUDGET,
    run() {
      const index = keystrokeIndex ?? createSearchIndex(longWordFeed);
      const query = letters(17000);
      // One keystroke: the query as it stands after the 17,000th letter.
      return report(index, query, 'long-word');
    },
  },
];
