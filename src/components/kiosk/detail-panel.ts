/**
 * The kiosk's detail panels (a booth, a product, a producer, a route, with
 * "Take it with you"): a chunk of its own, fetched when a visit starts (see
 * `loadDetailPanel` in kiosk.ts), as the attract screen needs none of it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Booth } from '../../data/types.js';
import { boothName, boothTitle } from './directory.js';
import { boothOfPanel, type RouteInfo } from './panel-booth.js';
import { numberFormat } from '../../i18n/intl.js';
import { qrCode } from '../../internal/qr.js';
import { displayUrl } from '../../internal/rich-text/links.js';
import type { Panel } from './history.js';
import type { KioskShell } from './kiosk-shell.js';
import { renderNoStepFreeWay, renderStepFreeChoice } from './route-info.js';
import { shareUrl, type ShareKind } from './share.js';

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

function renderActions(shell: KioskShell, panel: Panel, actions: PanelActions): TemplateResult {
  const booth = boothOfPanel(shell, panel);
  const canRoute = !!booth && !!shell.here;
  const url = shareUrl(shell.feed.fair.share, panel.kind as ShareKind, panel.id);
  return html`<div class="actions" part="actions">
      ${
        canRoute
          ? html`<button class="btn primary" part="button show-way" @click=${() => actions.route(booth.id)}>
            ${msg('Show the way')}</button>`
          : nothing
      }
      ${
        url
          ? html`<button class="btn secondary" part="button take-away" aria-expanded=${actions.qrOpen} @click=${actions.toggleQr}>
            ${msg('Take it with you')}</button>`
          : nothing
      }
    </div>
    ${url && actions.qrOpen ? renderQr(url, msg('Open this page on your phone')) : nothing}`;
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
  const url = shareUrl(shell.feed.fair.share, 'route', booth.id, shell.here);
  const minutes = info?.minutes !== undefined ? Math.max(1, Math.round(info.minutes)) : undefined;
  return html`<article class="route" part="route">
    <p class="eyebrow">${msg('The way from here')}</p>
    <h2 class="panel-title">${msg(str`To booth ${booth.label ?? booth.id}`)}</h2>
    <p class="route-name">${boothName(shell, booth)}</p>
    ${renderStepFreeChoice(actions.stepFree, actions.toggleStepFree)}
    ${
      info?.noStepFreeWay
        ? renderNoStepFreeWay(info.noStepFreeWay)
        : minutes !== undefined
          ? html`<p class="route-time">${walkIcon} ${minutes === 1 ? msg('About 1 minute on foot') : msg(str`About ${minutes} minutes on foot`)}${
              info?.meters
                ? html` · ${numberFormat(shell.locale, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(info.meters)}`
                : nothing
            }</p>`
          : html`<p class="route-time">${msg('Follow the line on the map.')}</p>`
    }
    ${info?.steps?.length ? html`<ol class="steps">${info.steps.map((s) => html`<li>${s}</li>`)}</ol>` : nothing}
    ${url ? renderQr(url, msg('Take the way on your phone')) : nothing}
  </article>`;
}

function renderLink(url: string): TemplateResult {
  return html`<article class="link" part="link">
    <h2 class="panel-title">${msg('Open this on your phone')}</h2>
    <p>${msg('This kiosk does not open other websites. Scan the code to see it on your phone.')}</p>
    ${renderQr(url, msg('Website'))}
  </article>`;
}

/** The detail panel for `panel`: the product card, the producer story, a booth, a route or a link's QR. */
export function renderDetailPanel(shell: KioskShell, panel: Panel, actions: PanelActions): TemplateResult {
  switch (panel.kind) {
    case 'product': {
      if (!shell.index.products.has(panel.id))
        return html`<p class="empty">${msg('This product is no longer listed.')}</p>`;
      return html`<h2 class="fair-visually-hidden">${msg('Product')}</h2>
        <fair-product-card product=${panel.id} links="qr" exportparts="base: product-card"></fair-product-card>
        ${renderActions(shell, panel, actions)}`;
    }
    case 'producer': {
      if (!shell.index.producers.has(panel.id))
        return html`<p class="empty">${msg('This producer is no longer listed.')}</p>`;
      return html`<h2 class="fair-visually-hidden">${msg('Producer')}</h2>
        <fair-producer-story producer=${panel.id} share="off" exportparts="base: producer-story"></fair-producer-story>
        ${renderActions(shell, panel, actions)}`;
    }
    case 'booth': {
      const booth = shell.index.booths.get(panel.id);
      if (!booth) return html`<p class="empty">${msg('This booth is no longer listed.')}</p>`;
      return html`${renderBooth(shell, booth)}${renderActions(shell, panel, actions)}`;
    }
    case 'route': {
      const booth = shell.index.booths.get(panel.id);
      if (!booth) return html`<p class="empty">${msg('This booth is no longer listed.')}</p>`;
      return renderRoute(shell, booth, actions.routeInfo, actions);
    }
    case 'link':
      return renderLink(panel.id);
  }
}
