// The booth map inside the kiosk (issue 12), on the sample fairs at the kiosk's
// sizes and on a phone: its words at 16 px or more (1.3× in accessibility mode),
// none under the map's own buttons, badges apart, and in accessibility mode
// every map control within reach (the lower 45 % of a 1080×1920 screen).
import { expect } from '@open-wc/testing';
import { expectApart, intersects, mapSettled, visible } from '../harness.js';
import type { SampleName } from '../../src/data/samples/index.js';
import { kioskFixture, sampleFeed, startVisit } from './kiosk.helpers.js';

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
        await mapSettled(map);
        const root = map.shadowRoot!;
        const area = root.querySelector('.map')!.getBoundingClientRect();
        const controls = [...root.querySelectorAll('[part=control], [part=level]')]
          .filter(visible)
          .map((c) => c.getBoundingClientRect());
        expect(controls.length, `${when}: the map's buttons`).to.be.at.least(4);
        const words = [...root.querySelectorAll<HTMLElement>('.fair-booth-label, .fair-place-name, .fair-here-label')]
          .filter(visible)
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
            expectApart(word.getBoundingClientRect(), c, `${when}: "${word.textContent}" and a button`);
        }
        const badges = [...root.querySelectorAll('.fair-place-badge')]
          .filter(visible)
          .map((b) => b.getBoundingClientRect())
          .filter((r) => intersects(r, area));
        for (const [i, a] of badges.entries()) {
          for (const c of controls) expectApart(a, c, `${when}: a badge and a button`);
          for (const b of badges.slice(i + 1)) expectApart(a, b, `${when}: two badges`);
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
