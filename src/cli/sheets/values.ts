/**
 * Cell values as people type them, read into feed values: prices
 * ("150.000 đ", "150,000", "150000 VND", "280.000₫", "150k", a number cell),
 * OCOP stars ("4 sao", "4*", "★★★★", "Chưa xếp hạng" = none), lists
 * (comma, semicolon or line separated), links (http(s) or a relative path),
 * phone numbers (kept as text; see `phoneOf`), text with stray spaces trimmed.
 * Each parser returns the value, or the kind of mistake for the report.
 */
import { fold } from '../../data/search/fold.js';
import type { Money } from '../../data/types.js';
import type { Cell } from './read.js';

/** What a bad cell should have been (messages.ts words each). */
export type Expected = 'price' | 'ocop' | 'url' | 'email' | 'id';

export type Parsed<T> = { value: T } | { bad: Expected };

/** Trailing and doubled spaces gone, line breaks kept (stories have paragraphs). */
export function cleanText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text of a cell, cleaned; '' when blank. */
export const cellText = (cell: Cell | undefined): string => (cell ? cleanText(cell.text) : '');

const CURRENCY_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/(?:^|\s)(?:us\$|usd|\$)|(?:usd|\$)$/, 'USD'],
  [/(?:vnd|vnđ|đồng|dong|đ|₫)\.?$/, 'VND'],
  [/^(?:vnd|₫)/, 'VND'],
];

/** "150.000", "150,000", "1.250.000", "150 000" (thousands) or "12.5" / "12,50" (decimals). */
function amountOf(digits: string, currency: string): number | undefined {
  const s = digits.replace(/\s+/g, ' ').trim();
  if (/^\d+$/.test(s)) return Number(s);
  if (/^\d{1,3}(?:([.,' ])\d{3})(?:\1\d{3})*$/.test(s)) return Number(s.replace(/[.,' ]/g, ''));
  // Decimals only where a currency has them: "12.50 USD"; VND has none.
  if (currency !== 'VND' && /^\d+[.,]\d{1,2}$/.test(s)) return Number(s.replace(',', '.'));
  return undefined;
}

/** A price: a number cell (VND), or text with an optional currency and a "k" (thousands) or "triệu" (millions). */
export function priceOf(cell: Cell): Parsed<Money> {
  if (cell.number !== undefined)
    return Number.isFinite(cell.number) && cell.number >= 0
      ? { value: { amount: cell.number, currency: 'VND' } }
      : { bad: 'price' };
  let s = cleanText(cell.text).toLowerCase();
  let currency = 'VND';
  const code = /\s([a-z]{3})$/.exec(s);
  if (code && !['vnd', 'usd'].includes(code[1])) {
    currency = code[1].toUpperCase();
    s = s.slice(0, -4);
  } else
    for (const [pattern, name] of CURRENCY_WORDS) {
      if (pattern.test(s)) {
        currency = name;
        s = s.replace(pattern, ' ').trim();
        break;
      }
    }
  let factor = 1;
  const scale = /\s*(k|nghìn|ngàn|tr|triệu)$/.exec(s);
  if (scale) {
    factor = scale[1] === 'tr' || scale[1] === 'triệu' ? 1_000_000 : 1000;
    s = s.slice(0, scale.index);
  }
  const amount = amountOf(s, factor === 1 ? currency : 'decimal');
  if (amount === undefined) return { bad: 'price' };
  return { value: { amount: Math.round(amount * factor * 100) / 100, currency } };
}

const NO_OCOP = new Set(['chua xep hang', 'chua co', 'chua', 'khong', 'khong co', 'none', 'no', 'n/a', 'na', '-', '0']);

/** OCOP stars, 3 to 5; `undefined` for none ("Chưa xếp hạng", "chưa có", "none", blank). */
export function ocopOf(cell: Cell): Parsed<number | undefined> {
  if (cell.number !== undefined)
    return cell.number >= 3 && cell.number <= 5 && Number.isInteger(cell.number)
      ? { value: cell.number }
      : { bad: 'ocop' };
  const s = fold(cleanText(cell.text));
  if (!s || NO_OCOP.has(s)) return { value: undefined };
  const stars = /^[★⭐*]+$/u.exec(s.replace(/\s+/g, ''));
  const n = stars
    ? [...stars[0]].length
    : Number(/^(?:ocop\s*)?(?:hang\s*)?(\d)\s*(?:sao|stars?|\*|★|⭐)?$/u.exec(s)?.[1] ?? NaN);
  return n >= 3 && n <= 5 ? { value: n } : { bad: 'ocop' };
}

/** A list cell: items split by commas, semicolons or new lines. */
export function listOf(cell: Cell): string[] {
  return cleanText(cell.text)
    .split(/\s*[,;\n]\s*/)
    .filter(Boolean);
}

/** An http(s) URL or a relative path; any other scheme (javascript:, file:, data:) is refused. */
export function urlOf(value: string): Parsed<string> {
  const s = value.trim();
  if (/^https?:\/\/[^\s/]+/i.test(s) && !/\s/.test(s)) return { value: s };
  if (/^[a-z][a-z0-9+.-]*:/i.test(s) || s.startsWith('//') || s.startsWith('\\')) return { bad: 'url' };
  return s ? { value: s } : { bad: 'url' };
}

/** The link of a cell: a hyperlink's target when it has one, else its text. */
export function linkOf(cell: Cell): Parsed<string> {
  return urlOf(cell.link && /^https?:/i.test(cell.link) ? cell.link : cleanText(cell.text));
}

/** Image paths: one per line (as exports write them), or separated by `;` or commas. */
export function urlsOf(cell: Cell): Parsed<string[]> {
  const out: string[] = [];
  for (const part of cleanText(cell.text).split(/\s*[\n;,]\s*/)) {
    if (!part) continue;
    const url = urlOf(part);
    if ('bad' in url) return url;
    out.push(url.value);
  }
  return { value: out };
}

export function emailOf(cell: Cell): Parsed<string> {
  const s = cleanText(cell.text).replace(/^mailto:/i, '');
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s) ? { value: s } : { bad: 'email' };
}

/**
 * A phone number, as text. Excel stores "0912 345 678" typed into a number
 * cell as 912345678, losing the leading 0: a number cell of 9 or 10 digits
 * gets its 0 back (Vietnamese numbers are 10 digits, landlines 11, all
 * starting with 0), and one starting with the country code 84 gets a `+`.
 * Text cells are kept as written.
 */
export function phoneOf(cell: Cell): string {
  if (cell.number !== undefined && Number.isInteger(cell.number) && cell.number > 0) {
    const digits = String(cell.number);
    if (digits.startsWith('84') && digits.length >= 11) return `+${digits}`;
    if (digits.length === 9 || digits.length === 10) return `0${digits}`;
    return digits;
  }
  return cleanText(cell.text).replace(/\n/g, ' ');
}

/** Feed ids: letters, digits, `.`, `_`, `-`, at most 64. */
export const ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

export function idOf(cell: Cell): Parsed<string> {
  const s = cleanText(cell.text);
  return ID_PATTERN.test(s) ? { value: s } : { bad: 'id' };
}
