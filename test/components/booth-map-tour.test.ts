// <fair-booth-map route-stops>: one walk through several booths in the order given, numbered on the map, with
// the whole walk's distance, time and steps in the route panel; route-from starts it (and route-to) elsewhere.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/booth-map/define.js';
import type { FairBoothMap } from '../../src/components/booth-map/booth-map.js';
import { boothEnd, findRoute, placeEnd, type RouteEnd } from '../../src/data/routing/routing.js';
import { loadRouting } from '../../src/data/venue.js';
import type { FairFeed } from '../../src/data/types.js';
import { boothMapHall } from '../fixtures/booth-map-hall.js';
import { expectWithin, mapReady, mapSettled, tap } from '../harness.js';

async function mount(feed: FairFeed = boothMapHall()): Promise<FairBoothMap> {
  const el = await fixture<FairBoothMap>(
    html`<fair-booth-map here="kiosk" style="width: 800px; --fair-booth-map-height: 500px"></fair-booth-map>`,
  );
  el.feed = feed;
  await mapSettled(el);
  return el;
}

const root = (el: FairBoothMap) => el.shadowRoot!;
/** The numbers on the stop pins shown, in the order drawn. */
const pinNumbers = (el: FairBoothMap) =>
  [...root(el).querySelectorAll('.fair-destination')].map((p) => p.textContent.trim());
const lines = (el: FairBoothMap) => [...root(el).querySelectorAll('.fair-route-line')];
const steps = (el: FairBoothMap) =>
  [...root(el).querySelectorAll('[part=route] .steps li')].map((li) => li.textContent.trim());

const booth = (feed: FairFeed, id: string): RouteEnd =>
  boothEnd(
    feed,
    feed.booths.find((b) => b.id === id)!,
  )!;
const place = (feed: FairFeed, id: string): RouteEnd =>
  placeEnd(
    feed,
    feed.places!.find((p) => p.id === id)!,
  );

/** The hall with an elevator beside the stairs (the fixture has stairs only). */
function hallWithLift(): FairFeed {
  const feed = boothMapHall();
  feed.places!.push(
    { id: 'lift-G', kind: 'elevator', level: 'G', at: [920, 540], connects: 'lift', name: 'Lift' },
    { id: 'lift-U', kind: 'elevator', level: 'U', at: [920, 540], connects: 'lift', name: 'Lift' },
  );
  return feed;
}

describe('<fair-booth-map> route-stops', () => {
  before(async () => {
    await loadRouting();
  });

  it('draws one walk through the booths in the order given, numbered, with its total and steps', async () => {
    const feed = boothMapHall();
    const el = await mount(feed);
    el.routeStops = 'B1, A2,A1';
    await mapSettled(el);
    const route = el.route!;
    expect(route.stops.map((s) => s.id)).to.deep.equal(['B1', 'A2', 'A1']);
    // Each part is the route findRoute gives from the stop before (the first from "you are here").
    const ends = [place(feed, 'kiosk'), booth(feed, 'B1'), booth(feed, 'A2'), booth(feed, 'A1')];
    const parts = ends.slice(1).map((end, i) => findRoute(feed, ends[i], end));
    const metres = parts.reduce((s, p) => s + p.metres, 0);
    expect(route.metres).to.be.closeTo(metres, 1e-9);
    expect(route.legs).to.deep.equal(parts.flatMap((p) => p.legs));
    // What a visitor sees: a line per part, a numbered pin on each booth, the whole walk in the panel.
    expect(lines(el).length, 'route lines').to.equal(3);
    expect(pinNumbers(el)).to.deep.equal(['1', '2', '3']);
    const panel = root(el).querySelector('[part=route]')!;
    expect(panel.querySelector('h2')!.textContent).to.equal('Way through booths B1, A2, A1');
    expect(panel.querySelector('.summary')!.textContent).to.contain(`${Math.round(metres / 5) * 5} m`);
    const arrivals = steps(el).filter((s) => /booth (B1|A2|A1)/i.test(s));
    expect(arrivals.length, steps(el).join(' | ')).to.equal(3);
    expect(arrivals[0]).to.contain('B1');
    expect(arrivals[1]).to.contain('A2');
    expect(arrivals[2]).to.contain('A1');
    // The pins stand on the booths' doors, and the whole walk is in view.
    const frame = root(el).querySelector('.leaflet-container')!.getBoundingClientRect();
    for (const line of lines(el)) expectWithin(line.getBoundingClientRect(), frame, 'the walk in the map');
    for (const pin of root(el).querySelectorAll('.fair-destination'))
      expectWithin(pin.getBoundingClientRect(), frame, 'a stop pin in the map');
  });

  it('wins over route-to, and gives route-to back when cleared', async () => {
    const el = await mount();
    el.routeTo = 'A1';
    el.routeStops = 'B1,B2';
    await mapSettled(el);
    expect(el.route!.stops.map((s) => s.id)).to.deep.equal(['B1', 'B2']);
    expect(pinNumbers(el)).to.deep.equal(['1', '2']);
    el.routeStops = undefined;
    await mapSettled(el);
    expect(el.route!.stops.map((s) => s.id)).to.deep.equal(['A1']);
    // One booth: the plain destination pin and the panel of one route.
    expect(pinNumbers(el)).to.deep.equal(['']);
    expect(root(el).querySelector('[part=route] h2')!.textContent).to.equal('Way to booth A1');
  });

  it('starts at a booth with route-from, for route-stops and route-to alike', async () => {
    const feed = boothMapHall();
    const el = await mount(feed);
    el.setAttribute('route-from', 'B2');
    el.setAttribute('route-stops', 'A1,B1');
    await mapSettled(el);
    const b2 = booth(feed, 'B2');
    expect(el.route!.legs[0].points[0], 'from B2’s door').to.deep.equal(b2.at);
    const first = findRoute(feed, b2, booth(feed, 'A1'));
    expect(el.route!.parts[0].metres).to.be.closeTo(first.metres, 1e-9);
    el.removeAttribute('route-stops');
    el.setAttribute('route-to', 'A2');
    await mapSettled(el);
    expect(el.route!.metres).to.be.closeTo(findRoute(feed, b2, booth(feed, 'A2')).metres, 1e-9);
    // A place id works too; no `here` is needed.
    el.here = undefined;
    el.setAttribute('route-from', 'stage');
    await mapSettled(el);
    expect(el.route!.legs[0].points[0]).to.deep.equal(place(feed, 'stage').at);
  });

  it('shows each level’s part of the walk, numbered in the whole walk’s order', async () => {
    const el = await mount(hallWithLift());
    el.routeStops = 'A1,C1,B1';
    await mapSettled(el);
    expect(el.level, 'the walk starts on the ground floor').to.equal('G');
    expect(pinNumbers(el)).to.deep.equal(['1', '3']);
    const upper = [...root(el).querySelectorAll<HTMLButtonElement>('[part=level]')].find((b) =>
      b.textContent.includes('Upper'),
    )!;
    await tap(upper);
    await mapSettled(el);
    expect(el.level).to.equal('U');
    expect(pinNumbers(el)).to.deep.equal(['2']);
    expect(lines(el).length, 'up to C1 and back to the stairs').to.be.greaterThan(0);
  });

  it('keeps to the elevator with avoid-stairs, and says which stop has no step-free way', async () => {
    const el = await mount(hallWithLift());
    el.avoidStairs = true;
    el.routeStops = 'A1,C1';
    await mapSettled(el);
    expect(el.route!.stepFree).to.equal(true);
    expect(steps(el)).to.include('Take the elevator to Upper.');
    expect(steps(el).some((s) => s.includes('stairs'))).to.equal(false);

    // The fixture's hall has stairs only: the walk takes them, and the panel says so plainly.
    const stairsOnly = await mount();
    stairsOnly.setAttribute('avoid-stairs', '');
    stairsOnly.routeStops = 'A1,C1,B1';
    await mapSettled(stairsOnly);
    expect(stairsOnly.route!.stepFreeUnavailable).to.equal(true);
    const notice = root(stairsOnly).querySelector('[part=route] [part=notice]')!;
    expect(notice.textContent).to.contain('Upper cannot be reached without steps');
    expect((root(stairsOnly).querySelector('.avoid input') as HTMLInputElement).checked).to.equal(true);
    // Unticking it in the panel gives the walk with the stairs, no notice.
    await tap(root(stairsOnly).querySelector<HTMLInputElement>('.avoid input')!);
    await mapSettled(stairsOnly);
    expect(stairsOnly.avoidStairs).to.equal(false);
    expect(stairsOnly.route!.stepFreeUnavailable).to.equal(undefined);
    expect(root(stairsOnly).querySelector('[part=route] [part=notice]')).to.equal(null);
  });

  it('keeps the walk’s panel in the list view', async () => {
    const el = await mount();
    el.routeStops = 'A1,B1';
    el.view = 'list';
    await mapReady(el);
    const panel = root(el).querySelector('[part=route]')!;
    expect(panel.getAttribute('aria-labelledby')).to.equal('route-title');
    expect(panel.querySelector('h2')!.textContent).to.equal('Way through booths A1, B1');
    expect(panel.querySelector('.summary')!.textContent).to.match(/\d+ m/);
    expect(root(el).querySelector('[part=list]')).to.exist;
  });

  it('leaves out unknown booths, and shows nothing for none', async () => {
    const el = await mount();
    el.routeStops = 'NOPE,A1';
    await mapSettled(el);
    expect(el.route!.stops.map((s) => s.id)).to.deep.equal(['A1']);
    el.routeStops = 'NOPE';
    await mapSettled(el);
    expect(el.route).to.equal(undefined);
    expect(lines(el).length).to.equal(0);
    expect(root(el).querySelector('[part=route]')).to.equal(null);
  });
});
