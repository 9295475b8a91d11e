/**
 * Walks through several booths ("Visit my list"): {@link planVisitOn} puts up
 * to {@link MAX_VISIT_STOPS} booths in a short walking order from a start,
 * {@link visitRouteOn} walks through booths in the order given. Both are
 * reached through `routing.ts` (`planVisit`, `visitRoute`), which hands them
 * the feed's walking graph and its `findRoute`.
 *
 * The order is found over real walking costs between every pair of stops
 * (metres, plus what a change of level costs, as `findRoute` weighs them):
 * one search over the walking graph per stop gives a row of the table. Up to
 * {@link EXACT_STOPS} stops the order is the best there is (every order is
 * weighed, by dynamic programming); past that, nearest neighbour from the
 * start, then 2-opt and moves of one to three stops, until neither shortens
 * the walk. On a level whose aisles are too many to hold whole
 * (`routing/limits.ts`) and where a feed has no walking paths at all, the
 * table holds straight-line distances instead.
 */
import { distance } from './geometry.js';
import type { RouteGraph } from './graph.js';
import { MinHeap, snapToAisle } from './path-search.js';
import type { Route, RouteLeg, RouteOptions } from './routing.js';
import type { RouteStep } from './steps.js';
import { boothEnd, placeEnd, type RouteEnd } from '../venue.js';
import type { FairFeed } from '../types.js';

/** The most booths one visit is planned through: past these, the first ones are kept and the rest left out. */
export const MAX_VISIT_STOPS = 30;
/** Up to this many stops the order is the shortest of all (past it, the heuristics of the module comment). */
export const EXACT_STOPS = 9;

/** A walk through booths in a good order ({@link planVisitOn}). */
export interface VisitPlan {
  /** The booth ids in walking order (the reachable ones among the first {@link MAX_VISIT_STOPS} asked for). */
  order: string[];
  /** The route from the start to the first booth, then from each booth to the next, as `findRoute` gives them. */
  legs: Route[];
  /** Walking distance of the whole walk, metres. */
  metres: number;
  /** Walking time of the whole walk, seconds (level changes included). */
  seconds: number;
  /**
   * Booths left out of the walk: unknown ids, booths without usable geometry, booths the aisles do not
   * reach from the start, and with `avoidStairs` those reached only by stairs or escalators.
   */
  unreachable: string[];
  /** True when `avoidStairs` left out booths that can be reached, but only by stairs or escalators. */
  stepFreeUnavailable: boolean;
}

/** A booth a walk goes to: where its route ends, and its label (else its id). */
export interface VisitStop extends RouteEnd {
  id: string;
  label: string;
}

/**
 * A walk through several booths as one route ({@link visitRouteOn}): the legs of every part in walking
 * order, the totals, and every part's steps (each part's `arrive` step names its booth in `booth`).
 */
export interface VisitRoute extends Route {
  /** The booths walked to, in order. */
  stops: VisitStop[];
  /** The route to each stop from the one before (the first from the start). */
  parts: Route[];
}

export type FindRoute = (feed: FairFeed, from: RouteEnd, to: RouteEnd, options?: RouteOptions) => Route;

/** A start given as a place id or a booth id (a place first), or as a point. */
export function endOf(feed: FairFeed, from: RouteEnd | string): RouteEnd | undefined {
  if (typeof from !== 'string') return from;
  const place = feed.places?.find((p) => p.id === from);
  if (place) return placeEnd(feed, place);
  const booth = feed.booths.find((b) => b.id === from);
  return booth && boothEnd(feed, booth);
}

/** The stops for booth ids (trimmed, each once), in order; `missing` gets the ids without a usable booth. */
function stopsOf(feed: FairFeed, ids: readonly string[], missing: string[] = []): VisitStop[] {
  const booths = new Map(feed.booths.map((b) => [b.id, b]));
  const stops: VisitStop[] = [];
  for (const id of new Set(ids.map((i) => i.trim()).filter(Boolean))) {
    const booth = booths.get(id);
    const end = booth && boothEnd(feed, booth);
    if (end) stops.push({ id, label: booth.label || id, ...end });
    else missing.push(id);
  }
  return stops;
}

/**
 * The walk from `from` through `boothIds` in the order given (unknown ids and booths without usable
 * geometry are skipped), each part as `findRoute` finds it; undefined when there is no start or no stop.
 * Straight when any part is, step-free when every part is.
 */
export function visitRouteOn(
  feed: FairFeed,
  from: RouteEnd | string,
  boothIds: readonly string[],
  options: RouteOptions,
  findRoute: FindRoute,
): VisitRoute | undefined {
  let at = endOf(feed, from);
  const stops = stopsOf(feed, boothIds);
  if (!at || !stops.length) return undefined;
  const parts: Route[] = [];
  for (const stop of stops) {
    parts.push(findRoute(feed, at, stop, options));
    at = stop;
  }
  return combine(parts, stops);
}

function combine(parts: Route[], stops: VisitStop[]): VisitRoute {
  const legs: RouteLeg[] = [];
  const steps: RouteStep[] = [];
  let metres = 0;
  let seconds = 0;
  parts.forEach((part, i) => {
    legs.push(...part.legs);
    for (const step of part.steps) steps.push(step.kind === 'arrive' ? { ...step, booth: stops[i].label } : step);
    metres += part.metres;
    seconds += part.seconds;
  });
  const route: VisitRoute = {
    legs,
    metres,
    seconds,
    steps,
    straight: parts.some((p) => p.straight),
    stepFree: parts.every((p) => p.stepFree),
    stops,
    parts,
  };
  if (parts.some((p) => p.stepFreeUnavailable)) route.stepFreeUnavailable = true;
  return route;
}

/**
 * The walk from `from` through the booths `boothIds` in a short order (see the module comment): the
 * first {@link MAX_VISIT_STOPS} distinct ids are planned, the rest left out. `graph` is the feed's
 * walking graph (`routeGraphOf`), searched once per stop.
 */
export function planVisitOn(
  feed: FairFeed,
  graph: RouteGraph,
  from: RouteEnd | string,
  boothIds: readonly string[],
  options: RouteOptions,
  findRoute: FindRoute,
): VisitPlan {
  const unreachable: string[] = [];
  const start = endOf(feed, from);
  const asked = [...new Set(boothIds.map((i) => i.trim()).filter(Boolean))].slice(0, MAX_VISIT_STOPS);
  const plan: VisitPlan = { order: [], legs: [], metres: 0, seconds: 0, unreachable, stepFreeUnavailable: false };
  if (!start) {
    unreachable.push(...asked);
    return plan;
  }
  const all = stopsOf(feed, asked, unreachable);
  const table = costTable(graph, [start, ...all], options);
  // Reachable from the start: in one connected part of the graph, so reachable from each other too.
  let stops = all.filter((_, i) => table[0][i + 1] < Infinity);
  const left = all.filter((_, i) => table[0][i + 1] === Infinity);
  if (left.length && options.avoidStairs) {
    const withSteps = costTable(graph, [start, ...left], {}, 1);
    plan.stepFreeUnavailable = left.some((_, i) => withSteps[0][i + 1] < Infinity);
  }
  unreachable.push(...left.map((s) => s.id));
  // Keep the ids' order asked for in `unreachable`.
  unreachable.sort((a, b) => asked.indexOf(a) - asked.indexOf(b));

  const keep = [0, ...all.flatMap((_, i) => (table[0][i + 1] < Infinity ? [i + 1] : []))];
  const cost = keep.map((i) => keep.map((j) => Math.min(table[i][j], table[j][i])));
  stops = orderStops(cost).map((i) => stops[i - 1]);

  let at = start;
  for (const stop of stops) {
    const leg = findRoute(feed, at, stop, options);
    plan.legs.push(leg);
    plan.metres += leg.metres;
    plan.seconds += leg.seconds;
    at = stop;
  }
  plan.order = stops.map((s) => s.id);
  return plan;
}

/**
 * The walking cost (metres plus level changes, as `shortestPath` counts it) from each of the first
 * `rows` ends (all by default) to every end; Infinity where the aisles do not join them. Ends on an
 * oversized level, and every end of a feed without aisles, are weighed by straight-line distance.
 */
function costTable(
  graph: RouteGraph,
  ends: readonly RouteEnd[],
  options: RouteOptions,
  rows = ends.length,
): number[][] {
  const { nodes, edges, adjacency } = graph;
  const noAisles = !graph.aisleEdges.size;
  const metric = ends.map((e) => graph.project(e.at, e.level));
  const snaps = ends.map((e) => (noAisles || graph.oversized.includes(e.level) ? undefined : snapToAisle(graph, e)));
  const straight = (i: number) => noAisles || graph.oversized.includes(ends[i].level);
  const table: number[][] = [];
  const dist = new Float64Array(nodes.length);
  for (let i = 0; i < rows; i++) {
    const row = ends.map((_, j) => (straight(i) || straight(j) ? distance(metric[i], metric[j]) : Infinity));
    table.push(row);
    const s = snaps[i];
    if (!s) continue;
    // Dijkstra from the end's snap onto its aisle, over the whole graph.
    dist.fill(Infinity);
    const heap = new MinHeap();
    const se = edges[s.edge];
    const reach = (v: number, d: number) => {
      if (d < dist[v]) heap.push(v, (dist[v] = d));
    };
    reach(se.a, s.offset + s.t * se.metres);
    reach(se.b, s.offset + (1 - s.t) * se.metres);
    while (heap.size) {
      const [u, d] = heap.pop();
      if (d > dist[u]) continue;
      for (const id of adjacency[u]) {
        const e = edges[id];
        if (options.avoidStairs && (e.kind === 'stairs' || e.kind === 'escalator')) continue;
        reach(e.a === u ? e.b : e.a, d + e.cost);
      }
    }
    snaps.forEach((t, j) => {
      if (!t) return;
      const te = edges[t.edge];
      let d = Math.min(dist[te.a] + t.t * te.metres, dist[te.b] + (1 - t.t) * te.metres) + t.offset;
      if (t.edge === s.edge) d = Math.min(d, s.offset + t.offset + Math.abs(s.t - t.t) * se.metres);
      row[j] = i === j ? 0 : d;
    });
  }
  return table;
}

/**
 * A short open walk from stop 0 through every other stop of the cost table `cost` (symmetric, finite):
 * the stops' indices (1…n-1) in walking order. Exact up to {@link EXACT_STOPS} stops (or `exact` false:
 * always the heuristics), else nearest neighbour, then 2-opt and or-opt moves until none helps.
 */
export function orderStops(cost: readonly (readonly number[])[], exact = true): number[] {
  const n = cost.length - 1;
  if (n <= 1) return n === 1 ? [1] : [];
  if (exact && n <= EXACT_STOPS) return heldKarp(cost);
  // Nearest neighbour from the start.
  const path = [0];
  const free = new Set(Array.from({ length: n }, (_, i) => i + 1));
  while (free.size) {
    const last = path[path.length - 1];
    let best = -1;
    for (const j of free) if (best < 0 || cost[last][j] < cost[last][best]) best = j;
    path.push(best);
    free.delete(best);
  }
  const d = (a: number, b: number) => (b > n ? 0 : cost[path[a]][path[b]]);
  const EPS = 1e-9;
  for (let improved = true; improved;) {
    improved = false;
    // 2-opt: reverse path[i..k] (the open end past the last stop costs nothing).
    for (let i = 1; i < n; i++) {
      for (let k = i + 1; k <= n; k++) {
        if (d(i - 1, k) + d(i, k + 1) < d(i - 1, i) + d(k, k + 1) - EPS) {
          reverse(path, i, k);
          improved = true;
        }
      }
    }
    // Or-opt: move a run of 1–3 stops (either way round) elsewhere in the walk.
    for (let len = 1; len <= 3 && !improved; len++) {
      for (let i = 1; i + len - 1 <= n && !improved; i++) {
        const j = i + len - 1;
        const gain = d(i - 1, i) + d(j, j + 1) - d(i - 1, j + 1);
        for (let p = 0; p <= n && !improved; p++) {
          if (p >= i - 1 && p <= j) continue;
          // Between path[p] and path[p + 1].
          const base = d(p, p + 1);
          const forward = d(p, i) + d(j, p + 1) - base;
          const backward = d(p, j) + d(i, p + 1) - base;
          if (Math.min(forward, backward) < gain - EPS) {
            const run = path.splice(i, len);
            if (backward < forward) run.reverse();
            path.splice(p < i ? p + 1 : p + 1 - len, 0, ...run);
            improved = true;
          }
        }
      }
    }
  }
  return path.slice(1);
}

function reverse(path: number[], i: number, k: number): void {
  for (; i < k; i++, k--) [path[i], path[k]] = [path[k], path[i]];
}

/** The shortest open walk from 0 through every stop, by dynamic programming over the sets of stops visited. */
function heldKarp(cost: readonly (readonly number[])[]): number[] {
  const n = cost.length - 1;
  const size = 1 << n;
  // best[set * n + j]: the cheapest walk from 0 through the stops of `set`, ending at stop j + 1 (in `set`).
  const best = new Float64Array(size * n).fill(Infinity);
  const prev = new Int8Array(size * n).fill(-1);
  for (let j = 0; j < n; j++) best[(1 << j) * n + j] = cost[0][j + 1];
  for (let set = 1; set < size; set++) {
    for (let j = 0; j < n; j++) {
      const here = best[set * n + j];
      if (!(set & (1 << j)) || here === Infinity) continue;
      for (let k = 0; k < n; k++) {
        if (set & (1 << k)) continue;
        const next = (set | (1 << k)) * n + k;
        const c = here + cost[j + 1][k + 1];
        if (c < best[next]) {
          best[next] = c;
          prev[next] = j;
        }
      }
    }
  }
  let set = size - 1;
  let j = 0;
  for (let k = 1; k < n; k++) if (best[set * n + k] < best[set * n + j]) j = k;
  const order: number[] = [];
  while (j >= 0) {
    order.push(j + 1);
    const p = prev[set * n + j];
    set &= ~(1 << j);
    j = p;
  }
  return order.reverse();
}
