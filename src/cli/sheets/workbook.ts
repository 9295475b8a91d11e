/**
 * Writing the spreadsheets fairkit hands to organizers (templates and
 * exports): one worksheet per kind, named in Vietnamese, with the bilingual
 * header row in bold and frozen, column widths to fit, prices as numbers in
 * a VND format, and multi-line cells (stories, image lists) wrapped. Also the
 * CSV form of one sheet (UTF-8 with a BOM and `;`, what Vietnamese Excel opens).
 */
import type { Worksheet } from 'exceljs';
import { headerOf, SHEET_NAMES, sheetColumns, type SheetKind } from './columns.js';

/** One cell as written: text, a number, or nothing. */
export type OutCell = string | number | undefined;

export interface OutSheet {
  kind: SheetKind;
  locales: readonly string[];
  /** Values in the order of `sheetColumns(kind, locales)`. */
  rows: OutCell[][];
}

/** The VND price format: "150.000 ₫" in a Vietnamese Excel, "150,000 ₫" in an English one. */
export const PRICE_FORMAT = '#,##0" ₫"';

const WRAPPED = new Set(['story', 'description', 'images']);

function fill(sheet: Worksheet, out: OutSheet): void {
  const columns = sheetColumns(out.kind, out.locales);
  sheet.columns = columns.map(({ field, locale }) => ({
    header: headerOf(field, locale),
    key: locale ? `${field.key}.${locale}` : field.key,
    width: Math.max(field.width, headerOf(field, locale).length + 2),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
  for (const values of out.rows) sheet.addRow(values.map((v) => (v === '' ? undefined : v)));
  columns.forEach(({ field }, i) => {
    const column = sheet.getColumn(i + 1);
    if (field.type === 'price') column.numFmt = PRICE_FORMAT;
    if (field.type === 'phone' || field.type === 'id' || field.type === 'code') column.numFmt = '@';
    if (WRAPPED.has(field.key)) column.alignment = { wrapText: true, vertical: 'top' };
  });
}

/** An .xlsx with one sheet per entry of `sheets`. */
export async function workbookOf(sheets: readonly OutSheet[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'fairkit';
  for (const out of sheets) fill(book.addWorksheet(SHEET_NAMES[out.kind].vi), out);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** One sheet as CSV: UTF-8 with a BOM, `;` between cells, CRLF lines. */
export async function csvOf(out: OutSheet): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const header = sheetColumns(out.kind, out.locales).map(({ field, locale }) => headerOf(field, locale));
  const rows = out.rows.map((row) => row.map((v) => (v === undefined ? '' : String(v))));
  return `\uFEFF${Papa.unparse([header, ...rows], { delimiter: ';', newline: '\r\n' })}\r\n`;
}
