#!/usr/bin/env node
// The kit's UI-string catalogues, for `npm run localize:extract` / `localize:build` and the check
// (scripts/check-translations.js): lit-localize's own extraction and output, per catalogue.
//   - lit-localize.json: every element's strings but the phone guide's own (src/i18n/locales/, xliff/);
//   - lit-localize.guide.json: the strings of src/components/guide/ (src/components/guide/locales/,
//     xliff/guide/), a chunk per language that only a page with <fair-guide> fetches (src/i18n/locale.ts
//     `addElementCatalogue`), so a kiosk's language download stays the same.
// Each catalogue holds the msg() calls of its own files (a string both use is in both).
//   node scripts/localize.js extract|build
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { extractMessagesFromProgram } from '@lit/localize-tools/lib/program-analysis.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const GUIDE = `${path.sep}src${path.sep}components${path.sep}guide${path.sep}`;
const ownFile = (name) => path.resolve(name).includes(GUIDE);

export const CATALOGUES = [
  { config: 'lit-localize.json', files: (name) => !ownFile(name) },
  { config: 'lit-localize.guide.json', files: (name) => ownFile(name) },
];

/** A lit-localize runtime localizer for one catalogue: its config, and only the msg() calls of its files. */
export function localizerFor({ config: file, files }) {
  const raw = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
  const config = { ...raw, baseDir: root, resolve: (p) => path.resolve(root, p) };
  const localizer = new RuntimeLitLocalizer(config);
  const program = localizer.program;
  const only = new Proxy(program, {
    get: (target, key) =>
      key === 'getSourceFiles'
        ? () => target.getSourceFiles().filter((f) => files(f.fileName))
        : typeof target[key] === 'function'
          ? target[key].bind(target)
          : target[key],
  });
  // What extractSourceMessages() returns from now on (lit-localize keeps it there).
  localizer._sourceMessages = extractMessagesFromProgram(only);
  return { localizer, config, file };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const command = process.argv[2];
  if (command !== 'extract' && command !== 'build') {
    console.error('usage: node scripts/localize.js extract|build');
    process.exit(2);
  }
  for (const catalogue of CATALOGUES) {
    const { localizer, file } = localizerFor(catalogue);
    const { messages, errors } = localizer.extractSourceMessages();
    if (errors.length) {
      for (const e of errors)
        console.error(typeof e.messageText === 'string' ? e.messageText : e.messageText.messageText);
      process.exit(1);
    }
    if (command === 'extract') await localizer.writeInterchangeFiles();
    else await localizer.build();
    console.log(`${file}: ${messages.length} strings ${command === 'extract' ? 'extracted' : 'built'}`);
  }
}
