/**
 * One problem `fairkit check` reports, whichever part found it: the feed
 * checker (`schema`), the folder's files (`files`) or the routes (`routes`).
 * The shape is also the `--json` output's, key for key.
 */
import type { Severity } from '../../data/types.js';
import type { Item } from './items.js';

export type ProblemSource = 'schema' | 'files' | 'routes';

export interface CheckProblem {
  severity: Severity;
  /** JSON Pointer into the organizer's feed. */
  path: string;
  message: string;
  item: Item | null;
  source: ProblemSource;
}

/** Errors first, then warnings; in the order found within each (a stable sort). */
export function bySeverity(problems: readonly CheckProblem[]): { errors: CheckProblem[]; warnings: CheckProblem[] } {
  return {
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity === 'warning'),
  };
}
