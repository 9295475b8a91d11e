// The repo served with its TypeScript compiled on the fly (as `npm start`
// serves it), on a free loopback port, for the bench pages.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Starts the server; resolves to `{ port, stop }`. */
export async function serveSources() {
  const server = await startDevServer({
    config: {
      rootDir: root,
      port: 0,
      hostname: '127.0.0.1',
      nodeResolve: { exportConditions: ['browser', 'production'] },
      plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: join(root, 'tsconfig.json') })],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { port: server.server.address().port, stop: () => server.stop() };
}
