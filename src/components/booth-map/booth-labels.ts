/**
 * Booth labels that stay readable: a label shows only when its booth is on
 * screen and big enough to hold it, never on top of another label (the
 * selected and larger booths win), and the name joins the code when there is
 * room. Labels are real buttons in reading order, so Tab walks the visible
 * booths row by row and Enter selects one; they let pointer input through
 * to the booth shape underneath, which is the touch target.
 */
import { inside, overlaps, type Box } from './boxes.js';
import type { LatLngBounds, LeafletMap } from './leaflet-adapter.js';
import { TextWidths } from './text-widths.js';

export interface LabelledBooth {
  id: string;
  label: string;
  name: string;
  bounds: LatLngBounds;
  /** Whether the booth is dimmed by the category filter (its label fades too). */
  dimmed?: boolean;
}

/*
 * Label geometry in ems of the label font (the map's text size: 16 px times
 * --fair-font-scale; see .fair-labels in booth-map.styles.ts), so the layout
 * grows with the text. Widths are measured in that font (see {@link TextWidths}).
 */
/** A chip's inline padding, both sides together (0.3em each, as in the styles). */
const LABEL_PAD_EM = 0.6;
/** A chip's height: one line (line-height 1.25) and its block padding; with the name, two lines. */
const CODE_HEIGHT_EM = 1.35;
const NAME_HEIGHT_EM = 2.6;
/** The smallest booth a code may label, whatever its length. */
const MIN_BOOTH_EM = 1.375;
const MIN_BOOTH_HEIGHT_EM = 1;
const NAME_MIN_WIDTH_EM = 6;
const NAME_MIN_HEIGHT_EM = 2.75;
/** A code chip may stick out of its booth this much (its background keeps it readable). */
const OVERHANG = 0.9;
/** A cap on label buttons in the DOM: beyond this the map is too far out to read them anyway. */
const MAX_LABELS = 350;
const ROW_EM = 1.75;

/** A width and a height in Leaflet's pixels at zoom 0. */
export interface BoothSize {
  w: number;
  h: number;
}

/** Whether a booth of `w` × `h` px on screen has room for a code chip at all, before its text is measured. */
function roomForCode(w: number, h: number, em: number): boolean {
  return w >= MIN_BOOTH_EM * em && h >= CODE_HEIGHT_EM * em * 0.8;
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
    /** Rectangles no label may touch (the map's own controls, the place badges), in container pixels. */
    private readonly occupied: () => Box[] = () => [],
  ) {
    container.classList.add('fair-labels');
  }

  private frame = 0;
  private readonly widths = new TextWidths();
  private em?: number;

  /**
   * The labels' text size, read from the pane's style once and kept until
   * {@link readFont} (a read of style in the middle of a first paint would
   * make the browser work the new page's style out twice).
   */
  private fontSize(): number {
    return (this.em ??= this.widths.sync(this.container));
  }

  /** Reads the labels' font again (after a resize, another text size or language). */
  readFont(): void {
    this.em = this.container.isConnected ? this.widths.sync(this.container) : undefined;
  }

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

  /**
   * Whether the largest booth is big enough for a label at zoom `scale` (or
   * its size is not known yet): below that, no booth needs measuring.
   */
  private largestFits(scale: number, em: number): boolean {
    const largest = this.largest;
    return !largest || (largest.w * scale >= MIN_BOOTH_EM * em && largest.h * scale >= MIN_BOOTH_HEIGHT_EM * em);
  }

  /**
   * What turns a booth's corner at zoom 0 into container pixels: times the
   * zoom's scale, plus this offset (Leaflet's projection is linear per zoom).
   */
  private offset(): [number, number] {
    const origin = this.map.getPixelOrigin();
    const pane = this.map.containerPointToLayerPoint([0, 0]);
    return [-origin.x - pane.x, -origin.y - pane.y];
  }

  /** The booths to label; `largest`, when the caller knows it, is the widest and tallest booth's size at zoom 0. */
  setBooths(booths: LabelledBooth[], largest?: BoothSize): void {
    this.booths = booths;
    this.corners = undefined;
    this.largest = largest;
    for (const button of this.buttons.values()) button.remove();
    this.buttons.clear();
    // A new level gets its labels in the frame after its booths' first paint: the booths show as fast as
    // plain Leaflet's, and a start view zoomed in on "you are here" (a hundred chips or so) adds its ~5 ms
    // of style and layout one frame later. Asked again meanwhile (a move), it stays one layout.
    this.cancel();
    this.frame = requestAnimationFrame(() => {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.layout();
      });
    });
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
    this.settle();
  }

  private waiting: (() => void)[] = [];
  /** Resolves once no layout is pending (the labels show the current view). */
  laidOut(): Promise<void> {
    return this.frame ? new Promise((resolve) => this.waiting.push(resolve)) : Promise.resolve();
  }
  private settle(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  /** The label chips' widths for a booth in the current font: the code's, and the name's. */
  private chip(booth: Pick<LabelledBooth, 'label' | 'name'>, em: number) {
    const pad = LABEL_PAD_EM * em + 1;
    return {
      code: this.widths.width(booth.label, 700) + pad,
      name: booth.name ? this.widths.width(booth.name, 500) + pad : 0,
    };
  }

  /**
   * The zoom scale (screen pixels per pixel at zoom 0) from which a booth of
   * `w` × `h` pixels at zoom 0 shows its code `label` in the current font;
   * `snug`: with the chip inside the booth, so the neighbours' codes show too.
   */
  scaleToLabel(label: string, w: number, h: number, snug: boolean): number {
    const em = this.fontSize();
    const code = this.chip({ label, name: '' }, em).code;
    const codeHeight = CODE_HEIGHT_EM * em;
    if (!snug)
      return Math.max(
        (MIN_BOOTH_EM * em) / w,
        (MIN_BOOTH_HEIGHT_EM * em) / h,
        (code * OVERHANG) / w,
        (codeHeight * 0.8) / h,
      );
    return Math.max((MIN_BOOTH_EM * em) / w, (code + 4) / w, (codeHeight + 2) / h);
  }

  /** The height of a code chip in the current font. */
  codeHeight(): number {
    return CODE_HEIGHT_EM * this.fontSize();
  }

  /**
   * Where booth codes can show at the current view (each booth on screen big
   * enough for its code: the code chip's box, container pixels), whether
   * shown now or not: place names keep off them where they can.
   */
  labelSpots(): Box[] {
    const size = this.map.getSize();
    if (!this.booths.length || !size.x || !this.container.isConnected) return [];
    const em = this.fontSize();
    const scale = this.map.getZoomScale(this.map.getZoom(), 0);
    if (!this.largestFits(scale, em)) return [];
    const corners = (this.corners ??= this.projectCorners());
    const [dx, dy] = this.offset();
    const spots: Box[] = [];
    const codeHeight = CODE_HEIGHT_EM * em;
    for (let i = 0; i < this.booths.length; i++) {
      const [x0, y0] = [corners[4 * i] * scale + dx, corners[4 * i + 1] * scale + dy];
      const [x1, y1] = [corners[4 * i + 2] * scale + dx, corners[4 * i + 3] * scale + dy];
      if (x1 < 0 || y1 < 0 || x0 > size.x || y0 > size.y) continue;
      const [w, h] = [x1 - x0, y1 - y0];
      if (!roomForCode(w, h, em)) continue;
      const code = this.chip(this.booths[i], em).code;
      if (w < code * OVERHANG) continue;
      const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
      spots.push({ x0: cx - code / 2, y0: cy - codeHeight / 2, x1: cx + code / 2, y1: cy + codeHeight / 2 });
    }
    return spots;
  }

  private layout(): void {
    try {
      this.layOut();
    } finally {
      if (!this.frame) this.settle();
    }
  }

  private layOut(): void {
    if (!this.container.isConnected) return;
    const size = this.map.getSize();
    if (!size.x || !size.y) return;
    const candidates: {
      booth: LabelledBooth;
      box: Box;
      withName: boolean;
      width: number;
      area: number;
      cx: number;
      cy: number;
    }[] = [];
    const focusedId =
      (this.container.getRootNode() as ShadowRoot).activeElement?.getAttribute?.('data-booth-id') ?? undefined;
    const scale = this.map.getZoomScale(this.map.getZoom(), 0);
    // The labels' text size (16 px times the font scale): what fits in a booth follows it.
    const em = this.fontSize();
    // Zoomed out so far that even the largest booth is too small for a label: only a pinned (selected
    // or focused) booth gets one, and with none there is nothing to measure (a big hall shown whole).
    const measure = !!this.selected || !!focusedId || this.largestFits(scale, em);
    // Screen position = the booth's corner projected at zoom 0, times the zoom's scale, plus the view's
    // offset: a few multiplications a booth instead of two latLngToContainerPoint calls and their
    // allocations, which cost ~3 ms a layout at 2,000 booths.
    const corners = measure ? (this.corners ??= this.projectCorners()) : new Float64Array(0);
    const anyFits = measure && this.largestFits(scale, em);
    const [dx, dy] = this.offset();
    const codeHeight = CODE_HEIGHT_EM * em;
    const nameHeight = NAME_HEIGHT_EM * em;
    // What no label may touch: the map's controls (a label under a button cannot be read) and the place badges.
    const blocked = measure ? this.occupied() : [];
    for (let i = 0; measure && i < this.booths.length; i++) {
      const booth = this.booths[i];
      const pinned = booth.id === this.selected || booth.id === focusedId;
      if (!pinned && !anyFits) continue;
      const nw = { x: corners[4 * i] * scale + dx, y: corners[4 * i + 1] * scale + dy };
      const se = { x: corners[4 * i + 2] * scale + dx, y: corners[4 * i + 3] * scale + dy };
      const w = se.x - nw.x;
      const h = se.y - nw.y;
      if (se.x < 0 || se.y < 0 || nw.x > size.x || nw.y > size.y) continue;
      if (!pinned && !roomForCode(w, h, em)) continue;
      const chip = this.chip(booth, em);
      if (!pinned && w < chip.code * OVERHANG) continue;
      const withName = !!booth.name && w >= NAME_MIN_WIDTH_EM * em && h >= NAME_MIN_HEIGHT_EM * em;
      const labelWidth = withName ? Math.min(w - 6, Math.max(chip.code, chip.name)) : chip.code;
      const labelHeight = withName ? nameHeight : codeHeight;
      const cx = (nw.x + se.x) / 2;
      const cy = (nw.y + se.y) / 2;
      const box = {
        x0: cx - labelWidth / 2,
        y0: cy - labelHeight / 2,
        x1: cx + labelWidth / 2,
        y1: cy + labelHeight / 2,
      };
      // Wholly inside the map and off the controls and badges; a focused label stays where it is (removing
      // it would drop the focus).
      if (booth.id !== focusedId && (!inside(box, size.x, size.y) || blocked.some((b) => overlaps(b, box, 2, 1))))
        continue;
      candidates.push({ booth, box, withName, width: labelWidth, area: pinned ? Infinity : w * h, cx, cy });
    }
    // Bigger booths first (the selected one before all): small neighbours give way.
    candidates.sort((a, b) => b.area - a.area);
    const placed: typeof candidates = [];
    for (const c of candidates) {
      if (placed.length >= MAX_LABELS) break;
      if (placed.some((p) => overlaps(p.box, c.box, 2, 1))) continue;
      placed.push(c);
    }
    // Reading order for Tab: rows top to bottom, then along the row.
    const row = ROW_EM * em;
    placed.sort((a, b) => Math.round(a.cy / row) - Math.round(b.cy / row) || a.cx - b.cx);

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
    if (current.length !== ordered.length || current.some((node, i) => node !== ordered[i]))
      this.container.replaceChildren(...ordered);
  }

  private button(booth: LabelledBooth): HTMLButtonElement {
    let button = this.buttons.get(booth.id);
    if (button) return button;
    button = document.createElement('button');
    button.type = 'button';
    button.className = 'fair-booth-label';
    button.dataset.boothId = booth.id;
    button.setAttribute('part', 'booth-label');
    // The accessible name is the visible text and the words kept for screen readers only: "Booth", and the
    // name even when there is no room to show it. Two nodes a label (thousands are made while zooming).
    button.setAttribute('aria-label', `${this.boothWord()} ${booth.label}${booth.name ? ` ${booth.name}` : ''}`);
    const code = document.createElement('span');
    code.className = 'code';
    code.textContent = booth.label;
    button.append(code);
    if (booth.name) {
      const name = document.createElement('span');
      name.className = 'name';
      // A space between code and name in the text (the name shows on a line of its own).
      name.textContent = ` ${booth.name}`;
      button.append(name);
    }
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
