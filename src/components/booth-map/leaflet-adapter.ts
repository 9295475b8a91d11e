/**
 * The one place Fairkit touches Leaflet. Everything else in the booth map
 * talks in feed coordinates and imports Leaflet's pieces (and types) from
 * here, so swapping Leaflet's version or build is a one-file change.
 *
 * Leaflet 1.9's package entry is UMD only: a bare `import 'leaflet'` gives an
 * empty namespace in the browser, hence the ES module build by path.
 */
import {
  CRS,
  canvas,
  divIcon,
  DomEvent,
  featureGroup,
  imageOverlay,
  latLngBounds,
  layerGroup,
  map as createLeafletMap,
  marker,
  polygon,
  polyline,
  rectangle,
  svg,
  tileLayer,
} from 'leaflet/dist/leaflet-src.esm.js';
import type {
  FeatureGroup,
  ImageOverlay,
  LatLng,
  LatLngBounds,
  LatLngTuple,
  LayerGroup,
  Map as LeafletMap,
  MapOptions,
  Marker,
  PathOptions,
  Polygon,
  Polyline,
  Renderer,
} from 'leaflet';
import type { FairMap, Point } from '../../data/types.js';

export { canvas, divIcon, DomEvent, featureGroup, imageOverlay, latLngBounds, layerGroup, marker, polygon, polyline, rectangle, svg, tileLayer };
export type { FeatureGroup, ImageOverlay, LatLng, LatLngBounds, LatLngTuple, LayerGroup, LeafletMap, Marker, PathOptions, Polygon, Polyline, Renderer };

/**
 * Feed coordinates → Leaflet's. Plans are in image pixels with y down, and
 * `CRS.Simple` has y up, so a plan point `[x, y]` sits at latlng `[-y, x]`:
 * the plan then lies in the quadrant below the origin, the right way up.
 */
export function toLatLng(kind: FairMap['type'], point: Point): LatLngTuple {
  return kind === 'plan' ? [-point[1], point[0]] : [point[0], point[1]];
}

/** Leaflet's map, on the plan (`CRS.Simple`) or geographic (Web Mercator) coordinate system. */
export function createMap(container: HTMLElement, kind: FairMap['type'], options: MapOptions): LeafletMap {
  return createLeafletMap(container, { ...options, crs: kind === 'plan' ? CRS.Simple : CRS.EPSG3857 });
}

/** What this module reaches into Leaflet's privates for (each use says why). */
interface LeafletMapInternals {
  _sizeChanged?: boolean;
  _animatingZoom?: boolean;
}

/**
 * Tells Leaflet its container changed size. `invalidateSize()` does nothing
 * on a map that never had a view (created inside a hidden tab), and Leaflet
 * would keep the 0×0 size it cached then.
 */
export function markSizeChanged(map: LeafletMap): void {
  (map as unknown as LeafletMapInternals)._sizeChanged = true;
  map.invalidateSize({ animate: false });
}

/**
 * Removes a map, also in the middle of a zoom animation: Leaflet 1.9 leaves
 * a timer (the end of the zoom) that would run on the removed panes and
 * throw, unless the map no longer thinks it is animating.
 */
export function removeMap(map: LeafletMap): void {
  map.stop();
  (map as unknown as LeafletMapInternals)._animatingZoom = false;
  map.off();
  map.remove();
}
