/**
 * The guide's chunk: its routes (the location's hash), My list, home's lists,
 * the pages (guide-pages.ts) and the styles, driving the `<fair-guide>`
 * element (guide.ts), which is a thin shell until this arrives.
 */
import { adoptStyles, html, nothing, type CSSResultOrNative, type ReactiveController } from 'lit';
import { msg } from '@lit/localize';
import { addElementCatalogue, getLocale, setLocale, type ElementCatalogue } from '../../i18n/locale.js';
import { offeredUiLocales, matchChoice, parseLocaleList } from '../../i18n/language-names.js';
import type { FeedState } from '../../internal/context.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { applyFeedTheme } from '../../themes/feed-theme.js';
import type { Text } from '../../data/types.js';
import { parseRoute, formatRoute, type GuideRoute } from '../../internal/guide-links.js';
import type {
  FairBoothSelectEvent,
  FairProductSelectEvent,
  FairSearchSelectEvent,
  FairShowBoothEvent,
  FairShowProducerEvent,
} from '../../internal/events.js';
import { panelStyles } from '../kiosk/panels.styles.js';
import { accessibilityStyles } from '../kiosk/accessibility.styles.js';
import { PanelArea } from '../kiosk/panel-area.js';
import { Visit } from '../kiosk/visit.js';
import type { KioskShell } from '../kiosk/kiosk-shell.js';
import { fairDatesAndVenue } from '../kiosk/attract.js';
import { guideStyles } from './guide.styles.js';
import { MyList } from './my-list.js';
import { mapView, pageTitle, renderPage, type GuidePage } from './guide-pages.js';
import type { FairGuide } from './guide.js';

/** The guide's own UI strings, a chunk per language (lit-localize.guide.json), beside the kit's. */
const catalogues: Record<string, () => ReturnType<ElementCatalogue>> = {
  vi: () => import('./locales/vi.js'),
  'zh-Hans': () => import('./locales/zh-Hans.js'),
  'zh-Hant': () => import('./locales/zh-Hant.js'),
  ko: () => import('./locales/ko.js'),
  ja: () => import('./locales/ja.js'),
  ru: () => import('./locales/ru.js'),
  th: () => import('./locales/th.js'),
};

/** Settles once the guide's strings are there in the language on screen (the element waits for it). */
export const prepared: Promise<void> = addElementCatalogue((locale) => catalogues[locale]?.());

/** What the app reads of its element (protected there). */
export interface GuideView {
  state(): FeedState | undefined;
  t(value: Text | undefined | null): string;
  locale(): string;
}

/** How many of the guide's own views lie before this one in the browser's history. */
const guideDepth = (): number => {
  const depth = (history.state as { fairGuide?: unknown } | null)?.fairGuide;
  return typeof depth === 'number' ? depth : 0;
};

/** The guide, once its chunk is in: a controller of the `<fair-guide>` element. */
export class GuideApp implements ReactiveController {
  /** The view on screen, from the location's hash. */
  private route: GuideRoute = parseRoute(location.hash);
  /** What the last Share did, said under its button ("Link copied"). */
  private shared = '';
  /** Items a shared list added to My list, said on the list page. */
  private added?: number;

  private readonly list: MyList;
  /** Home's directory order, category filter and tab (the kiosk's lists, here without their history). */
  private readonly homeLists: Visit;
  private readonly panelArea: PanelArea;
  private appliedFeed?: object;
  private chosenLocale = false;

  constructor(
    private readonly host: FairGuide,
    private readonly view: GuideView,
  ) {
    this.list = new MyList(host);
    this.homeLists = new Visit(host, () => this.shellOf());
    this.panelArea = new PanelArea(host);
    const styles = [...(sharedStyles.flat(2) as CSSResultOrNative[]), panelStyles, accessibilityStyles, guideStyles];
    adoptStyles(host.renderRoot as ShadowRoot, styles);
    host.addController(this);
    host.requestUpdate();
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
    this.route = parseRoute(location.hash);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** Before each render: a new feed opens its list, applies a shared one and picks the language. */
  hostUpdate(): void {
    const state = this.view.state();
    if (state?.status === 'ready' && this.appliedFeed !== state.feed) {
      this.appliedFeed = state.feed;
      this.list.open(state.feed.fair.id);
      this.homeLists.restart();
      this.applySharedList();
      this.chooseLocale(state.feed.fair.locales);
    }
  }

  /** After each render: the fair's look, and the document's title for the page. */
  hostUpdated(): void {
    const ready = this.ready;
    applyFeedTheme(this.host, ready?.feed.fair.theme);
    if (ready) {
      const name = this.view.t(ready.feed.fair.name);
      const title = pageTitle(this.page(this.shellOf(ready)!));
      document.title = title ? `${title} · ${name}` : name;
    }
  }

  /** Waits for what the page still loads (a panel's chunk), `update` after each. */
  async settled(update: () => Promise<boolean>): Promise<void> {
    for (let pending = this.panelArea.pending; pending; pending = this.panelArea.pending) {
      await pending;
      await update();
    }
  }

  private get ready() {
    const s = this.view.state();
    return s?.status === 'ready' ? s : undefined;
  }

  /** Shows a view (one step for the browser's Back): a hash route such as `#/booth/A04`. */
  show(hash: string): void {
    this.navigate(parseRoute(hash));
  }

  private readonly onHashChange = () => {
    this.route = parseRoute(location.hash);
    this.host.requestUpdate();
    this.shared = '';
    // "N items added" belongs to the shared list's own opening, not to My list opened later.
    this.added = undefined;
    this.applySharedList();
    window.scrollTo?.({ top: 0 });
    this.host.dispatchEvent(
      new CustomEvent('fair-guide-navigate', { detail: { route: this.route }, bubbles: true, composed: true }),
    );
  };

  /**
   * Shows `route`: a new entry in the browser's history (Back returns), or in
   * place of this one (`replace`: a change of start or of the step-free choice).
   * Each entry the guide makes counts how many of its own lie before it.
   */
  private navigate(route: GuideRoute, replace = false): void {
    const hash = formatRoute(route);
    const here = location.hash || '#/';
    if (hash === here && !replace) return;
    const depth = guideDepth();
    if (replace) history.replaceState({ ...history.state, fairGuide: depth }, '', hash);
    else history.pushState({ fairGuide: depth + 1 }, '', hash);
    this.onHashChange();
  }

  /** A page's Back: the previous view when the visitor came from one in this guide, else home. */
  private back(): void {
    if (guideDepth() > 0) history.back();
    else this.navigate({ page: 'home' }, true);
  }

  /** A shared list's link adds its items (those at this fair) to My list, once per opening. */
  private applySharedList(): void {
    const ready = this.ready;
    if (this.route.page !== 'list' || !this.route.items || !ready) return;
    const known = this.route.items.filter((i) =>
      (i.kind === 'booth'
        ? ready.index.booths
        : i.kind === 'product'
          ? ready.index.products
          : ready.index.producers
      ).has(i.id),
    );
    this.added = this.list.add(known);
  }

  private shellOf(s = this.ready): KioskShell | undefined {
    if (!s) return undefined;
    return {
      feed: s.feed,
      index: s.index,
      locale: this.view.locale(),
      here: this.host.here,
      t: (v) => this.view.t(v),
      open: (panel) =>
        panel.kind === 'link'
          ? window.open(panel.id, '_blank', 'noopener')
          : this.navigate({ page: panel.kind, id: panel.id } as GuideRoute),
      showEventOnMap: (event) => {
        if (event.booth) this.navigate({ page: 'booth', id: event.booth });
      },
    };
  }

  /** The phone's own language when the fair offers it, else the fair's first; once (then the switcher leads). */
  private chooseLocale(fairLocales: readonly string[] | undefined): void {
    if (this.chosenLocale) return;
    this.chosenLocale = true;
    const own = parseLocaleList(this.host.locales);
    const offered = own.length ? own : offeredUiLocales(fairLocales);
    const phone = (navigator.languages ?? []).map((l) => matchChoice(l, offered)).find(Boolean);
    const locale = phone ?? offered[0];
    if (locale && locale !== getLocale()) void setLocale(locale);
  }

  private page(shell: KioskShell): GuidePage {
    return {
      shell,
      route: this.route,
      list: this.list,
      here: this.host.here,
      host: this.host,
      navigate: (route, replace) => this.navigate(route, replace),
      back: () => this.back(),
      share: (url, title) => void this.share(url, title),
      shared: this.shared,
      added: this.added,
    };
  }

  /** The phone's share sheet, else the link copied, else the link shown to copy by hand. */
  private async share(url: string, title: string): Promise<void> {
    try {
      if (navigator.share) {
        await navigator.share({ url, title });
        return;
      }
      await navigator.clipboard.writeText(url);
      this.shared = msg('Link copied.');
    } catch (error) {
      if ((error as Error)?.name !== 'AbortError') this.shared = url;
    }
    this.host.requestUpdate();
  }

  // ─── Rendering ─────────────────────────────────────────────────────────────

  /** The guide's screen; undefined while the feed is not ready (the element shows its status). */
  render() {
    const s = this.ready;
    if (!s) return undefined;
    const shell = this.shellOf(s)!;
    const { fair } = s.feed;
    const route = this.route;
    const page = this.page(shell);
    const map = mapView(page);
    const home = route.page === 'home';
    return html`<div class="frame ${home ? 'home' : 'inner'}" part="base">
      <header class="header" part="header">
        <a class="brand" href="#/" @click=${(e: Event) => this.homeLink(e)}>
          ${fair.theme?.logo ? html`<img class="logo" src=${fair.theme.logo} alt="" />` : nothing}
          <span class="title"><span class="name">${shell.t(fair.name)}</span>
            <span class="dates">${fairDatesAndVenue(fair, shell.locale, shell.t(fair.venue))}</span></span>
        </a>
        <fair-language-switcher compact class="languages" locales=${this.host.locales ?? nothing}></fair-language-switcher>
      </header>
      <div class="map-area">
        <fair-booth-map
          part="map"
          exportparts="base: map-base"
          here=${map.here ?? this.host.here ?? nothing}
          selected=${map.selected ?? nothing}
          category=${(home && this.homeLists.view.category) || nothing}
          route-from=${map.routeFrom ?? nothing}
          route-to=${map.routeTo ?? nothing}
          route-stops=${map.routeStops ?? nothing}
          ?avoid-stairs=${!!map.stepFree}
          @fair-booth-select=${(e: FairBoothSelectEvent) => this.navigate({ page: 'booth', id: e.detail.boothId })}
        ></fair-booth-map>
      </div>
      <main class="page" part="page"
        @fair-show-booth=${(e: FairShowBoothEvent) => this.navigate({ page: 'booth', id: e.detail.boothId })}
        @fair-show-producer=${(e: FairShowProducerEvent) => this.navigate({ page: 'producer', id: e.detail.producerId })}
        @fair-product-select=${(e: FairProductSelectEvent) => this.navigate({ page: 'product', id: e.detail.productId })}>
        ${
          home
            ? html`<div class="finder"><fair-search class="search" @fair-search-select=${(e: FairSearchSelectEvent) => this.searchSelect(e)}></fair-search></div>
              ${this.panelArea.render(shell, this.homeLists, { now: this.host.now ?? new Date(), stepFree: false })}`
            : renderPage(page)
        }
      </main>
      ${this.renderNav()}
    </div>`;
  }

  private homeLink(e: Event): void {
    e.preventDefault();
    this.navigate({ page: 'home' });
  }

  private searchSelect(e: FairSearchSelectEvent): void {
    const { kind, id } = e.detail;
    if (kind === 'category') this.homeLists.go({ category: id, panel: null });
    else this.navigate({ page: kind, id });
  }

  private renderNav() {
    const page = this.route.page;
    const count = this.list.all.length;
    const link = (route: GuideRoute, current: boolean, icon: string, label: string, extra: unknown = nothing) =>
      html`<a class="nav-link" part="button" href=${formatRoute(route)} aria-current=${current ? 'page' : nothing}
        @click=${(e: Event) => {
          e.preventDefault();
          this.navigate(route);
        }}><span class="nav-icon" aria-hidden="true">${icon}</span><span>${label}</span>${extra}</a>`;
    return html`<nav class="nav" part="nav" aria-label=${msg('Guide')}>
      ${link({ page: 'home' }, page === 'home', '⌂', msg('Home', { id: 'guide-nav-home', desc: 'Bottom bar of the phone guide: one short word' }))}
      ${link({ page: 'search', query: '' }, page === 'search', '⌕', msg('Search'))}
      ${link(
        { page: 'list' },
        page === 'list' || page === 'visit',
        '♡',
        msg('My list', { id: 'guide-nav-list', desc: 'Bottom bar of the phone guide: one or two short words' }),
        count ? html`<span class="count" part="list-count">${count}</span>` : nothing,
      )}
    </nav>`;
  }
}
