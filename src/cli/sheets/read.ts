/**
 * Reading organizers' spreadsheets into plain rows of cells: every sheet of
 * an .xlsx (exceljs), or a .csv (papaparse: BOM stripped, separator guessed,
 * `;` included; UTF-8, else Windows-1258 or Windows-1252 when the bytes are
 * not UTF-8). A cell keeps what Excel shows as text, the number when it was
 * a number, and the link target of a hyperlink. Rich text, formulas (their
 * result), dates and merged cells are flattened here; nothing else in the
 * import sees exceljs.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { CellValue, Worksheet } from 'exceljs';
import { CliError } from '../errors.js';
import { shown } from '../files.js';
import { pick } from '../lang.js';
import { messages } from './messages.js';

export interface Cell {
  text: string;
  /** Set when the cell held a number. */
  number?: number;
  /** A hyperlink's target. */
  link?: string;
  /** A cell covered by a merge (not its top-left): it shows the merge's value. */
  merged?: boolean;
}

export interface Row {
  /** The spreadsheet's own row number (1-based). */
  number: number;
  cells: Cell[];
}

export interface SheetData {
  /** The file's name as given on the command line, for messages. */
  file: string;
  /** The worksheet's name; undefined for CSV. */
  sheet?: string;
  rows: Row[];
}

const EMPTY: Cell = { text: '' };

function dateText(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Any exceljs value as a cell. */
export function cellOf(value: CellValue): Cell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'number') return { text: String(value), number: value };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: dateText(value) };
  if ('richText' in value) return { text: value.richText.map((run) => run.text).join('') };
  if ('hyperlink' in value) {
    const inner = cellOf(value.text);
    return { ...inner, link: value.hyperlink };
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result && typeof result === 'object' && 'error' in result) return EMPTY;
    return cellOf(result as CellValue);
  }
  if ('error' in value) return EMPTY;
  return EMPTY;
}

function sheetRows(sheet: Worksheet): Row[] {
  const rows: Row[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const read = cellOf(cell.value);
      cells[column - 1] = cell.isMerged && cell.master !== cell ? { ...read, merged: true } : read;
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= EMPTY;
    rows.push({ number: row.number, cells });
  });
  return rows;
}

async function readXlsx(file: string, data: Buffer): Promise<SheetData[]> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    throw new CliError(pick(messages).notSpreadsheet(shown(file), (error as Error).message));
  }
  return book.worksheets.map((sheet) => ({ file: basename(file), sheet: sheet.name, rows: sheetRows(sheet) }));
}

/** The text of a CSV: UTF-8 when it is, else the Vietnamese Windows code page, else Western. */
export function decodeCsv(data: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    try {
      // Windows-1258 writes tone marks as combining characters: NFC makes them the usual letters.
      text = new TextDecoder('windows-1258').decode(data).normalize('NFC');
    } catch {
      text = new TextDecoder('windows-1252').decode(data);
    }
  }
  return text.replace(/^\uFEFF/, '');
}

async function readCsv(file: string, data: Buffer): Promise<SheetData[]> {
  const { default: Papa } = await import('papaparse');
  const text = decodeCsv(data);
  // Papaparse guesses well only without blank lines; the rows are then read with them, so that row numbers
  // are those the organizer sees in Excel.
  const { delimiter } = Papa.parse<string[]>(text, {
    preview: 50,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [';', ',', '\t', '|'],
  }).meta;
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows: Row[] = parsed.data.map((values, i) => ({
    number: i + 1,
    cells: values.map((text) => ({ text })),
  }));
  return [{ file: basename(file), rows }];
}

/** Every sheet of a spreadsheet file (.xlsx, .csv). */
export async function readSpreadsheet(file: string): Promise<SheetData[]> {
  const m = pick(messages);
  const ext = extname(file).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') throw new CliError(m.unsupportedFile(shown(file)));
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? m.fileNotFound(shown(file)) : m.notSpreadsheet(shown(file), code ?? ''));
  }
  return ext === '.csv' ? readCsv(file, data) : readXlsx(file, data);
}
