#!/usr/bin/env node
// The kit's UI-string catalogues, for `npm run localize:extract` / `localize:build` and the check
// (scripts/check-translations.js): lit-localize's own extraction and output, per catalogue.
//   - lit-localize.json: every element's strings but the phone guide's own (src/i18n/locales/, xliff/);
//   - lit-localize.guide.json: the strings of src/components/guide/ (src/components/guide/locales/,
//     xliff/guide/), a chunk per language that only a page with <fair-guide> fetches (src/i18n/locale.ts
//     `addElementCatalogue`), so a kiosk's language download stays the same.
// Each catalogue holds the msg() calls of its own files (a string both use is in both).
// Parts of the kit's catalogue (PARTS, issue 18): an element's own strings, for a page without the rest of
// the kit. `build` writes, beside the kit's catalogue, src/components/<element>/locales/<lang>.ts with only
// the strings of the files that element's module reaches (its own, the shared ones such as fair-element.ts,
// not those of another element with a part: that one loads its own), taken from the kit's translations
// (xliff/, the one place a translator edits). The element asks for its part as it connects
// (`LocaleController.uses`, src/i18n/locale.ts); an element without one asks for the whole kit catalogue.
//   node scripts/localize.js extract|build
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { extractMessagesFromProgram } from '@lit/localize-tools/lib/program-analysis.js';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const GUIDE = `${path.sep}src${path.sep}components${path.sep}guide${path.sep}`;
const ownFile = (name) => path.resolve(name).includes(GUIDE);

export const CATALOGUES = [
  { config: 'lit-localize.json', files: (name) => !ownFile(name) },
  { config: 'lit-localize.guide.json', files: (name) => ownFile(name) },
];

/** Parts of the kit's catalogue: the strings of what one element's module reaches (see above). */
export const PARTS = ['product-card', 'search', 'producer-story', 'fair-data'].map((name) => ({
  name,
  entry: `src/components/${name}/define.ts`,
  outputDir: `src/components/${name}/locales`,
}));

/** The component folders a part's walk does not enter: the other parts' (they load their own) and the guide's. */
const ownFolders = (part) =>
  [...PARTS.filter((p) => p !== part).map((p) => p.name), 'guide'].map((dir) =>
    path.join(root, 'src', 'components', dir, path.sep),
  );

/** The source files a part's element reaches through its imports, static and dynamic. */
export function filesOfPart(part) {
  const skip = ownFolders(part);
  const seen = new Set();
  const queue = [path.join(root, part.entry)];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file) || skip.some((dir) => file.startsWith(dir))) continue;
    seen.add(file);
    // Type-only imports bring no code, so no strings.
    const code = fs.readFileSync(file, 'utf8').replace(/^(import|export) type [^;]*;/gm, '');
    const { importedFiles } = ts.preProcessFile(code, true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const base = path.resolve(path.dirname(file), fileName).replace(/\.js$/, '');
      const found = [`${base}.ts`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f));
      if (found) queue.push(found);
    }
  }
  return seen;
}

/**
 * A localizer writing one part: the kit catalogue's config, translations and ids, with only the
 * messages of the part's files, into the part's folder.
 */
export function partLocalizer(part) {
  const kit = localizerFor(CATALOGUES[0]);
  const files = filesOfPart(part);
  const { messages, errors } = kit.localizer.extractSourceMessages();
  const own = messages.filter((m) => files.has(path.resolve(m.file.fileName)));
  const ids = new Set(own.map((m) => m.name));
  const config = { ...kit.config, output: { ...kit.config.output, outputDir: part.outputDir } };
  const localizer = new RuntimeLitLocalizer(config);
  localizer._sourceMessages = { messages: own, errors };
  const { translations } = kit.localizer.readTranslationsSync();
  localizer._translations = {
    translations: new Map([...translations].map(([locale, list]) => [locale, list.filter((m) => ids.has(m.name))])),
  };
  return { localizer, config, file: `${part.outputDir} (part of ${kit.file})`, ids };
}

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

/**
 * A part's generated module in the repository's style, so `npm run lint` passes on it where the
 * lint does not skip it: Prettier's layout, and lit-localize's eslint-disable comments only where
 * they disable something (an unused one is an error here).
 */
async function tidy(file) {
  const { format, resolveConfig } = await import('prettier');
  let code = fs.readFileSync(file, 'utf8');
  // eslint-disable-next-line no-control-regex -- the rule's own list of irregular whitespace
  if (!/[\u000B\u000C\u00A0\u0085\u1680\u180E\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF]/.test(code))
    code = code.replace(/^\s*\/\* eslint-disable no-irregular-whitespace \*\/\n/m, '');
  code = code.replace(/^\s*\/\* eslint-disable @typescript-eslint\/no-explicit-any \*\/\n/m, '');
  fs.writeFileSync(file, await format(code, { ...(await resolveConfig(file)), filepath: file }));
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
  // The parts have no interchange files of their own: their strings are the kit's (xliff/).
  if (command === 'build')
    for (const part of PARTS) {
      const { localizer, file, ids } = partLocalizer(part);
      await localizer.build();
      for (const locale of localizer.config.targetLocales) await tidy(path.join(root, part.outputDir, `${locale}.ts`));
      console.log(`${file}: ${ids.size} strings built`);
    }
}
