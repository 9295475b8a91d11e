// The feed checker against hostile feeds, one case per attack (prototype keys, bidi controls, huge text,
// number bounds, unsafe links …): long because each case is its own small feed; there is no logic to split.
import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/data/validate.js';
import { parseFeed, resolveFeedUrls } from '../../src/data/loader.js';
import { text } from '../../src/data/text.js';
import { baseFeed, geoFeed } from '../fixtures/feeds-validate/base-feed.js';
import { feedSchemaCheck } from '../fixtures/feeds-validate/feed-schema.js';

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
      id: `p-${i}`,
      producer: i % 2 ? 'hoang-ha' : 'lung-tam',
      category: 'tea',
      ocop: 3 + (i % 3),
      name: { vi: `Sản phẩm ${i}`, en: `Product ${i}` },
      description: { vi: story, en: story },
      price: { amount: 1000 * i, currency: 'VND' },
      images: [`img/p-${i}.jpg`],
      tags: ['gift'],
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
      expect(
        problems.map((p) => [p.path, p.severity]),
        path,
      ).to.deep.equal([[path, 'error']]);
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
    expect((feed!.fair as any).cycle.self, 'the cycle kept').to.equal((feed!.fair as any).cycle);
    expect((feed!.fair as any).chain.left, 'the shared object kept').to.equal((feed!.fair as any).chain.right);
  });

  it('survives getters and proxies that throw', () => {
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
        get() {
          throw new Error('no get');
        },
        getOwnPropertyDescriptor() {
          throw new Error('no descriptor');
        },
      },
    );
    const getter = {
      ...baseFeed(),
      get fair() {
        throw new Error('boom');
      },
    };
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
    // The cleaned objects inherit nothing at all (see 'reads only own properties' below).
    expect(feed).not.to.be.instanceOf(Object);
    expect(feed!.booths[0]).not.to.be.instanceOf(Object);
    expect(Object.keys(feed!.booths[0])).not.to.include('__proto__');
    expect(Object.keys(feed!)).not.to.include('constructor');
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
    console.log(
      `validateFeed: ${(source.length / 1024 / 1024).toFixed(1)} MB, ${feed!.products!.length} products in ${took.toFixed(0)} ms`,
    );
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
    expect(problems.map((p) => p.path)).to.deep.equal(['/booths/0/label', '/booths/1/id', '/products/0/trace']);
    for (const p of problems) expect(p.message.length).to.be.below(400);
    expect(feed!.booths[0].label).to.equal('x'.repeat(199) + '…');
  });

  it('turns a syntax error into one problem with line and column', () => {
    const { feed, problems } = parseFeed('{\n  "version": 1,\n  "fair": { "id": "x", }\n}');
    expect(feed).to.equal(null);
    expect(problems).to.have.length(1);
    expect(problems[0].message).to.match(/line 3, column \d+/);
  });
});

/* ── issue 13: what a hostile feed could still slip past the checker ── */

interface Hole {
  /** What the feed does. */
  hole: string;
  /** Breaks a fresh valid feed. */
  edit: (feed: any) => void;
  /** Every problem expected, in order: path, severity, words the message must contain. */
  problems: [path: string, severity: 'error' | 'warning', message: RegExp][];
  /** Checks on the cleaned feed. */
  then?: (feed: any) => void;
  geo?: true;
}

const cp = (s: string) => [...s].length;

const holes: Hole[] = [
  // ── 3: text length ──
  {
    hole: 'a 1 MB product name in one language',
    edit: (f) => {
      f.products[0].name.vi = 'Chè '.repeat(256 * 1024);
    },
    problems: [['/products/0/name/vi', 'warning', /"name" of 1,048,575 characters; it is cut to 200\./]],
    then: (f) => {
      const name = f.products[0].name.vi;
      expect(cp(name)).to.be.at.most(200);
      expect(name).to.match(/^(Chè )*Chè…$/); // cut after a whole word
      expect(f.products[0].name.en).to.equal('Shan Tuyet tea');
    },
  },
  {
    hole: 'a long producer name given as one string',
    edit: (f) => {
      f.producers[0].name = 'Hợp tác xã '.repeat(40);
    },
    problems: [['/producers/0/name', 'warning', /"name" of \d+ characters/]],
    then: (f) => expect(cp(f.producers[0].name)).to.be.at.most(200),
  },
  {
    hole: 'a name without spaces cut inside a letter and its accent',
    // "ạ" written as a + combining dot below: 150 of them are 300 code points.
    edit: (f) => {
      f.categories[0].name.vi = 'a\u0323'.repeat(150);
    },
    problems: [['/categories/0/name/vi', 'warning', /cut/]],
    then: (f) => expect(f.categories[0].name.vi).to.equal('a\u0323'.repeat(99) + '…'),
  },
  {
    hole: 'a 3,000-character description',
    edit: (f) => {
      f.products[0].description.en = 'Good tea. '.repeat(300);
    },
    problems: [['/products/0/description/en', 'warning', /cut to 2,000/]],
    then: (f) => {
      expect(cp(f.products[0].description.en)).to.be.within(1600, 2000);
      expect(f.products[0].description.en).to.match(/tea\.…$/);
    },
  },
  {
    hole: 'a 30,000-character story, and 19,000 characters kept whole',
    edit: (f) => {
      f.producers[0].story = { vi: 'Câu chuyện '.repeat(1727), en: 'a'.repeat(30_000) };
    },
    problems: [['/producers/0/story/en', 'warning', /cut to 20,000/]],
    then: (f) => {
      expect(f.producers[0].story.en).to.equal('a'.repeat(19_999) + '…');
      expect(f.producers[0].story.vi.length).to.equal('Câu chuyện '.repeat(1727).trim().length);
    },
  },
  {
    hole: 'a long unit, event title, tag and attribution',
    geo: true,
    edit: (f) => {
      f.products[0].unit = 'box '.repeat(100);
      f.events[0].title = 'Khai mạc '.repeat(50);
      f.products[0].tags = ['gift', 'x'.repeat(500)];
      f.map.attribution = '© OpenStreetMap '.repeat(40);
    },
    problems: [
      ['/map/attribution', 'warning', /cut to 500/],
      ['/products/0/unit', 'warning', /"unit"/],
      ['/products/0/tags/1', 'warning', /"tags\[1\]" of 500 characters; it is cut to 200/],
      ['/events/0/title', 'warning', /"title"/],
    ],
    then: (f) => {
      expect(f.products[0].tags).to.deep.equal(['gift', 'x'.repeat(199) + '…']);
      expect(cp(f.map.attribution)).to.be.at.most(500);
    },
  },
  // ── 6: tile templates ──
  {
    hole: 'a tile template with an API key placeholder',
    geo: true,
    edit: (f) => {
      f.map.tiles = 'https://tile.example.vn/{z}/{x}/{y}.png?key={apikey}';
    },
    problems: [
      [
        '/map/tiles',
        'error',
        /needs \{z\}, \{x\} and \{y\}, and no placeholder but those.*\(not \{apikey\}\).*key in the address/,
      ],
    ],
    then: (f) => expect(f.map.tiles).to.equal(undefined),
  },
  {
    hole: 'a tile placeholder with a trailing space (Leaflet reads "z ")',
    geo: true,
    edit: (f) => {
      f.map.tiles = 'https://tile.example.vn/{z }/{x}/{y}.png';
    },
    problems: [['/map/tiles', 'error', /\(not \{z \}\)/]],
  },
  {
    hole: 'an inherited name as a tile placeholder',
    geo: true,
    edit: (f) => {
      f.map.tiles = 'https://tile.example.vn/{z}/{x}/{y}/{toString}.png';
    },
    problems: [['/map/tiles', 'error', /\(not \{toString\}\)/]],
  },
  {
    hole: 'nothing, with every placeholder Leaflet fills',
    geo: true,
    edit: (f) => {
      f.map.tiles = 'https://{s}.tile.example.vn/{ z}/{x}/{-y}{r}.png?v={';
    },
    problems: [],
    then: (f) => expect(f.map.tiles).to.equal('https://{s}.tile.example.vn/{ z}/{x}/{-y}{r}.png?v={'),
  },
  // ── 7: numbers near the float maximum ──
  {
    hole: 'a plan size of 1.7e308',
    edit: (f) => {
      f.map.levels[0].size = [1.7e308, 1.7e308];
    },
    problems: [['/map/levels/0/size', 'warning', /up to 10,000,000/]],
    then: (f) => expect(f.map.levels[0].size).to.equal(undefined),
  },
  {
    hole: 'a plan size of 1e-320 (an infinite zoom to fit)',
    edit: (f) => {
      f.map.levels[1].size = [1e-320, 800];
    },
    problems: [['/map/levels/1/size', 'warning', /"size"/]],
  },
  {
    hole: 'a booth rect at 1e308',
    edit: (f) => {
      f.booths[1].rect = [1e308, 100, 80, 60];
    },
    problems: [['/booths/1/rect/0', 'error', /1e\+308, beyond ±10,000,000/]],
    then: (f) => expect(f.booths.map((b: any) => b.id)).to.deep.equal(['A01', 'B01']),
  },
  {
    hole: 'a booth rect 1.7e308 wide',
    edit: (f) => {
      f.booths[1].rect = [200, 100, 1.7e308, 60];
    },
    problems: [['/booths/1/rect/2', 'error', /beyond/]],
  },
  {
    hole: 'a shape point at -1.7e308',
    edit: (f) => {
      f.booths[0].shape[1] = [-1.7e308, 100];
    },
    problems: [
      ['/booths/0/shape/1/0', 'error', /-1\.7e\+308, beyond/],
      ['/events/1/booth', 'error', /left out/],
    ],
    then: (f) => expect(f.booths.length).to.equal(2),
  },
  {
    hole: 'a place a denormal away from 0',
    edit: (f) => {
      f.places[0].at = [5e-324, 200];
    },
    problems: [['/places/0/at/0', 'error', /too close to 0 \(write 0\)/]],
    then: (f) => expect(f.places.map((p: any) => p.id)).to.deep.equal(['stage', 'stairs-g', 'stairs-1']),
  },
  {
    hole: 'an aisle to 1e9 and a door at 1e300',
    edit: (f) => {
      f.paths[0].points[1] = [1e9, 200];
      f.booths[0].door = [140, 1e300];
    },
    problems: [
      ['/booths/0/door/1', 'warning', /beyond/],
      ['/paths/0/points/1/0', 'error', /beyond/],
    ],
    then: (f) => expect(f.booths[0].door).to.equal(undefined),
  },
  {
    hole: 'a scale of 1e308 metres per pixel',
    edit: (f) => {
      f.map.levels[0].scale = 1e308;
    },
    problems: [['/map/levels/0/scale', 'warning', /up to 1,000/]],
  },
  {
    hole: 'a geo rect reaching past the pole',
    geo: true,
    edit: (f) => {
      f.booths[1].rect = [89.9, 105.795, 1, 0.001];
    },
    problems: [['/booths/1/rect', 'error', /"rect" point \[90\.9, 105\.796\] that is not a latitude/]],
  },
  {
    hole: 'a geo rect 1e308 degrees wide',
    geo: true,
    edit: (f) => {
      f.booths[1].rect = [21.034, 105.795, 0.0001, 1e308];
    },
    problems: [['/booths/1/rect/3', 'error', /beyond/]],
  },
  {
    hole: 'a geo place at longitude 181',
    geo: true,
    edit: (f) => {
      f.places[0].at = [21.03, 181];
    },
    problems: [
      ['/places/0/at', 'error', /longitude \(−180 to 180\)/],
      ['/events/0/place', 'error', /left out/],
    ],
  },
  // ── 12: bidi controls, unsafe Markdown links, dot ids, e-mail, fonts ──
  {
    hole: 'a right-to-left override in a product name',
    edit: (f) => {
      f.products[0].name.en = 'Shan Tuyet \u202Eaet\u202C tea';
    },
    problems: [['/products/0/name/en', 'warning', /invisible control characters.*removed/]],
    then: (f) => expect(f.products[0].name.en).to.equal('Shan Tuyet aet tea'),
  },
  {
    hole: 'bidi isolates in a plain booth name and a label, keeping the direction marks',
    edit: (f) => {
      f.booths[2].name = '\u2067Gian\u2069 \u200Fchung';
      f.booths[1].label = 'A\u202D02';
    },
    problems: [
      ['/booths/1/label', 'warning', /control/],
      ['/booths/2/name', 'warning', /control/],
    ],
    then: (f) => expect([f.booths[1].label, f.booths[2].name]).to.deep.equal(['A02', 'Gian \u200Fchung']),
  },
  {
    hole: 'a name made only of controls',
    edit: (f) => {
      f.products[1].name = '\u202E\u2066 ';
    },
    problems: [
      ['/products/1/name', 'warning', /control/],
      ['/products/1/name', 'error', /empty "name".*left out/],
    ],
    then: (f) => expect(f.products.length).to.equal(1),
  },
  {
    hole: 'a javascript: link in a story',
    edit: (f) => {
      f.producers[0].story.en = 'Read [our story](javascript:alert(1)) or [more](https://hoangha.example.vn/).';
    },
    problems: [['/producers/0/story/en', 'error', /linking to "javascript:".*shows as words/]],
    then: (f) => expect(f.producers[0].story.en).to.contain('[our story]'),
  },
  {
    hole: 'data:, vbscript: and hidden javascript: links in a description',
    edit: (f) => {
      f.products[0].description =
        '[a](data:text/html,x) [b]( <VBScript:x> ) [c](java\u200bscript:alert(1)) [d](img/ok.jpg)';
    },
    problems: [['/products/0/description', 'error', /"data:", "vbscript:", "javascript:"/]],
  },
  {
    hole: 'a mailto: link in an event description',
    edit: (f) => {
      f.events[1].description.vi = 'Gửi [thư](mailto:a@b.vn)';
    },
    problems: [['/events/1/description/vi', 'error', /"mailto:"/]],
  },
  {
    hole: 'booth ids "." and ".."',
    edit: (f) => {
      f.booths[1].id = '.';
      f.booths[2].id = ' .. ';
      f.events.pop();
    },
    problems: [
      ['/booths/1/id', 'error', /"\.", which a link would read as a folder/],
      ['/booths/2/id', 'error', /"\.\."/],
    ],
    then: (f) => expect(f.booths.map((b: any) => b.id)).to.deep.equal(['A01']),
  },
  {
    hole: 'a product id ".."',
    edit: (f) => {
      f.products[1].id = '..';
    },
    problems: [['/products/1/id', 'error', /folder/]],
  },
  {
    hole: 'ids that only look like dots',
    edit: (f) => {
      f.booths[1].id = '...';
      f.booths[2].id = '.a';
      f.events.pop();
    },
    problems: [],
  },
  {
    hole: 'an e-mail with ?bcc=',
    edit: (f) => {
      f.producers[0].contact.email = 'hi@hoangha.example.vn?bcc=spy%40evil.example';
    },
    problems: [['/producers/0/contact/email', 'warning', /"contact.email".*not an address/]],
    then: (f) =>
      expect(f.producers[0].contact).to.deep.equal({ phone: '+84 206 000 000', website: 'https://hoangha.example.vn' }),
  },
  {
    hole: 'e-mails with a comma, a space, a semicolon and no dot in the domain',
    edit: (f) => {
      f.producers.push(
        { id: 'p1', name: 'A', contact: { email: 'a@b.vn,c@d.vn' } },
        { id: 'p2', name: 'B', contact: { email: 'a b@c.vn' } },
        { id: 'p3', name: 'C', contact: { email: 'a@b.vn;c@d.vn' } },
        { id: 'p4', name: 'D', contact: { email: 'a@localhost' } },
        { id: 'p5', name: 'E', contact: { email: 'nguyễn.văn@hợptácxã.vn' } },
      );
    },
    problems: [1, 2, 3, 4].map((i): Hole['problems'][number] => [
      `/producers/${i + 1}/contact/email`,
      'warning',
      /not an address/,
    ]),
    then: (f) => expect(f.producers[6].contact.email).to.equal('nguyễn.văn@hợptácxã.vn'),
  },
  {
    hole: 'a font with an unclosed quote',
    edit: (f) => {
      f.fair.theme.font = '"Be Vietnam Pro, sans-serif';
    },
    problems: [['/fair/theme/font', 'warning', /CSS would reject.*default font/]],
    then: (f) => expect(f.fair.theme.font).to.equal(undefined),
  },
  {
    hole: 'fonts CSS would reject as a whole: an empty entry, an unquoted name with a dot',
    edit: (f) => {
      f.fair.theme.font = 'Be Vietnam Pro,, sans-serif';
      f.categories[0].name = 'Tea';
    },
    problems: [['/fair/theme/font', 'warning', /CSS would reject/]],
  },
  {
    hole: 'nothing, with quoted and unquoted font names',
    edit: (f) => {
      f.fair.theme.font = `'Noto Sans', "Be Vietnam Pro", "Font 2.0", system-ui, sans-serif`;
    },
    problems: [],
    then: (f) => expect(f.fair.theme.font).to.equal(`'Noto Sans', "Be Vietnam Pro", "Font 2.0", system-ui, sans-serif`),
  },
];

describe(`validateFeed: ${holes.length} holes of issue 13 are closed`, () => {
  for (const h of holes) {
    it(`reports ${h.hole}`, () => {
      const input: any = h.geo ? geoFeed() : baseFeed();
      h.edit(input);
      const { feed, problems } = validateFeed(input);
      expect(
        problems.map((p) => [p.path, p.severity]),
        JSON.stringify(problems, null, 1),
      ).to.deep.equal(h.problems.map(([path, severity]) => [path, severity]));
      problems.forEach((p, i) => expect(p.message).to.match(h.problems[i][2]));
      for (const p of problems) expect(p.message.length, p.message).to.be.below(400);
      expect(feed).not.to.equal(null);
      h.then?.(feed);
    });
  }

  it('checks a 10 MB product name in well under a second and keeps its first 200 characters', () => {
    const input: any = baseFeed();
    input.products[0].name = { vi: 'Chè Shan Tuyết '.repeat(700_000), en: 'x'.repeat(10 * 1024 * 1024) };
    const started = performance.now();
    const { feed, problems } = validateFeed(input);
    const took = performance.now() - started;
    expect(problems.map((p) => `${p.severity} ${p.path}`)).to.deep.equal([
      'warning /products/0/name/vi',
      'warning /products/0/name/en',
    ]);
    expect(took).to.be.below(500);
    const name = feed!.products![0].name as Record<string, string>;
    expect(name.en).to.equal('x'.repeat(199) + '…');
    expect(name.vi).to.match(/^(Chè Shan Tuyết )+Chè( Shan( Tuyết)?)?…$/);
    expect(cp(name.vi)).to.be.at.most(200);
  });

  it('cuts nothing in the sample fairs', async () => {
    for (const sample of ['cao-bang', 'son-la', 'national']) {
      const json = await (await fetch(`/src/data/samples/${sample}/feed.json`)).json();
      expect(validateFeed(json).problems, sample).to.deep.equal([]);
    }
  });

  it('gives a fair id ".." no feed', () => {
    const input: any = baseFeed();
    input.fair.id = '..';
    const { feed, problems } = validateFeed(input);
    expect(feed).to.equal(null);
    expect(problems.map((p) => [p.path, p.severity])).to.deep.equal([['/fair/id', 'error']]);
    expect(problems[0].message).to.match(/folder/);
  });

  it('reads only own properties on a page that has polluted Object.prototype', () => {
    const proto = Object.prototype as any;
    const polluted = {
      logo: 'javascript:1',
      tiles: 'javascript:2',
      theme: { logo: 'javascript:3' },
      share: 'javascript:4',
      en: 'polluted',
      images: ['javascript:5'],
      door: [1e308, 1e308],
    };
    const input: any = baseFeed();
    delete input.fair.theme.logo;
    delete input.fair.share;
    delete input.products[1].images;
    input.producers[1].name = { vi: 'HTX Lùng Tám' };
    const geo: any = geoFeed();
    delete geo.map.tiles;
    delete geo.fair.theme;
    try {
      Object.assign(proto, polluted);
      const { feed, problems } = validateFeed(input);
      const { feed: geoOut } = validateFeed(geo);
      expect(problems.map((p) => p.path)).to.deep.equal(['/producers/1/name']); // no "en" translation: the inherited one does not count
      const plan = feed!;
      expect(plan.fair.theme!.logo).to.equal(undefined);
      expect(plan.fair.share).to.equal(undefined);
      expect(plan.products![1].images).to.equal(undefined);
      expect(plan.booths[1].door).to.equal(undefined);
      expect((plan.producers![1].name as any).en).to.equal(undefined);
      expect(text(plan.producers![1].name, 'en')).to.equal('HTX Lùng Tám');
      expect(text({ vi: 'Chè' }, 'en')).to.equal('Chè');
      expect((geoOut!.map as any).tiles).to.equal(undefined);
      expect(geoOut!.fair.theme).to.equal(undefined);
      // The loader's copy with resolved URLs inherits nothing either.
      const resolved = resolveFeedUrls(plan, 'https://fair.example.vn/feed.json');
      expect(resolved.fair.theme!.logo).to.equal(undefined);
      expect(resolved.fair.share).to.equal(undefined);
      expect(resolved.products![1].images).to.equal(undefined);
      expect((resolved.map as any).tiles).to.equal(undefined);
      expect(resolved.producers![0].images![0]).to.equal('https://fair.example.vn/img/hh-1.jpg');
    } finally {
      for (const key of Object.keys(polluted)) delete proto[key];
    }
    expect(({} as any).logo).to.equal(undefined);
  });

  describe('the schema gives the same limits', () => {
    let checkSchema: (feed: unknown) => string[];
    before(async () => {
      checkSchema = await feedSchemaCheck();
    });
    const cases: [string, (f: any) => void, string][] = [
      ['a 201-character name', (f) => (f.products[0].name.en = 'x'.repeat(201)), '/products/0/name oneOf'],
      [
        'a 2,001-character description',
        (f) => (f.products[0].description = 'x'.repeat(2001)),
        '/products/0/description oneOf',
      ],
      ['a 201-character label', (f) => (f.booths[0].label = 'x'.repeat(201)), '/booths/0/label maxLength'],
      [
        'a tile key placeholder',
        (f) => (f.map = { type: 'geo', tiles: 'https://t.example/{z}/{x}/{y}.png?k={key}' }),
        '/map oneOf',
      ],
      ['a huge rect', (f) => (f.booths[1].rect = [1e308, 1, 1, 1]), '/booths/1/rect/0 maximum'],
      ['a huge plan size', (f) => (f.map.levels[0].size = [1.7e308, 1]), '/map oneOf'],
      ['an id ".."', (f) => (f.products[1].id = '..'), '/products/1/id pattern'],
      [
        'an e-mail with ?bcc=',
        (f) => (f.producers[0].contact.email = 'a@b.vn?bcc=c@d.vn'),
        '/producers/0/contact/email pattern',
      ],
      [
        'an unclosed font quote',
        (f) => (f.fair.theme.font = '"Be Vietnam Pro, sans-serif'),
        '/fair/theme/font pattern',
      ],
    ];
    for (const [mistake, edit, expected] of cases) {
      it(`rejects ${mistake}, as the checker does`, () => {
        const feed: any = baseFeed();
        expect(checkSchema(feed)).to.deep.equal([]);
        edit(feed);
        const errors = checkSchema(feed);
        expect(errors, `the schema's errors: ${errors.join(', ')}`).to.include(expected);
        expect(validateFeed(feed).problems.length).to.be.above(0);
      });
    }
    it('accepts 200, 2,000 and 20,000 characters and a tile template with {s} {r} {-y}', () => {
      const feed: any = geoFeed();
      feed.products[0].name.en = 'x'.repeat(200);
      feed.products[0].description = 'x'.repeat(2000);
      feed.producers[0].story = 'x'.repeat(20_000);
      feed.map.tiles = 'https://{s}.t.example/{z}/{x}/{-y}{r}.png';
      expect(checkSchema(feed)).to.deep.equal([]);
      expect(validateFeed(feed).problems).to.deep.equal([]);
    });
  });
});
