/**
 * Plane geometry in plan pixels for the editor's edits: booth outlines, moves,
 * rotations, boxes, distances to segments and a convex-overlap test. Results
 * are rounded to a hundredth of a pixel so the feed stays readable.
 */
import type { Booth, Point } from '../../../data/types.js';
import { boothOutline, polygonCentre } from '../../../data/venue.js';

export { boothOutline, polygonCentre };

/** `[x, y, width, height]`. */
export type Rect = [number, number, number, number];

/** A booth's geometry: a rectangle or a polygon. */
export type Geometry = { rect: Rect } | { shape: Point[] };

/** Rounds to a hundredth of a plan pixel (and turns -0 into 0). */
export function round(v: number): number {
  const r = Math.round(v * 100) / 100;
  return r === 0 ? 0 : r;
}

export function roundPoint(p: Point): Point {
  return [round(p[0]), round(p[1])];
}

export function translate(points: readonly Point[], dx: number, dy: number): Point[] {
  return points.map(([x, y]) => roundPoint([x + dx, y + dy]));
}

/** `p` turned by `degrees` (clockwise on screen, y down) about `centre`, unrounded. */
export function rotatePoint(p: Point, centre: Point, degrees: number): Point {
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const x = p[0] - centre[0];
  const y = p[1] - centre[1];
  return [centre[0] + x * cos - y * sin, centre[1] + x * sin + y * cos];
}

/** The bounding box of points, as a rect. */
export function boxOf(points: readonly Point[]): Rect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return [x0, y0, x1 - x0, y1 - y0];
}

export function rectOutline([x, y, w, h]: Rect): Point[] {
  return [
    [x, y],
    [x + w, y],
    [x + w, y + h],
    [x, y + h],
  ];
}

/** The outline of a geometry, or of a booth (empty when the booth's geometry is unusable). */
export function outlineOf(item: Geometry | Booth): Point[] {
  return boothOutline(item as Booth) ?? [];
}

/** The point of segment ab nearest to p, its parameter t in [0, 1] and the distance. */
export function nearestOnSegment(p: Point, a: Point, b: Point): { at: Point; t: number; dist: number } {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  const at: Point = [a[0] + t * dx, a[1] + t * dy];
  return { at, t, dist: Math.hypot(at[0] - p[0], at[1] - p[1]) };
}

/** The sides of a polygon as `[a, b]` pairs, closing side included. */
export function sidesOf(points: readonly Point[]): [Point, Point][] {
  return points.map((p, i) => [p, points[(i + 1) % points.length]]);
}

/** The nearest point to `p` on a polygon's outline. */
export function nearestOnOutline(p: Point, outline: readonly Point[]): Point {
  let best: Point = outline[0] ?? p;
  let bestDist = Infinity;
  for (const [a, b] of sidesOf(outline)) {
    const hit = nearestOnSegment(p, a, b);
    if (hit.dist < bestDist) {
      bestDist = hit.dist;
      best = hit.at;
    }
  }
  return roundPoint(best);
}

/**
 * Whether two convex polygons overlap by more than `epsilon` (pixels) along
 * every axis: touching edges do not count (separating-axis test).
 */
export function convexOverlap(a: readonly Point[], b: readonly Point[], epsilon = 1e-6): boolean {
  for (const poly of [a, b]) {
    for (const [p, q] of sidesOf(poly)) {
      const nx = q[1] - p[1];
      const ny = p[0] - q[0];
      const len = Math.hypot(nx, ny);
      if (len === 0) continue;
      const project = (points: readonly Point[]) => {
        let min = Infinity;
        let max = -Infinity;
        for (const [x, y] of points) {
          const d = (x * nx + y * ny) / len;
          min = Math.min(min, d);
          max = Math.max(max, d);
        }
        return [min, max];
      };
      const [a0, a1] = project(a);
      const [b0, b1] = project(b);
      if (a1 <= b0 + epsilon || b1 <= a0 + epsilon) return false;
    }
  }
  return true;
}

/** Whether `p` lies inside the polygon (ray casting; points on the outline may go either way). */
export function pointInPolygon(p: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
