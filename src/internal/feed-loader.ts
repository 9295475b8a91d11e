import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { indexFeed } from '../data/indexes.js';
import { loadFeed } from '../data/loader.js';
import type { FeedState } from './context.js';
import { FairErrorEvent, FairLoadEvent } from './events.js';

/**
 * Loads a feed for its host element (from a URL or an object), keeps the
 * resulting {@link FeedState}, fires `fair-load` / `fair-error` from the host,
 * and aborts when the host leaves the page (reloading if it comes back).
 */
export class FeedLoader implements ReactiveController {
  state?: FeedState;
  private source?: string | object;
  private timeout?: number;
  private abort?: AbortController;

  /** `onParsed`: called with a fetched feed's JSON before it is checked (see `loadFeed`). */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onParsed?: (json: unknown) => void,
  ) {
    host.addController(this);
  }

  /**
   * Loads `feed` if given, else `src` (given up on after `timeout` ms, see
   * `loadFeed`); clears the state when both are empty.
   */
  set(src: string | undefined, feed: object | undefined, timeout?: number): void {
    this.source = feed ?? (src || undefined);
    this.timeout = timeout;
    this.load(src);
  }

  hostConnected(): void {
    if (this.state?.status === 'loading' && this.abort?.signal.aborted) this.load(this.state.src);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  private load(src: string | undefined): void {
    this.abort?.abort();
    const source = this.source;
    if (!source) {
      this.state = undefined;
      this.host.requestUpdate();
      return;
    }
    const abort = (this.abort = new AbortController());
    this.state = { status: 'loading', src };
    this.host.requestUpdate();
    loadFeed(source, { signal: abort.signal, timeout: this.timeout, onParsed: this.onParsed }).then(
      async ({ feed, problems }) => {
        if (abort.signal.aborted) return;
        this.state = feed
          ? { status: 'ready', feed, index: indexFeed(feed), problems, src }
          : { status: 'error', problems, src };
        this.host.requestUpdate();
        // Fire after the host (and so the context it provides) has the new state.
        await this.host.updateComplete;
        if (abort.signal.aborted) return;
        if (feed) this.host.dispatchEvent(new FairLoadEvent({ feed, problems }));
        if (problems.length) this.host.dispatchEvent(new FairErrorEvent({ problems, fatal: !feed, src }));
      },
      () => {
        /* aborted: a newer load or a disconnect took over */
      },
    );
  }
}
