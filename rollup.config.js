// Two builds:
//  - dist/fairkit.js, dist/data.js and dist/fair-<tag>.js: ES modules for bundlers,
//    dependencies external, code shared between entries split into chunks;
//  - dist/fairkit.bundle.js: one self-contained, minified ES module for a plain
//    <script type="module"> (Lit and Leaflet inside).
// Prints every file's gzipped size and fails when a budget is exceeded.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { minifyCss } from './scripts/rollup-minify-css.js';

const KB = 1024;
/** Gzipped budgets, bytes. */
const budgets = {
  'fairkit.bundle.js': 110 * KB,
};

const elementEntries = Object.fromEntries(
  readdirSync('src/components')
    .filter((dir) => existsSync(`src/components/${dir}/define.ts`))
    .map((dir) => {
      const source = readFileSync(`src/components/${dir}/define.ts`, 'utf8');
      const tag = /defineElement\('([a-z-]+)'/.exec(source)?.[1] ?? `fair-${dir}`;
      return [tag, `src/components/${dir}/define.ts`];
    }),
);

const external = (id) => /^(lit|@lit\/|leaflet|lean-qr)(\/|$)/.test(id);

function sizes() {
  const rows = [];
  return {
    name: 'fairkit-sizes',
    generateBundle(_options, bundle) {
      for (const [file, chunk] of Object.entries(bundle)) {
        if (file.endsWith('.map')) continue;
        const code = chunk.type === 'chunk' ? chunk.code : chunk.source;
        rows.push({ file, raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length });
      }
    },
    writeBundle() {
      const failures = [];
      for (const { file, raw, gzip } of rows.sort((a, b) => a.file.localeCompare(b.file))) {
        const budget = budgets[file];
        const over = budget && gzip > budget;
        if (over) failures.push(`${file}: ${(gzip / KB).toFixed(1)} KB gzip is over its ${(budget / KB).toFixed(0)} KB budget`);
        console.log(
          `  ${file.padEnd(34)} ${(raw / KB).toFixed(1).padStart(8)} KB  ${(gzip / KB).toFixed(1).padStart(7)} KB gzip` +
            (budget ? `  (budget ${(budget / KB).toFixed(0)} KB${over ? ' — OVER' : ''})` : ''),
        );
      }
      rows.length = 0;
      if (failures.length) throw new Error(`Size budget exceeded:\n${failures.join('\n')}`);
    },
  };
}

const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', loaders: { '.json': 'json' } });

export default [
  {
    input: { fairkit: 'src/index.ts', data: 'src/data/index.ts', ...elementEntries },
    external,
    plugins: [nodeResolve(), ts(), sizes()],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
  },
  {
    input: 'src/index.ts',
    plugins: [nodeResolve({ exportConditions: ['browser', 'production'] }), ts(), minifyCss(), terser({ format: { comments: false } }), sizes()],
    output: { file: 'dist/fairkit.bundle.js', format: 'es', inlineDynamicImports: true, sourcemap: true },
  },
];
