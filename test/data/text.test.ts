import { expect } from '@open-wc/testing';
import { allTexts, baseLanguage, text } from '../../src/data/text.js';
import type { Text } from '../../src/data/types.js';
import { validateFeed } from '../../src/data/validate.js';
import { baseFeed } from '../fixtures/feeds-validate/base-feed.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- bad values on purpose */

const tea: Text = { vi: 'Chè', en: 'Tea', zh: '茶', 'zh-Hant': '茶葉', 'pt-BR': 'Chá' };
const fairLocales = ['vi', 'en'];

describe('text(): the fallback order of feed.md', () => {
  const order: [string, Text, string, string[], string][] = [
    ['the exact tag', tea, 'en', fairLocales, 'Tea'],
    ['the exact regional tag over its base', tea, 'zh-Hant', fairLocales, '茶葉'],
    ['the exact tag in any letter case', tea, 'ZH-hant', fairLocales, '茶葉'],
    ['the base language of a regional tag (zh-Hans → zh)', tea, 'zh-Hans', fairLocales, '茶'],
    ['the base language of en-GB', tea, 'en-GB', fairLocales, 'Tea'],
    ['a regional key for a base-language request before any other value (pt → pt-BR)', { de: 'Tee', 'pt-BR': 'Chá' }, 'pt', [], 'Chá'],
    // The base language (feed.md) includes its other scripts and regions: a zh-Hans reader gets zh-Hant text before the fair's vi.
    ['a sibling script of the same language before fair.locales[0]', { vi: 'Chè', 'zh-Hant': '茶葉' }, 'zh-Hans', fairLocales, '茶葉'],
    ['fair.locales[0] when the language is missing', tea, 'ko', fairLocales, 'Chè'],
    ['the next fair locale when the first is missing too', { en: 'Tea', fr: 'Thé' }, 'ko', fairLocales, 'Tea'],
    ['the first non-empty value when no fair locale has it', { ja: '', fr: 'Thé', de: 'Tee' }, 'ko', fairLocales, 'Thé'],
    ['the first non-empty value with no fair locales at all', { fr: 'Thé', de: 'Tee' }, 'ko', [], 'Thé'],
    ['a plain string in every language', 'Chè Shan Tuyết', 'ja', fairLocales, 'Chè Shan Tuyết'],
    ['past empty and blank translations', { en: ' ', vi: 'Chè' }, 'en', ['en', 'vi'], 'Chè'],
  ];
  for (const [rule, value, locale, fallbacks, expected] of order) {
    it(`uses ${rule}`, () => expect(text(value, locale, fallbacks)).to.equal(expected));
  }

  it('prefers the wanted language over fair.locales', () => {
    expect(text({ vi: 'Chè', en: 'Tea', ja: '茶' }, 'ja', ['vi', 'en'])).to.equal('茶');
  });

  it('never gives undefined, null or [object Object], whatever the value', () => {
    const hostile: unknown[] = [
      undefined, null, {}, [], ['Chè'], 42, true, { vi: 42 }, { vi: { nested: 'x' } }, { vi: null }, { vi: ['Chè'] },
      Object.create(null), { toString: () => 'x' }, { vi: '' },
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
