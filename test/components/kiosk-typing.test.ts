// Issue 12, item 1: a visitor can type on the on-screen keyboard in every layout, and the keyboard
// opens on a tap (not when Tab brings focus to the search box) and closes when focus leaves, or with Escape.
import { expect, waitUntil } from '@open-wc/testing';
import { setLocale } from '../../src/i18n/locale.js';
import type { FairKiosk } from '../../src/components/kiosk/kiosk.js';
import { centreOf, deepActive, deepElementFromPoint, painted, press, tapAt } from '../harness.js';
import { $, kioskFixture, onScreenKeyboard, sampleFeed, startVisit, tap, tapKeys } from './kiosk.helpers.js';

const keyboardOf = (el: FairKiosk) => el.shadowRoot!.querySelector('fair-kiosk-keyboard');
const searchOf = (el: FairKiosk) => $(el, 'fair-search') as HTMLElement & { value: string };
async function startInEnglish(options: Parameters<typeof kioskFixture>[0]): Promise<FairKiosk> {
  const el = await kioskFixture(options);
  await startVisit(el);
  await setLocale('en');
  await el.updateComplete;
  return el;
}

describe('<fair-kiosk> typing on the on-screen keyboard', () => {
  afterEach(() => setLocale('en'));

  const layouts: [string, { width: number; height: number; accessible?: boolean }][] = [
    ['portrait', { width: 1080, height: 1920 }],
    ['landscape', { width: 1920, height: 1080 }],
    ['accessibility mode, portrait', { width: 1080, height: 1920, accessible: true }],
    ['accessibility mode, landscape', { width: 1920, height: 1080, accessible: true }],
  ];
  for (const [name, options] of layouts) {
    it(`types "mien dong" key by key in ${name}: the results never cover a key`, async () => {
      // The Cao Bang fair, where "mien dong" finds Nguyen Binh's arrowroot vermicelli (and much else as it is typed).
      const el = await startInEnglish({ ...options, feed: await sampleFeed('caoBang') });
      await tap(el, searchOf(el));
      // Its keys show once the keyboard's chunk is there (fetched when the visit started).
      const keyboard = await onScreenKeyboard(el);
      for (const char of 'mien dong') {
        const key = keyboard.shadowRoot!.querySelector<HTMLElement>(`[data-key="${char}"]`)!;
        // Laid out after the last key's results.
        await painted();
        const { x, y } = centreOf(key);
        const under = deepElementFromPoint(x, y);
        expect(
          under && key.contains(under) ? 'the key' : under?.outerHTML.slice(0, 80),
          `before "${char}", what the finger is on`,
        ).to.equal('the key');
        await tapAt(x, y);
        await el.updateComplete;
      }
      expect(searchOf(el).value).to.equal('mien dong');
      // The results are open (Nguyen Binh's vermicelli), and no tap opened a panel on the way.
      await waitUntil(() => searchOf(el).shadowRoot!.querySelector('[role="option"]'), 'the results show');
      expect(el.shadowRoot!.querySelector('.detail')).to.equal(null);
      expect(keyboardOf(el)).to.exist;
    });
  }

  it('opens on a tap, not when Tab brings focus to the search box; closes when focus leaves the search, and with Escape', async () => {
    const el = await startInEnglish({});
    const switcher = $(el, '.header fair-language-switcher');
    switcher.shadowRoot!.querySelector<HTMLElement>('button')!.focus();
    await press('Tab');
    expect(deepActive()?.localName).to.equal('input');
    expect(keyboardOf(el), 'Tab onto the search box opens no keyboard').to.equal(null);

    await tap(el, searchOf(el));
    await tapKeys(el, 'a');
    expect(searchOf(el).value).to.equal('a');
    expect(keyboardOf(el), 'tapping a key keeps the keyboard open').to.exist;
    expect(deepActive()?.localName, 'and the focus in the search box').to.equal('input');

    // Tab on through the box and its keyboard button: the keyboard closes when focus leaves them.
    for (let i = 0; i < 4 && !deepActive()?.classList.contains('chip'); i++) {
      await press('Tab');
    }
    expect(deepActive()?.className, 'what has focus').to.include('chip');
    expect(keyboardOf(el), 'focus left the search: the keyboard closed').to.equal(null);

    await tap(el, searchOf(el));
    await onScreenKeyboard(el);
    await press('Escape');
    await el.updateComplete;
    expect(keyboardOf(el), 'Escape closes it').to.equal(null);
  });

  it('opens from its button with Enter (a switch device), goes on to the keys, and Escape brings focus back to the box', async () => {
    const el = await startInEnglish({});
    const button = $(el, '.icon-btn');
    button.focus();
    await press('Enter');
    await waitUntil(() => deepActive()?.getAttribute('data-key') === '1', 'focus goes to the first key');
    await press('Tab', 'Enter'); // the "2" key
    expect(searchOf(el).value).to.equal('2');
    expect(keyboardOf(el)).to.exist;
    await press('Escape');
    expect(keyboardOf(el)).to.equal(null);
    expect(deepActive()?.localName).to.equal('input');
    await expect(el).to.be.accessible();
  });
});
