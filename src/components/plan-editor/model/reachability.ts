/**
 * The live reachability report: for each kiosk, the booths a visitor cannot
 * walk to along the aisles, and the booths with no step-free way (only by
 * stairs or escalators). Run after every edit: the walking graph is built once
 * per feed (`routeGraphOf`, kept for that feed object) and each kiosk costs
 * two searches over it (on foot, and step-free), whatever the number of
 * booths. A booth whose door is further than `maxDoorMetres` (10 m) from
 * every aisle on its level counts as unreachable too: a route would cut
 * across the hall to it. On a level whose aisles are over the route engine's
 * limits (`routing/limits.ts`), each booth is asked of `findRoute` instead.
 */
import { findRoute, routeGraphOf } from '../../../data/routing/routing.js';
import { landingOf, landsIn, reachFrom, type Landing } from '../../../data/routing/reachability.js';
import type { FairFeed } from '../../../data/types.js';
import { boothEnd, placeEnd, type RouteEnd } from '../../../data/venue.js';

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
  return { kiosks, offAisle, unreachable: union('unreachable'), noStepFree: union('noStepFree') };
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
