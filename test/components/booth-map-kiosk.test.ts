// The booth map inside the kiosk (issue 12), on the sample fairs at the kiosk's
// sizes and on a phone: its words at 16 px or more (1.3× in accessibility mode),
// none under the map's own buttons, badges apart, and in accessibility mode
// every map control within reach (the lower 45 % of a 1080×1920 screen).
import { expect, waitUntil } from '@open-wc/testing';
import type { FairBoothMap } from '../../src/components/booth-map/booth-map.js';
import type { SampleName } from '../../src/data/samples/index.js';
import { kioskFixture, sampleFeed, startVisit } from './kiosk.helpers.js';

const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });
const intersects = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const shown = (e: Element) => {
  const r = e.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && e.checkVisibility({ opacityProperty: true, visibilityProperty: true });
};

/** Waits until the map stops moving (its start view set, labels laid out). */
async function settled(map: FairBoothMap): Promise<void> {
  let last = '';
  await waitUntil(
    async () => {
      await frames(2);
      const root = map.shadowRoot!;
      const pane = root.querySelector<HTMLElement>('.leaflet-map-pane');
      const now = `${pane?.style.transform}|${root.querySelectorAll('.fair-booth-label').length}|${root.querySelector('.leaflet-zoom-anim') ? 'anim' : ''}`;
      const same = now === last && !!pane && !now.includes('anim');
      last = now;
      return same;
    },
    'the map settles',
    { timeout: 5000, interval: 30 },
  );
}

const sizes = [
  { width: 1080, height: 1920, accessible: false },
  { width: 1080, height: 1920, accessible: true },
  { width: 1920, height: 1080, accessible: false },
  { width: 390, height: 844, accessible: false },
];

describe('<fair-booth-map> in the kiosk', () => {
  for (const sample of ['caoBang', 'sonLa', 'national'] as SampleName[]) {
    it(`keeps the map's words readable and clear of its buttons: ${sample}`, async function () {
      this.timeout(60000);
      for (const { width, height, accessible } of sizes) {
        const when = `${sample} ${width}×${height}${accessible ? ' accessible' : ''}`;
        const kiosk = await kioskFixture({ width, height, accessible, feed: await sampleFeed(sample) });
        await startVisit(kiosk);
        const map = kiosk.shadowRoot!.querySelector('fair-booth-map')!;
        await map.mapReady();
        await settled(map);
        const root = map.shadowRoot!;
        const area = root.querySelector('.map')!.getBoundingClientRect();
        const controls = [...root.querySelectorAll('[part=control], [part=level]')]
          .filter(shown)
          .map((c) => c.getBoundingClientRect());
        expect(controls.length, `${when}: the map's buttons`).to.be.at.least(4);
        const words = [...root.querySelectorAll<HTMLElement>('.fair-booth-label, .fair-place-name, .fair-here-label')]
          .filter(shown)
          .filter((w) => intersects(w.getBoundingClientRect(), area));
        expect(words.length, `${when}: words on the map`).to.be.greaterThan(3);
        const least = accessible ? 16 * 1.3 : 16;
        for (const word of words) {
          for (const part of [word, ...word.querySelectorAll('.code')]) {
            expect(parseFloat(getComputedStyle(part).fontSize), `${when}: "${word.textContent}"`).to.be.at.least(
              least - 0.01,
            );
          }
          for (const c of controls)
            expect(
              intersects(word.getBoundingClientRect(), c),
              `${when}: "${word.textContent}" under a button`,
            ).to.equal(false);
        }
        const badges = [...root.querySelectorAll('.fair-place-badge')]
          .filter(shown)
          .map((b) => b.getBoundingClientRect())
          .filter((r) => intersects(r, area));
        for (const [i, a] of badges.entries()) {
          for (const c of controls) expect(intersects(a, c), `${when}: a badge under a button`).to.equal(false);
          for (const b of badges.slice(i + 1))
            expect(intersects(a, b), `${when}: two badges on each other`).to.equal(false);
        }
        if (accessible) {
          // Reach: every map control's top edge in the lower 45 % of the screen.
          for (const c of controls) expect(c.top, `${when}: a map control within reach`).to.be.at.least(height * 0.55);
        }
        kiosk.remove();
      }
    });
  }
});
