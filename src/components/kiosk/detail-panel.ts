/**
 * The kiosk's detail panels (a booth, a product, a producer, a route, with
 * "Take it with you" and the ♡; My list and "Visit my list"): a chunk of its
 * own, fetched when a visit starts (see `loadDetailPanel` in kiosk.ts), as the
 * attract screen needs none of it. The phone guide (`<fair-guide>`) renders
 * its booth, product and producer pages with `renderDetailPanel` too.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Booth, FairFeed } from '../../data/types.js';
import { loadedRouting } from '../../data/venue.js';
import { boothName, boothTitle } from './directory.js';
import { boothOfPanel, type RouteInfo } from './panel-booth.js';
import { numberFormat } from '../../i18n/intl.js';
import { guideUrl, type SavedItem } from '../../internal/guide-links.js';
import { qrCode } from '../../internal/qr.js';
import { displayUrl } from '../../internal/rich-text/links.js';
import type { Panel } from './history.js';
import type { KioskShell } from './kiosk-shell.js';
import type { Visit } from './visit.js';
import { renderNoStepFreeWay, renderStepFreeChoice } from './route-info.js';
export { routeInfoFor } from './route-info.js';
import { shareUrl } from './share.js';

type VisitPlan = ReturnType<NonNullable<ReturnType<typeof loadedRouting>>['planVisit']>;

const walkIcon = html`<svg class="walk" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="13" cy="4" r="2" fill="currentColor"/><path d="M10.5 21l1.8-6.2 2.7 2.4V21M9 12.5l1.2-4.2c.2-.7.9-1.1 1.6-1l2.2.4 2.5 3.3M8.5 9.8 6.8 13" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

export interface PanelActions {
  /** Show the way to a booth (opens the route panel). */
  route(boothId: string): void;
  /** Whether "Take it with you" is unfolded. */
  qrOpen: boolean;
  toggleQr(): void;
  routeInfo?: RouteInfo;
  /** Whether routes avoid stairs and escalators (the route panel's step-free choice). */
  stepFree: boolean;
  toggleStepFree(): void;
  /** Whether an item is on My list (the ♡'s state); omitted: no ♡. */
  saved?: (item: SavedItem) => boolean;
  toggleSaved?: (item: SavedItem) => void;
  /** How a panel is handed on: `qr` (default, the kiosk): "Take it with you" and a QR code; `share`: a "Share" button calling `share`. */
  handOff?: 'qr' | 'share';
  share?: (url: string, title: string) => void;
  /** The address a panel hands on; default {@link handOffUrl} (the guide's deep link, else `fair.share`). */
  handOffUrl?: (panel: Panel) => string | undefined;
  /** Whether "Show the way" is offered for a booth; default: when the kiosk has a place (`here`). */
  canRoute?: (boothId: string) => boolean;
  /** My list (the list and "Visit my list" panels). */
  list?: readonly SavedItem[];
  /** "Visit my list": the walk through the list's booths, in order (see {@link visitPlanFor}). */
  visitPlan?: VisitPlan;
}

/**
 * The address a panel hands on to a phone: with a guide (`shell.guide`) its deep
 * link (a route from the kiosk's place, step-free as chosen), else the fair's
 * `share` template; undefined when there is neither.
 */
export function handOffUrl(shell: KioskShell, panel: Panel, stepFree = false): string | undefined {
  const { kind, id } = panel;
  if (kind === 'link' || kind === 'list' || kind === 'visit') return undefined;
  if (shell.guide)
    return guideUrl(
      shell.guide,
      kind === 'route'
        ? shell.here
          ? { page: 'route', from: shell.here, to: id, stepFree }
          : { page: 'booth', id }
        : { page: kind, id },
    );
  return shareUrl(shell.feed.fair.share, kind, id, kind === 'route' ? shell.here : undefined);
}

/** The booths of a list, once each, in the list's order: a product's booth, a producer's first. */
function boothsOf(shell: KioskShell, items: readonly SavedItem[]): string[] {
  const ids = items.map((i) => boothOfPanel(shell, i.kind === 'booth' ? { kind: 'route', id: i.id } : i)?.id);
  return [...new Set(ids.filter((id) => id !== undefined))];
}

let lastPlan: { feed: FairFeed; key: string; plan: VisitPlan } | undefined;

/**
 * "Visit my list": one walk from the kiosk (`here`) through every booth on the
 * list, in a good order (the route engine's `planVisit`); undefined without a
 * place, a booth on the list, or the route engine (not loaded yet).
 */
export function visitPlanFor(shell: KioskShell, items: readonly SavedItem[], stepFree: boolean): VisitPlan | undefined {
  const routing = loadedRouting();
  const { here } = shell;
  const booths = boothsOf(shell, items);
  if (!routing || !here || !shell.index.places.has(here) || !booths.length) return undefined;
  const key = `${booths.join()} ${stepFree}`;
  if (lastPlan?.feed !== shell.feed || lastPlan.key !== key)
    lastPlan = {
      feed: shell.feed,
      key,
      plan: routing.planVisit(shell.feed, here, booths, { avoidStairs: stepFree }),
    };
  return lastPlan.plan;
}

/** A QR code with what it is for, so a visitor knows to point a phone at it. */
function renderQr(url: string, caption: string): TemplateResult {
  return html`<figure class="qr-card" part="qr">
    ${qrCode(url, { label: msg(str`QR code: ${caption}`), class: 'qr' })}
    <figcaption>
      <strong>${caption}</strong>
      <span>${msg('Point your phone camera at the code.')}</span>
      <span class="qr-url">${displayUrl(url)}</span>
    </figcaption>
  </figure>`;
}

const urlOf = (shell: KioskShell, panel: Panel, actions: PanelActions) =>
  actions.handOffUrl ? actions.handOffUrl(panel) : handOffUrl(shell, panel, actions.stepFree);

/** "Take it with you" (its QR code below, once unfolded), or in the guide "Share". */
function renderHandOff(url: string | undefined, title: string, actions: PanelActions, part: string, label: string) {
  if (!url) return nothing;
  return actions.handOff === 'share'
    ? html`<button class="btn secondary" part="button share" @click=${() => actions.share?.(url, title)}>${msg('Share')}</button>`
    : html`<button class="btn secondary" part="button ${part}" aria-expanded=${actions.qrOpen} @click=${actions.toggleQr}>${label}</button>`;
}

function renderActions(
  shell: KioskShell,
  panel: Panel & { kind: SavedItem['kind'] },
  title: string,
  actions: PanelActions,
) {
  const booth = boothOfPanel(shell, panel);
  const canRoute = !!booth && (actions.canRoute ? actions.canRoute(booth.id) : !!shell.here);
  const url = urlOf(shell, panel, actions);
  const saved = actions.saved?.(panel);
  return html`<div class="actions" part="actions">
      ${
        canRoute
          ? html`<button class="btn primary" part="button show-way" @click=${() => actions.route(booth.id)}>
            ${msg('Show the way')}</button>`
          : nothing
      }
      ${renderHandOff(url, title, actions, 'take-away', msg('Take it with you'))}
      ${
        saved === undefined
          ? nothing
          : html`<button class="btn secondary save" part="button save" aria-pressed=${saved}
            @click=${() => actions.toggleSaved?.({ kind: panel.kind, id: panel.id })}>
            <span class="heart" aria-hidden="true">${saved ? '♥' : '♡'}</span>${msg('Save to my list')}</button>`
      }
    </div>
    ${url && actions.qrOpen && actions.handOff !== 'share' ? renderQr(url, msg('Open this page on your phone')) : nothing}`;
}

function renderMinutes(shell: KioskShell, seconds: number | undefined, metres: number | undefined) {
  if (seconds === undefined) return html`<p class="route-time">${msg('Follow the line on the map.')}</p>`;
  const minutes = Math.max(1, Math.round(seconds / 60));
  return html`<p class="route-time">${walkIcon} ${minutes === 1 ? msg('About 1 minute on foot') : msg(str`About ${minutes} minutes on foot`)}${
    metres
      ? html` · ${numberFormat(shell.locale, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(metres)}`
      : nothing
  }</p>`;
}

/** What an item of My list is called, and the booth it is at. */
function itemOf(shell: KioskShell, item: SavedItem): { name: string; booth?: Booth; image?: string } | undefined {
  const { index } = shell;
  if (item.kind === 'booth') {
    const booth = index.booths.get(item.id);
    return booth && { name: boothTitle(shell, booth), booth };
  }
  const found = item.kind === 'product' ? index.products.get(item.id) : index.producers.get(item.id);
  return found && { name: shell.t(found.name), booth: boothOfPanel(shell, item), image: found.images?.[0] };
}

function renderList(shell: KioskShell, actions: PanelActions): TemplateResult {
  const items = (actions.list ?? []).map((i) => ({ ...i, ...itemOf(shell, i)! })).filter((i) => i.name !== undefined);
  const url = items.length
    ? guideUrl(shell.guide, { page: 'list', items: items.map(({ kind, id }) => ({ kind, id })) })
    : undefined;
  const canVisit = items.some((i) => i.booth && (actions.canRoute ? actions.canRoute(i.booth.id) : !!shell.here));
  return html`<article class="my-list" part="list">
      <h2 class="panel-title">${msg('My list')}</h2>
      ${
        items.length
          ? html`<ul class="rows" role="list">${items.map(
              (i) => html`<li class="list-item" part="list-item">
                <button class="row" @click=${() => shell.open({ kind: i.kind, id: i.id })}>
                  ${i.image ? html`<img class="thumb" src=${i.image} alt="" loading="lazy" />` : html`<span class="row-icon" aria-hidden="true">♥</span>`}
                  <span class="row-text"><span class="row-title">${i.name}</span>
                    ${i.booth ? html`<span class="row-detail">${msg(str`Booth ${i.booth.label ?? i.booth.id}`)}</span>` : nothing}</span>
                  <span class="row-chevron" aria-hidden="true">›</span></button>
                <button class="btn secondary remove" part="button remove" aria-label=${msg(str`Remove ${i.name} from my list`)}
                  @click=${() => actions.toggleSaved?.(i)}><span aria-hidden="true">✕</span></button>
              </li>`,
            )}</ul>`
          : html`<p class="empty">${msg('Your list is empty. Tap ♡ on a booth, a product or a producer to keep it here.')}</p>`
      }
    </article>
    ${
      items.length
        ? html`<div class="actions" part="actions">
          ${
            canVisit
              ? html`<button class="btn primary" part="button visit-list" @click=${() => shell.open({ kind: 'visit', id: '' })}>
                ${msg('Visit my list')}</button>`
              : nothing
          }
          ${renderHandOff(url, msg('My list'), actions, 'take-list', msg('Take my list'))}
        </div>
        ${url && actions.qrOpen && actions.handOff !== 'share' ? renderQr(url, msg('Open your list on your phone')) : nothing}`
        : nothing
    }`;
}

/** The booths a walk leaves out (in the guide's words). */
function unreachableText(booths: Booth[], stepFree: boolean): string {
  const labels = booths.map((b) => b.label ?? b.id).join(', ');
  return stepFree ? msg(str`No step-free way to booth ${labels}.`) : msg(str`No way found to booth ${labels}.`);
}

function renderVisit(shell: KioskShell, actions: PanelActions): TemplateResult {
  const plan = actions.visitPlan;
  const booths = (plan?.order ?? []).map((id) => shell.index.booths.get(id)).filter((b) => !!b);
  const missed = (plan?.unreachable ?? []).map((id) => shell.index.booths.get(id)).filter((b) => !!b);
  return html`<article class="route visit" part="visit">
    <p class="eyebrow">${msg('The way from here')}</p>
    <h2 class="panel-title">${msg('Visit my list')}</h2>
    ${renderStepFreeChoice(actions.stepFree, actions.toggleStepFree)}
    ${booths.length ? renderMinutes(shell, plan!.seconds, plan!.metres) : nothing}
    ${plan?.stepFreeUnavailable ? html`<p class="no-step-free" part="no-step-free">${msg('To see the way with stairs or escalators, turn off “Step-free route”.')}</p>` : nothing}
    <ol class="steps">${booths.map(
      (b) => html`<li><strong>${msg(str`Booth ${b.label ?? b.id}`)}</strong> · ${boothName(shell, b)}</li>`,
    )}</ol>
    ${missed.length ? html`<p class="empty">${unreachableText(missed, plan!.stepFreeUnavailable)}</p>` : nothing}
  </article>`;
}

function renderBooth(shell: KioskShell, booth: Booth): TemplateResult {
  const producers = (booth.producers ?? []).map((id) => shell.index.producers.get(id)).filter((p) => !!p);
  const products = shell.index.productsOfBooth.get(booth.id) ?? [];
  const categories = (booth.categories ?? []).map((id) => shell.index.categories.get(id)).filter((c) => !!c);
  return html`<article class="booth" part="booth">
    <p class="eyebrow">${msg(str`Booth ${booth.label ?? booth.id}`)}</p>
    <h2 class="panel-title">${boothTitle(shell, booth)}</h2>
    ${
      categories.length
        ? html`<p class="tags">${categories.map((c) => html`<span class="tag"><span class="dot" style="background:${c.color ?? 'currentColor'}"></span>${shell.t(c.name)}</span>`)}</p>`
        : nothing
    }
    ${
      producers.length
        ? html`<h3 class="list-heading">${msg('Producers')}</h3>
          <ul class="rows" role="list">${producers.map(
            (p) => html`<li><button class="row" @click=${() => shell.open({ kind: 'producer', id: p.id })}>
              ${p.images?.[0] ? html`<img class="thumb" src=${p.images[0]} alt="" loading="lazy" />` : html`<span class="row-icon" aria-hidden="true">☺</span>`}
              <span class="row-text"><span class="row-title">${shell.t(p.name)}</span>
                <span class="row-detail">${[shell.t(p.region), shell.t(p.community)].filter(Boolean).join(' · ')}</span></span>
              <span class="row-chevron" aria-hidden="true">›</span></button></li>`,
          )}</ul>`
        : nothing
    }
    ${
      products.length
        ? html`<h3 class="list-heading">${msg('Products')}</h3>
          <ul class="rows" role="list">${products.map(
            (p) => html`<li><fair-product-card compact product=${p.id}></fair-product-card></li>`,
          )}</ul>`
        : nothing
    }
  </article>`;
}

function renderRoute(
  shell: KioskShell,
  booth: Booth,
  info: RouteInfo | undefined,
  actions: PanelActions,
): TemplateResult {
  const url = urlOf(shell, { kind: 'route', id: booth.id }, actions);
  return html`<article class="route" part="route">
    <p class="eyebrow">${msg('The way from here')}</p>
    <h2 class="panel-title">${msg(str`To booth ${booth.label ?? booth.id}`)}</h2>
    <p class="route-name">${boothName(shell, booth)}</p>
    ${renderStepFreeChoice(actions.stepFree, actions.toggleStepFree)}
    ${
      info?.noStepFreeWay
        ? renderNoStepFreeWay(info.noStepFreeWay)
        : renderMinutes(shell, info?.minutes !== undefined ? info.minutes * 60 : undefined, info?.meters)
    }
    ${info?.steps?.length ? html`<ol class="steps">${info.steps.map((s) => html`<li>${s}</li>`)}</ol>` : nothing}
    ${
      url && actions.handOff === 'share'
        ? html`<div class="actions">${renderHandOff(url, booth.label ?? booth.id, actions, '', '')}</div>`
        : url
          ? renderQr(url, msg('Take the way on your phone'))
          : nothing
    }
  </article>`;
}

function renderLink(url: string): TemplateResult {
  return html`<article class="link" part="link">
    <h2 class="panel-title">${msg('Open this on your phone')}</h2>
    <p>${msg('This kiosk does not open other websites. Scan the code to see it on your phone.')}</p>
    ${renderQr(url, msg('Website'))}
  </article>`;
}

/**
 * The detail panel for `panel`: the product card, the producer story, a booth, a route, a link's QR, My list
 * or "Visit my list".
 */
export function renderDetailPanel(shell: KioskShell, panel: Panel, actions: PanelActions): TemplateResult {
  switch (panel.kind) {
    case 'product': {
      if (!shell.index.products.has(panel.id))
        return html`<p class="empty">${msg('This product is no longer listed.')}</p>`;
      return html`<h2 class="fair-visually-hidden">${msg('Product')}</h2>
        <fair-product-card product=${panel.id} links=${actions.handOff === 'share' ? 'open' : 'qr'} exportparts="base: product-card"></fair-product-card>
        ${renderActions(shell, panel, shell.t(shell.index.products.get(panel.id)!.name), actions)}`;
    }
    case 'producer': {
      if (!shell.index.producers.has(panel.id))
        return html`<p class="empty">${msg('This producer is no longer listed.')}</p>`;
      return html`<h2 class="fair-visually-hidden">${msg('Producer')}</h2>
        <fair-producer-story producer=${panel.id} share="off" exportparts="base: producer-story"></fair-producer-story>
        ${renderActions(shell, panel, shell.t(shell.index.producers.get(panel.id)!.name), actions)}`;
    }
    case 'booth': {
      const booth = shell.index.booths.get(panel.id);
      if (!booth) return html`<p class="empty">${msg('This booth is no longer listed.')}</p>`;
      return html`${renderBooth(shell, booth)}${renderActions(shell, panel, boothTitle(shell, booth), actions)}`;
    }
    case 'route': {
      const booth = shell.index.booths.get(panel.id);
      if (!booth) return html`<p class="empty">${msg('This booth is no longer listed.')}</p>`;
      return renderRoute(shell, booth, actions.routeInfo, actions);
    }
    case 'link':
      return renderLink(panel.id);
    case 'list':
      return renderList(shell, actions);
    case 'visit':
      return renderVisit(shell, actions);
  }
}

const same = (a: SavedItem) => (b: SavedItem) => a.kind === b.kind && a.id === b.id;

/** The kiosk's open panel, its actions on the visit (the ♡ and My list included). */
export function renderKioskPanel(shell: KioskShell, visit: Visit, routeInfo: RouteInfo | undefined, stepFree: boolean) {
  const { saved } = visit;
  return renderDetailPanel(shell, visit.view.panel!, {
    route: (boothId) => visit.go({ panel: { kind: 'route', id: boothId } }),
    qrOpen: visit.qrOpen,
    toggleQr: () => visit.set({ qrOpen: !visit.qrOpen }),
    routeInfo,
    stepFree,
    toggleStepFree: () => visit.set({ stepFreeChoice: !stepFree }),
    saved: (item) => saved.some(same(item)),
    toggleSaved: (item) =>
      visit.set({
        saved: saved.some(same(item))
          ? saved.filter((s) => !same(item)(s))
          : [...saved, { kind: item.kind, id: item.id }],
      }),
    list: saved,
    visitPlan: visit.view.panel?.kind === 'visit' ? visitPlanFor(shell, saved, stepFree) : undefined,
  });
}

/** The bottom bar's "My list", with its count: once something is on it (or while it is open). */
export function renderListEntry(visit: Visit) {
  const open = visit.view.panel?.kind === 'list';
  return visit.saved.length || open
    ? html`<button class="nav-btn" part="button my-list" aria-current=${open || nothing} @click=${() => visit.go({ panel: { kind: 'list', id: '' } })}>
      <span class="nav-icon" aria-hidden="true">♥</span><span>${msg('My list')}</span><span class="badge saved">${visit.saved.length}</span></button>`
    : nothing;
}
