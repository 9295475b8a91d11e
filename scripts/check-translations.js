#!/usr/bin/env node
// Fails (exit 1) when a UI string is not translated into every UI language.
//
// Extracts every msg() from the sources exactly as `lit-localize extract`
// does (same config, same ids), WITHOUT writing anything, and checks that
//   1. each target language's XLIFF has a non-empty <target> for every id
//      (so a new msg() nobody extracted fails too, not only an empty target);
//   2. each translation keeps the source's placeholders (${…});
//   3. each generated catalogue src/i18n/locales/<lang>.ts holds every id
//      (so `lit-localize build` was run after the last translation);
//   4. each part of the kit's catalogue (an element's own strings,
//      src/components/<element>/locales/<lang>.ts, see scripts/localize.js)
//      holds exactly the ids of the files that element reaches, translated
//      as in the kit's (so no element shows a string untranslated on a page
//      that loads its part alone, and no part carries strings it never shows).
// Run it from `npm test`; fix with `npm run localize:extract`, translate the
// new <target>s in xliff/*.xlf, then `npm run localize:build`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOGUES, PARTS, localizerFor, partLocalizer } from './localize.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// The kit's catalogue, and the catalogues of elements with their own (the phone guide's): scripts/localize.js.
let failed = false;
for (const catalogue of CATALOGUES) {
  const { localizer, config, file: configFile } = localizerFor(catalogue);

  const { messages, errors } = localizer.extractSourceMessages();
  if (errors.length) {
    for (const e of errors)
      console.error(typeof e.messageText === 'string' ? e.messageText : e.messageText.messageText);
    console.error('translations: could not analyse the msg() calls above');
    process.exit(1);
  }

  const textOf = (contents) =>
    contents
      .map((c) => (typeof c === 'string' ? c : ''))
      .join('')
      .trim();
  const sourceById = new Map(messages.map((m) => [m.name, m]));
  const { translations } = localizer.readTranslationsSync();
  const problems = [];

  for (const locale of config.targetLocales) {
    const translated = new Map((translations.get(locale) ?? []).map((m) => [m.name, m]));
    const missing = [...sourceById.values()].filter((m) => {
      const t = translated.get(m.name);
      // A message made only of placeholders has no text to translate.
      return !t || (!textOf(t.contents) && textOf(m.contents));
    });
    for (const m of missing)
      problems.push(
        `${locale}: no translation for "${textOf(m.contents) || m.name}" (${m.name}, ${path.relative(root, m.file.fileName)})`,
      );

    const catalogue = path.join(config.resolve(config.output.outputDir), `${locale}.ts`);
    const built = fs.existsSync(catalogue) ? fs.readFileSync(catalogue, 'utf8') : '';
    const builtIds = new Set([...built.matchAll(/^\s*'([^']+)':/gm)].map((m) => m[1]));
    const unbuilt = [...sourceById.keys()].filter((id) => translated.has(id) && !builtIds.has(id));
    if (unbuilt.length)
      problems.push(
        `${locale}: ${unbuilt.length} translations not in ${path.relative(root, catalogue)}: run \`npx lit-localize build\``,
      );
  }
  for (const e of localizer.validateTranslations().errors) problems.push(e);

  if (problems.length) {
    console.error(problems.join('\n'));
    console.error(
      `\ntranslations: ${problems.length} problem(s) over ${sourceById.size} UI strings × ${config.targetLocales.length} languages`,
    );
    failed = true;
    continue;
  }
  console.log(
    `translations (${configFile}): all ${sourceById.size} UI strings translated into ${config.targetLocales.join(', ')}`,
  );
}
// The parts: written from the kit's translations (checked above), so only whether they are up to date.
const builtTemplates = (file) =>
  new Map(
    [...(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '').matchAll(/^\s*'?([\w-]+)'?: (.*),$/gm)].map((m) => [
      m[1],
      m[2],
    ]),
  );
const kitOutput = (() => {
  const { config } = localizerFor(CATALOGUES[0]);
  return config.resolve(config.output.outputDir);
})();
for (const part of PARTS) {
  const { config, ids } = partLocalizer(part);
  const problems = [];
  for (const locale of config.targetLocales) {
    const file = path.join(root, part.outputDir, `${locale}.ts`);
    const built = builtTemplates(file);
    const kit = builtTemplates(path.join(kitOutput, `${locale}.ts`));
    const missing = [...ids].filter((id) => !built.has(id));
    const extra = [...built.keys()].filter((id) => !ids.has(id));
    const differ = [...ids].filter((id) => built.has(id) && kit.has(id) && built.get(id) !== kit.get(id));
    if (missing.length || extra.length || differ.length)
      problems.push(
        `${path.relative(root, file)}: ${missing.length} strings missing, ${extra.length} not used, ${differ.length} unlike the kit's: run \`npm run localize:build\``,
      );
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    failed = true;
    continue;
  }
  console.log(`translations (${part.outputDir}): its ${ids.size} UI strings, as the kit's, in every UI language`);
}
if (failed) process.exit(1);
