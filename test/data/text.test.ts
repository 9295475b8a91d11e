import { expect } from '@open-wc/testing';
import { allTexts, baseLanguage, fallbackLocales, text } from '../../src/data/text.js';
import type { Text } from '../../src/data/types.js';
import { validateFeed } from '../../src/data/validate.js';
import { baseFeed } from '../fixtures/feeds-validate/base-feed.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- bad values on purpose */

const tea: Text = { vi: 'Chè', en: 'Tea', zh: '茶', 'zh-Hant': '茶葉', 'pt-BR': 'Chá' };
const fairLocales = ['vi', 'en'];

describe('text(): the fallback order of docs/feed.md#localized-text', () => {
  const order: [string, Text, string, string[], string][] = [
    ['the exact tag', tea, 'en', fairLocales, 'Tea'],
    ['the exact regional tag over its base', tea, 'zh-Hant', fairLocales, '茶葉'],
    ['the exact tag in any letter case', tea, 'ZH-hant', fairLocales, '茶葉'],
    ['the base language of a regional tag (zh-Hans → zh)', tea, 'zh-Hans', fairLocales, '茶'],
    ['the base language of en-GB', tea, 'en-GB', fairLocales, 'Tea'],
    [
      'a regional key for a base-language request before any other value (pt → pt-BR)',
      { de: 'Tee', 'pt-BR': 'Chá' },
      'pt',
      [],
      'Chá',
    ],
    // The base language (docs/feed.md#localized-text) includes its other scripts and regions: a zh-Hans reader gets zh-Hant text before the fair's vi.
    [
      'a sibling script of the same language before fair.locales[0]',
      { vi: 'Chè', 'zh-Hant': '茶葉' },
      'zh-Hans',
      fairLocales,
      '茶葉',
    ],
    ['fair.locales[0] when the language is missing', tea, 'ko', fairLocales, 'Chè'],
    ['the next fair locale when the first is missing too', { en: 'Tea', fr: 'Thé' }, 'ko', fairLocales, 'Tea'],
    [
      'the first non-empty value when no fair locale has it',
      { ja: '', fr: 'Thé', de: 'Tee' },
      'ko',
      fairLocales,
      'Thé',
    ],
    ['the first non-empty value with no fair locales at all', { fr: 'Thé', de: 'Tee' }, 'ko', [], 'Thé'],
    ['a plain string in every language', 'Chè Shan Tuyết', 'ja', fairLocales, 'Chè Shan Tuyết'],
    ['past empty and blank translations', { en: ' ', vi: 'Chè' }, 'en', ['en', 'vi'], 'Chè'],
  ];
  for (const [rule, value, locale, fallbacks, expected] of order) {
    it(`uses ${rule}`, () => expect(text(value, locale, fallbacks)).to.equal(expected));
  }

  it('prefers the wanted language over the fallbacks', () => {
    expect(text({ vi: 'Chè', en: 'Tea', ja: '茶' }, 'ja', ['vi', 'en'])).to.equal('茶');
  });

  it('never gives undefined, null or [object Object], whatever the value', () => {
    const hostile: unknown[] = [
      undefined,
      null,
      {},
      [],
      ['Chè'],
      42,
      true,
      { vi: 42 },
      { vi: { nested: 'x' } },
      { vi: null },
      { vi: ['Chè'] },
      Object.create(null),
      { toString: () => 'x' },
      { vi: '' },
    ];
    for (const value of hostile) {
      for (const locale of ['vi', 'en', 'zh-Hant', '', 'constructor', '__proto__', 'toString']) {
        const result = text(value as Text, locale, fairLocales);
        expect(typeof result, `${JSON.stringify(value)} in ${locale}`).to.equal('string');
        expect(result).not.to.match(/undefined|null|\[object/);
      }
    }
  });

  it('does not read inherited names as translations', () => {
    expect(text({ vi: 'Chè' }, 'constructor', [])).to.equal('Chè');
    expect(text({}, 'toString', ['hasOwnProperty'])).to.equal('');
  });

  it('resolves every text of a validated feed to a non-empty string in every language', () => {
    const { feed } = validateFeed(baseFeed());
    const locales = feed!.fair.locales!;
    for (const wanted of ['vi', 'en', 'ja', 'zh-Hant']) {
      expect(text(feed!.fair.name, wanted, locales)).not.to.equal('');
      for (const product of feed!.products!) expect(text(product.name, wanted, locales).trim()).not.to.equal('');
      for (const producer of feed!.producers!) expect(text(producer.name, wanted, locales).trim()).not.to.equal('');
    }
    expect(text(feed!.fair.name, 'ja', locales)).to.equal('Hội chợ thử');
  });
});

describe('fallbackLocales(): fair.fallback, then fair.locales[0]', () => {
  it("is English, then the fair's first language, when the feed names no fallback", () => {
    expect(fallbackLocales({ locales: ['vi', 'en'] })).to.deep.equal(['en', 'vi']);
    expect(fallbackLocales({ locales: ['en', 'vi'] })).to.deep.equal(['en']);
    expect(fallbackLocales({})).to.deep.equal(['en']);
    expect(fallbackLocales(undefined)).to.deep.equal(['en']);
  });

  it("is the feed's own list, in its order, then the fair's first language", () => {
    expect(fallbackLocales({ locales: ['vi', 'en'], fallback: ['vi'] })).to.deep.equal(['vi']);
    expect(fallbackLocales({ locales: ['vi', 'en', 'ja'], fallback: ['ja', 'en'] })).to.deep.equal(['ja', 'en', 'vi']);
    expect(fallbackLocales({ locales: ['vi', 'en'], fallback: [] }), 'an empty list: no English first').to.deep.equal([
      'vi',
    ]);
  });

  // visitor's language → its base language → fair.fallback (default ["en"]) → fair.locales[0] → any non-empty value
  const fair = { locales: ['vi', 'en', 'zh-Hans'] };
  const rice = { vi: 'Gạo nếp', en: 'Sticky rice', 'zh-Hans': '糯米', ko: '찹쌀' };
  const order: [string, Text, string, object, string][] = [
    ["the visitor's language", rice, 'ko', fair, '찹쌀'],
    ['the base language before English (ko-KR → ko)', rice, 'ko-KR', fair, '찹쌀'],
    ['another script of the language before English (zh-Hant → zh-Hans)', rice, 'zh-Hant', fair, '糯米'],
    ["English for a Japanese visitor, not the fair's Vietnamese", rice, 'ja', fair, 'Sticky rice'],
    [
      'English for a Korean visitor when the text has no Korean',
      { vi: 'Gạo nếp', en: 'Sticky rice' },
      'ko',
      fair,
      'Sticky rice',
    ],
    ['a regional English (en-GB) as English', { vi: 'Gạo nếp', 'en-GB': 'Sticky rice' }, 'ko', fair, 'Sticky rice'],
    ['fair.locales[0] when there is no English', { fr: 'Riz gluant', vi: 'Gạo nếp' }, 'ko', fair, 'Gạo nếp'],
    ['any value when there is neither', { fr: 'Riz gluant', de: 'Klebreis' }, 'ko', fair, 'Riz gluant'],
    ["the feed's own fallback instead of English", rice, 'ja', { ...fair, fallback: ['vi'] }, 'Gạo nếp'],
    ["the feed's fallbacks in their order", rice, 'th', { ...fair, fallback: ['zh-Hans', 'en'] }, '糯米'],
    [
      'the next fallback when the first is missing',
      { vi: 'Gạo nếp', en: 'Sticky rice' },
      'th',
      { ...fair, fallback: ['zh-Hans', 'en'] },
      'Sticky rice',
    ],
    ['fair.locales[0] after an empty fallback list', rice, 'ja', { ...fair, fallback: [] }, 'Gạo nếp'],
  ];
  for (const [rule, value, locale, f, expected] of order) {
    it(`uses ${rule}`, () => expect(text(value, locale, fallbackLocales(f))).to.equal(expected));
  }
});

describe('fair.fallback in the validator', () => {
  const withFallback = (fallback: unknown) => {
    const raw: any = baseFeed();
    raw.fair.fallback = fallback;
    return validateFeed(raw);
  };

  it('keeps a list of language tags without a problem', () => {
    const { feed, problems } = withFallback(['ja', 'en']);
    expect(problems).to.deep.equal([]);
    expect(feed!.fair.fallback).to.deep.equal(['ja', 'en']);
    expect(withFallback([]).feed!.fair.fallback, 'an empty list is kept').to.deep.equal([]);
  });

  it('warns at the entry that is not a language tag and keeps the others', () => {
    const { feed, problems } = withFallback(['en', 'english!', 'xx-1', 42, 'en']);
    expect(problems.map((p) => [p.path, p.severity])).to.deep.equal([
      ['/fair/fallback/1', 'warning'],
      ['/fair/fallback/2', 'warning'],
      ['/fair/fallback/3', 'warning'],
    ]);
    expect(problems[0].message).to.contain('"english!"').and.to.contain('not a language tag');
    expect(feed!.fair.fallback).to.deep.equal(['en']);
  });

  it('warns when it is not a list and leaves English as the fallback', () => {
    const { feed, problems } = withFallback('en');
    expect(problems.map((p) => [p.path, p.severity])).to.deep.equal([['/fair/fallback', 'warning']]);
    expect(problems[0].message).to.contain('not a list of language tags');
    expect(feed!.fair.fallback).to.equal(undefined);
    expect(fallbackLocales(feed!.fair)).to.deep.equal(['en', 'vi']);
    expect(withFallback(['!!']).feed!.fair.fallback, 'no usable entry: the default').to.equal(undefined);
  });
});

describe('baseLanguage() and allTexts()', () => {
  it('takes the base language of a tag', () => {
    expect(['zh-Hant', 'en-US', 'VI', 'sr-Latn-RS'].map(baseLanguage)).to.deep.equal(['zh', 'en', 'vi', 'sr']);
  });

  it('lists every language of a text for search, skipping empty and non-text values', () => {
    expect(allTexts({ vi: 'Chè', en: 'Tea', ja: '', de: 42 as any })).to.deep.equal(['Chè', 'Tea']);
    expect(allTexts('Chè')).to.deep.equal(['Chè']);
    expect(allTexts('')).to.deep.equal([]);
    expect(allTexts(undefined)).to.deep.equal([]);
  });
});
