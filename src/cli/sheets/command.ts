/** The `fairkit import` and `fairkit export` commands: their arguments and options (the work is in import.ts, export.ts). */
import { Option } from 'commander';
import { forceOption, newCommand } from '../command-kit.js';
import { pick } from '../lang.js';
import { runExport, type ExportOptions } from './export.js';
import { runImport, type ImportOptions } from './import.js';
import { messages } from './messages.js';

export function importCommand() {
  const m = pick(messages);
  return newCommand('import')
    .description(m.importDescription)
    .argument('<files...>', m.importFiles)
    .addOption(new Option('--into <feed>', m.into).makeOptionMandatory())
    .addOption(new Option('--kind <kind>', m.kind))
    .addOption(new Option('--dry-run', m.dryRun))
    .addOption(forceOption())
    .action(async (files: string[], options: ImportOptions) => runImport(files, options));
}

export function exportCommand() {
  const m = pick(messages);
  return newCommand('export')
    .description(m.exportDescription)
    .argument('<feed>', m.exportFeed)
    .addOption(new Option('--to <file>', m.to).makeOptionMandatory())
    .addOption(new Option('--kind <kind>', m.exportKind))
    .addOption(forceOption())
    .action(async (file: string, options: ExportOptions) => runExport(file, options));
}
