/**
 * The tests' seam into the elements: what a test needs to wait for or to
 * shorten that is no part of an element's public API (not in its type, the
 * manifest or the README), so the visitor bundle carries none of it.
 *
 * Each reaches a private member with `el['name']`, which TypeScript allows
 * and type-checks: renaming one of those members fails `tsc` here, instead of
 * a test at random. Importing this file defines no element (the benches use
 * it too, so it needs nothing of the test runner).
 */
import type { FairBoothMap } from '../src/components/booth-map/booth-map.js';
import type { FairKiosk } from '../src/components/kiosk/kiosk.js';
import { loadedRouting, loadRouting } from '../src/data/venue.js';

type Point = { x: number; y: number };

/** Resolves after the browser has painted the current frame. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Resolves once `<fair-booth-map>` has drawn its current state: its feed
 * checked (or failed), its route engine in when it shows a route, and its
 * booth labels laid out for the current view.
 */
export async function mapReady(el: FairBoothMap): Promise<void> {
  // A route waits for the route engine's chunk the first time.
  if (el.routeTo && el.here && !loadedRouting()) await loadRouting();
  await el.updateComplete;
  // A feed is checked asynchronously: poll (half a second at most) until it is ready or failed, and drawn. One
  // that stays loading longer (a stalled server) is for the test to wait for as it sees fit.
  for (let i = 0; i < 50 && el['feedState']?.status === 'loading'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await el.updateComplete;
  }
  // Labels follow moves and zooms in the next frame (a resize observed now lands one later); a new level's
  // come a frame after its booths.
  await nextFrame();
  await nextFrame();
  const view = el['mapView'];
  if (view) {
    await view['labels'].laidOut();
    await nextFrame();
  }
}

/** A booth's middle in viewport pixels while `<fair-booth-map>` shows it, else undefined. */
export function boothScreenPoint(el: FairBoothMap, boothId: string): Point | undefined {
  const view = el['mapView'];
  const booth = view?.['booths'].get(boothId);
  if (!view || !booth || !view['fitted']) return undefined;
  const p = view.map.latLngToContainerPoint(booth.bounds.getCenter());
  const rect = view.map.getContainer().getBoundingClientRect();
  return { x: rect.left + p.x, y: rect.top + p.y };
}

/** Shortens the kiosk's first wait (2 s) before it fetches a feed that failed again; the waits still double. */
export function setRetryBase(el: FairKiosk, ms: number): void {
  el['feedRetry'].firstWait = ms;
}
