import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Taps in the corner that reload the kiosk, and the time they must fall in. */
const STAFF_TAPS = 5;
const STAFF_WINDOW_MS = 3000;
/** Size of the hidden corner (top, inline-start), in CSS pixels. */
const STAFF_CORNER_PX = 96;

export interface HygieneOptions {
  /** Whether the hidden staff gesture is on. */
  staffGesture: () => boolean;
  /** A link was tapped: show it as a QR code instead of leaving the kiosk. */
  onLink: (href: string) => void;
  /** The staff gesture was made. */
  onStaffGesture: () => void;
}

/**
 * Public-screen hygiene: no context menu (long press), no navigation away (a
 * tapped link becomes a QR code), and an optional hidden staff gesture
 * ({@link STAFF_TAPS} taps in the top inline-start corner within
 * {@link STAFF_WINDOW_MS}) for the staff to reload the kiosk. Text selection
 * and page pinch-zoom are turned off in CSS (`user-select`, `touch-action`).
 */
export class KioskHygiene implements ReactiveController {
  private taps: number[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: HygieneOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('contextmenu', this.onContextMenu);
    this.host.addEventListener('click', this.onClick, { capture: true });
    this.host.addEventListener('pointerdown', this.onPointerDown, { capture: true, passive: true });
    this.host.addEventListener('dragstart', this.onContextMenu);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('contextmenu', this.onContextMenu);
    this.host.removeEventListener('click', this.onClick, { capture: true });
    this.host.removeEventListener('pointerdown', this.onPointerDown, { capture: true });
    this.host.removeEventListener('dragstart', this.onContextMenu);
    this.taps = [];
  }

  private readonly onContextMenu = (e: Event) => e.preventDefault();

  /** Links anywhere inside (also in the children's shadow roots) open as a QR code, never in the kiosk. */
  private readonly onClick = (e: MouseEvent) => {
    for (const node of e.composedPath()) {
      if (node === this.host) break;
      if (node instanceof HTMLAnchorElement || node instanceof SVGAElement) {
        const raw =
          node instanceof HTMLAnchorElement
            ? node.getAttribute('href')
            : (node.getAttribute('href') ?? node.getAttribute('xlink:href'));
        if (!raw || raw.startsWith('#')) return;
        e.preventDefault();
        e.stopPropagation();
        const href = node instanceof HTMLAnchorElement ? node.href : new URL(raw, document.baseURI).href;
        this.options.onLink(href);
        return;
      }
    }
  };

  private readonly onPointerDown = (e: PointerEvent) => {
    if (!this.options.staffGesture()) return;
    const box = this.host.getBoundingClientRect();
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    const x = rtl ? box.right - e.clientX : e.clientX - box.left;
    const y = e.clientY - box.top;
    if (x < 0 || y < 0 || x > STAFF_CORNER_PX || y > STAFF_CORNER_PX) {
      this.taps = [];
      return;
    }
    const now = performance.now();
    this.taps = [...this.taps.filter((t) => now - t < STAFF_WINDOW_MS), now];
    if (this.taps.length >= STAFF_TAPS) {
      this.taps = [];
      this.options.onStaffGesture();
    }
  };
}
