/**
 * The map's drawing tools. Rectangle and polygon booths and aisles are drawn
 * with Geoman (`map.pm.enableDraw`, its snapping to the other booths'
 * corners and edges on); each finished shape is read, Geoman's own layer
 * removed, and one edit sent to the host — the map then draws the feed
 * again. The row and scale tools take a two-click line and the place tool
 * one click, handled here (Geoman's line would need a third click to end).
 * Escape cancels (`cancel()`). From the keyboard, `addAtCentre()` adds the
 * tool's item at the centre of the visible map (a 3 × 3 m booth, a 10 m
 * aisle, the chosen place; the row and scale tools ask for the rest). With
 * the grid on (`MapState.gridPx`), drawn booths' corners are put on it.
 */
import type { LeafletMouseEvent, Map as LeafletMap, Polyline } from 'leaflet';
import type { PlaceKind, Point } from '../../../data/types.js';
import { addBooth } from '../model/booths.js';
import type { EditWith } from '../model/edit.js';
import { boxOf, round, type Rect } from '../model/geometry.js';
import type { Selection } from '../model/selection.js';
import { snapToGrid } from '../model/snap.js';
import { toPixels } from '../model/units.js';
import { addPath, addPlace } from '../model/venue.js';
import type { MapHost, MapState } from './editor-map.js';
import { planLevel } from './layers.js';
import { L, fromLatLng, latLngsOf, toLatLng } from './leaflet.js';

/** The snapping grid's step, metres. */
export const GRID_METRES = 0.5;

export type Tool = 'select' | 'rect' | 'polygon' | 'row' | 'aisle' | 'place' | 'scale';

const GEOMAN_SHAPE: Partial<Record<Tool, 'Rectangle' | 'Polygon' | 'Line'>> = {
  rect: 'Rectangle',
  polygon: 'Polygon',
  aisle: 'Line',
};

export class DrawingTools {
  tool: Tool = 'select';
  placeKind: PlaceKind = 'kiosk';
  /** The first point of a two-click line (row, scale). */
  private start?: Point;
  private preview?: Polyline;

  constructor(
    private readonly map: LeafletMap,
    private readonly host: MapHost,
    private readonly state: () => MapState | undefined,
  ) {
    map.on('pm:create', (e) => this.created(e));
    map.on('click', (e) => this.clicked(e));
    map.on('mousemove', (e) => this.moved(e));
  }

  /** Switches to `tool` (ending any drawing under way). */
  use(tool: Tool, placeKind?: PlaceKind): void {
    this.stop();
    this.tool = tool;
    if (placeKind) this.placeKind = placeKind;
    const shape = GEOMAN_SHAPE[tool];
    const container = this.map.getContainer();
    container.classList.toggle('drawing', tool !== 'select');
    if (shape) {
      this.map.pm.enableDraw(shape, {
        snappable: true,
        snapDistance: 12,
        tooltips: false,
        continueDrawing: true,
        templineStyle: { className: 'draw-line' },
        hintlineStyle: { className: 'draw-hint', dashArray: '6 6' },
        pathOptions: { className: 'draw-shape' },
      });
    }
  }

  /** Escape: drops the drawing under way and goes back to Select. `true` when there was one to cancel. */
  cancel(): boolean {
    const was = this.tool !== 'select';
    this.use('select');
    return was;
  }

  private stop(): void {
    this.map.pm.disableDraw();
    this.start = undefined;
    this.preview?.remove();
    this.preview = undefined;
  }

  private created({ shape, layer }: { shape: string; layer: L.Layer }): void {
    const state = this.state();
    layer.remove();
    if (!state) return;
    const s = this.host.strings;
    const points = latLngsOf(layer as Polyline).map(fromLatLng);
    if (shape === 'Rectangle') {
      const rect = gridRect(boxOf(points), state.gridPx);
      if (rect[2] < 1 || rect[3] < 1) return;
      this.host.edit(s.editAddBooth, addBooth({ level: state.level, rect }));
    } else if (shape === 'Polygon' && points.length >= 3) {
      this.host.edit(s.editAddBooth, addBooth({ level: state.level, shape: points.map((p) => grid(p, state.gridPx)) }));
    } else if (shape === 'Line' && points.length >= 2) {
      this.host.edit(s.editAddAisle, addPath(state.level, points));
    }
  }

  /**
   * Adds the tool's item at the centre of the visible map and selects it (the
   * keyboard's way to draw): `true` when the tool has such an item.
   */
  addAtCentre(): boolean {
    const state = this.state();
    if (!state || this.tool === 'select') return false;
    const s = this.host.strings;
    const { feed, level } = state;
    const m = (metres: number) => toPixels(feed, level, metres);
    const view = this.map.getBounds();
    const [x0, y0] = fromLatLng(view.getNorthWest());
    const [x1, y1] = fromLatLng(view.getSouthEast());
    // Whole plan pixels (or the grid): clean coordinates for what is typed nowhere.
    const centre = state.gridPx
      ? grid([(x0 + x1) / 2, (y0 + y1) / 2], state.gridPx)
      : ([Math.round((x0 + x1) / 2), Math.round((y0 + y1) / 2)] as Point);
    const [cx, cy] = centre;
    const add = <R>(label: string, edit: EditWith<R>, select: (result: R) => Selection) => {
      this.host.edit(label, edit);
      if (edit.result !== undefined) this.host.select(select(edit.result));
    };
    const booth = (id: string): Selection => ({ kind: 'booth', id });
    const side = m(3);
    if (this.tool === 'rect') {
      const rect = gridRect([cx - side / 2, cy - side / 2, side, side], state.gridPx);
      add(s.editAddBooth, addBooth({ level, rect }), booth);
    } else if (this.tool === 'polygon') {
      const [x, y, w, h] = gridRect([cx - side / 2, cy - side / 2, side, side], state.gridPx);
      const shape: Point[] = [
        [x, y],
        [x + w, y],
        [x + w, y + h],
        [x, y + h],
      ];
      add(s.editAddBooth, addBooth({ level, shape }), booth);
    } else if (this.tool === 'aisle') {
      const points: Point[] = [
        [cx - m(5), cy],
        [cx + m(5), cy],
      ];
      add(s.editAddAisle, addPath(level, points), (index) => ({ kind: 'path', id: String(index) }));
    } else if (this.tool === 'place') {
      add(s.editAddPlace, addPlace({ kind: this.placeKind, level, at: centre }), (id) => ({ kind: 'place', id }));
    } else if (this.tool === 'row') {
      // Half the visible width, through the centre: the dialog proposes how many booths fit.
      const half = (x1 - x0) / 4;
      this.host.row([
        [cx - half, cy],
        [cx + half, cy],
      ]);
    } else if (this.tool === 'scale') {
      // The plan's whole width: the prompt asks how wide the plan is.
      const width = planLevel(feed, level)?.size?.[0] ?? x1;
      this.host.scale([
        [0, cy],
        [width, cy],
      ]);
    }
    this.use('select');
    return true;
  }

  private clicked(e: LeafletMouseEvent): void {
    const state = this.state();
    if (!state) return;
    const at = fromLatLng(e.latlng);
    if (this.tool === 'place') {
      this.host.edit(this.host.strings.editAddPlace, addPlace({ kind: this.placeKind, level: state.level, at }));
      return;
    }
    if (this.tool !== 'row' && this.tool !== 'scale') return;
    if (!this.start) {
      this.start = at;
      this.preview = L.polyline([toLatLng(at), toLatLng(at)], {
        className: 'draw-line',
        interactive: false,
        pmIgnore: true,
      }).addTo(this.map);
      return;
    }
    const line: [Point, Point] = [this.start, at];
    const tool = this.tool;
    this.stop();
    if (line[0][0] === line[1][0] && line[0][1] === line[1][1]) return;
    if (tool === 'row') this.host.row(line);
    else this.host.scale(line);
  }

  private moved(e: LeafletMouseEvent): void {
    if (this.start && this.preview) this.preview.setLatLngs([toLatLng(this.start), e.latlng]);
  }
}

/** `point` on the grid (unchanged without one). */
export function grid(point: Point, gridPx: number | undefined): Point {
  return gridPx ? snapToGrid(point, gridPx) : point;
}

/** `rect` with its corners on the grid (unchanged without one; at least one square). */
export function gridRect(rect: Rect, gridPx: number | undefined): Rect {
  if (!gridPx) return rect;
  const [x, y] = snapToGrid([rect[0], rect[1]], gridPx);
  const [x2, y2] = snapToGrid([rect[0] + rect[2], rect[1] + rect[3]], gridPx);
  return [x, y, round(Math.max(gridPx, x2 - x)), round(Math.max(gridPx, y2 - y))];
}
