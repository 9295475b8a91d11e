/**
 * `<fair-plan-editor>` in each of the kit's UI languages beyond English and
 * Vietnamese: its top bar's Undo button is worded from that language's
 * catalogue, not left in English.
 */
import { expect } from '@open-wc/testing';
import { messages } from '../../src/components/plan-editor/map/messages.js';
import { setLocale } from '../../src/i18n/locale.js';
import { seenIn } from '../harness.js';
import { editorFixture, emptyFeed, shadow } from './plan-editor-helpers.js';

const languages = ['zh-Hans', 'zh-Hant', 'ko', 'ja', 'ru', 'th'] as const;

describe('<fair-plan-editor> languages', () => {
  afterEach(async () => {
    localStorage.clear();
    await setLocale('en');
  });

  for (const tag of languages) {
    it(`words the Undo button in ${tag}`, async () => {
      await setLocale(tag);
      const el = await editorFixture({ feed: emptyFeed() });
      const undo = shadow(el).querySelector('[data-action="undo"]')!;
      expect(seenIn(undo)).to.equal(messages[tag].undo);
      expect(seenIn(undo)).to.not.equal(messages.en.undo);
    });
  }
});
