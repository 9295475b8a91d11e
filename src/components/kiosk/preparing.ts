import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { clearFeedCache } from '../../data/loader.js';
import { multilingual, multilingualFromCatalogue } from './multilingual.js';

/** First wait before fetching a feed that failed again; it doubles up to {@link MAX_RETRY_MS}. */
const FIRST_RETRY_MS = 2000;
const MAX_RETRY_MS = 60000;

/** The next wait after `previous` ms (2 s, 4 s, 8 s … 60 s). */
export function nextRetryDelay(previous: number | undefined, first = FIRST_RETRY_MS): number {
  return previous === undefined ? first : Math.min(MAX_RETRY_MS, previous * 2);
}

/**
 * "This kiosk is being prepared" in every language the fair uses (or, before
 * any feed has loaded, the kit's languages): a visitor sees a calm screen, not
 * an error; the organizer gets the problems through `fair-error`.
 */
function renderPreparing(locales: readonly string[], lines?: { lang: string; text: string }[]): TemplateResult {
  const shown = lines ?? multilingual('preparing', locales, locales.length ? 2 : 8);
  return html`<section class="preparing" part="preparing" role="status">
    <div class="preparing-mark" aria-hidden="true"><span></span><span></span><span></span></div>
    ${shown.map((l, i) => html`<p class="preparing-line ${i === 0 ? 'first' : ''}" lang=${l.lang}>${l.text}</p>`)}
  </section>`;
}

/** The kiosk, as the retry sees it: its `src`, loaded again when it is marked changed. */
interface RetryHost extends ReactiveControllerHost {
  readonly src?: string;
  readonly isConnected: boolean;
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void;
}

/**
 * A kiosk whose feed failed: the "being prepared" screen stays up, and `src`
 * is fetched again after 2 s, 4 s, … 60 s, until a feed loads.
 */
export class FeedRetry implements ReactiveController {
  /** The first wait (ms); tests shorten it (`setRetryBase` in test/seams.ts). */
  firstWait = FIRST_RETRY_MS;
  /** Set from a failure until a feed loads: the screen's lines, once their catalogues are in. */
  private lines?: { lang: string; text: string }[];
  private timer?: ReturnType<typeof setTimeout>;
  private delay?: number;

  constructor(private readonly host: RetryHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Whether the screen is up: a feed failed, and none has loaded since (a stalled retry can take long). */
  get failing(): boolean {
    return !!this.lines;
  }

  /** A feed loaded: the next failure waits 2 s again. */
  loaded(): void {
    this.delay = undefined;
    this.lines = undefined;
  }

  /**
   * The feed failed (called on every update that finds it failed): the screen
   * shows, in `locales` (the last feed's languages; none: the kit's), and
   * `src` is fetched again later.
   */
  failed(locales: readonly string[]): void {
    if (!this.lines) {
      this.lines = [];
      void multilingualFromCatalogue('preparing', locales, locales.length ? 2 : 8).then((lines) => {
        // Still failing (or trying again): not once the feed has arrived.
        if (!this.lines) return;
        this.lines = lines;
        this.host.requestUpdate();
      });
    }
    if (this.timer || !this.host.src || !this.host.isConnected) return;
    this.delay = nextRetryDelay(this.delay, this.firstWait);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const src = this.host.src;
      if (!src) return;
      clearFeedCache(src);
      // Marks `src` as changed, so the element loads it again.
      this.host.requestUpdate('src', undefined);
    }, this.delay);
  }

  render(locales: readonly string[]): TemplateResult {
    return renderPreparing(locales, this.lines?.length ? this.lines : undefined);
  }
}
