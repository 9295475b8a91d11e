/**
 * Rectangles in the map container's pixels, as the booth labels and the
 * place badges are laid out with them: one definition of "overlaps" and
 * "inside the map" for both layouts.
 */

/** A rectangle in the map container's pixels. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Whether `a` and `b` overlap, or come closer than `gapX` across or `gapY` down (default: `gapX`). */
export function overlaps(a: Box, b: Box, gapX = 0, gapY = gapX): boolean {
  return a.x0 < b.x1 + gapX && b.x0 < a.x1 + gapX && a.y0 < b.y1 + gapY && b.y0 < a.y1 + gapY;
}

/** Whether `box` lies wholly inside a map of `width` × `height`. */
export function inside(box: Box, width: number, height: number): boolean {
  return box.x0 >= 0 && box.y0 >= 0 && box.x1 <= width && box.y1 <= height;
}

/** The square of half-size `r` around a point. */
export function around(p: { x: number; y: number }, r: number): Box {
  return { x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r };
}

/** `box` grown by `by` on every side. */
export function grow(box: Box, by: number): Box {
  return { x0: box.x0 - by, y0: box.y0 - by, x1: box.x1 + by, y1: box.y1 + by };
}
