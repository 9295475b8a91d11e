/**
 * A kiosk loading its own feed shows its attract screen in the fair's language from the first frame: the
 * language's strings are fetched while the feed is checked, and the screen waits for them. Its own file: a
 * fresh page, where no earlier test has loaded the Vietnamese strings.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/kiosk/define.js';
import type { FairKiosk } from '../../src/components/kiosk/kiosk.js';
import { getLocale, setLocale } from '../../src/i18n/locale.js';

describe('<fair-kiosk> start language', () => {
  after(() => setLocale('en'));

  it("paints its first attract screen in the fair's language, never English first", async () => {
    await setViewport({ width: 1080, height: 1920 });
    expect(getLocale()).not.to.equal('vi');
    // What every frame shows, from before the kiosk exists until its attract screen is there.
    const frames: { label: string | null; start: string }[] = [];
    let watching = true;
    const watch = () => {
      const root = document.querySelector('fair-kiosk')?.shadowRoot;
      const start = root?.querySelector('.attract-start .touch-line.first');
      if (start)
        frames.push({
          label: root!.querySelector('.attract-plan')!.getAttribute('aria-label'),
          start: start.textContent,
        });
      if (watching) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    const el = await fixture<FairKiosk>(
      html`<fair-kiosk style="--fair-kiosk-height:1920px" src="/src/data/samples/cao-bang/feed.json" here="kiosk-1"></fair-kiosk>`,
    );
    await waitUntil(() => frames.length >= 2, 'the attract screen shows for two frames', { timeout: 5000 });
    watching = false;
    expect(el.shadowRoot!.querySelector('.attract')).to.exist;
    expect(getLocale()).to.equal('vi');
    expect(frames[0]).to.deep.equal({ label: 'Sơ đồ hội chợ', start: 'Chạm để bắt đầu' });
  });
});
