/**
 * The drawing side of `<fair-booth-map>`: one Leaflet map showing one level
 * at a time (plan image or tiles, booths, labels, places, "you are here" and
 * the route). The element owns the state and hands this class plain data in
 * feed coordinates; only this file and the labels know Leaflet's API.
 */
import { BoothLabels, TextWidths, type Box, type BoothSize, type LabelledBooth } from './booth-labels.js';
import {
  canvas,
  containsLayerPoint,
  createMap,
  imageOverlay,
  latLngBounds,
  markSizeChanged,
  settleZoom,
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
  type LatLngTuple,
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
  /** The map's own buttons over it (levels, zoom, list), in viewport pixels: no label or badge goes under them. */
  controlRects?(): DOMRect[];
  /** The groups of those buttons (the level switcher, the zoom and list buttons), in viewport pixels. */
  controlGroups?(): DOMRect[];
}

/** A place's pin as the declutter step moves and names it. */
interface PlacePin {
  at: LatLngTuple;
  /** The `.fair-place` element (badge and name), offset by the declutter step. */
  root: HTMLElement;
  name?: HTMLElement;
  rank: number;
}

/** Place kinds whose names stay when two would touch, most needed first; other kinds follow. */
export const NAME_PRIORITY = [
  'first-aid',
  'info',
  'entrance',
  'exit',
  'restroom',
  'elevator',
  'stairs',
  'escalator',
  'stage',
  'food',
];

/** The first kinds of {@link NAME_PRIORITY} (first aid, information, entrances, exits): their names may cover other badges. */
const PRIORITY_KINDS = 4;

/** Half a place badge's size with its white ring (26 px and 2 px), and the gap to its name. */
const BADGE_R = 15;
const NAME_GAP = 2;
/** "You are here" (its dot and ring) as a fixed round obstacle. */
const HERE_R = 14;

/**
 * The whole-plan view leaves the controls' strip free when that shrinks the
 * plan by no more than this (a portrait kiosk: ~14 %, the room left on both
 * sides); on a small map (a phone)
 * it does not, and labels and badges keep clear of the controls instead.
 */
const CONTROLS_ROOM_MAX_SHRINK = 0.15;
/** How many booths around "you are here" the start view makes legible (the median of them shows its code). */
const START_NEAREST = 8;

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
  private places: PlacePin[] = [];
  private here?: { at: LatLngTuple; root: HTMLElement };
  private destination?: LatLngTuple;
  /** The place badges and shown names, as the last declutter left them (container pixels): labels keep off them. */
  private placeBoxes: Box[] = [];
  /** Widths of the place names and "you are here" in the map's font, and its size (see {@link forgetControls}). */
  private readonly text = new TextWidths();
  private em?: number;
  /** What the start view looks at: the level's booths and "you are here". */
  private startShapes: BoothShape[] = [];
  private startPoint?: LatLngTuple;

  constructor(
    container: HTMLElement,
    private readonly options: MapViewOptions,
  ) {
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
    this.labels = new BoothLabels(
      this.map,
      labelPane,
      options.onBoothActivate,
      options.boothWord,
      options.kind === 'plan',
      () => [...this.controlBoxes(), ...this.placeBoxes],
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
   * The map's controls in container pixels, each button (with a 2 px margin)
   * and each group, measured once and kept until the layout may have moved
   * them ({@link forgetControls}): a label layout then reads no layout.
   */
  private controlsKnown?: { buttons: Box[]; groups: Box[] };
  private controls(): { buttons: Box[]; groups: Box[] } {
    if (this.controlsKnown) return this.controlsKnown;
    const c = this.map.getContainer().getBoundingClientRect();
    const local = (rects: DOMRect[], margin: number) =>
      rects
        .filter((r) => r.width && r.height)
        .map((r) => ({
          x0: r.left - c.left - margin,
          y0: r.top - c.top - margin,
          x1: r.right - c.left + margin,
          y1: r.bottom - c.top + margin,
        }));
    const known = {
      buttons: local(this.options.controlRects?.() ?? [], 2),
      groups: local(this.options.controlGroups?.() ?? [], 0),
    };
    // Not kept while the map has no size (hidden): measured again once shown.
    if (c.width) this.controlsKnown = known;
    return known;
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

  /** The map's controls (each button), in container pixels. */
  private controlBoxes(): Box[] {
    return this.controls().buttons;
  }

  /**
   * Keeps the place marks readable at the current view, most needed first:
   *  1. badges that would sit on each other, on "you are here" or under the
   *     map's controls move apart just enough (zooming in brings each back
   *     to its point), so a lift beside the stairs stays its own badge;
   *  2. each name, in {@link NAME_PRIORITY} order then the feed's, takes the
   *     first spot around its badge (below, above, beside, off a corner; on
   *     two lines if one is too long) where it touches no other badge, no
   *     name kept before it, no control and not the map's edge, preferring
   *     one off the booths' codes; with none, it is hidden (the badge stays,
   *     and the list view names every place) until a zoom gives it room.
   *     First aid, information, entrances and exits may instead make a less
   *     needed place give way (its badge and name hidden at this zoom).
   * So those keep their names in every language, however wide the words.
   * Measured with the canvas and Leaflet's numbers, it reads no layout.
   */
  private declutterPlaces(): void {
    const container = this.map.getContainer();
    // A map removed, or with no size yet (hidden): nothing to lay out; a resize comes back here.
    const size = this.map.getSize();
    if (!container.isConnected || !size.x || !size.y) return;
    const [width, height] = [size.x, size.y];
    const controls = this.controlBoxes();
    const fixed: Box[] = [...controls];
    // Badges keep off the controls' groups as a whole (off one button, a badge could land on the next).
    const groups = this.controls().groups.map((g) => ({ x0: g.x0 - 2, y0: g.y0 - 2, x1: g.x1 + 2, y1: g.y1 + 2 }));
    // Words measured in the map's font, not laid out: a declutter reads no layout.
    const em = (this.em ??= this.text.sync(this.map.getPane('markerPane')!));
    const point = (at: LatLngTuple) => this.map.latLngToContainerPoint(at);
    // "You are here" and the route's end never move: the badges make way for them.
    const anchors: { x: number; y: number }[] = [];
    if (this.here) {
      const p = point(this.here.at);
      anchors.push(p);
      fixed.push({ x0: p.x - HERE_R, y0: p.y - HERE_R, x1: p.x + HERE_R, y1: p.y + HERE_R });
      // Its label above the dot (20 px off its middle, as the styles place it); below when a control or the
      // map's edge is in the way, hidden when both are.
      const label = this.here.root.querySelector<HTMLElement>('.fair-here-label');
      if (label) {
        const w = this.text.width(label.textContent ?? '', 700) + 1.1 * em + 2;
        const h = 1.7 * em + 2;
        const above = { x0: p.x - w / 2, y0: p.y - 20 - h, x1: p.x + w / 2, y1: p.y - 20 };
        const below = { x0: p.x - w / 2, y0: p.y + 20, x1: p.x + w / 2, y1: p.y + 20 + h };
        const blocked = (r: Box) =>
          r.x0 < 0 || r.y0 < 0 || r.x1 > width || r.y1 > height || controls.some((c) => overlapsBox(c, r));
        const box = !blocked(above) ? above : !blocked(below) ? below : undefined;
        label.classList.toggle('below', box === below);
        label.classList.toggle('hidden', !box);
        if (box) fixed.push(box);
      }
    }
    if (this.destination) {
      const p = point(this.destination);
      fixed.push({ x0: p.x - 16, y0: p.y - 40, x1: p.x + 16, y1: p.y });
    }

    // 1. Badges apart: the ones on screen push each other (and are pushed off the fixed marks) until none overlap.
    const nodes = this.places.map((place) => {
      const p = point(place.at);
      // A badge at least partly in view makes way and is made way for; it keeps a name with its middle in view.
      const inView = p.x > -BADGE_R && p.y > -BADGE_R && p.x < width + BADGE_R && p.y < height + BADGE_R;
      const onScreen = p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
      return { place, x: p.x, y: p.y, x0: p.x, y0: p.y, inView, onScreen };
    });
    const moving = nodes.filter((n) => n.inView);
    for (let round = 0; round < 40; round++) {
      let moved = false;
      for (let i = 0; i < moving.length; i++) {
        const a = moving[i];
        for (let j = i + 1; j < moving.length; j++) {
          const b = moving[j];
          let vx = b.x - a.x;
          let vy = b.y - a.y;
          let d = Math.hypot(vx, vy);
          if (d >= 2 * BADGE_R) continue;
          // On one point: apart along a direction of their own (the golden angle, so three fan out).
          if (d < 0.01) [vx, vy, d] = [Math.cos(j * 2.4), Math.sin(j * 2.4), 1];
          const push = (2 * BADGE_R - d) / 2 + 0.25;
          a.x -= (vx / d) * push;
          a.y -= (vy / d) * push;
          b.x += (vx / d) * push;
          b.y += (vy / d) * push;
          moved = true;
        }
        for (const anchor of anchors) moved = pushOffCircle(a, anchor, BADGE_R + HERE_R) || moved;
        for (const box of [...groups, ...fixed]) moved = pushOffBox(a, box, BADGE_R, width, height) || moved;
      }
      if (!moved) break;
    }
    // The controls win over a neighbour: a badge may end up touching another, never under a button.
    for (const a of moving) for (const box of groups) pushOffBox(a, box, BADGE_R, width, height);
    for (const n of nodes) {
      const dx = Math.round(n.x - n.x0);
      const dy = Math.round(n.y - n.y0);
      n.place.root.style.translate = dx || dy ? `${dx}px ${dy}px` : '';
      n.place.root.classList.toggle('moved', !!(dx || dy));
    }

    // 2. Names, most needed first, each on the first free side of its badge.
    const badges = nodes.map((n) => ({ x0: n.x - BADGE_R, y0: n.y - BADGE_R, x1: n.x + BADGE_R, y1: n.y + BADGE_R }));
    const kept: Box[] = [...fixed];
    const yielded = new Set<number>();
    const near = (r: Box, k: Box) => r.x0 < k.x1 + 2 && r.x1 > k.x0 - 2 && r.y0 < k.y1 + 2 && r.y1 > k.y0 - 2;
    const inside = (r: Box) => r.x0 >= 0 && r.y0 >= 0 && r.x1 <= width && r.y1 <= height;
    /** The other badges a name's box would touch, or undefined when it touches a fixed mark or a kept name. */
    const hits = (r: Box, own: number): number[] | undefined => {
      if (!inside(r) || kept.some((k) => near(r, k))) return undefined;
      return badges.flatMap((b, i) => (i !== own && !yielded.has(i) && near(r, b) ? [i] : []));
    };
    // Where booth codes may show at this zoom: a name rather goes elsewhere.
    const booths = nodes.some((n) => n.place.name) ? this.labels.labelSpots() : [];
    // A name's box: its text in the name font (600), 0.3em padding each side, one line of 1.35em.
    const pad = 0.6 * em + 2;
    const lineHeight = 1.35 * em;
    for (const { place } of nodes) place.root.classList.remove('yielded');
    const named = nodes
      .map((n, i) => ({
        ...n,
        i,
        w: n.place.name ? this.text.width(n.place.name.textContent!, 600) + pad : 0,
        h: lineHeight,
      }))
      .filter((n) => n.place.name)
      .sort((a, b) => a.place.rank - b.place.rank);
    for (const { place, x, y, onScreen, i, w: lineWidth, h: lineHeight } of named) {
      const name = place.name!;
      let box: Box | undefined;
      if (onScreen && !yielded.has(i)) {
        const attempt = (w: number, h: number, mayCover: boolean): Box | undefined => {
          // Each spot, and each one past the map's edge pushed back in (if it then stays off its own badge).
          const spots = nameSpots(x, y, w, h);
          for (const b of nameSpots(x, y, w, h)) {
            const dx = Math.max(0, -b.x0) - Math.max(0, b.x1 - width);
            const dy = Math.max(0, -b.y0) - Math.max(0, b.y1 - height);
            const moved = { x0: b.x0 + dx, y0: b.y0 + dy, x1: b.x1 + dx, y1: b.y1 + dy };
            if ((dx || dy) && !overlapsBox(moved, badges[i])) spots.push(moved);
          }
          const scored = spots.flatMap((b) => {
            const hit = hits(b, i);
            // Only what is needed less gives way: first aid, information, entrances and exits may cover other badges.
            if (!hit || (hit.length && (!mayCover || hit.some((j) => nodes[j].place.rank < PRIORITY_KINDS)))) return [];
            return [{ b, hit }];
          });
          const fewest = Math.min(...scored.map((s) => s.hit.length));
          const best = scored.filter((s) => s.hit.length === fewest);
          // Of the free sides, one that leaves the booths' codes uncovered if there is one.
          const chosen = best.find((s) => !booths.some((k) => overlapsBox(k, s.b))) ?? best[0];
          if (chosen) for (const j of chosen.hit) yielded.add(j);
          return chosen?.b;
        };
        // On two lines, split where the longer line is shortest.
        const words = name.textContent!.trim().split(/\s+/);
        let wrapWidth = Infinity;
        for (let cut = 1; cut < words.length; cut++) {
          const longer = Math.max(
            this.text.width(words.slice(0, cut).join(' '), 600),
            this.text.width(words.slice(cut).join(' '), 600),
          );
          wrapWidth = Math.min(wrapWidth, longer + pad);
        }
        const canWrap = words.length > 1;
        box = attempt(lineWidth, lineHeight, false);
        let wrap = false;
        if (!box && canWrap) wrap = !!(box = attempt(wrapWidth, 2 * lineHeight, false));
        if (!box && place.rank < PRIORITY_KINDS) {
          box = attempt(lineWidth, lineHeight, true);
          if (!box && canWrap) wrap = !!(box = attempt(wrapWidth, 2 * lineHeight, true));
        }
        name.classList.toggle('wrap', wrap);
        if (wrap) name.style.width = `${Math.ceil(wrapWidth)}px`;
        else name.style.removeProperty('width');
      }
      name.classList.toggle('hidden', !box);
      // Placed from the badge's middle, which is the middle of the 26 px .fair-place box.
      const at = box ?? { x0: x - lineWidth / 2, y0: y + BADGE_R + NAME_GAP };
      name.style.left = `${Math.round(at.x0 - x + 13)}px`;
      name.style.top = `${Math.round(at.y0 - y + 13)}px`;
      if (box) kept.push(box);
    }
    for (const i of yielded) {
      nodes[i].place.root.classList.add('yielded');
      nodes[i].place.name?.classList.add('hidden');
    }
    this.placeBoxes = [...badges.filter((_, i) => !yielded.has(i)), ...kept.slice(fixed.length)];
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
    this.startShapes = scene.booths;
    this.startPoint = scene.here ? this.ll(scene.here.at) : undefined;
    this.home(false);

    if (scene.tiles) {
      const { url, attribution } = scene.tiles;
      const scenes = this.scenes;
      void loadTiles().then(({ addTiles }) => {
        // Not if the map went away or showed another level meanwhile.
        if (!this.removed && scenes === this.scenes) addTiles(this.map, this.base, url, attribution);
      });
    } else {
      // A blank sheet under the plan: also what a visitor sees when the image is missing.
      rectangle(this.extent, {
        renderer: this.sheetRenderer,
        interactive: false,
        color: colors.planEdge,
        weight: 1,
        fillColor: colors.plan,
        fillOpacity: 1,
      }).addTo(this.base);
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
      const priority = NAME_PRIORITY.indexOf(place.kind);
      // The feed's order breaks ties (fractions below 1 keep the kinds apart).
      const rank = (priority < 0 ? NAME_PRIORITY.length : priority) + i / (scene.places.length + 1);
      return { at, root, name: root.querySelector<HTMLElement>('.fair-place-name') ?? undefined, rank };
    });
    this.here = undefined;
    this.destination = undefined;
    if (scene.here) {
      const at = this.ll(scene.here.at);
      const root = hereIconElement(scene.here.label);
      pin(at, root, 'fair-here-icon', 1000).addTo(this.placeLayer);
      this.here = { at, root };
    }
    // The badges and names before the booth labels, which keep off them (one layout for both).
    this.placeBoxes = [];
    this.declutterPlaces();
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

  /**
   * The room to leave for the controls at the map's edges, `[left, top, right,
   * bottom]` in pixels: each group of controls (the level switcher, the zoom
   * and list buttons) clears the edge it sits at, on the axis that costs the
   * view less (across, the same room on both sides, so that the plan does not
   * move on a right-to-left page, where the controls swap sides). With `cheapOnly`, a group is left out when clearing it would
   * shrink the whole plan by more than {@link CONTROLS_ROOM_MAX_SHRINK}.
   */
  private controlsRoom(cheapOnly: boolean): [number, number, number, number] {
    const size = this.map.getSize();
    const base = 12;
    const room: [number, number, number, number] = [base, base, base, base];
    const extent = this.extent;
    if (!extent) return room;
    const groups = this.controls().groups;
    // The plan's size in pixels at zoom 0, and how large it shows with some room left at the edges.
    const nw = this.map.project(extent.getNorthWest(), 0);
    const se = this.map.project(extent.getSouthEast(), 0);
    const scaleWith = (r: readonly number[]) =>
      Math.min((size.x - r[0] - r[2]) / (se.x - nw.x), (size.y - r[1] - r[3]) / (se.y - nw.y));
    const plain = scaleWith(room);
    for (const g of groups) {
      const sideX = (g.x0 + g.x1) / 2 < size.x / 2 ? 0 : 2;
      const sideY = (g.y0 + g.y1) / 2 < size.y / 2 ? 1 : 3;
      // Room on both sides alike: on a right-to-left page the controls swap sides and the plan stays where it is.
      const byX = [...room];
      byX[0] = byX[2] = Math.max(room[sideX], (sideX === 0 ? g.x1 : size.x - g.x0) + 4);
      const byY = [...room];
      byY[sideY] = Math.max(room[sideY], (sideY === 1 ? g.y1 : size.y - g.y0) + 4);
      const best = scaleWith(byX) >= scaleWith(byY) ? byX : byY;
      if (!cheapOnly || scaleWith(best) >= plain * (1 - CONTROLS_ROOM_MAX_SHRINK)) room.splice(0, 4, ...best);
    }
    return room;
  }

  /** Shows the whole level. Skipped (and retried by {@link resize}) while the map has no size. */
  fit(animate = !this.options.reducedMotion): void {
    if (!this.extent) return;
    // Leaflet keeps the size it last measured: a layout that changed in this frame (the page's, before the
    // resize observer reports it) is measured again.
    const el = this.map.getContainer();
    const known = this.map.getSize();
    if (el.clientWidth && (el.clientWidth !== known.x || el.clientHeight !== known.y)) markSizeChanged(this.map);
    this.forgetControls();
    const size = this.map.getSize();
    if (!size.x || !size.y) return;
    settleZoom(this.map);
    // Room for the controls where it costs little: nothing of the plan starts out under a button.
    const [l, t, r, b] = this.controlsRoom(true);
    // getBoundsZoom clamps to the current zoom limits, and Leaflet's default minimum is 0: a plan
    // wider than the map (zoom < 0) would be cut off on the first fit. Ask without limits.
    const limits = this.map.options;
    limits.minZoom = -Infinity;
    limits.maxZoom = Infinity;
    const fitZoom = (this.fitZoom = this.map.getBoundsZoom(this.extent, false, [l + r, t + b] as never));
    this.map.setMinZoom(fitZoom - 1);
    this.map.setMaxZoom(fitZoom + ZOOM_IN_LEVELS);
    // The plan may be panned 15 % past its edges, and past the room left for the controls (which the view shows).
    const nw = this.map.project(this.extent.getNorthWest(), fitZoom).subtract([l, t] as never);
    const se = this.map.project(this.extent.getSouthEast(), fitZoom).add([r, b] as never);
    this.map.setMaxBounds(latLngBounds(this.map.unproject(nw, fitZoom), this.map.unproject(se, fitZoom)).pad(0.15));
    this.map.fitBounds(this.extent, { paddingTopLeft: [l, t], paddingBottomRight: [r, b], animate } as never);
    this.fitted = true;
  }

  /**
   * The view a visitor starts with: the whole level, or, when that is too
   * small for the booth codes around "you are here" (a big hall), zoomed in
   * until most of the {@link START_NEAREST} nearest booths show their codes,
   * "you are here" in view and clear of the controls. {@link fit} (the "whole
   * plan" button) is one tap away.
   */
  home(animate = !this.options.reducedMotion): void {
    this.fit(false);
    if (!this.fitted || !this.startPoint || !this.extent) return;
    const here0 = this.map.project(this.startPoint, 0);
    // The nearest booths by their middles, in pixels at zoom 0 (on a plan, its coordinates: no projection).
    type Near = { label: string; w: number; h: number; cx: number; cy: number; d: number };
    const near: Near[] = [];
    for (const shape of this.startShapes) {
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const point of shape.outline) {
        const q = this.kind === 'plan' ? { x: point[0], y: point[1] } : this.map.project(this.ll(point), 0);
        if (q.x < x0) x0 = q.x;
        if (q.x > x1) x1 = q.x;
        if (q.y < y0) y0 = q.y;
        if (q.y > y1) y1 = q.y;
      }
      const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
      const d = Math.hypot(cx - here0.x, cy - here0.y);
      if (near.length === START_NEAREST && d >= near[START_NEAREST - 1].d) continue;
      // Kept sorted, START_NEAREST at most: an insertion, not a sort of the whole level.
      let at = near.length;
      while (at > 0 && near[at - 1].d > d) at--;
      near.splice(at, 0, { label: shape.label, w: x1 - x0, h: y1 - y0, cx, cy, d });
      if (near.length > START_NEAREST) near.pop();
    }
    if (!near.length) return;
    const median = (snug: boolean) =>
      near.map((b) => this.labels.scaleToLabel(b.label, b.w, b.h, snug)).sort((a, b) => a - b)[
        Math.floor((near.length - 1) / 2)
      ];
    const size = this.map.getSize();
    const [l, t, r, b] = this.controlsRoom(false);
    const [uw, uh] = [size.x - l - r, size.y - t - b];
    // Room around "you are here": its label above it (~56 px), its dot (~24 px) on the other sides; and
    // around a booth's middle, its code chip.
    const [side, above, below] = [Math.min(uw / 2, 80), Math.min(uh / 2, 56), Math.min(uh / 2, 24)];
    const chip = { x: 36, y: this.labels.codeHeight() / 2 + 4 };
    // "You are here" and the nearest booths (four, else two, else one): the start view shows them.
    let nearest = near.slice(0, 4);
    const boxAt = (k: number) => ({
      x0: Math.min(here0.x * k - side, ...nearest.map((n) => n.cx * k - chip.x)),
      x1: Math.max(here0.x * k + side, ...nearest.map((n) => n.cx * k + chip.x)),
      y0: Math.min(here0.y * k - above, ...nearest.map((n) => n.cy * k - chip.y)),
      y1: Math.max(here0.y * k + below, ...nearest.map((n) => n.cy * k + chip.y)),
    });
    // Every code of the neighbourhood if that still shows "you are here" with them; else as far out as
    // keeps them in view, as long as their codes still show (every other one where neighbours touch).
    const snap = 0.25;
    const zoomOf = (scale: number) => this.map.getScaleZoom(scale, 0);
    const maxZoom = this.map.getMaxZoom() - 1;
    const least = Math.min(Math.ceil(zoomOf(median(false)) / snap) * snap, maxZoom);
    const most = Math.min(Math.max(Math.ceil(zoomOf(median(true)) / snap) * snap, least), maxZoom);
    const fits = (z: number) => {
      const box = boxAt(this.map.getZoomScale(z, 0));
      return box.x1 - box.x0 <= uw && box.y1 - box.y0 <= uh;
    };
    let zoom = NaN;
    for (const count of [4, 2, 1]) {
      nearest = near.slice(0, count);
      for (let z = most; z >= least && Number.isNaN(zoom); z -= snap) if (fits(z)) zoom = z;
      if (!Number.isNaN(zoom)) break;
    }
    // Not even the nearest booth's code legible beside "you are here" (a phone in a big lobby): the whole level.
    if (!(zoom > this.fitZoom)) return;
    // In the room the controls leave: the middle of that box, "you are here" kept inside with its room,
    // and the view kept on the plan where it can be.
    const k = this.map.getZoomScale(zoom, 0);
    const p = this.map.project(this.startPoint, zoom);
    const pnw = this.map.project(this.extent.getNorthWest(), zoom);
    const pse = this.map.project(this.extent.getSouthEast(), zoom);
    const clamp = (v: number, lo: number, hi: number) => (lo > hi ? (lo + hi) / 2 : Math.min(Math.max(v, lo), hi));
    const box = boxAt(k);
    // Projections at two zooms differ by the scale only (at zoom 0 `here0`, at `zoom` `p`).
    const [mx, my] = [(box.x0 + box.x1) / 2 - here0.x * k + p.x, (box.y0 + box.y1) / 2 - here0.y * k + p.y];
    let ux = clamp(mx, p.x - uw / 2 + side, p.x + uw / 2 - side);
    let uy = clamp(my, p.y - uh / 2 + below, p.y + uh / 2 - above);
    ux = clamp(ux, pnw.x + uw / 2 - 12, pse.x - uw / 2 + 12);
    uy = clamp(uy, pnw.y + uh / 2 - 12, pse.y - uh / 2 + 12);
    // The map's centre from the middle of the free room (which sits off-centre by the room's difference).
    const centre = this.map.unproject([ux - (l - r) / 2, uy - (t - b) / 2] as never, zoom);
    this.map.setView(centre, zoom, { animate });
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
    else if (this.routeBounds) this.fitRoute(false);
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
    this.map.setZoom(this.map.getZoom() + delta, { animate: !this.options.reducedMotion });
  }

  private boothStyle(shape: BoothShape): PathOptions {
    const selected = shape.id === this.selected;
    const dimmed = this.isDimmed(shape);
    if (selected)
      return { color: this.options.colors.selected, weight: 4, opacity: 1, fillColor: shape.color, fillOpacity: 0.8 };
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
    this.destination = destination ? this.ll(destination) : undefined;
    if (destination) {
      pin(this.destination!, destinationIconElement(), 'fair-destination-icon', 900).addTo(this.routeLayer);
    }
    this.routeBounds = undefined;
    if (fit && lines.length) {
      const bounds = latLngBounds(lines.flat());
      if (destination) bounds.extend(this.ll(destination));
      this.routeBounds = bounds;
      this.fitRoute(!this.options.reducedMotion);
    }
  }

  /** The route last framed, framed again when the map changes size (a panel opening beside it, a rotation). */
  private routeBounds?: LatLngBounds;

  private fitRoute(animate: boolean): void {
    const size = this.map.getSize();
    if (!this.routeBounds || !size.x || !size.y) return;
    settleZoom(this.map);
    this.map.fitBounds(this.routeBounds.pad(0.2), { animate, maxZoom: this.fitZoom + 1.5 });
  }

  refreshLabels(): void {
    // On a plan, feed coordinates are Leaflet's pixels at zoom 0 (CRS.Simple), as the labels measure booths.
    this.labels.setBooths([...this.booths.values()], this.kind === 'plan' ? this.largestBooth : undefined);
  }

  /** Resolves once the booth labels show the current view (they follow it a frame or two later). */
  labelsLaidOut(): Promise<void> {
    return this.labels.laidOut();
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

/** Moves a badge's middle `n` out of a circle (around `c`, radius `r`); whether it moved. */
function pushOffCircle(n: { x: number; y: number }, c: { x: number; y: number }, r: number): boolean {
  let [vx, vy] = [n.x - c.x, n.y - c.y];
  let d = Math.hypot(vx, vy);
  if (d >= r) return false;
  if (d < 0.01) [vx, vy, d] = [0, 1, 1];
  n.x = c.x + (vx / d) * (r + 0.25);
  n.y = c.y + (vy / d) * (r + 0.25);
  return true;
}

/**
 * Moves a badge (middle `n`, radius `r`) out of a box by the shortest way
 * that keeps it inside a `width` × `height` map (any way, if none does);
 * whether it moved.
 */
function pushOffBox(n: { x: number; y: number }, b: Box, r: number, width: number, height: number): boolean {
  if (n.x <= b.x0 - r || n.x >= b.x1 + r || n.y <= b.y0 - r || n.y >= b.y1 + r) return false;
  const ways: [number, number][] = [
    [b.x0 - r - n.x, 0],
    [b.x1 + r - n.x, 0],
    [0, b.y0 - r - n.y],
    [0, b.y1 + r - n.y],
  ];
  const inside = ways.filter(
    ([dx, dy]) => n.x + dx >= r && n.x + dx <= width - r && n.y + dy >= r && n.y + dy <= height - r,
  );
  const [dx, dy] = (inside.length ? inside : ways).reduce((a, w) =>
    Math.abs(w[0] + w[1]) < Math.abs(a[0] + a[1]) ? w : a,
  );
  n.x += dx + Math.sign(dx) * 0.25;
  n.y += dy + Math.sign(dy) * 0.25;
  return true;
}

function overlapsBox(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * Where a place's name of `w` × `h` may go around its badge (middle `x`, `y`):
 * below first (where a visitor looks for it), then above, beside, and off the
 * corners (still touching the badge's square, then clear of it).
 */
function nameSpots(x: number, y: number, w: number, h: number): Box[] {
  const gap = BADGE_R + NAME_GAP;
  const [below, above, midY] = [y + gap, y - gap - h, y - h / 2];
  const [centred, right, left] = [x - w / 2, x + gap, x - gap - w];
  const [startAtBadge, endAtBadge] = [x - BADGE_R, x + BADGE_R - w];
  const [lowCorner, highCorner] = [y + BADGE_R - 2, y - BADGE_R + 2 - h];
  return [
    [centred, below],
    [centred, above],
    [right, midY],
    [left, midY],
    [startAtBadge, below],
    [endAtBadge, below],
    [startAtBadge, above],
    [endAtBadge, above],
    [x + BADGE_R, lowCorner],
    [x - BADGE_R - w, lowCorner],
    [x + BADGE_R, highCorner],
    [x - BADGE_R - w, highCorner],
    // A little further off (past "you are here" just beside the badge, say).
    [centred, below + 6],
    [centred, above - 6],
  ].map(([x0, y0]) => ({ x0, y0, x1: x0 + w, y1: y0 + h }));
}
