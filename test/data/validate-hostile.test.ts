import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/data/validate.js';
import { parseFeed } from '../../src/data/loader.js';
import { baseFeed } from '../fixtures/feeds-validate/base-feed.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- hostile inputs are any shape */

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');

/** `{"a":{"a":…1…}}`, `depth` levels deep, parsed the way a feed would be. */
function deepObject(depth: number): unknown {
  return JSON.parse('{"a":'.repeat(depth) + '1' + '}'.repeat(depth));
}
function deepArray(depth: number): unknown {
  return JSON.parse('['.repeat(depth) + ']'.repeat(depth));
}

/** A realistic feed of about `megabytes` MB: many products with long descriptions. */
function bigFeedSource(megabytes: number): string {
  const feed: any = baseFeed();
  const story = 'Chè Shan Tuyết cổ thụ hái tay trên núi cao. '.repeat(8);
  let i = 0;
  let size = JSON.stringify(feed).length;
  while (size < megabytes * 1024 * 1024) {
    const product = {
      id: `p-${i}`, producer: i % 2 ? 'hoang-ha' : 'lung-tam', category: 'tea', ocop: 3 + (i % 3),
      name: { vi: `Sản phẩm ${i}`, en: `Product ${i}` }, description: { vi: story, en: story },
      price: { amount: 1000 * i, currency: 'VND' }, images: [`img/p-${i}.jpg`], tags: ['gift'],
    };
    feed.products.push(product);
    size += JSON.stringify(product).length + 1;
    i++;
  }
  return JSON.stringify(feed);
}

describe('validateFeed: hostile inputs never throw', () => {
  const hostile: [string, () => unknown][] = [
    ['a number', () => 42],
    ['NaN', () => NaN],
    ['a string', () => 'feed'],
    ['a 10 MB string', () => 'x'.repeat(10 * 1024 * 1024)],
    ['null', () => null],
    ['undefined', () => undefined],
    ['true', () => true],
    ['an empty array', () => []],
    ['an array holding a feed', () => [baseFeed()]],
    ['a function', () => () => 1],
    ['a symbol', () => Symbol('feed')],
    ['10,000 nested objects', () => deepObject(10_000)],
    ['10,000 nested arrays', () => deepArray(10_000)],
    ['an empty object', () => ({})],
  ];
  for (const [name, make] of hostile) {
    it(`gives one error and no feed for ${name}`, () => {
      const { feed, problems } = validateFeed(make());
      expect(feed).to.equal(null);
      expect(problems.length).to.equal(1);
      expect(problems[0].severity).to.equal('error');
      expect(problems[0].message.length).to.be.below(300);
    });
  }

  it('reports a wrong version at /version', () => {
    for (const version of [2, '1', 0, null, [1], { v: 1 }]) {
      const { feed, problems } = validateFeed({ ...baseFeed(), version });
      expect(feed).to.equal(null);
      expect(problems.map((p) => p.path)).to.deep.equal(['/version']);
    }
    const { problems } = validateFeed({ fair: {}, map: {}, booths: [] });
    expect(problems).to.have.length(1);
    expect(problems[0].message).to.contain('"version": 1');
  });

  it('gives no feed without a fair, a fair id or a usable map', () => {
    const cases: [(f: any) => void, string][] = [
      [(f) => delete f.fair, '/fair'],
      [(f) => (f.fair = 'Test fair'), '/fair'],
      [(f) => delete f.fair.id, '/fair/id'],
      [(f) => (f.fair.id = 'has space'), '/fair/id'],
      [(f) => delete f.map, '/map'],
      [(f) => (f.map.type = 'floor'), '/map/type'],
      [(f) => (f.map.levels = []), '/map/levels'],
    ];
    for (const [edit, path] of cases) {
      const input: any = baseFeed();
      edit(input);
      const { feed, problems } = validateFeed(input);
      expect(feed, path).to.equal(null);
      expect(problems.map((p) => [p.path, p.severity]), path).to.deep.equal([[path, 'error']]);
    }
  });

  it('keeps 10,000-deep unknown fields and rejects 10,000-deep values where text or points belong', () => {
    const input: any = baseFeed();
    input.booths[0].extra = deepObject(10_000);
    input.products[0].name = deepObject(10_000);
    input.paths[0].points = [deepArray(10_000), [1, 1]];
    const { feed, problems } = validateFeed(input);
    expect(problems.map((p) => p.path)).to.deep.equal(['/products/0/name/a', '/products/0/name', '/paths/0/points/0']);
    let node: any = (feed!.booths[0] as any).extra;
    let depth = 0;
    while (typeof node === 'object') {
      node = node.a;
      depth++;
    }
    expect([depth, node]).to.deep.equal([10_000, 1]);
    expect((feed!.booths[0] as any).extra).not.to.equal(input.booths[0].extra);
  });

  it('survives shared and cyclic objects in unknown fields', () => {
    const input: any = baseFeed();
    const shared: any = { n: 1 };
    let chain: any = shared;
    for (let i = 0; i < 60; i++) chain = { left: chain, right: chain }; // 2^60 paths, 61 objects
    const cycle: any = { name: 'loop' };
    cycle.self = cycle;
    input.fair.chain = chain;
    input.fair.cycle = cycle;
    const { feed, problems } = validateFeed(input);
    expect(problems).to.deep.equal([]);
    expect((feed!.fair as any).cycle.self === (feed!.fair as any).cycle).to.equal(true);
    expect((feed!.fair as any).chain.left === (feed!.fair as any).chain.right).to.equal(true);
  });

  it('survives getters and proxies that throw', () => {
    const trap = new Proxy({}, { ownKeys() { throw new Error('no keys'); }, get() { throw new Error('no get'); }, getOwnPropertyDescriptor() { throw new Error('no descriptor'); } });
    const getter = { ...baseFeed(), get fair() { throw new Error('boom'); } };
    for (const input of [trap, getter]) {
      const { feed, problems } = validateFeed(input);
      expect(feed).to.equal(null);
      expect(problems.at(-1)!.message).to.match(/could not be checked/);
    }
  });

  it('never pollutes Object.prototype', () => {
    const keys = prototypeKeys();
    expect(validateFeed(JSON.parse('{"__proto__":{"polluted":1}}')).feed).to.equal(null);
    const source = JSON.stringify(baseFeed())
      .replace('"version":1', '"version":1,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}}')
      .replace('"id":"A01"', '"id":"A01","__proto__":{"polluted":3},"prototype":{"polluted":4}')
      .replace('"en":"Tea"', '"en":"Tea","__proto__":"polluted"')
      .replace('"vi":"audio/hh-vi.mp3"', '"vi":"audio/hh-vi.mp3","__proto__":"x"');
    const input = JSON.parse(source);
    const { feed, problems } = validateFeed(input);
    expect(problems.map((p) => `${p.severity} ${p.path}`)).to.deep.equal([
      'warning /categories/0/name/__proto__',
      'warning /producers/0/audio/__proto__',
      'warning /booths/0/__proto__',
      'warning /booths/0/prototype',
      'warning /__proto__',
      'warning /constructor',
    ]);
    expect(prototypeKeys()).to.equal(keys);
    expect(({} as any).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(feed) === Object.prototype).to.equal(true);
    expect(Object.getPrototypeOf(feed!.booths[0]) === Object.prototype).to.equal(true);
    expect(Object.keys(feed!.booths[0])).not.to.include('__proto__');
    expect(Object.hasOwn(feed!, 'constructor')).to.equal(false);
  });

  it('ignores inherited properties: a feed is only its own fields', () => {
    const inherited = Object.create({ version: 1, fair: { id: 'x', name: 'x' } });
    expect(validateFeed(inherited).problems.map((p) => p.path)).to.deep.equal(['/version']);
  });

  it('validates a 10 MB feed in well under a second', function () {
    this.timeout(30_000);
    const source = bigFeedSource(10);
    const json = JSON.parse(source);
    const started = performance.now();
    const { feed, problems } = validateFeed(json);
    const took = performance.now() - started;
    console.log(`validateFeed: ${(source.length / 1024 / 1024).toFixed(1)} MB, ${feed!.products!.length} products in ${took.toFixed(0)} ms`);
    expect(problems).to.deep.equal([]);
    expect(took).to.be.below(1000);
  });

  it('copes with a 10 MB id, label and text without 10 MB messages', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const input: any = baseFeed();
    input.booths[1].id = huge;
    input.booths[0].label = ` ${huge} `;
    input.products[0].trace = huge + ':';
    const started = performance.now();
    const { feed, problems } = validateFeed(input);
    expect(performance.now() - started).to.be.below(1000);
    expect(problems.map((p) => p.path)).to.deep.equal(['/booths/1/id', '/products/0/trace']);
    for (const p of problems) expect(p.message.length).to.be.below(400);
    expect(feed!.booths[0].label!.length).to.equal(huge.length);
  });

  it('turns a syntax error into one problem with line and column', () => {
    const { feed, problems } = parseFeed('{\n  "version": 1,\n  "fair": { "id": "x", }\n}');
    expect(feed).to.equal(null);
    expect(problems).to.have.length(1);
    expect(problems[0].message).to.match(/line 3, column \d+/);
  });
});
