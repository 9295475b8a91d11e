#!/usr/bin/env node
// `npm start`: generate what the sources need, then serve the demo.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

await import('./gen-assets.js');
const port = process.env.PORT ?? '8000';
const bin = fileURLToPath(new URL('../node_modules/@web/dev-server/dist/bin.js', import.meta.url));
console.log(`Fairkit demo: http://localhost:${port}/demo/ (http://localhost:${port}/ redirects there)`);
const child = spawn(process.execPath, [bin, '--config', 'web-dev-server.config.js'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
