/**
 * The aisle network of a venue, built once per feed from its `paths`: per
 * level, the aisle segments projected to metres, duplicate and collinear
 * overlapping segments merged (5,000 copies of one aisle are one aisle),
 * sorted, put in a spatial index (flatbush), and the pairs of segments that
 * may meet found through it rather than by comparing every pair. A level
 * over the limits of `routing/limits.ts` gets no pairs: it is "oversized".
 * Every walking graph (`graph.ts`) is built from this network.
 */
import Flatbush from 'flatbush';
import { distance, projectorFor, type Box, type Metric, type Projector } from './geometry.js';
import { MAX_MEETINGS, MAX_SEGMENTS } from './limits.js';
import type { FairFeed, Point } from '../types.js';
import { levelIdsOf } from '../venue.js';

/** Aisle ends this close (metres) to another aisle are joined to it: hand-drawn plans rarely meet exactly. */
export const TOUCH_TOLERANCE = 1;
/** Points this close (metres) are one: collinear aisles this far apart are one line, split points this near one node. */
export const MERGE_TOLERANCE = 0.05;

/** One aisle segment as the feed draws it, in metres and feed coordinates (shared by every build). */
export interface Aisle {
  a: Metric;
  b: Metric;
  pa: Point;
  pb: Point;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface LevelAisles {
  /** Merged segments, sorted by `minX` (the order the join visits pairs in). */
  aisles: Aisle[];
  /** Over `aisles` (ids are positions in it); undefined when the level has none. */
  index?: Flatbush;
  /** The pairs that may meet, as flat `[i, j, …]`; undefined when the level is oversized. */
  pairs?: number[];
}

/** What every graph of a feed is built from: its aisles per level, merged and indexed. */
export interface RouteNetwork {
  project: Projector;
  levels: string[];
  byLevel: Map<string, LevelAisles>;
}

export function makeAisle(pa: Point, pb: Point, a: Metric, b: Metric): Aisle {
  return {
    a,
    b,
    pa,
    pb,
    minX: Math.min(a[0], b[0]),
    minY: Math.min(a[1], b[1]),
    maxX: Math.max(a[0], b[0]),
    maxY: Math.max(a[1], b[1]),
  };
}

export function validPoint(p: unknown): p is Point {
  return Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);
}

const networks = new WeakMap<FairFeed, RouteNetwork>();

/**
 * The aisles of a feed per level: projected to metres, duplicates and
 * collinear overlaps merged, sorted, indexed, and each level's meeting pairs
 * found (or the level marked oversized). Kept for the feed object's lifetime.
 */
export function routeNetworkOf(feed: FairFeed): RouteNetwork {
  let network = networks.get(feed);
  if (network) return network;
  const project = projectorFor(feed);
  const levels = levelIdsOf(feed);
  const raw = new Map<string, Aisle[]>();
  for (const path of feed.paths ?? []) {
    const level = path.level ?? levels[0];
    const points = (path.points ?? []).filter(validPoint);
    let list = raw.get(level);
    if (!list) raw.set(level, (list = []));
    for (let i = 1; i < points.length; i++) {
      const a = project(points[i - 1], level);
      const b = project(points[i], level);
      if (distance(a, b) > 0) list.push(makeAisle(points[i - 1], points[i], a, b));
    }
  }
  const byLevel = new Map<string, LevelAisles>();
  for (const [level, list] of raw) {
    // Sorting by minX (stable) fixes the order pairs are joined in, as the all-pairs loop once did.
    const aisles = mergeCollinear(list).sort((s, t) => s.minX - t.minX);
    const entry: LevelAisles = { aisles };
    if (aisles.length) {
      const index = new Flatbush(aisles.length);
      for (const s of aisles) index.add(s.minX, s.minY, s.maxX, s.maxY);
      index.finish();
      entry.index = index;
      if (aisles.length <= MAX_SEGMENTS) entry.pairs = meetingPairs(aisles, index, undefined);
    }
    byLevel.set(level, entry);
  }
  networks.set(feed, (network = { project, levels, byLevel }));
  return network;
}

/**
 * The pairs of `aisles` (all, or those at `ids`, ascending) whose bounds come
 * within TOUCH_TOLERANCE, as flat `[i, j, …]` positions in that list with
 * i < j, in the order the all-pairs loop visited them; undefined past
 * MAX_MEETINGS pairs. Found through the index: about (n + pairs) · log n.
 */
export function meetingPairs(
  aisles: readonly Aisle[],
  index: Flatbush,
  ids: readonly number[] | undefined,
  clip?: Box,
): number[] | undefined {
  const tol = TOUCH_TOLERANCE;
  // Within a box only meetings inside it matter: each search is clipped to it (long aisles then find few others).
  const [x0, y0, x1, y1] = clip ?? [-Infinity, -Infinity, Infinity, Infinity];
  let local: Int32Array | undefined;
  if (ids) {
    local = new Int32Array(aisles.length).fill(-1);
    ids.forEach((id, k) => (local![id] = k));
  }
  const out: number[] = [];
  const n = ids ? ids.length : aisles.length;
  for (let k = 0; k < n; k++) {
    const id = ids ? ids[k] : k;
    const s = aisles[id];
    const found = index.search(
      Math.max(x0, s.minX - tol),
      Math.max(y0, s.minY - tol),
      Math.min(x1, s.maxX + tol),
      Math.min(y1, s.maxY + tol),
      (j) => j > id && (!local || local[j] >= 0),
    );
    if (out.length / 2 + found.length > MAX_MEETINGS) return undefined;
    found.sort((x, y) => x - y);
    for (const j of found) out.push(k, local ? local[j] : j);
  }
  return out;
}

/**
 * Merges segments that lie on one line and overlap (duplicates included) into
 * one. Segments that merge with nothing keep their place and direction; a
 * merged one takes the place of its first part.
 */
function mergeCollinear(aisles: Aisle[]): Aisle[] {
  type End = { m: Metric; at: Point };
  type Part = { s0: number; s1: number; order: number; aisle: Aisle; low: End; high: End };
  const lines = new Map<string, Part[]>();
  aisles.forEach((aisle, order) => {
    let low: End = { m: aisle.a, at: aisle.pa };
    let high: End = { m: aisle.b, at: aisle.pb };
    if (high.m[0] < low.m[0] || (high.m[0] === low.m[0] && high.m[1] < low.m[1])) [low, high] = [high, low];
    const len = distance(low.m, high.m);
    const ux = (high.m[0] - low.m[0]) / len;
    const uy = (high.m[1] - low.m[1]) / len;
    // The line: its direction (to a millionth of a radian) and its offset from the origin (to MERGE_TOLERANCE).
    const key = `${Math.round(Math.atan2(uy, ux) * 1e6)},${Math.round((ux * low.m[1] - uy * low.m[0]) / MERGE_TOLERANCE)}`;
    const s0 = ux * low.m[0] + uy * low.m[1];
    const part: Part = { s0, s1: s0 + len, order, aisle, low, high };
    const line = lines.get(key);
    if (line) line.push(part);
    else lines.set(key, [part]);
  });
  if (lines.size === aisles.length) return aisles;
  const out: { order: number; aisle: Aisle }[] = [];
  for (const line of lines.values()) {
    line.sort((p, q) => p.s0 - q.s0);
    let run: Part[] = [];
    let reach = -Infinity;
    const flush = () => {
      if (run.length === 1) out.push(run[0]);
      else if (run.length > 1) {
        // From the low end of the run's first part to the furthest high end of any part.
        const last = run.reduce((p, q) => (q.s1 > p.s1 ? q : p));
        const { low } = run[0];
        const { high } = last;
        out.push({
          order: run.reduce((o, r) => Math.min(o, r.order), Infinity),
          aisle: makeAisle(low.at, high.at, low.m, high.m),
        });
      }
    };
    for (const part of line) {
      // Overlapping by more than a hair joins the run; ends that only touch stay two segments, as drawn.
      if (part.s0 < reach - 1e-9) run.push(part);
      else {
        flush();
        run = [part];
      }
      reach = Math.max(reach, part.s1);
    }
    flush();
  }
  return out.sort((p, q) => p.order - q.order).map((e) => e.aisle);
}
