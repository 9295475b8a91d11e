import { expect } from '@open-wc/testing';
import { formatDate, formatDateRange, formatNumber, formatPrice } from '../../src/data/format.js';

// Intl separates amount and symbol with a no-break space; compare what a reader sees.
const seen = (s: string) => s.replace(/\u00a0|\u202f/g, ' ');

describe('format', () => {
  it('formats VND the way each language writes it', () => {
    expect(seen(formatPrice({ amount: 150000, currency: 'VND' }, 'vi'))).to.equal('150.000 ₫');
    expect(seen(formatPrice({ amount: 150000, currency: 'VND' }, 'en'))).to.equal('₫150,000');
  });

  it('accepts a lower-case currency code and survives an unknown one', () => {
    expect(seen(formatPrice({ amount: 12.5, currency: 'usd' }, 'en'))).to.equal('$12.50');
    expect(seen(formatPrice({ amount: 1500, currency: 'XYZW' }, 'en'))).to.equal('1,500 XYZW');
    expect(formatPrice({ amount: Number.NaN, currency: 'VND' }, 'en')).to.equal('');
    expect(formatPrice(undefined, 'en')).to.equal('');
  });

  it('survives a malformed language tag', () => {
    expect(formatNumber(1234.5, 'not a tag!!')).to.match(/1.?234/);
  });

  it('formats numbers per language', () => {
    expect(formatNumber(1234567, 'vi')).to.equal('1.234.567');
    expect(formatNumber(1234567, 'en')).to.equal('1,234,567');
    expect(formatNumber(Number.POSITIVE_INFINITY, 'en')).to.equal('');
  });

  it('shows a calendar day as that day in every time zone', () => {
    expect(formatDate('2025-12-24', 'en', { dateStyle: 'long' })).to.equal('December 24, 2025');
    expect(formatDate('2025-12-24', 'vi', { dateStyle: 'long' })).to.contain('24');
  });

  it('shows a time in the fair time zone', () => {
    const opening = formatDate('2025-12-26T08:30:00+07:00', 'en', { timeStyle: 'short' }, 'Asia/Ho_Chi_Minh');
    expect(seen(opening)).to.equal('8:30 AM');
    expect(formatDate('not a date', 'en')).to.equal('');
  });

  it('formats a range of days', () => {
    expect(seen(formatDateRange('2025-12-24', '2025-12-29', 'en'))).to.match(/Dec 24\s?–\s?29, 2025/);
  });
});
