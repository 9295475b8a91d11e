/**
 * The snapping grid drawn over the plan while it is on: a sheet the size of
 * the level, filled with an SVG pattern of grid lines in the map's own SVG
 * renderer. The pattern is sized and placed again at each zoom (its units
 * are the renderer's layer pixels); when the lines would be closer than
 * 8 screen pixels, only every second (fourth…) one is drawn.
 */
import type { Map as LeafletMap, Rectangle } from 'leaflet';
import { L, toLatLng } from './leaflet.js';

const SVG = 'http://www.w3.org/2000/svg';
const ID = 'fair-editor-grid';

export class GridOverlay {
  private sheet?: Rectangle;
  private gridPx = 0;

  constructor(private readonly map: LeafletMap) {
    map.on('zoomend viewreset', () => this.place());
  }

  /** Shows a `gridPx` grid over a plan of `size` (hidden when `gridPx` is unset). */
  show(size: [number, number], gridPx: number | undefined): void {
    this.gridPx = gridPx ?? 0;
    this.sheet?.remove();
    this.sheet = undefined;
    if (!gridPx) return;
    this.sheet = L.rectangle([toLatLng([0, 0]), toLatLng(size)], {
      className: 'grid-sheet',
      interactive: false,
      weight: 0,
      pmIgnore: true,
    }).addTo(this.map);
    this.sheet.bringToBack();
    this.place();
  }

  private place(): void {
    if (!this.sheet || !this.gridPx) return;
    const svg = this.map.getPanes().overlayPane.querySelector('svg');
    if (!svg) return;
    let pattern = svg.querySelector<SVGPatternElement>(`#${ID}`);
    if (!pattern) {
      const defs = document.createElementNS(SVG, 'defs');
      pattern = document.createElementNS(SVG, 'pattern');
      pattern.id = ID;
      pattern.setAttribute('patternUnits', 'userSpaceOnUse');
      const lines = document.createElementNS(SVG, 'path');
      lines.setAttribute('class', 'grid-lines');
      pattern.append(lines);
      defs.append(pattern);
      svg.prepend(defs);
    }
    let step = this.gridPx * this.map.getZoomScale(this.map.getZoom(), 0);
    while (step < 8) step *= 2;
    const origin = this.map.latLngToLayerPoint(toLatLng([0, 0]));
    for (const [k, v] of Object.entries({ width: step, height: step, x: origin.x, y: origin.y }))
      pattern.setAttribute(k, String(v));
    pattern.firstElementChild!.setAttribute('d', `M ${step} 0 H 0 V ${step}`);
  }
}
