// Issue 17, "Done when": a kiosk's QR codes open the phone guide at the same view. The kiosk on the Cao Bang
// sample with its guide at the test's guide page; each QR code read from the screen (decoded from its image),
// and opened in a fresh phone-sized page.
import { expect, waitUntil } from '@open-wc/testing';
import { setLocale } from '../../src/i18n/locale.js';
import type { FairKiosk } from '../../src/components/kiosk/kiosk.js';
import { loadQrEncoder } from '../../src/internal/qr.js';
import { boothScreenPoint, decodeQr, mapReady, tapAt } from '../harness.js';
import { $, kioskFixture, painted, sampleFeed, startVisit, tap } from './kiosk.helpers.js';
import { closeGuide, GUIDE_PAGE, openGuideAt, reload, textOf } from './guide.helpers.js';

/** A visit at a portrait kiosk on the Cao Bang sample, in English, its QR codes to the test's guide page. */
async function kioskVisit(): Promise<FairKiosk> {
  const el = await kioskFixture({ feed: await sampleFeed('caoBang') });
  el.setAttribute('guide', GUIDE_PAGE);
  await startVisit(el);
  await setLocale('en');
  await el.updateComplete;
  return el;
}

async function tapInView(el: FairKiosk, target: HTMLElement): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  await painted();
  await tap(el, target);
}

/** The address the QR code on screen holds, decoded from its image as a phone's camera would. */
async function scanQr(el: FairKiosk): Promise<string> {
  await waitUntil(() => el.shadowRoot!.querySelector('.qr-card svg path'), 'the QR code is drawn');
  const url = await decodeQr(el.shadowRoot!.querySelector<SVGSVGElement>('.qr-card svg')!);
  expect(url, 'a readable QR code').to.be.a('string');
  return url!;
}

/** Taps booth A04 on the kiosk's map (Bao Lac's sticky rice). */
async function openBoothA04(el: FairKiosk): Promise<void> {
  const map = el.shadowRoot!.querySelector('fair-booth-map')!;
  await mapReady(map);
  await tapAt(boothScreenPoint(map, 'A04'));
  await waitUntil(() => el.shadowRoot!.querySelector('.booth'), "the booth's panel opens");
  await el.updateComplete;
}

describe('kiosk → phone: the QR codes open the guide at the same view', () => {
  before(() => loadQrEncoder());
  afterEach(async () => {
    closeGuide();
    await setLocale('en');
  });

  it("a booth's QR opens the same booth on the phone; the route's QR the same route, step for step", async () => {
    const el = await kioskVisit();
    await openBoothA04(el);
    await tap(el, $(el, '[part~="take-away"]'));
    const boothUrl = await scanQr(el);
    expect(boothUrl).to.equal(`${GUIDE_PAGE}#/booth/A04`);
    let phone = await openGuideAt(boothUrl);
    expect(textOf(phone.root.querySelector('.page'))).to.contain('Booth A04');
    expect(phone.root.querySelector('fair-booth-map')!.getAttribute('selected')).to.equal('A04');
    closeGuide();

    await tap(el, $(el, '[part~="show-way"]'));
    await waitUntil(() => el.shadowRoot!.querySelector('.steps li'), 'the kiosk shows the way');
    const kioskSteps = [...el.shadowRoot!.querySelectorAll('.steps li')].map((li) => textOf(li));
    const routeUrl = await scanQr(el);
    expect(routeUrl).to.equal(`${GUIDE_PAGE}#/route/kiosk-1/A04`);
    phone = await openGuideAt(routeUrl);
    await waitUntil(() => phone.root.querySelector('.steps li'), 'the phone shows the way');
    const phoneSteps = [...phone.root.querySelectorAll('.steps li')].map((li) => textOf(li));
    expect(phoneSteps, 'the same steps').to.deep.equal(kioskSteps);
    const map = phone.root.querySelector('fair-booth-map')!;
    expect([map.getAttribute('route-from'), map.getAttribute('route-to')]).to.deep.equal(['kiosk-1', 'A04']);
  });

  it('♡ three items at the kiosk, "Take my list": the guide keeps all three, also after a reload', async () => {
    const el = await kioskVisit();
    const heart = async () => {
      const button = $(el, '[part~="save"]');
      await tapInView(el, button);
      await waitUntil(() => $(el, '[part~="save"]').getAttribute('aria-pressed') === 'true', 'the ♡ is on');
    };
    await openBoothA04(el);
    await heart();
    // Its producer, from the booth's panel; then one of its products, from the booth again.
    await tapInView(el, $(el, '.booth .row', 'Bao Lac Fragrant Sticky Rice Cooperative'));
    await waitUntil(() => el.shadowRoot!.querySelector('fair-producer-story'), 'the producer opens');
    await heart();
    await tap(el, $(el, '.nav-btn', 'Back'));
    const card = el.shadowRoot!.querySelector<HTMLElement>('.booth fair-product-card')!;
    const productId = card.getAttribute('product')!;
    await tapInView(el, card);
    await waitUntil(() => $(el, 'fair-product-card').getAttribute('product') === productId, 'the product opens');
    await heart();

    await tap(el, $(el, '[part~="my-list"]'));
    await tap(el, $(el, '[part~="take-list"]'));
    const listUrl = await scanQr(el);
    expect(listUrl).to.equal(`${GUIDE_PAGE}#/list/booth:A04,producer:htx-nep-huong-bao-lac,product:${productId}`);

    let phone = await openGuideAt(listUrl, { fresh: true });
    expect(phone.root.querySelectorAll('.saved-row')).to.have.length(3);
    expect(textOf(phone.root.querySelector('.page'))).to.contain('3 items added from a shared list.');
    phone = await reload(phone);
    expect(phone.root.querySelectorAll('.saved-row'), 'still there after a reload').to.have.length(3);
    // And on the list's own page, with no shared list in the address.
    phone.win.location.hash = '#/list';
    await waitUntil(() => !textOf(phone.root.querySelector('.page')).includes('added from a shared list'), '#/list');
    expect(phone.root.querySelectorAll('.saved-row')).to.have.length(3);
    phone.win.localStorage.clear();
  });
});
