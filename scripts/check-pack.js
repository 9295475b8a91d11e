#!/usr/bin/env node
// Proves the published package works for a bundler user: `npm pack`, install
// the tarball into a scratch project, bundle an entry that imports one element
// (the product card), check Leaflet was tree-shaken away, and render the card
// in headless Chromium; then run the organizers' `fairkit` command from the
// installed package (`npx fairkit --version`, `--help`), as `npm install
// fairkit` puts it on the path. Run after `npm run build` (npm test does).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findChrome } from './chrome-path.js';
import { serveStatic } from './static-server.js';

const root = new URL('..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'fairkit-pack-'));
const npm = (args, cwd) => execFileSync('npm', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] }).toString();

try {
  const tarball = join(scratch, JSON.parse(npm(['pack', '--json', '--pack-destination', scratch], root))[0].filename);
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  npm(['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], scratch);

  const sample = JSON.parse(readFileSync(join(root, 'src/data/samples/cao-bang/feed.json'), 'utf8'));
  const product = sample.products[0];
  writeFileSync(
    join(scratch, 'entry.js'),
    `
    import 'fairkit/fair-product-card.js';
    import { validateFeed } from 'fairkit/data.js';
    const card = document.createElement('fair-product-card');
    card.feed = ${JSON.stringify(sample)};
    card.setAttribute('product', ${JSON.stringify(product.id)});
    document.body.append(card);
    window.validated = validateFeed(card.feed).problems.length;
  `,
  );
  const result = await build({
    entryPoints: [join(scratch, 'entry.js')],
    bundle: true,
    format: 'esm',
    minify: true,
    outfile: join(scratch, 'out.js'),
    metafile: true,
    absWorkingDir: scratch,
    logLevel: 'error',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const leaflet = inputs.filter((p) => p.includes('node_modules/leaflet/'));
  if (leaflet.length) throw new Error(`the product card pulled in Leaflet: ${leaflet.join(', ')}`);
  const bytes = readFileSync(join(scratch, 'out.js')).length;
  writeFileSync(
    join(scratch, 'index.html'),
    '<!doctype html><html lang="en"><body><script type="module" src="out.js"></script></body></html>',
  );

  // The `fairkit` command from the installed package, through npm's bin link.
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const npx = (args) =>
    execFileSync('npx', ['--no-install', 'fairkit', ...args], {
      cwd: scratch,
      env: { ...process.env, LANG: 'vi_VN.UTF-8' },
    }).toString();
  const printed = npx(['--version']).trim();
  if (printed !== version) throw new Error(`npx fairkit --version printed "${printed}", not ${version}`);
  const help = npx(['--help']);
  for (const command of ['init', 'import', 'export', 'check', 'pack']) {
    if (!new RegExp(`^  ${command}\\b`, 'm').test(help))
      throw new Error(`npx fairkit --help does not list "${command}":\n${help}`);
  }
  if (!help.startsWith('Cách dùng: fairkit'))
    throw new Error(`npx fairkit --help under a Vietnamese locale is not in Vietnamese:\n${help}`);

  const { base, close: closeServer } = await serveStatic(scratch);
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')),
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/`, { waitUntil: 'networkidle0' });
    const shown = await page
      .waitForFunction(
        () => {
          const card = document.querySelector('fair-product-card');
          return card?.shadowRoot?.textContent?.trim() && card.shadowRoot.textContent;
        },
        { timeout: 10000 },
      )
      .then((h) => h.jsonValue());
    const name = typeof product.name === 'string' ? product.name : product.name.en;
    if (!String(shown).includes(name)) throw new Error(`the card does not show "${name}"`);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    console.log(
      `npm pack: installed in a scratch project, bundled the product card alone (${(bytes / 1024).toFixed(1)} KB minified, no Leaflet), rendered "${name}" in Chromium; npx fairkit ${printed} runs from it.`,
    );
  } finally {
    await browser.close();
    closeServer();
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
