// Issue 13, item 5, as a visitor meets it: a feed listing a language Intl rejects,
// and a host page with <html lang="en_US"> (a common mistake). No blank screen, no skeleton.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import type { FairBoothMap } from '../../src/components/booth-map/booth-map.js';
import { mapReady } from '../seams.js';
import type { FairErrorEvent } from '../../src/internal/events.js';
import { boothMapHall } from '../fixtures/booth-map-hall.js';

// The kit reads the page's lang once, when its first module runs: set it before importing the kit.
const originalLang = document.documentElement.lang;
document.documentElement.lang = 'en_US';
const { $, kioskFixture, startVisit, tap, testFeed } = await import('./kiosk.helpers.js');
const { seenIn } = await import('../harness.js');
const { getLocale, setLocale } = await import('../../src/i18n/locale.js');
await import('../../src/components/booth-map/define.js');

/** What a person reads in `root`, spaces collapsed. */

describe('hostile language tags, as a visitor meets them', () => {
  afterEach(() => {
    document.documentElement.lang = 'en_US';
  });
  after(async () => {
    document.documentElement.lang = originalLang;
    await setLocale('en');
  });

  it('<fair-booth-map> on a page with lang="en_US" draws its booths, the route summary and the list (not the skeleton)', async () => {
    await setViewport({ width: 1000, height: 800 });
    const el = await fixture<FairBoothMap>(
      html`<fair-booth-map here="kiosk" route-to="A1" style="width: 800px; --fair-booth-map-height: 500px"></fair-booth-map>`,
    );
    el.feed = boothMapHall();
    await mapReady(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="skeleton"]'), 'no skeleton').to.equal(null);
    for (const id of ['A1', 'A2', 'B1', 'B2'])
      expect(root.querySelector(`.fair-booth-label[data-booth-id="${id}"]`), `booth ${id}`).to.exist;
    expect(seenIn(root.querySelector('.summary'))).to.match(/^84 m · about 1 minute$/);
    expect(el.getAttribute('lang')).to.equal('en-US');

    const toggle = root.querySelector<HTMLButtonElement>('button.toggle')!;
    const box = toggle.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await waitUntil(() => toggle.getAttribute('aria-pressed') === 'true', 'the list shows');
    await el.updateComplete;
    const list = seenIn(root);
    for (const name of ['Hoang Ha tea', 'Brocade house', 'B1', 'B2']) expect(list).to.include(name);
    await expect(el).to.be.accessible();
    expect(getLocale(), 'the page language as Intl writes it').to.equal('en-US');
  });

  it('a kiosk whose feed passes, on a page with lang="en_US" that the host also hands to setLocale, shows the directory and what is on now', async () => {
    const el = await kioskFixture();
    el.now = new Date('2025-12-26T10:15:00+07:00');
    await waitUntil(() => getLocale() === 'vi', "the kiosk switches to the fair's default language");
    await startVisit(el);
    await setLocale('en_US');
    await el.updateComplete;
    expect(getLocale()).to.equal('en-US');
    expect(seenIn($(el, '.list'))).to.include('Cao Bang province booth');
    await tap(el, $(el, '.tab', 'Happening now'));
    await waitUntil(() => el.shadowRoot!.querySelector('.event'), 'the events show');
    expect(seenIn($(el, '.event', 'Shan Tuyet tea tasting'))).to.match(/10:00.*11:00 AM/);
  });

  for (const hostile of ['en-x', 'de-1996-1996', 'zh-min-nan']) {
    it(`a kiosk fed "locales": ["${hostile}", "vi"] fires fair-error at /fair/locales/0 and runs in Vietnamese`, async () => {
      const feed = (await testFeed()) as { fair: { locales: string[] } };
      feed.fair.locales = [hostile, 'vi'];
      const errors: FairErrorEvent[] = [];
      const listen = (e: Event) => errors.push(e as FairErrorEvent);
      document.addEventListener('fair-error', listen);
      try {
        const el = await kioskFixture({ feed });
        await waitUntil(() => errors.length > 0, 'fair-error fires');
        const problem = errors[0].detail.problems.find((p) => p.path === '/fair/locales/0');
        expect(problem?.severity).to.equal('error');
        expect(problem?.message).to.contain(`"${hostile}"`);
        expect(errors[0].detail.fatal).to.equal(false);

        await waitUntil(() => getLocale() === 'vi', 'the kiosk falls back to the next language the fair lists');
        expect(seenIn($(el, '.attract-title'))).to.equal('Tuần hàng Cao Bằng tại Hà Nội');
        await startVisit(el);
        await el.updateComplete;
        const directory = seenIn($(el, '.list'));
        expect(directory).to.include('Hợp tác xã Hoàng Hà');
        expect(directory.length, 'the directory lists the fair').to.be.greaterThan(100);
      } finally {
        document.removeEventListener('fair-error', listen);
      }
    });
  }
});
