// `fairkit pack` writes `guide.html` beside the kiosk's index.html: the phone guide (`<fair-guide>`) on the same
// kit, feed and service worker. First the page as written (well formed, a phone's viewport that zooms, the fair's
// name, language and colour, the kit and the feed it names are in the folder, recorded and precached); then the
// packed Cao Bang sample served, guide.html opened at phone size, the network cut and the page reloaded: the guide
// starts from the service worker's cache and shows the fair's name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findChrome } from '../../scripts/chrome-path.js';
import { serveStatic } from '../../scripts/static-server.js';
import { fairkit, ROOT, tempFolder } from './run.js';

const SAMPLE = join(ROOT, 'src/data/samples/cao-bang');
const VOID = new Set(['meta', 'link', 'br', 'img', 'input', 'hr', 'source', 'area', 'base', 'col', 'embed', 'wbr']);

/**
 * The HTML's problems as a checker would name them: a missing doctype, a tag closed that is not open or left
 * open, an attribute written twice, a raw `<`, `>` or `&` in text or an attribute. (The page is small and made by
 * fairkit: script and style bodies are skipped, not parsed.)
 */
function htmlProblems(html) {
  const problems = [];
  if (!/^<!doctype html>\n/i.test(html)) problems.push('no <!doctype html> first');
  const body = html.replace(/^<!doctype html>/i, '').replace(/<!--[\s\S]*?-->/g, '');
  const open = [];
  const TOKEN = /<(\/?)([a-z][a-z0-9-]*)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)|(<)/gi;
  for (const [, close, tag, attrs, selfClose, textRun, stray] of body.matchAll(TOKEN)) {
    if (stray) problems.push('a stray "<"');
    if (textRun !== undefined) {
      const inRaw = ['script', 'style'].includes(open.at(-1));
      if (!inRaw && /[<>]|&(?![a-z]+;|#\d+;)/i.test(textRun)) problems.push(`raw markup in text: ${textRun.trim()}`);
      continue;
    }
    if (!tag) continue;
    const name = tag.toLowerCase();
    if (close) {
      if (open.at(-1) !== name) problems.push(`</${name}> closes <${open.at(-1)}>`);
      else open.pop();
      continue;
    }
    const names = [...attrs.matchAll(/\s([a-z-]+)(?:="([^"]*)")?/gi)];
    const seen = new Set();
    for (const [, attr, value = ''] of names) {
      if (seen.has(attr)) problems.push(`<${name}> has ${attr} twice`);
      seen.add(attr);
      if (/[<>]|&(?![a-z]+;|#\d+;)/i.test(value)) problems.push(`<${name} ${attr}> holds raw markup: ${value}`);
    }
    if (!VOID.has(name) && !selfClose) open.push(name);
  }
  if (open.length) problems.push(`left open: ${open.join(', ')}`);
  return problems;
}

const attr = (html, tag, name) => new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`).exec(html)?.[1];
const meta = (html, name) => new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1];

test('pack writes guide.html: a phone page that zooms, the fair’s name, language and colour, the kit and the feed', async (t) => {
  const dir = await tempFolder(t);
  const feed = {
    version: 1,
    fair: {
      id: 'guide-fair',
      name: { ko: '까오방 "특산" 박람회 & 시장', vi: 'Hội chợ "Đặc sản" & chợ' },
      venue: { ko: '광장', vi: 'Quảng trường' },
      locales: ['ko', 'vi'],
      theme: { primary: '#7a1f5c' },
    },
    map: { type: 'plan', levels: [{ id: 'G', image: 'plan.svg', size: [1600, 1000] }] },
    booths: [{ id: 'A01', level: 'G', rect: [100, 100, 80, 60] }],
    places: [{ id: 'kiosk-1', kind: 'kiosk', level: 'G', at: [800, 900] }],
  };
  await writeFile(join(dir, 'plan.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1600 1000"/>');
  await writeFile(join(dir, 'fair.json'), JSON.stringify(feed, null, 2));
  const { code, stdout, stderr } = await fairkit(['pack', 'fair.json', '--out', 'kiosk'], { cwd: dir });
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^index\.html, [\d.]+ kB\nguide\.html, [\d.]+ kB\nsw\.js, /m, 'in the summary, after the kiosk');
  assert.match(stdout, /guide\.html at the same address/);

  const out = join(dir, 'kiosk');
  const html = await readFile(join(out, 'guide.html'), 'utf8');
  assert.deepEqual(htmlProblems(html), [], html);
  assert.equal(attr(html, 'html', 'lang'), 'ko', 'the fair’s first language');
  assert.equal(/<title>([^<]*)<\/title>/.exec(html)?.[1], '까오방 &quot;특산&quot; 박람회 &amp; 시장');
  assert.equal(meta(html, 'theme-color'), '#7a1f5c');
  assert.equal(meta(html, 'description'), '까오방 &quot;특산&quot; 박람회 &amp; 시장 · 광장');
  const viewport = meta(html, 'viewport');
  assert.match(viewport, /width=device-width/);
  assert.doesNotMatch(viewport, /user-scalable|maximum-scale/, 'a phone page must zoom');

  // The same kit as the kiosk, the feed beside it, and the same worker registered.
  const kiosk = await readFile(join(out, 'index.html'), 'utf8');
  const kit = attr(html, 'script', 'src');
  assert.equal(kit, attr(kiosk, 'script', 'src'));
  assert.match(html, new RegExp(`<script type="module" src="${kit}"></script>`));
  assert.ok((await stat(join(out, kit))).size > 0, `${kit} is in the folder`);
  const preloads = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)" \/>/g)].map((m) => m[1]);
  assert.ok(preloads.length > 0, 'the kit’s first chunk is fetched beside its entry');
  for (const chunk of preloads) assert.match(await readFile(join(out, chunk), 'utf8'), /export/, chunk);
  assert.equal(attr(html, 'fair-guide', 'src'), 'fair.json');
  assert.equal(JSON.parse(await readFile(join(out, 'fair.json'), 'utf8')).fair.id, 'guide-fair');
  assert.match(html, /navigator\.serviceWorker\.register\('sw\.js'\)/);
  assert.equal(attr(html, 'fair-guide', 'here'), undefined, 'a phone has no place of its own');

  // Precached by the worker and recorded as fairkit's own (a re-pack replaces it; a foreign guide.html is refused).
  assert.match(await readFile(join(out, 'sw.js'), 'utf8'), /"guide\.html"/);
  const record = JSON.parse(await readFile(join(out, '.fairkit-files.json'), 'utf8'));
  assert.ok(record.files['guide.html'], Object.keys(record.files).join(', '));
  assert.equal((await fairkit(['pack', 'fair.json', '--out', 'kiosk'], { cwd: dir })).code, 0, 'a re-pack');
  await writeFile(join(out, 'guide.html'), '<!doctype html><p>my own page</p>');
  const refused = await fairkit(['pack', 'fair.json', '--out', 'kiosk'], { cwd: dir });
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /guide\.html/);

  const vi = await fairkit(['pack', 'fair.json', '--out', 'vi', '--lang', 'vi'], { cwd: dir });
  assert.equal(vi.code, 0, vi.stderr);
  assert.match(vi.stdout, /^guide\.html, [\d,]+ kB$/m);
  assert.match(vi.stdout, /Trang hướng dẫn cho điện thoại là guide\.html/);
});

/** The text nodes under `el`'s shadow root (nested shadow roots too) that hold `text` and are drawn (in the page). */
function shownText(selector, text) {
  const found = [];
  const walk = (root) => {
    const nodes = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (nodes.nextNode()) {
      const node = nodes.currentNode;
      if (!node.data.includes(text) || !node.parentElement?.checkVisibility({ visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight) found.push(node.data.trim());
    }
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  const host = document.querySelector(selector);
  if (host?.shadowRoot) walk(host.shadowRoot);
  return found.length ? found : false;
}

test('the packed guide runs offline on a phone: guide.html starts from the service worker and shows the fair', async (t) => {
  const started = Date.now();
  const dir = await tempFolder(t);
  await cp(SAMPLE, dir, { recursive: true });
  const feed = JSON.parse(await readFile(join(dir, 'feed.json'), 'utf8'));
  const packed = await fairkit(['pack', 'feed.json', '--out', 'kiosk'], { cwd: dir });
  assert.equal(packed.code, 0, packed.stderr);
  const out = join(dir, 'kiosk');
  const sw = await readFile(join(out, 'sw.js'), 'utf8');
  const precached = JSON.parse(/const FILES = (\[[\s\S]*?\]);/.exec(sw)[1]);

  const server = await serveStatic(out);
  t.after(() => server.close());
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
  t.after(() => browser.close());
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  await page.goto(`${server.base}/guide.html`);
  assert.equal(
    await page.evaluate(() => customElements.get('fair-guide') !== undefined),
    true,
    'the kit defines <fair-guide>',
  );

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

  // The fair's name in the language the guide speaks (the phone's, when the fair has it).
  const names = Object.values(feed.fair.name);
  const shown = await page.waitForFunction(
    (find, selector, texts) => {
      const shownText = new Function(`return (${find})`)();
      return texts.map((text) => shownText(selector, text)).find(Boolean) ?? false;
    },
    { polling: 100, timeout: 15_000 },
    shownText.toString(),
    'fair-guide',
    names,
  );
  t.diagnostic(`shown offline: ${(await shown.jsonValue()).join(' | ')}`);
  assert.ok(names.includes(await page.title()), `the title is the fair's name: ${await page.title()}`);

  // A QR code's deep link opened in a fresh tab, still offline: the booth's page names the producer at it.
  const booth = feed.booths[0];
  const producer = feed.producers.find((p) => p.id === booth.producers[0]);
  const tab = await browser.newPage();
  await tab.setViewport({ width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  await tab.setOfflineMode(true);
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`${server.base}/guide.html#/booth/${booth.id}`);
  await tab.waitForFunction(
    (find, selector, texts) => {
      const shownText = new Function(`return (${find})`)();
      return texts.map((text) => shownText(selector, text)).find(Boolean) ?? false;
    },
    { polling: 100, timeout: 15_000 },
    shownText.toString(),
    'fair-guide',
    Object.values(producer.name),
  );
  // The booth's own page, not home: the title names it before the fair.
  const boothTitle = await tab.title();
  assert.ok(
    !names.includes(boothTitle) && names.some((name) => boothTitle.endsWith(` · ${name}`)),
    `a booth page's title: ${boothTitle}`,
  );
  assert.equal(
    await page.evaluate(() => document.querySelector('meta[name="viewport"]').content),
    'width=device-width, initial-scale=1, viewport-fit=cover',
  );
  assert.deepEqual(notFromCache, [], 'everything came from the service worker');
  assert.deepEqual(errors, [], 'no errors in the page');
  t.diagnostic(`guide offline test: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
