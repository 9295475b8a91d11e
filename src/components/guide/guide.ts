import { FairBoothMap } from '../booth-map/booth-map.js';
import { FairLanguageSwitcher } from '../language-switcher/language-switcher.js';
import { FairProductCard } from '../product-card/product-card.js';
import { FairProducerStory } from '../producer-story/producer-story.js';
import { FairSearch } from '../search/search.js';
import { provide } from '@lit/context';
import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { feedContext, type FeedState } from '../../internal/context.js';
import { FairElement } from '../../internal/fair-element.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { onDemand } from '../../data/on-demand.js';
import type { GuideApp } from './guide-app.js';

/**
 * The guide itself (its routes, My list, its pages and their styles): a chunk
 * of its own, fetched when a guide connects, so a kiosk or a page with a map
 * alone never carries it.
 */
const app = onDemand(() => import('./guide-app.js'));

/**
 * The phone side of the fair, in one tag: what every kiosk QR code opens and
 * what an event website embeds for phones. A map with "you are here" when
 * known, search, the directory, what is on now, a page for every booth,
 * product and producer, the way from a place to a booth, and "My list" kept
 * on the phone, with one walk through all of its booths.
 *
 * Every view has its address, a hash route any static host serves:
 * `#/booth/A04`, `#/product/mien-dong-500g`, `#/producer/hoang-ha-coop`,
 * `#/route/kiosk-1/A04` (add `/step-free` for elevators only), `#/list`,
 * `#/list/booth:A04,product:mien-dong-500g` (a shared list: opening it adds
 * it to My list), `#/visit/kiosk-1` (a walk through My list) and
 * `#/search/che%20shan`. The browser's Back walks back through them, a reload
 * keeps the view, and `document.title` follows the page. A link to nothing
 * at this fair shows "Not found at this fair" with the way home.
 *
 * Composes `<fair-booth-map>`, `<fair-search>`, `<fair-product-card>`,
 * `<fair-producer-story>` and `<fair-language-switcher>`, and lets their
 * events bubble up. Unlike the kiosk it keeps nothing from a public screen:
 * no idle reset, links open normally, the page can zoom.
 *
 * @tag fair-guide
 * @summary The phone guide: `<fair-guide src="fair.json">`, with deep links such as `#/booth/A04`.
 *
 * @fires fair-guide-navigate - The guide showed another view; `detail: { route }` (the parsed hash route, `{ page, … }`).
 * @fires fair-load - The feed loaded (from `src`/`.feed`).
 * @fires fair-error - The feed failed or loaded with problems.
 * @fires fair-booth-select - From the map.
 * @fires fair-level-change - From the map.
 * @fires fair-show-booth - From a product card or producer story.
 * @fires fair-show-producer - From a product card.
 * @fires fair-product-select - From a producer story.
 * @fires fair-search-select - From the search box.
 * @fires fair-locale-change - From the language switcher.
 *
 * @csspart base - The guide's frame.
 * @csspart header - The top bar: the fair's name and dates, the languages.
 * @csspart map - The map.
 * @csspart page - The page under (or beside) the map: home's lists, a booth, a route, My list …
 * @csspart back - The page's Back button (also a `button`).
 * @csspart nav - The bottom bar: Home, Search, My list.
 * @csspart list-count - The number of items on My list, in the bottom bar.
 * @csspart booth - A booth's page: its producers and products.
 * @csspart actions - A booth's, product's or producer's "Show the way", Share and ♡.
 * @csspart show-way - The "Show the way" button (also a `button`).
 * @csspart share - Every Share button: of a page, of the way, of My list (also a `button`).
 * @csspart save - The ♡ "Save to my list" toggle (also a `button`, `aria-pressed`).
 * @csspart route - The way page: from, step-free choice, distance, time and steps.
 * @csspart step-free - The "Step-free route" toggle (also a `button`, `aria-pressed`).
 * @csspart show-booth - The way page's "About this booth" button (also a `button`).
 * @csspart my-list - The My list page.
 * @csspart remove - The ✕ taking an item off My list (also a `button`).
 * @csspart visit - The "Visit my list" page: the whole walk's distance and time, and its stops in order.
 * @csspart directory-item - Each booth or producer in home's directory.
 * @csspart tab - Home's Directory / Happening now tabs.
 * @csspart event - Each event in "Happening now".
 * @csspart not-found - The "Not found at this fair" page.
 * @csspart home - Its "Go to the fair's home page" button (also a `button`).
 * @csspart button - Every text button.
 *
 * @cssprop --fair-color-primary - The fair's colour (default `fair.theme.primary`).
 * @cssprop --fair-color-accent - Highlights (default `fair.theme.accent`).
 * @cssprop --fair-font-family - Text font (default `fair.theme.font`).
 * @cssprop --fair-touch-target - Minimum size of a control (default 48px).
 * @cssprop --fair-guide-height - The guide's height: its least on a phone (the page scrolls), its whole on a desktop (default `100dvh`).
 * @cssprop --fair-guide-map-height - The map's height on a phone (default `45svh`).
 */
export class FairGuide extends FairElement {
  /** The loading skeleton's; the guide's own styles come with its chunk (guide-app.ts). */
  static override styles = [sharedStyles];

  /** @internal */
  static readonly dependencies = {
    'fair-booth-map': FairBoothMap,
    'fair-search': FairSearch,
    'fair-language-switcher': FairLanguageSwitcher,
    'fair-product-card': FairProductCard,
    'fair-producer-story': FairProducerStory,
  };

  /** Where the visitor is, when the page knows (`places[].id`, a kiosk's or an entrance's): "you are here", and where routes start. */
  @property() here?: string;

  /** Languages offered (comma/space separated BCP 47), instead of the feed's `fair.locales`. */
  @property() locales?: string;

  /** The time "Happening now" is computed for; the live clock when unset. */
  @property({ attribute: false }) now?: Date;

  /** The feed, passed on to the elements inside the guide's shadow root. */
  @provide({ context: feedContext }) @state() protected provided?: FeedState;

  private app?: GuideApp;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.app)
      void app.load().then(async (m) => {
        await m?.prepared;
        if (m && !this.app) this.app = new m.GuideApp(this, this.view);
      });
  }

  /** Shows a view (one step for the browser's Back): a hash route such as `#/booth/A04`. */
  show(hash: string): void {
    if (this.app) this.app.show(hash);
    else location.hash = hash;
  }

  /** What the guide's chunk reads of the element. @internal */
  private readonly view = {
    state: () => this.feedState,
    t: (value: Parameters<FairElement['t']>[0]) => this.t(value),
    locale: () => this.locale,
  };

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.provided = this.feedState;
  }

  override render() {
    return this.app?.render() ?? html`<div class="frame loading" part="base">${this.renderFeedStatus()}</div>`;
  }

  /** Resolves once rendered, the guide's chunk and an open page's included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (!this.app && this.isConnected) {
      await (
        await app.load()
      )?.prepared;
      done = await super.getUpdateComplete();
    }
    if (this.app) await this.app.settled(() => super.getUpdateComplete());
    return done;
  }
}
