/**
 * The drawing side of `<fair-booth-map>`: one Leaflet map showing one level
 * at a time (plan image or tiles, booths, labels, places, "you are here" and
 * the route). The element owns the state and hands this class plain data in
 * feed coordinates; only this folder's map modules know Leaflet's API.
 *
 * One map, split by job into a chain of classes, each in its own module:
 * - `viewport.ts` ({@link MapViewport}): the Leaflet map, its controls' places
 *   and the views it frames (the whole level, the start view, a booth, a route);
 * - `map-layers.ts` ({@link LevelLayers}): the level's layers (sheet, plan
 *   image or tiles, booths, pins, route) and the booth hit test;
 * - this module ({@link BoothMapView}): the booth labels (`booth-labels.ts`)
 *   and the place marks (`place-declutter.ts`) laid out per view, and the
 *   element's API: show a level, select, filter, route, resize.
 * They share the map's state as protected members: each job reads what it
 * needs of the others without a copy of it, and the visitor bundle pays for
 * no glue between them.
 */
import { BoothLabels, type BoothSize } from './booth-labels.js';
import type { Box } from './boxes.js';
import { latLngBounds, markSizeChanged, removeMap } from './leaflet-adapter.js';
import { LevelLayers, type MapViewOptions, type Stop } from './map-layers.js';
import { layOutPlaces } from './place-declutter.js';
import { TextWidths } from './text-widths.js';
import type { LevelScene } from './scene.js';
import type { Point } from '../../data/types.js';

export type { MapColors, MapViewOptions } from './map-layers.js';

export class BoothMapView extends LevelLayers {
  protected readonly labels: BoothLabels;
  /** The level's widest and tallest booth, in feed coordinates. */
  private largestBooth?: BoothSize;
  /** The place badges and shown names, as the last declutter left them (container pixels): labels keep off them. */
  private placeBoxes: Box[] = [];
  /** Widths of the place names and "you are here" in the map's font, and its size (see {@link forgetControls}). */
  private readonly text = new TextWidths();
  private em?: number;

  constructor(container: HTMLElement, options: MapViewOptions) {
    super(container, options);
    const labelPane = this.map.getPane('fair-labels')!;
    this.labels = new BoothLabels(
      this.map,
      labelPane,
      options.onBoothActivate,
      options.boothWord,
      options.kind === 'plan',
      () => [...this.controls().buttons, ...this.placeBoxes],
    );
    // Labels are laid out for a settled view; while Leaflet animates a zoom they would sit in the wrong place.
    this.map.on('zoomstart', () => labelPane.classList.add('zooming'));
    // A visitor who drags the map keeps their view when it changes size; the route is not framed again.
    this.map.on('dragstart', () => (this.routeBounds = undefined));
    // The places first (a pan can bring a name under a control too), then the booth labels around them.
    this.map.on('zoomend moveend resize', () => {
      labelPane.classList.remove('zooming');
      this.declutterPlaces();
      this.labels.update();
    });
  }

  /**
   * The controls may have moved (a resize, another placement, a language with
   * other words), and the text size may have changed with them: both are read
   * again (here, where the layout is read anyway).
   */
  forgetControls(): void {
    this.controlsKnown = undefined;
    const pane = this.map.getPane('markerPane');
    this.em = pane?.isConnected ? this.text.sync(pane) : undefined;
    this.labels.readFont();
  }

  /** Lays the place marks out for the current view (see {@link layOutPlaces}). */
  private declutterPlaces(): void {
    const container = this.map.getContainer();
    // A map removed, or with no size yet (hidden): nothing to lay out; a resize comes back here.
    const size = this.map.getSize();
    if (!container.isConnected || !size.x || !size.y) return;
    this.placeBoxes = layOutPlaces(
      this.map,
      this.places,
      this.here,
      this.destination,
      this.controls(),
      this.text,
      // Words measured in the map's font, not laid out: a declutter reads no layout.
      (this.em ??= this.text.sync(this.map.getPane('markerPane')!)),
      () => this.labels.labelSpots(),
    );
  }

  /** Clears the map and draws one level. */
  showScene(scene: LevelScene): void {
    this.clearLevel();
    const extent = latLngBounds([this.ll(scene.extent[0]), this.ll(scene.extent[1])]);
    this.largestBooth = { w: scene.largestBooth[0], h: scene.largestBooth[1] };
    // The view first, the layers after: on a map with a view each booth is added at once, instead of
    // being queued as a 'load' listener (Leaflet checks every queued listener against the others).
    this.map.setMaxBounds(extent.pad(0.15));
    this.setLevel(extent, scene.here && this.ll(scene.here.at), scene.booths);
    this.home(false);
    this.drawLevel(scene, extent);
    // The badges and names before the booth labels, which keep off them (one layout for both).
    this.placeBoxes = [];
    this.declutterPlaces();
    this.refreshLabels();
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
    this.forgetControls();
    if (!this.fitted) this.home(false);
    else this.fitRoute(false);
    this.labels.update();
    this.declutterPlaces();
  }

  /** Lays the places and labels out again (the controls over the map moved). */
  relayout(): void {
    this.forgetControls();
    this.declutterPlaces();
    this.labels.update();
  }

  zoomBy(delta: number): void {
    this.map.setZoom(this.map.getZoom() + delta, { animate: this.motion });
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

  /**
   * Draws the route's legs on this level (`straight`: dashed, no aisle route) and a pin on each of its
   * `stops` here, numbered when their number is not 0.
   */
  setRoute(legs: Point[][], straight: boolean, stops: readonly Stop[], fit: boolean): void {
    const lines = legs.filter((l) => l.length > 1).map((l) => l.map((p) => this.ll(p)));
    this.drawRoute(lines, straight, stops);
    this.routeBounds = undefined;
    if (fit && lines.length) {
      const bounds = latLngBounds(lines.flat());
      if (this.destination) bounds.extend(this.destination);
      this.routeBounds = bounds;
      this.fitRoute();
    }
  }

  refreshLabels(): void {
    // On a plan, feed coordinates are Leaflet's pixels at zoom 0 (CRS.Simple), as the labels measure booths.
    this.labels.setBooths([...this.booths.values()], this.kind === 'plan' ? this.largestBooth : undefined);
  }

  destroy(): void {
    this.removed = true;
    this.labels.cancel();
    removeMap(this.map);
    this.booths.clear();
    this.drawOrder = [];
  }
}
