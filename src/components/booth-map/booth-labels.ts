/**
 * Booth labels that stay readable: a label shows only when its booth is on
 * screen and big enough to hold it, never on top of another label (the
 * selected and larger booths win), and the name joins the code when there is
 * room. Labels are real buttons in reading order, so Tab walks the visible
 * booths row by row and Enter selects one; they let pointer input through
 * to the booth shape underneath, which is the touch target.
 */
import type { LatLngBounds, LeafletMap } from './leaflet-adapter.js';

export interface LabelledBooth {
  id: string;
  label: string;
  name: string;
  bounds: LatLngBounds;
  /** Whether the booth is dimmed by the category filter (its label fades too). */
  dimmed?: boolean;
}

/** Roughly the width of one character of the label font, for fitting before measuring. */
const CHAR_PX = 7.4;
const LABEL_PAD_PX = 10;
const MIN_BOOTH_PX = 22;
const MIN_BOOTH_HEIGHT_PX = 16;
const NAME_MIN_WIDTH_PX = 96;
const NAME_MIN_HEIGHT_PX = 44;
/** A cap on label buttons in the DOM: beyond this the map is too far out to read them anyway. */
const MAX_LABELS = 350;
const ROW_PX = 28;

/** A width and a height in Leaflet's pixels at zoom 0. */
export interface BoothSize {
  w: number;
  h: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export class BoothLabels {
  private booths: LabelledBooth[] = [];
  private selected?: string;
  private readonly buttons = new Map<string, HTMLButtonElement>();

  constructor(
    private readonly map: LeafletMap,
    private readonly container: HTMLElement,
    private readonly onActivate: (id: string) => void,
    /** The word read before a booth's code ("Booth"), for screen readers. */
    private readonly boothWord: () => string,
    /** The map is a plan (Leaflet's `CRS.Simple`), whose pixels are its coordinates scaled. */
    private readonly plan = false,
  ) {
    container.classList.add('fair-labels');
  }

  private frame = 0;

  /** Each booth's north-west and south-east corners in Leaflet's pixels at zoom 0, four numbers a booth. */
  private corners?: Float64Array;
  /**
   * The widest and the tallest booth's size in Leaflet's pixels at zoom 0
   * (given with the booths, or found with the corners): below a zoom where
   * they could hold a label, no booth needs measuring.
   */
  private largest?: BoothSize;

  private projectCorners(): Float64Array {
    const corners = new Float64Array(this.booths.length * 4);
    let w = 0;
    let h = 0;
    for (let i = 0; i < this.booths.length; i++) {
      const bounds = this.booths[i].bounds;
      if (this.plan) {
        // CRS.Simple at zoom 0: latlng [lat, lng] is the pixel (lng, -lat), no projection call.
        corners[4 * i] = bounds.getWest();
        corners[4 * i + 1] = -bounds.getNorth();
        corners[4 * i + 2] = bounds.getEast();
        corners[4 * i + 3] = -bounds.getSouth();
      } else {
        const nw = this.map.project(bounds.getNorthWest(), 0);
        const se = this.map.project(bounds.getSouthEast(), 0);
        corners.set([nw.x, nw.y, se.x, se.y], 4 * i);
      }
      w = Math.max(w, corners[4 * i + 2] - corners[4 * i]);
      h = Math.max(h, corners[4 * i + 3] - corners[4 * i + 1]);
    }
    this.largest ??= { w, h };
    return corners;
  }

  /** The booths to label; `largest`, when the caller knows it, is the widest and tallest booth's size at zoom 0. */
  setBooths(booths: LabelledBooth[], largest?: BoothSize): void {
    this.booths = booths;
    this.corners = undefined;
    this.largest = largest;
    for (const button of this.buttons.values()) button.remove();
    this.buttons.clear();
    // A new level gets its labels in the same frame as its booths.
    this.cancel();
    this.layout();
  }

  setSelected(id: string | undefined): void {
    // The map sets it again with every level it draws: the labels were just laid out with it.
    if (id === this.selected) return;
    this.selected = id;
    this.update();
  }

  /**
   * Re-lays the labels for the current view (after a move, zoom, resize or
   * restyle), once per frame however often it is asked: mounting alone asks
   * five times, and each layout measures every booth on the level.
   */
  update(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.layout();
    });
  }

  /** Drops a pending layout (the map is going away). */
  cancel(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private layout(): void {
    if (!this.container.isConnected) return;
    const size = this.map.getSize();
    if (!size.x || !size.y) return;
    const candidates: { booth: LabelledBooth; box: Box; withName: boolean; width: number; area: number; cx: number; cy: number }[] = [];
    const focusedId = (this.container.getRootNode() as ShadowRoot).activeElement?.getAttribute?.('data-booth-id') ?? undefined;
    const scale = this.map.getZoomScale(this.map.getZoom(), 0);
    const fits = (largest: BoothSize) => largest.w * scale >= MIN_BOOTH_PX && largest.h * scale >= MIN_BOOTH_HEIGHT_PX;
    // Zoomed out so far that even the largest booth is too small for a label: only a pinned (selected
    // or focused) booth gets one, and with none there is nothing to measure (a big hall shown whole).
    const measure = !!this.selected || !!focusedId || !this.largest || fits(this.largest);
    // Screen position = the booth's corner projected at zoom 0, times the zoom's scale, plus the view's
    // offset (Leaflet's projection is linear per zoom): a few multiplications a booth instead of two
    // latLngToContainerPoint calls and their allocations, which cost ~3 ms a layout at 2,000 booths.
    const corners = measure ? (this.corners ??= this.projectCorners()) : new Float64Array(0);
    const anyFits = measure && fits(this.largest!);
    const origin = this.map.getPixelOrigin();
    const pane = this.map.containerPointToLayerPoint([0, 0]);
    const dx = -origin.x - pane.x;
    const dy = -origin.y - pane.y;
    for (let i = 0; measure && i < this.booths.length; i++) {
      const booth = this.booths[i];
      const pinned = booth.id === this.selected || booth.id === focusedId;
      if (!pinned && !anyFits) continue;
      const nw = { x: corners[4 * i] * scale + dx, y: corners[4 * i + 1] * scale + dy };
      const se = { x: corners[4 * i + 2] * scale + dx, y: corners[4 * i + 3] * scale + dy };
      const w = se.x - nw.x;
      const h = se.y - nw.y;
      if (se.x < 0 || se.y < 0 || nw.x > size.x || nw.y > size.y) continue;
      const codeWidth = booth.label.length * CHAR_PX + LABEL_PAD_PX;
      if (!pinned && (w < MIN_BOOTH_PX || h < MIN_BOOTH_HEIGHT_PX || w < codeWidth * 0.9)) continue;
      const withName = !!booth.name && w >= NAME_MIN_WIDTH_PX && h >= NAME_MIN_HEIGHT_PX;
      const labelWidth = withName ? Math.min(w - 6, Math.max(codeWidth, booth.name.length * CHAR_PX * 0.9 + LABEL_PAD_PX)) : codeWidth;
      const labelHeight = withName ? 36 : 20;
      const cx = (nw.x + se.x) / 2;
      const cy = (nw.y + se.y) / 2;
      const box = { x0: cx - labelWidth / 2, y0: cy - labelHeight / 2, x1: cx + labelWidth / 2, y1: cy + labelHeight / 2 };
      candidates.push({ booth, box, withName, width: labelWidth, area: pinned ? Infinity : w * h, cx, cy });
    }
    // Bigger booths first (the selected one before all): small neighbours give way.
    candidates.sort((a, b) => b.area - a.area);
    const placed: typeof candidates = [];
    for (const c of candidates) {
      if (placed.length >= MAX_LABELS) break;
      if (placed.some((p) => overlaps(p.box, c.box))) continue;
      placed.push(c);
    }
    // Reading order for Tab: rows top to bottom, then along the row.
    placed.sort((a, b) => Math.round(a.cy / ROW_PX) - Math.round(b.cy / ROW_PX) || a.cx - b.cx);

    const keep = new Set(placed.map((p) => p.booth.id));
    for (const [id, button] of this.buttons) {
      if (!keep.has(id)) {
        button.remove();
        this.buttons.delete(id);
      }
    }
    const ordered: HTMLButtonElement[] = [];
    for (const { booth, withName, width, cx, cy } of placed) {
      const button = this.button(booth);
      // The chip never grows past the box it was placed in: a long name ellipsizes instead of overlapping.
      button.style.maxWidth = `${Math.ceil(width)}px`;
      const layer = this.map.containerPointToLayerPoint([cx, cy]);
      button.style.transform = `translate(${Math.round(layer.x)}px, ${Math.round(layer.y)}px) translate(-50%, -50%)`;
      button.classList.toggle('with-name', withName);
      button.classList.toggle('selected', booth.id === this.selected);
      button.classList.toggle('dimmed', !!booth.dimmed && booth.id !== this.selected);
      button.setAttribute('aria-pressed', String(booth.id === this.selected));
      ordered.push(button);
    }
    // Moving a focused button would drop its focus: only reorder when the order changed.
    const current = [...this.container.children];
    if (current.length !== ordered.length || current.some((node, i) => node !== ordered[i])) this.container.replaceChildren(...ordered);
  }

  /** The label button of a booth that is shown now, if any. */
  buttonOf(id: string): HTMLButtonElement | undefined {
    return this.buttons.get(id);
  }

  private button(booth: LabelledBooth): HTMLButtonElement {
    let button = this.buttons.get(booth.id);
    if (button) return button;
    button = document.createElement('button');
    button.type = 'button';
    button.className = 'fair-booth-label';
    button.dataset.boothId = booth.id;
    button.setAttribute('part', 'booth-label');
    // The accessible name is the visible text plus words kept for screen readers only
    // (the name stays in it even when there is no room to show it).
    const word = document.createElement('span');
    word.className = 'fair-visually-hidden';
    word.textContent = `${this.boothWord()} `;
    const code = document.createElement('span');
    code.className = 'code';
    code.textContent = booth.label;
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = booth.name ? ` ${booth.name}` : '';
    button.append(word, code, name);
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      this.onActivate(booth.id);
    });
    // Leaflet would start a drag or a double-click zoom from the label.
    button.addEventListener('dblclick', (event) => event.stopPropagation());
    this.buttons.set(booth.id, button);
    return button;
  }
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 + 2 && b.x0 < a.x1 + 2 && a.y0 < b.y1 + 1 && b.y0 < a.y1 + 1;
}
