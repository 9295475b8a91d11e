// Elements on a feed server that never answers or stalls part-way (test/fixtures/hostile-server.js).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/fair-data/define.js';
import '../../src/components/booth-map/define.js';
import '../../src/components/product-card/define.js';
import '../../src/components/producer-story/define.js';
import '../../src/components/search/define.js';
import '../../src/components/language-switcher/define.js';
import '../../src/components/kiosk/define.js';
import { setRetryBase } from '../seams.js';
import type { FairData } from '../../src/components/fair-data/fair-data.js';
import { clearFeedCache } from '../../src/data/loader.js';
import { setLocale } from '../../src/i18n/locale.js';
import { seenIn } from '../harness.js';
import { FEED_URL } from './kiosk.helpers.js';

let serial = 0;
const key = () => `el-${Date.now()}-${serial++}`;
const seen = async (k: string): Promise<{ requests: number; open: number }> =>
  (await fetch(`/__hostile/status?key=${k}`)).json();

describe('elements on a feed server that hangs or drips', () => {
  afterEach(async () => {
    clearFeedCache();
    await setLocale('en');
  });

  it('every element with `src` gives up after its `timeout`, shows why and fires fair-error', async () => {
    const tags = [
      'fair-product-card',
      'fair-producer-story',
      'fair-booth-map',
      'fair-search',
      'fair-language-switcher',
    ];
    const keys = tags.map(() => key());
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    // One after the other: the browser opens only six connections to a server, and other tests share them.
    for (const [i, tag] of tags.entries()) {
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      el.setAttribute('timeout', '300');
      el.setAttribute('src', `/__hostile/${i % 2 ? 'drip' : 'hang'}?key=${keys[i]}&every=100`);
      const failed = oneEvent(el, 'fair-error');
      wrapper.append(el);
      const e = await failed;
      expect(e.detail.fatal, el.localName).to.equal(true);
      expect(e.detail.problems[0].message).to.match(/no complete answer within 300 ms/);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[aria-busy=true]'), `${el.localName} left its skeleton`).to.equal(null);
      if (el.localName === 'fair-language-switcher') {
        // Without the fair's languages it offers the kit's own.
        expect(el.shadowRoot!.querySelectorAll('[role=radio]').length).to.be.greaterThan(1);
        continue;
      }
      const alert = el.shadowRoot!.querySelector('[role=alert]');
      expect(alert, `${el.localName} shows the message`).to.exist;
      expect(seenIn(alert)).to.include('The fair information could not be loaded.');
    }
    for (const k of keys)
      await waitUntil(async () => (await seen(k)).open === 0, 'every request is aborted', { timeout: 3000 });
  });

  it("<fair-data timeout> gives up on a stalled body; the message is in the visitor's language", async () => {
    await setLocale('vi');
    const k = key();
    const el = await fixture<FairData>(html`<fair-data timeout="300" src="/__hostile/drip?key=${k}&amp;every=100">
      <fair-product-card product="shan-tuyet"></fair-product-card>
    </fair-data>`);
    const event = await oneEvent(el, 'fair-error');
    expect(event.detail.fatal).to.equal(true);
    expect(event.detail.src).to.equal(`/__hostile/drip?key=${k}&every=100`);
    await el.updateComplete;
    expect(seenIn(el.shadowRoot!.querySelector('[role=alert]'))).to.include('Không tải được thông tin hội chợ.');
    // The card inside is told too: no skeleton left spinning.
    const card = el.querySelector('fair-product-card')!;
    await waitUntil(() => card.shadowRoot!.querySelector('[role=alert]'), 'the card shows the message');
    expect(card.shadowRoot!.querySelector('[aria-busy=true]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a slow server within the `timeout` still loads', async () => {
    const k = key();
    const el =
      await fixture<FairData>(html`<fair-data timeout="5000" src="/__hostile/slow-ok?key=${k}&amp;ms=400&amp;to=${encodeURIComponent(FEED_URL)}">
      <fair-product-card product="shan-tuyet"></fair-product-card>
    </fair-data>`);
    await oneEvent(el, 'fair-load');
    const card = el.querySelector('fair-product-card')!;
    await waitUntil(() => seenIn(card.shadowRoot).includes('Shan Tuyet tea'), 'the card shows the product');
  });
});

describe('<fair-kiosk> on a stalled feed server', () => {
  afterEach(async () => {
    clearFeedCache();
    await setLocale('en');
  });

  it('shows "being prepared", retries with back-off, and starts once the server answers', async () => {
    const k = key();
    // Requests 1 and 2 hang; the third is answered with the kiosk test feed.
    const src = `/__hostile/hang?key=${k}&until=3&to=${encodeURIComponent(FEED_URL)}`;
    const el = document.createElement('fair-kiosk');
    el.style.setProperty('--fair-kiosk-height', '600px');
    setRetryBase(el, 50);
    el.setAttribute('timeout', '300');
    const failed = oneEvent(el, 'fair-error');
    el.src = src;
    document.body.append(el);
    try {
      const error = await failed;
      expect(error.detail.fatal).to.equal(true);
      await waitUntil(
        () => el.shadowRoot!.querySelectorAll('.preparing-line').length >= 4,
        'the prepared screen shows',
      );
      expect(seenIn(el.shadowRoot)).not.to.match(/complete answer|problem|300 ms/i);
      // While it tries again (each try may take the whole timeout), the calm screen stays: no skeleton.
      let skeleton = false;
      const watch = new MutationObserver(() => (skeleton ||= !!el.shadowRoot!.querySelector('.fair-skeleton')));
      watch.observe(el.shadowRoot!, { childList: true, subtree: true });
      const second = await oneEvent(el, 'fair-error');
      expect(second.detail.fatal).to.equal(true);
      await waitUntil(() => el.shadowRoot!.querySelector('.attract'), 'the kiosk starts once the feed loads', {
        timeout: 5000,
      });
      watch.disconnect();
      expect(skeleton, 'a skeleton showed while retrying').to.equal(false);
      expect((await seen(k)).requests).to.equal(3);
    } finally {
      el.remove();
    }
  });

  it('recovers from a dripping feed when the page switches `src`', async () => {
    const k = key();
    const el = document.createElement('fair-kiosk');
    el.style.setProperty('--fair-kiosk-height', '600px');
    el.timeout = 300;
    const failed = oneEvent(el, 'fair-error');
    el.src = `/__hostile/drip?key=${k}&every=100`;
    document.body.append(el);
    try {
      await failed;
      await waitUntil(() => el.shadowRoot!.querySelector('.preparing'), 'the prepared screen shows');
      await expect(el).to.be.accessible();
      const loaded = oneEvent(el, 'fair-load');
      el.src = FEED_URL;
      await loaded;
      await waitUntil(() => el.shadowRoot!.querySelector('.attract'), 'the attract screen shows');
      await waitUntil(async () => (await seen(k)).open === 0, 'the dripping request is aborted', { timeout: 3000 });
    } finally {
      el.remove();
    }
  });
});
