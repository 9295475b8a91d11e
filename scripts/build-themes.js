#!/usr/bin/env node
// Writes the ready themes' CSS files (src/themes/<name>.css, auto.css, themes.css)
// from their one source, src/themes/tokens.ts. test/themes/themes.test.ts fails
// when a CSS file and the tokens disagree.
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fairkit-themes-'));
const out = path.join(dir, 'themes.mjs');
await build({
  entryPoints: [path.join(root, 'src/themes/themes.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  logLevel: 'error',
  nodePaths: [path.join(root, 'node_modules')],
});
const themes = await import(pathToFileURL(out).href);
const write = (name, text) => fs.writeFileSync(path.join(root, 'src/themes', name), text);
for (const name of themes.themeNames) write(`${name}.css`, themes.themeCss(name));
write('auto.css', themes.autoThemeCss());
write('themes.css', themes.allThemesCss());
fs.rmSync(dir, { recursive: true, force: true });
console.log(`themes: wrote ${themes.themeNames.length + 2} CSS files in src/themes/`);
