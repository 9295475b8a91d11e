// "Visit my list": planVisit orders booths into one walk over real walking costs; visitRoute walks them as given.
import { expect } from '@open-wc/testing';
import {
  boothEnd,
  findRoute,
  MAX_VISIT_STOPS,
  orderStops,
  placeEnd,
  planVisit,
  visitRoute,
  type Route,
  type RouteEnd,
} from '../../src/data/routing/routing.js';
import { SAMPLE_FEEDS, type SampleName } from '../../src/data/samples/index.js';
import type { FairFeed } from '../../src/data/types.js';

const feeds = new Map<SampleName, FairFeed>();
/** A fresh copy of a sample feed (the engine keeps its graph per feed object: a changed copy gets its own). */
async function sample(name: SampleName): Promise<FairFeed> {
  if (!feeds.has(name)) feeds.set(name, (await (await fetch(SAMPLE_FEEDS[name])).json()) as FairFeed);
  return structuredClone(feeds.get(name)!);
}

const placeOf = (feed: FairFeed, id: string): RouteEnd =>
  placeEnd(
    feed,
    feed.places!.find((p) => p.id === id)!,
  );
const boothOf = (feed: FairFeed, id: string): RouteEnd =>
  boothEnd(
    feed,
    feed.booths.find((b) => b.id === id)!,
  )!;

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((p) => [x, ...p]));
}

/** Walking seconds (metres plus level changes) of every order of `ids` from `from`, each leg by findRoute. */
function everyOrder(feed: FairFeed, from: RouteEnd, ids: readonly string[], avoidStairs = false) {
  const legs = new Map<string, Route>();
  const leg = (a: string, b: string) => {
    const key = `${a}>${b}`;
    if (!legs.has(key)) {
      const start = a === '' ? from : boothOf(feed, a);
      legs.set(key, findRoute(feed, start, boothOf(feed, b), { avoidStairs }));
    }
    return legs.get(key)!;
  };
  return permutations(ids).map((order) => {
    const walk = order.map((id, i) => leg(i ? order[i - 1] : '', id));
    return {
      order,
      seconds: walk.reduce((s, r) => s + r.seconds, 0),
      metres: walk.reduce((s, r) => s + r.metres, 0),
    };
  });
}

/** A seeded shuffle: the same booths each run. */
function pick<T>(items: readonly T[], n: number, seed: number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 16807) % 2147483647;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out.slice(0, n);
}

describe('planVisit', () => {
  it('orders five booths of the national hall into a walk no longer than any of the 120 orders', async () => {
    const feed = await sample('national');
    const from = placeOf(feed, 'kiosk-1');
    for (const seed of [1, 7, 42, 2024]) {
      const ids = pick(
        feed.booths.map((b) => b.id),
        5,
        seed,
      );
      const plan = planVisit(feed, from, ids);
      expect(plan.order, `seed ${seed}: every booth walked to`).to.have.members(ids);
      expect(plan.unreachable).to.deep.equal([]);
      const orders = everyOrder(feed, from, ids);
      expect(orders.length).to.equal(120);
      const shortest = Math.min(...orders.map((o) => o.metres));
      // One level: the walking cost is the distance.
      expect(plan.metres, `seed ${seed}: ${plan.order.join(' ')}`).to.be.at.most(shortest + 1e-6);
      const mine = orders.find((o) => o.order.join() === plan.order.join())!;
      expect(plan.metres, 'the legs are the routes findRoute gives').to.be.closeTo(mine.metres, 1e-6);
    }
  });

  it('orders booths on two levels by walking time, level changes included (Son La)', async () => {
    const feed = await sample('sonLa');
    const from = placeOf(feed, 'kiosk-1');
    const ids = ['A02', 'B04', 'A11', 'B05', 'A07'];
    const plan = planVisit(feed, from, ids);
    const quickest = Math.min(...everyOrder(feed, from, ids).map((o) => o.seconds));
    expect(plan.seconds).to.be.at.most(quickest + 1e-6);
    // Both L2 booths in one go: one trip up, none back down in between.
    const levels = plan.order.map((id) => feed.booths.find((b) => b.id === id)!.level);
    const changes = levels.filter((level, i) => i && level !== levels[i - 1]).length;
    expect(changes, levels.join(' ')).to.be.at.most(1);
  });

  it('keeps each leg a route from the stop before, and totals them', async () => {
    const feed = await sample('national');
    const ids = pick(
      feed.booths.map((b) => b.id),
      12,
      3,
    );
    const plan = planVisit(feed, 'kiosk-1', ids);
    expect(plan.legs.length).to.equal(12);
    plan.legs.forEach((leg, i) => {
      const end = boothOf(feed, plan.order[i]);
      const last = leg.legs[leg.legs.length - 1];
      expect(last.points[last.points.length - 1], `leg ${i + 1} ends at ${plan.order[i]}'s door`).to.deep.equal(end.at);
      expect(leg.straight).to.equal(false);
    });
    expect(plan.metres).to.be.closeTo(
      plan.legs.reduce((s, l) => s + l.metres, 0),
      1e-9,
    );
    expect(plan.seconds).to.be.closeTo(
      plan.legs.reduce((s, l) => s + l.seconds, 0),
      1e-9,
    );
  });

  it('past nine stops, leaves no reversal and no single move that would shorten the walk', async () => {
    const feed = await sample('national');
    const from = placeOf(feed, 'entrance');
    const ids = pick(
      feed.booths.map((b) => b.id),
      14,
      11,
    );
    const plan = planVisit(feed, from, ids);
    expect(plan.order).to.have.members(ids);
    // Every pair by findRoute, independent of the planner's own table.
    const ends = [from, ...plan.order.map((id) => boothOf(feed, id))];
    const cost = ends.map((a) => ends.map((b) => (a === b ? 0 : findRoute(feed, a, b).seconds)));
    const length = (path: number[]) => path.slice(1).reduce((s, v, i) => s + cost[path[i]][v], 0);
    const walk = ends.map((_, i) => i);
    const best = length(walk);
    expect(best).to.be.closeTo(plan.seconds, 1e-6);
    for (let i = 1; i < walk.length; i++) {
      for (let k = i + 1; k < walk.length; k++) {
        const reversed = [...walk.slice(0, i), ...walk.slice(i, k + 1).reverse(), ...walk.slice(k + 1)];
        expect(length(reversed), `reverse ${i}..${k}`).to.be.at.least(best - 1e-6);
      }
      for (let p = 1; p < walk.length; p++) {
        const moved = walk.filter((_, x) => x !== i);
        moved.splice(p, 0, i);
        expect(length(moved), `move ${i} to ${p}`).to.be.at.least(best - 1e-6);
      }
    }
  });

  it('keeps to elevators with avoidStairs, and reports what cannot be reached without steps', async () => {
    const feed = await sample('sonLa');
    const ids = ['B01', 'A03', 'B08', 'A10'];
    const stepFree = planVisit(feed, 'kiosk-1', ids, { avoidStairs: true });
    expect(stepFree.order).to.have.members(ids);
    expect(stepFree.stepFreeUnavailable).to.equal(false);
    for (const leg of stepFree.legs) {
      expect(leg.stepFree).to.equal(true);
      for (const step of leg.steps) if (step.kind === 'level') expect(step.via).to.equal('elevator');
    }
    // Without the lift, the upper level's booths can be reached by stairs only: left out, and said.
    const noLift = await sample('sonLa');
    noLift.places = noLift.places!.filter((p) => p.kind !== 'elevator');
    const plan = planVisit(noLift, 'kiosk-1', ids, { avoidStairs: true });
    expect(plan.order).to.have.members(['A03', 'A10']);
    expect(plan.unreachable).to.deep.equal(['B01', 'B08']);
    expect(plan.stepFreeUnavailable).to.equal(true);
    expect(plan.legs.every((l) => l.stepFree)).to.equal(true);
    // With steps allowed they are walked to, by the stairs or the escalator.
    const withSteps = planVisit(noLift, 'kiosk-1', ids);
    expect(withSteps.order).to.have.members(ids);
    expect(withSteps.unreachable).to.deep.equal([]);
    expect(withSteps.legs.some((l) => !l.stepFree)).to.equal(true);
  });

  it('reports unknown booths, booths without geometry and booths no aisle reaches', async () => {
    const feed = await sample('national');
    // An island: a booth whose door is on an aisle that meets no other.
    feed.booths.push({ id: 'ISLAND', level: 'G', rect: [5, 5, 10, 10], door: [10, 15] });
    feed.paths!.push({
      level: 'G',
      points: [
        [2, 18],
        [18, 18],
      ],
    });
    feed.booths.push({ id: 'NOWHERE', level: 'G' });
    const ids = ['A001', 'GHOST', 'ISLAND', 'A010', 'NOWHERE'];
    const plan = planVisit(feed, 'kiosk-1', ids);
    expect(plan.order).to.have.members(['A001', 'A010']);
    expect(plan.unreachable).to.deep.equal(['GHOST', 'ISLAND', 'NOWHERE']);
    expect(plan.stepFreeUnavailable).to.equal(false);
    // No start: nothing to walk.
    const lost = planVisit(feed, 'no-such-place', ['A001']);
    expect(lost.order).to.deep.equal([]);
    expect(lost.unreachable).to.deep.equal(['A001']);
  });

  it(`plans at most the first ${MAX_VISIT_STOPS} booths, each once`, async () => {
    const feed = await sample('national');
    const ids = feed.booths.slice(0, 40).map((b) => b.id);
    const plan = planVisit(feed, 'kiosk-1', [...ids, ids[0], ` ${ids[1]} `]);
    expect(plan.order).to.have.members(ids.slice(0, MAX_VISIT_STOPS));
    expect(plan.unreachable).to.deep.equal([]);
  });

  it('starts from a booth as well as a place', async () => {
    const feed = await sample('national');
    const plan = planVisit(feed, 'A001', ['A002', 'A001', 'B001']);
    expect(plan.order).to.have.members(['A002', 'A001', 'B001']);
    // Standing at A001: it comes first, at no distance.
    expect(plan.order[0]).to.equal('A001');
    expect(plan.legs[0].metres).to.be.below(1);
  });

  it('orders a feed without walking paths by straight lines', async () => {
    const feed = await sample('national');
    delete feed.paths;
    const plan = planVisit(feed, 'kiosk-1', ['A001', 'B005', 'A003']);
    expect(plan.order).to.have.length(3);
    expect(plan.legs.every((l) => l.straight)).to.equal(true);
  });
});

describe('orderStops', () => {
  it('finds the shortest order exactly up to nine stops, and a good one with the heuristics', () => {
    // Stops on a line, given out of order: the walk goes straight along it.
    const xs = [0, 7, 2, 9, 4, 1, 8, 3, 6];
    const cost = xs.map((a) => xs.map((b) => Math.abs(a - b)));
    const sorted = xs
      .map((x, i) => [x, i])
      .slice(1)
      .sort((a, b) => a[0] - b[0])
      .map(([, i]) => i);
    expect(orderStops(cost)).to.deep.equal(sorted);
    expect(orderStops(cost, false)).to.deep.equal(sorted);
    expect(orderStops([[0]])).to.deep.equal([]);
  });
});

describe('visitRoute', () => {
  it('walks the booths in the order given, naming each arrival', async () => {
    const feed = await sample('sonLa');
    const route = visitRoute(feed, 'kiosk-1', ['B01', 'A01', 'GHOST', 'A12'], { avoidStairs: true })!;
    expect(route.stops.map((s) => s.id)).to.deep.equal(['B01', 'A01', 'A12']);
    expect(route.parts.length).to.equal(3);
    const arrivals = route.steps.filter((s) => s.kind === 'arrive').map((s) => s.kind === 'arrive' && s.booth);
    expect(arrivals).to.deep.equal(['B01', 'A01', 'A12']);
    expect(route.metres).to.be.closeTo(
      route.parts.reduce((s, p) => s + p.metres, 0),
      1e-9,
    );
    expect(route.legs.map((l) => l.level)).to.include.members(['L1', 'L2']);
    expect(route.stepFree).to.equal(true);
    expect(visitRoute(feed, 'kiosk-1', ['GHOST'])).to.equal(undefined);
  });
});
