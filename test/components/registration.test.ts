// Registration. Importing an element's class defines nothing (only the define.ts files and src/index.ts do);
// defining an element defines the elements it renders (`static dependencies`, Shoelace's pattern), each unless
// the page has that tag already; the kiosk's on-screen keyboard is defined when its chunk arrives. This file's
// static imports are class modules only, so the page starts with no fair-* element defined (each test file has a
// page of its own); the tests run in order, the first before anything defines a tag.
import { expect, waitUntil } from '@open-wc/testing';
import { FairBoothMap } from '../../src/components/booth-map/booth-map.js';
import { FairData } from '../../src/components/fair-data/fair-data.js';
import { FairKioskKeyboard } from '../../src/components/kiosk/keyboard.js';
import { FairKiosk } from '../../src/components/kiosk/kiosk.js';
import { FairLanguageSwitcher } from '../../src/components/language-switcher/language-switcher.js';
import { FairProducerStory } from '../../src/components/producer-story/producer-story.js';
import { FairProductCard } from '../../src/components/product-card/product-card.js';
import { FairSearch } from '../../src/components/search/search.js';

const CLASSES: Record<string, CustomElementConstructor> = {
  'fair-data': FairData,
  'fair-booth-map': FairBoothMap,
  'fair-product-card': FairProductCard,
  'fair-producer-story': FairProducerStory,
  'fair-language-switcher': FairLanguageSwitcher,
  'fair-search': FairSearch,
  'fair-kiosk': FairKiosk,
  'fair-kiosk-keyboard': FairKioskKeyboard,
};

/** A page's own element with a kit tag (another library, or another copy of the kit, got there first). */
class PagesOwnSwitcher extends HTMLElement {}

/** The classes above by name (a bundler may rename a class, so not by `.name`). */
const names = new Map<CustomElementConstructor, string>([
  ...Object.values(CLASSES).map((ctor, i) => [ctor, Object.keys(CLASSES)[i]] as const),
  [PagesOwnSwitcher, 'the page'],
]);

/** The tags among `tags` the page has defined, each with whose class it is (its tag's, or 'the page'). */
const defined = (tags: string[]) =>
  Object.fromEntries(
    tags.filter((t) => customElements.get(t)).map((t) => [t, names.get(customElements.get(t)!) ?? 'another class']),
  );

describe('registering the elements', () => {
  it('importing the element classes defines no element', () => {
    // The classes really are loaded (and each is an element class), so "nothing defined" is not for want of them.
    for (const ctor of Object.values(CLASSES)) expect(ctor.prototype).to.be.instanceOf(HTMLElement);
    expect(defined(Object.keys(CLASSES))).to.deep.equal({});
  });

  it("defining the kiosk defines the elements it renders, and leaves a tag the page has to the page's class", async () => {
    customElements.define('fair-language-switcher', PagesOwnSwitcher);
    await import('../../src/components/kiosk/define.js');
    // Not what the kiosk does not render (<fair-data>), nor what it loads on demand (the keyboard, when a visit starts).
    expect(defined(Object.keys(CLASSES))).to.deep.equal({
      'fair-kiosk': 'fair-kiosk',
      'fair-booth-map': 'fair-booth-map',
      'fair-search': 'fair-search',
      'fair-product-card': 'fair-product-card',
      'fair-producer-story': 'fair-producer-story',
      'fair-language-switcher': 'the page',
    });
  });

  it('defines the on-screen keyboard when a visit starts', async () => {
    const { kioskFixture, startVisit } = await import('./kiosk.helpers.js');
    const el = await kioskFixture({ width: 1080, height: 1920 });
    expect(defined(['fair-kiosk-keyboard']), 'before the visit').to.deep.equal({});
    await startVisit(el);
    await waitUntil(() => customElements.get('fair-kiosk-keyboard'), 'the keyboard is defined', { timeout: 5000 });
    expect(defined(['fair-kiosk-keyboard'])).to.deep.equal({ 'fair-kiosk-keyboard': 'fair-kiosk-keyboard' });
  });
});
