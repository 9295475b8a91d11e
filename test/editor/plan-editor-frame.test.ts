/**
 * `<fair-plan-editor>`'s frame: the side panel shows the checker's problems
 * and the reachability of the element's own feed (a click on one selects
 * it on the map), and the preview gets the feed file's URL to resolve the
 * kiosk's relative images against.
 */
import { expect } from '@open-wc/testing';
import { seenIn, tap } from '../harness.js';
import { cutOffFeed, editorFixture, emptyFeed, shadow } from './plan-editor-helpers.js';

describe('<fair-plan-editor> frame', () => {
  afterEach(() => localStorage.clear());

  it('shows the problems panel on the current feed; a click on a cut-off booth selects it', async () => {
    const feed = cutOffFeed();
    const el = await editorFixture({ feed });
    const panel = shadow(el).querySelector('fair-plan-editor-problems');
    expect(panel?.closest('aside'), 'the problems panel in the side').to.exist;
    expect(customElements.get('fair-plan-editor-problems'), 'registered').to.exist;
    await panel!.updateComplete;
    const reach = panel!.shadowRoot!.querySelector('section[aria-labelledby=reach-title]');
    expect(seenIn(reach)).to.include('Z99');
    expect(seenIn(reach)).not.to.include('A01');
    const button = [...reach!.querySelectorAll('button')].find((b) => seenIn(b).includes('Z99'))!;
    await tap(button);
    await el.updateComplete;
    expect(el.selection).to.deep.equal({ kind: 'booth', id: 'Z99' });
  });

  it("passes the feed file's URL to the preview as its base", async () => {
    const src = '/src/data/samples/son-la/feed.json';
    const el = await editorFixture({ src });
    const preview = shadow(el).querySelector('fair-plan-editor-preview')!;
    expect(preview.base).to.equal(new URL(src, document.baseURI).href);
  });

  it("puts a place's name where it covers no other place (two places side by side)", async () => {
    const feed = emptyFeed();
    feed.places = [
      { id: 'info-1', kind: 'info', level: 'L1', at: [800, 700] },
      { id: 'kiosk-1', kind: 'kiosk', level: 'L1', at: [835, 700] },
    ];
    const el = await editorFixture({ feed });
    const places = [...shadow(el).querySelectorAll('.fair-place')];
    expect(places.length).to.equal(2);
    const badges = places.map((p) => p.querySelector('.fair-place-badge')!.getBoundingClientRect());
    const names = places.map((p) => p.querySelector('.fair-place-name')!.getBoundingClientRect());
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    expect(overlap(names[0], badges[1]), "the first name clear of the second's badge").to.equal(false);
    expect(overlap(names[1], badges[0]), "the second name clear of the first's badge").to.equal(false);
    expect(overlap(names[0], names[1]), 'the names apart').to.equal(false);
  });
});
