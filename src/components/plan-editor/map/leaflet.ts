/**
 * The one place the plan editor touches Leaflet and Geoman. The editor's
 * other modules take `L` from here and talk in feed coordinates: plan pixels,
 * y down, converted with {@link toLatLng} / {@link fromLatLng} as in the
 * booth map (`CRS.Simple` has y up, so plan `[x, y]` sits at latlng `[-y, x]`).
 *
 * Geoman (`@geoman-io/leaflet-geoman-free`) draws and edits the shapes. It
 * runs opted in (`L.PM.setOptIn(true)`): only the editor's map and the layers
 * it makes editable (`pmIgnore: false`) get Geoman's handlers, never another
 * map on the page. Its own tool bar and English tooltips are not shown: the
 * editor has its own translated tool bar and hints.
 */
import { L } from './leaflet-global.js';
import '@geoman-io/leaflet-geoman-free';
import type { LatLng, LatLngExpression, LatLngTuple, Polygon, Polyline } from 'leaflet';
import type { Point } from '../../../data/types.js';

L.PM.setOptIn(true);

export { L };

/** A plan point `[x, y]` (pixels, y down) as Leaflet's latlng. */
export function toLatLng(point: Point): LatLngTuple {
  return [-point[1], point[0]];
}

/** {@link toLatLng} for an outline. */
export function toLatLngs(points: readonly Point[]): LatLngTuple[] {
  return points.map(toLatLng);
}

/** A Leaflet latlng as a plan point, rounded to 0.01 px (the feed keeps no float noise). */
export function fromLatLng(latlng: LatLngExpression): Point {
  const ll = L.latLng(latlng);
  return [round(ll.lng), round(-ll.lat)];
}

export function round(value: number): number {
  return Math.round(value * 100) / 100 || 0;
}

/** Every vertex of a polyline or polygon (rings and parts flattened), in order. */
export function latLngsOf(layer: Polyline | Polygon): LatLng[] {
  const out: LatLng[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else out.push(value as LatLng);
  };
  walk(layer.getLatLngs());
  return out;
}
