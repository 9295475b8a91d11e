import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Space kept between the results and what they must not cover. */
const MARGIN = 8;

export interface SearchRoomParts {
  /** The `<fair-search>`, whose results popup opens below it. */
  search?: HTMLElement | null;
  /** What the results must never cover when it lies below the box (the on-screen keyboard, Back/Home). */
  obstacles: (Element | null | undefined)[];
  /** The kiosk's frame: the results end above its bottom at the latest. */
  frame?: Element | null;
}

/**
 * Keeps the search results clear of the on-screen keyboard: the results may
 * grow down from the box only as far as the first obstacle beneath it (the
 * keyboard, else Back/Home, else the frame's edge), set as the box's
 * `--fair-search-max-height`. Measured again whenever any of these moves or
 * changes size, so it holds in every layout (portrait, landscape, the side
 * column, accessibility mode) without the layout knowing about it.
 */
export class SearchRoom implements ReactiveController {
  private readonly observer = new ResizeObserver(() => this.measure());
  private observed: Element[] = [];

  constructor(
    host: ReactiveControllerHost,
    private readonly parts: () => SearchRoomParts,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { search, obstacles, frame } = this.parts();
    const watch = [search, frame, ...obstacles].filter((e): e is Element => !!e);
    if (watch.length !== this.observed.length || watch.some((e, i) => e !== this.observed[i])) {
      this.observer.disconnect();
      for (const e of watch) this.observer.observe(e);
      this.observed = watch;
    }
    this.measure();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    this.observed = [];
  }

  private measure(): void {
    const { search, obstacles, frame } = this.parts();
    if (!search?.isConnected) return;
    const box = search.getBoundingClientRect();
    let limit = frame?.getBoundingClientRect().bottom ?? innerHeight;
    for (const obstacle of obstacles) {
      const r = obstacle?.getBoundingClientRect();
      if (!r || !r.width || !r.height) continue;
      const beneath = r.top >= box.bottom - 1 && r.left < box.right && r.right > box.left;
      if (beneath) limit = Math.min(limit, r.top);
    }
    const room = Math.max(0, Math.floor(limit - box.bottom - MARGIN));
    // The popup opens 6px below the box (see the search's styles).
    const value = `calc(${room}px - 6px)`;
    if (search.style.getPropertyValue('--fair-search-max-height') !== value)
      search.style.setProperty('--fair-search-max-height', value);
  }
}
