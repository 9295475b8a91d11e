// The kiosk on the Cao Bang sample fair: a search that matches nothing says so.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/kiosk/define.js';
import type { FairKiosk } from '../../src/components/kiosk/kiosk.js';
import { SAMPLE_FEEDS } from '../../src/data/samples/index.js';
import { getLocale, setLocale } from '../../src/i18n/locale.js';
import { typeKeys } from '../harness.js';
import { $, onScreenKeyboard, tap, tapKeys } from './kiosk.helpers.js';

/** A portrait kiosk on the Cao Bang sample feed, on its attract screen. */
async function caoBangKiosk(): Promise<FairKiosk> {
  await setViewport({ width: 1080, height: 1920 });
  const el = await fixture<FairKiosk>(
    html`<fair-kiosk style="--fair-kiosk-height:1920px" here="kiosk-1" src=${SAMPLE_FEEDS.caoBang}></fair-kiosk>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('.attract'), 'the attract screen shows', { timeout: 10000 });
  return el;
}

const searchRoot = (el: FairKiosk) => $(el, 'fair-search').shadowRoot!;

/** What a visitor sees in the results popup once it has settled for `query`. */
async function results(el: FairKiosk, query: string) {
  const root = searchRoot(el);
  await waitUntil(
    () => root.querySelector('.empty-title')?.textContent?.includes(query),
    'the results popup answers the query',
  );
  const popup = root.querySelector<HTMLElement>('[part~=results]')!;
  const heading = root.querySelector<HTMLElement>('[part~=partial-label]');
  const options = [...root.querySelectorAll<HTMLElement>('[role=option]')];
  return { root, popup, heading, options, message: root.querySelector('.empty-title')!.textContent };
}

describe('<fair-kiosk> search on the Cao Bang fair', () => {
  afterEach(() => setLocale('en'));

  it('"pizza hai san" typed on the on-screen keyboard: nothing matches, at most five closest matches under their heading', async () => {
    const el = await caoBangKiosk();
    await tap(el, $(el, '.lang', 'English'));
    await waitUntil(
      () => el.shadowRoot!.querySelector('.main:not(.waiting)') && getLocale() === 'en',
      'the visit starts in English',
    );
    await tap(el, $(el, '.icon-btn')); // the keyboard
    expect(await onScreenKeyboard(el)).not.to.have.attribute('telex');
    await tapKeys(el, 'pizza hai san');

    const { popup, heading, options, message, root } = await results(el, 'pizza hai san');
    expect(message).to.equal('Nothing found for “pizza hai san”.');
    expect(popup.hidden).to.equal(false);
    expect(popup.getBoundingClientRect().height).to.be.above(0);
    expect(heading?.textContent).to.equal('Closest matches');
    expect(options.length).to.be.within(1, 5);
    // Every option sits in the group that heading labels, below the message; the box says the list is open.
    for (const option of options)
      expect(option.closest('[role=group]')!.getAttribute('aria-labelledby')).to.equal(heading!.id);
    expect(root.querySelector('.empty-title')!.getBoundingClientRect().bottom).to.be.at.most(
      heading!.getBoundingClientRect().top + 1,
    );
    expect(root.querySelector('input')!.getAttribute('aria-expanded')).to.equal('true');
    // What they share is the word "Hai" (Nước Hai): the sausage cooperative is the closest.
    expect(options[0].textContent).to.include('Nuoc Hai');
    const live = root.querySelector('[role=status]')!;
    await waitUntil(() => /closest match/.test(live.textContent), 'a screen reader hears that nothing matches');
    expect(live.textContent).to.match(/^No results for pizza hai san\. [1-5] closest match/);
  });

  it("in the fair's language, with real keystrokes: the same, in Vietnamese", async () => {
    const el = await caoBangKiosk();
    await tap(el, $(el, '.attract-start'));
    await waitUntil(
      () => el.shadowRoot!.querySelector('.main:not(.waiting)') && getLocale() === 'vi',
      'the visit starts in Vietnamese',
    );
    await tap(el, searchRoot(el).querySelector('input')!);
    await typeKeys('pizza hai san');

    const { heading, options, message } = await results(el, 'pizza hai san');
    expect(message).to.equal('Không tìm thấy “pizza hai san”.');
    expect(heading?.textContent).to.equal('Kết quả gần đúng nhất');
    expect(options.length).to.be.within(1, 5);
    await expect(el).to.be.accessible();
  });
});
