// `fairkit pack`: a folder that runs the fair offline. The Cao Bang sample, given phone photos (JPEG with GPS)
// and a raster logo, is packed, served, opened in Chromium, cut off the network and reloaded: the kiosk starts
// from its service worker's cache and its images show. Then what pack does to photos and plans, --zip, and the
// folder rules (a foreign file, a missing image, a re-pack).
import { test } from 'node:test';
import { spawn } from 'node:child_process';
import assert from 'node:assert/strict';
import { cp, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import sharp from 'sharp';
import { unzipSync } from 'fflate';
import { CHROME_FLAGS, findChrome } from '../../scripts/chrome-path.js';
import { serveStatic } from '../../scripts/static-server.js';
import { BIN, fairkit, ROOT, tempFolder } from './run.js';

const SAMPLE = join(ROOT, 'src/data/samples/cao-bang');

/** A JPEG as a phone makes it: EXIF with the camera and a GPS position (and an orientation when asked). */
function phonePhoto({ width = 2000, height = 1500, colour = '#b5651d', orientation, input } = {}) {
  const image = input
    ? sharp(input).resize(width, height)
    : sharp({ create: { width, height, channels: 3, background: colour } });
  const exif = image.jpeg({ quality: 90 }).withExif({
    IFD0: { Make: 'PhoneMaker', Model: 'Phone 12' },
    IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '22/1 40/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 15/1 0/1' },
  });
  return (orientation ? exif.withMetadata({ orientation }) : exif).toBuffer();
}

/** The EXIF block holds a GPS directory (tag 0x8825, little- or big-endian). */
const hasGps = (exif) => exif.includes(Buffer.from([0x25, 0x88])) || exif.includes(Buffer.from([0x88, 0x25]));

/** The Cao Bang sample in `dir`, its products' pictures turned into phone photos and its logo into a PNG. */
async function caoBangWithPhotos(dir) {
  await cp(SAMPLE, dir, { recursive: true });
  const feed = JSON.parse(await readFile(join(dir, 'feed.json'), 'utf8'));
  await mkdir(join(dir, 'photos'));
  for (const product of feed.products) {
    const svg = product.images[0];
    const jpg = `photos/${svg.replace(/^img\/|\.svg$/g, '')}.jpg`;
    await writeFile(join(dir, jpg), await phonePhoto({ input: await readFile(join(dir, svg)) }));
    product.images = [jpg];
  }
  await writeFile(join(dir, 'logo.png'), await sharp(join(dir, 'logo.svg'), { density: 1200 }).png().toBuffer());
  feed.fair.theme.logo = 'logo.png';
  await writeFile(join(dir, 'feed.json'), JSON.stringify(feed, null, 2));
  return feed;
}

/** A small valid feed with `extra` merged into it, written to `dir/fair.json`. */
async function smallFeed(dir, extra = {}) {
  const feed = {
    version: 1,
    fair: { id: 'test-fair', name: { vi: 'Hội chợ thử', en: 'Test fair' }, locales: ['vi', 'en'] },
    map: { type: 'plan', levels: [{ id: 'G', image: 'plan.svg', size: [1600, 1000] }] },
    booths: [{ id: 'A01', level: 'G', rect: [100, 100, 80, 60] }],
    places: [{ id: 'kiosk-1', kind: 'kiosk', level: 'G', at: [800, 900] }],
    ...extra,
  };
  await writeFile(join(dir, 'plan.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1600 1000"/>');
  await writeFile(join(dir, 'fair.json'), JSON.stringify(feed, null, 2));
  return feed;
}

/** Every file under `dir`, `/`-separated and sorted, without fairkit's records. */
async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name !== '.fairkit-files.json')
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(dir.length + 1)
        .split('\\')
        .join('/'),
    )
    .sort();
}

/** Every element matching `selector` through the kiosk's shadow roots, nested ones included (in the page). */
function deepAll(selector) {
  const found = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches(selector)) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document.querySelector('fair-kiosk').shadowRoot);
  return found;
}

test('a packed sample runs offline: the kiosk starts from its service worker and its images show', async (t) => {
  const started = Date.now();
  const dir = await tempFolder(t);
  const feed = await caoBangWithPhotos(dir);
  const packed = await fairkit(['pack', 'feed.json', '--out', 'kiosk'], { cwd: dir });
  assert.equal(packed.code, 0, packed.stderr);
  const out = join(dir, 'kiosk');
  const files = await listFiles(out);
  const precached = files.filter((f) => f !== 'sw.js');
  t.diagnostic(`packed: ${packed.stdout.split('\n').find((l) => l.startsWith('Total'))}`);

  const server = await serveStatic(out);
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
  t.after(() => browser.close());
  const page = await browser.newPage();
  await page.setViewport({ width: 1080, height: 1920 });
  await page.goto(`${server.base}/index.html?here=info`);

  // Installed, in control of the page, and every packed file in its cache.
  await page.waitForFunction(
    async (count) => {
      if (!navigator.serviceWorker.controller) return false;
      const keys = await caches.keys();
      const cache = keys.length === 1 ? await caches.open(keys[0]) : undefined;
      return cache !== undefined && (await cache.keys()).length === count;
    },
    { polling: 100, timeout: 30_000 },
    precached.length,
  );

  // The network cut: the browser's offline mode, and no server either.
  await page.setOfflineMode(true);
  server.close();
  const notFromCache = [];
  page.on('response', (response) => {
    if (!response.url().startsWith('data:') && !response.fromServiceWorker()) notFromCache.push(response.url());
  });
  await page.reload();

  const title = await page.waitForFunction(
    () => document.querySelector('fair-kiosk')?.shadowRoot?.querySelector('.attract-title')?.textContent,
    { polling: 50, timeout: 15_000 },
  );
  assert.equal(await title.jsonValue(), feed.fair.name.vi);
  assert.equal(await page.$eval('fair-kiosk', (el) => el.getAttribute('here')), 'info', '?here= picks the place');
  assert.equal(await page.title(), feed.fair.name.vi);

  const start = await page.evaluate(() => {
    const box = document.querySelector('fair-kiosk').shadowRoot.querySelector('.attract-start').getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });
  await page.mouse.click(start.x, start.y);
  await page.waitForFunction(() => document.querySelector('fair-kiosk').shadowRoot.querySelector('.main'), {
    timeout: 15_000,
  });
  // The header's logo (a PNG, packed as WebP) and the plan (SVG, copied) show.
  const shown = await page.waitForFunction(
    (find) => {
      const imgs = new Function(`return (${find})`)()('img').filter((img) => img.complete && img.naturalWidth > 0);
      const names = imgs.map((img) => new URL(img.src).pathname);
      return names.some((n) => n.endsWith('.webp')) && names.some((n) => n.endsWith('.svg')) && names;
    },
    { polling: 100, timeout: 15_000 },
    deepAll.toString(),
  );
  const names = await shown.jsonValue();
  assert.ok(
    names.some((n) => /^\/media\/logo-[0-9a-f]{8}\.webp$/.test(n)),
    names.join(', '),
  );

  // Every packed photo decodes, offline.
  const photos = files.filter((f) => f.startsWith('media/') && f.endsWith('.webp'));
  const widths = await page.evaluate(
    (srcs) =>
      Promise.all(
        srcs.map(
          (src) =>
            new Promise((resolve) => {
              const img = new Image();
              img.onload = () => resolve(img.naturalWidth);
              img.onerror = () => resolve(0);
              img.src = src;
            }),
        ),
      ),
    photos,
  );
  assert.ok(photos.length >= 10, `${photos.length} photos`);
  assert.ok(
    widths.every((w) => w > 0),
    `every photo shows offline: ${widths}`,
  );
  assert.deepEqual(notFromCache, [], 'everything came from the service worker');
  t.diagnostic(`offline test: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

test('photos come out upright, at most 1600 px, as WebP, with no EXIF or GPS; plans keep their coordinates', async (t) => {
  const dir = await tempFolder(t);
  const big = await phonePhoto({ width: 5000, height: 3000 });
  assert.ok(hasGps((await sharp(big).metadata()).exif), 'the test photo has GPS');
  await writeFile(join(dir, 'big.jpg'), big);
  await writeFile(join(dir, 'same-bytes.jpg'), big);
  await writeFile(join(dir, 'turned.jpg'), await phonePhoto({ width: 300, height: 200, orientation: 6 }));
  await writeFile(
    join(dir, 'small.png'),
    await sharp({ create: { width: 40, height: 30, channels: 4, background: '#0000' } })
      .png()
      .toBuffer(),
  );
  await writeFile(
    join(dir, 'hall.png'),
    await sharp({ create: { width: 6000, height: 3000, channels: 3, background: '#eee' } })
      .png()
      .toBuffer(),
  );
  await writeFile(join(dir, 'story.mp3'), Buffer.from('ID3 not really audio'));
  await smallFeed(dir, {
    map: { type: 'plan', levels: [{ id: 'G', image: 'hall.png' }] },
    producers: [{ id: 'p', name: 'HTX', images: ['big.jpg', 'turned.jpg'], audio: { vi: 'story.mp3' } }],
    products: [{ id: 'x', producer: 'p', name: 'X', images: ['same-bytes.jpg', './big.jpg', 'small.png'] }],
  });
  const { code, stdout, stderr } = await fairkit(['pack', 'fair.json', '--out', 'kiosk'], { cwd: dir });
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^images: 3 \(from [\d.]+ (kB|MB) to [\d.]+ kB\)$/m);
  assert.match(stdout, /^plans: 1, /m);
  assert.match(stdout, /^audio: 1, 20 bytes$/m);

  const packed = JSON.parse(await readFile(join(dir, 'kiosk/fair.json'), 'utf8'));
  const [bigOut, turnedOut] = packed.producers[0].images;
  assert.deepEqual(packed.products[0].images.slice(0, 2), [bigOut, bigOut], 'the same bytes are packed once');
  const media = (await readdir(join(dir, 'kiosk/media'))).filter((f) => !f.startsWith('.'));
  assert.equal(media.length, 5, media.join(', '));

  const meta = await sharp(join(dir, 'kiosk', bigOut)).metadata();
  assert.match(bigOut, /^media\/big-[0-9a-f]{8}\.webp$/);
  assert.equal(meta.format, 'webp');
  assert.deepEqual([meta.width, meta.height], [1600, 960]);
  assert.equal(meta.exif, undefined, 'no EXIF (so no GPS) left');
  assert.equal(meta.xmp, undefined);
  const turned = await sharp(join(dir, 'kiosk', turnedOut)).metadata();
  assert.deepEqual([turned.width, turned.height, turned.orientation], [200, 300, undefined], 'turned upright');
  const small = await sharp(join(dir, 'kiosk', packed.products[0].images[2])).metadata();
  assert.deepEqual([small.width, small.height, small.hasAlpha], [40, 30, true], 'never enlarged; transparency kept');

  const level = packed.map.levels[0];
  const plan = await sharp(join(dir, 'kiosk', level.image)).metadata();
  assert.deepEqual([plan.width, plan.height], [4096, 2048], 'a raster plan comes down to 4096 px');
  assert.deepEqual(level.size, [6000, 3000], 'the level keeps the size its coordinates are in');
  assert.equal(
    await readFile(join(dir, 'kiosk', packed.producers[0].audio.vi), 'utf8'),
    'ID3 not really audio',
    'audio copied as it is',
  );
  const sw = await readFile(join(dir, 'kiosk/sw.js'), 'utf8');
  for (const name of media) assert.ok(sw.includes(`"media/${name}"`), `sw.js precaches ${name}`);
});

test('--zip writes <out>.zip holding the folder’s files; the report names every kind and the total', async (t) => {
  const dir = await tempFolder(t);
  await cp(SAMPLE, dir, { recursive: true });
  const { code, stdout, stderr } = await fairkit(['pack', 'feed.json', '--out', 'kiosk/', '--zip'], { cwd: dir });
  assert.equal(code, 0, stderr);
  const lines = stdout.split('\n');
  assert.match(lines[0], /^kit: \d+ files, \d+ kB$/);
  assert.match(lines[1], /^images: 11 \(from [\d.]+ kB to [\d.]+ kB\)$/, 'ten photos and the logo');
  assert.match(lines[2], /^plans: 1, [\d.]+ kB$/);
  assert.match(lines[3], /^feed: fair\.json, [\d.]+ kB$/);
  assert.match(lines[4], /^index\.html, [\d.]+ kB$/);
  assert.match(lines[5], /^guide\.html, [\d.]+ kB$/);
  assert.match(lines[6], /^sw\.js, [\d.]+ kB$/);
  assert.match(lines[7], /^Total: [\d.]+ kB in kiosk\/ \(\d+ files\)$/);
  assert.match(lines[8], /^zip: kiosk\.zip, [\d.]+ kB$/);

  const files = await listFiles(join(dir, 'kiosk'));
  const entries = unzipSync(await readFile(join(dir, 'kiosk.zip')));
  assert.deepEqual(Object.keys(entries).sort(), files);
  for (const name of files)
    assert.deepEqual(Buffer.from(entries[name]), await readFile(join(dir, 'kiosk', name)), name);
  assert.ok(!files.some((f) => f.endsWith('.map')), 'no source maps');
  assert.ok(files.includes('kit/fairkit.bundle.js') && files.some((f) => /^kit\/bundle\/routing-.*\.js$/.test(f)));
  const bundle = await readFile(join(dir, 'kiosk/kit/fairkit.bundle.js'), 'utf8');
  assert.doesNotMatch(bundle, /sourceMappingURL/);

  const vi = await fairkit(['pack', 'feed.json', '--out', 'kiosk', '--lang', 'vi'], { cwd: dir });
  assert.equal(vi.code, 0, vi.stderr);
  assert.match(vi.stdout, /^bộ kit: \d+ tệp, \d+ kB$/m);
  assert.match(vi.stdout, /^Tổng cộng: [\d,]+ kB trong kiosk\/ \(\d+ tệp\)$/m);
});

test('a file in --out that fairkit did not make: refused, exit 1, nothing written; --force packs beside it', async (t) => {
  const dir = await tempFolder(t);
  await smallFeed(dir);
  await mkdir(join(dir, 'kiosk'));
  await writeFile(join(dir, 'kiosk/notes.txt'), 'my notes');
  const refused = await fairkit(['pack', 'fair.json', '--out', 'kiosk', '--zip'], { cwd: dir });
  assert.equal(refused.code, 1);
  assert.match(
    refused.stderr,
    /^fairkit: kiosk\/notes\.txt is in kiosk and fairkit did not make it .* Nothing was written\./,
  );
  assert.deepEqual(await readdir(join(dir, 'kiosk')), ['notes.txt']);
  await assert.rejects(stat(join(dir, 'kiosk.zip')));

  const forced = await fairkit(['pack', 'fair.json', '--out', 'kiosk', '--force'], { cwd: dir });
  assert.equal(forced.code, 0, forced.stderr);
  assert.equal(await readFile(join(dir, 'kiosk/notes.txt'), 'utf8'), 'my notes');

  const intoFeedFolder = await fairkit(['pack', 'fair.json', '--out', '.', '--lang', 'vi'], { cwd: dir });
  assert.equal(intoFeedFolder.code, 1);
  assert.match(intoFeedFolder.stderr, /chứa chính tệp dữ liệu/);
});

test('a missing image: named with where the feed names it, exit 1, nothing written', async (t) => {
  const dir = await tempFolder(t);
  await smallFeed(dir, { producers: [{ id: 'p', name: 'HTX', images: ['img/gone.jpg', 'img/also gone.jpg'] }] });
  const { code, stdout, stderr } = await fairkit(['pack', 'fair.json', '--out', 'kiosk', '--zip'], { cwd: dir });
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.equal(
    stderr,
    'fairkit: Files the feed names are missing. Nothing was written.\n' +
      `  ${join('img', 'gone.jpg')} (at /producers/0/images/0)\n` +
      `  ${join('img', 'also gone.jpg')} (at /producers/0/images/1)\n`,
  );
  await assert.rejects(stat(join(dir, 'kiosk')));
  await assert.rejects(stat(join(dir, 'kiosk.zip')));
});

test('an http(s) image is left as it is, with a warning; a re-pack replaces its own files and drops unneeded ones', async (t) => {
  const dir = await tempFolder(t);
  await writeFile(join(dir, 'a.jpg'), await phonePhoto({ width: 100, height: 80 }));
  const feed = await smallFeed(dir, {
    producers: [{ id: 'p', name: 'HTX', images: ['https://cdn.example.vn/p.jpg', 'a.jpg'] }],
  });
  const first = await fairkit(['pack', 'fair.json', '--out', 'kiosk'], { cwd: dir });
  assert.equal(first.code, 0, first.stderr);
  assert.equal(
    first.stderr,
    'warning: https://cdn.example.vn/p.jpg (at /producers/0/images/0) is on the internet: the kiosk shows it only while it is online.\n',
  );
  const packed = JSON.parse(await readFile(join(dir, 'kiosk/fair.json'), 'utf8'));
  assert.equal(packed.producers[0].images[0], 'https://cdn.example.vn/p.jpg');
  const oldPhoto = packed.producers[0].images[1];

  await writeFile(join(dir, 'b.jpg'), await phonePhoto({ width: 120, height: 80, colour: '#336699' }));
  feed.producers[0].images = ['b.jpg'];
  await writeFile(join(dir, 'fair.json'), JSON.stringify(feed));
  const swBefore = await readFile(join(dir, 'kiosk/sw.js'), 'utf8');
  const again = await fairkit(['pack', 'fair.json', '--out', 'kiosk'], { cwd: dir });
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /^Removed a file an earlier pack left that this one no longer needs\.$/m);
  await assert.rejects(stat(join(dir, 'kiosk', oldPhoto)));
  const swAfter = await readFile(join(dir, 'kiosk/sw.js'), 'utf8');
  const version = (sw) => /const VERSION = "([0-9a-f]+)"/.exec(sw)[1];
  assert.notEqual(version(swAfter), version(swBefore), 'a new cache for the new pack');
});

test('fairkit serve shows a packed folder over http until stopped, and nothing outside it or hidden', async (t) => {
  const dir = await tempFolder(t);
  await smallFeed(dir);
  assert.equal((await fairkit(['pack', 'fair.json', '--out', 'kiosk'], { cwd: dir })).code, 0);
  const child = spawn(process.execPath, [BIN, 'serve', 'kiosk', '--port', '0'], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C' },
  });
  t.after(() => child.kill());
  const closed = new Promise((resolve) => child.on('close', resolve));
  let stdout = '';
  const base = await new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk;
      const url = /at (http:\/\/localhost:\d+)\//.exec(stdout);
      if (url) resolve(url[1]);
    });
    child.on('close', () => reject(new Error(`serve ended: ${stdout}`)));
  });
  assert.match(stdout, /^Showing kiosk at http:\/\/localhost:\d+\/\nPress Ctrl\+C to stop\.\n$/);
  const page = await fetch(`${base}/?here=kiosk-1`);
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(await page.text(), await readFile(join(dir, 'kiosk/index.html'), 'utf8'));
  assert.equal(
    (await fetch(`${base}/kit/fairkit.bundle.js`)).headers.get('content-type'),
    'text/javascript; charset=utf-8',
  );
  assert.equal((await fetch(`${base}/.fairkit-files.json`)).status, 404);
  assert.equal((await fetch(`${base}/..%2ffair.json`)).status, 404, "the feed folder's fair.json, outside");
  const folder = await fetch(`${base}/kit`, { redirect: 'manual' });
  assert.deepEqual([folder.status, folder.headers.get('location')], [301, '/kit/']);
  child.kill('SIGTERM');
  assert.equal(await closed, 0);
});
