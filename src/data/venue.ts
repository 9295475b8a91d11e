/**
 * Where things are on the plan, without the route engine: booth outlines,
 * their middles, and where a route to a booth or from a place starts or ends.
 * The route engine (`routing.ts`: the walking graph, shortest paths, steps in
 * words) is a chunk of its own, loaded when a route is first asked for
 * ({@link loadRouting}).
 */
import type { Booth, FairFeed, Place, Point } from './types.js';
import { onDemand } from './on-demand.js';

/** One end of a route: a point on a level. */
export interface RouteEnd {
  level: string;
  at: Point;
}

function isPoint(p: unknown): p is Point {
  return Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);
}

/** The level ids of a feed, in its order ([''] for a map without levels). */
export function levelIdsOf(feed: FairFeed): string[] {
  const levels = feed.map.levels?.map((l) => l.id) ?? [];
  return levels.length ? levels : [''];
}

/**
 * A booth's outline as a polygon, from `shape` (three or more points) or
 * `rect`; undefined when the geometry is unusable (the map then skips it).
 */
export function boothOutline(booth: Booth): Point[] | undefined {
  if (Array.isArray(booth.shape)) {
    const points = booth.shape.filter(isPoint);
    return points.length >= 3 && points.length === booth.shape.length ? points : undefined;
  }
  const r = booth.rect;
  if (Array.isArray(r) && r.length === 4 && r.every(Number.isFinite) && r[2] > 0 && r[3] > 0) {
    const [x, y, w, h] = r;
    return [
      [x, y],
      [x + w, y],
      [x + w, y + h],
      [x, y + h],
    ];
  }
  return undefined;
}

/**
 * `box` (`[minX, minY, maxX, maxY]`, empty by default) grown to hold
 * `points`: the bounding box of points in any frame (feed coordinates,
 * metres).
 */
export function boundsOf(
  points: readonly (readonly [number, number])[],
  box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity],
): [number, number, number, number] {
  for (const [x, y] of points) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

/** The area centroid of a polygon (the vertex mean for a degenerate one). */
export function polygonCentre(points: readonly Point[]): Point {
  let area = 0;
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < points.length; i++) {
    const [x0, y0] = points[i];
    const [x1, y1] = points[(i + 1) % points.length];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
    sx += x0;
    sy += y0;
  }
  const n = points.length || 1;
  return Math.abs(area) < 1e-12 ? [sx / n, sy / n] : [cx / (3 * area), cy / (3 * area)];
}

/** Where a route to this booth ends: its door, else the middle of its outline. */
export function boothEnd(feed: FairFeed, booth: Booth): RouteEnd | undefined {
  const level = booth.level ?? levelIdsOf(feed)[0];
  if (isPoint(booth.door)) return { level, at: booth.door };
  const outline = boothOutline(booth);
  return outline ? { level, at: polygonCentre(outline) } : undefined;
}

/** Where a route from this place starts. */
export function placeEnd(feed: FairFeed, place: Place): RouteEnd {
  return { level: place.level ?? levelIdsOf(feed)[0], at: place.at };
}

const routing = onDemand(() => import('./routing/routing.js'));

/**
 * Loads the route engine once (later calls share the first); undefined when
 * its chunk cannot be fetched (the next call tries again). A kiosk fetches it
 * when a visit starts; a map when it is first given a route.
 */
export const loadRouting = routing.load;

/** The route engine if it has loaded, else undefined (see {@link loadRouting}). */
export function loadedRouting(): typeof import('./routing/routing.js') | undefined {
  return routing.module;
}
