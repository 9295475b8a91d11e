// Browser tests in real headless Chromium (Debian's `chromium` or CHROME_PATH).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROME_FLAGS, findChrome } from './scripts/chrome-path.js';
import { hostileFeeds, secondCopy } from './test/fixtures/hostile-server.js';
import { bundledDeps } from './test/fixtures/bundled-deps.js';

// Screenshot tests' output: a run's failed shots and diffs only, never an earlier run's.
const visualDir = fileURLToPath(new URL('./test/visual/', import.meta.url));
rmSync(`${visualDir}failed`, { recursive: true, force: true });

const executablePath = findChrome();
if (!executablePath) {
  throw new Error('No Chrome/Chromium found: run `node scripts/ensure-chrome.js` or set CHROME_PATH.');
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  // Feed servers that hang or drip, under /__hostile/ (test/data/loader-hostile.test.ts).
  middleware: [hostileFeeds()],
  plugins: [
    // `?copy=2` on a module: a second copy of the kit (test/components/two-copies.test.ts).
    secondCopy(),
    // `/__bundled/ajv-2020.js`, `/__bundled/jsqr.js`: CommonJS/UMD test dependencies as ES modules.
    bundledDeps(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    // Screenshot baselines (test/visual/): committed under test/visual/baselines/; a failing test's screenshot
    // and its diff go to test/visual/failed/ (gitignored). `npm run test:visual:update` rewrites the baselines.
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: visualDir,
      getBaselineName: ({ name }) => `baselines/${name}.png`,
      getFailedName: ({ name }) => `failed/${name}.png`,
      getDiffName: ({ name }) => `failed/${name}-diff.png`,
      // Any pixel whose colour moved at all counts (pixelmatch's default tolerance, 0.1, let a dark-theme
      // surface token moved by 20 levels through), and a screen fails when over 0.3 % of its pixels moved.
      // Not 0: under load, Leaflet sometimes leaves the booth layer at a fractional offset after revealing a
      // booth, which softens the booth outlines' edges (0.15 % of a kiosk screen, seen in 1 run of ~5). A
      // padding or token change moves far more (the card's trace box padded 12 -> 14 px: 1.7-2 % of a product screen).
      diffOptions: { threshold: 0 },
      failureThresholdType: 'percent',
      failureThreshold: 0.3,
    }),
  ],
  browsers: [
    chromeLauncher({
      // Each test file in a window of its own: a background tab gets no
      // animation frames in headless Chromium, and Leaflet, Lit fixtures and
      // real mouse drags wait on them.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          ...CHROME_FLAGS.filter((f) => !f.startsWith('--headless')),
          '--disable-background-timer-throttling',
          // Leak tests call window.gc() before reading the heap.
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
        ],
      },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
};
