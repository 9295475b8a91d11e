import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { getLocale, setLocale } from '../../src/i18n/locale.js';
import { clearFeedCache } from '../../src/data/loader.js';
import type { FairKiosk } from '../../src/components/kiosk/kiosk.js';
import { setRetryBase } from '../seams.js';
import { nextRetryDelay } from '../../src/components/kiosk/preparing.js';
import { $, FEED_URL, kioskFixture, startVisit, tap, tapAt, testFeed } from './kiosk.helpers.js';

describe('<fair-kiosk> idle reset', () => {
  afterEach(() => setLocale('en'));

  it('asks "Still there?", counts down, then forgets the visit and shows the attract screen', async () => {
    const el = await kioskFixture({ idle: 2, countdown: 1 });
    await startVisit(el);
    const visitMap = $(el, 'fair-booth-map');
    await setLocale('en');
    await tap(el, $(el, '.row', 'Cao Bang province booth'));
    await tap(el, $(el, '.btn', 'Show the way'));
    await tap(el, $(el, '[part~="accessibility"]'));
    await tap(el, $(el, '.icon-btn'));
    expect(el).to.have.attribute('accessible');

    await waitUntil(() => el.shadowRoot!.querySelector('.still-there'), '"Still there?" shows', { timeout: 4000 });
    expect($(el, '.still-there').textContent).to.include('Still there?');
    expect($(el, '.count').textContent.trim()).to.equal('1');
    await expect(el).to.be.accessible();

    const reset = await oneEvent(el, 'fair-kiosk-reset');
    expect(reset.detail.reason).to.equal('idle');
    expect(el.shadowRoot!.querySelector('.attract')).to.exist;
    // The visit's screen is torn down: nothing of it remains (the next one is built afresh, see below).
    expect(visitMap.isConnected).to.equal(false);
    expect(el.shadowRoot!.querySelector('.main:not(.waiting), fair-kiosk-keyboard, .still-there')).to.equal(null);
    expect(getLocale()).to.equal('vi');
    expect(el).not.to.have.attribute('accessible');

    // The next visitor starts from nothing: a new screen, built beneath the attract screen while it waits.
    await waitUntil(() => el.shadowRoot!.querySelector('.main.waiting fair-booth-map'), 'the next screen is built');
    const nextMap = $(el, '.main.waiting fair-booth-map');
    expect(nextMap).not.to.equal(visitMap);
    await startVisit(el);
    expect($(el, 'fair-booth-map')).to.equal(nextMap);
    expect(el.shadowRoot!.querySelector('.panel-title')).to.equal(null);
    expect(($(el, '[part~="back"]') as HTMLButtonElement).disabled).to.equal(true);
    expect($(el, 'fair-booth-map')).not.to.have.attribute('route-to');
    expect(el.shadowRoot!.querySelector('fair-kiosk-keyboard')).to.equal(null);
  });

  it('a touch dismisses "Still there?" without pressing what lies under it', async () => {
    const el = await kioskFixture({ idle: 0.3, countdown: 5 });
    await startVisit(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.still-there'), '"Still there?" shows', { timeout: 3000 });
    const row = $(el, '.row');
    const box = row.getBoundingClientRect();
    // Tap where a directory row lies under the scrim, away from the dialog.
    await tapAt(box.x + 30, box.y + box.height / 2);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.still-there')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.panel-title, fair-producer-story')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.main:not(.waiting)')).to.exist;
  });

  it('does not run on the attract screen', async () => {
    const el = await kioskFixture({ idle: 0.1, countdown: 0.1 });
    // A sleep on purpose: this checks that something does not happen. An idle timer that is not running fires
    // no event to wait for; 400 ms is four times the 0.1 s idle wait.
    await new Promise((r) => setTimeout(r, 400));
    expect(el.shadowRoot!.querySelector('.still-there')).to.equal(null);
  });
});

describe('<fair-kiosk> feed problems', () => {
  afterEach(() => clearFeedCache());

  it('backs off 2 s, 4 s, 8 s … up to 60 s', () => {
    const waits: number[] = [];
    let d: number | undefined;
    for (let i = 0; i < 8; i++) waits.push((d = nextRetryDelay(d)));
    expect(waits).to.deep.equal([2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
  });

  it('shows "this kiosk is being prepared" in many languages when the feed fails, retries, then starts', async () => {
    const realFetch = window.fetch;
    let calls = 0;
    let serverBack = false;
    window.fetch = async (_input, init) => {
      calls++;
      if (!serverBack) return new Response('Service Unavailable', { status: 503 });
      return realFetch(FEED_URL, init);
    };
    try {
      const url = new URL('/kiosk-test-missing/feed.json', location.href).href;
      const el = await fixture<FairKiosk>(html`<fair-kiosk style="--fair-kiosk-height:600px"></fair-kiosk>`);
      setRetryBase(el, 50);
      const failed = oneEvent(el, 'fair-error');
      el.src = url;
      const error = await failed;
      expect(error.detail.fatal).to.equal(true);
      await waitUntil(
        () => el.shadowRoot!.querySelectorAll('.preparing-line').length >= 4,
        'the prepared screen shows',
      );
      const langs = [...el.shadowRoot!.querySelectorAll('.preparing-line')].map((l) => l.getAttribute('lang'));
      expect(langs).to.include.members(['vi', 'en', 'zh-Hans', 'ko']);
      // The organizer's problem (an HTTP status) never reaches the visitor.
      expect(el.shadowRoot!.textContent).not.to.match(/503|HTTP|problem/i);
      await expect(el).to.be.accessible();
      await waitUntil(() => calls >= 3, 'it keeps retrying');
      serverBack = true;
      await waitUntil(() => el.shadowRoot!.querySelector('.attract'), 'the kiosk starts once the feed loads', {
        timeout: 5000,
      });
    } finally {
      window.fetch = realFetch;
    }
  });

  it('runs on a feed with problems, and gives the problems to the organizer only', async () => {
    const feed = (await testFeed()) as { booths: { producers?: string[] }[] };
    feed.booths[0].producers = ['hoang-ha', 'no-such-producer'];
    const el = await fixture<FairKiosk>(html`<fair-kiosk style="--fair-kiosk-height:600px"></fair-kiosk>`);
    const problems = oneEvent(el, 'fair-error');
    el.feed = feed;
    const event = await problems;
    expect(event.detail.fatal).to.equal(false);
    expect(event.detail.problems.length).to.be.greaterThan(0);
    await waitUntil(() => el.shadowRoot!.querySelector('.attract'));
    await startVisit(el);
    expect(el.shadowRoot!.textContent).not.to.include('no-such-producer');
  });
});
