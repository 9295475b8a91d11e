// <fair-booth-map> driven by mouse, keys and touch: one file because every case shares the hall fixture and
// the map's set-up; long because each case is a whole interaction (the map's other aspects have files of their own).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/components/booth-map/define.js';
import type { FairBoothMap } from '../../src/components/booth-map/booth-map.js';
import type { FairFeed } from '../../src/data/types.js';
import { boothMapHall } from '../fixtures/booth-map-hall.js';
import {
  afterMove,
  boothScreenPoint,
  box,
  centreOf,
  drag,
  expectApart,
  expectWithin,
  mapReady,
  mapSettled,
  press,
  tapAt,
} from '../harness.js';

async function mount(feed: FairFeed = boothMapHall()): Promise<FairBoothMap> {
  const el = await fixture<FairBoothMap>(
    html`<fair-booth-map here="kiosk" style="width: 800px; --fair-booth-map-height: 500px"></fair-booth-map>`,
  );
  el.feed = feed;
  await mapSettled(el);
  return el;
}

const root = (el: FairBoothMap) => el.shadowRoot!;
const label = (el: FairBoothMap, id: string) =>
  root(el).querySelector<HTMLButtonElement>(`.fair-booth-label[data-booth-id="${id}"]`);
/** The booths whose labels show, by id (ids, not Leaflet's nodes: a failing assertion prints what it compares). */
const labelIds = (el: FairBoothMap) =>
  [...root(el).querySelectorAll('.fair-booth-label')].map((l) => l.getAttribute('data-booth-id'));
const count = (el: FairBoothMap, selector: string) => root(el).querySelectorAll(selector).length;

/** 400 booths (Canvas draws them above 300), 30 × 20 px on a 50 × 30 px grid: aisles of 20 and 10 px. */
function bigHall(): FairFeed {
  const booths = Array.from({ length: 400 }, (_, i) => {
    const [row, col] = [Math.floor(i / 20), i % 20];
    return {
      id: `K${i}`,
      label: `K${i}`,
      level: 'G',
      rect: [50 * col + 10, 30 * row + 5, 30, 20] as [number, number, number, number],
    };
  });
  return {
    version: 1,
    fair: { id: 'big', name: 'Big hall' },
    map: { type: 'plan', levels: [{ id: 'G', size: [1000, 600] }] },
    booths,
  };
}

/** A new task: what a WeakRef needs before it can read as collected (it holds its target to the end of the job). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

describe('<fair-booth-map>', () => {
  before(() => setViewport({ width: 1000, height: 800 }));
  afterEach(() =>
    Promise.all([sendMouse({ type: 'move', position: [0, 0] }), emulateMedia({ reducedMotion: 'no-preference' })]),
  );

  it('draws the level with a label per booth and selects a booth on a click, firing fair-booth-select', async () => {
    const el = await mount();
    expect(labelIds(el)).to.include.members(['A1', 'A2', 'B1', 'B2']);
    expect(labelIds(el), 'C1 is upstairs').not.to.include('C1');
    const selected = oneEvent(el, 'fair-booth-select');
    await tapAt(boothScreenPoint(el, 'B2'));
    const event = await selected;
    expect(event.detail.boothId).to.equal('B2');
    expect(el.selected).to.equal('B2');
    expect(el.getAttribute('selected')).to.equal('B2');
    await mapReady(el);
    expect(label(el, 'B2')!.getAttribute('aria-pressed')).to.equal('true');
    expect(label(el, 'A1')!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('is operable by keyboard: arrows pan, + zooms, Tab walks the booths in reading order, Enter selects', async () => {
    const el = await mount();
    const map = root(el).querySelector<HTMLElement>('.map')!;
    map.focus();
    const before = boothScreenPoint(el, 'A1')!;
    await afterMove(el, () => press('ArrowRight'));
    expect(boothScreenPoint(el, 'A1')!.x, 'A1 after a pan to the right').to.be.below(before.x - 30);

    const spread = () => boothScreenPoint(el, 'A2')!.x - boothScreenPoint(el, 'A1')!.x;
    const spreadBefore = spread();
    await afterMove(el, () => press('NumpadAdd'));
    expect(spread(), 'A1 to A2 zoomed in').to.be.above(spreadBefore * 1.2);

    map.focus();
    await afterMove(el, () => press('Minus'));
    await afterMove(el, () => el.resetView());
    map.focus();
    await press('Tab');
    expect(root(el).activeElement?.getAttribute('data-booth-id')).to.equal('A1');
    await press('Tab');
    expect(root(el).activeElement?.getAttribute('data-booth-id')).to.equal('A2');
    await press('Tab');
    expect(root(el).activeElement?.getAttribute('data-booth-id')).to.equal('B1');
    const selected = oneEvent(el, 'fair-booth-select');
    await press('Enter');
    expect((await selected).detail.boothId).to.equal('B1');
  });

  it('shows the walking route with its length, time and steps in words', async () => {
    const el = await mount();
    el.routeTo = 'A1';
    await mapReady(el);
    // kiosk (100,560) → aisle (100,540) → (500,540) → (500,140) → door (520,140): 840 px at 0.1 m/px.
    expect(el.route!.metres, 'metres').to.be.closeTo(84, 0.01);
    const panel = root(el).querySelector('[part=route]')!;
    expect(panel.querySelector('h2')!.textContent).to.contain('A1');
    expect(panel.querySelector('.summary')!.textContent).to.contain('84 m');
    const steps = [...panel.querySelectorAll('.steps li')].map((li) => li.textContent.trim());
    expect(steps.join(' | ')).to.equal('Walk 42 m, then turn left. | Walk 42 m. | Booth A1 is on your right.');
    expect(count(el, '.fair-route-line'), 'route drawn').to.equal(1);
    expect(count(el, '.fair-destination'), 'destination pin').to.equal(1);
  });

  it('keeps the route framed when the map changes size (a panel opening beside it)', async () => {
    const el = await mount();
    el.routeTo = 'A1';
    await mapSettled(el);
    el.style.width = '420px';
    await waitUntil(
      () => root(el).querySelector('.leaflet-container')!.getBoundingClientRect().width < 430,
      'the map is narrower',
    );
    await mapSettled(el);
    const frame = root(el).querySelector('.leaflet-container')!.getBoundingClientRect();
    expectWithin(root(el).querySelector('.fair-route-line')!.getBoundingClientRect(), frame, 'the route in the map');
  });

  it('says plainly when a step-free route was asked for and the level has only stairs', async () => {
    const el = await mount();
    el.avoidStairs = true;
    el.routeTo = 'C1';
    await mapReady(el);
    expect(el.route!.stepFreeUnavailable, 'no step-free way').to.equal(true);
    const notice = root(el).querySelector('[part=route] [part=notice]');
    expect(notice?.textContent).to.contain('cannot be reached without steps');
    // The map's own "Avoid stairs" box is ticked: the visitor sees what they asked for, and why it cannot be.
    expect((root(el).querySelector('.avoid input') as HTMLInputElement).checked).to.equal(true);
  });

  it('routes across levels by the stairs and says so', async () => {
    const el = await mount();
    el.routeTo = 'C1';
    await mapReady(el);
    // G: 20 + 800 + 20 px to the stairs; U: 20 + 500 + 200 px to C1's door → 1560 px.
    expect(el.route!.metres, 'metres').to.be.closeTo(156, 0.01);
    const steps = [...root(el).querySelectorAll('.steps li')].map((li) => li.textContent.trim());
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
        const [pinAt, booth] = [here(), boothScreenPoint(el, 'B1')!];
        return { x: pinAt.x - booth.x, y: pinAt.y - booth.y };
      };
      const before = offset();
      expect(Math.hypot(before.x, before.y), 'the pin is away from the booth').to.be.greaterThan(50);
      await afterMove(el, () => el.zoomBy(1));
      const zoomed = offset();
      expect(zoomed.x / before.x).to.be.closeTo(2, 0.05);
      expect(zoomed.y / before.y).to.be.closeTo(2, 0.05);
      root(el).querySelector<HTMLElement>('.leaflet-container')!.focus();
      await afterMove(el, () => press('ArrowLeft'));
      const panned = offset();
      expect(Math.abs(panned.x - zoomed.x) + Math.abs(panned.y - zoomed.y), 'moved with the map').to.be.lessThan(2);
      expect(count(el, '.fair-place-icon'), 'place badges drawn').to.be.greaterThan(0);
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
    const names = () => [...root(el).querySelectorAll<HTMLElement>('.fair-place-name')];
    const shown = (n: HTMLElement) => getComputedStyle(n).opacity === '1';
    const visible = () =>
      names()
        .filter(shown)
        .map((n) => n.textContent);
    expect(visible()).to.include('First aid');
    const gaveWay = names()
      .filter((n) => !shown(n))
      .map((n) => n.textContent);
    expect(gaveWay.length, 'some names give way').to.be.greaterThan(0);
    const shownNames = names().filter(shown);
    for (const [i, a] of shownNames.entries())
      for (const b of shownNames.slice(i + 1))
        expectApart(a.getBoundingClientRect(), b.getBoundingClientRect(), `"${a.textContent}" and "${b.textContent}"`);
    // Zoomed in on the crowd (in the middle) as a visitor would: "Zoom in", three taps.
    const zoomIn = root(el).querySelector<HTMLElement>('[part=control][aria-label="Zoom in"]')!;
    for (let i = 0; i < 3; i++) {
      const spread = () => boothScreenPoint(el, 'A2')!.x - boothScreenPoint(el, 'A1')!.x;
      const before = spread();
      await afterMove(el, () => tapAt(centreOf(zoomIn)));
      expect(spread(), `A1 to A2 after zoom ${i + 1}`).to.be.above(before * 1.9);
    }
    // Every place in view has its name again, the ones that gave way among them.
    const map = root(el).querySelector('.map')!.getBoundingClientRect();
    const inView = names().filter((n) => {
      const b = n.parentElement!.querySelector('.fair-place-badge')!.getBoundingClientRect();
      return b.left >= map.left && b.right <= map.right && b.top >= map.top && b.bottom <= map.bottom;
    });
    expect(
      inView.map((n) => n.textContent).filter((name) => gaveWay.includes(name)),
      'names that gave way, now in view',
    ).not.to.be.empty;
    for (const n of inView)
      expect(getComputedStyle(n).opacity, `"${n.textContent}" shows zoomed in (opacity)`).to.equal('1');
  });

  it('switches level with the level buttons and fires fair-level-change', async () => {
    const el = await mount();
    const upper = [...root(el).querySelectorAll('[part=level]')].find((b) => b.textContent === 'Upper')!;
    expect(upper.getAttribute('aria-pressed')).to.equal('false');
    const changed = oneEvent(el, 'fair-level-change');
    await tapAt(centreOf(upper));
    expect((await changed).detail.level).to.equal('U');
    await mapReady(el);
    expect(el.level).to.equal('U');
    expect(upper.getAttribute('aria-pressed')).to.equal('true');
    expect(labelIds(el)).to.include('C1');
    expect(labelIds(el)).not.to.include('A1');
  });

  it('dims the booths outside the category', async () => {
    const el = await mount();
    el.category = 'tea';
    await mapReady(el);
    expect(label(el, 'A2')!.className).to.include('dimmed');
    expect(label(el, 'A1')!.className).not.to.include('dimmed');
  });

  it('has a list view with the same select behaviour, and passes axe in both views', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    const toggle = root(el).querySelector<HTMLElement>('.toggle')!;
    await tapAt(centreOf(toggle));
    await el.updateComplete;
    expect(el.view).to.equal('list');
    const table = root(el).querySelector('[part=list] table')!;
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.querySelector('th')!.textContent.trim()).join()).to.equal('A1,A2,B1,B2,C1');
    const selected = oneEvent(el, 'fair-booth-select');
    await tapAt(centreOf(rows[3].querySelector('button')!));
    expect((await selected).detail.boothId).to.equal('B2');
    await el.updateComplete;
    expect(rows[3].querySelector('button')!.getAttribute('aria-pressed')).to.equal('true');
    // The places have a table of their own, with their level on a two-level fair.
    const places = root(el).querySelector('[part=list] table.places')!;
    expect(places.querySelector('caption')!.textContent).to.equal('Places (4)');
    const placeRows = [...places.querySelectorAll('tbody tr')].map((r) =>
      [...r.children].map((c) => c.textContent.trim()).join(' / '),
    );
    expect(placeRows).to.include('Stage / Ground');
    expect(placeRows.filter((r) => r.startsWith('Stairs')).length, 'the stairs on both levels').to.equal(2);
    await expect(el).to.be.accessible();
    // Back to the map: it is sized again and shows the selection.
    await tapAt(centreOf(root(el).querySelector('.toggle')!));
    await mapSettled(el);
    expect(label(el, 'B2')?.getAttribute('aria-pressed')).to.equal('true');
  });

  it('sizes itself when first shown from a hidden container', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="display: none"><fair-booth-map here="kiosk" style="width: 800px; --fair-booth-map-height: 500px"></fair-booth-map></div>`,
    );
    const el = wrapper.querySelector('fair-booth-map')!;
    el.feed = boothMapHall();
    await mapReady(el);
    expect(labelIds(el), 'no labels while hidden').to.deep.equal([]);
    wrapper.style.display = 'block';
    await waitUntil(() => label(el, 'A1'), 'labels once shown');
    await mapSettled(el);
    const p = boothScreenPoint(el, 'A1')!;
    const frame = el.getBoundingClientRect();
    expect(p.x, `A1 inside the map (${box(frame)})`).to.be.within(frame.left, frame.right);
    expect(p.y, `A1 inside the map (${box(frame)})`).to.be.within(frame.top, frame.bottom);
    const selected = oneEvent(el, 'fair-booth-select');
    await tapAt(p);
    expect((await selected).detail.boothId).to.equal('A1');
  });

  it('keeps two maps on one page apart', async () => {
    const first = await mount();
    const second = await mount();
    await tapAt(boothScreenPoint(first, 'A2'));
    await first.updateComplete;
    expect(first.selected).to.equal('A2');
    expect(second.selected).to.equal(undefined);
    expect(label(second, 'A2')!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('shows the booths on a blank plan, with a notice, when the plan image is missing', async () => {
    const feed = boothMapHall();
    (feed.map.levels![0] as { image?: string }).image = '/test/fixtures/booth-map-no-such-plan.svg';
    const el = await mount(feed);
    await waitUntil(() => root(el).querySelector('[part=notice]'), 'a notice shows', { timeout: 2000 });
    expect(root(el).querySelector('[part=notice]')?.textContent).to.contain('could not be loaded');
    expect(labelIds(el)).to.include('A1');
  });

  it('draws a dashed straight line and says so when the feed has no paths', async () => {
    const feed = boothMapHall();
    delete feed.paths;
    const el = await mount(feed);
    el.routeTo = 'A1';
    await mapReady(el);
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
    expect(labelIds(el)).not.to.include('bad');
    expect(labelIds(el)).to.include('A1');
  });

  it('frees Leaflet on removal: 100 mount/unmount cycles leave no map behind', async function () {
    this.timeout(60000);
    const feed = boothMapHall();
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    const gc = (window as unknown as { gc?: () => void }).gc;
    const collect = async () => {
      for (let i = 0; i < 3; i++) {
        gc?.();
        await nextTask();
      }
    };
    // One warm-up cycle first, so the kit's modules and Leaflet's one-off setup are not counted.
    const warm = document.createElement('fair-booth-map');
    warm.feed = feed;
    document.body.append(warm);
    await mapReady(warm);
    warm.remove();
    await collect();
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
      await mapReady(el);
      lastMap = el.shadowRoot!.querySelector<HTMLElement>('.map')!;
      el.remove();
      removed.push(new WeakRef(el));
    }
    host.remove();
    // Leaflet marks its container with expandos: its id, and its DOM listeners by name (null once removed).
    const marks = lastMap as unknown as { _leaflet_id?: number; _leaflet_events?: Record<string, unknown> };
    expect(marks._leaflet_id, "Leaflet's id on its container").to.equal(undefined);
    // (Leaflet 1.9 never takes its own `scroll` listener off; the container is still collected, see below.)
    const listening = Object.entries(marks._leaflet_events ?? {}).filter(
      ([name, handler]) => handler && !name.startsWith('scroll'),
    );
    expect(
      listening.map(([name]) => name),
      "Leaflet's listeners left on its container",
    ).to.deep.equal([]);
    expect(lastMap!.childElementCount, 'panes removed').to.equal(0);
    if (gc) {
      // The last one is still referenced by this test (lastMap's shadow root). A map removed a moment ago may
      // still be held by a callback already queued (a frame, Leaflet's 250 ms zoom timer): collected once it
      // has run. A leak never is.
      let alive = 100;
      await waitUntil(
        async () => {
          await collect();
          alive = removed.filter((ref) => ref.deref()).length;
          return alive <= 1;
        },
        'the removed maps are collected',
        { timeout: 3000, interval: 50 },
      ).catch(() => undefined);
      expect(alive, 'removed maps still in memory (of 100)').to.be.at.most(1);
    }
    if (memory && gc) {
      const grownMb = (memory.usedJSHeapSize - heapBefore) / 1e6;
      console.log(`booth map: heap after 100 mount/unmount cycles grew ${grownMb.toFixed(2)} MB`);
      // A leaked map (Leaflet, its panes and five booths) is ~100 kB: 100 of them would be ~10 MB.
      expect(grownMb, 'heap growth over 100 cycles, MB').to.be.below(2);
    }
  });

  it('selects a booth drawn on Canvas (a big hall) on a click, and none on an aisle or after a drag', async () => {
    const el = await mount(bigHall());
    expect(count(el, 'canvas.leaflet-zoom-animated'), 'drawn on Canvas').to.equal(1);
    // The whole hall: booths ~21 × 14 px, too small for a label. Two zoom steps in: ~86 × 58 px, labelled
    // (one step, ~43 × 29 px, is too narrow for a 16 px "K210").
    expect(count(el, '.fair-booth-label'), 'labels on the whole hall').to.equal(0);
    await afterMove(el, () => el.zoomBy(2));
    expect(labelIds(el), 'labels once zoomed in').to.include('K210');
    await afterMove(el, () => el.resetView());
    expect(count(el, '.fair-booth-label'), 'labels on the whole hall again').to.equal(0);
    let picked: string[] = [];
    el.addEventListener('fair-booth-select', (e) => picked.push(e.detail.boothId));
    for (const id of ['K0', 'K47', 'K399']) {
      await tapAt(boothScreenPoint(el, id));
      // A selection zooms to its booth (when it is not well in view): then the whole hall again.
      await mapSettled(el);
      await afterMove(el, () => el.resetView());
    }
    expect(picked.join()).to.equal('K0,K47,K399');
    expect(el.selected).to.equal('K399');
    // The middle of the aisle between K47 and K48 (10 px apart at this zoom, at least 5 px from either).
    picked = [];
    const [a, b] = [boothScreenPoint(el, 'K47')!, boothScreenPoint(el, 'K48')!];
    await tapAt({ x: (a.x + b.x) / 2, y: a.y });
    // A selection is made in the click's own handler: had the tap picked a booth, it would show by now.
    await mapSettled(el);
    expect(picked.join(), 'selected by a tap on the aisle').to.equal('');
    // A drag that starts and ends on booths moves the map and selects nothing.
    const start = boothScreenPoint(el, 'K105')!;
    await afterMove(el, () => drag(start, { x: start.x + 76, y: start.y }, [10 / 76, 30 / 76, 60 / 76, 1]));
    expect(picked.join(), 'selected by the drag').to.equal('');
    expect(boothScreenPoint(el, 'K105')!.x, 'K105 after a drag 76 px to the right').to.be.above(start.x + 40);
  });

  it('draws and hit-tests the booths a larger container uncovers (Canvas)', async () => {
    const feed = bigHall();
    const el = await mount(feed);
    // Each size change is observed and ends in a moveend (Leaflet's invalidateSize).
    await afterMove(el, () => {
      el.style.width = '400px';
      el.style.setProperty('--fair-booth-map-height', '300px');
    });
    await afterMove(el, () => el.zoomBy(2));
    const small = el.getBoundingClientRect();
    await afterMove(el, () => {
      el.style.width = '900px';
      el.style.setProperty('--fair-booth-map-height', '600px');
    });
    const big = el.getBoundingClientRect();
    // A booth now on screen that was right of the smaller map.
    const uncovered = feed.booths
      .map((b) => ({ id: b.id, p: boothScreenPoint(el, b.id)! }))
      .find(({ p }) => p.x > small.right + 60 && p.x < big.right - 60 && p.y > big.top + 60 && p.y < big.bottom - 60);
    expect(uncovered, `a booth between ${box(small)} and ${box(big)}`).to.exist;
    const selected = oneEvent(el, 'fair-booth-select');
    await tapAt(uncovered!.p);
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
    await waitUntil(() => count(el, 'img.leaflet-tile') > 0, 'tiles are requested', { timeout: 5000 });
    const credit = root(el).querySelector('.leaflet-control-attribution');
    expect(credit?.textContent).to.contain('<b>Tiles</b> © Example');
    expect(credit?.querySelectorAll('b').length, 'feed text parsed as HTML (<b> elements)').to.equal(0);
    await mapSettled(el);
    const selected = oneEvent(el, 'fair-booth-select');
    await tapAt(centreOf(label(el, 'G2')!));
    expect((await selected).detail.boothId).to.equal('G2');
  });
});
