/**
 * The row tool: N booths of W × D metres with a gap, laid along a line the
 * organizer draws (the middle of an aisle), on one side of it or both, and
 * numbered from a pattern (A01…A20). Each booth faces the line: its door is
 * the middle of its side on the aisle. The line itself can be added as an
 * aisle (`paths`), so routes reach the new booths.
 *
 * - Sides: "left" is on the left walking from `from` to `to` (above a line
 *   drawn left to right). `bothSides` puts a row on each side, `aisleWidth`
 *   metres apart, the line down the middle.
 * - `count` is booths per side (both sides: twice as many in all); left out,
 *   as many as fit along the line.
 * - Numbering: `sequence` (default) numbers the first side from `from`, then
 *   the other side from `from` again, continuing (A01–A10 | A11–A20);
 *   `odd-even` alternates (A01, A03… on the first side, A02, A04… facing
 *   them).
 * - Ids never collide: a number of the pattern already used by a booth is
 *   passed over (and listed in `skipped`), and the numbering goes on past it.
 * - A line within half a degree of horizontal or vertical is taken as exactly
 *   so, and gives `rect` booths; any other angle gives `shape` polygons turned
 *   to the line.
 */
import type { Booth, FairFeed, Path, Point } from '../../../data/types.js';
import { checkFinite, EditError, editWith, findLevel, type EditWith } from './edit.js';
import { boxOf, convexOverlap, outlineOf, round, roundPoint, type Rect } from './geometry.js';
import { boothIds, code } from './ids.js';
import { KEY_ORDER, ordered, setKey } from './keys.js';
import { levelOf, metresPerPixel } from './units.js';

export interface RowOptions {
  level: string;
  /** The line drawn, plan pixels: the middle of the aisle the booths face. */
  from: Point;
  to: Point;
  /** Booths per side; default as many as fit along the line. */
  count?: number;
  /** Metres along the line. */
  width: number;
  /** Metres away from the line. */
  depth: number;
  /** Metres between neighbouring booths (default 0). */
  gap?: number;
  /** Numbering pattern: prefix (default "A"), first number (1), step (1), digits (2). */
  prefix?: string;
  start?: number;
  step?: number;
  digits?: number;
  /** Which side of the line (walking from `from` to `to`) for a one-sided row; default left. */
  side?: 'left' | 'right';
  bothSides?: boolean;
  /** Metres between the line and… the booths on either side is half of it (default 3). */
  aisleWidth?: number;
  numbering?: 'sequence' | 'odd-even';
  /** Add the line as an aisle (default true). */
  aisle?: boolean;
}

export interface RowPlan {
  booths: Booth[];
  /** The new booths' ids, in numbering order. */
  ids: string[];
  /** Codes of the pattern passed over because a booth had them. */
  skipped: string[];
  /** The aisle along the line, when asked for. */
  aisle?: Path;
  /** Existing booths on the level the new ones overlap. */
  overlaps: string[];
}

/** Half a degree: lines this close to an axis are taken as axis-aligned. */
const AXIS_SNAP = (0.5 * Math.PI) / 180;

function direction(from: Point, to: Point): { u: Point; length: number; axis: boolean } {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const length = Math.hypot(dx, dy);
  if (!(length > 0)) throw new EditError('bad-value', 'line', 'The row line has no length.');
  const angle = Math.atan2(dy, dx);
  const quarter = Math.round(angle / (Math.PI / 2));
  if (Math.abs(angle - quarter * (Math.PI / 2)) <= AXIS_SNAP) {
    const axes: Point[] = [
      [1, 0],
      [0, 1],
      [-1, 0],
      [0, -1],
    ];
    return { u: axes[((quarter % 4) + 4) % 4], length, axis: true };
  }
  return { u: [dx / length, dy / length], length, axis: false };
}

function positive(name: string, v: number, allowZero = false): number {
  checkFinite(v);
  if (allowZero ? v < 0 : v <= 0) throw new EditError('bad-value', name, `${name} must be positive.`);
  return v;
}

/**
 * The booths (and aisle) a row would add to `feed`, without adding them: for
 * a preview, and what {@link boothRow} adds.
 */
export function planBoothRow(feed: FairFeed, options: RowOptions): RowPlan {
  findLevel(feed, options.level);
  checkFinite(options.from[0], options.from[1], options.to[0], options.to[1]);
  const scale = metresPerPixel(feed, options.level);
  const px = (m: number) => m / scale;
  const width = px(positive('width', options.width));
  const depth = px(positive('depth', options.depth));
  const gap = px(positive('gap', options.gap ?? 0, true));
  const half = px(positive('aisleWidth', options.aisleWidth ?? 3, true)) / 2;
  const { u, length, axis } = direction(options.from, options.to);
  const count = Math.floor(options.count ?? Math.max(1, Math.floor((length + gap) / (width + gap) + 1e-9)));
  if (!(count >= 1 && count <= 1000)) throw new EditError('bad-value', 'count', 'A row holds 1 to 1000 booths.');
  const left: Point = [u[1], -u[0]];
  const right: Point = [-u[1], u[0]];
  const sides = options.bothSides ? [left, right] : [options.side === 'right' ? right : left];

  // Codes: the pattern's numbers in order, those in use passed over.
  const prefix = options.prefix ?? 'A';
  const step = Math.trunc(options.step ?? 1) || 1;
  const digits = Math.max(1, Math.trunc(options.digits ?? 2));
  const taken = boothIds(feed);
  const codes: string[] = [];
  const skipped: string[] = [];
  for (let n = Math.trunc(options.start ?? 1); codes.length < count * sides.length; n += step) {
    if (n < 0) throw new EditError('bad-value', 'start', 'The numbering went below zero.');
    const c = code(prefix, n, digits);
    if (taken.has(c)) skipped.push(c);
    else codes.push(c);
  }
  // Slot order: which code goes to side s, position i.
  const codeAt = (s: number, i: number) =>
    options.numbering === 'odd-even' ? codes[i * sides.length + s] : codes[s * count + i];

  const at = (along: number, n: Point, off: number): Point => [
    options.from[0] + u[0] * along + n[0] * off,
    options.from[1] + u[1] * along + n[1] * off,
  ];
  const made: { booth: Booth; order: number }[] = [];
  sides.forEach((n, s) => {
    for (let i = 0; i < count; i++) {
      const a0 = i * (width + gap);
      const a1 = a0 + width;
      const corners = [at(a0, n, half), at(a1, n, half), at(a1, n, half + depth), at(a0, n, half + depth)];
      const geometry = axis ? { rect: boxOf(corners).map(round) as Rect } : { shape: corners.map(roundPoint) };
      const id = codeAt(s, i);
      const booth = ordered<Booth>(
        { id, label: id, level: options.level, ...geometry, door: roundPoint(at(a0 + width / 2, n, half)) },
        KEY_ORDER.booth,
      );
      made.push({ booth, order: codes.indexOf(id) });
    }
  });
  made.sort((x, y) => x.order - y.order);
  const booths = made.map((m) => m.booth);

  const overlaps = new Set<string>();
  for (const other of feed.booths) {
    if (levelOf(feed, other) !== options.level) continue;
    const outline = outlineOf(other);
    if (outline.length >= 3 && booths.some((b) => convexOverlap(outlineOf(b), outline, 0.01))) overlaps.add(other.id);
  }
  const plan: RowPlan = { booths, ids: booths.map((b) => b.id), skipped, overlaps: [...overlaps] };
  if (options.aisle ?? true) {
    const rowLength = count * (width + gap) - gap;
    const end = at(Math.max(length, rowLength), [0, 0], 0);
    plan.aisle = ordered<Path>(
      { level: options.level, points: [roundPoint(options.from), roundPoint(end)] },
      KEY_ORDER.path,
    );
  }
  return plan;
}

/** Adds a row of booths (and its aisle) as {@link planBoothRow} plans it; `result` is the plan. */
export function boothRow(options: RowOptions): EditWith<RowPlan> {
  return editWith((draft) => {
    const plan = planBoothRow(draft, options);
    draft.booths.push(...plan.booths);
    if (plan.aisle) {
      if (!draft.paths) setKey(draft, 'paths', [], KEY_ORDER.feed);
      draft.paths!.push(plan.aisle);
    }
    return plan;
  });
}
