// A route opened as the visit starts (a QR hand-off, a preview link) is framed on the map: every point of its
// first leg in view. It used to be moved off by the start view's zoom animation ending after the route was framed.
import { expect, waitUntil } from '@open-wc/testing';
import type { FairBoothMap } from '../../src/components/booth-map/booth-map.js';
import { $, kioskFixture, painted, sampleFeed } from './kiosk.helpers.js';

describe('<fair-kiosk> route view', () => {
  it('frames the whole first leg of a route opened as the visit starts (Son La, to the upper level)', async () => {
    const el = await kioskFixture({ feed: await sampleFeed('sonLa') });
    await el.start();
    el.open({ kind: 'route', id: 'B03' });
    const map = $(el, 'fair-booth-map') as FairBoothMap;
    // The route engine is a chunk of its own, fetched as the visit starts.
    await waitUntil(() => map.route, 'the route is found', { timeout: 5000 });
    await map.mapReady();
    // Past any zoom animation (250 ms in Leaflet): the view a visitor is left with.
    await waitUntil(
      () => !(map as unknown as { mapView: { map: { _animatingZoom?: boolean } } }).mapView.map._animatingZoom,
      'the map is still',
    );
    await painted();
    const frame = map.shadowRoot!.querySelector('.leaflet-container')!.getBoundingClientRect();
    const line = map.shadowRoot!.querySelector('.fair-route-line') as SVGGraphicsElement;
    const box = line.getBoundingClientRect();
    expect(box.width > 0 && box.height > 0, 'the route is drawn').to.equal(true);
    const inside =
      box.left >= frame.left - 1 &&
      box.right <= frame.right + 1 &&
      box.top >= frame.top - 1 &&
      box.bottom <= frame.bottom + 1;
    expect(inside, `route ${JSON.stringify(box)} within the map ${JSON.stringify(frame)}`).to.equal(true);
  });
});
