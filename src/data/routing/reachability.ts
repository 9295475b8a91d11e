/**
 * Which booths can be walked to, from where. `reachability(feed)` is the
 * report the plan editor shows live and `fairkit check` prints: for each
 * kiosk, the booths a visitor cannot walk to along the aisles, and those with
 * no step-free way (only by stairs or escalators). A booth whose door is
 * further than `maxDoorMetres` (10 m) from every aisle on its level counts as
 * unreachable too: a route would cut across the hall to it.
 *
 * Cheap enough to run after every edit: the walking graph is built once per
 * feed (`routeGraphOf`, kept for that feed object) and each kiosk costs two
 * searches over it (`reachFrom`: on foot, and step-free), reaching every node
 * at once, whatever the number of booths. `reachFrom` answers the same
 * question as `shortestPath` (`findRoute` not `straight`): an end is reached
 * when the aisle it snaps onto is. On a level whose aisles are over the route
 * engine's limits (`routing/limits.ts`), each booth is asked of `findRoute`
 * instead. Plain code, no DOM.
 */
import type { FairFeed } from '../types.js';
import { boothEnd, placeEnd } from '../venue.js';
import type { RouteGraph } from './graph.js';
import { snapToAisle, type RouteEnd } from './path-search.js';
import { findRoute, routeGraphOf } from './routing.js';

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

export interface KioskReach {
  /** The kiosk's place id. */
  kiosk: string;
  level: string;
  /** Booths that cannot be reached on foot from this kiosk. */
  unreachable: string[];
  /** Booths reached on foot, but only by stairs or escalators. */
  noStepFree: string[];
  /** The kiosk itself stands further than `maxDoorMetres` from every aisle (so every booth is unreachable). */
  offAisle: boolean;
}

export interface ReachabilityReport {
  kiosks: KioskReach[];
  /** Booths whose door (or middle) is further than `maxDoorMetres` from every aisle on their level, or have no outline. */
  offAisle: string[];
  /** Metres from each booth's door (or middle) to the aisle it joins, for the booths on a level with aisles. */
  aisleMetres: Map<string, number>;
  /** Booths unreachable from at least one kiosk. */
  unreachable: string[];
  /** Booths with no step-free way from at least one kiosk (reachable on foot from it). */
  noStepFree: string[];
}

export interface ReachabilityOptions {
  /** How far (metres) a door may be from the nearest aisle and still count as on it (default 10). */
  maxDoorMetres?: number;
}

/** The reachability report of a feed (see the module's notes). */
export function reachability(feed: FairFeed, options: ReachabilityOptions = {}): ReachabilityReport {
  const maxMetres = options.maxDoorMetres ?? 10;
  const graph = routeGraphOf(feed);
  const oversized = new Set(graph.oversized);
  const booths = feed.booths.map((booth) => {
    const end = boothEnd(feed, booth);
    const landing = end && !oversized.has(end.level) ? landingOf(graph, end) : undefined;
    return { id: booth.id, end, landing };
  });
  const offAisle = booths
    .filter(({ end, landing }) => !end || (!oversized.has(end.level) && !(landing && landing.offset <= maxMetres)))
    .map((b) => b.id);
  const off = new Set(offAisle);
  const kiosks: KioskReach[] = [];
  for (const place of feed.places ?? []) {
    if (place.kind !== 'kiosk') continue;
    const from = placeEnd(feed, place);
    const report: KioskReach = { kiosk: place.id, level: from.level, unreachable: [], noStepFree: [], offAisle: false };
    kiosks.push(report);
    if (oversized.has(from.level)) {
      for (const b of booths) byRoute(feed, from, b, off.has(b.id), report);
      continue;
    }
    const onFoot = reachFrom(graph, from);
    const stepFree = reachFrom(graph, from, { avoidStairs: true });
    report.offAisle = !(onFoot.offset <= maxMetres);
    for (const b of booths) {
      if (b.end && oversized.has(b.end.level)) {
        byRoute(feed, from, b, false, report);
        continue;
      }
      if (report.offAisle || off.has(b.id) || !landsIn(onFoot, b.landing)) report.unreachable.push(b.id);
      else if (!landsIn(stepFree, b.landing)) report.noStepFree.push(b.id);
    }
  }
  const union = (key: 'unreachable' | 'noStepFree') => {
    const ids = new Set(kiosks.flatMap((k) => k[key]));
    return feed.booths.map((b) => b.id).filter((id) => ids.has(id));
  };
  const aisleMetres = new Map<string, number>();
  for (const b of booths) if (b.landing) aisleMetres.set(b.id, b.landing.offset);
  return { kiosks, offAisle, aisleMetres, unreachable: union('unreachable'), noStepFree: union('noStepFree') };
}

/** One booth asked of the route engine (an oversized level). */
function byRoute(
  feed: FairFeed,
  from: RouteEnd,
  booth: { id: string; end?: RouteEnd; landing?: Landing },
  offAisle: boolean,
  report: KioskReach,
): void {
  if (!booth.end || offAisle) {
    report.unreachable.push(booth.id);
    return;
  }
  const route = findRoute(feed, from, booth.end, { avoidStairs: true });
  if (route.straight) report.unreachable.push(booth.id);
  else if (route.stepFreeUnavailable || !route.stepFree) report.noStepFree.push(booth.id);
}
