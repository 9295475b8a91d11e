/**
 * Units on a floor plan: booths, places and aisles are drawn in plan pixels;
 * sizes and moves are typed in metres. Each level has its own scale
 * (`map.levels[].scale`, metres per plan pixel, 0.1 when it says nothing),
 * read with the route engine's `levelScales`, so editor and routes agree.
 */
import { DEFAULT_METRES_PER_PIXEL, levelScales } from '../../../data/routing/geometry.js';
import type { FairFeed, Point } from '../../../data/types.js';
import { levelIdsOf } from '../../../data/venue.js';

export { DEFAULT_METRES_PER_PIXEL };

/** The level an item is on: its `level`, else the first level (the feed contract's default). */
export function levelOf(feed: FairFeed, item: { level?: string } | undefined): string {
  return item?.level ?? levelIdsOf(feed)[0];
}

/** Metres per plan pixel on `level` (the first level when not given). */
export function metresPerPixel(feed: FairFeed, level?: string): number {
  return levelScales(feed).get(level ?? levelIdsOf(feed)[0]) ?? DEFAULT_METRES_PER_PIXEL;
}

/** A length in plan pixels on `level`, in metres. */
export function toMetres(feed: FairFeed, level: string | undefined, px: number): number {
  return px * metresPerPixel(feed, level);
}

/** A length in metres, in plan pixels on `level`. */
export function toPixels(feed: FairFeed, level: string | undefined, metres: number): number {
  return metres / metresPerPixel(feed, level);
}

/** The distance between two plan points, in plan pixels. */
export function pixelLength(a: Point, b: Point): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

/**
 * The scale (metres per plan pixel) that makes the line from `a` to `b` (plan
 * pixels) `metres` long: "this wall is 24 m". Throws a RangeError for a line
 * of no length or a length that is not a positive number.
 */
export function scaleFromLine(a: Point, b: Point, metres: number): number {
  const px = pixelLength(a, b);
  if (!(px > 0) || !Number.isFinite(px)) throw new RangeError('The line has no length.');
  if (!(metres > 0) || !Number.isFinite(metres))
    throw new RangeError('The length must be a positive number of metres.');
  return metres / px;
}
