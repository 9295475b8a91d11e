import { expect } from '@open-wc/testing';
import {
  boothEnd,
  boothOutline,
  buildRouteGraph,
  findRoute,
  placeEnd,
  polygonCentre,
  WALKING_SPEED,
} from '../../src/data/routing/routing.js';
import type { FairFeed } from '../../src/data/types.js';

/**
 * A small hall drawn to be checked by hand (0.1 m per pixel):
 *
 *   y=300  kiosk-side aisle from x=100 to x=900 (level G and level 1)
 *   x=500  a cross aisle from y=100 to y=500 (G), crossing the first at (500, 300)
 *   x=200  a side aisle that stops 2 px short of the main one (y=302 → 550): joined as "touching"
 *   stairs and an elevator at the east end, on both levels
 */
function hall(): FairFeed {
  return {
    version: 1,
    fair: { id: 'routing-hall', name: 'Routing hall' },
    map: {
      type: 'plan',
      levels: [
        { id: 'G', size: [1000, 600] },
        { id: '1', size: [1000, 600] },
      ],
    },
    booths: [
      { id: 'A', level: 'G', rect: [520, 120, 60, 60], door: [520, 150] },
      { id: 'B', level: 'G', rect: [180, 450, 40, 40], door: [220, 470] },
      { id: 'C', level: '1', rect: [120, 320, 40, 40], door: [140, 320] },
      { id: 'D', level: 'G', rect: [700, 400, 40, 40] },
    ],
    places: [
      { id: 'kiosk', kind: 'kiosk', level: 'G', at: [100, 320] },
      { id: 'stage', kind: 'stage', level: 'G', at: [560, 330], name: 'Stage' },
      { id: 'stairs-G', kind: 'stairs', level: 'G', at: [900, 320], connects: 'east' },
      { id: 'stairs-1', kind: 'stairs', level: '1', at: [900, 320], connects: 'east' },
      { id: 'lift-G', kind: 'elevator', level: 'G', at: [900, 280], connects: 'lift' },
      { id: 'lift-1', kind: 'elevator', level: '1', at: [900, 280], connects: 'lift' },
    ],
    paths: [
      {
        level: 'G',
        points: [
          [100, 300],
          [900, 300],
        ],
      },
      {
        level: 'G',
        points: [
          [500, 100],
          [500, 500],
        ],
      },
      {
        level: 'G',
        points: [
          [200, 302],
          [200, 550],
        ],
      },
      {
        level: '1',
        points: [
          [100, 300],
          [900, 300],
        ],
      },
    ],
  };
}

const near = (actual: number, expected: number, tolerance = 0.01) => expect(actual).to.be.closeTo(expected, tolerance);

describe('routing', () => {
  it('walks along crossing aisles: 59 m to booth A, turning left at the stage', () => {
    const feed = hall();
    const kiosk = placeEnd(feed, feed.places![0]);
    const route = findRoute(feed, kiosk, boothEnd(feed, feed.booths[0])!);
    // 20 px off the kiosk + 400 px east + 150 px north + 20 px into the door = 590 px = 59 m.
    near(route.metres, 59);
    near(route.seconds, 59 / WALKING_SPEED);
    expect(route.straight).to.equal(false);
    expect(route.legs.length).to.equal(1);
    expect(JSON.stringify(route.legs[0].points)).to.equal(
      JSON.stringify([
        [100, 320],
        [100, 300],
        [500, 300],
        [500, 150],
        [520, 150],
      ]),
    );
    expect(route.steps.map((s) => s.kind).join()).to.equal('walk,walk,arrive');
    const [first, second, arrive] = route.steps;
    expect(first.kind === 'walk' && first.turn).to.equal('left');
    expect(first.kind === 'walk' && first.landmark).to.equal('stage');
    near(first.kind === 'walk' ? first.metres : 0, 42);
    near(second.kind === 'walk' ? second.metres : 0, 17);
    expect(arrive.kind === 'arrive' && arrive.side).to.equal('right');
  });

  it('joins an aisle that stops just short of another (a T that does not quite touch)', () => {
    const feed = hall();
    const route = findRoute(feed, placeEnd(feed, feed.places![0]), boothEnd(feed, feed.booths[1])!);
    // 20 + 100 + 2 (the gap) + 168 + 20 px = 310 px.
    near(route.metres, 31);
    expect(route.straight).to.equal(false);
  });

  it('changes level by the stairs, or by the elevator when asked to avoid stairs', () => {
    const feed = hall();
    const from = placeEnd(feed, feed.places![0]);
    const to = boothEnd(feed, feed.booths[2])!;
    const byStairs = findRoute(feed, from, to);
    // G: 20 + 800 + 20 px; level 1: 20 + 760 + 20 px → 164 m of walking.
    near(byStairs.metres, 164);
    expect(byStairs.legs.map((l) => l.level).join()).to.equal('G,1');
    const change = byStairs.steps.find((s) => s.kind === 'level');
    expect(change?.kind === 'level' && `${change.via} ${change.from}→${change.to} up=${change.up}`).to.equal(
      'stairs G→1 up=true',
    );

    const byLift = findRoute(feed, from, to, { avoidStairs: true });
    near(byLift.metres, 164); // the lift stands 20 px the other side of the aisle: the same length
    const liftChange = byLift.steps.find((s) => s.kind === 'level');
    expect(liftChange?.kind === 'level' && liftChange.via).to.equal('elevator');
    expect(byLift.seconds, `by the lift, against ${byStairs.seconds} s by the stairs`).to.be.above(byStairs.seconds);
  });

  it('says whether a way is step-free: on one level or by elevator yes, by stairs no', () => {
    const feed = hall();
    const from = placeEnd(feed, feed.places![0]);
    expect(findRoute(feed, from, boothEnd(feed, feed.booths[0])!).stepFree).to.equal(true);
    const upstairs = boothEnd(feed, feed.booths[2])!;
    expect(findRoute(feed, from, upstairs).stepFree).to.equal(false);
    const byLift = findRoute(feed, from, upstairs, { avoidStairs: true });
    expect(byLift.stepFree).to.equal(true);
    expect(byLift.stepFreeUnavailable).to.equal(undefined);
  });

  it('says plainly when a level cannot be reached without steps, instead of passing the stairs off as step-free', () => {
    const feed = hall();
    feed.places = feed.places!.filter((p) => p.kind !== 'elevator');
    const from = placeEnd(feed, feed.places[0]);
    const route = findRoute(feed, from, boothEnd(feed, feed.booths[2])!, { avoidStairs: true });
    expect(route.stepFreeUnavailable).to.equal(true);
    expect(route.stepFree).to.equal(false);
    // The way there is still known (for those who can take the stairs), not a made-up straight line.
    expect(route.straight).to.equal(false);
    expect(route.steps.map((s) => (s.kind === 'level' ? `level by ${s.via}` : s.kind))).to.include('level by stairs');
    // Without the wish for a step-free way, nothing is flagged; on the ground floor nothing needs steps.
    expect(findRoute(feed, from, boothEnd(feed, feed.booths[2])!).stepFreeUnavailable).to.equal(undefined);
    const sameLevel = findRoute(feed, from, boothEnd(feed, feed.booths[0])!, { avoidStairs: true });
    expect(sameLevel.stepFreeUnavailable).to.equal(undefined);
    expect(sameLevel.stepFree).to.equal(true);
  });

  it('with no way at all, step-free or not, falls back to the straight line without claiming anything', () => {
    const feed = hall();
    feed.places = feed.places!.filter((p) => p.kind === 'kiosk');
    const route = findRoute(feed, placeEnd(feed, feed.places[0]), boothEnd(feed, feed.booths[2])!, {
      avoidStairs: true,
    });
    expect(route.straight).to.equal(true);
    expect(route.stepFree).to.equal(false);
    expect(route.stepFreeUnavailable).to.equal(undefined);
  });

  it('routes to the middle of a booth that has no door', () => {
    const feed = hall();
    const end = boothEnd(feed, feed.booths[3])!;
    expect(JSON.stringify(end.at)).to.equal('[720,420]');
    const route = findRoute(feed, placeEnd(feed, feed.places![0]), end);
    // 20 + 400 (to the cross aisle) + 120 (down it) + 220 (east to the booth's middle) px.
    near(route.metres, 76);
  });

  it('falls back to a straight line when the feed has no paths', () => {
    const feed = { ...hall(), paths: undefined };
    const route = findRoute(feed, placeEnd(feed, feed.places![0]), boothEnd(feed, feed.booths[0])!);
    expect(route.straight).to.equal(true);
    near(route.metres, Math.hypot(420, 170) / 10);
    expect(JSON.stringify(route.legs)).to.equal(
      JSON.stringify([
        {
          level: 'G',
          points: [
            [100, 320],
            [520, 150],
          ],
        },
      ]),
    );
  });

  it('falls back to a straight line when the aisles do not connect the two ends', () => {
    const feed = hall();
    feed.paths = [
      {
        level: 'G',
        points: [
          [100, 300],
          [300, 300],
        ],
      },
      {
        level: 'G',
        points: [
          [500, 100],
          [500, 200],
        ],
      },
    ];
    const route = findRoute(feed, placeEnd(feed, feed.places![0]), boothEnd(feed, feed.booths[0])!);
    expect(route.straight).to.equal(true);
  });

  it('uses the level scale (metres per pixel) when the plan gives one', () => {
    const feed = hall();
    (feed.map.levels![0] as { scale?: number }).scale = 0.05;
    const route = findRoute(feed, placeEnd(feed, feed.places![0]), boothEnd(feed, feed.booths[0])!);
    near(route.metres, 29.5);
  });

  it('splits crossing aisles into a connected graph', () => {
    const graph = buildRouteGraph(hall());
    const g = graph.nodes.filter((n) => n.level === 'G' && !n.placeId);
    // (100,300) (500,300) (900,300) (500,100) (500,500) (200,300) (200,302) (200,550) + stairs and lift snaps at (900,300) merge with the end.
    expect(g.length).to.equal(8);
    expect(graph.edges.filter((e) => e.kind === 'stairs').length).to.equal(1);
    expect(graph.edges.filter((e) => e.kind === 'elevator').length).to.equal(1);
  });

  it('accepts only usable booth geometry', () => {
    expect(boothOutline({ id: 'x', rect: [0, 0, 10, 5] })?.length).to.equal(4);
    expect(boothOutline({ id: 'x', rect: [0, 0, -1, 5] })).to.equal(undefined);
    expect(
      boothOutline({
        id: 'x',
        shape: [
          [0, 0],
          [1, 1],
        ],
      }),
    ).to.equal(undefined);
    expect(
      boothOutline({
        id: 'x',
        shape: [
          [0, 0],
          [1, Number.NaN],
          [2, 2],
        ],
      }),
    ).to.equal(undefined);
    expect(boothOutline({ id: 'x' })).to.equal(undefined);
    expect(
      JSON.stringify(
        polygonCentre([
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
        ]),
      ),
    ).to.equal('[5,5]');
  });
});
