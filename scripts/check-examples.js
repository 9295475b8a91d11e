#!/usr/bin/env node
// Proves the embedding examples in examples/ work: builds the React 19 and
// Vue 3 apps (TSX and a single-file component; their types are checked by
// `npm run test:types`) and the hostile page's "other app" with esbuild against the
// npm build in dist/ (resolved through package.json "exports", as a user's
// bundler would), serves the repo, and drives each page in headless Chromium
// as a visitor would. Run after `npm run build` (npm test does).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { compileScript, parse as parseSfc } from 'vue/compiler-sfc';
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

/**
 * `.vue` single-file components, compiled with vue/compiler-sfc (as @vitejs/plugin-vue does), the `fair-`
 * tags marked as custom elements as the README's Vite config says.
 */
const vueSfc = {
  name: 'vue-sfc',
  setup(b) {
    b.onLoad({ filter: /\.vue$/ }, ({ path }) => {
      const { descriptor, errors } = parseSfc(readFileSync(path, 'utf8'), { filename: path });
      if (errors.length) return { errors: errors.map((e) => ({ text: e.message })) };
      const { content } = compileScript(descriptor, {
        id: path,
        inlineTemplate: true,
        templateOptions: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('fair-') } },
      });
      return { contents: content, loader: 'ts', resolveDir: dirname(path) };
    });
  },
};

for (const [entry, out] of [
  ['examples/react/app.tsx', 'examples/react/dist/app.js'],
  ['examples/vue/app.ts', 'examples/vue/dist/app.js'],
  ['examples/hostile/other-app.js', 'examples/hostile/dist/other-app.js'],
]) {
  await build({
    entryPoints: [join(root, entry)],
    outfile: join(root, out),
    bundle: true,
    format: 'esm',
    minify: true,
    jsx: 'automatic',
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    plugins: [fairkitExports, vueSfc],
    logLevel: 'error',
    absWorkingDir: root,
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
  assert(
    box.height >= 44 && box.width >= 44,
    `"Find on map" is ${box.width}×${box.height}px, under the 44 px touch target`,
  );
  await button.click();
  await page.waitForFunction((m) => !!document.querySelector(m)?.selected, { timeout: 5000 }, map);
  return page.$eval(map, (m) => m.selected);
}

/** The booth that sells a product, worked out from the feed itself. */
function boothOfProduct(page, feedUrl, productId) {
  return page.evaluate(
    async (url, id) => {
      const feed = await (await fetch(url)).json();
      const producer = feed.products.find((p) => p.id === id).producer;
      return feed.booths.find((b) => b.producers?.includes(producer)).id;
    },
    feedUrl,
    productId,
  );
}

/**
 * The hostile page's root is 62.5 %, its body's font size 0 with spaced-out, uppercase, `pre` text, and four
 * elements sit in vertical-rl columns with `line-height: 0` and `letter-spacing: 1em`: what a person reads must
 * be as on a clean page. Measures every visible text in every element (nested shadow roots included).
 */
async function hostileTypography(page) {
  await page.waitForFunction(
    () =>
      document.querySelector('#vertical-kiosk fair-kiosk')?.shadowRoot?.querySelector('.attract-title') &&
      [...document.querySelectorAll('fair-product-card, fair-search, fair-booth-map')].every((e) =>
        e.shadowRoot?.querySelector('[part~="base"]'),
      ) &&
      [...document.querySelectorAll('fair-booth-map')].every((m) => m.shadowRoot.querySelector('.fair-booth')),
    { timeout: 10000 },
  );
  const elements = await page.evaluate(() => {
    const shown = (el) => {
      const box = el.getBoundingClientRect();
      return (
        box.width > 1 &&
        box.height > 1 &&
        !el.closest('.fair-visually-hidden, .leaflet-control-attribution') &&
        el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
      );
    };
    const texts = (root, out = []) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if (n.textContent.trim() && n.parentElement && !n.parentElement.closest('style') && shown(n.parentElement))
          out.push(n.parentElement);
      for (const input of root.querySelectorAll('input')) if (shown(input)) out.push(input);
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) texts(el.shadowRoot, out);
      return out;
    };
    return [...document.querySelectorAll('fair-product-card, fair-search, fair-booth-map, fair-kiosk')].map((el) => {
      const where = `${el.localName}${el.closest('.vertical') ? ' in a vertical column' : ''}`;
      const booths = [...el.shadowRoot.querySelectorAll('.fair-booth')].filter((b) => {
        const r = b.getBoundingClientRect();
        return r.width > 4 && r.height > 4;
      }).length;
      return {
        where,
        tag: el.localName,
        width: el.getBoundingClientRect().width,
        column: el.closest('.vertical')?.getBoundingClientRect().width,
        booths,
        input:
          el.localName === 'fair-search'
            ? parseFloat(getComputedStyle(el.shadowRoot.querySelector('input')).fontSize)
            : undefined,
        title:
          el.localName === 'fair-product-card'
            ? parseFloat(getComputedStyle(el.shadowRoot.querySelector('[part~="title"]')).fontSize)
            : undefined,
        texts: texts(el.shadowRoot).map((t) => {
          const s = getComputedStyle(t);
          return {
            text: (t.value || t.placeholder || t.textContent).trim().slice(0, 30),
            size: parseFloat(s.fontSize),
            lineHeight: s.lineHeight,
            writingMode: s.writingMode,
            wordSpacing: s.wordSpacing,
            textIndent: s.textIndent,
            whiteSpace: s.whiteSpace,
          };
        }),
      };
    });
  });
  for (const e of elements) {
    assert(e.texts.length > 0, `${e.where}: no text to read`);
    const sideways = e.texts.filter((t) => t.writingMode !== 'horizontal-tb');
    assert(!sideways.length, `${e.where}: text set ${sideways[0]?.writingMode} ("${sideways[0]?.text}")`);
    const leaked = e.texts.filter(
      (t) =>
        t.wordSpacing !== '0px' || t.textIndent !== '0px' || t.whiteSpace.startsWith('pre') || t.lineHeight === '0px',
    );
    assert(
      !leaked.length,
      `${e.where}: the page's typography reached "${leaked[0]?.text}" (${JSON.stringify(leaked[0])})`,
    );
    // Kiosk text never under 16 px; elsewhere the smallest the kit draws is a badge at 0.72 × 16 px (a 10 px root leaking in would be less).
    const tiny = e.texts.filter((t) => t.size < (e.tag === 'fair-kiosk' ? 16 : 11.5));
    assert(!tiny.length, `${e.where}: "${tiny[0]?.text}" is ${tiny[0]?.size}px`);
    if (e.input !== undefined) assert(e.input >= 16, `${e.where}: the search box's text is ${e.input}px, under 16 px`);
    if (e.title !== undefined) assert(e.title >= 16, `${e.where}: the card's title is ${e.title}px, under 16 px`);
    if (e.tag === 'fair-booth-map')
      assert(e.width > 0 && e.booths > 0, `${e.where}: ${e.width}px wide, ${e.booths} booths drawn`);
    if (e.column && e.tag !== 'fair-search')
      assert(Math.abs(e.width - e.column) < 2, `${e.where}: ${e.width}px wide in a column of ${e.column}px`);
  }
  const kiosk = elements.find((e) => e.tag === 'fair-kiosk');
  const smallest = (e) => Math.min(...e.texts.map((t) => t.size));
  return `under a 62.5 % root, font-size 0 and vertical columns: every text horizontal, the page's spacing kept out, search text ${elements
    .filter((e) => e.input)
    .map((e) => `${e.input}px`)
    .join(' and ')}, the kiosk's smallest text ${smallest(kiosk)}px, maps ${elements
    .filter((e) => e.tag === 'fair-booth-map')
    .map((e) => `${Math.round(e.width)}px wide with ${e.booths} booths`)
    .join(' and ')}`;
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
    await page.waitForFunction(
      (b) => document.getElementById('chosen')?.textContent === `Booth ${b}`,
      { timeout: 5000 },
      booth,
    );
    return `React state and the map's "selected" prop follow the card's event (booth ${booth})`;
  },
  async vue(page) {
    const booth = await findOnMap(page);
    await page.waitForFunction(
      (b) => document.getElementById('chosen')?.textContent === `Booth ${b}`,
      { timeout: 5000 },
      booth,
    );
    return `Vue state and the map's "selected" prop follow the card's event (booth ${booth})`;
  },
  async hostile(page) {
    assert(await page.evaluate(() => window.L?.version === '0.7.7'), "the page's own global L was replaced");
    assert(
      (await page.evaluate(() => window.otherAppLocale)) === 'fr',
      "the other app's @lit/localize stopped working",
    );
    const booth = await findOnMap(page);
    const input = await find(page, 'fair-search >>> input');
    await input.click();
    await page.keyboard.type('mien dong');
    await page.waitForFunction(
      () => /Miến dong|Mien dong/i.test(document.querySelector('fair-search')?.shadowRoot?.textContent ?? ''),
      { timeout: 5000 },
    );
    const title = await page.$eval('fair-product-card', (c) => {
      const el = c.shadowRoot.querySelector('[part~="title"]');
      return { size: parseFloat(getComputedStyle(el).fontSize), transform: getComputedStyle(el).textTransform };
    });
    assert(title.transform === 'none', "the host page's text-transform reached the card title");
    const measured = await hostileTypography(page);
    return `global L and another app's lit-localize untouched; "Find on map" → ${booth}; search finds "mien dong"; card title ${title.size}px, not uppercased; ${measured}`;
  },
  async many(page) {
    await page.waitForFunction(() => document.querySelectorAll('#son-la-cards fair-product-card').length === 3, {
      timeout: 10000,
    });
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
    assert((await state()) === 'A03/park', `properties set before the upgrade were lost: ${await state()}`);
    for (let i = 0; i < 20; i++) {
      await page.evaluate(() => window.moveMap());
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
    }
    await find(page, '#second #map >>> .leaflet-container');
    assert((await state()) === 'A03/park', `state lost when moved: ${await state()}`);
    assert((await leafletMaps()) === 1, `moving the map left ${await leafletMaps()} Leaflet maps`);
    return 'upgraded with its pre-set properties; moved 20 times keeping state and one Leaflet map';
  },
};

const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')),
});
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
