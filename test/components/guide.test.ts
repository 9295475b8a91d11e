import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/guide/define.js';
import type { FairGuide } from '../../src/components/guide/guide.js';
import { tap } from '../harness.js';
import { afterNavigation, closeGuide, guideDrawn, openGuide, reload, textOf, type GuidePage } from './guide.helpers.js';

const CAO_BANG = new URL('../../src/data/samples/cao-bang/feed.json', import.meta.url).href;

/** The page part of the guide (under or beside the map). */
const pageOf = (p: GuidePage) => p.root.querySelector('.page')!;
const mapOf = (p: GuidePage) => p.root.querySelector('fair-booth-map')!;
/** The compact product cards of a page, also those inside a producer's story. */
function deepCards(root: ParentNode): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>('fair-product-card[compact]')];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepCards(el.shadowRoot));
  return found;
}
const button = (p: GuidePage, text: RegExp) =>
  [...p.root.querySelectorAll<HTMLElement>('button, a')].find((b) =>
    text.test(textOf(b) || b.getAttribute('aria-label') || ''),
  );

describe('<fair-guide> deep links, each in a fresh phone-sized page', () => {
  afterEach(closeGuide);

  it('#/booth/A04: the booth, its producers and products, the booth picked out on the map; the title follows', async () => {
    const p = await openGuide('#/booth/A04');
    const text = textOf(pageOf(p));
    expect(text).to.contain('Booth A04');
    expect(text).to.contain('Bao Lac Fragrant Sticky Rice Cooperative');
    expect(text).to.contain('Products');
    expect(mapOf(p).getAttribute('selected')).to.equal('A04');
    expect(p.win.document.title).to.equal('Bao Lac Fragrant Sticky Rice Cooperative · Cao Bang Goods Week in Hanoi');
  });

  it('#/product/mien-dong-500g: the product card, its booth on the map', async () => {
    const p = await openGuide('#/product/mien-dong-500g');
    const card = p.root.querySelector('fair-product-card[product="mien-dong-500g"]');
    expect(card, 'the product card').to.exist;
    expect(card!.getAttribute('links'), 'links open as on any page (a kiosk shows them as QR codes)').to.equal('open');
    await waitUntil(() => /Nguyen Binh arrowroot/.test(textOf(card)), 'the card shows the product');
    expect(mapOf(p).getAttribute('selected')).to.equal('A02');
    expect(p.win.document.title).to.match(/· Cao Bang Goods Week in Hanoi$/);
  });

  it('#/producer/htx-tao-trung-khanh: the producer story', async () => {
    const p = await openGuide('#/producer/htx-tao-trung-khanh');
    const story = p.root.querySelector('fair-producer-story[producer="htx-tao-trung-khanh"]');
    expect(story, 'the producer story').to.exist;
    await waitUntil(() => textOf(story).length > 40, 'the story shows');
  });

  it('#/route/kiosk-1/A04: the way from the kiosk to the booth, with distance, time and steps, drawn on the map', async () => {
    const p = await openGuide('#/route/kiosk-1/A04');
    await waitUntil(() => p.root.querySelector('.steps li'), 'the steps show');
    const text = textOf(pageOf(p));
    expect(text).to.contain('To booth A04');
    expect(text).to.match(/\d+ m · (about \d+ minutes?|under a minute)/);
    const map = mapOf(p);
    expect(map.getAttribute('route-to')).to.equal('A04');
    expect(map.getAttribute('route-from')).to.equal('kiosk-1');
    expect(map.getAttribute('here')).to.equal('kiosk-1');
    const select = p.root.querySelector('select')!;
    expect(select.value).to.equal('kiosk-1');
  });

  it('#/route/kiosk-1/A04/step-free: the step-free choice is on', async () => {
    const p = await openGuide('#/route/kiosk-1/A04/step-free');
    expect(p.root.querySelector('.step-free')!.getAttribute('aria-pressed')).to.equal('true');
    expect(mapOf(p).hasAttribute('avoid-stairs')).to.equal(true);
  });

  it('#/list/booth:A04,product:mien-dong-500g: a shared list is added to My list', async () => {
    const p = await openGuide('#/list/booth:A04,product:mien-dong-500g');
    const text = textOf(pageOf(p));
    expect(text).to.contain('2 items added from a shared list.');
    expect(text).to.contain('Bao Lac Fragrant Sticky Rice Cooperative');
    expect(p.root.querySelectorAll('.saved-row').length).to.equal(2);
    expect(textOf(p.root.querySelector('[part~="list-count"]'))).to.equal('2');
    // My list from the bottom bar: the same two, and no word of a shared list any more.
    await afterNavigation(p, () => tap(button(p, /^♡ My list/)!));
    expect(p.win.location.hash).to.equal('#/list');
    expect(p.root.querySelectorAll('.saved-row').length).to.equal(2);
    expect(textOf(pageOf(p))).not.to.contain('added from a shared list');
    p.win.localStorage.clear();
  });

  it('#/search/mien%20dong: the search box holds the words and shows the results, no diacritics needed', async () => {
    const p = await openGuide('#/search/mien%20dong');
    const search = p.root.querySelector('fair-search')!;
    expect(search.value).to.equal('mien dong');
    await waitUntil(() => search.shadowRoot!.querySelectorAll('[role="option"]').length > 0, 'results show');
    expect(textOf(search.shadowRoot!.querySelector('[role="listbox"]'))).to.match(/Miến dong/i);
    expect(p.win.document.title).to.equal('Search: mien dong · Cao Bang Goods Week in Hanoi');
  });

  for (const bad of [
    '#/booth/Z99',
    '#/product/no-such-thing',
    '#/route/kiosk-1/Z99',
    '#/nonsense/x/y',
    '#/booth/%E0%A4%A',
    '#/list/cake:1',
  ]) {
    it(`${bad}: "Not found at this fair" with the way home, never a blank page`, async () => {
      const p = await openGuide(bad);
      const notFound = p.root.querySelector('[part~="not-found"]');
      expect(notFound, 'the not-found page').to.exist;
      expect(textOf(notFound)).to.contain('Not found at this fair');
      expect(p.win.document.title).to.equal('Not found at this fair · Cao Bang Goods Week in Hanoi');
      await afterNavigation(p, () => tap(button(p, /home page/)!));
      expect(p.win.location.hash).to.equal('#/');
      expect(p.root.querySelector('fair-search'), 'home, with its search').to.exist;
    });
  }

  it('reload keeps the view', async () => {
    let p = await openGuide('#/route/kiosk-1/A04');
    p = await reload(p);
    expect(p.win.location.hash).to.equal('#/route/kiosk-1/A04');
    expect(textOf(pageOf(p))).to.contain('To booth A04');
  });
});

describe('<fair-guide> walking through it: taps, Back, My list', () => {
  afterEach(closeGuide);

  it("home → a booth → a product: the browser's Back returns to the booth, then home; the page's Back too", async () => {
    const p = await openGuide('');
    expect(p.win.document.title).to.equal('Cao Bang Goods Week in Hanoi');
    const row = [...p.root.querySelectorAll<HTMLElement>('.list .row')].find((r) => /A04/.test(textOf(r)))!;
    await afterNavigation(p, () => tap(row));
    const first = p.win.location.hash;
    expect(first, "the row's booth or producer").to.match(/^#\/(booth\/A04|producer\/htx-nep-huong-bao-lac)$/);
    // A product of theirs: a compact card, in the booth's page or in the producer's story.
    const card = deepCards(p.root)[0];
    expect(card, 'a product card').to.exist;
    const productId = card.getAttribute('product')!;
    await afterNavigation(p, () => tap(card.shadowRoot!.querySelector<HTMLElement>('button')!));
    expect(p.win.location.hash).to.equal(`#/product/${productId}`);
    await afterNavigation(p, () => p.win.history.back());
    expect(p.win.location.hash).to.equal(first);
    await afterNavigation(p, () => p.win.history.back());
    expect(['', '#/']).to.include(p.win.location.hash);
    expect(p.root.querySelector('fair-search'), 'home again').to.exist;
    // Forward to the booth or producer, and its page's Back goes home.
    await afterNavigation(p, () => p.win.history.forward());
    expect(p.win.location.hash).to.equal(first);
    await afterNavigation(p, () => tap(p.root.querySelector('[part~="back"]')!));
    expect(['', '#/']).to.include(p.win.location.hash);
  });

  it('♡ on a booth, a product and a producer: My list holds the three, and keeps them over a reload', async () => {
    let p = await openGuide('#/booth/A04');
    p.win.localStorage.clear();
    const save = () => p.root.querySelector<HTMLElement>('[part~="save"]')!;
    expect(save(), 'the ♡').to.exist;
    expect(save().getAttribute('aria-pressed')).to.equal('false');
    await tap(save());
    expect(save().getAttribute('aria-pressed')).to.equal('true');
    for (const [hash, element] of [
      ['#/product/mien-dong-500g', 'fair-product-card[product="mien-dong-500g"]'],
      ['#/producer/htx-tao-trung-khanh', 'fair-producer-story[producer="htx-tao-trung-khanh"]'],
    ]) {
      p.win.location.hash = hash;
      await waitUntil(() => p.root.querySelector(element), hash);
      await p.guide.updateComplete;
      expect(save().getAttribute('aria-pressed')).to.equal('false');
      await tap(save());
      expect(save().getAttribute('aria-pressed')).to.equal('true');
    }
    expect(textOf(p.root.querySelector('[part~="list-count"]'))).to.equal('3');
    p = await reload(p);
    await afterNavigation(p, () => tap(button(p, /^♡ My list/)!));
    expect(p.win.location.hash).to.equal('#/list');
    expect(p.root.querySelectorAll('.saved-row').length).to.equal(3);
    // Remove one with its ✕.
    await tap(p.root.querySelector('.saved-row .remove')!);
    expect(p.root.querySelectorAll('.saved-row').length).to.equal(2);
    p.win.localStorage.clear();
  });
});

describe('<fair-guide> "Visit my list"', () => {
  afterEach(closeGuide);

  it('orders five booths into one walk no longer than any other order, from where the visitor starts', async () => {
    const booths = ['B07', 'A01', 'B03', 'A06', 'B01'];
    let p = await openGuide(`#/list/${booths.map((b) => `booth:${b}`).join(',')}`, { search: '?here=kiosk-1' });
    await afterNavigation(p, () => tap(button(p, /^Visit my list$/)!));
    expect(p.win.location.hash).to.equal('#/visit/kiosk-1');
    await waitUntil(() => p.root.querySelectorAll('.stops li').length === 5, 'five stops');
    const order = [...p.root.querySelectorAll('.stops li')].map((li) => /Booth (\w+)/.exec(textOf(li))![1]);
    expect([...order].sort()).to.deep.equal([...booths].sort());
    expect(p.root.querySelector('fair-booth-map')!.getAttribute('route-stops')).to.equal(order.join(','));
    expect(textOf(p.root.querySelector('.total'))).to.match(/^5 stops · \d+ m · about \d+ minutes?$/);

    // Every other order of the five, walked from the kiosk over the same aisles: none is shorter.
    const { validateFeed } = await import('../../src/data/validate.js');
    const { boothEnd, loadRouting, placeEnd } = await import('../../src/data/venue.js');
    const feed = validateFeed(
      await (await fetch(new URL('../../src/data/samples/cao-bang/feed.json', import.meta.url))).json(),
    ).feed!;
    const routing = (await loadRouting())!;
    const end = (id: string) =>
      boothEnd(
        feed,
        feed.booths.find((b) => b.id === id)!,
      )!;
    const start = placeEnd(
      feed,
      feed.places!.find((pl) => pl.id === 'kiosk-1')!,
    );
    const metres = new Map<string, number>();
    const leg = (a: string, b: string) => {
      const key = `${a}>${b}`;
      if (!metres.has(key)) metres.set(key, routing.findRoute(feed, a === 'start' ? start : end(a), end(b)).metres);
      return metres.get(key)!;
    };
    const walk = (stops: string[]) => stops.reduce((sum, b, i) => sum + leg(i ? stops[i - 1] : 'start', b), 0);
    const permutations = (list: string[]): string[][] =>
      list.length <= 1
        ? [list]
        : list.flatMap((x, i) => permutations([...list.slice(0, i), ...list.slice(i + 1)]).map((r) => [x, ...r]));
    const chosen = walk(order);
    const all = permutations(booths);
    expect(all).to.have.length(120);
    for (const other of all) expect(chosen, `${order.join()} vs ${other.join()}`).to.be.at.most(walk(other) + 0.01);

    // Starting at a booth instead: the walk starts there.
    const select = p.root.querySelector<HTMLSelectElement>('select')!;
    select.focus();
    select.value = 'A04';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await p.guide.updateComplete;
    expect(p.win.location.hash).to.equal('#/visit/A04');
    expect(p.root.querySelector('fair-booth-map')!.getAttribute('route-from')).to.equal('A04');
    // Step-free: the choice is in the address, and the walk is planned again.
    await tap(p.root.querySelector('.step-free')!);
    expect(p.win.location.hash).to.equal('#/visit/A04/step-free');
    expect(p.root.querySelector('fair-booth-map')!.hasAttribute('avoid-stairs')).to.equal(true);
    p = await reload(p);
    await waitUntil(() => p.root.querySelectorAll('.stops li').length === 5, 'the walk again after a reload');
    p.win.localStorage.clear();
  });

  it('is axe-clean on every page, and every control is at least 44 px', async () => {
    // In this window (axe runs here), the guide reading the window's own address.
    await setViewport({ width: 390, height: 844 });
    for (const hash of [
      '#/',
      '#/booth/A04',
      '#/route/kiosk-1/A04',
      '#/list/booth:A04,product:mien-dong-500g',
      '#/visit/kiosk-1',
      '#/search/mien',
      '#/booth/Z99',
    ]) {
      history.replaceState(null, '', hash);
      const el = await fixture<FairGuide>(html`<fair-guide src=${CAO_BANG}></fair-guide>`);
      await guideDrawn(window);
      await waitUntil(() => !el.shadowRoot!.querySelector('[aria-busy="true"]'), `${hash}: drawn`);
      await expect(el, hash).to.be.accessible();
      for (const control of el.shadowRoot!.querySelectorAll<HTMLElement>(
        '.page button, .page a, .page select, .nav a, .header a',
      )) {
        const r = control.getBoundingClientRect();
        if (r.width && r.height)
          expect(
            Math.min(r.width, r.height),
            `${hash}: ${textOf(control) || control.outerHTML.slice(0, 60)}`,
          ).to.be.at.least(44);
      }
      el.remove();
    }
    localStorage.clear();
    history.replaceState(null, '', location.pathname + location.search);
  });
});
