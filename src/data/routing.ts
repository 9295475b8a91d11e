/**
 * Wayfinding over a fair feed: the shortest walk from a place (usually the
 * kiosk, "you are here") to a booth's door along the feed's `paths`, across
 * levels by stairs/elevators that share a `connects` value, with directions in
 * data form (see {@link RouteStep}). Plain code, no DOM, no network.
 *
 * With no `paths` (or aisles that do not join the two ends) the route is the
 * straight line between them, flagged `straight` so the map can say so.
 */
import { buildRouteGraph, levelIdsOf, type RouteGraph } from './routing-graph.js';
import { distance, turnAngle } from './routing-geometry.js';
import { shortestPath, type RouteEnd } from './routing-search.js';
import { routeSteps, type RouteStep } from './routing-steps.js';
import type { Booth, FairFeed, Place, Point } from './types.js';

export { buildRouteGraph, levelIdsOf, LEVEL_CHANGE_COST, type RouteGraph, type ConnectorKind } from './routing-graph.js';
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

function isPoint(p: unknown): p is Point {
  return Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);
}

/**
 * A booth's outline as a polygon, from `shape` (three or more points) or
 * `rect`; undefined when the geometry is unusable (the map then skips it).
 */
export function boothOutline(booth: Booth): Point[] | undefined {
  if (Array.isArray(booth.shape)) {
    const points = booth.shape.filter(isPoint);
    return points.length >= 3 && points.length === booth.shape.length ? points : undefined;
  }
  const r = booth.rect;
  if (Array.isArray(r) && r.length === 4 && r.every(Number.isFinite) && r[2] > 0 && r[3] > 0) {
    const [x, y, w, h] = r;
    return [[x, y], [x + w, y], [x + w, y + h], [x, y + h]];
  }
  return undefined;
}

/** The area centroid of a polygon (the vertex mean for a degenerate one). */
export function polygonCentre(points: readonly Point[]): Point {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < points.length; i++) {
    const [x0, y0] = points[i];
    const [x1, y1] = points[(i + 1) % points.length];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (Math.abs(area) < 1e-12) {
    const n = points.length || 1;
    return [points.reduce((s, p) => s + p[0], 0) / n, points.reduce((s, p) => s + p[1], 0) / n];
  }
  return [cx / (3 * area), cy / (3 * area)];
}

/** Where a route to this booth ends: its door, else the middle of its outline. */
export function boothEnd(feed: FairFeed, booth: Booth): RouteEnd | undefined {
  const level = booth.level ?? levelIdsOf(feed)[0];
  if (isPoint(booth.door)) return { level, at: booth.door };
  const outline = boothOutline(booth);
  return outline ? { level, at: polygonCentre(outline) } : undefined;
}

/** Where a route from this place starts. */
export function placeEnd(feed: FairFeed, place: Place): RouteEnd {
  return { level: place.level ?? levelIdsOf(feed)[0], at: place.at };
}

/**
 * The walking route between two ends. Always returns a route: the aisle route
 * when one exists, else the straight line (`straight: true`).
 */
export function findRoute(feed: FairFeed, from: RouteEnd, to: RouteEnd, options: RouteOptions = {}): Route {
  const graph = routeGraphOf(feed);
  const found = shortestPath(graph, from, to, options);
  if (!found) {
    const a = graph.project(from.at, from.level);
    const b = graph.project(to.at, to.level);
    const metres = distance(a, b);
    const legs: RouteLeg[] = from.level === to.level
      ? [{ level: from.level, points: [from.at, to.at] }]
      : [{ level: from.level, points: [from.at] }, { level: to.level, points: [to.at] }];
    return { legs, metres, seconds: metres / WALKING_SPEED, steps: [{ kind: 'walk', metres }, { kind: 'arrive' }], straight: true };
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
  return {
    legs,
    metres: found.metres,
    seconds: found.cost / WALKING_SPEED,
    steps: routeSteps(found.points, feed.places ?? [], graph.project, graph.levels),
    straight: false,
  };
}
