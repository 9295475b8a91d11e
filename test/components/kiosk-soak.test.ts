import { expect } from '@open-wc/testing';
import { setLocale } from '../../src/i18n/locale.js';
import { soak } from '../../bench/kiosk-soak-driver.js';
import { kioskFixture } from './kiosk.helpers.js';

describe('<fair-kiosk> soak', () => {
  after(() => setLocale('en'));

  it('comes back to its baseline (DOM nodes, and heap when measurable) after each of 20 scripted visits', async function () {
    this.timeout(120000);
    // The idle wait lets the map finish its animations, as 60 s would (removing Leaflet mid-animation throws).
    const el = await kioskFixture({ idle: 0.5, countdown: 0.05 });
    const result = await soak(el, 20);
    console.log(`[kiosk soak] ${JSON.stringify(result)}`);
    expect(result.nodeGrowth, 'DOM nodes over the baseline').to.be.at.most(0.03);
    // Only meaningful with --js-flags=--expose-gc (scripts/soak.js runs it so); the test runner's Chromium may lack it.
    if (result.heapGrowth !== undefined)
      expect(result.heapGrowth, 'heap at the end over the start (medians of 10 samples)').to.be.at.most(0.05);
    // And no climb: the last quarter's median heap against the second quarter's.
    if (result.heapTrend !== undefined) expect(result.heapTrend, 'heap climbing through the soak').to.be.at.most(0.05);
  });
});
