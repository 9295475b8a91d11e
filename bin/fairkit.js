#!/usr/bin/env node
// The `fairkit` command for organizers (`npx fairkit --help`). Its code is
// built from src/cli/ into dist/cli/ by `npm run build`; the published package
// ships it built.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/fairkit.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('fairkit: dist/cli/fairkit.js is missing; run "npm run build" in the fairkit folder first.\n');
  process.exit(70);
}
await import(built.href);
