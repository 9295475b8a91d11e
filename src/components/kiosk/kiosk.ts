// Import order is the bundle's module order, and that order is worth up to 0.2 KB gzip: the elements the kiosk
// renders first (see `dependencies`), then Lit and the kit, then the kiosk's own modules screen by screen.
import { FairBoothMap } from '../booth-map/booth-map.js';
import { FairLanguageSwitcher } from '../language-switcher/language-switcher.js';
import { FairProductCard } from '../product-card/product-card.js';
import { FairProducerStory } from '../producer-story/producer-story.js';
import { FairSearch } from '../search/search.js';
import { provide } from '@lit/context';
import { adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { loadCatalogue, setLocale, uiLocaleFor } from '../../i18n/locale.js';
import { feedContext, type FeedState } from '../../internal/context.js';
import { loadRouting } from '../../data/venue.js';
import { onDemand } from '../../data/on-demand.js';
import { loadRichText } from '../../internal/rich-text/index.js';
import { WINDOW_FROM } from '../../internal/windowing.js';
import { FairElement } from '../../internal/fair-element.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { applyFeedTheme } from '../../themes/feed-theme.js';
import { offeredUiLocales, parseLocaleList } from '../../i18n/language-names.js';
import { kioskStyles } from './kiosk.styles.js';
import { FeedRetry } from './preparing.js';
import { renderAttract } from './attract.js';
import { renderVisitScreen } from './visit-screen.js';
import { prepareDirectory } from './directory.js';
import { PanelArea } from './panel-area.js';
import { Visit } from './visit.js';
import { KioskHygiene } from './hygiene.js';
import { IdleController } from './idle-controller.js';
import { OnScreenKeyboard } from './on-screen-keyboard.js';
import { SearchRoom } from './search-room.js';
import { stopMedia } from './stop-media.js';
import type { Panel } from './history.js';

type ReadyState = Extract<FeedState, { status: 'ready' }>;

/** The visit screen's styles, a chunk of their own (see kiosk.styles.ts). */
const visitStylesChunk = onDemand(() => import('./visit-styles.js'));

/** The steps of a visit's screen built ahead (see `FairKiosk.prebuilt`). */
const PREBUILT = 3;
import type { KioskShell } from './kiosk-shell.js';
import { FairKioskResetEvent, FairKioskStaffEvent, type KioskResetReason } from './kiosk-events.js';

/**
 * The whole touch-screen app a visitor walks up to, in one tag: an attract
 * screen, then the map with "you are here", search with an on-screen keyboard,
 * category chips, an A–Z directory, what is on now, and detail panels for
 * booths, products and producers, each with "Show the way", "Take it with
 * you" (a QR code) and a ♡ that puts it on My list. My list (in the bottom bar
 * once something is on it) goes along to the phone as one QR code ("Take my
 * list", with a `guide`), and "Visit my list" walks through all its booths in
 * a good order. Back and Home are always one tap away. After `idle` seconds
 * without a touch it asks "Still there?" and then forgets the visit, My list
 * included.
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
 * @csspart share - Not in the kiosk: the Share button the same panels have in `<fair-guide>`, in place of "Take it with you".
 * @csspart save - The ♡ "Save to my list" toggle of a booth, product or producer (also a `button`, `aria-pressed`).
 * @csspart my-list - The "My list" button in the bottom bar, with the count (also a `button`; shown once something is saved).
 * @csspart list - The My list panel: the saved items, "Take my list" and "Visit my list".
 * @csspart list-item - Each item on My list (a row opening its panel, and a remove button, part `remove`).
 * @csspart remove - The button taking an item off My list (also a `button`).
 * @csspart take-list - The "Take my list" button (also a `button`; with a `guide` only): the list's QR code.
 * @csspart visit-list - The "Visit my list" button (also a `button`).
 * @csspart visit - The "Visit my list" panel: one walk through the list's booths, its distance, time and stops.
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
export class FairKiosk extends FairElement {
  static override styles = [sharedStyles, ...kioskStyles()];

  /**
   * The elements the kiosk renders, defined along with it (see `defineElement`
   * in src/internal/define.ts): importing this class defines nothing. The
   * on-screen keyboard comes with its own chunk (on-screen-keyboard.ts).
   * @internal
   */
  static readonly dependencies = {
    'fair-booth-map': FairBoothMap,
    'fair-search': FairSearch,
    'fair-language-switcher': FairLanguageSwitcher,
    'fair-product-card': FairProductCard,
    'fair-producer-story': FairProducerStory,
  };

  /** The kiosk's own place id in the feed (`places[].id`): "you are here", and where routes start. */
  @property() here?: string;

  /**
   * The address of the page holding `<fair-guide>` (the phone guide), resolved
   * against the page; instead of the feed's `fair.guide`. With a guide, every
   * QR code opens it with a deep link (`…#/booth/A04`, `…#/route/kiosk-1/A04`,
   * `…#/list/booth:A04,product:x`); without one, `fair.share` fills the codes
   * and "Take my list" is not offered.
   */
  @property() guide?: string;

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
  /**
   * How much of a visit's screen is already built, inert beneath the attract screen: built while the kiosk
   * waits (once the attract screen has been painted, in idle moments), so a tap on Start only has to show it.
   * In steps, none a long task of its own: 1 the frame (header, finder, bottom bar), 2 the map, 3 the area
   * under it ({@link PREBUILT}: all). A reset tears it down with the visit; a fresh one is built for the next
   * visitor.
   */
  @state() private prebuilt = 0;
  private prebuildScheduled = false;
  /** Set while the visit screen's styles are on their way (the screen renders once they are in). */
  private visitStylesPending?: Promise<unknown>;
  private visitStylesAdopted = false;
  /** Their chunk could not be fetched (tried again at the next visit). */
  private visitStylesMissing = false;
  /** The fair's language being set as a feed arrives (the attract screen waits for it). */
  private localeSetting?: Promise<void>;
  /** Whether the feed that arrived last came after a failure (the "being prepared" screen was up). */
  private retried = false;
  /** The map is drawn a frame after the rest of a visit's first screen (see `start`). */
  @state() private mapLater = false;
  @state() private clock = new Date();

  /** The feed, passed on to the elements inside the kiosk's shadow root. */
  @provide({ context: feedContext }) @state() protected provided?: FeedState;

  /** Where the visitor is: the open panel, filter and tab, with Back's history. */
  private readonly visit: Visit = new Visit(this, () => (this.readyState ? this.shell() : undefined));
  private readonly idleController = new IdleController(this, {
    idle: () => this.idle,
    countdown: () => this.countdown,
    onReset: () => void this.reset('idle'),
  });
  // Typed: inferred, it hangs on the kiosk's own type (through `this`), and typescript-eslint then reads it as `any`.
  private readonly onScreenKeyboard: OnScreenKeyboard = new OnScreenKeyboard(this);
  private readonly panelArea = new PanelArea(this);
  private readonly feedRetry = new FeedRetry(this);
  private initialAccessible?: boolean;
  private clockTimer?: ReturnType<typeof setInterval>;
  /** The languages of the last feed that loaded, for the "being prepared" screen. */
  private knownLocales: string[] = [];
  private appliedFeed?: object;

  constructor() {
    super();
    // The search results never cover the on-screen keyboard (nor Back/Home), in any layout.
    new SearchRoom(this, () => ({
      search: this.onScreenKeyboard.search,
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
  }

  // ─── Public API ────────────────────────────────────────────────────────────

  /** Starts a visit (as a touch on the attract screen does), optionally in `locale`; resolves with it on show. */
  async start(locale?: string): Promise<void> {
    this.prefetchVisit();
    if (locale) await setLocale(locale);
    // A fair longer than any real one, its screen not built yet: the screen (its directory) shows at once, the map
    // of its 100,000 booths, which takes most of a second to draw, a frame later.
    if (this.prebuilt < 2 && (this.readyState?.feed.booths.length ?? 0) > WINDOW_FROM) {
      this.mapLater = true;
      requestAnimationFrame(() => setTimeout(() => (this.mapLater = false)));
    }
    this.started = true;
    this.idleController.start();
    // Resolves with the visit's screen on show (its styles fetched first, if a visit starts before they came).
    await this.updateComplete;
  }

  /**
   * Forgets the visit: language back to the fair's default, search and recent
   * searches cleared, history cleared, panels closed, map view reset, media
   * stopped, attract screen shown.
   */
  async reset(reason: KioskResetReason = 'api'): Promise<void> {
    this.idleController.stop();
    stopMedia(this.renderRoot);
    const search = this.onScreenKeyboard.search;
    if (search) {
      search.value = '';
      search.clearRecent();
    }
    this.visit.forget();
    this.onScreenKeyboard.open = false;
    this.accessible = this.initialAccessible ?? false;
    // Tearing the visit's screen down (the map, the search, the panels) is what guarantees nothing of it remains;
    // the next visitor's is built afresh while the attract screen waits.
    this.started = false;
    this.prebuilt = 0;
    this.visitStylesMissing = false;
    (this.shadowRoot?.activeElement as HTMLElement | null)?.blur();
    await setLocale(this.defaultLocale);
    await this.updateComplete;
    this.dispatchEvent(new FairKioskResetEvent(reason));
  }

  /**
   * Opens a detail panel (one step for Back): `{ kind, id }` with `kind` `booth`, `product` or `producer` (and
   * its id), `route` (the way to a booth id), `link` (an address, shown as a QR code), `list` (My list) or
   * `visit` ("Visit my list"; `id` is '' for these two).
   */
  open(panel: Panel): void {
    this.visit.go({ panel });
  }

  /** Back one step: closes the last panel, route or filter. */
  back(): void {
    this.visit.back();
  }

  /** The start of the visit: map, directory, no filter, no panel. */
  home(): void {
    this.visit.home();
    this.onScreenKeyboard.open = false;
    const search = this.onScreenKeyboard.search;
    if (search) search.value = '';
    // The view a visitor starts with (around "you are here").
    this.renderRoot.querySelector('fair-booth-map')?.startView();
  }

  // ─── State ─────────────────────────────────────────────────────────────────

  private get defaultLocale(): string {
    return this.readyState?.feed.fair.locales?.[0] ?? this.knownLocales[0] ?? 'en';
  }

  /** Whether routes avoid stairs and escalators: the visitor's choice, else on in accessibility mode. */
  private get stepFree(): boolean {
    return this.visit.stepFreeChoice ?? this.accessible;
  }

  private get languages(): string[] {
    const own = parseLocaleList(this.locales);
    return own.length ? own : offeredUiLocales(this.readyState?.feed.fair.locales);
  }

  private shell(s = this.readyState!): KioskShell {
    return {
      feed: s.feed,
      index: s.index,
      locale: this.locale,
      here: this.here,
      guide: this.guide || s.feed.fair.guide,
      t: (v) => this.t(v),
      open: (panel) => this.open(panel),
      showEventOnMap: (event) => this.visit.showEventOnMap(event),
    };
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.feedState;
    this.provided = state;
    if (state?.status === 'ready' && this.appliedFeed !== state.feed) this.feedArrived(state.feed.fair.locales ?? []);
    if (state?.status === 'error') this.feedRetry.failed(this.knownLocales);
  }

  /** While the feed is checked, the fair's language (the attract screen's) is fetched: it renders once, in it. */
  protected override feedParsed(json: unknown): void {
    const first = (json as { fair?: { locales?: unknown } } | null)?.fair?.locales;
    const locale = Array.isArray(first) ? (first[0] as unknown) : undefined;
    if (!this.started && typeof locale === 'string' && locale) void loadCatalogue(uiLocaleFor(locale))?.catch(() => {});
  }

  private feedArrived(locales: string[]): void {
    this.appliedFeed = this.readyState?.feed;
    this.knownLocales = locales;
    // Coming back from "being prepared": that calm screen stays until the fair's language is in, not a skeleton.
    this.retried = this.feedRetry.failing;
    this.feedRetry.loaded();
    this.visit.restart();
    // The attract screen shows once the fair's language is in (fetched while the feed was checked): never a
    // flash of another language first.
    if (!this.started) {
      const setting = setLocale(this.defaultLocale).finally(() => {
        if (this.localeSetting !== setting) return;
        this.localeSetting = undefined;
        this.requestUpdate();
      });
      this.localeSetting = setting;
    }
    // A directory longer than any real fair's: its windowed list and its order are ready before the first tap.
    prepareDirectory(() => (this.readyState ? this.shell() : undefined));
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.started && this.prebuilt < PREBUILT && this.readyState) this.schedulePrebuild();
    // The fair's look (`fair.theme`) as the `--fair-feed-*` layer: beneath the
    // page's own `--fair-*` tokens and a chosen theme (dark, high contrast), so
    // those still reach in. Needed when the kiosk loads its own `src`; inside
    // <fair-data> that element has set the same layer already.
    applyFeedTheme(this, this.readyState?.feed.fair.theme);
  }

  /** The chunks a visit needs (normally fetched while the attract screen waits, with the screen built beneath it). */
  private prefetchVisit(): void {
    void visitStylesChunk.load();
    this.onScreenKeyboard.prefetch();
    // The route engine too (a chunk of its own), so "Show the way" answers at once.
    void loadRouting();
    // And the panels and the rich-text renderer, for the first booth, product or producer a visitor opens.
    this.panelArea.prefetch();
    void loadRichText();
  }

  /**
   * Builds the next step of the next visit's screen beneath the attract screen (see `prebuilt`): the first
   * after the frame that shows the attract screen, each in an idle moment of its own (at the latest 1 s on).
   * The search index is built in one of its own too, once `<fair-search>` connects.
   */
  private schedulePrebuild(): void {
    if (this.prebuildScheduled) return;
    this.prebuildScheduled = true;
    const step = () => {
      this.prebuildScheduled = false;
      if (this.started || !this.readyState || !this.isConnected || this.prebuilt >= PREBUILT) return;
      if (!this.prebuilt) this.prefetchVisit();
      // The next step once the screen's styles are in (they arrive with a render of their own).
      else if (!this.visitStylesReady()) return;
      this.prebuilt++;
    };
    const idle = () =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(step, { timeout: 1000 }) : setTimeout(step);
    if (this.prebuilt) idle();
    else requestAnimationFrame(() => setTimeout(idle));
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
    // Failed, or trying again after a failure (a stalled server can take the whole `timeout`): the calm screen.
    if (this.feedRetry.failing && s?.status !== 'ready')
      return html`<div class="shell" part="base">${this.feedRetry.render(this.knownLocales)}</div>`;
    if (!s || s.status !== 'ready')
      return html`<div class="shell loading" part="base">${this.renderFeedStatus()}</div>`;
    if (this.localeSetting && !this.started)
      return this.retried
        ? html`<div class="shell" part="base">${this.feedRetry.render(this.knownLocales)}</div>`
        : html`<div class="shell loading" part="base">${this.renderSkeleton()}</div>`;
    const name = this.t(s.feed.fair.name);
    // The attract screen, and beneath it (later in the DOM, hidden and inert) the visit's screen once it is built.
    const visit = (this.started || this.prebuilt > 0) && this.visitStylesReady();
    return html`${this.started ? nothing : this.renderAttractScreen(s, name)}${
      visit
        ? this.renderVisit(s)
        : this.started
          ? html`<div class="shell loading" part="base">${this.renderSkeleton()}</div>`
          : nothing
    }`;
  }

  /**
   * Whether the visit screen's styles are in this kiosk's shadow root; if they are not loaded yet, fetches
   * them and renders again when they are.
   */
  private visitStylesReady(): boolean {
    const loaded = visitStylesChunk.module;
    // Offline with the chunk never cached: the visit is drawn without them rather than not at all.
    if (!loaded && this.visitStylesMissing) return true;
    if (!loaded) {
      this.visitStylesPending ??= visitStylesChunk.load().then((module) => {
        this.visitStylesPending = undefined;
        if (!module) this.visitStylesMissing = true;
        this.requestUpdate();
      });
      return false;
    }
    if (!this.visitStylesAdopted && this.shadowRoot) {
      adoptStyles(this.shadowRoot, FairKiosk.finalizeStyles([sharedStyles, ...kioskStyles(loaded.visitStyles)]));
      this.visitStylesAdopted = true;
    }
    return true;
  }

  private renderAttractScreen(s: ReadyState, name: string) {
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
        this.visit.go({ category, panel: null });
      },
    })}</div>`;
  }

  private renderVisit(s: ReadyState) {
    return renderVisitScreen({
      waiting: !this.started,
      kiosk: this,
      shell: this.shell(s),
      visit: this.visit,
      mapLater: this.mapLater || (!this.started && this.prebuilt < 2),
      panelsLater: !this.started && this.prebuilt < 3,
      stepFree: this.stepFree,
      now: this.now ?? this.clock,
      idle: this.idleController,
      keyboard: this.onScreenKeyboard,
      panels: this.panelArea,
    });
  }

  /** Resolves once rendered, an open panel included (its chunk loads when a visit starts, or on the first open). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    for (let pending = this.pendingChunk(); pending; pending = this.pendingChunk()) {
      await pending;
      await super.getUpdateComplete();
    }
    return done;
  }

  /** A chunk the screen on show waits for: the visit screen's styles, or an open panel's. */
  private pendingChunk(): Promise<unknown> | undefined {
    return (this.started ? this.visitStylesPending : undefined) ?? this.panelArea.pending;
  }
}
