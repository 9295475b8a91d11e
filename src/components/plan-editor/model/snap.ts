/**
 * Snapping while dragging, for the map to call on every move: to a grid, and
 * to the booths nearby (a corner onto a corner, an edge in line with an edge,
 * a corner onto a side). Pure: it says how far to shift, the map shifts.
 */
import type { FairFeed, Point } from '../../../data/types.js';
import { boxOf, nearestOnSegment, outlineOf, sidesOf, type Geometry } from './geometry.js';
import { levelOf } from './units.js';

/** `point` on the nearest crossing of a `gridPx` grid (unchanged when gridPx is not positive). */
export function snapToGrid(point: Point, gridPx: number): Point {
  if (!(gridPx > 0)) return [point[0], point[1]];
  const snap = (v: number) => {
    const r = Math.round(v / gridPx) * gridPx;
    return Math.round(r * 100) / 100 || 0;
  };
  return [snap(point[0]), snap(point[1])];
}

export interface NeighbourSnap {
  /** The shift to apply, plan pixels ((0, 0) when nothing is near). */
  dx: number;
  dy: number;
  /** The booths snapped to. */
  to: string[];
  /** What snapped: a corner onto a corner, edges in line (x, y or both), or a corner onto a side. */
  kind: 'none' | 'corner' | 'edge' | 'side';
}

export interface SnapOptions {
  /** A booth to leave out (the one being dragged). */
  exclude?: string;
  /**
   * How far (plan pixels) a booth may be and still count as a neighbour whose
   * edges to line up with (default four times the tolerance: across a gap or an
   * aisle's width at most).
   */
  reachPx?: number;
}

/**
 * How far to shift a booth outline (a rect, a shape or its points) so it
 * meets a neighbouring booth on `level` within `tolerancePx`: a corner onto a
 * corner first; else each axis on its own, a vertical or horizontal edge in
 * line with a neighbour's; else a corner onto a neighbour's side.
 */
export function snapToNeighbours(
  item: Geometry | readonly Point[],
  feed: FairFeed,
  level: string,
  tolerancePx: number,
  options: SnapOptions = {},
): NeighbourSnap {
  const points = Array.isArray(item) ? (item as Point[]) : outlineOf(item as Geometry);
  const none: NeighbourSnap = { dx: 0, dy: 0, to: [], kind: 'none' };
  if (points.length === 0 || !(tolerancePx > 0)) return none;
  const [bx, by, bw, bh] = boxOf(points);
  const reach = Math.max(tolerancePx, options.reachPx ?? tolerancePx * 4);
  const near = feed.booths.filter((b) => {
    if (b.id === options.exclude || levelOf(feed, b) !== level) return false;
    const [x, y, w, h] = boxOf(outlineOf(b));
    return x <= bx + bw + reach && x + w >= bx - reach && y <= by + bh + reach && y + h >= by - reach;
  });
  if (!near.length) return none;
  const outlines = near.map((b) => ({ id: b.id, outline: outlineOf(b) }));

  // A corner onto a corner.
  let best: { d: number; dx: number; dy: number; id: string } | undefined;
  for (const { id, outline } of outlines)
    for (const p of points)
      for (const q of outline) {
        const d = Math.hypot(q[0] - p[0], q[1] - p[1]);
        if (d <= tolerancePx && (!best || d < best.d)) best = { d, dx: q[0] - p[0], dy: q[1] - p[1], id };
      }
  if (best) return { dx: best.dx, dy: best.dy, to: [best.id], kind: 'corner' };

  // Edges in line: each axis on its own, from the vertices' coordinates.
  const axis = (k: 0 | 1) => {
    let found: { d: number; shift: number; id: string } | undefined;
    for (const { id, outline } of outlines)
      for (const p of points)
        for (const q of outline) {
          const d = Math.abs(q[k] - p[k]);
          if (d <= tolerancePx && (!found || d < found.d)) found = { d, shift: q[k] - p[k], id };
        }
    return found;
  };
  const x = axis(0);
  const y = axis(1);
  if (x || y)
    return {
      dx: x?.shift ?? 0,
      dy: y?.shift ?? 0,
      to: [...new Set([x?.id, y?.id].filter((s) => s !== undefined))],
      kind: 'edge',
    };

  // A corner onto a side (rotated neighbours).
  let side: { d: number; dx: number; dy: number; id: string } | undefined;
  for (const { id, outline } of outlines)
    for (const [a, b] of sidesOf(outline))
      for (const p of points) {
        const hit = nearestOnSegment(p, a, b);
        if (hit.dist <= tolerancePx && (!side || hit.dist < side.d))
          side = { d: hit.dist, dx: hit.at[0] - p[0], dy: hit.at[1] - p[1], id };
      }
  return side ? { dx: side.dx, dy: side.dy, to: [side.id], kind: 'side' } : none;
}
