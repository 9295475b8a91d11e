/**
 * `fairkit check fair.json`: the feed checker's problems as an organizer
 * reads them, and what only the folder can tell (files, image sizes, routes
 * from the kiosks, translation coverage). Exit code 1 when there are errors;
 * `--json` prints the same result for machines.
 */
import { dirname, resolve } from 'node:path';
import { Option } from 'commander';
import { validateFeed } from '../../data/validate.js';
import { newCommand } from '../command-kit.js';
import { readJson, shown } from '../files.js';
import { pick } from '../lang.js';
import { checkFiles } from './files.js';
import { coverageOf } from './coverage.js';
import { itemAt, nameFallbacks } from './items.js';
import { messages } from './messages.js';
import type { CheckProblem } from './problems.js';
import { jsonReport, textReport, type CheckResult } from './report.js';
import { checkRoutes } from './routes.js';

/**
 * Checks the feed `file` and its folder. Throws a `CliError` (translated)
 * when the file is missing or not JSON; every other problem is in the result.
 */
export async function checkFeedFile(file: string): Promise<CheckResult> {
  const path = resolve(file);
  const json = await readJson(path);
  const { feed, problems: found } = validateFeed(json);
  const fallbacks = nameFallbacks(json, feed?.fair);
  const problems: CheckProblem[] = found.map((p) => ({
    severity: p.severity,
    path: p.path,
    message: p.message,
    item: itemAt(json, p.path, fallbacks),
    source: 'schema',
  }));
  const files = await checkFiles(json, dirname(path), fallbacks);
  problems.push(...files.problems);
  const routes = feed ? checkRoutes(feed, json, fallbacks) : undefined;
  if (routes) problems.push(...routes.problems);
  return {
    file: shown(path),
    problems,
    files: files.summary,
    routes: routes?.summary ?? null,
    coverage: feed ? coverageOf(feed) : null,
  };
}

export function checkCommand() {
  const m = pick(messages);
  return newCommand('check')
    .description(m.description)
    .argument('<feed>', m.feedArgument)
    .addOption(new Option('--json', m.jsonOption))
    .addHelpText('after', m.jsonHelp)
    .action(async (file: string, options: { json?: boolean }) => {
      const result = await checkFeedFile(file);
      process.stdout.write(options.json ? jsonReport(result) : textReport(result));
      if (result.problems.some((p) => p.severity === 'error')) process.exitCode = 1;
    });
}
