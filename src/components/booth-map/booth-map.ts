import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { VisitRoute } from '../../data/routing/routing.js';
import { levelIdsOf, loadedRouting, loadRouting } from '../../data/venue.js';
import { text } from '../../data/text.js';
import type { FairFeed } from '../../data/types.js';
import { FairElement } from '../../internal/fair-element.js';
import { WINDOW_FROM, windowedList } from '../../internal/windowing.js';
import { FairBoothSelectEvent, FairLevelChangeEvent } from '../../internal/events.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { boothMapStyles } from './booth-map.styles.js';
import { mapColors } from './map-layers.js';
import { BoothMapView } from './map-view.js';
import { buildScene, levelOf } from './scene.js';
import { boothList } from './booth-list.js';
import { levelSwitcher, mapControls } from './map-controls.js';
import { routePanel } from './route-panel.js';

/**
 * The venue's booth map: the plan (or geo tiles) of one level with booths
 * coloured by category, readable labels, places with icons, "you are here",
 * and the walking route to a booth with directions in words, or one walk
 * through several booths (`route-stops`, numbered on the map). A list view
 * gives the same booths as a table for screen readers and keyboard users.
 *
 * @tag fair-booth-map
 * @summary Interactive booth map with wayfinding: `<fair-booth-map here="kiosk-1" route-to="A12">`.
 *
 * @fires fair-booth-select - A visitor chose a booth (tap, click, Enter, or the list); `detail: { boothId }`.
 * @fires fair-level-change - A visitor switched level with the level buttons; `detail: { level }`.
 *
 * @csspart base - The frame around the map, list and route panel.
 * @csspart map - The map itself (Leaflet's container).
 * @csspart controls - The zoom, reset and list/map buttons (top inline-end corner, or the bottom one with `controls="bottom"`).
 * @csspart control - Each of those buttons.
 * @csspart levels - The level switcher (top inline-start corner, or the bottom one with `controls="bottom"`).
 * @csspart level - Each level button (`aria-pressed` marks the shown one).
 * @csspart booth-label - A booth's label on the map (a button).
 * @csspart list - The list view's table.
 * @csspart route - The route panel (distance, time, steps).
 * @csspart notice - A notice over the map (missing plan image, no walking paths).
 *
 * @cssprop --fair-booth-map-height - Height of the element (default 512px).
 * @cssprop --fair-booth-map-route-color - The route line (default a strong blue).
 * @cssprop --fair-booth-map-selected-color - The selected booth's outline (default deep orange).
 * @cssprop --fair-booth-map-plan-color - The blank plan under the booths (default the surface colour).
 * @cssprop --fair-booth-map-here-color - The "you are here" dot (default the primary colour).
 * @cssprop --fair-color-primary - Buttons and "you are here". Also reads the other global `--fair-*` tokens.
 */
export class FairBoothMap extends FairElement {
  static override styles = [sharedStyles, boothMapStyles];

  /** The level shown (a `map.levels[].id`); defaults to the level of `here`, else the first. */
  @property({ reflect: true }) level?: string;

  /** The selected booth's id. Setting it highlights the booth and pans/zooms to show it. */
  @property({ reflect: true }) selected?: string;

  /** The place the visitor stands at (a place id, usually the kiosk): "you are here" and the route's start. */
  @property() here?: string;

  /** A category id: booths outside it are dimmed (and left out of the list view). */
  @property() category?: string;

  /** A booth id: shows the walking route from `route-from` (else `here`) to the booth's door, with directions. */
  @property({ attribute: 'route-to' }) routeTo?: string;

  /** Where routes start: a place id or a booth id (a place first). Defaults to `here`. */
  @property({ attribute: 'route-from' }) routeFrom?: string;

  /**
   * Booth ids, comma-separated: one walk from `route-from` (else `here`) through these booths in the order
   * given (`planVisit` from the route engine finds a short order), each part drawn like `route-to`'s route,
   * the booths numbered 1, 2, 3… on the map, the whole walk's distance, time and steps in the route panel.
   * Wins over `route-to`. Unknown booths are left out.
   */
  @property({ attribute: 'route-stops' }) routeStops?: string;

  /**
   * Routes use elevators, not stairs or escalators. When a booth cannot be reached that way, the route panel
   * says so above the way with steps.
   */
  @property({ type: Boolean, reflect: true, attribute: 'avoid-stairs' }) avoidStairs = false;

  /** `map` (default) or `list`: a table of the booths with the same select behaviour. */
  @property({ reflect: true }) view: 'map' | 'list' = 'map';

  /**
   * Where the map's own controls sit: `top` (default: the level switcher in the
   * top inline-start corner, zoom, whole-plan and list buttons down the
   * inline-end side) or `bottom` (all of them in one row each along the bottom
   * edge, within a seated visitor's reach on a tall kiosk).
   */
  @property({ reflect: true }) controls: 'top' | 'bottom' = 'top';

  /**
   * The route currently shown (from `route-from` or `here` to `route-to`: `{ metres, seconds, steps, straight,
   * stepFree, … }`), or undefined. With `route-stops`, the whole walk: its legs, total `metres` and `seconds`,
   * every part's steps (each `arrive` step naming its `booth`), `stops` (the booths walked to, in order:
   * `{ id, label, level, at }`) and `parts` (the route to each stop). Read-only: `route-stops`, `route-to`,
   * `route-from`, `here` and `avoid-stairs` choose it.
   */
  get route(): VisitRoute | undefined {
    return this.shownRoute;
  }

  /** Ids of booths left off the map because their geometry is unusable. Read-only. */
  get skippedBooths(): readonly string[] {
    return this.skipped;
  }

  @state() private shownRoute?: VisitRoute;
  private skipped: readonly string[] = [];

  @state() private planImageMissing = false;

  @query('.map') private mapElement?: HTMLDivElement;

  private mapView?: BoothMapView;
  private viewFeed?: FairFeed;
  private shownLevel?: string;
  private readonly resizeObserver = new ResizeObserver((entries) => {
    const { width, height } = entries[entries.length - 1].contentRect;
    this.mapView?.resize({ width, height });
  });
  private readonly reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

  /** The level being shown: `level` when it names one, else the level of `here`, else the first. */
  get currentLevel(): string | undefined {
    const feed = this.readyState?.feed;
    if (!feed) return undefined;
    const levels = levelIdsOf(feed);
    if (this.level && levels.includes(this.level)) return this.level;
    const herePlace = this.here ? this.readyState.index.places.get(this.here) : undefined;
    if (herePlace?.level && levels.includes(herePlace.level)) return herePlace.level;
    return levels[0];
  }

  /** Zooms the map by `delta` zoom levels (each doubles the scale). */
  zoomBy(delta: number): void {
    this.mapView?.zoomBy(delta);
  }

  /** Shows the whole level again. */
  resetView(): void {
    this.mapView?.fit();
  }

  /**
   * Back to the view the map starts with: the whole level, or, when `here` is
   * set and the whole level is too small to read the booth codes around it (a
   * big hall), zoomed in on "you are here" until they are legible.
   */
  startView(): void {
    this.mapView?.home();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after a removal: the map is rebuilt in updated().
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
    this.destroyMap();
  }

  private destroyMap(): void {
    this.mapView?.destroy();
    this.mapView = undefined;
    this.viewFeed = undefined;
    this.shownLevel = undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const ready = this.readyState;
    if (!ready) return;
    const { feed, index } = ready;
    // A booth selected (or routed to) on another level brings its level into view.
    if (changed.has('selected') && this.selected) {
      const booth = index.booths.get(this.selected);
      if (booth) this.level = levelOf(feed, booth);
    }
    const to = changed.has('routeTo') || changed.has('routeStops') || changed.has('routeFrom');
    if (to || changed.has('here') || changed.has('avoidStairs') || feed !== this.routeFeed) {
      this.shownRoute = this.computeRoute();
      this.routeFeed = feed;
      if (to && this.route) this.level = this.route.legs[0].level;
    }
  }

  private routeFeed?: FairFeed;

  private computeRoute(): VisitRoute | undefined {
    const ready = this.readyState;
    const from = this.routeFrom || this.here;
    const stops = this.routeStops?.split(',') ?? [this.routeTo ?? ''];
    if (!ready || !from || !stops.join('').trim()) return undefined;
    const routing = loadedRouting();
    if (!routing) {
      // The route engine is a chunk of its own: the route shows once it is there (as if route-to were set again).
      void loadRouting().then((loaded) => loaded && this.requestUpdate('routeTo', undefined));
      return undefined;
    }
    return routing.visitRoute(ready.feed, from, stops, { avoidStairs: this.avoidStairs });
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const ready = this.readyState;
    if (!ready || !this.mapElement) {
      if (!ready && this.mapView) this.destroyMap();
      return;
    }
    if (this.viewFeed !== ready.feed || !this.mapView) this.createMap(ready.feed);
    const view = this.mapView!;
    const level = this.currentLevel!;
    // Redrawing the level clears it: category, selection and route are then applied again.
    const redrawn = level !== this.shownLevel || changed.has('here') || this.localeChanged();
    if (redrawn) this.drawLevel(level);
    if (redrawn || changed.has('category')) view.setCategory(this.category || undefined);
    // A new route frames the whole walk; otherwise a newly selected booth is brought into view.
    // (`shownRoute` is private, so not a key TypeScript lets `changed` have.)
    const newRoute = (changed as Map<PropertyKey, unknown>).has('shownRoute');
    const routeChanged = newRoute && !!this.route;
    if (redrawn || changed.has('selected'))
      view.setSelected(this.selected, changed.has('selected') && !!this.selected && !routeChanged);
    if (redrawn || newRoute) this.drawRoute(routeChanged);
    // The controls moved (a kiosk's accessibility mode, with larger text too): the start view again, unless the
    // visitor is looking at a booth or a route; a view change only lays the labels out clear of them again.
    if (!redrawn && changed.has('controls') && changed.get('controls') !== undefined && !this.selected && !this.route)
      view.home(false);
    else if (!redrawn && (changed.has('controls') || changed.has('view'))) view.relayout();
    // Back from the list view: the map was hidden (a first render has no old value, and a map just made has its size).
    if (changed.get('view') === 'list' && this.view === 'map')
      void this.updateComplete.then(() => this.mapView?.resize());
  }

  private drawnLocale?: string;
  /**
   * Whether the drawn level's words are stale: the language changed, or its UI
   * strings arrived after the first draw (they load asynchronously).
   */
  private localeChanged(): boolean {
    return this.drawnLocale !== this.localeKey();
  }
  private localeKey(): string {
    return `${this.locale}|${msg('You are here')}|${msg('Booth')}`;
  }

  private createMap(feed: FairFeed): void {
    this.destroyMap();
    // A list view longer than any real fair's is drawn as a window of rows: its chunk comes before the first tap.
    if (feed.booths.length > WINDOW_FROM) windowedList(() => {});
    this.planImageMissing = false;
    this.mapView = new BoothMapView(this.mapElement!, {
      kind: feed.map.type,
      reducedMotion: this.reducedMotion.matches,
      colors: mapColors(this),
      onBoothActivate: (id) => this.selectBooth(id),
      onPlanImageError: () => (this.planImageMissing = true),
      boothWord: () => msg('Booth'),
      controlRects: () => this.controlElements('[part=control], [part=level]'),
      controlGroups: () => this.controlElements('.controls, .levels'),
    });
    this.viewFeed = feed;
    this.resizeObserver.disconnect();
    this.resizeObserver.observe(this.mapElement!);
  }

  /** The map's own buttons (or their groups), in viewport pixels (the map keeps those on screen: with a size). */
  private controlElements(selector: string): DOMRect[] {
    return [...this.renderRoot.querySelectorAll(selector)].map((e) => e.getBoundingClientRect());
  }

  private drawLevel(level: string): void {
    const ready = this.readyState!;
    // Feed text for thousands of booths: the language and the fallbacks are looked up once, not per name.
    const locale = this.locale;
    const fallbacks = this.contentFallbacks;
    const { scene, skipped } = buildScene({
      feed: ready.feed,
      index: ready.index,
      level,
      here: this.here,
      hereLabel: msg('You are here'),
      t: (v) => text(v, locale, fallbacks),
    });
    if (skipped.join() !== this.skipped.join()) {
      // The validator reports these to the organizer too; the map just carries on without them.
      if (skipped.length)
        console.warn(`<fair-booth-map>: booths with unusable geometry were skipped: ${skipped.join(', ')}`);
      this.skipped = skipped;
    }
    if (this.planImageMissing) this.planImageMissing = false;
    this.mapView!.showScene(scene);
    this.shownLevel = level;
    this.drawnLocale = this.localeKey();
  }

  private drawRoute(fit: boolean): void {
    const route = this.route;
    const level = this.shownLevel;
    if (!route || !level) {
      this.mapView!.setRoute([], false, [], false);
      return;
    }
    const legs = route.legs.filter((l) => l.level === level).map((l) => l.points);
    // Several stops are numbered in walking order.
    const n = route.stops.length;
    const stops = route.stops.flatMap((s, i) => (s.level === level ? [[s.at, n > 1 ? i + 1 : 0] as const] : []));
    this.mapView!.setRoute(legs, route.straight, stops, fit);
  }

  /** Selects a booth as a visitor did: sets `selected` and fires `fair-booth-select`. */
  private selectBooth(id: string): void {
    this.selected = id;
    this.dispatchEvent(new FairBoothSelectEvent(id));
  }

  private switchLevel(level: string): void {
    if (level === this.currentLevel) return;
    this.level = level;
    this.dispatchEvent(new FairLevelChangeEvent(level));
  }

  private levelName(feed: FairFeed, id: string): string {
    const level = feed.map.levels?.find((l) => l.id === id);
    return this.t(level?.name) || id;
  }

  override render() {
    const status = this.renderFeedStatus();
    if (status !== nothing) return status;
    const { feed } = this.readyState!;
    const levels = levelIdsOf(feed);
    const current = this.currentLevel!;
    const listing = this.view === 'list';
    return html`<div class="frame ${this.route ? 'has-route' : ''}" part="base">
      <div class="stage" ?hidden=${listing}>
        <div class="map" part="map" role="region" aria-label=${msg('Booth map')} aria-describedby="map-keys"></div>
        <p id="map-keys" class="fair-visually-hidden">
          ${msg('Arrow keys move the map, plus and minus zoom. Tab goes through the booths shown, Enter selects one.')}
        </p>
        ${levelSwitcher(
          levels,
          current,
          (id) => this.levelName(feed, id),
          (id) => this.switchLevel(id),
        )}
        ${this.renderNotices()}
      </div>
      ${listing ? this.renderList(feed) : nothing}
      ${mapControls(
        listing,
        (delta) => this.zoomBy(delta),
        () => this.resetView(),
        () => (this.view = listing ? 'map' : 'list'),
      )}
      ${this.renderRoute(feed)}
    </div>`;
  }

  private renderNotices() {
    const notices: string[] = [];
    if (this.planImageMissing)
      notices.push(msg('The floor plan image could not be loaded; booths are shown on a blank plan.'));
    if (this.route?.straight)
      notices.push(msg('There are no walking paths for this route: the dashed line shows the direction, not the way.'));
    if (!notices.length) return nothing;
    return html`<div class="notices" role="status">${notices.map((n) => html`<p class="notice" part="notice">${n}</p>`)}</div>`;
  }

  private renderList(feed: FairFeed) {
    return boothList(
      this,
      feed,
      this.readyState!.index,
      (v) => this.t(v),
      this.locale,
      (id) => this.levelName(feed, id),
      (id) => this.selectBooth(id),
    );
  }

  private renderRoute(feed: FairFeed) {
    const route = this.route;
    if (!route) return nothing;
    const { index } = this.readyState!;
    const names = {
      locale: this.locale,
      place: (id: string | undefined) => {
        const place = id ? index.places.get(id) : undefined;
        return place ? this.t(place.name) || id! : '';
      },
      level: (id: string) => this.levelName(feed, id),
    };
    const hasConnectors = (feed.places ?? []).some((p) => p.connects);
    return routePanel(route, names, hasConnectors, this.avoidStairs, (on) => (this.avoidStairs = on));
  }
}
