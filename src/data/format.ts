import { dateTimeFormat, numberFormat } from '../i18n/intl.js';
import type { Money } from './types.js';

/**
 * Numbers, prices and dates in the visitor's language, through `Intl` (each
 * formatter built once per locale and options, and no tag or time zone can
 * throw: see `i18n/intl.ts`).
 */

/** A plain number in `locale`: `1.234,5` in vi, `1,234.5` in en. */
export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  if (!Number.isFinite(value)) return '';
  return numberFormat(locale, options).format(value);
}

/**
 * A price in `locale`: `{ amount: 150000, currency: 'VND' }` is `150.000 ₫` in
 * vi and `₫150,000` in en. An unknown currency code still shows the amount,
 * followed by the code as written; a missing or non-numeric amount is `''`.
 */
export function formatPrice(money: Money | null | undefined, locale: string): string {
  if (!money || typeof money.amount !== 'number' || !Number.isFinite(money.amount)) return '';
  const currency = typeof money.currency === 'string' ? money.currency.trim().toUpperCase() : '';
  if (/^[A-Z]{3}$/.test(currency)) {
    try {
      return numberFormat(locale, { style: 'currency', currency }).format(money.amount);
    } catch {
      /* not a currency Intl knows: fall through */
    }
  }
  const amount = formatNumber(money.amount, locale, { maximumFractionDigits: 2 });
  return currency ? `${amount} ${currency}` : amount;
}

/**
 * A date (and time, with `options`) in `locale`. Accepts a `Date`, an ISO
 * string (`2025-12-26` or `2025-12-26T08:30:00+07:00`) or a timestamp; shows it
 * in `timeZone` (the fair's, so a visitor's phone abroad shows fair time).
 * A date-only ISO string is a calendar day, not midnight UTC, so it is never
 * shifted to the day before. Unparseable input is `''`.
 */
export function formatDate(
  value: Date | string | number,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
  timeZone?: string,
): string {
  let date: Date;
  let zone = timeZone;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    date = new Date(`${value}T12:00:00Z`);
    zone = 'UTC';
  } else {
    date = value instanceof Date ? value : new Date(value);
  }
  if (Number.isNaN(date.getTime())) return '';
  return dateTimeFormat(locale, zone ? { ...options, timeZone: zone } : options).format(date);
}

/** A range of calendar days, `24–29 thg 12, 2025` / `Dec 24 – 29, 2025`. */
export function formatDateRange(start: string, end: string, locale: string): string {
  const a = /^\d{4}-\d{2}-\d{2}$/.test(start) ? new Date(`${start}T12:00:00Z`) : new Date(start);
  const b = /^\d{4}-\d{2}-\d{2}$/.test(end) ? new Date(`${end}T12:00:00Z`) : new Date(end);
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return '';
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(a, b);
}
