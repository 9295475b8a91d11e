// A route opened as the visit starts (a QR hand-off, a preview link) is framed on the map: every point of its
// first leg in view. It used to be moved off by the start view's zoom animation ending after the route was framed.
import { expect, waitUntil } from '@open-wc/testing';
import type { FairBoothMap } from '../../src/components/booth-map/booth-map.js';
import { expectWithin, mapSettled } from '../harness.js';
import { $, kioskFixture, sampleFeed } from './kiosk.helpers.js';

describe('<fair-kiosk> route view', () => {
  it('frames the whole first leg of a route opened as the visit starts (Son La, to the upper level)', async () => {
    const el = await kioskFixture({ feed: await sampleFeed('sonLa') });
    await el.start();
    el.open({ kind: 'route', id: 'B03' });
    const map = $(el, 'fair-booth-map') as FairBoothMap;
    // The route engine is a chunk of its own, fetched as the visit starts.
    await waitUntil(() => map.route, 'the route is found', { timeout: 5000 });
    // Past any zoom animation (250 ms in Leaflet): the view a visitor is left with.
    await mapSettled(map);
    const frame = map.shadowRoot!.querySelector('.leaflet-container')!.getBoundingClientRect();
    const line = map.shadowRoot!.querySelector('.fair-route-line')!.getBoundingClientRect();
    expect(line.width * line.height, 'the route line drawn (its area, px²)').to.be.above(0);
    expectWithin(line, frame, 'the route in the map');
  });
});
