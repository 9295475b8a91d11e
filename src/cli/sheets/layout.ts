/**
 * A place on the plan for booths an import added: the feed contract needs a
 * `shape` or `rect`, and a booth nobody can walk to is no use at a kiosk.
 * Simple and predictable, for the organizer to refine in the plan editor:
 * new booths go in rows from the top left of their level's plan, the size of
 * the level's other booths, skipping any spot that would cover a booth, a
 * place or an aisle already there. Each row has an aisle along its doors (the
 * bottom side) with a short path from every door to it; each row's aisle is
 * joined by a straight path to the nearest aisle already there, or, on a
 * level with none yet, the rows and the level's kiosks, entrances, stairs and
 * elevators to each other, so the route engine reaches every new booth from
 * the kiosk. Straight joins may cross a booth: the organizer redraws them.
 */
import type { Booth, FairFeed, PlanLevel, Point } from '../../data/types.js';

type Box = [number, number, number, number]; // x0, y0, x1, y1
type Segment = [Point, Point];

const MARGIN = 40;
const AISLE = 50;
const GAP = 10;
const DEFAULT_SIZE: [number, number] = [100, 80];
const DEFAULT_PLAN: [number, number] = [1600, 1000];
/** Places the new rows are joined to: where visitors start, and the ways to other levels. */
const ANCHOR_KINDS = new Set(['kiosk', 'entrance', 'stairs', 'elevator', 'escalator']);

export interface LayoutResult {
  placed: number;
  /** Levels where some new booths found no room, with how many. */
  noRoom: Array<{ level: string; count: number }>;
  /** New booths left without a place because the map is not a plan. */
  noPlan: number;
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const grow = (b: Box, d: number): Box => [b[0] - d, b[1] - d, b[2] + d, b[3] + d];

function boothBox(booth: Booth): Box | undefined {
  if (booth.rect) {
    const [x, y, w, h] = booth.rect;
    return [x, y, x + w, y + h];
  }
  if (!booth.shape?.length) return undefined;
  const xs = booth.shape.map((p) => p[0]);
  const ys = booth.shape.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The nearest point of segment `s` to `p`. */
function nearestOn(s: Segment, p: Point): Point {
  const [[ax, ay], [bx, by]] = s;
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy) / len)) : 0;
  return [ax + t * dx, ay + t * dy];
}

const dist = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** The closest pair of points of two segments that do not cross (ends against the other segment). */
function closest(a: Segment, b: Segment): [Point, Point] {
  const pairs: Array<[Point, Point]> = [
    [a[0], nearestOn(b, a[0])],
    [a[1], nearestOn(b, a[1])],
    [nearestOn(a, b[0]), b[0]],
    [nearestOn(a, b[1]), b[1]],
  ];
  return pairs.reduce((best, pair) => (dist(...pair) < dist(...best) ? pair : best));
}

const round = (p: Point): Point => [Math.round(p[0]), Math.round(p[1])];

function layoutLevel(feed: FairFeed, level: PlanLevel, booths: Booth[]): number {
  const id = level.id;
  const onLevel = (l: string | undefined) => (l ?? feed.map.levels?.[0]?.id) === id;
  const [width, height] = level.size ?? DEFAULT_PLAN;
  const others = feed.booths.filter((b) => onLevel(b.level) && !booths.includes(b));
  const boxes = others.map(boothBox).filter((b): b is Box => !!b);
  const w = boxes.length ? median(boxes.map((b) => b[2] - b[0])) : DEFAULT_SIZE[0];
  const h = boxes.length ? median(boxes.map((b) => b[3] - b[1])) : DEFAULT_SIZE[1];
  const existingAisles: Segment[] = [];
  for (const path of feed.paths ?? []) {
    if (!onLevel(path.level)) continue;
    for (let i = 1; i < path.points.length; i++) existingAisles.push([path.points[i - 1], path.points[i]]);
  }
  const places = (feed.places ?? []).filter((p) => onLevel(p.level));
  const obstacles: Box[] = [
    ...boxes.map((b) => grow(b, GAP)),
    ...places.map((p): Box => grow([p.at[0], p.at[1], p.at[0], p.at[1]], 30)),
    ...existingAisles.map(([a, b]): Box =>
      grow([Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])], 15),
    ),
  ];
  const runs: Segment[] = [];
  const paths = (feed.paths ??= []);
  let next = 0;
  for (let y = MARGIN; next < booths.length && y + h + AISLE <= height - MARGIN; y += h + AISLE + GAP) {
    const aisleY = y + h + AISLE / 2;
    let run: Point[] = [];
    const endRun = () => {
      if (run.length) runs.push([run[0], run[run.length - 1]]);
      if (run.length > 1) paths.push({ level: id, points: [run[0], run[run.length - 1]] });
      run = [];
    };
    for (let x = MARGIN; next < booths.length && x + w <= width - MARGIN; x += w + GAP) {
      const band: Box = [x, y, x + w, y + h + AISLE];
      if (obstacles.some((o) => overlaps(o, band))) {
        endRun();
        continue;
      }
      const booth = booths[next++];
      booth.rect = [x, y, w, h];
      booth.door = [x + w / 2, y + h];
      booth.level ??= id;
      paths.push({ level: id, points: [booth.door, [x + w / 2, aisleY]] });
      run.push([x + w / 2, aisleY]);
    }
    endRun();
  }
  joinRuns(feed, id, runs, places, existingAisles);
  return next;
}

/**
 * Straight paths joining the new rows to the level's network (Prim's tree): each row to the nearest of
 * the aisles already drawn or the rows joined before it; on a level with no aisles yet, the rows and its
 * kiosks, entrances, stairs and elevators to each other.
 */
function joinRuns(
  feed: FairFeed,
  level: string,
  runs: Segment[],
  places: NonNullable<FairFeed['places']>,
  existing: Segment[],
): void {
  if (!runs.length) return;
  // With aisles drawn, the places are on them already (or the organizer's to join); without, they join the rows.
  const anchors: Segment[] = existing.length
    ? []
    : places.filter((p) => ANCHOR_KINDS.has(p.kind)).map((p): Segment => [p.at, p.at]);
  const waiting: Segment[] = [...runs, ...anchors];
  const joined: Segment[] = existing.length ? [...existing] : [waiting.shift()!];
  while (waiting.length) {
    let best: { i: number; pair: [Point, Point] } | undefined;
    waiting.forEach((segment, i) => {
      for (const other of joined) {
        const pair = closest(segment, other);
        if (!best || dist(...pair) < dist(...best.pair)) best = { i, pair };
      }
    });
    const { i, pair } = best!;
    if (dist(...pair) > 0.5) feed.paths!.push({ level, points: [round(pair[0]), round(pair[1])] });
    joined.push(...waiting.splice(i, 1));
  }
}

/** Places the booths with these ids that have no `rect` or `shape`. Changes `feed`. */
export function layoutNewBooths(feed: FairFeed, ids: readonly string[]): LayoutResult {
  const result: LayoutResult = { placed: 0, noRoom: [], noPlan: 0 };
  const wanted = new Set(ids);
  const booths = feed.booths.filter((b) => wanted.has(b.id) && !b.rect && !b.shape);
  if (!booths.length) return result;
  if (feed.map.type !== 'plan' || !feed.map.levels?.length) {
    result.noPlan = booths.length;
    return result;
  }
  for (const level of feed.map.levels) {
    const first = feed.map.levels[0].id;
    const here = booths.filter((b) => (b.level ?? first) === level.id);
    if (!here.length) continue;
    const placed = layoutLevel(feed, level, here);
    result.placed += placed;
    if (placed < here.length) result.noRoom.push({ level: level.id, count: here.length - placed });
  }
  return result;
}
