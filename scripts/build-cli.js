// Builds the organizers' `fairkit` command (src/cli/) into dist/cli/fairkit.js:
// one ES module for Node 20, with the feed checker and route engine from
// src/data bundled in, and its npm dependencies (commander, exceljs, papaparse,
// sharp, fflate, flatbush) left as imports. It never enters the visitor kit.
//
// The feed checker's messages are English in the kit (src/data/validate/messages.ts).
// In this bundle only, `validatorMessages()` puts a generated module in that one's
// place: each of its exports calls the English function or the Vietnamese one
// (src/cli/validator-vi/messages.vi.ts) by the language the command speaks.
import { build } from 'esbuild';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const at = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const EN = at('src/data/validate/messages.ts');
const VI = at('src/cli/validator-vi/messages.vi.ts');
const LANG = at('src/cli/lang.ts');
const NAMESPACE = 'fairkit-validator-messages';
/** The English messages' module, for a build that puts the dispatching module in its place. */
export const ENGLISH_MESSAGES = EN;

/** The names a message module exports (`export function name`, `export const name`), in order. */
export function messageNames(file) {
  return [
    ...readFileSync(file, 'utf8').matchAll(/^export (?:async )?(?:function\*?|const|let) +([A-Za-z_$][\w$]*)/gm),
  ].map((match) => match[1]);
}

/**
 * The module the CLI bundle imports for src/data/validate/messages.ts; throws
 * when the Vietnamese module (`viFile`) lacks a message or has one the English lacks.
 * `langFile` exports `lang()`, the language in use (`'vi'` or another): the
 * command's by default; the plan editor's bundle gives its own (rollup.config.js).
 */
export function dispatchingModule(viFile = VI, langFile = LANG) {
  const en = messageNames(EN);
  const vi = messageNames(viFile);
  const missing = en.filter((name) => !vi.includes(name));
  const extra = vi.filter((name) => !en.includes(name));
  if (!en.length || missing.length || extra.length)
    throw new Error(
      `The feed checker's messages differ between ${EN} and ${viFile}:` +
        (en.length ? '' : ' no exports found in the English module;') +
        (missing.length ? ` not in Vietnamese: ${missing.join(', ')};` : '') +
        (extra.length ? ` only in Vietnamese: ${extra.join(', ')};` : '') +
        ' every message needs both.',
    );
  const lines = [
    `import * as en from ${JSON.stringify(EN)};`,
    `import * as vi from ${JSON.stringify(viFile)};`,
    `import { lang } from ${JSON.stringify(langFile)};`,
    ...en.map((name) => `export const ${name} = (...a) => (lang() === 'vi' ? vi : en).${name}(...a);`),
  ];
  return lines.join('\n') + '\n';
}

/**
 * esbuild plugin: every import of src/data/validate/messages.ts but the
 * generated module's own gets the generated module. `vi`: another Vietnamese
 * module (a test's).
 */
export function validatorMessages({ vi = VI } = {}) {
  return {
    name: 'fairkit-validator-messages',
    setup(esbuild) {
      esbuild.onResolve({ filter: /(^|\/)messages(\.js|\.ts)?$/ }, (args) => {
        if (args.namespace === NAMESPACE || !args.resolveDir) return undefined;
        const file = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
        return file === EN || file + '.ts' === EN ? { path: EN, namespace: NAMESPACE } : undefined;
      });
      esbuild.onLoad({ filter: /.*/, namespace: NAMESPACE }, () => {
        try {
          return { contents: dispatchingModule(vi), loader: 'js', resolveDir: at('.'), watchFiles: [EN, vi] };
        } catch (error) {
          return { errors: [{ text: error.message }] };
        }
      });
    },
  };
}

/** Builds the command to `outfile` (default dist/cli/fairkit.js). */
export async function buildCli(outfile = 'dist/cli/fairkit.js') {
  const { version } = JSON.parse(readFileSync(at('package.json'), 'utf8'));
  await build({
    entryPoints: [at('src/cli/bin.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    define: { FAIRKIT_VERSION: JSON.stringify(version) },
    plugins: [validatorMessages()],
    logLevel: 'warning',
  });
  console.log(
    `fairkit CLI: ${outfile} ${(statSync(outfile).size / 1024).toFixed(1)} KB (Node, not in the visitor kit)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // `--out dist/cli-x/fairkit.js` builds elsewhere (keep it inside dist/: the CLI finds the kit at ../).
  const outAt = process.argv.indexOf('--out');
  try {
    await buildCli(outAt > 0 ? process.argv[outAt + 1] : undefined);
  } catch {
    // esbuild has printed the errors (a missing Vietnamese message among them).
    process.exitCode = 1;
  }
}
