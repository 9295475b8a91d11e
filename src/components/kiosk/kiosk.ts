import { provide } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { clearFeedCache } from '../../data/loader.js';
import type { ProgrammeItem } from '../../data/types.js';
import { setLocale } from '../../i18n/locale.js';
import { feedContext, type FeedState } from '../../internal/context.js';
import { loadedRouting, loadRouting } from '../../data/venue.js';
import { onDemand } from '../../data/on-demand.js';
import { loadRichText } from '../../internal/rich-text/index.js';
import { defineElement } from '../../internal/define.js';
import { WINDOW_FROM } from '../../internal/windowing.js';
import { FairElement } from '../../internal/fair-element.js';
import type { FairSearchSelectEvent } from '../../internal/events.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { applyFeedTheme } from '../../themes/feed-theme.js';
import { fontStyles } from '../../themes/fonts.styles.js';
import { offeredUiLocales, parseLocaleList } from '../../i18n/language-names.js';
import { formatFairDates, renderAttract } from './attract.js';
import { boothOfPanel, type RouteInfo } from './panel-booth.js';
import { prepareDirectory, renderDirectory, type DirectoryMode } from './directory.js';
import { renderEventsNow } from './events-now.js';
import { HOME_VIEW, KioskHistory, type KioskView, type ListTab, type Panel } from './history.js';
import { KioskHygiene } from './hygiene.js';
import { IdleController } from './idle-controller.js';
import type { KioskKeyboardInputEvent } from './keyboard.js';
import type { KioskShell } from './kiosk-shell.js';
import { kioskStyles } from './kiosk.styles.js';
import { accessibilityStyles } from './accessibility.styles.js';
import { multilingualFromCatalogue } from './multilingual.js';
import { nextRetryDelay, renderPreparing, FIRST_RETRY_MS } from './preparing.js';
import { routeInfoFor } from './route-info.js';
import { SearchRoom } from './search-room.js';
import { clearSearch, setSearchText, searchText, stopMedia } from './children.js';
import { FairKioskResetEvent, FairKioskStaffEvent, type KioskResetReason } from './kiosk-events.js';

/**
 * The whole touch-screen app a visitor walks up to, in one tag: an attract
 * screen, then the map with "you are here", search with an on-screen keyboard,
 * category chips, an A–Z directory, what is on now, and detail panels for
 * booths, products and producers, each with "Show the way" and "Take it with
 * you" (a QR code). Back and Home are always one tap away. After `idle`
 * seconds without a touch it asks "Still there?" and then forgets the visit.
 *
 * Composes `<fair-booth-map>`, `<fair-search>`, `<fair-product-card>`,
 * `<fair-producer-story>` and `<fair-language-switcher>`, and lets their
 * events bubble up.
 *
 * @tag fair-kiosk
 * @summary The venue kiosk: `<fair-kiosk src="fair.json" here="kiosk-1" idle="60">`.
 *
 * @fires fair-kiosk-reset - The kiosk forgot a visit and shows the attract screen; `detail: { reason }` (`idle`, `api`).
 * @fires fair-kiosk-staff - The hidden staff gesture was made (cancelable; unless cancelled the page reloads).
 * @fires fair-load - The feed loaded (from `src`/`.feed`).
 * @fires fair-error - The feed failed or loaded with problems; `detail.problems` is for the organizer, visitors never see it.
 * @fires fair-booth-select - From the map.
 * @fires fair-level-change - From the map.
 * @fires fair-show-booth - From a product card or producer story.
 * @fires fair-show-producer - From a product card.
 * @fires fair-product-select - From a producer story.
 * @fires fair-search-select - From the search box.
 * @fires fair-locale-change - From the language switcher.
 *
 * @csspart base - The app's frame.
 * @csspart attract - The attract screen.
 * @csspart title - The fair's name on the attract screen.
 * @csspart showcase - The glimpse of the fair on the attract screen: the plan and what is on now.
 * @csspart start - The "Touch to start" button.
 * @csspart language - Each language button on the attract screen.
 * @csspart header - The top bar (logo, name, languages).
 * @csspart finder - Search box, keyboard button and category chips.
 * @csspart chip - Each category chip (in the finder, and on the attract screen, where a tap starts with that category).
 * @csspart map - The map.
 * @csspart panel - The area under (or beside) the map: directory, events or a detail panel.
 * @csspart tab - The Directory / Happening now tabs.
 * @csspart directory-item - Each booth or producer in the directory.
 * @csspart event - Each event in "Happening now".
 * @csspart actions - "Show the way" / "Take it with you" of a detail panel.
 * @csspart show-way - The "Show the way" button (also a `button`).
 * @csspart take-away - The "Take it with you" button (also a `button`).
 * @csspart booth - A booth's detail panel: its producers and products.
 * @csspart route - The route panel: walking time, distance, steps and the QR of the route.
 * @csspart step-free - The route panel's "Step-free route" toggle (elevators only; also a `button`, `aria-pressed`). On by default in accessibility mode.
 * @csspart no-step-free - What the route panel says instead of the steps when the booth's level cannot be reached without stairs or escalators.
 * @csspart link - The panel that shows a link as a QR code instead of navigating.
 * @csspart button - Every text button.
 * @csspart qr - A QR code with its caption.
 * @csspart keyboard - The on-screen keyboard: opens on a tap on the search box or the keyboard button (not when Tab reaches the box), closes when focus leaves the search or on Escape; the results never cover it.
 * @csspart nav - The bottom bar: Back, Home, Accessibility.
 * @csspart back - The Back button (also a `button`).
 * @csspart home - The Home button (also a `button`).
 * @csspart accessibility - The accessibility-mode button (also a `button`).
 * @csspart still-there - The "Still there?" countdown.
 * @csspart preparing - The "This kiosk is being prepared" screen.
 *
 * @cssprop --fair-color-primary - The fair's colour (default `fair.theme.primary`; a page's or theme's value wins).
 * @cssprop --fair-color-accent - Highlights (default `fair.theme.accent`).
 * @cssprop --fair-font-family - Text font (default `fair.theme.font`).
 * @cssprop --fair-font-scale - Text size factor (accessibility mode multiplies it by 1.3).
 * @cssprop --fair-touch-target - Minimum size of a control (the kiosk uses at least 64px).
 * @cssprop --fair-kiosk-height - Height of the app (default: the height given to the tag, else `100dvh`).
 * @cssprop --fair-kiosk-attract-background - Background of the attract screen (default: the fair's colour).
 * @cssprop --fair-kiosk-keyboard-background - Background of the on-screen keyboard.
 */
/**
 * The on-screen keyboard, a chunk of its own, registered when it arrives: a
 * page with the map or a card does not carry it, and a kiosk fetches it when
 * a visit starts, before the first tap on the search box.
 */
const keyboardChunk = onDemand(async () => {
  const m = await import('./keyboard.js');
  defineElement('fair-kiosk-keyboard', m.FairKioskKeyboard);
  return m;
});
/**
 * The detail panels (booth, product, producer, route), a chunk of their own:
 * the attract screen needs none of them, and a kiosk fetches them when a
 * visit starts, before the first tap on a row.
 */
const detailPanels = onDemand(() => import('./detail-panel.js'));

export class FairKiosk extends FairElement {
  static override styles = [sharedStyles, fontStyles, kioskStyles, accessibilityStyles];

  /** The kiosk's own place id in the feed (`places[].id`): "you are here", and where routes start. */
  @property() here?: string;

  /** Seconds without a touch before "Still there?" (fractions allowed, for tests). */
  @property({ type: Number }) idle = 60;

  /** Seconds "Still there?" counts down before the reset. */
  @property({ type: Number }) countdown = 10;

  /**
   * Accessibility mode: every control in the lower part of the screen (none
   * starts above 55 % of the height: within reach from a wheelchair), the map's
   * controls along its bottom edge, step-free routes (elevators only), text
   * 1.3× larger, high contrast. The visitor toggles it with the always-visible
   * button; a reset returns it to this attribute's initial value.
   */
  @property({ type: Boolean, reflect: true }) accessible = false;

  /** Languages offered to visitors (comma/space separated BCP 47), instead of the feed's `fair.locales`. */
  @property() locales?: string;

  /** `off`: never show the on-screen keyboard (a kiosk with a physical keyboard, or a phone). */
  @property() keyboard: 'auto' | 'off' = 'auto';

  /** Turns on the hidden staff gesture: 5 taps in the top inline-start corner within 3 s reloads the page. */
  @property({ type: Boolean, attribute: 'staff-reload' }) staffReload = false;

  /** The time "Happening now" is computed for; the live clock when unset (set it in tests and previews). */
  @property({ attribute: false }) now?: Date;

  /** Whether a visit is on (false: the attract screen). */
  @state() protected started = false;
  @state() private view: KioskView = HOME_VIEW;
  @state() private directoryMode: DirectoryMode = 'az';
  @state() private qrOpen = false;
  @state() private keyboardOpen = false;
  /** The visitor's step-free choice in the route panel; unset: on in accessibility mode, off otherwise. */
  @state() private stepFreeChoice?: boolean;
  @state() private mapLevel?: string;
  /** The map is drawn a frame after the rest of a visit's first screen (see `start`). */
  @state() private mapLater = false;
  @state() private clock = new Date();
  @state() private preparingLines?: { lang: string; text: string }[];

  /** The feed, passed on to the elements inside the kiosk's shadow root. */
  @provide({ context: feedContext }) @state() protected provided?: FeedState;

  @query('fair-search') private search?: HTMLElement;

  private readonly history = new KioskHistory();
  private readonly idleController = new IdleController(this, {
    idle: () => this.idle,
    countdown: () => this.countdown,
    onReset: () => this.reset('idle'),
  });
  private initialAccessible?: boolean;
  private clockTimer?: ReturnType<typeof setInterval>;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private retryDelay?: number;
  /** First wait before re-fetching a feed that failed (ms); tests shorten it. */
  retryBase = FIRST_RETRY_MS;
  /** The languages of the last feed that loaded, for the "being prepared" screen. */
  private knownLocales: string[] = [];
  private appliedFeed?: object;

  constructor() {
    super();
    // The search results never cover the on-screen keyboard (nor Back/Home), in any layout.
    new SearchRoom(this, () => ({
      search: this.search,
      obstacles: [this.renderRoot.querySelector('fair-kiosk-keyboard'), this.renderRoot.querySelector('.nav')],
      frame: this.renderRoot.querySelector('.frame'),
    }));
    new KioskHygiene(this, {
      staffGesture: () => this.staffReload,
      onLink: (href) => this.open({ kind: 'link', id: href }),
      onStaffGesture: () => {
        const event = new FairKioskStaffEvent();
        if (this.dispatchEvent(event)) location.reload();
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.initialAccessible ??= this.accessible;
    this.clockTimer = setInterval(() => (this.clock = new Date()), 30_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clockTimer);
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  // ─── Public API ────────────────────────────────────────────────────────────

  /** Starts a visit (as a touch on the attract screen does), optionally in `locale`. */
  async start(locale?: string): Promise<void> {
    if (this.keyboard !== 'off') void keyboardChunk.load();
    // The route engine too (a chunk of its own), so "Show the way" answers at once.
    void loadRouting();
    // And the panels and the rich-text renderer, for the first booth, product or producer a visitor opens.
    void detailPanels.load();
    void loadRichText();
    if (locale) await setLocale(locale);
    // A fair longer than any real one: the screen (its directory) shows at once, the map of its 100,000 booths,
    // which takes most of a second to draw, a frame later.
    if ((this.readyState?.feed.booths.length ?? 0) > WINDOW_FROM) {
      this.mapLater = true;
      requestAnimationFrame(() => setTimeout(() => (this.mapLater = false)));
    }
    this.started = true;
    this.idleController.start();
  }

  /**
   * Forgets the visit: language back to the fair's default, search and recent
   * searches cleared, history cleared, panels closed, map view reset, media
   * stopped, attract screen shown.
   */
  async reset(reason: KioskResetReason = 'api'): Promise<void> {
    this.idleController.stop();
    stopMedia(this.renderRoot);
    if (this.search) clearSearch(this.search);
    this.view = this.history.home();
    this.directoryMode = 'az';
    this.qrOpen = false;
    this.keyboardOpen = false;
    this.stepFreeChoice = undefined;
    this.mapLevel = undefined;
    this.accessible = this.initialAccessible ?? false;
    // Tearing the visit's screen down (the map, the search, the panels) is what guarantees nothing of it remains.
    this.started = false;
    (this.shadowRoot?.activeElement as HTMLElement | null)?.blur();
    await setLocale(this.defaultLocale);
    await this.updateComplete;
    this.dispatchEvent(new FairKioskResetEvent(reason));
  }

  /** Opens a detail panel (one step for Back). */
  open(panel: Panel): void {
    this.go({ panel });
  }

  /** Back one step: closes the last panel, route or filter. */
  back(): void {
    this.qrOpen = false;
    this.view = this.history.back();
    this.syncMapLevel();
  }

  /** The start of the visit: map, directory, no filter, no panel. */
  home(): void {
    this.qrOpen = false;
    this.keyboardOpen = false;
    this.view = this.history.home();
    this.directoryMode = 'az';
    this.mapLevel = undefined;
    if (this.search) setSearchText(this.search, '');
    // The view a visitor starts with (around "you are here"); an older map only has the whole-plan view.
    const map = this.shadowRoot?.querySelector('fair-booth-map') as {
      startView?: () => void;
      resetView?: () => void;
    } | null;
    if (map?.startView) map.startView();
    else map?.resetView?.();
  }

  // ─── State ─────────────────────────────────────────────────────────────────

  private get defaultLocale(): string {
    return this.readyState?.feed.fair.locales?.[0] ?? this.knownLocales[0] ?? 'en';
  }

  /** Whether routes avoid stairs and escalators: the visitor's choice, else on in accessibility mode. */
  private get stepFree(): boolean {
    return this.stepFreeChoice ?? this.accessible;
  }

  private get languages(): string[] {
    const own = parseLocaleList(this.locales);
    return own.length ? own : offeredUiLocales(this.readyState?.feed.fair.locales);
  }

  private go(change: Partial<KioskView>): void {
    this.qrOpen = false;
    this.view = this.history.push(change);
    this.syncMapLevel();
  }

  /** Shows the level of whatever the panel is about. */
  private syncMapLevel(): void {
    const s = this.readyState;
    if (!s) return;
    const booth = boothOfPanel(this.shell(s), this.view.panel);
    if (booth?.level) this.mapLevel = booth.level;
  }

  private shell(s = this.readyState!): KioskShell {
    return {
      feed: s.feed,
      index: s.index,
      locale: this.locale,
      here: this.here,
      t: (v) => this.t(v),
      open: (panel) => this.open(panel),
      showEventOnMap: (event) => this.showEventOnMap(event),
    };
  }

  private showEventOnMap(event: ProgrammeItem): void {
    const s = this.readyState;
    if (!s) return;
    if (event.booth && s.index.booths.has(event.booth)) {
      this.open({ kind: 'booth', id: event.booth });
      return;
    }
    const place = event.place ? s.index.places.get(event.place) : undefined;
    if (place?.level) this.mapLevel = place.level;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.feedState;
    this.provided = state;
    if (state?.status === 'ready' && this.appliedFeed !== state.feed) this.feedArrived(state.feed.fair.locales ?? []);
    if (state?.status === 'error') this.scheduleRetry();
  }

  private feedArrived(locales: string[]): void {
    this.appliedFeed = this.readyState?.feed;
    this.knownLocales = locales;
    this.retryDelay = undefined;
    this.preparingLines = undefined;
    this.history.home();
    this.view = HOME_VIEW;
    if (!this.started) void setLocale(this.defaultLocale);
    // A directory longer than any real fair's: its windowed list and its order are ready before the first tap.
    prepareDirectory(() => (this.readyState ? this.shell() : undefined));
  }

  /** A feed that failed: fetch it again after 2 s, 4 s, … 60 s, until it loads. */
  private scheduleRetry(): void {
    if (!this.preparingLines) {
      this.preparingLines = [];
      void multilingualFromCatalogue('preparing', this.knownLocales, this.knownLocales.length ? 2 : 8).then((lines) => {
        // Still failing (or trying again): not once the feed has arrived.
        if (this.preparingLines) this.preparingLines = lines;
      });
    }
    if (this.retryTimer || !this.src || !this.isConnected) return;
    this.retryDelay = nextRetryDelay(this.retryDelay, this.retryBase);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (!this.src) return;
      clearFeedCache(this.src);
      // Marks `src` as changed, so the base class loads it again.
      this.requestUpdate('src', undefined);
    }, this.retryDelay);
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The fair's look (`fair.theme`) as the `--fair-feed-*` layer: beneath the
    // page's own `--fair-*` tokens and a chosen theme (dark, high contrast), so
    // those still reach in. Needed when the kiosk loads its own `src`; inside
    // <fair-data> that element has set the same layer already.
    applyFeedTheme(this, this.readyState?.feed.fair.theme);
  }

  // ─── Rendering ─────────────────────────────────────────────────────────────

  override render() {
    // The frame, not :host, carries the layout (size, container, typography):
    // a host page's rule on the tag itself (`* { all: unset }`, a reboot) beats
    // :host, but cannot reach this inner piece.
    return html`<div class="frame">${this.renderScreen()}</div>`;
  }

  private renderScreen() {
    const s = this.feedState;
    // Trying again after a failure (a stalled server can take the whole `timeout`): the calm screen stays.
    const failed = s?.status === 'error' || (!!this.preparingLines && s?.status !== 'ready');
    if (failed)
      return html`<div class="shell" part="base">${renderPreparing(this.knownLocales, this.preparingLines?.length ? this.preparingLines : undefined)}</div>`;
    if (!s || s.status !== 'ready')
      return html`<div class="shell loading" part="base">${this.renderFeedStatus()}</div>`;
    const name = this.t(s.feed.fair.name);
    if (!this.started) {
      return html`<div class="shell" part="base">${renderAttract({
        fair: s.feed.fair,
        name,
        venue: this.t(s.feed.fair.venue),
        locale: this.locale,
        languages: this.languages,
        start: (l) => void this.start(l),
        shell: this.shell(s),
        now: this.now ?? this.clock,
        startWithCategory: (category) => {
          void this.start();
          this.go({ category, panel: null });
        },
      })}</div>`;
    }
    const shell = this.shell(s);
    const panel = this.view.panel;
    const mapBooth = boothOfPanel(shell, panel);
    const routeInfo =
      panel?.kind === 'route' ? routeInfoFor(shell, panel.id, { avoidStairs: this.stepFree }) : undefined;
    // The route engine not there yet (a panel opened from code before a visit): drawn again once it is.
    if (panel?.kind === 'route' && !loadedRouting()) void loadRouting().then(() => this.requestUpdate());
    // No step-free way: the map shows where the booth is, never a line over stairs.
    const routeTo = panel?.kind === 'route' && !routeInfo?.noStepFreeWay ? panel.id : undefined;
    return html`<div class="shell main ${panel ? 'has-panel' : ''} ${this.keyboardOpen ? 'typing' : ''}" part="base">
      <div class="header" part="header">
        ${s.feed.fair.theme?.logo ? html`<img class="logo" src=${s.feed.fair.theme.logo} alt="" />` : nothing}
        <div class="title">
          <h1>${name}</h1>
          <p>${[formatFairDates(s.feed.fair.dates, this.locale), this.t(s.feed.fair.venue)].filter(Boolean).join(' · ')}</p>
        </div>
        ${this.accessible ? nothing : this.renderLanguages()}
      </div>
      ${this.renderFinder(shell)}
      ${this.renderKeyboard()}
      <div class="map-area">${
        this.mapLater
          ? nothing
          : html`
        <fair-booth-map
          part="map"
          exportparts="base: map-base"
          here=${this.here ?? nothing}
          level=${this.mapLevel ?? nothing}
          selected=${mapBooth?.id ?? nothing}
          category=${this.view.category ?? nothing}
          route-to=${routeTo ?? nothing}
          ?avoid-stairs=${this.stepFree}
          controls=${this.accessible ? 'bottom' : 'top'}
          @fair-booth-select=${(e: CustomEvent<{ boothId: string }>) => this.open({ kind: 'booth', id: e.detail.boothId })}
          @fair-level-change=${(e: CustomEvent<{ level: string }>) => (this.mapLevel = e.detail.level)}
        ></fair-booth-map>`
      }
      </div>
      <section class="panel-area" part="panel" aria-live="polite"
        @fair-show-booth=${(e: CustomEvent<{ boothId: string }>) => this.open({ kind: 'booth', id: e.detail.boothId })}
        @fair-show-producer=${(e: CustomEvent<{ producerId: string }>) => this.open({ kind: 'producer', id: e.detail.producerId })}
        @fair-product-select=${(e: CustomEvent<{ productId: string }>) => this.open({ kind: 'product', id: e.detail.productId })}>
        ${panel ? this.renderPanel(shell, panel, routeInfo) : this.renderLists(shell)}
      </section>
      ${this.renderNav()}
      ${this.idleController.phase === 'warning' ? this.renderStillThere() : nothing}
    </div>`;
  }

  private renderLanguages(): TemplateResult {
    return html`<fair-language-switcher compact class="languages" locales=${this.locales ?? nothing}></fair-language-switcher>`;
  }

  private renderFinder(shell: KioskShell): TemplateResult {
    const categories = shell.feed.categories ?? [];
    const active = this.view.category;
    return html`<div class="finder" part="finder">
      <div class="search-row" @focusout=${this.onSearchFocusOut} @keydown=${this.onSearchKeyDown}>
        <fair-search class="search" placeholder=${msg('Search products, producers, booths…')}
          @pointerdown=${this.onSearchPointerDown}
          @fair-search-select=${this.onSearchSelect}></fair-search>
        ${
          this.keyboard === 'off'
            ? nothing
            : html`<button class="icon-btn" part="button" aria-pressed=${this.keyboardOpen}
              aria-label=${this.keyboardOpen ? msg('Hide keyboard') : msg('Show keyboard')}
              @click=${this.onKeyboardButton}>⌨</button>`
        }
      </div>
      ${
        categories.length
          ? html`<div class="chips" role="group" aria-label=${msg('Categories')}>
            <button class="chip" part="chip" aria-pressed=${!active} @click=${() => this.go({ category: null, panel: null })}>${msg('All')}</button>
            ${categories.map(
              (
                c,
              ) => html`<button class="chip" part="chip" aria-pressed=${active === c.id} style="--_chip:${c.color ?? 'var(--_primary)'}"
                @click=${() => this.go({ category: active === c.id ? null : c.id, panel: null })}>
                <span class="dot" aria-hidden="true"></span>${shell.t(c.name)}</button>`,
            )}
          </div>`
          : nothing
      }
    </div>`;
  }

  /**
   * The on-screen keyboard, right after the finder in reading order (it is
   * laid out further down): a keyboard or switch user reaches its keys next.
   */
  private renderKeyboard(): TemplateResult | typeof nothing {
    if (!this.keyboardOpen) return nothing;
    // Upgrades when its chunk is there (normally fetched when the visit started).
    void keyboardChunk.load();
    return html`<fair-kiosk-keyboard part="keyboard" .value=${this.search ? searchText(this.search) : ''}
      ?telex=${this.locale.startsWith('vi')}
      @focusout=${this.onSearchFocusOut}
      @keydown=${this.onSearchKeyDown}
      @fair-kiosk-keyboard-input=${(e: KioskKeyboardInputEvent) => this.search && setSearchText(this.search, e.detail.value)}
      @fair-kiosk-keyboard-close=${this.closeKeyboard}></fair-kiosk-keyboard>`;
  }

  /** A tap on the search box opens the on-screen keyboard; focus arriving by Tab does not. */
  private readonly onSearchPointerDown = () => {
    // On a phone-sized layout the phone's own keyboard is there.
    if (this.keyboard !== 'off' && this.getBoundingClientRect().width >= 700) this.keyboardOpen = true;
  };

  private readonly onKeyboardButton = async (e: MouseEvent) => {
    // A tap types into the box (its results show); Enter or a switch (the button has visible focus) goes on to the keys.
    const byKeys = (e.currentTarget as HTMLElement).matches(':focus-visible');
    this.keyboardOpen = !this.keyboardOpen;
    if (!this.keyboardOpen) return;
    await this.updateComplete;
    if (byKeys) {
      await keyboardChunk.load();
      const keyboard = this.renderRoot.querySelector('fair-kiosk-keyboard') as HTMLElement | null;
      await (keyboard as { updateComplete?: Promise<unknown> } | null)?.updateComplete;
      keyboard?.shadowRoot?.querySelector<HTMLElement>('button')?.focus();
    } else {
      this.search?.focus();
    }
  };

  /** Whether `node` (in the kiosk's shadow root) is the search box, its keyboard button or the on-screen keyboard. */
  private inSearch(node: Node | null): boolean {
    if (!node) return false;
    const row = this.renderRoot.querySelector('.search-row');
    const keyboard = this.renderRoot.querySelector('fair-kiosk-keyboard');
    return !!row?.contains(node) || !!keyboard?.contains(node);
  }

  /** Focus left the search and its keyboard (a tap on a key moves no focus): the keyboard closes. */
  private readonly onSearchFocusOut = (e: FocusEvent) => {
    if (this.keyboardOpen && !this.inSearch(e.relatedTarget as Node | null)) this.keyboardOpen = false;
  };

  private readonly onSearchKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.keyboardOpen) this.closeKeyboard();
  };

  /** Closes the on-screen keyboard; focus that was on its keys (Escape, or Done by Enter) goes back to the search box. */
  private readonly closeKeyboard = () => {
    if ((this.renderRoot as ShadowRoot).activeElement?.localName === 'fair-kiosk-keyboard') this.search?.focus();
    this.keyboardOpen = false;
  };

  private readonly onSearchSelect = (e: FairSearchSelectEvent) => {
    const { kind, id } = e.detail;
    this.keyboardOpen = false;
    if (kind === 'category') this.go({ category: id, panel: null });
    else this.open({ kind, id });
  };

  private renderLists(shell: KioskShell): TemplateResult {
    const hasEvents = (shell.feed.events ?? []).length > 0;
    const tab: ListTab = hasEvents ? this.view.tab : 'directory';
    const category = this.view.category ? shell.index.categories.get(this.view.category) : undefined;
    const select = (next: ListTab) => (this.view = this.history.replace({ tab: next }));
    return html`
      ${
        hasEvents
          ? html`<div class="tabs" role="tablist" aria-label=${msg('What to show')}>
            <button class="tab" part="tab" role="tab" id="tab-directory" aria-selected=${tab === 'directory'} aria-controls="tab-panel" @click=${() => select('directory')}>
              ${category ? shell.t(category.name) : msg('Directory')}</button>
            <button class="tab" part="tab" role="tab" id="tab-events" aria-selected=${tab === 'events'} aria-controls="tab-panel" @click=${() => select('events')}>
              ${msg('Happening now')}</button>
          </div>`
          : html`<h2 class="list-title">${category ? shell.t(category.name) : msg('Directory')}</h2>`
      }
      <div class="list" id="tab-panel" role=${hasEvents ? 'tabpanel' : nothing} aria-labelledby=${hasEvents ? `tab-${tab}` : nothing} tabindex="0">
        ${
          tab === 'events'
            ? renderEventsNow(shell, this.now ?? this.clock)
            : renderDirectory(shell, this.directoryMode, this.view.category, (m) => (this.directoryMode = m), this)
        }
      </div>`;
  }

  /** Set while a render waits for the detail panels' chunk (see `getUpdateComplete`). */
  private panelsPending?: Promise<unknown>;

  /** Resolves once rendered, an open panel included (its chunk loads when a visit starts, or on the first open). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    while (this.panelsPending) {
      await this.panelsPending;
      await super.getUpdateComplete();
    }
    return done;
  }

  private renderPanel(shell: KioskShell, panel: Panel, routeInfo: RouteInfo | undefined): TemplateResult {
    const panels = detailPanels.module;
    if (!panels) {
      // Opened before the visit fetched them (open() from the page, a deep link): they follow in a moment.
      // (Offline with the chunk not cached: the panel stays empty until the next tap tries again, never a loop.)
      this.panelsPending ??= detailPanels.load().then((loaded) => {
        this.panelsPending = undefined;
        if (loaded) this.requestUpdate();
      });
      return html`<div class="detail" role="region" aria-label=${msg('Details')} aria-busy="true"></div>`;
    }
    return html`<div class="detail" role="region" aria-label=${msg('Details')} tabindex="0">
      ${panels.renderDetailPanel(shell, panel, {
        route: (boothId) => this.go({ panel: { kind: 'route', id: boothId } }),
        qrOpen: this.qrOpen,
        toggleQr: () => (this.qrOpen = !this.qrOpen),
        routeInfo,
        stepFree: this.stepFree,
        toggleStepFree: () => (this.stepFreeChoice = !this.stepFree),
      })}
    </div>`;
  }

  private renderNav(): TemplateResult {
    const canBack = this.history.canGoBack;
    return html`<nav class="nav" part="nav" aria-label=${msg('Kiosk')}>
      <button class="nav-btn" part="button back" ?disabled=${!canBack} @click=${() => this.back()}>
        <span class="nav-icon" aria-hidden="true">←</span><span>${msg('Back')}</span></button>
      <button class="nav-btn" part="button home" @click=${() => this.home()}>
        <span class="nav-icon" aria-hidden="true">⌂</span><span>${msg('Home')}</span></button>
      ${this.accessible ? this.renderLanguages() : nothing}
      <button class="nav-btn a11y" part="button accessibility" aria-pressed=${this.accessible}
        @click=${this.toggleAccessible}>
        <span class="nav-icon" aria-hidden="true">♿</span><span>${msg('Accessibility')}</span></button>
    </nav>`;
  }

  /** Accessibility mode on or off; routes follow it (step-free in accessibility mode) until the visitor chooses. */
  private readonly toggleAccessible = () => {
    this.accessible = !this.accessible;
    this.stepFreeChoice = undefined;
  };

  private renderStillThere(): TemplateResult {
    const seconds = this.idleController.secondsLeft;
    return html`<div class="scrim" part="still-there">
      <div class="still-there" role="alertdialog" aria-modal="true" aria-labelledby="still-title" aria-describedby="still-text">
        <h2 id="still-title">${msg('Still there?')}</h2>
        <p class="count" aria-hidden="true">${seconds}</p>
        <p id="still-text">${msg(str`The kiosk will start over in ${seconds} seconds.`)}</p>
        <button class="btn primary" part="button" @click=${() => this.idleController.activity()}>${msg('I am still here')}</button>
      </div>
    </div>`;
  }
}

export { HOME_VIEW };
