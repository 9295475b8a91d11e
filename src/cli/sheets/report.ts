/**
 * The problems an import finds, kept as data (file, sheet, row, column as
 * written, the value, what was expected) and worded for the organizer in
 * their language by `problemLine`.
 */
import { pick } from '../lang.js';
import { messages } from './messages.js';
import type { Table } from './table.js';
import type { Expected } from './values.js';

export type CellProblem = Expected | 'producer' | 'duplicate' | 'boothWithoutProducer' | { levels: string };

export type Problem =
  | { kind: 'cell'; file: string; sheet?: string; row: number; column: string; value: string; what: CellProblem }
  | { kind: 'missingName' | 'missingCode'; file: string; sheet?: string; row: number };

export function problemLine(problem: Problem): string {
  const m = pick(messages);
  const where = m.where(problem.file, problem.sheet, problem.row);
  if (problem.kind !== 'cell') return problem.kind === 'missingName' ? m.missingName(where) : m.missingCode(where);
  const what = typeof problem.what === 'string' ? m.expected[problem.what] : m.level(problem.what.levels);
  return m.cell(where, problem.column, problem.value.replace(/\n/g, ' '), what);
}

/** Collects the problems of one import. */
export class Problems {
  readonly list: Problem[] = [];

  cell(table: Table, row: number, column: string, value: string, what: CellProblem): void {
    this.list.push({ kind: 'cell', file: table.data.file, sheet: table.data.sheet, row, column, value, what });
  }

  row(table: Table, row: number, kind: 'missingName' | 'missingCode'): void {
    this.list.push({ kind, file: table.data.file, sheet: table.data.sheet, row });
  }
}
