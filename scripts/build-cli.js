// Builds the organizers' `fairkit` command (src/cli/) into dist/cli/fairkit.js:
// one ES module for Node 20, with the feed checker and route engine from
// src/data bundled in, and its npm dependencies (commander, exceljs, papaparse,
// sharp, fflate, flatbush) left as imports. It never enters the visitor kit.
import { build } from 'esbuild';
import { readFileSync, statSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// `--out dist/cli-x/fairkit.js` builds elsewhere (keep it inside dist/: the CLI finds the kit at ../).
const outAt = process.argv.indexOf('--out');
const outfile = outAt > 0 ? process.argv[outAt + 1] : 'dist/cli/fairkit.js';

await build({
  entryPoints: ['src/cli/bin.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  define: { FAIRKIT_VERSION: JSON.stringify(version) },
  logLevel: 'warning',
});
console.log(`fairkit CLI: ${outfile} ${(statSync(outfile).size / 1024).toFixed(1)} KB (Node, not in the visitor kit)`);
