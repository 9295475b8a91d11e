/**
 * The guide's pages besides home: a booth, a product, a producer (the kiosk's
 * panels, handed on by Share instead of a QR code), the way from a place to a
 * booth, My list, the walk through it, a search, and "not found". A chunk of
 * its own, fetched when the guide connects.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Booth } from '../../data/types.js';
import { boothEnd, loadedRouting, loadRouting, placeEnd, type RouteEnd } from '../../data/venue.js';
import type { Route } from '../../data/routing/routing.js';
import { routeSummary, stepFreeUnavailableText, stepText, type DirectionNames } from '../booth-map/directions.js';
import type { FairSearchSelectEvent } from '../../internal/events.js';
import { formatRoute, guideUrl, type GuideRoute, type SavedItem } from '../../internal/guide-links.js';
import { renderDetailPanel, type PanelActions } from '../kiosk/detail-panel.js';
import { boothName, boothTitle } from '../kiosk/directory.js';
import type { KioskShell } from '../kiosk/kiosk-shell.js';
import { boothOfPanel } from '../kiosk/panel-booth.js';
import { renderNoStepFreeWay, renderStepFreeChoice } from '../kiosk/route-info.js';
import type { MyList } from './my-list.js';

/** What a page needs from the guide. */
export interface GuidePage {
  shell: KioskShell;
  route: GuideRoute;
  list: MyList;
  /** The guide's `here`: where the visitor is, when the page knows. */
  here?: string;
  host: ReactiveControllerHost;
  navigate(route: GuideRoute, replace?: boolean): void;
  back(): void;
  share(url: string, title: string): void;
  /** What the last Share did ("Link copied", or the link to copy by hand). */
  shared: string;
  /** How many items the shared list on screen added to My list. */
  added?: number;
}

/** What the map shows for a page. */
export interface MapView {
  here?: string;
  selected?: string;
  routeFrom?: string;
  routeTo?: string;
  routeStops?: string;
  stepFree?: boolean;
}

// ─── Helpers ───────────────────────────────────────────────────────────────────

/** The page's own address with `route`: what Share hands on. */
function ownUrl(route: GuideRoute): string {
  return guideUrl(location.href, route) ?? location.href;
}

/** Where a walk starts when the visitor has not said: the guide's `here`, else an entrance, a kiosk, any place. */
export function defaultStart(p: GuidePage): string | undefined {
  const places = p.shell.feed.places ?? [];
  return (
    (p.here && p.shell.index.places.has(p.here) ? p.here : undefined) ??
    places.find((pl) => pl.kind === 'entrance')?.id ??
    places.find((pl) => pl.kind === 'kiosk')?.id ??
    places[0]?.id ??
    p.shell.feed.booths[0]?.id
  );
}

/** A place or a booth as the start of a walk. */
function endOf(shell: KioskShell, id: string): RouteEnd | undefined {
  const place = shell.index.places.get(id);
  if (place) return placeEnd(shell.feed, place);
  const booth = shell.index.booths.get(id);
  return booth ? boothEnd(shell.feed, booth) : undefined;
}

function directionNames(shell: KioskShell, booth: string): DirectionNames {
  return {
    locale: shell.locale,
    place: (id) => (id ? shell.t(shell.index.places.get(id)?.name) : ''),
    level: (id) => shell.t(shell.feed.map.levels?.find((l) => l.id === id)?.name) || id,
    booth,
  };
}

/** The route engine, loaded on first need (the page renders again once it is in). */
function routing(p: GuidePage) {
  const loaded = loadedRouting();
  if (!loaded) void loadRouting().then((m) => m && p.host.requestUpdate());
  return loaded;
}

/** The booths of My list: booths saved, and the booth of each product and producer saved, once each. */
export function boothsOfList(shell: KioskShell, items: readonly SavedItem[]): string[] {
  const booths = new Set<string>();
  for (const item of items) {
    const booth = boothOfPanel(shell, item);
    if (booth) booths.add(booth.id);
  }
  return [...booths];
}

function exists(shell: KioskShell, item: SavedItem): boolean {
  const { index } = shell;
  return (item.kind === 'booth' ? index.booths : item.kind === 'product' ? index.products : index.producers).has(
    item.id,
  );
}

function itemTitle(shell: KioskShell, item: SavedItem): string {
  const { index } = shell;
  if (item.kind === 'booth') {
    const booth = index.booths.get(item.id);
    return booth ? boothTitle(shell, booth) : item.id;
  }
  const found = item.kind === 'product' ? index.products.get(item.id) : index.producers.get(item.id);
  return shell.t(found?.name) || item.id;
}

function kindLabel(kind: SavedItem['kind']): string {
  return kind === 'booth' ? msg('Booth') : kind === 'product' ? msg('Product') : msg('Producer');
}

/** A visit plan for My list from `from`, when the route engine is in. */
function planOf(p: GuidePage, from: string, stepFree: boolean) {
  const engine = routing(p);
  const start = endOf(p.shell, from);
  const booths = boothsOfList(p.shell, p.list.all);
  if (!engine || !start || !booths.length) return undefined;
  return engine.planVisit(p.shell.feed, start, booths, { avoidStairs: stepFree });
}

// ─── What the map shows, and the title ─────────────────────────────────────────

export function mapView(p: GuidePage): MapView {
  const { route, shell } = p;
  switch (route.page) {
    case 'booth':
    case 'product':
    case 'producer':
      return { selected: boothOfPanel(shell, { kind: route.page, id: route.id })?.id };
    case 'route':
      if (!shell.index.booths.has(route.to) || !endOf(shell, route.from)) return {};
      return {
        here: shell.index.places.has(route.from) ? route.from : undefined,
        routeFrom: route.from,
        routeTo: route.to,
        selected: route.to,
        stepFree: route.stepFree,
      };
    case 'visit': {
      const plan = endOf(shell, route.from) ? planOf(p, route.from, route.stepFree) : undefined;
      return {
        here: shell.index.places.has(route.from) ? route.from : undefined,
        routeFrom: route.from,
        routeStops: plan?.order.length ? plan.order.join(',') : undefined,
        stepFree: route.stepFree,
      };
    }
    default:
      return {};
  }
}

/** The page's title (the document's, before the fair's name); '' at home. */
export function pageTitle(p: GuidePage): string {
  const { route, shell } = p;
  switch (route.page) {
    case 'home':
      return '';
    case 'booth':
    case 'product':
    case 'producer':
      return exists(shell, { kind: route.page, id: route.id })
        ? itemTitle(shell, { kind: route.page, id: route.id })
        : msg('Not found at this fair');
    case 'route': {
      const booth = shell.index.booths.get(route.to);
      return booth && endOf(shell, route.from)
        ? msg(str`The way to booth ${booth.label ?? booth.id}`)
        : msg('Not found at this fair');
    }
    case 'list':
      return msg('My list');
    case 'visit':
      return msg('Visit my list');
    case 'search':
      return route.query ? msg(str`Search: ${route.query}`) : msg('Search');
    case 'not-found':
      return msg('Not found at this fair');
  }
}

// ─── Pages ─────────────────────────────────────────────────────────────────────

function backBar(p: GuidePage): TemplateResult {
  return html`<div class="back-bar"><button class="back" part="button back" @click=${() => p.back()}>
    <span aria-hidden="true">←</span> ${msg('Back')}</button></div>`;
}

function startPicker(p: GuidePage, from: string, change: (from: string) => void): TemplateResult {
  const { shell } = p;
  const places = (shell.feed.places ?? []).filter((pl) => !['stairs', 'lift', 'escalator'].includes(pl.kind));
  return html`<label class="start">
    <span class="start-label">${msg('Starting from')}</span>
    <select @change=${(e: Event) => change((e.target as HTMLSelectElement).value)}>
      ${
        places.length
          ? html`<optgroup label=${msg('Places')}>${places.map(
              (pl) => html`<option value=${pl.id} ?selected=${pl.id === from}>${shell.t(pl.name) || pl.id}</option>`,
            )}</optgroup>`
          : nothing
      }
      <optgroup label=${msg('Booths')}>${shell.feed.booths.map(
        (b) =>
          html`<option value=${b.id} ?selected=${b.id === from}>${[b.label ?? b.id, boothName(shell, b)].filter(Boolean).join(' · ')}</option>`,
      )}</optgroup>
    </select>
  </label>`;
}

function renderNotFound(p: GuidePage): TemplateResult {
  const fair = p.shell.t(p.shell.feed.fair.name);
  return html`<article class="not-found" part="not-found">
    <p class="not-found-mark" aria-hidden="true">?</p>
    <h2 class="panel-title">${msg('Not found at this fair')}</h2>
    <p>${msg(str`This link does not lead to anything at ${fair}. It may be old, or cut short.`)}</p>
    <button class="btn primary" part="button home" @click=${() => p.navigate({ page: 'home' }, true)}>${msg('Go to the fair’s home page')}</button>
  </article>`;
}

function renderItem(p: GuidePage, item: SavedItem): TemplateResult {
  const { shell, list } = p;
  if (!exists(shell, item)) return renderNotFound(p);
  const actions: PanelActions = {
    route: (to) => p.navigate({ page: 'route', from: defaultStart(p) ?? to, to, stepFree: false }),
    qrOpen: false,
    toggleQr: () => undefined,
    stepFree: false,
    toggleStepFree: () => undefined,
    saved: (i) => list.has(i),
    toggleSaved: (i) => list.toggle(i),
    handOff: 'share',
    share: (url, title) => p.share(url, title),
    handOffUrl: (panel) => ownUrl({ page: panel.kind, id: panel.id } as GuideRoute),
    canRoute: () => !!defaultStart(p),
  };
  return html`${backBar(p)}<div class="detail">${renderDetailPanel(shell, item, actions)}</div>
    ${p.shared ? html`<p class="shared" role="status">${p.shared}</p>` : nothing}`;
}

function renderWay(p: GuidePage, route: Extract<GuideRoute, { page: 'route' }>): TemplateResult {
  const { shell } = p;
  const booth = shell.index.booths.get(route.to);
  const start = endOf(shell, route.from);
  if (!booth || !start) return renderNotFound(p);
  const engine = routing(p);
  const to = boothEnd(shell.feed, booth);
  const way: Route | undefined =
    engine && to ? engine.findRoute(shell.feed, start, to, { avoidStairs: route.stepFree }) : undefined;
  const names = directionNames(shell, booth.label ?? booth.id);
  const go = (change: Partial<typeof route>) => p.navigate({ ...route, ...change }, true);
  return html`${backBar(p)}<article class="route detail" part="route">
    <p class="eyebrow">${msg('The way')}</p>
    <h2 class="panel-title">${msg(str`To booth ${booth.label ?? booth.id}`)}</h2>
    <p class="route-name">${boothName(shell, booth)}</p>
    ${startPicker(p, route.from, (from) => go({ from }))}
    ${renderStepFreeChoice(route.stepFree, () => go({ stepFree: !route.stepFree }))}
    ${
      !way
        ? html`<p class="route-time" aria-busy="true">${msg('Finding the way…')}</p>`
        : way.stepFreeUnavailable
          ? renderNoStepFreeWay(stepFreeUnavailableText(way, names))
          : html`<p class="route-time">${routeSummary(way, shell.locale)}</p>
            <ol class="steps">${way.steps.map((s) => html`<li>${stepText(s, names)}</li>`)}</ol>`
    }
    <div class="actions">
      <button class="btn primary" part="button show-booth" @click=${() => p.navigate({ page: 'booth', id: booth.id })}>${msg('About this booth')}</button>
      <button class="btn secondary" part="button share" @click=${() => p.share(ownUrl(route), msg(str`The way to booth ${booth.label ?? booth.id}`))}>${msg('Share')}</button>
    </div>
    ${p.shared ? html`<p class="shared" role="status">${p.shared}</p>` : nothing}
  </article>`;
}

function renderList(p: GuidePage): TemplateResult {
  const { shell, list } = p;
  const items = list.all.filter((i) => exists(shell, i));
  const booths = boothsOfList(shell, items);
  const from = defaultStart(p);
  return html`<article class="my-list detail" part="my-list">
    <h2 class="panel-title">${msg('My list')}</h2>
    ${p.added ? html`<p class="added" role="status">${p.added === 1 ? msg('1 item added from a shared list.') : msg(str`${p.added} items added from a shared list.`)}</p>` : nothing}
    ${
      items.length
        ? html`<ul class="rows saved" role="list">${items.map(
            (item) => html`<li class="saved-row">
              <button class="row" @click=${() => p.navigate({ page: item.kind, id: item.id })}>
                <span class="row-text"><span class="row-title">${itemTitle(shell, item)}</span>
                <span class="row-detail">${[kindLabel(item.kind), boothOfPanel(shell, item)?.label].filter(Boolean).join(' · ')}</span></span>
              </button>
              <button class="remove" part="button remove" aria-label=${msg(str`Remove ${itemTitle(shell, item)} from my list`)} @click=${() => list.toggle(item)}>
                <span aria-hidden="true">✕</span></button>
            </li>`,
          )}</ul>
          <div class="actions">
            ${
              booths.length && from
                ? html`<button class="btn primary" part="button visit" @click=${() => p.navigate({ page: 'visit', from, stepFree: false })}>${msg('Visit my list')}</button>`
                : nothing
            }
            <button class="btn secondary" part="button share" @click=${() => p.share(ownUrl({ page: 'list', items }), msg('My list'))}>${msg('Share my list')}</button>
          </div>
          ${p.shared ? html`<p class="shared" role="status">${p.shared}</p>` : nothing}`
        : html`<p class="empty">${msg('Your list is empty. Tap ♡ on a booth, a product or a producer to keep it here.')}</p>`
    }
  </article>`;
}

function renderVisit(p: GuidePage, route: Extract<GuideRoute, { page: 'visit' }>): TemplateResult {
  const { shell } = p;
  if (!endOf(shell, route.from)) return renderNotFound(p);
  const booths = boothsOfList(shell, p.list.all);
  const plan = planOf(p, route.from, route.stepFree);
  const go = (change: Partial<typeof route>) => p.navigate({ ...route, ...change }, true);
  const minutes = plan ? Math.max(1, Math.round(plan.seconds / 60)) : 0;
  return html`${backBar(p)}<article class="visit detail" part="visit">
    <p class="eyebrow">${msg('One walk through my list')}</p>
    <h2 class="panel-title">${msg('Visit my list')}</h2>
    ${
      plan && booths.length
        ? html`<p class="route-time total">${
            plan.order.length === 1 ? msg('1 stop') : msg(str`${plan.order.length} stops`)
          } · ${routeSummary({ metres: plan.metres, seconds: minutes * 60 } as Route, shell.locale)}</p>`
        : nothing
    }
    ${startPicker(p, route.from, (from) => go({ from }))}
    ${renderStepFreeChoice(route.stepFree, () => go({ stepFree: !route.stepFree }))}
    ${
      !booths.length
        ? html`<p class="empty">${msg('Your list has no booths yet.')}</p>`
        : !plan
          ? html`<p class="route-time" aria-busy="true">${msg('Finding the way…')}</p>`
          : html`<ol class="stops">${plan.order.map((id, i) => {
              const booth = shell.index.booths.get(id) as Booth;
              const leg = plan.legs[i];
              return html`<li><button class="row" @click=${() => p.navigate({ page: 'booth', id })}>
                <span class="stop-number" aria-hidden="true">${i + 1}</span>
                <span class="row-text"><span class="row-title">${msg(str`Booth ${booth.label ?? booth.id}`)} · ${boothName(shell, booth)}</span>
                ${leg ? html`<span class="row-detail">${routeSummary(leg, shell.locale)}</span>` : nothing}</span></button></li>`;
            })}</ol>
            ${
              plan.unreachable.length
                ? html`<p class="unreachable">${unreachableText(shell, plan.unreachable, route.stepFree)}</p>`
                : nothing
            }`
    }
    ${
      p.list.all.length
        ? html`<div class="actions">
          <button class="btn secondary" part="button share" @click=${() => p.share(ownUrl({ page: 'list', items: [...p.list.all] }), msg('My list'))}>${msg('Share my list')}</button>
        </div>`
        : nothing
    }
    ${p.shared ? html`<p class="shared" role="status">${p.shared}</p>` : nothing}
  </article>`;
}

function unreachableText(shell: KioskShell, booths: readonly string[], stepFree: boolean): string {
  const labels = booths.map((id) => shell.index.booths.get(id)?.label ?? id).join(', ');
  return stepFree ? msg(str`No step-free way to booth ${labels}.`) : msg(str`No way found to booth ${labels}.`);
}

function renderSearch(p: GuidePage, route: Extract<GuideRoute, { page: 'search' }>): TemplateResult {
  return html`<div class="finder search-page">
    <h2 class="fair-visually-hidden">${msg('Search')}</h2>
    <fair-search class="search" .value=${route.query}
      @input=${(e: Event) => {
        const value = (e.composedPath()[0] as HTMLInputElement).value;
        if (typeof value === 'string')
          history.replaceState(history.state, '', formatRoute({ page: 'search', query: value }));
      }}
      @fair-search-select=${(e: FairSearchSelectEvent) => {
        const { kind, id } = e.detail;
        p.navigate(kind === 'category' ? { page: 'home' } : { page: kind, id });
      }}></fair-search>
  </div>`;
}

/** The page for the guide's route (home is the guide's own). */
export function renderPage(p: GuidePage): TemplateResult {
  const { route } = p;
  switch (route.page) {
    case 'booth':
    case 'product':
    case 'producer':
      return renderItem(p, { kind: route.page, id: route.id });
    case 'route':
      return renderWay(p, route);
    case 'list':
      return renderList(p);
    case 'visit':
      return renderVisit(p, route);
    case 'search':
      return renderSearch(p, route);
    case 'home':
    case 'not-found':
      return renderNotFound(p);
  }
}
