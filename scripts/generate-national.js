#!/usr/bin/env node
// Writes the national sample fair (or a bigger one for benchmarks).
//   node scripts/generate-national.js                      → src/data/samples/national/{feed.json, plan.svg, img/}
//   node scripts/generate-national.js --booths 2000 --products 20000 --out /tmp/bench/feed.json
// Options: --booths N (default 216), --products M (default 2160), --seed S (default 2025), --out file.json.
// The plan is written next to the feed: plan.svg for feed.json, <name>.plan.svg otherwise.
// The generation itself lives in national-generator.js, shared with the browser tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NATIONAL_DEFAULTS, NATIONAL_IMAGES, generateNational, stringifyFeed } from './national-generator.js';
import { writeIllustrations } from './generate-sample-images.js';

function parseArgs(argv) {
  const options = {
    ...NATIONAL_DEFAULTS,
    out: fileURLToPath(new URL('../src/data/samples/national/feed.json', import.meta.url)),
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') {
      console.log('usage: node scripts/generate-national.js [--booths N] [--products M] [--seed S] [--out file.json]');
      process.exit(0);
    }
    if (!['--booths', '--products', '--seed', '--out'].includes(flag) || value === undefined) {
      console.error(`Unknown or incomplete option: ${flag}. Try --help.`);
      process.exit(2);
    }
    i++;
    if (flag === '--out') options.out = resolve(value);
    else {
      const n = Number(value);
      if (!Number.isInteger(n) || n < (flag === '--seed' ? 0 : 1)) {
        console.error(`${flag} needs a whole number${flag === '--seed' ? '' : ' of at least 1'}, not ${value}.`);
        process.exit(2);
      }
      options[flag.slice(2)] = n;
    }
  }
  return options;
}

const options = parseArgs(process.argv.slice(2));
const dir = dirname(options.out);
const planName =
  basename(options.out) === 'feed.json' ? 'plan.svg' : `${basename(options.out).replace(/\.json$/i, '')}.plan.svg`;
const started = performance.now();
const { feed, plan } = generateNational({
  booths: options.booths,
  products: options.products,
  seed: options.seed,
  planImage: planName,
});
const json = stringifyFeed(feed);
mkdirSync(dir, { recursive: true });
writeFileSync(options.out, json);
writeFileSync(join(dir, planName), plan);
writeIllustrations(join(dir, 'img'), NATIONAL_IMAGES);
const ms = Math.round(performance.now() - started);
console.log(
  `${options.out}: ${feed.booths.length} booths, ${feed.producers.length} producers, ${feed.products.length} products, ${(Buffer.byteLength(json) / 1024).toFixed(0)} KB in ${ms} ms`,
);
