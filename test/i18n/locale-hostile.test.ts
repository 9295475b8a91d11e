// Issue 13, item 5: language tags that have the right shape but that Intl rejects
// (from a feed, a page's <html lang>, a host's setLocale) never throw at render time.
import { expect } from '@open-wc/testing';
import {
  canonicalLocale,
  collator,
  dateTimeFormat,
  displayNames,
  normalizeLocale,
  numberFormat,
} from '../../src/i18n/intl.js';
import { getLocale, pageLocale, setLocale } from '../../src/i18n/locale.js';
import { formatDate, formatNumber, formatPrice } from '../../src/data/format.js';
import { text } from '../../src/data/text.js';
import { validateFeed } from '../../src/data/validate.js';
import { baseFeed } from '../fixtures/feeds-validate/base-feed.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- the feeds are broken on purpose */

/** Tags of the right shape (the old pattern let them through) that `Intl` rejects. */
const HOSTILE = ['en-x', 'de-1996-1996', 'zh-min-nan', 'xx-1'];

describe('the guarded Intl helper (src/i18n/intl.ts)', () => {
  it('canonicalises what Intl accepts and rejects the rest without throwing', () => {
    expect(canonicalLocale('EN-us')).to.equal('en-US');
    expect(canonicalLocale('zh-hant-tw')).to.equal('zh-Hant-TW');
    expect(canonicalLocale('iw'), 'an alias').to.equal('he');
    for (const tag of [...HOSTILE, 'en_US', '', '*', 'x']) expect(canonicalLocale(tag), tag).to.equal(undefined);
    expect(canonicalLocale(42)).to.equal(undefined);
  });

  it('normalises a page or host tag: "_" as "-", else the base language, else nothing', () => {
    expect(normalizeLocale('en_US')).to.equal('en-US');
    expect(normalizeLocale(' vi_vn ')).to.equal('vi-VN');
    expect(normalizeLocale('en-x')).to.equal('en');
    expect(normalizeLocale('de-1996-1996')).to.equal('de');
    expect(normalizeLocale('zh-min-nan')).to.equal('zh');
    for (const tag of ['', '*', 'x', null, undefined]) expect(normalizeLocale(tag), String(tag)).to.equal(undefined);
  });

  it('builds every Intl object for a hostile tag, by its base language or English', () => {
    for (const tag of [...HOSTILE, 'en_US', '*', '']) {
      expect(() => collator(tag, { numeric: true }).compare('A2', 'A10'), tag).not.to.throw();
      expect(collator(tag, { numeric: true }).compare('A2', 'A10'), tag).to.equal(-1);
      expect(numberFormat(tag, { style: 'unit', unit: 'meter' }).format(59), tag).to.match(/59/);
      expect(
        dateTimeFormat(tag, { timeZone: 'UTC', year: 'numeric' }).format(new Date('2025-12-26T12:00:00Z')),
        tag,
      ).to.match(/2025/);
      expect(displayNames(tag, { type: 'language' }).of('vi'), tag)
        .to.be.a('string')
        .and.not.equal('');
    }
    expect(collator('en-x').resolvedOptions().locale).to.equal('en');
    expect(numberFormat('vi_VN').resolvedOptions().locale).to.equal('vi-VN');
    expect(numberFormat('vi_VN').format(1234.5)).to.equal('1.234,5');
  });

  it('drops a time zone the runtime does not know, keeping the language', () => {
    const format = dateTimeFormat('vi', { timeZone: 'Mars/Olympus_Mons', hour: 'numeric', minute: '2-digit' });
    expect(format.resolvedOptions().locale).to.equal('vi');
    expect(format.format(new Date())).to.match(/\d/);
    expect(formatDate('2025-12-26T08:30:00+07:00', 'en-x', { hour: 'numeric' }, 'Nowhere/Town')).to.match(/\d/);
  });

  it('keeps one instance per tag and options', () => {
    expect(collator('vi', { numeric: true })).to.equal(collator('vi', { numeric: true }));
    expect(collator('vi', { numeric: true })).not.to.equal(collator('vi', { numeric: false }));
    expect(numberFormat('en-x')).to.equal(numberFormat('en-x'));
  });

  it('formats numbers and prices in the public data API whatever the tag', () => {
    expect(formatNumber(1234.5, 'en_US')).to.equal('1,234.5');
    expect(formatNumber(1234.5, 'de-1996-1996')).to.equal('1.234,5');
    expect(formatPrice({ amount: 150000, currency: 'VND' }, 'zh-min-nan')).to.match(/150,000/);
  });
});

describe("the page's lang", () => {
  const original = document.documentElement.lang;
  afterEach(async () => {
    document.documentElement.lang = original;
    await setLocale('en');
  });

  const cases: [lang: string, expected: string][] = [
    ['en_US', 'en-US'],
    ['vi_VN', 'vi-VN'],
    ['EN-us', 'en-US'],
    ['en-x', 'en'],
  ];
  for (const [lang, expected] of cases) {
    it(`<html lang="${lang}"> is read as ${expected}`, () => {
      document.documentElement.lang = lang;
      expect(pageLocale()).to.equal(expected);
    });
  }

  for (const lang of ['', '*', 'x']) {
    it(`<html lang="${lang}"> falls back to the browser's language, then English`, () => {
      document.documentElement.lang = lang;
      expect(pageLocale()).to.equal(normalizeLocale(navigator.language) ?? 'en');
    });
  }

  it('setLocale reads a hostile tag as well as it can and never stores one Intl rejects', async () => {
    await setLocale('vi_VN');
    expect(getLocale()).to.equal('vi-VN');
    expect(document.documentElement.lang, 'the page is left as it is').to.equal(original);
    await setLocale('en-x');
    expect(getLocale()).to.equal('en');
    await setLocale('*');
    expect(getLocale()).to.equal('en');
    expect(() => 'a'.toLocaleUpperCase(getLocale())).not.to.throw();
  });
});

describe('language tags in the validator', () => {
  const withFair = (edit: (fair: any) => void) => {
    const raw: any = baseFeed();
    edit(raw.fair);
    return validateFeed(raw);
  };
  const at = (problems: { path: string; severity: string }[], prefix: string) =>
    problems.filter((p) => p.path.startsWith(prefix)).map((p) => [p.path, p.severity]);

  it('reports a locale Intl rejects as an error at its pointer and keeps the others', () => {
    const { feed, problems } = withFair((f) => (f.locales = ['en-x', 'vi']));
    expect(at(problems, '/fair/locales')).to.deep.equal([['/fair/locales/0', 'error']]);
    expect(problems.find((p) => p.path === '/fair/locales/0')!.message)
      .to.contain('"en-x"')
      .and.to.contain('left out');
    expect(feed!.fair.locales).to.deep.equal(['vi']);
  });

  it('reports each of de-1996-1996, zh-min-nan and xx-1 at its own index', () => {
    const { feed, problems } = withFair((f) => (f.locales = ['vi', 'de-1996-1996', 'zh-min-nan', 'en', 'xx-1']));
    expect(at(problems, '/fair/locales')).to.deep.equal([
      ['/fair/locales/1', 'error'],
      ['/fair/locales/2', 'error'],
      ['/fair/locales/4', 'error'],
    ]);
    expect(feed!.fair.locales).to.deep.equal(['vi', 'en']);
  });

  it('canonicalises a tag Intl accepts, without a problem', () => {
    const { feed, problems } = withFair((f) => {
      f.locales = ['VI', 'en-us', 'vi'];
      f.fallback = ['EN'];
      f.name = { VI: 'Hội chợ thử', 'EN-us': 'Test fair' };
      f.venue = { vi: 'Công viên', 'en-US': 'Park' };
    });
    expect(problems).to.deep.equal([]);
    expect(feed!.fair.locales).to.deep.equal(['vi', 'en-US']);
    expect(feed!.fair.fallback).to.deep.equal(['en']);
    expect(feed!.fair.name).to.deep.equal({ vi: 'Hội chợ thử', 'en-US': 'Test fair' });
  });

  it('reads an alias in locales and in text keys alike (iw is he)', () => {
    const { feed } = withFair((f) => {
      f.locales = ['iw', 'en'];
      f.name = { iw: 'יריד', en: 'Test fair' };
    });
    expect(feed!.fair.locales).to.deep.equal(['he', 'en']);
    expect(text(feed!.fair.name, normalizeLocale('iw')!)).to.equal('יריד');
  });

  it('drops a fallback or a translation under a tag Intl rejects with a warning at its pointer', () => {
    const { feed, problems } = withFair((f) => {
      f.fallback = ['en-x', 'en'];
      f.name = { vi: 'Hội chợ thử', en: 'Test fair', 'zh-min-nan': 'Hōe' };
    });
    expect(at(problems, '/fair/fallback')).to.deep.equal([['/fair/fallback/0', 'warning']]);
    expect(at(problems, '/fair/name')).to.deep.equal([['/fair/name/zh-min-nan', 'warning']]);
    expect(feed!.fair.fallback).to.deep.equal(['en']);
    expect(Object.keys(feed!.fair.name as object)).to.deep.equal(['vi', 'en']);
  });
});
