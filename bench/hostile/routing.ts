import { findRoute } from '../../src/data/routing/routing.js';
import type { Path, Point } from '../../src/data/types.js';
import { validateFeed } from '../../src/data/validate.js';
import type { HostileCase } from './case.js';

/** Plan pixels between neighbouring aisles (2 m at the default 0.1 m per pixel). */
const SPACING = 20;
const at = (i: number) => 10 + SPACING * i;

function feedOf(paths: Path[]) {
  return {
    version: 1,
    fair: { id: 'hostile-routing', name: 'Hostile routing fair' },
    map: { type: 'plan', levels: [{ id: 'G', size: [at(2000), at(2000)] }] },
    booths: [],
    paths,
  };
}

/** The problems reported at the paths, as `severity pointer`. */
function reported(problems: { path: string; severity: string }[]): string {
  return problems
    .filter((p) => p.path.startsWith('/paths'))
    .map((p) => `${p.severity} ${p.path}`)
    .join(', ');
}

function check(metres: number, expected: number, straight: boolean): void {
  if (straight || Math.abs(metres - expected) > 0.01)
    throw new Error(`wrong route: ${straight ? 'a straight line' : `${metres.toFixed(2)} m`}, ${expected} m expected`);
}

/** The routing cases of the hostile-feed bench: each checks the feed, builds the walking graph and answers a route. */
export const cases: HostileCase[] = [
  {
    name: '2,000 × 2,000 crossing aisles: build and route',
    budget: 2000,
    run() {
      const paths: Path[] = [];
      for (let i = 0; i < 2000; i++)
        paths.push({
          level: 'G',
          points: [
            [at(0), at(i)],
            [at(1999), at(i)],
          ],
        });
      for (let i = 0; i < 2000; i++)
        paths.push({
          level: 'G',
          points: [
            [at(i), at(0)],
            [at(i), at(1999)],
          ],
        });
      const { feed, problems } = validateFeed(feedOf(paths));
      const route = findRoute(
        feed!,
        { level: 'G', at: [at(10) + 5, at(10)] },
        { level: 'G', at: [at(90), at(60) + 7] },
      );
      // The Manhattan distance on the grid: 1,595 + 1,007 px.
      check(route.metres, 260.2, route.straight);
      return reported(problems);
    },
  },
  {
    name: '5,000 copies of one aisle',
    budget: 2000,
    run() {
      const aisle: Point[] = [
        [100, 300],
        [900, 300],
      ];
      const paths: Path[] = Array.from({ length: 5000 }, () => ({
        level: 'G',
        points: aisle.map(([x, y]) => [x, y] as Point),
      }));
      paths.push({
        level: 'G',
        points: [
          [500, 100],
          [500, 500],
        ],
      });
      const { feed, problems } = validateFeed(feedOf(paths));
      const route = findRoute(feed!, { level: 'G', at: [120, 320] }, { level: 'G', at: [520, 150] });
      // As with one copy: 20 px onto the aisle, 380 east, 150 north, 20 into the door.
      check(route.metres, 57, route.straight);
      return reported(problems);
    },
  },
];
