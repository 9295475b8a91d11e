// The builds:
//  - dist/fairkit.js, dist/data.js and dist/fair-<tag>.js: ES modules for bundlers,
//    dependencies external, code shared between entries split into chunks;
//  - dist/fairkit.bundle.js: one self-contained, minified ES module for a plain
//    <script type="module"> (Lit and Leaflet inside);
//  - dist/standalone/fair-<tag>.js: one visitor element alone, self-contained;
//  - dist/editor/fair-plan-editor.js: the organizers' plan editor, self-contained
//    (Lit, Leaflet's full build, Geoman), never part of the visitor kit.
// Prints every file's gzipped size and fails when a budget is exceeded.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minifyTemplatesPlugin as minifyTemplates } from './scripts/rollup-minify-templates.js';
import { dispatchingModule, ENGLISH_MESSAGES } from './scripts/build-cli.js';

const KB = 1024;
/** A budget in KB as written (31.5, 110). */
const kb = (bytes) => String(Math.round((bytes / KB) * 10) / 10);
/** Gzipped budgets, bytes, for what a visitor downloads (see `sizes`): over one, the build fails. */
const budgets = {
  bundle: { 'fairkit.bundle.js': 110 * KB },
  // One element alone: today's size plus a little, so growth is a decision, not an accident.
  // +1 KB for fair-data, search and the switcher (December): `fair.fallback`, the wiring of
  // <fair-data>, honest search results and the new UI strings in each language.
  // +2–3 KB for fair-data, search, the switcher and the map (December, hostile feeds): each
  // element alone checks its own feed, so each carries the new checks (text caps, bidi
  // controls, language tags through Intl, number bounds, own properties only), the fetch
  // timeout, answers to late feed requests, the host reset and the search caps. The card and
  // the story stay within theirs: their Markdown reader now loads on demand.
  // +1 KB for fair-data (December, issue 14): every element now carries the one font stack
  // per UI language (it had none, so its text fell back to the page's or DejaVu Sans).
  // +0.5 KB for every element (December, issue 17): the kiosk's and the map's new strings (My list,
  // "Take my list", the walk through several booths) in the one UI catalogue every element loads, until
  // per-element catalogues (issue 18), and the hook for an element's own catalogue (the guide's);
  // +1 KB more for the map (`route-from`, `route-stops`: numbered stops, the walk's panel) and the
  // kiosk (the ♡, My list, QR codes to the guide). The guide counts its chunk (it always loads it).
  // Issue 18: each UI language 1.2 KB smaller (short message ids in the catalogues), which the
  // budgets below keep as headroom; the card, the search and the story fetch only their own strings
  // (parts of the kit's catalogue): their budgets are their new figures plus ~0.5 KB (the search's
  // with the engine's growth of the same day).
  standalone: {
    'fair-data.js': 31.5 * KB,
    'fair-product-card.js': 35 * KB,
    'fair-producer-story.js': 43.5 * KB,
    'fair-search.js': 38 * KB,
    'fair-language-switcher.js': 32.5 * KB,
    'fair-booth-map.js': 72 * KB,
    'fair-kiosk.js': 118.5 * KB,
    'fair-guide.js': 110 * KB,
  },

  // The plan editor, an organizer's tool (never a visitor's download): Leaflet's full
  // build (~42 KB), Geoman (~77 KB: its build carries lodash, turf and polyclip), Lit,
  // the feed checker, the route engine, the language switcher and the editor (~20 KB).
  // Measured at 193.5 KB with one UI language (December, issue 16); the budget is that + ~10 %.
  // 203.2 KB once the editor got its keyboard drawing, grid and the checker in Vietnamese;
  // 225.7 KB with its strings in all eight UI languages, each bundled (~3.7 KB gzip per
  // language: loading only the one in use would take ~19 KB off). Budget: that + ~10 %.
  editor: { 'fair-plan-editor.js': 248 * KB },
};
/**
 * Targets not met yet (issue 18: an element alone counts everything it needs, the shared runtime
 * included), printed so every build shows the distance. `node scripts/sizes.js standalone
 * fair-product-card` lists what is inside, module by module. Measured (December): Lit,
 * @lit/localize and @lit/context ~8.5 KB; the feed loader and checker ~11.7 KB, of which the
 * checker's English explanations for organizers (src/data/validate/messages.ts) ~4.2 KB; splitting
 * dist/standalone/ into chunks shared by its elements (so two of them on a page share one runtime)
 * costs the card ~2 KB against a build of the card alone. The QR encoder (3.6 KB) and the Markdown
 * reader (2.1 KB) load on demand.
 */
const targets = {
  standalone: { 'fair-product-card.js': 30 * KB, 'fair-search.js': 30 * KB },
};

const allElementEntries = Object.fromEntries(
  readdirSync('src/components')
    .filter((dir) => existsSync(`src/components/${dir}/define.ts`))
    .map((dir) => {
      const source = readFileSync(`src/components/${dir}/define.ts`, 'utf8');
      const tag = /defineElement\('([a-z-]+)'/.exec(source)?.[1] ?? `fair-${dir}`;
      return [tag, `src/components/${dir}/define.ts`];
    }),
);

/**
 * The plan editor (src/components/plan-editor/) is for organizers: an entry of
 * the npm build like every element, but its self-contained bundle is its own
 * (dist/editor/), outside the visitor kit and dist/standalone/.
 */
const EDITOR = 'fair-plan-editor';
const { [EDITOR]: editorEntry, ...elementEntries } = allElementEntries;

/** Entry modules keep their public file names (package.json "exports"); other modules mirror src/. */
const entryFileOf = new Map([
  [resolve('src/index.ts'), 'fairkit.js'],
  [resolve('src/data/index.ts'), 'data.js'],
  [resolve('src/themes/themes.ts'), 'themes.js'],
  ...Object.entries(allElementEntries).map(([tag, file]) => [resolve(file), `${tag}.js`]),
]);

const external = (id) => /^(lit|@lit\/[^/]+|leaflet|lean-qr|flatbush|@geoman-io\/[^/]+)(\/|$)/.test(id);

/** Chunks loaded on demand other than the UI languages, by name, and when a visitor downloads them. */
const onDemand = [
  ['leaflet-', 'geo maps only'],
  ['qr-encode', 'when a QR code shows'],
  ['keyboard', "the kiosk's on-screen keyboard, fetched when a visit starts"],
  ['routing', 'the route engine, when a route is first asked for (a kiosk: when a visit starts)'],
  ['detail-panel', "the kiosk's booth, product, producer and route panels, fetched when a visit starts"],
  ['visit-styles', "the kiosk's visit screen styles, fetched while the attract screen waits"],
  ['windowed-', 'the windowed lists, for a fair over 1,000 booths'],
  ['render-rich-text', 'the Markdown reader, when a card or story connects (a kiosk: when a visit starts)'],
  ['kiosk', "the plan editor's Preview: the kiosk, when it first opens"],
];

/**
 * The catalogue a chunk loaded on demand is, by its module: 'kit' (src/i18n/locales/, every visitor
 * string but the guide's), a part of it (src/components/<element>/locales/, the strings one element
 * shows: scripts/localize.js), else none.
 */
const catalogueOf = (id = '') => {
  const found = /[/\\]src[/\\](i18n|components[/\\]([\w-]+))[/\\]locales[/\\][\w-]+\.ts$/.exec(id);
  return found ? (found[2] ?? 'kit') : undefined;
};

/**
 * The parts of the kit's catalogue an entry's page fetches where every element it defines names its
 * part (src/i18n/locale.ts, `LocaleController.uses`): the story renders its products as cards. Any
 * other entry's elements fetch the kit's whole catalogue.
 */
const PARTS_OF = {
  'fair-product-card.js': ['product-card'],
  'fair-search.js': ['search'],
  'fair-producer-story.js': ['producer-story', 'product-card'],
};

/** The phone guide's chunks: the guide itself (guide-app) and its own strings, one chunk per UI language. */
const GUIDE_CHUNKS = 'the phone guide, when a <fair-guide> connects';

/**
 * Prints, for each entry, what a visitor's browser downloads to run it: the
 * entry with every chunk it statically imports, plus the largest chunk it may
 * load on demand (one UI language), gzipped. Fails the build over a budget.
 */
function sizes(title, entryBudgets = {}, entryTargets = {}) {
  return {
    name: 'fairkit-sizes',
    generateBundle(_options, bundle) {
      const gz = new Map();
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type === 'chunk') gz.set(file, gzipSync(chunk.code, { level: 9 }).length);
      }
      const closure = (file, seen = new Set()) => {
        if (seen.has(file) || !bundle[file]) return seen;
        seen.add(file);
        for (const dep of bundle[file].imports) closure(dep, seen);
        return seen;
      };
      const failures = [];
      console.log(`  ${title}`);
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const files = closure(file);
        const statics = [...files].reduce((sum, f) => sum + gz.get(f), 0);
        const lazy = [...new Set([...files].flatMap((f) => bundle[f].dynamicImports))].map((f) => ({
          name: bundle[f]?.name ?? f,
          size: gz.get(f) ?? 0,
          guide: !!bundle[f]?.facadeModuleId?.includes('/components/guide/'),
          catalogue: catalogueOf(bundle[f]?.facadeModuleId),
        }));
        const when = (c) =>
          c.guide
            ? GUIDE_CHUNKS
            : c.catalogue
              ? undefined
              : onDemand.find(([prefix]) => c.name.startsWith(prefix))?.[1];
        // One UI language: the largest, over the languages, of the catalogues the entry's page fetches.
        const wanted = PARTS_OF[file] ?? ['kit'];
        const perLocale = new Map();
        for (const c of lazy)
          if (!c.guide && wanted.includes(c.catalogue)) perLocale.set(c.name, (perLocale.get(c.name) ?? 0) + c.size);
        const language = Math.max(0, ...perLocale.values());
        const others = lazy.filter((c) => when(c));
        // The budget is what a visitor downloads at a plan-map fair: the entry, its static imports, one UI
        // language; for the guide alone also its own chunk and strings, which it fetches as it connects.
        const guideChunks = file === 'fair-guide.js' ? guideBytes(others.filter((c) => c.guide)) : 0;
        const total = statics + language + guideChunks;
        const budget = entryBudgets[file];
        const target = entryTargets[file];
        if (budget && total > budget)
          failures.push(`${file}: ${(total / KB).toFixed(1)} KB gzip is over its ${kb(budget)} KB budget`);
        const verdict = (limit, kind) => (limit ? `, ${kind} ${kb(limit)} KB: ${total > limit ? 'OVER' : 'ok'}` : '');
        console.log(
          `    ${file.padEnd(30)} ${(statics / KB).toFixed(1).padStart(6)} KB gzip` +
            (language
              ? ` + ${(language / KB).toFixed(1)} KB one UI language` +
                (PARTS_OF[file] ? ` (its strings alone: ${wanted.join(', ')})` : '')
              : '') +
            others
              .filter((c) => !c.guide)
              .map((c) => ` (+ ${(c.size / KB).toFixed(1)} KB ${c.name}, ${when(c)})`)
              .join('') +
            guideSummary(others.filter((c) => c.guide)) +
            (budget || target
              ? `  = ${(total / KB).toFixed(1)} KB${verdict(budget, 'budget')}${verdict(target, 'target')}`
              : ''),
        );
      }
      if (failures.length) this.error(`Size budget exceeded:\n${failures.join('\n')}`);
    },
  };
}

/** The guide's chunks: the guide itself and the largest of its language chunks. */
function guideBytes(chunks) {
  const app = chunks.find((c) => !/^(vi|zh-Hans|zh-Hant|ko|ja|ru|th)$/.test(c.name));
  return (app?.size ?? 0) + Math.max(0, ...chunks.filter((c) => c !== app).map((c) => c.size));
}

/** The guide's chunks in one mention. */
function guideSummary(chunks) {
  if (!chunks.length) return '';
  return ` (+ ${(guideBytes(chunks) / KB).toFixed(1)} KB ${GUIDE_CHUNKS}, one UI language included)`;
}

const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', loaders: { '.json': 'json' } });

/** Leaflet's own sources import each other in circles; that is theirs and harmless. */
function onwarn(warning, warn) {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules/leaflet/')))
    return;
  warn(warning);
}

/**
 * Leaflet's SVG renderer imports its VML fallback for Internet Explorer 8 and
 * uses it only when `Browser.vml` is true, which no browser the kit supports
 * is: the self-contained builds get an empty stand-in (0.5 KB gzip less).
 */
function noVml() {
  const id = '\0leaflet-no-vml';
  return {
    name: 'fairkit-no-vml',
    resolveId: (source, importer) =>
      source === './SVG.VML' && importer?.includes('leaflet/src/layer/vector/') ? id : null,
    load: (source) => (source === id ? 'export var vmlCreate = function () {}; export var vmlMixin = {};' : null),
  };
}

// unsafe_methods turns `{ m: function () {} }` into `{ m() {} }` (not constructible): neither the
// kit nor Leaflet calls `new` on an object's method (Leaflet's classes are made with Class.extend). 0.4 KB gzip.
/**
 * The plan editor's bundle only: the feed checker's messages in the editor's
 * language, Vietnamese or English — the dispatching module of the `fairkit`
 * command's build (scripts/build-cli.js) in place of the English one, asking
 * src/components/plan-editor/checker-language.ts for the language. The
 * visitor kit keeps the English messages alone.
 */
function editorCheckerMessages() {
  const id = '\0fairkit-editor-checker-messages';
  return {
    name: 'fairkit-editor-checker-messages',
    resolveId(source, importer) {
      if (!importer || importer === id || !/(^|\/)messages(\.js|\.ts)?$/.test(source)) return null;
      const file = resolve(dirname(importer), source).replace(/\.js$/, '.ts');
      return file === ENGLISH_MESSAGES || `${file}.ts` === ENGLISH_MESSAGES ? id : null;
    },
    load(loaded) {
      return loaded === id
        ? dispatchingModule(undefined, resolve('src/components/plan-editor/checker-language.ts'))
        : null;
    },
  };
}

/**
 * The catalogues' message ids, in the self-contained builds: lit-localize's are "s" and 16 hex digits
 * of a hash, 8 bytes of gzip each that nothing compresses (1.2–1.3 KB of a 4.6 KB UI language). Their
 * first SHORT_ID characters tell every kit string apart; src/i18n/locale.ts looks a full id up by them
 * (`HASH_ID`). Two strings alike that far fail the build (then lengthen both). The npm build (dist/*.js,
 * for bundlers and host apps' own catalogues) keeps the full ids.
 */
const SHORT_ID = 7;
function shortMessageIds() {
  const seen = new Map();
  return {
    name: 'fairkit-short-message-ids',
    transform(code, id) {
      if (!/[/\\]src[/\\](.+[/\\])?locales[/\\][\w-]+\.ts$/.test(id)) return null;
      return code.replace(/^(\s*)'?(s[0-9a-f]{16})'?:/gm, (_, indent, full) => {
        const short = full.slice(0, SHORT_ID);
        if ((seen.get(short) ?? full) !== full) this.error(`message ids ${full} and ${seen.get(short)} share ${short}`);
        seen.set(short, full);
        return `${indent}${short}:`;
      });
    },
  };
}

/**
 * The bundle holds every element, and an element that names no part of the kit's catalogue (the kiosk,
 * the map, the switcher) fetches the whole one, which holds every part: its elements all fetch the whole
 * one, and the parts' tables (src/components/<element>/strings.ts) are left out, with their chunks
 * (0.4 KB gzip). The standalone builds keep them: a page of cards alone fetches the card's strings.
 */
function wholeCatalogue() {
  const prefix = '\0fairkit-whole-catalogue:';
  return {
    name: 'fairkit-whole-catalogue',
    resolveId(source, importer) {
      if (source !== './strings.js' || !importer || !/[/\\]src[/\\]components[/\\][\w-]+[/\\]/.test(importer))
        return null;
      return prefix + resolve(dirname(importer), 'strings.ts');
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const names = [...readFileSync(id.slice(prefix.length), 'utf8').matchAll(/^export const (\w+)/gm)].map(
        (m) => m[1],
      );
      return names.map((name) => `export const ${name} = undefined;`).join('\n');
    },
  };
}

const minified = () => [
  shortMessageIds(),
  noVml(),
  nodeResolve({ exportConditions: ['browser', 'production'] }),
  ts(),
  minifyTemplates(),
  terser({ module: true, ecma: 2020, compress: { passes: 3, unsafe_methods: true }, format: { comments: false } }),
];

export default [
  // For bundlers: dependencies external, shared code in chunks.
  {
    input: { fairkit: 'src/index.ts', data: 'src/data/index.ts', themes: 'src/themes/themes.ts', ...allElementEntries },
    external,
    onwarn,
    plugins: [nodeResolve(), ts(), sizes('dist/ (for bundlers; lit, leaflet, lean-qr, flatbush, geoman external)')],
    // One file per source module, so a bundler tree-shakes by module and the
    // registration modules (fair-*.js, listed in "sideEffects") stay whole.
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: (chunk) => entryFileOf.get(chunk.facadeModuleId) ?? '[name].js',
      sourcemap: true,
    },
  },
  // For a plain <script type="module">: everything inside; UI languages load on demand from beside it.
  {
    input: { 'fairkit.bundle': 'src/index.ts' },
    onwarn,
    plugins: [wholeCatalogue(), ...minified(), sizes('dist/fairkit.bundle.js (self-contained)', budgets.bundle)],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'bundle/[name]-[hash].js',
      sourcemap: true,
    },
  },
  // One element alone, self-contained, for a page that needs only that element.
  {
    input: elementEntries,
    onwarn,
    plugins: [
      ...minified(),
      sizes('dist/standalone/ (one element, self-contained)', budgets.standalone, targets.standalone),
    ],
    output: {
      dir: 'dist/standalone',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
  },
  // The plan editor for an organizer's page (and `fairkit edit`), self-contained, with its
  // chunks beside it; the kiosk its Preview shows loads on demand.
  ...(editorEntry
    ? [
        {
          input: { [EDITOR]: editorEntry },
          onwarn,
          plugins: [
            editorCheckerMessages(),
            ...minified(),
            sizes('dist/editor/ (the plan editor, self-contained; not in the visitor kit)', budgets.editor),
          ],
          output: {
            dir: 'dist/editor',
            format: 'es',
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[name]-[hash].js',
            sourcemap: true,
          },
        },
      ]
    : []),
];
