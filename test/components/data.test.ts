import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { clearFeedCache } from '../../src/data/loader.js';
import '../../src/components/data/define.js';
import type { FairData } from '../../src/components/data/data.js';
import { feedContext, type FeedState } from '../../src/internal/context.js';

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

describe('<fair-data> and the fair\'s own look', () => {
  it('passes fair.theme down beneath the page\'s tokens, and never an invalid colour', async () => {
    const el = await fixture<FairData>(html`<div style="--fair-color-accent: #222222">
      <fair-data><test-probe></test-probe></fair-data>
    </div>`).then((wrapper) => wrapper.querySelector('fair-data') as FairData);
    const loaded = oneEvent(el, 'fair-load');
    el.feed = { ...minimal, fair: { ...minimal.fair, theme: { primary: '#7a3b00', accent: 'red; background: url(x)' } } };
    await loaded;
    const probe = el.querySelector('test-probe')!;
    const style = getComputedStyle(probe);
    expect(style.getPropertyValue('--fair-feed-color-primary').trim()).to.equal('#7a3b00');
    expect(style.getPropertyValue('--fair-feed-color-accent').trim(), 'an invalid colour is not applied').to.equal('');
    expect(style.getPropertyValue('--fair-color-accent').trim(), 'the page keeps its own token').to.equal('#222222');
  });
});
