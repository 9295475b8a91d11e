/**
 * The editor's Leaflet map: the plan of one level in `CRS.Simple` (plan
 * pixels, y down, as the feed), what layers.ts draws on it, and the pointer
 * interactions — select by click, move by drag, resize and rotate (Geoman's
 * edit, drag and rotate modes on the selected item), drag a door or a place,
 * and the drawing tools (tools.ts). Every finished gesture becomes a request
 * to the host for one edit; the map then draws the feed again.
 */
import type { LayerGroup, Map as LeafletMap, Marker, Polygon, Polyline } from 'leaflet';
import type { FairFeed, Point } from '../../../data/types.js';
import type { Edit } from '../model/history.js';
import type { Selection } from '../model/selection.js';
import { moveBooth, setBoothGeometry } from '../model/booths.js';
import { setDoor } from '../model/door.js';
import { boxOf, nearestOnOutline, outlineOf } from '../model/geometry.js';
import { movePath, movePlace, updatePath } from '../model/venue.js';
import { L, fromLatLng, latLngsOf, toLatLng } from './leaflet.js';
import { drawLevel, ITEM, keyOf, planLevel, planOverlay, type BoothMarks, type ItemLayer } from './layers.js';
import type { MapMessages } from './messages.js';
import { GridOverlay } from './grid-overlay.js';
import { DrawingTools, grid, gridRect, type Tool } from './tools.js';

/** What the map asks of the element. */
export interface MapHost {
  edit(label: string, edit: Edit): void;
  select(selection: Selection | null): void;
  /** A finished row line, for the row dialog. */
  row(line: [Point, Point]): void;
  /** A finished scale line, for the length prompt. */
  scale(line: [Point, Point]): void;
  announce(text: string): void;
  readonly strings: MapMessages;
}

export interface MapState {
  feed: FairFeed;
  level: string;
  selection: Selection | null;
  marks: BoothMarks;
  /** The plan image's URL as the browser loads it (resolved against the feed's own URL). */
  imageUrl?: string;
  /** The grid to snap drawn and moved booths to, plan pixels (none when unset). */
  gridPx?: number;
}

export class EditorMap {
  readonly map: LeafletMap;
  readonly tools: DrawingTools;
  private readonly grid: GridOverlay;
  private readonly items: LayerGroup;
  private readonly doors: LayerGroup;
  private plan: L.Layer[] = [];
  private state?: MapState;
  private framed = '';
  private drawn = new Map<string, ItemLayer>();

  constructor(
    container: HTMLElement,
    private readonly host: MapHost,
  ) {
    this.map = L.map(container, {
      crs: L.CRS.Simple,
      minZoom: -5,
      maxZoom: 4,
      zoomSnap: 0.25,
      zoomDelta: 0.5,
      wheelPxPerZoomLevel: 120,
      keyboard: false,
      zoomControl: false,
      attributionControl: false,
      boxZoom: false,
      renderer: L.svg({ padding: 0.5 }),
      pmIgnore: false,
    });
    L.control
      .zoom({ position: 'bottomright', zoomInTitle: host.strings.zoomIn, zoomOutTitle: host.strings.zoomOut })
      .addTo(this.map);
    this.items = L.layerGroup().addTo(this.map);
    this.doors = L.layerGroup().addTo(this.map);
    this.map.pm.setGlobalOptions({ snappable: true, snapDistance: 12, tooltips: false });
    this.tools = new DrawingTools(this.map, host, () => this.state);
    this.grid = new GridOverlay(this.map);
    this.map.on('zoomend', () => this.declutter());
    this.map.on('click', () => {
      if (this.tools.tool === 'select') host.select(null);
    });
  }

  /** Draws `state` (a new feed, level, selection or marks). */
  render(state: MapState): void {
    const previous = this.state;
    this.state = state;
    const level = planLevel(state.feed, state.level);
    // The view first: Leaflet's renderer clips to it when a layer is added.
    const frame = `${state.level}:${level?.size?.join('x')}`;
    const previousFrame = this.framed;
    if (frame !== this.framed) {
      this.framed = frame;
      this.map.invalidateSize({ animate: false });
      const [w, h] = level?.size ?? [1000, 700];
      this.map.fitBounds(L.latLngBounds(toLatLng([0, 0]), toLatLng([w, h])), { padding: [24, 24], animate: false });
    }
    if (
      !previous ||
      previous.level !== state.level ||
      previous.imageUrl !== state.imageUrl ||
      planLevel(previous.feed, previous.level)?.size !== level?.size
    ) {
      for (const layer of this.plan) layer.remove();
      this.plan = planOverlay(this.map, level, state.imageUrl);
    }
    if (!previous || previous.gridPx !== state.gridPx || frame !== previousFrame)
      this.grid.show(level?.size ?? [1000, 700], state.gridPx);
    const kindName = (kind: string) => this.host.strings.kinds[kind] ?? kind;
    this.drawn = drawLevel(this.items, state.feed, state.level, state.selection, state.marks, kindName).layers;
    for (const [, layer] of this.drawn) this.wire(layer);
    this.drawDoor();
    this.makeEditable();
    this.addHatch();
    this.nameZoomButtons();
    this.declutter();
  }

  /**
   * Place names that would cover another place's badge or name (two places
   * side by side) go to the left of their badge, else below it.
   */
  private declutter(): void {
    const places = [...this.map.getPanes().markerPane.querySelectorAll<HTMLElement>('.fair-place')];
    const badges = places.map((p) => p.querySelector('.fair-place-badge')?.getBoundingClientRect());
    const taken: DOMRect[] = [];
    const hits = (r: DOMRect, own: number) =>
      [...badges.filter((b, i) => b && i !== own), ...taken].some(
        (b) => b && r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom,
      );
    places.forEach((place, i) => {
      const name = place.querySelector<HTMLElement>('.fair-place-name');
      if (!name) return;
      place.classList.remove('name-start', 'name-below');
      for (const side of ['', 'name-start', 'name-below']) {
        if (side) place.classList.add(side);
        if (!hits(name.getBoundingClientRect(), i)) break;
        if (side) place.classList.remove(side);
      }
      taken.push(name.getBoundingClientRect());
    });
  }

  /** Leaflet's zoom buttons named in the UI language (it names them once, when made). */
  private nameZoomButtons(): void {
    const s = this.host.strings;
    const container = this.map.getContainer();
    for (const [selector, name] of [
      ['.leaflet-control-zoom-in', s.zoomIn],
      ['.leaflet-control-zoom-out', s.zoomOut],
    ] as const) {
      const button = container.querySelector(selector);
      if (button && button.getAttribute('title') !== name) {
        button.setAttribute('title', name);
        button.setAttribute('aria-label', name);
      }
    }
  }

  /** The hatch that fills unreachable booths (map.styles.ts), in the renderer's SVG. */
  private addHatch(): void {
    const svg = this.map.getPanes().overlayPane.querySelector('svg');
    if (!svg || svg.querySelector('#fair-editor-hatch')) return;
    const ns = 'http://www.w3.org/2000/svg';
    const defs = document.createElementNS(ns, 'defs');
    const pattern = document.createElementNS(ns, 'pattern');
    pattern.id = 'fair-editor-hatch';
    for (const [k, v] of Object.entries({
      width: '8',
      height: '8',
      patternUnits: 'userSpaceOnUse',
      patternTransform: 'rotate(45)',
    }))
      pattern.setAttribute(k, v);
    const back = document.createElementNS(ns, 'rect');
    for (const [k, v] of Object.entries({ width: '8', height: '8', fill: '#fde2e2' })) back.setAttribute(k, v);
    const bar = document.createElementNS(ns, 'rect');
    for (const [k, v] of Object.entries({ width: '3', height: '8', fill: '#b91c1c' })) bar.setAttribute(k, v);
    pattern.append(back, bar);
    defs.append(pattern);
    svg.prepend(defs);
  }

  /** The screen point (client px) of a plan point, for tests and for placing pop-ups. */
  clientPoint(point: Point): { x: number; y: number } {
    const p = this.map.latLngToContainerPoint(toLatLng(point));
    const box = this.map.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }

  /** Brings an item into view (keyboard selection of an item off screen). */
  reveal(selection: Selection): void {
    const layer = this.drawn.get(keyOf(selection));
    const view = this.map.getBounds();
    if (layer instanceof L.Marker) {
      if (!view.contains(layer.getLatLng())) this.map.panInside(layer.getLatLng(), { animate: false });
    } else if (layer instanceof L.Polyline) {
      const bounds = layer.getBounds();
      if (!view.contains(bounds)) this.map.panInside(bounds.getCenter(), { animate: false });
    }
  }

  resize(): void {
    this.map.invalidateSize({ animate: false });
  }

  destroy(): void {
    this.tools.cancel();
    this.map.off();
    this.map.remove();
  }

  /** A click selects the item; a drag of the selected item moves it. */
  private wire(layer: ItemLayer): void {
    const item = layer[ITEM]!;
    layer.on('click', (e: L.LeafletMouseEvent) => {
      if (this.tools.tool !== 'select') return;
      L.DomEvent.stopPropagation(e);
      this.host.select(item);
    });
    if (item.kind === 'place') {
      layer.on('dragend', () => {
        const at = fromLatLng((layer as Marker).getLatLng());
        this.host.edit(this.host.strings.editMove, movePlace(item.id, at));
      });
    }
  }

  /** The selected booth or aisle gets Geoman's handles: drag to move, vertices to resize or reshape. */
  private makeEditable(): void {
    const selection = this.state?.selection;
    if (!selection || this.tools.tool !== 'select') return;
    const layer = this.drawn.get(keyOf(selection)) as (ItemLayer & (Polygon | Polyline)) | undefined;
    if (!layer || selection.kind === 'place' || !layer.pm) return;
    const before = latLngsOf(layer).map(fromLatLng);
    // Geoman 2 keeps moving (its drag mode) apart from reshaping (edit mode): both, drag first
    // (enableLayerDrag ends edit mode), each on its own handles (the outline, the vertices).
    layer.pm.setOptions({ draggable: true, snappable: true, allowSelfIntersection: false });
    layer.pm.enableLayerDrag();
    layer.pm.enable({ draggable: true, snappable: true, allowSelfIntersection: false });
    const after = () => latLngsOf(layer).map(fromLatLng);
    const s = this.host.strings;
    const gridPx = this.state?.gridPx;
    layer.on('pm:dragend', () => {
      const now = after();
      let dx = now[0][0] - before[0][0];
      let dy = now[0][1] - before[0][1];
      if (gridPx && selection.kind === 'booth') {
        // The grid: the moved outline's top-left corner onto it.
        const [x, y] = boxOf(before);
        const [gx, gy] = grid([x + dx, y + dy], gridPx);
        dx = gx - x;
        dy = gy - y;
      }
      if (selection.kind === 'booth') this.host.edit(s.editMove, moveBooth(selection.id, dx, dy));
      else this.host.edit(s.editMove, movePath(selection.id, dx, dy));
    });
    layer.on('pm:markerdragend', () => {
      const now = after();
      if (selection.kind === 'booth') {
        // A rectangle stays a `rect` (Geoman keeps its corners square); any other outline is a `shape`.
        const geometry =
          layer instanceof L.Rectangle
            ? { rect: gridRect(boxOf(now), gridPx) }
            : { shape: now.map((p) => grid(p, gridPx)) };
        this.host.edit(s.editResize, setBoothGeometry(selection.id, geometry));
      } else this.host.edit(s.editResize, updatePath(selection.id, now));
    });
    layer.on('pm:rotateend', () => {
      if (selection.kind === 'booth') this.host.edit(s.editRotate, setBoothGeometry(selection.id, { shape: after() }));
    });
  }

  /** Turns Geoman's rotate mode on the selected booth on or off. */
  toggleRotate(): boolean {
    const selection = this.state?.selection;
    const layer = selection && (this.drawn.get(keyOf(selection)) as (ItemLayer & Polygon) | undefined);
    if (!layer?.pm || selection?.kind !== 'booth') return false;
    if (layer.pm.rotateEnabled()) layer.pm.disableRotate();
    else {
      layer.pm.disable();
      layer.pm.enableRotate();
    }
    return layer.pm.rotateEnabled();
  }

  /** The selected booth's door: a small marker, dragged along the outline. */
  private drawDoor(): void {
    this.doors.clearLayers();
    const selection = this.state?.selection;
    if (selection?.kind !== 'booth' || !this.state) return;
    const booth = this.state.feed.booths.find((b) => b.id === selection.id);
    if (!booth?.door) return;
    const door = L.marker(toLatLng(booth.door), {
      icon: L.divIcon({ className: 'door-marker', iconSize: [18, 18], iconAnchor: [9, 9] }),
      draggable: true,
      keyboard: false,
      pmIgnore: true,
    }).addTo(this.doors);
    door.on('dragend', () => {
      // The door stays on the booth's outline: dropped off it, it goes to the nearest point of it.
      const at = nearestOnOutline(fromLatLng(door.getLatLng()), outlineOf(booth));
      this.host.edit(this.host.strings.editDoor, setDoor(booth.id, at));
    });
  }
}

export type { Tool };
