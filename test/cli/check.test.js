// `fairkit check`: the feed checker's problems as an organizer reads them (grouped, named, in
// Vietnamese or English), the folder's files and image sizes, routes from the kiosks, translation
// coverage, --json, and feeds that try to break it. Each test checks a copy of a sample in a
// folder of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { fairkit, ROOT, tempFolder } from './run.js';

const SAMPLES = join(ROOT, 'src/data/samples');

/** A copy of sample `name` (its feed as feed.json, its images and plans) in a fresh folder; `edit` changes the feed. */
async function sample(t, name, edit = () => {}) {
  const dir = await tempFolder(t, 'fairkit-check-');
  await cp(join(SAMPLES, name), dir, { recursive: true });
  const feed = JSON.parse(await readFile(join(dir, 'feed.json'), 'utf8'));
  await edit(feed, dir);
  await writeFile(join(dir, 'feed.json'), JSON.stringify(feed, null, 2));
  return dir;
}

const check = (dir, ...args) => fairkit(['check', 'feed.json', ...args], { cwd: dir });

/** Cao Bằng with a product image that is not there, a booth on an aisle of its own and a booth far from every aisle. */
function broken(feed) {
  feed.products[3].images = ['img/mien-dong.jpg'];
  feed.booths.push({ id: 'Z99', level: 'park', rect: [1550, 20, 40, 30], door: [1570, 50] });
  feed.paths.push({
    level: 'park',
    points: [
      [1550, 60],
      [1590, 60],
    ],
  });
  feed.booths.push({ id: 'Z98', level: 'park', rect: [20, 20, 30, 30] });
}

test('a clean sample checks clean: exit 0, what was checked, every translation there', async (t) => {
  const dir = await sample(t, 'cao-bang');
  const { code, stdout, stderr } = await check(dir, '--lang', 'en');
  assert.equal(stderr, '');
  assert.equal(code, 0);
  assert.equal(
    stdout,
    [
      'Checking feed.json',
      '',
      'Files: 12 in the folder checked.',
      'Routes: 14 booths checked from the kiosk.',
      'Translations (vi, en):',
      '  vi: every text translated',
      '  en: every text translated',
      '',
      'No problems found',
      '',
    ].join('\n'),
  );
  const vi = await check(dir, '--lang', 'vi');
  assert.equal(vi.code, 0);
  assert.match(vi.stdout, /^Đang kiểm tra feed.json\n/);
  assert.match(vi.stdout, /\n\nKhông có vấn đề nào\n$/);
});

test('a missing image is an error and an unreachable booth a warning, each named, under counted headings', async (t) => {
  const dir = await sample(t, 'cao-bang', broken);
  const en = await check(dir, '--lang', 'en');
  assert.equal(en.stderr, '');
  assert.equal(en.code, 1);
  assert.equal(
    en.stdout,
    [
      'Checking feed.json',
      '',
      'Errors (1)',
      "  Product 'Nguyen Binh arrowroot vermicelli' (/products/3/images/0): The image img/mien-dong.jpg was not found.",
      '',
      'Warnings (2)',
      '  Place \'You are here\' (/places/2): From this kiosk (kiosk-1), one booth cannot be reached along the aisles: Z99. The kiosk draws a straight line instead; add aisles ("paths") that join it.',
      '  Booth Z98 (/booths/15): Its middle is 29 m from the nearest aisle and it has no "door", so a route to it ends with a walk across the plan. Give it a door on an aisle.',
      '',
      'Files: 13 in the folder checked.',
      'Routes: 16 booths checked from the kiosk.',
      'Translations (vi, en):',
      '  vi: every text translated',
      '  en: every text translated',
      '',
      '1 error, 2 warnings',
      '',
    ].join('\n'),
  );
  const vi = await check(dir, '--lang', 'vi');
  assert.equal(vi.code, 1);
  assert.equal(
    vi.stdout,
    [
      'Đang kiểm tra feed.json',
      '',
      'Lỗi (1)',
      "  Sản phẩm 'Miến dong Nguyên Bình' (/products/3/images/0): Không tìm thấy ảnh img/mien-dong.jpg.",
      '',
      'Cảnh báo (2)',
      '  Địa điểm \'Bạn đang ở đây\' (/places/2): Từ ki-ốt này (kiosk-1), có 1 gian hàng không đi tới được theo lối đi: Z99. Ki-ốt sẽ chỉ vẽ một đường thẳng; hãy thêm lối đi ("paths") nối tới các gian này.',
      '  Gian hàng Z98 (/booths/15): Giữa gian cách lối đi gần nhất 29 m và gian chưa có cửa ("door"), nên đoạn cuối của đường chỉ dẫn phải cắt ngang sơ đồ. Hãy thêm cửa cho gian, đặt sát lối đi.',
      '',
      'Tệp: đã kiểm tra 13 tệp trong thư mục.',
      'Đường đi: đã kiểm tra đường tới 16 gian hàng từ ki-ốt.',
      'Bản dịch (vi, en):',
      '  vi: đã dịch đủ',
      '  en: đã dịch đủ',
      '',
      '1 lỗi, 2 cảnh báo',
      '',
    ].join('\n'),
  );
});

test('--json gives the same counts, each problem with its item and source, and the same exit code', async (t) => {
  const dir = await sample(t, 'cao-bang', (feed) => {
    broken(feed);
    feed.producers[0].images = ['https://cdn.example.vn/a.jpg', 'https://cdn.example.vn/a.jpg', 'img/herbs.svg'];
  });
  const { code, stdout, stderr } = await check(dir, '--json', '--lang', 'vi');
  assert.equal(stderr, '');
  assert.equal(code, 1);
  const report = JSON.parse(stdout);
  assert.deepEqual(Object.keys(report), ['errors', 'warnings', 'problems', 'files', 'routes', 'coverage']);
  assert.equal(report.errors, 1);
  assert.equal(report.warnings, 2);
  assert.equal(report.problems.length, 3);
  assert.deepEqual(report.problems[0], {
    severity: 'error',
    path: '/products/3/images/0',
    message: 'Không tìm thấy ảnh img/mien-dong.jpg.',
    item: { kind: 'product', id: 'mien-dong-500g', name: 'Miến dong Nguyên Bình' },
    source: 'files',
  });
  assert.deepEqual(
    report.problems.map((p) => [p.severity, p.source, p.item?.kind, p.item?.id]),
    [
      ['error', 'files', 'product', 'mien-dong-500g'],
      ['warning', 'routes', 'place', 'kiosk-1'],
      ['warning', 'routes', 'booth', 'Z98'],
    ],
  );
  assert.deepEqual(report.files, {
    referenced: 52,
    checked: 13,
    missing: 1,
    tooLarge: 0,
    unreadable: 0,
    misnamed: 0,
    online: 1,
  });
  assert.deepEqual(report.routes, {
    kiosks: 1,
    booths: 16,
    unreachable: 1,
    noStepFree: 0,
    farFromAisle: 1,
    checked: true,
  });
  assert.deepEqual(report.coverage.locales, ['vi', 'en']);
  assert.deepEqual(report.coverage.families[0], { family: 'productNames', total: 35, have: { vi: 35, en: 35 } });
  // The text report of the same folder says the same counts.
  const text = await check(dir, '--lang', 'en');
  assert.match(text.stdout, /\n1 error, 2 warnings\n$/);
  assert.match(text.stdout, /^Files: 13 in the folder checked; 1 online \(http\/https\) not checked\.$/m);
});

test('images too large for a kiosk are warnings with their size, once per file; SVG plans are fine', async (t) => {
  const dir = await sample(t, 'cao-bang', async (feed, dir) => {
    await sharp({ create: { width: 4500, height: 100, channels: 3, background: '#0b6e4f' } })
      .png()
      .toFile(join(dir, 'img/wide.png'));
    // Noise does not compress: a 1,000 × 1,000 PNG of it is about 3 MB.
    await sharp(randomBytes(1000 * 1000 * 3), { raw: { width: 1000, height: 1000, channels: 3 } })
      .png()
      .toFile(join(dir, 'img/heavy.png'));
    await writeFile(join(dir, 'img/broken.jpg'), 'not a picture');
    feed.products[0].images = ['img/wide.png', 'img/heavy.png'];
    feed.products[1].images = ['img/wide.png'];
    feed.producers[0].images = ['img/broken.jpg'];
  });
  const { code, stdout } = await check(dir, '--lang', 'en');
  assert.equal(code, 0, 'warnings alone exit 0');
  const warnings = stdout.split('\n').filter((line) => line.startsWith('  ') && line.includes(' (/'));
  assert.equal(warnings.length, 3, stdout);
  assert.match(stdout, /^Warnings \(3\)$/m);
  assert.match(
    warnings[0],
    /^ {2}Producer 'Thach An Black Jelly Cooperative' \(\/producers\/0\/images\/0\): The image img\/broken\.jpg cannot be read as an image; a kiosk may not show it either\. Save it as JPEG or PNG\.$/,
  );
  assert.match(
    warnings[1],
    /^ {2}Product 'Dried black jelly grass' \(\/products\/0\/images\/0\): The image img\/wide\.png is 4,500 × 100 px and \d+(\.\d)? kB: too large for a kiosk \(at most 4,000 px a side and 2 MB\)\. "fairkit pack" resizes it\.$/,
  );
  assert.match(
    warnings[2],
    /\(\/products\/0\/images\/1\): The image img\/heavy\.png is 1,000 × 1,000 px and 3(\.\d)? MB: too large/,
  );
  const vi = await check(dir, '--lang', 'vi');
  assert.match(
    vi.stdout,
    /Ảnh img\/wide\.png có kích thước 4\.500 × 100 px, nặng \d+(,\d)? kB: quá lớn cho ki-ốt \(tối đa 4\.000 px mỗi cạnh và 2 MB\)\. Lệnh "fairkit pack" sẽ thu nhỏ lại\./,
  );
});

test('a file named with other capitals or accents is pointed out (found on Windows and macOS, not on a Linux server)', async (t) => {
  const decomposed = 'Ảnh-chè.svg'.normalize('NFD');
  const dir = await sample(t, 'cao-bang', async (feed, dir) => {
    await cp(join(dir, 'img/herbs.svg'), join(dir, 'img/Honey.SVG'));
    await cp(join(dir, 'img/herbs.svg'), join(dir, 'img', decomposed));
    feed.products[0].images = ['img/honey.svg', 'img/Ảnh-chè.svg'];
  });
  const { stdout } = await check(dir, '--lang', 'en');
  for (const [written, onDisk, at] of [
    ['img/honey.svg', 'Honey.SVG', 0],
    ['img/Ảnh-chè.svg', decomposed, 1],
  ]) {
    const prefix = `  Product 'Dried black jelly grass' (/products/0/images/${at}): The image ${written}`;
    // Where the file system ignores the difference the image shows here, so it is a warning; elsewhere an error.
    const expected = existsSync(join(dir, written))
      ? `${prefix} is named ${onDisk} in its folder (capital letters or accents differ). It is found on this computer, but not by a web server or kiosk that tells them apart: write the name exactly as the file is named.`
      : `${prefix} was not found; its folder has ${onDisk}, which differs in capital letters or accents. Write the name exactly as the file is named.`;
    assert.ok(stdout.split('\n').includes(expected), `${expected}\n---\n${stdout}`);
  }
});

test('translation coverage: one line per content language with the families it lacks', async (t) => {
  const dir = await sample(t, 'cao-bang', (feed) => {
    for (const product of feed.products.slice(0, 3)) delete product.name.en;
    delete feed.producers[0].story.en;
    feed.products[4].name = 'Đặc sản Cao Bằng';
  });
  const en = await check(dir, '--lang', 'en');
  assert.equal(en.code, 0);
  assert.match(
    en.stdout,
    /^Translations \(vi, en\):\n {2}vi: every text translated\n {2}en: 32 of 35 product names, 12 of 13 producer stories\n/m,
  );
  // The checker's own warnings are there for each missing translation, named in English where there is English.
  assert.match(en.stdout, /^ {2}Product 'Thạch đen khô' \(\/products\/0\/name\): .*"en"/m);
  const vi = await check(dir, '--lang', 'vi');
  assert.match(vi.stdout, /^ {2}en: 32 trên 35 tên sản phẩm, 12 trên 13 câu chuyện nhà sản xuất$/m);
  const json = JSON.parse((await check(dir, '--json')).stdout);
  const names = json.coverage.families.find((f) => f.family === 'producerStories');
  assert.deepEqual(names, { family: 'producerStories', total: 13, have: { vi: 13, en: 12 } });
});

test('routes: booths with no step-free way are named per kiosk; no kiosk at all is one warning', async (t) => {
  const stairsOnly = await sample(t, 'son-la', (feed) => {
    feed.places = feed.places.filter((p) => p.kind !== 'elevator');
  });
  const { code, stdout } = await check(stairsOnly, '--lang', 'en');
  assert.equal(code, 0);
  assert.match(
    stdout,
    /^ {2}Place 'You are here' \(\/places\/1\): From this kiosk \(kiosk-1\), 8 booths have no step-free way \(only stairs or escalators\): B01, B02, B03, B04, B05, B06, B07 and B08\. Add an elevator/m,
  );
  const json = JSON.parse((await check(stairsOnly, '--json')).stdout);
  assert.equal(json.routes.noStepFree, 8);

  const noKiosk = await sample(t, 'cao-bang', (feed) => {
    feed.places = feed.places.filter((p) => p.kind !== 'kiosk');
  });
  const none = await check(noKiosk, '--lang', 'vi');
  assert.equal(none.code, 0);
  assert.match(
    none.stdout,
    /^Cảnh báo \(1\)\n {2}\/places: Dữ liệu không có địa điểm nào thuộc loại "kiosk", nên chưa kiểm tra được đường đi đến các gian hàng\./m,
  );
});

test('a missing file or one that is not JSON fails with the translated message', async (t) => {
  const dir = await tempFolder(t, 'fairkit-check-');
  const missing = await check(dir, '--lang', 'vi');
  assert.equal(missing.code, 1);
  assert.equal(missing.stderr, 'fairkit: Không tìm thấy feed.json.\n');
  await writeFile(join(dir, 'feed.json'), '{"version": 1,\n  "fair": }');
  const bad = await check(dir, '--lang', 'en');
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /^fairkit: feed\.json is not valid JSON \(line \d+, column \d+\): /);
  assert.equal(bad.stdout, '');
});

test('a hostile feed never crashes the check: odd names, __proto__ keys, a 10,000-character name', async (t) => {
  const dir = await sample(t, 'cao-bang', (feed) => {
    feed.products[0].name = { vi: 42, en: { deep: true } };
    feed.products[1].name = 7;
    feed.products[2] = JSON.parse('{"__proto__": {"name": "polluted"}, "id": {"x": 1}, "name": {"__proto__": "x"}}');
    feed.producers[0].name = 'Ha\u001b[31m\u202e' + 'x'.repeat(10_000);
    feed.producers[1].images = [{ url: 'a.jpg' }, 5, null, 'javascript:alert(1)', 'img/../../../nowhere.png'];
    feed.producers[2].audio = JSON.parse('{"__proto__": "a.mp3", "vi": 12, "en": "audio/none.mp3"}');
    feed.booths[0].name = ['A', 'list'];
    feed.paths[0] = 'not a path';
    feed.places[0].name = { vi: '\n\n' };
    feed.events = [{ title: { en: 'x'.repeat(10_000) } }, null, 3];
    // An own key named __proto__, as JSON.parse makes it (assignment would set the prototype).
    Object.defineProperty(feed, '__proto__', { value: { polluted: true }, enumerable: true });
    feed.map.levels[0].image = { evil: true };
    feed.fair.theme.logo = 'C:\\logo.png';
  });
  for (const lang of ['en', 'vi']) {
    const { code, stdout, stderr } = await check(dir, '--lang', lang);
    assert.equal(stderr, '', `no stack trace (${lang})`);
    assert.equal(code, 1);
    for (const line of stdout.split('\n')) assert.ok(line.length < 700, `a line of ${line.length} characters`);
    for (const bad of ['\u001b', '\u202e', '[object Object]', 'undefined']) assert.ok(!stdout.includes(bad), bad);
    assert.match(
      stdout,
      /Producer 'Ha\[31mx+…' \(\/producers\/0\/name\)|Nhà sản xuất 'Ha\[31mx+…' \(\/producers\/0\/name\)/,
    );
  }
  const json = JSON.parse((await check(dir, '--json')).stdout);
  assert.ok(json.errors > 0);
  assert.ok(json.problems.some((p) => p.path === '/producers/2/audio/en' && p.source === 'files'));
  assert.ok(json.problems.some((p) => p.path === '/producers/1/images/4' && p.source === 'files'));
  assert.equal(
    json.problems.filter((p) => p.path.startsWith('/producers/1/images/') && p.source === 'files').length,
    1,
  );
});

test('the national sample (216 booths, 2,160 products) checks in a few seconds', async (t) => {
  const dir = await sample(t, 'national');
  const started = performance.now();
  const { code, stdout } = await check(dir, '--lang', 'en');
  const seconds = (performance.now() - started) / 1000;
  t.diagnostic(`fairkit check of the national sample: ${seconds.toFixed(2)} s`);
  assert.equal(code, 0, stdout);
  assert.match(stdout, /^Routes: 216 booths checked from the kiosk\.$/m);
  assert.ok(seconds < 5, `took ${seconds.toFixed(2)} s`);
});
