#!/usr/bin/env node
// The kiosk's long robustness checks, in a Chromium of their own (so the heap can be measured after real GCs):
//   node scripts/soak.js [--sessions=1000] [--skip-offline] [--skip-soak] [--feed=national]
// 1. Offline: load the demo, let its service worker cache the kit, the feed and its media, stop the server,
//    reload: the kiosk must still start and show the map.
// 2. Soak: N scripted visits (bench/kiosk-soak.html); DOM nodes and JS heap after each idle reset must stay
//    within 3 % / 5 % of the baseline. With --feed=national, on a national fair of 2,000 booths and 20,000
//    products (scripts/generate-national.js, written to .soak/, ignored by git) instead of the Cao Bang sample;
//    the heap is printed every 50 visits.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findChrome } from './chrome-path.js';

const args = process.argv.slice(2);
const sessions = Number(args.find((a) => a.startsWith('--sessions='))?.slice(11) ?? 1000);
const port = Number(process.env.PORT ?? 8471);
const national = args.includes('--feed=national');
let base = `http://localhost:${port}`;
const root = fileURLToPath(new URL('..', import.meta.url));

function startServer(onPort = port) {
  const bin = fileURLToPath(new URL('../node_modules/@web/dev-server/dist/bin.js', import.meta.url));
  const child = spawn(process.execPath, [bin, '--config', 'web-dev-server.config.js'], {
    cwd: root,
    env: { ...process.env, PORT: String(onPort) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve) => {
    child.stdout.on('data', (d) => {
      if (/localhost/.test(String(d))) resolve(child);
    });
    setTimeout(() => resolve(child), 8000);
  });
}

const wait = (ms) => new Promise((r) => setTimeout(r, ms));
let failed = false;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failed = true;
};

await import('./gen-assets.js');
// The national fair's feed, generated once (the generator is deterministic).
const NATIONAL = '.soak/national-2000/feed.json';
if (national && !existsSync(fileURLToPath(new URL(`../${NATIONAL}`, import.meta.url)))) {
  const gen = spawnSync(
    process.execPath,
    ['scripts/generate-national.js', '--booths', '2000', '--products', '20000', '--out', NATIONAL],
    { cwd: root, stdio: 'inherit' },
  );
  if (gen.status !== 0) throw new Error('scripts/generate-national.js failed');
}
let server = await startServer();
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: [
    ...CHROME_FLAGS.filter((f) => !f.startsWith('--headless')),
    '--js-flags=--expose-gc',
    '--enable-precise-memory-info',
  ],
});
try {
  if (!args.includes('--skip-offline')) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1080, height: 1920 });
    await page.goto(`${base}/demo/index.html`, { waitUntil: 'networkidle0' });
    // Wait for the service worker to control the page and to have cached what the page loaded.
    const cached = await page
      .waitForFunction(
        async () => {
          const keys = await caches.keys();
          if (!keys.length) return 0;
          const n = (await (await caches.open(keys[0])).keys()).length;
          return n > 40 ? n : 0;
        },
        { timeout: 30000, polling: 500 },
      )
      .then((h) => h.jsonValue())
      .catch(() => 0);
    check(cached > 40, `service worker cached ${cached} files`);
    await wait(1500); // the feed's media
    server.kill();
    await wait(500);
    await page.reload({ waitUntil: 'load' }).catch((e) => console.log(`reload: ${e.message}`));
    const offline = await page
      .waitForFunction(
        () => document.querySelector('fair-kiosk')?.shadowRoot?.querySelector('.attract-title')?.textContent,
        { timeout: 15000 },
      )
      .then((h) => h.jsonValue())
      .catch(() => '');
    check(/Cao Bằng/.test(offline), `offline reload shows the attract screen ("${offline}")`);
    const map = await page.evaluate(async () => {
      const kiosk = document.querySelector('fair-kiosk');
      await kiosk.start();
      kiosk.open({ kind: 'product', id: kiosk.shadowRoot.querySelector('fair-booth-map') ? 'thach-den-kho-500g' : '' });
      await new Promise((r) => setTimeout(r, 1500));
      const map = kiosk.shadowRoot.querySelector('fair-booth-map');
      const card = kiosk.shadowRoot.querySelector('fair-product-card');
      return {
        booths: map?.shadowRoot?.querySelectorAll('.leaflet-interactive').length ?? 0,
        card: card?.shadowRoot?.textContent?.includes('Thạch đen') ?? false,
      };
    });
    check(map.booths > 0 && map.card, `offline: map shows ${map.booths} booths, product card renders`);
    await page.close();
    // A fresh origin for the soak (the demo's service worker and cache stay out of it).
    base = `http://localhost:${port + 1}`;
    server = await startServer(port + 1);
  }

  if (!args.includes('--skip-soak')) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1080, height: 1920 });
    page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
    const t0 = Date.now();
    const feed = national ? `&src=../${NATIONAL}` : '';
    await page.goto(`${base}/bench/kiosk-soak.html?sessions=${sessions}${feed}`, { waitUntil: 'load' });
    if (national) console.log('soak on the national fair: 2,000 booths, 20,000 products');
    let last = -1;
    for (;;) {
      const { result, progress, heap } = await page.evaluate(() => ({
        result: window.soakResult,
        progress: window.soakProgress ?? 0,
        heap: window.soakHeap,
      }));
      if (result) {
        console.log(JSON.stringify(result));
        if (result.error) check(false, `soak: ${result.error}`);
        else {
          check(
            result.nodeGrowth <= 0.03,
            `soak: DOM nodes within 3 % of baseline after ${result.sessions} visits (${(result.nodeGrowth * 100).toFixed(1)} %)`,
          );
          const pct = (v) => (v === undefined ? 'not measured' : `${(v * 100).toFixed(1)} %`);
          check(
            result.heapGrowth !== undefined && result.heapGrowth <= 0.05,
            `soak: JS heap after resets within 5 % of the start (the last 10 samples against the first 10, medians: ${pct(result.heapGrowth)}; baseline ${(result.baseline.heap / 1e6).toFixed(1)} MB, peak ${(result.worst.heap / 1e6).toFixed(1)} MB)`,
          );
          check(
            result.heapTrend !== undefined && result.heapTrend <= 0.05,
            `soak: no climb of the heap over the run (${pct(result.heapTrend)})`,
          );
        }
        break;
      }
      if (progress !== last && progress % 50 === 0)
        console.log(
          `  ${progress}/${sessions} visits, ${Math.round((Date.now() - t0) / 1000)} s` +
            (heap
              ? `, JS heap ${(heap.baseline / 1e6).toFixed(1)} MB at the baseline, ${(heap.last / 1e6).toFixed(1)} MB now`
              : ''),
        );
      last = progress;
      await wait(1000);
    }
  }
} finally {
  await browser.close();
  server.kill();
}
process.exit(failed ? 1 : 0);
