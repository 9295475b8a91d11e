#!/usr/bin/env node
// `npm run bench`: serves the repo (TypeScript compiled on the fly), opens
// every `bench/*.bench.html` in headless Chromium, calls `window.runBench()`
// and prints the table each returns ({ title, rows: [{ column: value }], notes? }); then Lighthouse on the
// packed phone guide (bench/lighthouse.js) and the kiosk's start at 6× CPU throttling (bench/kiosk-start.js).
//   node bench/run.js [filter]   e.g. `node bench/run.js search` runs only search.bench.html,
//                                `node bench/run.js lighthouse` (or `guide`) only Lighthouse,
//                                `node bench/run.js kiosk-start` (or `throttled`) only the kiosk's start
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { serveSources } from './serve-sources.js';
import { runLighthouse } from './lighthouse.js';
import { runKioskStart } from './kiosk-start.js';
import { CHROME_FLAGS, findChrome } from '../scripts/chrome-path.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const filter = process.argv[2] ?? '';
const pages = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.html') && f.includes(filter))
  .sort();
const lighthouse = ['lighthouse', 'guide'].some((name) => name.includes(filter));
const kioskStart = ['kiosk-start', 'throttled'].some((name) => name.includes(filter));
if (!pages.length && !lighthouse && !kioskStart) {
  console.error(`No bench/*.bench.html${filter ? ` matching "${filter}"` : ''}.`);
  process.exit(1);
}

/** Prints rows as an aligned text table (numbers right-aligned). */
function printTable({ title, rows, notes = [] }) {
  console.log(`\n## ${title}\n`);
  if (!rows.length) return;
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (r, c) => (r[c] === undefined || r[c] === null ? '' : String(r[c]));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r, c).length)));
  const numeric = columns.map((c) => rows.every((r) => cell(r, c) === '' || /^[-\d.,–%]+$/.test(cell(r, c))));
  const line = (values) =>
    '| ' + values.map((v, i) => (numeric[i] ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join(' | ') + ' |';
  console.log(line(columns));
  console.log('|' + widths.map((w, i) => (numeric[i] ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|') + '|');
  for (const r of rows) console.log(line(columns.map((c) => cell(r, c))));
  for (const n of notes) console.log(`\n- ${n}`);
}

/** The bench pages, each in a tab of one headless Chromium, against the repo served with its sources. */
async function runPages() {
  const server = await serveSources();
  const { port } = server;
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    // Precise heap numbers and a gc() between builds for the heap column.
    args: [
      ...CHROME_FLAGS.filter((f) => !f.startsWith('--headless')),
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
    ],
    protocolTimeout: 15 * 60 * 1000,
  });
  let failed = false;
  try {
    for (const page of pages) {
      const tab = await browser.newPage();
      tab.on('pageerror', (e) => console.error(`[${page}] ${e.message}`));
      tab.on('console', (m) => {
        if (m.type() === 'error') console.error(`[${page}] ${m.text()}`);
      });
      await tab.goto(`http://127.0.0.1:${port}/bench/${page}`, { waitUntil: 'load' });
      await tab.waitForFunction(() => typeof window.runBench === 'function', { timeout: 60000 });
      const started = Date.now();
      const result = await tab.evaluate(() => window.runBench());
      printTable(result);
      if (result.failed) failed = true;
      console.log(`\n(${page}: ${((Date.now() - started) / 1000).toFixed(0)} s)`);
      await tab.close();
    }
  } catch (error) {
    failed = true;
    console.error(error);
  } finally {
    await browser.close();
    await server.stop();
  }
  return failed;
}

let failed = pages.length ? await runPages() : false;
if (kioskStart) {
  const started = Date.now();
  try {
    for (const result of await runKioskStart()) {
      printTable(result);
      if (result.failed) failed = true;
    }
  } catch (error) {
    failed = true;
    console.error(error);
  }
  console.log(`\n(kiosk-start: ${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
if (lighthouse) {
  const started = Date.now();
  try {
    const result = await runLighthouse();
    printTable(result);
    if (result.failed) failed = true;
  } catch (error) {
    failed = true;
    console.error(error);
  }
  console.log(`\n(lighthouse: ${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
process.exit(failed ? 1 : 0);
