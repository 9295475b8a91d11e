/**
 * Can a visitor walk from every kiosk to every booth? The data layer's
 * reachability report (src/data/routing/reachability.ts, the one the plan
 * editor shows live), worded for the organizer: per kiosk, the booths the
 * aisles do not join to it (the kiosk then draws a straight line) and those
 * with no step-free way. Both are warnings: the kiosk still shows the booth
 * and a way to it, only a poorer one, and the feed checker's rule is that an
 * error is for what cannot be used at all. A booth whose door lies far from
 * every aisle is a warning of its own (its route ends with a walk across the
 * plan), once per booth, and not repeated under each kiosk.
 */
import { reachability } from '../../data/routing/reachability.js';
import { boothEnd } from '../../data/routing/routing.js';
import type { Booth, FairFeed } from '../../data/types.js';
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
  const booths = feed.booths.filter((booth) => boothEnd(feed, booth));
  const kiosks = (feed.places ?? []).filter((p) => p.kind === 'kiosk');
  const summary: RoutesSummary = {
    kiosks: kiosks.length,
    booths: booths.length,
    unreachable: 0,
    noStepFree: 0,
    farFromAisle: 0,
    checked: kiosks.length > 0 && booths.length > 0,
  };
  const problems: CheckProblem[] = [];
  const warn = (path: string, message: string) =>
    problems.push({ severity: 'warning', path, message, item: itemAt(json, path, fallbacks), source: 'routes' });
  if (!booths.length) return { problems, summary };
  if (!kiosks.length) {
    problems.push({ severity: 'warning', path: '/places', message: m.noKiosk, item: null, source: 'routes' });
    return { problems, summary };
  }

  const report = reachability(feed, { maxDoorMetres: FAR_FROM_AISLE });
  const byId = new Map(booths.map((booth) => [booth.id, booth]));
  const named = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  // A booth far from every aisle is named once, on its own, not under every kiosk.
  const far = new Set(report.offAisle.filter((id) => byId.has(id) && report.aisleMetres.has(id)));
  const unreachable = new Set<string>();
  const noStepFree = new Set<string>();
  for (const kiosk of report.kiosks) {
    const path = pathOf(json, 'places', kiosk.kiosk);
    const id = shortText(kiosk.kiosk);
    const cut = named(kiosk.unreachable.filter((booth) => !far.has(booth)));
    if (cut.length) warn(path, m.unreachable(id, cut.length, formatCount(cut.length), boothList(cut)));
    const steps = named(kiosk.noStepFree);
    if (steps.length) warn(path, m.noStepFree(id, steps.length, formatCount(steps.length), boothList(steps)));
    for (const b of cut) unreachable.add(b.id);
    for (const b of steps) noStepFree.add(b.id);
  }
  for (const booth of named([...far])) {
    const path = pathOf(json, 'booths', booth.id);
    const door = booth.door && path !== '/booths' ? `${path}/door` : path;
    warn(door, m.farFromAisle(formatCount(Math.round(report.aisleMetres.get(booth.id)!)), !!booth.door));
  }
  summary.unreachable = unreachable.size;
  summary.noStepFree = noStepFree.size;
  summary.farFromAisle = far.size;
  return { problems, summary };
}
