// The kiosk's start on a cheap kiosk tablet, for `npm run bench` (bench/run.js; `node bench/run.js kiosk-start`,
// or `throttled`, alone): issue 18's first step, the measurement. Two fairs written by
// scripts/generate-national.js into a temporary folder (220 booths with 2,400 products, and 2,000 booths with
// 20,000 products; the generator draws one level, it has no option for more), each on a page with one
// `<fair-kiosk src=feed.json here=…>` of the BUILT kit (dist/fairkit.bundle.js and dist/bundle/, served over
// HTTP with gzip as a static host serves them), in Debian's Chromium at a kiosk's 1080×1920, the CPU slowed 6×
// by the DevTools protocol (set before navigation). Five runs per fair, each in a fresh browser context (no
// cache, no storage), timed in the page with performance.now() (0 = navigation start):
//   - navigation → attract: the frame after the kiosk's shadow root shows its Start button (part="start");
//   - tap Start → map drawn: a real mouse click at the button's centre (its pointerdown's timeStamp) to the frame
//     after <fair-booth-map> has booths in its Leaflet overlay pane (SVG paths `.fair-booth` up to 300 booths,
//     Leaflet's canvas above: the canvas is drawn in the rAF Leaflet asks for, before ours);
//   - a keystroke → results: a real key press (its keydown's timeStamp) in the search box, tapped first, to the
//     frame after <fair-search> shows options (role="option") for the text typed so far. The first letter, then
//     four more one by one (median of them: "later keystrokes").
// "The frame after": a requestAnimationFrame once the condition holds, then a message posted from it, which runs
// after that frame's paint. Between steps the bench waits, as a visitor walking up does, until no long task has
// run for a while. Then, unthrottled: validateFeed against JSON.parse of the 2,000-booth feed's text, in the page.
// It measures the kit as built in dist/ (built when missing): after changing the kit run `npm run build` first.
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findChrome } from '../scripts/chrome-path.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = join(ROOT, 'dist');
const KIT = join(DIST, 'fairkit.bundle.js');
/** Runs per fair (the median is shown, with the range), the CPU slow-down, the kiosk's screen. */
const RUNS = 5;
const SLOWDOWN = 6;
const VIEWPORT = { width: 1080, height: 1920 };
/** The letters typed: the first, then these many more. */
const LATER_KEYS = 4;

/** The fairs, and the targets of issue 18 (ms) for navigation → attract, Start → map, first and later keys. */
const FAIRS = [
  { id: 'n220', booths: 220, products: 2400, targets: [800, 250, 100, 50] },
  { id: 'n2000', booths: 2000, products: 20000, targets: [1500, 500, 150, 50] },
];
const MOMENTS = ['navigation → attract', 'tap Start → map drawn', 'first keystroke', 'later keystrokes'];
/** The target column beside each moment's. */
const TARGET_COLUMNS = ['target', 'target ', 'target  ', 'target   '];
const VALIDATE_TARGET = 0.5;
/** No long task over this while the kiosk starts on the 220-booth fair, unthrottled (ms). */
const LONG_TASK_TARGET = 50;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};
const COMPRESS = new Set(['.html', '.js', '.json', '.svg']);

/** Runs a build or generator step in the repo, its output shown; throws when it fails. */
function step(args, what) {
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) throw new Error(`${what} failed (exit ${run.status}); try "npm run build".`);
}

/** The kit as built; built when missing. */
function ensureBuilt() {
  if (existsSync(KIT)) return;
  console.log('kiosk-start: building the kit …');
  step(['scripts/gen-assets.js'], 'node scripts/gen-assets.js');
  step([join(ROOT, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent'], 'npx rollup -c');
}

/** The page of one fair: the kiosk alone, full screen, on the built kit. */
function kioskPage(here) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kiosk start</title>
<link rel="icon" href="data:,">
<style>html, body { margin: 0; height: 100%; }</style>
<script type="module" src="/kit/fairkit.bundle.js"></script>
</head>
<body>
<fair-kiosk src="feed.json" here="${here}" style="height:100vh"></fair-kiosk>
</body>
</html>
`;
}

/**
 * Serves the kit at /kit/ (dist/), each fair at /<id>/ (its folder; its index.html is the kiosk page), with gzip
 * for text. Bodies are read and compressed once (compressing 8 MB per run would slow the bench, not the page).
 */
async function serve(dir, pages) {
  const cache = new Map();
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const ext = path.endsWith('/') ? '.html' : extname(path);
    let entry = cache.get(path);
    if (!entry) {
      let body;
      try {
        if (pages.has(path)) body = Buffer.from(pages.get(path));
        else if (path.startsWith('/kit/')) body = readFileSync(join(DIST, path.slice('/kit/'.length)));
        else body = readFileSync(join(dir, path));
      } catch {
        res.writeHead(404).end();
        return;
      }
      entry = { body, gzip: COMPRESS.has(ext) ? gzipSync(body) : undefined };
      cache.set(path, entry);
    }
    const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (entry.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
      res.writeHead(200, headers).end(entry.gzip);
    } else res.writeHead(200, headers).end(entry.body);
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/**
 * Installed in the page before its own scripts (evaluateOnNewDocument): `window.__kb` watches, once per
 * animation frame, for a moment's condition, and stamps the moment after the frame that first shows it.
 */
function pageProbe() {
  const kiosk = () => document.querySelector('fair-kiosk')?.shadowRoot;
  const search = () => kiosk()?.querySelector('fair-search');
  const conditions = {
    attract: () => {
      const start = kiosk()?.querySelector('[part~=start]');
      return !!start && start.getBoundingClientRect().width > 0;
    },
    map: () => {
      // The visit's map on show (not the next visit's, built hidden beneath the attract screen).
      const element = kiosk()?.querySelector('.main:not(.waiting) fair-booth-map');
      if (!element || kiosk().querySelector('.attract')) return false;
      const map = element.shadowRoot;
      const pane = map?.querySelector('.leaflet-overlay-pane');
      if (!pane || !pane.getBoundingClientRect) return false;
      const container = map.querySelector('.leaflet-container');
      if (!container || !container.clientWidth || !container.clientHeight) return false;
      if (pane.querySelector('path.fair-booth')) return 'svg';
      const canvas = pane.querySelector('canvas');
      return canvas && canvas.width > 0 ? 'canvas' : false;
    },
    results: (text) => {
      const el = search();
      if (!el || el.value !== text || el.isUpdatePending) return false;
      return el.shadowRoot?.querySelectorAll('[role=option]').length || false;
    },
  };
  const marks = {};
  const waiters = new Map();
  const longTasks = [];
  const kb = {
    marks,
    longTasks,
    /** Stamps `name` after the frame in which `conditions[kind](arg)` first holds (from now on). */
    watch(name, kind, arg, from) {
      const check = () => {
        const seen = conditions[kind](arg);
        if (!seen) {
          requestAnimationFrame(check);
          return;
        }
        // This frame shows it: the message runs after the frame has been painted.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          marks[name] = { from: from ?? 0, at: performance.now(), seen };
          waiters.get(name)?.();
        };
        channel.port2.postMessage(0);
      };
      requestAnimationFrame(check);
    },
    /** At the next `type` event (a real tap or key), its timeStamp is the start, and `name` is watched for. */
    armOn(type, name, kind, arg) {
      addEventListener(type, (e) => kb.watch(name, kind, arg, e.timeStamp), { capture: true, once: true });
    },
    /** Resolves when `name` has been stamped (or rejects after `timeout` ms). */
    wait(name, timeout) {
      if (marks[name]) return Promise.resolve(marks[name]);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${name}: not seen in ${timeout} ms`)), timeout);
        waiters.set(name, () => {
          clearTimeout(timer);
          resolve(marks[name]);
        });
      });
    },
    /**
     * Resolves once no long task has run for `ms` (at most `cap` ms from now), with when the last long task
     * ended (0: none yet) and whether the cap cut the wait short.
     */
    quiet(ms, cap) {
      const started = performance.now();
      return new Promise((resolve) => {
        const tick = () => {
          const last = longTasks.length ? longTasks[longTasks.length - 1] : undefined;
          const lastEnd = last ? last.start + last.duration : 0;
          const now = performance.now();
          if (now - Math.max(lastEnd, started) >= ms) resolve({ lastEnd, capped: false });
          else if (now - started >= cap) resolve({ lastEnd, capped: true });
          else setTimeout(tick, 50);
        };
        tick();
      });
    },
  };
  window.__kb = kb;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  kb.watch('attract', 'attract');
}

/** A letter-only word of at least `length` letters from the fair's product names, folded (no tone marks). */
function queryFor(feed, length) {
  const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  for (const product of feed.products) {
    for (const name of Object.values(product.name)) {
      const word = fold(name)
        .split(/\s+/)
        .find((w) => /^[a-z]+$/.test(w) && w.length >= length);
      if (word) return word.slice(0, length);
    }
  }
  throw new Error('kiosk-start: no product name with a word long enough to type');
}

/** The centre of an element found by `find` (run in the page), in viewport pixels. */
async function centreOf(page, find) {
  const box = await page.evaluate(find);
  if (!box) throw new Error(`kiosk-start: nothing to tap (${find})`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** One visit, throttled, in a fresh context: the moments' durations (ms) and the longest task before attract. */
async function oneRun(browser, url, query) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`[kiosk-start] ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') console.error(`[kiosk-start] ${m.text()}`);
    });
    await page.setViewport(VIEWPORT);
    await page.evaluateOnNewDocument(pageProbe);
    await page.emulateCPUThrottling(SLOWDOWN);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120000 });
    const attract = await page.evaluate(() => window.__kb.wait('attract', 60000));
    const startTasks = await page.evaluate(
      (until) => window.__kb.longTasks.filter((t) => t.start < until).map((t) => t.duration),
      attract.at,
    );
    // The visitor walks up: whatever the kiosk does after the attract screen has time to finish.
    const afterAttract = await page.evaluate(() => window.__kb.quiet(1000, 20000));

    const start = await centreOf(page, () =>
      document.querySelector('fair-kiosk').shadowRoot.querySelector('[part~=start]')?.getBoundingClientRect().toJSON(),
    );
    await page.evaluate(() => window.__kb.armOn('pointerdown', 'map', 'map'));
    await page.mouse.click(start.x, start.y);
    const map = await page.evaluate(() => window.__kb.wait('map', 60000));
    const afterMap = await page.evaluate(() => window.__kb.quiet(1000, 20000));

    // A tap on the search box (the on-screen keyboard opens); the keys are typed on the physical keyboard.
    const box = await centreOf(page, () =>
      document
        .querySelector('fair-kiosk')
        .shadowRoot.querySelector('fair-search')
        ?.shadowRoot.querySelector('input')
        ?.getBoundingClientRect()
        .toJSON(),
    );
    await page.mouse.click(box.x, box.y);
    await page.evaluate(() => window.__kb.quiet(1000, 20000));
    const keys = [];
    for (let i = 0; i < query.length; i++) {
      const name = `key${i}`;
      await page.evaluate((n, text) => window.__kb.armOn('keydown', n, 'results', text), name, query.slice(0, i + 1));
      await page.keyboard.press(query[i]);
      const mark = await page.evaluate((n) => window.__kb.wait(n, 30000), name);
      keys.push(mark.at - mark.from);
      await page.evaluate(() => window.__kb.quiet(300, 5000));
    }
    return {
      times: [attract.at, map.at - map.from, keys[0], median(keys.slice(1))],
      renderer: map.seen,
      longestBeforeAttract: Math.max(0, ...startTasks),
      longTasksBeforeAttract: startTasks.length,
      // How long the main thread stayed busy (long tasks) after the attract screen, and after the map.
      busyAfterAttract: Math.max(0, afterAttract.lastEnd - attract.at),
      busyAfterMap: Math.max(0, afterMap.lastEnd - map.at),
      capped: afterAttract.capped || afterMap.capped,
    };
  } finally {
    await context.close();
  }
}

/**
 * Unthrottled, in a fresh context: the kiosk's start, from navigation until it is at rest (the attract screen
 * shown, the next visit's screen built beneath it, no long task for 2 s): every long task's duration (ms), and
 * the JS heap then (after a full GC; bytes).
 */
async function restingStart(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    await page.evaluateOnNewDocument(pageProbe);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120000 });
    await page.evaluate(() => window.__kb.wait('attract', 60000));
    await page.waitForFunction(
      () => document.querySelector('fair-kiosk').shadowRoot.querySelector('.main.waiting .panel-area'),
      { timeout: 60000 },
    );
    await page.evaluate(() => window.__kb.quiet(2000, 30000));
    const tasks = await page.evaluate(() => window.__kb.longTasks.map((t) => t.duration));
    const heap = await page.evaluate(async () => {
      for (let i = 0; i < 3; i++) {
        window.gc?.();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return performance.memory?.usedJSHeapSize;
    });
    return { tasks, heap };
  } finally {
    await context.close();
  }
}

/** Unthrottled, in the page: validateFeed and JSON.parse of the same text, five times each (ms). */
async function validateVsParse(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(async (runs) => {
      const { validateFeed } = await import('/kit/fairkit.bundle.js');
      const text = await (await fetch('feed.json')).text();
      const parse = [];
      const validate = [];
      let problems = 0;
      for (let i = 0; i < runs; i++) {
        let t = performance.now();
        const json = JSON.parse(text);
        parse.push(performance.now() - t);
        t = performance.now();
        const result = validateFeed(json);
        validate.push(performance.now() - t);
        problems = result.problems.length;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return { parse, validate, problems, bytes: text.length };
    }, RUNS);
  } finally {
    await context.close();
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
const ms = (v) => String(Math.round(v));
const spread = (values) => `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;
const targetText = (t) => (t >= 1000 ? `≤ ${t / 1000} s` : `≤ ${t} ms`);

/** The tables for bench/run.js: `[{ title, rows, notes, failed }]`, the throttled start and validateFeed. */
export async function runKioskStart() {
  const chrome = findChrome();
  if (!chrome) throw new Error('kiosk-start: no Chrome/Chromium found (node scripts/ensure-chrome.js installs one).');
  ensureBuilt();
  const dir = await mkdtemp(join(tmpdir(), 'fairkit-kiosk-start-'));
  let server;
  let browser;
  try {
    const pages = new Map();
    const fairs = FAIRS.map((fair) => {
      const out = join(dir, fair.id, 'feed.json');
      const gen = spawnSync(
        process.execPath,
        ['scripts/generate-national.js', '--booths', fair.booths, '--products', fair.products, '--out', out].map(
          String,
        ),
        { cwd: ROOT, encoding: 'utf8' },
      );
      if (gen.status !== 0) throw new Error(`generate-national.js failed:\n${gen.stderr}`);
      const feed = JSON.parse(readFileSync(out, 'utf8'));
      const here = feed.places?.find((p) => p.kind === 'kiosk')?.id;
      if (!here) throw new Error(`kiosk-start: the ${fair.booths}-booth feed has no kiosk place`);
      pages.set(`/${fair.id}/`, kioskPage(here));
      // A page with no kiosk, for validateFeed against JSON.parse (a kiosk would load and check its feed meanwhile).
      pages.set(`/${fair.id}/empty.html`, '<!doctype html><html lang="en"><title>validateFeed</title></html>\n');
      return {
        ...fair,
        here,
        query: queryFor(feed, 1 + LATER_KEYS),
        levels: feed.map.levels.length,
        mb: readFileSync(out).length / 1e6,
      };
    });
    server = await serve(dir, pages);
    browser = await puppeteer.launch({
      executablePath: chrome,
      headless: true,
      // A full GC before the heap is read, and its exact size.
      args: [
        ...CHROME_FLAGS.filter((f) => !f.startsWith('--headless')),
        '--js-flags=--expose-gc',
        '--enable-precise-memory-info',
      ],
      protocolTimeout: 10 * 60 * 1000,
    });

    const rows = [];
    const notes = [];
    let over = 0;
    for (const fair of fairs) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await oneRun(browser, `${server.base}/${fair.id}/`, fair.query));
      const row = {
        feed: `${fair.booths} booths, ${fair.products} products, ${fair.levels} level${fair.levels === 1 ? '' : 's'}, ${fair.mb.toFixed(1)} MB`,
      };
      MOMENTS.forEach((moment, m) => {
        const values = runs.map((r) => r.times[m]);
        const ok = median(values) <= fair.targets[m];
        if (!ok) over++;
        row[moment] = spread(values);
        row[TARGET_COLUMNS[m]] = `${targetText(fair.targets[m])} ${ok ? 'ok' : 'OVER'}`;
      });
      rows.push(row);
      notes.push(
        `${fair.booths} booths: here="${fair.here}", typed "${fair.query}" (first letter, then ${LATER_KEYS} more), ` +
          `booths drawn by Leaflet's ${runs[0].renderer}; before the attract screen ` +
          `${runs.map((r) => r.longTasksBeforeAttract).join('/')} long tasks, the longest ` +
          `${runs.map((r) => ms(r.longestBeforeAttract)).join('/')} ms; long tasks still ran until ` +
          `${runs.map((r) => ms(r.busyAfterAttract)).join('/')} ms after the attract screen and ` +
          `${runs.map((r) => ms(r.busyAfterMap)).join('/')} ms after the map (per run, throttled; the bench ` +
          `taps only once the main thread has been free of long tasks for 1 s${runs.some((r) => r.capped) ? ', or 20 s have passed: some runs hit that cap' : ''}).`,
      );
    }
    notes.unshift(
      `Median (min–max) of ${RUNS} runs, each in a fresh browser context, CPU slowed ${SLOWDOWN}× by the DevTools ` +
        `protocol, viewport ${VIEWPORT.width}×${VIEWPORT.height}, the built kit (dist/) served with gzip. ` +
        'Attract: from navigation start to the frame after the Start button shows; map: from the tap ' +
        "(pointerdown) to the frame after the map's booths are drawn; keys: from keydown to the frame after " +
        'the results for the text so far show. Later keystrokes: the median of each run, then of the runs.',
      over
        ? `Issue 18's targets are not met yet (${over} of ${rows.length * MOMENTS.length} over): the rows are reported, not failed.`
        : "Every target of issue 18's throttled table is met.",
    );
    const start = {
      title: `Kiosk start on a kiosk tablet (CPU ${SLOWDOWN}× slower), issue 18`,
      rows,
      notes,
      failed: false,
    };

    // Unthrottled: no long task over 50 ms while the kiosk starts (the 220-booth fair), and its heap at rest.
    const resting = [];
    for (const fair of fairs) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await restingStart(browser, `${server.base}/${fair.id}/`));
      const longest = runs.map((r) => Math.max(0, ...r.tasks));
      const heaps = runs.map((r) => r.heap).filter((h) => h !== undefined);
      const row = {
        feed: `${fair.booths} booths, ${fair.products} products`,
        'longest task, ms': spread(longest),
        'long tasks': runs.map((r) => r.tasks.length).join('/'),
      };
      if (fair.booths === FAIRS[0].booths) {
        const ok = median(longest) <= LONG_TASK_TARGET;
        row.target = `≤ ${LONG_TASK_TARGET} ms ${ok ? 'ok' : 'OVER'}`;
      } else row.target = '';
      row['JS heap at rest, MB'] = heaps.length ? spread(heaps.map((h) => h / 1e6)) : 'not measured';
      resting.push(row);
    }
    const rest = {
      title: 'Kiosk start unthrottled: long tasks and the heap at rest (issue 18)',
      rows: resting,
      notes: [
        `${RUNS} runs per fair, each in a fresh context, not throttled: from navigation until the kiosk is at rest ` +
          "(the attract screen shown, the next visit's screen built beneath it, then 2 s without a long task). " +
          'Long tasks as the Long Tasks API reports them (over 50 ms), per run; the heap after three full GCs ' +
          '(performance.memory, precise). The heap over 1,000 visits: `node scripts/soak.js --feed=national`.',
      ],
      failed: false,
    };

    const v = await validateVsParse(browser, `${server.base}/n2000/empty.html`);
    const ratio = median(v.validate) / median(v.parse);
    const validate = {
      title: 'validateFeed against JSON.parse, unthrottled (issue 18)',
      rows: [
        {
          feed: `${FAIRS[1].booths} booths, ${FAIRS[1].products} products, ${fairs[1].mb.toFixed(1)} MB`,
          'validateFeed ms': spread(v.validate),
          'JSON.parse ms': spread(v.parse),
          ratio: `${ratio.toFixed(2)}×`,
          target: `≤ ${VALIDATE_TARGET}×`,
          '': ratio <= VALIDATE_TARGET ? 'ok' : 'OVER',
        },
      ],
      notes: [
        `Median (min–max) of ${RUNS}, in the page (validateFeed imported from the built bundle, on the object ` +
          `JSON.parse made of the same text; ${v.problems} problems reported), on an empty page of the same ` +
          'origin.' +
          (ratio <= VALIDATE_TARGET ? '' : ' Target not met yet: reported, not failed.'),
      ],
      failed: false,
    };
    return [start, rest, validate];
  } finally {
    await browser?.close();
    server?.close();
    await rm(dir, { recursive: true, force: true });
  }
}
