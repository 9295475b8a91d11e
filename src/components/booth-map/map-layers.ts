/**
 * What the booth map draws of one level, as Leaflet layers: the blank sheet
 * and the plan image (or the tiles) under everything, the booths (one polygon
 * each, grouped by colour, styled by state), the place pins and "you are
 * here", the route's line and its end, and the hit test that finds the booth
 * under a click. {@link LevelLayers} extends the viewport (`viewport.ts`) and
 * is extended by the map view (`map-view.ts`): one map, split by job.
 */
import { MapViewport } from './viewport.js';
import {
  canvas,
  containsLayerPoint,
  createMap,
  imageOverlay,
  layerGroup,
  loadTiles,
  pin,
  polygon,
  polyline,
  rectangle,
  svg,
  toLatLng,
  toLatLngs,
  type LatLngBounds,
  type LatLngTuple,
  type LayerGroup,
  type LeafletMap,
  type LeafletMouseEvent,
  type PathOptions,
  type Polygon,
} from './leaflet-adapter.js';
import type { LabelledBooth } from './booth-labels.js';
import { placeRank, type PlacePin } from './place-declutter.js';
import { destinationIconElement, hereIconElement, placeIconElement } from './place-icons.js';
import type { BoothShape, LevelScene } from './scene.js';
import type { FairMap, Point } from '../../data/types.js';

/**
 * Above this many booths on a level Leaflet's Canvas renderer draws them
 * (one bitmap), below it SVG (crisper outlines, one node per booth). Measured
 * with `npm run bench`: SVG costs ~0.1 ms a booth to paint, Canvas ~0.06 ms,
 * and under a few hundred booths both paint within a frame.
 */
export const CANVAS_THRESHOLD = 300;

/** The colours the map draws with (Leaflet's vector layers take colours, not CSS custom properties). */
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
  /** The map's own buttons over it (levels, zoom, list), in viewport pixels: no label or badge goes under them. */
  controlRects?(): DOMRect[];
  /** The groups of those buttons (the level switcher, the zoom and list buttons), in viewport pixels. */
  controlGroups?(): DOMRect[];
}

/** A stop of a route on the shown level: where its pin stands, and its number in the walk (0: none). */
export type Stop = readonly [Point, number];

/** A booth on the map: what its label needs, its shape and its Leaflet layer. */
export interface DrawnBooth extends LabelledBooth {
  shape: BoothShape;
  layer: Polygon;
}

/** The map's colours as the element's styles set them (its private `--_*` tokens), with the defaults. */
export function mapColors(element: Element): MapColors {
  const style = getComputedStyle(element);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    selected: token('--_selected', '#c2410c'),
    route: token('--_route', '#1565c0'),
    routeCasing: '#ffffff',
    plan: token('--_plan', '#ffffff'),
    planEdge: token('--_border', '#cfd6d2'),
  };
}

/** A Leaflet map for a plan or a geo map, with the booth map's panes (`fair-labels` holds the booth labels). */
function createBoothMap(container: HTMLElement, kind: FairMap['type'], reducedMotion: boolean): LeafletMap {
  const motion = !reducedMotion;
  const map = createMap(container, kind, {
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
  map.createPane('fair-sheet').style.zIndex = '140';
  map.createPane('fair-plan').style.zIndex = '150';
  map.createPane('fair-route').style.zIndex = '450';
  map.createPane('fair-labels').style.zIndex = '500';
  return map;
}

export abstract class LevelLayers extends MapViewport {
  private readonly base: LayerGroup;
  private readonly boothLayer: LayerGroup;
  protected readonly placeLayer: LayerGroup;
  private readonly routeLayer: LayerGroup;
  private readonly routeRenderer = svg({ pane: 'fair-route', padding: 0.5 });
  private readonly sheetRenderer = svg({ pane: 'fair-sheet', padding: 0.5 });
  /** The level's booths, in the feed's order. */
  protected booths = new Map<string, DrawnBooth>();
  /** The same booths in the order they are drawn (bottom to top): grouped by colour. */
  protected drawOrder: DrawnBooth[] = [];
  protected selected?: string;
  protected category?: string;
  /** The place pins, "you are here" and the route's end, as drawn (the declutter step moves and names them). */
  protected places: PlacePin[] = [];
  protected here?: { at: LatLngTuple; root: HTMLElement };
  protected destination?: LatLngTuple;
  /** Set once the map is gone: tiles that arrive late are not added. */
  protected removed = false;
  /** How many scenes were shown: tiles that arrive late belong to one of them. */
  private scenes = 0;

  constructor(
    container: HTMLElement,
    protected readonly options: MapViewOptions,
  ) {
    super(
      createBoothMap(container, options.kind, options.reducedMotion),
      options.kind,
      !options.reducedMotion,
      options,
    );
    this.base = layerGroup().addTo(this.map);
    this.boothLayer = layerGroup().addTo(this.map);
    // One click listener for every booth: booths have no listeners of their own, so Leaflet passes a
    // click on one (not ending a drag) to the map, and the booth under it is found here.
    this.map.on('click', (event) => {
      const id = this.boothAt(event.layerPoint);
      if (id) this.options.onBoothActivate(id);
    });
    this.routeLayer = layerGroup().addTo(this.map);
    this.placeLayer = layerGroup().addTo(this.map);
  }

  protected ll(p: Point): LatLngTuple {
    return toLatLng(this.kind, p);
  }

  /** Takes the level shown off the map. */
  protected clearLevel(): void {
    this.scenes++;
    this.base.clearLayers();
    this.boothLayer.clearLayers();
    this.placeLayer.clearLayers();
    this.routeLayer.clearLayers();
  }

  /** Draws a level's layers: the plan (or the tiles) in `extent`, the booths, the places and "you are here". */
  protected drawLevel(scene: LevelScene, extent: LatLngBounds): void {
    const { colors } = this.options;
    if (scene.tiles) {
      const { url, attribution } = scene.tiles;
      const scenes = this.scenes;
      void loadTiles().then(({ addTiles }) => {
        // Not if the map went away or showed another level meanwhile.
        if (!this.removed && scenes === this.scenes) addTiles(this.map, this.base, url, attribution);
      });
    } else {
      // A blank sheet under the plan: also what a visitor sees when the image is missing.
      rectangle(extent, {
        renderer: this.sheetRenderer,
        interactive: false,
        color: colors.planEdge,
        weight: 1,
        fillColor: colors.plan,
        fillOpacity: 1,
      }).addTo(this.base);
      if (scene.image) {
        const overlay = imageOverlay(scene.image, extent, { pane: 'fair-plan', interactive: false, alt: '' });
        overlay.once('error', () => {
          overlay.remove();
          this.options.onPlanImageError();
        });
        overlay.addTo(this.base);
      }
    }

    this.booths.clear();
    this.drawOrder = [];
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
      const booth: DrawnBooth = {
        id: shape.id,
        label: shape.label,
        name: shape.name,
        bounds: layer.getBounds(),
        dimmed,
        shape,
        layer,
      };
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

    this.places = scene.places.map((place, i) => {
      const root = placeIconElement(place.kind, place.name);
      const at = this.ll(place.at);
      pin(at, root, 'fair-place-icon').addTo(this.placeLayer);
      const name = root.querySelector<HTMLElement>('.fair-place-name') ?? undefined;
      return { at, root, name, rank: placeRank(place.kind, i, scene.places.length) };
    });
    this.here = undefined;
    this.destination = undefined;
    if (scene.here) {
      const at = this.ll(scene.here.at);
      const root = hereIconElement(scene.here.label);
      pin(at, root, 'fair-here-icon', 1000).addTo(this.placeLayer);
      this.here = { at, root };
    }
  }

  /** A booth's outline and fill: selected, dimmed by the category filter, or plain. */
  protected boothStyle(shape: BoothShape): PathOptions {
    const selected = shape.id === this.selected;
    const dimmed = this.isDimmed(shape);
    if (selected)
      return { color: this.options.colors.selected, weight: 4, opacity: 1, fillColor: shape.color, fillOpacity: 0.8 };
    if (dimmed) return { color: shape.color, weight: 1, opacity: 0.25, fillColor: shape.color, fillOpacity: 0.06 };
    return { color: darker(shape.color), weight: 1.5, opacity: 0.9, fillColor: shape.color, fillOpacity: 0.38 };
  }

  protected isDimmed(shape: BoothShape): boolean {
    return !!this.category && !shape.categories.includes(this.category);
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

  /**
   * Draws the route's `lines` on this level (a casing and the line over it;
   * `straight`: dashed, no aisle route), and a pin on each of its `stops`
   * (the last is the `destination` place names keep clear of).
   */
  protected drawRoute(lines: readonly LatLngTuple[][], straight: boolean, stops: readonly Stop[]): void {
    this.routeLayer.clearLayers();
    const { colors } = this.options;
    for (const line of lines) {
      polyline(line, {
        renderer: this.routeRenderer,
        color: colors.routeCasing,
        weight: 10,
        opacity: 0.95,
        interactive: false,
        lineCap: 'round',
        lineJoin: 'round',
        dashArray: straight ? '1 16' : undefined,
      }).addTo(this.routeLayer);
      polyline(line, {
        renderer: this.routeRenderer,
        color: colors.route,
        weight: 5,
        opacity: 1,
        interactive: false,
        lineCap: 'round',
        lineJoin: 'round',
        dashArray: straight ? '1 12' : undefined,
        className: 'fair-route-line',
      }).addTo(this.routeLayer);
    }
    this.destination = undefined;
    for (const [at, n] of stops)
      pin((this.destination = this.ll(at)), destinationIconElement(n), 'fair-destination-icon', 900).addTo(
        this.routeLayer,
      );
  }
}

const darkened = new Map<string, string>();
/**
 * The outline colour of a booth: its category colour (`#rrggbb`), 35 % darker; anything else as it is
 * (cached: thousands of booths share eight colours).
 */
function darker(color: string): string {
  let value = darkened.get(color);
  if (value === undefined) {
    const m = /^#([0-9a-f]{6})$/i.exec(color.trim());
    const n = m ? parseInt(m[1], 16) : 0;
    value = m
      ? `#${[16, 8, 0]
          .map((shift) =>
            Math.round(((n >> shift) & 255) * 0.65)
              .toString(16)
              .padStart(2, '0'),
          )
          .join('')}`
      : color;
    darkened.set(color, value);
  }
  return value;
}
