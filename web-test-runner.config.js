// Browser tests in real headless Chromium (Debian's `chromium` or CHROME_PATH).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { CHROME_FLAGS, findChrome } from './scripts/chrome-path.js';
import { hostileFeeds, secondCopy } from './test/fixtures/hostile-server.js';

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
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
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
