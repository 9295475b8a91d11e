// Lighthouse on the phone guide, for `npm run bench` (bench/run.js; `node bench/run.js lighthouse` alone):
// the Cao Bang sample packed by the built `fairkit` command into a temporary folder, served over HTTP with gzip
// as a static host serves it, and `guide.html` measured in Lighthouse's default mobile emulation (a mid-range
// phone on slow 4G, simulated) in Debian's Chromium. Targets: Performance ≥ 90, Accessibility 100,
// Best Practices ≥ 95 (issue 17): the median of five runs (the numbers move from run to run, more so on a busy
// machine); under a target, the audits that cost the points are listed. The median run's whole report is left in
// the system's temporary folder (fairkit-lighthouse.html / .json).
// It measures the kit as built in dist/: it builds it when missing (or when it predates <fair-guide>), but after
// changing the kit's sources run `npm run build` (or `npx rollup -c`) first. The CLI is rebuilt every time.
// While the kit has no <fair-guide>, the kiosk's index.html is measured instead, to keep the machinery honest.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findChrome } from '../scripts/chrome-path.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SAMPLE = join(ROOT, 'src/data/samples/cao-bang');
const CLI = join(ROOT, 'dist/cli/fairkit.js');
const KIT = join(ROOT, 'dist/fairkit.bundle.js');

/** Category, its target and whether a score meets it (scores 0–100). */
const TARGETS = [
  { id: 'performance', label: 'Performance', target: '≥ 90', ok: (s) => s >= 90 },
  { id: 'accessibility', label: 'Accessibility', target: '100', ok: (s) => s === 100 },
  { id: 'best-practices', label: 'Best Practices', target: '≥ 95', ok: (s) => s >= 95 },
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.mp3': 'audio/mpeg',
  '.woff2': 'font/woff2',
};
/** Lighthouse runs per bench: the median is shown. */
const RUNS = 5;
const COMPRESS = new Set(['.html', '.js', '.json', '.svg']);

/** Runs a build step in the repo, its output shown; throws when it fails. */
function step(args, what) {
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) throw new Error(`${what} failed (exit ${run.status}); try "npm run build".`);
}

/** Does the built kit define <fair-guide>? (Its entry or a chunk it ships registers the tag.) */
function kitHasGuide() {
  const files = [KIT, ...readdirSync(join(ROOT, 'dist/bundle')).map((f) => join(ROOT, 'dist/bundle', f))];
  return files.some((f) => f.endsWith('.js') && readFileSync(f, 'utf8').includes('"fair-guide"'));
}

/**
 * The kit and the CLI, built: the kit by rollup when it is missing or older than the guide's source
 * (src/components/guide/ exists but no built file registers the tag), the CLI always (esbuild, a second).
 */
function ensureBuilt() {
  const guideSource = existsSync(join(ROOT, 'src/components/guide/define.ts'));
  if (!existsSync(KIT) || (guideSource && !kitHasGuide())) {
    console.log(
      existsSync(KIT) ? 'lighthouse: the kit predates <fair-guide>; rebuilding it …' : 'lighthouse: building the kit …',
    );
    step(['scripts/gen-assets.js'], 'node scripts/gen-assets.js');
    step([join(ROOT, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent'], 'npx rollup -c');
  }
  step(['scripts/build-cli.js'], 'node scripts/build-cli.js');
}

/** Serves `dir` as a static host does: gzip for text, a type for every file, 404 for the rest. */
async function serveGzip(dir) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    let body;
    try {
      body = readFileSync(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    const ext = extname(file);
    const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (COMPRESS.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    res.writeHead(200, headers).end(body);
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** The scripts that kept the main thread busiest, and the longest tasks (ms, on the emulated phone). */
function mainThread(lhr) {
  const name = (url) => url.replace(/^https?:\/\/[^/]+\//, '');
  const scripts = (lhr.audits['bootup-time']?.details?.items ?? [])
    .slice(0, 3)
    .map((item) => `${name(item.url)} ${Math.round(item.total)} ms (${Math.round(item.scripting)} ms script)`);
  const tasks = (lhr.audits['long-tasks']?.details?.items ?? [])
    .slice(0, 3)
    .map((item) => `${Math.round(item.duration)} ms at ${Math.round(item.startTime)} ms in ${name(item.url)}`);
  return `${scripts.join(', ')}; longest tasks: ${tasks.join(', ') || 'none'}`;
}

/** The scored audits of `category` that lost points, worst first, as "title (shown value)". */
function losses(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit.score !== null && audit.score < 1)
    .sort((a, b) => a.audit.score - b.audit.score || b.ref.weight - a.ref.weight)
    .map(
      ({ audit }) =>
        `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''} [${Math.round(audit.score * 100)}]`,
    );
}

/** The table for bench/run.js: `{ title, rows, notes, failed }`. */
export async function runLighthouse() {
  const chrome = findChrome();
  if (!chrome) throw new Error('lighthouse: no Chrome/Chromium found (node scripts/ensure-chrome.js installs one).');
  ensureBuilt();
  const guide = kitHasGuide();
  const pageName = guide ? 'guide.html' : 'index.html';

  const dir = await mkdtemp(join(tmpdir(), 'fairkit-lighthouse-'));
  let server;
  let browser;
  try {
    await cp(SAMPLE, join(dir, 'fair'), { recursive: true });
    const pack = spawnSync(process.execPath, [CLI, 'pack', 'feed.json', '--out', '../kiosk', '--lang', 'en'], {
      cwd: join(dir, 'fair'),
      encoding: 'utf8',
    });
    if (pack.status !== 0) throw new Error(`fairkit pack failed:\n${pack.stderr}`);
    const out = join(dir, 'kiosk');
    if (!existsSync(join(out, pageName))) throw new Error(`fairkit pack wrote no ${pageName}`);
    server = await serveGzip(out);

    // Chromium started by puppeteer (a dev dependency), Lighthouse attached to it by its debugging port.
    browser = await puppeteer.launch({
      executablePath: chrome,
      headless: true,
      args: [...CHROME_FLAGS.filter((f) => !f.startsWith('--headless')), '--remote-debugging-port=0'],
    });
    const port = Number(new URL(browser.wsEndpoint()).port);
    const url = `${server.base}/${pageName}`;
    // Lighthouse's numbers move from run to run: the median of RUNS runs by Performance, as its docs advise.
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(url, {
        port,
        output: ['json', 'html'],
        logLevel: 'error',
        onlyCategories: TARGETS.map((t) => t.id),
        // Otherwise its defaults: mobile form factor, a Moto G Power screen, simulated slow 4G and 4× CPU slow-down.
      });
      const { runtimeError } = result.lhr;
      if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
      runs.push(result);
    }
    const score = (result, id) => Math.round((result.lhr.categories[id].score ?? 0) * 100);
    runs.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
    const median = runs[Math.floor(runs.length / 2)];
    const { lhr } = median;
    // The whole report, to open in a browser (…/fairkit-lighthouse.html) or read (….json).
    const report = join(tmpdir(), 'fairkit-lighthouse');
    await writeFile(`${report}.json`, median.report[0]);
    await writeFile(`${report}.html`, median.report[1]);

    let failed = false;
    const notes = [];
    const rows = TARGETS.map(({ id, label, target, ok }) => {
      const value = score(median, id);
      const pass = ok(value);
      if (!pass) {
        failed = true;
        notes.push(
          `${label} ${value}, under its target ${target}: ${losses(lhr, id).join('; ') || 'no scored audit lost points'}`,
        );
      }
      return {
        category: label,
        score: value,
        'runs (by Performance)': runs.map((r) => score(r, id)).join(' '),
        target,
        '': pass ? 'ok' : 'UNDER',
      };
    });
    notes.push(`Where the main thread goes (emulated phone): ${mainThread(lhr)}`);
    const metric = (id) => lhr.audits[id]?.displayValue ?? '–';
    const packedKb = Math.round((lhr.audits['total-byte-weight']?.numericValue ?? 0) / 1000);
    const chromium = /Chrome\/[\d.]+/.exec(lhr.environment.hostUserAgent)?.[0] ?? 'Chromium';
    notes.unshift(
      `${pageName} of the packed Cao Bang sample (${packedKb} kB over the wire, gzipped), ` +
        `${lhr.configSettings.formFactor} emulation, ${lhr.configSettings.throttlingMethod}d throttling, ` +
        `Lighthouse ${lhr.lighthouseVersion}, ${chromium}; median of ${RUNS} runs: ` +
        `FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, ` +
        `TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, ` +
        `Speed Index ${metric('speed-index')}. Full report: ${report}.html`,
      `This machine's CPU benchmark index: ${Math.round(lhr.environment.benchmarkIndex)} (Lighthouse's 4× slow-down ` +
        'assumes a desktop of about 1000 or more; on a busy machine it is lower and Total Blocking Time higher).',
    );
    if (!guide) {
      notes.push(
        'The kit has no <fair-guide> yet, so this measured the kiosk page (index.html); its viewport forbids zoom by design, which costs accessibility points. Rebuild once the guide exists (npm run build).',
      );
    }
    return { title: `Lighthouse: the phone guide (${pageName}), mobile`, rows, notes, failed };
  } finally {
    await browser?.close();
    server?.close();
    await rm(dir, { recursive: true, force: true });
  }
}
