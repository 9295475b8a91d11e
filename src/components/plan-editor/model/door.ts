/**
 * Booth doors: where a route to a booth ends. A booth added without one gets
 * the middle of its side facing the nearest aisle on its level (or, on a level
 * with no aisles yet, the side facing the nearest place); the organizer can
 * drag it anywhere after ({@link setDoor}).
 */
import type { Booth, FairFeed, Point } from '../../../data/types.js';
import { checkFinite, findBooth } from './edit.js';
import { nearestOnSegment, outlineOf, roundPoint, sidesOf } from './geometry.js';
import type { Edit } from './history.js';
import { KEY_ORDER, setKey } from './keys.js';
import { levelOf } from './units.js';

/** The aisle segments (plan pixels) on a level. */
export function aisleSegments(feed: FairFeed, level: string): [Point, Point][] {
  const segments: [Point, Point][] = [];
  for (const path of feed.paths ?? []) {
    if (levelOf(feed, path) !== level) continue;
    for (let i = 1; i < path.points.length; i++) segments.push([path.points[i - 1], path.points[i]]);
  }
  return segments;
}

/** The distance (plan pixels) from `p` to the nearest of `segments`, Infinity when there are none. */
export function distanceToSegments(p: Point, segments: readonly [Point, Point][]): number {
  let best = Infinity;
  for (const [a, b] of segments) best = Math.min(best, nearestOnSegment(p, a, b).dist);
  return best;
}

/**
 * The middle of the booth's side facing the nearest aisle on its level; with
 * no aisles there, the side facing the nearest place on the level; undefined
 * when the level has neither (a route then ends at the booth's middle) or the
 * booth has no usable outline.
 */
export function defaultDoor(feed: FairFeed, booth: Booth): Point | undefined {
  const outline = outlineOf(booth);
  if (outline.length < 3) return undefined;
  const level = levelOf(feed, booth);
  const aisles = aisleSegments(feed, level);
  const places = (feed.places ?? []).filter((p) => levelOf(feed, p) === level).map((p) => p.at);
  if (!aisles.length && !places.length) return undefined;
  const distance = (m: Point) =>
    aisles.length
      ? distanceToSegments(m, aisles)
      : Math.min(...places.map((p) => Math.hypot(p[0] - m[0], p[1] - m[1])));
  let best: Point | undefined;
  let bestDist = Infinity;
  for (const [a, b] of sidesOf(outline)) {
    const middle: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    const d = distance(middle);
    // Ties (a booth square to two aisles) keep the first side, so the result is stable.
    if (d < bestDist - 1e-9) {
      bestDist = d;
      best = middle;
    }
  }
  return best && roundPoint(best);
}

/** Puts booth `id`'s door at `point` (plan pixels), e.g. where it was dragged to. */
export function setDoor(id: string, point: Point): Edit {
  return (draft) => {
    checkFinite(point[0], point[1]);
    setKey(findBooth(draft, id), 'door', roundPoint(point), KEY_ORDER.booth);
  };
}

/** Removes booth `id`'s door (routes then end at the booth's middle). */
export function clearDoor(id: string): Edit {
  return (draft) => setKey(findBooth(draft, id), 'door', undefined, KEY_ORDER.booth);
}
