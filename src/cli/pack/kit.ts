/**
 * The kit a packed kiosk runs: `fairkit.bundle.js` and exactly the chunks it
 * can load from `bundle/` (its static imports and the ones it fetches on
 * demand: the route engine, the keyboard, the UI languages …), found by
 * following their relative imports from the entry. Source maps stay behind.
 *
 * The kit is the built `dist/` folder next to this CLI: the CLI is built to
 * `dist/cli/fairkit.js`, so the kit is at `../` from it.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { posix } from 'node:path';
import { CliError } from '../errors.js';
import { pick } from '../lang.js';
import type { PackedFile } from './media.js';
import { messages } from './messages.js';

/** The kit's entry, relative to the built `dist/`. */
const ENTRY = 'fairkit.bundle.js';
/** Where the kit goes in a packed folder (and in an `init` folder). */
export const KIT_DIR = 'kit';
/** The entry as a page loads it. */
export const KIT_ENTRY = `${KIT_DIR}/${ENTRY}`;

/** `import "./x.js"`, `from "./x.js"`, `import("./x.js")`: the relative module specifiers in minified code. */
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*(["'])(\.{1,2}\/[^"'\s]+?\.js)\1/g;
/** The static ones only: `import "./x.js"`, `from "./x.js"` (no `import(`). */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*(["'])(\.{1,2}\/[^"'\s]+?\.js)\1/g;
const SOURCE_MAP = /\n?\/\/# sourceMappingURL=\S+\s*$/;

/** The relative modules `code` imports. */
export function importsOf(code: string): string[] {
  return [...code.matchAll(IMPORT)].map((match) => match[2]);
}

/**
 * The kit's modules a page needs before anything shows, beside the entry: the entry's static imports and
 * theirs (`kit/bundle/index-….js`), for `<link rel="modulepreload">` so a phone fetches them at once rather
 * than one round trip after another. `files` are `kitFiles()`.
 */
export function staticChunks(files: readonly PackedFile[]): string[] {
  const byName = new Map(files.map((file) => [file.name, Buffer.from(file.data).toString('utf8')]));
  const found: string[] = [];
  const queue = [KIT_ENTRY];
  while (queue.length) {
    const name = queue.shift()!;
    for (const [, , spec] of (byName.get(name) ?? '').matchAll(STATIC_IMPORT)) {
      const chunk = posix.normalize(posix.join(posix.dirname(name), spec));
      if (chunk !== KIT_ENTRY && !found.includes(chunk) && byName.has(chunk)) {
        found.push(chunk);
        queue.push(chunk);
      }
    }
  }
  return found;
}

/** The kit's files, as `kit/…` names, without their source-map comments. */
export async function kitFiles(dist: URL = new URL('../', import.meta.url)): Promise<PackedFile[]> {
  const files: PackedFile[] = [];
  const seen = new Set<string>();
  const queue = [ENTRY];
  while (queue.length) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    let code: string;
    try {
      code = await readFile(fileURLToPath(new URL(name, dist)), 'utf8');
    } catch {
      throw new CliError(pick(messages).noKit(fileURLToPath(new URL(name, dist))));
    }
    for (const spec of importsOf(code)) queue.push(posix.normalize(posix.join(posix.dirname(name), spec)));
    files.push({ name: `${KIT_DIR}/${name}`, data: Buffer.from(code.replace(SOURCE_MAP, '\n')) });
  }
  return files;
}
