/**
 * The search index keeps what it looked up for recent query words (and the
 * prefix-typo scans of the word being typed) so that the next key costs
 * less. No result may depend on it: every query here is compared with the
 * same query on a freshly built index, whose caches are empty.
 */
import { expect } from '@open-wc/testing';
import { createSearchIndex, type SearchQueryOptions } from '../../src/data/search/search.js';
import { searchIndexFor } from '../../src/components/search/index-cache.js';
import { SAMPLE_FEEDS } from '../../src/data/samples/index.js';
import type { FairFeed } from '../../src/data/types.js';

const feed: FairFeed = {
  version: 1,
  fair: { id: 'cache-test', name: 'Cache test', locales: ['vi', 'en'] },
  map: { type: 'plan', levels: [{ id: 'G' }] },
  categories: [
    { id: 'tea', name: { vi: 'Chè', en: 'Tea' } },
    { id: 'dried', name: { vi: 'Nông sản khô', en: 'Dried produce' } },
  ],
  booths: [
    { id: 'b107', label: 'B-107', rect: [0, 0, 1, 1], producers: ['hoang-ha'] },
    { id: 'b108', label: 'B-108', rect: [0, 0, 1, 1], producers: ['moc-chau'] },
  ],
  producers: [
    { id: 'hoang-ha', name: 'Hợp tác xã Hoàng Hà', region: { vi: 'Cao Bằng', en: 'Cao Bang' } },
    { id: 'moc-chau', name: 'HTX Mộc Châu', region: { vi: 'Sơn La', en: 'Son La' } },
  ],
  products: [
    { id: 'shan-tuyet', producer: 'hoang-ha', name: { vi: 'Chè Shan Tuyết', en: 'Shan Tuyet tea' }, category: 'tea' },
    { id: 'tea-buds', producer: 'hoang-ha', name: { vi: 'Chè búp', en: 'Tea buds' }, category: 'tea' },
    { id: 'bamboo', producer: 'moc-chau', name: { vi: 'Măng khô', en: 'Dried bamboo shoots' }, category: 'dried' },
    { id: 'chili-bamboo', producer: 'moc-chau', name: { vi: 'Măng ớt', en: 'Chili bamboo shoots' } },
    { id: 'custard-apple', producer: 'moc-chau', name: { vi: 'Mãng cầu', en: 'Custard apple' } },
    { id: 'honey', producer: 'hoang-ha', name: { vi: 'Mật ong bạc hà', en: 'Mint honey' } },
    { id: 'vermicelli', producer: 'moc-chau', name: { vi: 'Miến dong', en: 'Arrowroot vermicelli' } },
  ],
};

/** Each beginning of `text` as typed, then each as deleted back to one character. */
function typedThenDeleted(text: string): string[] {
  const typed = Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1));
  return [...typed, ...typed.slice(0, -1).reverse()];
}

/** Runs `queries` in order on one index and checks each against a fresh index. */
function expectSameAsFresh(source: FairFeed, queries: readonly string[], options: SearchQueryOptions = {}) {
  const index = createSearchIndex(source);
  let nonEmpty = 0;
  for (const query of queries) {
    const hits = index.search(query, options);
    expect(hits, JSON.stringify(query)).to.deep.equal(createSearchIndex(source).search(query, options));
    if (hits.length) nonEmpty++;
  }
  // The comparison means something only if most queries find things.
  expect(nonEmpty).to.be.above(queries.length / 2);
}

describe('search caches', () => {
  it('typing then deleting characters gives what a fresh index gives for each', () => {
    expectSameAsFresh(feed, [
      ...typedThenDeleted('che shan tuyet'),
      // A slip in the word being typed: its prefix-typo scan narrows key by key, and widens again after a deletion.
      ...typedThenDeleted('che shna tuyte'),
      ...typedThenDeleted('mang kho'),
      ...typedThenDeleted('măng ớt'),
      ...typedThenDeleted('hoang ha b'),
      // Found only through the slip's scan ("arow…" begins no word): it must not start from another word's scan.
      ...typedThenDeleted('custa'),
      ...typedThenDeleted('arowroot'),
    ]);
    expect(createSearchIndex(feed).search('arowro')[0].id).to.equal('vermicelli');
  });

  it('does so on a sample fair too, with kinds, limit and language given', async () => {
    const cao = (await (await fetch(SAMPLE_FEEDS.caoBang)).json()) as FairFeed;
    const queries = [...typedThenDeleted('che shan tuyet cao bang'), ...typedThenDeleted('mien dong t')];
    expectSameAsFresh(cao, queries);
    expectSameAsFresh(cao, queries, { kinds: ['product'], limit: 3, locale: 'en' });
  });

  it('keeps a word looked up as the one being typed apart from the same word finished', () => {
    const index = createSearchIndex(feed);
    // "mang" being typed begins "măng" and "mãng"; "mang " finished is a typo of nothing and the word of none.
    const typing = index.search('mang');
    const finished = index.search('mang ');
    expect(typing.map((h) => h.id)).to.include.members(['bamboo', 'chili-bamboo', 'custard-apple']);
    expect(finished).to.deep.equal(createSearchIndex(feed).search('mang '));
    expect(index.search('mang')).to.deep.equal(typing);
  });

  it('gives the same results after more words than it keeps have pushed the first out', () => {
    const index = createSearchIndex(feed);
    const first = index.search('che shan');
    for (let i = 0; i < 100; i++) index.search(`w${i}x tea`);
    expect(index.search('che shan')).to.deep.equal(first);
    expect(first[0].id).to.equal('shan-tuyet');
  });

  it('answers a changed feed from that feed, not from what the index of the old one kept', () => {
    const before = searchIndexFor(feed);
    expect(before.search('bamboo')[0].id).to.equal('bamboo');
    expect(before.search('bamboo shoots').map((h) => h.id)).to.include('chili-bamboo');
    // The organizer renames the chili shoots and drops the dried ones: a new feed object, as the loader gives.
    const changed: FairFeed = {
      ...feed,
      products: feed
        .products!.filter((p) => p.id !== 'bamboo')
        .map((p) => (p.id === 'chili-bamboo' ? { ...p, name: { vi: 'Tương ớt', en: 'Chili sauce' } } : p)),
    };
    const after = searchIndexFor(changed);
    expect(after).to.not.equal(before);
    expect(after.search('bamboo').map((h) => h.id)).to.not.include.members(['bamboo', 'chili-bamboo']);
    expect(after.search('chili sa')[0].id).to.equal('chili-bamboo');
    expect(after.search('bamboo shoots')).to.deep.equal(createSearchIndex(changed).search('bamboo shoots'));
    // The old feed's index still answers for the old feed.
    expect(before.search('bamboo')[0].id).to.equal('bamboo');
  });
});

describe('search shortcut for complete hits', () => {
  // Enough documents with every word of some queries for the shortcut (at least `limit` complete hits), not of others.
  const many: FairFeed = {
    ...feed,
    products: [
      ...feed.products!,
      ...Array.from({ length: 14 }, (_, i) => ({
        id: `green-${i}`,
        producer: i % 2 ? 'hoang-ha' : 'moc-chau',
        name: { vi: `Chè xanh loại ${i}`, en: `Green tea grade ${i}` },
        category: 'tea',
      })),
      ...Array.from({ length: 14 }, (_, i) => ({
        id: `forest-honey-${i}`,
        producer: 'moc-chau',
        name: { vi: `Mật ong rừng ${i}`, en: `Forest honey ${i}` },
      })),
      { id: 'tea-honey', producer: 'hoang-ha', name: { vi: 'Chè mật ong', en: 'Honey tea' }, category: 'tea' },
    ],
  };
  const index = createSearchIndex(many);

  it('gives the first hits of the full ranking', () => {
    // With a limit of 100 no query here has that many complete hits, so every hit is ranked the long way.
    for (const query of [
      'che xanh',
      'che',
      'green tea',
      'mat ong',
      'tea',
      'honey',
      'che x',
      'xanh lo',
      'che mat ong',
    ]) {
      for (const options of [{ limit: 5 }, { limit: 3, kinds: ['product' as const], locale: 'en' }]) {
        const all = index.search(query, { ...options, limit: 100 });
        expect(index.search(query, options), `${query} ${JSON.stringify(options)}`).to.deep.equal(
          all.slice(0, options.limit),
        );
      }
    }
  });

  it('ranks partial hits after too few complete ones, as before', () => {
    // Only "Chè mật ong" has both "che" and "mat": the rest of the five share one of them.
    const hits = index.search('che mat', { limit: 5 });
    expect(hits.map((h) => h.complete)).to.deep.equal([true, false, false, false, false]);
    expect(hits[0].id).to.equal('tea-honey');
  });
});
