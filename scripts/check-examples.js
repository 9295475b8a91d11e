#!/usr/bin/env node
// Proves the embedding examples in examples/ work: builds the React 19 and
// Vue 3 apps (and the hostile page's "other app") with esbuild against the
// npm build in dist/ (resolved through package.json "exports", as a user's
// bundler would), serves the repo, and drives each page in headless Chromium
// as a visitor would. Run after `npm run build` (npm test does).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findChrome } from './chrome-path.js';
import { serveStatic } from './static-server.js';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Resolves `fairkit` and `fairkit/…` through package.json "exports", like a bundler does for an installed package. */
const fairkitExports = {
  name: 'fairkit-exports',
  setup(b) {
    b.onResolve({ filter: /^fairkit(\/.*)?$/ }, ({ path }) => {
      const key = path === 'fairkit' ? '.' : `.${path.slice('fairkit'.length)}`;
      const target = pkg.exports[key];
      const file = typeof target === 'string' ? target : target?.import;
      if (!file) return { errors: [{ text: `"${path}" is not exported by fairkit's package.json` }] };
      return { path: join(root, file) };
    });
  },
};

for (const [entry, out] of [['examples/react/app.jsx', 'examples/react/dist/app.js'], ['examples/vue/app.js', 'examples/vue/dist/app.js'], ['examples/hostile/other-app.js', 'examples/hostile/dist/other-app.js']]) {
  await build({
    entryPoints: [join(root, entry)], outfile: join(root, out), bundle: true, format: 'esm', minify: true,
    jsx: 'automatic', define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    plugins: [fairkitExports], logLevel: 'error', absWorkingDir: root,
  });
}

const { base, close: closeServer } = await serveStatic(root);

function assert(ok, message) {
  if (!ok) throw new Error(message);
}

/** Waits until `selector` (puppeteer's `>>>` pierces shadow roots) exists, then returns it. */
async function find(page, selector, timeout = 10000) {
  const handle = await page.waitForSelector(selector, { timeout, visible: true });
  assert(handle, `${selector} not found`);
  return handle;
}

/** "Find on map" on the card selects the product's booth on the map. */
async function findOnMap(page, card = 'fair-product-card', map = 'fair-booth-map') {
  const button = await find(page, `${card} >>> [part~="button-primary"]`);
  const box = await button.boundingBox();
  assert(box.height >= 44 && box.width >= 44, `"Find on map" is ${box.width}×${box.height}px, under the 44 px touch target`);
  await button.click();
  await page.waitForFunction((m) => !!document.querySelector(m)?.selected, { timeout: 5000 }, map);
  return page.$eval(map, (m) => m.selected);
}

/** The booth that sells a product, worked out from the feed itself. */
function boothOfProduct(page, feedUrl, productId) {
  return page.evaluate(async (url, id) => {
    const feed = await (await fetch(url)).json();
    const producer = feed.products.find((p) => p.id === id).producer;
    return feed.booths.find((b) => b.producers?.includes(producer)).id;
  }, feedUrl, productId);
}

const examples = {
  async plain(page) {
    const booth = await findOnMap(page);
    const expected = await boothOfProduct(page, '/src/data/samples/cao-bang/feed.json', 'mien-dong-500g');
    assert(booth === expected, `the map selected "${booth}", the product is at "${expected}"`);
    return `"Find on map" selected booth ${booth}`;
  },
  async react(page) {
    const booth = await findOnMap(page);
    await page.waitForFunction((b) => document.getElementById('chosen')?.textContent === `Booth ${b}`, { timeout: 5000 }, booth);
    return `React state and the map's "selected" prop follow the card's event (booth ${booth})`;
  },
  async vue(page) {
    const booth = await findOnMap(page);
    await page.waitForFunction((b) => document.getElementById('chosen')?.textContent === `Booth ${b}`, { timeout: 5000 }, booth);
    return `Vue state and the map's "selected" prop follow the card's event (booth ${booth})`;
  },
  async hostile(page) {
    assert(await page.evaluate(() => window.L?.version === '0.7.7'), 'the page\'s own global L was replaced');
    assert(await page.evaluate(() => window.otherAppLocale) === 'fr', 'the other app\'s @lit/localize stopped working');
    const booth = await findOnMap(page);
    const input = await find(page, 'fair-search >>> input');
    await input.click();
    await page.keyboard.type('mien dong');
    await page.waitForFunction(() => /Miến dong|Mien dong/i.test(document.querySelector('fair-search')?.shadowRoot?.textContent ?? ''), { timeout: 5000 });
    const title = await page.$eval('fair-product-card', (c) => {
      const el = c.shadowRoot.querySelector('[part~="title"]');
      return { size: parseFloat(getComputedStyle(el).fontSize), transform: getComputedStyle(el).textTransform };
    });
    assert(title.transform === 'none', 'the host page\'s text-transform reached the card title');
    return `global L and another app's lit-localize untouched; "Find on map" → ${booth}; search finds "mien dong"; card title ${title.size}px, not uppercased`;
  },
  async many(page) {
    await page.waitForFunction(() => document.querySelectorAll('#son-la-cards fair-product-card').length === 3, { timeout: 10000 });
    const compact = await find(page, '#son-la-cards fair-product-card >>> [part~="base"]');
    await compact.click();
    const booth = await findOnMap(page, '#son-la-cards fair-product-card:not([compact])', '#son-la fair-booth-map');
    const other = await page.$eval('#cao-bang fair-booth-map', (m) => m.selected ?? '');
    assert(!other, `the other fair's map changed too (selected "${other}")`);
    return `two feeds on one page; a Son La card selected ${booth} on its own map only`;
  },
  async upgrade(page) {
    assert(await page.evaluate(() => !customElements.get('fair-booth-map')), 'the kit was loaded too early');
    await page.evaluate(() => window.loadKit());
    await find(page, '#map >>> .leaflet-container');
    const leafletMaps = () => page.$eval('#map', (m) => m.shadowRoot.querySelectorAll('.leaflet-container').length);
    const state = () => page.$eval('#map', (m) => `${m.selected}/${m.level}`);
    assert(await state() === 'A03/park', `properties set before the upgrade were lost: ${await state()}`);
    for (let i = 0; i < 20; i++) {
      await page.evaluate(() => window.moveMap());
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
    }
    await find(page, '#second #map >>> .leaflet-container');
    assert(await state() === 'A03/park', `state lost when moved: ${await state()}`);
    assert(await leafletMaps() === 1, `moving the map left ${await leafletMaps()} Leaflet maps`);
    return 'upgraded with its pre-set properties; moved 20 times keeping state and one Leaflet map';
  },
};

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')) });
let failed = 0;
try {
  for (const [name, check] of Object.entries(examples)) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${base}/examples/${name}/`, { waitUntil: 'networkidle0', timeout: 30000 });
      const said = await check(page);
      assert(!errors.length, `page errors: ${errors.join('; ')}`);
      console.log(`✓ examples/${name}: ${said}`);
    } catch (error) {
      failed++;
      console.log(`✗ examples/${name}: ${error.message}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`);
    } finally {
      await page.close();
    }
  }
} finally {
  await browser.close();
  closeServer();
}
console.log(`${Object.keys(examples).length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
