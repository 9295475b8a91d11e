// Issue 17 (kiosk side): the ♡ on booths, products and producers, My list for one visit ("Take my list" as one
// QR code to the phone guide, "Visit my list" as one walk), and every QR code opening the guide when there is one.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { setLocale } from '../../src/i18n/locale.js';
import type { FairKiosk } from '../../src/components/kiosk/kiosk.js';
import type { FairBoothMap } from '../../src/components/booth-map/booth-map.js';
import type { FairFeed } from '../../src/data/types.js';
import { loadRouting } from '../../src/data/venue.js';
import { guideUrl, type SavedItem } from '../../src/internal/guide-links.js';
import { loadQrEncoder } from '../../src/internal/qr.js';
import { displayUrl } from '../../src/internal/rich-text/links.js';
import { decodeQr } from '../harness.js';
import { $, kioskFixture, painted, startVisit, tap, testFeed } from './kiosk.helpers.js';

const GUIDE = 'https://fair.example.vn/cao-bang/guide/';

/** The test fair, its phone guide at GUIDE (or none). */
async function feedWithGuide(guide: string | null = GUIDE): Promise<object> {
  const feed = (await testFeed()) as { fair: Record<string, unknown> };
  if (guide) feed.fair.guide = guide;
  return feed;
}

/** A visit on `feed`, in English. */
async function visitOn(feed: object, options: Parameters<typeof kioskFixture>[0] = {}): Promise<FairKiosk> {
  const el = await kioskFixture({ ...options, feed });
  await startVisit(el);
  await setLocale('en');
  await el.updateComplete;
  return el;
}

/** Taps what a visitor sees (scrolled into the panel first, as a finger would). */
async function tapInView(el: FairKiosk, target: HTMLElement): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  await painted();
  await tap(el, target);
}

/** Taps the open panel's ♡ and waits for it to show the new state. */
async function heart(el: FairKiosk): Promise<void> {
  const button = $(el, '[part~="save"]');
  const was = button.getAttribute('aria-pressed');
  await tapInView(el, button);
  await waitUntil(() => $(el, '[part~="save"]').getAttribute('aria-pressed') !== was, 'the ♡ changes');
}

/** The address under the QR code in view, as its caption shows it (without `https://`). */
function shownUrl(el: FairKiosk, scope = ''): string {
  return $(el, `${scope} .qr-url`.trim()).textContent.trim();
}

const shown = (url: string | undefined) => displayUrl(url!);

const myListButton = (el: FairKiosk) => el.shadowRoot!.querySelector<HTMLElement>('[part~="my-list"]');

describe('<fair-kiosk> My list', () => {
  before(() => loadQrEncoder());
  afterEach(() => setLocale('en'));

  it('♡ a booth, a producer and a product: My list shows 3, and "Take my list" is one QR code of the guide with all three', async () => {
    const el = await visitOn(await feedWithGuide());
    expect(myListButton(el), 'no My list before anything is saved').to.equal(null);

    await tapInView(el, $(el, '.row', 'Cao Bang province booth'));
    const save = $(el, '[part~="save"]');
    expect(save.getAttribute('aria-pressed')).to.equal('false');
    expect(save.textContent).to.include('Save to my list');
    expect(save.getBoundingClientRect().height, 'as tall as the kiosk’s other buttons').to.be.at.least(64);
    await heart(el);
    expect(myListButton(el)!.textContent).to.include('1');
    await expect(el).to.be.accessible();

    await tapInView(el, $(el, '.booth .row', 'Hợp tác xã Hoàng Hà'));
    await waitUntil(() => el.shadowRoot!.querySelector('fair-producer-story'), 'the producer opens');
    await heart(el);
    await tap(el, $(el, '.nav-btn', 'Back'));
    const card = el.shadowRoot!.querySelector<HTMLElement>('.booth fair-product-card[product="nep-bao-lac"]')!;
    await tapInView(el, card);
    await waitUntil(() => $(el, 'fair-product-card').getAttribute('product') === 'nep-bao-lac', 'the product opens');
    await heart(el);
    await expect(el).to.be.accessible();

    expect(myListButton(el)!.textContent.replace(/\s+/g, ' ')).to.match(/My list\s*3/);
    await tap(el, myListButton(el)!);
    const items = [...el.shadowRoot!.querySelectorAll('[part~="list-item"]')].map((i) =>
      i.textContent.replace(/\s+/g, ' ').trim(),
    );
    expect(items).to.have.length(3);
    expect(items[0]).to.include('Cao Bang province booth');
    expect(items[1]).to.include('Hợp tác xã Hoàng Hà');
    expect(items[2]).to.include('Bao Lac fragrant sticky rice');
    expect(items[2], 'with its booth').to.match(/Booth [AB]0\d/);
    await expect(el).to.be.accessible();

    await tap(el, $(el, '[part~="take-list"]'));
    await waitUntil(() => el.shadowRoot!.querySelector('.qr-card svg path'), 'the list QR is drawn');
    const saved: SavedItem[] = [
      { kind: 'booth', id: 'B02' },
      { kind: 'producer', id: 'hoang-ha' },
      { kind: 'product', id: 'nep-bao-lac' },
    ];
    const expected = guideUrl(GUIDE, { page: 'list', items: saved });
    expect(expected).to.equal(`${GUIDE}#/list/booth:B02,producer:hoang-ha,product:nep-bao-lac`);
    expect(shownUrl(el)).to.equal(shown(expected));
    expect(await decodeQr(el.shadowRoot!.querySelector<SVGSVGElement>('.qr-card svg')!)).to.equal(expected);
    await expect(el).to.be.accessible();

    // A row opens its panel (its ♡ on); the ✕ takes it off the list.
    await tapInView(el, $(el, '[part~="list-item"] .row', 'Hợp tác xã Hoàng Hà'));
    await waitUntil(() => el.shadowRoot!.querySelector('fair-producer-story'), 'the producer opens from the list');
    expect($(el, '[part~="save"]').getAttribute('aria-pressed')).to.equal('true');
    await tap(el, $(el, '.nav-btn', 'Back'));
    const remove = $(el, '[part~="list-item"]', 'Cao Bang province booth').querySelector<HTMLElement>(
      '[part~="remove"]',
    )!;
    expect(remove.getAttribute('aria-label')).to.equal('Remove Cao Bang province booth from my list');
    expect(remove.getBoundingClientRect().height).to.be.at.least(64);
    await tapInView(el, remove);
    expect(el.shadowRoot!.querySelectorAll('[part~="list-item"]')).to.have.length(2);
    expect(myListButton(el)!.textContent).to.include('2');
  });

  it('forgets My list when the kiosk resets after a visitor walks away', async () => {
    const el = await visitOn(await feedWithGuide(), { idle: 0.5, countdown: 0.3 });
    await tapInView(el, $(el, '.row', 'Cao Bang province booth'));
    await heart(el);
    expect(myListButton(el)).to.exist;
    const reset = await oneEvent(el, 'fair-kiosk-reset');
    expect(reset.detail.reason).to.equal('idle');
    el.idle = 60;
    await startVisit(el);
    await setLocale('en');
    await el.updateComplete;
    expect(myListButton(el), 'nothing saved in the next visit').to.equal(null);
    await tapInView(el, $(el, '.row', 'Cao Bang province booth'));
    expect($(el, '[part~="save"]').getAttribute('aria-pressed')).to.equal('false');
  });

  it("with fair.guide, a booth's QR and the route's QR open the guide (the route from the kiosk, step-free as chosen)", async () => {
    const el = await visitOn(await feedWithGuide());
    await tapInView(el, $(el, '.row', 'Cao Bang province booth'));
    await tap(el, $(el, '[part~="take-away"]'));
    expect(shownUrl(el)).to.equal(shown(`${GUIDE}#/booth/B02`));

    await tap(el, $(el, '[part~="show-way"]'));
    expect(shownUrl(el, '.route')).to.equal(shown(`${GUIDE}#/route/kiosk-1/B02`));
    await tap(el, $(el, '[part~="step-free"]'));
    expect($(el, '[part~="step-free"]').getAttribute('aria-pressed')).to.equal('true');
    expect(shownUrl(el, '.route')).to.equal(shown(`${GUIDE}#/route/kiosk-1/B02/step-free`));
    await waitUntil(() => el.shadowRoot!.querySelector('.route .qr-card svg path'), 'the route QR is drawn');
    expect(await decodeQr(el.shadowRoot!.querySelector<SVGSVGElement>('.route .qr-card svg')!)).to.equal(
      `${GUIDE}#/route/kiosk-1/B02/step-free`,
    );

    // The kiosk's own `guide` wins over the feed's, resolved against the page.
    el.guide = 'phone/guide.html';
    await el.updateComplete;
    const own = new URL('phone/guide.html#/route/kiosk-1/B02/step-free', document.baseURI).href;
    expect(shownUrl(el, '.route')).to.equal(shown(own));
    expect(await decodeQr(el.shadowRoot!.querySelector<SVGSVGElement>('.route .qr-card svg')!)).to.equal(own);
  });

  it('without a guide, the QR codes are the fair.share links as before, and there is no list QR', async () => {
    const el = await visitOn(await feedWithGuide(null));
    await tapInView(el, $(el, '.row', 'Cao Bang province booth'));
    await tap(el, $(el, '[part~="take-away"]'));
    expect(shownUrl(el)).to.equal(shown('https://fair.example.vn/booth/B02'));
    await tap(el, $(el, '[part~="show-way"]'));
    expect(shownUrl(el, '.route')).to.equal(shown('https://fair.example.vn/route/B02'));
    await tap(el, $(el, '.nav-btn', 'Back'));
    await heart(el);
    await tap(el, myListButton(el)!);
    expect(el.shadowRoot!.querySelectorAll('[part~="list-item"]')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('[part~="take-list"]'), 'no "Take my list"').to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="visit-list"]'), '"Visit my list" still').to.exist;
  });

  it('"Visit my list" draws one walk through its booths in the order the route engine gives, with its distance and time', async () => {
    const el = await visitOn(await feedWithGuide());
    for (const panel of [
      { kind: 'booth', id: 'A03' },
      { kind: 'product', id: 'tho-cam' },
      { kind: 'booth', id: 'A01' },
      { kind: 'producer', id: 'bao-lac' },
    ] as const) {
      el.open(panel);
      await el.updateComplete;
      await heart(el);
    }
    await tap(el, myListButton(el)!);
    await tap(el, $(el, '[part~="visit-list"]'));
    const map = $(el, 'fair-booth-map') as FairBoothMap;
    await waitUntil(() => map.getAttribute('route-stops'), 'the walk is on the map', { timeout: 5000 });

    const routing = (await loadRouting())!;
    const feed = (el as unknown as { readyState: { feed: FairFeed } }).readyState.feed;
    // tho-cam is Tay Brocade's (B01); Bao Lac's first booth is A02.
    const plan = routing.planVisit(feed, 'kiosk-1', ['A03', 'B01', 'A01', 'A02']);
    expect(plan.order).to.have.members(['A03', 'B01', 'A01', 'A02']);
    expect(map.getAttribute('route-stops')).to.equal(plan.order.join(','));
    expect(map).not.to.have.attribute('route-to');
    const stops = [...el.shadowRoot!.querySelectorAll('[part~="visit"] .steps li')].map((li) => li.textContent);
    expect(
      stops.map((s) => /Booth (\w+)/.exec(s)![1]),
      'the stops in walking order',
    ).to.deep.equal(plan.order);
    const time = $(el, '[part~="visit"] .route-time').textContent.replace(/\s+/g, ' ');
    const minutes = Math.max(1, Math.round(plan.seconds / 60));
    expect(time).to.include(minutes === 1 ? 'About 1 minute on foot' : `About ${minutes} minutes on foot`);
    expect(time).to.include(`${Math.round(plan.metres)} m`);
    await waitUntil(() => map.shadowRoot!.querySelector('.fair-route-line'), 'the walk is drawn', { timeout: 5000 });
    const line = map.shadowRoot!.querySelector('.fair-route-line')!.getBoundingClientRect();
    expect(line.width * line.height, 'the walk drawn (its area, px²)').to.be.above(0);
    await expect(el).to.be.accessible();

    // Step-free: the same walk asked for without stairs (one level here: the same booths).
    await tap(el, $(el, '[part~="step-free"]'));
    expect(map.hasAttribute('avoid-stairs')).to.equal(true);
    const stepFree = routing.planVisit(feed, 'kiosk-1', ['A03', 'B01', 'A01', 'A02'], { avoidStairs: true });
    expect(map.getAttribute('route-stops')).to.equal(stepFree.order.join(','));

    // Back to the list; the walk leaves the map.
    await tap(el, $(el, '.nav-btn', 'Back'));
    expect(map).not.to.have.attribute('route-stops');
  });

  for (const [width, height] of [
    [1080, 1920],
    [1920, 1080],
    [390, 844],
  ] as const) {
    it(`${width}×${height}: My list in the bottom bar beside Back and Home, every button on screen, in accessibility mode too`, async () => {
      const el = await visitOn(await feedWithGuide(), { width, height });
      el.open({ kind: 'booth', id: 'B02' });
      await el.updateComplete;
      await heart(el);
      for (const accessible of [false, true]) {
        el.accessible = accessible;
        await el.updateComplete;
        await painted();
        const frame = el.getBoundingClientRect();
        const cut = [...el.shadowRoot!.querySelectorAll('.nav-btn')]
          .map((b) => ({ name: b.textContent.replace(/\s+/g, ' ').trim(), r: b.getBoundingClientRect() }))
          .filter(
            ({ r }) =>
              r.left < frame.left - 1 ||
              r.right > frame.right + 1 ||
              r.bottom > frame.bottom + 1 ||
              r.width < 44 ||
              r.height < 44,
          )
          .map(({ name }) => name);
        expect(cut, `cut off or too small (accessible: ${accessible})`).to.deep.equal([]);
        const save = $(el, '[part~="save"]').getBoundingClientRect();
        // As tall as the panel's other buttons: 64 px on a kiosk, the phone's 44 px in a website.
        expect(save.height, 'the ♡').to.be.at.least(width >= 900 ? 64 : 44);
        expect(save.height, 'the ♡').to.be.at.least($(el, '[part~="take-away"]').getBoundingClientRect().height - 0.5);
        // A kiosk's sticky actions are in view, and within reach in accessibility mode (a phone is in the hand).
        if (width >= 700) {
          expect(save.bottom, 'the ♡ in view').to.be.at.most(frame.bottom);
          if (accessible) expect(save.top, 'the ♡ within reach').to.be.at.least(frame.top + frame.height * 0.55);
        }
      }
      await tap(el, myListButton(el)!);
      expect(el.shadowRoot!.querySelectorAll('[part~="list-item"]')).to.have.length(1);
    });
  }
});
