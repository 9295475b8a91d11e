/**
 * Reading and writing the organizer's files safely.
 *
 * fairkit never overwrites a file it did not make: every folder it writes into
 * gets a `.fairkit-files.json` record of what it wrote there, with a hash of
 * each file. A file may be replaced when it is not there, when it is in the
 * record and still exactly as fairkit left it, or with `--force`. A command
 * that writes several files checks them all before it writes any (`FilePlan`),
 * so a refusal leaves the folder as it was. Each file is written to a
 * temporary name and renamed, so an interrupted run never leaves half a file.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { CliError } from './errors.js';
import { pick } from './lang.js';
import { messages } from './messages.js';

export const RECORD_NAME = '.fairkit-files.json';

interface FileRecord {
  about: string;
  files: Record<string, string>;
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

async function readRecord(dir: string): Promise<FileRecord> {
  try {
    const json = JSON.parse(await readFile(join(dir, RECORD_NAME), 'utf8')) as Partial<FileRecord>;
    const files: Record<string, string> = Object.create(null) as Record<string, string>;
    if (json && typeof json.files === 'object' && json.files) {
      for (const [name, hash] of Object.entries(json.files)) if (typeof hash === 'string') files[name] = hash;
    }
    return { about: ABOUT, files };
  } catch {
    return { about: ABOUT, files: Object.create(null) as Record<string, string> };
  }
}

const ABOUT = 'Files written by fairkit here, with their SHA-256. fairkit replaces them only while they are unchanged.';

async function readIfThere(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The name to show the organizer: relative to where they ran the command when that is shorter. */
export function shown(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && rel.length < file.length ? rel : file;
}

/** May `file` be (over)written? Yes when absent, forced, or in the record and unchanged. */
async function mayWrite(file: string, force: boolean): Promise<boolean> {
  if (force) return true;
  const current = await readIfThere(file);
  if (current === undefined) return true;
  const record = await readRecord(dirname(file));
  return record.files[basename(file)] === sha256(current);
}

async function writeAtomically(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, data);
  await rename(temp, file);
}

async function record(written: ReadonlyArray<{ file: string; data: string | Uint8Array }>): Promise<void> {
  const byDir = new Map<string, Array<{ file: string; data: string | Uint8Array }>>();
  for (const entry of written) {
    const dir = dirname(entry.file);
    byDir.set(dir, [...(byDir.get(dir) ?? []), entry]);
  }
  for (const [dir, entries] of byDir) {
    const rec = await readRecord(dir);
    for (const { file, data } of entries) rec.files[basename(file)] = sha256(data);
    const sorted = Object.fromEntries(Object.entries(rec.files).sort(([a], [b]) => a.localeCompare(b)));
    await writeAtomically(join(dir, RECORD_NAME), `${JSON.stringify({ about: rec.about, files: sorted }, null, 2)}\n`);
  }
}

/** Files to write together: all checked first, then all written, then recorded. */
export class FilePlan {
  private readonly entries: Array<{ file: string; data: string | Uint8Array }> = [];

  constructor(private readonly force = false) {}

  add(file: string, data: string | Uint8Array): void {
    this.entries.push({ file: resolve(file), data });
  }

  get files(): ReadonlyArray<{ file: string; size: number }> {
    return this.entries.map(({ file, data }) => ({
      file,
      size: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength,
    }));
  }

  /** Throws a `CliError` naming the first file that may not be replaced; writes nothing then. */
  async check(): Promise<void> {
    for (const { file } of this.entries) {
      if (!(await mayWrite(file, this.force))) throw new CliError(pick(messages).fileExists(shown(file)));
    }
  }

  async write(): Promise<void> {
    await this.check();
    for (const { file, data } of this.entries) await writeAtomically(file, data);
    await record(this.entries);
  }
}

/** Writes one file under the same rule as `FilePlan`. */
export async function writeOwnedFile(file: string, data: string | Uint8Array, force = false): Promise<void> {
  const plan = new FilePlan(force);
  plan.add(file, data);
  await plan.write();
}

/**
 * Replaces a file the organizer named as the one to update (`--into fair.json`):
 * allowed, as that is what they asked for, but the previous version is kept
 * beside it as `<name>.bak` (itself a file fairkit made).
 */
export async function updateFile(file: string, data: string, force = false): Promise<void> {
  const target = resolve(file);
  const previous = await readIfThere(target);
  const plan = new FilePlan(force);
  if (previous !== undefined && !previous.equals(Buffer.from(data))) plan.add(`${target}.bak`, previous);
  await plan.check();
  await plan.write();
  await writeAtomically(target, data);
  await record([{ file: target, data }]);
}

/** Reads a text file, with the organizer's message (in their language) when it is missing or unreadable. */
export async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(pick(messages).notFound(shown(file)));
    throw new CliError(pick(messages).notReadable(shown(file), (error as Error).message));
  }
}

/** Line and column (1-based) of a character offset in `text`. */
function lineColumn(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset).split('\n');
  return [before.length, before[before.length - 1].length + 1];
}

/**
 * Where V8's JSON.parse message says the mistake is: "… at position N" for
 * most; the end for a file cut short; for "Unexpected token 'x', "…context…" is
 * not valid JSON" the context, which V8 takes from 10 characters before the
 * token to 10 after (with "..." where it cut), found back in the text.
 */
function errorOffset(text: string, reason: string): number | undefined {
  const position = /position (\d+)/.exec(reason);
  if (position) return Number(position[1]);
  if (/end of JSON input/.test(reason)) return text.length;
  const token = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON$/.exec(reason);
  if (!token) return undefined;
  const [, char, cutBefore, context] = token;
  const at = text.indexOf(context);
  if (at < 0) return undefined;
  return cutBefore ? at + 10 : at + Math.max(0, context.lastIndexOf(char, 10));
}

/** Reads and parses a JSON file (a feed): a `CliError` with line and column when it is not JSON. */
export async function readJson(file: string): Promise<unknown> {
  const text = (await readText(file)).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = (error as Error).message;
    const oneLine = reason.replace(/\s+/g, ' ');
    const offset = errorOffset(text, reason);
    const m = pick(messages);
    if (offset === undefined) throw new CliError(m.notJsonAnywhere(shown(file), oneLine));
    const [line, column] = lineColumn(text, offset);
    throw new CliError(m.notJson(shown(file), line, column, oneLine));
  }
}

/** A feed as fairkit writes it: two-space indented, with a final newline. */
export function feedText(feed: unknown): string {
  return `${JSON.stringify(feed, null, 2)}\n`;
}
