import { html, nothing, type ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';

/**
 * A row of photos that scrolls one at a time: swiped by touch (native
 * scrolling with CSS scroll-snap), dragged with a mouse, stepped with the
 * previous/next buttons or the arrow keys, with a "2 of 5" status that a
 * screen reader announces. Works in both reading directions.
 */
export class GalleryController {
  /** The photo in view, from 0. */
  index = 0;
  private drag?: { pointerId: number; startX: number; startScroll: number; moved: boolean };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly track: () => HTMLElement | null | undefined,
  ) {}

  /** Back to the first photo (a different producer). */
  reset(): void {
    this.index = 0;
    const track = this.track();
    if (track) track.scrollLeft = 0;
  }

  private get rtl(): boolean {
    const track = this.track();
    return !!track && getComputedStyle(track).direction === 'rtl';
  }

  private count(): number {
    return this.track()?.children.length ?? 0;
  }

  /** Scrolls photo `i` into view (clamped). */
  go(i: number, smooth = true): void {
    const track = this.track();
    const count = this.count();
    if (!track || !count) return;
    const next = Math.max(0, Math.min(count - 1, i));
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    // In RTL, scrollLeft runs from 0 towards negative values.
    const left = next * track.clientWidth * (this.rtl ? -1 : 1);
    track.scrollTo({ left, behavior: smooth && !reduce ? 'smooth' : 'auto' });
    this.setIndex(next);
  }

  private setIndex(i: number): void {
    if (i === this.index) return;
    this.index = i;
    this.host.requestUpdate();
  }

  /** After a swipe (or any scroll) settles: the photo now in view. `scrollend`, so a smooth scroll across several photos does not announce each one. */
  readonly onScrollEnd = () => {
    const track = this.track();
    if (!track || !track.clientWidth || this.drag) return;
    this.setIndex(Math.round(Math.abs(track.scrollLeft) / track.clientWidth));
  };

  readonly onKeydown = (event: KeyboardEvent) => {
    const forward = this.rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = this.rtl ? 'ArrowRight' : 'ArrowLeft';
    let target: number | undefined;
    if (event.key === forward) target = this.index + 1;
    else if (event.key === back) target = this.index - 1;
    else if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = this.count() - 1;
    if (target === undefined) return;
    event.preventDefault();
    this.go(target);
  };

  // Touch and pen scroll natively; a mouse has no swipe, so dragging is done here.
  readonly onPointerDown = (event: PointerEvent) => {
    const track = this.track();
    if (event.pointerType !== 'mouse' || event.button !== 0 || !track) return;
    this.drag = { pointerId: event.pointerId, startX: event.clientX, startScroll: track.scrollLeft, moved: false };
    try {
      track.setPointerCapture(event.pointerId);
    } catch {
      /* the pointer is already gone: the drag still works while it stays over the track */
    }
    track.classList.add('dragging');
  };

  readonly onPointerMove = (event: PointerEvent) => {
    const track = this.track();
    if (!this.drag || event.pointerId !== this.drag.pointerId || !track) return;
    const dx = event.clientX - this.drag.startX;
    if (Math.abs(dx) > 3) this.drag.moved = true;
    track.scrollLeft = this.drag.startScroll - dx;
  };

  readonly onPointerUp = (event: PointerEvent) => {
    const track = this.track();
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId || !track) return;
    this.drag = undefined;
    track.classList.remove('dragging');
    if (track.hasPointerCapture?.(event.pointerId)) track.releasePointerCapture(event.pointerId);
    // A short flick is enough to turn the page: a fifth of the width.
    const dx = event.clientX - drag.startX;
    const step = Math.abs(dx) > track.clientWidth / 5 ? (dx < 0 ? 1 : -1) * (this.rtl ? -1 : 1) : 0;
    this.go(this.index + step);
  };

  /** Renders the gallery for `images`, the photos of `name`. */
  render(images: readonly string[], name: string, failed: (url: string) => void) {
    const count = images.length;
    if (!count) return nothing;
    const index = Math.min(this.index, count - 1);
    return html`<section class="gallery" part="gallery" aria-roledescription=${msg('carousel')} aria-label=${msg(str`Photos of ${name}`)}>
      <div
        class="track"
        part="gallery-track"
        tabindex="0"
        aria-label=${msg('Photos; use the arrow keys to turn')}
        @scrollend=${this.onScrollEnd}
        @keydown=${this.onKeydown}
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerUp}
      >
        ${images.map(
          (url, i) => html`<figure class="slide" role="group" aria-roledescription=${msg('slide')}
            aria-label=${msg(str`${i + 1} of ${count}`)} aria-hidden=${i === index ? 'false' : 'true'}>
            <img src=${url} alt=${msg(str`${name}, photo ${i + 1}`)} loading=${i === 0 ? 'eager' : 'lazy'} draggable="false"
              decoding="async" @error=${() => failed(url)} />
          </figure>`,
        )}
      </div>
      ${
        count > 1
          ? html`<button class="nav prev" part="gallery-button" type="button" aria-label=${msg('Previous photo')}
              ?disabled=${index === 0} @click=${() => this.go(index - 1)}>
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="m15 5-7 7 7 7" /></svg>
            </button>
            <button class="nav next" part="gallery-button" type="button" aria-label=${msg('Next photo')}
              ?disabled=${index === count - 1} @click=${() => this.go(index + 1)}>
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="m9 5 7 7-7 7" /></svg>
            </button>
            <p class="count" part="gallery-status" role="status">${msg(str`${index + 1} of ${count}`)}</p>`
          : nothing
      }
    </section>`;
  }
}
