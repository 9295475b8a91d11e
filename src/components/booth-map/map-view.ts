/**
 * The drawing side of `<fair-booth-map>`: one Leaflet map showing one level
 * at a time (plan image or tiles, booths, labels, places, "you are here" and
 * the route). The element owns the state and hands this class plain data in
 * feed coordinates; only this file and the labels know Leaflet's API.
 */
import { BoothLabels, type BoothSize, type LabelledBooth } from './booth-labels.js';
import {
  canvas,
  containsLayerPoint,
  createMap,
  imageOverlay,
  latLngBounds,
  markSizeChanged,
  removeMap,
  layerGroup,
  pin,
  polygon,
  polyline,
  rectangle,
  svg,
  loadTiles,
  toLatLng,
  toLatLngs,
  type LatLngBounds,
  type LayerGroup,
  type LeafletMap,
  type LeafletMouseEvent,
  type PathOptions,
  type Polygon,
} from './leaflet-adapter.js';
import { destinationIconElement, hereIconElement, placeIconElement } from './place-icons.js';
import type { FairMap, PlaceKind, Point } from '../../data/types.js';

/**
 * Above this many booths on a level Leaflet's Canvas renderer draws them
 * (one bitmap), below it SVG (crisper outlines, one node per booth). Measured
 * with `npm run bench`: SVG costs ~0.1 ms a booth to paint, Canvas ~0.06 ms,
 * and under a few hundred booths both paint within a frame.
 */
export const CANVAS_THRESHOLD = 300;

export interface BoothShape {
  id: string;
  outline: Point[];
  label: string;
  name: string;
  color: string;
  categories: readonly string[];
}

export interface PlaceMark {
  id: string;
  kind: PlaceKind;
  at: Point;
  name: string;
}

/** A booth on the map: what its label needs, its shape and its Leaflet layer. */
interface DrawnBooth extends LabelledBooth {
  shape: BoothShape;
  layer: Polygon;
}

/** One level as the map shows it. */
export interface LevelScene {
  /** `[[minX, minY], [maxX, maxY]]` of the plan (or the booths' extent on a geo map), in feed coordinates. */
  extent: [Point, Point];
  image?: string;
  tiles?: { url: string; attribution: string };
  booths: BoothShape[];
  /** The width of the widest booth and the height of the tallest, in feed coordinates. */
  largestBooth: [number, number];
  places: PlaceMark[];
  here?: { at: Point; label: string };
}

export interface MapColors {
  selected: string;
  route: string;
  routeCasing: string;
  plan: string;
  planEdge: string;
}

export interface MapViewOptions {
  kind: FairMap['type'];
  reducedMotion: boolean;
  colors: MapColors;
  onBoothActivate(id: string): void;
  onPlanImageError(): void;
  /** The word read before a booth's code on its label button ("Booth"). */
  boothWord(): string;
}

/** Place kinds whose names stay when two would touch, most needed first; other kinds follow. */
const NAME_PRIORITY = ['first-aid', 'info', 'entrance', 'exit', 'restroom', 'elevator', 'stairs', 'stage', 'food'];

/** How far past "whole plan fits" a visitor may zoom in, in zoom levels (×2 each). */
const ZOOM_IN_LEVELS = 4;

export class BoothMapView {
  readonly map: LeafletMap;
  private readonly kind: FairMap['type'];
  private readonly labels: BoothLabels;
  private readonly base: LayerGroup;
  private readonly boothLayer: LayerGroup;
  private readonly placeLayer: LayerGroup;
  private readonly routeLayer: LayerGroup;
  private readonly routeRenderer = svg({ pane: 'fair-route', padding: 0.5 });
  private readonly sheetRenderer = svg({ pane: 'fair-sheet', padding: 0.5 });
  /** The level's booths, in the feed's order. */
  private booths = new Map<string, DrawnBooth>();
  /** The same booths in the order they are drawn (bottom to top): grouped by colour. */
  private drawOrder: DrawnBooth[] = [];
  private extent?: LatLngBounds;
  /** The level's widest and tallest booth, in feed coordinates. */
  private largestBooth?: BoothSize;
  private selected?: string;
  private category?: string;
  private fitted = false;
  private removed = false;
  /** How many scenes were shown: tiles that arrive late belong to one of them. */
  private scenes = 0;
  /** The zoom that shows the whole level. */
  private fitZoom = 0;

  constructor(container: HTMLElement, private readonly options: MapViewOptions) {
    this.kind = options.kind;
    const motion = !options.reducedMotion;
    this.map = createMap(container, options.kind, {
      zoomControl: false,
      // Geo maps add theirs with the tiles (loaded on demand).
      attributionControl: false,
      zoomSnap: 0.25,
      zoomDelta: 0.5,
      wheelPxPerZoomLevel: 90,
      zoomAnimation: motion,
      fadeAnimation: motion,
      markerZoomAnimation: motion,
      inertia: motion,
      keyboardPanDelta: 60,
      maxBoundsViscosity: 0.8,
      bounceAtZoomLimits: false,
    });
    // The blank sheet has a pane of its own under the plan image: an SVG renderer's layer would cover the image.
    this.map.createPane('fair-sheet').style.zIndex = '140';
    this.map.createPane('fair-plan').style.zIndex = '150';
    this.map.createPane('fair-route').style.zIndex = '450';
    const labelPane = this.map.createPane('fair-labels');
    labelPane.style.zIndex = '500';
    this.base = layerGroup().addTo(this.map);
    this.boothLayer = layerGroup().addTo(this.map);
    // One click listener for every booth: booths have no listeners of their own, so Leaflet passes a
    // click on one (not ending a drag) to the map, and the booth under it is found here.
    this.map.on('click', (event) => {
      const id = this.boothAt((event as LeafletMouseEvent).layerPoint);
      if (id) this.options.onBoothActivate(id);
    });
    this.routeLayer = layerGroup().addTo(this.map);
    this.placeLayer = layerGroup().addTo(this.map);
    this.labels = new BoothLabels(this.map, labelPane, options.onBoothActivate, options.boothWord, options.kind === 'plan');
    // Labels are laid out for a settled view; while Leaflet animates a zoom they would sit in the wrong place.
    this.map.on('zoomstart', () => labelPane.classList.add('zooming'));
    this.map.on('zoomend moveend resize', () => {
      labelPane.classList.remove('zooming');
      this.labels.update();
    });
    this.map.on('zoomend', () => this.declutterPlaces());
  }

  /**
   * Hides the name of a place that would touch the name or badge of one kept
   * before it (the badges and "you are here" first, then the names by
   * {@link NAME_PRIORITY} and the feed's order), so neighbours such as first aid and the restrooms never
   * print over each other; zooming in brings the name back. The badge stays,
   * and the list view names every place.
   */
  private declutterPlaces(): void {
    const pane = this.map.getPane('markerPane');
    // A map removed, or with no size yet (hidden): nothing to measure; a resize comes back here.
    if (!pane?.isConnected || !this.map.getContainer().clientWidth) return;
    const kept: DOMRect[] = [];
    const touches = (r: DOMRect) => kept.some((k) => r.left < k.right + 2 && r.right > k.left - 2 && r.top < k.bottom + 2 && r.bottom > k.top - 2);
    for (const el of pane.querySelectorAll('.fair-place-badge, .fair-here-label, .fair-here-dot, .fair-destination')) kept.push(el.getBoundingClientRect());
    // What a visitor may need in a hurry keeps its name first; then the feed's order.
    const rank = (name: HTMLElement) => {
      const kind = /fair-place--([a-z-]+)/.exec(name.parentElement?.className ?? '')?.[1] ?? '';
      const i = NAME_PRIORITY.indexOf(kind);
      return i < 0 ? NAME_PRIORITY.length : i;
    };
    const names = [...pane.querySelectorAll<HTMLElement>('.fair-place-name')].sort((a, b) => rank(a) - rank(b));
    // Hidden names keep their box (opacity), so each is measured where it would be.
    for (const name of names) {
      const box = name.getBoundingClientRect();
      const hide = touches(box);
      name.classList.toggle('hidden', hide);
      if (!hide) kept.push(box);
    }
  }

  private ll(p: Point) {
    return toLatLng(this.kind, p);
  }

  /** Clears the map and draws one level. */
  showScene(scene: LevelScene): void {
    this.scenes++;
    this.base.clearLayers();
    this.boothLayer.clearLayers();
    this.placeLayer.clearLayers();
    this.routeLayer.clearLayers();
    this.booths.clear();
    this.drawOrder = [];
    const { colors } = this.options;
    this.extent = latLngBounds([this.ll(scene.extent[0]), this.ll(scene.extent[1])]);
    this.largestBooth = { w: scene.largestBooth[0], h: scene.largestBooth[1] };
    // The view first, the layers after: on a map with a view each booth is added at once, instead of
    // being queued as a 'load' listener (Leaflet checks every queued listener against the others).
    this.map.setMaxBounds(this.extent.pad(0.15));
    this.fitted = false;
    this.fit(false);

    if (scene.tiles) {
      const { url, attribution } = scene.tiles;
      const scenes = this.scenes;
      void loadTiles().then(({ addTiles }) => {
        // Not if the map went away or showed another level meanwhile.
        if (!this.removed && scenes === this.scenes) addTiles(this.map, this.base, url, attribution);
      });
    } else {
      // A blank sheet under the plan: also what a visitor sees when the image is missing.
      rectangle(this.extent, { renderer: this.sheetRenderer, interactive: false, color: colors.planEdge, weight: 1, fillColor: colors.plan, fillOpacity: 1 }).addTo(this.base);
      if (scene.image) {
        const overlay = imageOverlay(scene.image, this.extent, { pane: 'fair-plan', interactive: false, alt: '' });
        overlay.once('error', () => {
          overlay.remove();
          this.options.onPlanImageError();
        });
        overlay.addTo(this.base);
      }
    }

    const renderer = scene.booths.length > CANVAS_THRESHOLD ? canvas({ tolerance: 3 }) : svg({ padding: 0.3 });
    // Drawn a colour at a time (each colour in the order it first appears, each group in the feed's
    // order): a canvas parses a colour whenever it changes, and 2,000 booths in alternating category
    // colours took 8 ms to draw instead of 5. Booths on a plan do not overlap, so the picture is the
    // same (where two do, a click still picks the one drawn on top).
    const groups = new Map<string, DrawnBooth[]>();
    // One options object per state (selected, dimmed, plain) and colour, shared by the booths that
    // have them (Leaflet copies it).
    const styles = [new Map<string, PathOptions>(), new Map<string, PathOptions>(), new Map<string, PathOptions>()];
    for (const shape of scene.booths) {
      const dimmed = this.isDimmed(shape);
      const byColor = styles[shape.id === this.selected ? 0 : dimmed ? 1 : 2];
      let style = byColor.get(shape.color);
      if (!style) byColor.set(shape.color, (style = { renderer, ...this.boothStyle(shape), className: 'fair-booth' }));
      const layer = polygon(toLatLngs(this.kind, shape.outline), style);
      const booth: DrawnBooth = { id: shape.id, label: shape.label, name: shape.name, bounds: layer.getBounds(), dimmed, shape, layer };
      this.booths.set(shape.id, booth);
      const group = groups.get(shape.color);
      if (group) group.push(booth);
      else groups.set(shape.color, [booth]);
    }
    for (const group of groups.values()) {
      for (const booth of group) {
        booth.layer.addTo(this.boothLayer);
        this.drawOrder.push(booth);
      }
    }

    for (const place of scene.places) {
      const element = placeIconElement(place.kind, place.name);
      pin(this.ll(place.at), element, 'fair-place-icon').addTo(this.placeLayer);
    }
    if (scene.here) {
      pin(this.ll(scene.here.at), hereIconElement(scene.here.label), 'fair-here-icon', 1000).addTo(this.placeLayer);
    }
    // Measured in the next frame, once the pins are laid out (in the layout that frame does anyway).
    if (scene.places.length) requestAnimationFrame(() => this.declutterPlaces());

    this.refreshLabels();
  }

  /**
   * The booth drawn at a point (layer pixels): the topmost one, as the
   * renderers stack them (the selected booth is brought to the front, the
   * others in the order they were drawn).
   */
  private boothAt(point: LeafletMouseEvent['layerPoint']): string | undefined {
    const selected = this.selected ? this.booths.get(this.selected) : undefined;
    if (selected && containsLayerPoint(selected.layer, point)) return selected.shape.id;
    for (let i = this.drawOrder.length - 1; i >= 0; i--) {
      if (containsLayerPoint(this.drawOrder[i].layer, point)) return this.drawOrder[i].shape.id;
    }
    return undefined;
  }

  /** Shows the whole level. Skipped (and retried by {@link resize}) while the map has no size. */
  fit(animate = !this.options.reducedMotion): void {
    if (!this.extent) return;
    const size = this.map.getSize();
    if (!size.x || !size.y) return;
    const padding: [number, number] = [12, 12];
    // getBoundsZoom clamps to the current zoom limits, and Leaflet's default minimum is 0: a plan
    // wider than the map (zoom < 0) would be cut off on the first fit. Ask without limits.
    const limits = this.map.options;
    limits.minZoom = -Infinity;
    limits.maxZoom = Infinity;
    const fitZoom = (this.fitZoom = this.map.getBoundsZoom(this.extent, false, [2 * padding[0], 2 * padding[1]] as never));
    this.map.setMinZoom(fitZoom - 1);
    this.map.setMaxZoom(fitZoom + ZOOM_IN_LEVELS);
    this.map.fitBounds(this.extent, { padding, animate });
    this.fitted = true;
  }

  /**
   * After the container changed size: resize Leaflet, and fit the level if it
   * never could. `observed` is the size a ResizeObserver reported: when it is
   * the size the map already has (the observer's first report, just after the
   * map was made), there is nothing to do.
   */
  resize(observed?: { width: number; height: number }): void {
    if (observed && this.fitted) {
      const size = this.map.getSize();
      if (observed.width === size.x && observed.height === size.y) return;
    }
    const el = this.map.getContainer();
    if (!el.clientWidth || !el.clientHeight) return;
    markSizeChanged(this.map);
    if (!this.fitted) this.fit(false);
    this.labels.update();
    this.declutterPlaces();
  }

  zoomBy(delta: number): void {
    this.map.setZoom(this.map.getZoom() + delta, { animate: !this.options.reducedMotion });
  }

  private boothStyle(shape: BoothShape): PathOptions {
    const selected = shape.id === this.selected;
    const dimmed = this.isDimmed(shape);
    if (selected) return { color: this.options.colors.selected, weight: 4, opacity: 1, fillColor: shape.color, fillOpacity: 0.8 };
    if (dimmed) return { color: shape.color, weight: 1, opacity: 0.25, fillColor: shape.color, fillOpacity: 0.06 };
    return { color: darker(shape.color), weight: 1.5, opacity: 0.9, fillColor: shape.color, fillOpacity: 0.38 };
  }

  private isDimmed(shape: BoothShape): boolean {
    return !!this.category && !shape.categories.includes(this.category);
  }

  setCategory(category: string | undefined): void {
    // Booths are drawn with the current filter's style: restyling all of them again costs a frame's worth at 2,000.
    if (category === this.category) return;
    this.category = category;
    for (const booth of this.booths.values()) {
      booth.layer.setStyle(this.boothStyle(booth.shape));
      booth.dimmed = this.isDimmed(booth.shape);
    }
    this.labels.update();
  }

  /** Marks a booth selected; with `reveal`, pans (and zooms in if it is small) to show it. */
  setSelected(id: string | undefined, reveal: boolean): void {
    const previous = this.selected ? this.booths.get(this.selected) : undefined;
    this.selected = id;
    if (previous) previous.layer.setStyle(this.boothStyle(previous.shape));
    const booth = id ? this.booths.get(id) : undefined;
    if (booth) {
      booth.layer.setStyle(this.boothStyle(booth.shape));
      booth.layer.bringToFront();
      if (reveal) this.reveal(booth.bounds);
    }
    this.labels.setSelected(id);
  }

  private reveal(bounds: LatLngBounds): void {
    const size = this.map.getSize();
    if (!size.x || !size.y) return;
    const animate = !this.options.reducedMotion;
    // Zoom in only as far as a booth a quarter of the view wide, and never out.
    const target = Math.min(this.map.getBoundsZoom(bounds.pad(2.5)), this.map.getMaxZoom() - 2);
    const zoom = Math.max(this.map.getZoom(), target);
    if (zoom === this.map.getZoom() && this.map.getBounds().pad(-0.1).contains(bounds)) return;
    this.map.setView(bounds.getCenter(), zoom, { animate });
  }

  /** Draws the route's legs on this level; `straight` draws them dashed (no aisle route). */
  setRoute(legs: Point[][], straight: boolean, destination: Point | undefined, fit: boolean): void {
    this.routeLayer.clearLayers();
    const { colors } = this.options;
    const lines = legs.filter((l) => l.length > 1).map((l) => l.map((p) => this.ll(p)));
    for (const line of lines) {
      polyline(line, { renderer: this.routeRenderer, color: colors.routeCasing, weight: 10, opacity: 0.95, interactive: false, lineCap: 'round', lineJoin: 'round', dashArray: straight ? '1 16' : undefined }).addTo(this.routeLayer);
      polyline(line, { renderer: this.routeRenderer, color: colors.route, weight: 5, opacity: 1, interactive: false, lineCap: 'round', lineJoin: 'round', dashArray: straight ? '1 12' : undefined, className: 'fair-route-line' }).addTo(this.routeLayer);
    }
    if (destination) {
      pin(this.ll(destination), destinationIconElement(), 'fair-destination-icon', 900).addTo(this.routeLayer);
    }
    if (fit && lines.length) {
      const bounds = latLngBounds(lines.flat());
      if (destination) bounds.extend(this.ll(destination));
      const size = this.map.getSize();
      if (size.x && size.y) this.map.fitBounds(bounds.pad(0.2), { animate: !this.options.reducedMotion, maxZoom: this.fitZoom + 1.5 });
    }
  }

  refreshLabels(): void {
    // On a plan, feed coordinates are Leaflet's pixels at zoom 0 (CRS.Simple), as the labels measure booths.
    this.labels.setBooths([...this.booths.values()], this.kind === 'plan' ? this.largestBooth : undefined);
  }

  /** The on-screen label button of a booth, when it is shown. */
  labelOf(id: string): HTMLButtonElement | undefined {
    return this.labels.buttonOf(id);
  }

  /** A booth's middle in viewport pixels (for tests and for placing UI over it). */
  boothScreenPoint(id: string): { x: number; y: number } | undefined {
    const booth = this.booths.get(id);
    if (!booth || !this.fitted) return undefined;
    const p = this.map.latLngToContainerPoint(booth.bounds.getCenter());
    const rect = this.map.getContainer().getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }

  destroy(): void {
    this.removed = true;
    this.labels.cancel();
    removeMap(this.map);
    this.booths.clear();
    this.drawOrder = [];
  }
}

const darkened = new Map<string, string>();
/** The outline colour of a booth: its category colour, darker (cached: thousands of booths share eight colours). */
function darker(color: string): string {
  let value = darkened.get(color);
  if (value === undefined) darkened.set(color, (value = shade(color, -0.35)));
  return value;
}

/** Lightens (amount > 0) or darkens (< 0) a `#rrggbb` colour; anything else is returned as it is. */
export function shade(color: string, amount: number): string {
  const m = /^#([0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return color;
  const n = parseInt(m[1], 16);
  const channel = (c: number) => Math.round(amount < 0 ? c * (1 + amount) : c + (255 - c) * amount);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(channel);
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}
