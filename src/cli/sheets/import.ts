/**
 * `fairkit import <files…> --into fair.json`: reads the spreadsheets, merges
 * them into the feed (merge.ts), places new booths (layout.ts), checks the
 * result with the feed checker, and writes it with `updateFile` (the old
 * feed kept as `.bak`). When any cell is bad, or the merged feed would not
 * check clean, it lists every problem and writes nothing (exit 1), so a feed
 * is never half-imported. `--dry-run` prints the same summary and writes nothing.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateFeed } from '../../data/validate.js';
import type { FairFeed } from '../../data/types.js';
import { CliError } from '../errors.js';
import { feedText, readJson, shown, updateFile } from '../files.js';
import { formatCount, formatList, pick } from '../lang.js';
import { SHEET_KINDS, type SheetKind } from './columns.js';
import { feedLocales } from './export-rows.js';
import { layoutNewBooths } from './layout.js';
import { mergeTables, type MergeResult } from './merge.js';
import { messages } from './messages.js';
import { readSpreadsheet } from './read.js';
import { problemLine, Problems } from './report.js';
import { tableOf, type Table } from './table.js';

export interface ImportOptions {
  into: string;
  kind?: string;
  dryRun?: boolean;
  force?: boolean;
}

/** The `--kind` value, checked. */
export function kindOption(value: string | undefined): SheetKind | undefined {
  if (value === undefined) return undefined;
  if ((SHEET_KINDS as readonly string[]).includes(value)) return value as SheetKind;
  throw new CliError(pick(messages).badKind(value));
}

/** Reads the feed named by --into; a translated CliError when it is missing or not a feed. */
export async function readFeed(file: string): Promise<FairFeed> {
  const m = pick(messages);
  if (!existsSync(file)) throw new CliError(m.intoMissing(shown(file)));
  const feed = (await readJson(file)) as FairFeed;
  if (!feed || typeof feed !== 'object' || !feed.fair || !feed.map || feed.version === undefined)
    throw new CliError(m.notAFeed(shown(file)));
  if (!Array.isArray(feed.booths)) feed.booths = [];
  return feed;
}

async function tablesOf(files: readonly string[], locales: string[], kind: SheetKind | undefined, out: string[]) {
  const m = pick(messages);
  const tables: Table[] = [];
  for (const file of files) {
    const sheets = await readSpreadsheet(file);
    for (const data of sheets) {
      const where = m.where(data.file, data.sheet);
      const table = tableOf(data, locales, sheets.length === 1 ? kind : undefined);
      if (!table) {
        if (data.rows.length) out.push(m.noHeader(where));
        continue;
      }
      if (table.unknown.length) out.push(m.unknownColumns(where, formatList(table.unknown.map((h) => `"${h}"`))));
      if (table.repeated.length) out.push(m.repeatedColumns(where, formatList(table.repeated.map((h) => `"${h}"`))));
      tables.push(table);
    }
  }
  return tables;
}

function summaryLines(result: MergeResult): string[] {
  const m = pick(messages);
  const lines = result.summaries.map(({ table, total, fresh, updated, same }) =>
    m.summary(
      m.where(table.data.file, table.data.sheet),
      formatCount(total),
      table.kind,
      formatCount(fresh),
      formatCount(updated),
      formatCount(same),
    ),
  );
  if (result.newCategories.length) lines.push(m.newCategories(formatList(result.newCategories)));
  return lines;
}

const errorsOf = (feed: FairFeed) =>
  validateFeed(feed)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => `${p.path} ${p.message}`);

export async function runImport(files: readonly string[], options: ImportOptions): Promise<void> {
  const m = pick(messages);
  const into = resolve(options.into);
  const original = await readFeed(into);
  const kind = kindOption(options.kind);
  const notes: string[] = [];
  const tables = await tablesOf(files, feedLocales(original), kind, notes);
  const problems = new Problems();
  const result = mergeTables(original, tables, problems);
  for (const note of notes) process.stdout.write(`${note}\n`);
  if (problems.list.length) {
    for (const problem of problems.list) process.stderr.write(`${problemLine(problem)}\n`);
    throw new CliError(m.nothingImported(formatCount(problems.list.length)));
  }
  const layout = layoutNewBooths(result.feed, result.newBooths);
  const unplaced = [
    ...layout.noRoom.map(({ level, count }) => m.noRoom(formatCount(count), level)),
    ...(layout.noPlan ? [m.noPlan(formatCount(layout.noPlan))] : []),
  ];
  if (unplaced.length) throw new CliError(unplaced.join('\n'));
  // Errors the import would bring (those the feed had already are `fairkit check`'s to report).
  const before = new Set(errorsOf(original));
  const errors = validateFeed(result.feed).problems.filter(
    (p) => p.severity === 'error' && !before.has(`${p.path} ${p.message}`),
  );
  if (errors.length) {
    process.stderr.write(`${m.feedInvalid}\n`);
    for (const error of errors) process.stderr.write(`  ${error.path || '/'}: ${error.message}\n`);
    throw new CliError(m.nothingImported(formatCount(errors.length)));
  }
  const lines = summaryLines(result);
  if (layout.placed) lines.push(m.newBooths(formatCount(layout.placed)));
  for (const line of lines) process.stdout.write(`${line}\n`);
  const text = feedText(result.feed);
  if (options.dryRun) {
    process.stdout.write(`${m.dryRunDone}\n`);
    return;
  }
  if (text === feedText(original)) {
    process.stdout.write(`${m.unchanged(shown(into))}\n`);
    return;
  }
  await updateFile(into, text, options.force);
  process.stdout.write(`${m.updated(shown(into))}\n`);
}
