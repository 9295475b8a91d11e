// Issue 12, item 2 (reach): in accessibility mode every control sits in the lower part of the kiosk.
// The ADA's forward reach is 15–48 in (0.38–1.22 m) above the floor; a 55" portrait screen starting ~0.8 m up
// has only its lower ~40 % in reach. So no control's top edge may be above 55 % of the kiosk's height,
// in portrait and (the screen is lower there, the same rule is on the safe side) in landscape.
import { expect, waitUntil } from '@open-wc/testing';
import { setLocale } from '../../src/i18n/locale.js';
import type { FairKiosk } from '../../src/components/kiosk/kiosk.js';
import type { FairBoothMap } from '../../src/components/booth-map/booth-map.js';
import { deepQueryAll } from '../harness.js';
import { mapReady } from '../seams.js';
import { $, kioskFixture, painted, sampleFeed, startVisit, tap, tapKeys } from './kiosk.helpers.js';

const REACH = 0.55;
const CONTROLS =
  'button, input, select, textarea, a[href], [role="option"], [role="tab"], [tabindex]:not([tabindex="-1"])';

/**
 * Every visible control on the kiosk's screen, in its shadow root and those of the elements inside it.
 * Left out: the map's own surface (Leaflet's container, its panes and booth labels are the map, not its controls)
 * and the scroll areas that take focus for scrolling (their controls are checked one by one).
 */
function controls(root: ShadowRoot): Element[] {
  return deepQueryAll(root, CONTROLS).filter((e) => {
    if (e.closest('.leaflet-container') || e.matches('.list, .detail, .map')) return false;
    const box = e.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(e).visibility !== 'hidden';
  });
}

function outOfReach(el: FairKiosk): string[] {
  const frame = el.getBoundingClientRect();
  const line = frame.top + frame.height * REACH;
  return controls(el.shadowRoot!)
    .filter((c) => c.getBoundingClientRect().top < line - 0.5)
    .map((c) => `${Math.round(c.getBoundingClientRect().top)}px: ${c.outerHTML.slice(0, 90)}`);
}

describe('<fair-kiosk> accessibility mode: every control within reach', () => {
  afterEach(() => setLocale('en'));

  for (const [name, width, height] of [
    ['portrait', 1080, 1920],
    ['landscape', 1920, 1080],
  ] as const) {
    it(`${name} ${width}×${height}: search, keyboard, chips, map controls, panels, My list, results and Back/Home start below 55 % of the height`, async () => {
      // Son La: two levels, so the map has its level switcher too.
      const el = await kioskFixture({ width, height, accessible: true, feed: await sampleFeed('sonLa') });
      await startVisit(el);
      await setLocale('en');
      await el.updateComplete;
      const map = $(el, 'fair-booth-map') as FairBoothMap;
      await mapReady(map);
      expect(map.getAttribute('controls')).to.equal('bottom');
      expect(map.shadowRoot!.querySelectorAll('[part~="level"]').length, 'the level switcher is there').to.equal(2);
      await painted();
      expect(outOfReach(el), 'home screen').to.deep.equal([]);

      // Typing: the keyboard, and the results over the panel.
      await tap(el, $(el, 'fair-search'));
      await tapKeys(el, 'm');
      const search = $(el, 'fair-search');
      await waitUntil(() => search.shadowRoot!.querySelector('[role="option"]'), 'results show');
      await painted();
      expect(outOfReach(el), 'typing').to.deep.equal([]);

      // A producer's panel, then the way to their booth upstairs.
      await tap(el, $(el, '.nav-btn', 'Home'));
      await tap(el, $(el, '.row', 'Chieng Ban Honey Cooperative'));
      await painted();
      expect(outOfReach(el), 'producer panel').to.deep.equal([]);
      await tap(el, $(el, '[part~="show-way"]'));
      await mapReady(map);
      await painted();
      expect(outOfReach(el), 'route panel').to.deep.equal([]);

      // The producer on My list (♡), the list with "Take my list" unfolded, and "Visit my list".
      await tap(el, $(el, '.nav-btn', 'Back'));
      await tap(el, $(el, '[part~="save"]'));
      await tap(el, $(el, '[part~="my-list"]'));
      await tap(el, $(el, '[part~="take-list"]'));
      await painted();
      expect(outOfReach(el), 'My list').to.deep.equal([]);
      await tap(el, $(el, '[part~="visit-list"]'));
      await mapReady(map);
      await painted();
      expect(outOfReach(el), '"Visit my list"').to.deep.equal([]);

      // "Still there?" comes down within reach too.
      el.idle = 0.2;
      await tap(el, $(el, '.header h1')); // the timer restarts from this touch
      await waitUntil(() => el.shadowRoot!.querySelector('.still-there'), '"Still there?" shows', { timeout: 3000 });
      expect(outOfReach(el), '"Still there?"').to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('on a phone, accessibility mode keeps Back, Home, the languages and its own button on screen; a tap turns it off', async () => {
    const el = await kioskFixture({ width: 390, height: 844 });
    await startVisit(el);
    await tap(el, $(el, '[part~="accessibility"]'));
    await waitUntil(() => el.accessible, 'accessibility mode is on');
    await painted();
    const frame = el.getBoundingClientRect();
    const offScreen = [...el.shadowRoot!.querySelectorAll('.nav-btn, .nav .languages')]
      .map((b) => ({ name: b.textContent.replace(/\s+/g, ' ').trim(), r: b.getBoundingClientRect() }))
      .filter(
        ({ r }) => r.left < frame.left - 1 || r.right > frame.right + 1 || r.bottom > frame.bottom + 1 || r.width < 44,
      )
      .map(({ name }) => name);
    expect(offScreen, 'cut off or too small').to.deep.equal([]);
    await tap(el, $(el, '[part~="accessibility"]'));
    await waitUntil(() => !el.accessible, 'a tap turns accessibility mode off again');
  });

  it('text grows 1.3× in accessibility mode', async () => {
    const el = await kioskFixture();
    await startVisit(el);
    const size = (selector: string) => parseFloat(getComputedStyle($(el, selector)).fontSize);
    const before = [size('.nav-btn'), size('.row-title'), size('.row-detail')];
    await tap(el, $(el, '[part~="accessibility"]'));
    const after = [size('.nav-btn'), size('.row-title'), size('.row-detail')];
    after.forEach((a, i) => expect(a).to.be.closeTo(before[i] * 1.3, 0.5));
  });
});
