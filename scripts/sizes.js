#!/usr/bin/env node
// What is inside a self-contained build, module by module: for each entry, what a visitor's browser
// downloads to run it (the entry and every chunk it imports statically), each module's minified
// size and its gzipped size alone (a module's share of the whole: gzip across modules is smaller
// than the sum), largest first, then the chunks loaded on demand. Builds in memory with
// rollup.config.js's own plugins (nothing written to dist/).
//   node scripts/sizes.js [standalone|bundle] [entry…] [--top=N]
//   node scripts/sizes.js standalone fair-product-card fair-search
//   node scripts/sizes.js budgets      (the build's own size lines and budgets, bundle and standalone, in memory)
//   node scripts/sizes.js standalone fair-product-card --stub=src/data/validate/messages.ts
//     (what a part weighs in place: each --stub module replaced by one whose every export does nothing)
import { rollup } from 'rollup';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
import fs from 'node:fs';
import path from 'node:path';
import configs from '../rollup.config.js';

const args = process.argv.slice(2);
const top = Number(args.find((a) => a.startsWith('--top='))?.slice(6) ?? 25);
const positional = args.filter((a) => !a.startsWith('--'));
const stubs = new Set(args.filter((a) => a.startsWith('--stub=')).map((a) => path.resolve(a.slice(7))));
/** Replaces each --stub module by exports that do nothing (its named exports read from its source). */
const stubPlugin = {
  name: 'sizes-stub',
  load(id) {
    if (!stubs.has(id)) return null;
    const names = [
      ...fs.readFileSync(id, 'utf8').matchAll(/^export (?:async )?(?:const|function|class|let)\s+(\w+)/gm),
    ];
    return names.map((m) => `export const ${m[1]} = () => {};`).join('\n');
  },
};
const which = positional[0] ?? 'standalone';
const only = positional.slice(1).map((e) => e.replace(/\.js$/, ''));

if (which === 'budgets') {
  for (const c of configs.filter((c) => 'fairkit.bundle' in c.input || c.output.dir === 'dist/standalone')) {
    const b = await rollup(c);
    // Over a budget, the build fails; here the other figures still print.
    await b.generate({ ...c.output, sourcemap: false }).catch((e) => console.log(`    ${e.message}`));
    await b.close();
  }
  process.exit(0);
}

const config = configs.find((c) =>
  which === 'bundle'
    ? 'fairkit.bundle' in c.input
    : which === 'standalone'
      ? c.output.dir === 'dist/standalone'
      : false,
);
if (!config) {
  console.error('usage: node scripts/sizes.js [standalone|bundle] [entry…] [--top=N] | budgets');
  process.exit(2);
}
const input = only.length ? Object.fromEntries(only.map((e) => [e, config.input[e]])) : config.input;
const build = await rollup({
  ...config,
  input,
  plugins: [stubPlugin, ...config.plugins.filter((p) => p.name !== 'fairkit-sizes')],
});
const { output } = await build.generate({ ...config.output, sourcemap: false });
await build.close();

const KB = 1024;
const kb = (n) => `${(n / KB).toFixed(1).padStart(6)} KB`;
const gz = (code) => gzipSync(code, { level: 9 }).length;
const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
const closure = (file, seen = new Set()) => {
  if (seen.has(file) || !chunks.has(file)) return seen;
  seen.add(file);
  for (const dep of chunks.get(file).imports) closure(dep, seen);
  return seen;
};
const short = (id) =>
  path
    .relative(process.cwd(), id.replace(/^\0/, ''))
    .replace(/^node_modules\//, '~')
    .replace(/\?.*$/, '');

/** Each module's rendered code (before the chunk's terser pass) minified alone, and gzipped alone. */
const moduleSizes = new Map();
async function sizeOf(id, code) {
  if (!moduleSizes.has(id)) {
    const min = code
      ? ((
          await minify(code, {
            module: false,
            ecma: 2020,
            compress: false,
            mangle: { toplevel: false },
            format: { comments: false },
          })
        ).code ?? '')
      : '';
    moduleSizes.set(id, { min: min.length, gzip: min ? gz(min) : 0 });
  }
  return moduleSizes.get(id);
}

for (const [file, chunk] of chunks) {
  if (!chunk.isEntry) continue;
  const files = [...closure(file)];
  const statics = files.reduce((sum, f) => sum + gz(chunks.get(f).code), 0);
  console.log(`\n${file}: ${kb(statics)} gzip in ${files.length} file(s): ${files.join(', ')}`);
  const rows = [];
  for (const f of files)
    for (const [id, m] of Object.entries(chunks.get(f).modules))
      if (m.renderedLength) rows.push({ id, ...(await sizeOf(id, m.code)) });
  rows.sort((a, b) => b.gzip - a.gzip);
  const sum = rows.reduce((s, r) => s + r.gzip, 0);
  console.log(`  ${'module'.padEnd(64)} ${'min'.padStart(9)} ${'gzip'.padStart(9)}  (alone; sum ${kb(sum)})`);
  for (const r of rows.slice(0, top)) console.log(`  ${short(r.id).padEnd(64)} ${kb(r.min)} ${kb(r.gzip)}`);
  if (rows.length > top) {
    const rest = rows.slice(top);
    console.log(
      `  ${`… ${rest.length} more`.padEnd(64)} ${kb(rest.reduce((s, r) => s + r.min, 0))} ${kb(rest.reduce((s, r) => s + r.gzip, 0))}`,
    );
  }
  const lazy = [...new Set(files.flatMap((f) => chunks.get(f).dynamicImports))];
  for (const l of lazy) {
    const c = chunks.get(l);
    if (c)
      console.log(
        `  on demand: ${c.name.padEnd(52)} ${kb(gz(c.code))} gzip (${Object.keys(c.modules).map(short).slice(0, 3).join(', ')}${Object.keys(c.modules).length > 3 ? ', …' : ''})`,
      );
  }
}
