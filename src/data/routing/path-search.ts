/**
 * Shortest walking path on a {@link RouteGraph}: the start and the end are
 * snapped onto their nearest aisle (as two temporary nodes), then Dijkstra
 * with a binary heap. Graphs of a few thousand nodes answer in well under a
 * millisecond, so A* would buy nothing and cost a heuristic that must stay
 * admissible across level changes.
 */
import type { GraphEdge, RouteGraph } from './graph.js';
import { distance, lerp, projectOnSegment, type Metric } from './geometry.js';
import type { Point } from '../types.js';

import type { RouteEnd } from '../venue.js';

export type { RouteEnd };

/** One point of a found path, in feed and metric coordinates. */
export interface PathPoint {
  level: string;
  at: Point;
  m: Metric;
  /** The place (stairs, elevator…) this point is, when it is one. */
  placeId?: string;
  /** How the path left this point when it changed level. */
  via?: GraphEdge['kind'];
}

export interface PathResult {
  points: PathPoint[];
  /** Walking length in metres. */
  metres: number;
  /** Search cost (metres plus level-change penalties). */
  cost: number;
}

interface Snap {
  edge: number;
  t: number;
  /** The snapped point on the aisle. */
  m: Metric;
  at: Point;
  /** From the end itself to the aisle. */
  offset: number;
}

/** The nearest point on an aisle of `end.level`, or undefined when the level has no aisles. */
export function snapToAisle(graph: RouteGraph, end: RouteEnd): Snap | undefined {
  const m = graph.project(end.at, end.level);
  let best: Snap | undefined;
  for (const id of graph.aisleEdges.get(end.level) ?? []) {
    const e = graph.edges[id];
    const a = graph.nodes[e.a];
    const b = graph.nodes[e.b];
    const p = projectOnSegment(m, a.m, b.m);
    if (!best || p.dist < best.offset)
      best = { edge: id, t: p.t, m: lerp(a.m, b.m, p.t), at: lerp(a.at, b.at, p.t), offset: p.dist };
  }
  return best;
}

/** A min-heap of (node, priority) pairs; stale entries are skipped by the caller. */
export class MinHeap {
  private readonly nodes: number[] = [];
  private readonly keys: number[] = [];
  get size(): number {
    return this.nodes.length;
  }
  push(node: number, key: number): void {
    const { nodes, keys } = this;
    let i = nodes.length;
    nodes.push(node);
    keys.push(key);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent] <= key) break;
      nodes[i] = nodes[parent];
      keys[i] = keys[parent];
      i = parent;
    }
    nodes[i] = node;
    keys[i] = key;
  }
  pop(): [number, number] {
    const { nodes, keys } = this;
    const top: [number, number] = [nodes[0], keys[0]];
    const lastNode = nodes.pop()!;
    const lastKey = keys.pop()!;
    const n = nodes.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && keys[child + 1] < keys[child]) child++;
        if (keys[child] >= lastKey) break;
        nodes[i] = nodes[child];
        keys[i] = keys[child];
        i = child;
      }
      nodes[i] = lastNode;
      keys[i] = lastKey;
    }
    return top;
  }
}

/**
 * The cheapest walk from `from` to `to`, or undefined when either level has
 * no aisles or the aisles do not connect them. `avoidStairs` leaves out stairs
 * and escalators (elevators only).
 */
export function shortestPath(
  graph: RouteGraph,
  from: RouteEnd,
  to: RouteEnd,
  options: { avoidStairs?: boolean } = {},
): PathResult | undefined {
  const start = snapToAisle(graph, from);
  const end = snapToAisle(graph, to);
  if (!start || !end) return undefined;
  const { nodes, edges, adjacency } = graph;
  const n = nodes.length;
  const S = n;
  const T = n + 1;
  const startEdge = edges[start.edge];
  const endEdge = edges[end.edge];
  // Temporary arcs: S onto both ends of its aisle edge, both ends of the target's edge onto T.
  const extra = new Map<number, [number, number][]>();
  const arc = (u: number, v: number, w: number) => {
    const list = extra.get(u);
    if (list) list.push([v, w]);
    else extra.set(u, [[v, w]]);
  };
  arc(S, startEdge.a, start.offset + start.t * startEdge.metres);
  arc(S, startEdge.b, start.offset + (1 - start.t) * startEdge.metres);
  arc(endEdge.a, T, end.offset + end.t * endEdge.metres);
  arc(endEdge.b, T, end.offset + (1 - end.t) * endEdge.metres);
  if (start.edge === end.edge) arc(S, T, start.offset + end.offset + Math.abs(start.t - end.t) * startEdge.metres);

  const dist = new Float64Array(n + 2).fill(Infinity);
  const prev = new Int32Array(n + 2).fill(-1);
  const prevEdge = new Int32Array(n + 2).fill(-1);
  const done = new Uint8Array(n + 2);
  dist[S] = 0;
  const heap = new MinHeap();
  heap.push(S, 0);
  while (heap.size) {
    const [u, d] = heap.pop();
    if (done[u]) continue;
    done[u] = 1;
    if (u === T) break;
    if (u < n) {
      for (const id of adjacency[u]) {
        const e = edges[id];
        if (options.avoidStairs && (e.kind === 'stairs' || e.kind === 'escalator')) continue;
        const v = e.a === u ? e.b : e.a;
        const nd = d + e.cost;
        if (nd < dist[v]) {
          dist[v] = nd;
          prev[v] = u;
          prevEdge[v] = id;
          heap.push(v, nd);
        }
      }
    }
    for (const [v, w] of extra.get(u) ?? []) {
      const nd = d + w;
      if (nd < dist[v]) {
        dist[v] = nd;
        prev[v] = u;
        prevEdge[v] = -1;
        heap.push(v, nd);
      }
    }
  }
  if (!Number.isFinite(dist[T])) return undefined;

  const chain: number[] = [];
  for (let v = T; v !== -1; v = prev[v]) chain.push(v);
  chain.reverse();
  const points: PathPoint[] = [];
  const fromM = graph.project(from.at, from.level);
  const toM = graph.project(to.at, to.level);
  points.push({ level: from.level, at: from.at, m: fromM });
  if (start.offset > 0) points.push({ level: from.level, at: start.at, m: start.m });
  for (let i = 1; i < chain.length - 1; i++) {
    const node = nodes[chain[i]];
    const edgeId = prevEdge[chain[i + 1]];
    const via = edgeId >= 0 ? edges[edgeId].kind : undefined;
    points.push({
      level: node.level,
      at: node.at,
      m: node.m,
      placeId: node.placeId,
      via: via && via !== 'aisle' && via !== 'link' ? via : undefined,
    });
  }
  if (end.offset > 0) points.push({ level: to.level, at: end.at, m: end.m });
  points.push({ level: to.level, at: to.at, m: toM });

  let metres = 0;
  for (let i = 1; i < points.length; i++) {
    if (points[i].level === points[i - 1].level) metres += distance(points[i - 1].m, points[i].m);
  }
  return { points: dedupe(points), metres, cost: dist[T] };
}

function dedupe(points: PathPoint[]): PathPoint[] {
  const out: PathPoint[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.level === p.level && distance(last.m, p.m) < 1e-6) {
      last.placeId ??= p.placeId;
      last.via ??= p.via;
      continue;
    }
    out.push({ ...p });
  }
  return out;
}
