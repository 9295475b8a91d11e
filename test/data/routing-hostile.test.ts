import { expect } from '@open-wc/testing';
import { buildRouteGraph, findRoute, MAX_MEETINGS, MAX_SEGMENTS } from '../../src/data/routing/routing.js';
import type { FairFeed, Path, Point } from '../../src/data/types.js';
import { validateFeed } from '../../src/data/validate.js';

/**
 * Hostile aisle networks (issue 13): thousands of crossing aisles, thousands
 * of copies of one aisle. Each must build and answer a route within the
 * issue's 2 s, give the right route, and (when the network is unreasonably
 * large) be reported by the validator at `/paths`.
 */

const BUDGET_MS = 2000;
/** Plan pixels between two neighbouring aisles of the grid (2 m at the default 0.1 m per pixel). */
const SPACING = 20;
const at = (i: number) => 10 + SPACING * i;

function feedOf(paths: Path[], extra: Partial<FairFeed> = {}): FairFeed {
  return {
    version: 1,
    fair: { id: 'hostile-routing', name: 'Hostile routing' },
    map: {
      type: 'plan',
      levels: [
        { id: 'G', size: [at(2000), at(2000)] },
        { id: '1', size: [1000, 1000] },
      ],
    },
    booths: [],
    paths,
    ...extra,
  };
}

/** `n` horizontal aisles crossing `n` vertical ones, each from the first line to the last: n² crossings. */
function gridPaths(n: number, x0 = 0, y0 = 0): Path[] {
  const paths: Path[] = [];
  const end = SPACING * (n - 1);
  for (let i = 0; i < n; i++)
    paths.push({
      level: 'G',
      points: [
        [x0 + at(0), y0 + at(i)],
        [x0 + at(0) + end, y0 + at(i)],
      ],
    });
  for (let i = 0; i < n; i++)
    paths.push({
      level: 'G',
      points: [
        [x0 + at(i), y0 + at(0)],
        [x0 + at(i), y0 + at(0) + end],
      ],
    });
  return paths;
}

const near = (actual: number, expected: number, tolerance = 0.01) => expect(actual).to.be.closeTo(expected, tolerance);

/** Every stretch of the route runs along one aisle of the grid: level or upright. */
function alongGrid(points: readonly Point[]): boolean {
  return points.every((p, i) => i === 0 || p[0] === points[i - 1][0] || p[1] === points[i - 1][1]);
}

/** A hall with one main aisle and one cross aisle; `copies` repeats the main aisle. */
function hall(
  copies: number,
  mainAisle: Path[] = [
    {
      level: 'G',
      points: [
        [100, 300],
        [900, 300],
      ],
    },
  ],
): FairFeed {
  const paths: Path[] = [];
  for (let i = 0; i < copies; i++)
    paths.push(...mainAisle.map((p) => ({ level: p.level, points: p.points.map((q) => [q[0], q[1]] as Point) })));
  paths.push({
    level: 'G',
    points: [
      [500, 100],
      [500, 500],
    ],
  });
  return feedOf(paths, { map: { type: 'plan', levels: [{ id: 'G', size: [1000, 600] }] } });
}

describe('routing: hostile aisle networks', () => {
  it('2,000 horizontal × 2,000 vertical aisles build and answer a route in under 2 s, along the grid, of the Manhattan length', () => {
    const feed = feedOf(gridPaths(2000));
    const t0 = performance.now();
    const graph = buildRouteGraph(feed);
    // On aisle 10 (level), 5 px past vertical 10; to vertical 90, 7 px past aisle 60.
    const from = { level: 'G', at: [at(10) + 5, at(10)] as Point };
    const to = { level: 'G', at: [at(90), at(60) + 7] as Point };
    const route = findRoute(feed, from, to);
    const took = performance.now() - t0;
    expect(took, `${took.toFixed(0)} ms`).to.be.below(BUDGET_MS);
    // 4 million crossings are over the limits: the level is searched near the route's ends only.
    expect(graph.oversized).to.deep.equal(['G']);
    expect(route.straight).to.equal(false);
    // Manhattan distance on the grid: (80 × 20 − 5) + (50 × 20 + 7) px = 2,602 px = 260.2 m.
    near(route.metres, 260.2);
    expect(route.legs.length).to.equal(1);
    expect(alongGrid(route.legs[0].points), JSON.stringify(route.legs[0].points)).to.equal(true);
    expect(JSON.stringify(route.legs[0].points[0])).to.equal(JSON.stringify(from.at));
    expect(JSON.stringify(route.legs[0].points.at(-1))).to.equal(JSON.stringify(to.at));
  });

  it('a route across the whole 4-million-crossing grid answers in under 2 s, plainly as a straight line', () => {
    const feed = feedOf(gridPaths(2000));
    const t0 = performance.now();
    const route = findRoute(feed, { level: 'G', at: [at(0), at(0)] }, { level: 'G', at: [at(1999), at(1999)] });
    const took = performance.now() - t0;
    expect(took, `${took.toFixed(0)} ms`).to.be.below(BUDGET_MS);
    // Searching the whole level would be past the limits: the map draws the dashed direction and says so.
    expect(route.straight).to.equal(true);
    near(route.metres, Math.hypot(1999 * SPACING, 1999 * SPACING) / 10);
  });

  it('on an oversized level, the searched part grows until the route is the shortest (a detour outside the first box)', () => {
    // A zigzag aisle from (0, 500) to (1000, 500) px (316 m), and a way round it 400 px north (180 m):
    // the first box around the two ends holds only the zigzag.
    const zigzag: Point[] = [];
    for (let i = 0; i <= 10; i++) zigzag.push([i * 100, i % 2 ? 800 : 500]);
    const paths: Path[] = [
      { level: 'G', points: zigzag },
      {
        level: 'G',
        points: [
          [0, 500],
          [0, 100],
          [1000, 100],
          [1000, 500],
        ],
      },
      // Far away, 230 × 230 crossing aisles make the level oversized.
      ...gridPaths(230, 20_000, 0),
    ];
    const feed = feedOf(paths);
    expect(buildRouteGraph(feed).oversized).to.deep.equal(['G']);
    const route = findRoute(feed, { level: 'G', at: [0, 500] }, { level: 'G', at: [1000, 500] });
    expect(route.straight).to.equal(false);
    near(route.metres, 180);
    expect(JSON.stringify(route.legs[0].points)).to.equal('[[0,500],[0,100],[1000,100],[1000,500]]');
  });

  it('from an oversized level to another, the route takes the stairs near its end', () => {
    const feed = feedOf(
      [
        ...gridPaths(2000),
        {
          level: '1',
          points: [
            [100, 300],
            [900, 300],
          ],
        },
      ],
      {
        places: [
          { id: 'stairs-G', kind: 'stairs', level: 'G', at: [at(40), at(30)], connects: 'core' },
          { id: 'stairs-1', kind: 'stairs', level: '1', at: [900, 300], connects: 'core' },
        ],
      },
    );
    const t0 = performance.now();
    const route = findRoute(feed, { level: 'G', at: [at(20), at(20)] }, { level: '1', at: [100, 300] });
    expect(performance.now() - t0).to.be.below(BUDGET_MS);
    expect(route.straight).to.equal(false);
    expect(route.legs.map((l) => l.level).join()).to.equal('G,1');
    // G: 20 + 10 aisles, 2 m apart, to the stairs (60 m); level 1: 800 px (80 m).
    near(route.metres, 140);
    expect(route.steps.map((s) => (s.kind === 'level' ? `level by ${s.via} at ${s.placeId}` : s.kind))).to.include(
      'level by stairs at stairs-G',
    );
  });

  it("on a geo map, an oversized network routes along its paths too (metres by the map's projection)", () => {
    // 300 × 300 paths about 2.2 m apart east–west and 2.2 m north–south: 90,000 crossings.
    const toGeo = ([x, y]: Point): Point => [21 + y / 1e6, 105.8 + x / 1e6];
    const feed: FairFeed = {
      version: 1,
      fair: { id: 'geo', name: 'Geo' },
      map: { type: 'geo', center: [21, 105.8] },
      booths: [],
      paths: gridPaths(300).map(({ points }) => ({ points: points.map(toGeo) })),
    };
    expect(buildRouteGraph(feed).oversized).to.deep.equal(['']);
    const from = toGeo([at(10), at(10)]);
    const to = toGeo([at(50), at(40)]);
    const route = findRoute(feed, { level: '', at: from }, { level: '', at: to });
    expect(route.straight).to.equal(false);
    const east = (111_320 * Math.cos((21 * Math.PI) / 180) * (40 * SPACING)) / 1e6;
    const north = (110_574 * (30 * SPACING)) / 1e6;
    near(route.metres, east + north, 0.001);
  });

  it('5,000 copies of one aisle build in under 2 s into one aisle, with the same route as one copy', () => {
    const one = hall(1);
    const many = hall(5000);
    const from = { level: 'G', at: [120, 320] as Point };
    const to = { level: 'G', at: [520, 150] as Point };
    const t0 = performance.now();
    const graph = buildRouteGraph(many);
    const route = findRoute(many, from, to);
    const took = performance.now() - t0;
    expect(took, `${took.toFixed(0)} ms`).to.be.below(BUDGET_MS);
    const single = buildRouteGraph(one);
    expect(graph.nodes.length).to.equal(single.nodes.length);
    expect(graph.edges.length).to.equal(single.edges.length);
    expect(graph.oversized).to.deep.equal([]);
    const expected = findRoute(one, from, to);
    // 20 px onto the aisle, 380 east, 150 north, 20 into the door: 57 m.
    near(route.metres, 57);
    expect(JSON.stringify(route)).to.equal(JSON.stringify(expected));
  });

  it('merges aisles drawn over each other in overlapping pieces, reversed or not', () => {
    const pieces: Path[] = [
      {
        level: 'G',
        points: [
          [100, 300],
          [600, 300],
        ],
      },
      {
        level: 'G',
        points: [
          [900, 300],
          [400, 300],
        ],
      },
      {
        level: 'G',
        points: [
          [300, 300],
          [700, 300],
        ],
      },
    ];
    const merged = hall(3, pieces);
    const single = hall(1);
    expect(buildRouteGraph(merged).edges.length).to.equal(buildRouteGraph(single).edges.length);
    const from = { level: 'G', at: [120, 320] as Point };
    const to = { level: 'G', at: [880, 320] as Point };
    near(findRoute(merged, from, to).metres, findRoute(single, from, to).metres);
    // Pieces that only meet end to end stay as drawn, and still make one walk.
    const touching = hall(1, [
      {
        level: 'G',
        points: [
          [100, 300],
          [500, 300],
        ],
      },
      {
        level: 'G',
        points: [
          [500, 300],
          [900, 300],
        ],
      },
    ]);
    near(findRoute(touching, from, to).metres, 80);
  });
});

describe('validateFeed: an unreasonably large aisle network', () => {
  const pathWarnings = (feed: FairFeed) => validateFeed(feed).problems.filter((p) => p.path === '/paths');

  it('warns at /paths, naming the level, about 2,000 × 2,000 crossing aisles (and still gives the feed)', () => {
    const t0 = performance.now();
    const { feed, problems } = validateFeed(feedOf(gridPaths(2000)));
    expect(performance.now() - t0).to.be.below(BUDGET_MS);
    expect(feed?.paths?.length).to.equal(4000);
    const warnings = problems.filter((p) => p.path === '/paths');
    expect(warnings.length).to.equal(1);
    expect(warnings[0].severity).to.equal('warning');
    expect(warnings[0].message).to.contain('level "G" make 4,000 segments');
    expect(warnings[0].message).to.contain(`meeting in over ${MAX_MEETINGS.toLocaleString('en')} places`);
  });

  it('warns when a level has more segments than the limit, even if none meet', () => {
    const paths: Path[] = [];
    for (let i = 0; i <= MAX_SEGMENTS; i++)
      paths.push({
        level: 'G',
        points: [
          [(i % 200) * 10, Math.floor(i / 200) * 10],
          [(i % 200) * 10 + 5, Math.floor(i / 200) * 10],
        ],
      });
    const warnings = pathWarnings(feedOf(paths));
    expect(warnings.length).to.equal(1);
    expect(warnings[0].message).to.contain(
      `make ${(MAX_SEGMENTS + 1).toLocaleString('en')} segments (a hall has a few hundred): routes there are searched near their ends only`,
    );
  });

  it('warns about 5,000 copies of one aisle as written (routes merge them), and not about an ordinary hall', () => {
    expect(pathWarnings(hall(5000)).length).to.equal(1);
    expect(pathWarnings(hall(1))).to.deep.equal([]);
    // 30 × 30 crossing aisles: 900 crossings, well within the limits.
    expect(pathWarnings(feedOf(gridPaths(30)))).to.deep.equal([]);
  });

  it('counts each level on its own, and a map without levels by its one unnamed level', () => {
    const twoLevels = feedOf([
      ...gridPaths(2000),
      {
        level: '1',
        points: [
          [100, 300],
          [900, 300],
        ],
      },
    ]);
    expect(pathWarnings(twoLevels).map((p) => p.message.slice(0, 27))).to.deep.equal(['The paths of level "G" make']);
    const geo: FairFeed = {
      version: 1,
      fair: { id: 'geo', name: 'Geo' },
      map: { type: 'geo', center: [21, 105.8] },
      booths: [],
      paths: gridPaths(300).map(({ points }) => ({
        points: points.map(([x, y]) => [21 + y / 1e6, 105.8 + x / 1e6] as Point),
      })),
    };
    expect(pathWarnings(geo).map((p) => p.message.slice(0, 25))).to.deep.equal(['The paths make 600 segmen']);
  });
});
