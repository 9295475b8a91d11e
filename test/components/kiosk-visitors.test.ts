// A tourist at the kiosk: the fair's content in English when it is not in their
// language (fair.fallback), and a route QR that carries the kiosk's place.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/kiosk/define.js';
import type { FairKiosk } from '../../src/components/kiosk/kiosk.js';
import { getLocale, setLocale } from '../../src/i18n/locale.js';
import { decodeQr } from '../harness.js';
import { $, deepElementFromPoint, painted, sampleFeed, tap, testFeed } from './kiosk.helpers.js';

/** A kiosk that offers Korean and Japanese besides the fair's own languages, on the attract screen. */
async function touristKiosk(feed: object | string): Promise<FairKiosk> {
  await setViewport({ width: 1080, height: 1920 });
  const el = await fixture<FairKiosk>(
    typeof feed === 'string'
      ? html`<fair-kiosk style="--fair-kiosk-height:1920px" here="kiosk-1" locales="vi en ko ja" src=${feed}></fair-kiosk>`
      : html`<fair-kiosk style="--fair-kiosk-height:1920px" here="kiosk-1" locales="vi en ko ja" .feed=${feed}></fair-kiosk>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('.attract'), 'the attract screen shows', { timeout: 5000 });
  return el;
}

/** The text of an element inside a product card's shadow root. */
function inCard(card: Element, selector: string): string {
  return card.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Starts in `language` (the button's own name), opens booth B02 (`boothName`) from the directory and its Shan Tuyet tea card. */
async function openTea(el: FairKiosk, language: string, boothName = 'Cao Bang province booth'): Promise<Element> {
  const tag = { 한국어: 'ko', 日本語: 'ja' }[language] ?? language;
  await tap(el, $(el, '.lang', language));
  await waitUntil(() => el.shadowRoot!.querySelector('.main:not(.waiting)'), 'the visit starts');
  // The directory is sorted in the visit's language: tap the booth once the language is in and the row
  // is where a person sees it (nothing over it, no re-sort moving it under the finger).
  await waitUntil(() => getLocale() === tag, `the visit is in ${tag}`);
  await el.updateComplete;
  const row = () =>
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('.row')].find((r) => r.textContent.includes(boothName));
  await waitUntil(row, 'the booth is in the directory');
  row()!.scrollIntoView({ block: 'center' });
  await painted();
  await waitUntil(() => {
    const box = row()!.getBoundingClientRect();
    return row()!.contains(deepElementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
  }, "the booth's row is in view");
  await tap(el, row()!);
  const teaCard = () =>
    [...el.shadowRoot!.querySelectorAll('fair-product-card[compact]')].find(
      (c) => c.getAttribute('product') === 'shan-tuyet',
    );
  await waitUntil(teaCard, 'the booth lists the tea');
  const compact = teaCard();
  await waitUntil(() => inCard(compact!, '.card'), 'the compact card renders');
  await tap(el, compact!);
  await waitUntil(() => el.shadowRoot!.querySelector('fair-product-card:not([compact])'), 'the product opens');
  const card = el.shadowRoot!.querySelector('fair-product-card:not([compact])')!;
  await waitUntil(() => inCard(card, '.title'), 'the card renders its name');
  return card;
}

describe('<fair-kiosk> for a tourist', () => {
  afterEach(() => setLocale('en'));

  for (const [language, tag] of [
    ['한국어', 'ko'],
    ['日本語', 'ja'],
  ]) {
    it(`shows product names, categories and units in English to a visitor in ${tag}, not the fair's Vietnamese`, async () => {
      const el = await touristKiosk(await testFeed());
      const card = await openTea(el, language);
      expect(card.getAttribute('lang'), `the UI is in ${tag}`).to.equal(tag);
      expect(inCard(card, '.category')).to.equal('Tea');
      expect(inCard(card, '.title')).to.equal('Shan Tuyet tea');
      const text = card.shadowRoot!.textContent.replace(/\s+/g, ' ');
      expect(text).to.contain('Shan Tuyet tea');
      expect(text).to.contain('200 g box');
      expect(text).not.to.contain('Chè Shan Tuyết');
      expect(text).not.to.contain('hộp 200 g');
      const chips = [...el.shadowRoot!.querySelectorAll('.chip')].map((c) => c.textContent.trim());
      expect(chips.slice(1), 'category chips').to.deep.equal(['Tea', 'Specialty food', 'Handicrafts']);
    });
  }

  it('shows Vietnamese instead when the feed asks for it with fair.fallback', async () => {
    const feed = (await testFeed()) as { fair: Record<string, unknown> };
    feed.fair.fallback = ['vi'];
    const el = await touristKiosk(feed);
    const card = await openTea(el, '한국어', 'Gian hàng tỉnh Cao Bằng');
    const text = card.shadowRoot!.textContent.replace(/\s+/g, ' ');
    expect(text).to.contain('Chè Shan Tuyết');
    expect(text).to.contain('hộp 200 g');
    expect(text).not.to.contain('Shan Tuyet tea');
  });

  for (const guide of [true, false]) {
    it(`puts the kiosk's place in the route QR of the sample fair, so the phone can draw the way (${guide ? 'its guide' : 'fair.share, without a guide'})`, async () => {
      const src = '/src/data/samples/cao-bang/feed.json';
      const sample = await (await fetch(src)).json();
      expect(sample.fair.share, 'the sample template has {from}').to.contain('{from}');
      expect(sample.fair.guide, 'the sample has a guide').to.be.a('string');
      // Without a guide: the same fair (its media made absolute, as loading it by URL does).
      const withoutGuide = await sampleFeed('caoBang');
      delete (withoutGuide.fair as { guide?: string }).guide;
      const el = await touristKiosk(guide ? src : withoutGuide);
      await tap(el, $(el, '.lang', 'English'));
      await waitUntil(() => el.shadowRoot!.querySelector('.main:not(.waiting)'), 'the visit starts');
      await tap(el, $(el, '.row'));
      await waitUntil(
        () => el.shadowRoot!.querySelector('[part~="show-way"]'),
        'a producer opens, with the way to their booth',
      );
      await tap(el, $(el, '[part~="show-way"]'));
      await waitUntil(() => el.shadowRoot!.querySelector('.route .qr-card'), 'the route QR shows');
      const shown = $(el, '.route .qr-url').textContent.trim();
      const url = new URL(`https://${shown}`);
      if (guide) {
        expect(`${url.origin}${url.pathname}`).to.equal(sample.fair.guide);
        expect(url.hash).to.match(/^#\/route\/kiosk-1\/[A-Za-z0-9._-]+$/);
      } else {
        expect(url.searchParams.get('from')).to.equal('kiosk-1');
        expect(url.pathname).to.match(/\/route\/[A-Za-z0-9._-]+$/);
      }
      // A phone reads exactly the address shown under the code.
      await waitUntil(() => el.shadowRoot!.querySelector('.route .qr-card svg path'), 'the route QR is drawn');
      expect(await decodeQr(el.shadowRoot!.querySelector<SVGSVGElement>('.route .qr-card svg')!)).to.equal(url.href);

      // The producer's own QR ("Take it with you") has no empty from= in it.
      await tap(el, $(el, '.nav-btn', 'Back'));
      await tap(el, $(el, '[part~="take-away"]'));
      await waitUntil(() => el.shadowRoot!.querySelector('.qr-url'), 'the QR shows');
      expect($(el, '.qr-url').textContent.trim()).to.match(
        guide ? /#\/producer\/[A-Za-z0-9._-]+$/ : /\/producer\/[A-Za-z0-9._-]+$/,
      );
    });
  }
});
