/**
 * From a sheet's rows to a table fairkit can import: the header row (the
 * first row where enough cells name known columns, below any title rows and
 * merged title cells), what kind of sheet it is (producers, products or
 * booths: the kind whose columns its headers name most, else the one its
 * sheet or file name says), which field each column holds, which columns are
 * unknown (reported once, then ignored), and the data rows, blank ones left out.
 */
import { matchHeader, normalHeader, SHEET_KINDS, SHEET_NAMES, type ColumnMatch, type SheetKind } from './columns.js';
import type { Cell, Row, SheetData } from './read.js';
import { cellText } from './values.js';

export interface Column extends ColumnMatch {
  index: number;
  /** The header as the organizer wrote it. */
  header: string;
}

export interface Table {
  data: SheetData;
  kind: SheetKind;
  columns: Column[];
  /** Headers no field has, as written. */
  unknown: string[];
  /** Headers naming a column already named by an earlier one (ignored). */
  repeated: string[];
  rows: Row[];
}

/** Rows searched for the header row. */
const HEADER_SEARCH = 30;

const ownCells = (row: Row): Cell[] => row.cells.map((cell) => (cell.merged ? { text: '' } : cell));

function score(row: Row, kind: SheetKind, locales: readonly string[]): number {
  const fields = new Set<string>();
  for (const cell of ownCells(row)) {
    const match = cellText(cell) && matchHeader(cellText(cell), kind, locales);
    if (match) fields.add(`${match.field.key}.${match.locale ?? ''}`);
  }
  return fields.size;
}

/** The kind a sheet or file name suggests ("Sản phẩm", "booths.csv"), if any. */
export function kindFromName(name: string): SheetKind | undefined {
  const folded = normalHeader(name);
  return SHEET_KINDS.find((kind) => SHEET_NAMES[kind].hints.some((hint) => folded.includes(hint)));
}

/** The header row and kind of a sheet; undefined when no row looks like headers. */
function findHeader(
  data: SheetData,
  locales: readonly string[],
  forced: SheetKind | undefined,
): { at: number; kind: SheetKind } | undefined {
  const hint = (data.sheet && kindFromName(data.sheet)) ?? kindFromName(data.file);
  const kinds = forced ? [forced] : SHEET_KINDS;
  const limit = Math.min(data.rows.length, HEADER_SEARCH);
  for (let at = 0; at < limit; at++) {
    const filled = ownCells(data.rows[at]).filter((cell) => cellText(cell)).length;
    if (!filled) continue;
    let best: { kind: SheetKind; value: number } | undefined;
    for (const kind of kinds) {
      const value = score(data.rows[at], kind, locales) + (kind === hint ? 0.5 : 0);
      if (!best || value > best.value) best = { kind, value };
    }
    if (best && Math.floor(best.value) >= Math.min(2, filled)) return { at, kind: best.kind };
  }
  return undefined;
}

const isBlank = (row: Row) => row.cells.every((cell) => cell.merged || !cellText(cell));

/** The sheet as a table, or undefined when it has no header row fairkit recognises. */
export function tableOf(data: SheetData, locales: readonly string[], forced?: SheetKind): Table | undefined {
  const found = findHeader(data, locales, forced);
  if (!found) return undefined;
  const { at, kind } = found;
  const columns: Column[] = [];
  const unknown: string[] = [];
  const repeated: string[] = [];
  const seen = new Set<string>();
  data.rows[at].cells.forEach((cell, index) => {
    const header = cell.merged ? '' : cellText(cell).replace(/\n/g, ' ');
    if (!header) return;
    const match = matchHeader(header, kind, locales);
    if (!match) return void unknown.push(header);
    const key = `${match.field.key}.${match.locale ?? ''}`;
    if (seen.has(key)) return void repeated.push(header);
    seen.add(key);
    columns.push({ ...match, index, header });
  });
  return { data, kind, columns, unknown, repeated, rows: data.rows.slice(at + 1).filter((row) => !isBlank(row)) };
}
