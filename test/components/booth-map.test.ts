import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/components/booth-map/define.js';
import type { FairBoothMap } from '../../src/components/booth-map/booth-map.js';
import type { FairFeed } from '../../src/data/types.js';
import { boothMapHall } from '../fixtures/booth-map-hall.js';

const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function mount(feed: FairFeed = boothMapHall()): Promise<FairBoothMap> {
  const el = await fixture<FairBoothMap>(
    html`<fair-booth-map here="kiosk" style="width: 800px; --fair-booth-map-height: 500px"></fair-booth-map>`,
  );
  el.feed = feed;
  await el.mapReady();
  return el;
}

const root = (el: FairBoothMap) => el.shadowRoot!;
const label = (el: FairBoothMap, id: string) =>
  root(el).querySelector<HTMLButtonElement>(`.fair-booth-label[data-booth-id="${id}"]`);

async function clickAt(point: { x: number; y: number } | undefined) {
  expect(!!point, 'the target is on screen').to.equal(true);
  await sendMouse({ type: 'click', position: [Math.round(point!.x), Math.round(point!.y)] });
}

function centreOf(element: Element) {
  const r = element.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** Waits until the map stops moving (a zoom's animation and its end over, labels laid out). */
async function settled(el: FairBoothMap): Promise<void> {
  let last = '';
  await waitUntil(
    async () => {
      await frames(2);
      const pane = root(el).querySelector<HTMLElement>('.leaflet-map-pane')!;
      const now = `${pane.style.transform}|${pane.classList.contains('leaflet-zoom-anim')}|${root(el).querySelectorAll('.fair-booth-label').length}`;
      const same = now === last && !pane.classList.contains('leaflet-zoom-anim');
      last = now;
      return same;
    },
    'the map settles',
    { timeout: 5000, interval: 30 },
  );
}

describe('<fair-booth-map>', () => {
  before(() => setViewport({ width: 1000, height: 800 }));
  afterEach(() =>
    Promise.all([sendMouse({ type: 'move', position: [0, 0] }), emulateMedia({ reducedMotion: 'no-preference' })]),
  );

  it('draws the level with a label per booth and selects a booth on a click, firing fair-booth-select', async () => {
    const el = await mount();
    for (const id of ['A1', 'A2', 'B1', 'B2']) expect(!!label(el, id), `label ${id}`).to.equal(true);
    expect(!!label(el, 'C1'), 'C1 is upstairs').to.equal(false);
    const selected = oneEvent(el, 'fair-booth-select');
    await clickAt(el.boothScreenPoint('B2'));
    const event = await selected;
    expect(event.detail.boothId).to.equal('B2');
    expect(el.selected).to.equal('B2');
    expect(el.getAttribute('selected')).to.equal('B2');
    await el.mapReady();
    expect(label(el, 'B2')!.getAttribute('aria-pressed')).to.equal('true');
    expect(label(el, 'A1')!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('is operable by keyboard: arrows pan, + zooms, Tab walks the booths in reading order, Enter selects', async () => {
    const el = await mount();
    const map = root(el).querySelector<HTMLElement>('.map')!;
    map.focus();
    const before = el.boothScreenPoint('A1')!;
    await sendKeys({ press: 'ArrowRight' });
    await wait(400);
    const panned = el.boothScreenPoint('A1')!;
    expect(panned.x < before.x - 30, `panned ${before.x} → ${panned.x}`).to.equal(true);

    const spread = () => el.boothScreenPoint('A2')!.x - el.boothScreenPoint('A1')!.x;
    const spreadBefore = spread();
    await sendKeys({ press: 'NumpadAdd' });
    await wait(500);
    expect(spread() > spreadBefore * 1.2, 'zoomed in').to.equal(true);

    map.focus();
    await sendKeys({ press: 'Minus' });
    await wait(500);
    el.resetView();
    await wait(400);
    map.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('data-booth-id')).to.equal('A1');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('data-booth-id')).to.equal('A2');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('data-booth-id')).to.equal('B1');
    const selected = oneEvent(el, 'fair-booth-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.boothId).to.equal('B1');
  });

  it('shows the walking route with its length, time and steps in words', async () => {
    const el = await mount();
    el.routeTo = 'A1';
    await el.mapReady();
    // kiosk (100,560) → aisle (100,540) → (500,540) → (500,140) → door (520,140): 840 px at 0.1 m/px.
    expect(Math.abs(el.route!.metres - 84) < 0.01, `${el.route!.metres} m`).to.equal(true);
    const panel = root(el).querySelector('[part=route]')!;
    expect(panel.querySelector('h2')!.textContent).to.contain('A1');
    expect(panel.querySelector('.summary')!.textContent).to.contain('84 m');
    const steps = [...panel.querySelectorAll('.steps li')].map((li) => li.textContent!.trim());
    expect(steps.join(' | ')).to.equal('Walk 42 m, then turn left. | Walk 42 m. | Booth A1 is on your right.');
    expect(!!root(el).querySelector('.fair-route-line'), 'route drawn').to.equal(true);
    expect(!!root(el).querySelector('.fair-destination'), 'destination pin').to.equal(true);
  });

  it('keeps the route framed when the map changes size (a panel opening beside it)', async () => {
    const el = await mount();
    el.routeTo = 'A1';
    await el.mapReady();
    await settled(el);
    el.style.width = '420px';
    await waitUntil(
      () => root(el).querySelector('.leaflet-container')!.getBoundingClientRect().width < 430,
      'the map is narrower',
    );
    await el.mapReady();
    await settled(el);
    const frame = root(el).querySelector('.leaflet-container')!.getBoundingClientRect();
    const box = root(el).querySelector('.fair-route-line')!.getBoundingClientRect();
    const inside =
      box.left >= frame.left - 1 &&
      box.right <= frame.right + 1 &&
      box.top >= frame.top - 1 &&
      box.bottom <= frame.bottom + 1;
    expect(inside, `route ${JSON.stringify(box)} within the map ${JSON.stringify(frame)}`).to.equal(true);
  });

  it('says plainly when a step-free route was asked for and the level has only stairs', async () => {
    const el = await mount();
    el.avoidStairs = true;
    el.routeTo = 'C1';
    await el.mapReady();
    expect(el.route!.stepFreeUnavailable, 'no step-free way').to.equal(true);
    const notice = root(el).querySelector('[part=route] [part=notice]');
    expect(notice?.textContent).to.contain('cannot be reached without steps');
    // The map's own "Avoid stairs" box is ticked: the visitor sees what they asked for, and why it cannot be.
    expect((root(el).querySelector('.avoid input') as HTMLInputElement).checked).to.equal(true);
  });

  it('routes across levels by the stairs and says so', async () => {
    const el = await mount();
    el.routeTo = 'C1';
    await el.mapReady();
    // G: 20 + 800 + 20 px to the stairs; U: 20 + 500 + 200 px to C1's door → 1560 px.
    expect(Math.abs(el.route!.metres - 156) < 0.01, `${el.route!.metres} m`).to.equal(true);
    const steps = [...root(el).querySelectorAll('.steps li')].map((li) => li.textContent!.trim());
    expect(steps).to.include('Take the stairs up to Upper.');
    expect(el.level).to.equal('G');
  });

  for (const motion of ['no-preference', 'reduce'] as const) {
    it(`keeps "you are here" and the place badges on their points through a zoom and a pan (motion: ${motion})`, async () => {
      await emulateMedia({ reducedMotion: motion });
      const el = await mount();
      const here = () => centreOf(root(el).querySelector('.fair-here-icon')!);
      // From a booth to the kiosk's pin: one zoom step doubles that vector, a pan leaves it alone.
      const offset = () => {
        const [pinAt, booth] = [here(), el.boothScreenPoint('B1')!];
        return { x: pinAt.x - booth.x, y: pinAt.y - booth.y };
      };
      const before = offset();
      expect(Math.hypot(before.x, before.y), 'the pin is away from the booth').to.be.greaterThan(50);
      el.zoomBy(1);
      await wait(400);
      await frames(2);
      const zoomed = offset();
      expect(zoomed.x / before.x).to.be.closeTo(2, 0.05);
      expect(zoomed.y / before.y).to.be.closeTo(2, 0.05);
      root(el).querySelector<HTMLElement>('.leaflet-container')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await wait(400);
      const panned = offset();
      expect(Math.abs(panned.x - zoomed.x) + Math.abs(panned.y - zoomed.y), 'moved with the map').to.be.lessThan(2);
      expect(root(el).querySelectorAll('.fair-place-icon').length, 'place badges drawn').to.be.greaterThan(0);
    });
  }

  it("hides the name of a place that would touch a more needed neighbour's, and shows it again zoomed in", async () => {
    const feed = boothMapHall();
    // A crowd of places around the middle of the plan (500, 265): not every name has room at the whole-plan view.
    feed.places!.push(
      { id: 'wc', kind: 'restroom', level: 'G', at: [520, 255], name: 'Restrooms' },
      { id: 'atm', kind: 'atm', level: 'G', at: [500, 285], name: 'Cash machine' },
      { id: 'food', kind: 'food', level: 'G', at: [540, 285], name: 'Food court' },
      { id: 'park', kind: 'parking', level: 'G', at: [460, 285], name: 'Bicycle parking' },
      { id: 'lost', kind: 'other', level: 'G', at: [500, 245], name: 'Lost and found' },
      { id: 'baby', kind: 'other', level: 'G', at: [540, 245], name: 'Baby care room' },
      { id: 'press', kind: 'other', level: 'G', at: [460, 245], name: 'Press office' },
      { id: 'aid', kind: 'first-aid', level: 'G', at: [480, 255], name: 'First aid' },
    );
    const el = await mount(feed);
    await frames(2);
    const names = () => [...root(el).querySelectorAll<HTMLElement>('.fair-place-name')];
    const shown = (n: HTMLElement) => getComputedStyle(n).opacity === '1';
    const visible = () =>
      names()
        .filter(shown)
        .map((n) => n.textContent);
    const boxes = () =>
      names()
        .filter(shown)
        .map((n) => n.getBoundingClientRect());
    expect(visible()).to.include('First aid');
    const gaveWay = names()
      .filter((n) => !shown(n))
      .map((n) => n.textContent!);
    expect(gaveWay.length, 'some names give way').to.be.greaterThan(0);
    for (const [i, a] of boxes().entries()) {
      for (const b of boxes().slice(i + 1)) {
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, 'no two shown names overlap').to.equal(true);
      }
    }
    // Zoomed in on the crowd (in the middle) as a visitor would: "Zoom in", three taps.
    const zoomIn = root(el).querySelector<HTMLElement>('[part=control][aria-label="Zoom in"]')!;
    for (let i = 0; i < 3; i++) {
      const spread = () => el.boothScreenPoint('A2')!.x - el.boothScreenPoint('A1')!.x;
      const before = spread();
      await clickAt(centreOf(zoomIn));
      await waitUntil(() => spread() > before * 1.9, 'zoomed in');
      await settled(el);
    }
    // Every place in view has its name again, the ones that gave way among them.
    const map = root(el).querySelector('.map')!.getBoundingClientRect();
    const inView = names().filter((n) => {
      const b = n.parentElement!.querySelector('.fair-place-badge')!.getBoundingClientRect();
      return b.left >= map.left && b.right <= map.right && b.top >= map.top && b.bottom <= map.bottom;
    });
    expect(
      inView.filter((n) => gaveWay.includes(n.textContent!)).length,
      'names that gave way, now in view',
    ).to.be.at.least(1);
    for (const n of inView) expect(shown(n), `"${n.textContent}" shows zoomed in`).to.equal(true);
  });

  it('switches level with the level buttons and fires fair-level-change', async () => {
    const el = await mount();
    const upper = [...root(el).querySelectorAll('[part=level]')].find((b) => b.textContent === 'Upper')!;
    expect(upper.getAttribute('aria-pressed')).to.equal('false');
    const changed = oneEvent(el, 'fair-level-change');
    await clickAt(centreOf(upper));
    expect((await changed).detail.level).to.equal('U');
    await el.mapReady();
    expect(el.level).to.equal('U');
    expect(upper.getAttribute('aria-pressed')).to.equal('true');
    expect(!!label(el, 'C1')).to.equal(true);
    expect(!!label(el, 'A1')).to.equal(false);
  });

  it('dims the booths outside the category', async () => {
    const el = await mount();
    el.category = 'tea';
    await el.mapReady();
    expect(label(el, 'A2')!.classList.contains('dimmed')).to.equal(true);
    expect(label(el, 'A1')!.classList.contains('dimmed')).to.equal(false);
  });

  it('has a list view with the same select behaviour, and passes axe in both views', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    const toggle = root(el).querySelector<HTMLElement>('.toggle')!;
    await clickAt(centreOf(toggle));
    await el.updateComplete;
    expect(el.view).to.equal('list');
    const table = root(el).querySelector('[part=list] table')!;
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.querySelector('th')!.textContent!.trim()).join()).to.equal('A1,A2,B1,B2,C1');
    const selected = oneEvent(el, 'fair-booth-select');
    await clickAt(centreOf(rows[3].querySelector('button')!));
    expect((await selected).detail.boothId).to.equal('B2');
    await el.updateComplete;
    expect(rows[3].querySelector('button')!.getAttribute('aria-pressed')).to.equal('true');
    // The places have a table of their own, with their level on a two-level fair.
    const places = root(el).querySelector('[part=list] table.places')!;
    expect(places.querySelector('caption')!.textContent).to.equal('Places (4)');
    const placeRows = [...places.querySelectorAll('tbody tr')].map((r) =>
      [...r.children].map((c) => c.textContent!.trim()).join(' / '),
    );
    expect(placeRows).to.include('Stage / Ground');
    expect(placeRows.filter((r) => r.startsWith('Stairs')).length, 'the stairs on both levels').to.equal(2);
    await expect(el).to.be.accessible();
    // Back to the map: it is sized again and shows the selection.
    await clickAt(centreOf(root(el).querySelector('.toggle')!));
    await el.mapReady();
    await frames();
    expect(label(el, 'B2')?.getAttribute('aria-pressed')).to.equal('true');
  });

  it('sizes itself when first shown from a hidden container', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="display: none"><fair-booth-map here="kiosk" style="width: 800px; --fair-booth-map-height: 500px"></fair-booth-map></div>`,
    );
    const el = wrapper.querySelector('fair-booth-map')!;
    el.feed = boothMapHall();
    await el.mapReady();
    expect(!!label(el, 'A1'), 'no labels while hidden').to.equal(false);
    wrapper.style.display = 'block';
    await frames(3);
    expect(!!label(el, 'A1'), 'labels once shown').to.equal(true);
    const p = el.boothScreenPoint('A1')!;
    const box = el.getBoundingClientRect();
    expect(p.x > box.left && p.x < box.right && p.y > box.top && p.y < box.bottom, 'A1 inside the map').to.equal(true);
    const selected = oneEvent(el, 'fair-booth-select');
    await clickAt(p);
    expect((await selected).detail.boothId).to.equal('A1');
  });

  it('keeps two maps on one page apart', async () => {
    const first = await mount();
    const second = await mount();
    await clickAt(first.boothScreenPoint('A2'));
    await first.updateComplete;
    expect(first.selected).to.equal('A2');
    expect(second.selected).to.equal(undefined);
    expect(label(second, 'A2')!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('shows the booths on a blank plan, with a notice, when the plan image is missing', async () => {
    const feed = boothMapHall();
    (feed.map.levels![0] as { image?: string }).image = '/test/fixtures/booth-map-no-such-plan.svg';
    const el = await mount(feed);
    for (let i = 0; i < 40 && !root(el).querySelector('[part=notice]'); i++) await wait(50);
    expect(root(el).querySelector('[part=notice]')?.textContent).to.contain('could not be loaded');
    expect(!!label(el, 'A1')).to.equal(true);
  });

  it('draws a dashed straight line and says so when the feed has no paths', async () => {
    const feed = boothMapHall();
    delete feed.paths;
    const el = await mount(feed);
    el.routeTo = 'A1';
    await el.mapReady();
    expect(el.route!.straight).to.equal(true);
    expect(root(el).querySelector('[part=notice]')?.textContent).to.contain('no walking paths');
    expect(root(el).querySelector('.fair-route-line')?.getAttribute('stroke-dasharray')).to.equal('1 12');
  });

  it('skips a booth with unusable geometry and draws the rest', async () => {
    const feed = boothMapHall();
    feed.booths.push({
      id: 'bad',
      label: 'BAD',
      level: 'G',
      rect: [10, 10, -50, 20] as [number, number, number, number],
    });
    const el = await mount(feed);
    expect(!!label(el, 'bad')).to.equal(false);
    expect(!!label(el, 'A1')).to.equal(true);
  });

  it('frees Leaflet on removal: 100 mount/unmount cycles leave no map behind', async function () {
    this.timeout(60000);
    const feed = boothMapHall();
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    const gc = (window as unknown as { gc?: () => void }).gc;
    const settle = async () => {
      for (let i = 0; i < 3; i++) {
        gc?.();
        await wait(20);
      }
    };
    // One warm-up cycle first, so the kit's modules and Leaflet's one-off setup are not counted.
    const warm = document.createElement('fair-booth-map');
    warm.feed = feed;
    document.body.append(warm);
    await warm.mapReady();
    warm.remove();
    await settle();
    const heapBefore = memory?.usedJSHeapSize ?? 0;
    const host = document.createElement('div');
    document.body.append(host);
    let lastMap: HTMLElement | undefined;
    // Weak references to every removed map: once collected, nothing (a listener, an observer, Leaflet) kept them.
    const removed: WeakRef<HTMLElement>[] = [];
    for (let i = 0; i < 100; i++) {
      const el = document.createElement('fair-booth-map');
      el.style.cssText = 'width: 400px; --fair-booth-map-height: 300px';
      el.feed = feed;
      host.append(el);
      await el.mapReady();
      lastMap = el.shadowRoot!.querySelector<HTMLElement>('.map')!;
      el.remove();
      removed.push(new WeakRef(el));
    }
    host.remove();
    expect('_leaflet_id' in lastMap!, 'Leaflet let go of its container').to.equal(false);
    expect(lastMap!.childElementCount, 'panes removed').to.equal(0);
    if (gc) {
      // The last one is still referenced by this test (lastMap's shadow root). A map removed a moment ago may
      // still be held by a callback already queued (a frame, Leaflet's 250 ms zoom timer): collected once it
      // has run. A leak never is.
      let alive = 100;
      await waitUntil(
        async () => {
          await settle();
          alive = removed.filter((ref) => ref.deref()).length;
          return alive <= 1;
        },
        'the removed maps are collected',
        { timeout: 3000, interval: 50 },
      ).catch(() => undefined);
      expect(alive <= 1, `${alive} of 100 removed maps are still in memory`).to.equal(true);
    }
    if (memory && gc) {
      const grownMb = (memory.usedJSHeapSize - heapBefore) / 1e6;
      console.log(`booth map: heap after 100 mount/unmount cycles grew ${grownMb.toFixed(2)} MB`);
      // A leaked map (Leaflet, its panes and five booths) is ~100 kB: 100 of them would be ~10 MB.
      expect(grownMb < 2, `heap grew ${grownMb.toFixed(2)} MB`).to.equal(true);
    }
  });

  it('selects a booth drawn on Canvas (a big hall) on a click, and none on an aisle or after a drag', async () => {
    // 400 booths (Canvas draws them above 300), 30 × 20 px on a 50 × 30 px grid: aisles of 20 and 10 px.
    const booths = Array.from({ length: 400 }, (_, i) => {
      const [row, col] = [Math.floor(i / 20), i % 20];
      return {
        id: `K${i}`,
        label: `K${i}`,
        level: 'G',
        rect: [50 * col + 10, 30 * row + 5, 30, 20] as [number, number, number, number],
      };
    });
    const el = await mount({
      version: 1,
      fair: { id: 'big', name: 'Big hall' },
      map: { type: 'plan', levels: [{ id: 'G', size: [1000, 600] }] },
      booths,
    } as FairFeed);
    expect(!!root(el).querySelector('canvas.leaflet-zoom-animated'), 'drawn on Canvas').to.equal(true);
    // The whole hall: booths ~21 × 14 px, too small for a label. Two zoom steps in: ~86 × 58 px, labelled
    // (one step, ~43 × 29 px, is too narrow for a 16 px "K210").
    expect(root(el).querySelectorAll('.fair-booth-label').length, 'no labels on the whole hall').to.equal(0);
    el.zoomBy(2);
    await wait(400);
    await frames(2);
    expect(!!label(el, 'K210'), 'labels once zoomed in').to.equal(true);
    el.resetView();
    await wait(400);
    await frames(2);
    expect(root(el).querySelectorAll('.fair-booth-label').length, 'none again on the whole hall').to.equal(0);
    let picked: string[] = [];
    el.addEventListener('fair-booth-select', (e) => picked.push(e.detail.boothId));
    for (const id of ['K0', 'K47', 'K399']) {
      await clickAt(el.boothScreenPoint(id));
      // Past the double-click window; then the whole hall again (a selection zooms to its booth).
      await wait(350);
      el.resetView();
      await wait(400);
    }
    expect(picked.join()).to.equal('K0,K47,K399');
    expect(el.selected).to.equal('K399');
    // The middle of the aisle between K47 and K48 (10 px apart at this zoom, at least 5 px from either).
    picked = [];
    const [a, b] = [el.boothScreenPoint('K47')!, el.boothScreenPoint('K48')!];
    await clickAt({ x: (a.x + b.x) / 2, y: a.y });
    await wait(350);
    // A drag that starts and ends on booths moves the map and selects nothing.
    const start = el.boothScreenPoint('K105')!;
    await sendMouse({ type: 'move', position: [Math.round(start.x), Math.round(start.y)] });
    await sendMouse({ type: 'down' });
    for (const step of [10, 30, 60, 76])
      await sendMouse({ type: 'move', position: [Math.round(start.x + step), Math.round(start.y)] });
    await sendMouse({ type: 'up' });
    await wait(350);
    expect(picked.join(), 'nothing selected on the aisle or by the drag').to.equal('');
    expect(el.boothScreenPoint('K105')!.x > start.x + 40, 'the drag moved the map').to.equal(true);
  });

  it('draws and hit-tests the booths a larger container uncovers (Canvas)', async () => {
    const booths = Array.from({ length: 400 }, (_, i) => {
      const [row, col] = [Math.floor(i / 20), i % 20];
      return {
        id: `K${i}`,
        label: `K${i}`,
        level: 'G',
        rect: [50 * col + 10, 30 * row + 5, 30, 20] as [number, number, number, number],
      };
    });
    const el = await mount({
      version: 1,
      fair: { id: 'big', name: 'Big hall' },
      map: { type: 'plan', levels: [{ id: 'G', size: [1000, 600] }] },
      booths,
    } as FairFeed);
    el.style.width = '400px';
    el.style.setProperty('--fair-booth-map-height', '300px');
    await frames(3);
    el.zoomBy(2);
    await wait(500);
    const small = el.getBoundingClientRect();
    el.style.width = '900px';
    el.style.setProperty('--fair-booth-map-height', '600px');
    await frames(3);
    await wait(100);
    const big = el.getBoundingClientRect();
    // A booth now on screen that was right of the smaller map.
    const uncovered = booths
      .map((b) => ({ id: b.id, p: el.boothScreenPoint(b.id)! }))
      .find(({ p }) => p.x > small.right + 60 && p.x < big.right - 60 && p.y > big.top + 60 && p.y < big.bottom - 60);
    expect(!!uncovered, 'a booth in the uncovered area').to.equal(true);
    const selected = oneEvent(el, 'fair-booth-select');
    await clickAt(uncovered!.p);
    expect((await selected).detail.boothId).to.equal(uncovered!.id);
  });

  it('shows a geo map on tiles with the attribution as text, and selects a booth on it', async () => {
    const tile = new URL('../fixtures/tiles/tile.png', import.meta.url).href;
    const geo = {
      version: 1,
      fair: { id: 'geo', name: 'Park fair' },
      map: {
        type: 'geo',
        tiles: `${tile}?{z}/{x}/{y}`,
        attribution: '<b>Tiles</b> © Example',
        center: [21.0338, 105.7947],
        zoom: 18,
      },
      booths: [
        {
          id: 'G1',
          label: 'G1',
          shape: [
            [21.0339, 105.7945],
            [21.0339, 105.7947],
            [21.0337, 105.7947],
            [21.0337, 105.7945],
          ],
        },
        {
          id: 'G2',
          label: 'G2',
          shape: [
            [21.0339, 105.7949],
            [21.0339, 105.7951],
            [21.0337, 105.7951],
            [21.0337, 105.7949],
          ],
        },
      ],
    } as unknown as FairFeed;
    const el = await mount(geo);
    await waitUntil(() => root(el).querySelectorAll('img.leaflet-tile').length > 0, 'tiles are requested', {
      timeout: 5000,
    });
    const credit = root(el).querySelector('.leaflet-control-attribution');
    expect(credit?.textContent).to.contain('<b>Tiles</b> © Example');
    expect(credit?.querySelector('b'), 'feed text is not parsed as HTML').to.equal(null);
    await frames(3);
    const selected = oneEvent(el, 'fair-booth-select');
    await clickAt(centreOf(label(el, 'G2')!));
    expect((await selected).detail.boothId).to.equal('G2');
  });
});
