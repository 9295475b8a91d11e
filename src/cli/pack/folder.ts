/**
 * The folder pack writes into (`--out`): it must hold nothing but an earlier
 * pack's files, as fairkit left them. A file fairkit did not make there (or
 * one changed since) means the wrong folder was named — the organizer's fair
 * folder, say — so pack refuses, naming it, unless `--force`. An earlier
 * pack's files that the new pack no longer needs (a photo replaced in the
 * feed) are removed, so the folder, its service worker's list and the zip
 * agree; with `--force` a foreign file is left where it is.
 */
import { readdir, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { CliError } from '../errors.js';
import { FilePlan, RECORD_NAME, shown } from '../files.js';
import { pick } from '../lang.js';
import { messages } from './messages.js';

/** Every file under `dir` (none when it does not exist), as absolute paths. */
export async function filesUnder(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** `/`-separated path of `file` inside `dir`. */
export const inside = (dir: string, file: string): string => relative(dir, file).split(sep).join('/');

/**
 * The files in `dir` that the new pack (`names`, relative) will not write:
 * checked to be fairkit's own, unchanged (else a `CliError` naming the first
 * that is not, and nothing is written), and returned for `removeLeftovers`.
 */
export async function leftovers(dir: string, names: ReadonlySet<string>, force: boolean): Promise<string[]> {
  const old = (await filesUnder(dir)).filter((file) => !file.endsWith(RECORD_NAME) && !names.has(inside(dir, file)));
  const owned: string[] = [];
  for (const file of old) {
    // FilePlan's own rule, asked without writing: may fairkit replace this file?
    const probe = new FilePlan(false);
    probe.add(file, '');
    try {
      await probe.check();
      owned.push(file);
    } catch {
      if (!force) throw new CliError(pick(messages).foreignFile(shown(file), shown(dir)));
    }
  }
  return owned;
}

/** Removes an earlier pack's files that the new one does not need. */
export async function removeLeftovers(files: readonly string[]): Promise<void> {
  for (const file of files) await rm(file, { force: true });
}
