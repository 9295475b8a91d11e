/**
 * Every UI string is translated into every UI language, keeps its
 * placeholders, uses the fair's established terms, and is in the built
 * catalogues the browser loads.
 *
 * What a browser cannot see: a new msg() in the sources that nobody has
 * extracted yet. `scripts/check-translations.js` (run by `npm test`) extracts
 * from the sources, as `lit-localize extract` would, and fails on that.
 */
import { expect } from '@open-wc/testing';
import { targetLocales } from '../../src/i18n/locale.js';

type Unit = { id: string; source: string; target: string; sourcePlaceholders: string[]; targetPlaceholders: string[] };

async function readXliff(locale: string): Promise<Unit[]> {
  const response = await fetch(`/xliff/${locale}.xlf`);
  expect(response.ok, `xliff/${locale}.xlf`).to.equal(true);
  const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
  expect(doc.querySelector('parsererror'), `xliff/${locale}.xlf is not well-formed`).to.equal(null);
  expect(doc.querySelector('file')!.getAttribute('target-language')).to.equal(locale);
  return [...doc.querySelectorAll('trans-unit')].map((unit) => {
    const source = unit.querySelector('source')!;
    const target = unit.querySelector('target');
    // Expressions (`${…}`) are matched by position at runtime, so only their number must agree
    // (the source's expression text may since have been edited); markup must be kept exactly.
    const placeholders = (el: Element | null) =>
      [...(el?.querySelectorAll('x') ?? [])]
        .map((x) => x.getAttribute('equiv-text')!)
        .map((t) => (t.startsWith('${') ? '${…}' : t))
        .sort();
    return {
      id: unit.getAttribute('id')!,
      source: source.textContent ?? '',
      target: target?.textContent ?? '',
      sourcePlaceholders: placeholders(source),
      targetPlaceholders: placeholders(target),
    };
  });
}

type Catalogue = { templates: Record<string, string | { strings: string[]; values: unknown[] }> };
const catalogues: Record<string, () => Promise<Catalogue>> = {
  vi: () => import('../../src/i18n/locales/vi.js') as unknown as Promise<Catalogue>,
  'zh-Hans': () => import('../../src/i18n/locales/zh-Hans.js') as unknown as Promise<Catalogue>,
  'zh-Hant': () => import('../../src/i18n/locales/zh-Hant.js') as unknown as Promise<Catalogue>,
  ko: () => import('../../src/i18n/locales/ko.js') as unknown as Promise<Catalogue>,
  ja: () => import('../../src/i18n/locales/ja.js') as unknown as Promise<Catalogue>,
  ru: () => import('../../src/i18n/locales/ru.js') as unknown as Promise<Catalogue>,
  th: () => import('../../src/i18n/locales/th.js') as unknown as Promise<Catalogue>,
};

/**
 * The words a visitor reads on signs at the fair: whenever the English says
 * "booth", the translation says the established word for it, everywhere.
 */
const GLOSSARY: Record<string, { en: RegExp; terms: Record<string, RegExp> }> = {
  booth: {
    en: /\bbooths?\b/i,
    terms: { vi: /gian hàng/i, 'zh-Hans': /展位/, 'zh-Hant': /攤位/, ko: /부스/, ja: /ブース/, ru: /стенд/i, th: /บูธ/ },
  },
  fair: {
    en: /\bfairs?\b/i,
    terms: {
      vi: /hội chợ/i,
      'zh-Hans': /展销会/,
      'zh-Hant': /博覽會/,
      ko: /박람회/,
      ja: /見本市|物産展/,
      ru: /ярмарк/i,
      th: /งาน/,
    },
  },
  'you are here': {
    en: /you are here/i,
    terms: {
      vi: /Bạn đang ở đây/i,
      'zh-Hans': /您在这里/,
      'zh-Hant': /您在這裡/,
      ko: /현재 위치/,
      ja: /現在地/,
      ru: /Вы здесь/i,
      th: /คุณอยู่ที่นี่/,
    },
  },
  OCOP: {
    en: /\bOCOP\b/,
    terms: { vi: /\bOCOP\b/, 'zh-Hans': /OCOP/, 'zh-Hant': /OCOP/, ko: /OCOP/, ja: /OCOP/, ru: /OCOP/, th: /OCOP/ },
  },
};

describe('UI translations', () => {
  let units: Record<string, Unit[]>;
  before(async () => {
    units = Object.fromEntries(await Promise.all(targetLocales.map(async (l) => [l, await readXliff(l)] as const)));
  });

  it('has the same UI strings in every language', () => {
    const ids = (l: string) => units[l].map((u) => u.id).sort();
    expect(ids('vi').length).to.be.greaterThan(0);
    for (const locale of targetLocales) expect(ids(locale), locale).to.deep.equal(ids('vi'));
  });

  for (const locale of targetLocales) {
    it(`translates every UI string into ${locale}, keeping its placeholders`, () => {
      const untranslated = units[locale].filter((u) => !u.target.trim() && u.source.trim()).map((u) => u.source);
      expect(untranslated, `untranslated in ${locale}`).to.deep.equal([]);
      for (const u of units[locale]) {
        expect(u.targetPlaceholders, `${locale} "${u.target}" placeholders`).to.deep.equal(u.sourcePlaceholders);
        if (locale !== 'vi' && /[a-z]{4,}/i.test(u.source.replace(/\$\{[^}]*\}|OCOP|QR|Telex|A–Z/g, ''))) {
          // Non-Latin scripts: an English sentence left as the "translation" is not a translation.
          if (['zh-Hans', 'zh-Hant', 'ko', 'ja', 'ru', 'th'].includes(locale)) {
            expect(u.target.trim(), `${locale}: "${u.source}" left in English`).not.to.equal(u.source.trim());
          }
        }
      }
    });

    it(`has every ${locale} translation in the built catalogue (lit-localize build ran)`, async () => {
      const { templates } = await catalogues[locale]();
      const built = Object.keys(templates).sort();
      expect(built, `src/i18n/locales/${locale}.ts`).to.deep.equal(units[locale].map((u) => u.id).sort());
      for (const u of units[locale]) {
        const t = templates[u.id];
        const text = typeof t === 'string' ? t : t.strings.join('');
        expect(text.trim().length > 0 || u.sourcePlaceholders.length > 0, `${locale} ${u.id} is empty`).to.equal(true);
        if (typeof t !== 'string')
          expect(t.values.length, `${locale} ${u.id} values`).to.equal(u.sourcePlaceholders.length);
      }
    });
  }

  for (const [term, { en, terms }] of Object.entries(GLOSSARY)) {
    it(`says "${term}" with the established word in every language`, () => {
      for (const locale of targetLocales) {
        for (const u of units[locale].filter((x) => en.test(x.source))) {
          expect(
            terms[locale].test(u.target),
            `${locale}: "${u.source}" → "${u.target}" lacks ${terms[locale]}`,
          ).to.equal(true);
        }
      }
    });
  }
});
