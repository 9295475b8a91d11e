import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/components/fair-data/define.js';
import '../../src/components/product-card/define.js';
import type { FairProductCard } from '../../src/components/product-card/product-card.js';
import { setLocale } from '../../src/i18n/locale.js';
import { cardsFeed } from '../fixtures/cards/feed.js';
import { drawn, feedFixture, part, press, seen, tap } from '../harness.js';

/** A card on its feed, drawn (its rich text too: a chunk of its own) and settled. */
const card = (template: TemplateResult) => feedFixture<FairProductCard>(template);

describe('<fair-product-card>', () => {
  before(async () => {
    await setViewport({ width: 900, height: 900 });
    await setLocale('en');
  });

  it('shows a product as a shop would: photo, name, producer, stars, badges, price, tags, booth, trace QR', async () => {
    const el = await card(html`<fair-product-card .feed=${cardsFeed} product="shan-tuyet-200g"></fair-product-card>`);
    const root = el.shadowRoot!;
    expect(seen(part(el, 'title')!.textContent)).to.equal('Ancient Shan Tuyet tea');
    const img = part(el, 'image') as HTMLImageElement;
    expect(img.alt).to.equal('Ancient Shan Tuyet tea');
    expect(img.loading).to.equal('lazy');
    expect(seen(part(el, 'producer')!.textContent)).to.equal('HTX Chè Suối Giàng · Van Chan, Lao Cai');
    expect(part(el, 'stars')!.getAttribute('aria-label')).to.equal('4-star OCOP');
    expect(root.querySelectorAll('.star.on').length).to.equal(4);
    expect([...root.querySelectorAll('[part~=badge]')].map((b) => seen(b.textContent))).to.deep.equal([
      'VietGAP',
      'Organic',
    ]);
    expect(seen(root.querySelector('.amount')!.textContent)).to.equal('₫150,000');
    expect(seen(root.querySelector('.unit')!.textContent)).to.equal('200 g box');
    expect(seen(part(el, 'tags')!.textContent)).to.contain('Gift');
    expect(seen(part(el, 'description')!.querySelector('em')!.textContent)).to.equal('over 300 years');
    expect(seen(part(el, 'button-primary')!.textContent)).to.equal('Booth A03 · Find on map');
    const qr = part(el, 'qr')!;
    await waitUntil(() => qr.querySelector('svg path'), 'the trace QR code is drawn');
    expect(seen(qr.textContent)).to.contain('Scan to trace this product');
    expect((qr.querySelector('a') as HTMLAnchorElement).href).to.equal('https://trace.example.vn/shan-tuyet-200g');
  });

  it('formats the price for the visitor: 150.000 ₫ in Vietnamese', async () => {
    const el = await card(html`<fair-product-card .feed=${cardsFeed} product="shan-tuyet-200g"></fair-product-card>`);
    await setLocale('vi');
    try {
      await el.updateComplete;
      expect(seen(el.shadowRoot!.querySelector('.amount')!.textContent)).to.equal('150.000 ₫');
      expect(seen(part(el, 'title')!.textContent)).to.equal('Chè Shan Tuyết cổ thụ');
      expect(el.getAttribute('lang')).to.equal('vi');
    } finally {
      await setLocale('en');
    }
  });

  it('fires fair-show-booth and fair-show-producer on real clicks', async () => {
    const el = await card(html`<fair-product-card .feed=${cardsFeed} product="shan-tuyet-200g"></fair-product-card>`);
    const booth = oneEvent(el, 'fair-show-booth');
    await tap(part(el, 'button-primary')!);
    expect((await booth).detail.boothId).to.equal('b-a03');
    const producerButton = [...el.shadowRoot!.querySelectorAll('[part~=button]')].find((b) =>
      /producer/.test(b.textContent),
    )!;
    const producer = oneEvent(el, 'fair-show-producer');
    await tap(producerButton);
    expect((await producer).detail.producerId).to.equal('suoi-giang');
  });

  it('compact: one large button that fires fair-product-select on click, Enter and Space', async () => {
    const el = await card(
      html`<fair-product-card compact .feed=${cardsFeed} product="shan-tuyet-200g"></fair-product-card>`,
    );
    const base = part(el, 'base') as HTMLButtonElement;
    expect(base.tagName).to.equal('BUTTON');
    expect(base.getBoundingClientRect().height).to.be.at.least(44);
    expect(seen(base.textContent)).to.contain('Ancient Shan Tuyet tea');
    expect(part(el, 'actions')).to.equal(null);
    let selected = oneEvent(el, 'fair-product-select');
    await tap(base);
    expect((await selected).detail.productId).to.equal('shan-tuyet-200g');
    base.focus();
    for (const key of ['Enter', 'Space']) {
      selected = oneEvent(el, 'fair-product-select');
      await press(key);
      expect((await selected).detail.productId).to.equal('shan-tuyet-200g');
    }
  });

  it('draws a placeholder when there is no photo', async () => {
    const el = await card(html`<fair-product-card .feed=${cardsFeed} product="no-photo-tea"></fair-product-card>`);
    expect(part(el, 'image')).to.equal(null);
    expect(part(el, 'placeholder')!.querySelector('svg')).to.exist;
    expect(part(el, 'stars')).to.equal(null);
    expect(part(el, 'qr')).to.equal(null);
  });

  it('swaps a broken photo for the placeholder', async () => {
    const el = await card(html`<fair-product-card .feed=${cardsFeed} product="broken-photo-tea"></fair-product-card>`);
    await waitUntil(() => part(el, 'placeholder'), 'the placeholder replaces the broken photo');
    expect(part(el, 'image')).to.equal(null);
    // No price in the feed: no empty price row either.
    expect(part(el, 'price')).to.equal(null);
  });

  it('falls back to the fair language when a translation is missing', async () => {
    const el = await card(html`<fair-product-card .feed=${cardsFeed} product="brocade-bag"></fair-product-card>`);
    expect(seen(part(el, 'title')!.textContent)).to.equal('Túi thổ cẩm');
    expect(seen(part(el, 'producer')!.textContent)).to.equal('Hmong Brocade Cooperative · Bảo Lạc, Cao Bằng');
    expect(seen(part(el, 'button-primary')!.textContent)).to.equal('Booth B07 · Find on map');
  });

  it('says clearly when the product is not in the feed', async () => {
    const el = await card(html`<fair-product-card .feed=${cardsFeed} product="nope"></fair-product-card>`);
    const base = part(el, 'base')!;
    expect(base.getAttribute('role')).to.equal('status');
    expect(seen(base.textContent)).to.contain("This product is not in the fair's list.");
    expect(seen(base.textContent)).to.contain('nope');
  });

  it('follows a change of product id', async () => {
    const el = await card(html`<fair-product-card .feed=${cardsFeed} product="shan-tuyet-200g"></fair-product-card>`);
    el.product = 'no-photo-tea';
    await el.updateComplete;
    expect(seen(part(el, 'title')!.textContent)).to.equal('Green tea');
  });

  it('works inside <fair-data>', async () => {
    const data = await fixture(
      html`<fair-data .feed=${cardsFeed}><section><fair-product-card product="shan-tuyet-200g"></fair-product-card></section></fair-data>`,
    );
    const el = await drawn(data.querySelector('fair-product-card')!);
    expect(seen(part(el, 'title')!.textContent)).to.equal('Ancient Shan Tuyet tea');
  });

  it('shows only the QR code and the address for the trace link on a kiosk', async () => {
    const el = await card(
      html`<fair-product-card links="qr" .feed=${cardsFeed} product="shan-tuyet-200g"></fair-product-card>`,
    );
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(seen(part(el, 'qr')!.textContent)).to.contain('trace.example.vn/shan-tuyet-200g');
  });

  it('looks finished at 320 px: nothing overflows the card', async () => {
    const el = await card(
      html`<fair-product-card style="width:320px" .feed=${cardsFeed} product="shan-tuyet-200g"></fair-product-card>`,
    );
    const base = part(el, 'base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    for (const button of el.shadowRoot!.querySelectorAll('[part~=button]')) {
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
      expect(button.getBoundingClientRect().right).to.be.at.most(base.getBoundingClientRect().right + 0.5);
    }
  });

  it('passes axe, full and compact', async () => {
    const full = await card(html`<fair-product-card .feed=${cardsFeed} product="shan-tuyet-200g"></fair-product-card>`);
    await expect(full).to.be.accessible();
    const compact = await card(
      html`<fair-product-card compact .feed=${cardsFeed} product="shan-tuyet-200g"></fair-product-card>`,
    );
    await expect(compact).to.be.accessible();
    const missing = await card(html`<fair-product-card .feed=${cardsFeed} product="nope"></fair-product-card>`);
    await expect(missing).to.be.accessible();
  });
});
