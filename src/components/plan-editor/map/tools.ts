/**
 * The map's drawing tools. Rectangle and polygon booths and aisles are drawn
 * with Geoman (`map.pm.enableDraw`, its snapping to the other booths'
 * corners and edges on); each finished shape is read, Geoman's own layer
 * removed, and one edit sent to the host — the map then draws the feed
 * again. The row and scale tools take a two-click line and the place tool
 * one click, handled here (Geoman's line would need a third click to end).
 * Escape cancels (`cancel()`).
 */
import type { LeafletMouseEvent, Map as LeafletMap, Polyline } from 'leaflet';
import type { PlaceKind, Point } from '../../../data/types.js';
import { addBooth } from '../model/booths.js';
import { boxOf } from '../model/geometry.js';
import { addPath, addPlace } from '../model/venue.js';
import type { MapHost, MapState } from './editor-map.js';
import { L, fromLatLng, latLngsOf, toLatLng } from './leaflet.js';

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
      const rect = boxOf(points);
      if (rect[2] < 1 || rect[3] < 1) return;
      this.host.edit(s.editAddBooth, addBooth({ level: state.level, rect }));
    } else if (shape === 'Polygon' && points.length >= 3) {
      this.host.edit(s.editAddBooth, addBooth({ level: state.level, shape: points }));
    } else if (shape === 'Line' && points.length >= 2) {
      this.host.edit(s.editAddAisle, addPath(state.level, points));
    }
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
