/**
 * Wayfinding over a fair feed: the shortest walk from a place (usually the
 * kiosk, "you are here") to a booth's door along the feed's `paths`, across
 * levels by stairs/elevators that share a `connects` value, with directions in
 * data form (see {@link RouteStep}). Plain code, no DOM, no network.
 *
 * With no `paths` (or aisles that do not join the two ends) the route is the
 * straight line between them, flagged `straight` so the map can say so.
 */
import { buildRouteGraph, type RouteGraph } from './routing-graph.js';
import { distance, turnAngle } from './routing-geometry.js';
import { shortestPath } from './routing-search.js';
import type { RouteEnd } from './venue.js';
import { routeSteps, type RouteStep } from './routing-steps.js';
import type { FairFeed, Point } from './types.js';

export { buildRouteGraph, LEVEL_CHANGE_COST, type RouteGraph, type ConnectorKind } from './routing-graph.js';
// Where routes start and end (no route engine): also for the code that imports them from here.
export { boothEnd, boothOutline, levelIdsOf, placeEnd, polygonCentre } from './venue.js';
export { DEFAULT_METRES_PER_PIXEL, levelScales } from './routing-geometry.js';
export { shortestPath, snapToAisle, type RouteEnd, type PathPoint } from './routing-search.js';
export type { RouteStep, Turn } from './routing-steps.js';

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
  /** True when no aisle route exists and the legs are a straight line. */
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
  let found = shortestPath(graph, from, to, options);
  let stepFreeUnavailable = false;
  if (!found && options.avoidStairs) {
    found = shortestPath(graph, from, to);
    stepFreeUnavailable = !!found;
  }
  if (!found) {
    const a = graph.project(from.at, from.level);
    const b = graph.project(to.at, to.level);
    const metres = distance(a, b);
    const legs: RouteLeg[] = from.level === to.level
      ? [{ level: from.level, points: [from.at, to.at] }]
      : [{ level: from.level, points: [from.at] }, { level: to.level, points: [to.at] }];
    const steps: RouteStep[] = [{ kind: 'walk', metres }, { kind: 'arrive' }];
    return { legs, metres, seconds: metres / WALKING_SPEED, steps, straight: true, stepFree: from.level === to.level };
  }
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
