// `fairkit init`: a new fair's folder — every file there, a feed the checker accepts with no errors, templates
// with bilingual headers, a kiosk that packs — and the folder rules: a hand-made fair.json or a feed that
// already holds a fair is left alone; stdin that is not a terminal gets the defaults and never a question.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { validateFeed } from '../../dist/data.js';
import { BIN, fairkit, tempFolder } from './run.js';

const readJsonFile = async (file) => JSON.parse(await readFile(file, 'utf8'));

/** Today and today + 6 in Vietnam, as the defaults are. */
function defaultDates() {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number);
  return [today, new Date(Date.UTC(y, m - 1, d + 6)).toISOString().slice(0, 10)];
}

/** The header row of a workbook's first sheet. */
async function headers(file) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  return { sheet: sheet.name, headers: sheet.getRow(1).values.slice(1), rows: sheet.actualRowCount };
}

test('init with options makes every file; the feed checks with no errors; the sheets have bilingual headers', async (t) => {
  const dir = await tempFolder(t);
  const { code, stdout, stderr } = await fairkit(
    [
      'init',
      'cao-bang-2026',
      '--name',
      'Hội chợ OCOP Cao Bằng 2026',
      '--start',
      '2026-03-01',
      '--end',
      '2026-03-05',
      '--venue',
      'Nhà văn hóa tỉnh',
    ],
    { cwd: dir },
  );
  assert.equal(code, 0, stderr);
  assert.equal(
    stdout,
    [
      'Made a new fair in cao-bang-2026/:',
      '  fair.json — Hội chợ OCOP Cao Bằng 2026, 1\u2009–\u20095 Mar 2026',
      "  plan.svg — a placeholder plan: replace it with the venue's",
      '  producers.xlsx, products.xlsx and booths.xlsx — fill these in',
      stdout.split('\n')[4], // the kit's file count is checked below
      '  HUONG-DAN.md and GUIDE.md — the next steps',
      '',
      'To look at the kiosk now:',
      '  npx fairkit serve cao-bang-2026',
      'Next: fill in the three spreadsheets, then run:',
      '  cd cao-bang-2026',
      '  npx fairkit import producers.xlsx products.xlsx booths.xlsx --into fair.json',
      '',
    ].join('\n'),
  );
  const folder = join(dir, 'cao-bang-2026');
  const top = (await readdir(folder)).sort();
  assert.deepEqual(top, [
    '.fairkit-files.json',
    'GUIDE.md',
    'HUONG-DAN.md',
    'booths.xlsx',
    'fair.json',
    'index.html',
    'kit',
    'plan.svg',
    'producers.xlsx',
    'products.xlsx',
  ]);
  const kit = (await readdir(join(folder, 'kit'), { recursive: true })).filter((f) => f.endsWith('.js'));
  assert.match(stdout.split('\n')[4], new RegExp(`^  index\\.html and kit/ \\(${kit.length} files\\) — the kiosk$`));
  assert.ok(kit.includes('fairkit.bundle.js'), kit.join(', '));

  const feed = await readJsonFile(join(folder, 'fair.json'));
  const { problems } = validateFeed(feed);
  assert.deepEqual(
    problems.filter((p) => p.severity === 'error'),
    [],
  );
  assert.equal(feed.version, 1);
  assert.deepEqual(feed.fair, {
    id: 'hoi-cho-ocop-cao-bang-2026',
    name: 'Hội chợ OCOP Cao Bằng 2026',
    venue: 'Nhà văn hóa tỉnh',
    dates: { start: '2026-03-01', end: '2026-03-05' },
    timezone: 'Asia/Ho_Chi_Minh',
    locales: ['vi', 'en'],
    theme: { primary: '#0b6e4f', accent: '#f2a541' },
  });
  assert.deepEqual(feed.map.levels[0].image, 'plan.svg');
  assert.deepEqual(feed.map.levels[0].size, [1600, 1000]);
  assert.deepEqual(
    feed.places.map((p) => p.kind),
    ['kiosk', 'entrance'],
  );
  assert.deepEqual(feed.booths, []);
  const plan = await readFile(join(folder, 'plan.svg'), 'utf8');
  assert.match(plan, /^<svg [^>]*viewBox="0 0 1600 1000"/);
  assert.match(plan, /Sơ đồ mẫu/);

  const producers = await headers(join(folder, 'producers.xlsx'));
  assert.equal(producers.sheet, 'Nhà sản xuất');
  assert.ok(producers.headers.includes('Tên nhà sản xuất / Producer name'), producers.headers.join(' | '));
  assert.ok(producers.headers.includes('Tên nhà sản xuất (en) / Producer name (en)'));
  const products = await headers(join(folder, 'products.xlsx'));
  assert.ok(products.headers.includes('Tên sản phẩm / Product name'), products.headers.join(' | '));
  assert.ok(products.headers.includes('Giá bán / Price'));
  const booths = await headers(join(folder, 'booths.xlsx'));
  assert.ok(booths.headers.includes('Mã gian hàng / Booth code'), booths.headers.join(' | '));
  for (const sheet of [producers, products, booths]) assert.equal(sheet.rows, 2, 'a header and one example row');

  const page = await readFile(join(folder, 'index.html'), 'utf8');
  assert.match(page, /<html lang="vi">/);
  assert.match(page, /<title>Hội chợ OCOP Cao Bằng 2026<\/title>/);
  assert.match(page, /<script type="module" src="kit\/fairkit\.bundle\.js"><\/script>/);
  assert.match(page, /<fair-kiosk src="fair\.json" here="kiosk-1"/);
  assert.doesNotMatch(page, /serviceWorker/, 'no service worker while the fair is being edited');
  assert.match(await readFile(join(folder, 'HUONG-DAN.md'), 'utf8'), /npx fairkit pack fair\.json --out kiosk --zip/);
  assert.match(await readFile(join(folder, 'GUIDE.md'), 'utf8'), /npx fairkit check fair\.json/);

  // The new folder packs as it is; its kiosk page is pack's, with the service worker.
  const packed = await fairkit(['pack', 'fair.json', '--out', 'kiosk'], { cwd: folder });
  assert.equal(packed.code, 0, packed.stderr);
  const kioskPage = await readFile(join(folder, 'kiosk/index.html'), 'utf8');
  assert.equal(kioskPage.replace(/\n.*serviceWorker.*/, ''), page);

  // Running it again over its own untouched files is fine.
  const again = await fairkit(['init', 'cao-bang-2026', '--name', 'Hội chợ xuân'], { cwd: dir });
  assert.equal(again.code, 0, again.stderr);
  assert.equal((await readJsonFile(join(folder, 'fair.json'))).fair.name, 'Hội chợ xuân');
});

test('init over a fair.json fairkit did not make: refused, exit 1, the file unchanged, nothing written', async (t) => {
  const dir = await tempFolder(t);
  const mine = '{ "version": 1, "fair": { "id": "mine", "name": "Của tôi" } }\n';
  await writeFile(join(dir, 'fair.json'), mine);
  const { code, stdout, stderr } = await fairkit(['init', '.', '--name', 'X', '--lang', 'vi'], { cwd: dir });
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.match(stderr, /^fairkit: fair\.json đã có sẵn và không do fairkit tạo .*--force/);
  assert.equal(await readFile(join(dir, 'fair.json'), 'utf8'), mine);
  assert.deepEqual(await readdir(dir), ['fair.json']);
});

test('init over a feed fairkit wrote that now holds a fair (imported booths): refused unless --force', async (t) => {
  const dir = await tempFolder(t);
  assert.equal((await fairkit(['init', 'fair'], { cwd: dir })).code, 0);
  const folder = join(dir, 'fair');
  // As `fairkit import --into fair.json` leaves it: booths in the feed, and the record holding its hash.
  const feed = await readJsonFile(join(folder, 'fair.json'));
  feed.booths = [{ id: 'A01', level: 'G', rect: [100, 100, 80, 60] }];
  const text = JSON.stringify(feed, null, 2);
  await writeFile(join(folder, 'fair.json'), text);
  const record = await readJsonFile(join(folder, '.fairkit-files.json'));
  record.files['fair.json'] = createHash('sha256').update(text).digest('hex');
  await writeFile(join(folder, '.fairkit-files.json'), JSON.stringify(record));

  const refused = await fairkit(['init', 'fair'], { cwd: dir });
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /^fairkit: fair[/\\]fair\.json already holds a fair .* Nothing was written\./);
  assert.equal(await readFile(join(folder, 'fair.json'), 'utf8'), text);
  const forced = await fairkit(['init', 'fair', '--force'], { cwd: dir });
  assert.equal(forced.code, 0, forced.stderr);
  assert.deepEqual((await readJsonFile(join(folder, 'fair.json'))).booths, []);
});

test('stdin not a terminal and no options: the defaults, no question, even with stdin left open', async (t) => {
  const dir = await tempFolder(t);
  const child = spawn(process.execPath, [BIN, 'init', 'new-fair'], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  t.after(() => child.kill());
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  const code = await new Promise((resolve) => child.on('close', resolve));
  assert.equal(code, 0);
  const [start, end] = defaultDates();
  // The dates as the organizer reads them (en-GB: "2 – 8 Dec 2026").
  const dates = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(
    new Date(`${start}T12:00:00Z`),
    new Date(`${end}T12:00:00Z`),
  );
  assert.equal(stdout.split('\n')[1], `  fair.json — Hội chợ OCOP, ${dates}`);
  assert.doesNotMatch(stdout, /Name of the fair/);
  const feed = await readJsonFile(join(dir, 'new-fair/fair.json'));
  assert.deepEqual(feed.fair.name, { vi: 'Hội chợ OCOP', en: 'OCOP Fair' });
  assert.equal(feed.fair.id, 'hoi-cho-ocop');
  assert.deepEqual(feed.fair.dates, { start, end });
  assert.equal(feed.fair.venue, undefined);
});

test('dates are checked: YYYY-MM-DD, a real day, the end not before the start; in the organizer’s language', async (t) => {
  const dir = await tempFolder(t);
  const bad = await fairkit(['init', 'a', '--start', '2026-02-30'], { cwd: dir });
  assert.equal(bad.code, 1);
  assert.equal(
    bad.stderr,
    'fairkit: The first day must be a date written YYYY-MM-DD, e.g. 2025-12-24, not "2026-02-30".\n',
  );
  const written = await fairkit(['init', 'a', '--end', '24/12/2026', '--lang', 'vi'], { cwd: dir });
  assert.equal(
    written.stderr,
    'fairkit: Ngày bế mạc phải là ngày viết dạng YYYY-MM-DD, ví dụ 2025-12-24, không phải "24/12/2026".\n',
  );
  const before = await fairkit(['init', 'a', '--start', '2026-03-05', '--end', '2026-03-01', '--lang', 'vi'], {
    cwd: dir,
  });
  assert.equal(before.code, 1);
  assert.equal(before.stderr, 'fairkit: Ngày bế mạc (2026-03-01) lại trước ngày khai mạc (2026-03-05).\n');
  assert.deepEqual(await readdir(dir), [], 'nothing written');
});
