import { provide } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FairFeed } from '../../data/types.js';
import type { FairSearchSelectEvent, FairShowBoothEvent } from '../../internal/events.js';
import type { FairBoothMap } from '../booth-map/booth-map.js';
import { LocaleController } from '../../i18n/locale.js';
import { answerLateFeedRequests, feedContext, type FeedState } from '../../internal/context.js';
import { FeedLoader } from '../../internal/feed-loader.js';
import { applyFeedTheme } from '../../themes/feed-theme.js';
import { renderProblems } from '../../internal/fair-element.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { fairDataStyles } from './fair-data.styles.js';

/**
 * Loads and checks a fair feed once and provides it to every `fair-*`
 * element inside it.
 *
 * Wires its elements together: when "Find on map" (`fair-show-booth`) or a
 * search result (`fair-search-select`: a booth, or the booth of a product or
 * producer) bubbles up from inside, it selects that booth on every
 * `<fair-booth-map>` inside it that uses its feed, and scrolls the page to
 * the first of them when it is not in view. A page that wants to do something
 * else calls `preventDefault()` on the event, in any listener (on the element,
 * an ancestor, `document` or `window`): `<fair-data>` acts only after the
 * event has finished its way up.
 *
 * @tag fair-data
 * @summary The feed provider: `<fair-data src="fair.json">…elements…</fair-data>`.
 *
 * @slot - The `fair-*` elements (and anything else) that use this feed.
 *
 * @fires fair-load - The feed loaded; `detail: { feed, problems }`.
 * @fires fair-error - The feed is unusable (`detail.fatal: true`) or loaded with problems; `detail.problems` lists each with its JSON path.
 *
 * @csspart error - The message shown in place of the content when the feed is unusable.
 *
 * @cssprop --fair-feed-color-primary - Set by this element from `fair.theme.primary` (likewise `--fair-feed-color-on-primary`, `--fair-feed-color-accent`, `--fair-feed-font-family`); every element reads them beneath the page's `--fair-*` tokens.
 */
export class FairData extends LitElement {
  static override styles = [sharedStyles, fairDataStyles];

  /** URL of the fair feed (JSON). Re-fetched when it changes. */
  @property() src?: string;

  /** The feed as an object, instead of `src`. */
  @property({ attribute: false }) feed?: FairFeed | object;

  /**
   * How long loading `src` may take, in milliseconds, headers and body alike
   * (default 15000): a server that does not answer, or stops part-way, is
   * given up on, the message shows and `fair-error` fires (`fatal: true`).
   * Read when a load starts.
   */
  @property({ type: Number }) timeout?: number;

  /** The state given to the elements inside: loading, ready (feed + index + problems) or error. */
  @provide({ context: feedContext })
  @state()
  state?: FeedState;

  private readonly loader = new FeedLoader(this);

  constructor() {
    super();
    // Renders again when the language changes (its problem list); the controller works through the host.
    new LocaleController(this);
    // Elements of another copy of the kit, or defined before this one, that asked already get an answer.
    answerLateFeedRequests();
    this.addEventListener('fair-show-booth', (e: FairShowBoothEvent) => this.showBooth(e, e.detail.boothId));
    this.addEventListener('fair-search-select', (e: FairSearchSelectEvent) =>
      this.showBooth(e, this.boothOf(e.detail.kind, e.detail.id)),
    );
  }

  /** The booth a search result stands for: itself, the booth of a product, the first booth of a producer. */
  private boothOf(kind: string, id: string): string | undefined {
    if (this.state?.status !== 'ready') return undefined;
    const { index } = this.state;
    if (kind === 'booth') return index.booths.has(id) ? id : undefined;
    if (kind === 'product') return index.boothOfProduct.get(id)?.id;
    if (kind === 'producer') return index.boothsOfProducer.get(id)?.[0]?.id;
    return undefined;
  }

  private showBooth(event: Event, boothId: string | undefined): void {
    // Only for the elements of this feed: an inner <fair-data> wires its own.
    if (!boothId || (event.target as Element).closest('fair-data') !== this) return;
    // The event is still on its way up: a page listener above may yet call preventDefault().
    // Events are dispatched from script, so this runs once the whole dispatch is over.
    queueMicrotask(() => {
      if (event.defaultPrevented) return;
      const maps = [...this.querySelectorAll<FairBoothMap>('fair-booth-map')].filter(
        (m) => !m.src && !m.feed && m.closest('fair-data') === this,
      );
      for (const map of maps) {
        // The same booth again (the visitor panned away): bring it back into view all the same.
        if (map.selected === boothId) map.requestUpdate('selected');
        map.selected = boothId;
      }
      maps[0]?.scrollIntoView({ block: 'nearest' });
    });
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('feed')) this.loader.set(this.src, this.feed, this.timeout);
    this.state = this.loader.state;
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The fair's own colours and font, beneath whatever the page sets (see applyFeedTheme).
    if (changed.has('state'))
      applyFeedTheme(this, this.state?.status === 'ready' ? this.state.feed.fair.theme : undefined);
  }

  override render() {
    return html`${this.state?.status === 'error' ? renderProblems(this.state.problems) : nothing}<slot></slot>`;
  }
}
