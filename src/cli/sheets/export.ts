/**
 * `fairkit export fair.json --to file.xlsx`: the feed's producers, products
 * and booths as one workbook with the templates' bilingual headers (one
 * column per content language for text), or one of them as a CSV with
 * `--kind`. Written through `FilePlan`: a file fairkit did not make is only
 * replaced with `--force`.
 */
import { extname, resolve } from 'node:path';
import { CliError } from '../errors.js';
import { FilePlan, shown } from '../files.js';
import { messages as common } from '../messages.js';
import { formatBytes, pick } from '../lang.js';
import { SHEET_KINDS } from './columns.js';
import { feedLocales, rowsOf } from './export-rows.js';
import { kindOption, readFeed } from './import.js';
import { messages } from './messages.js';
import { csvOf, workbookOf } from './workbook.js';

export interface ExportOptions {
  to: string;
  kind?: string;
  force?: boolean;
}

export async function runExport(file: string, options: ExportOptions): Promise<void> {
  const m = pick(messages);
  const feed = await readFeed(resolve(file));
  const locales = feedLocales(feed);
  const target = resolve(options.to);
  const ext = extname(target).toLowerCase();
  const kind = kindOption(options.kind);
  let data: string | Uint8Array;
  if (ext === '.csv') {
    if (!kind) throw new CliError(m.csvNeedsKind);
    data = await csvOf({ kind, locales, rows: rowsOf(feed, kind, locales) });
  } else if (ext === '.xlsx') {
    const kinds = kind ? [kind] : SHEET_KINDS;
    data = await workbookOf(kinds.map((k) => ({ kind: k, locales, rows: rowsOf(feed, k, locales) })));
  } else throw new CliError(m.badTarget(shown(target)));
  const plan = new FilePlan(options.force);
  plan.add(target, data);
  await plan.write();
  const size = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
  process.stdout.write(`${pick(common).wrote(shown(target), formatBytes(size))}\n`);
}
