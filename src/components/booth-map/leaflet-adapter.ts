/**
 * The one place Fairkit touches Leaflet. Everything else in the booth map
 * talks in feed coordinates and imports Leaflet's pieces (and types) from
 * here, so swapping Leaflet's version or build is a one-file change.
 *
 * Leaflet 1.9's package entry is UMD only (a bare `import 'leaflet'` gives an
 * empty namespace in the browser), and its one-file ES build registers every
 * layer, control and handler, so nothing in it can be tree-shaken. We import
 * its ES sources, module by module: only what the booth map uses, which takes
 * Leaflet from 42 to 32 KB gzipped. Importing a handler or control module
 * registers it on `Map` (that is Leaflet's design).
 */
import { createMap as createLeafletMap } from 'leaflet/src/map/Map.js';
import 'leaflet/src/map/handler/Map.Drag.js';
import 'leaflet/src/map/handler/Map.TouchZoom.js';
import 'leaflet/src/map/handler/Map.ScrollWheelZoom.js';
import 'leaflet/src/map/handler/Map.DoubleClickZoom.js';
import 'leaflet/src/map/handler/Map.Keyboard.js';
import 'leaflet/src/layer/vector/Renderer.getRenderer.js';
// The control corners must exist when a map is created, for a geo map's attribution added later.
import 'leaflet/src/control/Control.js';
// The two coordinate systems the map uses, not Leaflet's index of all of them (EPSG:3395 and 4326 with their
// projections: 0.5 KB gzip no fair needs).
import { Simple } from 'leaflet/src/geo/crs/CRS.Simple.js';
import { EPSG3857 } from 'leaflet/src/geo/crs/CRS.EPSG3857.js';
import { toLatLngBounds as latLngBounds } from 'leaflet/src/geo/LatLngBounds.js';
import { imageOverlay } from 'leaflet/src/layer/ImageOverlay.js';
import { layerGroup } from 'leaflet/src/layer/LayerGroup.js';
import { Layer } from 'leaflet/src/layer/Layer.js';
import { setPosition } from 'leaflet/src/dom/DomUtil.js';
import { canvas } from 'leaflet/src/layer/vector/Canvas.js';
import { polygon } from 'leaflet/src/layer/vector/Polygon.js';
import { polyline } from 'leaflet/src/layer/vector/Polyline.js';
import { rectangle } from 'leaflet/src/layer/vector/Rectangle.js';
import { svg } from 'leaflet/src/layer/vector/SVG.js';
import type {
  ImageOverlay,
  LatLng,
  LatLngBounds,
  LatLngTuple,
  LayerGroup,
  LeafletMouseEvent,
  Map as LeafletMap,
  MapOptions,
  PathOptions,
  Polygon,
  Point as PixelPoint,
  Polyline,
  Renderer,
} from 'leaflet';
import type { FairMap, Point } from '../../data/types.js';

export { canvas, imageOverlay, latLngBounds, layerGroup, polygon, polyline, rectangle, svg };

/** Tiles for geo maps, loaded on demand (see leaflet-tiles.ts). */
export const loadTiles = () => import('./leaflet-tiles.js');
export type {
  ImageOverlay,
  LatLng,
  LatLngBounds,
  LatLngTuple,
  LayerGroup,
  LeafletMap,
  LeafletMouseEvent,
  PathOptions,
  Polygon,
  Polyline,
  Renderer,
};

/**
 * Feed coordinates → Leaflet's. Plans are in image pixels with y down, and
 * `CRS.Simple` has y up, so a plan point `[x, y]` sits at latlng `[-y, x]`:
 * the plan then lies in the quadrant below the origin, the right way up.
 */
export function toLatLng(kind: FairMap['type'], point: Point): LatLngTuple {
  return kind === 'plan' ? [-point[1], point[0]] : [point[0], point[1]];
}

/** {@link toLatLng} for a whole outline. */
export function toLatLngs(kind: FairMap['type'], points: readonly Point[]): LatLngTuple[] {
  return points.map((p) => toLatLng(kind, p));
}

/** Leaflet's map, on the plan (`CRS.Simple`) or geographic (Web Mercator) coordinate system. */
export function createMap(container: HTMLElement, kind: FairMap['type'], options: MapOptions): LeafletMap {
  return createLeafletMap(container, { ...options, crs: kind === 'plan' ? Simple : EPSG3857 });
}

/** A DOM element pinned to a point of the map (see {@link pin}). */
export interface Pin {
  addTo(group: LayerGroup | LeafletMap): this;
}

interface PinState {
  _map?: LeafletMap & {
    _latLngToNewLayerPoint(latlng: LatLngTuple, zoom: number, center: LatLng): PixelPoint;
    _zoomAnimated: boolean;
  };
  _zoomAnimated?: boolean;
  _box: HTMLElement;
  _at: LatLngTuple;
  _z: number;
  getPane(name: string): HTMLElement;
}

/**
 * What the map needs of Leaflet's Marker and DivIcon (a place badge, "you are
 * here", the route's end): an element that stays on its point through pans
 * and (animated) zooms, stacked by its y like a marker. Never interactive or
 * draggable, so it is a small Layer instead of Marker's 2 KB gzipped.
 */
const PinLayer = Layer.extend({
  initialize(this: PinState, at: LatLngTuple, element: HTMLElement, className: string, zIndexOffset: number) {
    this._at = at;
    this._z = zIndexOffset;
    this._box = document.createElement('div');
    this._box.className = `leaflet-marker-icon ${className}`;
    this._box.append(element);
  },
  onAdd(this: PinState & { update(): void; _animateZoom(): void }) {
    // As Marker: zoom-animated only when the map animates markers (not under reduced motion).
    this._zoomAnimated = this._map!._zoomAnimated && this._map!.options.markerZoomAnimation !== false;
    if (this._zoomAnimated) this._map!.on('zoomanim', this._animateZoom, this);
    this._box.classList.add(this._zoomAnimated ? 'leaflet-zoom-animated' : 'leaflet-zoom-hide');
    this.getPane('markerPane').append(this._box);
    this.update();
  },
  onRemove(this: PinState & { _animateZoom(): void }) {
    if (this._zoomAnimated) this._map!.off('zoomanim', this._animateZoom, this);
    this._box.remove();
  },
  // Called by Leaflet before onAdd (and undone on removal): the events every pin needs.
  getEvents(this: PinState & { update(): void }) {
    return { zoom: this.update, viewreset: this.update };
  },
  update(this: PinState & { _place(p: PixelPoint): void }) {
    if (this._map) this._place(this._map.latLngToLayerPoint(this._at).round());
  },
  _animateZoom(this: PinState & { _place(p: PixelPoint): void }, e: { zoom: number; center: LatLng }) {
    this._place(this._map!._latLngToNewLayerPoint(this._at, e.zoom, e.center).round());
  },
  _place(this: PinState, p: PixelPoint) {
    setPosition(this._box, p);
    this._box.style.zIndex = String(p.y + this._z);
  },
}) as unknown as new (at: LatLngTuple, element: HTMLElement, className: string, zIndexOffset: number) => Pin;

/** Pins `element` (in a `div.leaflet-marker-icon.<className>`) to `at`, in the marker pane. */
export function pin(at: LatLngTuple, element: HTMLElement, className: string, zIndexOffset = 0): Pin {
  return new PinLayer(at, element, className, zIndexOffset);
}

/** What this module reaches into Leaflet's privates for (each use says why). */
interface PolygonInternals {
  _containsPoint?(point: PixelPoint): boolean;
}

/**
 * Whether a drawn polygon covers a point in layer pixels (a click's
 * `layerPoint`): the test Leaflet's Canvas renderer runs on a click, with its
 * stroke and the renderer's `tolerance`. The booth map hit-tests its booths
 * with it on the map's one click listener, instead of making every booth an
 * event source (a FeatureGroup parent per booth costs ~2 ms a first paint at
 * 2,000 booths).
 */
export function containsLayerPoint(layer: Polygon, point: PixelPoint): boolean {
  return (layer as unknown as PolygonInternals)._containsPoint?.(point) ?? false;
}

interface LeafletMapInternals {
  _loaded?: boolean;
  _sizeChanged?: boolean;
  _panAnim?: { stop(): void; off(): void };
  _animatingZoom?: boolean;
  _onZoomTransitionEnd?: () => void;
}

/**
 * Ends a zoom animation still under way, at its target, before the view is
 * set anew. Leaflet 1.9 ends one on a timer it does not cancel: when that
 * timer fires after a later setView/fitBounds, it moves the map back to the
 * old animation's centre (seen: a route framed as a level was redrawn, then
 * moved off it by the start view's zoom ending).
 */
export function settleZoom(map: LeafletMap): void {
  const internals = map as unknown as LeafletMapInternals;
  // Its own check (`_animatingZoom`) makes the pending timer's call a no-op afterwards.
  if (internals._animatingZoom) internals._onZoomTransitionEnd?.call(map);
}

/**
 * Tells Leaflet its container changed size. `invalidateSize()` does nothing
 * on a map that never had a view (created inside a hidden tab), and Leaflet
 * would keep the 0×0 size it cached then: such a map is told to measure
 * again. A map with a view compares its cached size with the new one and,
 * when they differ, fires the move and resize events that make the renderers
 * cover (and draw) the new area: its cache must not be refreshed first.
 */
export function markSizeChanged(map: LeafletMap): void {
  const internals = map as unknown as LeafletMapInternals;
  if (internals._loaded) map.invalidateSize({ animate: false });
  else internals._sizeChanged = true;
}

/**
 * Removes a map, also in the middle of a zoom or pan animation: Leaflet 1.9
 * leaves a timer (the end of the zoom) and an animation frame (the end of the
 * pan) that would run on the removed panes and throw.
 */
export function removeMap(map: LeafletMap): void {
  const internals = map as unknown as LeafletMapInternals;
  // Not map.stop(): it sets the zoom again first, which projects and redraws every booth
  // (2,000 on a big hall) just before they are thrown away. map.remove() stops the animations.
  internals._animatingZoom = false;
  // A pan animation whose frame is already queued would fire its end on the
  // removed panes and throw (seen when a kiosk resets mid-pan): deafen it.
  internals._panAnim?.off();
  map.off();
  map.remove();
}
