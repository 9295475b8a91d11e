/**
 * The kiosk's look where a page can affect it: the size it is given, page CSS
 * that undoes the tag's own styles, a theme on an ancestor, and the contrast of
 * the attract screen at the sizes the stories show.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/fair-data/define.js';
import type { FairKiosk } from '../../src/components/kiosk/kiosk.js';
import { clearFeedCache } from '../../src/data/loader.js';
import { applyTheme, type ThemeName } from '../../src/themes/themes.js';
import { contrastViolations, settle } from '../harness.js';
import { $, kioskFixture, tap } from './kiosk.helpers.js';

const SAMPLE = '/src/data/samples/cao-bang/feed.json';

/** The kiosk as the stories embed it: `height: 100%` in a box of `width`×`height`, on the Cao Bang sample. */
async function boxedKiosk(width: number, height: number, theme?: ThemeName) {
  const box = await fixture<HTMLElement>(html`<div style="width:${width}px; height:${height}px">
    <fair-kiosk style="height: 100%" src=${SAMPLE} here="kiosk-1"></fair-kiosk>
  </div>`);
  if (theme) applyTheme(box, theme);
  const el = box.querySelector('fair-kiosk') as FairKiosk;
  await waitUntil(() => el.shadowRoot!.querySelector('.attract'), 'the attract screen shows', { timeout: 5000 });
  await settle(el);
  return { box, el };
}

describe('<fair-kiosk> look', () => {
  afterEach(() => {
    clearFeedCache();
    document.querySelectorAll('style[data-kiosk-look]').forEach((s) => s.remove());
  });

  for (const [width, height] of [
    [540, 960],
    [390, 844],
    [960, 540],
  ]) {
    it(`the attract screen's lines read at ${width}×${height} in every language shown (axe colour contrast)`, async () => {
      await setViewport({ width: 1200, height: 1000 });
      const { el } = await boxedKiosk(width, height);
      const langs = [...el.shadowRoot!.querySelectorAll('.touch-line')].map((l) => l.getAttribute('lang'));
      expect(langs.length, 'several languages at once').to.be.at.least(3);
      expect(await contrastViolations(el)).to.deep.equal([]);
      const frame = el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
      expect([Math.round(frame.width), Math.round(frame.height)], 'fills the box it is given').to.deep.equal([
        width,
        height,
      ]);
    });
  }

  for (const theme of ['dark', 'high-contrast-dark'] as const) {
    it(`the attract screen reads in the ${theme} theme (axe colour contrast)`, async () => {
      await setViewport({ width: 1200, height: 1000 });
      const { el } = await boxedKiosk(540, 960, theme);
      expect(await contrastViolations(el)).to.deep.equal([]);
      // The dark theme's light green carries dark text, not white.
      expect(getComputedStyle($(el, '.attract-title')).color).not.to.equal('rgb(255, 255, 255)');
    });

    it(`accessibility mode is light and high-contrast inside a ${theme} page`, async () => {
      const el = await kioskFixture({ width: 1080, height: 1920, accessible: true });
      applyTheme(el.parentElement!, theme);
      await tap(el, $(el, '.attract-start'));
      await waitUntil(() => el.shadowRoot!.querySelector('.main:not(.waiting)'), 'the main screen shows');
      // Its colours are read: every transition (a theme change fades) over.
      await settle(el);
      expect(getComputedStyle($(el, '.panel-area')).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(await contrastViolations(el)).to.deep.equal([]);
      el.parentElement!.removeAttribute('data-fair-theme');
    });
  }

  const layouts: [string, number, number, (el: FairKiosk) => void][] = [
    [
      'portrait',
      1080,
      1920,
      (el) => expect(getComputedStyle($(el, '.main')).gridTemplateColumns.split(' ').length).to.equal(1),
    ],
    [
      'landscape',
      1920,
      1080,
      (el) => expect(getComputedStyle($(el, '.main')).gridTemplateColumns.split(' ').length).to.equal(2),
    ],
    ['phone', 390, 844, (el) => expect(getComputedStyle($(el, '.icon-btn')).display).to.equal('none')],
  ];
  for (const [name, width, height, check] of layouts) {
    it(`lays out for a ${name} screen (${width}×${height}), also under a page's * { all: unset }`, async () => {
      for (const hostile of [false, true]) {
        if (hostile) {
          const style = Object.assign(document.createElement('style'), {
            textContent: '* { all: unset; } head, style, script { display: none; }',
          });
          style.dataset.kioskLook = '';
          document.head.append(style);
        }
        const el = await kioskFixture({ width, height });
        await tap(el, $(el, '.attract-start'));
        await waitUntil(() => el.shadowRoot!.querySelector('.main:not(.waiting)'), 'the main screen shows');
        const box = el.getBoundingClientRect();
        const label = hostile ? ' under all: unset' : '';
        // The full width, less the page's 8 px body margin (which all: unset removes).
        expect(box.width, `width${label}`).to.be.within(width - 16, width);
        expect(Math.round(box.height), `height${label}`).to.equal(height);
        check(el);
        const nav = $(el, '.nav-btn').getBoundingClientRect();
        expect(nav.height, 'touch target').to.be.at.least(44);
        el.remove();
      }
    });
  }

  it('under * { all: unset } with no height set, the kiosk takes the viewport height', async () => {
    await setViewport({ width: 800, height: 700 });
    const style = Object.assign(document.createElement('style'), {
      textContent: '* { all: unset; } head, style, script { display: none; }',
    });
    style.dataset.kioskLook = '';
    document.head.append(style);
    const page = await fixture(html`<div><fair-kiosk src=${SAMPLE} here="kiosk-1"></fair-kiosk></div>`);
    const el = page.querySelector('fair-kiosk') as FairKiosk;
    await waitUntil(() => el.shadowRoot!.querySelector('.attract'), 'the attract screen shows', { timeout: 5000 });
    const box = el.getBoundingClientRect();
    expect([Math.round(box.width), Math.round(box.height)]).to.deep.equal([800, 700]);
  });
});
