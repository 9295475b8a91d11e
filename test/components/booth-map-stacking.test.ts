import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/booth-map/define.js';
import type { FairBoothMap } from '../../src/components/booth-map/booth-map.js';
import { mapReady } from '../seams.js';
import { boothMapHall } from '../fixtures/booth-map-hall.js';

describe('<fair-booth-map> on a page', () => {
  it("keeps Leaflet's z-indexes inside: a dropdown of the page (z-index 1) opens above the map", async () => {
    const page = await fixture<HTMLElement>(html`<div style="position: relative; width: 600px">
      <div class="dropdown" style="position: absolute; z-index: 1; inset: 0; background: white">results</div>
      <fair-booth-map style="--fair-booth-map-height: 400px"></fair-booth-map>
    </div>`);
    const map = page.querySelector('fair-booth-map') as FairBoothMap;
    map.feed = boothMapHall();
    await mapReady(map);
    // Where a booth label (a button Leaflet's pane puts at z-index 400+) would take the tap.
    const label = map.shadowRoot!.querySelector('.fair-booth-label')!.getBoundingClientRect();
    const hit = document.elementFromPoint(label.left + label.width / 2, label.top + label.height / 2);
    // The class, not the node: a failing assertion on one of Leaflet's nodes would try to print it.
    expect(hit?.getAttribute('class'), `the tap lands on <${hit?.localName}>, not on the dropdown`).to.equal(
      'dropdown',
    );
  });
});
