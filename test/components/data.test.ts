import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { consume } from '@lit/context';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { clearFeedCache } from '../../src/data/loader.js';
import '../../src/components/fair-data/define.js';
import '../../src/components/booth-map/define.js';
import '../../src/components/product-card/define.js';
import '../../src/components/search/define.js';
import type { FairData } from '../../src/components/fair-data/fair-data.js';
import type { FairBoothMap } from '../../src/components/booth-map/booth-map.js';
import { feedContext, type FeedState } from '../../src/internal/context.js';
import { tap } from '../harness.js';

class ProbeElement extends LitElement {
  @consume({ context: feedContext, subscribe: true }) state?: FeedState;
}
customElements.define('test-probe', ProbeElement);

const minimal = {
  version: 1,
  fair: { id: 'mini', name: { vi: 'Hội chợ nhỏ', en: 'Small fair' } },
  map: { type: 'plan', levels: [{ id: 'G', size: [100, 100] }] },
  booths: [{ id: 'A1', rect: [0, 0, 10, 10] }],
};

describe('<fair-data>', () => {
  afterEach(() => clearFeedCache());

  it('provides a feed object to a nested element and fires fair-load', async () => {
    const el = await fixture<FairData>(html`<fair-data><div><test-probe></test-probe></div></fair-data>`);
    const loaded = oneEvent(el, 'fair-load');
    el.feed = minimal;
    const event = await loaded;
    expect(event.detail.feed.fair.id).to.equal('mini');
    const probe = el.querySelector('test-probe') as ProbeElement;
    expect(probe.state?.status).to.equal('ready');
  });

  it('shows a message and fires fair-error when the feed is not JSON', async () => {
    const url = URL.createObjectURL(new Blob(['{ "version": 1, '], { type: 'application/json' }));
    const el = document.createElement('fair-data');
    const failed = oneEvent(el, 'fair-error');
    el.src = url;
    document.body.append(el);
    const event = await failed;
    expect(event.detail.fatal).to.equal(true);
    expect(event.detail.problems[0].message).to.match(/line 1, column \d+/);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert]')?.textContent).to.contain('could not be loaded');
    el.remove();
  });
});

describe("<fair-data> and the fair's own look", () => {
  it("passes fair.theme down beneath the page's tokens, and never an invalid colour", async () => {
    const el = await fixture<FairData>(html`<div style="--fair-color-accent: #222222">
      <fair-data><test-probe></test-probe></fair-data>
    </div>`).then((wrapper) => wrapper.querySelector('fair-data') as FairData);
    const loaded = oneEvent(el, 'fair-load');
    el.feed = {
      ...minimal,
      fair: { ...minimal.fair, theme: { primary: '#7a3b00', accent: 'red; background: url(x)' } },
    };
    await loaded;
    const probe = el.querySelector('test-probe')!;
    const style = getComputedStyle(probe);
    expect(style.getPropertyValue('--fair-feed-color-primary').trim()).to.equal('#7a3b00');
    expect(style.getPropertyValue('--fair-feed-color-accent').trim(), 'an invalid colour is not applied').to.equal('');
    expect(style.getPropertyValue('--fair-color-accent').trim(), 'the page keeps its own token').to.equal('#222222');
  });
});

describe('<fair-data> wires its elements', () => {
  const FEED_URL = new URL('../fixtures/kiosk-feed.json', import.meta.url).href;
  let feed: object;
  before(async () => {
    feed = await (await fetch(FEED_URL)).json();
  });
  beforeEach(() => setViewport({ width: 1200, height: 900 }));

  /** A map, a card for the Shan Tuyet tea (booth A01) and a search box in one <fair-data>. */
  async function page() {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <fair-data .feed=${structuredClone(feed)}>
        <div style="display:grid;grid-template-columns:1fr 24rem;gap:1rem">
          <fair-booth-map style="height:24rem"></fair-booth-map>
          <div><fair-search></fair-search><fair-product-card product="shan-tuyet"></fair-product-card></div>
        </div>
      </fair-data>
    </div>`);
    const map = wrapper.querySelector('fair-booth-map') as FairBoothMap;
    const card = wrapper.querySelector('fair-product-card')!;
    await waitUntil(() => findOnMap(card), 'the card shows "Find on map"');
    return { wrapper, map, card, find: findOnMap(card)! };
  }

  const findOnMap = (card: Element) =>
    [...(card.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => /find on map/i.test(b.textContent));

  it('selects the booth on the map when a card\'s "Find on map" is tapped', async () => {
    const { map, find } = await page();
    expect(map.selected).to.equal(undefined);
    await tap(find);
    await waitUntil(() => map.selected === 'A01', "the map selects the tea's booth");
    await map.updateComplete;
    expect(map.getAttribute('selected')).to.equal('A01');
  });

  it('selects the booth of a product picked in the search box', async () => {
    const { wrapper, map } = await page();
    const search = wrapper.querySelector('fair-search')!;
    search.focus();
    await sendKeys({ type: 'tho cam' });
    await waitUntil(() => search.shadowRoot!.querySelector('[role=option]'), 'results show');
    const row = [...search.shadowRoot!.querySelectorAll('[role=option]')].find((r) =>
      /Brocade bag|Túi thổ cẩm/.test(r.textContent),
    )!;
    expect(row, 'the brocade bag is a result').to.exist;
    await tap(row);
    await waitUntil(() => map.selected === 'B01', "the map selects the bag's booth");
  });

  it('leaves the map alone when the page calls preventDefault(), even on document', async () => {
    const { map, find } = await page();
    const stop = (e: Event) => e.preventDefault();
    document.addEventListener('fair-show-booth', stop);
    try {
      const reached = oneEvent(document, 'fair-show-booth');
      await tap(find);
      const event = await reached;
      expect(event.defaultPrevented).to.equal(true);
      await map.updateComplete;
      expect(map.selected, 'the page handled it').to.equal(undefined);
    } finally {
      document.removeEventListener('fair-show-booth', stop);
    }
    // Without the page's listener the same tap selects the booth (the test above can fail).
    await tap(find);
    await waitUntil(() => map.selected === 'A01');
  });

  it('leaves alone a map that has its own feed, and the maps of another <fair-data>', async () => {
    const wrapper = await fixture<HTMLElement>(html`<fair-data .feed=${structuredClone(feed)}>
      <fair-product-card product="shan-tuyet"></fair-product-card>
      <fair-booth-map id="own" .feed=${structuredClone(feed)} style="height:10rem"></fair-booth-map>
      <fair-data .feed=${structuredClone(feed)}><fair-booth-map id="inner" style="height:10rem"></fair-booth-map></fair-data>
      <fair-booth-map id="outer" style="height:10rem"></fair-booth-map>
    </fair-data>`);
    const card = wrapper.querySelector('fair-product-card')!;
    await waitUntil(() => findOnMap(card), 'the card shows "Find on map"');
    await tap(findOnMap(card)!);
    const outer = wrapper.querySelector('#outer') as FairBoothMap;
    await waitUntil(() => outer.selected === 'A01');
    expect((wrapper.querySelector('#own') as FairBoothMap).selected).to.equal(undefined);
    expect((wrapper.querySelector('#inner') as FairBoothMap).selected).to.equal(undefined);
  });
});
