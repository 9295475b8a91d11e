/**
 * The booth map's viewport: the Leaflet map and the views it frames, with
 * what it keeps to frame them again: the whole level clear of the map's own
 * controls, the start view around "you are here", a booth brought into view,
 * a route (framed again when the map changes size). The map view
 * (`map-view.ts`) extends it with what it draws.
 */
import type { BoothLabels } from './booth-labels.js';
import type { Box } from './boxes.js';
import {
  latLngBounds,
  markSizeChanged,
  settleZoom,
  toLatLng,
  type LatLngBounds,
  type LatLngTuple,
  type LeafletMap,
} from './leaflet-adapter.js';
import type { FairMap, Point } from '../../data/types.js';

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

export abstract class MapViewport {
  /** The level's extent. */
  private extent?: LatLngBounds;
  /** What the start view looks at: the level's booths and "you are here". */
  private startBooths: readonly { label: string; outline: readonly Point[] }[] = [];
  private startPoint?: LatLngTuple;
  /** Whether the level was fitted (not while the map has no size), and the zoom that shows it whole. */
  protected fitted = false;
  private fitZoom = 0;
  /** The route last framed, framed again when the map changes size (a panel opening beside it, a rotation). */
  protected routeBounds?: LatLngBounds;
  /** The map's own controls, measured (see {@link controls}). */
  protected controlsKnown?: { buttons: Box[]; groups: Box[] };
  /** The booth labels (how large a code's chip is). */
  protected abstract readonly labels: Pick<BoothLabels, 'scaleToLabel' | 'codeHeight'>;

  constructor(
    readonly map: LeafletMap,
    protected readonly kind: FairMap['type'],
    /** Whether views change with an animation (not under reduced motion). */
    protected readonly motion: boolean,
    /** The map's own buttons over it and their groups (the level switcher, the zoom and list buttons), in viewport pixels. */
    private readonly controlRects: { controlRects?(): DOMRect[]; controlGroups?(): DOMRect[] },
  ) {}

  /** Reads the controls' places (forgetting {@link controlsKnown}) and the text size again: the layout may have changed. */
  abstract forgetControls(): void;

  /**
   * The map's controls in container pixels, each button (with a 2 px margin)
   * and each group, measured once and kept until the layout may have moved
   * them ({@link forgetControls}): a label or place layout then reads no layout.
   */
  protected controls(): { buttons: Box[]; groups: Box[] } {
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
      buttons: local(this.controlRects.controlRects?.() ?? [], 2),
      groups: local(this.controlRects.controlGroups?.() ?? [], 0),
    };
    // Not kept while the map has no size (hidden): measured again once shown.
    if (c.width) this.controlsKnown = known;
    return known;
  }

  /** A new level: its extent, "you are here" on it (if it is there) and its booths; not fitted yet. */
  protected setLevel(
    extent: LatLngBounds,
    here: LatLngTuple | undefined,
    booths: readonly { label: string; outline: readonly Point[] }[],
  ): void {
    this.extent = extent;
    this.startPoint = here;
    this.startBooths = booths;
    this.fitted = false;
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

  /**
   * Shows the whole level, and sets the zoom limits and the bounds a visitor
   * may pan to. Skipped (and retried on a resize) while the map has no size.
   */
  fit(animate = this.motion): void {
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
  home(animate = this.motion): void {
    this.fit(false);
    if (!this.fitted || !this.startPoint || !this.extent) return;
    const here0 = this.map.project(this.startPoint, 0);
    // The nearest booths by their middles, in pixels at zoom 0 (on a plan, its coordinates: no projection).
    type Near = { label: string; w: number; h: number; cx: number; cy: number; d: number };
    const near: Near[] = [];
    for (const shape of this.startBooths) {
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const point of shape.outline) {
        const q = this.kind === 'plan' ? { x: point[0], y: point[1] } : this.map.project(toLatLng(this.kind, point), 0);
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

  /** Pans (and zooms in if it is small) to show `bounds`, unless it is in view already at a zoom that shows it. */
  protected reveal(bounds: LatLngBounds, animate = this.motion): void {
    const size = this.map.getSize();
    if (!size.x || !size.y) return;
    // Zoom in only as far as a booth a quarter of the view wide, and never out.
    const target = Math.min(this.map.getBoundsZoom(bounds.pad(2.5)), this.map.getMaxZoom() - 2);
    const zoom = Math.max(this.map.getZoom(), target);
    if (zoom === this.map.getZoom() && this.map.getBounds().pad(-0.1).contains(bounds)) return;
    this.map.setView(bounds.getCenter(), zoom, { animate });
  }

  /** Frames {@link routeBounds}, if any, no closer than 1.5 zoom levels past the whole level. */
  protected fitRoute(animate = this.motion): void {
    const size = this.map.getSize();
    if (!this.routeBounds || !size.x || !size.y) return;
    settleZoom(this.map);
    this.map.fitBounds(this.routeBounds.pad(0.2), { animate, maxZoom: this.fitZoom + 1.5 });
  }
}
