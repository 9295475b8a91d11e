// `npm start`: serves the demo with the TypeScript sources compiled on the fly.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';

export default {
  port: Number(process.env.PORT ?? 8000),
  hostname: process.env.HOST ?? 'localhost',
  rootDir: '.',
  appIndex: 'demo/index.html',
  open: false,
  watch: false,
  nodeResolve: { exportConditions: ['browser', 'development'] },
  middleware: [
    // The server's root is the repository: `/` (what the start banner prints) goes to the kiosk demo.
    function rootToDemo(context, next) {
      if (context.path === '/') {
        context.redirect(`/demo/${context.search ?? ''}`);
        return undefined;
      }
      return next();
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
};
