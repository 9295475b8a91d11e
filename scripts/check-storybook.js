#!/usr/bin/env node
// Loads every story of the built Storybook (storybook-static/) in headless
// Chromium and fails on a page error, a console error or an axe violation.
// `npm test` runs it after `npm run build-storybook`.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findChrome } from './chrome-path.js';
import { serveStatic } from './static-server.js';

const dir = new URL('../storybook-static/', import.meta.url).pathname;
if (!existsSync(join(dir, 'index.json'))) {
  console.error('check-storybook: storybook-static/ is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const { base, close: closeServer } = await serveStatic(dir);

const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')),
});
const failures = [];
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 900 });
  let errors = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // A story that shows a broken feed on purpose logs its failed fetch: that is the story, not a bug.
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(`console error: ${m.text()}`);
  });
  for (const story of stories) {
    errors = [];
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'networkidle0', timeout: 30000 });
    await page
      .waitForFunction(
        () =>
          !document.querySelector('[aria-busy="true"]') &&
          ![...document.querySelectorAll('*')].some((el) => el.shadowRoot?.querySelector('[aria-busy="true"]')),
        { timeout: 10000 },
      )
      .catch(() => {});
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document.querySelector('#storybook-root') ?? document.body, {
        resultTypes: ['violations'],
      });
      return result.violations.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')})`,
      );
    });
    const problems = [...errors, ...violations.map((v) => `axe ${v}`)];
    console.log(`${problems.length ? '✗' : '✓'} ${story.title} › ${story.name}`);
    for (const p of problems) failures.push(`${story.id}: ${p}`);
  }
} finally {
  await browser.close();
  closeServer();
}
if (failures.length) {
  console.error(`\n${failures.length} problem(s) in Storybook:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`Storybook: ${stories.length} stories loaded with no console error and no axe violation.`);
