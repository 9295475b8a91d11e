#!/usr/bin/env node
// Screenshot a page in headless Chromium, to look at what a visitor sees.
//   node scripts/screenshot.js <url> <out.png> [width] [height] [--full] [--wait=ms] [--dark] [--reduced-motion] [--then=#/hash]
// --then: after the page has loaded, go to that hash (the phone guide: open a shared list, then its walk).
// Start the dev server first (`PORT=8123 npm start &`).
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findChrome } from './chrome-path.js';

const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith('--'));
const [url, out, width = '1080', height = '1920'] = args.filter((a) => !a.startsWith('--'));
if (!url || !out) {
  console.error('usage: node scripts/screenshot.js <url> <out.png> [width] [height] [--full] [--wait=ms]');
  process.exit(2);
}
const wait = Number(flags.find((f) => f.startsWith('--wait='))?.slice(7) ?? 800);
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')),
});
try {
  const page = await browser.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') console.log(`[console.${m.type()}] ${m.text()}`);
  });
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  const w = Number(width);
  await page.setViewport({
    width: w,
    height: Number(height),
    deviceScaleFactor: 1,
    isMobile: w < 600,
    hasTouch: w < 600,
  });
  const features = [];
  if (flags.includes('--dark')) features.push({ name: 'prefers-color-scheme', value: 'dark' });
  if (flags.includes('--reduced-motion')) features.push({ name: 'prefers-reduced-motion', value: 'reduce' });
  if (features.length) await page.emulateMediaFeatures(features);
  await page.goto(url, { waitUntil: 'networkidle0', timeout: 30000 });
  await new Promise((r) => setTimeout(r, wait));
  const then = flags.find((f) => f.startsWith('--then='))?.slice(7);
  if (then) {
    await page.evaluate((hash) => (location.hash = hash), then);
    await new Promise((r) => setTimeout(r, wait));
  }
  await page.screenshot({ path: out, fullPage: flags.includes('--full') });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
