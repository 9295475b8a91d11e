import { provide } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FairFeed } from '../../data/types.js';
import { LocaleController } from '../../i18n/locale.js';
import { feedContext, type FeedState } from '../../internal/context.js';
import { FeedLoader } from '../../internal/feed-loader.js';
import { applyFeedTheme } from '../../themes/feed-theme.js';
import { renderProblems } from '../../internal/fair-element.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { dataStyles } from './data.styles.js';

/**
 * Loads and checks a fair feed once and provides it to every `fair-*`
 * element inside it.
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
  static override styles = [sharedStyles, dataStyles];

  /** URL of the fair feed (JSON). Re-fetched when it changes. */
  @property() src?: string;

  /** The feed as an object, instead of `src`. */
  @property({ attribute: false }) feed?: FairFeed | object;

  /** The state given to the elements inside: loading, ready (feed + index + problems) or error. */
  @provide({ context: feedContext })
  @state()
  state?: FeedState;

  private readonly localeController = new LocaleController(this);
  private readonly loader = new FeedLoader(this);

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('feed')) this.loader.set(this.src, this.feed);
    this.state = this.loader.state;
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The fair's own colours and font, beneath whatever the page sets (see applyFeedTheme).
    if (changed.has('state')) applyFeedTheme(this, this.state?.status === 'ready' ? this.state.feed.fair.theme : undefined);
  }

  override render() {
    void this.localeController.locale;
    return html`${this.state?.status === 'error' ? renderProblems(this.state.problems) : nothing}<slot></slot>`;
  }
}
