import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { fallbackLocales, text } from '../data/text.js';
import type { FairFeed, Problem, Text } from '../data/types.js';
import { LocaleController } from '../i18n/locale.js';
import { answerLateFeedRequests, feedContext, type FeedState } from './context.js';
import { FeedLoader } from './feed-loader.js';

const fallbacksOf = new WeakMap<object, readonly string[]>();

/**
 * The base of every `fair-*` element: gets the feed from an enclosing
 * `<fair-data>` (Lit context) or from its own `src` / `.feed`, follows the
 * kit's language, and renders a skeleton while loading and a translated
 * message when the feed is unusable.
 *
 * Every element built on it inherits these parts and events (the manifest
 * lists them on each element):
 *
 * @fires fair-load - The element's own feed (`src` or `.feed`) loaded; `detail: { feed, problems }`. A feed from an enclosing `<fair-data>` fires it there instead.
 * @fires fair-error - The element's own feed is unusable (`detail.fatal: true`; the element shows its `error` part) or loaded with problems; `detail: { problems, fatal, src }`.
 *
 * @csspart status - The "No fair data yet." message: the element has no feed at all (no `src`, no `.feed`, no `<fair-data>` around it).
 * @csspart skeleton - The loading skeleton (grey bars, announced as "Loading the fair…") while the feed loads.
 * @csspart error - The "could not be loaded" message, with the first problems for the organizer, when the feed is unusable.
 */
export class FairElement extends LitElement {
  /** URL of a fair feed, for an element used on its own (outside `<fair-data>`). */
  @property() src?: string;

  /** A fair feed object, instead of `src`. */
  @property({ attribute: false }) feed?: FairFeed | object;

  /**
   * How long loading `src` may take, in milliseconds, headers and body alike
   * (default 15000): a server that does not answer, or stops part-way, is
   * given up on, and the element shows its unusable-feed message and fires
   * `fair-error` (`fatal: true`). Read when a load starts.
   */
  @property({ type: Number }) timeout?: number;

  @consume({ context: feedContext, subscribe: true })
  @state()
  protected inherited?: FeedState;

  protected readonly localeController = new LocaleController(this);
  private readonly loader = new FeedLoader(this, (json) => this.feedParsed(json));

  constructor() {
    super();
    // Before this element asks for the feed: a <fair-data> defined later still answers it.
    answerLateFeedRequests();
  }

  /**
   * Its own feed (`src`) has been fetched and parsed, not checked yet: `json` is any JSON value, a hint
   * to get ready with (the kiosk fetches the fair's language meanwhile).
   */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a hook: the base class has no use for it
  protected feedParsed(_json: unknown): void {}

  /** The feed state this element renders from: its own when it has `src`/`.feed`, else the provided one. */
  protected get feedState(): FeedState | undefined {
    return this.src || this.feed ? this.loader.state : this.inherited;
  }

  /** The ready feed, or undefined while loading / on error. */
  protected get readyState() {
    const s = this.feedState;
    return s?.status === 'ready' ? s : undefined;
  }

  /** The visitor's language (BCP 47). */
  protected get locale(): string {
    return this.localeController.locale;
  }

  /**
   * Feed text in the visitor's language, by the feed's fallback order: the
   * language, its base language, `fair.fallback` (default English), then
   * `fair.locales[0]`, then any value (see `fallbackLocales`).
   */
  protected t(value: Text | undefined | null): string {
    return text(value, this.locale, this.contentFallbacks);
  }

  /** The languages feed text falls back to, for the ready feed (computed once per feed). */
  protected get contentFallbacks(): readonly string[] {
    const fair = this.readyState?.feed.fair;
    if (!fair) return fallbackLocales(undefined);
    let list = fallbacksOf.get(fair);
    if (!list) fallbacksOf.set(fair, (list = fallbackLocales(fair)));
    return list;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') || changed.has('feed')) this.loader.set(this.src, this.feed, this.timeout);
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.getAttribute('lang') !== this.locale) this.setAttribute('lang', this.locale);
  }

  /**
   * Renders the loading skeleton or the unusable-feed message when there is no
   * ready feed; `nothing` when the element may render its content.
   */
  protected renderFeedStatus(): TemplateResult | typeof nothing {
    const s = this.feedState;
    if (!s) return html`<div class="fair-status" part="status" role="status">${msg('No fair data yet.')}</div>`;
    if (s.status === 'loading') return this.renderSkeleton();
    if (s.status === 'error') return renderProblems(s.problems);
    return nothing;
  }

  /** The loading skeleton (grey bars, announced as "Loading the fair…"). */
  protected renderSkeleton(): TemplateResult {
    return html`<div class="fair-skeleton" part="skeleton" role="status" aria-busy="true">
        <span class="fair-visually-hidden">${msg('Loading the fair…')}</span>
        <span class="fair-skeleton-bar"></span><span class="fair-skeleton-bar"></span><span class="fair-skeleton-bar short"></span>
      </div>`;
  }
}

/** The translated "this feed cannot be shown" message, with the first problems for the organizer. */
export function renderProblems(problems: readonly Problem[]): TemplateResult {
  const errors = problems.filter((p) => p.severity === 'error');
  const count = errors.length;
  return html`<div class="fair-error" part="error" role="alert">
    <strong>${msg('The fair information could not be loaded.')}</strong>
    <p>${count === 1 ? msg('There is 1 problem in the feed:') : msg(str`There are ${count} problems in the feed:`)}</p>
    <ul>
      ${errors.slice(0, 5).map((p) => html`<li><code>${p.path || '/'}</code> ${p.message}</li>`)}
    </ul>
  </div>`;
}
