/**
 * Which aisles can be walked to from one place: a single search over a
 * {@link RouteGraph} from a start, reaching every node at once, so a report
 * over hundreds of booths ("which booths cannot be reached from this kiosk?")
 * costs one search, not one per booth. Answers the same question as
 * `shortestPath` (`findRoute` not `straight`) on the graph's levels: an end
 * is reached when the aisle it snaps onto is. Plain code, no DOM.
 */
import type { RouteGraph } from './graph.js';
import { snapToAisle, type RouteEnd } from './path-search.js';

/** The nodes reachable from a start, and how far the start is from its aisle. */
export interface Reach {
  /** 1 for each node that can be walked to. */
  reached: Uint8Array;
  /** Metres from the start to the aisle it joins (Infinity when its level has no aisles). */
  offset: number;
}

/**
 * Every node reachable on foot from `from` (snapped onto its nearest aisle);
 * with `avoidStairs`, without stairs or escalators.
 */
export function reachFrom(graph: RouteGraph, from: RouteEnd, options: { avoidStairs?: boolean } = {}): Reach {
  const reached = new Uint8Array(graph.nodes.length);
  const start = snapToAisle(graph, from);
  if (!start) return { reached, offset: Infinity };
  const edge = graph.edges[start.edge];
  const stack = [edge.a, edge.b];
  reached[edge.a] = reached[edge.b] = 1;
  while (stack.length) {
    const u = stack.pop()!;
    for (const id of graph.adjacency[u]) {
      const e = graph.edges[id];
      if (options.avoidStairs && (e.kind === 'stairs' || e.kind === 'escalator')) continue;
      const v = e.a === u ? e.b : e.a;
      if (!reached[v]) {
        reached[v] = 1;
        stack.push(v);
      }
    }
  }
  return { reached, offset: start.offset };
}

/** Where an end joins the aisles: the aisle edge's nodes and the distance in metres; undefined with no aisles on its level. */
export interface Landing {
  a: number;
  b: number;
  offset: number;
}

export function landingOf(graph: RouteGraph, end: RouteEnd): Landing | undefined {
  const snap = snapToAisle(graph, end);
  if (!snap) return undefined;
  const edge = graph.edges[snap.edge];
  return { a: edge.a, b: edge.b, offset: snap.offset };
}

/** Whether an end that lands at `landing` is reached in `reach`. */
export function landsIn(reach: Reach, landing: Landing | undefined): boolean {
  return !!landing && (reach.reached[landing.a] === 1 || reach.reached[landing.b] === 1);
}
