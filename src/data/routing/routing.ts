/**
 * Wayfinding over a fair feed: the shortest walk from a place (usually the
 * kiosk, "you are here") to a booth's door along the feed's `paths`, across
 * levels by stairs/elevators that share a `connects` value, with directions in
 * data form (see {@link RouteStep}). Plain code, no DOM, no network.
 *
 * With no `paths` (or aisles that do not join the two ends) the route is the
 * straight line between them, flagged `straight` so the map can say so.
 *
 * On an oversized level (a network over the limits of `routing/limits.ts`;
 * the validator warns about it) the route is searched in a graph of the part
 * of the level around its ends only, grown until the route found is provably
 * the shortest or the part reaches the same limits; past them the route is
 * the best one found so far, or the straight line. The work per route stays
 * bounded whatever the feed holds.
 */
import { buildRouteGraph, windowGraph, type RouteGraph } from './graph.js';
import { routeNetworkOf } from './network.js';
import { distance, ellipseBox, grow, inside, turnAngle, union, type Box } from './geometry.js';
import { shortestPath, type PathResult } from './path-search.js';
import { boundsOf, type RouteEnd } from '../venue.js';
import { routeSteps, type RouteStep } from './steps.js';
import { planVisitOn, visitRouteOn, type VisitPlan, type VisitRoute } from './tour.js';
import type { FairFeed, Point } from '../types.js';

export { buildRouteGraph, LEVEL_CHANGE_COST, type RouteGraph, type ConnectorKind } from './graph.js';
export { MAX_MEETINGS, MAX_SEGMENTS } from './limits.js';
// Where routes start and end (no route engine): also for the code that imports them from here.
export { boothEnd, boothOutline, levelIdsOf, placeEnd, polygonCentre } from '../venue.js';
export { DEFAULT_METRES_PER_PIXEL, levelScales } from './geometry.js';
export { shortestPath, snapToAisle, type RouteEnd, type PathPoint } from './path-search.js';
export type { RouteStep, Turn } from './steps.js';
export { EXACT_STOPS, MAX_VISIT_STOPS, orderStops, type VisitPlan, type VisitRoute, type VisitStop } from './tour.js';

/** A comfortable walking pace in a crowded hall, metres per second. */
export const WALKING_SPEED = 1.2;

export interface RouteLeg {
  level: string;
  /** Feed coordinates (plan pixels or lat/lng). */
  points: Point[];
}

export interface Route {
  /** The line to draw, one leg per stretch on one level, in walking order. */
  legs: RouteLeg[];
  /** Walking distance in metres. */
  metres: number;
  /** Estimated walking time in seconds, level changes included. */
  seconds: number;
  steps: RouteStep[];
  /**
   * True when no aisle route exists and the legs are a straight line (also
   * when a level's aisles are too many to search as far as the two ends lie
   * apart: see `routing/limits.ts`).
   */
  straight: boolean;
  /**
   * True when the way has no stairs or escalators: it stays on one level or
   * changes level by elevator (prams, trolleys, wheelchairs). A straight-line
   * route is step-free only when it stays on one level.
   */
  stepFree: boolean;
  /**
   * Set (true) when `avoidStairs` was asked and the destination cannot be
   * reached without steps: there is a way, but only by stairs or escalators.
   * The route is then that way (`stepFree: false`), for a UI that offers it
   * to those who can take steps; it must not be shown as the step-free way.
   * Say plainly that the destination's level cannot be reached without steps
   * (`stepFreeUnavailableText()` in the map's directions has the words).
   */
  stepFreeUnavailable?: boolean;
}

export interface RouteOptions {
  /** Leave out stairs and escalators. */
  avoidStairs?: boolean;
}

const graphs = new WeakMap<FairFeed, RouteGraph>();

/** The walking graph of a feed, built on first use and kept for the feed object's lifetime. */
export function routeGraphOf(feed: FairFeed): RouteGraph {
  let graph = graphs.get(feed);
  if (!graph) graphs.set(feed, (graph = buildRouteGraph(feed)));
  return graph;
}

/**
 * The walking route between two ends. Always returns a route: the aisle route
 * when one exists, else the straight line (`straight: true`). With
 * `avoidStairs` and no way without stairs or escalators, the way with them,
 * flagged `stepFreeUnavailable` (never passed off as step-free).
 */
export function findRoute(feed: FairFeed, from: RouteEnd, to: RouteEnd, options: RouteOptions = {}): Route {
  const graph = routeGraphOf(feed);
  if (graph.oversized.includes(from.level) || graph.oversized.includes(to.level))
    return windowRoute(feed, graph, from, to, options);
  return routeOn(feed, graph, from, to, search(graph, from, to, options));
}

/**
 * "Visit my list": the walk from `from` (a point, or a place or booth id) through the booths
 * `boothIds` in a short order, over real walking costs between every pair (see `tour.ts`): exact up
 * to 9 booths, nearest neighbour then 2-opt past that. At most the first {@link MAX_VISIT_STOPS}
 * (30) distinct ids are planned; the rest are left out (in neither `order` nor `unreachable`).
 * Booths the aisles do not reach (with `avoidStairs`: without stairs or escalators) are in
 * `unreachable`, not in the walk; `stepFreeUnavailable` says some were left out for their steps.
 * 30 booths of a 216-booth hall take a few milliseconds (`node bench/run.js tour`).
 */
export function planVisit(
  feed: FairFeed,
  from: RouteEnd | string,
  boothIds: readonly string[],
  options: RouteOptions = {},
): VisitPlan {
  return planVisitOn(feed, routeGraphOf(feed), from, boothIds, options, findRoute);
}

/**
 * The walk from `from` (a point, or a place or booth id) through the booths `boothIds` in the order
 * given, as one route (every part found by {@link findRoute}; unknown booths skipped); undefined
 * without a start or a booth. What `<fair-booth-map route-stops>` draws.
 */
export function visitRoute(
  feed: FairFeed,
  from: RouteEnd | string,
  boothIds: readonly string[],
  options: RouteOptions = {},
): VisitRoute | undefined {
  return visitRouteOn(feed, from, boothIds, options, findRoute);
}

interface Found {
  found: PathResult;
  stepFreeUnavailable: boolean;
}

function search(graph: RouteGraph, from: RouteEnd, to: RouteEnd, options: RouteOptions): Found | undefined {
  let found = shortestPath(graph, from, to, options);
  let stepFreeUnavailable = false;
  if (!found && options.avoidStairs) {
    found = shortestPath(graph, from, to);
    stepFreeUnavailable = !!found;
  }
  return found && { found, stepFreeUnavailable };
}

/** Past this many rounds of growing the searched part, the best route so far is kept. */
const WINDOW_ROUNDS = 8;
/** Metres of aisles around the two ends (beyond their bounding box) searched first. */
const WINDOW_MARGIN = 10;

/**
 * A route with an end on an oversized level, searched in a graph of the
 * parts of the levels near the ends ({@link windowGraph}), never more than
 * the limits allow. On one level the part starts as the box around the ends
 * and grows until it holds the ellipse in which any shorter walk must lie
 * (then the route is the shortest there is); across levels it is the box
 * around the end and the level's stairs, elevators and escalators.
 */
function windowRoute(feed: FairFeed, full: RouteGraph, from: RouteEnd, to: RouteEnd, options: RouteOptions): Route {
  const a = full.project(from.at, from.level);
  const b = full.project(to.at, to.level);
  let best: { graph: RouteGraph; found: Found } | undefined;
  if (from.level === to.level) {
    const level = from.level;
    const bounds = levelBounds(feed, level);
    let box = grow(boundsOf([a, b]), WINDOW_MARGIN + distance(a, b) / 4);
    for (let round = 0; round < WINDOW_ROUNDS; round++) {
      const graph = windowGraph(feed, (l) => (l === level ? box : undefined));
      if (!graph) break;
      const found = search(graph, from, to, options);
      if (found) {
        best = { graph, found };
        const walk = ellipseBox(a, b, found.found.metres);
        if (inside(walk, box)) break;
        box = union(box, walk);
      } else {
        if (!bounds || inside(bounds, box)) break;
        box = grow(box, Math.max(box[2] - box[0], box[3] - box[1]) / 2);
      }
    }
  } else {
    const project = full.project;
    const boxes = new Map<string, Box>();
    for (const end of [from, to]) {
      if (!full.oversized.includes(end.level)) continue;
      const connectors = (feed.places ?? [])
        .filter(
          (p) =>
            (p.kind === 'stairs' || p.kind === 'elevator' || p.kind === 'escalator') &&
            p.connects &&
            (p.level ?? full.levels[0]) === end.level,
        )
        .map((p) => project(p.at, end.level));
      boxes.set(end.level, grow(boundsOf([project(end.at, end.level), ...connectors]), WINDOW_MARGIN));
    }
    const graph = windowGraph(feed, (l) => boxes.get(l) ?? 'whole');
    const found = graph && search(graph, from, to, options);
    if (graph && found) best = { graph, found };
  }
  return best ? routeOn(feed, best.graph, from, to, best.found) : routeOn(feed, full, from, to, undefined);
}

/** The bounds of a level's aisles, in metres. */
function levelBounds(feed: FairFeed, level: string): Box | undefined {
  const index = routeNetworkOf(feed).byLevel.get(level)?.index;
  return index && [index.minX, index.minY, index.maxX, index.maxY];
}

/** The route for a search result, or the straight line when there is none. */
function routeOn(feed: FairFeed, graph: RouteGraph, from: RouteEnd, to: RouteEnd, result: Found | undefined): Route {
  if (!result) {
    const a = graph.project(from.at, from.level);
    const b = graph.project(to.at, to.level);
    const metres = distance(a, b);
    const legs: RouteLeg[] =
      from.level === to.level
        ? [{ level: from.level, points: [from.at, to.at] }]
        : [
            { level: from.level, points: [from.at] },
            { level: to.level, points: [to.at] },
          ];
    const steps: RouteStep[] = [{ kind: 'walk', metres }, { kind: 'arrive' }];
    return { legs, metres, seconds: metres / WALKING_SPEED, steps, straight: true, stepFree: from.level === to.level };
  }
  const { found, stepFreeUnavailable } = result;
  const legs: RouteLeg[] = [];
  const pts = found.points;
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i];
    const leg = legs[legs.length - 1];
    if (leg && leg.level === p.level) {
      // A point where the route runs straight on (an aisle crossing it ignores) adds nothing to the line.
      const next = pts[i + 1];
      const before = pts[i - 1];
      if (next && next.level === p.level && Math.abs(turnAngle(before.m, p.m, next.m)) < 0.5) continue;
      leg.points.push(p.at);
    } else legs.push({ level: p.level, points: [p.at] });
  }
  const steps = routeSteps(found.points, feed.places ?? [], graph.project, graph.levels);
  const route: Route = {
    legs,
    metres: found.metres,
    seconds: found.cost / WALKING_SPEED,
    steps,
    straight: false,
    stepFree: steps.every((s) => s.kind !== 'level' || s.via === 'elevator'),
  };
  if (stepFreeUnavailable) route.stepFreeUnavailable = true;
  return route;
}
