/**
 * How large a level's walking network may be before the route engine stops
 * building it whole, and the validator's cheap count of it (the validator is
 * in every page, so this file stays tiny and imports nothing).
 *
 * A real hall has a few hundred path segments meeting in a few hundred
 * places (the national sample fair: 243 segments, 358 pairs that may meet;
 * the limits are about 80 and 140 times that). Past either limit a level
 * is "oversized": the validator warns, and the route engine works out each
 * route near its two ends only (see `routing.ts`), so a feed of 2,000 × 2,000
 * crossing aisles (4 million crossings) cannot freeze the page.
 */
import type { Path } from '../types.js';

/** Segments (between two consecutive path points) on one level: the route engine counts them after merging copies, the validator as written. */
export const MAX_SEGMENTS = 20_000;
/** Pairs of segments on one level that may cross or touch: their bounding boxes overlap (for the route engine: come within 1 m). */
export const MAX_MEETINGS = 50_000;

/** A level over a limit, and its segment count. */
export interface OversizedLevel {
  level: string;
  segments: number;
}

/**
 * The levels whose paths, as written, make an oversized network: every
 * segment counts (copies too: the route engine merges them, the validator
 * does not), and meetings are pairs whose bounding boxes overlap (an upper
 * bound on crossings), found by a sweep that stops past the limit. The count
 * costs at most about 20 × MAX_MEETINGS comparisons (so a ladder of over
 * ~1,400 rungs side by side over the same x range counts as oversized too).
 */
export function oversizedPathLevels(paths: readonly Path[], defaultLevel = ''): OversizedLevel[] {
  const byLevel = new Map<string, number[][]>();
  for (const { level = defaultLevel, points } of paths) {
    let boxes = byLevel.get(level);
    if (!boxes) byLevel.set(level, (boxes = []));
    for (let i = 1; i < points.length; i++) {
      const [x0, y0] = points[i - 1];
      const [x1, y1] = points[i];
      boxes.push([Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)]);
    }
  }
  const out: OversizedLevel[] = [];
  for (const [level, boxes] of byLevel) {
    let meetings = 0;
    if (boxes.length <= MAX_SEGMENTS) {
      boxes.sort((p, q) => p[0] - q[0]);
      let compared = 0;
      for (let i = 0; i < boxes.length && meetings <= MAX_MEETINGS; i++) {
        const s = boxes[i];
        for (let j = i + 1; j < boxes.length && boxes[j][0] <= s[2] && meetings <= MAX_MEETINGS; j++) {
          meetings += ++compared > 20 * MAX_MEETINGS ? MAX_MEETINGS : +(boxes[j][1] <= s[3] && boxes[j][3] >= s[1]);
        }
      }
    }
    if (boxes.length > MAX_SEGMENTS || meetings > MAX_MEETINGS) out.push({ level, segments: boxes.length });
  }
  return out;
}
