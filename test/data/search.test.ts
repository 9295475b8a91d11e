import { expect } from '@open-wc/testing';
import { createSearchIndex, type SearchHit, type SearchIndex } from '../../src/data/search/search.js';
import { SAMPLE_FEEDS } from '../../src/data/samples/index.js';
import {
  compactCode,
  fold,
  foldWithOffsets,
  prefixWithinOneEdit,
  tokenize,
  withinOneEdit,
} from '../../src/data/search/fold.js';
import type { FairFeed } from '../../src/data/types.js';

const feed: FairFeed = {
  version: 1,
  fair: { id: 'search-test', name: 'Search test', locales: ['vi', 'en'] },
  map: { type: 'plan', levels: [{ id: 'G' }] },
  categories: [
    { id: 'tea', name: { vi: 'Chè', en: 'Tea' } },
    { id: 'rice', name: { vi: 'Gạo', en: 'Rice' } },
    { id: 'dried', name: { vi: 'Nông sản khô', en: 'Dried produce' } },
  ],
  booths: [
    { id: 'b107', label: 'B-107', rect: [0, 0, 1, 1], producers: ['hoang-ha'] },
    { id: 'b108', label: 'B-108', rect: [0, 0, 1, 1], producers: ['moc-chau'] },
    { id: 'a12', label: 'A12', rect: [0, 0, 1, 1], producers: ['dong-van'] },
  ],
  producers: [
    {
      id: 'hoang-ha',
      name: 'Hợp tác xã Hoàng Hà',
      region: { vi: 'Cao Bằng', en: 'Cao Bang' },
      community: { vi: 'Người Tày', en: 'Tay people' },
    },
    { id: 'moc-chau', name: 'HTX Mộc Châu', region: { vi: 'Sơn La', en: 'Son La' } },
    { id: 'dong-van', name: 'HTX Đồng Văn', region: { vi: 'Hà Giang', en: 'Ha Giang' } },
  ],
  products: [
    { id: 'shan-tuyet', producer: 'hoang-ha', name: { vi: 'Chè Shan Tuyết', en: 'Shan Tuyet tea' }, category: 'tea' },
    {
      id: 'sticky-rice',
      producer: 'hoang-ha',
      name: { vi: 'Gạo nếp cái hoa vàng', en: 'Yellow flower sticky rice' },
      category: 'rice',
    },
    { id: 'hill-chicken', producer: 'moc-chau', name: { vi: 'Gà đồi', en: 'Hill chicken' } },
    {
      id: 'bamboo',
      producer: 'moc-chau',
      name: { vi: 'Măng khô', en: 'Dried bamboo shoots' },
      category: 'dried',
      tags: ['đặc sản'],
    },
    { id: 'custard-apple', producer: 'dong-van', name: { vi: 'Mãng cầu', en: 'Custard apple' } },
    {
      id: 'vermicelli',
      producer: 'moc-chau',
      name: { vi: 'Miến dong', en: 'Arrowroot vermicelli' },
      category: 'dried',
      tags: ['đặc sản'],
    },
    {
      id: 'honey',
      producer: 'dong-van',
      name: { vi: 'Mật ong bạc hà', en: 'Mint honey' },
      description: { vi: 'Ong hút mật hoa bạc hà, ngọt như chè.', en: 'Bees feed on mint flowers; sweet as tea.' },
    },
  ],
};

const index = createSearchIndex(feed);
const ids = (hits: SearchHit[]) => hits.map((h) => `${h.kind}:${h.id}`);
const top = (query: string, options = {}) => ids(index.search(query, options))[0];
const rank = (query: string, key: string) => ids(index.search(query)).indexOf(key);

describe('search folding', () => {
  it('folds case, diacritics and đ', () => {
    expect(fold('Chè Shan Tuyết')).to.equal('che shan tuyet');
    expect(fold('Đặc sản ĐỒNG VĂN')).to.equal('dac san dong van');
    expect(fold('Mật ong')).to.equal('mat ong');
  });

  it('compacts booth codes however they are spelled', () => {
    for (const spelling of ['B107', 'b-107', 'B 107', 'b.107', 'B–107']) expect(compactCode(spelling)).to.equal('b107');
  });

  it('keeps exact and folded forms with offsets into the original', () => {
    const [che, , tuyet] = tokenize('Chè Shan Tuyết');
    expect(che).to.include({ exact: 'chè', folded: 'che', start: 0, end: 3 });
    expect(tuyet).to.include({ exact: 'tuyết', folded: 'tuyet', start: 9, end: 14 });
    // A decomposed input is normalized first, so offsets match what is shown.
    expect(tokenize('Che\u0300')[0].exact).to.equal('chè');
    expect(foldWithOffsets('Gạo').folded).to.equal('gao');
  });

  it('recognizes one edit, including a swap of two letters', () => {
    expect(withinOneEdit('mein', 'mien')).to.equal(true); // swap
    expect(withinOneEdit('mien', 'mieng')).to.equal(true); // insertion
    expect(withinOneEdit('tuyet', 'tuet')).to.equal(true); // deletion
    expect(withinOneEdit('tuyet', 'tuyat')).to.equal(true); // substitution
    expect(withinOneEdit('tuyet', 'tyuat')).to.equal(false);
    expect(prefixWithinOneEdit('arow', 'arrowroot')).to.equal(true);
    expect(prefixWithinOneEdit('xyz', 'arrowroot')).to.equal(false);
  });
});

describe('createSearchIndex', () => {
  it('finds Vietnamese names typed without diacritics', () => {
    expect(top('che shan tuyet')).to.equal('product:shan-tuyet');
    expect(top('mien dong')).to.equal('product:vermicelli');
    expect(top('mat ong bac ha')).to.equal('product:honey');
  });

  it('finds names in every language', () => {
    expect(top('arrowroot')).to.equal('product:vermicelli');
    expect(ids(index.search('tea')).slice(0, 2)).to.deep.equal(['category:tea', 'product:shan-tuyet']);
  });

  it('finds producers by region and community, and products through their producer', () => {
    expect(ids(index.search('son la'))).to.include('producer:moc-chau');
    expect(top('tay people')).to.equal('producer:hoang-ha');
    expect(ids(index.search('hoang ha', { kinds: ['product'] }))).to.include.members([
      'product:shan-tuyet',
      'product:sticky-rice',
    ]);
  });

  it('prefers the exact diacritics the visitor typed', () => {
    expect(rank('gạo', 'product:sticky-rice')).to.be.below(Math.max(rank('gạo', 'product:hill-chicken'), 99));
    expect(rank('gạ', 'product:sticky-rice')).to.be.below(rank('gạ', 'product:hill-chicken'));
    expect(rank('măng', 'product:bamboo')).to.be.below(rank('măng', 'product:custard-apple'));
    expect(rank('mãng', 'product:custard-apple')).to.be.below(rank('mãng', 'product:bamboo'));
    // Without diacritics both are equally good answers, and both are found.
    expect(ids(index.search('mang'))).to.include.members(['product:bamboo', 'product:custard-apple']);
  });

  it('ranks whole words before prefixes before typos', () => {
    const whole = index.search('hoang ')[0];
    const prefix = index.search('hoan')[0];
    const typo = index.search('hoagn ')[0];
    for (const hit of [whole, prefix, typo]) expect(`${hit.kind}:${hit.id}`).to.equal('producer:hoang-ha');
    expect(whole.score).to.be.above(prefix.score);
    expect(prefix.score).to.be.above(typo.score);
  });

  it('ranks names above descriptions', () => {
    // "chè" is in the honey's description and in the tea's name.
    const hits = ids(index.search('chè'));
    expect(hits.indexOf('product:shan-tuyet')).to.be.below(hits.indexOf('product:honey'));
    expect(hits).to.include('product:honey');
  });

  it('completes the last word as it is typed', () => {
    expect(top('che shan tu')).to.equal('product:shan-tuyet');
    expect(top('mie')).to.equal('product:vermicelli');
    // A finished word (followed by a space) is not a prefix any more.
    expect(ids(index.search('tu '))).to.not.include('product:shan-tuyet');
  });

  it('tolerates one typo on words of four letters or more, swaps included', () => {
    expect(top('mein dong')).to.equal('product:vermicelli'); // swap
    expect(top('che shan tuyte')).to.equal('product:shan-tuyet'); // swap in the word being typed
    expect(top('arowroot')).to.equal('product:vermicelli'); // deletion
    expect(top('hooney')).to.equal('product:honey'); // insertion
    expect(top('chiken')).to.equal('product:hill-chicken');
    expect(index.search('xyzq')).to.deep.equal([]);
  });

  it('finds booth codes however they are spelled, exact code first', () => {
    for (const spelling of ['B107', 'b-107', 'B 107', 'b107', 'B-107'])
      expect(top(spelling), spelling).to.equal('booth:b107');
    expect(top('a12')).to.equal('booth:a12');
    expect(ids(index.search('B10')).slice(0, 2)).to.have.members(['booth:b107', 'booth:b108']);
  });

  it('returns highlight ranges in the displayed language', () => {
    const [hit] = index.search('che shan tuy', { locale: 'vi' });
    const name = hit.matches![0];
    expect(name.field).to.equal('name');
    expect(name.ranges.map(([s, e]) => name.text.slice(s, e))).to.deep.equal(['Chè', 'Shan', 'Tuy']);
    const [en] = index.search('tuyet', { locale: 'en', kinds: ['product'] });
    expect(en.matches![0].text).to.equal('Shan Tuyet tea');
    // Found through the English name while showing Vietnamese: the English name carries the highlight.
    const [cross] = index.search('arrowroot', { locale: 'vi' });
    expect(cross.matches![0].text).to.equal('Arrowroot vermicelli');
    const [booth] = index.search('b10');
    expect(booth.matches![0]).to.deep.include({ field: 'code', text: 'B-107', ranges: [[0, 4]] });
  });

  it('filters by kind and limits the count', () => {
    expect([...new Set(index.search('dong', { kinds: ['producer'] }).map((h) => h.kind))]).to.deep.equal(['producer']);
    expect(index.search('a', { limit: 2 })).to.have.length(2);
  });

  it('builds 20,000 products well within a kiosk frame budget', () => {
    const big: FairFeed = { ...feed, products: [] };
    const words = [
      'Chè',
      'Gạo',
      'Mật',
      'ong',
      'Măng',
      'khô',
      'Miến',
      'dong',
      'Thịt',
      'trâu',
      'gác',
      'bếp',
      'Cà',
      'phê',
      'Sơn',
      'La',
      'Cao',
      'Bằng',
    ];
    for (let i = 0; i < 20000; i++) {
      big.products!.push({
        id: `p${i}`,
        producer: 'hoang-ha',
        name: { vi: `${words[i % 18]} ${words[(i * 7) % 18]} ${words[(i * 13) % 18]} ${i}`, en: `Product ${i}` },
      });
    }
    const t0 = performance.now();
    const bigIndex = createSearchIndex(big);
    const built = performance.now() - t0;
    expect(bigIndex.documentCount).to.equal(20000 + 9);
    // The budget is 300 ms on a kiosk; allow slack for a loaded CI machine.
    expect(built).to.be.below(1500);
    const name = (big.products![1234].name as Record<string, string>).vi;
    expect(bigIndex.search(fold(name))[0].id).to.equal('p1234');
    const shorter = (big.products![123].name as Record<string, string>).vi;
    // "…123" typed: the whole number 123 before 1230…1239 that it begins.
    expect(bigIndex.search(fold(shorter))[0].id).to.equal('p123');
  });
});

describe('complete and partial hits', () => {
  /** The query words a hit's highlighted fields share with the query, folded. */
  const highlightedWords = (hit: SearchHit) =>
    (hit.matches ?? []).flatMap((m) => m.ranges.map(([s, e]) => fold(m.text.slice(s, e))));

  it('marks a hit complete when every word typed matched, exact, prefix or typo', () => {
    for (const query of ['che shan tuyet', 'che shan tuy', 'mein dong', 'Chè Shan Tuyết ', 'b107', 'B 107']) {
      const [first] = index.search(query);
      expect(first.complete, query).to.equal(true);
    }
    expect(index.search('hoang ha')[0]).to.include({ id: 'hoang-ha', complete: true });
  });

  it('lists every complete hit before every partial one, and partial scores below complete ones', () => {
    // Only the Mint honey (its description says "tea") has both words.
    const hits = index.search('tea honey');
    const firstPartial = hits.findIndex((h) => !h.complete);
    expect(firstPartial).to.be.above(-1);
    expect(
      hits.slice(firstPartial).map((h) => h.complete),
      'complete, after the first partial',
    ).not.to.include(true);
    const lowestComplete = Math.min(...hits.filter((h) => h.complete).map((h) => h.score), Infinity);
    for (const h of hits.filter((h) => !h.complete)) expect(h.score).to.be.below(Math.min(lowestComplete, 0));
  });

  it('needs the short words too, and returns no hit that shares only a short word', () => {
    // HTX Mộc Châu has no word "ha": with a space after it, "ha" is a finished word, not a prefix.
    const hits = index.search('moc chau ha ');
    const mocChau = hits.find((h) => h.id === 'moc-chau')!;
    expect(mocChau.complete).to.equal(false);
    expect(
      hits.map((h) => h.complete),
      'complete hits',
    ).not.to.include(true);
    // HTX Đồng Văn (Hà Giang) shares "ha" alone: not a partial match, not a result.
    expect(ids(hits)).to.not.include('producer:dong-van');
    // Only 1–2 letter words typed and nothing has both: nothing at all.
    expect(index.search('la ha ')).to.deep.equal([]);
    // One short word alone is every word typed.
    expect(
      index.search('la ').map((h) => h.complete),
      'complete hits',
    ).not.to.include(false);
  });

  it('counts a word one typo away for a complete hit, but not as the shared word of a partial one', () => {
    expect(index.search('hoagn ha')[0]).to.include({ id: 'hoang-ha', complete: true });
    expect(index.search('hoang pizza').find((h) => h.id === 'hoang-ha')).to.include({ complete: false });
    expect(ids(index.search('hoagn pizza'))).to.not.include('producer:hoang-ha');
  });

  it('keeps a long query honest: words past the twelfth are not searched, so nothing is complete', () => {
    const long = 'che shan tuyet che shan tuyet che shan tuyet che shan tuyet';
    expect(index.search(long)[0]).to.include({ id: 'shan-tuyet', complete: true });
    expect(
      index.search(`${long} tea`).map((h) => h.complete),
      'complete hits',
    ).not.to.include(true);
  });

  describe('on the Cao Bang sample fair', () => {
    let cao: SearchIndex;
    before(async () => {
      cao = createSearchIndex((await (await fetch(SAMPLE_FEEDS.caoBang)).json()) as FairFeed);
    });

    for (const query of ['pizza hai san', 'che shan tuyet']) {
      it(`"${query}" has no complete hit, and each partial one shares a word of three letters or more`, () => {
        const hits = cao.search(query, { locale: 'en', limit: 40 });
        expect(hits.length).to.be.above(0);
        expect(hits.filter((h) => h.complete).map((h) => h.id)).to.deep.equal([]);
        // What the shown names share with the query is a word of 3+ letters (or a typo of one), never a 1–2 letter word.
        for (const hit of hits)
          for (const word of highlightedWords(hit)) expect(word.length, `${hit.id}: ${word}`).to.be.at.least(3);
      });
    }

    it('"che shan tuyet" offers teas, not the brocade scarf whose "Khăn" is only a typo of "shan"', () => {
      const hits = cao.search('che shan tuyet', { locale: 'en', limit: 40 });
      expect(ids(hits).slice(0, 2)).to.deep.equal(['category:tea', 'product:che-day-500g']);
      expect(ids(hits)).to.not.include('product:khan-tho-cam-cham');
    });

    it("still finds today's queries first, as complete hits: no diacritics, prefix, one typo, English, booth code", () => {
      const cases: Array<[string, string]> = [
        ['mien dong nguyen binh', 'product:mien-dong-500g'],
        ['thach den an lien', 'product:thach-den-an-lien'],
        ['lap xuong cao bang', 'product:lap-xuong-500g'],
        ['giam tao len men', 'product:giam-tao-500ml'],
        ['hat de trung kh', 'product:hat-de-trung-khanh'],
        ['khan tho cam ch', 'product:khan-tho-cam-cham'],
        ['mein dong nguyen binh', 'product:mien-dong-500g'],
        ['hat de trung khahn', 'product:hat-de-trung-khanh'],
        ['brocade handbag', 'product:tui-tho-cam'],
        ['a02', 'booth:A02'],
        ['B 06', 'booth:B06'],
      ];
      for (const [query, expected] of cases) {
        const [first] = cao.search(query, { locale: 'en' });
        expect(`${first.kind}:${first.id}`, query).to.equal(expected);
        expect(first.complete, query).to.equal(true);
      }
    });
  });
});
