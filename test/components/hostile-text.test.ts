import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/booth-map/define.js';
import '../../src/components/product-card/define.js';
import type { FairBoothMap } from '../../src/components/booth-map/booth-map.js';
import { boothScreenPoint, eventually, expectPointIn, mapReady, seen } from '../harness.js';
import type { FairProductCard } from '../../src/components/product-card/product-card.js';
import { setLocale } from '../../src/i18n/locale.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- hostile feeds are any shape */

/** A small fair whose only product has `name` (and whose plan and booths can be given). */
function fairWith(name: unknown, map?: unknown, booths?: unknown[]): any {
  return {
    version: 1,
    fair: { id: 'hostile-text', name: 'Hostile text fair', locales: ['en'] },
    map: map ?? { type: 'plan', levels: [{ id: 'G', size: [1000, 600] }] },
    booths: booths ?? [{ id: 'b1', label: 'A01', level: 'G', rect: [10, 10, 80, 60], producers: ['p1'] }],
    producers: [{ id: 'p1', name: 'HTX Chè Suối Giàng' }],
    products: [{ id: 'tea', producer: 'p1', name, price: { amount: 150000, currency: 'VND' } }],
  };
}

describe('hostile text reaches a visitor cut and clean', () => {
  before(async () => {
    await setViewport({ width: 900, height: 900 });
    await setLocale('en');
  });

  it('shows a product card with a 1 MB name within 2 s, the name cut to 200 characters', async function () {
    this.timeout(20_000);
    const feed = fairWith({ en: 'Shan Tuyet tea '.repeat(70_000) }); // 1,050,000 characters
    const started = performance.now();
    const el = await fixture<FairProductCard>(
      html`<fair-product-card .feed=${feed} product="tea" style="width: 400px"></fair-product-card>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=title]'), 'the card shows its title', {
      timeout: 15_000,
    });
    await new Promise(requestAnimationFrame);
    const title = el.shadowRoot!.querySelector<HTMLElement>('[part~=title]')!;
    const box = title.getBoundingClientRect(); // forces the layout a visitor waits for
    const took = performance.now() - started;
    expect(took, `${took.toFixed(0)} ms`).to.be.below(2000);
    const name = seen(title.textContent);
    expect(name).to.match(/^(Shan Tuyet tea )+Shan( Tuyet)?…$/);
    expect([...name].length).to.be.at.most(200);
    // A few lines of heading in the card, not a wall of text.
    expect(box.height).to.be.below(600);
    expect(seen(el.shadowRoot!.querySelector('[part~=producer]')!.textContent)).to.equal('HTX Chè Suối Giàng');
  });

  it('shows a name without its right-to-left override', async () => {
    const feed = fairWith('Shan Tuyet \u202Eaet\u202C tea');
    const el = await fixture<FairProductCard>(
      html`<fair-product-card .feed=${feed} product="tea"></fair-product-card>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=title]'), 'the card shows its title');
    expect(el.shadowRoot!.querySelector('[part~=title]')!.textContent).to.equal('Shan Tuyet aet tea');
  });
});

describe('hostile numbers: the map draws every booth it accepts', () => {
  before(() => setViewport({ width: 1000, height: 800 }));

  /** Mounts a map of `feed` and checks a visitor sees each booth: on the map, apart from the others, labelled, no NaN drawn. */
  async function drawn(feed: any, ids: string[]): Promise<void> {
    const el = await fixture<FairBoothMap>(
      html`<fair-booth-map style="width: 800px; --fair-booth-map-height: 500px"></fair-booth-map>`,
    );
    el.feed = feed;
    await mapReady(el);
    const labels = () => ids.filter((id) => el.shadowRoot!.querySelector(`.fair-booth-label[data-booth-id="${id}"]`));
    await eventually(labels, ids, 'the booths labelled', 5000);
    const box = el.getBoundingClientRect();
    const points = ids.map((id) => boothScreenPoint(el, id)!);
    points.forEach((at, i) => {
      expectPointIn(at, box, ids[i]);
      for (const other of points.slice(i + 1))
        expect(Math.hypot(at.x - other.x, at.y - other.y), 'booths apart').to.be.above(40);
    });
    const paths = [...el.shadowRoot!.querySelectorAll('path')].map((p) => p.getAttribute('d') ?? '');
    expect(
      paths.filter((d) => /NaN|Infinity/.test(d)).map((d) => d.slice(0, 80)),
      'paths with NaN or Infinity',
    ).to.deep.equal([]);
  }

  it('a plan 1.7e308 wide: its size is dropped and the booths fill the map', async () => {
    await drawn(
      fairWith('Tea', { type: 'plan', levels: [{ id: 'G', size: [1.7e308, 1.7e308] }] }, [
        { id: 'a', label: 'A', level: 'G', rect: [10, 10, 80, 60] },
        { id: 'b', label: 'B', level: 'G', rect: [200, 10, 80, 60] },
      ]),
      ['a', 'b'],
    );
  });

  it('booths at the ±10,000,000 bounds (an unsized plan: the map fits them)', async () => {
    await drawn(
      fairWith('Tea', { type: 'plan', levels: [{ id: 'G' }] }, [
        { id: 'far', label: 'F', level: 'G', rect: [-1e7, -1e7, 5e6, 5e6] },
        { id: 'near', label: 'N', level: 'G', rect: [5e6, 5e6, 5e6, 5e6] },
      ]),
      ['far', 'near'],
    );
  });

  it('booths 1e-100 wide, the least the checker accepts', async () => {
    await drawn(
      fairWith('Tea', { type: 'plan', levels: [{ id: 'G' }] }, [
        { id: 'a', label: 'A', level: 'G', rect: [0, 0, 1e-100, 1e-100] },
        { id: 'b', label: 'B', level: 'G', rect: [2e-100, 0, 1e-100, 1e-100] },
      ]),
      ['a', 'b'],
    );
  });

  it('a geo map with booths by the pole and the date line', async () => {
    await drawn(
      fairWith('Tea', { type: 'geo', levels: [{ id: 'G' }] }, [
        { id: 'north', label: 'N', level: 'G', rect: [80, 170, 4, 9] },
        { id: 'south', label: 'S', level: 'G', rect: [60, 140, 4, 9] },
      ]),
      ['north', 'south'],
    );
  });
});
