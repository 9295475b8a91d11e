/**
 * The walking graph of a venue, built once per feed from its `paths`: aisle
 * polylines split where they cross or touch, stairs/elevators/escalators
 * snapped onto the nearest aisle and joined across levels by their shared
 * `connects` value. Plain data, no DOM: see `routing.ts` for the queries.
 *
 * The graphs are built from the feed's aisle network (`network.ts`: the
 * aisles merged, indexed, and the pairs that may meet). A level over the
 * limits of `routing/limits.ts` is "oversized": it is left out of the
 * whole-feed graph, and routes there use a graph of the part near their ends
 * ({@link windowGraph}), within the same limits.
 */
import {
  distance,
  grow,
  lerp,
  projectOnSegment,
  segmentIntersection,
  type Box,
  type Metric,
  type Projector,
} from './geometry.js';
import { MAX_SEGMENTS } from './limits.js';
import { MERGE_TOLERANCE, meetingPairs, routeNetworkOf, TOUCH_TOLERANCE, validPoint, type Aisle } from './network.js';
import type { FairFeed, PlaceKind, Point } from '../types.js';
import { levelIdsOf } from '../venue.js';

export type ConnectorKind = Extract<PlaceKind, 'stairs' | 'elevator' | 'escalator'>;
const CONNECTOR_KINDS: readonly string[] = ['stairs', 'elevator', 'escalator'];

/**
 * What a change of level costs, in metres of walking it is worth: climbing a
 * floor of stairs is slow, an elevator means waiting. Multiplied by the
 * number of levels crossed.
 */
export const LEVEL_CHANGE_COST: Record<ConnectorKind, number> = { stairs: 15, escalator: 12, elevator: 25 };

export interface GraphNode {
  level: string;
  /** Position in metres (y down). */
  m: Metric;
  /** Position in feed coordinates (plan pixels or lat/lng). */
  at: Point;
  /** Set on the nodes that stand for a place (stairs, elevators…). */
  placeId?: string;
}

export interface GraphEdge {
  a: number;
  b: number;
  /** Walking length in metres (0 for a change of level). */
  metres: number;
  /** Search cost; equals `metres` except on a change of level. */
  cost: number;
  /** `aisle` edges are where a visitor can join the graph; `link` joins a place to its aisle. */
  kind: 'aisle' | 'link' | ConnectorKind;
}

export interface RouteGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Node index → ids of the edges that touch it. */
  adjacency: number[][];
  /** Level id → ids of its aisle edges (for snapping a booth or place onto the nearest aisle). */
  aisleEdges: Map<string, number[]>;
  project: Projector;
  /** Level ids in the feed's order (lowest first). */
  levels: string[];
  /** Levels whose aisle network is over the limits (`routing/limits.ts`): their aisles are not in this graph. */
  oversized: string[];
}

/** Which part of a level a graph holds: all of it (unless oversized), or the aisles and places near a box. */
export type LevelPart = 'whole' | Box;

interface Split {
  t: number;
  m: Metric;
  at: Point;
  node?: number;
}

interface Segment extends Aisle {
  splits: Split[];
}

/** Level ids in feed order; a geo map without levels has one unnamed level, `''`. */
export { levelIdsOf };

function makeSegment(aisle: Aisle): Segment {
  return {
    ...aisle,
    splits: [
      { t: 0, m: aisle.a, at: aisle.pa },
      { t: 1, m: aisle.b, at: aisle.pb },
    ],
  };
}

function splitAt(segment: Segment, t: number): Split {
  const split: Split = { t, m: lerp(segment.a, segment.b, t), at: lerp(segment.pa, segment.pb, t) };
  segment.splits.push(split);
  return split;
}

/**
 * Builds the walking graph of a feed (cache the result: `routeGraphOf` in
 * `routing.ts`). Work is about linear in segments plus the pairs that meet;
 * oversized levels are left out (see {@link RouteGraph.oversized}).
 */
export function buildRouteGraph(feed: FairFeed): RouteGraph {
  return windowGraph(feed, () => 'whole')!;
}

/**
 * A walking graph of part of a feed: for each level, `part(level)` says
 * whether it holds the whole level (an oversized one without its aisles),
 * the aisles whose bounds meet a box (joined where they meet inside it) and
 * the places inside it, or nothing (undefined). Every walk it holds is a walk
 * of the whole feed. Undefined when a box holds more than the limits allow.
 */
export function windowGraph(feed: FairFeed, part: (level: string) => LevelPart | undefined): RouteGraph | undefined {
  const network = routeNetworkOf(feed);
  const { project, levels } = network;
  const defaultLevel = levels[0];
  const segmentsByLevel = new Map<string, Segment[]>();
  const oversized: string[] = [];
  const links: [Split, Split, GraphEdge['kind']][] = [];
  for (const [level, { aisles, index, pairs }] of network.byLevel) {
    const which = part(level);
    if (!which) continue;
    if (which === 'whole') {
      if (aisles.length && !pairs) {
        oversized.push(level);
        segmentsByLevel.set(level, []);
        continue;
      }
      const segments = aisles.map(makeSegment);
      segmentsByLevel.set(level, segments);
      // Pairs of splits that must be joined by a short link (an aisle end that stops near another aisle).
      joinCrossingsAndTouches(segments, pairs ?? [], links);
      continue;
    }
    const ids = index ? index.search(...which).sort((x, y) => x - y) : [];
    if (ids.length > MAX_SEGMENTS) return undefined;
    const somePairs = index && meetingPairs(aisles, index, ids, grow(which, TOUCH_TOLERANCE));
    if (!somePairs) return undefined;
    const segments = ids.map((id) => makeSegment(aisles[id]));
    segmentsByLevel.set(level, segments);
    joinCrossingsAndTouches(segments, somePairs, links);
  }
  const inPart = (level: string, m: Metric) => {
    const which = part(level);
    return (
      which === 'whole' || (!!which && m[0] >= which[0] && m[1] >= which[1] && m[0] <= which[2] && m[1] <= which[3])
    );
  };

  const nodes: GraphNode[] = [];
  const connectorNodes = new Map<string, { node: number; kind: ConnectorKind; level: string }[]>();
  const placeSplits: { split: Split; place: Split; kind: ConnectorKind; connects: string; level: string }[] = [];
  for (const place of feed.places ?? []) {
    if (!CONNECTOR_KINDS.includes(place.kind) || !place.connects || !validPoint(place.at)) continue;
    const level = place.level ?? defaultLevel;
    const m = project(place.at, level);
    if (!inPart(level, m)) continue;
    const nearest = nearestSegment(segmentsByLevel.get(level) ?? [], m);
    const placeSplit: Split = { t: 0, m, at: place.at };
    if (nearest) {
      const onAisle = splitAt(nearest.segment, nearest.t);
      links.push([onAisle, placeSplit, 'link']);
    }
    placeSplits.push({
      split: placeSplit,
      place: placeSplit,
      kind: place.kind as ConnectorKind,
      connects: place.connects,
      level,
    });
    placeSplit.node = nodes.push({ level, m, at: place.at, placeId: place.id }) - 1;
  }

  // Nodes: every split point, merged with any other within MERGE_TOLERANCE (a grid keeps this linear).
  // Cells are hashed to a number: cells that share a hash share a bucket, and the distance test tells them apart.
  const cellKey = (cx: number, cy: number) => Math.imul(cx, 73856093) ^ Math.imul(cy, 19349663);
  for (const [level, segments] of segmentsByLevel) {
    const grid = new Map<number, number[]>();
    const cell = (v: number) => Math.floor(v / MERGE_TOLERANCE);
    for (const segment of segments) {
      for (const split of segment.splits) {
        const cx = cell(split.m[0]);
        const cy = cell(split.m[1]);
        let found: number | undefined;
        for (let dx = -1; dx <= 1 && found === undefined; dx++) {
          for (let dy = -1; dy <= 1 && found === undefined; dy++) {
            const bucket = grid.get(cellKey(cx + dx, cy + dy));
            if (!bucket) continue;
            for (const n of bucket) {
              if (distance(nodes[n].m, split.m) <= MERGE_TOLERANCE) {
                found = n;
                break;
              }
            }
          }
        }
        if (found === undefined) {
          found = nodes.push({ level, m: split.m, at: split.at }) - 1;
          const key = cellKey(cx, cy);
          const bucket = grid.get(key);
          if (bucket) bucket.push(found);
          else grid.set(key, [found]);
        }
        split.node = found;
      }
    }
  }

  const edges: GraphEdge[] = [];
  const adjacency: number[][] = nodes.map(() => []);
  const aisleEdges = new Map<string, number[]>();
  const addEdge = (a: number, b: number, kind: GraphEdge['kind'], metres: number, cost = metres) => {
    if (a === b) return;
    const id = edges.push({ a, b, metres, cost, kind }) - 1;
    adjacency[a].push(id);
    adjacency[b].push(id);
    if (kind === 'aisle') {
      const level = nodes[a].level;
      const list = aisleEdges.get(level);
      if (list) list.push(id);
      else aisleEdges.set(level, [id]);
    }
  };
  for (const segments of segmentsByLevel.values()) {
    for (const segment of segments) {
      segment.splits.sort((x, y) => x.t - y.t);
      for (let i = 1; i < segment.splits.length; i++) {
        const a = segment.splits[i - 1].node!;
        const b = segment.splits[i].node!;
        addEdge(a, b, 'aisle', distance(nodes[a].m, nodes[b].m));
      }
    }
  }
  for (const [x, y, kind] of links) addEdge(x.node!, y.node!, kind, distance(nodes[x.node!].m, nodes[y.node!].m));

  for (const { place, kind, connects, level } of placeSplits) {
    const list = connectorNodes.get(connects);
    const entry = { node: place.node!, kind, level };
    if (list) list.push(entry);
    else connectorNodes.set(connects, [entry]);
  }
  for (const group of connectorNodes.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const x = group[i];
        const y = group[j];
        if (x.level === y.level) continue;
        const floors = Math.max(1, Math.abs(levels.indexOf(x.level) - levels.indexOf(y.level)));
        // A stair core and an elevator may share a `connects` value: the slower kind decides.
        const kind = x.kind === y.kind ? x.kind : x.kind === 'stairs' || y.kind === 'stairs' ? 'stairs' : 'escalator';
        addEdge(x.node, y.node, kind, 0, LEVEL_CHANGE_COST[kind] * floors);
      }
    }
  }
  return { nodes, edges, adjacency, aisleEdges, project, levels, oversized };
}

/** Splits the given pairs of segments where they cross, and links aisle ends that stop near another aisle. */
function joinCrossingsAndTouches(
  segments: Segment[],
  pairs: readonly number[],
  links: [Split, Split, GraphEdge['kind']][],
): void {
  const tol = TOUCH_TOLERANCE;
  for (let p = 0; p < pairs.length; p += 2) {
    const s = segments[pairs[p]];
    const o = segments[pairs[p + 1]];
    const cross = segmentIntersection(s.a, s.b, o.a, o.b);
    if (cross) {
      // Crossing at an existing end needs no new split: the node merge joins them.
      if (cross.t > 0 && cross.t < 1) splitAt(s, cross.t);
      if (cross.u > 0 && cross.u < 1) splitAt(o, cross.u);
      if ((cross.t === 0 || cross.t === 1) && cross.u > 0 && cross.u < 1)
        links.push([s.splits[cross.t === 0 ? 0 : 1], o.splits[o.splits.length - 1], 'aisle']);
      else if ((cross.u === 0 || cross.u === 1) && cross.t > 0 && cross.t < 1)
        links.push([o.splits[cross.u === 0 ? 0 : 1], s.splits[s.splits.length - 1], 'aisle']);
      continue;
    }
    touchEnds(s, o, tol, links);
    touchEnds(o, s, tol, links);
  }
}

/** Links the ends of `s` that stop within `tol` of segment `o`. */
function touchEnds(s: Segment, o: Segment, tol: number, links: [Split, Split, GraphEdge['kind']][]): void {
  for (const end of [s.splits[0], s.splits[1]]) {
    const p = projectOnSegment(end.m, o.a, o.b);
    if (p.dist > tol) continue;
    const target = p.t <= 0 ? o.splits[0] : p.t >= 1 ? o.splits[1] : splitAt(o, p.t);
    links.push([end, target, 'aisle']);
  }
}

function nearestSegment(segments: readonly Segment[], m: Metric): { segment: Segment; t: number } | undefined {
  let best: { segment: Segment; t: number } | undefined;
  let bestDist = Infinity;
  for (const segment of segments) {
    const p = projectOnSegment(m, segment.a, segment.b);
    if (p.dist < bestDist) {
      bestDist = p.dist;
      best = { segment, t: p.t };
    }
  }
  return best;
}
