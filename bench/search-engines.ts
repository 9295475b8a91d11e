/**
 * The four search engines of the bench behind one interface. Every peer gets
 * the same documents (`searchDocuments`: every language of every name,
 * producer, region, community, category, tags, descriptions), the same
 * folding (text and queries pre-folded: case, diacritics, đ → d), booth codes
 * in compact form too, names boosted over the rest, and the prefix/fuzzy
 * settings its documentation recommends for search-as-you-type.
 */
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type * as FlexSearchTypes from 'flexsearch';
// The compact build: the same Index and Charset without the worker code, whose
// `import('worker_threads')` the dev server cannot resolve for a browser.
// @ts-expect-error a file path, typed through `FlexSearchTypes`
import * as flexCompact from '../node_modules/flexsearch/dist/flexsearch.compact.module.min.js';
import { allTexts } from '../src/data/text.js';
import { compactCode, fold } from '../src/data/search/fold.js';
import { createSearchIndex } from '../src/data/search/search.js';
import { searchDocuments } from '../src/data/search/documents.js';
import type { FairFeed } from '../src/data/types.js';

export interface Engine {
  name: string;
  /** Settings, for the report. */
  config: string;
  build(feed: FairFeed): void;
  /** Top `limit` results as `kind:id`. */
  search(query: string, limit: number): string[];
  /** Fairkit only: whether the first result matched every word of the query (`SearchHit.complete`). */
  firstComplete?(query: string): boolean;
}

/** A document flattened for the peers: one folded string per field. */
interface FlatDoc {
  key: string;
  name: string;
  code: string;
  producer: string;
  category: string;
  place: string;
  tag: string;
  description: string;
}

const FIELDS: Array<Exclude<keyof FlatDoc, 'key'>> = [
  'name',
  'code',
  'producer',
  'category',
  'place',
  'tag',
  'description',
];

function flatten(feed: FairFeed): FlatDoc[] {
  return searchDocuments(feed).map((doc) => {
    const flat: FlatDoc = {
      key: `${doc.kind}:${doc.id}`,
      name: '',
      code: '',
      producer: '',
      category: '',
      place: '',
      tag: '',
      description: '',
    };
    for (const { field, value } of doc.fields) {
      const key = field;
      flat[key] = `${flat[key]} ${allTexts(value).map(fold).join(' ')}`.trim();
    }
    for (const code of doc.codes ?? []) flat.code = `${flat.code} ${fold(code)} ${compactCode(code)}`.trim();
    return flat;
  });
}

/** Names (and codes) count most, descriptions least: the same order Fairkit uses. */
const BOOST: Record<string, number> = {
  name: 3,
  code: 3,
  producer: 1.5,
  category: 1.5,
  place: 1.3,
  tag: 1.3,
  description: 0.5,
};

export function fairkitEngine(): Engine {
  let index: ReturnType<typeof createSearchIndex>;
  return {
    name: 'Fairkit',
    config: 'defaults',
    build: (feed) => {
      index = createSearchIndex(feed);
    },
    search: (query, limit) => index.search(query, { limit }).map((h) => `${h.kind}:${h.id}`),
    firstComplete: (query) => index.search(query, { limit: 1 })[0]?.complete ?? false,
  };
}

export function miniSearchEngine(): Engine {
  let index: MiniSearch<FlatDoc>;
  return {
    name: 'MiniSearch',
    config: 'prefix: true, fuzzy: 0.2, combineWith AND, boost names ×3',
    build: (feed) => {
      index = new MiniSearch<FlatDoc>({
        idField: 'key',
        fields: FIELDS,
        processTerm: (term) => fold(term),
        searchOptions: { prefix: true, fuzzy: 0.2, boost: BOOST, combineWith: 'AND' },
      });
      index.addAll(flatten(feed));
    },
    search: (query, limit) => {
      let hits = index.search(fold(query));
      // AND finds nothing when one word is wrong: fall back to OR, as a careful integrator would.
      if (!hits.length) hits = index.search(fold(query), { combineWith: 'OR' });
      return hits.slice(0, limit).map((h) => String(h.id));
    },
  };
}

export function fuseEngine(): Engine {
  let index: Fuse<FlatDoc>;
  return {
    name: 'Fuse.js',
    config: 'useTokenSearch, tokenMatch all, threshold 0.3, ignoreLocation, weighted keys',
    build: (feed) => {
      index = new Fuse(flatten(feed), {
        keys: FIELDS.map((name) => ({ name, weight: BOOST[name] })),
        ignoreLocation: true,
        threshold: 0.3,
        useTokenSearch: true,
        tokenMatch: 'all',
      });
    },
    search: (query, limit) => index.search(fold(query), { limit }).map((h) => h.item.key),
  };
}

const { Index, Charset } = flexCompact as {
  Index: typeof FlexSearchTypes.Index;
  Charset: typeof FlexSearchTypes.Charset;
};

export function flexSearchEngine(): Engine {
  let names: FlexSearchTypes.Index;
  let all: FlexSearchTypes.Index;
  let keys: string[] = [];
  return {
    name: 'FlexSearch',
    config: "tokenize 'forward', Charset.LatinBalance, names index first, suggest fallback",
    build: (feed) => {
      const options = { tokenize: 'forward', encoder: Charset.LatinBalance, resolution: 9 } as const;
      names = new Index(options);
      all = new Index(options);
      const docs = flatten(feed);
      keys = docs.map((d) => d.key);
      docs.forEach((d, i) => {
        names.add(i, `${d.name} ${d.code}`);
        all.add(i, FIELDS.map((f) => d[f]).join(' '));
      });
    },
    search: (query, limit) => {
      const q = fold(query);
      const out = new Set<number>();
      // Words all in the name first, then all anywhere, then partial matches.
      for (const id of names.search(q, { limit }) as number[]) out.add(id);
      if (out.size < limit) for (const id of all.search(q, { limit }) as number[]) out.add(id);
      if (out.size < limit) for (const id of all.search(q, { limit, suggest: true }) as number[]) out.add(id);
      return [...out].slice(0, limit).map((i) => keys[i]);
    },
  };
}
