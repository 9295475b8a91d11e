/**
 * What `fairkit check` prints: for people, plain lines grouped by severity
 * (errors, then warnings, each under a heading with its count), what was
 * checked, the translation coverage and a summary line; for machines
 * (`--json`), one JSON object with stable keys (listed in `--help`).
 */
import { formatCount, pick } from '../lang.js';
import { cleanText } from '../../data/validate/safety.js';
import { incomplete, type Coverage } from './coverage.js';
import type { FilesSummary } from './files.js';
import { itemLabel } from './items.js';
import { messages } from './messages.js';
import { bySeverity, type CheckProblem } from './problems.js';
import type { RoutesSummary } from './routes.js';

export interface CheckResult {
  /** The feed file, as shown to the organizer. */
  file: string;
  problems: CheckProblem[];
  files: FilesSummary;
  /** Null when the feed could not be read far enough to route in it. */
  routes: RoutesSummary | null;
  coverage: Coverage | null;
}

/** The most characters of a message printed (the checker's own are far shorter). */
const MESSAGE_LIMIT = 2000;

/** A message as one safe line: no control characters, no line breaks. */
function line(message: string): string {
  return cleanText(message.slice(0, MESSAGE_LIMIT)).replace(/\s*[\r\n]+\s*/g, ' ');
}

/** `Product 'Miến dong 500g' (/products/3/price): <message>`. */
export function problemLine(problem: CheckProblem): string {
  const where = problem.item
    ? `${itemLabel(problem.item)} (${problem.path || '/'})`
    : problem.path
      ? problem.path
      : undefined;
  return where ? `${where}: ${line(problem.message)}` : line(problem.message);
}

function coverageLines(coverage: Coverage): string[] {
  const m = pick(messages);
  if (!coverage.locales.length) return [m.coverageNoLocales];
  const out = [m.coverageHeading(coverage.locales.join(', '))];
  for (const locale of coverage.locales) {
    const missing = incomplete(coverage, locale).map((f) =>
      m.coverageOf(formatCount(f.have[locale] ?? 0), formatCount(f.total), m.family[f.family]),
    );
    out.push(`  ${locale}: ${missing.length ? missing.join(', ') : m.complete}`);
  }
  return out;
}

/** The summary line: `2 errors, 5 warnings`, or `No problems found`. */
export function summaryLine(errors: number, warnings: number): string {
  const m = pick(messages);
  return errors + warnings ? m.summary(errors, warnings, formatCount(errors), formatCount(warnings)) : m.clean;
}

/** The report as the organizer reads it, ending with a newline. */
export function textReport(result: CheckResult): string {
  const m = pick(messages);
  const { errors, warnings } = bySeverity(result.problems);
  const out = [m.heading(result.file)];
  for (const [heading, group] of [
    [m.errorsHeading, errors],
    [m.warningsHeading, warnings],
  ] as const) {
    if (!group.length) continue;
    out.push('', heading(formatCount(group.length)));
    for (const problem of group) out.push(`  ${problemLine(problem)}`);
  }
  out.push('');
  const { checked, online } = result.files;
  out.push(online ? m.filesOnline(formatCount(checked), formatCount(online)) : m.filesLine(formatCount(checked)));
  if (result.routes?.checked)
    out.push(m.routesLine(formatCount(result.routes.booths), result.routes.kiosks, formatCount(result.routes.kiosks)));
  if (result.coverage) out.push(...coverageLines(result.coverage));
  if (!result.routes) out.push(m.notChecked);
  out.push('', summaryLine(errors.length, warnings.length));
  return `${out.join('\n')}\n`;
}

/** The `--json` output: see `jsonHelp` in messages.ts for its keys. */
export function jsonReport(result: CheckResult): string {
  const { errors, warnings } = bySeverity(result.problems);
  const report = {
    errors: errors.length,
    warnings: warnings.length,
    problems: [...errors, ...warnings].map((p) => ({
      severity: p.severity,
      path: p.path,
      message: p.message,
      item: p.item && { kind: p.item.kind, id: p.item.id, name: p.item.name },
      source: p.source,
    })),
    files: result.files,
    routes: result.routes,
    coverage: result.coverage,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
