/**
 * Plane geometry for wayfinding, in metres on a y-down plane (the same
 * orientation as a plan image, so "left" and "right" read the way a visitor
 * sees the map). Feed coordinates are turned into this frame by a
 * {@link Projector}: plan pixels times the level's scale, or lat/lng through a
 * local equirectangular projection (plenty at fair-ground distances).
 */
import type { FairFeed, Point } from '../types.js';

/** `[x, y]` in metres, y down. */
export type Metric = [number, number];

/** Metres per plan pixel when a level does not say (`map.levels[].scale`). */
export const DEFAULT_METRES_PER_PIXEL = 0.1;

/** Feed coordinates → metres, for one map. */
export type Projector = (point: Point, level: string) => Metric;

/** The metres-per-pixel of each plan level, read from the optional `scale` field. */
export function levelScales(feed: FairFeed): Map<string, number> {
  const scales = new Map<string, number>();
  if (feed.map.type !== 'plan') return scales;
  for (const level of feed.map.levels) {
    const scale = (level as { scale?: unknown }).scale;
    scales.set(
      level.id,
      typeof scale === 'number' && scale > 0 && Number.isFinite(scale) ? scale : DEFAULT_METRES_PER_PIXEL,
    );
  }
  return scales;
}

/** The projector for a feed's map (plan pixels or WGS 84). */
export function projectorFor(feed: FairFeed): Projector {
  if (feed.map.type === 'geo') {
    const lat0 = feed.map.center?.[0] ?? feed.booths[0]?.door?.[0] ?? 0;
    const cos = Math.cos((lat0 * Math.PI) / 180);
    // Metres per degree on the WGS 84 ellipsoid near the fair; north is up, so y = -lat.
    return ([lat, lng]) => [lng * 111_320 * cos, -lat * 110_574];
  }
  const scales = levelScales(feed);
  return ([x, y], level) => {
    const s = scales.get(level) ?? DEFAULT_METRES_PER_PIXEL;
    return [x * s, y * s];
  };
}

export function distance(a: Metric, b: Metric): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

/** The point of segment ab nearest to p, as the parameter t in [0, 1] and the distance. */
export function projectOnSegment(p: Metric, a: Metric, b: Metric): { t: number; dist: number } {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  return { t, dist: Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]) };
}

/** Where segments ab and cd cross, as parameters on each, or undefined (parallel or apart). */
export function segmentIntersection(a: Metric, b: Metric, c: Metric, d: Metric): { t: number; u: number } | undefined {
  const rx = b[0] - a[0];
  const ry = b[1] - a[1];
  const sx = d[0] - c[0];
  const sy = d[1] - c[1];
  const denom = rx * sy - ry * sx;
  if (Math.abs(denom) < 1e-12) return undefined;
  const qx = c[0] - a[0];
  const qy = c[1] - a[1];
  const t = (qx * sy - qy * sx) / denom;
  const u = (qx * ry - qy * rx) / denom;
  if (t < -1e-9 || t > 1 + 1e-9 || u < -1e-9 || u > 1 + 1e-9) return undefined;
  return { t: Math.min(1, Math.max(0, t)), u: Math.min(1, Math.max(0, u)) };
}

export function lerp<T extends [number, number]>(a: T, b: T, t: number): T {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t] as T;
}

/**
 * The signed turn from direction ab to direction bc, in degrees: positive is a
 * right turn on a y-down plane (clockwise on screen), negative a left turn.
 */
export function turnAngle(a: Metric, b: Metric, c: Metric): number {
  const h1 = Math.atan2(b[1] - a[1], b[0] - a[0]);
  const h2 = Math.atan2(c[1] - b[1], c[0] - b[0]);
  let deg = ((h2 - h1) * 180) / Math.PI;
  while (deg > 180) deg -= 360;
  while (deg < -180) deg += 360;
  return deg;
}

/** `[minX, minY, maxX, maxY]` in metres. */
export type Box = [number, number, number, number];

/** `box` grown by `by` on every side. */
export function grow(box: Box, by: number): Box {
  return [box[0] - by, box[1] - by, box[2] + by, box[3] + by];
}

/** The smallest box holding `p` and `q`. */
export function union(p: Box, q: Box): Box {
  return [Math.min(p[0], q[0]), Math.min(p[1], q[1]), Math.max(p[2], q[2]), Math.max(p[3], q[3])];
}

/** Whether `inner` lies wholly in `outer`. */
export function inside(inner: Box, outer: Box): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

/**
 * The bounding box of the ellipse {p : |pa| + |pb| ≤ length}: every walk from
 * a to b no longer than `length` lies in it (a hair larger, for rounding).
 */
export function ellipseBox(a: Metric, b: Metric, length: number): Box {
  const semiMajor = length / 2;
  const focal = distance(a, b) / 2;
  const semiMinor = Math.sqrt(Math.max(0, semiMajor * semiMajor - focal * focal));
  const angle = Math.atan2(b[1] - a[1], b[0] - a[0]);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const hx = Math.hypot(semiMajor * cos, semiMinor * sin) * (1 + 1e-9) + 1e-6;
  const hy = Math.hypot(semiMajor * sin, semiMinor * cos) * (1 + 1e-9) + 1e-6;
  const cx = (a[0] + b[0]) / 2;
  const cy = (a[1] + b[1]) / 2;
  return [cx - hx, cy - hy, cx + hx, cy + hy];
}
