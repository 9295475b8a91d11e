// The feed checker's messages in Vietnamese for the `fairkit` command: `fairkit
// check --lang vi` prints them and `--lang en` the kit's own English ones, every
// English message function has a Vietnamese one that reads as Vietnamese, and
// the CLI build swaps the catalogue in (scripts/build-cli.js) for the whole
// checker, so no English sentence is left inside the validator's own code. Over 400 lines: the table of
// sample arguments for every one of the checker's ~90 messages is most of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { fairkit, tempFolder, ROOT } from './run.js';
import { messageNames, validatorMessages } from '../../scripts/build-cli.js';
import { validateFeed as kitValidateFeed } from '../../dist/data.js';

const EN = `${ROOT}src/data/validate/messages.ts`;
const VI = `${ROOT}src/cli/validator-vi/messages.vi.ts`;

/** Bundles `contents` (an entry module) for Node into `dir` and imports it. */
async function bundle(dir, name, contents, plugins = []) {
  const outfile = join(dir, `${name}.mjs`);
  await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    plugins,
    logLevel: 'silent',
  });
  return import(pathToFileURL(outfile).href);
}

/** A feed with many kinds of mistakes, as an organizer might write one by hand. */
function brokenFeed() {
  return {
    version: 1,
    fair: {
      id: 'hoi-cho-cao-bang',
      name: { vi: 'Hội chợ OCOP Cao Bằng' },
      locales: ['vi', 'en'],
      dates: { start: '2025-12-24', end: '2025-12-2' },
    },
    map: { type: 'plan', levels: [{ id: 'G', name: { vi: 'Tầng trệt', en: 'Ground' }, size: [1000, 800] }] },
    categories: [{ id: 'nong-san', name: { vi: 'Nông sản', en: 'Produce' }, color: 'xanh' }],
    producers: [{ id: 'htx-nguyen-binh', name: 'HTX Nguyên Bình', images: ['javascript:alert(1)'] }],
    booths: [
      { id: 'A 01', rect: [10, 10, 80, 60] },
      { id: 'A02', producers: ['htx-nguyen-binh'] },
      { id: 'A03', rect: [100, 10, 80, 60], producers: ['htx-khong-co'] },
    ],
    places: [
      { id: 'kiosk', kind: 'kiosk', at: [50, 50] },
      { id: 'wc', kind: 'toilet', at: [2000, 10] },
      { id: 'thang', kind: 'stairs', at: [900, 700] },
    ],
    paths: [
      { points: [[50, 50]] },
      {
        level: 'G',
        points: [
          [50, 50],
          [140, 70],
        ],
      },
    ],
    events: [
      {
        id: 'khai-mac',
        title: { vi: 'Khai mạc' },
        start: '2025-12-24T08:00:00+07:00',
        end: '2025-12-24T07:00:00+07:00',
        booth: 'A09',
      },
    ],
    products: [
      {
        id: 'mien-dong-500g',
        producer: 'htx-nguyen-binh',
        name: { vi: 'Miến dong 500g', en: 'Dong noodles 500 g' },
        price: { amount: '15O.000', currency: 'VND' },
        ocop: 6,
      },
    ],
  };
}

test('fairkit check --lang vi prints the checker’s problems in Vietnamese; --lang en prints the kit’s English unchanged', async (t) => {
  const dir = await tempFolder(t);
  const feed = brokenFeed();
  await writeFile(join(dir, 'broken.json'), JSON.stringify(feed, null, 2));
  const english = kitValidateFeed(feed).problems.map((p) => p.message);
  assert.ok(english.length >= 8, `the feed has mistakes of many kinds (${english.length})`);

  const vi = await fairkit(['check', 'broken.json', '--lang', 'vi'], { cwd: dir });
  assert.equal(vi.code, 1, vi.stderr);
  for (const line of [
    'Gian hàng tại /booths/0 có mã "A 01", không hợp lệ: hãy dùng từ 1 đến 64 chữ cái, chữ số, ".", "_" hoặc "-". Gian hàng này sẽ không được hiển thị.',
    'Gian hàng "A02" không có "shape" (một đa giác) cũng không có "rect" ([x, y, chiều rộng, chiều cao]), nên không vẽ được. Gian hàng này sẽ không được hiển thị.',
    'Sản phẩm "mien-dong-500g" có "amount" của giá là "15O.000"; giá phải là một số từ 0 trở lên, như 150000. Giá sẽ không được hiển thị.',
    'Gian hàng "A03" tham chiếu tới nhà sản xuất "htx-khong-co", nhưng mã này không có trong /producers. Tham chiếu này bị loại bỏ.',
  ])
    assert.ok(vi.stdout.includes(line), `missing: ${line}\n--- got:\n${vi.stdout}`);
  for (const message of english)
    assert.ok(!vi.stdout.includes(message), `English in the Vietnamese report: ${message}`);

  const en = await fairkit(['check', 'broken.json', '--lang', 'en'], { cwd: dir });
  assert.equal(en.code, 1, en.stderr);
  for (const message of english) assert.ok(en.stdout.includes(message), `missing: ${message}\n--- got:\n${en.stdout}`);
});

/** English words a Vietnamese message must not have once quoted values, paths and addresses are taken out. */
const ENGLISH =
  /(?<![\p{L}\p{N}])(the|is|are|has|have|not|no|which|with|without|left|out|ignored|removed|shown|used|list|object|nothing|must|write|such|as|of|to|and|or|instead|it|its|this|that|at|booth|product|producer|level|place|event|category|fair|feed|map|organizer|theme)(?![\p{L}\p{N}])/iu;
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

/** `message` without what stays as the organizer typed it: quoted values and names, pointers, addresses. */
function wordsOf(message) {
  return message
    .replace(/"(?:[^"\\]|\\.)*"/g, ' ')
    .replace(/https?:\/\/\S*/g, ' ')
    .replace(/(^|\s|\()\/[\w~./-]*/g, ' ');
}

function assertVietnamese(message, what) {
  assert.equal(typeof message, 'string', what);
  assert.ok(message.trim().length > 0, `${what}: empty`);
  assert.doesNotMatch(wordsOf(message), ENGLISH, `${what}: English left in "${message}"`);
}

/**
 * Plausible arguments for every message, as the checker passes them: a list of
 * argument lists per export, built from the module at hand (a subject or an
 * outcome is itself a message, in the same language).
 */
const samples = (m) => {
  const booth = m.subject('booth', 'A12', '/booths/3');
  const product = m.subject('product', undefined, '/products/0');
  const kinds = ['level', 'category', 'producer', 'product', 'booth', 'place', 'path', 'event'];
  return {
    describe: [[undefined], [null], ['abc'], ['x'.repeat(80)], [5], [true], [[1, 2]], [{}], [Symbol('s')]],
    subject: kinds.flatMap((kind) => [
      [kind, 'x1', `/${kind}s/0`],
      [kind, undefined, `/${kind}s/0`],
    ]),
    wholeSubject: [['fair'], ['organizer'], ['theme'], ['map']],
    leftOut: [...kinds, 'organizer'].map((kind) => [kind]),
    ignored: [[]],
    removed: [[]],
    referenceRemoved: [[]],
    categoryRemoved: [[]],
    doorOutcome: [[]],
    centerOutcome: [[]],
    tilesOutcome: [[]],
    fairNameOutcome: [['cao-bang-2025']],
    eventKeptWithout: [['place'], ['booth']],
    unexpectedValue: [[]],
    feedNotObject: [[5], [[]], [null]],
    feedVersion: [[undefined], [2]],
    feedUncheckable: [[m.unexpectedValue()]],
    idProblem: [
      ['..', true],
      ['A 02', false],
      [5, false],
    ],
    idMissing: kinds.map((kind) => [kind, `/${kind}s/2`]),
    idBad: [['booth', '/booths/2', m.idProblem('A 02', false)]],
    idRepeated: [['product', '/products/4', 'tea', '/products']],
    urlNotText: [[booth, 'images[0]', 5, m.removed()]],
    urlInvalid: [[m.wholeSubject('organizer'), 'url', 'https://a b', m.removed()]],
    urlUnsafe: [
      [product, 'trace', 'javascript', false, m.removed()],
      [product, 'images[1]', 'data', true, m.removed()],
    ],
    numberProblem: [
      [NaN, 'finite'],
      ['x', 'finite'],
      [2e7, 'limit'],
      [1e-200, 'zero'],
    ],
    pointNotPair: [
      [booth, 'door', [1], false, m.doorOutcome()],
      [m.wholeSubject('map'), 'center', 'x', true, m.centerOutcome()],
    ],
    coordinateBad: [[booth, 'shape', m.numberProblem(NaN, 'finite'), m.leftOut('booth')]],
    pointOffGlobe: [[booth, 'rect', 95, 200, m.leftOut('booth')]],
    colorBad: [[m.subject('category', 'tea', '/categories/0'), 'color', 'xanh']],
    stringNotText: [[booth, 'label', {}]],
    stringListNotList: [[product, 'tags', 'ocop']],
    refNotId: [[product, 'producer', {}, 'producer', m.leftOut('product')]],
    refMissing: [
      [booth, 'producer', 'htx-x', '/producers', false, m.referenceRemoved()],
      [booth, 'category', 'tea', '/categories', true, m.referenceRemoved()],
    ],
    reservedField: [
      ['__proto__', ''],
      ['constructor', '/booths/0'],
    ],
    textTooLong: [[product, 'description', 12345, 2000]],
    textControls: [[product, 'name']],
    textUnsafeLinks: [[m.subject('producer', 'hh', '/producers/0'), 'story', ['javascript', 'data']]],
    textMissing: [[product, 'name', m.leftOut('product')]],
    textEmpty: [[m.wholeSubject('fair'), 'name', m.fairNameOutcome('x')]],
    textNotText: [
      [product, 'unit', 5, m.ignored()],
      [product, 'name', [], m.leftOut('product')],
    ],
    translationBadTag: [[product, 'name', 'vietnamese']],
    translationNotText: [[product, 'name', 'en', 5]],
    textNoLanguage: [[m.subject('event', 'khai-mac', '/events/0'), 'title', m.leftOut('event')]],
    translationsMissing: [
      [product, 'name', ['en']],
      [product, 'name', ['en', 'zh-Hant']],
    ],
    collectionNotList: [
      ['booths', undefined, true],
      ['products', {}, false],
    ],
    itemNotObject: kinds.map((kind) => [kind, `/${kind}s/1`, 'x']),
    noLevel: [[booth, 'G']],
    outsidePlan: [
      [booth, true, 'G', 1000, 800],
      [booth, false, 'L1', 1000, 800],
    ],
    refListNotList: [[booth, 'producers', 'htx-a', 'producer']],
    languagesNotList: [
      ['vi', false],
      ['en', true],
    ],
    languageBad: [
      ['vietnamese', false],
      [5, true],
    ],
    datesNotObject: [['2025-12-24']],
    dateBad: [
      ['start', '24/12/2025'],
      ['end', undefined],
    ],
    datesReversed: [['2025-12-29', '2025-12-24']],
    timezoneBad: [['GMT+7 Hà Nội']],
    organizerNotObject: [['Sở Công Thương']],
    themeNotObject: [['green']],
    fontBad: [[m.wholeSubject('theme'), 'Font 2.0']],
    shareBad: [['fair.example.vn/{id}']],
    fairNotObject: [[undefined], [[]]],
    fairIdBad: [[undefined], [m.idProblem('.', true)]],
    sizeMissing: [[m.subject('level', 'G', '/map/levels/0')]],
    sizeBad: [[m.subject('level', 'G', '/map/levels/0'), [0, 5]]],
    levelsNotList: [[{}]],
    levelNotObject: [['/map/levels/1', 'G']],
    scaleBad: [[m.subject('level', 'G', '/map/levels/0'), -1]],
    tilesBad: [
      ['https://tile.example/{z}/{x}.png', undefined],
      ['https://tile.example/{z}/{x}/{y}.png?key={apikey}', 'apikey'],
    ],
    mapNotObject: [[undefined], ['plan']],
    mapTypeBad: [['floor']],
    planNoLevel: [[]],
    zoomBad: [[30]],
    shapeNotList: [[booth, 'square']],
    shapeTooFew: [
      [booth, 1],
      [booth, 2],
    ],
    rectNotFour: [[booth, [1, 2, 3]]],
    rectValueBad: [[booth, m.numberProblem(2e7, 'limit')]],
    rectEmpty: [[booth, 0, 60]],
    noGeometry: [[booth]],
    shapeAndRect: [[booth]],
    urlListNotList: [[product, 'images', 'img/a.jpg']],
    audioNotObject: [[m.subject('producer', 'hh', '/producers/0'), 'audio/story.mp3']],
    audioBadLanguage: [[m.subject('producer', 'hh', '/producers/0'), 'tieng-viet']],
    contactNotObject: [[m.subject('producer', 'hh', '/producers/0'), '0206 000 000']],
    emailBad: [[m.subject('producer', 'hh', '/producers/0'), 'htx@']],
    priceNotObject: [[product, '150.000 đ']],
    priceAmountBad: [[product, '15O.000']],
    priceCurrencyBad: [[product, 'đồng']],
    ocopBad: [[product, '4 sao']],
    kindBad: [
      [m.subject('place', 'wc', '/places/0'), undefined],
      [m.subject('place', 'wc', '/places/0'), 'toilet'],
    ],
    connectsMissing: [
      [m.subject('place', 's1', '/places/1'), 'stairs'],
      [m.subject('place', 'e1', '/places/2'), 'elevator'],
      [m.subject('place', 'e2', '/places/3'), 'escalator'],
    ],
    pointsTooFew: [
      [m.subject('path', undefined, '/paths/0'), [[1, 2]]],
      [m.subject('path', undefined, '/paths/0'), 'x'],
    ],
    pathsTooMany: [
      ['G', 25000, undefined],
      [undefined, 9000, 50000],
    ],
    eventTimeBad: [
      [m.subject('event', 'khai-mac', '/events/0'), 'start', '8 giờ'],
      [m.subject('event', 'khai-mac', '/events/0'), 'end', undefined],
    ],
    eventReversed: [[m.subject('event', 'khai-mac', '/events/0'), '2025-12-26T09:00', '2025-12-26T08:00']],
  };
};

test('every English message has a Vietnamese one that reads as Vietnamese', async (t) => {
  const dir = await tempFolder(t);
  const { en, vi } = await bundle(
    dir,
    'catalogues',
    `export * as en from ${JSON.stringify(EN)};\nexport * as vi from ${JSON.stringify(VI)};`,
  );
  const names = Object.keys(en).sort();
  assert.deepEqual(Object.keys(vi).sort(), names, 'the same exports');
  assert.deepEqual(messageNames(EN).sort(), names, 'build-cli.js finds every English export');
  const enSamples = samples(en);
  const viSamples = samples(vi);
  assert.deepEqual(Object.keys(viSamples).sort(), names, 'a sample for every message');
  for (const name of names) {
    viSamples[name].forEach((args, i) => {
      const what = `${name}(${enSamples[name][i].map((a) => String(a)).join(', ')})`;
      const text = vi[name](...args);
      assertVietnamese(text, what);
      // describe() gives a text, a number, true or null as it is, in any language; everything else is in words.
      const literal =
        name === 'describe' && (args[0] === null || ['string', 'number', 'boolean'].includes(typeof args[0]));
      if (literal) return;
      assert.notEqual(text, en[name](...enSamples[name][i]), `${what}: not translated`);
      assert.match(text, VIETNAMESE, `${what}: "${text}"`);
    });
  }
  // The leftover check itself: it finds English.
  assert.throws(() => assertVietnamese(en.shapeAndRect(en.subject('booth', 'A1', '/booths/0')), 'en'));
});

/** Feeds that reach most of the checker: a fair with one node at a time (under `keys`) replaced by a wrong value. */
function* mistakes(base, keys = Object.keys(base)) {
  const wrong = [
    undefined,
    null,
    '',
    'x y',
    '..',
    -1,
    2e7,
    true,
    [],
    [1],
    [[1, 2]],
    {},
    { xx: 'a' },
    { vi: 3 },
    'javascript:x',
    '#zz',
    '2025-13-01',
    'missing-id',
    'Lời giới thiệu '.repeat(200),
    '\u202eHTX',
    '[xem](javascript:alert(1))',
    JSON.parse('{"__proto__": 1}'),
  ];
  // A coordinate is tried with fewer: the rest would repeat what a whole point tells.
  const coordinate = ['x', 2e7, 1e-200];
  function* walk(node, only) {
    if (node === null || typeof node !== 'object') return;
    const numbers = Array.isArray(node) && node.every((v) => typeof v === 'number');
    for (const key of only ?? Object.keys(node)) {
      const original = node[key];
      for (const value of numbers ? coordinate : wrong) {
        if (value === undefined) delete node[key];
        else node[key] = value;
        yield structuredClone(base);
        node[key] = original;
      }
      yield* walk(original);
    }
  }
  yield* walk(base, keys);
}

test('in the CLI build the whole checker speaks Vietnamese, and English when asked', async (t) => {
  const dir = await tempFolder(t);
  const checker = await bundle(
    dir,
    'checker',
    `export { validateFeed } from ${JSON.stringify(`${ROOT}src/data/validate.ts`)};\n` +
      `export { setLang } from ${JSON.stringify(`${ROOT}src/cli/lang.ts`)};\n` +
      // The validator's own tests' fixture: a valid fair with every field, on a plan and on a street map.
      `export { baseFeed, geoFeed } from ${JSON.stringify(`${ROOT}test/fixtures/feeds-validate/base-feed.ts`)};`,
    [validatorMessages()],
  );
  const feeds = [
    null,
    5,
    {},
    { version: 2 },
    { version: 1 },
    { version: 1, fair: { id: 'x' } },
    brokenFeed(),
    ...mistakes(checker.baseFeed()),
    ...mistakes(checker.geoFeed(), ['map', 'booths', 'places', 'paths']),
    // Repeated ids, and a getter that throws.
    { ...checker.baseFeed(), booths: [...checker.baseFeed().booths, ...checker.baseFeed().booths] },
    Object.defineProperty(checker.baseFeed(), 'map', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    }),
  ];
  let count = 0;
  for (const feed of feeds) {
    checker.setLang('en');
    const english = checker.validateFeed(feed).problems;
    assert.deepEqual(english, kitValidateFeed(feed).problems, 'English as the kit writes it');
    checker.setLang('vi');
    const vietnamese = checker.validateFeed(feed).problems;
    assert.deepEqual(
      vietnamese.map((p) => [p.path, p.severity]),
      english.map((p) => [p.path, p.severity]),
    );
    for (const problem of vietnamese) assertVietnamese(problem.message, problem.path);
    count += vietnamese.length;
  }
  assert.ok(count > 1000, `${count} problems checked`);
});

test('the CLI build fails, naming it, when a message has no Vietnamese', async (t) => {
  const dir = await tempFolder(t);
  // The Vietnamese module with one message forgotten (the build reads its names before anything is imported).
  const incomplete = join(dir, 'messages.vi.ts');
  const source = await readFile(VI, 'utf8');
  await writeFile(incomplete, source.replace(/^export const shapeAndRect\b/m, 'const shapeAndRect'));
  const entry = `import { shapeAndRect } from ${JSON.stringify(EN)}; console.log(shapeAndRect('x'));`;
  await assert.rejects(
    bundle(dir, 'incomplete', entry, [validatorMessages({ vi: incomplete })]),
    /not in Vietnamese: shapeAndRect;/,
  );
  // …and builds with the whole module.
  const whole = await bundle(dir, 'whole', `export { shapeAndRect } from ${JSON.stringify(EN)};`, [
    validatorMessages(),
  ]);
  assert.equal(typeof whole.shapeAndRect, 'function');
});
