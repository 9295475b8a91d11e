/**
 * Can a visitor walk from every kiosk to every booth? For each place of kind
 * `kiosk`, a route to each booth with the kiosk's own engine (`findRoute`):
 * a `straight` route means the aisles do not join them (the kiosk then draws
 * a straight line), and a route that needs stairs or escalators even with
 * `avoidStairs` means no step-free way. Both are warnings: the kiosk still
 * shows the booth and a way to it, only a poorer one, and the feed checker's
 * rule is that an error is for what cannot be used at all. A booth whose
 * door lies far from every aisle is a warning too (its route ends with a
 * walk across the plan), once per booth.
 *
 * The walking graph is built once per feed (`routeGraphOf` keeps it), so a
 * route per booth is one Dijkstra search: the national sample (216 booths)
 * checks in about a tenth of a second.
 */
import { boothEnd, findRoute, placeEnd, routeGraphOf, snapToAisle } from '../../data/routing/routing.js';
import type { Booth, FairFeed, Place } from '../../data/types.js';
import type { RouteEnd } from '../../data/venue.js';
import { formatCount, formatList, pick } from '../lang.js';
import { itemAt, rawIndexOf, shortText } from './items.js';
import { messages } from './messages.js';
import type { CheckProblem } from './problems.js';

/** A door farther than this from the nearest aisle, in metres, is "far from every aisle". */
export const FAR_FROM_AISLE = 10;
/** The most booths named in one message; the rest are counted. */
const NAMED_BOOTHS = 12;

export interface RoutesSummary {
  /** Places of kind `kiosk`. */
  kiosks: number;
  /** Booths with a usable outline or door. */
  booths: number;
  /** Booths that cannot be reached along the aisles from at least one kiosk. */
  unreachable: number;
  /** Booths with a way from at least one kiosk, but none without steps. */
  noStepFree: number;
  /** Booths whose door is more than {@link FAR_FROM_AISLE} m from every aisle. */
  farFromAisle: number;
  /** False when there was no kiosk to route from. */
  checked: boolean;
}

interface Target {
  booth: Booth;
  end: RouteEnd;
}

/** `A07, B03 and 4 more`: booth ids as a message lists them. */
function boothList(booths: readonly Booth[]): string {
  const m = pick(messages);
  const names = booths.slice(0, NAMED_BOOTHS).map((b) => shortText(b.id));
  if (booths.length > NAMED_BOOTHS) names.push(m.more(formatCount(booths.length - NAMED_BOOTHS)));
  return formatList(names);
}

/** The pointer of an item of the cleaned feed in the organizer's file: `/booths/3`, or the list's when not found. */
function pathOf(json: unknown, collection: string, id: string): string {
  const index = rawIndexOf(json, collection, id);
  return index === undefined ? `/${collection}` : `/${collection}/${index}`;
}

/** Booths whose route end lies far off the aisles (levels with aisles, searched whole). */
function farBooths(feed: FairFeed, targets: readonly Target[]): Array<{ booth: Booth; metres: number }> {
  const graph = routeGraphOf(feed);
  const out: Array<{ booth: Booth; metres: number }> = [];
  for (const { booth, end } of targets) {
    if (graph.oversized.includes(end.level)) continue;
    const snap = snapToAisle(graph, end);
    if (snap && snap.offset > FAR_FROM_AISLE) out.push({ booth, metres: snap.offset });
  }
  return out;
}

/** What one kiosk cannot reach, or reach without steps. */
function fromKiosk(feed: FairFeed, kiosk: Place, targets: readonly Target[]) {
  const from = placeEnd(feed, kiosk);
  const unreachable: Booth[] = [];
  const noStepFree: Booth[] = [];
  for (const { booth, end } of targets) {
    const route = findRoute(feed, from, end);
    if (route.straight) unreachable.push(booth);
    else if (!route.stepFree) {
      const stepFree = findRoute(feed, from, end, { avoidStairs: true });
      if (stepFree.stepFreeUnavailable || !stepFree.stepFree) noStepFree.push(booth);
    }
  }
  return { unreachable, noStepFree };
}

/**
 * Checks the routes of the cleaned `feed`; `json` is the organizer's raw
 * feed (for pointers and names), `fallbacks` the languages to name items in.
 */
export function checkRoutes(
  feed: FairFeed,
  json: unknown,
  fallbacks: readonly string[],
): { problems: CheckProblem[]; summary: RoutesSummary } {
  const m = pick(messages);
  const targets: Target[] = [];
  for (const booth of feed.booths) {
    const end = boothEnd(feed, booth);
    if (end) targets.push({ booth, end });
  }
  const kiosks = (feed.places ?? []).filter((p) => p.kind === 'kiosk');
  const summary: RoutesSummary = {
    kiosks: kiosks.length,
    booths: targets.length,
    unreachable: 0,
    noStepFree: 0,
    farFromAisle: 0,
    checked: kiosks.length > 0 && targets.length > 0,
  };
  const problems: CheckProblem[] = [];
  const warn = (path: string, message: string) =>
    problems.push({ severity: 'warning', path, message, item: itemAt(json, path, fallbacks), source: 'routes' });
  if (!targets.length) return { problems, summary };
  if (!kiosks.length) {
    problems.push({ severity: 'warning', path: '/places', message: m.noKiosk, item: null, source: 'routes' });
    return { problems, summary };
  }

  const unreachable = new Set<string>();
  const noStepFree = new Set<string>();
  for (const kiosk of kiosks) {
    const found = fromKiosk(feed, kiosk, targets);
    const path = pathOf(json, 'places', kiosk.id);
    const id = shortText(kiosk.id);
    if (found.unreachable.length) {
      const n = found.unreachable.length;
      warn(path, m.unreachable(id, n, formatCount(n), boothList(found.unreachable)));
    }
    if (found.noStepFree.length) {
      const n = found.noStepFree.length;
      warn(path, m.noStepFree(id, n, formatCount(n), boothList(found.noStepFree)));
    }
    for (const b of found.unreachable) unreachable.add(b.id);
    for (const b of found.noStepFree) noStepFree.add(b.id);
  }
  // A booth no kiosk can reach along the aisles is named there; "far from the aisles" is for the others.
  const far = farBooths(
    feed,
    targets.filter((t) => !unreachable.has(t.booth.id)),
  );
  for (const { booth, metres } of far) {
    const path = pathOf(json, 'booths', booth.id);
    const door = booth.door && path !== '/booths' ? `${path}/door` : path;
    warn(door, m.farFromAisle(formatCount(Math.round(metres)), !!booth.door));
  }
  summary.unreachable = unreachable.size;
  summary.noStepFree = noStepFree.size;
  summary.farFromAisle = far.length;
  return { problems, summary };
}
